#!/usr/bin/env bash
# Real-lockfile benchmark (issue 20): lockfiles of large public projects at pinned commits, extracted
# from local mirrors into a cache outside this repository, scanned with --only dependencies. Reports
# parse success, packages, time, peak memory and every typosquat alert. Without mirrors or a cache it
# says so and exits 0. Options: lockfiles-real.py --help.
exec python3 "$(dirname "$0")/lockfiles-real.py" "$@"
