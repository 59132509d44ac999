#!/usr/bin/env bash
# replay_badinput.sh BINARY — bad lines get a clear FILE:LINE error on
# stderr and every good line around them is still decided.
set -euo pipefail
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
f=$tmp/bad.ndjson
good() { printf '{"type":"chat","ts":%s,"stream":"s1","id":"%s","user":"u1","text":"hello there"}\n' "$1" "$2"; }
{
  printf '{"type":"stream_start","ts":1000,"stream":"s1","broadcaster":"kid","broadcaster_age":"13-15"}\n'
  good 2000 m1
  printf '{"type":"chat","ts":2100,"stream":"s1","id":"t1","user":"u1","text":"trunc\n'      # 3 truncated
  printf '{"type":"chat","ts":2200,"stream":"s1","id":"x1","user":"u1","text":"\xff\xfe"}\n' # 4 invalid UTF-8
  good 2300 m2
  python3 -c 'import sys; sys.stdout.write("{\"type\":\"chat\",\"text\":\"" + "a"*(10*1024*1024) + "\"}\n")'  # 6 10 MB
  good 2400 m3
  python3 -c 'import sys; sys.stdout.write("{\"a\":" * 5000 + "1" + "}" * 5000 + "\n")'  # 8 deep nesting
  printf '{"type":"chat","ts":"2500","stream":"s1","id":"w1","user":"u1","text":"x"}\n'   # 9 wrong type
  printf '{"type":"chat","ts":2600,"stream":"s1","id":"w2","text":"x"}\n'                # 10 missing user
  good 1500 m4                                                                           # 11 ts goes back
  printf '[1,2,3]\n'                                                                     # 12 not an object
  printf '{"type":"chat","ts":2700,"stream":"s1","id":"w3","user":"u1","text":"x"} junk\n' # 13 trailing
  good 2800 m5
} > "$f"
"$bin" replay "$f" > "$tmp/out" 2> "$tmp/err"
cat "$tmp/err"
for id in m1 m2 m3 m4 m5; do
  grep -q "\"event\":\"$id\"" "$tmp/out" || { echo "FAIL: $id not decided"; exit 1; }
done
[ "$(grep -c '"kind":"decision"' "$tmp/out")" -eq 5 ] || { echo "FAIL: expected 5 decisions"; exit 1; }
for n in 3 4 6 8 9 10 12 13; do
  grep -q "bad.ndjson:$n: " "$tmp/err" || { echo "FAIL: no error for line $n"; exit 1; }
done
grep -q "bad.ndjson:6: .*exceeds" "$tmp/err" || { echo "FAIL: 10 MB line not reported as too long"; exit 1; }
grep -q "bad.ndjson:10: .*user" "$tmp/err" || { echo "FAIL: missing field not named"; exit 1; }
grep -q "bad.ndjson:9: .*ts" "$tmp/err" || { echo "FAIL: wrong type not named"; exit 1; }
# --strict turns bad lines into a failing exit status.
if "$bin" replay --strict "$f" > /dev/null 2>&1; then echo "FAIL: --strict exit 0"; exit 1; fi
# A missing file is an error, not silence.
if "$bin" replay "$tmp/nope.ndjson" > /dev/null 2>&1; then echo "FAIL: missing file exit 0"; exit 1; fi
echo "1 passed, 0 failed"
