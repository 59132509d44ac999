#!/usr/bin/env python3
"""sgrules.py — offline checker for rules/en: parse, approximate normalisation,
run examples/counters, scan labelled scenarios and tests/data/chat/*.tsv.

Approximates the C engine (src/normalize.c, src/rules.c) so rule authors can
iterate before/without the binary; `streamguard rules test` is authoritative.

usage:
  sgrules.py test  [RULES_DIR]           examples/counters
  sgrules.py scan  DIR [-v]              per-tactic line P/R over DIR/*.ndjson
  sgrules.py tsv   FILE... [-v]          per-tactic P/R over text<TAB>tactics lines
  sgrules.py norm  TEXT                  show the normalised text
  sgrules.py hit   TEXT [band]           rules that fire on TEXT
  sgrules.py patterns                    print every pattern (for tools/hscheck)
"""
import sys, os, re, json, glob, unicodedata, collections

TACTICS = ["flattery", "personal_info", "gift_offer", "dare", "nudity_request",
           "sexual_content", "secrecy", "off_platform", "threat", "meeting", "age_gap"]
MINOR = {"under13", "13-15", "16-17", "unknown"}
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------- normalise
HOMO = dict(zip("абвгдезиклмнорстухіјѕԁԛԝаеорсуххАВЕКМНОРСТУХІЈЅαβεικνορτυχ",
                "abvgdeziklmnopctyxijsdqwaeopcyxxabekmhopctyxijsabeiknoptux"))
HOMO.update({"ο": "o", "ѵ": "v", "ɡ": "g", "ᴀ": "a"})
LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
        "9": "g", "@": "a", "$": "s", "!": "i", "|": "l"}
EMOJI = {"👻": "snapchat", "📸": "pic", "📷": "pic", "🎥": "cam", "📹": "cam",
         "🔒": "private", "🔐": "private", "🤫": "secret", "🤐": "secret",
         "🍆": "sexemoji", "🍑": "sexemoji", "💦": "sexemoji", "👅": "sexemoji",
         "🥵": "sexemoji", "😈": "sexemoji", "👙": "underwear", "🩲": "underwear",
         "📱": "phone", "🎁": "gift", "💎": "gems", "🪙": "coins", "💰": "coins",
         "💵": "coins", "💸": "coins", "🏠": "home"}
ZW = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"}
CHATW = set("aiuryoknbc")
UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
         "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
SCALE = {"hundred": 100, "thousand": 1000, "million": 1000000}


def numwords(s):
    toks = s.split(" ")
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in UNITS or t in TENS or (t in SCALE and False):
            total, cur, j = 0, 0, i
            while j < len(toks):
                w = toks[j]
                if w in UNITS: cur += UNITS[w]
                elif w in TENS: cur += TENS[w]
                elif w in SCALE:
                    if w == "hundred": cur = max(cur, 1) * 100
                    else: total += max(cur, 1) * SCALE[w]; cur = 0
                elif w == "and" and j + 1 < len(toks) and (toks[j+1] in UNITS or toks[j+1] in TENS) and j > i:
                    pass
                else: break
                j += 1
            out.append(str(total + cur)); i = j
        else:
            out.append(t); i += 1
    return " ".join(out)


def normalize(text):
    s = unicodedata.normalize("NFKC", text).casefold()
    s = "".join(c for c in s if c not in ZW)
    buf = []
    for c in s:
        if c in EMOJI: buf.append(" " + EMOJI[c] + " "); continue
        buf.append(c)
    s = "".join(buf)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = "".join(HOMO.get(c, c) for c in s)
    # other emoji / symbols -> space
    s = "".join(" " if (ord(c) > 0x2000 and unicodedata.category(c)[0] in "SC") or unicodedata.category(c) in ("So", "Sk") else c for c in s)
    # leetspeak in tokens with letters
    def leet(m):
        w = m.group(0)
        if any(c.isalpha() for c in w) and any(c in LEET for c in w):
            # leading/trailing runs of ! and | are punctuation, not letters
            lead = len(w) - len(w.lstrip("!|")); trail = len(w) - len(w.rstrip("!|"))
            core = w[lead:len(w) - trail]
            if not any(c.isalpha() for c in core): return w
            return w[:lead] + "".join(LEET.get(c, c) for c in core) + w[len(w) - trail:]
        return w
    s = re.sub(r"[a-z0-9@$!|]+", leet, s)
    s = re.sub(r"([a-z])\1\1+", r"\1", s)
    # spaced single letters
    def join(m):
        run = m.group(0)
        letters = re.findall(r"[a-z]", run)
        if len(letters) >= 3 and not all(l in CHATW for l in letters):
            return "".join(letters)
        return run
    s = re.sub(r"(?<![a-z0-9'])[a-z](?:[ ._*-]+[a-z])+(?![a-z0-9'])", join, s)
    s = re.sub(r"\s+", " ", s).strip()
    s = numwords(s)
    return s

# ---------------------------------------------------------------- rules
class Rule:
    def __init__(s, rid, fn, ln):
        s.id, s.file, s.line = rid, fn, ln
        s.tactic = None; s.weight = 0.5; s.patterns = []; s.when = "any"; s.frm = "viewer"
        s.requires = []; s.unless = []; s.examples = []; s.counters = []; s.shadow = False


def words_pat(v):
    ws = [w.strip() for w in v.split(",") if w.strip()]
    return r"\b(?:" + "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ws) + r")\b"


def bands(when):
    out = set()
    for b in [x.strip() for x in when.split(",")]:
        if b == "any": out |= MINOR | {"adult"}
        elif b == "minor": out |= MINOR
        else: out.add(b)
    return out


def load(d=None):
    d = d or os.path.join(ROOT, "rules", "en")
    rules, errs, cur = [], [], None
    for fn in sorted(glob.glob(os.path.join(d, "*.rules"))):
        for ln, raw in enumerate(open(fn, encoding="utf-8"), 1):
            line = raw.rstrip("\n")
            st = line.strip()
            if not st or st.startswith("#"): continue
            if not line[0].isspace():
                m = re.match(r"rule ([a-z0-9_.-]{1,64})$", line.rstrip())
                if not m: errs.append(f"{fn}:{ln}: bad line"); continue
                cur = Rule(m.group(1), fn, ln); rules.append(cur); continue
            if cur is None or ":" not in st: errs.append(f"{fn}:{ln}: bad field"); continue
            k, v = st.split(":", 1); k = k.strip(); v = v.strip()
            if k == "tactic": cur.tactic = v
            elif k == "weight": cur.weight = float(v)
            elif k == "pattern": cur.patterns.append(v)
            elif k == "words": cur.patterns.append(words_pat(v))
            elif k == "when": cur.when = v
            elif k == "from": cur.frm = v
            elif k == "requires": cur.requires = [x.strip() for x in v.split(",")]
            elif k == "unless": cur.unless = [x.strip() for x in v.split(",")]
            elif k == "example": cur.examples.append(v)
            elif k == "counter": cur.counters.append(v)
            elif k == "shadow": cur.shadow = v == "true"
            elif k == "note": pass
            else: errs.append(f"{fn}:{ln}: unknown key {k}")
    ids = collections.Counter(r.id for r in rules)
    for i, c in ids.items():
        if c > 1: errs.append(f"duplicate id {i}")
    known = set(ids) | set(TACTICS)
    for r in rules:
        if r.tactic not in TACTICS + ["context"]: errs.append(f"{r.id}: bad tactic {r.tactic}")
        if not r.patterns: errs.append(f"{r.id}: no pattern")
        if not 0 <= r.weight <= 1: errs.append(f"{r.id}: weight")
        for x in r.requires + r.unless:
            if x not in known: errs.append(f"{r.id}: unknown ref {x}")
        r.bands = bands(r.when)
        try:
            r.rx = [re.compile(p, re.I) for p in r.patterns]
        except re.error as e:
            errs.append(f"{r.id}: regex {e}")
            r.rx = []
    return rules, errs


def fire(rules, text, band="unknown", frm="viewer", norm=True):
    t = normalize(text) if norm else text
    raw = {}
    for r in rules:
        if band not in r.bands: continue
        if r.frm != "any" and r.frm != frm: continue
        for rx in r.rx:
            if rx.search(t): raw[r.id] = r; break
    fired_t = collections.defaultdict(set)
    for rid, r in raw.items(): fired_t[r.tactic].add(rid)
    out = {}
    for rid, r in raw.items():
        ok = all((x in raw) or (x in fired_t) for x in r.requires)
        if ok and any((x in raw) or (x in fired_t) for x in r.unless): ok = False
        if ok: out[rid] = r
    return out


def test_band(r):
    return "unknown" if "unknown" in r.bands else ("adult" if "adult" in r.bands else sorted(r.bands)[0])


def cmd_test(d=None):
    rules, errs = load(d)
    for e in errs: print("ERROR", e)
    bad = 0
    for r in rules:
        if r.tactic == "context" and not r.examples: continue
        b = test_band(r)
        for ex in r.examples:
            f = fire(rules, ex, b)
            if r.id not in f:
                bad += 1; print(f"FAIL {r.id} example: {ex!r} -> {normalize(ex)!r}")
        for c in r.counters:
            f = fire(rules, c, b)
            if r.id in f:
                bad += 1; print(f"FAIL {r.id} counter: {c!r} -> {normalize(c)!r}")
    cnt = collections.Counter(r.tactic for r in rules)
    print(dict(cnt), "total", len(rules), "failures", bad, "errors", len(errs))
    for r in rules:
        if r.tactic != "context" and (len(r.examples) < 2 or len(r.counters) < 2):
            print("WARN few examples/counters:", r.id)
    return bad + len(errs)


def report(stats, title):
    print(f"== {title}")
    print(f"{'tactic':16} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>6} {'rec':>6}")
    T = [0, 0, 0]
    for t in TACTICS:
        tp, fp, fn = stats[t]
        T = [T[0]+tp, T[1]+fp, T[2]+fn]
        p = tp / (tp + fp) if tp + fp else float('nan'); rc = tp / (tp + fn) if tp + fn else float('nan')
        print(f"{t:16} {tp:4} {fp:4} {fn:4} {p:6.2f} {rc:6.2f}")
    tp, fp, fn = T
    print(f"{'ALL':16} {tp:4} {fp:4} {fn:4} {tp/max(1,tp+fp):6.2f} {tp/max(1,tp+fn):6.2f}")


def tally(stats, got, want):
    for t in got | want:
        if t in got and t in want: stats[t][0] += 1
        elif t in got: stats[t][1] += 1
        else: stats[t][2] += 1


REAL = os.environ.get("SGSCAN")  # path to a built tools/sgscan: use the real engine


def real_fire(rules, items):
    """items: (text, band, frm) -> list of dicts id->Rule using the C matcher."""
    import subprocess
    byid = {r.id: r for r in rules}
    inp = "".join(f"{b}\t{f}\t{t.replace(chr(10), ' ').replace(chr(9), ' ')}\n" for t, b, f in items)
    out = subprocess.run([REAL, os.path.join(ROOT, "rules", "en")], input=inp, capture_output=True, text=True).stdout.splitlines()
    res = []
    for line in out:
        ids = line.rsplit("\t", 1)[-1] if "\t" in line else ""
        res.append({i: byid[i] for i in ids.split(",") if i in byid})
    return res


def fire_many(rules, items):
    if REAL: return real_fire(rules, items)
    return [fire(rules, t, b, f) for t, b, f in items]


def cmd_scan(d, verbose):
    rules, errs = load()
    for e in errs: print("ERROR", e)
    stats = collections.defaultdict(lambda: [0, 0, 0])
    items, meta = [], []
    for f in sorted(glob.glob(os.path.join(d, "*.ndjson"))):
        lab = json.load(open(f[:-7] + ".label.json"))
        lines = lab.get("lines", {})
        bc, band = None, "unknown"
        for l in open(f, encoding="utf-8"):
            e = json.loads(l)
            if e["type"] == "stream_start": bc, band = e["broadcaster"], e["broadcaster_age"]
            if e["type"] != "chat": continue
            frm = "broadcaster" if e["user"] == bc else "viewer"
            items.append((e["text"], band, frm)); meta.append((f, e, band, set(lines.get(e["id"], []))))
    for h, (f, e, band, want) in zip(fire_many(rules, items), meta):
        got = {r.tactic for r in h.values() if r.tactic != "context" and not r.shadow}
        tally(stats, got, want)
        if verbose and got != want:
            print(f"{os.path.basename(f)[:3]} {e['id']:5} {band:7} want={sorted(want)} got={sorted(got)} {sorted(h)} | {e['text']}")
    report(stats, d + (" [real engine]" if REAL else " [python approximation]"))


def cmd_tsv(files, verbose):
    rules, errs = load()
    stats = collections.defaultdict(lambda: [0, 0, 0])
    items, meta = [], []
    for fn in files:
        for ln, l in enumerate(open(fn, encoding="utf-8"), 1):
            l = l.rstrip("\n")
            if not l.strip() or l.startswith("#"): continue
            parts = l.split("\t")
            text = parts[0]; want = set(x.strip() for x in (parts[1] if len(parts) > 1 else "").split(",") if x.strip())
            band = parts[2].strip() if len(parts) > 2 and parts[2].strip() else "13-15"
            items.append((text, band, "viewer")); meta.append((fn, ln, text, want))
    for h, (fn, ln, text, want) in zip(fire_many(rules, items), meta):
        got = {r.tactic for r in h.values() if r.tactic != "context"}
        tally(stats, got, want)
        if verbose and got != want:
            print(f"{os.path.basename(fn)}:{ln} want={sorted(want)} got={sorted(got)} {sorted(h)} | {text}")
    report(stats, " ".join(os.path.basename(f) for f in files) + (" [real engine]" if REAL else " [python approximation]"))


if __name__ == "__main__":
    a = sys.argv[1:]
    if not a: print(__doc__); sys.exit(2)
    v = "-v" in a; a = [x for x in a if x != "-v"]
    if a[0] == "test": sys.exit(1 if cmd_test(a[1] if len(a) > 1 else None) else 0)
    elif a[0] == "scan": cmd_scan(a[1], v)
    elif a[0] == "tsv": cmd_tsv(a[1:], v)
    elif a[0] == "norm": print(normalize(a[1]))
    elif a[0] == "hit":
        rules, _ = load(); print(normalize(a[1])); print(sorted(fire(rules, a[1], a[2] if len(a) > 2 else "13-15")))
    elif a[0] == "patterns":
        rules, _ = load()
        for r in rules:
            for p in r.patterns: print(r.id + "\t" + p)
