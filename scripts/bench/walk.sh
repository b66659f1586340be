#!/usr/bin/env bash
# Walker and pipeline scale: a generated tree of 100,000 small files (never committed), scanned
# with every family. Reports wall time and peak memory; the foundation's bar is "no memory blow-up".
source "$(dirname "$0")/lib.sh"
build_release
tree="$BENCH_WORK/tree-100k"
if [ ! -f "$tree/.done" ]; then
  rm -rf "$tree"
  python3 - "$tree" <<'PY'
import os, sys, random
root = sys.argv[1]
random.seed(7)
words = "model data train eval config util service api client token cache layer".split()
for i in range(100_000):
    d = os.path.join(root, f"pkg{i % 400}", f"mod{i % 25}")
    os.makedirs(d, exist_ok=True)
    ext = random.choice([".py", ".txt", ".md", ".json", ".yml", ".js"])
    with open(os.path.join(d, f"file{i}{ext}"), "w") as f:
        f.write("\n".join(" ".join(random.choice(words) for _ in range(8)) for _ in range(20)))
open(os.path.join(root, ".done"), "w").close()
PY
fi
echo "machine: $(machine)"
measure "bulwark scan 100k files" 3 -- "$BULWARK" scan "$tree" --format json --fail-on none
