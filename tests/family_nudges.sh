#!/usr/bin/env bash
# family_nudges.sh — the nudge catalogue and what reaches the young streamer:
#   * every tactic has a nudge in every age band (and flood, serial_contact,
#     default, gift_offer+dare), parsed from messages/en/nudges.txt;
#   * over every tests/scenarios session replayed with `streamguard replay`,
#     each nudge is a catalogue entry word for word, shares no 3-word
#     sequence with the message that triggered it, and contains no username,
#     handle, number or app name the chat used;
#   * reading level per band within target (tools/readability.py --check).
#   bash tests/family_nudges.sh build/streamguard
set -euo pipefail
BIN=${1:?usage: $0 PATH_TO_streamguard}
cd "$(dirname "$0")/.."
fail() { echo "FAIL: $*" >&2; exit 1; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sg-family-nudges.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

CAT=messages/en/nudges.txt
"$BIN" replay --messages "$CAT" tests/scenarios/*.ndjson >"$WORK/decisions.ndjson" 2>"$WORK/replay.err" ||
  fail "replay failed: $(tail -3 "$WORK/replay.err")"

cat >"$WORK/check.py" <<'PY'
import json, re, sys
cat_path, dec_path, sessions = sys.argv[1], sys.argv[2], sys.argv[3:]
TACTICS = ["flattery", "personal_info", "gift_offer", "dare", "nudity_request", "sexual_content",
           "secrecy", "off_platform", "threat", "meeting", "age_gap"]
BANDS = ["under13", "13-15", "16-17"]
cat = {}
for ln, line in enumerate(open(cat_path, encoding="utf-8"), 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    k, sep, v = line.partition("=")
    if not sep or not k.strip() or not v.strip():
        sys.exit(f"FAIL: {cat_path}:{ln}: not KEY = text")
    cat[k.strip()] = v.strip()
missing = [f"{t}.{b}" for t in TACTICS + ["gift_offer+dare", "flood", "serial_contact", "default"]
           for b in BANDS if f"{t}.{b}" not in cat]
if missing:
    sys.exit("FAIL: catalogue lacks " + ", ".join(missing))
print(f"ok - catalogue: {len(TACTICS)} tactics x {len(BANDS)} bands + combinations, flood, "
      f"serial_contact, default ({len(cat)} entries)")

texts = set(cat.values())
words = lambda s: re.findall(r"[a-z0-9_@'.]+", s.lower())
events, users = {}, set()
for path in sessions:
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line:
            continue
        ev = json.loads(line)
        if ev.get("user"):
            users.add(ev["user"].lower())
        if ev.get("broadcaster"):
            users.add(ev["broadcaster"].lower())
        if ev.get("type") in ("chat", "gift"):
            events[(ev["stream"], ev["id"])] = ev
APPS = {"snap", "snapchat", "discord", "insta", "instagram", "whatsapp", "telegram", "kik",
        "tiktok", "skype", "facetime", "wickr", "signal", "omegle", "dm", "dms"}
nudges = bad = 0
for line in open(dec_path, encoding="utf-8"):
    d = json.loads(line)
    if d.get("kind") != "decision" or not d.get("nudge"):
        continue
    nudges += 1
    text = d["nudge"]["text"]
    ev = events.get((d["stream"], d["event"]))
    if ev is None:
        sys.exit(f"FAIL: nudge on unknown event {d['stream']}/{d['event']}")
    problems = []
    if text not in texts:
        problems.append("not a catalogue entry")
    nw = words(text)
    msg = words(ev.get("text") or "")
    shingles = {" ".join(nw[i:i + 3]) for i in range(len(nw) - 2)}
    for i in range(len(msg) - 2):
        sh = " ".join(msg[i:i + 3])
        if sh in shingles:
            problems.append(f"shares '{sh}' with the message")
    nset = set(w.strip(".'") for w in nw)
    for w in msg:
        w = w.strip(".'")
        if w in users or (re.search(r"\d", w)) or "_" in w or "@" in w or w in APPS:
            if w in nset:
                problems.append(f"repeats '{w}' from the message")
    for u in users:
        if u in text.lower():
            problems.append(f"names user '{u}'")
    if problems:
        bad += 1
        print(f"FAIL: nudge for {d['stream']}/{d['event']}: {'; '.join(problems)}: {text}",
              file=sys.stderr)
if nudges < 10:
    sys.exit(f"FAIL: only {nudges} nudges over the scenarios; expected the grooming sessions to nudge")
if bad:
    sys.exit(1)
print(f"ok - {nudges} nudges over {len(sessions)} sessions: catalogue text only, no 3-word "
      f"sequence, username, number or app name from the triggering message")
PY
python3 "$WORK/check.py" "$CAT" "$WORK/decisions.ndjson" tests/scenarios/*.ndjson || exit 1

python3 tools/readability.py "$CAT" --check >"$WORK/fk.txt" || { cat "$WORK/fk.txt"; fail "reading level above target"; }
sed 's/^/    /' "$WORK/fk.txt"
echo "ok - reading level within target per band"

# the checker must be able to fail: a nudge that quotes its message
python3 - "$WORK/decisions.ndjson" tests/scenarios/*.ndjson >"$WORK/tampered.ndjson" <<'PY'
import json, sys
texts = {}
for path in sys.argv[2:]:
    for line in open(path, encoding="utf-8"):
        if line.strip():
            ev = json.loads(line)
            if ev.get("type") == "chat":
                texts[(ev["stream"], ev["id"])] = ev["text"]
for line in open(sys.argv[1]):
    d = json.loads(line)
    if d.get("nudge"):
        d["nudge"]["text"] = "Someone said: " + texts.get((d["stream"], d["event"]), "x")
    print(json.dumps(d))
PY
if python3 "$WORK/check.py" "$CAT" "$WORK/tampered.ndjson" tests/scenarios/*.ndjson >/dev/null 2>&1; then
  fail "the checker accepted nudges quoting the offender"
fi
echo "ok - the checker rejects nudges that quote the triggering message"
