#!/usr/bin/env python3
"""readability.py — Flesch-Kincaid grade of the nudge catalogue, per age band.

    python3 tools/readability.py [messages/en/nudges.txt] [--check] [--each]

Reads `KEY = text` entries (KEY `<tactic>.<band>`), and prints, for every
band, the number of messages, the mean and the worst Flesch-Kincaid grade:

    grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59

computed per message (each nudge is read on its own). Syllables are counted
with a heuristic (vowel groups, a silent final -e, -le, -ed and -es
endings), good to about one syllable in ten words, which is enough to rank
wordings and to hold a band to a target. --check exits 1 when a band's MEAN
grade is above its target (under13 5, 13-15 7, 16-17 9) or a single
message is more than 2 grades above it; --each lists every message's grade.
"""
import re
import sys

TARGETS = {"under13": 5.0, "13-15": 7.0, "16-17": 9.0}
SLACK = 2.0  # one message may exceed the band's target by this much

# Words the heuristic gets wrong that nudges use a lot.
OVERRIDES = {
    "someone": 2, "anyone": 3, "everyone": 3, "grown-up": 2, "grown-ups": 2,
    "people": 2, "online": 2, "okay": 2, "area": 3, "idea": 3, "being": 2,
    "really": 2, "every": 2, "moderators": 4, "private": 2, "video": 3,
    "create": 2, "science": 2, "quiet": 2, "carer": 2, "you're": 1,
    "they're": 1, "we're": 1, "isn't": 2, "doesn't": 2, "don't": 1,
    "can't": 1, "won't": 1, "it's": 1, "that's": 1, "what's": 1,
}


def syllables(word):
    w = word.lower().strip("'")
    if not w:
        return 0
    if w in OVERRIDES:
        return OVERRIDES[w]
    if "-" in w:
        return sum(syllables(p) for p in w.split("-") if p)
    if len(w) <= 3:
        return 1
    w = re.sub(r"'s$", "", w)
    groups = re.findall(r"[aeiouy]+", w)
    n = len(groups)
    if w.endswith("e") and not w.endswith(("le", "ee", "ie", "ye")) and n > 1:
        n -= 1  # silent e: "make", "share"
    if w.endswith(("ed",)) and not w.endswith(("ted", "ded")) and n > 1:
        n -= 1  # "asked", "played"
    if w.endswith("es") and not w.endswith(("ses", "zes", "ches", "shes", "ges", "ces", "xes")) and n > 1:
        n -= 1  # "makes", "games"
    return max(n, 1)


def words_of(text):
    return re.findall(r"[A-Za-z][A-Za-z'\-]*|\d+", text)


def sentences_of(text):
    parts = [p for p in re.split(r"[.!?]+(?:\s|$)", text) if words_of(p)]
    return max(len(parts), 1)


def grade(text):
    words = words_of(text)
    if not words:
        return 0.0
    syl = sum(syllables(w) for w in words)
    return 0.39 * len(words) / sentences_of(text) + 11.8 * syl / len(words) - 15.59


def load(path):
    entries = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, sep, text = line.partition("=")
            if not sep:
                raise SystemExit(f"{path}:{lineno}: expected KEY = text")
            key, text = key.strip(), text.strip()
            band = key.rsplit(".", 1)[-1]
            entries.append((key, band, text))
    return entries


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    path = args[0] if args else "messages/en/nudges.txt"
    check, each = "--check" in argv, "--each" in argv
    entries = load(path)
    bad = False
    print(f"{'band':8} {'n':>3} {'mean FK':>8} {'max FK':>7} {'target':>7}  worst")
    for band, target in TARGETS.items():
        g = [(grade(t), k) for k, b, t in entries if b == band]
        if not g:
            print(f"{band:8}   0")
            bad = True
            continue
        mean = sum(x for x, _ in g) / len(g)
        worst = max(g)
        print(f"{band:8} {len(g):3} {mean:8.1f} {worst[0]:7.1f} {target:7.1f}  {worst[1]}")
        if mean > target or worst[0] > target + SLACK:
            bad = True
        if each:
            for x, k in sorted(g, reverse=True):
                flag = " <-- above target" if x > target else ""
                print(f"    {x:5.1f}  {k}{flag}")
    if check and bad:
        print("readability: a band is above its target", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
