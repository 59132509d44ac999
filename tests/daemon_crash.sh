#!/usr/bin/env bash
# daemon_crash.sh — crash safety of `streamguard serve`: under continuous
# ingest the daemon is killed with SIGKILL and restarted on the same data
# dir. Every alert the API acknowledged before the kill (in a POST
# /v1/events response or a GET /v1/alerts page) must still be there, and
# the conversation state must carry over through the periodic checkpoint: a
# user whose earlier messages were evidence before the crash gets an alert
# after the restart that cites those pre-crash messages.
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

# ---- 1. find a session whose alert cites several messages -------------------
chosen=; split=
for s in g01_gems_hoodie_dare_1315 g02_secrecy_probe_under13 g09_age_gap_meeting_1617 g03_sextortion_1617; do
  rename "tests/scenarios/$s.ndjson" "dry-$s-" >"$WORK/dry.ndjson"
  n=0; : >"$WORK/dry.alert"
  while IFS= read -r line; do
    n=$((n + 1))
    printf '%s\n' "$line" >"$WORK/one"
    ingest "$WORK/one" "$INGEST" >"$WORK/one.out"
    [ "$CODE" = 200 ] || fail "dry run line $n -> $CODE"
    if jq -e -s 'any(.kind == "alert" and .type == "grooming")' "$WORK/one.out" >/dev/null; then
      jq -c -s 'map(select(.kind == "alert" and .type == "grooming"))[0]' "$WORK/one.out" >"$WORK/dry.alert"; break
    fi
  done <"$WORK/dry.ndjson"
  [ -s "$WORK/dry.alert" ] || continue
  if jq -e '(.events | length) >= 2' "$WORK/dry.alert" >/dev/null; then chosen=$s; split=$n; break; fi
done
[ -n "$chosen" ] || fail "no scenario gives a grooming alert citing >= 2 messages (engine not ready?)"
echo "# $chosen: the grooming alert opens at line $split, citing $(jq -c .events "$WORK/dry.alert")"

# ---- 2. the first part of that conversation before the crash ----------------
rename "tests/scenarios/$chosen.ndjson" "cr-" >"$WORK/conv.ndjson"
head -n $((split - 1)) "$WORK/conv.ndjson" >"$WORK/part1"
tail -n +"$split" "$WORK/conv.ndjson" >"$WORK/part2"
ingest "$WORK/part1" "$INGEST" >"$WORK/part1.out"; [ "$CODE" = 200 ] || fail "part 1 -> $CODE"
jq -e -s 'all(.kind != "alert")' "$WORK/part1.out" >/dev/null || fail "part 1 already raised an alert"
pre_ids=$(jq -r -s --argjson ev "$(jq -c .events "$WORK/dry.alert")" '.[] | select(.kind == "decision" and (.event as $e | $ev | index($e))) | .event' "$WORK/part1.out" | sort -u)
[ -n "$pre_ids" ] || fail "no pre-crash message carries the evidence the alert cites"
echo "# pre-crash evidence: $(echo $pre_ids)"

# ---- 3. continuous ingest, then SIGKILL ---------------------------------------
jq -c -s 'sort_by(.ts)[]' tests/scenarios/*.ndjson | sed -E 's/"(stream|user|broadcaster)":"/&load-/g' >"$WORK/load.ndjson"
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

ingest "$WORK/part2" "$INGEST" >"$WORK/part2.out"; [ "$CODE" = 200 ] || fail "part 2 -> $CODE"
jq -c -s 'map(select(.kind == "alert" and .type == "grooming"))[0] // empty' "$WORK/part2.out" >"$WORK/post.alert"
[ -s "$WORK/post.alert" ] || fail "no grooming alert after the restart for the conversation begun before it"
for id in $pre_ids; do
  jq -e --arg e "$id" '.events | index($e)' "$WORK/post.alert" >/dev/null || fail "post-restart alert does not cite pre-crash message $id: $(cat "$WORK/post.alert")"
done
pass "conversation state carried over: the post-restart alert cites pre-crash messages $(echo $pre_ids)"
http GET "/v1/alerts/$(jq -r .id "$WORK/post.alert")" "$MOD" >/dev/null
for id in $pre_ids; do
  jq -e --arg e "$id" '.messages | any(.event == $e and .flagged)' "$WORK/body" >/dev/null || fail "pre-crash message $id missing from the stored evidence (context not restored)"
done
pass "pre-crash evidence text restored from the context checkpoint"
stop_daemon TERM
echo "all daemon crash tests passed"
