#!/usr/bin/env python3
"""train_tactics.py — trains the tactic model (rules/en/tactics.model) from the
repository's labelled live-chat sessions.

usage: train_tactics.py --bin build/streamguard --out rules/en/tactics.model
                        [--threshold 0.7] [--weight 0.35] [--eval DIR] DIR...

Every chat line of every session in the DIRs is an example: an offender line
is positive for the tactic codes its label lists, every other line (viewers,
broadcasters, bystanders, hard negatives, offender small talk) is negative
for all of them. Lines are normalised by the engine itself
(`streamguard rules scan`, fourth column), so the model sees exactly the
text the engine will score. Features and scoring are the ones src/model.c
implements (see its header): the set of tokens (`u:`) and adjacent token
pairs (`b:`) of the normalised text, `bias`, `minor` (broadcaster may be a
minor) and `bc` (the broadcaster's own line). One logistic regression per
tactic, trained by plain SGD with L2, positives weighted x3; fixed seed,
sorted iteration: the same data gives a byte-identical file.

--eval DIR scores a held-out directory (never trained on) and prints per
tactic precision/recall of the model alone at the threshold, counted over
viewer lines to broadcasters who may be minors, the lines the engine asks
the model about.

Only the repository's own, hand-written sessions are used (see each set's
README). Never add third-party chat logs (PAN12, Perverted-Justice, Twitch):
their licences forbid it and they are kept apart to measure the engine.
"""
import argparse, glob, json, math, os, random, re, subprocess, sys

TACTICS = ["flattery", "personal_info", "gift_offer", "dare", "nudity_request",
           "sexual_content", "secrecy", "off_platform", "threat", "meeting", "age_gap"]
MINOR = {"under13", "13-15", "16-17", "unknown"}
MAX_FEATURE = 128   # bytes, as SG__MODEL_MAX_FEATURE
MAX_TOKENS = 256    # as SG__MODEL_MAX_TOKENS
TOKEN = re.compile(r"[a-z0-9']+|[^\sa-z0-9']")


def features(norm, minor, broadcaster):
    toks = TOKEN.findall(norm)[:MAX_TOKENS]
    f = {"bias"}
    if minor:
        f.add("minor")
    if broadcaster:
        f.add("bc")
    for i, t in enumerate(toks):
        u = "u:" + t
        if len(u.encode()) <= MAX_FEATURE:
            f.add(u)
        if i + 1 < len(toks):
            b = "b:" + t + " " + toks[i + 1]
            if len(b.encode()) <= MAX_FEATURE:
                f.add(b)
    return sorted(f)


def load_dir(binary, d):
    rows = []
    for lab in sorted(glob.glob(os.path.join(d, "*.label.json"))):
        nd = lab[: -len(".label.json")] + ".ndjson"
        if not os.path.exists(nd):
            continue
        label = json.load(open(lab))
        offenders = set(label.get("offenders", []))
        scan = subprocess.run([binary, "rules", "scan"], stdin=open(nd), capture_output=True,
                              text=True, check=True).stdout
        norm = {}
        for line in scan.splitlines():
            parts = line.split("\t")
            if len(parts) >= 4:
                norm[parts[0]] = parts[3]
        band, owner = {}, {}
        for line in open(nd):
            e = json.loads(line)
            if e.get("type") == "stream_start":
                band[e["stream"]] = e.get("broadcaster_age", "unknown")
                owner[e["stream"]] = e.get("broadcaster")
            if e.get("type") != "chat" or e["id"] not in norm:
                continue
            tactics = (label["lines"].get(e["id"]) or []) if e["user"] in offenders else []
            minor = band.get(e["stream"], "unknown") in MINOR
            bc = e["user"] == owner.get(e["stream"])
            rows.append({
                "key": (os.path.basename(d), os.path.basename(nd), e["id"]),
                "y": set(t for t in tactics if t in TACTICS),
                "minor": minor,
                "bc": bc,
                "f": features(norm[e["id"]], minor, bc),
            })
    return rows


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def train(rows, epochs=12, lr=0.2, l2=1e-4, posw=3.0, seed=1):
    w = {t: {} for t in TACTICS}
    order = sorted(rows, key=lambda r: r["key"])
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(order)
        for r in order:
            for t in TACTICS:
                wt = w[t]
                y = 1.0 if t in r["y"] else 0.0
                p = sigmoid(sum(wt.get(k, 0.0) for k in r["f"]))
                g = (p - y) * (posw if y else 1.0)
                if abs(g) < 1e-4:
                    continue
                for k in r["f"]:
                    v = wt.get(k, 0.0)
                    wt[k] = v - lr * (g + l2 * v)
        lr *= 0.8
    return w


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--out")
    ap.add_argument("--threshold", type=float, default=0.7)
    ap.add_argument("--weight", type=float, default=0.35)
    ap.add_argument("--unless", default="ctx.bystander ctx.moderation ctx.family_member ctx.self_confession",
                    help="context rules that suppress model hits on a line (space separated)")
    ap.add_argument("--eval", action="append", default=[])
    ap.add_argument("--prune", type=float, default=0.5,
                    help="drop features whose weights are all smaller than this")
    ap.add_argument("dirs", nargs="+")
    a = ap.parse_args()
    rows = []
    for d in a.dirs:
        rows += load_dir(a.bin, d)
    npos = sum(1 for r in rows if r["y"])
    print(f"train: {len(rows)} lines, {npos} with tactics, from {len(a.dirs)} dirs", file=sys.stderr)
    w = train(rows)
    feats = sorted(set(k for t in TACTICS for k in w[t]))
    if a.out:
        with open(a.out, "w", encoding="utf-8") as out:
            out.write("# tactics.model — written by tools/train_tactics.py; do not edit by hand.\n")
            out.write("# Trained on: " + " ".join(os.path.basename(d.rstrip("/")) for d in a.dirs) + "\n")
            out.write("streamguard-tactic-model 1\n")
            out.write("tactics " + " ".join(TACTICS) + "\n")
            out.write(f"threshold {a.threshold}\nweight {a.weight}\n")
            if a.unless.strip():
                out.write("unless " + " ".join(a.unless.split()) + "\n")
            kept = 0
            for k in feats:
                ws = [w[t].get(k, 0.0) for t in TACTICS]
                if max(abs(x) for x in ws) < a.prune:
                    continue
                if "\t" in k or "\n" in k or "\r" in k:
                    continue
                out.write("f\t" + k + "\t" + " ".join(f"{x:.4f}" for x in ws) + "\n")
                kept += 1
        print(f"wrote {a.out}: {kept} features", file=sys.stderr)
    for d in a.eval:
        test = [r for r in load_dir(a.bin, d) if r["minor"] and not r["bc"]]
        tot = [0, 0, 0]
        for t in TACTICS:
            tp = fp = fn = 0
            for r in test:
                fire = sigmoid(sum(w[t].get(k, 0.0) for k in r["f"])) >= a.threshold
                y = t in r["y"]
                tp += fire and y
                fp += fire and not y
                fn += y and not fire
            tot = [tot[0] + tp, tot[1] + fp, tot[2] + fn]
            print(f"{d} {t:15} tp {tp:3} fp {fp:3} fn {fn:3}")
        tp, fp, fn = tot
        print(f"{d} model alone: P {tp / max(tp + fp, 1):.2f} R {tp / max(tp + fn, 1):.2f} "
              f"(tp {tp} fp {fp} fn {fn})")


if __name__ == "__main__":
    main()
