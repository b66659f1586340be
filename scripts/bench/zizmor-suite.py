#!/usr/bin/env python3
"""Score Bulwark's workflows family against zizmor's own labelled test suite.

zizmor (https://github.com/zizmorcore/zizmor) keeps its audit inputs under
crates/zizmor/tests/integration/test-data/ and the expected output of each run in inline
snapshots inside crates/zizmor/tests/integration/{audit,e2e}/*.rs. This script reads those
test files, keeps the runs made with the default persona and default configuration (no
--persona/--pedantic, no --fix, no explicit --config, offline, no temporary workspace),
and turns every snapshot into the set of (input, audit) pairs zizmor expects.

It then lays each run's inputs out as a tiny repository under the cache (workflows in
.github/workflows/, composite actions as action.yml, Dependabot files as .github/dependabot.yml,
so Bulwark sees the kind it would see in a real repository; line numbers are unchanged), runs
`bulwark scan --only workflows --format json --no-path-context` on it, maps Bulwark's rules to
zizmor's audits (RULE_TO_AUDITS below, written from Bulwark's own `bulwark explain` pages) and
prints:

  * pairs found / pairs expected, per audit and in total;
  * findings found / expected (an expected finding counts as found when a mapped Bulwark
    finding sits on the same file within LINE_SLACK lines);
  * Bulwark-only findings at medium or above on inputs zizmor expects clean.

zizmor's files are never copied into the Bulwark repository: the snapshot must be fetched into
the cache first (the checkout of zizmorcore/zizmor, or its test folder, under --cache).
When the cache is absent the script says so and exits 0.

If a zizmor binary is available (--zizmor, or the venv under /work/cache/zizmor-venv), it is run
on the same laid-out inputs for time only.

Usage: scripts/bench/zizmor-suite.py [--bulwark PATH] [--cache DIR] [--zizmor PATH]
                                     [--show-missed] [--show-extra] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CACHE = Path("/work/cache/zizmor")
TESTS_REL = Path("crates/zizmor/tests/integration")

# Bulwark rule -> the zizmor audits that report the same weakness. Written from Bulwark's rule
# pages (`bulwark explain RULE`, "What it detects"); a rule maps to an audit only when a finding of
# the rule is a finding of the audit. Rules with no zizmor counterpart map to nothing (they only
# count as Bulwark-only findings).
RULE_TO_AUDITS: dict[str, set[str]] = {
    "workflow-artipacked": {"artipacked"},
    "workflow-bot-condition": {"bot-conditions"},
    "workflow-cache-poisoning": {"cache-poisoning"},
    # pull_request_target / workflow_run triggers; the checkout and artifact rules are the
    # dangerous use of those triggers that zizmor's dangerous-triggers audit points at.
    "workflow-dangerous-trigger": {"dangerous-triggers"},
    "workflow-untrusted-checkout": {"dangerous-triggers"},
    "workflow-untrusted-artifact": {"dangerous-triggers"},
    "workflow-dependabot-cooldown": {"dependabot-cooldown"},
    "workflow-dependabot-insecure-execution": {"dependabot-execution"},
    "workflow-excessive-permissions": {"excessive-permissions", "undocumented-permissions"},
    "workflow-github-env-write": {"github-env"},
    "workflow-hardcoded-container-credentials": {"hardcoded-container-credentials"},
    "workflow-known-compromised-action": {"known-vulnerable-actions", "impostor-commit"},
    "workflow-insecure-commands": {"insecure-commands"},
    "workflow-overprovisioned-secrets": {"overprovisioned-secrets"},
    "workflow-ref-version-mismatch": {"ref-version-mismatch"},
    "workflow-secrets-inherit": {"secrets-inherit"},
    "workflow-self-hosted-runner": {"self-hosted-runner"},
    "workflow-template-injection": {"template-injection"},
    "workflow-unpinned-image": {"unpinned-images"},
    "workflow-unpinned-action": {"unpinned-uses"},
    "workflow-secrets-to-unpinned-action": {"unpinned-uses"},
    "workflow-typosquatted-action": {"typosquat-uses"},
    "workflow-unredacted-secrets": {"unredacted-secrets"},
    "workflow-unsound-condition": {"unsound-condition"},
    "workflow-unsound-contains": {"unsound-contains"},
    "workflow-long-lived-publish-token": {"use-trusted-publishing"},
    "workflow-github-app-token-unscoped": {"github-app"},
    "workflow-obfuscation": {"obfuscation"},
    "workflow-unsound-ternary": {"unsound-ternary"},
    "workflow-misfeature": {"misfeature"},
    # Installs outside the lockfile (`npm install pkg`, `gem install pkg`, `yarn add`): zizmor's
    # adhoc-packages. (The rule's other findings, such as a bare `npm install`, only count as extra.)
    "workflow-unlocked-install": {"adhoc-packages"},
    "workflow-unpinned-tool": {"unpinned-tools"},
    "workflow-archived-action": {"archived-uses"},
    "workflow-precommit-insecure-repo": {"insecure-url-scheme"},
    "workflow-self-repository-ref": {"self-repository"},
}

BULWARK_CONFIG = """version: 1
rules:
  workflow-unpinned-action:
    options:
      first-party-policy: hash-pin
"""

LEVELS = {"error": "high", "warning": "medium", "help": "low", "info": "info", "note": "info"}
FINDING_RE = re.compile(r"^\s*(error|warning|help|info|note)\[([a-z0-9-]+)\]:")
WHERE_RE = re.compile(r"^\s*--> @@INPUT@@(/[^:]*)?:(\d+):(\d+)")
LINE_SLACK = 3
SEVERITY_RANK = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}


def rust_literals(text: str, start: int):
    """Yield (begin, end, value) of snapshot literals `@"..."`, `@r"..."`, `@r#"..."#` after start."""
    i = start
    while True:
        at = text.find("@", i)
        if at < 0:
            return
        j = at + 1
        if text.startswith('r#"', j):
            end = text.find('"#', j + 3)
            yield at, end + 2, text[j + 3:end]
            i = end + 2
        elif text.startswith('r"', j):
            end = text.find('"', j + 2)
            yield at, end + 1, text[j + 2:end]
            i = end + 1
        elif text.startswith('"', j):
            k = j + 1
            buf = []
            while k < len(text) and text[k] != '"':
                if text[k] == "\\" and k + 1 < len(text):
                    nxt = text[k + 1]
                    buf.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(nxt, nxt))
                    k += 2
                    continue
                buf.append(text[k])
                k += 1
            yield at, k + 1, "".join(buf)
            i = k + 1
        else:
            i = j


def parse_cases(tests_dir: Path):
    """Every zizmor run in the integration tests with its inputs, flags and expected findings."""
    files = sorted((tests_dir / "audit").glob("*.rs"))
    files += [tests_dir / "e2e" / "anchors.rs", tests_dir / "e2e" / "parallel_steps.rs"]
    cases = []
    for rs in files:
        if not rs.exists():
            continue
        text = rs.read_text()
        for m in re.finditer(r"#\[test\]\s*(?:#\[[^\]]*\]\s*)*fn\s+(\w+)", text):
            name = m.group(1)
            body_end = text.find("#[test]", m.end())
            body = text[m.end(): body_end if body_end > 0 else len(text)]
            chains = [c for c in re.finditer(r"zizmor\(\)(.*?)\.run\(\)\?", body, re.S)]
            lits = []
            pos = 0
            for c in chains:
                lit = next(rust_literals(body, c.end()), None)
                lits.append(lit)
            for n, c in enumerate(chains):
                chain = c.group(1)
                lit = lits[n]
                case = {
                    "id": f"{rs.stem}::{name}" + (f"#{n}" if len(chains) > 1 else ""),
                    "file": rs.name,
                    "inputs": [],
                    "skip": None,
                }
                cfg = re.findall(r"\.config\(\s*input_under_test\(\s*\"([^\"]+)\"", chain)
                chain_wo_cfg = re.sub(r"\.config\(\s*input_under_test\(\s*\"[^\"]+\"\s*,?\s*\)\s*\)", "", chain)
                case["inputs"] = re.findall(r"input_under_test\(\s*\"([^\"]+)\"\s*,?\s*\)", chain_wo_cfg)
                args = " ".join(re.findall(r"\.args\(\s*\[([^\]]*)\]", chain))
                if "--persona" in args or "--pedantic" in args:
                    case["skip"] = "persona"
                elif "--fix" in args or "--format" in args or "--min-" in args:
                    case["skip"] = "output flags"
                elif cfg:
                    case["skip"] = "explicit config"
                elif "AssertOnline" in chain or "gh_token(true" in chain:
                    case["skip"] = "online"
                elif "workspace" in chain or "WorkspaceBuilder" in body or not case["inputs"]:
                    case["skip"] = "workspace or stdin"
                elif ".expects_failure" in chain or lit is None:
                    case["skip"] = "error run"
                if lit is not None and not case["skip"]:
                    expected = []
                    lines = lit[2].splitlines()
                    for k, line in enumerate(lines):
                        fm = FINDING_RE.match(line)
                        if not fm:
                            continue
                        where = next((WHERE_RE.match(x) for x in lines[k + 1:k + 3] if WHERE_RE.match(x)), None)
                        expected.append({
                            "audit": fm.group(2),
                            "severity": LEVELS[fm.group(1)],
                            "sub": (where.group(1) or "") if where else "",
                            "line": int(where.group(2)) if where else None,
                        })
                    case["expected"] = expected
                cases.append(case)
    return cases


def top_keys(text: str) -> set[str]:
    return {m.group(1) for m in re.finditer(r"^([A-Za-z_-]+)\s*:", text, re.M)}


def layout(case, data_dir: Path, root: Path):
    """Copy a case's inputs into root, placed where Bulwark looks for each kind. Returns
    {relative path in root: input label} for scoring."""
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    where = {}
    for inp in case["inputs"]:
        src = data_dir / inp
        if src.is_dir():
            dst = root / src.name
            shutil.copytree(src, dst, symlinks=True)
            for f in dst.rglob("*"):
                if f.is_file():
                    rel = f.relative_to(root).as_posix()
                    where[rel] = inp + "/" + f.relative_to(dst).as_posix()
            continue
        if not src.is_file():
            continue
        text = src.read_text(errors="replace")
        keys = top_keys(text)
        stem = re.sub(r"[^A-Za-z0-9_.-]", "_", src.stem)
        if src.name in ("action.yml", "action.yaml") or "runs" in keys and "jobs" not in keys:
            rel = f"{stem}/action.yml" if src.name not in ("action.yml", "action.yaml") else f"{src.parent.name}/{src.name}"
        elif "updates" in keys and "jobs" not in keys:
            rel = f"{stem}/.github/dependabot.yml"
        elif "repos" in keys and "jobs" not in keys:
            rel = f"{stem}/.pre-commit-config.yaml"
        else:
            rel = f".github/workflows/{src.name}"
        dst = root / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)
        where[rel] = inp
    # zizmor's default policy hash-pins first-party actions too; Bulwark's default lets
    # actions/*, github/* and dependabot/* use a tag by design, so the suite is scored with the
    # option that states zizmor's policy (the only configuration the scoring sets).
    (root / ".bulwark.yml").write_text(BULWARK_CONFIG)
    return where


def run_bulwark(bulwark: str, root: Path):
    p = subprocess.run([bulwark, "scan", str(root), "--only", "workflows", "--format", "json",
                        "--no-path-context", "--fail-on", "none"],
                       capture_output=True, text=True, timeout=120)
    if p.returncode not in (0, 1):
        return None, p.stderr.strip().splitlines()[-1:] or ["exit %d" % p.returncode]
    try:
        doc = json.loads(p.stdout)
    except json.JSONDecodeError as e:
        return None, [f"bad JSON: {e}"]
    out = []
    for f in doc.get("findings", []):
        out.append({"rule": f.get("rule"), "severity": f.get("severity"),
                    "path": f.get("path"), "line": f.get("line"),
                    "message": f.get("message", "")})
    return out, []


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bulwark", default=str(REPO / ".build/debug/bulwark"))
    ap.add_argument("--cache", default=str(DEFAULT_CACHE),
                    help="folder holding a copy of zizmor's repository (or its crates/ folder)")
    ap.add_argument("--zizmor", default=None, help="zizmor binary to time on the same inputs")
    ap.add_argument("--no-zizmor", action="store_true", help="do not time zizmor")
    ap.add_argument("--show-missed", action="store_true")
    ap.add_argument("--show-extra", action="store_true")
    ap.add_argument("--show-skipped", action="store_true")
    ap.add_argument("--filter", default=None, help="only cases whose id contains this text")
    ap.add_argument("--json", default=None, help="write per-case results here")
    a = ap.parse_args()

    cache = Path(a.cache)
    tests_dir = cache / TESTS_REL
    if not tests_dir.is_dir():
        print(f"zizmor's test suite is not in {cache} (expected {TESTS_REL}); fetch "
              "zizmorcore/zizmor and extract crates/zizmor/tests/integration there. Skipping.")
        return 0
    if not Path(a.bulwark).exists():
        print(f"no bulwark binary at {a.bulwark}; build it first (swift build). Skipping.")
        return 0
    # A private copy: another build rewriting .build/debug/bulwark mid-run must not break the run.
    private = cache / "bulwark-under-test"
    shutil.copy2(a.bulwark, private)
    a.bulwark = str(private)
    data_dir = tests_dir / "test-data"
    cases = parse_cases(tests_dir)
    if a.filter:
        cases = [c for c in cases if a.filter in c["id"]]
    scored = [c for c in cases if not c["skip"]]
    skipped = defaultdict(int)
    for c in cases:
        if c["skip"]:
            skipped[c["skip"]] += 1

    work = cache / "cases"
    work.mkdir(parents=True, exist_ok=True)
    per_audit = defaultdict(lambda: [0, 0])   # audit -> [found pairs, expected pairs]
    find_found = find_total = 0
    extra_clean = []          # Bulwark-only findings (medium+) on inputs zizmor expects clean
    missed = []
    errors = []
    results = []
    roots = []
    t0 = time.monotonic()
    for c in scored:
        root = work / re.sub(r"[^A-Za-z0-9_.-]", "_", c["id"])
        where = layout(c, data_dir, root)
        roots.append(root)
        findings, err = run_bulwark(a.bulwark, root)
        if findings is None:
            errors.append((c["id"], err))
            findings = []
        # Bulwark's audits per input label, with lines.
        got = defaultdict(list)      # audit -> [(input label, line)]
        for f in findings:
            path = f["path"] or ""
            rel = os.path.relpath(path, root) if os.path.isabs(path) else path
            label = where.get(rel, rel)
            for audit in RULE_TO_AUDITS.get(f["rule"], ()):
                got[audit].append((label, f["line"]))
        exp_pairs = {(e["audit"]) for e in c["expected"]}
        for audit in sorted(exp_pairs):
            per_audit[audit][1] += 1
            if got.get(audit):
                per_audit[audit][0] += 1
            else:
                missed.append((c["id"], audit, c["inputs"]))
        for e in c["expected"]:
            find_total += 1
            if any(e["line"] is not None and ln is not None and abs(ln - e["line"]) <= LINE_SLACK
                   for _, ln in got.get(e["audit"], [])):
                find_found += 1
        if not c["expected"]:
            for f in findings:
                if SEVERITY_RANK.get(f["severity"], 0) >= 2:
                    extra_clean.append((c["id"], f))
        results.append({"id": c["id"], "inputs": c["inputs"], "expected": c["expected"],
                        "bulwark": findings})
    bulwark_secs = time.monotonic() - t0

    found = sum(v[0] for v in per_audit.values())
    total = sum(v[1] for v in per_audit.values())
    print(f"zizmor test suite: {len(cases)} runs, {len(scored)} scored (default persona and config), "
          f"skipped: " + ", ".join(f"{k} {v}" for k, v in sorted(skipped.items())))
    print()
    print("| zizmor audit | pairs found / expected |")
    print("|---|---:|")
    for audit in sorted(per_audit):
        f, t = per_audit[audit]
        print(f"| {audit} | {f} / {t} |")
    print(f"| **total** | **{found} / {total}** |")
    print()
    print(f"(input, audit) pairs found: {found} of {total}")
    print(f"expected findings matched within {LINE_SLACK} lines: {find_found} of {find_total}")
    print(f"Bulwark-only findings at medium or above on inputs zizmor expects clean: {len(extra_clean)}")
    print(f"bulwark: {bulwark_secs:.1f} s for {len(scored)} runs (one process per run)")
    if errors:
        print(f"bulwark errors: {len(errors)}")
        for cid, err in errors:
            print(f"  {cid}: {err}")
    if a.show_missed:
        print("\nmissed pairs:")
        for cid, audit, inputs in missed:
            print(f"  {audit:28} {cid}  {' '.join(inputs)}")
    if a.show_extra:
        print("\nBulwark-only findings on clean inputs:")
        for cid, f in extra_clean:
            print(f"  {f['severity']:8} {f['rule']:40} {cid}:{f['line']}  {f['message'][:100]}")
    if a.show_skipped:
        print("\nskipped runs:")
        for c in cases:
            if c["skip"]:
                print(f"  {c['skip']:18} {c['id']}")

    zizmor = a.zizmor or ("/work/cache/zizmor-venv/bin/zizmor" if Path("/work/cache/zizmor-venv/bin/zizmor").exists() else shutil.which("zizmor"))
    if a.no_zizmor:
        pass
    elif zizmor and Path(zizmor).exists():
        t0 = time.monotonic()
        for root in roots:
            subprocess.run([zizmor, "--offline", "--no-progress", "--format", "json", str(root)],
                           capture_output=True, text=True, timeout=120)
        zsecs = time.monotonic() - t0
        ver = subprocess.run([zizmor, "--version"], capture_output=True, text=True).stdout.strip()
        print(f"{ver}: {zsecs:.1f} s on the same {len(roots)} laid-out inputs (one process per run)")
    else:
        print("zizmor not installed (pip install zizmor into /work/cache/zizmor-venv to time it)")
    if a.json:
        Path(a.json).write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
