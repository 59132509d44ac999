#!/usr/bin/env python3
"""validate.py: check the format and label rules of a folder of labelled chat sessions.

usage: python3 tests/heldout/validate.py [DIR]   (default: the folder of this script)
Exit status 0 when every session passes, 1 otherwise (each problem is printed).

Checks (from the scenario README): events are JSON objects of the known types
with their fields; `ts` is an integer rising strictly within a file;
stream_start first and stream_end last, streams are properly paired and
nothing falls between pairs; chat/gift ids unique with m/g prefixes;
account_age_days present on all or none of a user's lines; 30-300 events.
Labels: offenders appear as chat users and are not the broadcaster;
`lines` holds exactly the offenders' chat lines with known codes in canonical
order; `tactics_expected` is their union in canonical order; `evasion` keys are
offender lines with known codes; `first_intervention_ts` is the ts of an
offender chat line (null for benign); `offender_gifts` is exactly the
offenders' gifts; `hard_negatives` are chat lines by non-offenders; b sessions
have no offenders, f sessions have 8+ offenders whose first lines fall within
60 s, s sessions carry a serial_group and related_sessions naming the members
of the group, which are all present, share one offender, and lie within 2 h.
"""
import glob, json, os, sys

TACTICS = ["flattery", "personal_info", "gift_offer", "dare", "nudity_request",
           "sexual_content", "secrecy", "off_platform", "threat", "meeting", "age_gap"]
EVASIONS = ["leetspeak", "spaced_letters", "emoji_substitute", "homoglyph", "misspelling",
            "split_request", "number_words", "zero_width", "euphemism"]
AGES = {"under13", "13-15", "16-17", "adult", "unknown"}
LABEL_KEYS = {"offenders", "first_intervention_ts", "tactics_expected", "notes", "lines", "evasion",
              "offender_gifts", "hard_negatives"}


def canonical(codes, order):
    return list(codes) == [c for c in order if c in codes] and len(set(codes)) == len(codes)


def check(path, errs):
    name = os.path.basename(path)[:-len(".ndjson")]
    E = lambda msg: errs.append(f"{name}: {msg}")
    ev = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            E(f"line {n}: blank line"); continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            E(f"line {n}: bad JSON: {e}"); continue
        if not isinstance(o, dict):
            E(f"line {n}: not an object"); continue
        ev.append(o)
    if not (30 <= len(ev) <= 300):
        E(f"{len(ev)} events, want 30-300")
    if not ev:
        return None
    if ev[0].get("type") != "stream_start":
        E("first event is not stream_start")
    if ev[-1].get("type") != "stream_end":
        E("last event is not stream_end")
    last_ts, ids, cur, bc, acct = None, {}, None, None, {}
    streams = set()
    for i, e in enumerate(ev):
        t, ts = e.get("type"), e.get("ts")
        if not isinstance(ts, int) or isinstance(ts, bool):
            E(f"event {i}: ts not an integer"); continue
        if last_ts is not None and ts <= last_ts:
            E(f"event {i}: ts {ts} not strictly rising")
        last_ts = ts
        if t == "stream_start":
            if cur is not None:
                E(f"event {i}: stream_start inside stream {cur}")
            for k in ("stream", "broadcaster", "broadcaster_age", "title"):
                if not isinstance(e.get(k), str) or not e.get(k):
                    E(f"event {i}: stream_start missing {k}")
            if e.get("broadcaster_age") not in AGES:
                E(f"event {i}: bad broadcaster_age {e.get('broadcaster_age')}")
            if e.get("stream") in streams:
                E(f"event {i}: stream id {e.get('stream')} reused")
            streams.add(e.get("stream"))
            if bc is not None and e.get("broadcaster") != bc:
                E(f"event {i}: broadcaster changed")
            cur, bc = e.get("stream"), e.get("broadcaster")
        elif t == "stream_end":
            if e.get("stream") != cur:
                E(f"event {i}: stream_end for {e.get('stream')} while in {cur}")
            cur = None
        elif t in ("chat", "gift"):
            if cur is None:
                E(f"event {i}: {t} outside a stream")
            elif e.get("stream") != cur:
                E(f"event {i}: stream {e.get('stream')} != {cur}")
            eid = e.get("id")
            if not isinstance(eid, str) or not eid.startswith("m" if t == "chat" else "g"):
                E(f"event {i}: bad id {eid!r} for {t}")
            if eid in ids:
                E(f"event {i}: duplicate id {eid}")
            ids[eid] = e
            if not isinstance(e.get("user"), str) or not e.get("user"):
                E(f"event {i}: missing user")
            if t == "chat":
                if not isinstance(e.get("text"), str) or not e["text"]:
                    E(f"event {i}: missing text")
                u = e.get("user")
                if u == bc and "account_age_days" in e:
                    E(f"event {i}: broadcaster line with account_age_days")
                has = "account_age_days" in e
                if has and (not isinstance(e["account_age_days"], int) or e["account_age_days"] < 0):
                    E(f"event {i}: bad account_age_days")
                if u in acct and acct[u] != has:
                    E(f"event {i}: account_age_days present on some of {u}'s lines only")
                acct.setdefault(u, has)
            else:
                if not isinstance(e.get("item"), str) or not e.get("item"):
                    E(f"event {i}: gift without item")
                a = e.get("amount")
                if not isinstance(a, int) or isinstance(a, bool) or a <= 0:
                    E(f"event {i}: gift amount not a positive integer")
        else:
            E(f"event {i}: unknown type {t!r}")
    if cur is not None:
        E("stream not ended")

    lpath = path[:-len(".ndjson")] + ".label.json"
    try:
        lab = json.load(open(lpath, encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        E(f"label: {e}"); return None
    missing = LABEL_KEYS - set(lab)
    if missing:
        E(f"label misses {sorted(missing)}"); return None
    offenders = lab["offenders"]
    chats = {k: e for k, e in ids.items() if e.get("type") == "chat"}
    users_seen = [e["user"] for e in ev if e.get("type") == "chat"]
    order = []
    for u in users_seen:
        if u in offenders and u not in order:
            order.append(u)
    if order != offenders:
        E(f"offenders {offenders} not the chat users in order of appearance {order}")
    if bc in offenders:
        E("broadcaster listed as offender")
    off_lines = {k for k, e in chats.items() if e["user"] in offenders}
    if set(lab["lines"]) != off_lines:
        E(f"lines keys != offender chat lines: extra {sorted(set(lab['lines']) - off_lines)} "
          f"missing {sorted(off_lines - set(lab['lines']))}")
    union = set()
    for k, codes in lab["lines"].items():
        if any(c not in TACTICS for c in codes):
            E(f"lines[{k}]: unknown code in {codes}")
        if not canonical(codes, TACTICS):
            E(f"lines[{k}]: codes not in canonical order")
        union |= set(codes)
    if lab["tactics_expected"] != [c for c in TACTICS if c in union]:
        E(f"tactics_expected {lab['tactics_expected']} != union of lines")
    for k, codes in lab["evasion"].items():
        if k not in lab["lines"]:
            E(f"evasion[{k}] is not an offender line")
        if not codes or any(c not in EVASIONS for c in codes) or not canonical(codes, EVASIONS):
            E(f"evasion[{k}]: bad codes {codes}")
    fit = lab["first_intervention_ts"]
    if offenders:
        if not any(chats[k]["ts"] == fit for k in off_lines):
            E(f"first_intervention_ts {fit} is not the ts of an offender chat line")
        elif name[0] in "gf":
            fl = next(k for k in off_lines if chats[k]["ts"] == fit)
            if not lab["lines"].get(fl):
                E(f"first intervention line {fl} carries no tactic")
    elif fit is not None:
        E("first_intervention_ts set without offenders")
    og = sorted(k for k, e in ids.items() if e["type"] == "gift" and e["user"] in offenders)
    if sorted(lab["offender_gifts"]) != og:
        E(f"offender_gifts {lab['offender_gifts']} != {og}")
    for k in lab["hard_negatives"]:
        if k not in chats:
            E(f"hard negative {k} is not a chat line")
        elif chats[k]["user"] in offenders:
            E(f"hard negative {k} is an offender line")
    if len(set(lab["hard_negatives"])) != len(lab["hard_negatives"]):
        E("duplicate hard negatives")

    kind = name[0]
    if kind == "b":
        if offenders or lab["lines"] or lab["tactics_expected"]:
            E("benign session with offenders or tactics")
        if not lab["hard_negatives"]:
            E("benign session without hard negatives")
    elif kind == "g":
        if not offenders or not union:
            E("grooming session without offenders or tactics")
    elif kind == "f":
        if len(offenders) < 8:
            E(f"flood with {len(offenders)} offenders, want 8+")
        firsts = [min(chats[k]["ts"] for k in off_lines if chats[k]["user"] == u) for u in offenders]
        if firsts and max(firsts) - min(firsts) > 60_000:
            E(f"flood accounts arrive over {(max(firsts) - min(firsts)) / 1000:.0f} s, want <= 60 s")
        if ev[0].get("broadcaster_age") not in ("under13", "13-15"):
            E("flood broadcaster not under 16")
    elif kind == "s":
        if "serial_group" not in lab or "related_sessions" not in lab:
            E("serial session without serial_group/related_sessions")
        elif name not in lab["related_sessions"]:
            E("related_sessions does not name this session")
    else:
        E(f"unknown session kind {kind!r}")
    return dict(name=name, lab=lab, start=ev[0]["ts"], end=ev[-1]["ts"],
                age=ev[0].get("broadcaster_age"))


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    files = sorted(glob.glob(os.path.join(d, "*.ndjson")))
    errs, infos = [], []
    labels = set(os.path.basename(p)[:-len(".label.json")] for p in glob.glob(os.path.join(d, "*.label.json")))
    for p in files:
        labels.discard(os.path.basename(p)[:-len(".ndjson")])
        r = check(p, errs)
        if r:
            infos.append(r)
    for l in sorted(labels):
        errs.append(f"{l}: label without events")
    groups = {}
    for r in infos:
        g = r["lab"].get("serial_group")
        if g:
            groups.setdefault(g, []).append(r)
    for g, rs in groups.items():
        names = sorted(r["name"] for r in rs)
        for r in rs:
            if sorted(r["lab"]["related_sessions"]) != names:
                errs.append(f"{r['name']}: related_sessions {r['lab']['related_sessions']} != group {names}")
        common = set.intersection(*(set(r["lab"]["offenders"]) for r in rs))
        if not common:
            errs.append(f"serial group {g}: no offender common to all members")
        if len(rs) < 3:
            errs.append(f"serial group {g}: {len(rs)} members, want 3+")
        span = max(r["end"] for r in rs) - min(r["start"] for r in rs)
        if span > 2 * 3_600_000:
            errs.append(f"serial group {g}: spans {span / 60000:.0f} min")
        if any(r["age"] not in ("under13", "13-15", "16-17") for r in rs):
            errs.append(f"serial group {g}: a broadcaster is not a minor")
    kinds = {}
    for r in infos:
        kinds[r["name"][0]] = kinds.get(r["name"][0], 0) + 1
    for e in errs:
        print("FAIL", e)
    print(f"{len(files)} sessions ({', '.join(f'{k}:{v}' for k, v in sorted(kinds.items()))}), "
          f"{len(errs)} problem(s)")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
