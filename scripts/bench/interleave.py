#!/usr/bin/env python3
"""Runs several commands round-robin (A B C A B C ...) and prints, per command, the median wall
time and the peak RSS, as `name<TAB>seconds<TAB>MiB` lines (the format of lib.sh `measure`).

Interleaving matters on shared machines whose speed drifts over seconds: every tool sees the same
mix of fast and slow moments, so the ratios between them hold even when absolute times do not.

With INTERLEAVE_CPU=1 each line gets a fourth column, the median CPU seconds (user + system, from the
child's rusage), and a `# load ...` line on stderr gives the 1-minute load average over the rounds:
wall time on a loaded two-core machine mostly measures the other processes.

  interleave.py RUNS NAME -- CMD ... ++ NAME -- CMD ...
"""
import os
import resource
import statistics
import subprocess
import sys
import time


def parse(argv):
    runs = int(argv[0])
    groups, cur = [], []
    for a in argv[1:]:
        if a == "++":
            groups.append(cur)
            cur = []
        else:
            cur.append(a)
    if cur:
        groups.append(cur)
    out = []
    for g in groups:
        if len(g) < 3 or g[1] != "--":
            sys.exit("usage: interleave.py RUNS NAME -- CMD ... ++ NAME -- CMD ...")
        out.append((g[0], g[2:]))
    return runs, out


def run_once(cmd):
    with open(os.devnull, "wb") as null:
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=null, stderr=null)
        _, _, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - start
    # ru_maxrss is in KiB on Linux
    return wall, usage.ru_maxrss / 1024.0, usage.ru_utime + usage.ru_stime


def main():
    runs, commands = parse(sys.argv[1:])
    cpu_column = os.environ.get("INTERLEAVE_CPU") == "1"
    walls = {n: [] for n, _ in commands}
    cpus = {n: [] for n, _ in commands}
    rss = {n: 0.0 for n, _ in commands}
    loads = []
    for _ in range(runs):
        loads.append(os.getloadavg()[0])
        for name, cmd in commands:
            w, m, c = run_once(cmd)
            walls[name].append(w)
            cpus[name].append(c)
            rss[name] = max(rss[name], m)
    if cpu_column:
        print(f"# load {min(loads):.2f} to {max(loads):.2f} (median {statistics.median(loads):.2f}), {runs} rounds",
              file=sys.stderr, flush=True)
    for name, _ in commands:
        line = f"{name}\t{statistics.median(walls[name]):.4f}\t{rss[name]:.1f}"
        if cpu_column:
            line += f"\t{statistics.median(cpus[name]):.4f}"
        print(line, flush=True)


if __name__ == "__main__":
    main()
