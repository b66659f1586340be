#!/usr/bin/env bash
# Runs every benchmark in scripts/bench/ (or those named: run.sh walk models) and prints a table
# of median wall time and peak memory per command. Peer tools are installed from PyPI into a venv.
source "$(dirname "$0")/lib.sh"
build_release
export BENCH_SKIP_BUILD=1
: > "$BENCH_RESULTS"
scripts=("$@")
if [ ${#scripts[@]} -eq 0 ]; then
  for s in "$(dirname "$0")"/*.sh; do
    n=$(basename "$s" .sh)
    [ "$n" = lib ] || [ "$n" = run ] || scripts+=("$n")
  done
fi
for n in "${scripts[@]}"; do
  echo "== $n"
  bash "$(dirname "$0")/$n.sh"
done
echo
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  machine: $(machine)"
printf '%-50s %10s %12s\n' command "median s" "peak MiB"
while IFS=$'\t' read -r name wall mem; do printf '%-50s %10s %12s\n' "$name" "$wall" "$mem"; done < "$BENCH_RESULTS"
