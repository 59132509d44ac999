#!/usr/bin/env bash
# daemon_media.sh — hash_match alerts from POST /v1/media/match: a banked
# image posted with a stream raises one stored critical alert (bank, hash id,
# distance, variant, query hash, quality) listed by GET /v1/alerts, shown by
# GET /v1/alerts/{id} and delivered on the SSE feed; a repeat adds to the
# open alert; another stream, or a match after the alert was resolved, opens
# a new one; no stream, no match, or a negative-bank match raises nothing;
# no image bytes reach the database. A two-rule rules file keeps start fast.
#   bash tests/daemon_media.sh build/streamguard
. "$(dirname "$0")/lib/daemon.sh"
cd "$(dirname "$0")/.."
command -v jq >/dev/null || fail "jq is required"
command -v python3 >/dev/null || fail "python3 is required"
cat >"$WORK/mini.rules" <<'RULES'
rule mini.gift
  tactic: gift_offer
  weight: 0.6
  pattern: \bcoins?\b
RULES
ADMIN=$(token admin); ING=$(token ingest); MOD=$(token moderator)
[ -n "$ADMIN" ] && [ -n "$ING" ] && [ -n "$MOD" ] || fail "token create"
start_daemon --rules "$WORK/mini.rules"
pass "daemon ready on port $PORT"

IMG=tests/data/pdq/images/bridge-mods/blur-a-little.jpg
IMG2=tests/data/pdq/images/bridge-mods/blur-a-lot.jpg      # near copy, distance > 0
OTHER=tests/data/pdq/images/misc-images/c.png               # unrelated image
WEE=tests/data/pdq/images/misc-images/wee.jpg               # banked, and in a negative bank
hash_of() {
  http POST /v1/media/hash "$ING" -H 'Content-Type: application/octet-stream' --data-binary "@$1" >/dev/null
  [ "$CODE" = 200 ] || fail "media/hash $1 -> $CODE: $(cat "$WORK/body")"
  jq -r .hash "$WORK/body"
}
H=$(hash_of "$IMG"); HW=$(hash_of "$WEE")
printf '%s bridge-1\n%s wee-1\n' "$H" "$HW" >"$WORK/bank.txt"
http PUT /v1/media/banks/demo-bank "$ADMIN" -H 'Content-Type: text/plain' --data-binary "@$WORK/bank.txt" >/dev/null
[ "$CODE" = 200 ] || fail "bank PUT -> $CODE: $(cat "$WORK/body")"
printf '%s safe-1\n' "$HW" >"$WORK/safe.txt"
http PUT /v1/media/banks/safe "$ADMIN" -H 'Content-Type: text/plain' --data-binary "@$WORK/safe.txt" >/dev/null
[ "$CODE" = 200 ] || fail "safe bank PUT -> $CODE"
http PATCH /v1/media/banks/safe "$ADMIN" -H 'Content-Type: application/json' -d '{"mode":"negative"}' >/dev/null
[ "$CODE" = 200 ] || fail "bank PATCH negative -> $CODE"
pass "banks: demo-bank (bridge-1, wee-1), safe (negative, wee)"

count_hm() { # count_hm STREAM: hash_match alerts listed for the stream
  http GET "/v1/alerts?type=hash_match&stream=$1" "$MOD" >/dev/null
  [ "$CODE" = 200 ] || fail "GET /v1/alerts?type=hash_match -> $CODE"
  jq '.alerts | length' "$WORK/body"
}

# an SSE reader on the alert feed, for the first alert
curl -sN --max-time 20 -H "Authorization: Bearer $MOD" "$BASE/v1/alerts/stream" >"$WORK/sse.txt" 2>/dev/null &
SSE_PID=$!
sleep 0.5

# ---- a match with no stream stores nothing ---------------------------------
http POST /v1/media/match "$ING" -H 'Content-Type: image/jpeg' --data-binary "@$IMG" >/dev/null
[ "$CODE" = 200 ] || fail "match without stream -> $CODE"
jq -e '(.matches | length) == 1 and .matches[0].alert == null and .alerts == []' "$WORK/body" >/dev/null \
  || fail "match without stream: $(cat "$WORK/body")"
http GET "/v1/alerts?type=hash_match" "$MOD" >/dev/null
jq -e '.alerts == []' "$WORK/body" >/dev/null || fail "an alert without a stream: $(cat "$WORK/body")"
pass "a match without a stream raises no alert"

# ---- first match on st-x: one critical hash_match alert --------------------
TS=1764320070000
http POST "/v1/media/match?stream=st-x&user=uploader_1&ts=$TS" "$ING" -H 'Content-Type: image/jpeg' --data-binary "@$IMG2" >"$WORK/m1.json"
[ "$CODE" = 200 ] || fail "match with stream -> $CODE: $(cat "$WORK/m1.json")"
AID=$(jq -r '.matches[0].alert' "$WORK/m1.json")
D1=$(jq -r '.matches[0].distance' "$WORK/m1.json")
QUAL=$(jq -r '.quality' "$WORK/m1.json")
QH=$(jq -r '.hash' "$WORK/m1.json")
case "$AID" in a-[0-9]*) ;; *) fail "match response has no alert id: $(cat "$WORK/m1.json")";; esac
jq -e --arg a "$AID" '.alerts == [$a] and .matches[0].bank == "demo-bank" and .matches[0].id == "bridge-1"' "$WORK/m1.json" >/dev/null \
  || fail "match response: $(cat "$WORK/m1.json")"
[ "$D1" -gt 0 ] && [ "$D1" -le 31 ] || fail "blur-a-lot distance $D1, want 1..31"
[ "$(count_hm st-x)" = 1 ] || fail "want 1 hash_match alert on st-x: $(cat "$WORK/body")"
jq -e --arg a "$AID" --arg h "$H" --arg qh "$QH" --argjson d "$D1" --argjson q "$QUAL" --argjson ts "$TS" '
  .alerts[0] | .id == $a and .kind == "alert" and .type == "hash_match" and .severity == "critical"
  and .status == "open" and .stream == "st-x" and .user == "uploader_1" and .ts == $ts
  and (.engine_id | startswith("al-") | not) and (.summary | contains("bridge-1"))
  and .match.bank == "demo-bank" and .match.hash_id == "bridge-1" and .match.hash == $h
  and .match.distance == $d and .match.variant == "original" and .match.query_hash == $qh
  and .match.quality == $q and .match.matches == 1' "$WORK/body" >/dev/null \
  || fail "listed alert wrong: $(cat "$WORK/body")"
http GET "/v1/alerts/$AID" "$MOD" >/dev/null
[ "$CODE" = 200 ] || fail "GET /v1/alerts/$AID -> $CODE"
jq -e --argjson d "$D1" '.alert.type == "hash_match" and .alert.match.hash_id == "bridge-1"
  and .alert.match.distance == $d and .messages == []' "$WORK/body" >/dev/null || fail "alert detail: $(cat "$WORK/body")"
pass "image with stream=st-x: alert $AID (critical, demo-bank/bridge-1, distance $D1, quality $QUAL)"

for _ in $(seq 1 50); do grep -q '"hash_match"' "$WORK/sse.txt" && break; sleep 0.1; done
grep -q "^data: .*\"id\":\"$AID\".*\"type\":\"hash_match\"" "$WORK/sse.txt" || fail "alert not on the SSE feed: $(cat "$WORK/sse.txt")"
kill "$SSE_PID" 2>/dev/null || true; wait "$SSE_PID" 2>/dev/null || true
pass "the alert is delivered on GET /v1/alerts/stream"

# ---- a repeat (closer copy, another user) adds to the open alert -----------
http POST "/v1/media/match?stream=st-x&user=uploader_2&ts=$((TS + 5000))" "$ING" -H 'Content-Type: image/jpeg' --data-binary "@$IMG" >"$WORK/m2.json"
[ "$CODE" = 200 ] || fail "second match -> $CODE"
jq -e --arg a "$AID" '.matches[0].alert == $a and .matches[0].distance == 0' "$WORK/m2.json" >/dev/null \
  || fail "second match did not go to $AID: $(cat "$WORK/m2.json")"
[ "$(count_hm st-x)" = 1 ] || fail "repeat duplicated the alert: $(cat "$WORK/body")"
jq -e --arg a "$AID" --argjson ts "$((TS + 5000))" '.alerts[0] | .id == $a and .version == 2 and .ts == $ts
  and .opened_ts == ($ts - 5000) and .user == "uploader_1" and .users == ["uploader_1","uploader_2"]
  and .match.matches == 2 and .match.distance == 0' "$WORK/body" >/dev/null \
  || fail "updated alert wrong: $(cat "$WORK/body")"
# a hex-hash JSON body with the stream in the body (a further, farther match keeps distance 0)
http POST /v1/media/match "$ING" -H 'Content-Type: application/json' \
  -d "{\"hash\":\"$QH\",\"stream\":\"st-x\",\"ts\":$((TS + 9000))}" >"$WORK/m3.json"
jq -e --arg a "$AID" '.matches[0].alert == $a and .quality == -1' "$WORK/m3.json" >/dev/null || fail "hex match: $(cat "$WORK/m3.json")"
[ "$(count_hm st-x)" = 1 ] || fail "hex repeat duplicated the alert"
jq -e '.alerts[0] | .match.matches == 3 and .match.distance == 0 and .version == 3' "$WORK/body" >/dev/null \
  || fail "after hex repeat: $(cat "$WORK/body")"
pass "repeats (image, then hex hash in a JSON body) update $AID: 3 matches, closest distance 0, 2 users"

# ---- another stream: its own alert; unrelated image: nothing ---------------
http POST "/v1/media/match?stream=st-y" "$ING" -H 'Content-Type: image/jpeg' --data-binary "@$IMG" >"$WORK/m4.json"
AID_Y=$(jq -r '.matches[0].alert' "$WORK/m4.json")
[ "$AID_Y" != "$AID" ] && [ "$AID_Y" != null ] || fail "st-y shares st-x's alert: $(cat "$WORK/m4.json")"
[ "$(count_hm st-y)" = 1 ] || fail "st-y alerts"
jq -e '.alerts[0].user == null and .alerts[0].users == [] and (.alerts[0].ts > 1700000000000)' "$WORK/body" >/dev/null \
  || fail "st-y alert (no user, ts = now): $(cat "$WORK/body")"
http POST "/v1/media/match?stream=st-z" "$ING" -H 'Content-Type: image/png' --data-binary "@$OTHER" >/dev/null
jq -e '.matches == [] and .alerts == []' "$WORK/body" >/dev/null || fail "unrelated image matched: $(cat "$WORK/body")"
[ "$(count_hm st-z)" = 0 ] || fail "unrelated image raised an alert"
pass "st-y gets its own alert $AID_Y; an unrelated image raises nothing"

# ---- a negative-bank match raises nothing ----------------------------------
http POST "/v1/media/match?stream=st-neg" "$ING" -H 'Content-Type: image/jpeg' --data-binary "@$WEE" >/dev/null
[ "$CODE" = 200 ] || fail "negative match -> $CODE"
jq -e '.matches == [] and .alerts == []' "$WORK/body" >/dev/null || fail "negative bank did not suppress: $(cat "$WORK/body")"
[ "$(count_hm st-neg)" = 0 ] || fail "a negative-bank match raised an alert"
# and with the negative bank disabled, the same image does raise one (the check can fail)
http PATCH /v1/media/banks/safe "$ADMIN" -H 'Content-Type: application/json' -d '{"mode":"disabled"}' >/dev/null
http POST "/v1/media/match?stream=st-neg" "$ING" -H 'Content-Type: image/jpeg' --data-binary "@$WEE" >/dev/null
jq -e '.matches[0].id == "wee-1" and (.alerts | length) == 1' "$WORK/body" >/dev/null || fail "wee-1 without the negative bank: $(cat "$WORK/body")"
[ "$(count_hm st-neg)" = 1 ] || fail "wee-1 alert not stored"
pass "a match suppressed by a negative bank raises nothing (and does once that bank is disabled)"

# ---- resolved: the next match opens a new alert ----------------------------
http POST "/v1/alerts/$AID/resolve" "$MOD" -H 'Content-Type: application/json' -d '{"outcome":"escalated","note":"reported"}' >/dev/null
[ "$CODE" = 200 ] || fail "resolve -> $CODE: $(cat "$WORK/body")"
http POST "/v1/media/match?stream=st-x" "$ING" -H 'Content-Type: image/jpeg' --data-binary "@$IMG" >"$WORK/m5.json"
AID2=$(jq -r '.matches[0].alert' "$WORK/m5.json")
[ "$AID2" != "$AID" ] && [ "$AID2" != null ] || fail "a match after resolve went to the closed alert: $(cat "$WORK/m5.json")"
[ "$(count_hm st-x)" = 2 ] || fail "want 2 st-x alerts after resolve"
http GET "/v1/alerts/$AID/cybertip" "$MOD" >/dev/null
[ "$CODE" = 200 ] || fail "cybertip draft of a hash_match alert -> $CODE: $(cat "$WORK/body")"
pass "after resolving $AID a new match opens $AID2; the escalated alert drafts a CyberTip"

# ---- bad subjects ----------------------------------------------------------
http POST "/v1/media/match?stream=st-x&ts=soon" "$ING" -H 'Content-Type: image/jpeg' --data-binary "@$IMG" >/dev/null
[ "$CODE" = 400 ] || fail "ts=soon -> $CODE, want 400"
http POST "/v1/media/match?stream=%01bad" "$ING" -H 'Content-Type: image/jpeg' --data-binary "@$IMG" >/dev/null
[ "$CODE" = 400 ] || fail "control character in stream -> $CODE, want 400"
http POST /v1/media/match "$ING" -H 'Content-Type: application/json' -d "{\"hash\":\"$H\",\"stream\":\"st-x\",\"ts\":-5}" >/dev/null
[ "$CODE" = 400 ] || fail "negative ts -> $CODE, want 400"
http POST "/v1/media/hash?stream=st-h" "$ING" -H 'Content-Type: image/jpeg' --data-binary "@$IMG" >/dev/null
[ "$CODE" = 200 ] && [ "$(count_hm st-h)" = 0 ] || fail "media/hash raised an alert"
http POST "/v1/media/match?stream=st-x" "$MOD" -H 'Content-Type: image/jpeg' --data-binary "@$IMG" >/dev/null
[ "$CODE" = 403 ] || fail "moderator on media/match -> $CODE, want 403"
pass "bad ts / stream -> 400; media/hash raises nothing; moderator 403"

http GET /metrics "" >/dev/null
grep -q 'streamguard_alerts_total{type="hash_match",change="opened"} 4' "$WORK/body" || fail "metrics: $(grep hash_match "$WORK/body")"
grep -q 'streamguard_alerts_total{type="hash_match",change="updated"} 2' "$WORK/body" || fail "metrics: $(grep hash_match "$WORK/body")"
pass "metrics count 4 opened, 2 updated hash_match alerts"

# ---- no pixels stored -------------------------------------------------------
stop_daemon TERM
ls "$DATA"/streamguard.db >/dev/null || fail "no database file"
python3 - "$DATA" "$H" "$IMG" "$IMG2" "$WEE" <<'PY' || fail "image bytes found in the store"
import glob, os, sys
data, bank_hash, imgs = sys.argv[1], sys.argv[2].encode(), sys.argv[3:]
files = [f for f in glob.glob(data + "/**", recursive=True)
         if not f.endswith(".txt") and not os.path.isdir(f)]
blob = b"".join(open(f, "rb").read() for f in files)
if bank_hash not in blob:  # the evidence is there: the scan reads the store
    print("the bank hash is not in the store files", file=sys.stderr)
    sys.exit(1)
for img in imgs:
    raw = open(img, "rb").read()
    # distinctive runs from the middle of the compressed data
    for off in (len(raw) // 3, len(raw) // 2, 2 * len(raw) // 3):
        probe = raw[off:off + 24]
        assert probe in raw  # the probe works on the image itself
        if probe in blob:
            print(f"{img}: bytes at {off} found in {data}", file=sys.stderr)
            sys.exit(1)
PY
pass "no image bytes in streamguard.db, its WAL or anything else in the data dir (the bank hash is; bank .txt files hold hashes)"
echo "all daemon media tests passed"
