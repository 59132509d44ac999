#!/usr/bin/env python3
"""gen_workload.py — synthetic live-stream traffic for the engine benchmarks.

usage: gen_workload.py [--events N] [--streams S] [--users U] [--seed X]
                       [--spread] > out.ndjson

Many concurrent streams (a fifth with a minor broadcaster), viewers who
chat in one to three streams each (so a conversation, one viewer in one
stream, has several lines, as in real chat), mostly ordinary chat, ~2% lines carrying a
tactic (some with evasions: leetspeak, spacing, homoglyphs, zero-width
characters, emoji), ~1% gifts. Timestamps rise at ~2,000 events/s of
event time. Deterministic for a given seed. All lines are written here
from scratch; nothing comes from real chat logs.

--spread draws the stream of every event at random instead: nearly every
event then opens a new conversation (1,000,000 events -> ~990,000
conversations). That is the worst case for the engine's state (no
conversation is ever found warm in the cache) and the workload for the
memory-per-conversation figure; it is not what live chat looks like."""
import argparse, json, random, sys

BENIGN = [
    "gg", "lol", "nice one", "that was so close", "W", "lets gooo", "what rank are you",
    "hi from brazil", "first time here, love the vibe", "can you do the boss again",
    "which headset is that", "lmaooo", "no way", "clip it", "the music is fire",
    "how long have you been streaming today", "rip", "pog", "who won", "go left go left",
    "is this the new update", "my internet is so slow rn", "hello everyone",
    "that build is crazy", "what's the seed", "F in chat", "bruh", "ez", "welcome back",
    "did you see the patch notes", "what game is next", "good luck on ranked",
    "i have school tomorrow lol", "the plane is taking off", "take it off the heat",
    "how old is this game", "i dare you to jump off the tower", "bet you cant beat it",
    "add me on discord for the clan", "send coins to the team bank", "ur so good at this game",
]
TACTIC = [
    "how old are you", "r u home alone rn", "what school do u go to", "add me on snap",
    "do u have whatsapp", "dont tell ur mum about me", "ill give u 500 coins if u do it",
    "take ur hoodie off", "turn the cam on just for me", "ur so mature for ur age",
    "age is just a number", "i can pick u up saturday", "ill post ur pics if u dont",
    "dare u to stand up and spin", "send me a pic", "ur so pretty", "lets go private",
]
EVADE = [
    lambda s: s.replace("o", "0").replace("e", "3").replace("a", "4"),
    lambda s: s.replace("snap", "s n a p").replace("whatsapp", "w h a t s a p p"),
    lambda s: s.replace("a", "\u0430").replace("o", "\u043e"),
    lambda s: s.replace("snap", "sn\u200bap").replace("pic", "p\u200bic"),
    lambda s: s.replace("snap", "\U0001F47B").replace("cam", "\U0001F3A5"),
    lambda s: s.replace("please", "pleeeease").replace("so ", "sooo "),
]
AGES = ["under13", "13-15", "16-17", "adult", "adult", "adult", "adult", "unknown", "adult", "adult"]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1000000)
    ap.add_argument("--streams", type=int, default=2000)
    ap.add_argument("--users", type=int, default=200000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--spread", action="store_true")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    # Each viewer's streams (1-3), drawn from its own generator so that the
    # event stream below does not depend on them.
    home_rnd = random.Random(a.seed + 1)
    homes = [[home_rnd.randrange(a.streams) for _ in range(home_rnd.choice((1, 1, 2, 3)))]
             for _ in range(a.users)]
    out = sys.stdout
    ts = 1764320000000
    w = out.write
    for s in range(a.streams):
        w(json.dumps({"type": "stream_start", "ts": ts, "stream": f"st-{s}",
                      "broadcaster": f"bc_{s}", "broadcaster_age": AGES[s % len(AGES)],
                      "title": f"stream number {s}"}, ensure_ascii=False) + "\n")
    n = 0
    while n < a.events:
        ts += rnd.randint(0, 1)
        if a.spread:
            s = rnd.randrange(a.streams)
            u = rnd.randrange(a.users)
        else:
            u = rnd.randrange(a.users)
            s = rnd.choice(homes[u])
        r = rnd.random()
        if r < 0.01:
            w(json.dumps({"type": "gift", "ts": ts, "stream": f"st-{s}", "id": f"g{n}",
                          "user": f"user_{u}", "item": rnd.choice(["coins", "gems", "bits"]),
                          "amount": rnd.choice([10, 50, 100, 500, 1000])}) + "\n")
        else:
            if r < 0.03:
                text = rnd.choice(TACTIC)
                if rnd.random() < 0.4:
                    text = rnd.choice(EVADE)(text)
            else:
                text = rnd.choice(BENIGN)
                if rnd.random() < 0.3:
                    text += " " + rnd.choice(BENIGN)
            ev = {"type": "chat", "ts": ts, "stream": f"st-{s}", "id": f"m{n}",
                  "user": f"user_{u}", "text": text}
            if rnd.random() < 0.7:
                ev["account_age_days"] = rnd.randint(0, 3000)
            w(json.dumps(ev, ensure_ascii=False) + "\n")
        n += 1

if __name__ == "__main__":
    main()
