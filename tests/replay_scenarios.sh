#!/usr/bin/env bash
# replay_scenarios.sh BINARY — scenario acceptance (tests/check_scenarios.py)
# and determinism: the same input twice gives byte-identical output.
set -euo pipefail
bin=$1
cd "$(dirname "$0")/.."
python3 tests/check_scenarios.py "$bin" tests/scenarios
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" replay tests/scenarios/*.ndjson > "$tmp/a" 2>/dev/null
"$bin" replay tests/scenarios/*.ndjson > "$tmp/b" 2>/dev/null
cmp "$tmp/a" "$tmp/b"
[ -s "$tmp/a" ] || { echo "replay produced no output"; exit 1; }
echo "determinism: identical ($(wc -l < "$tmp/a") lines)"
