#!/usr/bin/env bash
# Models benchmark: bulwark vs picklescan, modelscan and fickling (from PyPI) on
#  1. a generated folder of model files (benign torch zips, legacy torch, joblib, npy, safetensors
#     and malicious pickles written opcode by opcode: payloads only run `true`), one process each;
#  2. a hub-mirror folder: full-size state-dict pickles of BERT-base, GPT-2 and ResNet-50 (zip and
#     legacy torch form) plus the malicious set; real checkpoints carry hundreds of tensors, so this
#     folder weighs per-opcode work more than per-file start-up;
#  3. a ~2 GB stored zip checkpoint (one large tensor member) made by the script.
# Prints median wall time, peak RSS and ratios (tools run round-robin), plus what bulwark flagged.
#   BENCH_COPIES=40 BENCH_BIG_GB=2 BENCH_RUNS=3 scripts/bench/models.sh
# Nothing here loads or unpickles a sample; peers only scan them.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
COPIES="${BENCH_COPIES:-40}"
BIG_GB="${BENCH_BIG_GB:-2}"
RUNS="${BENCH_RUNS:-3}"
DIR="$BENCH_WORK/models-$COPIES"
FOLDER="$DIR/files"
CKPT="$DIR/checkpoints"
BIG="$DIR/big_checkpoint.pt"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

build_release
ensure_venv picklescan modelscan fickling typing_extensions numpy

if [ ! -d "$FOLDER" ] || [ ! -f "$BIG" ]; then
  rm -rf "$DIR"
  python3 "$HERE/make_model_samples.py" "$FOLDER" --copies "$COPIES" --big-gb "$BIG_GB"
fi
if [ ! -d "$CKPT" ]; then
  python3 "$HERE/make_model_samples.py" "$CKPT" --copies "$COPIES" --checkpoints
fi
NFILES=$(find "$FOLDER" -type f | wc -l)
NMAL=$(find "$FOLDER" -type f -name 'malicious_*' | wc -l)
echo "folder: $NFILES files ($NMAL malicious), checkpoint: $(du -h "$BIG" | cut -f1)" >&2

FICKLING_LOOP="$BENCH_WORK/fickling_loop.py"
cat > "$FICKLING_LOOP" <<'PY'
import os, sys
import fickling
flagged = 0
for root, _, files in os.walk(sys.argv[1]):
    for f in files:
        p = os.path.join(root, f)
        try:
            r = fickling.scan_file(p, graceful=True)
            if not str(r.severity).endswith("LIKELY_SAFE"):
                flagged += 1
        except Exception:
            pass
print(flagged)
PY

: > "$BENCH_RESULTS"
mkdir -p "$DIR/bigonly" && ln -sf "$BIG" "$DIR/bigonly/big_checkpoint.pt"
# Each group runs its four tools round-robin (interleave.py), so that drift in the machine's speed
# hits every tool alike; the fast folders get more runs because their times are tens of milliseconds.
INTERLEAVE="$HERE/interleave.py"
# A fourth column: median CPU (user + system) of each tool, and the load average on stderr. The speed bar is
# held by CPU as well as by wall time: on a shared machine wall time mostly measures the other processes.
export INTERLEAVE_CPU=1
python3 "$INTERLEAVE" "$((RUNS * 5))" \
  "bulwark folder" -- "$BULWARK" scan "$FOLDER" --only models --format json ++ \
  "picklescan folder" -- "$BENCH_VENV/bin/picklescan" --path "$FOLDER" ++ \
  "modelscan folder" -- "$BENCH_VENV/bin/modelscan" -p "$FOLDER" ++ \
  "fickling folder" -- "$BENCH_VENV/bin/python" "$FICKLING_LOOP" "$FOLDER" | tee -a "$BENCH_RESULTS"
python3 "$INTERLEAVE" "$RUNS" \
  "bulwark hub folder" -- "$BULWARK" scan "$CKPT" --only models --format json ++ \
  "picklescan hub folder" -- "$BENCH_VENV/bin/picklescan" --path "$CKPT" ++ \
  "modelscan hub folder" -- "$BENCH_VENV/bin/modelscan" -p "$CKPT" ++ \
  "fickling hub folder" -- "$BENCH_VENV/bin/python" "$FICKLING_LOOP" "$CKPT" | tee -a "$BENCH_RESULTS"
python3 "$INTERLEAVE" "$RUNS" \
  "bulwark checkpoint" -- "$BULWARK" scan "$BIG" --only models --format json ++ \
  "picklescan checkpoint" -- "$BENCH_VENV/bin/picklescan" --path "$BIG" ++ \
  "modelscan checkpoint" -- "$BENCH_VENV/bin/modelscan" -p "$BIG" ++ \
  "fickling checkpoint" -- "$BENCH_VENV/bin/python" "$FICKLING_LOOP" "$DIR/bigonly" | tee -a "$BENCH_RESULTS"

# Start-up, paid by every run before its first file: `--version` and a models-only scan of an empty folder
# (the folder row above minus this is the per-file work).
mkdir -p "$DIR/empty"
python3 "$INTERLEAVE" "$((RUNS * 5))" \
  "bulwark --version" -- "$BULWARK" --version ++ \
  "bulwark empty folder" -- "$BULWARK" scan "$DIR/empty" --only models --format json | tee -a "$BENCH_RESULTS"

# Detection on the folder (files with at least one finding at medium or above), for context.
BW=$( ("$BULWARK" scan "$FOLDER" --only models --format json 2>/dev/null || true) | python3 -c '
import json, sys
d = json.load(sys.stdin)
ranks = {"critical": 4, "high": 3, "medium": 2}
hit = {f["path"] for f in d.get("findings", []) if ranks.get(f["severity"], 0) >= 2}
print(sum(1 for p in hit if "malicious_" in p), sum(1 for p in hit if "benign_" in p))') || true
echo "bulwark: flagged malicious/benign = ${BW/ //} of $NMAL/$((NFILES - NMAL))"

echo
echo "machine: $(machine)"
printf '%-24s %10s %10s %10s\n' command "wall (s)" "RSS (MiB)" "CPU (s)"
while IFS=$'\t' read -r n w m c; do printf '%-24s %10s %10s %10s\n' "$n" "$w" "$m" "$c"; done < "$BENCH_RESULTS"
get() { awk -F'\t' -v n="$1" '$1 == n {print $2}' "$BENCH_RESULTS"; }
cpu() { awk -F'\t' -v n="$1" '$1 == n {print $4}' "$BENCH_RESULTS"; }
for peer in picklescan modelscan fickling; do
  echo "$peer / bulwark (folder): $(ratio "$(get "$peer folder")" "$(get "bulwark folder")")   (hub folder): $(ratio "$(get "$peer hub folder")" "$(get "bulwark hub folder")")   (checkpoint): $(ratio "$(get "$peer checkpoint")" "$(get "bulwark checkpoint")")"
  echo "  by CPU (folder): $(ratio "$(cpu "$peer folder")" "$(cpu "bulwark folder")")   (hub folder): $(ratio "$(cpu "$peer hub folder")" "$(cpu "bulwark hub folder")")   (checkpoint): $(ratio "$(cpu "$peer checkpoint")" "$(cpu "bulwark checkpoint")")"
done
