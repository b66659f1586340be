#!/usr/bin/env python3
"""Runs several commands round-robin (A B C A B C ...) and prints, per command, the median wall
time and the peak RSS, as `name<TAB>seconds<TAB>MiB` lines (the format of lib.sh `measure`).

Interleaving matters on shared machines whose speed drifts over seconds: every tool sees the same
mix of fast and slow moments, so the ratios between them hold even when absolute times do not.

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
    return wall, usage.ru_maxrss / 1024.0  # ru_maxrss is in KiB on Linux


def main():
    runs, commands = parse(sys.argv[1:])
    walls = {n: [] for n, _ in commands}
    rss = {n: 0.0 for n, _ in commands}
    for _ in range(runs):
        for name, cmd in commands:
            w, m = run_once(cmd)
            walls[name].append(w)
            rss[name] = max(rss[name], m)
    for name, _ in commands:
        print(f"{name}\t{statistics.median(walls[name]):.4f}\t{rss[name]:.1f}", flush=True)


if __name__ == "__main__":
    main()
