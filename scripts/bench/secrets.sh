#!/usr/bin/env bash
# Secrets benchmark: bulwark vs detect-secrets (and gitleaks when a pip wheel installs) on a generated
# ~200 MB tree with sprinkled FAKE secrets. Prints median wall time, peak RSS and ratios.
#   BENCH_SIZE_MB=200 BENCH_RUNS=3 scripts/bench/secrets.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
SIZE_MB="${BENCH_SIZE_MB:-200}"
RUNS="${BENCH_RUNS:-3}"
TREE="$BENCH_WORK/secrets-tree-$SIZE_MB"

build_release
ensure_venv detect-secrets
GITLEAKS=""
if "$BENCH_VENV/bin/pip" install --quiet --disable-pip-version-check gitleaks >/dev/null 2>&1 && [ -x "$BENCH_VENV/bin/gitleaks" ]; then
  GITLEAKS="$BENCH_VENV/bin/gitleaks"
elif command -v gitleaks >/dev/null; then
  GITLEAKS="$(command -v gitleaks)"
else
  echo "note: no gitleaks binary (no PyPI wheel installs one); skipping gitleaks" >&2
fi

if [ ! -d "$TREE" ]; then
  "$BENCH_VENV/bin/python" - "$TREE" "$SIZE_MB" <<'PY'
import os, random, sys, string, json
root, size = sys.argv[1], int(sys.argv[2]) << 20
r = random.Random(7)
A = string.ascii_letters + string.digits
def s(n, al=A): return "".join(r.choice(al) for _ in range(n))
words = "import return self config model token value data train eval def class for in if else print json os path".split()
def code_line(): return " ".join(r.choice(words) for _ in range(r.randint(3, 12)))
secrets = [lambda: "OPENAI_API_KEY=sk-proj-" + s(74) + "T3Blbk" + "FJ" + s(74),
           lambda: "HF_TOKEN=hf_" + s(34, string.ascii_letters),
           lambda: "aws_access_key_id = AKIA" + s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
           lambda: "DATABASE_URL=postgresql://app:" + s(20) + "@db.internal:5432/app",
           lambda: "STRIPE_KEY = 'sk_live_" + s(40) + "'"]
written, n = 0, 0
while written < size:
    d = os.path.join(root, f"pkg{n // 200}", f"mod{n % 20}")
    os.makedirs(d, exist_ok=True)
    lines = [code_line() for _ in range(r.randint(200, 2000))]
    if r.random() < 0.05: lines.insert(r.randrange(len(lines)), r.choice(secrets)())
    body = "\n".join(lines) + "\n"
    with open(os.path.join(d, f"file{n}.py"), "w") as f: f.write(body)
    written += len(body); n += 1
print(f"generated {n} files, {written >> 20} MB", file=sys.stderr)
PY
fi

: > "$BENCH_RESULTS"
measure bulwark "$RUNS" -- "$BULWARK" scan "$TREE" --only secrets --format json
[ -n "$GITLEAKS" ] && measure gitleaks "$RUNS" -- "$GITLEAKS" detect --no-git --source "$TREE" --report-path "$(mktemp)"
# detect-secrets lists files through git when the working directory is inside a repository (this
# checkout is one) and then finds none of the tree's files: run it from inside the tree.
measure detect-secrets 1 -- bash -c 'cd "$1" && exec "$2" scan --all-files .' _ "$TREE" "$BENCH_VENV/bin/detect-secrets"
b=$(awk '$1=="bulwark"{print $2}' "$BENCH_RESULTS")
d=$(awk '$1=="detect-secrets"{print $2}' "$BENCH_RESULTS")
echo "detect-secrets / bulwark: $(ratio "$d" "$b")"
if [ -n "$GITLEAKS" ]; then g=$(awk '$1=="gitleaks"{print $2}' "$BENCH_RESULTS"); echo "gitleaks / bulwark: $(ratio "$g" "$b")"; fi
