#!/usr/bin/env bash
# Builds and scores the public rule test cases of gitleaks, TruffleHog and detect-secrets
# (see secrets-public-cases.py --help). Fetch the peers first; without them it says so and exits 0.
#   scripts/bench/secrets-public-cases.sh [--bulwark PATH] [--cache DIR] [more score options]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cache=/work/cache/secrets
bulwark="$here/../../.build/release/bulwark"
[ -x "$bulwark" ] || bulwark="$here/../../.build/debug/bulwark"
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --cache) cache="$2"; shift 2 ;;
    --bulwark) bulwark="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
mkdir -p "$cache" 2>/dev/null || { echo "secrets-public-cases: cannot create $cache; nothing to do."; exit 0; }
python3 "$here/secrets-public-cases.py" build --cache "$cache"
ds="$cache/venv/bin/detect-secrets"
extra=()
[ -x "$ds" ] && extra+=(--detect-secrets "$ds")
python3 "$here/secrets-public-cases.py" score --cache "$cache" --bulwark "$bulwark" "${extra[@]}" "${args[@]}"
