#!/usr/bin/env python3
"""Runs every hostile-input case (see generate.py) against a bulwark binary and checks that each
run ends by itself with an expected exit code (never a signal), within the time limit, under the
memory limit (peak resident set of the process), reports the payload where one is present, and
prints no raw control sequence from a scanned name.

Usage: run.py BULWARK CASES_DIR [--time-limit S] [--memory-limit-mb MB] [--only SUBSTRING]
Prints one line per case and ends with 'N passed, M failed'; exits 1 on any failure.
"""
import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time

ap = argparse.ArgumentParser()
ap.add_argument("bulwark")
ap.add_argument("cases")
ap.add_argument("--time-limit", type=float, default=10.0)
ap.add_argument("--memory-limit-mb", type=int, default=1024)
ap.add_argument("--only", default="")
a = ap.parse_args()
a.bulwark = os.path.abspath(a.bulwark)

cases = json.load(open(os.path.join(a.cases, "cases.json")))
HARD_AS = 6 << 30  # a safety net for the machine; the limit checked is the peak resident set


def limit():
    resource.setrlimit(resource.RLIMIT_AS, (HARD_AS, HARD_AS))
    os.setsid()


passed = failed = 0
for c in cases:
    if a.only and a.only not in c["name"]:
        continue
    d = os.path.join(a.cases, c["name"])
    args = [x.replace("CASE", d) for x in c["args"]]
    start = time.monotonic()
    with tempfile.TemporaryFile() as fo, tempfile.TemporaryFile() as fe:
        p = subprocess.Popen([a.bulwark] + args, stdout=fo, stderr=fe, stdin=subprocess.DEVNULL, preexec_fn=limit, cwd=d)
        timed_out = False
        while True:
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > a.time_limit:
                timed_out = True
                os.killpg(p.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(p.pid, 0)
                break
            time.sleep(0.01)
        p.returncode = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        elapsed = time.monotonic() - start
        rss_mb = usage.ru_maxrss / 1024
        fo.seek(0); fe.seek(0)
        out, err = fo.read(), fe.read()
    text = out.decode("utf-8", "replace") + err.decode("utf-8", "replace")
    problems = []
    if rss_mb > a.memory_limit_mb:
        problems.append(f"peak memory {rss_mb:.0f} MB over {a.memory_limit_mb} MB")
    if timed_out:
        problems.append(f"still running after {a.time_limit:.0f} s")
    elif p.returncode < 0:
        problems.append(f"killed by signal {-p.returncode}")
    elif p.returncode not in c["exitCodes"]:
        problems.append(f"exit {p.returncode}, expected {c['exitCodes']}")
    for r in c["must"]:
        if r not in text:
            problems.append(f"missing {r}")
    if c["mustAny"] and not any(r in text for r in c["mustAny"]):
        problems.append(f"missing any of {c['mustAny']}")
    for r in c["mustNot"]:
        if r in text:
            problems.append(f"must not report {r}")
    for raw in c["noRaw"]:
        if raw in out.decode("utf-8", "replace"):
            problems.append(f"raw {raw!r} reached the terminal")
    status = "ok  " if not problems else "FAIL"
    if problems:
        failed += 1
    else:
        passed += 1
    first = text.strip().splitlines()[-1][:120] if text.strip() else ""
    print(f"{status} {c['name']:<36} {elapsed:6.2f}s {rss_mb:6.0f}MB exit={p.returncode:<3} {'; '.join(problems)}"
          + (f"  | {first}" if problems else ""), flush=True)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
