#!/usr/bin/env bash
# daemon_evidence.sh — an alert's stored evidence is exactly what it should
# be when the alert is updated many times. The daemon stores an update's
# messages incrementally (only those not stored for that alert before), so
# this checks the stored set against the set the full rule gives: the union,
# over the opening and every update, of each alert event with its 2
# preceding lines (flagged events) and the stream's last 3 lines at that
# moment. Three shapes: one event per request (one update per commit),
# whole conversations in one NDJSON batch (several updates in one request,
# some in one 16-event chunk), and two offenders in one stream (lines that
# are context of both alerts must be stored for each).
#   bash tests/daemon_evidence.sh build/streamguard
. "$(dirname "$0")/lib/daemon.sh"
cd "$(dirname "$0")/.."
command -v jq >/dev/null || fail "jq is required"

INGEST=$(token ingest); MOD=$(token moderator)
[ -n "$INGEST" ] && [ -n "$MOD" ] || fail "token create"
start_daemon
pass "daemon ready on port $PORT"

TACTIC=("ur so mature for ur age" "how old are you? are ur parents home" "add me on snap"
        "dont tell ur mum about us ok" "send me a pic of u in ur pjs" "ur so pretty, u look older than 13"
        "i can send u gems if u add me on snap" "is anyone home with u rn")
CHAT=("gg" "lol no way" "nice build" "what map is next" "pog" "that was close" "hi from brazil")

# line STREAM ID USER TEXT TS
line() { jq -cn --arg s "$1" --arg id "$2" --arg u "$3" --arg t "$4" --argjson ts "$5" \
  '{type:"chat",ts:$ts,stream:$s,id:$id,user:$u,text:$t,account_age_days:3}'; }

# conversation STREAM N EVERY OFFENDERS...: N lines; every EVERY-th line is
# a tactic line by the offenders in turn, the others ordinary chat.
# Kept under the context's 20-line ring and 16 flagged lines, so every line
# an update refers to is still remembered.
conversation() {
  local s=$1 n=$2 every=$3; shift 3
  local offenders=("$@") k=0
  echo "{\"type\":\"stream_start\",\"ts\":1764320000000,\"stream\":\"$s\",\"broadcaster\":\"kid-$s\",\"broadcaster_age\":\"13-15\"}"
  for i in $(seq 1 "$n"); do
    if [ $((i % every)) = 0 ]; then
      line "$s" "$s-m$i" "${offenders[$((k % ${#offenders[@]}))]}" "${TACTIC[$((k % ${#TACTIC[@]}))]}" $((1764320000000 + i * 4000))
      k=$((k + 1))
    else
      line "$s" "$s-m$i" "viewer$((i % 4))" "${CHAT[$((i % ${#CHAT[@]}))]}" $((1764320000000 + i * 4000))
    fi
  done
}

# expected FILE_OF_LINES ANSWERS_NDJSON USER: the event ids the full rule
# stores for USER's grooming alert. ANSWERS holds every answer entry (alert
# rows come after a batch's decisions); a row's ts is the event time of the
# line that raised or updated it, which places it in the stream.
expected() {
  jq -s -r --arg u "$3" --slurpfile lines "$1" '
    ($lines | map(select(.type == "chat"))) as $chat
    | ($chat | map(.id)) as $ids
    | ($chat | to_entries | map({(.value.id): .key}) | add) as $pos
    | ($chat | to_entries | map({(.value.ts | tostring): .key}) | add) as $at
    | map(select(.type == "grooming" and .user == $u) | {at: $at[.ts | tostring], events})
    | map(. as $x
          | ($x.events | map($pos[.] as $p | $ids[([$p - 2, 0] | max):($p + 1)]) | add)
            + $ids[([$x.at - 2, 0] | max):($x.at + 1)])
    | add | unique | .[]' "$2"
}

# stored USER STREAM: the event ids stored with USER's grooming alert.
stored() {
  http GET "/v1/alerts?stream=$2&type=grooming" "$MOD" >"$WORK/list.json"
  local id; id=$(jq -r --arg u "$1" '.alerts[] | select(.user == $u) | .id' "$WORK/list.json" | head -1)
  [ -n "$id" ] || fail "no grooming alert for $1 in $2: $(cat "$WORK/list.json")"
  http GET "/v1/alerts/$id" "$MOD" >"$WORK/detail.json"
  [ "$CODE" = 200 ] || fail "GET alert $id -> $CODE"
  jq -e '(.messages | map(.event) | length) == (.messages | map(.event) | unique | length)' "$WORK/detail.json" >/dev/null \
    || fail "alert $id stores a message twice"
  jq -r '.messages[].event' "$WORK/detail.json" | sort -u
}

# check STREAM USER LINES ANSWERS: stored == expected, and enough updates
check() {
  local ups; ups=$(jq -s --arg u "$2" 'map(select(.type == "grooming" and .user == $u)) | length' "$4")
  [ "$ups" -ge 3 ] || fail "$1: only $ups alert rows for $2 (want an opening and several updates)"
  expected "$3" "$4" "$2" | sort -u >"$WORK/want"
  stored "$2" "$1" >"$WORK/got"
  diff "$WORK/want" "$WORK/got" >"$WORK/diff" || fail "$1/$2: stored evidence differs from the full rule (< missing, > extra): $(cat "$WORK/diff")"
  jq -e --arg u "$2" '.messages | map(select(.user == $u and .flagged)) | length > 0 and all(.evidence | length > 0)' "$WORK/detail.json" >/dev/null \
    || fail "$1/$2: flagged lines without their evidence spans"
  # the stored row is the last update's (severity, stream and user are
  # written by a second statement only when they change)
  jq -s -c --arg u "$2" 'map(select(.type == "grooming" and .user == $u)) | last | {severity, stream, user, risk, version}' "$4" >"$WORK/last"
  jq -c '.alert | {severity, stream, user, risk, version}' "$WORK/detail.json" >"$WORK/row"
  diff "$WORK/last" "$WORK/row" >/dev/null || fail "$1/$2: stored alert $(cat "$WORK/row") is not the last answered $(cat "$WORK/last")"
  jq -s -e --arg u "$2" '[.[] | select(.type == "grooming" and .user == $u) | .severity] | unique | length > 1' "$4" >/dev/null \
    && touch "$WORK/severity_changed"
  echo "$ups $(wc -l <"$WORK/got")"
}

# 1. one event per request
conversation ev-single 18 3 groomer1 >"$WORK/single.ndjson"
: >"$WORK/single.answers"
while IFS= read -r l; do
  http POST /v1/events "$INGEST" -H 'Content-Type: application/json' -d "$l" >"$WORK/one.json"
  [ "$CODE" = 200 ] || fail "single event -> $CODE: $(cat "$WORK/one.json")"
  jq -c '.[]' "$WORK/one.json" >>"$WORK/single.answers"
done <"$WORK/single.ndjson"
read -r ups n < <(check ev-single groomer1 "$WORK/single.ndjson" "$WORK/single.answers")
pass "one event per request: $ups alert rows, the $n stored messages are exactly the full rule's"

# 2. the whole conversation in one batch
conversation ev-batch 18 3 groomer2 >"$WORK/batch.ndjson"
ingest "$WORK/batch.ndjson" "$INGEST" >"$WORK/batch.answers"
[ "$CODE" = 200 ] || fail "batch -> $CODE"
read -r ups n < <(check ev-batch groomer2 "$WORK/batch.ndjson" "$WORK/batch.answers")
pass "one batch: $ups alert rows, the $n stored messages are exactly the full rule's"

# 3. two offenders in one stream, in two batches: shared context lines
conversation ev-two 19 2 groomer3 groomer4 >"$WORK/two.ndjson"
head -10 "$WORK/two.ndjson" >"$WORK/two.a"; tail -n +11 "$WORK/two.ndjson" >"$WORK/two.b"
{ ingest "$WORK/two.a" "$INGEST"; [ "$CODE" = 200 ] || fail "batch a -> $CODE"
  ingest "$WORK/two.b" "$INGEST"; [ "$CODE" = 200 ] || fail "batch b -> $CODE"; } >"$WORK/two.answers"
for u in groomer3 groomer4; do
  read -r ups n < <(check ev-two "$u" "$WORK/two.ndjson" "$WORK/two.answers")
  pass "two offenders, $u: $ups alert rows, the $n stored messages are exactly the full rule's"
done
stored groomer3 ev-two >"$WORK/g3"; stored groomer4 ev-two >"$WORK/g4"
comm -12 "$WORK/g3" "$WORK/g4" | grep -q . || fail "ev-two: no line stored with both alerts (test does not exercise shared context)"
pass "lines that are context of both alerts are stored with each"

# the answered rows come from the store too: a severity that never
# changes anywhere would mean updates do not write it
[ -f "$WORK/severity_changed" ] || fail "no alert changed severity over its updates"
pass "alert severity rises over updates and the stored row follows"

stop_daemon
pass "clean shutdown"
