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
        "hiya",
        "hello from ireland",
        "made it!!",
        "evening",
        "hellooo",
        "hi from norway",
        "hiii", "hello from wales", "just got here what did i miss", "hey chat",
        "evening all", "hi hi", "back from school finally", "hello!!",
        "first time catching this live", "yo", "morning from australia lol",
        "hey hey", "im early for once", "sup everyone", "hi from the bus",
    ],
    "emote": [
        "😳",
        "✨",
        "💯",
        "LETS GO",
        "ayy",
        "😆",
        "true",
        "fr",
        "oop",
        "🫶",
        "😂😂", "lol", "LMAO", "💀", "🔥🔥", "❤️", "haha", "xD", "👀", "🙌",
        "W", "L", "😭😭", "no wayyy", "omg", "lmaoo", "🤣", "gg", "pog", "😅",
    ],
    "misc": [
        "my wifi is dying",
        "the chat font is so small on mobile",
        "good stream today",
        "ok im back what happened",
        "pizza night here",
        "im supposed to be asleep lol",
        "my dog is barking at nothing",
        "love this community",
        "first time chatter hi",
        "been here since the start",
        "cant believe its tuesday already",
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
        "box him up", "use the shield",
        "ur rank?", "what settings do u use", "ping is awful today", "rotate to the zone",
        "u missed loot", "that build tho", "easy dub", "one hp lmao", "that jump was clean",
        "respawn in 5", "ur piece control is crazy", "take height",
        "the new update broke everything", "ur teammate is throwing", "hes one shot",
    ],
    "fps": [
        "crosshair placement is so clean", "he's b main", "save ur ult", "eco round?",
        "buy the vandal", "ur sens is too high", "check corners", "one tap 😳", "nice flick",
        "rotate b", "plant the spike", "ace incoming", "that was a clean retake",
        "ur teammate is throwing", "dont peek mid", "ranked is pain today",
    ],
    "lego": [
        "the solar panels!!", "which set is this", "u missed a piece on page 40",
        "i have that set too", "the little astronaut 😭", "check the bag numbers",
        "brick separator time", "the stickers are the worst part", "it looks so real",
        "how many pieces", "where are u gonna put it", "the box is massive",
    ],
    "farm": [
        "water the crops first", "the cows!!", "did u upgrade the barn", "the fishing minigame is so hard",
        "give the mayor a gift", "the autumn music 😌", "plant more blueberries", "rainy day = fishing",
        "ur farm layout is so neat", "the chickens are so cute", "go to the mines",
    ],
    "amongus": [
        "its red, red was venting", "where was the body", "skip skip", "i was in electrical",
        "sus", "emergency meeting!!", "who did cams", "trust me im crew", "vote blue",
        "that kill was so fast lol", "do ur tasks", "the impostor is among us lmao",
    ],
    "minecraft": [
        "use deepslate for the walls", "add a moat", "creeper behind u!!", "the towers look sick",
        "put lanterns on the walls", "is this hardcore", "mine some more iron", "the drawbridge!!",
        "spruce or dark oak", "build a dragon on top", "where's ur dog",
    ],
    "party": [
        "the wrapping paper lol",
        "what flavour is the cake",
        "my birthday is next week",
        "🎁🎁",
        "hbd!!",
        "that's such a good present",
        "the hat 😂",
        "happy birthday!!!", "🎂🎂🎂", "open the big one next", "what did u get",
        "the cake looks amazing", "happy bday maya", "🎉🎉", "the balloons lol", "make a wish!!",
        "ur so lucky", "sing happy birthday chat",
    ],
    "racing": [
        "brake earlier into that one", "the pace notes 😂", "flat out!!", "what wheel is that",
        "the co driver is so calm", "mind the ditch", "that jump!!", "gravel is so hard",
        "is that the wales stage", "tyre choice?", "that was a clean split", "send it",
        "ur on the racing line now", "the rain stage is evil",
    ],
    "fishing": [
        "nice catch", "what bait is that", "the lake looks so real", "reel it in slow",
        "is that a pike", "the water graphics are nice", "go to the river spot",
        "my dad loves fishing lol", "so relaxing", "the line is gonna snap", "catfish!!",
        "try the night time fishing", "what rod are u using",
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
        "the eyes are so expressive",
        "saving this for inspo",
        "how do u pick colours",
        "the hair looks so soft",
        "ur oc is adorable",
        "i love the little freckles",
        "the outfit design!!",
        "what's the reference",
        "ur hands are better than mine",
        "so cosy",
        "the colours are so nice", "what brush is that", "the shading on the hair 😍",
        "are u using procreate", "i could never draw hands", "love the line art",
        "what canvas size", "the lighting is so soft", "can u draw a frog next",
        "ur style is so clean", "how long have u been drawing", "that blue is perfect",
        "watching this while i do my own sketch", "the background is so dreamy",
        "use the lasso tool", "add a bit of pink on the cheeks", "flip the canvas!!",
        "art block is real", "that took so long omg", "traditional or digital mostly",
    ],
    "music": [
        "that riff tho",
        "the harmony!!",
        "my favourite song omg",
        "key change incoming",
        "u should do an original",
        "the vibrato 😮",
        "sing the one from tiktok",
        "the echo on the mic is nice",
        "i sang this at school lol",
        "ur range is crazy",
        "that chord change 😭", "play wonderwall lol", "what key is this",
        "the tone is so warm", "ur timing is perfect", "how long have u played",
        "can u do the chorus again", "goosebumps", "that high note!!", "encore",
        "requesting the song from earlier", "the mic sounds amazing", "tuning check lol",
        "this is so calming", "whats your practice routine", "slow version next?",
    ],
    "netball": [
        "that shot was so clean", "bend ur knees more", "how tall is the post", "GA or GS?",
        "my coach says elbow under the ball", "swish!!", "the ring is wobbly lol",
        "do a step back shot", "count them out loud", "you never miss", "one handed next",
        "do u play for a club", "the net is so nice", "hahaha the rebound",
    ],
    "skate": [
        "the spin!!", "do the backwards one", "ur so balanced", "what skates are those",
        "the wheels are so pretty", "careful on the gravel", "i can barely stand on mine",
        "crossovers next", "helmet gang", "so smooth", "the glitter laces 😍", "try a t-stop",
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
        "i just finished a past paper",
        "the timer is so motivating",
        "we got this",
        "my notes are a mess",
        "revising bio rn",
        "the desk setup is nice",
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
        "the head tilt 😭",
        "tiny beans",
        "she's judging u lol",
        "so well trained",
        "he wants cuddles",
        "the tail wag!!",
        "snack time?",
        "i want a dog so bad",
        "the zoomies 😭", "what breed is he", "so fluffy", "give him a treat",
        "my cat would never", "he understood that", "good boyyy", "she's so smart",
        "how old is the puppy", "the little paws", "he wants the snack so bad",
        "ears up!!", "my hamster does that too", "pet tax paid", "sleepy baby",
    ],
    "aquarium": [
        "the little gills 😭", "he smiled!!", "what do they eat", "is the water cold",
        "the pink one is my favourite", "how big do they get", "the plants look so healthy",
        "do they have names", "he's doing the wiggle", "bloodworms?", "they look so derpy i love them",
        "whats the tank size", "the bubbles lol", "so peaceful", "he's staring at the camera",
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
    "fps": ["chat i nearly died", "ok focus focus", "that was so lucky", "one more game",
            "my aim is so bad today", "we're winning 10-6"],
    "lego": ["ok page 42", "where is that piece", "chat its coming together", "the stickers omg",
             "bag 7 done"],
    "farm": ["ok watering", "its raining yay", "look at my cows", "going to bed in game",
             "i need more wood"],
    "amongus": ["it wasnt me i swear", "where was it", "i was doing wires", "ok new round",
                "im so bad at impostor"],
    "minecraft": ["ok building the tower", "i need more stone", "chat which wood",
                  "i almost fell in lava", "look at my castle"],
    "party": ["ok next present", "thank you everyone!!", "this is so exciting", "wait theres more"],
    "racing": ["ok new stage", "i clipped the rock", "the car is wrecked lol", "purple sector!!",
               "restarting"],
    "fishing": ["ok casting", "NO it got away", "this one is huge", "chat look at this fish",
                "going to the lake spot"],
    "kids_game": ["look at my build!!", "chat should i make it bigger", "this is my favourite part",
                  "oops", "yay i did it", "wait i need more blocks", "hi everyone who just came"],
    "art": ["ok shading time", "i messed up the eye lol", "chat which colour",
            "this part takes forever", "ctrl z saves lives", "almost done with the lineart"],
    "music": ["ok next song", "let me tune quick", "thanks for the requests",
              "my fingers hurt lol", "that was rough sorry", "ok this one is my favourite"],
    "netball": ["ok ten in a row attempt", "the ball went in the flowers lol", "chat count for me",
                "my arms are dead", "that one rimmed out"],
    "skate": ["ok watch this", "i nearly fell lol", "the driveway is so bumpy", "one more lap",
              "new wheels came today"],
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
    "aquarium": ["look hes eating", "thats noodle", "they love the worms", "ok changing the filter",
                 "hes hiding in the cave"],
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
        self.target = target if target is not None else self.rng.randint(66, 112)
        self.used = set()
        self.filled = False
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
            # the same handle is the same account in every file: its account
            # age comes from the handle alone, not from the session
            hr = random.Random("acct:" + h)
            roll = hr.random()
            if roll < 0.25:
                ag = None
            elif roll < 0.45:
                ag = hr.randint(0, 20)
            else:
                ag = hr.randint(30, 2600)
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

    def end(self, fill_to=None):
        """Close the stream; the last stream of a file is first padded with
        background chatter up to the file's target size."""
        if fill_to is None and not self.filled:
            self.fill()
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
        if lo is None and "sr" in ev and self.events[-1].get("user") == user:
            lo, hi = 1, 6        # the next part of a split request follows quickly
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
                self.b(self._pick(pool), lo, hi)
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
                self._chat(u, self._pick(pool), lo, hi)

    def _pick(self, pool):
        """A pool line, avoiding lines already used in this file when possible."""
        fresh = [x for x in pool if x not in self.used]
        line = self.rng.choice(fresh or pool)
        self.used.add(line)
        return line

    def fill(self):
        """Pad with background chatter here (the size is known after a first pass)."""
        self.filled = True
        n = FILL.get(self.name, 0)
        if n:
            self.bg(n)

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
FILL = {}


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
           "netball shooting drills in the garden 🏐", ["netball", "irl"],
           notes="Fresh account claims to be the broadcaster's netball coach on a 'new account', "
                 "flatters her, asks whether her parents are watching, calls the county trials a "
                 "secret, asks her to turn round and take her hoodie off to 'check the kit', moves "
                 "her to WhatsApp and offers to pick her up from school. A teammate points out the "
                 "real coach has no new account. Pretends to be a coach: still an offender.")
    O = "coach_dan_u15s"
    s.cast(coach_dan_u15s=1, lottie_gk=412, ellies_mum_kate=1350)
    s.bg(14)
    s.b("ok 50 shots challenge, chat count with me")
    s.fill()
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
           "obby speedrun then building my café ☕", ["kids_game"],
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
           rate=(6, 38),
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
           rate=(1.2, 7),
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
    s.o(O, "or the blurple app whatever u got", "O", ev=("eu",))
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
           "valorant ranked, trying to hit plat", ["fps"], items=("bits", "coins"), crowd=16,
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
    s.o(O, "I KNOW YOU GO TO FERNBROOK MOOR ACADEMY. YOUR WHOLE YEAR WILL SEE", "T")
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
    s.fill()
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
           rate=(8, 45),
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
    s.o(O, "Which set are you in now, still year 9? And still at Kestrel Vale?", "P")
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
           "cozy farm evenings 🌾", ["farm"], items=("coins",), target=0,
           rate=(5, 30),
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
           rate=(2, 12),
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
           rate=(4, 26),
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
           "feeding my axolotls + q&a", ["aquarium"], items=("coins",),
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


@session
def g14():
    s = mk(14, "g14_leet_zw_drum_covers_unknown", "drumroll_deacon", "unknown",
           "bedroom drum covers, taking requests 🥁", ["music"], items=("coins", "bits"),
           rate=(5, 28),
           notes="Fresh account writes in leetspeak to a broadcaster of unknown age who says he is "
                 "in year 11: flattery, asks his school year, guesses his age in words and says "
                 "'age is just a number, I'm thirty two', asks to jam over video split over four "
                 "lines (the last with a zero-width space in WhatsApp), offers a cymbal for his "
                 "address, tells him not to mention it to his parents and asks for a shirtless cover.")
    O = "beatz_m4ster"
    s.cast(beatz_m4ster=6, stix_and_stones=900, deacons_bro_will=350)
    s.bg(12)
    s.v("deacons_bro_will", "deacon it's will, mum says keep it down after 9 😂")
    s.b("ok ok last few songs")
    s.bg(5)
    s.o(O, "d4mn ur t1m1ng is b3tt3r th4n m0st pr0s", "F", ev=("lt",))
    s.bg(3)
    s.o(O, "u in sch00l still? wh4t y34r", "P", ev=("lt",))
    s.b("year 11 lol")
    s.bg(2)
    s.o(O, "ah so fifteen sixteen. age is just a number anyway, im thirty two n we vibe", "P A",
        ev=("nw",), fi=True)
    s.bg(3)
    s.o(O, "wanna jam sometime", "O", ev=("sr",))
    s.o(O, "over vid", "O", ev=("sr",))
    s.o(O, "just u n me", "O", ev=("sr",))
    s.o(O, f"on {zw('whatsapp', 3)}", "O", ev=("sr", "zw"))
    s.v("stix_and_stones", "bet u cant do the double kick bit at full speed", hn=True)
    s.bg(3)
    s.o(O, "i could send u a new cymbal, just need ur addy", "G P")
    s.o(O, "dont mention me to ur folks tho, they wont get it", "S")
    s.bg(2)
    s.o(O, "play the next one shirtless, real drummers do 😂", "N")
    s.v("deacons_bro_will", "deacon ignore that guy, im getting mum")
    s.end()
    return s


# ====================================================================
# Benign close calls
# ====================================================================

@session
def b01():
    s = mk(21, "b01_mum_on_the_bus_lego_under13", "leo_bricks_live", "under13",
           "lego space station part 3 🚀", ["lego"], items=("coins", "stars"),
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


# ====================================================================
# Serial contact (same account, three young broadcasters, ~1 hour)
# ====================================================================

SERIAL_T0 = BASE + 40 * DAY + 15 * 3600000
SERIAL = ["s01_serial_castle_build_under13", "s02_serial_oc_drawing_1315",
          "s03_serial_piano_under13"]
SERIAL_NOTE = ("Serial contact: one account (just_here_2_support, 11 days old) visits three young "
               "streamers within about an hour (s01-s03) with a mild line or two on each; the "
               "cross-stream pattern is the main signal. Here: ")


def serial(idx, name, bc, age, title, topics, offset_min, note, items=("coins",)):
    s = Session(name, bc, age, title, topics, seed=5000 + idx * 131,
                t0=SERIAL_T0 + offset_min * 60000 + idx * 7001, stream=f"st-1009{idx}",
                items=items, notes=SERIAL_NOTE + note)
    s.extra = {"serial_group": "serial-support", "related_sessions": SERIAL}
    s.cast(just_here_2_support=11)
    return s


@session
def s01():
    s = serial(1, SERIAL[0], "benji_blocks", "under13", "survival day 40, building a castle 🏰",
               ["minecraft"], -10, "flatters his build and asks his age and whether his parents "
               "let him stream.")
    O = "just_here_2_support"
    s.bg(20)
    s.o(O, "ur castle is better than most adults could do 👍", "F")
    s.b("thanks!!")
    s.bg(8)
    s.o(O, "how old are u if u dont mind me asking? are ur parents ok with u streaming", "P", fi=True)
    s.b("im 11 and yeah my dad set it up")
    s.end()
    return s


@session
def s02():
    s = serial(2, SERIAL[1], "kiki_sketches", "13-15", "drawing my OCs, requests open ✏️",
               ["art"], 12, "offers coins for her tablet fund, gives a small gift and offers a "
               "link to 'a discord for young artists'.")
    O = "just_here_2_support"
    s.bg(24)
    s.o(O, "love ur style! i could send some coins for the tablet fund", "G")
    s.gift(O, "coins", 200, off=True)
    s.b("omg ty!!")
    s.bg(6)
    s.o(O, "i run a discord for young artists, want the link? 😊", "O", fi=True)
    s.end()
    return s


@session
def s03():
    s = serial(3, SERIAL[2], "piano_with_posy", "under13", "learning für elise!! 🎹",
               ["music"], 38, "flatters her playing, asks whether anyone is home to hear her, "
               "and says 'don't tell anyone but you're my favourite'.")
    O = "just_here_2_support"
    s.bg(18)
    s.o(O, "beautiful playing, ur a natural", "F")
    s.bg(5)
    s.o(O, "is anyone home to hear you play or is it just us 😊", "P", fi=True)
    s.b("my mum is cooking")
    s.bg(4)
    s.o(O, "dont tell anyone i said this but ur my favourite streamer", "F S")
    s.end()
    return s


# ====================================================================
# Flood
# ====================================================================

@session
def f01():
    s = mk(30, "f01_flood_driveway_skates_under13", "skate_poppy", "under13",
           "roller skating in the driveway 🛼", ["skate", "irl"], items=("coins",), target=0,
           notes="Fourteen fresh accounts hit an 11-year-old roller skating outside within about a "
                 "minute: dares, jacket/socks/swimsuit and turn-around requests, age, street and "
                 "home-alone questions, Snapchat, a room tour and a park meet-up, some in leetspeak "
                 "or spaced letters. Regular viewers ask her to end the stream and her mum calls her in.")
    flood = [
        ("flipz_4_u", "do a split!!", "D", ()),
        ("acc_77120", "take ur jacket off its sunny", "N", ()),
        ("lolipopz_zz", "how old r u", "P", ()),
        ("rink_rat_0", "spin around slowly", "N", ()),
        ("xx_vibe_chkr", "what street is that", "P", ()),
        ("gh0stw4tch", "add me on the ghost app", "O", ("eu",)),
        ("coinzz_dropper", "100 coins if u take ur socks off", "G N", ()),
        ("watcher_3321", "b3t u w0nt do a c4rtwheel", "D", ("lt",)),
        ("midnite_eyes", "r u home alone", "P", ()),
        ("z_z_z_zed", "s h o w  u r  r o o m", "P", ("sp",)),
        ("acc_77120", "do it in ur swimsuit next 😏", "N X", ()),
        ("skaterfan_new1", "ur boring do something", "", ()),
        ("parkbench_pal", "come to the park by ur house later 👀", "M", ()),
        ("daredevil_dex", "dare u to go inside and show ur bedroom", "P D", ()),
        ("lolipopz_zz", "ten or eleven?? answer", "P", ("nw",)),
        ("quickpeek22", "turn the camera on ur legs", "N", ()),
    ]
    ages = {u: i % 3 for i, (u, _, _, _) in enumerate(flood)}
    ages.update({"pops_big_cousin": 800, "regular_rory": 500, "mum_of_poppy": 1100})
    s.castd(ages)
    s.bg(40)
    s.v("regular_rory", "poppy do the backwards one again")
    s.b("ok watch")
    s.bg(6)
    for i, (u, txt, tac, ev) in enumerate(flood):
        s.o(u, txt, tac, ev=ev, fi=(i == 1), lo=0.8, hi=3.2)
        if i == 6:
            s.v("regular_rory", "who are all these accounts??", lo=0.5, hi=2)
        if i == 11:
            s.v("pops_big_cousin", "poppy end the stream now pls, its pops cousin", lo=0.5, hi=2)
    s.v("mum_of_poppy", "Poppy come inside now please, tea's ready", lo=1, hi=3)
    s.b("bye everyone", lo=2, hi=4)
    s.end()
    return s


# ====================================================================
# More benign close calls
# ====================================================================

@session
def b03():
    s = mk(23, "b03_tutor_chem_videocall_1617", "sam_solves", "16-17",
           "A-level chem past papers (tutor watching) ⚗️", ["study"], items=("coins",),
           rate=(8, 40),
           notes="A 17-year-old does past papers while his tutor sets Thursday's video lesson "
                 "through his mum's email, asks for a pic of his working and praises him; his mum "
                 "asks if he ate; a classmate asks him onto Discord for the study group.")
    s.tags = ["tutor: video call for the lesson", "'send me a pic of your working'",
              "'don't tell the others the answers'", "'did you eat'", "'add me on discord'"]
    s.castd({"ms_okafor_tutor": 1400, "sams_mum_carol": 300, "dev_from_chem": 8})
    s.bg(12)
    s.v("ms_okafor_tutor", "Evening Sam, Ms Okafor here 👋 start with paper 2 please")
    s.b("yes miss")
    s.bg(5)
    s.v("ms_okafor_tutor", "send me a pic of your working for question 4 when you're done, I'll mark it tonight", hn=True)
    s.bg(5)
    s.v("ms_okafor_tutor", "that answer is beautiful Sam, so much better than last month", hn=True)
    s.bg(3)
    s.v("ms_okafor_tutor", "I've sent Thursday's video call link to your mum's email, 5pm as usual", hn=True)
    s.b("thanks miss")
    s.bg(4)
    s.v("sams_mum_carol", "did you eat sam? there's soup on the hob", hn=True)
    s.b("after this paper mum")
    s.bg(4)
    s.v("dev_from_chem", "sam add me on discord for the study group, new acc, the old one got banned for spam lol", hn=True)
    s.bg(3)
    s.v("ms_okafor_tutor", "and don't tell the others the answers to paper 2 before friday 😉", hn=True)
    s.end()
    return s


@session
def b04():
    s = mk(24, "b04_coach_dad_pickup_1315", "kai_on_the_wing", "13-15",
           "garden skills after training ⚽", ["sport"], items=("coins",),
           notes="A 14-year-old does football drills; his real coach (old account) praises him, "
                 "asks for a video of his weak-foot drills for the squad and hints he's starting "
                 "Saturday; his dad arranges the 6pm pick-up and tells him to take his jacket off; "
                 "a teammate dares him and asks if he still lives near the leisure centre.")
    s.tags = ["dad: 'I'll pick you up at 6'", "'take your jacket off'", "coach: 'send me a video'",
              "'don't tell the others'", "teammate dare + 'where u living now'"]
    s.castd({"coach_bev_u14s": 1600, "dad_ola": 700, "marcus_no9": 15})
    s.bg(12)
    s.v("coach_bev_u14s", "Coach Bev here 👋 great session tonight Kai, that first touch is getting sharp", hn=True)
    s.b("thanks coach!!")
    s.bg(5)
    s.v("marcus_no9", "dare u to do 50 keepy ups left foot only", hn=True)
    s.b("easy")
    s.bg(5)
    s.v("dad_ola", "take your jacket off son you'll overheat doing those", hn=True)
    s.bg(4)
    s.v("dad_ola", "what time is practice thursday? I'll pick you up at 6 and drop Marcus home too", hn=True)
    s.b("6 yeah")
    s.bg(4)
    s.v("coach_bev_u14s", "send me a video of your weak foot drills by sunday, the whole squad is doing it", hn=True)
    s.bg(3)
    s.v("coach_bev_u14s", "and don't tell the others yet but you're starting saturday 🤫", hn=True)
    s.bg(3)
    s.v("marcus_no9", "where u living now since u moved, still near the leisure centre?", hn=True)
    s.b("yeah just round the corner")
    s.end()
    return s


@session
def b05():
    s = mk(25, "b05_nanny_stars_dog_tricks_under13", "lily_and_biscuit", "under13",
           "teaching biscuit new tricks 🐶", ["pets"], items=("stars", "coins"),
           notes="A 9-year-old trains her dog. Her nan is on a brand-new account and sends stars, "
                 "tells her to take her cardigan off, asks if she's had her tea and not to tell "
                 "grandad; her uncle asks if mum is back yet; an older cousin dares her.")
    s.tags = ["nan: gifts, 'take your cardigan off'", "'have you had your tea'",
              "'don't tell grandad'", "uncle: 'are you on your own'", "cousin's dare"]
    s.castd({"nanny_june_62": 0, "uncle_raj_": 950, "cuz_amara": 410})
    s.bg(12)
    s.v("nanny_june_62", "hello lily darling its nanny!! how do i send the stars")
    s.b("NANNY!!! the star at the bottom")
    s.gift("nanny_june_62", "stars", 50)
    s.v("nanny_june_62", "did it work? that's for biscuit's treats x", hn=True)
    s.bg(5)
    s.v("nanny_june_62", "take your cardigan off love its roasting in that conservatory", hn=True)
    s.bg(4)
    s.v("nanny_june_62", "have you had your tea?", hn=True)
    s.b("fish fingers")
    s.bg(3)
    s.v("nanny_june_62", "don't tell grandad i'm on here he'll want a go 😂", hn=True)
    s.bg(4)
    s.v("uncle_raj_", "your uncle here 👋 are you on your own or is mum back? tell her i'll drop the dog crate round at 5", hn=True)
    s.b("mums back uncle raj")
    s.bg(4)
    s.v("cuz_amara", "dare you to make biscuit do a backflip 😂", hn=True)
    s.b("he did a roll!!")
    s.gift("nanny_june_62", "stars", 20)
    s.end()
    return s


@session
def b06():
    s = mk(26, "b06_class_truth_or_dare_1315", "zoe.z.games", "13-15",
           "among us with the class!! 🔪", ["amongus"], items=("coins",), crowd=16,
           notes="A 13-year-old plays with classmates who play truth or dare in chat (mustard, "
                 "who do you fancy, sing the school song), ask for a pic of the maths homework, "
                 "which bus she gets, to add a new Snapchat, and not to tell the teacher they did "
                 "the homework together.")
    s.tags = ["classmates' truth or dare", "'who do u fancy'", "'send me a pic of the homework'",
              "'which bus'", "'add me on snap'", "'don't tell miss'"]
    s.castd({"jake_from_7c": 3, "meg_bestie": 380, "priya.k.7c": 200})
    s.bg(14)
    s.v("jake_from_7c", "its jake from class lol new acc")
    s.b("hi jake")
    s.bg(3)
    s.v("jake_from_7c", "truth or dare zoe!! dare: eat a spoon of mustard on cam", hn=True)
    s.b("NO WAY. ok fine")
    s.bg(4)
    s.v("priya.k.7c", "truth: who do u fancy in our class 👀", hn=True)
    s.b("NOBODY omg")
    s.bg(3)
    s.v("meg_bestie", "bet u wont sing the school song after this round", hn=True)
    s.bg(4)
    s.v("meg_bestie", "zoe send me a pic of the maths homework pls i forgot to write it down", hn=True)
    s.bg(3)
    s.v("meg_bestie", "and don't tell miss carter we did it together 😭", hn=True)
    s.bg(3)
    s.v("jake_from_7c", "what bus u getting tmrw, the early one?", hn=True)
    s.bg(2)
    s.v("priya.k.7c", "add me on snap my old one got deleted", hn=True)
    s.end()
    return s


@session
def b07():
    s = mk(27, "b07_mod_safety_reminder_quotes_1315", "finn_fishes", "13-15",
           "fishing sim + chill 🎣", ["fishing"], items=("coins",),
           notes="A 13-year-old's channel moderator (a family friend his mum set up as mod) posts a "
                 "safety reminder that quotes what creeps say, tells him not to name his school, "
                 "and a viewer reports being offered Robux to go on Discord elsewhere. No one "
                 "in this chat is an offender.")
    s.tags = ["mod quotes creep lines in a safety reminder", "'don't say your school'",
              "viewer reports a Discord/Robux offer elsewhere", "'how old is this game'"]
    s.castd({"mod_tasha": 2100, "carp_king_lee": 90, "finns_mum_jo": 1300})
    s.bg(14)
    s.v("mod_tasha", "reminder chat: if anyone says 'you're so mature for your age', asks if you're home alone, "
                     "offers coins for dares or says 'add me on snap, don't tell your parents' - don't answer, "
                     "tell a mod or a parent", hn=True)
    s.bg(5)
    s.v("carp_king_lee", "how old is this game lol the graphics", hn=True)
    s.b("its from like 2015")
    s.bg(5)
    s.b("we went fishing with my class from quillby high last week irl it was so cold")
    s.v("mod_tasha", "finn don't say what school you go to on stream pls 🙂", hn=True)
    s.bg(4)
    s.v("carp_king_lee", "someone DMd me saying theyd give me robux to go on discord lol blocked and reported", hn=True)
    s.v("mod_tasha", "good call lee, that's exactly what to do", hn=True)
    s.bg(4)
    s.v("finns_mum_jo", "finn's mum here, thanks tasha 💙 tea in 10 finn")
    s.bg(3)
    s.v("mod_tasha", "chat, no asking finn his age or where he lives, instant timeout", hn=True)
    s.end()
    return s


@session
def b08():
    s = mk(28, "b08_adult_vinyl_flirt_adult", "velvet_vinyl_mel", "adult",
           "friday night vinyl + wine 🍷", ["music"], items=("rose", "coins"),
           rate=(2, 10),
           notes="An adult DJ plays records with a glass of wine; adult regulars flirt ("
                 "stunning, marry me, that dress, your voice should be illegal), invite her to a gig "
                 "for a drink and to add them on Instagram. Adult broadcaster: nothing here is an "
                 "offence.")
    s.tags = ["adult viewers flirting with an adult broadcaster", "'come to the gig, we'll buy you a drink'",
              "'add me on insta'", "'how old is this record'"]
    s.castd({"dj_deano_77": 2400, "soulful_sue": 1800, "bassline_bri": 30, "crate_digger_al": 3})
    s.bg(12)
    s.v("dj_deano_77", "you look stunning tonight mel 😍", hn=True)
    s.b("stop it deano 😂")
    s.bg(4)
    s.v("soulful_sue", "that dress 🔥 where's it from", hn=True)
    s.gift("dj_deano_77", "rose", 10)
    s.bg(4)
    s.v("bassline_bri", "marry me mel", hn=True)
    s.b("get in the queue bri")
    s.bg(4)
    s.v("crate_digger_al", "how old is this record? original pressing?", hn=True)
    s.b("1977 original!!")
    s.bg(3)
    s.v("dj_deano_77", "your voice should be illegal 😏", hn=True)
    s.bg(3)
    s.v("soulful_sue", "come to the gig saturday mel, we'll buy you a drink", hn=True)
    s.v("bassline_bri", "add me on insta, i'm the one who sent the roses last week", hn=True)
    s.end()
    return s


@session
def b09():
    s = mk(29, "b09_art_teacher_gcse_piece_unknown", "oli_paints_stuff", "unknown",
           "finishing my GCSE art piece 🖌️", ["art"], items=("coins",),
           rate=(6, 32),
           notes="A broadcaster of unknown age (GCSE) paints while his art teacher praises him, asks "
                 "for a pic of the piece on Teams for moderation and tells him to take the tape off "
                 "slowly; his dad asks if he's alone upstairs; a classmate asks which room art club "
                 "is in.")
    s.tags = ["teacher: 'you're so talented'", "'send me a pic on Teams'", "'take the tape off slowly'",
              "dad: 'are you alone up there'", "'how old is that brush set'"]
    s.castd({"miss_pryce_art": 1100, "olis_dad_mike": 2000, "tyler_yr10": 4})
    s.bg(12)
    s.v("miss_pryce_art", "Oli it's Miss Pryce! lovely to see you working on it over half term")
    s.b("hi miss!!")
    s.bg(4)
    s.v("miss_pryce_art", "you're so talented, honestly one of the best in the year", hn=True)
    s.bg(4)
    s.v("miss_pryce_art", "take the masking tape off slowly at an angle or it tears the paper", hn=True)
    s.bg(3)
    s.v("tyler_yr10", "how old is that brush set 😂 its falling apart", hn=True)
    s.bg(4)
    s.v("miss_pryce_art", "can you send me a pic of the final piece on Teams for moderation by friday", hn=True)
    s.bg(3)
    s.v("olis_dad_mike", "dinner in 10. are you alone up there or is ben with you?", hn=True)
    s.b("just me dad")
    s.bg(3)
    s.v("tyler_yr10", "which room is art club in now, still B12?", hn=True)
    s.end()
    return s


@session
def b10():
    s = mk(31, "b10_older_cousin_rally_1617", "rhys_rallycar", "16-17",
           "dirt rally career, no assists 🏁", ["racing"], items=("sub_gift", "bits"),
           notes="A 16-year-old races; his older cousin (old account) dares him, gifts subs, "
                 "invites him round for Sunday roast with a 12 o'clock pick-up, and says not to tell "
                 "their uncle about the van; his girlfriend says she loves him; a friend asks for "
                 "the replay on Discord.")
    s.tags = ["cousin: dares + gifted subs", "'I'll pick you up at 12'", "'don't tell uncle Huw'",
              "girlfriend: 'love you'", "'send me the replay on discord'"]
    s.castd({"cuz_gethin": 1800, "ellaaa_x": 260, "owain_racing": 600})
    s.bg(12)
    s.v("cuz_gethin", "bet you won't do this stage on cockpit cam only", hn=True)
    s.b("gethin ur on")
    s.bg(4)
    s.v("cuz_gethin", "5 subs if you finish top 3, go on cuz", hn=True)
    s.bg(6)
    s.b("TOP 3!!!")
    s.gift("cuz_gethin", "sub_gift", 5)
    s.bg(3)
    s.v("ellaaa_x", "love you rhys 🥰 x so proud", hn=True)
    s.bg(3)
    s.v("cuz_gethin", "come round ours sunday, mam's doing a roast, i'll pick you up at 12", hn=True)
    s.bg(2)
    s.v("cuz_gethin", "and don't tell uncle huw i scraped the van on the gatepost 😬", hn=True)
    s.bg(3)
    s.v("owain_racing", "send me the replay on discord after, need that line through the hairpin", hn=True)
    s.end()
    return s


@session
def b11():
    s = mk(32, "b11_classmates_snake_game_1315", "amir_codes", "13-15",
           "coding a snake game in python for IT 🐍", ["coding"], items=("coins",),
           notes="A 14-year-old codes a school project while classmates ask which bus he is on and "
                 "whose house the project meet is at, dare him and call him smart; his IT teacher "
                 "reminds him not to share his school login and asks for the file on Teams; his mum "
                 "asks if he is home.")
    s.tags = ["classmates: 'which school bus', 'at yours or mine'", "'ur so smart'", "dare",
              "teacher: 'send me the file on Teams'", "mum: 'are you home?'"]
    s.castd({"ibby_from_it": 2, "mr_lowe_it": 600, "amirs_mum_sara": 1000, "nadia_codes_too": 45})
    s.bg(12)
    s.v("ibby_from_it", "its ibby from IT lol")
    s.bg(4)
    s.v("ibby_from_it", "which bus u on tmrw, the 7:40?", hn=True)
    s.b("7:40 yeah")
    s.bg(4)
    s.v("nadia_codes_too", "ur so smart ngl how did u do the collision", hn=True)
    s.bg(3)
    s.v("ibby_from_it", "dare u to make the snake go backwards lol", hn=True)
    s.bg(4)
    s.v("mr_lowe_it", "Nice work Amir. Remember don't share your school login on stream", hn=True)
    s.v("mr_lowe_it", "send me the .py file on Teams when it's done for marking", hn=True)
    s.bg(3)
    s.v("nadia_codes_too", "is the project meet at yours or mine saturday? my mum can drive", hn=True)
    s.bg(3)
    s.v("amirs_mum_sara", "amir are you home? stuck in traffic, put the oven on at 6 please", hn=True)
    s.b("ok mum")
    s.end()
    return s


@session
def b12():
    s = mk(33, "b12_cub_leader_birdhouse_under13", "bea_builds_birdhouse", "under13",
           "making a birdhouse for my cub badge 🐦", ["irl", "art"], items=("coins", "stars"),
           notes="A 10-year-old builds a birdhouse; her cub leader asks for the permission slip "
                 "and a photo for her badge and offers a lift to the hut with the twins; her uncle "
                 "asks if she's home alone because mum said she'd be back at 4 and tells her to "
                 "take her gloves off to paint; a cub friend dares her and mentions keeping the camp "
                 "surprise secret from the younger cubs.")
    s.tags = ["cub leader: 'send me a photo', 'I can give you a lift'", "uncle: 'are you home alone'",
              "'take the gloves off'", "'keep the camp surprise a secret'", "friend's dare"]
    s.castd({"akela_denise": 1700, "uncle_tomo": 14, "cub_ezra": 120})
    s.bg(12)
    s.v("akela_denise", "Bea it's Akela! 🐦 looking brilliant")
    s.b("hi akela!!")
    s.bg(4)
    s.v("akela_denise", "remember the permission slip for camp, and send me a photo of the birdhouse for your badge", hn=True)
    s.bg(4)
    s.v("uncle_tomo", "your uncle here 👋 are you home alone? mum said she'd be back at 4", hn=True)
    s.b("shes back uncle tomo, she's helping")
    s.bg(4)
    s.v("uncle_tomo", "take the gloves off for the painting bit, they'll get stuck to it", hn=True)
    s.bg(3)
    s.v("cub_ezra", "dare you to paint it rainbow", hn=True)
    s.bg(3)
    s.v("akela_denise", "what time can you get to the hut saturday? I can give you a lift with the twins if mum can't", hn=True)
    s.bg(2)
    s.v("cub_ezra", "keep the camp surprise a secret from the beavers!!", hn=True)
    s.end()
    return s


@session
def b13():
    s = mk(34, "b13_violin_teacher_dad_chips_1617", "ella_plays_strings", "16-17",
           "violin practice, grade 7 pieces 🎻", ["music"], items=("rose", "coins"),
           rate=(6, 30),
           notes="A 16-year-old practises violin; her teacher asks for a video of the scale and "
                 "says the lesson link is in her mum's email; her dad asks if she's on her own "
                 "because he's fetching fish and chips; her grandma sends roses; a friend dares "
                 "her to play the Minecraft theme.")
    s.tags = ["teacher: 'send me a video', 'lesson link in your mum's email'",
              "dad: 'are you on your own? back in 20'", "grandma's gifts", "friend's dare"]
    s.castd({"mr_bakshi_violin": 1300, "ellas_dad_pete": 500, "grandma_rose_e": 1, "ruby_orch": 220})
    s.bg(12)
    s.v("mr_bakshi_violin", "Good evening Ella, Mr Bakshi here. Lovely tone on the Bach, you're really growing as a player", hn=True)
    s.b("thank you sir!")
    s.bg(4)
    s.v("mr_bakshi_violin", "send me a video of the G minor scale by tuesday, and the lesson link is in your mum's email", hn=True)
    s.bg(4)
    s.v("ellas_dad_pete", "are you on your own ella? I'm picking up fish and chips, back in 20", hn=True)
    s.b("yes dad, get me a fishcake")
    s.bg(4)
    s.v("grandma_rose_e", "hello ella darling it's grandma, is this how i send a rose?")
    s.gift("grandma_rose_e", "rose", 3)
    s.v("grandma_rose_e", "lovely playing, buy yourself some new strings with those pet x", hn=True)
    s.bg(3)
    s.v("ruby_orch", "dare u to play the minecraft theme next", hn=True)
    s.b("ok ruby 😂")
    s.end()
    return s


@session
def b14():
    s = mk(35, "b14_birthday_presents_family_under13", "maya_makes_slime", "under13",
           "BIRTHDAY STREAM!! opening presents 🎂", ["party"], items=("coins", "stars"),
           rate=(1.5, 9),
           notes="An 11-year-old opens birthday presents with family in chat: a great-aunt on a "
                 "new account asks how old she is now, grandma says she looks so grown up and hints "
                 "at a hidden present ('don't tell your mum'), an aunt asks her to twirl in the new "
                 "dress and turn round to show the haircut, her dad arranges a Saturday pick-up, "
                 "a cousin dares her, and a friend asks for her new house number for an invite.")
    s.tags = ["'how old are you now?'", "'you look so grown up'", "'do a twirl', 'turn around'",
              "'don't tell your mum'", "dad: 'I'll pick you up'", "'what's your new house number'"]
    s.castd({"great_aunt_lin": 0, "grandma_bea_x": 700, "auntie_fran": 1500, "dad_of_maya": 2200,
             "cuz_theo": 300, "ivy_bff_5c": 60})
    s.bg(10)
    s.b("HI EVERYONE its my birthday!!!")
    s.bg(3)
    s.v("great_aunt_lin", "happy birthday maya love from great aunt lin! how old are you now? 12 already??", hn=True)
    s.b("11 auntie lin!!")
    s.bg(3)
    s.v("grandma_bea_x", "you look so grown up sweetheart, where did the time go 😢", hn=True)
    s.gift("grandma_bea_x", "coins", 200)
    s.bg(4)
    s.v("auntie_fran", "show us the new dress maya, do a twirl!", hn=True)
    s.b("*twirls*")
    s.v("auntie_fran", "turn around so we can see the back of the haircut 😍", hn=True)
    s.bg(4)
    s.v("grandma_bea_x", "don't tell your mum but there's another present hidden in the shed 🤫", hn=True)
    s.bg(3)
    s.v("cuz_theo", "dare u to eat the whole cupcake in one bite", hn=True)
    s.b("IM DOING IT")
    s.bg(3)
    s.v("dad_of_maya", "happy birthday princess 🎉 I'll pick you up from mum's saturday at 10 for the match", hn=True)
    s.bg(3)
    s.v("ivy_bff_5c", "maya whats ur new house number, my mum is writing the sleepover invite", hn=True)
    s.end()
    return s


def write_readme(outdir, sess):
    order = {"g": 0, "s": 1, "f": 2, "b": 3}
    sess = sorted(sess, key=lambda x: (order[x.name[0]], x.name))
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
The writer did not look at the rules, the model or the engine's output, did
not run the engine on this set, and did not open the other held-out sets
(only their file names were seen once, in a directory listing). The format
follows `/work/shared/scenarios/README.md` exactly (event format, label
format, tactic and evasion codes); the illustrative scenarios were read for
format only and no sentence is reused from them.

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
(greetings, emotes, misc chatter, and per stream topic: shooters, box
fights, kids' building games, Minecraft, Lego, a farm game, Among Us,
racing, fishing, art, music, football, netball, skating, study, IRL,
cooking, pets, an aquarium, dance, coding, a birthday party), with the broadcaster's own filler lines
and occasional viewer gifts. Background handles are made from invented word
pairs; account ages are drawn per handle (about a quarter without the
field, a fifth fresh, the rest old). All people, handles, schools, towns and
places are invented. Content is non-graphic. No third-party chat data was
used.

The offenders write in many voices: polite paragraphs, gamer slang, all
caps, typos, Spanish/French sprinkles, emoji-only lines, and with evasions
(leetspeak, spaced letters, Cyrillic homoglyphs, zero-width spaces, emoji
for apps and acts, euphemisms, number words, requests split over 2-4 lines).
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

README_TAIL = """## Structure notes

* `g09_old_regular_three_weeks_1315` holds three weekly streams by the same
  broadcaster (`st-10009`, `st-10009-b`, `st-10009-c`), each with its own
  `stream_start`/`stream_end`; every other file holds one stream.
* `s01`-`s03` carry `serial_group: "serial-support"` and `related_sessions`;
  the same account (`just_here_2_support`, 11 days old on every line) visits
  the three streams within about 50 minutes.
* In `f01` sixteen offender lines from fourteen fresh accounts (0-2 days)
  arrive within about 45 seconds; two accounts post twice.
* In `g05` the offender returns after the ban on a second fresh account; both
  accounts are listed in `offenders`.
* Account ages: offenders are mostly fresh (0-12 days) but three are old
  (`g03` 2150 days, `g09` 1460, `g13` 2600) and two have no
  `account_age_days` at all (`g02`, `g11`). Many genuine relatives are on
  brand-new accounts too (nans, a great-aunt, an aunt, a classmate's "new acc"),
  so account age alone does not separate them.
* Background chatter is padded to a per-file size (fixed seed); in `g01` and
  `g07` the padding sits before the offender arrives so the session can end
  on the parent or sibling stepping in.

## Labelling choices that could be argued

* **First intervention.** `g01`: at "trials list is secret ... don't tell your
  mum" (one could act one line earlier, at the unverified "coach" asking
  whether the parents are watching). `g04`: at the second half of the split
  forfeit ("shirt off"), not at the V-Bucks 1v1 dare. `g09`: in week 2 at the
  Discord-plus-secrecy line; a strict moderator could act in week 1 at "very
  grown up for your age". `g11`: at the school question, after two location
  probes that a moderator might still let pass. `g13`: at "5k gems, do the
  dance in just the vest top", not at the earlier "thank you dance". `f01`:
  at the second flood line (jacket off); the first ("do a split!!") alone is a
  dare a moderator might ignore. Serial files: at the most concrete line in
  each file, although each contact alone is mild.
* **Pretend relationships** (`g01` coach, `g02` uncle's mate, `g08` supply
  teacher): the opening claim ("coach here, new account", "its ryan, ur
  uncle devs mate", "Mr Hartley here") is labelled `[]`. It is a trust-building
  move but fits no code; some would label it `flattery` or `personal_info`.
* **Small talk mapped to `[]`**: "u still there? 🥺", "JADE ANSWER MY
  MESSAGES", "RUBY!! your top gifter is back 💎", "ur boring do something".
* `g05` "ONE MORE TIME ON CAM LIKE BEFORE AND I DELETE EVERYTHING" carries
  `nudity_request`, `off_platform` and `threat`: "on cam like before" refers
  to earlier private camera contact. "I KNOW YOU GO TO FERNBROOK MOOR ACADEMY"
  is `threat` only (a claim, not a probe).
* `g03` "commission a private piece and pay you properly" is `gift_offer`
  (payment rather than a gift) plus `off_platform` (Telegram).
* `g09` "after all my subs you still havent added me" is `gift_offer` +
  `off_platform` (the add is the Discord from week 2).
* `g04` "d1sc0rd me after, priv call so chat cant see" is `off_platform` only;
  "so chat cant see" could be read as `secrecy` too, but it hides the offender
  rather than asking the child to hide anything.
* `g12` "dare u to show ur room" is `personal_info` (room tour) + `dare`.
* `g13` "unless you go private with me 🔒" is `off_platform` + `threat` (the
  condition of the previous line's threat); not marked `emoji_substitute`
  because "private" is spelled out.
* `g10` "🤫" alone is `secrecy` with `emoji_substitute`; "send 📸 in the dress
  before u go, just for me 🔒" is `nudity_request` + `off_platform`.
* `g14` splits one request over **four** lines (the scenarios README speaks of
  2-3); every part carries `off_platform` and `split_request`.
* `g06` Spanish/French sprinkles are not marked as an evasion (no code fits);
  only the homoglyph Instagram line is.
* **Hard negatives** are listed for the lines that look like a tactic out of
  context; the relatives' ordinary lines around them ("hi mum!!", "I can see
  that mum 😂") are not listed. The relationship is often stated once, early
  ("it's mum", "Coach Bev here", "your uncle here", "its jake from class lol
  new acc") and not repeated.
* `b06` "truth: who do u fancy in our class 👀" between 13-year-old
  classmates is a hard negative, not `sexual_content`.
* `b07`: the moderator's safety reminder quotes creep lines verbatim ("you're
  so mature for your age", "add me on snap, don't tell your parents") and a
  viewer reports an offer made to him elsewhere; nobody in that chat is an
  offender.
* `b04` a teammate asking "where u living now since u moved, still near the
  leisure centre?" and `b14` a best friend asking for "ur new house number"
  are hard negatives (peers who know the child).
* `b08` is an adult broadcaster with adult viewers flirting and inviting her
  for a drink: hard negatives, no offender.
* Some grooming sessions hold hard negatives too: friends' dares (`g04`,
  `g05`, `g07`, `g12`, `g13`, `g14`), a mum's and best friend's compliments
  and "send me a pic of the dress" (`g10`), a dad's "don't tell your mum we
  ate them all" (`g11`), a classmate's "add me on teams" (`g08`).
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith(".ndjson") or fn.endswith(".label.json"):
            os.remove(os.path.join(OUT, fn))
    sess = []
    for fn in SESSIONS:
        s = fn()                       # first pass: size without padding
        FILL[s.name] = max(0, s.target - len(s.events)) if s.target else 0
        sess.append(fn() if FILL[s.name] else s)
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
