#!/usr/bin/env python3
"""linehits.py — per-tactic line precision/recall of `streamguard rules scan`
against scenario labels (NAME.label.json `lines`; every other line is benign).

usage: linehits.py BINARY DIR [RULES_PATH] [-v]
       linehits.py BINARY --tsv FILE... [--rules RULES_PATH] [-v]
         text<TAB>tactics<TAB>band lines (band default 13-15), real engine
"""
import sys, os, json, glob, subprocess, collections

TACTICS = ["flattery", "personal_info", "gift_offer", "dare", "nudity_request",
           "sexual_content", "secrecy", "off_platform", "threat", "meeting", "age_gap"]


def report(stats):
    print(f"{'tactic':16} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>6} {'rec':>6}")
    T = [0, 0, 0]
    for t in TACTICS:
        tp, fp, fn = stats[t]; T = [T[0] + tp, T[1] + fp, T[2] + fn]
        p = tp / (tp + fp) if tp + fp else float("nan"); r = tp / (tp + fn) if tp + fn else float("nan")
        print(f"{t:16} {tp:4} {fp:4} {fn:4} {p:6.2f} {r:6.2f}")
    tp, fp, fn = T
    print(f"{'ALL':16} {tp:4} {fp:4} {fn:4} {tp / max(1, tp + fp):6.2f} {tp / max(1, tp + fn):6.2f}")


def tsv_main(binary, args, verbose):
    rules = []
    if "--rules" in args:
        i = args.index("--rules"); rules = [args[i + 1]]; args = args[:i] + args[i + 2:]
    byband = collections.defaultdict(list)
    for fn in args:
        for ln, l in enumerate(open(fn, encoding="utf-8"), 1):
            l = l.rstrip("\n")
            if not l.strip() or l.startswith("#"):
                continue
            parts = l.split("\t")
            want = {x.strip() for x in (parts[1] if len(parts) > 1 else "").split(",") if x.strip()}
            band = parts[2].strip() if len(parts) > 2 and parts[2].strip() else "13-15"
            byband[band].append((fn, ln, parts[0], want))
    stats = collections.defaultdict(lambda: [0, 0, 0])
    for band, items in byband.items():
        out = subprocess.run([binary, "rules", "scan", "--text", "--age", band] + rules,
                             input="".join(t.replace("\n", " ") + "\n" for _, _, t, _ in items),
                             capture_output=True, text=True).stdout.splitlines()
        if len(out) != len(items):
            print(f"warning: {len(out)} output lines for {len(items)} lines", file=sys.stderr)
        for line, (fn, ln, text, w) in zip(out, items):
            parts = line.split("\t")
            g = set() if len(parts) < 2 or parts[1] == "-" else set(parts[1].split(","))
            g.discard("context")
            for t in g | w:
                if t in g and t in w: stats[t][0] += 1
                elif t in g: stats[t][1] += 1
                else: stats[t][2] += 1
            if verbose and g != w:
                print(f"{os.path.basename(fn)}:{ln} want={sorted(w)} got={sorted(g)} | {text}")
    report(stats)


def main():
    if len(sys.argv) > 2 and sys.argv[2] == "--tsv":
        return tsv_main(sys.argv[1], [x for x in sys.argv[3:] if x != "-v"], "-v" in sys.argv)
    a = [x for x in sys.argv[1:] if x != "-v"]
    verbose = "-v" in sys.argv
    if len(a) < 2:
        print(__doc__); sys.exit(2)
    binary, d = a[0], a[1]
    extra = a[2:]
    stats = collections.defaultdict(lambda: [0, 0, 0])
    # One `rules scan` over all files (compiling the rules is the slow part).
    # scan takes the band and the broadcaster from each stream_start and
    # prints one line per chat event, in input order.
    order, payload = [], []
    for f in sorted(glob.glob(os.path.join(d, "*.ndjson"))):
        lab = json.load(open(f[:-len(".ndjson")] + ".label.json", encoding="utf-8"))
        for l in open(f, encoding="utf-8"):
            if not l.strip():
                continue
            e = json.loads(l)
            payload.append(l.rstrip("\n"))
            if e.get("type") == "chat":
                order.append((f, e["id"], e["text"], set(lab.get("lines", {}).get(e["id"], []))))
    out = subprocess.run([binary, "rules", "scan"] + extra, input="\n".join(payload) + "\n",
                         capture_output=True, text=True).stdout.splitlines()
    if len(out) != len(order):
        print(f"warning: {len(out)} output lines for {len(order)} chat lines", file=sys.stderr)
    for line, (f, eid, text, w) in zip(out, order):
        parts = line.split("\t")
        g = set() if len(parts) < 2 or parts[1] == "-" else set(parts[1].split(","))
        g.discard("context")
        for t in g | w:
            if t in g and t in w: stats[t][0] += 1
            elif t in g: stats[t][1] += 1
            else: stats[t][2] += 1
        if verbose and g != w:
            print(f"{os.path.basename(f)[:3]} {eid:5} want={sorted(w)} got={sorted(g)} | {text}")
    report(stats)


if __name__ == "__main__":
    main()
