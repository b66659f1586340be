#!/usr/bin/env bash
# Inventory scale: BOMS generated CycloneDX BOMs of COMPONENTS components each (default 10,000 x 300 =
# 3 million component rows), loaded into SQLite and PostgreSQL; reports load throughput, database
# size, `bulwark affected` latency for one purl range (median of 11) and bulk matching of ADVISORIES
# generated OSV records. Nothing generated is committed.
#   BOMS=1000 scripts/bench/inventory.sh          a smaller run
#   ENGINES=sqlite scripts/bench/inventory.sh     one engine
# PostgreSQL: a throwaway server from scripts/postgres-test-server.sh (or BULWARK_BENCH_POSTGRES_URL).
source "$(dirname "$0")/lib.sh"
BOMS="${BOMS:-10000}"
COMPONENTS="${COMPONENTS:-300}"
ADVISORIES="${ADVISORIES:-10000}"
ENGINES="${ENGINES:-sqlite postgres}"
BULWARK="${BULWARK_BIN:-$BULWARK}"   # BULWARK_BIN=.build/debug/bulwark BENCH_SKIP_BUILD=1 for a smoke run
build_release
work="$BENCH_WORK/inventory-${BOMS}x${COMPONENTS}"
if [ ! -f "$work/.done" ]; then
  rm -rf "$work"
  mkdir -p "$work/boms" "$work/osv"
  python3 - "$work" "$BOMS" "$COMPONENTS" "$ADVISORIES" <<'PY'
import json, os, random, sys
work, nboms, ncomp, nadv = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(20240329)
NPY, NNPM, NDEB = 4000, 4000, 1200
def skewed(n):  # popular packages first: index 0 is in almost every BOM
    return int(n * rng.random() ** 2.5)
def pick(n, k):
    seen = set()
    while len(seen) < k:
        seen.add(skewed(n))
    return sorted(seen)
for b in range(nboms):
    repo = f"org/repo{b:05d}"
    n_deb, n_npm = ncomp * 15 // 100, ncomp * 35 // 100
    n_py = ncomp - n_deb - n_npm - 2
    comps = []
    for i in pick(NDEB, n_deb):
        name = "xz-utils" if i == 0 else f"deblib{i}"
        v = rng.choice(["5.4.1-0.2", "5.6.0-0.2", "5.6.1+really5.4.5-1"]) if i == 0 else f"{rng.randint(1,9)}.{rng.randint(0,20)}-{rng.randint(1,5)}"
        comps.append({"bom-ref": f"d{i}", "type": "library", "name": name, "version": v,
                      "purl": f"pkg:deb/debian/{name}@{v.replace('+', '%2B')}?arch=amd64&distro=debian-12"})
    for i in pick(NPY, n_py):
        v = f"1.{rng.randint(0,9)}.{rng.randint(0,9)}"
        c = {"bom-ref": f"p{i}", "type": "library", "name": f"pylib{i}", "version": v, "purl": f"pkg:pypi/pylib{i}@{v}"}
        if rng.random() < 0.1:
            c["hashes"] = [{"alg": "SHA-256", "content": "%064x" % rng.getrandbits(256)}]
        comps.append(c)
    for i in pick(NNPM, n_npm):
        v = f"{rng.randint(0,4)}.{rng.randint(0,20)}.{rng.randint(0,9)}"
        ns = f"%40scope{i % 40}/" if i % 3 == 0 else ""
        comps.append({"bom-ref": f"n{i}", "type": "library", "name": f"npmlib{i}", "version": v, "purl": f"pkg:npm/{ns}npmlib{i}@{v}"})
    base = f"base{skewed(50)}"
    comps.append({"bom-ref": "model", "type": "machine-learning-model", "name": f"org/model{b}",
                  "purl": f"pkg:huggingface/org/model{b}@{rng.getrandbits(160):040x}",
                  "pedigree": {"ancestors": [{"type": "machine-learning-model", "name": f"hub/{base}", "purl": f"pkg:huggingface/hub/{base}"}]},
                  "modelCard": {"modelParameters": {"datasets": [{"ref": "data"}]}}})
    comps.append({"bom-ref": "data", "type": "data", "name": f"hub/dataset{skewed(30)}"})
    refs = [c["bom-ref"] for c in comps]
    deps = [{"ref": "root", "dependsOn": refs[:20]}]
    for j, r in enumerate(refs[:-2]):
        later = refs[j + 1:]
        deps.append({"ref": r, "dependsOn": rng.sample(later, min(2, len(later)))})
    bom = {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
           "serialNumber": f"urn:uuid:00000000-0000-4000-8000-{b:012d}",
           "metadata": {"timestamp": f"2026-{rng.randint(1,11):02d}-{rng.randint(1,28):02d}T12:00:00Z",
                        "component": {"bom-ref": "root", "type": "application", "name": repo},
                        "properties": [{"name": "bulwark:repository", "value": repo}]},
           "components": comps, "dependencies": deps}
    with open(os.path.join(work, "boms", f"bom{b:05d}.json"), "w") as f:
        json.dump(bom, f, separators=(",", ":"))
sev = ["CRITICAL", "HIGH", "MODERATE", "LOW"]
for a in range(nadv):
    kind = rng.random()
    if kind < 0.5:
        eco, name = "PyPI", f"pylib{skewed(NPY)}"
        lo = rng.randint(0, 8); ev = [{"introduced": f"1.{lo}.0"}, {"fixed": f"1.{lo + rng.randint(1, 2)}.0"}]
    elif kind < 0.85:
        i = skewed(NNPM); eco = "npm"; name = (f"@scope{i % 40}/" if i % 3 == 0 else "") + f"npmlib{i}"
        lo = rng.randint(0, 3); ev = [{"introduced": f"{lo}.0.0"}, {"fixed": f"{lo}.{rng.randint(5, 20)}.0"}]
    else:
        i = skewed(NDEB); eco = "Debian:12"; name = "xz-utils" if i == 0 else f"deblib{i}"
        ev = [{"introduced": "5.5.1alpha-0.1"}, {"fixed": "5.6.1+really5.4.5-1"}] if i == 0 else [{"introduced": "0"}, {"fixed": f"{rng.randint(1,9)}.{rng.randint(0,20)}-1"}]
    rec = {"id": f"BENCH-{a:05d}", "summary": "generated", "database_specific": {"severity": rng.choice(sev)},
           "affected": [{"package": {"ecosystem": eco, "name": name}, "ranges": [{"type": "ECOSYSTEM", "events": ev}]}]}
    with open(os.path.join(work, "osv", f"BENCH-{a:05d}.json"), "w") as f:
        json.dump(rec, f)
open(os.path.join(work, ".done"), "w").close()
PY
fi
echo "machine: $(machine)"
echo "data: $BOMS BOMs x $COMPONENTS components ($(du -sh "$work/boms" | cut -f1) of JSON), $ADVISORIES OSV records"

median_ms() { # median_ms RUNS CMD... -> median wall milliseconds (exit codes ignored)
  local runs=$1; shift
  local t=() i s e
  for ((i = 0; i < runs; i++)); do
    s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
    t+=($(( (e - s) / 1000000 )))
  done
  printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

run_engine() { # run_engine NAME DB
  local engine=$1 db=$2
  local start end secs rows
  start=$(date +%s%N)
  "$BULWARK" inventory add "$work/boms" --db "$db" 2>"$BENCH_WORK/inventory-$engine.log" || { tail -5 "$BENCH_WORK/inventory-$engine.log"; return 1; }
  end=$(date +%s%N)
  secs=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", (e - s) / 1e9 }')
  rows=$(( BOMS * COMPONENTS ))
  tail -n 1 "$BENCH_WORK/inventory-$engine.log"
  printf '%s\t%s\t%s\n' "inventory add $BOMS BOMs ($engine), s" "$secs" "-" | tee -a "$BENCH_RESULTS"
  echo "  load throughput: $(awk -v r="$rows" -v s="$secs" 'BEGIN { printf "%.0f components/s, %.1f BOMs/s", r / s, '"$BOMS"' / s }')"
  local q1 q2 q3 q4 bulk
  q1=$(median_ms 11 "$BULWARK" affected pkg:pypi/pylib1500 --range "<1.5.0" --db "$db")
  q2=$(median_ms 11 "$BULWARK" affected pkg:deb/debian/xz-utils --range ">=5.5.1alpha-0.1,<=5.6.1-1" --db "$db" --format csv)
  q3=$(median_ms 11 "$BULWARK" affected pkg:pypi/pylib0 --range "<1.5.0" --db "$db" --format json)
  q4=$(median_ms 5 "$BULWARK" affected hf:hub/base0 --db "$db" --format csv)
  echo "  affected, one purl range, median of 11 (process start included):"
  echo "    pkg:pypi/pylib1500 <1.5.0 (a typical package)          ${q1} ms  ($("$BULWARK" affected pkg:pypi/pylib1500 --range "<1.5.0" --db "$db" --format csv | tail -n +2 | wc -l) matches)"
  echo "    pkg:deb/debian/xz-utils (in every BOM), csv            ${q2} ms  ($("$BULWARK" affected pkg:deb/debian/xz-utils --range ">=5.5.1alpha-0.1,<=5.6.1-1" --db "$db" --format csv | tail -n +2 | wc -l) matches)"
  echo "    pkg:pypi/pylib0 <1.5.0 (in every BOM), json            ${q3} ms"
  echo "    hf:hub/base0 lineage (median of 5), csv                ${q4} ms  ($("$BULWARK" affected hf:hub/base0 --db "$db" --format csv | tail -n +2 | wc -l) matches)"
  printf '%s\t%s\t%s\n' "affected one purl range ($engine), ms" "$q1" "-" >> "$BENCH_RESULTS"
  start=$(date +%s%N)
  "$BULWARK" affected --advisories "$work/osv" --db "$db" --format csv --output "$BENCH_WORK/bulk-$engine.csv" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  bulk=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", (e - s) / 1e9 }')
  echo "  bulk: $ADVISORIES advisories vs the inventory: ${bulk} s, $(tail -n +2 "$BENCH_WORK/bulk-$engine.csv" | wc -l) exposures"
  printf '%s\t%s\t%s\n' "affected --advisories $ADVISORIES ($engine), s" "$bulk" "-" >> "$BENCH_RESULTS"
}

for engine in $ENGINES; do
  echo "== $engine"
  case $engine in
    sqlite)
      db="$BENCH_WORK/inventory-bench.db"
      rm -f "$db" "$db-wal" "$db-shm"
      run_engine sqlite "$db" || true
      echo "  database size: $(du -ch "$db"* | tail -n 1 | cut -f1) (file + WAL)"
      ;;
    postgres)
      url="${BULWARK_BENCH_POSTGRES_URL:-}"
      if [ -z "$url" ]; then
        BULWARK_PG_PORT=55433 BULWARK_PG_DIR=/tmp/bulwark-pg-bench "$BENCH_ROOT/scripts/postgres-test-server.sh" stop
        url=$(BULWARK_PG_PORT=55433 BULWARK_PG_DIR=/tmp/bulwark-pg-bench "$BENCH_ROOT/scripts/postgres-test-server.sh" start)
        own_server=1
      fi
      run_engine postgres "$url" || true
      echo "  database size: $(psql "$url" -Atc "select pg_size_pretty(pg_database_size(current_database()))" 2>/dev/null || echo "psql not available")"
      if [ -n "${own_server:-}" ]; then
        BULWARK_PG_PORT=55433 BULWARK_PG_DIR=/tmp/bulwark-pg-bench "$BENCH_ROOT/scripts/postgres-test-server.sh" stop
      fi
      ;;
  esac
done
