#!/usr/bin/env python3
"""Real-lockfile benchmark (issue 20): the lockfiles of large public projects, at pinned commits.

For each project below, the lockfiles (and the manifests beside them, which say what is direct) are
extracted with `git show COMMIT:PATH` from a local bare mirror ($LOCKFILES_MIRROR/<owner>+<name>/repo,
default /work/.mirror) or copied from the real-repository cache (scripts/bench/real-repos.sh,
$REAL_REPOS_CACHE/<owner>__<name>, when its .commit stamp matches) into
$LOCKFILES_CACHE/<project>/ (default /work/cache/lockfiles). Nothing is committed, installed or run.

Then `bulwark scan DIR --only dependencies --format json` runs on each project, and the script prints:
parse success per lockfile (no dep-unparseable-lockfile finding), packages read per lockfile (from
`bulwark bom --no-scan`), wall time and peak RSS of the scan (wait4), and EVERY dep-typosquat finding
with its severity and, when judged below, its verdict and reason.

    scripts/bench/lockfiles-real.sh                    extract what is missing, scan, print the table
    scripts/bench/lockfiles-real.sh --check            exit 1 when a typosquat is high or critical, a
                                                       medium one is unjudged or judged false, or a
                                                       supported lockfile did not parse
    scripts/bench/lockfiles-real.sh --json FILE        also write the measurements as JSON

With no mirror and no cache the script says so and exits 0 (CI has no network).
Environment: BULWARK (binary; default the newer of .build/release/bulwark and .build/debug/bulwark).
"""
import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

# project, owner/name, commit, paths. A path ending in "?" is a manifest extracted when it exists.
# The formats each project stands for are in the comment.
PROJECTS = [
    ("gemini-cli", "google-gemini/gemini-cli", "5411f113cafae26161b4969b0237b8e1e024e2c2",
     ["package-lock.json", "package.json?"]),                                   # npm v3
    ("mcp-inspector", "modelcontextprotocol/inspector", "86d5f58ec8c369839b8237455ad8b1c17b15a984",
     ["package-lock.json", "package.json?"]),                                   # npm v3, workspaces
    ("huginn", "huginn/huginn", "9faad4aeee0d97570693377e0a281567e775abb4",
     ["Gemfile.lock", "Gemfile?", "package-lock.json", "package.json?"]),       # Gemfile, npm
    ("unsloth-studio", "unslothai/unsloth", "015bdef0d94a241bcd94eec7a405b1700632180d",
     ["studio/frontend/package-lock.json", "studio/frontend/package.json?",
      "studio/src-tauri/Cargo.lock"]),                                          # npm, Cargo
    ("langfuse", "langfuse/langfuse", "62751446149b702b419a9292ddfc2280cdf74b8c",
     ["pnpm-lock.yaml", "package.json?"]),                                      # pnpm 9
    ("openai-node", "openai/openai-node", "7b7d6ca71130d37ec09792c50056b47861f2eccf",
     ["pnpm-lock.yaml", "package.json?"]),                                      # pnpm
    ("ai-chatbot", "vercel/ai-chatbot", "9d5d8a3ea7968522a37ab1cc145a6c0ef8a9dd2e",
     ["pnpm-lock.yaml", "package.json?"]),                                      # pnpm
    ("vite", "vitejs/vite", "a98c8d95d552c6fa98ab66fb810f5b39ad5abf49",
     ["pnpm-lock.yaml", "package.json?"]),                                      # pnpm 9, workspaces
    ("webpack", "webpack/webpack", "bc3e930f75e3f6ecbdf193a0dedf6067ea3a286b",
     ["yarn.lock", "package.json?"]),                                           # yarn classic
    ("excalidraw-docs", "excalidraw/excalidraw", "4872083c044491b6d5c96ae134a75464f96d6831",
     ["dev-docs/yarn.lock", "dev-docs/package.json?"]),                         # yarn classic
    ("babel", "babel/babel", "1da3cfa1a25503c7ecba7304f8738933e6d16dca",
     ["yarn.lock", "package.json?", ".yarnrc.yml?"]),                           # yarn berry
    ("jest", "jestjs/jest", "52db46e50404c993d3f10dd1481e861cc04ae22e",
     ["yarn.lock", "package.json?", ".yarnrc.yml?"]),                           # yarn berry
    ("cline", "cline/cline", "21cb8d2525bcedf1f4b6890b27a74a14fe7451e4",
     ["bun.lock", "package.json?"]),                                            # bun
    ("poetry", "python-poetry/poetry", "f46702336862f30050d5c641d5ed6f7568ded793",
     ["poetry.lock", "pyproject.toml?"]),                                       # poetry
    ("mem0", "mem0ai/mem0", "8d5b7865bd0521e75fe9ab1b260eeccc83f8a378",
     ["poetry.lock", "pyproject.toml?"]),                                       # poetry
    ("pydantic", "pydantic/pydantic", "2151025aa51263f3016502b00010b78e4481eaa1",
     ["uv.lock", "pyproject.toml?", "pydantic-core/Cargo.lock"]),               # uv, Cargo
    ("pydantic-ai", "pydantic/pydantic-ai", "4fda38988f2939fa6ea9cdefcf120693e10ef491",
     ["uv.lock", "pyproject.toml?"]),                                           # uv
    ("autogen", "microsoft/autogen", "027ecf0a379bcc1d09956d46d12d44a3ad9cee14",
     ["python/uv.lock", "python/pyproject.toml?"]),                             # uv, workspace
    ("crewai", "crewAIInc/crewAI", "f4731f5025f861c78e3af0487cc80bf5e7c64782",
     ["uv.lock", "pyproject.toml?"]),                                           # uv
    ("pipenv", "pypa/pipenv", "3f1b272abd51d7d7ab7f5935bb6b25da86e93e8b",
     ["Pipfile.lock", "Pipfile?"]),                                             # Pipfile
    ("dspy-docs", "stanfordnlp/dspy", "4ed377ee9110e912d4f5e1be43b317b87455053c",
     ["docs/Pipfile.lock", "docs/Pipfile?"]),                                   # Pipfile
    ("cargo", "rust-lang/cargo", "af373f761aa4e42b093c2e453078fd73c8ce54dd",
     ["Cargo.lock"]),                                                           # Cargo
    ("ruff", "astral-sh/ruff", "fca5c7cf2cd2f8338f18b9485f936b8e9f07bd0b",
     ["Cargo.lock"]),                                                           # Cargo
    ("gh-cli", "cli/cli", "44ee17760709bedf1cad7e452e61751489b81a33",
     ["go.mod", "go.sum"]),                                                     # Go
    ("prometheus", "prometheus/prometheus", "d15adb9ad7e5d9fbde3a9a8f30200593a5a14d86",
     ["go.mod", "go.sum"]),                                                     # Go
    ("ollama", "ollama/ollama", "fb30760996871fa9460115c753afd2c60d4ab0f7",
     ["go.mod", "go.sum"]),                                                     # Go
    ("github-mcp-server", "github/github-mcp-server", "64a49f34d076b6f5917dae1424521d43c7bcae84",
     ["go.mod", "go.sum"]),                                                     # Go
    ("rails", "rails/rails", "2a2db1e8d6d104ee0611efcae7eb023af65cff34",
     ["Gemfile.lock", "Gemfile?"]),                                             # Gemfile
    ("composer", "composer/composer", "eba7baa59eb1b59246cf9800b0120fe78915b6ac",
     ["composer.lock", "composer.json?"]),                                      # composer
    ("matomo", "matomo-org/matomo", "f09912cb702a76d06ab1a129a8e0a4e2a61818a8",
     ["composer.lock", "composer.json?"]),                                      # composer, vcs repository
    ("symfony-demo", "symfony/demo", "920d86dc809f837543cb519d3df5b364a2c36577",
     ["composer.lock", "composer.json?"]),                                      # composer, plugins
]

# Formats Bulwark does not read (a file of this name is expected to give no packages).
UNSUPPORTED = ()
LOCKFILE_NAMES = ("package-lock.json", "pnpm-lock.yaml", "yarn.lock", "bun.lock", "poetry.lock", "uv.lock",
                  "Pipfile.lock", "Cargo.lock", "go.sum", "go.mod", "Gemfile.lock", "composer.lock")

# Judgements of typosquat findings at medium (and any high): (project, package) -> (verdict, reason).
# Low findings are listed but not gated; judging them is welcome.
JUDGED = {
    ("babel", "es-constants"): ("false", "es-shims package by the maintainer of array.prototype.concat, which depends on it"),
    ("pydantic-ai", "httpx2"): ("false", "new major line published by the httpx project (version suffix, a note)"),
    ("pydantic-ai", "httpcore2"): ("false", "dependency of httpx2, same project (version suffix, a note)"),
    ("ruff", "manyhow"): ("false", "proc-macro error crate, a dependency of attribute-derive, not a typo of anyhow"),
}


def bulwark_binary():
    env = os.environ.get("BULWARK")
    if env:
        return env
    # The newer of the release and debug builds (a stale release binary would measure old code).
    found = [os.path.join(ROOT, b) for b in (".build/release/bulwark", ".build/debug/bulwark")]
    found = [p for p in found if os.path.exists(p)]
    return max(found, key=os.path.getmtime) if found else None


def git_show(git_dir, commit, path):
    r = subprocess.run(["git", "-c", "core.hooksPath=/dev/null", "--git-dir", git_dir, "show",
                        "--no-textconv", f"{commit}:{path}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return r.stdout if r.returncode == 0 else None


def extract(project, repo, commit, paths, cache, mirror, real_cache):
    """Fills cache/project with the pinned files; returns (files written, error or None)."""
    dest = os.path.join(cache, project)
    stamp = dest + ".commit"
    # The stamp names the commit and the paths asked for, so adding a path to a project re-extracts it.
    want = commit + "\n" + " ".join(paths)
    if os.path.isdir(dest) and os.path.exists(stamp) and open(stamp).read().strip() == want:
        return sorted(p.rstrip("?") for p in paths if os.path.exists(os.path.join(dest, p.rstrip("?")))), None
    git_dir = os.path.join(mirror, repo.replace("/", "+"), "repo")
    real = os.path.join(real_cache, repo.replace("/", "__"))
    real_ok = os.path.isdir(real) and os.path.exists(real + ".commit") and \
        open(real + ".commit").read().strip() == commit
    if not os.path.isdir(git_dir) and not real_ok:
        return [], "no mirror or cached checkout"
    shutil.rmtree(dest, ignore_errors=True)
    written = []
    for raw in paths:
        optional = raw.endswith("?")
        path = raw.rstrip("?")
        data = None
        if os.path.isdir(git_dir):
            data = git_show(git_dir, commit, path)
        if data is None and real_ok and os.path.isfile(os.path.join(real, path)):
            with open(os.path.join(real, path), "rb") as f:
                data = f.read()
        if data is None:
            if optional:
                continue
            shutil.rmtree(dest, ignore_errors=True)
            return [], f"{path} not found at {commit[:12]}"
        out = os.path.join(dest, path)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "wb") as f:
            f.write(data)
        written.append(path)
    with open(stamp, "w") as f:
        f.write(want + "\n")
    return sorted(written), None


def run_measured(argv):
    """Runs argv; returns (stdout bytes, exit code, wall seconds, peak RSS in MiB)."""
    start = time.monotonic()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - start
    return out, proc.returncode, wall, usage.ru_maxrss / 1024.0


def package_counts(binary, dest):
    out, code, _, _ = run_measured([binary, "bom", dest, "--no-scan", "--deterministic"])
    counts = {}
    if code != 0:
        return counts
    try:
        bom = json.loads(out)
    except ValueError:
        return counts
    for c in bom.get("components", []):
        if c.get("type") != "library":
            continue
        seen = set()
        for occ in (c.get("evidence") or {}).get("occurrences", []):
            loc = occ.get("location")
            if loc and loc not in seen:
                seen.add(loc)
                counts[loc] = counts.get(loc, 0) + 1
    return counts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bulwark", default=bulwark_binary())
    ap.add_argument("--cache", default=os.environ.get("LOCKFILES_CACHE", "/work/cache/lockfiles"))
    ap.add_argument("--mirror", default=os.environ.get("LOCKFILES_MIRROR", "/work/.mirror"))
    ap.add_argument("--real-cache", default=os.environ.get("REAL_REPOS_CACHE", "/work/cache/real-repos"))
    ap.add_argument("--only", help="comma-separated project names")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--json", help="write the measurements to this file")
    args = ap.parse_args()

    if not args.bulwark or not os.path.exists(args.bulwark):
        print("lockfiles-real: no bulwark binary (build first or set BULWARK); nothing measured")
        return 0
    if not os.path.isdir(args.mirror) and not os.path.isdir(args.cache) and not os.path.isdir(args.real_cache):
        print(f"lockfiles-real: no mirror ({args.mirror}) and no cache ({args.cache}); nothing measured")
        return 0
    os.makedirs(args.cache, exist_ok=True)
    only = set(args.only.split(",")) if args.only else None

    rows, alerts, problems, missing = [], [], [], []
    by_rule = {}
    for project, repo, commit, paths in PROJECTS:
        if only and project not in only:
            continue
        files, err = extract(project, repo, commit, paths, args.cache, args.mirror, args.real_cache)
        if err:
            missing.append((project, err))
            continue
        dest = os.path.join(args.cache, project)
        out, code, wall, rss = run_measured([args.bulwark, "scan", dest, "--only", "dependencies",
                                             "--format", "json", "--fail-on", "none", "--no-color"])
        try:
            report = json.loads(out)
        except ValueError:
            problems.append(f"{project}: scan exited {code} without a JSON report")
            continue
        counts = package_counts(args.bulwark, dest)
        findings = report.get("findings", [])
        unparsed = {f["path"]: f["message"] for f in findings if f["rule"] == "dep-unparseable-lockfile"}
        lockfiles = [p for p in files if os.path.basename(p) in LOCKFILE_NAMES]
        for lf in lockfiles:
            supported = os.path.basename(lf) not in UNSUPPORTED
            # go.mod is the build list and go.sum its hashes: the inventory lists the modules at go.sum.
            paired = os.path.basename(lf) == "go.mod" and os.path.join(os.path.dirname(lf), "go.sum") in lockfiles
            ok = lf not in unparsed and (counts.get(lf, 0) > 0 or not supported or paired)
            size = os.path.getsize(os.path.join(dest, lf))
            rows.append(dict(project=project, lockfile=lf, bytes=size, packages=counts.get(lf, 0),
                             supported=supported, parsed=ok, error=unparsed.get(lf)))
            if supported and not ok:
                problems.append(f"{project}/{lf}: not parsed ({unparsed.get(lf, 'no packages read')})")
        for r in rows:
            if r["project"] == project:
                r.setdefault("scan_seconds", round(wall, 3))
                r.setdefault("scan_peak_rss_mib", round(rss, 1))
        by_sev = {}
        for f in findings:
            by_sev[f["severity"]] = by_sev.get(f["severity"], 0) + 1
            key = (f["rule"], f["severity"])
            by_rule[key] = by_rule.get(key, 0) + 1
            if f["rule"] != "dep-typosquat":
                continue
            props = f.get("properties", {})
            pkg = props.get("package", f.get("logicalPath", "?"))
            verdict, reason = JUDGED.get((project, pkg), ("?", ""))
            a = dict(project=project, path=f["path"], line=f.get("line"), severity=f["severity"],
                     package=pkg, imitates=props.get("imitates"), technique=props.get("technique"),
                     ecosystem=props.get("ecosystem"), dependency_path=props.get("dependencyPath"),
                     verdict=verdict, reason=reason)
            alerts.append(a)
            if f["severity"] in ("critical", "high"):
                problems.append(f"{project}: typosquat at {f['severity']}: {pkg} ~ {a['imitates']}")
            elif f["severity"] == "medium" and verdict != "true":
                problems.append(f"{project}: medium typosquat {pkg} ~ {a['imitates']} judged {verdict}")
        for r in rows:
            if r["project"] == project:
                r["findings_by_severity"] = by_sev

    for project, err in missing:
        print(f"skipped {project}: {err}")
    if not rows:
        print("lockfiles-real: no project could be extracted (no mirror or cache); nothing measured")
        return 0

    print(f"\n{'project':<18} {'lockfile':<36} {'KiB':>6} {'pkgs':>6} {'parsed':>6} {'scan s':>7} {'RSS MiB':>8}")
    for r in rows:
        parsed = "n/a" if not r["supported"] else ("yes" if r["parsed"] else "NO")
        print(f"{r['project']:<18} {r['lockfile']:<36} {r['bytes'] // 1024:>6} {r['packages']:>6} {parsed:>6} "
              f"{r['scan_seconds']:>7.2f} {r['scan_peak_rss_mib']:>8.1f}")
    projects = sorted({r["project"] for r in rows})
    supported = [r for r in rows if r["supported"]]
    print(f"\n{len(projects)} projects, {len(supported)} supported lockfiles, "
          f"{sum(r['parsed'] for r in supported)} parsed, {sum(r['packages'] for r in supported)} packages; "
          f"slowest scan {max(r['scan_seconds'] for r in rows):.2f} s, "
          f"largest peak RSS {max(r['scan_peak_rss_mib'] for r in rows):.1f} MiB")
    order = "critical high medium low info".split()
    print("all dependency findings: " + ", ".join(f"{r} {sev} {n}" for (r, sev), n in
                                                 sorted(by_rule.items(), key=lambda kv: (order.index(kv[0][1]), kv[0][0]))))
    sev_count = {}
    for a in alerts:
        sev_count[a["severity"]] = sev_count.get(a["severity"], 0) + 1
    print(f"typosquat alerts: {len(alerts)} " + ", ".join(f"{k} {v}" for k, v in sorted(sev_count.items())))
    for a in sorted(alerts, key=lambda a: ("critical high medium low info".split().index(a["severity"]),
                                           a["project"], a["package"])):
        print(f"  {a['severity']:<7} {a['project']:<18} {a['package']} ~ {a['imitates']} ({a['technique']}; "
              f"{a['path']}:{a['line']}; via {a['dependency_path']}) [{a['verdict']}] {a['reason']}")
    for p in problems:
        print(f"PROBLEM {p}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(dict(rows=rows, alerts=alerts, problems=problems, missing=missing), f, indent=1)
    return 1 if (args.check and problems) else 0


if __name__ == "__main__":
    sys.exit(main())
