#!/usr/bin/env python3
"""make_heldout10.py - writes held-out labelled chat set 10 (tests/heldout10/).

Deterministic: every session has a fixed seed and a fixed start time, so a
rerun writes byte-identical files.  The key lines (offenders, broadcasters'
replies, relatives, coaches, teachers, friends, moderators) are written by
hand below; the background chatter is drawn from hand-written pools.  All
people, handles, schools and places are invented.  Nothing here comes from a
third-party chat dataset.

Usage: python3 tools/make_heldout10.py [OUTDIR]   (default tests/heldout10)
"""
import json
import os
import random
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "tests", "heldout10")

TACTICS = ["flattery", "personal_info", "gift_offer", "dare", "nudity_request",
           "sexual_content", "secrecy", "off_platform", "threat", "meeting",
           "age_gap"]
T = {"F": "flattery", "P": "personal_info", "G": "gift_offer", "D": "dare",
     "N": "nudity_request", "X": "sexual_content", "S": "secrecy",
     "O": "off_platform", "T": "threat", "M": "meeting", "A": "age_gap"}
EV = {"lt": "leetspeak", "sp": "spaced_letters", "em": "emoji_substitute",
      "hg": "homoglyph", "ms": "misspelling", "sr": "split_request",
      "nw": "number_words", "zw": "zero_width", "eu": "euphemism"}

EVORDER = ["leetspeak", "spaced_letters", "emoji_substitute", "homoglyph", "misspelling",
           "split_request", "number_words", "zero_width", "euphemism"]
ZW = "\u200b"
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440",
        "c": "\u0441", "x": "\u0445", "y": "\u0443", "i": "\u0456"}


def hg(word, letters="aeopci"):
    """Cyrillic look-alikes for the given Latin letters inside word."""
    return "".join(HOMO[ch] if ch in letters and ch in HOMO else ch for ch in word)


def zw(word, at=2):
    return word[:at] + ZW + word[at:]


# ---------------------------------------------------------------- pools
POOLS = {
    "greet": [
        "hiii", "hello from wales", "just got here what did i miss", "hey chat",
        "evening all", "hi hi", "back from school finally", "hello!!",
        "first time catching this live", "yo", "morning from australia lol",
        "hey hey", "im early for once", "sup everyone", "hi from the bus",
    ],
    "emote": [
        "😂😂", "lol", "LMAO", "💀", "🔥🔥", "❤️", "haha", "xD", "👀", "🙌",
        "W", "L", "😭😭", "no wayyy", "omg", "lmaoo", "🤣", "gg", "pog", "😅",
    ],
    "misc": [
        "what song is this", "the audio is a bit quiet", "can u turn the music down a bit",
        "chat is fast today", "lag?", "stream is pixelated for me", "is this live or a vod",
        "brb dinner", "back", "how long u streaming today", "ok this is kinda relaxing",
        "my cat just walked on my keyboard sorry", "love the vibes tonight",
        "anyone else watching on their phone in bed", "forgot to do my homework lol",
        "its raining so hard here", "who else is procrastinating rn", "the bitrate is fine now",
        "happy friday", "i have a test tomorrow help", "lurking while i do chores",
        "this is my comfort stream", "hydrate everyone", "sorry had to reload",
        "followed!", "clip that", "someone clip it", "mods asleep lol", "nice overlay",
        "is there a schedule", "the new emotes are cute", "ok im off to bed night all",
    ],
    "gaming": [
        "u need to heal", "behind u!!", "nice shot", "that was so close", "go left go left",
        "check the chest", "ur sens is too high", "clutch", "unlucky", "play safe",
        "that boss is so annoying", "did u do the side quest", "use the shield",
        "ur rank?", "what settings do u use", "ping is awful today", "rotate to the zone",
        "u missed loot", "that build tho", "easy dub", "one hp lmao", "that jump was clean",
        "respawn in 5", "speedrun strats incoming", "craft the sword first",
        "the new update broke everything", "ur teammate is throwing", "hes one shot",
    ],
    "kids_game": [
        "can u build a pool", "make it pink!!", "add a slide", "the cafe looks so good",
        "i love ur pet", "can i join the server", "my little brother plays this too",
        "whats the code for the obby", "ur house is bigger than mine", "do the lava jump",
        "put flowers by the door", "name the dog biscuit", "build a treehouse next",
        "i got stuck on that level too", "u should do a hide and seek map",
        "put a fountain there", "that skin is so cute", "how many levels left",
    ],
    "art": [
        "the colours are so nice", "what brush is that", "the shading on the hair 😍",
        "are u using procreate", "i could never draw hands", "love the line art",
        "what canvas size", "the lighting is so soft", "can u draw a frog next",
        "ur style is so clean", "how long have u been drawing", "that blue is perfect",
        "watching this while i do my own sketch", "the background is so dreamy",
        "use the lasso tool", "add a bit of pink on the cheeks", "flip the canvas!!",
        "art block is real", "that took so long omg", "traditional or digital mostly",
    ],
    "music": [
        "that chord change 😭", "play wonderwall lol", "what key is this",
        "the tone is so warm", "ur timing is perfect", "how long have u played",
        "can u do the chorus again", "goosebumps", "that high note!!", "encore",
        "requesting the song from earlier", "the mic sounds amazing", "tuning check lol",
        "this is so calming", "whats your practice routine", "slow version next?",
    ],
    "sport": [
        "left foot was clean", "try the rainbow flick", "the wall is taking a beating",
        "what boots are those", "ur touch is so good", "do a penalty challenge",
        "the wind is strong today lol", "counting... 30!", "keep ur eyes on the ball",
        "stretch first!!", "the dog wants the ball", "which team do u support",
        "that was nearly in", "garden goals 😂", "do the crossbar challenge",
        "my coach makes us do this too", "weak foot only round", "what position do u play",
    ],
    "study": [
        "what subject is this", "pomodoro gang", "im doing chem rn", "flashcards or notes?",
        "is that the 2019 paper", "i hate simultaneous equations", "break time yet?",
        "the lofi is so nice", "studying with u from germany", "my exams are in may",
        "what highlighter is that", "question 3 is evil", "25 min done",
        "how many hours today", "the rain sounds help", "mark scheme says 4 marks",
        "good luck everyone studying", "coffee number 3 lol",
    ],
    "irl": [
        "the view is so pretty", "where is this", "the ducks!!", "its so sunny there",
        "the camera is shaky lol", "is that a market", "what are u eating",
        "the dog in the back 😭", "how far did u walk", "the sky is so pretty",
        "love these walks", "my town looks just like this", "the bus is so loud",
    ],
    "cooking": [
        "that looks so good", "more butter", "what temperature", "recipe pls",
        "is it gluten free", "i made these last week", "dont burn it!!",
        "the smell must be amazing", "add chocolate chips", "stir stir stir",
        "how long in the oven", "my mum makes these", "sprinkles!!", "flip it now",
        "that pan is huge", "save me one", "mix it slower or itll splash",
    ],
    "pets": [
        "the zoomies 😭", "what breed is he", "so fluffy", "give him a treat",
        "my cat would never", "he understood that", "good boyyy", "she's so smart",
        "how old is the puppy", "the little paws", "he wants the snack so bad",
        "ears up!!", "my hamster does that too", "pet tax paid", "sleepy baby",
    ],
    "dance": [
        "the footwork!!", "do the one from last week", "ur so in sync with the beat",
        "slow it down to learn pls", "the spin was clean", "what song is this dance",
        "tutorial pls", "the arms part is hard", "again!!", "i tried and fell over",
    ],
    "coding": [
        "missing a colon", "indentation error lol", "what ide is that",
        "use a dictionary for that", "python gang", "the snake is so fast",
        "does it wrap around the edges", "add a high score", "print debugging supremacy",
        "my code never works first try", "pygame or turtle?", "nice function",
    ],
}

BC_POOLS = {
    "gaming": ["chat i nearly died", "ok focus focus", "thanks for watching guys",
               "one more game", "that was so lucky", "what should i do next chat",
               "my hands are shaking lol", "wait what just happened"],
    "kids_game": ["look at my build!!", "chat should i make it bigger", "this is my favourite part",
                  "oops", "yay i did it", "wait i need more blocks", "hi everyone who just came"],
    "art": ["ok shading time", "i messed up the eye lol", "chat which colour",
            "this part takes forever", "ctrl z saves lives", "almost done with the lineart"],
    "music": ["ok next song", "let me tune quick", "thanks for the requests",
              "my fingers hurt lol", "that was rough sorry", "ok this one is my favourite"],
    "sport": ["ok new record attempt", "the ball keeps going in the hedge", "chat count for me",
              "im so tired lol", "one more try", "that one was bad"],
    "study": ["ok break over", "back to question 5", "chat im losing it", "25 minutes starting now",
              "who else is revising", "i got it right!!"],
    "irl": ["look at this", "ok walking to the park", "the wind is so loud sorry",
            "chat its so cold", "i love this street"],
    "cooking": ["ok mixing now", "it needs ten more minutes", "smells so good chat",
                "oops i spilled flour", "taste test time"],
    "pets": ["look at him", "sit!! good boy", "he's so cheeky today", "treat time",
             "ok trying the trick again"],
    "dance": ["ok from the top", "that part is so hard", "one more time", "im out of breath lol"],
    "coding": ["ok why is this broken", "it works!!", "ok adding the score now", "chat spot the bug"],
}

ADJ = ["maple", "comet", "pixel", "otter", "sunny", "lemon", "rocket", "tiny", "frosty",
       "mossy", "cobalt", "pebble", "quill", "nova", "marble", "sprout", "echo", "crispy",
       "velvet", "rusty", "minty", "stormy", "olive", "amber", "cloudy", "jelly", "hazy"]
NOUN = ["fox", "toad", "wren", "byte", "gecko", "panda", "moth", "kite", "bean", "spark",
        "yeti", "crow", "newt", "lynx", "waffle", "badger", "puffin", "mango", "comet",
        "hopper", "beetle", "nugget", "cactus", "heron", "pickle"]


class Session:
    def __init__(self, name, bc, age, title, topics, seed, t0, stream,
                 items=("coins",), crowd=14, rate=(3, 16), notes="", target=None):
        self.name, self.bc, self.age = name, bc, age
        self.topics = list(topics)
        self.rng = random.Random(seed)
        self.t = t0
        self.items = items
        self.rate = rate
        self.notes = notes
        self.events = []
        self.lines, self.evasion = {}, {}
        self.offenders, self.ogifts, self.hn = [], [], []
        self.fi = None
        self.ages = {}
        self.mid = self.gid = 0
        self.streams = 0
        self.extra = {}
        self.target = target if target is not None else self.rng.randint(72, 128)
        self.tags = []   # look-alike descriptions for benign README rows
        self.crowd = []
        self._make_crowd(crowd)
        self.start(stream, title)

    # --- people
    def _make_crowd(self, n):
        r = self.rng
        seen = set()
        while len(self.crowd) < n:
            a, b = r.choice(ADJ), r.choice(NOUN)
            style = r.randrange(5)
            if style == 0:
                h = f"{a}_{b}"
            elif style == 1:
                h = f"{a}{b}{r.randint(1, 999)}"
            elif style == 2:
                h = f"x{a}{b}x"
            elif style == 3:
                h = f"{a}.{b}"
            else:
                h = f"{b}_{a}{r.randint(10, 99)}"
            if h in seen:
                continue
            seen.add(h)
            roll = r.random()
            if roll < 0.25:
                ag = None
            elif roll < 0.45:
                ag = r.randint(0, 20)
            else:
                ag = r.randint(30, 2600)
            self.ages[h] = ag
            self.crowd.append(h)
        # a few chatty regulars
        self.weights = [r.choice((1, 1, 2, 4)) for _ in self.crowd]

    def cast(self, **kw):
        """Fix account ages of named users (None = field left out)."""
        for u, a in kw.items():
            u = u.replace("__dot__", ".")
            self.ages[u] = a

    def castd(self, d):
        self.ages.update(d)

    # --- time and events
    def tick(self, lo=None, hi=None):
        lo = self.rate[0] if lo is None else lo
        hi = self.rate[1] if hi is None else hi
        self.t += int(self.rng.uniform(lo, hi) * 1000) + self.rng.randint(1, 999)

    def wait(self, secs):
        self.t += int(secs * 1000) + self.rng.randint(1, 999)

    def start(self, stream, title):
        self.stream = stream
        self.streams += 1
        if self.streams == 1:
            self.title0 = title
        self.events.append({"type": "stream_start", "ts": self.t, "stream": stream,
                            "broadcaster": self.bc, "broadcaster_age": self.age,
                            "title": title})

    def end(self, fill_to=None, **kw):
        """Close the stream; the last stream of a file is first padded with
        background chatter up to the file's target size."""
        if fill_to is None and self.target:
            fill_to = self.target
        if fill_to:
            while len(self.events) + 1 < fill_to:
                self.bg(1, **kw)
        self.tick(5, 20)
        self.events.append({"type": "stream_end", "ts": self.t, "stream": self.stream})

    def restart(self, stream, title, days=7):
        self.end(fill_to=0)
        self.t += days * 86400000 + self.rng.randint(0, 3600000)
        self.start(stream, title)

    def _chat(self, user, text, lo=None, hi=None):
        self.tick(lo, hi)
        self.mid += 1
        mid = f"m{self.mid}"
        ev = {"type": "chat", "ts": self.t, "stream": self.stream, "id": mid,
              "user": user, "text": text}
        if user != self.bc:
            if user not in self.ages:
                raise SystemExit(f"{self.name}: no age set for {user}")
            if self.ages[user] is not None:
                ev["account_age_days"] = self.ages[user]
        self.events.append(ev)
        return ev

    def gift(self, user, item, amount, off=False, lo=None, hi=None):
        self.tick(lo, hi)
        self.gid += 1
        gid = f"g{self.gid}"
        self.events.append({"type": "gift", "ts": self.t, "stream": self.stream,
                            "id": gid, "user": user, "item": item, "amount": amount})
        if off:
            self.ogifts.append(gid)
        return gid

    def b(self, text, lo=None, hi=None):
        return self._chat(self.bc, text, lo, hi)

    def v(self, user, text, hn=False, lo=None, hi=None):
        ev = self._chat(user, text, lo, hi)
        if hn:
            self.hn.append(ev["id"])
        return ev

    def o(self, user, text, tac="", ev=(), fi=False, lo=None, hi=None):
        e = self._chat(user, text, lo, hi)
        if user not in self.offenders:
            self.offenders.append(user)
        codes = {T[c] for c in tac.split()} if tac else set()
        self.lines[e["id"]] = [t for t in TACTICS if t in codes]
        if ev:
            evs = {EV[c] for c in ev}
            self.evasion[e["id"]] = [x for x in EVORDER if x in evs]
        if fi:
            assert self.fi is None, self.name
            self.fi = e["ts"]
        return e

    def bg(self, n, topics=None, bc_rate=0.14, gift_rate=0.05, lo=None, hi=None):
        topics = topics or self.topics
        r = self.rng
        for _ in range(n):
            x = r.random()
            if x < gift_rate:
                u = r.choices(self.crowd, self.weights)[0]
                item = r.choice(self.items)
                amt = r.choice((1, 5, 10, 20, 50, 100, 100, 250, 500))
                self.gift(u, item, amt, lo=lo, hi=hi)
            elif x < gift_rate + bc_rate:
                top = r.choice(topics)
                pool = BC_POOLS.get(top) or BC_POOLS["gaming"]
                self.b(r.choice(pool), lo, hi)
            else:
                u = r.choices(self.crowd, self.weights)[0]
                y = r.random()
                if y < 0.55:
                    pool = POOLS[r.choice(topics)]
                elif y < 0.7:
                    pool = POOLS["emote"]
                elif y < 0.8:
                    pool = POOLS["greet"]
                else:
                    pool = POOLS["misc"]
                self._chat(u, r.choice(pool), lo, hi)

    # --- output
    def label(self):
        used = []
        for tl in self.lines.values():
            for t in tl:
                if t not in used:
                    used.append(t)
        lab = {
            "offenders": self.offenders,
            "first_intervention_ts": self.fi,
            "tactics_expected": [t for t in TACTICS if t in used],
            "notes": self.notes,
            "lines": self.lines,
            "evasion": self.evasion,
            "offender_gifts": self.ogifts,
            "hard_negatives": self.hn,
        }
        lab.update(self.extra)
        return lab

    def check(self):
        ts = [e["ts"] for e in self.events]
        assert all(a < b for a, b in zip(ts, ts[1:])), self.name
        ids = [e["id"] for e in self.events if "id" in e]
        assert len(ids) == len(set(ids)), self.name
        offl = {e["id"] for e in self.events
                if e["type"] == "chat" and e["user"] in self.offenders}
        assert offl == set(self.lines), (self.name, offl ^ set(self.lines))
        if self.offenders:
            assert self.fi in {e["ts"] for e in self.events if e.get("id") in self.lines}, self.name
        else:
            assert self.fi is None
        for h in self.hn:
            assert h not in self.lines
        assert set(self.evasion) <= set(self.lines)
        for u in self.offenders:
            assert u != self.bc and u not in self.crowd

    def write(self, outdir):
        self.check()
        with open(os.path.join(outdir, self.name + ".ndjson"), "w", encoding="utf-8") as f:
            for e in self.events:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
        lab = self.label()
        with open(os.path.join(outdir, self.name + ".label.json"), "w", encoding="utf-8") as f:
            f.write("{\n")
            keys = list(lab)
            for i, k in enumerate(keys):
                val = lab[k]
                if isinstance(val, dict) and val:
                    inner = ",\n".join(f"    {json.dumps(a, ensure_ascii=False)}: "
                                       f"{json.dumps(b, ensure_ascii=False)}"
                                       for a, b in val.items())
                    s = "{\n" + inner + "\n  }"
                else:
                    s = json.dumps(val, ensure_ascii=False)
                f.write(f"  {json.dumps(k)}: {s}" + (",\n" if i < len(keys) - 1 else "\n"))
            f.write("}\n")


BASE = 1793001599500          # 2026-10-26 (fixed)
DAY = 86400000
SESSIONS = []


def session(fn):
    SESSIONS.append(fn)
    return fn


def mk(idx, name, bc, age, title, topics, **kw):
    return Session(name, bc, age, title, topics, seed=1000 + idx * 7919,
                   t0=BASE + idx * 2 * DAY + (idx * 3917 % 36000) * 1000,
                   stream=f"st-100{idx:02d}", **kw)


# ====================================================================
# Grooming sessions
# ====================================================================

@session
def g01():
    s = mk(1, "g01_fake_coach_netball_1315", "ellie_shoots_7", "13-15",
           "netball shooting drills in the garden 🏐", ["sport", "irl"],
           notes="Fresh account claims to be the broadcaster's netball coach on a 'new account', "
                 "flatters her, asks whether her parents are watching, calls the county trials a "
                 "secret, asks her to turn round and take her hoodie off to 'check the kit', moves "
                 "her to WhatsApp and offers to pick her up from school. A teammate points out the "
                 "real coach has no new account. Pretends to be a coach: still an offender.")
    O = "coach_dan_u15s"
    s.cast(coach_dan_u15s=1, lottie_gk=412, ellies_mum_kate=1350)
    s.bg(14)
    s.b("ok 50 shots challenge, chat count with me")
    s.bg(6)
    s.o(O, "ellie its coach here!! new account, my old one got hacked lol")
    s.b("oh hi? which coach")
    s.bg(3)
    s.o(O, "the assistant one from summer camp, you wont remember me 😅 great footwork btw, "
           "best shooter in the squad honestly", "F")
    s.bg(5)
    s.o(O, "is mum or dad watching the stream? need a word about the county trials", "P")
    s.b("no mums at work")
    s.bg(4)
    s.o(O, "ok good. trials list is secret for now, dont tell the other girls or your mum yet "
           "or they'll be upset they weren't picked", "S", fi=True)
    s.v("lottie_gk", "ellie who is that")
    s.bg(4)
    s.o(O, "need to check your kit fits for the county photos, stand up and turn round slowly for me", "N")
    s.o(O, "and take the hoodie off so i can see the shirt properly", "N")
    s.b("its cold lol")
    s.bg(3)
    s.v("lottie_gk", "ellie coach sarah doesnt even have an assistant?? and she's literally in our group chat")
    s.o(O, "add me on whatsapp so i can send you the trial forms, its quicker than this", "O")
    s.bg(3)
    s.o(O, "i can pick you up after school tuesday and drive you to the trials myself. "
           "which gate do you come out of?", "P M")
    s.b("im gonna ask my mum first")
    s.o(O, "no need to bother her, just between us till its confirmed ok", "S")
    s.v("lottie_gk", "mods?? @ellie dont answer him")
    s.bg(4)
    s.v("ellies_mum_kate", "Ellie this is mum, I'm on my break. Don't reply to that person, end the stream please x")
    s.b("ok mum")
    s.bg(3)
    s.end()
    return s


@session
def g02():
    s = mk(2, "g02_uncles_mate_robux_under13", "tilly.builds", "under13",
           "obby speedrun then building my café ☕", ["kids_game", "gaming"],
           notes="Account without account age says he is 'your uncle Dev's mate from the footy', "
                 "asks a 10-year-old's age and whether she is home on her own, offers and sends "
                 "Robux-style coins, tells her not to tell her uncle, asks for her WhatsApp and her "
                 "street to drop a gift card round. Pretends to be a family friend: still an offender.")
    O = "ryan_from_footy"
    s.cast(ryan_from_footy=None, cousin_nell=640)
    s.bg(16)
    s.o(O, "hiya tilly its ryan, ur uncle devs mate from the footy!! he told me u stream")
    s.b("hi ryan")
    s.bg(4)
    s.o(O, "ur café is proper good for ur age, how old r u now, 9?", "F P")
    s.b("im 10!!")
    s.o(O, "10 wow so grown up 😊", "F")
    s.bg(6)
    s.o(O, "dev says ur mum works lates, so r u home on ur own rn?", "P", fi=True)
    s.b("my brother is upstairs")
    s.bg(3)
    s.o(O, "ill get u 800 for the café gamepass if u want 😊", "G")
    s.gift(O, "coins", 800, off=True)
    s.b("omg thank u!!!")
    s.bg(3)
    s.o(O, "dont tell dev i sent it tho, hell say im spoiling u lol. our secret", "S")
    s.bg(4)
    s.o(O, "whats ur whtsap so i can send u the code for the next one", "O", ev=("ms",))
    s.v("cousin_nell", "tilly its nell, dont give ur number out on stream!!")
    s.bg(3)
    s.o(O, "i live near u anyway, i could drop a gift card round. which street r u on", "G P M")
    s.o(O, "u still there? 🥺")
    s.v("cousin_nell", "im telling auntie jo")
    s.bg(5)
    s.b("im going to do the obby again")
    s.bg(8)
    s.end()
    return s


@session
def g03():
    s = mk(3, "g03_old_patron_polite_art_1617", "inkwell_rae", "16-17",
           "portrait practice, taking requests 🎨", ["art"],
           items=("coins", "rose"),
           notes="Old account (about six years) writes polite paragraphs to a 16-year-old artist: "
                 "long-term-fan flattery, asks her age, tells her he is 52 and that age never "
                 "matters, gives a large gift, proposes a 'private commission' on Telegram that "
                 "needs her to pose in something lighter, compliments her figure and asks her to "
                 "keep it between them.")
    O = "patron_of_lines"
    s.cast(patron_of_lines=2150, mod_juniper=980)
    s.bg(18)
    s.o(O, "Good evening Rae. I have followed your channel since your very first sketchbook "
           "stream, and your linework has matured remarkably. You have a real gift.", "F")
    s.b("aw thank you that means a lot")
    s.bg(5)
    s.o(O, "May I ask how old you are now? You paint with the confidence of someone far older.", "F P")
    s.b("17 in march haha")
    s.bg(3)
    s.o(O, "Wonderful. I am 52 myself, but I have always connected best with young artists. "
           "Age never matters between people who share a passion.", "A", fi=True)
    s.gift(O, "coins", 5000, off=True)
    s.b("woah thank you patron!!")
    s.bg(6)
    s.o(O, "I would like to commission a private piece and pay you properly for it. "
           "It would be easier to discuss on Telegram, away from the noise of chat.", "G O")
    s.bg(3)
    s.o(O, "For the reference you would need to pose yourself. Something lighter than that "
           "heavy jumper, please; the folds hide the form.", "N")
    s.bg(2)
    s.o(O, "You have a lovely figure for figure work, truly.", "X")
    s.v("mod_juniper", "that's not ok, this is a portrait stream")
    s.o(O, "Please keep the commission between us, Rae. Followers can be jealous of special arrangements.", "S")
    s.bg(2)
    s.o(O, "I do not appreciate the moderator's tone. My message is waiting in your inbox.", "O")
    s.b("im just going to keep doing requests")
    s.bg(10)
    s.end()
    return s


@session
def g04():
    s = mk(4, "g04_vbucks_forfeit_slang_1315", "zaxx_builds", "13-15",
           "box fights vs chat, 0 deaths run", ["gaming"], items=("coins", "bits"), crowd=18,
           notes="Fresh account in gamer slang flatters a 14-year-old, offers V-Bucks for a 1v1 "
                 "where the loser does a 'forfeit' on cam (shirt off), split over two lines, "
                 "then pushes Discord in leetspeak and spaced letters for a private call and tells "
                 "him not to tell his parents about the V-Bucks. Other viewers' dares are banter.")
    O = "xKryptic_Vz"
    s.cast(xKryptic_Vz=4, boxfight_benji=230, tomtom_ttv=61)
    s.bg(14)
    s.v("boxfight_benji", "bet u cant win this one without building", hn=True)
    s.b("watch me")
    s.bg(5)
    s.o(O, "yo ur cracked fr no cap ur edits r insane", "F")
    s.bg(3)
    s.o(O, "how old r u bro u sound like 12 lmao", "P")
    s.b("im 14 bro")
    s.bg(4)
    s.o(O, "bet u wont 1v1 me for 2k vbucks 👀", "G D")
    s.o(O, "fr i got the card rn", "G")
    s.bg(3)
    s.o(O, "loser of the 1v1 does a forfeit on cam", "D N", ev=("sr",))
    s.o(O, "like shirt off n flex for the stream lmaooo", "D N", ev=("sr",), fi=True)
    s.v("tomtom_ttv", "bro thats sus")
    s.bg(3)
    s.o(O, "d1sc0rd me after, priv call so chat cant see", "O", ev=("lt",))
    s.bg(2)
    s.o(O, "d i s c o r d pls ill add u rn", "O", ev=("sp",))
    s.v("tomtom_ttv", "zaxx ignore him", hn=False)
    s.o(O, "and dont tell ur parents bout the vbucks they'll make u refund lol", "G S")
    s.bg(4)
    s.v("boxfight_benji", "loser of the next one has to use a pickaxe only lol", hn=True)
    s.b("deal benji")
    s.bg(12)
    s.end()
    return s


@session
def g05():
    s = mk(5, "g05_caps_sextortion_alt_1617", "jadexplays_", "16-17",
           "valorant ranked, trying to hit plat", ["gaming"], items=("bits", "coins"), crowd=16,
           target=0,
           notes="Sextortion in all caps from a brand-new account that has had earlier private "
                 "contact: demands she answer, sets a deadline, demands gift cards, claims to know "
                 "her school, demands she go back on Snapchat and 'on cam like before', tells her "
                 "not to tell her parents. After a ban it returns on a second fresh account "
                 "(ban-evasion alt, listed as its own offender). Viewers tell her to report.")
    O, O2 = "NOTHINGTOLOSE_99", "n0thing_2_lose"
    s.cast(NOTHINGTOLOSE_99=0, n0thing_2_lose=0, kez_support=700, mod_rowan=1500)
    s.bg(40)
    s.v("kez_support", "dare u to play the whole round with just a sheriff", hn=True)
    s.b("ok sheriff only lets go")
    s.bg(14)
    s.o(O, "JADE ANSWER MY MESSAGES")
    s.b("?")
    s.bg(2)
    s.o(O, "I KNOW YOU SAW THEM. YOU HAVE 10 MINUTES", "T", fi=True)
    s.bg(2)
    s.o(O, "SEND 200 IN GIFT CARDS OR EVERYONE IN THIS CHAT GETS THE PICS", "T")
    s.v("kez_support", "jade dont reply to that, screenshot it")
    s.o(O, "I KNOW YOU GO TO HOLLOWAY PARK ACADEMY. YOUR WHOLE YEAR WILL SEE", "T")
    s.o(O, "GO BACK ON SNAP NOW", "O")
    s.bg(2)
    s.o(O, "ONE MORE TIME ON CAM LIKE BEFORE AND I DELETE EVERYTHING", "N O T")
    s.o(O, "DONT TELL YOUR PARENTS OR I POST IT FASTER", "S T")
    s.v("mod_rowan", "banned. jade you're not in trouble, this is what these people do. "
                     "tell a parent and use the report button, it's not your fault")
    s.b("im ending stream")
    s.v("kez_support", "❤️ jade")
    s.o(O2, "THINK I CANT MAKE ANOTHER ACCOUNT? CLOCK IS TICKING", "T")
    s.v("mod_rowan", "and that one. stream ending, sorry chat")
    s.bg(4, bc_rate=0, gift_rate=0)
    s.end()
    return s


@session
def g06():
    s = mk(6, "g06_multilingual_dance_1315", "lucia.dances", "13-15",
           "practising for the school show 💃", ["dance"], items=("coins", "rose"),
           notes="Account mixing Spanish and French with English flatters a 13-15 dancer, asks her "
                 "age and city, sexualised compliments, asks her to do the dance 'in the shorts "
                 "from before', offers coins 'only for me', asks her to open Instagram (homoglyphs) "
                 "and to keep it a secret from her mum.")
    O = "rafa_amigo_77"
    s.cast(rafa_amigo_77=9, bestie_carmen=300, mrs_ilves_dance=2000)
    s.bg(14)
    s.v("mrs_ilves_dance", "Lucia this is Mrs Ilves, lovely to see you practising! Watch your arms in the second eight")
    s.b("thank you miss!!")
    s.bg(4)
    s.o(O, "que linda bailas!! you dance better than the girls on tv", "F")
    s.bg(3)
    s.o(O, "cuantos años tienes? 13? 14?", "P")
    s.bg(2)
    s.o(O, "you are in spain or uk? which city", "P")
    s.bg(3)
    s.o(O, "tan bonita 😍 mucho fuego 🔥", "X")
    s.v("bestie_carmen", "lucia dont answer him")
    s.o(O, "do it again in the little shorts from before, más fácil ver los movimientos", "N", fi=True)
    s.o(O, "te doy 1000 coins, solo para mí", "G")
    s.gift(O, "coins", 1000, off=True)
    s.bg(3)
    s.o(O, f"abre tu {hg('instagram')} privado 📩", "O", ev=("hg",))
    s.o(O, "c'est notre petit secret ok? no decir nada a mamá", "S")
    s.b("im not doing that")
    s.bg(4)
    s.v("bestie_carmen", "luci send me a pic of the formation sheet later i lost mine", hn=True)
    s.bg(10)
    s.end()
    return s


@session
def g07():
    s = mk(7, "g07_hamster_truthdare_zw_under13", "pocket_hamster_hub", "under13",
           "hamster house tour + q&a 🐹", ["pets"], items=("coins", "stars"),
           notes="Fresh account with typos flatters a 9-year-old, asks his age in number words and "
                 "whether his mum is home, uses 'truth or dare' to send him to his room with the "
                 "door shut, asks to see his pyjamas, asks him to add a Snapchat with a zero-width "
                 "space, offers coins in words and says it is a secret. His sister in chat objects.")
    O = "friendlyfrank.tv"
    s.castd({O: 12, "hugos_sister_may": 420, "acorn_kid": 35})
    s.bg(16)
    s.v("acorn_kid", "truth or dare hugo!! dare: give peanut a sunflower seed", hn=True)
    s.b("ok peanut here u go")
    s.bg(4)
    s.o(O, "awww ur hamster is so cute and so r u lol", "F")
    s.bg(2)
    s.o(O, "r u like ten or eleven?", "P", ev=("nw",))
    s.b("nine and a half")
    s.o(O, "is ur mum home or r u by urself", "P", fi=True)
    s.bg(3)
    s.o(O, "truth or dare!! dare: go in ur room and shut the door so its just us", "D S")
    s.bg(2)
    s.o(O, "now show me ur pjs 🙈", "N")
    s.v("hugos_sister_may", "hugo its may, dont do what that person says")
    s.o(O, f"add me on {zw('snap')} its frankiee", "O", ev=("zw",))
    s.o(O, "dont tell mum its just a game ok", "S")
    s.bg(2)
    s.o(O, "ill send u five hundred coins for peanut", "G", ev=("nw",))
    s.v("hugos_sister_may", "hes not allowed snap. mum is coming up now")
    s.bg(10)
    s.end()
    return s


@session
def g08():
    s = mk(8, "g08_fake_supply_teacher_unknown", "studywithnoor", "unknown",
           "quiet study session, maths revision (pomodoro)", ["study"], items=("coins",),
           notes="Fresh account claims to be a supply teacher who covered the broadcaster's maths "
                 "class, asks year group and school, offers a free one-to-one video call tonight, "
                 "asks her not to mention it at school, pushes his personal Teams account and a "
                 "library meet-up. A real classmate says there was no such teacher. Pretends to be "
                 "a teacher: still an offender. The broadcaster's age is unknown but she is in year 10.")
    O = "mr_hartley_maths"
    s.cast(mr_hartley_maths=1, priya_yr10=510)
    s.bg(16)
    s.o(O, "Hi Noor, Mr Hartley here, I covered your maths class last term. Nice to see you revising!")
    s.b("oh hi sir")
    s.bg(3)
    s.o(O, "Which set are you in now, still year 9? And still at Brookfield?", "P")
    s.b("um year 10 now, sorry i dont really remember you")
    s.bg(4)
    s.o(O, "No worries! I tutor privately too. I could do a free one to one video call tonight, just the two of us.", "O", fi=True)
    s.o(O, "Best not mention it at school though, staff aren't meant to tutor pupils outside, I'd get in trouble 😅", "S")
    s.bg(3)
    s.v("priya_yr10", "noor we never had a supply called hartley??")
    s.o(O, "Don't listen to them, I was only there two weeks. You're one of my brightest.", "F")
    s.bg(2)
    s.o(O, "I'm on Teams under my personal email, I'll send it to your DMs", "O")
    s.o(O, "Or meet me at the library on Saturday, which one do you go to?", "P M")
    s.b("i think ill just study on my own thanks")
    s.bg(4)
    s.v("priya_yr10", "noor add me on teams for the maths group chat instead lol the real one", hn=True)
    s.bg(12)
    s.end()
    return s


@session
def g09():
    s = mk(9, "g09_old_regular_three_weeks_1315", "skylar_farms", "13-15",
           "cozy farm evenings 🌾", ["kids_game", "gaming"], items=("coins",), target=0,
           notes="Old account (four years) that is a regular across three weekly streams of a "
                 "13-15 broadcaster: long-fan flattery and gifts in week 1, school and bedtime "
                 "questions, his age ('old enough to be your dad') and a move to Discord kept off "
                 "stream in week 2, and in week 3 'after all my subs' plus a request for her "
                 "address for a real present, and a meet-up at the farm show.")
    O = "cozyuncle_pete"
    s.cast(cozyuncle_pete=1460, farmhand_isla=210)
    s.bg(14)
    s.o(O, "evening skylar! only streamer i watch these days, you make my week honestly", "F")
    s.gift(O, "coins", 500, off=True)
    s.b("thank you pete!!")
    s.bg(10)
    s.o(O, "you're very grown up for your age, you know that", "F")
    s.bg(6)
    s.restart("st-10009-b", "farm evenings week 2 🌾")
    s.bg(12)
    s.o(O, "back again 😊 which school do you go to, the one near the retail park?", "P")
    s.b("not saying lol")
    s.bg(4)
    s.o(O, "does your mum let you stay up this late on a school night?", "P")
    s.bg(3)
    s.o(O, "i'm 47, old enough to be your dad lol but we get on so well", "A")
    s.bg(3)
    s.o(O, "we should chat on discord, easier than here. just dont mention it on stream, people get jealous", "S O", fi=True)
    s.bg(8)
    s.restart("st-10009-c", "farm evenings week 3 🌾")
    s.bg(12)
    s.o(O, "after all my subs you still havent added me 😔", "G O")
    s.bg(3)
    s.o(O, "i want to send you a real present, not just coins. what's your address?", "G P")
    s.v("farmhand_isla", "sky dont give ur address")
    s.o(O, "or i could give it to you at the county farm show, you said you're going?", "M")
    s.b("i think my mum would want to meet you first")
    s.o(O, "no need to bring her into it, it's just a present", "S")
    s.bg(10)
    s.end()
    return s


@session
def g10():
    s = mk(10, "g10_emoji_ghost_grwm_1617", "nova_gets_ready", "16-17",
           "get ready with me: prom makeup 💄", ["irl", "art"], items=("gems", "rose"), crowd=16,
           notes="Fresh account talking mostly in emoji to a 16-year-old doing prom makeup: "
                 "flattery, the 'yellow ghost app' and 👻 for Snapchat, a 📸 in the dress 'just for "
                 "me 🔒', 🍑🔥, gems for a twirl, 🤫 and 'got a bf 😏'. Friends and mum in chat "
                 "compliment her dress, which is benign.")
    O = "lens_lover_x"
    s.cast(lens_lover_x=5, novas_mum_gail=880, bff_tash=340)
    s.bg(16)
    s.v("novas_mum_gail", "you look beautiful darling, mum's crying already 😭", hn=True)
    s.bg(4)
    s.o(O, "😍😍 prettiest girl on here fr", "F")
    s.bg(3)
    s.o(O, "👻?", "O", ev=("em",))
    s.bg(2)
    s.o(O, "the yellow ghost app 👻 ill send my @", "O", ev=("em", "eu"))
    s.bg(3)
    s.o(O, "send 📸 in the dress before u go, just for me 🔒", "N O", ev=("em",), fi=True)
    s.o(O, "🍑🔥", "X", ev=("em",))
    s.v("bff_tash", "who is this weirdo")
    s.o(O, "💎💎💎 for a twirl 🔄", "G N", ev=("em",))
    s.gift(O, "gems", 300, off=True)
    s.bg(2)
    s.o(O, "u got a bf? 😏", "X")
    s.o(O, "🤫", "S", ev=("em",))
    s.v("bff_tash", "nova send me a pic of the dress when ur done so i can match my bag!!", hn=True)
    s.b("will do tash")
    s.bg(4)
    s.v("bff_tash", "do a twirl at the end for the group chat 😂", hn=True)
    s.bg(10)
    s.end()
    return s


@session
def g11():
    s = mk(11, "g11_kindly_baker_location_under13", "chef_maisie", "under13",
           "making pancakes with my dad!! 🥞", ["cooking"], items=("coins", "stars"),
           notes="Account without account age writes like a kindly grandfather with misspellings: "
                 "flatters an 11-year-old's cooking, guesses her region from her accent, asks about "
                 "the supermarket in the background and her school, invites her to come alone to "
                 "his Saturday baking at the community hall and to keep it a surprise from her mum. "
                 "Her dad, who is off camera, asks who he is.")
    O = "grandad_joe_bakes"
    s.cast(grandad_joe_bakes=None, maisies_dad_rob=1900)
    s.bg(14)
    s.v("maisies_dad_rob", "dad here 👋 I'm on flipping duty, Maisie is head chef")
    s.bg(5)
    s.o(O, "Lovely pancakes young lady, your a better cook than my wife ever was lol", "F")
    s.bg(3)
    s.o(O, "whereabouts are you from dear, the accent sounds northen", "P", ev=("ms",))
    s.b("hehe")
    s.bg(3)
    s.o(O, "is that the big tesco by the park in the backround?", "P", ev=("ms",))
    s.bg(2)
    s.o(O, "what skool do you go to, my grandaughter might be in your class", "P", ev=("ms",), fi=True)
    s.bg(3)
    s.o(O, "I bake every saturday at the comunity hall, you should come along on your own, "
           "I will have cakes for you", "M", ev=("ms",))
    s.o(O, "no need to tell mum, it can be a suprise for her", "S", ev=("ms",))
    s.v("maisies_dad_rob", "Who is this? Maisie don't answer. Mods please remove")
    s.b("ok daddy")
    s.bg(4)
    s.v("maisies_dad_rob", "right who wants the last pancake, don't tell your mum we ate them all 😂", hn=True)
    s.bg(10)
    s.end()
    return s


@session
def g12():
    s = mk(12, "g12_axolotl_homoglyph_split_unknown", "mossy_pond_cam", "unknown",
           "feeding my axolotls + q&a", ["pets"], items=("coins",),
           notes="Fresh account asks a broadcaster of unknown age (sounds young) how old they are, "
                 "dares them to show their room, asks for the Q&A in bed in pyjamas (homoglyphs), "
                 "offers to pay for a private show on Telegram split over three lines with "
                 "homoglyphs, then spaced-out app names and a request to delete the chat.")
    O = "quiet_river_06"
    s.cast(quiet_river_06=2, axo_fan_lou=150)
    s.bg(16)
    s.v("axo_fan_lou", "dare u to name the new one noodle", hn=True)
    s.b("NOODLE it is")
    s.bg(5)
    s.o(O, "ur voice is so sweet, how old r u actualy", "F P", ev=("ms",))
    s.bg(3)
    s.o(O, "dare u to show ur room", "P D")
    s.bg(2)
    s.o(O, f"do the q&a in bed in ur {hg('pyjamas', 'aoc')}", "N", ev=("hg",), fi=True)
    s.bg(2)
    s.o(O, "id pay for a", "G O", ev=("sr",))
    s.o(O, f"{hg('private')} show", "G O", ev=("sr", "hg"))
    s.o(O, f"on {hg('telegram')}", "G O", ev=("sr", "hg"))
    s.v("axo_fan_lou", "???")
    s.bg(2)
    s.o(O, "or k i k. or s i g n a l", "O", ev=("sp",))
    s.o(O, "keep this between us n delete the chat after", "S")
    s.bg(4)
    s.b("im just gonna feed them")
    s.bg(10)
    s.end()
    return s


@session
def g13():
    s = mk(13, "g13_old_top_gifter_owe_me_1315", "rubyrose_sings", "13-15",
           "karaoke requests 🎤", ["music"], items=("gems", "rose"), crowd=16,
           notes="Old account (seven years), the channel's top gifter, flatters a 14-year-old "
                 "singer, sends large gifts, asks for a thank-you dance, then a dance in just a vest "
                 "top for 5k gems, says she owes him, threatens to get the channel mass-reported "
                 "unless she goes private with him, and tells her not to go to her mum.")
    O = "biggestfan_greg"
    s.cast(biggestfan_greg=2600, harmony_hol=700)
    s.bg(16)
    s.o(O, "RUBY!! your top gifter is back 💎")
    s.gift(O, "gems", 2000, off=True)
    s.b("greg!! thank uuu")
    s.bg(5)
    s.o(O, "that voice... honestly you'll be famous one day and I can help with that", "F")
    s.bg(4)
    s.v("harmony_hol", "bet u cant hit the high note in the bridge", hn=True)
    s.b("watch me hol")
    s.bg(4)
    s.o(O, "after everything i've sent you'd think i'd get a little thank you dance 😉", "G D")
    s.gift(O, "gems", 5000, off=True)
    s.o(O, "come on, 5k gems, do the dance in just the vest top this time", "G N", fi=True)
    s.b("um no thats weird")
    s.o(O, "weird? i've spent over £300 on you. you owe me", "G")
    s.bg(2)
    s.o(O, "fine. i'll get my mates to mass report this channel, it'll be gone by tonight", "T")
    s.o(O, "unless you go private with me 🔒 for ten minutes", "O T")
    s.o(O, "and don't go crying to your mum about it", "S")
    s.v("harmony_hol", "ruby block him, we'll all report HIM")
    s.bg(12)
    s.end()
    return s


# ====================================================================
# Benign close calls
# ====================================================================

@session
def b01():
    s = mk(21, "b01_mum_on_the_bus_lego_under13", "leo_bricks_live", "under13",
           "lego space station part 3 🚀", ["kids_game"], items=("coins", "stars"),
           notes="A 10-year-old builds lego while his mum (on the bus home), his nan (brand-new "
                 "account) and his big sister are in chat: 'are you home alone', 'did you eat', "
                 "'don't open the door', 'don't tell mum I sent coins', 'send mum a pic of your "
                 "homework'.")
    s.tags = ["mum: 'are you home alone? back in 15'", "'did you eat'", "nan's coins + 'don't tell mum'",
              "'send a pic of your homework'"]
    s.castd({"mum_of_leo": 450, "nanna_pat": 1, "its_ava_not_eva": 900})
    s.bg(12)
    s.v("mum_of_leo", "hi sweetie it's mum 👋 watching from the bus")
    s.b("hi mum!!")
    s.bg(4)
    s.v("mum_of_leo", "are you home alone or is ava back yet? I'll be 15 mins", hn=True)
    s.b("ava is in her room")
    s.v("mum_of_leo", "ok don't open the door to anyone, I've got my key", hn=True)
    s.bg(5)
    s.v("mum_of_leo", "did you eat the pasta I left in the fridge?", hn=True)
    s.b("yes 🍝")
    s.bg(5)
    s.v("nanna_pat", "hello leo love its nanna!! first time on here, how do i send a star")
    s.b("NANNA hi!!! press the star button")
    s.gift("nanna_pat", "stars", 100)
    s.v("nanna_pat", "there you go pet, for your lego fund. don't tell your mum i sent it she says i spoil you 😂", hn=True)
    s.v("mum_of_leo", "I can see that mum 😂 love you both", hn=False)
    s.bg(5)
    s.v("its_ava_not_eva", "leo mum says send her a pic of your homework before you carry on", hn=True)
    s.b("ugh fine")
    s.bg(4)
    s.v("mum_of_leo", "love you sweetie from mum xx nearly home", hn=True)
    s.bg(8)
    s.end()
    return s


@session
def b02():
    s = mk(22, "b02_brothers_surprise_card_1315", "hana_draws_cats", "13-15",
           "drawing my brother's birthday card 🐱", ["art"], items=("coins",),
           notes="A 13-year-old draws a birthday card. Her aunt says not to tell her brother about "
                 "the surprise party, her dad will pick her up from art club at 6, her cousin asks "
                 "her to join the new family group and send a pic of the card, and a classmate asks "
                 "which bus she gets.")
    s.tags = ["'don't tell your brother about the surprise party'", "dad: 'I'll pick you up at 6'",
              "'add me on the family group'", "'send me a pic'", "'which bus'"]
    s.castd({"auntie_mei": 1, "dad_k_tanaka": 1200, "cousin_jun": 640, "rosie_from_8b": 90})
    s.bg(12)
    s.v("auntie_mei", "hana its auntie mei!! made an account just to watch 😊")
    s.b("hi auntie!!")
    s.bg(4)
    s.v("auntie_mei", "don't tell your brother about the surprise party!! he might be watching 🤫", hn=True)
    s.b("he's at football dont worry")
    s.bg(5)
    s.v("cousin_jun", "hana add me on the family group, auntie made a new one and left half of us out lol", hn=True)
    s.bg(3)
    s.v("cousin_jun", "bet you cant draw him as a cat in 5 mins", hn=True)
    s.b("challenge accepted")
    s.bg(6)
    s.v("dad_k_tanaka", "Hana I'll pick you up from art club at 6 tomorrow, wait inside by reception", hn=True)
    s.b("ok dad")
    s.bg(4)
    s.v("rosie_from_8b", "its rosie from 8b!! which bus r u getting tmrw the 42 or the 17", hn=True)
    s.b("42 probably")
    s.bg(3)
    s.v("cousin_jun", "send me a pic of the card when it's done so i can print it for the party", hn=True)
    s.bg(8)
    s.end()
    return s


def write_readme(outdir, sess):
    rows = []
    counts = {"g": 0, "s": 0, "f": 0, "b": 0}
    tac_count = {t: 0 for t in TACTICS}
    ev_count = {}
    nhn = nlines = nevents = 0
    for s in sess:
        lab = s.label()
        counts[s.name[0]] += 1
        nhn += len(lab["hard_negatives"])
        nlines += len(lab["lines"])
        nevents += len(s.events)
        for tl in lab["lines"].values():
            for t in tl:
                tac_count[t] += 1
        for el in lab["evasion"].values():
            for e in el:
                ev_count[e] = ev_count.get(e, 0) + 1
        if s.offenders:
            offs = ", ".join(s.offenders) if len(s.offenders) < 5 else f"{len(s.offenders)} fresh accounts"
            tac = ", ".join(lab["tactics_expected"])
        else:
            offs = "–"
            tac = "; ".join(s.tags)
        rows.append(f"| `{s.name}` | {s.age} | {s.title0} | {len(s.events)} | {s.streams} | "
                    f"{offs} | {tac} | {len(lab['hard_negatives'])} |")
    text = README_HEAD + "\n".join(rows) + "\n\n"
    text += ("For `b` sessions the tactics column describes the look-alikes instead.\n"
             f"In total there are {len(sess)} sessions: {counts['g']} grooming, {counts['s']} "
             f"serial-contact, {counts['f']} flood and {counts['b']} benign; {nevents} events, "
             f"{nlines} labelled offender lines, {nhn} hard negatives.\n\n"
             "Tactic codes over offender lines (a line can carry several):\n\n"
             "| code | lines |\n| --- | --- |\n" +
             "".join(f"| `{t}` | {tac_count[t]} |\n" for t in TACTICS) +
             "\nEvasion codes over offender lines:\n\n| code | lines |\n| --- | --- |\n" +
             "".join(f"| `{e}` | {n} |\n" for e, n in sorted(ev_count.items())) + "\n" +
             README_TAIL)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)
    return tac_count, ev_count, nhn


README_HEAD = """# Held-out live-stream chat set 10

A held-out labelled set of live-stream chat sessions, written to measure
streamguard on chat that its rules and its trained model have never seen.
The writer did not look at the rules, the model, the engine's output or the
other held-out sets; the format follows `/work/shared/scenarios/README.md`
exactly (event format, label format, tactic and evasion codes), and the
illustrative scenarios were read for format only. No sentence is reused
from them.

## How it was made

`tools/make_heldout10.py` writes every file in this folder. It is
deterministic (fixed seeds and start times per session; a rerun is
byte-identical):

    python3 tools/make_heldout10.py            # writes tests/heldout10/
    python3 tests/heldout/validate.py tests/heldout10

The key lines of every session (offenders, broadcasters' replies, relatives,
coaches, teachers, tutors, friends, moderators and the other look-alike
lines) are written by hand in the generator. The background chatter is drawn
at random (fixed seed) from hand-written pools of ordinary viewer lines
(greetings, emotes, gaming, kids' building games, art, music, sport, study,
IRL, cooking, pets, dance, coding), with the broadcaster's own filler lines
and occasional viewer gifts. Background handles are made from invented word
pairs; account ages are drawn per handle (about a quarter without the
field, a fifth fresh, the rest old). All people, handles, schools, towns and
places are invented. Content is non-graphic. No third-party chat data was
used.

The offenders write in many voices: polite paragraphs, gamer slang, all
caps, typos, Spanish/French sprinkles, emoji-only lines, and with evasions
(leetspeak, spaced letters, Cyrillic homoglyphs, zero-width spaces, emoji
for apps and acts, euphemisms, number words, requests split over 2-3 lines).
Three offenders use old accounts (`g03`, `g09`, `g13`), three pretend to be
someone the child should trust (a netball coach on a "new account" in `g01`,
"your uncle's mate" in `g02`, a supply teacher in `g08`).

The benign sessions are the emphasis of this set: young broadcasters whose
real mum, dad, nan, aunt, uncle, cousins, coaches, teachers, tutors,
classmates, best friends, club leaders and moderators say things that look
like grooming tactics out of context, plus adults flirting with an adult
broadcaster. The relationship is visible the way it is in real chat (a name,
"it's mum", "coach", "miss", "it's Jake from class"), sometimes only once,
early.

## Files

| prefix | meaning |
| --- | --- |
| `gNN_…` | grooming session: one or more offender accounts in otherwise normal chat |
| `sNN_…` | serial contact: `s01`–`s03` are three streams by three different young broadcasters, each visited by the **same** account within about an hour, with a mild contact on each |
| `fNN_…` | flood: many fresh accounts hit one young broadcaster within a minute |
| `bNN_…` | benign session with **hard negatives** |

A file name ends with the broadcaster's age band where it matters (`under13`,
`1315`, `1617`, `unknown`, `adult`). Formats are exactly those of
`/work/shared/scenarios/README.md`.

## Sessions

| session | age | title | events | streams | offenders | tactics | hard neg. |
| --- | --- | --- | --- | --- | --- | --- | --- |
"""

README_TAIL = """## Labelling choices that could be argued

"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith(".ndjson") or fn.endswith(".label.json"):
            os.remove(os.path.join(OUT, fn))
    sess = [fn() for fn in SESSIONS]
    names = [s.name for s in sess]
    assert len(names) == len(set(names))
    for s in sess:
        s.write(OUT)
    tac, ev, nhn = write_readme(OUT, sess)
    print(f"{len(sess)} sessions, {nhn} hard negatives")
    print("tactics:", ", ".join(f"{t}={n}" for t, n in tac.items()))
    print("evasion:", ", ".join(f"{t}={n}" for t, n in sorted(ev.items())))
    for s in sess:
        print(f"  {s.name}: {len(s.events)} events, {len(s.lines)} offender lines, {len(s.hn)} hn")


if __name__ == "__main__":
    main()
