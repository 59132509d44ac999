#!/usr/bin/env python3
"""baseline.py RULES_DIR WORKLOAD.ndjson — the naive baseline for the engine
benchmark: Python's json + re with the same patterns as the rule set, one
compiled regex per rule, run over the lowercased text of every chat line.
It does none of the normalisation, state or scoring the engine does, so it
is a floor on the work, not a like-for-like engine. Prints one line."""
import glob, json, os, re, sys, time

def load_patterns(d):
    pats = []
    for f in sorted(glob.glob(os.path.join(d, "*.rules"))):
        cur = []
        for line in open(f, encoding="utf-8"):
            s = line.strip()
            if s.startswith("rule "):
                if cur:
                    pats.append("|".join(cur))
                cur = []
            elif s.startswith("pattern:"):
                cur.append("(?:" + s[len("pattern:"):].strip() + ")")
            elif s.startswith("words:"):
                ws = [re.escape(w.strip()).replace("\\ ", r"\s+")
                      for w in s[len("words:"):].split(",") if w.strip()]
                cur.append(r"\b(?:" + "|".join(ws) + r")\b")
        if cur:
            pats.append("|".join(cur))
    out = []
    for p in pats:
        try:
            out.append(re.compile(p))
        except re.error:
            pass
    return out

def main():
    rules = load_patterns(sys.argv[1])
    n = hits = 0
    t0 = time.perf_counter()
    with open(sys.argv[2], encoding="utf-8") as f:
        for line in f:
            ev = json.loads(line)
            n += 1
            if ev.get("type") != "chat":
                continue
            text = ev["text"].lower()
            for r in rules:
                m = r.search(text)
                if m:
                    hits += 1
    t = time.perf_counter() - t0
    print(f"baseline_python: {n / t:.0f} events/s ({n} events, {len(rules)} rules, {hits} hits, {t:.2f} s)")

if __name__ == "__main__":
    main()
