#!/usr/bin/env bash
# daemon_limits.sh — the daemon's robustness limits, with a two-rule rules
# file so it starts fast: per-token rate limit (429 + Retry-After, other
# tokens unaffected), body caps (413), a slow client cut off by the
# connection timeout while other requests are served, malformed HTTP (400),
# the console's static files (no traversal), readiness, SIGTERM.
#   bash tests/daemon_limits.sh build/streamguard
. "$(dirname "$0")/lib/daemon.sh"
cd "$(dirname "$0")/.."
command -v jq >/dev/null || fail "jq is required"
cat >"$WORK/mini.rules" <<'RULES'
rule mini.gift
  tactic: gift_offer
  weight: 0.6
  pattern: \bcoins?\b
RULES
cat >"$WORK/serve.conf" <<'CONF'
rate_limit_rps = 0.5
rate_limit_burst = 3
max_json_body_bytes = 4096
connection_timeout_s = 2
CONF
ING1=$(token ingest); ING2=$(token ingest); MOD=$(token moderator)
start_daemon --config "$WORK/serve.conf" --rules "$WORK/mini.rules" --web web
pass "daemon ready on port $PORT"

EV='{"type":"chat","ts":1700000000000,"stream":"s","id":"m1","user":"u","text":"hi"}'
codes=""
for i in 1 2 3 4 5 6; do
  codes="$codes $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ING1" -H 'Content-Type: application/json' -d "$EV" "$BASE/v1/events")"
done
echo "# six quick requests: $codes"
case "$codes" in *429*) ;; *) fail "no 429 after the burst: $codes" ;; esac
case "$codes" in " 200 200 200"*) ;; *) fail "the burst of 3 was not allowed: $codes" ;; esac
curl -s -D "$WORK/h" -o "$WORK/b" -H "Authorization: Bearer $ING1" -H 'Content-Type: application/json' -d "$EV" "$BASE/v1/events"
grep -qi '^Retry-After: [1-9]' "$WORK/h" || fail "429 without Retry-After: $(cat "$WORK/h")"
jq -e '.error == "rate_limited"' "$WORK/b" >/dev/null || fail "429 body: $(cat "$WORK/b")"
http POST /v1/events "$ING2" -H 'Content-Type: application/json' -d "$EV" >/dev/null
[ "$CODE" = 200 ] || fail "another token was limited too: $CODE"
sleep 2.5
http POST /v1/events "$ING1" -H 'Content-Type: application/json' -d "$EV" >/dev/null
[ "$CODE" = 200 ] || fail "the bucket did not refill: $CODE"
pass "rate limit per token: 429 + Retry-After, other tokens unaffected, refills"

head -c 5000 /dev/zero | tr '\0' 'x' >"$WORK/big.json"
http POST /v1/alerts/a-1/resolve "$MOD" -H 'Content-Type: application/json' --data-binary "@$WORK/big.json" >/dev/null
[ "$CODE" = 413 ] || fail "5000-byte resolve body -> $CODE, want 413"
# chunked upload (no Content-Length) over the cap is cut at the cap
http POST /v1/alerts/a-1/resolve "$MOD" -H 'Transfer-Encoding: chunked' -H 'Content-Type: application/json' --data-binary "@$WORK/big.json" >/dev/null
[ "$CODE" = 413 ] || fail "chunked 5000-byte body -> $CODE, want 413"
pass "body caps: 413 with and without Content-Length"

# a slow client: opens a request and stalls; it is cut off, others are served
exec 3<>"/dev/tcp/127.0.0.1/$PORT"
printf 'POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"ty' >&3
http GET /healthz "" >/dev/null; [ "$CODE" = 200 ] || fail "a stalled client blocked /healthz"
sleep 4
rc=0; timeout 2 cat <&3 >/dev/null 2>&1 || rc=$?
[ "$rc" != 124 ] || fail "the stalled connection is still open after the timeout"
exec 3>&- 3<&-
pass "slow client cut off by connection_timeout_s; others served meanwhile"

printf 'GARBAGE / HTTP/1.1\r\n\r\n' >"$WORK/req"
resp=$(timeout 5 bash -c "exec 3<>/dev/tcp/127.0.0.1/$PORT; cat '$WORK/req' >&3; head -c 200 <&3" || true)
case "$resp" in HTTP/1.1\ 4*|"") ;; *) fail "malformed request line: $resp" ;; esac
resp=$(timeout 5 bash -c "exec 3<>/dev/tcp/127.0.0.1/$PORT; printf 'GET /healthz HTTP/1.1\r\nBroken header line\r\n\r\n' >&3; head -c 100 <&3" || true)
case "$resp" in HTTP/1.1\ 400*) ;; *) fail "malformed header: want 400, got: $resp" ;; esac
pass "malformed HTTP gets 4xx"

http GET / "" >"$WORK/index.html"; [ "$CODE" = 200 ] || fail "console index -> $CODE"
grep -qi '<html' "$WORK/index.html" || fail "index.html is not HTML"
http GET /../../../etc/passwd "" --path-as-is >/dev/null; [ "$CODE" = 404 ] || fail "traversal -> $CODE"
http GET /%2e%2e/%2e%2e/etc/passwd "" --path-as-is >/dev/null; [ "$CODE" = 404 ] || fail "encoded traversal -> $CODE"
pass "console served at /, no path traversal"

# media: hash an image, bank its hash, match the image and the hex hash
# (a second daemon on the same data dir, without the tiny rate limit)
stop_daemon TERM
ADMIN=$(token admin)
start_daemon --rules "$WORK/mini.rules"
IMG=tests/data/pdq/images/bridge-mods/blur-a-little.jpg
want=$(awk -F'\t' '$1 == "bridge-mods/blur-a-little.jpg" {print $5}' tests/data/pdq/computed-hashes.tsv)
http POST /v1/media/hash "$ING1" -H 'Content-Type: image/jpeg' --data-binary "@$IMG" >/dev/null
[ "$CODE" = 200 ] || fail "media/hash -> $CODE: $(cat "$WORK/body")"
got=$(jq -r .hash "$WORK/body")
[ "$got" = "$want" ] || fail "media/hash gave $got, the reference is $want"
printf '%s bridge-1\n' "$got" >"$WORK/bank.txt"
http PUT /v1/media/banks/demo-bank "$ADMIN" -H 'Content-Type: text/plain' --data-binary "@$WORK/bank.txt" >/dev/null
[ "$CODE" = 200 ] || fail "bank PUT -> $CODE: $(cat "$WORK/body")"
http POST /v1/media/match "$ING1" -H 'Content-Type: image/jpeg' --data-binary "@tests/data/pdq/images/bridge-mods/blur-a-lot.jpg" >/dev/null
[ "$CODE" = 200 ] || fail "media/match -> $CODE"
jq -e '.matches | any(.bank == "demo-bank" and .id == "bridge-1" and .distance <= 31)' "$WORK/body" >/dev/null || fail "no match for a blurred copy: $(cat "$WORK/body")"
http PATCH /v1/media/banks/demo-bank "$ADMIN" -H 'Content-Type: application/json' -d '{"mode":"disabled"}' >/dev/null
[ "$CODE" = 200 ] || fail "bank PATCH -> $CODE"
http POST /v1/media/match "$ING1" -H 'Content-Type: application/json' -d "{\"hash\":\"$got\"}" >/dev/null
jq -e '.matches | length == 0' "$WORK/body" >/dev/null || fail "a disabled bank still matched: $(cat "$WORK/body")"
http POST /v1/media/hash "$ING1" -H 'Content-Type: image/jpeg' --data-binary 'not an image' >/dev/null
[ "$CODE" = 422 ] || fail "garbage image -> $CODE, want 422"
http GET /v1/media/banks "$ADMIN" >/dev/null
jq -e '.banks | any(.name == "demo-bank" and .mode == "disabled" and .hashes == 1)' "$WORK/body" >/dev/null || fail "banks list: $(cat "$WORK/body")"
pass "media: PDQ hash matches the reference, bank add/match/disable, bad image 422"

# SIGTERM with an alert stream open: the stream ends, the daemon exits
MOD2=$(token moderator)
sleep 0.2
( curl -sN --max-time 30 -H "Authorization: Bearer $MOD2" "$BASE/v1/alerts/stream" >"$WORK/sse" 2>/dev/null; echo "curl=$?" >>"$WORK/sse" ) &
SSEPID=$!
sleep 1
grep -q 'retry:' "$WORK/sse" || fail "the alert stream did not start: $(cat "$WORK/sse")"
stop_daemon TERM
for _ in $(seq 1 50); do kill -0 "$SSEPID" 2>/dev/null || break; sleep 0.1; done
kill -0 "$SSEPID" 2>/dev/null && fail "the alert stream stayed open after SIGTERM"
grep -q 'curl=0' "$WORK/sse" || fail "the alert stream did not end cleanly: $(tail -2 "$WORK/sse")"
grep -q 'final checkpoint committed' "$LOG" || fail "no final checkpoint"
pass "SIGTERM with an open alert stream: stream ended, final checkpoint, exit"
echo "all daemon limit tests passed"
