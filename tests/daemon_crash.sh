#!/usr/bin/env bash
# daemon_crash.sh — crash safety of `streamguard serve`: under continuous
# ingest the daemon is killed with SIGKILL and restarted on the same data
# dir. Every alert the API acknowledged before the kill (in a POST
# /v1/events response or a GET /v1/alerts page) must still be there, and
# the conversation state must carry over through the periodic checkpoint: a
# user with evidence before the crash gets, for the line that opens the
# alert, a higher risk than the same line in a fresh conversation, and the
# alert's stored context includes the line sent just before the crash.
#   bash tests/daemon_crash.sh build/streamguard
. "$(dirname "$0")/lib/daemon.sh"
cd "$(dirname "$0")/.."
command -v jq >/dev/null || fail "jq is required"

printf 'checkpoint_interval_s = 1\n' >"$WORK/serve.conf"
INGEST=$(token ingest); MOD=$(token moderator)
start_daemon --config "$WORK/serve.conf"
pass "daemon ready on port $PORT"

# rename(FILE, PREFIX): every stream, user and broadcaster gets a prefix
rename() { sed -E "s/\"(stream|user|broadcaster)\": *\"/&$2/g" "$1"; }

# ---- 1. dry run: where does the g01 grooming alert open? --------------------
chosen=g01_gems_hoodie_dare_1315
rename "tests/scenarios/$chosen.ndjson" "dry-" >"$WORK/dry.ndjson"
n=0; split=
while IFS= read -r line; do
  n=$((n + 1))
  printf '%s\n' "$line" >"$WORK/one"
  ingest "$WORK/one" "$INGEST" >"$WORK/one.out"
  [ "$CODE" = 200 ] || fail "dry run line $n -> $CODE"
  if jq -e -s 'any(.kind == "alert" and .type == "grooming")' "$WORK/one.out" >/dev/null; then split=$n; break; fi
done <"$WORK/dry.ndjson"
[ -n "$split" ] || fail "g01 raised no grooming alert (engine not ready?)"
echo "# $chosen: the grooming alert opens at line $split"

# ---- 2. the conversation up to that line, before the crash --------------------
rename "tests/scenarios/$chosen.ndjson" "cr-" >"$WORK/conv.ndjson"
head -n $((split - 1)) "$WORK/conv.ndjson" >"$WORK/part1"
sed -n "${split}p" "$WORK/conv.ndjson" >"$WORK/part2"
offender=$(jq -r .user "$WORK/part2")
prev_event=$(tail -n 1 "$WORK/part1" | jq -r '.id // empty')
ingest "$WORK/part1" "$INGEST" >"$WORK/part1.out"; [ "$CODE" = 200 ] || fail "part 1 -> $CODE"
jq -e -s 'all(.kind != "alert")' "$WORK/part1.out" >/dev/null || fail "part 1 already raised an alert"
jq -e -s --arg u "$offender" 'any(.kind == "decision" and .user == $u and (.tactics | length) > 0)' "$WORK/part1.out" >/dev/null \
  || fail "the offender $offender has no evidence before line $split: nothing to carry over"
echo "# pre-crash evidence for $offender: $(jq -r -s --arg u "$offender" '[.[] | select(.kind == "decision" and .user == $u and (.tactics | length) > 0) | "\(.event):\(.tactics | join("+"))"] | join(" ")' "$WORK/part1.out")"

# ---- 3. continuous ingest, then SIGKILL ---------------------------------------
# The load is re-timed to start with the conversation above (5 ms apart):
# the scenarios span months of event time, and a daemon fed months of event
# time in seconds rightly expires a conversation idle for 30 days of it,
# which is not what this test is about.
t0=$(head -n 1 "$WORK/conv.ndjson" | jq .ts)
jq -c -s --argjson t0 "$t0" 'sort_by(.ts) | to_entries | map(.value + {ts: ($t0 + .key * 5)})[]' \
  tests/scenarios/*.ndjson | sed -E 's/"(stream|user|broadcaster)":"/&load-/g' >"$WORK/load.ndjson"
split -l 40 "$WORK/load.ndjson" "$WORK/load."
: >"$WORK/acked"
(
  for b in "$WORK"/load.??; do
    out=$(curl -sS --max-time 30 -H "Authorization: Bearer $INGEST" -H 'Content-Type: application/x-ndjson' \
          --data-binary "@$b" -w '\n%{http_code}' "$BASE/v1/events" 2>/dev/null) || break
    [ "$(printf '%s' "$out" | tail -1)" = 200 ] || break
    printf '%s\n' "$out" | sed '$d' | jq -c 'select(.kind == "alert") | {id, type, user, stream}' >>"$WORK/acked" || true
    sleep 0.05
  done
) &
LOADPID=$!
sleep 2.5   # > 2 checkpoint intervals: part 1 is in a checkpoint
http GET '/v1/alerts?limit=500' "$MOD" >/dev/null
jq -c '.alerts[] | {id, type, user, stream}' "$WORK/body" >>"$WORK/acked"
http GET "/v1/users/$offender" "$MOD" >/dev/null
jq -c .counters "$WORK/body" >"$WORK/counters.before"
stop_daemon KILL
wait "$LOADPID" 2>/dev/null || true
nacked=$(sort -u "$WORK/acked" | wc -l)
[ "$nacked" -gt 0 ] || fail "no alert was acknowledged before the kill"
pass "SIGKILL under load after $nacked acknowledged alerts"

# ---- 4. restart: acknowledged alerts survive, conversation continues --------
start_daemon --config "$WORK/serve.conf"
grep -q 'engine state restored from checkpoint' "$LOG.cur" || fail "no checkpoint restored at start"
: >"$WORK/after"; cursor=
while :; do
  http GET "/v1/alerts?limit=500${cursor:+&cursor=$cursor}" "$MOD" >/dev/null
  [ "$CODE" = 200 ] || fail "list after restart -> $CODE"
  jq -c '.alerts[] | {id, type, user, stream}' "$WORK/body" >>"$WORK/after"
  cursor=$(jq -r '.next_cursor // empty' "$WORK/body"); [ -n "$cursor" ] || break
done
lost=0
while IFS= read -r a; do grep -qxF "$a" "$WORK/after" || { echo "# lost: $a"; lost=$((lost + 1)); }; done < <(sort -u "$WORK/acked")
[ "$lost" = 0 ] || fail "$lost acknowledged alerts missing after kill -9 + restart"
pass "all $nacked acknowledged alerts present after restart"
# the offender sends nothing during the load: the decision counters the
# console shows for them come back from the checkpoint unchanged
http GET "/v1/users/$offender" "$MOD" >/dev/null
jq -e '.events > 0' "$WORK/counters.before" >/dev/null || fail "no counters for $offender before the kill: $(cat "$WORK/counters.before")"
[ "$(jq -c .counters "$WORK/body")" = "$(cat "$WORK/counters.before")" ] ||
  fail "user counters after restart $(jq -c .counters "$WORK/body") differ from before $(cat "$WORK/counters.before")"
pass "user decision counters restored: $(cat "$WORK/counters.before")"

ingest "$WORK/part2" "$INGEST" >"$WORK/part2.out"; [ "$CODE" = 200 ] || fail "part 2 -> $CODE"
risk_carried=$(jq -s 'map(select(.kind == "decision"))[0].risk' "$WORK/part2.out")
jq -c -s 'map(select(.kind == "alert" and .type == "grooming"))[0] // empty' "$WORK/part2.out" >"$WORK/post.alert"
[ -s "$WORK/post.alert" ] || fail "no grooming alert after the restart for the conversation begun before it (risk $risk_carried)"
# control: the same line in a fresh conversation (same stream start, no history)
rename "tests/scenarios/$chosen.ndjson" "ctl-" >"$WORK/ctl.ndjson"
sed -n "1p;${split}p" "$WORK/ctl.ndjson" >"$WORK/control"
ingest "$WORK/control" "$INGEST" >"$WORK/control.out"; [ "$CODE" = 200 ] || fail "control -> $CODE"
risk_control=$(jq -s 'map(select(.kind == "decision"))[0].risk' "$WORK/control.out")
awk -v a="$risk_carried" -v b="$risk_control" 'BEGIN { exit !(a > b) }' \
  || fail "restarted conversation scored $risk_carried, a fresh one $risk_control: the pre-crash evidence was forgotten"
pass "conversation state carried over: line $split scores $risk_carried after the restart vs $risk_control without history, and opens the alert"
if [ -n "$prev_event" ]; then
  http GET "/v1/alerts/$(jq -r .id "$WORK/post.alert")" "$MOD" >/dev/null
  jq -e --arg e "$prev_event" '.messages | any(.event == $e)' "$WORK/body" >/dev/null \
    || fail "the line before the alert ($prev_event, sent before the crash) is missing from its stored context"
  pass "chat context restored from the checkpoint: pre-crash line $prev_event stored with the alert"
fi
stop_daemon TERM
echo "all daemon crash tests passed"
