#!/usr/bin/env bash
# Secrets speed on long lines: `bulwark scan --only secrets` of a 50 MB minified JSON file that is one
# line, and of the same data pretty-printed (many short lines); then hostile single-line shapes that
# once made the scan quadratic (repeated PEM headers, repeated `eyJhbGci.`, minified crypto test
# vectors), and `bulwark saas map` of the minified file. Prints median wall seconds, peak RSS and the
# median CPU seconds (user + system: what other load on the machine changes least).
# Target (release build): each secrets scan under 1 s, the single line within 2x of its pretty form.
# A file of several MB is scanned by all cores (`SecretEngine.scanParallel`), so wall < CPU there.
#   BENCH_MB=50 BENCH_RUNS=3 scripts/bench/secrets-linear.sh
# BULWARK may name a built binary; by default `swift build -c release` builds .build/release/bulwark.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
MB="${BENCH_MB:-50}"
RUNS="${BENCH_RUNS:-3}"
BULWARK="${BULWARK_SECRETS:-$BENCH_ROOT/.build/release/bulwark}"
DIR="$BENCH_WORK/secrets-linear-$MB"

if [ -z "${BENCH_SKIP_BUILD:-}" ] && [ -z "${BULWARK_SECRETS:-}" ]; then
  (cd "$BENCH_ROOT" && swift build -c release --product bulwark >&2)
fi

if [ ! -f "$DIR/done" ]; then
  mkdir -p "$DIR"/{minified,pretty,pem,jwt,vectors}
  python3 - "$DIR" "$MB" <<'PY'
import hashlib, json, os, random, sys
root, mb = sys.argv[1], int(sys.argv[2])
size = mb * 1000 * 1000
r = random.Random(16)
def hx(n): return "".join(r.choice("0123456789abcdef") for _ in range(n))
def b64(n): return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(n))
# An application export: ids, keyword-named fields, URLs, JWT-looking sessions, base64 blobs.
records, total, k = [], 0, 0
while total < size:
    k += 1
    rec = {"id": hx(8) + "-" + hx(4) + "-4" + hx(3) + "-a" + hx(3) + "-" + hx(12), "name": "user%d" % k,
           "token_count": k % 97, "avatar": "https://cdn.example.com/u/%d.png" % k, "password_hint": "first pet",
           "api_key_id": "key_%d" % k, "session": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ" + hx(12),
           "blob": b64(64), "input_token_details": {"cached_tokens": k % 13},
           "homepage": "mongodb://db%d.internal:27017/app" % k, "note": "see the docs for the secret rotation policy"}
    records.append(rec)
    total += 420
data = json.dumps(records, separators=(",", ":"))
open(os.path.join(root, "minified", "export.json"), "w").write(data)
open(os.path.join(root, "pretty", "export.json"), "w").write(json.dumps(records, indent=2))
def repeat(unit, path):
    n = size // len(unit) + 1
    with open(path, "w") as f: f.write((unit * n)[:size])
repeat("-----BEGIN PRIVATE KEY-----", os.path.join(root, "pem", "keys.txt"))
repeat("eyJhbGci.", os.path.join(root, "jwt", "tokens.txt"))
# Minified crypto test vectors: hex keys and PEM private keys with escaped newlines, on one line.
groups, total = [], 0
while total < size:
    pem = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(b64(64) for _ in range(12)) + "\\n-----END PRIVATE KEY-----\\n"
    g = '{"key":{"curve":"secp256r1","private_key":"%s","secret":"%s","wx":"%s","wy":"%s"},"keyPem":"%s","tests":[{"tcId":%d,"msg":"313233343030","sig":"3045%s","result":"valid"}]}' % (hx(64), hx(64), hx(64), hx(64), pem, total, hx(140))
    groups.append(g)
    total += len(g) + 1
open(os.path.join(root, "vectors", "ecdsa_test.json"), "w").write('{"algorithm":"ECDSA","testGroups":[' + ",".join(groups) + "]}")
PY
  touch "$DIR/done"
fi

echo "machine: $(machine)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
: > "$BENCH_RESULTS"
for f in minified/export.json pretty/export.json pem/keys.txt jwt/tokens.txt vectors/ecdsa_test.json; do
  lines=$(wc -l < "$DIR/$f"); bytes=$(stat -c %s "$DIR/$f")
  echo "# $f: $bytes bytes, $lines newlines"
done
# Reports go to a scratch file, never to /dev/null (a tool that replaces its output file would
# replace the device).
OUT="$BENCH_WORK/secrets-linear-report.json"
cpu() { # cpu NAME RUNS -- CMD...: median user+system seconds of RUNS runs
  local name=$1 runs=$2; shift 3
  local i cpus=()
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f '%U %S' -o "$BENCH_WORK/.cpu" "$@" >/dev/null 2>&1 || true
    cpus+=("$(tail -n 1 "$BENCH_WORK/.cpu" | awk '{printf "%.2f", $1 + $2}')")
  done
  printf '%s CPU (user+sys, median of %d): %s s\n' "$name" "$runs" "$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
}
for spec in "minified JSON (1 line):minified" "pretty-printed JSON:pretty" "repeated PEM headers (1 line):pem" \
            "repeated eyJhbGci. (1 line):jwt" "minified crypto vectors (1 line):vectors"; do
  name="secrets ${spec%%:*}"; sub="${spec##*:}"
  measure "$name" "$RUNS" -- "$BULWARK" scan "$DIR/$sub" --only secrets --format json --output "$OUT"
  cpu "$name" "$RUNS" -- "$BULWARK" scan "$DIR/$sub" --only secrets --format json --output "$OUT"
done
measure "saas map of the minified JSON" "$RUNS" -- "$BULWARK" saas map "$DIR/minified"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
# The bars of issue 16 (release build, this machine): every 50 MB secrets scan under 1 s, and the
# one-line export within 2x of its pretty-printed form. Wall time on a loaded machine overstates the
# cost; the numbers above say how loaded it was.
awk -F'\t' -v mb="$MB" '
  $1 ~ /^secrets / { n++; if ($2 + 0 >= 1.0 * mb / 50) { bad++; print "over the bar (" 1.0 * mb / 50 " s): " $1 " " $2 " s" } }
  $1 == "secrets minified JSON (1 line)" { m = $2 } $1 == "secrets pretty-printed JSON" { p = $2 }
  END { if (p > 0) printf "one line / pretty-printed: %.2fx\n", m / p; printf "%d of %d secrets scans under the bar\n", n - bad, n }' "$BENCH_RESULTS"
