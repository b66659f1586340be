# Shared helpers for Bulwark's benchmarks (sourced by scripts/bench/*.sh).
# measure NAME RUNS -- CMD...   runs CMD RUNS times, prints and records median wall seconds and
#                               peak resident memory (MiB) from GNU time; exit codes are ignored
#                               (scanners exit 1 when they find something).
set -euo pipefail
BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH_WORK="${BENCH_WORK:-/tmp/bulwark-bench}"
BENCH_RESULTS="${BENCH_RESULTS:-$BENCH_WORK/results.tsv}"
BENCH_VENV="${BENCH_VENV:-$BENCH_WORK/venv}"
# BULWARK may point at another build; the default is the static release product build_release makes.
BULWARK="${BULWARK:-$BENCH_ROOT/.build-static/release/bulwark}"
mkdir -p "$BENCH_WORK"

build_release() {
  if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
    # The binary users should install: release, with the Swift runtime and Foundation linked in
    # statically (--static-swift-stdlib), which cuts start-up from ~20 ms to ~8 ms. Its own scratch
    # folder keeps the dynamic `swift build -c release` of the README untouched.
    # Linking Foundation statically pulls in FoundationNetworking, which needs libcurl's link-time
    # library (Debian: libcurl4-openssl-dev); without it the link fails with "cannot find -lcurl".
    if ! compgen -G '/usr/lib/*/libcurl.so' >/dev/null && [ ! -e /usr/lib/libcurl.so ]; then
      echo "bench: the static release build needs libcurl's development files:" >&2
      echo "       sudo apt-get install --no-install-recommends libcurl4-openssl-dev" >&2
      echo "       (or set BENCH_SKIP_BUILD=1 BULWARK=path/to/bulwark to use another build)" >&2
      exit 1
    fi
    # On Linux the static binary is linked as a plain (non-PIE) executable that exports no symbols: a
    # 127 MB PIE binary spent most of its start-up relocating itself and resolving 16,700 exported
    # symbols (models-only scan of an empty folder 5.4 -> 3.8 ms CPU, session 12). Only here: in the
    # dynamic builds of `swift build`/`swift test` the same flags make the linker warn on every run.
    local link=()
    [ "$(uname -s)" = Linux ] && link=(-Xswiftc -Xclang-linker -Xswiftc -no-pie -Xlinker --no-export-dynamic)
    # libstdc++, libgcc, zlib, xz, bzip2 and SQLite linked in from their archives (static-libs.sh says how): the
    # binary then loads only libc and libm, and the dynamic loader's work at every start goes away (empty folder
    # 3.6 -> 2.6 ms CPU, the 640-file folder about -4%, session 15).
    local static=() pcpath="${PKG_CONFIG_PATH:-}"
    if [ "$(uname -s)" = Linux ]; then
      "$BENCH_ROOT/scripts/bench/static-libs.sh" "$BENCH_ROOT/.build-static/static-libs"
      pcpath="$BENCH_ROOT/.build-static/static-libs${pcpath:+:$pcpath}"
      static=(-Xswiftc -Xclang-linker -Xswiftc -static-libgcc)
    fi
    # Concrete generic types' metadata through accessor functions instead of mangled names: a mangled name is
    # demangled at run time on first use, and checking its generic requirements (`String: Hashable`) searched
    # every conformance record of the binary, a third of an empty scan's CPU (session 14).
    local meta=(-Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors)
    (cd "$BENCH_ROOT" && PKG_CONFIG_PATH="$pcpath" swift build -c release --static-swift-stdlib --scratch-path .build-static \
      --product bulwark "${link[@]}" "${meta[@]}" "${static[@]}" >&2)
  fi
}

ensure_venv() { # ensure_venv PKG...
  [ -x "$BENCH_VENV/bin/python" ] || python3 -m venv "$BENCH_VENV"
  "$BENCH_VENV/bin/pip" install --quiet --disable-pip-version-check "$@" >&2
}

measure() { # measure NAME RUNS -- CMD...
  local name=$1 runs=$2; shift 3
  local walls=() mems=() i out
  local t0 t1
  for ((i = 0; i < runs; i++)); do
    # Wall time from the nanosecond clock (GNU time's %e has 10 ms steps, too coarse for runs of
    # tens of milliseconds); peak RSS from GNU time.
    t0=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$BENCH_WORK/.time" "$@" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    walls+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')")
    mems+=("$(tail -n 1 "$BENCH_WORK/.time")")
  done
  local wall mem
  wall=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mem=$(printf '%s\n' "${mems[@]}" | sort -n | tail -n 1 | awk '{printf "%.1f", $1/1024}')
  printf '%s\t%s\t%s\n' "$name" "$wall" "$mem" | tee -a "$BENCH_RESULTS"
}

ratio() { # ratio SLOW FAST -> "12.3x"
  awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) b = 0.005; printf "%.1fx", a / b }'
}

machine() {
  echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(swift --version 2>&1 | head -n 1)"
}
