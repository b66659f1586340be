#!/usr/bin/env bash
# static-libs.sh DIR: prepares DIR so that a release build links the C and C++ libraries Bulwark uses (libstdc++,
# zlib, xz/lzma, bzip2, SQLite) statically, from the `.a` files their Debian -dev packages install. Build with
#   PKG_CONFIG_PATH=DIR swift build ... -Xswiftc -Xclang-linker -Xswiftc -static-libgcc
# DIR gets a symbolic link to each `.a` found and a copy of liblzma's pkg-config file whose library folder is DIR:
# SwiftPM puts that folder first among the linker's search folders, so each `-lz`, `-llzma`, `-lbz2`,
# `-lsqlite3` and `-lstdc++` finds the archive there before the shared library in the system's folders. A
# library whose archive is missing stays a shared one. The binary then loads only libc and libm: the dynamic
# loader no longer maps, relocates and resolves symbols of six libraries at every start (a models scan of an
# empty folder 3.6 -> 2.6 ms of CPU, docs/benchmarks.md, session 15). Linux only; prints nothing.
set -euo pipefail
dir="${1:?usage: static-libs.sh DIR}"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
cc=""
for c in gcc cc clang; do command -v "$c" >/dev/null 2>&1 && { cc="$c"; break; }; done
for name in stdc++ z lzma bz2 sqlite3; do
  rm -f "$dir/lib$name.a"
  [ -n "$cc" ] || continue
  a="$("$cc" -print-file-name="lib$name.a" 2>/dev/null || true)"
  # Without the archive the compiler prints the bare name back.
  if [ "$a" != "lib$name.a" ] && [ -f "$a" ]; then ln -s "$a" "$dir/lib$name.a"; fi
done
pc=""
multiarch="$( [ -n "$cc" ] && "$cc" -print-multiarch 2>/dev/null || true)"
for d in $(pkg-config --variable pc_path pkg-config 2>/dev/null | tr ':' ' ') "/usr/lib/$multiarch/pkgconfig" \
         /usr/lib/pkgconfig /usr/share/pkgconfig /usr/local/lib/pkgconfig; do
  if [ -f "$d/liblzma.pc" ]; then pc="$d/liblzma.pc"; break; fi
done
rm -f "$dir/liblzma.pc"
if [ -n "$pc" ]; then sed "s|^libdir=.*|libdir=$dir|" "$pc" > "$dir/liblzma.pc"; fi
