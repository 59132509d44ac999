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

# --threads 2 (a reader thread parses and matches ahead) must not change a
# byte: every labelled set, each file alone and all of a set merged, with
# alert updates; plus a file with bad lines (errors still reported, the
# rest decided the same).
for d in tests/scenarios tests/heldout*; do
  "$bin" replay --alert-updates "$d"/*.ndjson > "$tmp/a" 2>"$tmp/ea" || { echo "$d: replay failed"; cat "$tmp/ea"; exit 1; }
  "$bin" replay --alert-updates --threads 2 "$d"/*.ndjson > "$tmp/b" 2>"$tmp/eb" || { echo "$d: --threads 2 failed"; cat "$tmp/eb"; exit 1; }
  cmp "$tmp/a" "$tmp/b"
  grep -q '"kind":"alert"' "$tmp/a" || { echo "$d: no alert to compare"; exit 1; }
done
for f in tests/heldout6/*.ndjson; do
  "$bin" replay "$f" > "$tmp/a"
  "$bin" replay --threads 2 "$f" > "$tmp/b"
  cmp "$tmp/a" "$tmp/b"
done
# (no pipes into head here: an early exit would SIGPIPE the writer under pipefail)
{ cut -c1-90 tests/scenarios/g01_gems_hoodie_dare_1315.ndjson; echo '{"type":"chat","ts":1,"stream"'
  printf '{"type":"chat","ts":2,"stream":"s","id":"x","user":"u","text":"\xff"}\n'; cat tests/heldout/*.ndjson; } > "$tmp/bad.ndjson"
"$bin" replay "$tmp/bad.ndjson" > "$tmp/a" 2> "$tmp/ea" || true
"$bin" replay --threads 2 "$tmp/bad.ndjson" > "$tmp/b" 2> "$tmp/eb" || true
cmp "$tmp/a" "$tmp/b"
[ "$(sort "$tmp/ea")" = "$(sort "$tmp/eb")" ] || { echo "--threads 2 reports other errors"; diff <(sort "$tmp/ea") <(sort "$tmp/eb"); exit 1; }
[ -s "$tmp/ea" ] || { echo "the bad lines were not reported"; exit 1; }
"$bin" replay --threads 3 tests/scenarios/*.ndjson > /dev/null 2>&1 && { echo "--threads 3 accepted"; exit 1; }
echo "--threads 2: identical output on every labelled set"
