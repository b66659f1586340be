"""The real-repository benchmark (scripts/bench/real-repos.py): its committed list and judgements are
well-formed, it exits 0 without a cache (CI has no network), and it joins findings with judgements
by fingerprint (falling back to repo, rule, path and line) into the right counts and precision."""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SCRIPT = os.path.join(ROOT, "scripts", "bench", "real-repos.py")
LIST = os.path.join(ROOT, "scripts", "bench", "real-repos.txt")
EXPECT = os.path.join(ROOT, "benchmarks", "real-repos", "expectations.tsv")
HEADER = "repo\tfingerprint\trule\tpath\tline\tseverity\tverdict\treason"


def run(*args):
    return subprocess.run([sys.executable, SCRIPT, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, timeout=60)


def listed():
    out = []
    for raw in open(LIST, encoding="utf-8"):
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append(line.split())
    return out


def test_list_pins_each_repository_to_a_commit():
    repos = listed()
    assert len(repos) >= 30
    names = [r[0] for r in repos]
    assert len(names) == len(set(names))
    for r in repos:
        assert len(r) == 2 and re.fullmatch(r"[\w.-]+/[\w.-]+", r[0]) and re.fullmatch(r"[0-9a-f]{40}", r[1]), r


def test_expectations_are_well_formed_unique_and_name_listed_repositories():
    names = {r[0] for r in listed()}
    lines = open(EXPECT, encoding="utf-8").read().splitlines()
    body = [l for l in lines if l and not l.startswith("#")]
    assert body[0] == HEADER
    seen = set()
    rows = [l.split("\t") for l in body[1:]]
    assert rows, "no judgements"
    for c in rows:
        assert len(c) == 8, c
        repo, fp, rule, path, line, sev, verdict, reason = c
        assert repo in names, repo
        assert re.fullmatch(r"[0-9a-f]{32}", fp), fp
        assert sev in ("critical", "high", "medium", "low", "info"), c
        assert verdict in ("true", "false", "debatable"), c
        assert reason.strip(), c
        assert (repo, fp) not in seen, c
        seen.add((repo, fp))


def test_without_a_cache_it_says_so_and_exits_zero(tmp_path):
    r = run("--cache", str(tmp_path / "none"))
    assert r.returncode == 0
    assert "no cached repositories" in r.stdout


def test_joins_findings_with_judgements_into_counts_and_precision(tmp_path):
    cache, results = tmp_path / "cache", tmp_path / "results"
    (cache / "acme__app").mkdir(parents=True)
    results.mkdir()
    (tmp_path / "list.txt").write_text("acme/app " + "a" * 40 + "\n")
    finding = lambda fp, rule, sev, line, fam="secrets": {
        "rule": rule, "family": fam, "severity": sev, "message": "m", "path": "src/x.py", "line": line,
        "fingerprint": fp}
    (results / "acme__app.json").write_text(json.dumps({"findings": [
        finding("1" * 32, "secret-a", "high", 1),      # judged true
        finding("2" * 32, "secret-a", "high", 2),      # judged false
        finding("3" * 32, "secret-b", "critical", 3),  # fingerprint changed: matched by location
        finding("4" * 32, "secret-c", "high", 4),      # unjudged
        finding("5" * 32, "wf-a", "medium", 5, "workflows"),  # judged debatable
    ]}))
    (tmp_path / "exp.tsv").write_text(HEADER + "\n" + "".join(
        "\t".join(c) + "\n" for c in [
            ["acme/app", "1" * 32, "secret-a", "src/x.py", "1", "high", "true", "real key"],
            ["acme/app", "2" * 32, "secret-a", "src/x.py", "2", "high", "false", "placeholder"],
            ["acme/app", "9" * 32, "secret-b", "src/x.py", "3", "critical", "true", "real key"],
            ["acme/app", "5" * 32, "wf-a", "src/x.py", "5", "medium", "debatable", "depends"],
        ]))
    args = ["--cache", str(cache), "--results", str(results), "--list", str(tmp_path / "list.txt"),
            "--expectations", str(tmp_path / "exp.tsv"), "--no-scan"]
    r = run(*args)
    assert r.returncode == 0, r.stderr
    assert "| secrets | high | 3 | 1 | 1 | 0 | 1 |" in r.stdout
    assert "| secrets | critical | 1 | 1 | 0 | 0 | 0 |" in r.stdout
    assert "| workflows | medium | 1 | 0 | 0 | 1 | 0 |" in r.stdout
    # high+critical: 2 true, 1 false -> 0.67; one unjudged high listed by name.
    assert "| secrets | 4 | 2 | 1 | 0 | 1 | 0.67 |" in r.stdout
    assert "1 findings matched their judgement by repo, rule, path and line" in r.stdout
    assert "secret-c  acme/app:src/x.py:4" in r.stdout
    assert "1  secret-a  e.g. acme/app:src/x.py:2  (placeholder)" in r.stdout
    # --check fails on the unjudged high finding and on precision below 0.95.
    assert run(*args, "--check").returncode == 1
    # --write-unjudged writes lines in the expectations format with verdict `?`.
    out = tmp_path / "unjudged.tsv"
    run(*args, "--write-unjudged", str(out))
    assert out.read_text().split("\t")[:7] == ["acme/app", "4" * 32, "secret-c", "src/x.py", "4", "high", "?"]


def test_a_missing_report_is_reported_as_a_failed_scan_not_as_zero_findings(tmp_path):
    cache, results = tmp_path / "cache", tmp_path / "results"
    (cache / "acme__app").mkdir(parents=True)
    results.mkdir()
    (tmp_path / "list.txt").write_text("acme/app " + "b" * 40 + "\n")
    r = run("--cache", str(cache), "--results", str(results), "--list", str(tmp_path / "list.txt"),
            "--expectations", EXPECT, "--no-scan")
    assert r.returncode == 0
    assert "SCAN FAILED (crash or error) for 1: acme/app" in r.stdout
