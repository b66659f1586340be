"""Runs the shell steps of action.yml on this machine, against temporary folders standing in for a
GitHub runner's (RUNNER_TEMP, GITHUB_WORKSPACE, GITHUB_OUTPUT, GITHUB_PATH, GITHUB_STEP_SUMMARY).

`swift`, `git` and the built `bulwark` are stubs that record their arguments; the `actions/cache`
step is simulated (restore before the build, save after the job) with a folder standing in for
the cache service. Run with: python -m pytest scripts/tests/test_action.py
"""

import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text())
STEPS = ACTION["runs"]["steps"]
EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")

SWIFT_STUB = r"""#!/usr/bin/env bash
echo "swift $*" >> "$STUB_LOG"
if [ "${1:-}" = "--version" ]; then echo "Swift version 6.3.1 (stub)"; exit 0; fi
[ "${1:-}" = "build" ] || { echo "stub swift: unexpected $*" >&2; exit 2; }
scratch=""
while [ $# -gt 0 ]; do
  if [ "$1" = "--scratch-path" ]; then scratch="$2"; shift; fi
  shift
done
[ -n "$scratch" ] || scratch="$PWD/.build"
mkdir -p "$scratch/release"
cp "$STUB_BULWARK" "$scratch/release/bulwark"
chmod +x "$scratch/release/bulwark"
"""

BULWARK_STUB = r"""#!/usr/bin/env bash
echo "bulwark $*" >> "$STUB_LOG"
if [ "${1:-}" = "--version" ]; then echo "0.0.0-stub"; exit 0; fi
md="" sarif=""
while [ $# -gt 0 ]; do
  case "$1" in --markdown) md="$2"; shift ;; --sarif) sarif="$2"; shift ;; esac
  shift
done
[ -z "$md" ] || echo "## gate: no new findings" > "$md"
[ -z "$sarif" ] || echo '{"version": "2.1.0", "runs": []}' > "$sarif"
exit "${STUB_GATE_STATUS:-0}"
"""

GIT_STUB = r"""#!/usr/bin/env bash
echo "git $*" >> "$STUB_LOG"
exit 1
"""

SUDO_STUB = r"""#!/usr/bin/env bash
echo "sudo $*" >> "$STUB_LOG"
exit 0
"""

HEADERS = ["/usr/include/bzlib.h", "/usr/include/lzma.h", "/usr/include/sqlite3.h", "/usr/include/postgresql/libpq-fe.h"]


def write_exe(path: Path, text: str) -> None:
    path.write_text(text)
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def evaluate(expr: str, context: dict) -> str:
    """The few expression forms action.yml uses; anything else fails the test (so a new
    expression has to be taught here, and reviewed)."""
    if expr in context:
        return context[expr]
    m = re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", expr)
    if m:
        return context["steps"].get(m.group(1), {}).get(m.group(2), "")
    m = re.fullmatch(r"inputs\.([\w-]+)", expr)
    if m and m.group(1) in ACTION.get("inputs", {}):
        return context["inputs"].get(m.group(1), str(ACTION["inputs"][m.group(1)].get("default", "")))
    raise AssertionError(f"action.yml uses an expression the stand-in runner does not know: {expr}")


def substitute(value, context: dict) -> str:
    return EXPR.sub(lambda m: evaluate(m.group(1), context), str(value))


def read_kv(path: Path) -> dict:
    out = {}
    if path.exists():
        for line in path.read_text().splitlines():
            if "=" in line:
                k, v = line.split("=", 1)
                out[k] = v
    return out


class Runner:
    """One job on a fresh stand-in runner; `cache` is the folder standing in for the cache service
    (it outlives the job)."""

    def __init__(self, base: Path, cache: Path, action_ref: str = "", runner_temp: Path | None = None,
                 extra_env: dict | None = None):
        self.base = base
        self.extra_env = extra_env or {}
        base.mkdir(parents=True)
        self.workspace = base / "work" / "repo"
        self.workspace.mkdir(parents=True)
        (self.workspace / "README.md").write_text("a repository under review\n")
        self.temp = runner_temp or base / "work" / "_temp"
        self.temp.mkdir(parents=True, exist_ok=True)
        self.stubs = base / "stubs"
        self.stubs.mkdir()
        write_exe(self.stubs / "swift", SWIFT_STUB)
        write_exe(self.stubs / "git", GIT_STUB)
        write_exe(self.stubs / "sudo", SUDO_STUB)
        write_exe(base / "bulwark-stub", BULWARK_STUB)
        self.log = base / "calls.log"
        self.log.touch()
        self.path_file = base / "github_path"
        self.path_file.touch()
        self.summary = base / "step_summary.md"
        self.summary.touch()
        self.cache = cache
        self.action_ref = action_ref
        self.context = {
            "github.action_path": str(ROOT),
            "github.action_ref": action_ref,
            "github.base_ref": "main",
            "runner.temp": str(self.temp),
            "inputs": {},
            "steps": {},
        }
        self.saves = []
        self.stdout = ""

    def calls(self, program: str) -> list:
        return [line.split(" ", 1)[1] if " " in line else "" for line in self.log.read_text().splitlines()
                if line.split(" ", 1)[0] == program]

    def env(self, step_env: dict) -> dict:
        extra_path = [p for p in reversed(self.path_file.read_text().splitlines()) if p]
        env = {
            "PATH": os.pathsep.join([str(self.stubs), *extra_path, os.environ.get("PATH", "")]),
            "HOME": str(self.base),
            "LANG": "C.UTF-8",
            "RUNNER_TEMP": str(self.temp),
            "RUNNER_OS": "Linux",
            "RUNNER_ARCH": "X64",
            "GITHUB_WORKSPACE": str(self.workspace),
            "GITHUB_PATH": str(self.path_file),
            "GITHUB_STEP_SUMMARY": str(self.summary),
            "GITHUB_ACTION_PATH": str(ROOT),
            "STUB_LOG": str(self.log),
            "STUB_BULWARK": str(self.base / "bulwark-stub"),
            "GIT_CEILING_DIRECTORIES": str(self.base),
            **self.extra_env,
        }
        env.update({k: substitute(v, self.context) for k, v in (step_env or {}).items()})
        return env

    def restore(self, step: dict) -> None:
        uses = step["uses"]
        assert re.fullmatch(r"actions/cache@[0-9a-f]{40}", uses), f"{uses}: pin actions/cache by full commit SHA"
        path = Path(substitute(step["with"]["path"], self.context))
        key = substitute(step["with"]["key"], self.context)
        assert path.is_absolute() and key, (path, key)
        stored = self.cache / key
        hit = stored.is_dir()
        if hit:
            shutil.copytree(stored, path, dirs_exist_ok=True)
        self.saves.append((path, key, hit))
        if step.get("id"):
            self.context["steps"][step["id"]] = {"cache-hit": "true" if hit else "false"}

    def run(self) -> subprocess.CompletedProcess:
        last = None
        for i, step in enumerate(STEPS):
            if "uses" in step:
                self.restore(step)
                continue
            assert step.get("shell") == "bash", step.get("name")
            assert "${{" not in step["run"], f"{step.get('name')}: expressions belong in env:, not in run:"
            output = self.base / f"output-{i}"
            output.touch()
            script = self.base / f"step-{i}.sh"
            script.write_text(step["run"])
            env = self.env(step.get("env"))
            env["GITHUB_OUTPUT"] = str(output)
            last = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
                                  cwd=self.workspace, env=env, capture_output=True, text=True, timeout=120)
            self.stdout += last.stdout + last.stderr
            if step.get("id"):
                self.context["steps"][step["id"]] = read_kv(output)
            if last.returncode != 0:
                return last
        # Post-job: actions/cache saves the path under the key when the restore missed.
        for path, key, hit in self.saves:
            if not hit and path.is_dir():
                shutil.copytree(path, self.cache / key)
        return last


def build_calls(runner: Runner) -> list:
    return [c for c in runner.calls("swift") if c.startswith("build")]


def option(args: str, name: str) -> str:
    words = args.split()
    return words[words.index(name) + 1]


def test_builds_outside_the_workspace_and_the_second_job_reuses_the_cache(tmp_path):
    cache = tmp_path / "cache-service"
    cache.mkdir()
    first = Runner(tmp_path / "job1", cache)
    before = sorted(p.relative_to(first.workspace) for p in first.workspace.rglob("*"))
    result = first.run()
    assert result.returncode == 0, result.stderr
    builds = build_calls(first)
    assert len(builds) == 1, first.log.read_text()
    args = builds[0]
    assert "-c release" in args and "--static-swift-stdlib" in args and "--product bulwark" in args
    scratch = Path(option(args, "--scratch-path")).resolve()
    workspace = first.workspace.resolve()
    assert workspace not in scratch.parents and scratch != workspace, f"scratch path {scratch} is inside the checkout"
    assert first.temp.resolve() in scratch.parents, f"scratch path {scratch} is not under RUNNER_TEMP"
    assert Path(option(args, "--package-path")).resolve() == ROOT
    # Build headers are installed only when missing (this machine's state decides which).
    apt = [c for c in first.calls("sudo") if c.startswith("apt-get install")]
    if all(Path(h).exists() for h in HEADERS):
        assert apt == [], apt
    else:
        assert len(apt) == 1, first.log.read_text()
    # The gate ran the built binary; nothing but the SARIF report landed in the checkout.
    gate = [c for c in first.calls("bulwark") if c.startswith("gate")]
    assert len(gate) == 1 and "--fail-on medium" in gate[0], first.log.read_text()
    after = sorted(p.relative_to(first.workspace) for p in first.workspace.rglob("*"))
    assert [p for p in after if p not in before] == [Path("bulwark-gate.sarif")]
    assert "gate: no new findings" in first.summary.read_text()
    assert len(list(cache.iterdir())) == 1, "the binary was not saved to the cache"

    second = Runner(tmp_path / "job2", cache)
    result = second.run()
    assert result.returncode == 0, result.stderr
    assert build_calls(second) == [], "the second job rebuilt instead of using the cached binary"
    assert [hit for _, _, hit in second.saves] == [True]
    assert len([c for c in second.calls("bulwark") if c.startswith("gate")]) == 1
    assert "restored from the cache" in second.stdout


def test_cache_key_is_the_pinned_commit(tmp_path):
    sha = "0123456789abcdef0123456789abcdef01234567"
    runner = Runner(tmp_path / "job", tmp_path / "cache", action_ref=sha)
    (tmp_path / "cache").mkdir()
    assert runner.run().returncode == 0
    keys = [key for _, key, _ in runner.saves]
    assert len(keys) == 1 and keys[0].endswith("-" + sha), keys
    # A local `uses: ./` (no ref) is keyed by a hash of the sources instead.
    local = Runner(tmp_path / "local", tmp_path / "cache")
    assert local.run().returncode == 0
    assert local.saves[0][1].split("-")[-2] == "src", local.saves


def test_a_gate_failure_fails_the_action(tmp_path):
    (tmp_path / "cache").mkdir()
    runner = Runner(tmp_path / "job", tmp_path / "cache", extra_env={"STUB_GATE_STATUS": "1"})
    result = runner.run()
    assert result.returncode == 1, result.stderr
    assert "gate: no new findings" in runner.summary.read_text(), "the summary is written even when the gate fails"


def test_refuses_a_runner_temp_inside_the_workspace(tmp_path):
    (tmp_path / "cache").mkdir()
    inside = tmp_path / "job" / "work" / "repo" / "tmp"
    runner = Runner(tmp_path / "job", tmp_path / "cache", runner_temp=inside)
    result = runner.run()
    assert result.returncode != 0
    assert "inside the workspace" in runner.stdout
    assert build_calls(runner) == []
