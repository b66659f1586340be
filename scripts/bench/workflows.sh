#!/usr/bin/env bash
# Times `bulwark scan --only workflows` against `zizmor --offline` on one generated tree of 2,000
# workflows (median wall time of N runs, peak RSS from /usr/bin/time -v), and prints the ratio.
# Usage: scripts/bench/workflows.sh [runs]   (env: VENV, TREE, COUNT)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
VENV=${VENV:-/work/venv-workflows}
TREE=${TREE:-/tmp/bulwark-bench-workflows}
COUNT=${COUNT:-2000}

swift build -c release --product bulwark >/dev/null
BULWARK="$(swift build -c release --show-bin-path)/bulwark"

if [ ! -x "$VENV/bin/zizmor" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet zizmor
fi
ZIZMOR="$VENV/bin/zizmor"

# A tree of COUNT workflows cycling through realistic templates (clean and weak).
rm -rf "$TREE" && mkdir -p "$TREE/.github/workflows"
python3 - "$TREE/.github/workflows" "$COUNT" <<'PY'
import sys, os
out, count = sys.argv[1], int(sys.argv[2])
templates = [
"""name: CI {i}
on: [push, pull_request]
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        python: ['3.11', '3.12']
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          persist-credentials: false
      - uses: actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065 # v5.6.0
        with:
          python-version: ${{{{ matrix.python }}}}
      - run: pip install -r requirements.txt
      - run: pytest -q tests/{i}
""",
"""name: Triage {i}
on:
  issues:
    types: [opened]
  pull_request_target:
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: ${{{{ github.event.pull_request.head.sha }}}}
      - uses: tj-actions/changed-files@v44
      - run: |
          echo "${{{{ github.event.issue.title }}}}"
          npm install
          curl -sSL https://example.com/i.sh | bash
""",
"""name: Release {i}
on:
  release:
    types: [published]
permissions: write-all
env:
  PYPI_TOKEN: ${{{{ secrets.PYPI_TOKEN }}}}
jobs:
  publish:
    runs-on: ubuntu-latest
    container: python:3.12
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          cache: pip
      - run: python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: ${{{{ secrets.PYPI_TOKEN }}}}
""",
]
for i in range(count):
    with open(os.path.join(out, f"wf-{i:05d}.yml"), "w") as f:
        f.write(templates[i % len(templates)].format(i=i))
PY

measure() { # name, command...
  local name=$1; shift
  local walls=() rss=0
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -v "$@" >/dev/null 2>/tmp/bench-time.txt || true
    local w r
    w=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' /tmp/bench-time.txt | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    r=$(awk -F': ' '/Maximum resident set size/ {print $2}' /tmp/bench-time.txt)
    walls+=("$w"); [ "$r" -gt "$rss" ] && rss=$r
  done
  local median
  median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$name $median $rss"
}

B=$(measure bulwark "$BULWARK" scan --only workflows --format json "$TREE")
Z=$(measure zizmor "$ZIZMOR" --offline --format json "$TREE")
echo "tool      median_wall_s  peak_rss_kb"
echo "$B" | awk '{printf "%-9s %13s  %11s\n", $1, $2, $3}'
echo "$Z" | awk '{printf "%-9s %13s  %11s\n", $1, $2, $3}'
awk -v b="$(echo "$B" | cut -d' ' -f2)" -v z="$(echo "$Z" | cut -d' ' -f2)" \
  'BEGIN { if (b > 0) printf "speed ratio (zizmor / bulwark wall time): %.2fx\n", z / b }'
