#!/usr/bin/env bash
# Benchmark of the dependencies family (issue 6):
#  1. parse + match a generated package-lock.json and pnpm-lock.yaml of 50,000 packages each against an
#     imported advisory set of 100,000 OSV records (target: under 2 s each, release build), peak memory;
#  2. typosquat check of the same 10,000 names by Bulwark and by GuardDog (a PyPI venv), as a time ratio.
# Usage: scripts/bench/dependencies.sh [WORKDIR]   (builds release once; needs python3; GuardDog optional)
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK="${1:-$(mktemp -d /tmp/bulwark-bench-deps.XXXXXX)}"
mkdir -p "$WORK"
echo "workdir: $WORK"

# BULWARK may name an already built binary (e.g. one built with --scratch-path); else build release.
if [ -n "${BULWARK:-}" ]; then BIN="$BULWARK"; else
  swift build -c release --product bulwark >/dev/null
  BIN="$(swift build -c release --show-bin-path)/bulwark"
fi

python3 - "$WORK" <<'PY'
import json, os, random, sys, zipfile
work = sys.argv[1]
random.seed(6)
N = 50_000
names = [f"pkg-{i:05d}" if i % 7 else f"@scope{i % 50}/lib-{i:05d}" for i in range(N)]
vers = [f"{random.randint(0, 9)}.{random.randint(0, 30)}.{random.randint(0, 40)}" for _ in range(N)]
deps = [[random.randrange(N) for _ in range(random.randint(0, 4))] for _ in range(N)]
direct = list(range(0, N, 97))

# package-lock.json v3
os.makedirs(f"{work}/npm", exist_ok=True)
root = {"name": "bench", "dependencies": {names[i]: "^" + vers[i] for i in direct}}
pk = {"": root}
for i in range(N):
    e = {"version": vers[i], "resolved": f"https://registry.npmjs.org/{names[i]}/-/{names[i].split('/')[-1]}-{vers[i]}.tgz",
         "integrity": "sha512-" + "A" * 86 + "=="}
    if deps[i]:
        e["dependencies"] = {names[j]: "^" + vers[j] for j in deps[i]}
    pk[f"node_modules/{names[i]}"] = e
json.dump({"name": "bench", "lockfileVersion": 3, "requires": True, "packages": pk}, open(f"{work}/npm/package-lock.json", "w"), indent=2)
json.dump({"name": "bench", "dependencies": root["dependencies"]}, open(f"{work}/npm/package.json", "w"))

# pnpm-lock.yaml v9
os.makedirs(f"{work}/pnpm", exist_ok=True)
def q(s): return f"'{s}'" if s.startswith("@") else s
with open(f"{work}/pnpm/pnpm-lock.yaml", "w") as f:
    f.write("lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n\nimporters:\n\n  .:\n    dependencies:\n")
    for i in direct:
        f.write(f"      {q(names[i])}:\n        specifier: ^{vers[i]}\n        version: {vers[i]}\n")
    f.write("\npackages:\n\n")
    for i in range(N):
        f.write(f"  {q(names[i] + '@' + vers[i])}:\n    resolution: {{integrity: sha512-{'B' * 86}==}}\n    engines: {{node: '>=18'}}\n\n")
    f.write("snapshots:\n\n")
    for i in range(N):
        f.write(f"  {q(names[i] + '@' + vers[i])}:\n")
        if deps[i]:
            f.write("    dependencies:\n")
            for j in deps[i]:
                f.write(f"      {q(names[j])}: {vers[j]}\n")
        else:
            f.write("    {}\n".replace("    {}", "    dependencies: {}"))
        f.write("\n")
json.dump({"name": "bench", "dependencies": root["dependencies"]}, open(f"{work}/pnpm/package.json", "w"))

# 100,000 OSV records: a quarter name generated packages (half of those affect the locked version).
with zipfile.ZipFile(f"{work}/osv-all.zip", "w", zipfile.ZIP_DEFLATED) as z:
    for k in range(100_000):
        if k % 4 == 0:
            i = random.randrange(N)
            name, eco = names[i], "npm"
            events = [{"introduced": "0"}, {"fixed": vers[i] if k % 8 else "99.0.0"}]
        else:
            name, eco = f"other-{k}", random.choice(["npm", "PyPI", "crates.io", "Go"])
            events = [{"introduced": "1.0.0"}, {"fixed": "1.2.3"}]
        rec = {"id": f"BENCH-{k:06d}", "modified": "2026-01-01T00:00:00Z", "summary": f"bench advisory {k}",
               "database_specific": {"severity": "HIGH"},
               "affected": [{"package": {"ecosystem": eco, "name": name}, "ranges": [{"type": "SEMVER", "events": events}]}]}
        z.writestr(f"BENCH-{k:06d}.json", json.dumps(rec))

# 10,000 names for the typosquat comparison: popular names mutated with typical techniques plus unrelated names.
top = [l.split("\t")[0] for l in open("/work/.library/env/packages/pypi.tsv") if l.split("\t")[3:4] and l.split("\t")[3].strip().isdigit() and int(l.split("\t")[3]) <= 2000] \
    if os.path.exists("/work/.library/env/packages/pypi.tsv") else ["requests", "numpy", "pandas", "django", "flask"]
out, labels = [], []
topset = set(t.lower() for t in top)
while len(out) < 10_000:
    n = random.choice(top)
    r = random.random()
    label = "mutated"
    if r < 0.25 and len(n) > 4:
        p = random.randrange(len(n) - 1); n = n[:p] + n[p + 1] + n[p] + n[p + 2:]
    elif r < 0.5 and len(n) > 4:
        p = random.randrange(len(n)); n = n[:p] + n[p + 1:]
    elif r < 0.6:
        n = n + n[-1]
    else:
        n = "".join(random.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(random.randint(5, 12)))
        label = "random"
    if n.lower() in topset:
        continue  # a mutation that produced another popular name is not a squat
    out.append(n); labels.append(label)
os.makedirs(f"{work}/names", exist_ok=True)
open(f"{work}/names/names.txt", "w").write("\n".join(out) + "\n")
open(f"{work}/names/labels.txt", "w").write("\n".join(labels) + "\n")
open(f"{work}/names/requirements.txt", "w").write("".join(f"{n}==1.0.0 --hash=sha256:00\n" for n in out))
PY

measure() { # label, command...
    local label="$1"; shift
    local log="$WORK/time-$label.txt"
    /usr/bin/time -f "%e %M" -o "$log" "$@" >"$WORK/out-$label.txt" 2>"$WORK/err-$label.txt" || true
    read -r secs kb <"$log" || true
    echo "$label: ${secs}s wall, peak RSS $((kb / 1024)) MiB"
}

export BULWARK_DB_DIR="$WORK/db"
measure import "$BIN" db import "$WORK/osv-all.zip" --db-dir "$WORK/db"
cat "$WORK/out-import.txt"
measure package-lock "$BIN" scan "$WORK/npm" --only dependencies --format json --fail-on none
measure pnpm-lock "$BIN" scan "$WORK/pnpm" --only dependencies --format json --fail-on none
for l in package-lock pnpm-lock; do
    python3 -c "import json,sys; d=json.load(open(sys.argv[1])); f=d.get('findings', d if isinstance(d, list) else []); print('  findings:', len(f), 'known-vulnerable:', sum(1 for x in f if x.get('rule')=='dep-known-vulnerable'))" "$WORK/out-$l.txt" 2>/dev/null || head -c 300 "$WORK/err-$l.txt"
done

measure typosquat-bulwark "$BIN" scan "$WORK/names" --only dependencies --format json --fail-on none
python3 - "$WORK" <<'PY'
import json, sys
w = sys.argv[1]
labels = open(f"{w}/names/labels.txt").read().split()
d = json.load(open(f"{w}/out-typosquat-bulwark.txt"))
lines = {x.get("line") for x in d.get("findings", []) if x.get("rule") == "dep-typosquat"}
hit = [i + 1 in lines for i in range(len(labels))]
m = sum(1 for h, l in zip(hit, labels) if h and l == "mutated"); mt = labels.count("mutated")
r = sum(1 for h, l in zip(hit, labels) if h and l == "random"); rt = labels.count("random")
print(f"  bulwark: flagged {m}/{mt} mutated popular names ({m/mt:.1%}), {r}/{rt} random names ({r/rt:.1%})")
PY

VENV=/work/venv-dependencies
if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV" && "$VENV/bin/pip" -q install guarddog >/dev/null 2>&1 || echo "GuardDog: could not install from PyPI"; fi
if "$VENV/bin/python" -c "import guarddog" 2>/dev/null; then
    cat >"$WORK/guarddog_typosquat.py" <<'PY'
import sys, time
from guarddog.analyzer.metadata.pypi.typosquatting import PypiTyposquatDetector
names = [l.strip() for l in open(sys.argv[1]) if l.strip()]
labels = open(sys.argv[2]).read().split()
t = time.time()
d = PypiTyposquatDetector()
hit = []
for n in names:
    ok, _ = d.detect({"info": {"name": n}}, None, n, None)
    hit.append(bool(ok))
m = sum(1 for h, l in zip(hit, labels) if h and l == "mutated"); mt = labels.count("mutated")
r = sum(1 for h, l in zip(hit, labels) if h and l == "random"); rt = labels.count("random")
print(f"  guarddog: flagged {m}/{mt} mutated popular names ({m/mt:.1%}), {r}/{rt} random names ({r/rt:.1%}) in {time.time() - t:.2f}s (offline, its bundled top-package list)")
PY
    # GuardDog needs about 77 s per 1,000 names here; GUARDDOG_NAMES=1000 samples the first 1,000 (same names).
    GN="${GUARDDOG_NAMES:-10000}"
    head -n "$GN" "$WORK/names/names.txt" >"$WORK/names/gd-names.txt"; head -n "$GN" "$WORK/names/labels.txt" >"$WORK/names/gd-labels.txt"
    measure typosquat-guarddog "$VENV/bin/python" "$WORK/guarddog_typosquat.py" "$WORK/names/gd-names.txt" "$WORK/names/gd-labels.txt"
    cat "$WORK/out-typosquat-guarddog.txt"
    python3 -c "
b=open('$WORK/time-typosquat-bulwark.txt').read().split(); g=open('$WORK/time-typosquat-guarddog.txt').read().split()
print(f'  time ratio GuardDog/Bulwark: {float(g[0]) * 10000 / $GN / max(float(b[0]), 0.01):.0f}x for 10,000 names (wall, including start-up; scaled when sampled)')"
else
    echo "GuardDog: not available; ratio not computed"
fi
