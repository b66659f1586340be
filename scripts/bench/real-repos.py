#!/usr/bin/env python3
"""Real-repository benchmark (issue 15): scan pinned public repositories with every family and
compare each finding, by fingerprint, with the committed judgements in
benchmarks/real-repos/expectations.tsv (true / false / debatable, one line each, with a reason).

Prints, per family and severity: findings, judged true / false / debatable, unjudged; and per
family the precision of high+critical findings (true / (true + false)). Lists every unjudged
finding at high or critical.

The repositories' files are never committed and never run: they are checked out (no hooks, no
install steps) into a cache outside this repository, pinned to the commits in
scripts/bench/real-repos.txt.

    scripts/bench/real-repos.sh                      scan the cache, print the table
    scripts/bench/real-repos.sh --populate           (re)create the cache first, from local git
                                                     mirrors ($REAL_REPOS_MIRROR/<owner>+<name>/repo)
                                                     or, with --network, from github.com
    scripts/bench/real-repos.sh --no-scan            reuse the last scan's JSON (judging loop)
    scripts/bench/real-repos.sh --write-unjudged F   write unjudged findings as expectation lines
                                                     (verdict `?`) to F, for judging
    scripts/bench/real-repos.sh --check              exit 1 when a high/critical finding is
                                                     unjudged or a family's precision is below 0.95

With no cache the script says so and exits 0: CI cannot reach the network.

Environment: BULWARK (binary; default .build/release/bulwark, else .build/debug/bulwark),
REAL_REPOS_CACHE (default ~/.cache/bulwark/real-repos), REAL_REPOS_MIRROR (default /work/.mirror).
"""
import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LIST = os.path.join(ROOT, "scripts", "bench", "real-repos.txt")
EXPECT = os.path.join(ROOT, "benchmarks", "real-repos", "expectations.tsv")
FIELDS = ["repo", "fingerprint", "rule", "path", "line", "severity", "verdict", "reason"]
VERDICTS = ("true", "false", "debatable")
SEVERITIES = ("critical", "high", "medium", "low", "info")


def read_list(path):
    repos = []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            name, commit = line.split()[:2]
            repos.append((name, commit))
    return repos


def cache_dir(cache, name):
    return os.path.join(cache, name.replace("/", "__"))


def stamp_path(dest):
    # Beside the checkout, not in it: the stamp must not be scanned.
    return dest.rstrip("/") + ".commit"


def git(*args, env=None):
    # Hooks are never run: core.hooksPath points nowhere, and only plumbing commands are used.
    return subprocess.run(["git", "-c", "core.hooksPath=/dev/null", *args], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def checkout(git_dir, commit, dest):
    """Writes the tree of `commit` into dest with a throw-away index (the mirror is not touched)."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, GIT_INDEX_FILE=os.path.join(tmp, "index"))
        r = git("--git-dir", git_dir, "read-tree", commit, env=env)
        if r.returncode != 0:
            return r.stderr.strip()
        os.makedirs(dest, exist_ok=True)
        # Snapshots may lack files of 4 MiB and more; checkout-index reports them and goes on.
        git("--git-dir", git_dir, "checkout-index", "-a", "-f", "--prefix=" + dest.rstrip("/") + "/",
            env=env)
        with open(stamp_path(dest), "w") as f:
            f.write(commit + "\n")
    return None


def populate(repos, cache, mirror, network):
    os.makedirs(cache, exist_ok=True)
    for name, commit in repos:
        dest = cache_dir(cache, name)
        stamp = stamp_path(dest)
        if os.path.exists(stamp) and open(stamp).read().strip() == commit:
            continue
        shutil.rmtree(dest, ignore_errors=True)
        git_dir = os.path.join(mirror, name.replace("/", "+"), "repo")
        if os.path.isdir(git_dir) and git("--git-dir", git_dir, "cat-file", "-e", commit + "^{commit}").returncode == 0:
            err = checkout(git_dir, commit, dest)
            print(f"{name}: {'from mirror' if err is None else 'mirror failed: ' + err}", file=sys.stderr)
            continue
        if not network:
            print(f"{name}: no mirror holds {commit[:12]}; skipped (use --network to fetch from GitHub)",
                  file=sys.stderr)
            continue
        bare = os.path.join(cache, ".git-" + name.replace("/", "__"))
        if not os.path.isdir(bare):
            git("init", "--bare", "-q", bare)
        r = git("--git-dir", bare, "fetch", "-q", "--depth", "1", f"https://github.com/{name}.git", commit)
        if r.returncode != 0:
            print(f"{name}: fetch failed: {r.stderr.strip()}", file=sys.stderr)
            continue
        err = checkout(bare, commit, dest)
        print(f"{name}: {'fetched' if err is None else 'checkout failed: ' + err}", file=sys.stderr)


def default_binary():
    if os.environ.get("BULWARK"):
        return os.environ["BULWARK"]
    for cfg in ("release", "debug"):
        p = os.path.join(ROOT, ".build", cfg, "bulwark")
        if os.access(p, os.X_OK):
            return p
    return os.path.join(ROOT, ".build", "debug", "bulwark")


def scan(repos, cache, results, binary):
    """Scans each cached repository; returns the names whose scan failed (their JSON is removed,
    so a stale report is never counted)."""
    os.makedirs(results, exist_ok=True)
    failed = []
    for name, _ in repos:
        src = cache_dir(cache, name)
        out = os.path.join(results, name.replace("/", "__") + ".json")
        if not os.path.isdir(src):
            continue
        if os.path.exists(out):
            os.remove(out)
        t0 = time.monotonic()
        r = subprocess.run([binary, "scan", src, "--format", "json", "--fail-on", "none", "--output", out],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        dt = time.monotonic() - t0
        ok = r.returncode == 0 and os.path.exists(out)
        if not ok:
            failed.append(name)
            if os.path.exists(out):
                os.remove(out)
        err = " ".join(r.stderr.split())[:300]
        status = "ok" if ok else f"FAILED, exit {r.returncode}: {err}"
        print(f"scanned {name} in {dt:.1f} s ({status})", file=sys.stderr)
    return failed


def load_findings(repos, results):
    findings = []
    for name, _ in repos:
        out = os.path.join(results, name.replace("/", "__") + ".json")
        if not os.path.exists(out):
            continue
        with open(out, encoding="utf-8") as f:
            doc = json.load(f)
        for x in doc.get("findings", []):
            findings.append({"repo": name, "fingerprint": x.get("fingerprint", ""), "rule": x["rule"],
                             "family": x.get("family", "?"), "path": x.get("path", ""),
                             "line": str(x.get("line", "")), "severity": x["severity"],
                             "message": x.get("message", "")})
    return findings


def load_expectations(path):
    by_fp, by_loc = {}, {}
    if not os.path.exists(path):
        return by_fp, by_loc
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            raw = raw.rstrip("\n")
            if not raw or raw.startswith("#") or raw.startswith("repo\t"):
                continue
            cols = raw.split("\t")
            if len(cols) != len(FIELDS):
                sys.exit(f"{path}:{n}: expected {len(FIELDS)} tab-separated columns, got {len(cols)}")
            e = dict(zip(FIELDS, cols))
            if e["verdict"] not in VERDICTS:
                sys.exit(f"{path}:{n}: verdict must be one of {', '.join(VERDICTS)}: {e['verdict']!r}")
            by_fp[(e["repo"], e["fingerprint"])] = e
            by_loc.setdefault((e["repo"], e["rule"], e["path"], e["line"]), e)
    return by_fp, by_loc


def clean(s):
    return " ".join(str(s).replace("\t", " ").split())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bulwark", default=default_binary())
    ap.add_argument("--cache", default=os.environ.get("REAL_REPOS_CACHE",
                                                      os.path.expanduser("~/.cache/bulwark/real-repos")))
    ap.add_argument("--mirror", default=os.environ.get("REAL_REPOS_MIRROR", "/work/.mirror"))
    ap.add_argument("--results", help="folder for the scan JSON (default: <cache>.results)")
    ap.add_argument("--list", default=LIST)
    ap.add_argument("--expectations", default=EXPECT)
    ap.add_argument("--populate", action="store_true", help="(re)create the cache at the pinned commits")
    ap.add_argument("--network", action="store_true", help="with --populate: fetch missing repos from GitHub")
    ap.add_argument("--no-scan", action="store_true", help="report on the last scan's JSON")
    ap.add_argument("--write-unjudged", metavar="FILE", help="write unjudged findings as expectation lines")
    ap.add_argument("--repo", action="append", metavar="OWNER/NAME",
                    help="only this repository (repeatable); the table then covers only these")
    ap.add_argument("--check", action="store_true",
                    help="exit 1 on an unjudged high/critical finding or a family precision below 0.95")
    a = ap.parse_args()
    results = a.results or a.cache.rstrip("/") + ".results"
    repos = read_list(a.list)
    if a.repo:
        unknown = set(a.repo) - {n for n, _ in repos}
        if unknown:
            sys.exit(f"real-repos: not in {a.list}: {', '.join(sorted(unknown))}")
        repos = [r for r in repos if r[0] in a.repo]

    if a.populate:
        populate(repos, a.cache, a.mirror, a.network)
    present = [r for r in repos if os.path.isdir(cache_dir(a.cache, r[0]))]
    if not present:
        print(f"real-repos: no cached repositories in {a.cache}; nothing to scan. "
              f"Create the cache with --populate (needs local mirrors or --network).")
        return 0
    if len(present) < len(repos):
        missing = [r[0] for r in repos if r not in present]
        print(f"real-repos: {len(missing)} of {len(repos)} repositories not cached: {', '.join(missing)}")
    for name, commit in present:
        stamp = stamp_path(cache_dir(a.cache, name))
        if os.path.exists(stamp) and open(stamp).read().strip() != commit:
            print(f"real-repos: warning: {name} is cached at another commit; run --populate")
    failed = []
    if not a.no_scan:
        if not os.access(a.bulwark, os.X_OK):
            print(f"real-repos: no bulwark binary at {a.bulwark}; build it first (swift build)")
            return 0
        failed = scan(present, a.cache, results, a.bulwark)
        head = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True).stdout.strip()
        with open(os.path.join(results, "_binary.txt"), "w") as f:
            f.write(f"{a.bulwark} (built {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime(os.path.getmtime(a.bulwark)))}, "
                    f"checkout at {head or '?'}), scanned {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n")
    else:
        failed = [n for n, _ in present
                  if not os.path.exists(os.path.join(results, n.replace("/", "__") + ".json"))]

    findings = load_findings(present, results)
    by_fp, by_loc = load_expectations(a.expectations)
    table = collections.defaultdict(collections.Counter)  # (family, severity) -> counts
    unjudged, by_location = [], 0
    false_classes = collections.defaultdict(list)
    for x in findings:
        e = by_fp.get((x["repo"], x["fingerprint"]))
        if e is None:
            e = by_loc.get((x["repo"], x["rule"], x["path"], x["line"]))
            if e is not None:
                by_location += 1
        verdict = e["verdict"] if e else "unjudged"
        key = (x["family"], x["severity"])
        table[key]["findings"] += 1
        table[key][verdict] += 1
        if e is None:
            unjudged.append(x)
        elif verdict == "false" and x["severity"] in ("critical", "high"):
            false_classes[x["rule"]].append((x, e))

    stamp = os.path.join(results, "_binary.txt")
    binary = open(stamp).read().strip() if os.path.exists(stamp) else a.bulwark
    print(f"real-repos: {len(present) - len(failed)} repositories scanned, {len(findings)} findings, "
          f"binary {binary}")
    if failed:
        print(f"real-repos: SCAN FAILED (crash or error) for {len(failed)}: {', '.join(failed)}")
    if by_location:
        print(f"({by_location} findings matched their judgement by repo, rule, path and line, "
              f"not by fingerprint: the rule's message changed)")
    print()
    print("| family | severity | findings | true | false | debatable | unjudged |")
    print("|---|---|---:|---:|---:|---:|---:|")
    families = sorted({k[0] for k in table})
    for fam in families:
        for sev in SEVERITIES:
            c = table.get((fam, sev))
            if not c:
                continue
            print(f"| {fam} | {sev} | {c['findings']} | {c['true']} | {c['false']} | {c['debatable']} | "
                  f"{c['unjudged']} |")
    print()
    print("Precision of high+critical = true / (true + false); debatable findings are left out.")
    print()
    print("| family | high+critical | true | false | debatable | unjudged | precision |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    failing = False
    rows = []
    for fam in families:
        c = collections.Counter()
        for sev in ("critical", "high"):
            c.update(table.get((fam, sev), collections.Counter()))
        rows.append((fam, c))
    rows.append(("**all**", sum((c for _, c in rows), collections.Counter())))
    for fam, c in rows:
        if not c["findings"]:
            continue
        judged = c["true"] + c["false"]
        prec = f"{c['true'] / judged:.2f}" if judged else "n/a"
        if judged and c["true"] / judged < 0.95:
            failing = True
        print(f"| {fam} | {c['findings']} | {c['true']} | {c['false']} | {c['debatable']} | {c['unjudged']} | {prec} |")
    print()
    if false_classes:
        print("False alarms at high/critical, by rule:")
        for rule, items in sorted(false_classes.items(), key=lambda kv: -len(kv[1])):
            x, e = items[0]
            print(f"  {len(items):4d}  {rule}  e.g. {x['repo']}:{x['path']}:{x['line']}  ({e['reason']})")
        print()
    hi = [x for x in unjudged if x["severity"] in ("critical", "high")]
    if hi:
        failing = True
        print(f"Unjudged findings at high/critical ({len(hi)}):")
        for x in hi:
            print(f"  {x['severity']:8s} {x['rule']}  {x['repo']}:{x['path']}:{x['line']}  {x['message'][:120]}")
        print()
    print(f"Unjudged findings: {len(unjudged)} ({len(hi)} at high/critical)")
    if a.write_unjudged:
        # One row per (repo, fingerprint): the same secret on two lines of one file has one fingerprint,
        # and one judgement covers both (the expectations file must not repeat a key).
        written = set()
        with open(a.write_unjudged, "w", encoding="utf-8") as f:
            for x in sorted(unjudged, key=lambda x: (SEVERITIES.index(x["severity"]), x["repo"], x["rule"], x["path"])):
                if (x["repo"], x["fingerprint"]) in written:
                    continue
                written.add((x["repo"], x["fingerprint"]))
                f.write("\t".join([x["repo"], x["fingerprint"], x["rule"], clean(x["path"]), x["line"],
                                   x["severity"], "?", clean(x["message"])[:200]]) + "\n")
        print(f"wrote {len(unjudged)} unjudged findings to {a.write_unjudged}")
    return 1 if (a.check and (failing or failed)) else 0


if __name__ == "__main__":
    sys.exit(main())
