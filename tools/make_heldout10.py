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
                 items=("coins",), crowd=14, rate=(3, 16), notes=""):
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

    def end(self):
        self.tick(5, 20)
        self.events.append({"type": "stream_end", "ts": self.t, "stream": self.stream})

    def restart(self, stream, title, days=7):
        self.end()
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
        self.lines[e["id"]] = [T[c] for c in tac.split()] if tac else []
        if ev:
            self.evasion[e["id"]] = [EV[c] for c in ev]
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
