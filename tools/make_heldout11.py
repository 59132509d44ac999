#!/usr/bin/env python3
"""make_heldout11.py - deterministic generator for held-out chat set 11.

Writes tests/heldout11/*.ndjson, *.label.json and README.md. Every key line
(offender lines, broadcaster replies, close-call lines by relatives, coaches,
teachers, moderators) is written by hand below; background chatter is drawn
from hand-written topic pools with a fixed per-session seed, and timestamps
come from fixed start times, so a rerun gives byte-identical output.

All people, handles, streams and places are invented. Content is non-graphic.
No third-party chat data is used.

Usage: python3 tools/make_heldout11.py [OUTDIR]   (default tests/heldout11)
"""
import json
import os
import random
import sys
import zlib

TACTICS = ["flattery", "personal_info", "gift_offer", "dare", "nudity_request",
           "sexual_content", "secrecy", "off_platform", "threat", "meeting",
           "age_gap"]
EVASIONS = ["leetspeak", "spaced_letters", "emoji_substitute", "homoglyph",
            "misspelling", "split_request", "number_words", "zero_width",
            "euphemism"]

ZW = "\u200b"


def cyr(s):
    """Swap some Latin letters for Cyrillic look-alikes (homoglyph evasion)."""
    table = {"a": "\u0430", "o": "\u043e", "e": "\u0435", "p": "\u0440",
             "c": "\u0441"}
    return "".join(table.get(ch, ch) for ch in s)


# ---------------------------------------------------------------- pools
POOLS = {
    "gaming": [
        "that clutch was clean", "gg", "what rank are you now", "rotate left next time",
        "the lag on this server is awful", "bro got third partied", "heal before you push",
        "is this the new season map", "nice flick", "that was so close", "loot the blue crate",
        "who else queued after school", "your aim is cracked today", "lmaooo the ragdoll",
        "try the shotgun build", "that boss has two phases watch out", "W", "L lag",
        "which server are you on", "the sniper is on the roof", "classic respawn timing",
        "save your ult for the last fight", "bro forgot to reload", "pog", "one more game",
        "that hitbox is so big", "is crossplay on", "you need the blue keycard first",
        "patch notes nerfed that gun", "chat is cooked tonight", "the storm is closing",
    ],
    "art": [
        "love the colour palette", "what brush is that", "the lineart is so smooth",
        "are you using layers for shading", "that background is gorgeous",
        "how long did the sketch take", "make the sky a bit more purple",
        "i always mess up hands too", "the eyes look amazing", "flip the canvas to check",
        "what tablet do you use", "that texture brush is free right", "chef kiss on the lighting",
        "can you do a timelapse later", "the cat in the corner is so cute",
        "add a rim light maybe", "this is so relaxing to watch", "lo-fi and drawing best combo",
        "my sketchbook is jealous", "how do you pick the skin tones",
    ],
    "music": [
        "that chord change was nice", "what key is this in", "play the intro again",
        "your timing is so good now", "is that a capo on 2", "metronome gang",
        "request: something from the 90s", "the bridge hits different", "tuning check",
        "i'm learning this song too", "that riff is stuck in my head", "loved the outro",
        "how many years have you played", "more reverb maybe", "this is so chill",
        "the left hand part is hard", "scales before songs i know i know", "encore",
        "do you read sheet music or tabs", "vibes", "the dynamics on that were lovely",
        "pedal a bit less maybe", "my teacher makes me do arpeggios too", "so calming",
        "what piece is this", "that run was so fast", "i gave up after grade 2 lol",
        "the quiet bit gave me chills", "how many hours a day do you practise",
        "tempo felt perfect", "that was really musical", "is that a real piano or keyboard",
        "which exam board do you do", "sight reading is my nightmare", "clap clap clap",
    ],
    "sport": [
        "great touch", "the league table is wild this year", "who won the match saturday",
        "that keepy uppy record tho", "stretch first", "what boots are those",
        "ref was blind on that one", "did you see the highlights", "go on then",
        "left foot is improving", "practice makes perfect", "how many reps is that",
        "the cup final is on sunday", "i'd be out of breath already", "clean technique",
        "form looks good", "hydrate", "what position do you play", "top bins",
        "our team lost 4-1 lol",
    ],
    "study": [
        "what chapter is this", "i hate quadratic equations", "mitochondria is the powerhouse",
        "can you explain that again", "pomodoro timer gang", "i have a test friday",
        "my notes look nothing like that", "flashcards are the way", "break time soon?",
        "what exam board", "photosynthesis again noooo", "i finished my essay finally",
        "that trick for fractions is smart", "lofi study vibes", "do the next question",
        "is this on the syllabus", "highlighters everywhere", "brain is fried",
        "french vocab next?", "good luck with mocks everyone",
    ],
    "irl": [
        "what did you have for dinner", "it's raining here too", "love the fairy lights",
        "hi from the car", "what's the weather like", "your room is so tidy",
        "my dog just barked at the screen", "happy friday", "just got home",
        "that hoodie is sick", "the plant in the back is thriving", "nice mug",
        "chat is sleepy today", "who else is skipping homework", "hello from work",
        "what song is playing", "first time catching a stream", "lurking",
        "the lighting is cozy", "tea or coffee",
    ],
    "cooking": [
        "that smells good from here", "more butter", "how long in the oven",
        "is that self raising flour", "my cake always sinks", "the icing looks perfect",
        "yum", "add cinnamon", "what temperature", "fold don't stir",
        "i'm hungry now thanks", "recipe in the description?", "nan's recipe is best",
        "that whisk is working hard", "sprinkles!!", "let it cool first",
        "lick the spoon", "what are we baking next week", "gluten free version?",
        "bake off vibes",
    ],
    "pets": [
        "the hamster is so tiny", "what's the cat's name", "pet tax paid",
        "look at those ears", "my rabbit does that too", "he's so fluffy",
        "is that a cockapoo", "the tank looks so clean", "feed him a treat",
        "she's judging you", "zoomies!!", "aww", "how old is the dog",
        "the goldfish is vibing", "give him a scratch from me", "sleepy boy",
        "belly rub time", "cat walked on the keyboard lol", "what does he eat",
        "10/10 good boy",
    ],
    "blocks": [
        "use stone bricks for the walls", "creeper behind you!!", "put torches down",
        "the moat idea is sick", "do you have mending on that", "spruce looks better",
        "dont dig straight down", "where's the villager trading hall", "add a drawbridge",
        "build a tower on the corner", "lmao the chicken", "is this hardcore mode",
        "night is coming", "you need more iron", "the roof needs stairs not slabs",
        "make a secret room under the throne", "i built one like this on my server",
    ],
    "cozy": [
        "the turnips are ready", "water the crops first", "marry the blacksmith",
        "your barn is so organised", "the festival is tomorrow in game",
        "feed the chickens", "that outfit is cute", "sell the wool not the cloth",
        "rain day = fishing day", "the flowers by the pond are so pretty",
        "how many hearts is that", "upgrade your watering can", "the music is so calming",
        "put a fence round the orchard", "the cat in game is called what", "cozy vibes",
    ],
    "dance": [
        "that footwork", "do the chorus bit again", "the spin at the end!!",
        "what song is this", "your timing is perfect", "slow it down and teach us",
        "i'm trying this in my kitchen", "the arm part is hard", "encore",
        "how long did you practise", "full combo?", "the music is a vibe",
        "nailed it", "do the old routine next", "my legs hurt watching",
    ],
    "reading": [
        "that book ruined me", "no spoilers please", "who is your favourite character",
        "the sequel is better", "annotating gang", "what are you reading next",
        "the plot twist in chapter 12 tho", "library books smell the best",
        "audiobook or paper", "i cried at the ending", "book club pick next week?",
        "the cover is so pretty", "fantasy or mystery", "i need bookmarks like that",
    ],
    "maker": [
        "is that an arduino nano", "check the polarity on that led", "hot glue fixes everything",
        "what motor is that", "the gears keep slipping, add a rubber band", "flux is your friend",
        "does it run on batteries", "my soldering always looks like a blob", "use a breadboard first",
        "the servo is twitching lol", "put a resistor on it", "lego technic is so good",
        "how many pieces is that", "it moved!!", "add a sensor so it stops at the wall",
        "what code are you using", "measure twice cut once", "cable management 10/10",
    ],
    "generic": [
        "hi", "hello!", "hey chat", "lol", "lmao", "😂", "❤️", "🔥🔥", "o7",
        "first", "back", "brb", "hiii", "yo", "omg", "haha", "nice", "true",
        "same", "👋", "ayy", "lets gooo", "😭", "so good", "wb",
    ],
}

BCAST_POOLS = {
    "maker": ["ok don't breathe on it", "thank you!!", "hold on it fell over",
              "chat is this wire right", "testing testing", "nearly there"],
    "blocks": ["where did i put the pickaxe", "ok nearly done with this wall",
               "thanks guys", "chat what block next", "AAAH creeper"],
    "cozy": ["ok watering time", "thank you!!", "i love this season",
             "chat what should i plant", "oops wrong tool"],
    "dance": ["ok again from the top", "thank you!!", "my legs lol",
              "water break", "chat pick the next song"],
    "reading": ["ok next chapter", "this bit is so good", "thank you!!",
                "chat guess what happens", "hold on bookmark"],
    "gaming": ["ok ok one more", "chat did you see that", "i'm so bad at this map",
               "thanks for the follows guys", "wait where is everyone", "nooo",
               "let's go again", "who wants to join next round"],
    "art": ["i might redo the hand", "thank you!!", "ok shading time",
            "chat pick a colour", "my wrist hurts lol", "does this look ok"],
    "music": ["ok this next one is hard", "thank you!!", "one sec",
              "i messed that up haha", "requests in chat", "last one soon",
              "again from the top", "that was better right"],
    "sport": ["ok watch this", "my legs are dead", "one more try",
              "thanks guys", "new record?", "hold on getting water"],
    "study": ["ok next question", "this one confused me", "5 min break",
              "thanks for helping chat", "is that right?", "back to it"],
    "irl": ["hi everyone", "thank you!!", "lol", "chat is so funny today",
            "wait what", "i'm back"],
    "cooking": ["ok now the eggs", "oops too much flour", "it's rising!!",
                "timer is on", "thanks guys", "smells so good"],
    "pets": ["he's being so good", "say hi", "she wants a treat",
             "thank you!!", "he's asleep again lol", "look at him"],
}

NAME_A = ["pixel", "mossy", "cloud", "nova", "biscuit", "ember", "lunar", "tiny",
          "turbo", "maple", "ziggy", "sunny", "frost", "crisp", "velvet", "rusty",
          "pebble", "orbit", "cosmo", "willow", "juno", "copper", "sprout", "echo",
          "quill", "dusty", "bramble", "poppy", "rocket", "hazel"]
NAME_B = ["fox", "otter", "panda", "gamer", "wolf", "bean", "toast", "kid",
          "ninja", "lynx", "koala", "moth", "bear", "cat", "yeti", "wren",
          "sloth", "newt", "finch", "duck", "pickle", "pine", "stone", "owl"]


class Beat:
    __slots__ = ("kind", "user", "text", "tactics", "ev", "fi", "item",
                 "amount", "gap")

    def __init__(self, kind, user=None, text=None, tactics=None, ev=None,
                 fi=False, item=None, amount=None, gap=None):
        self.kind = kind
        self.user = user
        self.text = text
        self.tactics = tactics
        self.ev = ev
        self.fi = fi
        self.item = item
        self.amount = amount
        self.gap = gap


def O(user, text, tactics=(), ev=(), fi=False, gap=None):
    """Offender chat line."""
    for c in list(tactics) + list(ev):
        assert c in TACTICS or c in EVASIONS, c
    return Beat("o", user, text, [c for c in TACTICS if c in tactics],
                [c for c in EVASIONS if c in ev], fi, gap=gap)


def OG(user, item, amount, gap=None):
    """Offender gift."""
    return Beat("og", user, item=item, amount=amount, gap=gap)


def B(text, gap=None):
    """Broadcaster line."""
    return Beat("b", text=text, gap=gap)


def V(user, text, gap=None):
    """Ordinary key viewer line (not a hard negative)."""
    return Beat("v", user, text, gap=gap)


def H(user, text, gap=None):
    """Hard negative: benign line that looks suspicious out of context."""
    return Beat("h", user, text, gap=gap)


def G(user, item, amount, gap=None):
    """Benign gift."""
    return Beat("g", user, item=item, amount=amount, gap=gap)


class Session:
    def __init__(self, name, age, broadcaster, title, topics, start_ts,
                 events, beats, ages, notes, close_calls="", stream=None,
                 fast=False, serial=None, related=None, bg_users=9):
        self.name = name
        self.age = age
        self.broadcaster = broadcaster
        self.title = title
        self.topics = topics
        self.start_ts = start_ts
        self.target = events
        self.beats = beats
        self.ages = dict(ages)  # user -> days or None, for key users
        self.notes = notes
        self.close_calls = close_calls
        self.stream = stream or "st-%d" % (110000 + zlib.crc32(name.encode()) % 89999)
        self.fast = fast
        self.serial = serial
        self.related = related
        self.bg_users = bg_users

    def build(self):
        rng = random.Random(zlib.crc32(self.name.encode()))
        bc = self.broadcaster
        # background users with fixed account ages (or none)
        users = []
        seen = set(self.ages) | {bc}
        while len(users) < self.bg_users:
            u = rng.choice(NAME_A) + rng.choice(["_", "", "."]) + rng.choice(NAME_B)
            if rng.random() < 0.5:
                u += str(rng.randint(2, 999))
            if u in seen:
                continue
            seen.add(u)
            users.append(u)
        ages = dict(self.ages)
        for u in users:
            r = rng.random()
            if r < 0.25:
                ages[u] = None
            elif r < 0.45:
                ages[u] = rng.randint(0, 20)  # many benign users are fresh too
            else:
                ages[u] = rng.randint(30, 2400)
        pool = []
        for t in self.topics:
            pool += POOLS[t]
        pool += POOLS["generic"]
        bpool = []
        for t in self.topics:
            bpool += BCAST_POOLS.get(t, [])
        # how many background events go before each beat
        n_key = len(self.beats)
        n_bg = max(0, self.target - 2 - n_key)
        free = [i for i, b in enumerate(self.beats) if b.gap is None]
        slots = [0] * (n_key + 1)
        for i, b in enumerate(self.beats):
            if b.gap is not None:
                slots[i] = b.gap
                n_bg -= b.gap
        n_bg = max(0, n_bg)
        for _ in range(n_bg):
            choices = free + [n_key]
            slots[rng.choice(choices)] += 1
        events = []
        labels = {"lines": {}, "evasion": {}, "offender_gifts": [],
                  "hard_negatives": [], "offenders": [], "fi": None}
        state = {"ts": self.start_ts, "m": 0, "g": 0, "greeted": False}

        def tick(fast):
            if fast:
                state["ts"] += rng.randint(700, 3500)
            elif self.fast:
                state["ts"] += rng.randint(300, 2500)
            else:
                state["ts"] += rng.randint(2500, 21000)
            return state["ts"]

        def chat(user, text, fast=False):
            state["m"] += 1
            ev = {"type": "chat", "ts": tick(fast), "stream": self.stream,
                  "id": "m%d" % state["m"], "user": user, "text": text}
            if user != bc and ages.get(user) is not None:
                ev["account_age_days"] = ages[user]
            events.append(ev)
            return ev

        def gift(user, item, amount, fast=False):
            state["g"] += 1
            ev = {"type": "gift", "ts": tick(fast), "stream": self.stream,
                  "id": "g%d" % state["g"], "user": user, "item": item,
                  "amount": amount}
            events.append(ev)
            return ev

        decks = {}

        def draw(key, lines):
            """Draw without replacement; reshuffle when the deck runs out."""
            d = decks.get(key)
            if not d:
                d = list(lines)
                rng.shuffle(d)
                decks[key] = d
            return d.pop()

        def background(n):
            for _ in range(n):
                r = rng.random()
                if r < 0.10 and bpool and state["greeted"]:
                    chat(bc, draw("b", bpool))
                elif r < 0.14:
                    gift(rng.choice(users), rng.choice(["coins", "gems", "rose", "bits"]),
                         rng.choice([1, 5, 10, 50, 100]))
                else:
                    chat(rng.choice(users), draw("v", pool))

        events.append({"type": "stream_start", "ts": state["ts"], "stream": self.stream,
                       "broadcaster": bc, "broadcaster_age": self.age,
                       "title": self.title})
        for i, b in enumerate(self.beats):
            background(slots[i])
            fast = b.gap == 0
            if b.kind == "o":
                ev = chat(b.user, b.text, fast)
                if b.user not in labels["offenders"]:
                    labels["offenders"].append(b.user)
                labels["lines"][ev["id"]] = b.tactics
                if b.ev:
                    labels["evasion"][ev["id"]] = b.ev
                if b.fi:
                    assert labels["fi"] is None, self.name
                    labels["fi"] = ev["ts"]
            elif b.kind == "og":
                ev = gift(b.user, b.item, b.amount, fast)
                if b.user not in labels["offenders"]:
                    labels["offenders"].append(b.user)
                labels["offender_gifts"].append(ev["id"])
            elif b.kind == "b":
                chat(bc, b.text, fast)
                state["greeted"] = True
            elif b.kind == "v":
                chat(b.user, b.text, fast)
            elif b.kind == "h":
                ev = chat(b.user, b.text, fast)
                labels["hard_negatives"].append(ev["id"])
            elif b.kind == "g":
                gift(b.user, b.item, b.amount, fast)
        background(slots[n_key])
        state["ts"] += rng.randint(5000, 30000)
        events.append({"type": "stream_end", "ts": state["ts"], "stream": self.stream})
        if labels["offenders"]:
            assert labels["fi"] is not None, self.name
        used = set()
        for codes in labels["lines"].values():
            used.update(codes)
        label = {
            "offenders": labels["offenders"],
            "first_intervention_ts": labels["fi"],
            "tactics_expected": [t for t in TACTICS if t in used],
            "notes": self.notes,
            "lines": labels["lines"],
            "evasion": labels["evasion"],
            "offender_gifts": labels["offender_gifts"],
            "hard_negatives": labels["hard_negatives"],
        }
        for codes in labels["lines"].values():
            for c in codes:
                assert c in TACTICS, (self.name, c)
        for codes in labels["evasion"].values():
            for c in codes:
                assert c in EVASIONS, (self.name, c)
        if self.serial:
            label["serial_group"] = self.serial
            label["related_sessions"] = self.related
        self.events = events
        self.label = label
        return events, label


SESSIONS = []


def add(**kw):
    SESSIONS.append(Session(**kw))


DAY = 86400000
T0 = 1795000000000  # fixed base time (2026-11)


def t(n, hour=0):
    return T0 + n * DAY * 2 + hour * 3600000


# ================================================================ grooming
o = "coach_dunmore_gk"
add(name="g01_fake_coach_new_number_1315", age="13-15", broadcaster="ria_keepsitup",
    title="keepy uppy record attempt ⚽ + chat", topics=["sport", "irl"],
    start_ts=t(0, 17), events=96,
    ages={o: 2, "hollie_b_07": 310, "mod_sandra": 1650},
    notes="Fresh account claims to be the girl's goalkeeping coach on a new number. "
          "Flatters, asks whether her parents are in, asks her to keep 'county trials' "
          "from them, moves to Snapchat/WhatsApp, asks her to stand up and turn round "
          "to show her kit, then threatens to drop her from the list. A real coach "
          "would go through the parents; this one escalates the other way.",
    close_calls="pretend coach",
    beats=[
        B("hiya chat, going for 200 today"),
        O(o, "ria! coach here 👋 new account, lost my old phone at the tournament"),
        V("hollie_b_07", "wait which coach lol"),
        O(o, "well done on saturday, honestly best keeper we've had in the under 15s", ["flattery"]),
        B("thanks coach!! didnt know u watched"),
        O(o, "course i watch. are mum and dad in tonight? need a word about the county trials", ["personal_info"]),
        B("mum's at work til late"),
        O(o, "ok no worries. best not mention the trials to them yet, i don't want the other girls hearing before it's official", ["secrecy"], fi=True),
        V("hollie_b_07", "county trials?? no way"),
        O(o, "easier if we chat on snap, my new one is dunmore.gk", ["off_platform"]),
        B("i dont have snap my mum wont let me"),
        O(o, "whatsapp then. just keep it out of the team group chat", ["off_platform", "secrecy"]),
        O(o, "need your kit size for the county shirt. stand up and show me how the current one fits", ["nudity_request"]),
        O(o, "turn round so i can see the back", ["nudity_request"], gap=0),
        V("mod_sandra", "coach could you just email her parents like the club normally does"),
        O(o, "this is a team matter, stay out of it"),
        O(o, "ria if i dont hear from you tonight you wont be on the list. i mean it", ["threat"]),
        B("ill ask my mum"),
        O(o, "no. do not bring your mum into this", ["secrecy"]),
        V("mod_sandra", "timed out. ria, proper coaches never say that. show your mum this chat ok"),
        B("ok she's home at 9"),
    ])

o = "daz_from_the_darts"
add(name="g02_uncles_mate_headset_under13", age="under13", broadcaster="benji_blocks",
    title="building a castle in survival!!", topics=["blocks"],
    start_ts=t(1, 16), events=88,
    ages={o: 5, "nico_pixel": 40, "sk8r_jodie": None},
    notes="Fresh account says he is the boy's uncle's mate from darts. Typos and "
          "slang. Sends coins, asks his age and whether mum is home, offers to drop a "
          "spare headset round and asks for his road by whisper, asks him to keep it "
          "from mum, and says he will come round at 8.",
    close_calls="pretend family friend",
    beats=[
        B("hi guys todays the castle"),
        O(o, "alright benji its daz, ur uncle lees mate from the darts. he said u stream 👍"),
        B("oh hi"),
        O(o, "ur builds r mint mate better than my nephew an hes 15", ["flattery"]),
        OG(o, "coins", 500),
        O(o, "theres 500 coins for u lad", ["gift_offer"]),
        B("WOW thank you!!!"),
        O(o, "how old r u now 10? 11?", ["personal_info"]),
        B("11 lol"),
        O(o, "ur mum home or just u tonite", ["personal_info"], ["misspelling"], fi=True),
        B("just me an my sister, mums at bingo"),
        O(o, "nice one. lee says ur after a new headset, i got a spare one in the van", ["gift_offer"]),
        O(o, "i cud drop it round later, wat road r u on agen", ["meeting", "personal_info"], ["misspelling"]),
        V("nico_pixel", "dont say ur address on stream benji!!"),
        O(o, "no need to put it in chat just whisper it me", ["personal_info", "off_platform"]),
        O(o, "an dont say nothin to ur mum yet, want it to be a surprise from me an lee", ["secrecy"], ["misspelling"]),
        V("sk8r_jodie", "benji ask ur uncle first"),
        O(o, "lee knows its fine. ill be round bout 8 yeh", ["meeting"]),
        B("ok"),
        O(o, "good lad 👍"),
    ])

o = "meridian_quill"
add(name="g03_old_account_mentor_1617", age="16-17", broadcaster="inkwell_ada",
    title="figure studies + chill 🎨", topics=["art", "irl"],
    start_ts=t(2, 20), events=130,
    ages={o: 1430, "ghostpen_lu": 22, "mod_harriet": 2100},
    notes="Four-year-old account and a long-time gifter. Polite full-sentence "
          "paragraphs, slow build over most of the stream: flattery about maturity, "
          "states he is 41, asks about sixth form, offers mentoring on 'the little "
          "ghost app' that deletes itself, says her parents would not understand, "
          "asks for reference photos of her in outfits, appearance compliment, "
          "tablet offer, then leans on his past gifts.",
    close_calls="old account",
    beats=[
        OG(o, "bits", 500),
        O(o, "Evening Ada. I've followed your work for a couple of years now and the progress in your anatomy studies is remarkable for someone so young.", ["flattery"]),
        B("omg thank you!! that means a lot"),
        O(o, "You have a maturity in your line work that I rarely see. Most of the illustrators I work with are twice your age.", ["flattery"]),
        O(o, "I'm 41, so forgive an old man's compliments, but I mean them.", ["age_gap"]),
        B("lol ur not old"),
        O(o, "Kind of you. Are you still at sixth form, or have you finished? I'd love to know what course you're aiming for.", ["personal_info"]),
        B("sixth form yeah, year 12"),
        OG(o, "bits", 1000),
        O(o, "Perfect age to start a portfolio. I could mentor you properly, but chat isn't really the place. Do you have the little ghost app?", ["off_platform"], ["euphemism"], fi=True),
        B("i mostly use insta for art"),
        O(o, "Insta is too public. The ghost one clears itself, which keeps things between the two of us. Your parents wouldn't understand an older mentor anyway.", ["off_platform", "secrecy"]),
        V("ghostpen_lu", "ada ur hands are so much better than last month"),
        O(o, "For the figure studies I'd need reference photos of you. Nothing strange, just how you stand in the outfits you like.", ["nudity_request"]),
        V("ghostpen_lu", "ada he's being weird"),
        O(o, "I'm sure you look lovely in them.", ["sexual_content"]),
        O(o, "I'll send you a proper tablet for your birthday if you're up for it.", ["gift_offer"]),
        B("i think ill keep stuff on here thanks"),
        O(o, "That's a shame. I've supported this channel for years, Ada. I think I've earned a little trust.", ["gift_offer"]),
        V("mod_harriet", "removing that. ada, you don't owe anyone for gifts"),
    ])

o = "CRANKED_2_HARD"
add(name="g04_allcaps_vbucks_dare_1315", age="13-15", broadcaster="zapzap_milo",
    title="arena grind, 500 wins or no sleep", topics=["gaming"],
    start_ts=t(3, 19), events=110, fast=True,
    ages={o: 1, "dripcheck_ty": 14, "mod_kaz": 900},
    notes="Fresh account writing in all caps and gamer slang. Flattery, asks age, "
          "offers 2k V-Bucks for a dare, asks for the shirt off on cam in leetspeak, "
          "then a 'stand up and spin' dare, V-Bucks for adding him on Discord, and a "
          "threat to clip the boy 'begging' for V-Bucks.",
    beats=[
        O(o, "YOOO MILO UR CRACKED FR FR", ["flattery"]),
        O(o, "NO CAP BEST PLAYER ON THIS WHOLE SERVER", ["flattery"]),
        O(o, "WAIT HOW OLD R U ACTUALLY", ["personal_info"]),
        B("14 why"),
        O(o, "BET U WONT DO A DARE FOR 2K VBUCKS", ["dare", "gift_offer"], fi=True),
        B("what dare lol"),
        O(o, "T4KE UR SH1RT 0FF ON C4M", ["dare", "nudity_request"], ["leetspeak"]),
        O(o, "ITS JUST A JOKE BRO EVERY1 DOES IT", []),
        V("dripcheck_ty", "bro what 💀"),
        H("dripcheck_ty", "milo i dare u to go no-scope only next game"),
        O(o, "OK OK EASIER 1. STAND UP N SP1N 4 CHAT", ["dare", "nudity_request"], ["leetspeak"]),
        O(o, "2K VBUCKS IF U ADD ME ON D1SC0RD. CRANKED#0420", ["gift_offer", "off_platform"], ["leetspeak"]),
        B("nah im good"),
        O(o, "UR MID ANYWAY. IMMA CLIP THIS N POST U BEGGING 4 VBUCKS", ["threat"]),
        V("mod_kaz", "banned. gg milo keep going"),
    ])

o = "ponymad_aunty"
add(name="g05_typos_gems_nightie_under13", age="under13", broadcaster="lily_loves_ponies",
    title="grooming my horses in star stable 🐴", topics=["cozy", "pets"],
    start_ts=t(4, 17), events=78,
    ages={o: 0, "poppy_rides": 130, "rosie.m": None},
    notes="Day-old account with heavy misspellings. Flatters, asks age, asks whether "
          "parents are watching, offers 'five hundred gems' for 'something', tells her "
          "to shut her bedroom door, asks for her nightie on camera, 'our secret game', "
          "and offers 'a thousand more' later.",
    beats=[
        B("hiiii everyone"),
        O(o, "awww ur horse is so prety 🦄", ["flattery"], ["misspelling"]),
        O(o, "ur so clevr for ur age how old r u", ["flattery", "personal_info"], ["misspelling"]),
        B("im 9 nearly 10"),
        O(o, "wow nine 😍 ur parnts must be so proud, r they watchin?", ["personal_info"], ["misspelling"]),
        B("no mummy is making tea"),
        O(o, "ill send u five hundred gems for ur pony if u do sumthin for me", ["gift_offer", "dare"], ["number_words", "misspelling"], fi=True),
        OG(o, "gems", 500),
        O(o, "go in ur room an shut the door so its jus us", ["secrecy"], ["misspelling"]),
        O(o, "then put ur nightie on an show me 🙈", ["nudity_request"]),
        V("poppy_rides", "lily dont!! tell your mum"),
        O(o, "shhh dont tell mummy its our secret game", ["secrecy"]),
        B("mummy says tea is ready bye"),
        O(o, "come bak later an ill giv u a thousand more", ["gift_offer"], ["number_words", "misspelling"]),
    ])

o = "marco_v_bello"
add(name="g06_multilingual_sextortion_1617", age="16-17", broadcaster="sofi_rollerdance",
    title="roller dance practice in the garage 🛼", topics=["sport", "music", "irl"],
    start_ts=t(5, 18), events=104,
    ages={o: 12, "tilly_wheels": 480, "brodie_k": 3},
    notes="Account with Spanish and Italian sprinkles. Appearance flattery, asks age, "
          "'age is only a number, I am 34', sexualised compliment, a request split over "
          "three lines to skate towards the camera without the jacket, a move to "
          "Telegram with a Cyrillic letter, then sextortion: screenshots sent to her "
          "school unless she writes to him.",
    beats=[
        O(o, "ciao bella 😍 que bonita eres", ["flattery"]),
        O(o, "how old are you cariño? you look 20", ["flattery", "personal_info"]),
        B("17 lol"),
        O(o, "17 perfecto. age is only a number, yo tengo 34", ["age_gap"], fi=True),
        V("tilly_wheels", "ur spins are so clean sofi"),
        O(o, "you have the body of a dancer, muy sexy", ["sexual_content"]),
        O(o, "do something for me", ["nudity_request"], ["split_request"]),
        O(o, "skate slowly towards the camera", ["nudity_request"], ["split_request"], gap=0),
        O(o, "sin la chaqueta 😏 without the jacket", ["nudity_request"], ["split_request"], gap=0),
        V("brodie_k", "weirdo"),
        O(o, "we talk on " + "telegr\u0430m" + ", marco_vb", ["off_platform"], ["homoglyph"]),
        B("no thanks"),
        O(o, "I already have screenshots from your streams. If you don't write me I send them to your school with captions", ["threat"]),
        O(o, "tu decides, bonita", ["threat"]),
        V("tilly_wheels", "sofi block and report, screenshot it for your mum"),
    ])

o = "mapleleaf_helper"
add(name="g07_homoglyph_zerowidth_farm_1315", age="13-15", broadcaster="quinn_plays_cozy",
    title="year 3 spring on the farm 🌷", topics=["cozy", "irl"],
    start_ts=t(6, 16), events=92,
    ages={o: 3, "turnip_tam": 700, "mod_ollie": 1200},
    notes="Fresh account on a cozy farm stream. Flattery, asks whether anyone is "
          "with her and when dad checks in, then Snapchat with a zero-width space, "
          "Telegram in spaced letters, 'delete the chats' and 'private stream' with "
          "Cyrillic letters and a gem offer, and 'don't tell your mods'.",
    beats=[
        O(o, "ur farm is the cutest one i've seen", ["flattery"]),
        O(o, "r u allowed to stream on ur own or is someone with u", ["personal_info"]),
        B("on my own, my dad checks in sometimes"),
        O(o, "cool. when does he usually check", ["personal_info"], fi=True),
        O(o, "u should add me on sn" + ZW + "ap, i have tips for the festival", ["off_platform"], ["zero_width"]),
        O(o, "or t e l e g r a m if u dont have it", ["off_platform"], ["spaced_letters"]),
        B("im not allowed"),
        O(o, "ur dad doesnt need to know, just delete the " + cyr("chats") + " after", ["secrecy"], ["homoglyph"]),
        O(o, "i can do a " + cyr("private") + " stream with u and gift 300 gems", ["off_platform", "gift_offer"], ["homoglyph"]),
        OG(o, "gems", 300),
        O(o, "just dont tell ur m" + "\u043e" + "ds", ["secrecy"], ["homoglyph"]),
        V("mod_ollie", "got it, he's gone. quinn you did the right thing"),
    ])

o = "velvetnights_22"
add(name="g08_emoji_apps_singing_unknown", age="unknown", broadcaster="tiny_beats_tia",
    title="singing ur requests 🎤 (no mean comments pls)", topics=["music", "irl"],
    start_ts=t(7, 19), events=82,
    ages={o: 6, "mod_dee": 800, "harmony_hx": 55},
    notes="Broadcaster's age unknown (sounds young). Offender flatters, guesses 13, "
          "asks her school, then uses emoji for Snapchat, a gift, a photo in pyjamas, "
          "secrecy, a suggestive emoji string and a private camera; after the mod "
          "steps in he says he is 24 and proposes meeting at 'the 🍔 place'.",
    beats=[
        O(o, "your voice is actual magic ✨", ["flattery"]),
        O(o, "how old r u? u sound like 13", ["personal_info"]),
        B("not saying my age lol"),
        O(o, "smart 😇 what school tho, i might know it", ["personal_info"]),
        O(o, "u should 👻 me, i'll send u a 🎁", ["off_platform", "gift_offer"], ["emoji_substitute"], fi=True),
        O(o, "and i'd love a 📸 of u in ur pjs 🛏️", ["nudity_request"], ["emoji_substitute"]),
        O(o, "🤫🤫", ["secrecy"], ["emoji_substitute"]),
        O(o, "😘💋🍑", ["sexual_content"], ["emoji_substitute"]),
        B("mod??"),
        V("mod_dee", "on it. dont engage with them tia"),
        O(o, "🔒🎥 later? just us", ["off_platform"], ["emoji_substitute"]),
        O(o, "im 24 but we'd get on so well, age doesnt matter 🥰", ["age_gap"]),
        O(o, "im in ur area for a gig next wk, 🤝 at the 🍔 place?", ["meeting"], ["emoji_substitute"]),
    ])


# ================================================================ benign
add(name="b01_stepdad_late_home_under13", age="under13", broadcaster="robo_rory",
    title="lego robot that climbs stairs?? 🤖", topics=["maker", "irl"],
    start_ts=t(8, 17), events=84,
    ages={"gaz_r_73": 820, "nan_pauline": 4, "olly_from_5b": 60},
    notes="Rory's stepdad (never says 'stepdad'; calls himself Gaz, mentions 'your "
          "mum') is stuck in traffic and checks whether Rory is on his own, tells him "
          "to lock the back door, asks if he ate, jokes about not telling mum he is "
          "late, asks for a photo of the robot. Nan pops in; a classmate dares him.",
    close_calls="stepparent, nan, classmate",
    beats=[
        B("hi chat, today the robot climbs the stairs hopefully"),
        V("gaz_r_73", "rory it's gaz, stuck on the M6, back by 7"),
        H("gaz_r_73", "are you on your own till then or is nan still there?"),
        B("nan went home, just me and biscuit"),
        H("gaz_r_73", "ok lock the back door and don't answer it to anyone, 40 mins max"),
        H("gaz_r_73", "and don't tell your mum I'm late again she'll only worry 😂"),
        H("gaz_r_73", "did you eat? pizza in the freezer, 200 for 15 min"),
        B("ok gaz"),
        V("nan_pauline", "hello sweetheart it's nanna, your mum showed me how to do this"),
        G("nan_pauline", "coins", 20),
        V("nan_pauline", "is that the robot from christmas? clever boy"),
        H("olly_from_5b", "rory bet you cant make it go up all 13 stairs"),
        B("watch me olly"),
        H("gaz_r_73", "send me a pic of it when it's done, I'll show the lads at work"),
        V("gaz_r_73", "just parked, see you in a min bud"),
    ])

add(name="b02_foster_carer_dinner_1315", age="13-15", broadcaster="jaz_draws_dragons",
    title="dragon commission WIPs (closed for now)", topics=["art"],
    start_ts=t(9, 18), events=90,
    ages={"michelle_h": 15, "kai_lil_bro": None, "mira_class9": 200},
    notes="Jaz's foster carer Michelle (relationship implied: 'your social worker', "
          "'I'm downstairs') asks if she ate, tells her to take the jumper off under "
          "the lamp, says the social worker will call and to take it in her room so "
          "it's private, and asks her not to tell Kai about the cake. A classmate "
          "asks which bus she gets.",
    close_calls="foster carer, foster sibling, classmate",
    beats=[
        B("hi hi, scales today"),
        H("michelle_h", "jaz dinner in 10, did you eat lunch at school? be honest"),
        B("yes michelle"),
        V("kai_lil_bro", "jaz draw me as a dragon"),
        B("later kai"),
        H("michelle_h", "take that big jumper off you'll boil under that lamp 😂"),
        H("michelle_h", "your social worker is ringing thursday at 4, take it up in your room so it's private"),
        G("michelle_h", "coins", 50),
        H("michelle_h", "and don't tell Kai about the cake, he'll go looking for it"),
        V("kai_lil_bro", "what cake"),
        V("michelle_h", "no cake kai 🙂"),
        H("mira_class9", "jaz what bus do u get tomorrow, the 42?"),
        B("yeah the 42, sit at the back"),
        V("mira_class9", "ok save me a seat"),
    ])

add(name="b03_godmother_gifts_under13", age="under13", broadcaster="elsie_bakes_",
    title="baking lemon drizzle for the school fair 🍋", topics=["cooking"],
    start_ts=t(10, 16), events=76,
    ages={"auntie_fran_g": 1, "big_bro_alfie": 600, "mrs_kemp_pta": 30},
    notes="Elsie's godmother made a new account just to watch. She sends coins, "
          "flatters her baking, asks when mummy is back from her shift, says not to "
          "tell her brother about the birthday present and asks for a photo on the "
          "family group. Big brother teases; a PTA parent mentions the fair.",
    close_calls="godparent (fresh account), sibling, PTA parent",
    beats=[
        B("hello!! lemon drizzle today"),
        V("auntie_fran_g", "hello my darling it's Fran! made an account just to watch you 💕"),
        G("auntie_fran_g", "coins", 100),
        H("auntie_fran_g", "a little treat from your godmother, spend it on something nice"),
        H("auntie_fran_g", "you're the cleverest baker I know, better than me at your age"),
        V("big_bro_alfie", "elsie you've got flour on ur face lol"),
        H("auntie_fran_g", "what time is mummy back from the hospital? I'll ring the house after"),
        B("half 8 i think"),
        H("auntie_fran_g", "don't tell Alfie what I got you for your birthday 🤫"),
        V("big_bro_alfie", "i can read this fran"),
        V("mrs_kemp_pta", "Lovely Elsie! The fair starts at 2 on Saturday, cakes to the hall by 1 please"),
        H("auntie_fran_g", "send me a photo when it's out of the oven, on the family group!"),
    ])

add(name="b04_older_sister_jacket_1617", age="16-17", broadcaster="deano_fc",
    title="career mode, cup final then bed", topics=["gaming", "sport"],
    start_ts=t(11, 20), events=100, fast=True,
    ages={"megs_d": 1500, "jj_winger": 300, "coach_lamb": None},
    notes="Dean's older sister Megs (implied: 'mum says', 'I ate your chips') in chat: "
          "take the hoodie off, 'what's your snap again, new phone', a 20-quid dare. "
          "His team-mate says his dad can pick him up at 6; the real coach reminds "
          "about kit.",
    close_calls="older sibling, team-mate, coach",
    beats=[
        B("cup final lets go"),
        H("megs_d", "take the hoodie off it's boiling in there, mum's put the heating on full"),
        B("shut up megs"),
        H("megs_d", "bet you won't score from the halfway line, 20 quid"),
        H("megs_d", "what's your snap again, got a new phone and lost everything"),
        B("same as before lol"),
        H("jj_winger", "dean what time is training tmrw, my dad can pick you up at 6"),
        B("half 6 at the rec"),
        V("coach_lamb", "evening lads. boots cleaned for sunday please, shirts are in the boot of my car"),
        H("megs_d", "don't tell mum I ate your chips"),
        V("jj_winger", "GOOOOAL"),
        H("coach_lamb", "Dean ask your dad if he can drive three of you to the away game, I'll message him"),
    ])

add(name="b05_babysitter_cake_under13", age="under13", broadcaster="mila_and_mochi",
    title="mochi's new hamster maze 🐹", topics=["pets"],
    start_ts=t(12, 17), events=72,
    ages={"becca_sitter": 9, "mum_of_mila": 2000, "evie_bff": None},
    notes="Mila's babysitter (implied: 'I'm making your tea', 'mum's home at half 9') "
          "asks about pyjamas and bedtime, tells her to come down to make mum's "
          "birthday cake and to keep it off stream; mum pops in; best friend dares her.",
    close_calls="babysitter, mum, best friend",
    beats=[
        B("hi everyone this is mochi"),
        V("becca_sitter", "hi mila! making your tea now, fish fingers ok?"),
        H("becca_sitter", "come downstairs in 5, we're doing the cake for mum's birthday"),
        H("becca_sitter", "shhh don't say it on stream in case she's watching 🤫"),
        H("evie_bff", "mila i dare u to let mochi run on the keyboard"),
        B("NO evie lol"),
        V("mum_of_mila", "hi darling, Becca says you've been very good! love you"),
        H("becca_sitter", "are your pyjamas on? bed at 8 when this finishes"),
        H("becca_sitter", "what time is mummy home, half 9? ok i'll wait up"),
        H("becca_sitter", "i'll give you 10 more minutes if you clean mochi's cage first"),
    ])

add(name="b06_neighbour_cat_feeder_1315", age="13-15", broadcaster="theo_tinkers",
    title="soldering a traffic light for my shed 🚦", topics=["maker", "pets"],
    start_ts=t(13, 18), events=86,
    ages={"pat_no12": 1800, "arduino_sam": 7, "theos_dad_rob": 900},
    notes="Pat from next door, who feeds the cat, asks if dad is home, says she'll pop "
          "round at 6 and to leave the side gate open, guesses his age, and jokes about "
          "not telling mum she fed the cat ham. A maker viewer invites him to a Discord "
          "server and his dad answers it.",
    close_calls="neighbour, dad, maker community",
    beats=[
        B("ok iron is hot, dont touch"),
        V("pat_no12", "evening Theo, Pat from next door, saw the light on in the shed"),
        H("pat_no12", "is your dad home? I've got the cat food for Biscuit"),
        B("he's in the kitchen"),
        H("pat_no12", "I'll pop round at 6, leave the side gate open love"),
        H("pat_no12", "you've shot up since summer, what are you now, 13?"),
        B("14 in march"),
        H("pat_no12", "don't tell your mum I gave Biscuit the ham again 😄"),
        H("arduino_sam", "theo add me on discord, we have a beginner electronics server"),
        V("theos_dad_rob", "hi Sam, it's Theo's dad, send me the invite and I'll have a look first"),
        V("arduino_sam", "no worries, link is on my profile, 13+ with parent ok"),
    ])


# ================================================================ more grooming
o = "mr_hale_music"
add(name="g09_fake_music_teacher_1315", age="13-15", broadcaster="keys_by_nell",
    title="grade 4 pieces practice 🎹 (be nice)", topics=["music"],
    start_ts=t(14, 18), events=128,
    ages={o: 1, "tamsin_8r": 250, "mod_priya_k": 1400},
    notes="Fresh account poses as a music teacher from her school. Slow build over "
          "most of the stream: practice small talk, flattery, asks if her mum is "
          "around, a 'scholarship' to keep from her parents and the head of music, "
          "private video-call lessons 'just the two of us', a music-shop voucher, "
          "camera framing of 'the whole of you', then threats when a classmate "
          "says he doesn't teach their year, including knowing which practice room "
          "she uses.",
    close_calls="pretend teacher",
    beats=[
        B("hi chat, scales first then the pieces"),
        O(o, "Good evening Nell, it's Mr Hale from the music department. Made an account for the department channel."),
        B("oh hi sir"),
        O(o, "Did you practise the grade 4 pieces this week?"),
        B("kind of lol"),
        O(o, "Lovely tone on that minuet. Honestly the most talented pianist in your year.", ["flattery"]),
        O(o, "Are you streaming from home? Is your mum around? I wanted a quick word about a scholarship.", ["personal_info"]),
        B("shes at the shops"),
        O(o, "Let's keep the scholarship between us until it's confirmed. Don't mention it to your parents or Mrs Doyle yet.", ["secrecy"], fi=True),
        V("tamsin_8r", "scholarship?? nell thats huge"),
        O(o, "I also do private lessons on video call, just the two of us. No need to tell anyone, it's an arrangement I have with my best students.", ["secrecy", "off_platform"]),
        O(o, "I'd waive the fee, and there's a music shop voucher in it for you.", ["gift_offer"]),
        O(o, "Wear something comfy and angle the camera so I can see your posture properly. The whole of you, not just your hands.", ["nudity_request"]),
        V("tamsin_8r", "wait mr hale doesnt teach year 9?? we have ms okafor"),
        O(o, "I cover a lot of classes, Tamsin."),
        O(o, "Nell, I'm disappointed. If you're going to be difficult the scholarship goes to someone else.", ["threat"]),
        O(o, "And I know which practice room you use on Tuesdays.", ["threat"]),
        V("mod_priya_k", "removed. nell tell your mum and ms okafor tomorrow, that isn't a teacher"),
        B("ok thank u priya"),
    ])

o = "granite_greg"
add(name="g10_old_regular_sextortion_1617", age="16-17", broadcaster="cal_climbs",
    title="bouldering session at the wall 🧗", topics=["sport", "irl"],
    start_ts=t(15, 19), events=112,
    ages={o: 1100, "wall_staff_nat": 900, "mod_reeve": 1700, "chalkbag_io": 12},
    notes="Three-year-old account, a regular gifter. Flattery, checks the boy is still "
          "17, asks him to take the vest off to show chat his back, pushes to Instagram "
          "DMs, then sextortion: says he kept a photo and demands gift cards by Friday "
          "or the club and his mum get it, and asks him not to mention it on stream.",
    close_calls="old account",
    beats=[
        OG(o, "bits", 200),
        O(o, "Good session Cal, your footwork is miles better than last month", ["flattery"]),
        B("cheers greg"),
        O(o, "still 17? or did you have the birthday", ["personal_info"]),
        B("17 till june"),
        V("wall_staff_nat", "nice send! wall closes at 9 tonight btw"),
        O(o, "take the vest off for the next problem, show chat the back muscles 💪", ["nudity_request"], fi=True),
        V("chalkbag_io", "greg mate that's weird"),
        O(o, "just banter lads"),
        O(o, "cal check your insta dms, sent you something", ["off_platform"]),
        B("i blocked you on insta greg"),
        O(o, "then you remember what you sent me. i kept it", ["threat"]),
        O(o, "two hundred quid in gift cards by friday or your club and your mum get it", ["threat"], ["number_words"]),
        O(o, "and dont mention this on stream again", ["secrecy"]),
        V("mod_reeve", "greg is banned. cal you're not in trouble, report it and tell someone you trust"),
        B("yeah telling my dad now"),
    ])

o = "truthordare_tom"
add(name="g11_sleepover_truth_dare_under13", age="under13", broadcaster="the_sleepover_3",
    title="SLEEPOVER STREAM truth or dare ask us!!", topics=["irl"],
    start_ts=t(16, 20), events=90, fast=True,
    ages={o: 0, "amara_bff": 90, "mum_of_priya": 1300, "zoe_classmate": None},
    notes="Three 11-year-olds at a sleepover. A day-old account joins their truth or "
          "dare: asks ages, dares them to swap pyjama tops on cam for coins, a kissing "
          "'truth', a lights-off whisper dare so parents don't hear, asks if mums are "
          "asleep, and a dare to join his private stream. Friends' own dares and a mum "
          "saying lights out are harmless.",
    beats=[
        B("HIII we are doing truth or dare send us some!!"),
        H("amara_bff", "dare: do the floss with a face mask on lol"),
        H("zoe_classmate", "truth: worst school dinner ever"),
        B("the fish pie 🤢"),
        O(o, "truth or dare!! i pick dare for all 3 of u", ["dare"]),
        O(o, "how old r u all", ["personal_info"]),
        B("we're all 11"),
        O(o, "dare: everyone swap pyjama tops on cam", ["dare", "nudity_request"], fi=True),
        O(o, "1,000 coins if u do it", ["gift_offer", "dare", "nudity_request"], gap=0),
        V("amara_bff", "ew no thats weird"),
        O(o, "truth: have u ever kissed a boy", ["dare", "sexual_content"]),
        O(o, "dare: turn the big light off and whisper so ur parents dont hear", ["dare", "secrecy"]),
        O(o, "r ur mums asleep yet", ["personal_info"]),
        V("mum_of_priya", "girls, lights out at 10 please! and ignore anyone weird xx"),
        O(o, "dare: come on my private stream, link in my bio", ["dare", "off_platform"]),
        H("zoe_classmate", "dare: prank call priya's brother lol"),
    ])

o1 = "kindkarl_88"
o2 = "kindkarl_88_"
add(name="g12_ban_evasion_tutor_1315", age="13-15", broadcaster="dani_does_maths",
    title="doing my homework live, help me chat 📐", topics=["study"],
    start_ts=t(17, 17), events=118,
    ages={o1: 620, o2: 0, "mod_fennel": 1000, "ruby_set2": 45},
    notes="Two-year-old account offers free tutoring, flatters, asks her school, "
          "proposes a call just the two of them and is banned; an alt made that day "
          "continues: asks her to tell the mods he's her tutor, says he is 52, offers 'two thousand "
          "gems a week' for lessons on D i s c o r d with cam on, then says he knows "
          "her school from her blazer.",
    beats=[
        B("ok question 4, simultaneous equations ugh"),
        O(o1, "you're sharper than half my office, honestly", ["flattery"]),
        O(o1, "which school has you doing these in year 9?", ["personal_info"]),
        B("not saying lol"),
        O(o1, "I tutor for free. we could do a call, just us, much quicker than chat", ["off_platform"], fi=True),
        V("mod_fennel", "no private calls from chat. bye karl"),
        V("ruby_set2", "dani x = 3 btw"),
        O(o2, "rude of your mod. I only wanted to help"),
        O(o2, "tell them I'm your tutor and they'll leave us alone", ["secrecy"]),
        O(o2, "I'm 52, I've tutored loads of girls your age, nothing odd about it", ["age_gap"]),
        O(o2, "two thousand gems a week for private lessons on d i s c o r d", ["gift_offer", "off_platform"], ["spaced_letters", "number_words"]),
        O(o2, "you'd only need to keep the cam on", ["off_platform"]),
        O(o2, "I know it's St Aldric's anyway, the blazer was on your chair", ["personal_info", "threat"]),
        V("mod_fennel", "alt banned too. dani, screenshot this for your parents"),
    ])

o = "topfan_points"
add(name="g13_points_leaderboard_dance_1315", age="13-15", broadcaster="rhythm_rae",
    title="dance game expert songs + requests 💃", topics=["dance"],
    start_ts=t(18, 18), events=104,
    ages={o: 9, "combo_kid_x": 400, "mod_juniper": 800},
    notes="A 'points challenge' trick: every dare earns leaderboard points and the top "
          "fans get a gift card. Dares escalate from saying his name to dancing in "
          "pyjamas, showing her room and window, losing the hoodie in leetspeak for "
          "double points, claiming points on the other app, offers to bring the gift "
          "card to her dance class, then a threat to tell chat "
          "she cheated. Viewers' game dares are harmless.",
    beats=[
        B("ok requests open"),
        H("combo_kid_x", "dare u to do expert on the hardest song"),
        B("ok ok"),
        O(o, "new game chat!! TOP FAN POINTS. every dare rae does = 500 points, top 3 get a gift card", ["gift_offer", "dare"]),
        O(o, "dare 1: say hi to topfan by name 😁", ["dare"]),
        B("hi topfan lol"),
        O(o, "dare 2: next song in ur pjs", ["dare", "nudity_request"], fi=True),
        H("combo_kid_x", "bet u cant full combo this one"),
        O(o, "dare 3: show ur room, which way does ur window face", ["dare", "personal_info"]),
        O(o, "dare 4: l0se the h00die, d0uble p01nts", ["gift_offer", "dare", "nudity_request"], ["leetspeak"]),
        V("mod_juniper", "no more dares from topfan. rae ignore"),
        O(o, "points only count if u msg me on the other app to claim 📲", ["gift_offer", "off_platform"], ["euphemism"]),
        O(o, "or i can bring the gift card to ur dance class saturday, which studio is it", ["gift_offer", "personal_info", "meeting"]),
        O(o, "if u stop now u lose everything and i tell chat u cheated", ["threat"]),
    ])


# ================================================================ serial contact
o = "gentle_giant_gg"
SERIAL = ["s01_serial_blocks_under13", "s02_serial_sketch_1315", "s03_serial_dogwalk_1315"]
add(name=SERIAL[0], age="under13", broadcaster="archie_digs",
    title="mining for diamonds!!! first time", topics=["blocks"],
    start_ts=t(19, 16), events=70, serial="serial-gentle-giant", related=SERIAL,
    ages={o: 40},
    notes="Serial contact (s01-s03): the same account visits three young broadcasters "
          "within about an hour with a mild line or two on each. Here: flattery plus "
          "age, and whether parents let him stream alone.",
    beats=[
        B("ok going down to y level 11"),
        O(o, "ur really good at this for a little un, how old r u", ["flattery", "personal_info"]),
        B("10"),
        O(o, "mum n dad let u stream on ur own?", ["personal_info"], fi=True),
        B("my dad is downstairs"),
    ])
add(name=SERIAL[1], age="13-15", broadcaster="sketchy_sasha",
    title="drawing my oc in 3 styles", topics=["art"],
    start_ts=t(19, 16) + 22 * 60000, events=76, serial="serial-gentle-giant", related=SERIAL,
    ages={o: 40},
    notes="Serial contact (s01-s03). Here: a compliment, then a spare drawing tablet "
          "if she adds him on Instagram.",
    beats=[
        B("style 2 is chibi"),
        O(o, "lovely drawing, ur very talented", ["flattery"]),
        O(o, "got a spare drawing tablet, add me on insta and its urs", ["gift_offer", "off_platform"], fi=True),
        B("my mum handles my insta"),
    ])
add(name=SERIAL[2], age="13-15", broadcaster="finn_and_fudge",
    title="walking fudge + answering questions 🐕", topics=["pets", "irl"],
    start_ts=t(19, 16) + 47 * 60000, events=66, serial="serial-gentle-giant", related=SERIAL,
    ages={o: 40},
    notes="Serial contact (s01-s03). Here: asks which park he walks the dog in and "
          "suggests meeting the dog, 'just between us'.",
    beats=[
        B("fudge say hi"),
        O(o, "fudge is gorgeous, id love to meet him, which park do u walk him in", ["personal_info", "meeting"], fi=True),
        O(o, "just between us ok", ["secrecy"]),
        B("uh i dont say where i live sorry"),
    ])


# ================================================================ flood
FLOOD = [
    ("spinqueen_fan01", "do the dance without the cardigan", ["dare", "nudity_request"], []),
    ("xx_lookhere_xx", "how old r u jojo", ["personal_info"], []),
    ("blurryboy_7", "turn around slowly 🍑", ["nudity_request", "sexual_content"], ["emoji_substitute"]),
    ("dancedad_1", "100 coins if u do the splits in shorts", ["gift_offer", "dare", "nudity_request"], []),
    ("add_me_quick22", "add my sn4p quick b4 u get banned", ["off_platform"], ["leetspeak"]),
    ("jojoss_fan", "where do u live, which town", ["personal_info"], []),
    ("kisscam_k", "dare u to kiss the camera 😘", ["dare", "sexual_content"], []),
    ("newacc_9931", "stand closer to the cam", ["nudity_request"], []),
    ("gifter_gg_77", "ill gift 500 if u go private w me", ["gift_offer", "off_platform"], []),
    ("uniform_u", "do a twirl in ur school uniform", ["dare", "nudity_request"], []),
    ("lurkerlad_3", "r ur parents home", ["personal_info"], []),
    ("h0tline_h", "u r so h0t for ur age", ["sexual_content"], ["leetspeak"]),
]
fb = [B("ok next song chat!!")]
for i, (u, txt, tac, ev) in enumerate(FLOOD):
    fb.append(O(u, txt, tac, ev, fi=(i == 0), gap=0))
fb += [B("??? what", gap=0), V("mod_wren_j", "slow mode + followers only on. all reported", gap=0),
       B("thanks wren")]
fages = {u: (i % 2) for i, (u, _, _, _) in enumerate(FLOOD)}
fages["mod_wren_j"] = 1500
add(name="f01_flood_dance_requests_1315", age="13-15", broadcaster="jojo_spins",
    title="learning the new trend dances, send songs!", topics=["dance"],
    start_ts=t(20, 18), events=70, ages=fages,
    notes="Flood: twelve accounts, all 0-1 days old, post dares, body and camera "
          "requests, age and town questions and private-app offers at a 14-year-old "
          "within about half a minute. Each account posts once.",
    beats=fb)



# ================================================================ more benign
add(name="b07_karate_sensei_lift_1315", age="13-15", broadcaster="leo_kicks",
    title="grading prep, kata practice in the garage 🥋", topics=["sport", "irl"],
    start_ts=t(21, 18), events=96,
    ages={"sensei_kaz_dojo": 2300, "max_dad_steve": 3, "max_sparring": 420},
    notes="Leo's martial-arts instructor watches his kata: asks him to stand up and "
          "turn side-on so chat can see his back leg, to take the belt off and retie "
          "it, asks his height for the gi order. His friend Max's dad (fresh account) "
          "will pick him up at 9 for the tournament and asks him to tell his mum; Max "
          "dares him.",
    close_calls="martial-arts instructor, friend's parent driving",
    beats=[
        B("ok heian shodan then the new one"),
        V("sensei_kaz_dojo", "evening Leo. slow it down, grading is about control not speed"),
        H("sensei_kaz_dojo", "stand up straight and turn side-on so chat can see your back leg"),
        B("like this?"),
        H("sensei_kaz_dojo", "better. now take the belt off and retie it, your knot is upside down again 😄"),
        H("sensei_kaz_dojo", "how tall are you now? I need it for the new gi order"),
        B("162 i think"),
        V("max_sparring", "LEO ur kiai is so loud lmao"),
        H("max_sparring", "bet you cant do the whole kata with your eyes shut"),
        V("max_dad_steve", "Hi Leo it's Max's dad, first time on here. Great stuff"),
        H("max_dad_steve", "I'll pick you up at 9 on Saturday for the tournament, tell your mum I'll drop you back by 4"),
        H("max_dad_steve", "bring a packed lunch and your spare gi, the hall is freezing"),
        V("sensei_kaz_dojo", "thanks Steve. all parents have the venue details in the club email"),
    ])

add(name="b08_dance_teacher_costume_1315", age="13-15", broadcaster="bea_pointe",
    title="showing my costume + solo run through 🩰", topics=["dance", "irl"],
    start_ts=t(22, 17), events=88,
    ages={"miss_valentina": 1900, "bea_mum_jo": 700, "lottie_ballet": None},
    notes="Bea's dance teacher (implied: 'your solo', 'competition rules') asks her to "
          "show the costume, give a twirl, stand back so she can check the hem and her "
          "arms, keep costume photos off social media and in the parents' group, and "
          "says she'll meet her at the stage door; Bea's mum is in chat too.",
    close_calls="dance teacher, mum, class friend",
    beats=[
        B("ok costume reveal!!"),
        H("miss_valentina", "show us the costume Bea, give us a twirl!"),
        H("miss_valentina", "stand back from the camera so I can see the hem, it must be below the knee for competition rules"),
        V("bea_mum_jo", "nan took it up last night 😅"),
        H("miss_valentina", "lovely. now arms in second, turn round slowly so I can check the back fastening"),
        B("is it ok?"),
        V("miss_valentina", "perfect. your solo has come on so much"),
        H("miss_valentina", "please don't post costume photos publicly before the show, put them in the parents' whatsapp group"),
        H("lottie_ballet", "bea i dare you to do the fouettes in socks on the kitchen floor"),
        H("miss_valentina", "who's dropping you Saturday? I'll meet you at the stage door at 8"),
        V("bea_mum_jo", "I'll bring her, thank you Valentina"),
    ])

add(name="b09_guitar_tutor_zoom_1617", age="16-17", broadcaster="rhi_riffs",
    title="practising for my grade 6 + requests 🎸", topics=["music"],
    start_ts=t(23, 19), events=102,
    ages={"tomas_guitar": 1300, "cuz_lewis": 860, "amp_goblin": 6},
    notes="Rhi's guitar tutor: 'did you practise the scales I set', Zoom link for "
          "Thursday in her mum's email, send a video of the solo, keep the camera on "
          "during the lesson to see the fretting hand. Older cousin dares and jokes.",
    close_calls="guitar tutor, older cousin",
    beats=[
        B("scales then the solo"),
        H("tomas_guitar", "did you practise the scales I set? the three-octave ones"),
        B("yes!! mostly"),
        H("tomas_guitar", "Zoom link for Thursday is in your mum's email, 5pm as usual"),
        H("tomas_guitar", "send me a video of the solo before then so I can check your picking hand"),
        H("tomas_guitar", "and keep the camera on during the lesson this time, I need to see your fretting hand"),
        V("cuz_lewis", "rhiannon the family legend"),
        H("cuz_lewis", "bet you can't play it with your eyes closed"),
        B("watch me"),
        H("cuz_lewis", "how old is that strat now, older than you?"),
        V("amp_goblin", "that bend was perfect"),
        G("cuz_lewis", "bits", 100),
    ])

add(name="b10_mod_safety_youth_worker_1315", age="13-15", broadcaster="pip_paints_planets",
    title="painting all 8 planets 🪐", topics=["art", "irl"],
    start_ts=t(24, 17), events=104,
    ages={"modmarlow": 2300, "jay_youthclub": 11, "nebula_nat": 130, "astro_ash": 2},
    notes="A long-time moderator posts a safety reminder quoting what creeps say; a "
          "youth worker (implied: 'youth club', 'lock up') asks for a photo of the "
          "planet for the display board and mentions the club group chat with parents "
          "in it; viewers warn each other about gem-dare scams.",
    close_calls="long-time moderator, youth worker, viewers quoting scams",
    beats=[
        B("jupiter time"),
        H("modmarlow", "reminder for new folks: if anyone says 'add me on snap', 'don't tell your parents' or 'are you home alone' - report, don't reply"),
        H("modmarlow", "and nobody in chat needs pip's school, town or age. ever."),
        V("nebula_nat", "marlow is the best mod fr"),
        H("astro_ash", "if a stranger offers you gems for a dare it's a scam, my cousin got got"),
        V("jay_youthclub", "hi pip! youth club's back on wednesday, bring the planets"),
        H("jay_youthclub", "send me a pic of saturn when it's dry, it's going on the display board"),
        H("jay_youthclub", "tell your mum I'll be there at 8 to lock up, the group chat has all the parents in it"),
        B("ok jay!"),
        H("modmarlow", "pip turn the camera a bit, we can only see half of neptune"),
        V("astro_ash", "the rings look real"),
    ])

add(name="b11_madrasa_quiz_under13", age="under13", broadcaster="yusuf_quizzes",
    title="quiz night practice with my brother 🧠", topics=["study"],
    start_ts=t(25, 18), events=86,
    ages={"br_imran_youth": 950, "big_bro_hamza": 1400, "adam_k_6c": 70},
    notes="Yusuf's mosque youth-group leader asks if he finished the memorising he "
          "set, asks for a photo of the worksheet for the badge, asks when his dad "
          "finishes at the shop to drop the trip form round, and jokes about not "
          "telling the others the answers. Older brother and a classmate chat.",
    close_calls="faith-group leader, older brother, classmate",
    beats=[
        B("assalamu alaikum everyone, quiz practice"),
        V("br_imran_youth", "wa alaikum assalam Yusuf! good to see you on here"),
        H("br_imran_youth", "did you finish the memorising I set last week?"),
        B("nearly!!"),
        H("br_imran_youth", "send me a pic of your worksheet when it's done, it counts for the badge"),
        H("br_imran_youth", "what time does your dad finish at the shop? I'll drop the trip form round"),
        B("9 o clock"),
        H("big_bro_hamza", "yusuf take the jumper off ur literally sweating 😂"),
        H("br_imran_youth", "and don't tell the others the quiz answers before friday 😄"),
        H("adam_k_6c", "yusuf which bus u getting for the trip, the 8:15?"),
        V("big_bro_hamza", "he's getting the hamza taxi"),
    ])

add(name="b12_librarian_book_club_1315", age="13-15", broadcaster="bookish_noor",
    title="reading vlog + book haul 📚", topics=["reading", "irl"],
    start_ts=t(26, 16), events=80,
    ages={"mrs_pennant_lib": 17, "izzy_reads": 300, "noor_sis_ayesha": 2200},
    notes="The school librarian (fresh account) asks what year Noor is now, says the "
          "only copy of the new book is behind the desk and not to tell the others yet, "
          "and invites her to book club at lunch. A friend asks her to add her on a "
          "book app; her older sister teases her.",
    close_calls="school librarian (fresh account), friend, older sister",
    beats=[
        B("haul time!!"),
        V("mrs_pennant_lib", "Noor! Mrs Pennant from the library, you said you streamed 🙂"),
        H("mrs_pennant_lib", "what year are you now, 9? the year 9 reading list is ready"),
        B("yes year 9!"),
        H("mrs_pennant_lib", "I've kept the only copy of the new one behind the desk for you, don't tell the others yet"),
        H("mrs_pennant_lib", "come to the library at lunch on Thursday, book club is just four of you this term"),
        H("izzy_reads", "noor add me on the book app, username izzyreads"),
        H("noor_sis_ayesha", "show them the book you hide under your bed lol"),
        B("AYESHA"),
        V("izzy_reads", "the haul is so good"),
    ])

add(name="b13_church_camp_leader_1315", age="13-15", broadcaster="ellie_on_keys",
    title="practising sunday's songs 🎶", topics=["music"],
    start_ts=t(27, 19), events=90,
    ages={"dave_youthgroup": 1600, "bethan_choir": 220, "godmum_ruth": 5},
    notes="Ellie's church youth leader (implied: 'sunday', 'camp') says he'll be "
          "there at 8 to pick her up for camp and to tell her mum, asks for a photo "
          "of the signed consent form, lists 'swimsuit' on the packing list, and "
          "reminds that phones go away at night. Her godmother made an account and "
          "sends coins; a choir friend jokes about truth or dare.",
    close_calls="church youth leader, godmother (fresh account), choir friend",
    beats=[
        B("ok practising the new one"),
        V("dave_youthgroup", "sounding great Ellie, Sunday will be lovely"),
        H("dave_youthgroup", "tell your mum I'll be there at 8 on Friday to pick you up for camp"),
        H("dave_youthgroup", "can you send me a pic of the signed consent form? the office needs it by wednesday"),
        H("dave_youthgroup", "packing list reminder: swimsuit, torch, wellies, and phones away after 10 😄"),
        H("bethan_choir", "truth or dare is banned at camp this year lol because of last year"),
        V("godmum_ruth", "Hello Ellie love, it's Ruth, your godmother! made one of these accounts"),
        G("godmum_ruth", "coins", 200),
        H("godmum_ruth", "a little something for camp, don't tell your mum I spoil you"),
        B("thank you ruth!!"),
        V("bethan_choir", "ellie do the bridge again its so pretty"),
    ])

add(name="b14_adult_flirt_karaoke_adult", age="adult", broadcaster="marcy_sings_late",
    title="friday karaoke, 18+ chat, drinks up 🍷", topics=["music", "irl"],
    start_ts=t(28, 22), events=92,
    ages={"dom_baritone": 900, "lenny_k_31": 14, "sage_harmony": 1200},
    notes="Adult viewers flirt with an adult broadcaster who flirts back; dares about "
          "costumes and drinks are adult banter.",
    close_calls="adults flirting with an adult broadcaster",
    beats=[
        B("evening lovelies, 80s night"),
        H("dom_baritone", "marcy you look stunning tonight 😍"),
        B("stop it dom 😘"),
        H("lenny_k_31", "that dress though 🔥"),
        H("dom_baritone", "can I buy you a drink after the stream? 😏"),
        H("sage_harmony", "bet you won't sing the next one in the cowboy hat"),
        B("you're on"),
        H("lenny_k_31", "give us a spin marcy"),
        H("dom_baritone", "send me your number lol jk jk"),
        G("sage_harmony", "rose", 10),
        V("sage_harmony", "this is the best friday stream"),
    ])


# ================================================================ output
README_HEAD = """# Held-out chat set 11

Labelled live-stream chat sessions for measuring streamguard on chat that its
rules and its trained model have never seen. Format and labels follow
`/work/shared/scenarios/README.md` exactly (event format, label format,
tactic and evasion codes, `g`/`s`/`f`/`b` prefixes, age-band suffixes).

## How it was made

Everything is produced by `tools/make_heldout11.py`, a deterministic generator
(fixed seeds derived from the session name, fixed start times, no clock or
network): rerunning it gives byte-identical files. The key lines of every
session - offender lines, the broadcaster's replies, bystander and moderator
reactions, and every close-call line by a relative, carer, coach, teacher or
moderator - were written by hand for this set, from general knowledge of how
groomers and ordinary viewers write in live chat (NCA live-streaming advice:
tricks and dares, gifts and game points, flattery, age and alone questions,
secrecy, moves to private apps, threats and sextortion). The writer did not
look at streamguard's rules, docs, source, trained model or engine output, nor
at the other held-out sets, and the engine was never run on this set.
Background chatter is drawn with a per-session seed from small hand-written
topic pools (gaming, art, music, sport, study, IRL, cooking, pets, greetings
and emotes) plus a few broadcaster filler lines and small viewer gifts.
No third-party chat data (PAN12, Perverted-Justice, platform logs) was used.
All people, handles, streams, schools and places are invented, and content is
non-graphic.

Emphasis of this set: **close calls**. The benign sessions put young
broadcasters' real step-parents, foster carers, godparents, older siblings,
babysitters, neighbours, instructors, teachers, youth workers, faith-group
leaders, librarians, team-mates' parents and long-time moderators in chat,
saying things that look like grooming tactics out of context. Relationships
are often implied ("tell your mum I'll be there at 8", "did you finish the
maths I set") rather than stated. Conversely, three offenders *pretend*
to be such people and escalate in ways a real one would not (secrecy from the
parents, private apps, gifts for acts, body or camera requests, threats).

Validate with `python3 tests/heldout/validate.py tests/heldout11`.

## Sessions

"""

README_TAIL = """
## Labelling choices that could be argued

* **Pretend relatives / coaches / teachers are offenders** from their first
  line, even when that line is harmless (`[]`). First intervention is set at
  the first line a careful moderator would act on given the claimed role,
  usually secrecy from parents or an alone/parents question tied to something
  a real coach/teacher would route through the parents.
* **Real relatives and carers are never offenders**, even when they ask if the
  child is alone, tell them to lock the door, say "don't tell your mum", ask
  for a photo, or tell them to take a jumper off. Those lines are listed as
  hard negatives. Where a genuine adult asks to move to another app (a coach
  messaging a parent, a youth worker's group chat with parents in it) the line
  is a hard negative, not off-platform contact.
* Fresh accounts are not a signal on their own: several genuine relatives
  (a godmother, a babysitter, a nan) made accounts that day.
* Appearance compliments with no sexual content ("que bonita eres") are coded
  `flattery`; "muy sexy", suggestive emoji and "I'm sure you look lovely in
  them" after a request for outfit photos are `sexual_content`.
* "Go in your room and shut the door so it's just us" is coded `secrecy`
  (isolating the child), not `off_platform`.
* "I've supported this channel for years, I think I've earned a little trust"
  (after real gifts) is coded `gift_offer` in the "after all my gifts you owe
  me" sense.
* Serial-contact lines are mild on purpose; single files might not justify
  action on their own, but `first_intervention_ts` is still set at the line a
  moderator who knew the cross-stream pattern would act on.
* Adult-to-adult flirting with an adult broadcaster is benign; its lines are
  hard negatives.
* The pretend adults' opening lines ("coach here, new account", "it's Mr Hale
  from the music department", "ur uncle lees mate") carry `[]`: the claim
  itself is not a tactic, what follows is.
* In the sleepover session a "truth" question about kissing is coded
  `dare` + `sexual_content`, and a coin offer for the previous dare is a
  separate line coded `gift_offer`, `dare`, `nudity_request` (not a split).
* "I know it's St Aldric's, the blazer was on your chair" (g12) is coded
  `personal_info` + `threat` (claiming to know where the child is).
* "points only count if you msg me on the other app" (g13) is coded
  `gift_offer` + `off_platform` with `euphemism`; the points are the
  game-points trick.
* In the flood, "stand closer to the cam" is coded `nudity_request` (a camera
  framing request at a 14-year-old in a burst of body requests); "how old r u"
  and "r ur parents home" are `personal_info` only.
* b04's older sister asking "what's your snap again, got a new phone", b12's
  friend asking to be added on a book app, and b06's maker viewer inviting a
  boy to a Discord server (answered by his dad) are hard negatives.
* Hard negatives are not exhaustive: ordinary chatter that mentions Discord,
  coins or dares is benign whether or not it is listed.
"""


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "tests", "heldout11")
    os.makedirs(outdir, exist_ok=True)
    names = set()
    rows = []
    tcount = {t_: 0 for t_ in TACTICS}
    tsess = {t_: 0 for t_ in TACTICS}
    ecount = {e: 0 for e in EVASIONS}
    totals = {"g": 0, "s": 0, "f": 0, "b": 0, "events": 0, "hn": 0,
              "off_lines": 0, "offenders": 0}
    for s in sorted(SESSIONS, key=lambda x: x.name):
        assert s.name not in names, s.name
        names.add(s.name)
        events, label = s.build()
        with open(os.path.join(outdir, s.name + ".ndjson"), "w", encoding="utf-8", newline="\n") as f:
            for ev in events:
                f.write(json.dumps(ev, ensure_ascii=False) + "\n")
        with open(os.path.join(outdir, s.name + ".label.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(label, ensure_ascii=False, indent=2) + "\n")
        for codes in label["lines"].values():
            for c in codes:
                tcount[c] += 1
        for c in label["tactics_expected"]:
            tsess[c] += 1
        for codes in label["evasion"].values():
            for c in codes:
                ecount[c] += 1
        totals[s.name[0]] += 1
        totals["events"] += len(events)
        totals["hn"] += len(label["hard_negatives"])
        totals["off_lines"] += len(label["lines"])
        totals["offenders"] += len(label["offenders"])
        offs = label["offenders"]
        if len(offs) > 3:
            offs_s = "%d fresh accounts" % len(offs)
        else:
            offs_s = ", ".join(offs) if offs else "–"
        if s.name[0] == "b":
            tac = s.close_calls
        else:
            tac = ", ".join(label["tactics_expected"])
            if s.close_calls:
                tac += " (" + s.close_calls + ")"
        rows.append("| `%s` | %s | %s | %d | 1 | %s | %s | %d |" % (
            s.name, s.age, s.title.replace("|", "/"), len(events), offs_s, tac,
            len(label["hard_negatives"])))
    parts = [README_HEAD,
             "| session | age | title | events | streams | offenders | tactics | hard neg. |\n",
             "| --- | --- | --- | --- | --- | --- | --- | --- |\n",
             "\n".join(rows), "\n\n",
             "For `b` sessions the tactics column names the close-call relationships "
             "instead. In the grooming rows a bracket marks an offender who poses as "
             "a relative, coach, teacher or family friend, or uses an old account.\n\n",
             "## Counts\n\n",
             "%d sessions: %d grooming, %d serial-contact, %d flood, %d benign; "
             "%d events, %d offender accounts, %d labelled offender lines, "
             "%d hard negatives.\n\n" % (
                 len(SESSIONS), totals["g"], totals["s"], totals["f"], totals["b"],
                 totals["events"], totals["offenders"], totals["off_lines"], totals["hn"]),
             "| tactic | offender lines | sessions |\n| --- | --- | --- |\n"]
    for t_ in TACTICS:
        parts.append("| `%s` | %d | %d |\n" % (t_, tcount[t_], tsess[t_]))
    parts.append("\n| evasion | lines |\n| --- | --- |\n")
    for e in EVASIONS:
        parts.append("| `%s` | %d |\n" % (e, ecount[e]))
    parts.append(README_TAIL)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
