#!/usr/bin/env bash
# family_api.sh — the family features through one daemon (one rules compile):
#   * nudges over GET /v1/nudges/stream (all, and ?stream= filtered), with
#     {stream, broadcaster, event, ts, text, tactics}, one per nudged decision;
#   * parent digest for every grooming scenario: the right tactics and
#     held/blocked/alerted counts, none of the offender's words or names,
#     family tokens scoped to their child (403 elsewhere), HTML rendered by
#     headless Chromium (screenshot exists and is not trivial), every read
#     audited, `streamguard digest` agreeing with the API;
#   * CyberTip draft: 409 unless escalated, valid against
#     docs/cybertip.schema.json, high priority while the stream is live;
#   * protection switches from the config change decisions as documented,
#     are audited at start and on reload (admin API and SIGHUP), and a
#     reload really changes them;
#   * purge: expired evidence is gone from the database and WAL files.
#   bash tests/family_api.sh build/streamguard
. "$(dirname "$0")/lib/daemon.sh"
cd "$(dirname "$0")/.."
command -v jq >/dev/null || fail "jq is required"
python3 -c 'import jsonschema' 2>/dev/null || fail "python3-jsonschema is required (scripts/install-deps.sh)"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

cat >"$WORK/serve.conf" <<CONF
checkpoint_interval_s = 2
hold_new_accounts_days.16-17 = 7
block_gifts_from_non_followers.13-15 = true
CONF

ADMIN=$(token admin); INGEST=$(token ingest); MOD=$(token moderator)
FAM_LUMI=$("$BIN" token create --role family --broadcaster lumi_wishes --data "$DATA" 2>/dev/null)
[ -n "$ADMIN" ] && [ -n "$INGEST" ] && [ -n "$MOD" ] && [ -n "$FAM_LUMI" ] || fail "token create"
start_daemon --config "$WORK/serve.conf" --web ""
pass "daemon ready on port $PORT"

audit() { http GET "/v1/admin/audit?limit=1000" "$ADMIN" >"$WORK/audit.json"; jq -e '.chain_ok' "$WORK/audit.json" >/dev/null || fail "audit chain broken"; }
audit
jq -e '[.entries[] | select(.action == "config_loaded" and (.detail | contains("hold_new_accounts_days=under13:0,13-15:0,16-17:7")) and (.detail | contains("block_gifts_from_non_followers=under13:off,13-15:on")))] | length == 1' "$WORK/audit.json" >/dev/null ||
  fail "no config_loaded audit entry with the switches: $(jq -c '.entries[0]' "$WORK/audit.json")"
pass "switch values audited at start"

# ---- nudges over SSE while every grooming scenario is ingested -------------
curl -sN --max-time 600 -H "Authorization: Bearer $INGEST" "$BASE/v1/nudges/stream" >"$WORK/nudges.sse" &
SSE_ALL=$!
curl -sN --max-time 600 "$BASE/v1/nudges/stream?stream=st-80101&token=$INGEST" >"$WORK/nudges1.sse" &
SSE_ONE=$!
sleep 0.5
http GET /v1/nudges/stream "$MOD" >/dev/null; [ "$CODE" = 403 ] || fail "moderator on the nudge stream -> $CODE"
GROOMING=(tests/scenarios/g*.ndjson)
for f in "${GROOMING[@]}"; do
  n=$(basename "$f" .ndjson)
  ingest "$f" "$INGEST" >"$WORK/$n.out"; [ "$CODE" = 200 ] || fail "ingest $n -> $CODE"
done
sleep 1
kill "$SSE_ALL" "$SSE_ONE" 2>/dev/null || true; wait "$SSE_ALL" "$SSE_ONE" 2>/dev/null || true
cat "$WORK"/g*.out | jq -c 'select(.kind == "decision" and .nudge != null) | {stream, event, text: .nudge.text}' | sort >"$WORK/want.nudges"
sed -n 's/^data: //p' "$WORK/nudges.sse" >"$WORK/got.raw"
jq -e -s 'all(.[]; (.stream|type)=="string" and (.broadcaster|type)=="string" and (.event|type)=="string" and (.ts|type)=="number" and (.text|length)>0 and (.tactics|type)=="array")' "$WORK/got.raw" >/dev/null ||
  fail "nudge events lack fields: $(head -1 "$WORK/got.raw")"
jq -c '{stream, event, text}' "$WORK/got.raw" | sort >"$WORK/got.nudges"
[ -s "$WORK/want.nudges" ] || fail "no nudges in the decisions"
cmp -s "$WORK/want.nudges" "$WORK/got.nudges" || { diff "$WORK/want.nudges" "$WORK/got.nudges" | head >&2; fail "nudge stream differs from the decisions' nudges"; }
jq -e -s 'length > 0 and all(.[]; .stream == "st-80101" and .broadcaster == "lumi_wishes")' <(sed -n 's/^data: //p' "$WORK/nudges1.sse") >/dev/null ||
  fail "filtered nudge stream has other streams or none"
pass "nudge stream: $(wc -l <"$WORK/got.nudges") nudges, same as the decisions, ?stream= filters"

# ---- digests per grooming scenario ------------------------------------------
SHOTS=0
for f in "${GROOMING[@]}"; do
  n=$(basename "$f" .ndjson)
  b=$(jq -r 'select(.type == "stream_start") | .broadcaster' "$f" | head -1)
  http GET "/v1/family/$b/digest?since=0" "$ADMIN" >"$WORK/$n.digest.json"; [ "$CODE" = 200 ] || fail "digest $n -> $CODE"
  http GET "/v1/family/$b/digest?since=2000-01-01" "$ADMIN" -H 'Accept: text/html' >"$WORK/$n.digest.html"; [ "$CODE" = 200 ] || fail "html digest $n -> $CODE"
  grep -q '<h1>Safety summary for' "$WORK/$n.digest.html" || fail "$n: HTML digest has no heading"
  python3 - "$f" "${f%.ndjson}.label.json" "$WORK/$n.out" "$WORK/$n.digest.json" "$WORK/$n.digest.html" <<'PY' || fail "digest check $n"
import json, re, sys
events = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
label = json.load(open(sys.argv[2]))
out = [json.loads(l) for l in open(sys.argv[3]) if l.strip()]
dg = json.load(open(sys.argv[4]))
html = open(sys.argv[5], encoding="utf-8").read()
name = sys.argv[1]
decisions = [d for d in out if d.get("kind") == "decision"]
alerts = {}
for a in out:
    if a.get("kind") == "alert":
        alerts[a["id"]] = a  # latest version of each
held = sum(d["action"] == "hold" for d in decisions)
blocked = sum(d["action"] == "block" for d in decisions)
nudged = sum(1 for d in decisions if d.get("nudge"))
ev = dg["events"]
assert sum(e["actions"]["held"] for e in ev) == held, (name, "held", held, ev)
assert sum(e["actions"]["blocked"] for e in ev) == blocked, (name, "blocked", blocked)
assert sum(e["actions"]["nudged"] for e in ev) == nudged, (name, "nudged", nudged)
got = {e["alert"]: e for e in ev if e["alert"]}
assert set(got) == set(alerts), (name, "alerts", set(got), set(alerts))
for aid, a in alerts.items():
    e = got[aid]
    assert e["kind"] == a["type"] and set(e["tactics"]) == set(a["tactics"]), (name, e, a)
    assert e["actions"]["alerted"] and e["actions"]["outcome"] == a["status"], (name, e)
assert any(e["kind"] == "grooming" for e in ev), (name, "no grooming event")
seen = set(t["tactic"] for t in dg["tactics"])
want = set().union(*[set(e["tactics"]) for e in ev])
assert seen == want and all(t["what_it_means"] and t["conversation_starter"] for t in dg["tactics"]), name
assert want & set(label["tactics_expected"]), (name, want, label["tactics_expected"])
assert any("CEOP" in r["name"] for r in dg["reporting"]) and any("CyberTipline" in r["name"] for r in dg["reporting"])
assert "CEOP" in html and "CyberTipline" in html
# none of the offender's words: names, handles, numbers, apps, 3-word sequences
offenders = set(label["offenders"])
users = {e["user"].lower() for e in events if e.get("user")} - {e.get("broadcaster", "").lower() for e in events}
texts = [e["text"] for e in events if e.get("user") in offenders and e.get("text")]
prose = " ".join(x["text"] for x in ev).lower() + " " + re.sub(r"<[^>]+>", " ", html).lower()
for t in events:
    if t.get("type") == "stream_start" and t.get("title"):
        prose = prose.replace(t["title"].lower(), " ")   # the child's own title may appear
words = lambda s: re.findall(r"[a-z0-9_@']+", s.lower())
pw = words(prose)
pshingles = {" ".join(pw[i:i + 3]) for i in range(len(pw) - 2)}
for u in users:
    assert u not in prose, (name, "user name in digest", u)
# the digest's own dates and clock times ("Sat 28 Nov 2026, 11:00 UTC",
# "2026-11-28T11:00:00Z") are not offender numbers: the period ends now,
# so an offender's "im 11" would otherwise clash with an 11 o'clock run
dated = re.sub(r"\d{4}-\d{2}-\d{2}(t\d{2}:\d{2}(:\d{2})?z?)?|\b\d{1,2}:\d{2}\b|\b\d{1,2} [a-z]{3} \d{4}", " ", prose)
for tx in texts:
    w = words(tx)
    for i in range(len(w) - 2):
        assert " ".join(w[i:i + 3]) not in pshingles, (name, "offender words", " ".join(w[i:i + 3]))
    for x in w:
        if re.search(r"\d", x) or "_" in x or x in ("snap", "snapchat", "discord", "insta", "whatsapp", "telegram", "kik"):
            assert not re.search(r"\b" + re.escape(x) + r"\b", dated), (name, "offender token", x)
PY
  if [ -x "$CHROMIUM" ]; then
    timeout 90 "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=900,1400 \
      --screenshot="$WORK/$n.png" "file://$WORK/$n.digest.html" >/dev/null 2>&1 || true
    [ -s "$WORK/$n.png" ] || fail "$n: no screenshot"
    python3 - "$WORK/$n.png" <<'PY' || fail "$n: screenshot is trivial"
import struct, sys, zlib
b = open(sys.argv[1], "rb").read()
assert b[:8] == b"\x89PNG\r\n\x1a\n"
w, h = struct.unpack(">II", b[16:24])
assert w >= 800 and h >= 1000, (w, h)
# a page of text compresses far less than a blank one (a blank 900x1400 PNG is ~5 KB)
assert len(b) > 40000, len(b)
PY
    SHOTS=$((SHOTS + 1))
    [ -n "${SG_KEEP_SHOTS:-}" ] && cp "$WORK/$n.png" "$SG_KEEP_SHOTS/" 2>/dev/null
  fi
done
pass "digest for ${#GROOMING[@]} grooming scenarios: tactics, held/blocked/nudged/alerted counts, no offender words; $SHOTS rendered by Chromium"

# family tokens see their own child only; other roles as documented
http GET "/v1/family/lumi_wishes/digest?since=0" "$FAM_LUMI" >/dev/null; [ "$CODE" = 200 ] || fail "family token on its child -> $CODE"
http GET "/v1/family/someone_else/digest" "$FAM_LUMI" >/dev/null; [ "$CODE" = 403 ] || fail "family token on another child -> $CODE"
http GET "/v1/family/lumi_wishes/digest" "$MOD" >/dev/null; [ "$CODE" = 403 ] || fail "moderator on a digest -> $CODE"
http GET "/v1/family/lumi_wishes/digest?since=yesterday" "$ADMIN" >/dev/null; [ "$CODE" = 400 ] || fail "bad since -> $CODE"
http GET "/v1/alerts" "$FAM_LUMI" >/dev/null; [ "$CODE" = 403 ] || fail "family token on alerts -> $CODE"
audit
reads=$(jq '[.entries[] | select(.action == "read_digest")] | length' "$WORK/audit.json")
[ "$reads" = $(( ${#GROOMING[@]} * 2 + 1 )) ] || fail "read_digest audit entries: $reads"
pass "family token scoped to its child (403 elsewhere); every digest read audited ($reads)"

# ---- CyberTip draft ----------------------------------------------------------
AL=$(jq -r 'select(.kind == "alert" and .type == "grooming") | .id' "$WORK/g01_gems_hoodie_dare_1315.out" | head -1)
[ -n "$AL" ] || fail "no grooming alert for g01"
http GET "/v1/alerts/$AL/cybertip" "$MOD" >/dev/null
[ "$CODE" = 409 ] && jq -e '.error == "conflict" and (.message | contains("escalated"))' "$WORK/body" >/dev/null || fail "draft of an open alert -> $CODE"
http POST "/v1/alerts/$AL/resolve" "$MOD" -H 'Content-Type: application/json' -d '{"outcome":"confirmed"}' >/dev/null
http GET "/v1/alerts/$AL/cybertip" "$MOD" >/dev/null; [ "$CODE" = 409 ] || fail "draft of a confirmed alert -> $CODE"
http POST "/v1/alerts/$AL/resolve" "$MOD" -H 'Content-Type: application/json' -d '{"outcome":"escalated","note":"clear enticement"}' >/dev/null
http GET "/v1/alerts/$AL/cybertip" "$INGEST" >/dev/null; [ "$CODE" = 403 ] || fail "ingest on cybertip -> $CODE"
http GET "/v1/alerts/a-999999/cybertip" "$MOD" >/dev/null; [ "$CODE" = 404 ] || fail "unknown alert draft -> $CODE"
http GET "/v1/alerts/$AL/cybertip" "$MOD" >"$WORK/tip1.json"; [ "$CODE" = 200 ] || fail "draft -> $CODE"
# a live stream (no stream_end): g01's offender lines on a new stream
jq -c 'select(.type != "stream_end") | .stream = "st-live-1" | if .id then .id = ("L" + .id) else . end' \
  tests/scenarios/g01_gems_hoodie_dare_1315.ndjson >"$WORK/live.ndjson"
ingest "$WORK/live.ndjson" "$INGEST" >"$WORK/live.out"
AL2=$(jq -r 'select(.kind == "alert" and .type == "grooming") | .id' "$WORK/live.out" | head -1)
[ -n "$AL2" ] || fail "no alert on the live stream"
http POST "/v1/alerts/$AL2/resolve" "$MOD" -H 'Content-Type: application/json' -d '{"outcome":"escalated"}' >/dev/null
http GET "/v1/alerts/$AL2/cybertip?channel=online_gaming" "$ADMIN" >"$WORK/tip2.json"; [ "$CODE" = 200 ] || fail "live draft -> $CODE"
python3 - docs/cybertip.schema.json "$WORK/tip1.json" "$WORK/tip2.json" <<'PY' || fail "CyberTip drafts"
import copy, json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
t1, t2 = json.load(open(sys.argv[2])), json.load(open(sys.argv[3]))
for t in (t1, t2):
    errs = list(v.iter_errors(t))
    assert not errs, [e.message for e in errs]
    assert t["incidentSummary"]["incidentType"] == "Online Enticement of Children for Sexual Acts"
    assert t["reportedPeople"][0]["espUserId"] == "gemgiver_neil"
    assert t["victim"]["espUserId"] == "lumi_wishes" and t["victim"]["ageBand"] == "13-15"
    csv = t["files"][0]["content"]
    assert "gemgiver_neil" in csv and t["files"][0]["rows"] == csv.count("\r\n") - 1
    assert "liveStreaming" in t["files"][0]["annotations"] and t["internetDetails"][0]["liveStreaming"]
assert t1["incidentSummary"]["priority"] == "normal" and not t1["internetDetails"][0]["streamLive"]
assert t2["incidentSummary"]["priority"] == "high" and t2["internetDetails"][0]["streamLive"]
assert t1["internetDetails"][0]["incidentType"] == "chatIm" and t2["internetDetails"][0]["incidentType"] == "onlineGaming"
assert t1["streamguard"]["moderatorNote"] == "clear enticement"
bad = copy.deepcopy(t1); bad["incidentSummary"]["priority"] = "urgent"; del bad["victim"]
assert len(list(v.iter_errors(bad))) == 2, "the schema must reject a broken draft"
PY
audit
jq -e "[.entries[] | select(.action == \"cybertip_draft\" and .target == \"$AL\")] | length == 1" "$WORK/audit.json" >/dev/null || fail "draft read not audited"
pass "CyberTip: 409 unless escalated, drafts valid against the schema, high priority while live, audited"

# ---- protection switches through the API --------------------------------------
T0=1800000000000
decide() { # decide STREAM JSON-LINE -> prints action/policy of the decision
  http POST /v1/events "$INGEST" -H 'Content-Type: application/json' -d "$1" >/dev/null
  jq -r '.[0] | "\(.action) \(.policy)"' "$WORK/body"
}
start() { http POST /v1/events "$INGEST" -H 'Content-Type: application/json' -d "{\"type\":\"stream_start\",\"ts\":$T0,\"stream\":\"$1\",\"broadcaster\":\"$2\",\"broadcaster_age\":\"$3\"}" >/dev/null; }
start sw-1617 kid_b "16-17"; start sw-1315 kid_c "13-15"
check_switches() { # $1 = on|off
  local a b c d
  a=$(decide "{\"type\":\"chat\",\"ts\":$((T0+1000)),\"stream\":\"sw-1617\",\"id\":\"n$RANDOM$RANDOM\",\"user\":\"newbie\",\"text\":\"hello what game is this\",\"account_age_days\":2}")
  b=$(decide "{\"type\":\"chat\",\"ts\":$((T0+2000)),\"stream\":\"sw-1617\",\"id\":\"n$RANDOM$RANDOM\",\"user\":\"oldie\",\"text\":\"hello what game is this\",\"account_age_days\":400}")
  c=$(decide "{\"type\":\"gift\",\"ts\":$((T0+3000)),\"stream\":\"sw-1315\",\"id\":\"g$RANDOM$RANDOM\",\"user\":\"stranger\",\"item\":\"rose\",\"amount\":1,\"follower\":false}")
  d=$(decide "{\"type\":\"gift\",\"ts\":$((T0+4000)),\"stream\":\"sw-1315\",\"id\":\"g$RANDOM$RANDOM\",\"user\":\"fan\",\"item\":\"rose\",\"amount\":1,\"follower\":true}")
  if [ "$1" = on ]; then
    [ "$a" = "hold new_account" ] || fail "16-17 new account with hold_new_accounts_days=7: '$a'"
    [ "$c" = "block gift_from_non_follower" ] || fail "13-15 gift from non-follower with the switch on: '$c'"
  else
    [ "$a" = "allow null" ] || fail "16-17 new account with the switch off: '$a'"
    [ "$c" = "allow null" ] || fail "gift from non-follower with the switch off: '$c'"
  fi
  [ "$b" = "allow null" ] || fail "old account held: '$b'"
  [ "$d" = "allow null" ] || fail "follower's gift blocked: '$d'"
}
check_switches on
pass "switches on: new account held (policy new_account), non-follower gift blocked (gift_from_non_follower)"
cat >"$WORK/serve.conf" <<CONF
checkpoint_interval_s = 2
hold_new_accounts_days.16-17 = 0
block_gifts_from_non_followers.13-15 = false
CONF
OPEN_BEFORE=$(http GET "/v1/alerts?status=open&limit=500" "$ADMIN" | jq '.alerts | length')
http POST /v1/admin/reload "$ADMIN" >/dev/null; [ "$CODE" = 200 ] || fail "reload -> $CODE: $(cat "$WORK/body")"
jq -e '.config.reloaded == true and (.config.switches | contains("16-17:0"))' "$WORK/body" >/dev/null || fail "reload answer: $(cat "$WORK/body")"
check_switches off
audit
jq -e '[.entries[] | select(.action == "config_reload" and (.detail | contains("block_gifts_from_non_followers=under13:off,13-15:off")))] | length == 1' "$WORK/audit.json" >/dev/null || fail "reload not audited"
# the engine state survived the rebuild: a grooming line from g01's offender
# on its old conversation still updates (not re-opens) state; alerts intact
[ "$(http GET "/v1/alerts?status=open&limit=500" "$ADMIN" | jq '.alerts | length')" = "$OPEN_BEFORE" ] || fail "open alerts changed by a reload"
printf 'checkpoint_interval_s = 2\nhold_new_accounts_days.16-17 = 7\nblock_gifts_from_non_followers.13-15 = true\n' >"$WORK/serve.conf"
kill -HUP "$PID"
for _ in $(seq 1 100); do audit; jq -e '[.entries[] | select(.who == "signal:SIGHUP" and .action == "config_reload")] | length == 1' "$WORK/audit.json" >/dev/null && break; sleep 0.2; done
jq -e '[.entries[] | select(.who == "signal:SIGHUP" and .action == "config_reload")] | length == 1' "$WORK/audit.json" >/dev/null || fail "SIGHUP reload not audited"
check_switches on
printf 'hold_new_accounts_days.16-17 = many\n' >"$WORK/serve.conf"
http POST /v1/admin/reload "$ADMIN" >/dev/null; [ "$CODE" = 422 ] || fail "bad config reload -> $CODE"
jq -e '.config.reloaded == false and (.config.error | contains("serve.conf:1"))' "$WORK/body" >/dev/null || fail "bad config answer: $(cat "$WORK/body")"
check_switches on
pass "reload (admin API and SIGHUP) changes the switches, is audited, keeps state; a bad config keeps the old switches"

# ---- retention: expired evidence leaves the files ---------------------------
MARK=zqxmarker$RANDOM$RANDOM
T0=1760000000000 # event time before the purge's cutoff (remembered context is forgotten by event time)
printf '%s\n' \
  "{\"type\":\"stream_start\",\"ts\":$T0,\"stream\":\"st-purge\",\"broadcaster\":\"kid_p\",\"broadcaster_age\":\"13-15\"}" \
  "{\"type\":\"chat\",\"ts\":$((T0+1000)),\"stream\":\"st-purge\",\"id\":\"p1\",\"user\":\"purger\",\"text\":\"add me on snap $MARK and i will give you 5k gems for a dare\"}" \
  "{\"type\":\"chat\",\"ts\":$((T0+2000)),\"stream\":\"st-purge\",\"id\":\"p2\",\"user\":\"purger\",\"text\":\"take your hoodie off for 1000 coins $MARK dont tell your mum\"}" \
  "{\"type\":\"stream_end\",\"ts\":$((T0+3000)),\"stream\":\"st-purge\"}" >"$WORK/purge.ndjson"
ingest "$WORK/purge.ndjson" "$INGEST" >"$WORK/purge.out"
PAL=$(jq -r 'select(.kind == "alert") | .id' "$WORK/purge.out" | head -1)
[ -n "$PAL" ] || fail "no alert for the purge lines"
http GET "/v1/alerts/$PAL" "$MOD" | jq -e "[.messages[] | select(.text | contains(\"$MARK\"))] | length > 0" >/dev/null || fail "marker not stored as evidence"
stop_daemon
grep -alF "$MARK" "$DATA"/streamguard.db* >/dev/null || fail "marker not on disk before the purge (test is vacuous)"
"$BIN" purge --data "$DATA" --now $(( $(date +%s) * 1000 )) >"$WORK/purge1.txt" || fail "purge (nothing expired) failed"
grep -q '^deleted 0 ' "$WORK/purge1.txt" || fail "purge deleted fresh evidence: $(cat "$WORK/purge1.txt")"
"$BIN" purge --data "$DATA" --now $(( ($(date +%s) + 31 * 86400) * 1000 )) >"$WORK/purge2.txt" || fail "purge failed"
grep -qE '^deleted [1-9]' "$WORK/purge2.txt" || fail "purge deleted nothing: $(cat "$WORK/purge2.txt")"
for f in "$DATA"/streamguard.db "$DATA"/streamguard.db-wal; do
  [ -e "$f" ] || continue
  if grep -aq "$MARK" "$f"; then fail "expired evidence still in $(basename "$f") after purge"; fi
done
sqlite3 "$DATA/streamguard.db" "SELECT count(*) FROM messages" | grep -qx 0 || fail "messages left after purge"
sqlite3 "$DATA/streamguard.db" "SELECT action FROM audit ORDER BY seq DESC LIMIT 1" | grep -qx purge || fail "purge not audited"
pass "purge: expired evidence gone from streamguard.db and its WAL (marker grep), audited"

# ---- the CLI digest reads the same store ---------------------------------------
"$BIN" digest --data "$DATA" --broadcaster lumi_wishes --since 0 >"$WORK/cli.json" || fail "streamguard digest"
jq -e '.kind == "family_digest" and (.events | map(select(.kind == "grooming")) | length) >= 1' "$WORK/cli.json" >/dev/null || fail "CLI digest content"
# (to a file first: `| grep -q` would close the pipe early and, under
# pipefail, fail on the writer's SIGPIPE)
"$BIN" digest --data "$DATA" --broadcaster lumi_wishes --since 2025-01-01 --html >"$WORK/cli.html" || fail "CLI html digest exit"
grep -q '<h1>Safety summary for lumi_wishes' "$WORK/cli.html" || fail "CLI html digest"
sqlite3 "$DATA/streamguard.db" "SELECT count(*) FROM audit WHERE action='read_digest' AND who LIKE 'cli:%'" | grep -qx 2 || fail "CLI digest reads not audited"
"$BIN" digest --data "$DATA" --broadcaster lumi_wishes --since nonsense >/dev/null 2>&1 && fail "bad --since accepted"
pass "streamguard digest: JSON and HTML from the store, reads audited"
echo "ok - all family API checks passed"
