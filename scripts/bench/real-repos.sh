#!/usr/bin/env bash
# Real-repository benchmark (issue 15). Scans the pinned repositories of scripts/bench/real-repos.txt
# from a cache outside this repository and compares every finding with the committed judgements in
# benchmarks/real-repos/expectations.tsv. Without a cache it says so and exits 0 (CI has no network).
# All options are documented in real-repos.py (--help).
exec python3 "$(dirname "$0")/real-repos.py" "$@"
