#!/usr/bin/env bash
# daemon_api.sh — `streamguard serve` end to end over real HTTP: auth (401/403),
# bad bodies (400/404/405/413/415 with JSON errors), every scenario session
# ingested through POST /v1/events with the alerts checked through
# GET /v1/alerts (a grooming alert for each g* offender, none for b*
# sessions), alert detail with bounded evidence + audit, resolve -> label,
# pagination, SSE with Last-Event-ID, metrics, SIGHUP / admin reload with a
# broken rules file keeping the old rules, graceful SIGTERM.
#   bash tests/daemon_api.sh build/streamguard
. "$(dirname "$0")/lib/daemon.sh"
cd "$(dirname "$0")/.."

command -v jq >/dev/null || fail "jq is required"
cp -r rules/en "$WORK/rules"
cat >"$WORK/serve.conf" <<CONF
# test config: small caps so 413 is cheap to provoke
max_body_bytes = 1048576
max_batch_events = 5000
checkpoint_interval_s = 2
CONF

ADMIN=$(token admin); INGEST=$(token ingest); MOD=$(token moderator); FAMILY=$(token family)
[ -n "$ADMIN" ] && [ -n "$INGEST" ] && [ -n "$MOD" ] && [ -n "$FAMILY" ] || fail "token create"
start_daemon --config "$WORK/serve.conf" --rules "$WORK/rules" --web web
pass "daemon ready on port $PORT"

# ---- health, metrics, auth ------------------------------------------------
http GET /healthz "" >/dev/null; [ "$CODE" = 200 ] || fail "/healthz $CODE"
http GET /readyz "" >/dev/null; [ "$CODE" = 200 ] || fail "/readyz $CODE"
http GET /metrics "" >/dev/null; grep -q '^streamguard_events_total ' "$WORK/body" || fail "/metrics has no events counter"
http GET /v1/alerts "" >/dev/null; jq -e '.error == "unauthorized"' "$WORK/body" >/dev/null || fail "no token: not a JSON 401"
[ "$CODE" = 401 ] || fail "no token -> $CODE, want 401"
http GET /v1/alerts "sgt_00000000_notarealtokennotarealtokennotarealtoken" >/dev/null
[ "$CODE" = 401 ] || fail "unknown token -> $CODE, want 401"
http POST /v1/events "" -H 'Content-Type: application/json' -d '{}' >/dev/null
[ "$CODE" = 401 ] || fail "events without token -> $CODE"
http GET /v1/alerts "$INGEST" >/dev/null; jq -e '.error == "forbidden"' "$WORK/body" >/dev/null || fail "ingest on alerts not 403 JSON"
[ "$CODE" = 403 ] || fail "ingest on /v1/alerts -> $CODE, want 403"
http POST /v1/events "$MOD" -H 'Content-Type: application/json' -d '{}' >/dev/null
[ "$CODE" = 403 ] || fail "moderator on /v1/events -> $CODE, want 403"
http GET /v1/alerts "$FAMILY" >/dev/null; [ "$CODE" = 403 ] || fail "family on /v1/alerts -> $CODE"
http POST /v1/admin/reload "$MOD" >/dev/null; [ "$CODE" = 403 ] || fail "moderator reload -> $CODE"
http GET /v1/alerts "$ADMIN" >/dev/null; [ "$CODE" = 200 ] || fail "admin on /v1/alerts -> $CODE"
http GET /v1/whoami "$MOD" >/dev/null; jq -e '.role == "moderator"' "$WORK/body" >/dev/null || fail "whoami"
pass "auth: 401 without/unknown token, 403 for wrong roles, admin allowed"

# ---- bad requests ---------------------------------------------------------
http POST /v1/events "$INGEST" -H 'Content-Type: application/x-ndjson' --data-binary '' >/dev/null
[ "$CODE" = 400 ] || fail "empty body -> $CODE, want 400"
http POST /v1/events "$INGEST" -H 'Content-Type: text/plain' -d 'x' >/dev/null
[ "$CODE" = 415 ] || fail "text/plain -> $CODE, want 415"
head -c 1100000 /dev/zero | tr '\0' 'a' >"$WORK/big"
http POST /v1/events "$INGEST" -H 'Content-Type: application/x-ndjson' --data-binary "@$WORK/big" >/dev/null; jq -e '.error == "body_too_large"' "$WORK/body" >/dev/null || fail "big body not a JSON 413"
[ "$CODE" = 413 ] || fail "1.1 MB body -> $CODE, want 413"
printf '{"type":"chat"}\n%.0s' $(seq 1 5001) >"$WORK/many"
http POST /v1/events "$INGEST" -H 'Content-Type: application/x-ndjson' --data-binary "@$WORK/many" >/dev/null
[ "$CODE" = 413 ] || fail "5001-line batch -> $CODE, want 413"
printf '%s\n' \
  '{"type":"stream_start","ts":1700000000000,"stream":"bad-1","broadcaster":"kid","broadcaster_age":"13-15"}' \
  '{"type":"chat","ts":1700000001000,"stream":"bad-1","id":"m1","user":"u1","text":"hi"' \
  'not json at all' \
  '' \
  '{"type":"chat","ts":1700000002000,"stream":"bad-1","id":"m2","user":"u1","text":"gg"}' >"$WORK/mixed"
http POST /v1/events "$INGEST" -H 'Content-Type: application/x-ndjson' --data-binary "@$WORK/mixed" >"$WORK/mixed.out"
[ "$CODE" = 200 ] || fail "mixed batch -> $CODE"
[ "$(wc -l <"$WORK/mixed.out")" = 4 ] || fail "mixed batch: want 4 entries, got $(cat "$WORK/mixed.out")"
jq -e -s '.[0].kind == "ack" and .[1].kind == "error" and .[1].line == 2 and (.[1].error|length) > 0
          and .[2].kind == "error" and .[2].line == 3 and .[3].kind == "decision" and .[3].event == "m2"' \
   "$WORK/mixed.out" >/dev/null || fail "mixed batch entries wrong: $(cat "$WORK/mixed.out")"
# 40 lines, bad ones on both sides of the 16-event chunks the daemon decides
# under one lock hold: every line gets its entry, in order
for i in $(seq 1 40); do
  case $i in
    5 | 16 | 17 | 33) echo '{"type":"chat","ts":1700000004000,"stream":"bad-1"' ;;
    *) printf '{"type":"chat","ts":%d,"stream":"bad-1","id":"c%d","user":"u%d","text":"line %d"}\n' $((1700000004000 + i)) "$i" $((i % 3)) "$i" ;;
  esac
done >"$WORK/chunks"
http POST /v1/events "$INGEST" -H 'Content-Type: application/x-ndjson' --data-binary "@$WORK/chunks" >"$WORK/chunks.out"
[ "$CODE" = 200 ] || fail "40-line batch -> $CODE"
jq -e -s 'length == 40 and ([.[] | select(.kind == "error") | .line] == [5, 16, 17, 33])
          and ([.[] | select(.kind == "decision") | .event] == ([range(1; 41)] - [5, 16, 17, 33] | map("c\(.)")))' \
   "$WORK/chunks.out" >/dev/null || fail "40-line batch: entries out of order or missing: $(head -c 600 "$WORK/chunks.out")"
http POST /v1/events "$INGEST" -H 'Content-Type: application/json' \
  -d '{"type":"chat","ts":1700000003000,"stream":"bad-1","id":"m3","user":"u1","text":"single"}' >"$WORK/single.out"
jq -e 'type == "array" and length == 1 and .[0].kind == "decision" and .[0].event == "m3"' "$WORK/single.out" >/dev/null \
  || fail "single JSON event: $(cat "$WORK/single.out")"
http POST /v1/alerts/a-1/resolve "$MOD" -H 'Content-Type: application/json' -d '{"outcome":' >/dev/null; jq -e '.error == "bad_request" and (.message|length) > 0' "$WORK/body" >/dev/null || fail "bad resolve JSON"
[ "$CODE" = 400 ] || fail "truncated resolve JSON -> $CODE"
http POST /v1/alerts/a-999999/resolve "$MOD" -d '{"outcome":"confirmed"}' >/dev/null
[ "$CODE" = 404 ] || fail "resolve unknown alert -> $CODE, want 404"
http GET /v1/alerts/nonsense "$MOD" >/dev/null; [ "$CODE" = 404 ] || fail "unknown alert -> $CODE"
http GET '/v1/alerts?cursor=zzz' "$MOD" >/dev/null; [ "$CODE" = 400 ] || fail "bad cursor -> $CODE"
http GET '/v1/alerts?sort=sideways' "$MOD" >/dev/null; [ "$CODE" = 400 ] || fail "bad sort -> $CODE"
http GET /v1/nope "$MOD" >/dev/null; [ "$CODE" = 404 ] || fail "unknown endpoint -> $CODE"
http DELETE /v1/events "$INGEST" >/dev/null; [ "$CODE" = 405 ] || fail "DELETE /v1/events -> $CODE"
http GET /../../etc/passwd "" --path-as-is >/dev/null; [ "$CODE" = 404 ] || fail "path traversal -> $CODE"
pass "bad bodies: 400/404/405/413/415 with JSON errors; bad lines get their own error entry"

# ---- every scenario, merged by time, in batches ----------------------------
jq -c -s 'sort_by(.ts)[]' tests/scenarios/*.ndjson >"$WORK/all.ndjson"
total=$(wc -l <"$WORK/all.ndjson")
split -l 150 "$WORK/all.ndjson" "$WORK/batch."
entries=0
for b in "$WORK"/batch.*; do
  ingest "$b" "$INGEST" >"$WORK/resp" || true
  [ "$CODE" = 200 ] || fail "batch $b -> $CODE: $(head -c 300 "$WORK/resp")"
  lines=$(wc -l <"$b")
  got=$(jq -c 'select(.kind != "alert")' "$WORK/resp" | wc -l)
  [ "$got" = "$lines" ] || fail "batch $b: $lines lines but $got entries"
  jq -e -s 'map(select(.kind == "error")) | length == 0' "$WORK/resp" >/dev/null || fail "scenario line rejected: $(jq -c 'select(.kind=="error")' "$WORK/resp" | head -3)"
  entries=$((entries + got))
done
[ "$entries" = "$total" ] || fail "ingested $entries of $total events"
http GET '/v1/alerts?limit=500' "$MOD" >"$WORK/alerts.json"
nalerts=$(jq '.alerts | length' "$WORK/alerts.json")
echo "# $total events -> $nalerts alerts: $(jq -r '[.alerts[] | "\(.type):\(.user // .stream)"] | join(" ")' "$WORK/alerts.json")"
missing=0
for label in tests/scenarios/g*.label.json; do
  for off in $(jq -r '.offenders[]' "$label"); do
    if ! jq -e --arg u "$off" '.alerts | any(.type == "grooming" and .user == $u)' "$WORK/alerts.json" >/dev/null; then
      echo "# no grooming alert for $off ($(basename "$label" .label.json))"; missing=$((missing + 1))
    fi
  done
done
[ "$missing" = 0 ] || fail "$missing grooming offenders without an alert"
pass "a grooming alert for every g* offender"
for f in tests/scenarios/b*.ndjson; do
  streams=$(jq -r 'select(.type == "stream_start") | .stream' "$f" | sort -u | jq -R . | jq -s -c .)
  jq -e --argjson s "$streams" '.alerts | map(select((.stream as $x | $s | index($x)) or ((.streams // []) | any(. as $y | $s | index($y))))) | length == 0' \
    "$WORK/alerts.json" >/dev/null || fail "alert raised on benign session $(basename "$f"): $(jq -c --argjson s "$streams" '.alerts[] | select(.stream as $x | $s | index($x)) | {id,type,user,summary}' "$WORK/alerts.json")"
done
pass "no alert on any b* (benign) session"

# ---- detail, evidence bounds, audit, resolve -------------------------------
g01=$(jq -r '.alerts[] | select(.type == "grooming" and .user == "gemgiver_neil") | .id' "$WORK/alerts.json" | head -1)
http GET "/v1/alerts/$g01" "$MOD" >"$WORK/detail.json"; [ "$CODE" = 200 ] || fail "GET alert $g01 -> $CODE"
jq -e '.alert.id and (.messages | length) > 0 and (.messages | any(.flagged and .user == "gemgiver_neil"))' "$WORK/detail.json" >/dev/null \
  || fail "alert detail lacks flagged evidence: $(head -c 500 "$WORK/detail.json")"
g01_lines=$(grep -c '"type": *"chat"' tests/scenarios/g01_gems_hoodie_dare_1315.ndjson)
nmsg=$(jq '.messages | length' "$WORK/detail.json")
[ "$nmsg" -lt "$g01_lines" ] || fail "alert stored $nmsg messages: all $g01_lines chat lines (must be bounded)"
jq -e '.messages | map(select(.flagged)) | all(.evidence | length > 0)' "$WORK/detail.json" >/dev/null || fail "flagged message without evidence spans"
pass "alert $g01: $nmsg stored messages (of $g01_lines chat lines), flagged ones with evidence spans"
http POST "/v1/alerts/$g01/resolve" "$MOD" -H 'Content-Type: application/json' -d '{"outcome":"confirmed","note":"clear grooming \u2014 gems for hoodie"}' >"$WORK/res.json"
[ "$CODE" = 200 ] || fail "resolve -> $CODE"
jq -e '.alert.status == "confirmed" and (.labels | length) == 1 and .labels[0].outcome == "confirmed" and (.labels[0].note | contains("—"))' "$WORK/res.json" >/dev/null || fail "resolve result: $(cat "$WORK/res.json")"
http GET '/v1/alerts?status=confirmed' "$MOD" >/dev/null; jq -e --arg id "$g01" '.alerts | any(.id == $id)' "$WORK/body" >/dev/null || fail "status=confirmed filter"
http GET '/v1/alerts?status=open' "$MOD" >/dev/null; jq -e --arg id "$g01" '.alerts | all(.id != $id)' "$WORK/body" >/dev/null || fail "status=open filter"
http GET '/v1/admin/audit' "$ADMIN" >"$WORK/audit.json"
jq -e --arg id "$g01" '.chain_ok and (.entries | any(.action == "view_alert" and .target == $id)) and (.entries | any(.action == "resolve_alert" and .target == $id and .detail == "confirmed"))' "$WORK/audit.json" >/dev/null \
  || fail "audit log lacks the view/resolve: $(head -c 400 "$WORK/audit.json")"
pass "resolve stores a label; view and resolve are in the hash-chained audit log"
http GET /v1/users/gemgiver_neil "$MOD" >/dev/null; jq -e '.alert_counts.confirmed >= 1 and (.related | index("st-80101")) and .counters.events > 0' "$WORK/body" >/dev/null || fail "users endpoint: $(cat "$WORK/body")"
http GET /v1/streams/st-80101 "$MOD" >/dev/null; jq -e '(.alerts | length) >= 1 and .counters.events > 0' "$WORK/body" >/dev/null || fail "streams endpoint: $(cat "$WORK/body")"
pass "users/streams history"

# ---- pagination -----------------------------------------------------------
seen=""; cursor=""; pages=0
while :; do
  http GET "/v1/alerts?limit=2&sort=severity${cursor:+&cursor=$cursor}" "$MOD" >"$WORK/page"
  [ "$CODE" = 200 ] || fail "page -> $CODE"
  seen="$seen $(jq -r '.alerts[].id' "$WORK/page")"
  cursor=$(jq -r '.next_cursor // empty' "$WORK/page"); pages=$((pages + 1))
  [ -n "$cursor" ] && [ "$pages" -lt 1000 ] || break
done
[ "$(echo $seen | wc -w)" = "$nalerts" ] || fail "pagination saw $(echo $seen | wc -w) of $nalerts"
[ "$(echo $seen | tr ' ' '\n' | sort | uniq -d | wc -l)" = 0 ] || fail "pagination repeated alerts"
pass "pagination by severity: $nalerts alerts in $pages pages, no repeats"

# ---- SSE: resume from the store, then live --------------------------------
curl -sN --max-time 4 "$BASE/v1/alerts/stream?token=$MOD&last_event_id=0" >"$WORK/sse" 2>/dev/null || true
n=$(grep -c '^event: alert' "$WORK/sse" || true)
[ "$n" -ge "$nalerts" ] || fail "SSE resume sent $n events, want >= $nalerts"
grep -q '^id: ' "$WORK/sse" || fail "SSE events have no id"
( curl -sN --max-time 6 -H "Authorization: Bearer $MOD" "$BASE/v1/alerts/stream" >"$WORK/sse2" 2>/dev/null || true ) &
SSEPID=$!
sleep 1
sed 's/st-80101/st-live-1/g' tests/scenarios/g01_gems_hoodie_dare_1315.ndjson | sed 's/gemgiver_neil/gemgiver_live/g' >"$WORK/live.ndjson"
ingest "$WORK/live.ndjson" "$INGEST" >"$WORK/live.out"
jq -e -s 'any(.kind == "alert" and .user == "gemgiver_live")' "$WORK/live.out" >/dev/null || fail "the ingest response carries no alert for the live copy"
wait "$SSEPID" || true
grep -q 'gemgiver_live' "$WORK/sse2" || fail "SSE did not deliver the live alert"
pass "SSE: resume with last_event_id, live alert delivered"

# ---- reload: broken rules keep the old set --------------------------------
echo 'rule broken.one
  tactic: not_a_tactic
  pattern: (unclosed' >>"$WORK/rules/dare.rules"
http POST /v1/admin/reload "$ADMIN" --max-time 900 >"$WORK/reload.json"
[ "$CODE" = 422 ] || fail "reload of broken rules -> $CODE, want 422"
jq -e '.ok == false and (.diagnostics | length) > 0 and (.diagnostics | any(.file | contains("dare.rules")))' "$WORK/reload.json" >/dev/null || fail "reload diagnostics: $(cat "$WORK/reload.json")"
kill -HUP "$PID"; sleep 1
kill -0 "$PID" || fail "SIGHUP with broken rules killed the daemon"
grep -q 'previous rules keep running' "$LOG.cur" || fail "SIGHUP failure not logged"
sed 's/st-80101/st-after-hup/g; s/gemgiver_neil/gemgiver_hup/g' tests/scenarios/g01_gems_hoodie_dare_1315.ndjson >"$WORK/hup.ndjson"
ingest "$WORK/hup.ndjson" "$INGEST" >"$WORK/hup.out"
jq -e -s 'any(.kind == "alert" and .type == "grooming" and .user == "gemgiver_hup")' "$WORK/hup.out" >/dev/null || fail "after a failed reload the old rules no longer detect g01"
cp rules/en/dare.rules "$WORK/rules/dare.rules"
http POST /v1/admin/reload "$ADMIN" --max-time 900 >/dev/null; jq -e '.ok == true and .rules > 0' "$WORK/body" >/dev/null || fail "reload of fixed rules: $(cat "$WORK/body")"
pass "broken rules refused with diagnostics (admin API and SIGHUP); old rules kept deciding"

http GET /metrics "" >"$WORK/metrics"
grep -q '^streamguard_decisions_total{action="hold"} [1-9]' "$WORK/metrics" || fail "metrics: no holds counted"
grep -q '^streamguard_alerts_total{type="grooming",change="opened"} [1-9]' "$WORK/metrics" || fail "metrics: no grooming alerts counted"
grep -q 'streamguard_http_request_duration_seconds_bucket{route="events",le="+Inf"}' "$WORK/metrics" || fail "metrics: no latency histogram"
pass "metrics"

for t in "$ADMIN" "$INGEST" "$MOD" "$FAMILY"; do grep -qF "$t" "$LOG.cur" && fail "a token appears in the daemon log"; done
stop_daemon TERM
grep -q 'final checkpoint committed' "$LOG" || fail "no final checkpoint on SIGTERM"
pass "tokens never logged; SIGTERM: graceful stop with a final checkpoint"
echo "all daemon API tests passed"
