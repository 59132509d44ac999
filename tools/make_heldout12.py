#!/usr/bin/env python3
"""make_heldout12.py - deterministic generator for held-out chat set 12.

Writes tests/heldout12/*.ndjson, *.label.json and README.md.  Every key line
(offender messages, broadcaster replies, relatives, bystanders, the benign
look-alikes) is written by hand below; background chatter is drawn from
hand-written pools with a fixed seed per session, so reruns are byte-identical.
All names, handles, places and streams are invented; content is non-graphic.
"""
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "heldout12")

TACTICS = ["flattery", "personal_info", "gift_offer", "dare", "nudity_request",
           "sexual_content", "secrecy", "off_platform", "threat", "meeting",
           "age_gap"]
EVASIONS = ["leetspeak", "spaced_letters", "emoji_substitute", "homoglyph",
            "misspelling", "split_request", "number_words", "zero_width",
            "euphemism"]
ZW = "\u200b"

# ---------------------------------------------------------------- pools
POOLS = {
    "general": [
        "hiii", "hello from the bus", "just got here what did i miss", "o7",
        "gg", "lol", "LMAO", "😂😂", "🔥🔥🔥", "first time catching you live",
        "hey chat", "good evening everyone", "back, had to feed the dog",
        "this music is a vibe", "what's the playlist", "W stream", "lets gooo",
        "chat is fast today", "I'm supposed to be doing homework lol",
        "brb dinner", "hi from a rainy afternoon", "❤️", "👋", "same",
        "ok that was clean", "true", "fr", "no way", "haha", "love this",
        "the audio is a bit quiet", "audio's fine now", "who's here from last week",
        "morning from the other side of the world", "can't stay long, hi!",
    ],
    "gaming": [
        "nice flick", "that was so close", "the loot pool is cursed today",
        "go left go left", "behind the crate", "third party incoming",
        "what sens do you use", "what rank are you", "just hit gold myself",
        "that patch ruined my main", "build the wall first", "rotate to zone",
        "clutch!!", "unlucky", "that hitbox is fake", "go for the airdrop",
        "i'd have pushed there", "heal first", "ur aim is insane today",
        "do the speedrun route next", "the boss has two phases btw",
        "use the grapple", "nice save", "full squad wipe lets go",
        "your crosshair is so clean", "is this the new season", "lag spike?",
        "skins look mid this season", "what's your keybind for build",
        "drop at the lighthouse next", "reload reload", "that was a bot lol",
        "craft the iron pick first", "the villagers are trolling you",
        "redstone door looks sick", "how many diamonds so far",
    ],
    "art": [
        "the colours are so nice", "what brush is that", "love the line art",
        "what program is this", "the shading on the hair 😍", "add more blue?",
        "ooh the lighting", "what canvas size do you use", "so relaxing to watch",
        "the eyes are perfect", "is this a commission", "i'd make the sky purple",
        "lasso tool carrying", "love how loose the sketch is",
        "flip the canvas to check", "the background is giving studio ghibli",
        "how long have you been drawing", "the cat in the corner lol",
        "can you do a speedpaint next week", "tablet or ipad?",
        "watercolour texture looks real", "that gradient is smooth",
    ],
    "music": [
        "that chord change 😭", "play the one from last stream", "so smooth",
        "your voice is calming", "what key is this in", "the bridge!!",
        "🎶🎶", "tuning sounds good", "request: something by a 90s band",
        "love the reverb", "metronome gang", "that riff is stuck in my head",
        "how long have you played", "the piano sounds warm today",
        "encore", "goosebumps", "play it again slower pls", "nice vibrato",
        "what strings do you use", "the harmony on the second verse",
    ],
    "sport": [
        "nice touch", "that was 40 keepy ups easy", "the left foot!!",
        "weak foot is getting better", "try the around the world",
        "what ball is that", "the pitch looks wet", "do a rainbow flick",
        "nice first touch", "stretch your hamstrings first", "my knees hurt watching",
        "what boots are those", "form looks good", "one more rep",
        "who's your team", "derby this weekend", "ref was blind last match",
        "count them out loud", "that was 12 seconds flat", "personal best?",
    ],
    "study": [
        "what subject tonight", "pomodoro gang", "back from my break",
        "what's the capital of australia again", "canberra", "my flashcards are a mess",
        "the lo-fi is perfect", "25 min focus starting now", "anyone doing chemistry",
        "mock exams next week 😭", "highlighter colour coding is an art",
        "i finished my essay!!", "proud of everyone here", "water check 💧",
        "stretch break", "quadratic formula song helped me", "what timer app is that",
        "library vibes", "one more page then sleep", "good luck on your test",
    ],
    "irl": [
        "the view is nice", "where's the cat", "what are you drinking",
        "ur room looks cozy", "that poster is cool", "rainy day vibes",
        "what did you do today", "the lamp is pretty", "plants look healthy",
        "love the fairy lights", "what's for dinner tonight", "weekend plans?",
        "tell us the story from school", "the playlist in the background 🔥",
        "did you finish the show", "walking the dog later?", "sunset soon",
    ],
    "cooking": [
        "smells good from here", "what flour is that", "more butter",
        "the dough looks perfect", "that knife work", "how long in the oven",
        "my kitchen could never", "add garlic to everything", "chef's kiss",
        "the crust!!", "is that cinnamon", "stir stir stir",
        "recipe in description?", "what temp", "i'm hungry now",
        "gordon would approve", "lick the spoon lol", "salted or unsalted",
        "rest the dough first", "those layers look amazing",
    ],
    "pets": [
        "the dog!!", "cat tax paid", "what's its name", "so fluffy",
        "the hamster is on the wheel lol", "🐶", "🐱", "give him a treat",
        "the zoomies", "that tail wag", "how old is the puppy", "boop the nose",
    ],
}

BROADCASTER_POOLS = {
    "gaming": ["ok one more game", "chat where do i drop", "that guy was cracked",
               "my hands are cold lol", "thanks for watching everyone",
               "i keep dying here", "ok focus focus", "did anyone see that",
               "lets go we won", "brb water"],
    "art": ["should i add a background", "ok shading time", "thank you!!",
            "i messed up the hand again", "hold on colour picking",
            "this layer is cursed", "nearly done with the sketch"],
    "music": ["this next one is new", "thanks for the requests", "let me tune quickly",
              "i forgot the second verse lol", "ok from the top", "thank youuu"],
    "sport": ["ok watch this", "my legs are dead", "counting now", "nearly got it",
              "thanks chat", "one more try", "i'll do weak foot next"],
    "study": ["ok timer started", "break time!", "back to flashcards",
              "this chapter is so long", "drink water everyone", "good luck all"],
    "irl": ["hiii everyone", "sorry my wifi is slow", "ok what should we talk about",
            "thanks for hanging out", "lol yes", "one sec someone's at the door"],
    "cooking": ["ok mixing now", "oven is preheating", "this is my nan's recipe",
                "don't judge the mess", "smells so good", "nearly ready"],
}

ADJ = ["amber", "velvet", "quiet", "salty", "lucky", "tiny", "cosmic", "mossy",
       "rapid", "sleepy", "neon", "frosty", "rusty", "misty", "brave", "fuzzy",
       "golden", "lazy", "pixel", "sunny", "stormy", "wild", "crispy", "jolly"]
NOUN = ["otter", "falcon", "teapot", "comet", "badger", "noodle", "lantern",
        "pebble", "wombat", "puffin", "cactus", "gecko", "walrus", "maple",
        "hedgehog", "raven", "biscuit", "panda", "kiwi", "turnip", "harbor"]


# ---------------------------------------------------------------- DSL
class C:
    """A scripted chat line."""
    def __init__(self, user, text, t=None, ev=None, hn=False, fi=False, gap=None):
        self.user, self.text, self.t, self.ev = user, text, t, ev
        self.hn, self.fi, self.gap = hn, fi, gap


class G:
    """A scripted gift."""
    def __init__(self, user, item, amount, gap=None):
        self.user, self.item, self.amount, self.gap = user, item, amount, gap


class Brk:
    """Stream boundary for multi-stream files (not used by default)."""


class Session:
    def __init__(self, name, stream, broadcaster, age, title, start, topics,
                 users, offenders, script, events, notes, seed, gap=(3, 25),
                 desc=None, gifts=None, serial=None):
        self.name, self.stream, self.broadcaster = name, stream, broadcaster
        self.age, self.title, self.start = age, title, start
        self.topics, self.users, self.offenders = topics, users, offenders
        self.script, self.events, self.notes = script, events, notes
        self.seed, self.gap, self.desc = seed, gap, desc
        self.gifts = gifts        # (item, min, max) for background gifts or None
        self.serial = serial      # (group, [names]) or None


SESSIONS = []


def add(**kw):
    SESSIONS.append(Session(**kw))


def filler_users(rng, n, taken):
    out = []
    while len(out) < n:
        name = rng.choice(ADJ) + rng.choice(["_", "", "."]) + rng.choice(NOUN)
        if rng.random() < 0.6:
            name += str(rng.randint(2, 999))
        if name in taken:
            continue
        taken.add(name)
        age = None if rng.random() < 0.3 else rng.choice(
            [rng.randint(0, 14), rng.randint(15, 400), rng.randint(400, 2500)])
        out.append((name, age))
    return out


def build(s):
    rng = random.Random(s.seed)
    users = dict(s.users)       # name -> account_age_days or None
    users.setdefault(s.broadcaster, None)
    taken = set(users)
    fus = filler_users(rng, 14, taken)
    for n, a in fus:
        users[n] = a
    pool = []
    for t in s.topics:
        pool += POOLS[t]
    pool += POOLS["general"]
    rng.shuffle(pool)
    bpool = []
    for t in s.topics:
        bpool += BROADCASTER_POOLS.get(t, [])
    rng.shuffle(bpool)
    nkey = len(s.script)
    nfill = max(0, s.events - 2 - nkey)
    # distribute filler across nkey+1 slots, a few more at the start
    slots = [0] * (nkey + 1)
    for _ in range(nfill):
        i = rng.randint(0, nkey)
        if rng.random() < 0.25:
            i = rng.randint(0, min(3, nkey))
        slots[i] += 1
    # a scripted line with an explicit gap follows the previous one directly
    for i in range(nkey - 1):
        if s.script[i + 1].gap is not None and slots[i + 1]:
            slots[-1] += slots[i + 1]
            slots[i + 1] = 0
    events = []
    ts = s.start
    events.append({"type": "stream_start", "ts": ts, "stream": s.stream,
                   "broadcaster": s.broadcaster, "broadcaster_age": s.age,
                   "title": s.title})
    mid = gid = 0
    lines, evasion, ogifts, hneg = {}, {}, [], []
    fi_ts = None
    pi = bi = 0
    used_fill = set()

    def step(g=None):
        nonlocal ts
        if g is None:
            lo, hi = s.gap
            ts += rng.randint(lo * 1000, hi * 1000)
        else:
            ts += max(1, int(g * 1000)) + rng.randint(0, 400)
        return ts

    def chat(user, text):
        nonlocal mid
        mid += 1
        ev = {"type": "chat", "ts": ts, "stream": s.stream, "id": "m%d" % mid,
              "user": user, "text": text}
        if users.get(user) is not None and user != s.broadcaster:
            ev["account_age_days"] = users[user]
        events.append(ev)
        return ev["id"]

    def gift(user, item, amount):
        nonlocal gid
        gid += 1
        events.append({"type": "gift", "ts": ts, "stream": s.stream,
                       "id": "g%d" % gid, "user": user, "item": item,
                       "amount": amount})
        return "g%d" % gid

    def fill(k):
        nonlocal pi, bi
        for _ in range(k):
            step()
            r = rng.random()
            if s.gifts and r < 0.07:
                item, lo, hi = s.gifts
                gift(rng.choice(fus)[0], item, rng.randint(lo, hi))
            elif bpool and r < 0.22 and mid >= 4:
                chat(s.broadcaster, bpool[bi % len(bpool)])
                bi += 1
            else:
                # avoid repeating the same filler line in a file when possible
                for _try in range(6):
                    text = pool[pi % len(pool)]
                    pi += 1
                    if text not in used_fill:
                        break
                used_fill.add(text)
                chat(rng.choice(fus)[0], text)

    fill(slots[0])
    for i, item in enumerate(s.script):
        step(item.gap)
        if isinstance(item, G):
            assert item.user in users, (s.name, item.user)
            gi = gift(item.user, item.item, item.amount)
            if item.user in s.offenders:
                ogifts.append(gi)
        else:
            assert item.user in users, (s.name, item.user)
            mi = chat(item.user, item.text)
            if item.user in s.offenders:
                lines[mi] = sorted(item.t or [], key=TACTICS.index)
                for c in lines[mi]:
                    assert c in TACTICS, c
                if item.ev:
                    for c in item.ev:
                        assert c in EVASIONS, c
                    evasion[mi] = sorted(item.ev, key=EVASIONS.index)
                if item.fi:
                    assert fi_ts is None, s.name
                    fi_ts = ts
                assert not item.hn
            else:
                assert item.t is None and not item.fi, (s.name, item.text)
                if item.hn:
                    hneg.append(mi)
        fill(slots[i + 1])
    step()
    events.append({"type": "stream_end", "ts": ts, "stream": s.stream})
    if s.offenders:
        assert fi_ts is not None, s.name
    tset = set()
    for v in lines.values():
        tset.update(v)
    label = {
        "offenders": list(s.offenders),
        "first_intervention_ts": fi_ts,
        "tactics_expected": [t for t in TACTICS if t in tset],
        "notes": s.notes,
        "lines": lines,
        "evasion": evasion,
        "offender_gifts": ogifts,
        "hard_negatives": hneg,
    }
    if s.serial:
        label["serial_group"] = s.serial[0]
        label["related_sessions"] = list(s.serial[1])
    return events, label


def label_json(label):
    # one line per offender line, like the scenarios labels
    parts = ["{"]
    keys = list(label)
    for k in keys:
        v = label[k]
        last = k == keys[-1]
        if k in ("lines", "evasion") and v:
            inner = ",\n".join("    %s: %s" % (json.dumps(a), json.dumps(b, ensure_ascii=False))
                               for a, b in v.items())
            parts.append('  %s: {\n%s\n  }%s' % (json.dumps(k), inner, "" if last else ","))
        else:
            parts.append('  %s: %s%s' % (json.dumps(k), json.dumps(v, ensure_ascii=False),
                                         "" if last else ","))
    parts.append("}")
    return "\n".join(parts) + "\n"


# ================================================================ sessions

T0 = 1768478400000          # 2026-01-15 12:00:00 UTC
HOUR = 3600000


def t0(i, extra=0):
    return T0 + i * 5 * HOUR + extra


# ---------------------------------------------------------------- grooming
def grooming():
    b, o = "skyfort_milo", "obs_wizard_pete"
    tia, rae = "tia_from_class", "rae_mod"
    add(name="g01_mentor_overlay_1315", stream="st-12001", broadcaster=b, age="13-15",
        title="sky forts ranked + fixing my overlay lol", start=t0(0), topics=["gaming"],
        users={o: 1630, tia: 210, rae: 940}, offenders=[o], events=120, seed=1201,
        desc="patient stream-setup 'mentor' on an old account",
        notes="Old account (4+ years) plays the helpful streaming mentor to a 14-year-old: "
              "praises his setup, asks his year group, asks him to stand up for 'full body "
              "framing', pushes a Discord screenshare, buys a mic and asks him to keep it from "
              "his parents, states he is 41, asks when the parents go to bed. A mod objects.",
        gifts=("coins", 10, 100),
        script=[
            C(o, "that overlay is nearly there, your alert box is just clipping the webcam corner", t=[]),
            C(b, "oh really? i made it myself lol"),
            C(o, "honestly for someone your age the setup is impressive, most adults can't do scenes this clean", t=["flattery"]),
            C(b, "thanks!! took me ages"),
            C(tia, "milo ur mic is peaking again"),
            C(o, "how old are you if you don't mind me asking? year 8 or 9?", t=["personal_info"]),
            C(b, "14, year 9"),
            C(o, "I've been streaming twelve years, happy to look at your bitrate some time. costs nothing", t=[]),
            C(o, "your webcam is sitting too low btw, the framing cuts you off at the chin", t=[]),
            C(o, "if you stand up and step back I can tell you where the camera should go for a full body shot", t=["nudity_request"]),
            C(b, "lol i'm not standing up i'm mid game"),
            C(o, "haha fair. I could fix it all in 10 mins over a discord screenshare, just you and me", t=["off_platform"], fi=True),
            C(o, "my tag is pete with two zeros after it", t=["off_platform"], ev=["euphemism"]),
            C(rae, "reminder, no swapping socials in chat please 🙂"),
            C(o, "sorry mod, just trying to help the lad with his stream", t=[]),
            C(o, "milo I'll sort you a proper mic too, the one you have is holding you back", t=["gift_offer"]),
            G(o, "coins", 500),
            C(b, "WAIT thank you so much"),
            C(o, "probably best not to mention the mic to your parents, they might think it's odd. just between streamers", t=["secrecy"]),
            C(tia, "who is that guy"),
            C(o, "I'm 41 but streaming mates don't have ages, we're all just nerds here", t=["age_gap"]),
            C(o, "what time do your parents go to bed? easier to do the settings call when the house is quiet", t=["personal_info", "off_platform"]),
            C(b, "idk like 11"),
            C(o, "ok. add me after and keep your cam on so I can see the setup", t=["off_platform"]),
            C(rae, "@obs_wizard_pete stop asking him to add you, last warning"),
            C(b, "ok chat next game"),
        ])

    b, o = "kaya.moves", "nova_model_mgmt"
    jess, lou, ben = "jess_bestie", "dance_crew_lou", "kaya_mod_ben"
    add(name="g02_talent_scout_dance_1617", stream="st-12002", broadcaster=b, age="16-17",
        title="learning the new dance trend 💃 requests open", start=t0(1), topics=["irl", "music"],
        users={o: 2, jess: 330, lou: 150, ben: 700}, offenders=[o], events=100, seed=1202,
        desc="'talent scout' in polite paragraphs",
        notes="Fresh account posing as a fashion/dance agency scout writes polite paragraphs to a "
              "17-year-old: presence on camera, age and height, paid shoot, a slow turn 'for "
              "proportions', swimwear test, Telegram in spaced letters, keep parents out, car "
              "from near her school. Friend and mod object.",
        script=[
            C(o, "Good evening Kaya. I work as a scout for a youth fashion and dance agency in the city and I have been watching your streams for a few weeks. You have real presence on camera.", t=["flattery"]),
            C(b, "omg really? thank you"),
            C(jess, "KAYA 👀"),
            C(o, "We are casting a brand campaign for 16 to 19 year olds. May I ask how old you are exactly, and how tall? It tells me which category to put you in.", t=["personal_info"]),
            C(b, "17 and like 5'6"),
            C(o, "Perfect. The campaign pays £250 per day for the first shoot and we cover travel.", t=["gift_offer"]),
            C(o, "You have the kind of figure the brands pay for.", t=["sexual_content"]),
            C(o, "For the portfolio we need a full-length view. Could you stand back from the camera and do a slow turn so I can see your proportions?", t=["nudity_request"], fi=True),
            C(lou, "that's a weird request ngl"),
            C(b, "umm like this? lol"),
            C(o, "Lovely. Swimwear is where most of the bookings are. Do you have a swimsuit you could change into for a quick test look?", t=["nudity_request"]),
            C(jess, "kaya don't"),
            C(o, "It is completely standard in the industry. Talented girls like you lose opportunities by being shy.", t=["flattery"]),
            C(o, "The next step is private. Please send your photos to our scouting desk, handle below.", t=["off_platform"]),
            C(o, "t e l e g r a m : nova_scouting_desk", t=["off_platform"], ev=["spaced_letters"]),
            C(o, "At this stage we ask models not to involve parents yet. It goes smoother when the agency speaks to the family once the contract is ready.", t=["secrecy"]),
            C(b, "my mum would have to know tho"),
            C(o, "Of course, later on. There is a studio test day on Saturday and I can have a car collect you near your school. Which school is it?", t=["meeting", "personal_info"]),
            C(ben, "@nova_model_mgmt real agencies don't recruit in stream chat. timing you out"),
            C(b, "ok yeah that's enough, sorry chat"),
            C(jess, "proud of u for saying no"),
        ])

    b, o = "pipsqueak_bella", "kayden_2013xo"
    mia, mum = "mia_bestie_10", "bellas_mum_mod"
    add(name="g03_fake_peer_obby_under13", stream="st-12003", broadcaster=b, age="under13",
        title="obby race w/ anyone!! 🌈", start=t0(2), topics=["gaming", "pets"],
        users={o: 1, mia: 120, mum: 400}, offenders=[o], events=80, seed=1203,
        desc="fake peer claiming to be 12, typos",
        notes="Fresh account claiming to be 12 flatters a 10-year-old, asks her school and "
              "whether her mum is there, offers Robux for adding a ghost-emoji app, asks her to "
              "keep the Robux from mum, dares a spin to show her outfit, asks for pyjamas later, "
              "then slips that he is 'actually 19'. Mum (a mod) removes him.",
        script=[
            C(o, "heyy im 12 too!! ur obby skills r sick", t=["flattery"]),
            C(b, "hiii thank u"),
            C(o, "wat skool u go to mabye we go same 1", t=["personal_info"], ev=["misspelling"]),
            C(b, "i cant say that my mum said"),
            C(o, "ok ok lol. is ur mum their rn or r u by urself", t=["personal_info"], ev=["misspelling"], fi=True),
            C(b, "shes downstairs"),
            C(o, "i giv u 400 robux if u add me on 👻", t=["gift_offer", "off_platform"], ev=["emoji_substitute", "misspelling"]),
            C(mia, "bella who is that"),
            C(o, "dont tell ur mum bout the robux she wil take it lol", t=["secrecy"], ev=["misspelling"]),
            C(o, "dare u to show ur outfit do a spin", t=["dare", "nudity_request"]),
            C(b, "lol no im playing"),
            C(o, "pleeeease its just a dare", t=["dare"]),
            C(o, "ok wat about in ur pjs l8r 🥺", t=["nudity_request"], ev=["leetspeak"]),
            C(o, "msg the ghost acc not this one my brother uses this", t=["off_platform"], ev=["euphemism"]),
            C(mia, "u said ur 12 but ur bio says 19??"),
            C(o, "ok im 19 but age is just a number we can still be frends", t=["age_gap"], ev=["misspelling"]),
            C(mum, "removing this account. bella stay in the obby with mia 💕"),
            C(b, "ok mummy"),
        ])

    b, o = "starlit_rin", "BIGSPENDER_VIC"
    gg, hana, mod = "gacha_gremlin", "hana_bestie", "rin_mod_kit"
    add(name="g04_sugar_gifter_gacha_1315", stream="st-12004", broadcaster=b, age="13-15",
        title="f2p pulls for the summer banner ✨", start=t0(3), topics=["gaming"],
        users={o: 45, gg: 800, hana: 260, mod: 1100}, offenders=[o], events=90, seed=1204,
        gifts=("gems", 10, 80), desc="sugar-daddy gift sender, all caps",
        notes="All-caps big gifter (45-day account) showers a 14-year-old with gems, calls her "
              "princess, asks her age, 'perfect age', offers gems for an outfit he picks, moves "
              "to Snapchat in spaced letters, 'call me daddy', 'you owe me', keep it from mum, "
              "then threatens to report and smear her when she refuses.",
        script=[
            G(o, "gems", 1000),
            C(o, "PRINCESS RIN HAS ARRIVED 👑 FIRST GIFT OF MANY", t=["flattery", "gift_offer"]),
            C(b, "omg thank youuu!!"),
            G(o, "gems", 2000),
            C(o, "U DESERVE EVERY PULL. PRETTIEST STREAMER ON HERE", t=["flattery"]),
            C(gg, "vic carrying the whole banner lol"),
            C(o, "HOW OLD R U PRINCESS", t=["personal_info"]),
            C(b, "14 why"),
            C(o, "PERFECT AGE 😍", t=["sexual_content"], fi=True),
            C(o, "FIVE THOUSAND GEMS IF U WEAR WHAT I PICK NEXT STREAM", t=["gift_offer", "nudity_request"], ev=["number_words"]),
            C(b, "wdym"),
            C(o, "SOMETHING CUTE AND SHORT. ILL SEND PICS OF WHAT I MEAN", t=["nudity_request"]),
            C(o, "ON S N A P . VIC4RIN", t=["off_platform"], ev=["spaced_letters"]),
            C(o, "CALL ME DADDY AND ILL DOUBLE IT 😘", t=["sexual_content", "gift_offer"]),
            C(o, "IM 39 BUT I SPOIL MY GIRLS BETTER THAN ANY BOY UR AGE", t=["gift_offer", "age_gap"]),
            C(hana, "rin thats creepy block him"),
            G(o, "gems", 1500),
            C(o, "AFTER EVERYTHING I SENT U OWE ME", t=["gift_offer"]),
            C(o, "DONT GO CRYING TO MUMMY EITHER. OUR THING", t=["secrecy"]),
            C(b, "i dont want ur gems"),
            C(o, "THEN ILL TELL EVERYONE U SCAMMED ME AND MASS REPORT TILL UR ACCOUNT IS GONE", t=["threat"]),
            C(mod, "banned. rin you did nothing wrong, we'll refund the gems"),
        ])

    b, o = "finn_splashes", "coach_daz_newacc"
    ollie, hattie = "ollie_lane4", "mod_hattie"
    add(name="g05_fake_coach_swim_1315", stream="st-12005", broadcaster=b, age="13-15",
        title="swim club pre-season stretching + chill", start=t0(4), topics=["sport", "irl"],
        users={o: 0, ollie: 190, hattie: 520}, offenders=[o], events=110, seed=1205,
        desc="poses as the swim coach; child greets 'hi coach!!'",
        notes="Brand-new account says 'coach here, new account'; the 13-year-old greets him as "
              "coach. He praises him, asks if parents are home, asks him to keep it from mum, "
              "moves to WhatsApp, asks for a stretch 'in your trunks' and 'hoodie off', offers "
              "a pick-up without telling parents, and threatens to drop him from the gala squad. "
              "A clubmate points out the real coach's account.",
        script=[
            C(o, "coach here 👋 new account, old one got hacked. good to see you keeping up the stretching finn", t=[]),
            C(b, "hi coach!! didnt know you watched"),
            C(o, "course I do, I keep an eye on all my squad. you've been my most improved this term", t=["flattery"]),
            C(b, "thanks coach"),
            C(o, "quick one, is your mum or dad home tonight? need a word about the gala squad", t=["personal_info"]),
            C(b, "dad's at work till late, mum's out"),
            C(o, "so just you then. don't mention to your mum I messaged on here, club's strict about coaches on stream chat", t=["personal_info", "secrecy"], fi=True),
            C(ollie, "coach daz has a stream account??"),
            C(o, "w h a t s a p p me instead, new number", t=["off_platform"], ev=["spaced_letters"]),
            C(o, "can you stand up and show me the stretch in your trunks? want to check your hip flexors before the gala", t=["nudity_request"]),
            C(b, "uhh im in my hoodie"),
            C(o, "hoodie off then, coach's orders 😂", t=["nudity_request"]),
            C(ollie, "finn coach daz would never ask that, his real account is dazswimcoach ask him at training"),
            C(o, "I'll pick you up from the leisure centre saturday, no need to tell your parents, I'll drop you home after", t=["meeting", "secrecy"]),
            C(b, "wait ollie is right im gonna ask my dad"),
            C(o, "tell your dad and you're off the gala squad. your choice", t=["threat"]),
            C(o, "and I know where you live finn, I've dropped you home before", t=["threat"]),
            C(hattie, "removed. finn please tell your dad now"),
            C(b, "ok"),
        ])

    b, o = "block_buddy_theo", "uncle_steve_here"
    ruby, sarah = "cousin_ruby_9", "sarahj_mod"
    add(name="g06_fake_uncle_castle_under13", stream="st-12006", broadcaster=b, age="under13",
        title="building a castle with my cousin!!", start=t0(5), topics=["gaming"],
        users={o: 3, ruby: 300, sarah: 1300}, offenders=[o], events=85, seed=1206,
        desc="poses as an uncle; child greets 'hey uncle!'",
        notes="3-day-old account says 'it's your uncle steve'; the 9-year-old greets him as "
              "uncle while his cousin is unsure. He flatters, checks mum is out, asks him to keep "
              "it secret, offers a gift card for Snapchat (Cyrillic letters, zero-width space), "
              "asks for the camera on in pyjamas, threatens to get him in trouble. Mum (a mod) blocks.",
        script=[
            C(o, "hey theo it's your uncle steve! new account lol", t=[]),
            C(b, "hey uncle!! 😄"),
            C(ruby, "which uncle? uncle mark?"),
            C(o, "ruby you wouldn't remember me, i'm from your dad's side", t=[]),
            C(o, "theo that castle is better than anything i could build, you're a natural", t=["flattery"]),
            C(o, "is mum home? want to surprise her", t=["personal_info"]),
            C(b, "no shes at the shops"),
            C(o, "so you're on your own? our little secret then, don't tell mum i was here", t=["personal_info", "secrecy"], fi=True),
            C(o, "got a £20 gift card for you, just add me on \u0455n\u0430pch\u0430t first", t=["gift_offer", "off_platform"], ev=["homoglyph"]),
            C(o, "sn" + ZW + "ap is uncle_steve_77", t=["off_platform"], ev=["zero_width"]),
            C(o, "or just 👻 me, same name", t=["off_platform"], ev=["emoji_substitute"]),
            C(ruby, "theo i don't think that's our uncle"),
            C(o, "put your camera on when you're in your pyjamas later so i can say night night", t=["nudity_request"]),
            C(b, "im gonna ask mum when she's back"),
            C(o, "if you tell mum i'll say you were rude to me and you'll lose the tablet", t=["threat"]),
            C(ruby, "MUMMM theo's chat is weird"),
            C(sarah, "this isn't family. blocked. theo come downstairs please"),
        ])

    b, o = "jaxon_rl", "lexi_luv_x0"
    blaze, mod = "blaze_rl", "jax_mod_dev"
    add(name="g07_sextortion_leet_1617", stream="st-12007", broadcaster=b, age="16-17",
        title="rocket league 2s grind to champ", start=t0(6), topics=["gaming"],
        users={o: 1, blaze: 610, mod: 880}, offenders=[o], events=130, seed=1207, gap=(2, 15),
        desc="fake girl, leetspeak, sextortion",
        notes="1-day account posing as a 17-year-old girl calls a 16-year-old cute, asks his age, "
              "moves him to Instagram in leetspeak, asks him not to tell his mates, asks him to "
              "take his shirt off on cam, then claims to have screenshots and demands gift cards, "
              "claiming to know his school. Teammate and mod tell him not to pay.",
        script=[
            C(o, "ur cute when u focus ngl 😳", t=["sexual_content"]),
            C(b, "lol thanks"),
            C(o, "how old r u? im 17 too", t=["personal_info"]),
            C(b, "16"),
            C(o, "add me on 1n5ta i wanna show u sumthin", t=["off_platform"], ev=["leetspeak"], fi=True),
            C(o, "its lexi.luv.x0 ... dont tell ur m8s lol theyll b jealous", t=["off_platform", "secrecy"]),
            C(blaze, "focus jax we're in OT"),
            C(o, "u there?", t=[]),
            C(o, "i sent u 1 on the other app, ur turn, t4ke ur sh1rt off on c4m", t=["nudity_request", "off_platform"], ev=["leetspeak"]),
            C(o, "ur turn 📸 👕❌", t=["nudity_request"], ev=["emoji_substitute"]),
            C(b, "nah i'm playing"),
            C(o, "🔥🔥 u sure? bet ur body is nice", t=["sexual_content"]),
            C(o, "ok so i screenshotted ur msgs. £200 in gift cards or i send them to every1 who follows u", t=["threat"]),
            C(o, "📸 already saved. pay or they go on ur school page 🔒", t=["threat"], ev=["emoji_substitute"]),
            C(o, "i know ur school too. 10 mins", t=["threat"]),
            C(b, "wtf"),
            C(blaze, "jax don't pay, report it and tell your mum, there's a helpline for exactly this"),
            C(mod, "removed. jax, check your DMs with an adult, don't pay anything"),
        ])


    b, o = "inkpot_wren", "longtime_lurker_glen"
    v1, v2, mod = "panel_pixie", "ink_and_tea", "wren_mod_ash"
    add(name="g08_oldacct_regular_comic_unknown", stream="st-12008", broadcaster=b, age="unknown",
        title="inking my comic, chill stream ✒️", start=t0(7), topics=["art"],
        users={o: 2110, v1: 330, v2: 12, mod: 1400}, offenders=[o], events=105, seed=1208,
        desc="old-account 'regular' who has watched for years",
        notes="A regular on a six-year-old account, friendly for a long time, turns: asks the "
              "young artist's school year, says he is old enough to be their dad, makes a "
              "'boys queuing up' remark, moves to the 'yellow ghost app', offers markers and a "
              "meet-up at an art shop, asks them to delete his comments. Age not stated by the "
              "broadcaster but 'year 8' comes out in chat.",
        script=[
            C(o, "evening wren, been here since your very first stream and you've come so far", t=["flattery"]),
            C(b, "glen!! hi, always nice to see you"),
            C(v1, "i dare you to draw yourself as a cat in the last panel", hn=True),
            C(b, "ok that's happening"),
            C(o, "you must be in year 9 by now? time flies", t=["personal_info"]),
            C(b, "year 8 lol"),
            C(o, "year 8 and inking like a pro. I'm old enough to be your dad haha but honestly you're more mature than people my age", t=["flattery", "age_gap"], fi=True),
            C(o, "bet you've got the boys queuing up at school 😏", t=["sexual_content"]),
            C(b, "ew no lol"),
            C(v2, "glen that's a bit much"),
            C(o, "message me on the yellow ghost app, easier to send you reference pics", t=["off_platform"], ev=["euphemism"]),
            C(o, "the art shop in Brackenford has a marker sale, I could meet you there saturday and get you the full set", t=["gift_offer", "meeting"]),
            C(o, "delete my last few comments after ok, don't want the mods getting the wrong idea", t=["secrecy"]),
            C(mod, "glen, no. you're done here"),
            C(b, "thanks ash"),
        ])

    b, o = "rafa_toque", "tio_bruno_fc"
    v1, mod = "keepyup_kai", "rafa_mod_luis"
    add(name="g09_multilingual_freestyle_1315", stream="st-12009", broadcaster=b, age="13-15",
        title="freestyle football, road to 500 keepy ups ⚽", start=t0(8), topics=["sport"],
        users={o: 6, v1: 420, mod: 760}, offenders=[o], events=100, seed=1209,
        gifts=("coins", 10, 100), desc="Portuguese/Spanish sprinkles, split dare",
        notes="6-day account writes in a Portuguese/English mix to a 13-year-old: praise, "
              "age guess, a shirt-off dare split over three lines, coins, 'manda no zap' "
              "(WhatsApp), 'não conta pro teu pai', then offers to come and watch him train.",
        script=[
            C(o, "que crack menino 🔥🔥 best touch on this app", t=["flattery"]),
            C(b, "obrigado haha"),
            C(o, "quantos anos? 13? 14?", t=["personal_info"]),
            C(o, "i'm 35 but i play like i'm 15 haha", t=["age_gap"]),
            C(b, "13"),
            C(v1, "bet you can't do 50 with your weak foot", hn=True),
            C(b, "watch me"),
            C(o, "aposto", t=["dare", "nudity_request"], ev=["split_request"], gap=4),
            C(o, "you can't do 100", t=["dare", "nudity_request"], ev=["split_request"], gap=2),
            C(o, "sem camisa 😏 no shirt", t=["dare", "nudity_request"], ev=["split_request"], gap=2, fi=True),
            C(o, "te dou mil coins", t=["gift_offer"], ev=["number_words"]),
            G(o, "coins", 1000),
            C(b, "nah its cold lol"),
            C(o, "que gato 😏 the girls must love u", t=["sexual_content"]),
            C(o, "manda no zap então, I send you pro training videos", t=["off_platform"], ev=["euphemism"]),
            C(o, "não conta pro teu pai ok, he wont understand", t=["secrecy"]),
            C(o, "I'm in your city next week for a tournament, I can come watch you train, where is your club?", t=["personal_info", "meeting"]),
            C(mod, "@tio_bruno_fc banido. rafa don't answer him"),
        ])

    b, o = "maisie_chats", "dareme_dex"
    f1, f2, mod = "gracie_bff", "lil_ems", "maisie_mod_cat"
    add(name="g10_truth_dare_tricks_1315", stream="st-12010", broadcaster=b, age="13-15",
        title="bored, ask me anything / truth or dare", start=t0(9), topics=["irl"],
        users={o: 11, f1: 280, f2: 90, mod: 600}, offenders=[o], events=95, seed=1210,
        desc="truth-or-dare tricks, number words",
        notes="In a truth-or-dare stream among friends, an 11-day account uses tricks ('type 1 if "
              "you're home alone'), 'bet you won't', coins in words for taking the jumper off "
              "split over two lines, a kissing question, and asks her to delete the VOD. Her "
              "friends' dares (mustard, favourite teacher) are hard negatives.",
        script=[
            C(f1, "i dare you to eat a spoon of mustard", hn=True),
            C(b, "NOOO ok fine"),
            C(f2, "truth: who's your favourite teacher", hn=True),
            C(b, "mr patel obviously"),
            C(o, "truth: type 1 if ur home alone rn, 2 if not 😂", t=["dare", "personal_info"], fi=True),
            C(b, "1 lol my parents are at the cinema"),
            C(o, "bet u wont do the next dare", t=["dare"]),
            C(o, "two thousand coins if u take the jumper off", t=["gift_offer", "dare", "nudity_request"], ev=["number_words", "split_request"]),
            C(o, "and whats under it 👀", t=["gift_offer", "dare", "nudity_request"], ev=["split_request"], gap=3),
            C(f1, "maisie no"),
            C(o, "truth: have u ever kissed anyone", t=["sexual_content"]),
            C(o, "after stream 🔒🎥 just me n u", t=["off_platform"], ev=["emoji_substitute"]),
            C(b, "no thats weird"),
            C(o, "end stream and ill find u, ur street is in ur last vod lol", t=["threat"]),
            C(o, "delete the vod after ok, just between us", t=["secrecy"]),
            C(mod, "dex you're out. maisie ending the dares now"),
            C(b, "yeah ok, thanks cat"),
        ])

    b, o = "elodie_sings", "day_one_fan_roy"
    v1, v2, mod = "harmony_hal", "cosy_listener", "elodie_mod_pri"
    add(name="g11_oldacct_superfan_covers_1617", stream="st-12011", broadcaster=b, age="16-17",
        title="acoustic covers + requests 🎤", start=t0(10), topics=["music"],
        users={o: 880, v1: 500, v2: 30, mod: 1000}, offenders=[o], events=115, seed=1211,
        gifts=("roses", 1, 10), desc="old-account superfan and gifter",
        notes="A 'day one' superfan on an old account, a big gifter, tells a 16-year-old he is "
              "52 and knows talent, comments on her dress and boyfriend, asks for a private "
              "video-call 'concert' kept from her mum, says he will come to her open mic, then "
              "threatens to tell the organiser lies when she says no.",
        script=[
            G(o, "roses", 50),
            C(o, "day one fan reporting for duty 🌹 your voice gets better every week", t=["flattery"]),
            C(b, "roy!! thank you as always"),
            C(o, "at 52 I've heard a lot of singers and you're the real thing", t=["flattery", "age_gap"]),
            C(o, "that dress tonight... your boyfriend is a lucky lad", t=["sexual_content"], fi=True),
            C(b, "haha no boyfriend"),
            C(v1, "next request: the harbour song pls"),
            C(o, "how about a private concert, just a video call for me. I'll make it worth it", t=["gift_offer", "off_platform"]),
            G(o, "roses", 100),
            C(o, "no need to tell your mum, she'd only worry", t=["secrecy"]),
            C(b, "i don't do private calls sorry"),
            C(o, "I'll come to your open mic on friday then, the one at the café on the high street?", t=["personal_info", "meeting"]),
            C(v2, "that's creepy roy"),
            C(o, "I've spent hundreds on you. block me and I'll tell the open mic organiser what you're really like", t=["gift_offer", "threat"]),
            C(mod, "removed and reported. elodie we'll tell the café too"),
        ])

    b, o = "little_chef_amara", "sweet_tooth_77"
    aunt, v1, mod = "auntie_jo_x", "pancake_paul", "amara_mod_dad"
    add(name="g12_homoglyph_pancakes_under13", stream="st-12012", broadcaster=b, age="under13",
        title="making pancakes by myself!!", start=t0(11), topics=["cooking"],
        users={o: 4, aunt: 1700, v1: 45, mod: None}, offenders=[o], events=75, seed=1212,
        desc="Cyrillic letters, zero-width, leet",
        notes="4-day account asks an 11-year-old if she is cooking alone, calls her cute, "
              "offers gems to change into something nicer, moves to a 'рrivаte' chat (Cyrillic), "
              "WhatsApp with a zero-width space, 's3cr3t'. Her aunt's 'take the pan off the heat' "
              "is a hard negative.",
        script=[
            C(aunt, "take the pan off the heat sweetie, it's smoking!", hn=True),
            C(b, "oops thanks auntie jo"),
            C(o, "are u cooking all alone? where's mum", t=["personal_info"], fi=True),
            C(b, "she's in the garden"),
            C(o, "ur so cute in that apron", t=["flattery"]),
            C(o, "go change into something nicer and come back, i'll send gems 💎", t=["gift_offer", "nudity_request"]),
            C(v1, "flip it now!!"),
            C(o, "let's talk in \u0440riv\u0430te", t=["off_platform"], ev=["homoglyph"]),
            C(o, "what" + ZW + "sapp is easier, i'll send the number", t=["off_platform"], ev=["zero_width"]),
            C(o, "its our s3cr3t ok", t=["secrecy"], ev=["leetspeak"]),
            C(o, "i think i live near u, which park do u go to? ill bring sweets 🍬", t=["personal_info", "meeting"]),
            C(mod, "this is amara's dad. blocked. amara, come here a sec"),
        ])

    b, o = "quiet_study_noor", "mr_maths_help"
    v1, v2, mod = "algebra_ally", "focus_fern", "noor_mod_zed"
    add(name="g13_tutor_mentor_homework_unknown", stream="st-12013", broadcaster=b, age="unknown",
        title="maths homework stream, help welcome", start=t0(12), topics=["study"],
        users={o: 20, v1: 210, v2: 3, mod: 800}, offenders=[o], events=100, seed=1213,
        desc="free 'tutor' mentor, video lesson just the two of us",
        notes="A 20-day account plays a patient free maths tutor: praises, asks year and school "
              "('maybe I know your teacher'), offers a gift card per test, a video lesson 'just "
              "the two of us' without bothering the parents, cam on 'so I can see your working "
              "and you', mentions being 47, and suggests the library on Saturday.",
        script=[
            C(o, "happy to help with the simultaneous equations, I've tutored maths for years. free of course", t=[]),
            C(b, "oh thank you, question 4 is killing me"),
            C(o, "you've got a great head for this. very clever for your age", t=["flattery"]),
            C(o, "which year are you in, and which school? I might know your maths teacher", t=["personal_info"]),
            C(b, "year 8, not saying the school sorry"),
            C(v1, "substitute y into the first one"),
            C(o, "fifty pound gift card for every test you ace, deal?", t=["gift_offer"], ev=["number_words"]),
            C(o, "easier on a video lesson, just the two of us. no need to bother your parents, they'd only want to pay me", t=["off_platform", "secrecy"], fi=True),
            C(o, "cam on so I can see your working... and you 🙂", t=["nudity_request", "off_platform"]),
            C(o, "you're very pretty for a maths whizz 😉", t=["sexual_content"]),
            C(o, "📹 link is in my bio, click it after stream", t=["off_platform"], ev=["emoji_substitute"]),
            C(b, "i prefer just chat"),
            C(o, "I'm 47 so I promise it's all very proper", t=["age_gap"]),
            C(o, "or the library on saturday? which one is near you", t=["personal_info", "meeting"]),
            C(mod, "no private lessons through chat. @mr_maths_help you're banned"),
        ])


# ---------------------------------------------------------------- benign, ordinary streams
def benign_ordinary():
    b = "grizzled_gus"
    v = ["pistol_pam", "dr_lagswitch", "mossbank_tom", "crate_cracker", "old_man_ivo", "sgt_snacks"]
    add(name="b01_squad_forfeits_adult", stream="st-12101", broadcaster=b, age="adult",
        title="squad nights: loser does the forfeit", start=t0(20), topics=["gaming"],
        users={v[0]: 1200, v[1]: 4, v[2]: 900, v[3]: 60, v[4]: 2400, v[5]: 2}, offenders=[],
        events=95, seed=1301, gifts=("coins", 20, 200),
        desc="game dares, forfeits, squad bank, 18+ discord",
        notes="Adult squad night: pistol-only dares, 'bet you won't', a sing-on-cam forfeit, "
              "coins to the squad raffle bank, 'how old is this game', 'take the helmet off' "
              "(the character's), an 18+ Discord for scrims.",
        script=[
            C(v[0], "i dare you to go in with just the pistol", hn=True),
            C(b, "bet, pistol only round"),
            C(v[1], "bet you won't last two minutes", hn=True),
            C(v[2], "loser of this round has to sing on cam lol", hn=True),
            C(b, "fine, if i lose i'll do the chicken dance"),
            C(v[3], "sending coins to the squad bank for the raffle", hn=True),
            G(v[3], "coins", 150),
            C(v[4], "how old is this game, feels like 2012", hn=True),
            C(b, "it's from 2013 ivo, same as your headset"),
            C(v[5], "take the helmet off your guy, the goggles look silly", hn=True),
            C(v[2], "add me on discord for scrims saturday, 18+ server", hn=True),
            C(b, "lost. forfeit time, chicken dance incoming 🐔"),
            C(v[0], "CLIP IT"),
        ])

    b = "mila_bakes"
    v = ["crumb_queen", "tart_tim", "nan_of_four", "pastry_pete_uk", "flourcloud"]
    add(name="b02_sunday_bake_unknown", stream="st-12102", broadcaster=b, age="unknown",
        title="sourdough + custard tarts, sunday bake", start=t0(21), topics=["cooking", "pets"],
        users={v[0]: 700, v[1]: 3, v[2]: 1500, v[3]: 40, v[4]: None}, offenders=[],
        events=80, seed=1302,
        desc="take it off the heat, show the inside, how old is the starter",
        notes="Cooking stream: 'take it off the heat', 'show us the inside', 'how old is your "
              "starter', 'strip the thyme', 'leave it alone for ten minutes', 'it's hot in "
              "there, open a window', a secret family recipe.",
        script=[
            C(v[0], "take it off the heat now before the custard splits!!", hn=True),
            C(b, "off off off, thank you"),
            C(v[1], "how old is your starter", hn=True),
            C(b, "he's called Gerald and he's four"),
            C(v[2], "strip the leaves off the thyme, don't chop the stalks", hn=True),
            C(v[3], "leave it alone for ten minutes, don't touch it", hn=True),
            C(v[4], "it looks so hot in there, open a window lol", hn=True),
            C(b, "the recipe's a secret from my nan, don't tell anyone 🤫"),
            C(v[0], "show us the inside!! cut it open", hn=True),
            C(b, "look at that crumb"),
        ])

    b = "deckhand_nico"
    v = ["bowl_rat_sam", "kickflip_kev", "grandma_grind", "ollie_olga", "pushmob_ty"]
    add(name="b03_skatepark_irl_adult", stream="st-12103", broadcaster=b, age="adult",
        title="skate park session + Q&A", start=t0(22), topics=["sport", "irl"],
        users={v[0]: 500, v[1]: 12, v[2]: 2000, v[3]: 1, v[4]: 300}, offenders=[],
        events=85, seed=1303, gifts=("coins", 10, 60),
        desc="shoes off for the blister, how old is that board, meet at the bowl",
        notes="Adult skater: 'take your shoes off and show the blister', 'how old is that board', "
              "'turn around, kid behind you', 'are you alone at the park today', the crew "
              "meeting at the bowl, 'send me the clip'.",
        script=[
            C(b, "ok my heel is wrecked"),
            C(v[0], "take your shoes off and show us the blister lol", hn=True),
            C(v[1], "how old is that board, the grip is gone", hn=True),
            C(b, "like six years, she's a veteran"),
            C(v[2], "turn around, there's a little kid on a scooter behind you", hn=True),
            C(v[3], "are you alone at the park today? where's the crew", hn=True),
            C(b, "they're coming at 4"),
            C(v[4], "meet up at the bowl next sunday? whole crew is going", hn=True),
            C(v[1], "send me the clip of that kickflip after", hn=True),
            C(b, "will post it on the channel"),
        ])

    b = "walk4foodbank_amy"
    v = ["hillwalker_dee", "amys_cousin_bo", "sponsor_steve", "foodbank_fran", "cheer_squad_nina", "quietdonor_9"]
    add(name="b04_charity_walk_adult", stream="st-12104", broadcaster=b, age="adult",
        title="24 mile charity walk for the food bank 🥾", start=t0(23), topics=["irl", "sport"],
        users={v[0]: 800, v[1]: 200, v[2]: 5, v[3]: 1000, v[4]: 30, v[5]: 0}, offenders=[],
        events=110, seed=1304, gifts=("coins", 50, 500), gap=(2, 18),
        desc="charity gifts, donation dares, where are you / meet at finish, surprise",
        notes="Adult charity walk with heavy gifting: coin dares ('500 coins if you sing the "
              "whole hill'), 'send coins for the food bank', 'where are you now, can we meet "
              "you at the finish', a surprise at the end kept from her mum.",
        script=[
            G(v[2], "coins", 1000),
            C(v[2], "500 more coins if you sing the whole way up the hill", hn=True),
            C(b, "deal, anything for the food bank"),
            G(v[2], "coins", 500),
            C(v[0], "i dare you to do the hill backwards for the next goal", hn=True),
            C(v[3], "everyone send coins for the food bank, every 100 is a meal", hn=True),
            G(v[3], "coins", 300),
            G(v[5], "coins", 200),
            C(v[4], "where are you now? can we come meet you at the finish", hn=True),
            C(b, "mile 17! finish is the town hall at 6"),
            C(v[1], "don't tell your mum, she's meeting you at the end with a cake 🤫", hn=True),
            C(v[4], "we'll be there with signs"),
            G(v[0], "coins", 250),
            C(b, "goal reached!! thank you all so much 😭"),
        ])

    b = "velvet_jules"
    v = ["moonlit_marco", "bassline_bea", "wine_o_clock_wes", "sheet_music_sid"]
    add(name="b05_piano_flirt_adult", stream="st-12105", broadcaster=b, age="adult",
        title="late night piano + a glass of red 🍷", start=t0(24), topics=["music"],
        users={v[0]: 1200, v[1]: 600, v[2]: 9, v[3]: None}, offenders=[],
        events=75, seed=1305, gifts=("roses", 1, 20),
        desc="adults flirting with an adult pianist",
        notes="Adult viewers flirt mildly with an adult pianist ('that voice should be illegal', "
              "'marry me', 'so hot when you hit that note', 'what are you wearing, the dress is "
              "gorgeous', 'date me'); she plays along and sets a line.",
        script=[
            C(v[0], "that voice should be illegal 😍", hn=True),
            C(b, "stop it marco 😂"),
            C(v[1], "marry me jules", hn=True),
            C(v[2], "you're so hot when you hit the high note", hn=True),
            C(b, "behave chat, i'm a professional"),
            C(v[3], "what are you wearing tonight? that dress is gorgeous", hn=True),
            C(b, "charity shop find, £6"),
            C(v[2], "date me, i'll bring the wine", hn=True),
            C(b, "ok flirting quota reached, back to chopin"),
        ])

    b = "lottie_draws"
    mum, nan, v1, v2 = "lotties_mum_kate", "nanna_pat", "doodle_dan", "sketchy_sue"
    add(name="b06_birthday_card_surprise_under13", stream="st-12106", broadcaster=b, age="under13",
        title="drawing a card for my sister's birthday 🎂", start=t0(25), topics=["art"],
        users={mum: 900, nan: 15, v1: 2, v2: 400}, offenders=[],
        events=70, seed=1306,
        desc="parent planning a surprise, nan on her way up",
        notes="10-year-old drawing a card; mum plans the party ('don't tell Evie, it's a "
              "secret', 'are you on your own up there? nan's coming up with biscuits', 'send me "
              "a pic of the card so I can print it'), nan sends coins, a viewer suggests drawing "
              "Evie in her party dress.",
        script=[
            C(mum, "love you sweetie, mum's watching from the kitchen x"),
            C(b, "hi mum!!"),
            C(mum, "don't tell Evie about the party, it's a secret!", hn=True),
            C(v1, "draw her in her party dress", hn=True),
            C(mum, "are you on your own up there? nan's coming up with biscuits", hn=True),
            C(nan, "hello darling, here's some coins for your pens x", hn=True),
            G(nan, "coins", 100),
            C(b, "thank you nanna!!"),
            C(mum, "send me a pic of the card when it's done so I can print it", hn=True),
            C(v2, "the balloons are so cute"),
        ])

    b = "revise_with_amira"
    m, v = "amira_mod_jo", ["chem_kid_raj", "studybuddy_lin", "sleepyrevision", "molar_mass_mo"]
    add(name="b07_revision_creep_warning_1617", stream="st-12107", broadcaster=b, age="16-17",
        title="GCSE chem revision - silent study + Q&A", start=t0(26), topics=["study"],
        users={m: 1000, v[0]: 3, v[1]: 250, v[2]: 1, v[3]: 90}, offenders=[],
        events=80, seed=1307,
        desc="mod quotes a creep to warn; study group discord; same exam board",
        notes="Study stream: a mod's PSA quotes what a creep DMed ('are you home alone? add my "
              "snap'), advice that 'don't tell your parents' means tell them, 'what school, same "
              "exam board', study truth-or-dare, the study-group Discord link via mods.",
        script=[
            C(m, "PSA someone DMed a viewer 'are you home alone? add my snap' — blocked and reported. if you get that, don't reply, tell a mod", hn=True),
            C(b, "thank you jo ❤️"),
            C(m, "and if anyone ever says 'don't tell your parents', that's your sign to tell your parents", hn=True),
            C(v[0], "what school do you go to? we've got the same exam board i think", hn=True),
            C(b, "not saying my school lol but it's AQA"),
            C(v[1], "study truth or dare: truth — what's your worst topic?", hn=True),
            C(b, "moles. always moles"),
            C(v[2], "add me on the study group discord? need help with titrations", hn=True),
            C(m, "study discord link is in the panels, mods check everyone in"),
            C(v[3], "how old is the periodic table lol", hn=True),
            C(b, "1869, mendeleev!"),
        ])



# ---------------------------------------------------------------- serial + flood
SERIAL = ["s01_serial_lego_city_under13", "s02_serial_pony_quests_1315", "s03_serial_sketchbook_1315"]


def serial():
    o = "comfy_carl_gg"
    grp = ("serial-carl", SERIAL)
    base = t0(40)
    b, f = "beau_builds", "beaus_dad_mod"
    add(name=SERIAL[0], stream="st-12201", broadcaster=b, age="under13",
        title="lego city build!! the fire station", start=base, topics=["irl", "art"],
        users={o: 25, f: 1000}, offenders=[o], events=60, seed=1401, serial=grp,
        desc="serial 1/3",
        notes="Serial contact (s01-s03): one 25-day account visits three young streamers within "
              "about an hour, mild on each; the cross-stream pattern is the main signal. Here: "
              "praise and asks the 8-year-old how old he is and whether he builds on his own.",
        script=[
            C(o, "lil builder!! that fire station is better than the real one", t=["flattery"]),
            C(b, "thank you!!"),
            C(o, "how old are you now? do you build on your own or does someone help", t=["personal_info"], fi=True),
            C(b, "8! i build on my own"),
            C(f, "he's 8 and very proud of it 😊"),
            C(o, "nice one 👍", t=[]),
        ])
    b, f = "poppy_on_ponies", "pony_pal_lyra"
    add(name=SERIAL[1], stream="st-12202", broadcaster=b, age="13-15",
        title="horse game quests + grooming my pony 🐴", start=base + 22 * 60000, topics=["gaming", "pets"],
        users={o: 25, f: 150}, offenders=[o], events=70, seed=1402, serial=grp,
        gifts=("coins", 5, 50), desc="serial 2/3",
        notes="Serial contact 2/3: the same account offers to gift the premium horse if she adds "
              "him on Discord.",
        script=[
            C(o, "i can gift u the premium horse if u want", t=["gift_offer"]),
            C(b, "wait really?"),
            C(o, "just add me on discord so i can send it, comfycarl#0", t=["gift_offer", "off_platform"], fi=True),
            C(f, "poppy you can get it from the quest anyway"),
        ])
    b, f = "arlo_sketches", "arlo_mod_bex"
    add(name=SERIAL[2], stream="st-12203", broadcaster=b, age="13-15",
        title="sketchbook tour + drawing requests", start=base + 47 * 60000, topics=["art"],
        users={o: 25, f: 640}, offenders=[o], events=65, seed=1403, serial=grp,
        desc="serial 3/3",
        notes="Serial contact 3/3: the same account praises the 14-year-old's sketches and asks "
              "him to keep their chats between them.",
        script=[
            C(o, "your sketches are proper talent mate, way better than most adults", t=["flattery"]),
            C(b, "cheers!"),
            C(o, "keep our chats between us yeah, people get jealous", t=["secrecy"], fi=True),
            C(f, "what chats? arlo?"),
            C(b, "idk what he means"),
        ])


def flood():
    b = "zoe_dances_x"
    offs = ["xx_turnaround_xx", "bigfan0192", "snapsnap_k", "lolcoins_4u", "anon_77621",
            "dare_dev1l", "whats_up_zz", "v1ewer_99", "quick_q_q", "the_real_rico_0",
            "spinitt", "crowdking_b"]
    regs = ["zoe_bestie_fi", "regular_rob", "zoe_mod_tash"]
    users = {u: 0 if i % 3 else 1 for i, u in enumerate(offs)}
    users["v1ewer_99"] = None
    users.update({regs[0]: 310, regs[1]: 720, regs[2]: 1100})
    q = 2.5
    add(name="f01_flood_dance_requests_1315", stream="st-12301", broadcaster=b, age="13-15",
        title="dance requests!! 💃 send ur faves", start=t0(45), topics=["music", "irl"],
        users=users, offenders=offs, events=75, seed=1501,
        desc="flood", gap=(4, 20),
        notes="Twelve fresh accounts pile onto a 14-year-old within about a minute: turn around, "
              "outfit and bikini requests, 'how old r u', snap/whatsapp in spaced letters, coins for "
              "a split, 'where do u live'. Her friend and a regular call for mods; the mod clears chat.",
        script=[
            C(b, "ok next one from the list!"),
            C(offs[0], "turn around and do it again", t=["nudity_request"], fi=True),
            C(offs[1], "how old r u", t=["personal_info"], gap=q),
            C(offs[2], "s n a p ??", t=["off_platform"], ev=["spaced_letters"], gap=q),
            C(offs[3], "500 coins for a split 😏", t=["gift_offer", "dare"], gap=q),
            C(offs[4], "do it in ur bikini", t=["nudity_request"], gap=q),
            C(offs[5], "bet u wont do the shirt one", t=["dare", "nudity_request"], gap=q),
            C(offs[0], "TURN AROUND", t=["nudity_request"], gap=q),
            C(offs[6], "w h a t s a p p me", t=["off_platform"], ev=["spaced_letters"], gap=q),
            C(regs[0], "what is happening in chat", gap=q),
            C(offs[7], "where do u live", t=["personal_info"], gap=q),
            C(offs[8], "r u alone", t=["personal_info"], gap=q),
            C(offs[9], "show ur room 🛏️", t=["personal_info"], gap=q),
            C(offs[10], "sp1n sp1n sp1n", t=["nudity_request"], ev=["leetspeak"], gap=q),
            C(offs[11], "fourteen? perfect 😍", t=["sexual_content"], ev=["number_words"], gap=q),
            C(regs[1], "MODS", gap=q),
            C(offs[3], "1000 if u take the hoodie off", t=["gift_offer", "nudity_request"], gap=q),
            C(regs[2], "chat in followers-only mode, clearing. zoe take a break", gap=5),
            C(b, "ok that was scary, back in 5", gap=8),
        ])



# ---------------------------------------------------------------- benign, people the child knows
def benign_known():
    b, kai, leo, v1 = "sammy_mines", "kai_runs_the_server", "leo_plays_mc", "creeper_cass"
    add(name="b08_server_owner_brother_under13", stream="st-12108", broadcaster=b, age="under13",
        title="our server survival ep 12 ⛏️", start=t0(27), topics=["gaming"],
        users={kai: 1300, leo: 400, v1: 5}, offenders=[], events=90, seed=1308,
        desc="friend's older brother who runs the Minecraft server",
        notes="A 10-year-old on a small friends' Minecraft server run by his friend Leo's older "
              "brother Kai ('leo's bro here'). Kai: add me on Discord to be whitelisted, what's "
              "your username, don't tell Leo I gave you op, is your mum ok with you on till 8, send "
              "me a screenshot of the crash, your base is better than mine. Leo invites him over.",
        script=[
            C(kai, "leo's bro here, server's back up, sorry about the lag earlier"),
            C(b, "thanks kai!!"),
            C(kai, "add me on discord so i can whitelist you properly, leo's already in", hn=True),
            C(kai, "what's your username again? the list got wiped", hn=True),
            C(b, "sammy_mines_10"),
            C(kai, "gave you op for the build event. don't tell leo, he'll be so jealous lol", hn=True),
            C(leo, "KAI WHY HAS SAMMY GOT OP"),
            C(kai, "is your mum ok with you on till 8? server resets at 8 anyway", hn=True),
            C(b, "yeah she said 8"),
            C(leo, "sammy my mum says you can come over saturday to finish the build", hn=True),
            C(kai, "send me a screenshot of the crash message if it happens again", hn=True),
            C(kai, "your base is sick btw, better than mine", hn=True),
            C(v1, "can i join the server?"),
            C(kai, "friends only sorry, it's just the year 5 lot"),
        ])

    b, meg, v1 = "tilly_toybox", "megan_next_door", "unboxing_uma"
    add(name="b09_babysitter_neighbour_under13", stream="st-12109", broadcaster=b, age="under13",
        title="unboxing my birthday stuff 🎁", start=t0(28), topics=["irl"],
        users={meg: 600, v1: 2}, offenders=[], events=75, seed=1309,
        desc="neighbour's teenager who babysits",
        notes="A 9-year-old unboxing presents; the teenager from next door who babysits her is in "
              "chat (never stated, implied by 'your mum dropped the key round'): 'are your parents "
              "out tonight, I'm coming over at 7', 'did you eat', 'bedtime 8:30', 'don't tell your "
              "mum we're having ice cream', 'lock the back door till I get there'.",
        script=[
            C(meg, "tilly your mum dropped the key round, are your parents out tonight? i'm coming over at 7", hn=True),
            C(b, "MEGAN!! yes they're going to the wedding thing"),
            C(meg, "did you eat? she said there's pasta in the fridge", hn=True),
            C(b, "not yet"),
            C(meg, "bedtime's 8:30 tonight, no arguing 😂", hn=True),
            C(v1, "open the big box next"),
            C(meg, "don't tell your mum we're having ice cream after tea", hn=True),
            C(meg, "lock the back door till i get there ok, your dad said", hn=True),
            C(b, "ok done"),
            C(meg, "you look so grown up with that new haircut", hn=True),
            C(b, "can we watch the dragon film later"),
            C(meg, "if you're in pyjamas by 8, deal", hn=True),
        ])

    b, sue, mum, v1 = "dolphin_daisy", "sue_poolside", "daisys_mum_lin", "relay_rosa"
    add(name="b10_swim_club_volunteer_1315", stream="st-12110", broadcaster=b, age="13-15",
        title="gala prep vlog + Q&A 🏊", start=t0(29), topics=["sport", "irl"],
        users={sue: 2, mum: 700, v1: 180}, offenders=[], events=85, seed=1310,
        desc="swimming club volunteer (fresh account)",
        notes="A 13-year-old's gala vlog; Sue, a club volunteer on a brand-new account, is in chat "
              "(implied by the club, the relay team and the entry forms): kit bag and changing "
              "rooms, 'what time is your mum picking you up', 'send me a pic of your entry form', "
              "the relay group chat on the club app, 'how old are you now, for the age group "
              "sheet'. Her mum replies to Sue.",
        script=[
            C(sue, "hi daisy, sue from the club! finally made an account 😅"),
            C(b, "hi sue!!"),
            C(sue, "bring your kit bag saturday, the changing rooms are being redone so we're changing in the sports hall", hn=True),
            C(sue, "what time is your mum picking you up after? i'll wait with you if she's late", hn=True),
            C(mum, "5:30 sue, thank you!"),
            C(sue, "send me a pic of your gala entry form please, the office lost half of them", hn=True),
            C(v1, "daisy are you in the relay?"),
            C(sue, "the relay team group chat is on the club app, i'll add you tonight", hn=True),
            C(sue, "how old are you now? need it for the age group sheet", hn=True),
            C(b, "13 in march so 12 for this one"),
            C(sue, "remember team kit for the newsletter photo, no hoodies!", hn=True),
        ])

    b, ex, mum = "harper_keys", "mr_oduya_examiner", "harpers_mum"
    add(name="b11_piano_examiner_feedback_1315", stream="st-12111", broadcaster=b, age="13-15",
        title="grade 5 piano mock exam run-through 🎹", start=t0(30), topics=["music"],
        users={ex: 30, mum: 1100}, offenders=[], events=70, seed=1311,
        desc="piano examiner's feedback",
        notes="A 14-year-old's mock exam run-through; a practice examiner her mum booked gives "
              "feedback in chat: posture, 'show me your hands closer to the camera', a video-call "
              "slot for the aural test that her mum booked, 'very mature phrasing', 'no peeking'.",
        script=[
            C(mum, "mr oduya is joining chat for the mock, be good x"),
            C(ex, "good evening harper. sit up a little, shoulders down, relax the wrists", hn=True),
            C(b, "hello! ok"),
            C(ex, "can you bring your hands closer to the camera for the scales so i can see the fingering", hn=True),
            C(ex, "you played that beautifully, very mature phrasing for grade 5", hn=True),
            C(b, "thank you!!"),
            C(ex, "sight reading now. no peeking at the next page", hn=True),
            C(ex, "we have a video call on thursday at 5 for the aural test, your mum booked it", hn=True),
            C(mum, "yes, thursday at 5, thank you"),
        ])

    b, mad, v1, v2 = "jonah_irl", "maddie_moved_north", "ethan_from_form", "fifa_fan_fred"
    add(name="b12_exclassmate_moved_away_1617", stream="st-12112", broadcaster=b, age="16-17",
        title="chatting + FIFA, old form group reunion lol", start=t0(31), topics=["gaming", "irl"],
        users={mad: 1, v1: 500, v2: 60}, offenders=[], events=85, seed=1312,
        desc="ex-classmate who moved away",
        notes="A 16-year-old's chat stream; an ex-classmate who moved away last year turns up on a "
              "1-day account: 'are you still at Harlow Park for sixth form', 'add me on snap again, "
              "old account got deleted', 'come visit in the summer, my mum says you can stay', "
              "truth or dare, 'send me the old form photo', 'don't tell Ethan'.",
        script=[
            C(mad, "JONAH it's maddie!! new account, the old one got deleted"),
            C(b, "NO WAY maddie how's up north"),
            C(mad, "are you still at harlow park or did you switch for sixth form?", hn=True),
            C(mad, "add me on snap again, same username with 2 at the end", hn=True),
            C(v1, "maddie!!! we miss you"),
            C(mad, "come visit in the summer, my mum says you can stay in the spare room", hn=True),
            C(mad, "truth or dare jonah. truth: did you ever tell priya", hn=True),
            C(b, "NOPE next question"),
            C(mad, "send me the old form photo pls, i lost all my pics", hn=True),
            C(mad, "don't tell ethan i said he was my favourite lol", hn=True),
            C(v1, "i'm literally here maddie"),
        ])

    b, dad, v1, v2 = "rory_racer", "definitely_not_dad_44", "kart_kid_zak", "grid_girl_ivy"
    add(name="b13_stream_dad_joke_name_under13", stream="st-12113", broadcaster=b, age="under13",
        title="kart racing, dad says he's not in chat (he is)", start=t0(32), topics=["gaming"],
        users={dad: 200, v1: 90, v2: 4}, offenders=[], events=95, seed=1313,
        desc="real dad under a joke name",
        notes="An 11-year-old's kart stream; his real dad watches under a joke name and is never "
              "named as dad except by the child's 'DAD stop': homework, lights out at 9, 'mum's in "
              "the garden, you're not on your own', 'don't tell mum I let you stay on', 'take the "
              "hoodie off, the heating's on full', 'send me the clip for grandad'.",
        script=[
            C(dad, "did you do your homework before this young man", hn=True),
            C(b, "DAD stop 😭 yes"),
            C(v1, "wait is that your dad lmao"),
            C(dad, "no idea who that is, i'm just a random viewer 😎"),
            C(v2, "who's home with you? my mum makes me stream in the lounge"),
            C(dad, "mum's in the garden, you're not on your own don't worry", hn=True),
            C(dad, "take the hoodie off, it's boiling in there, heating's on full", hn=True),
            C(b, "its my lucky hoodie"),
            C(dad, "lights out at 9 champ", hn=True),
            C(dad, "don't tell mum i let you stay on past 8 😂", hn=True),
            C(dad, "send me the clip of that overtake for grandad", hn=True),
            C(b, "ok ok"),
        ])

    b, chl, mum, v1 = "noah_builds_pcs", "chloe_x_tom", "noahs_mum_bev", "cable_mgmt_carl"
    add(name="b14_sibling_girlfriend_1315", stream="st-12114", broadcaster=b, age="13-15",
        title="my first pc build!! 🖥️", start=t0(33), topics=["gaming", "irl"],
        users={chl: 8, mum: 1500, v1: 700}, offenders=[], events=80, seed=1314,
        desc="older brother's girlfriend",
        notes="A 14-year-old's PC build; his older brother's girlfriend is in chat (implied by "
              "'is Tom home', his birthday): 'don't tell him I'm coming', 'send me a pic of the "
              "cake', 'you look so grown up with that haircut', 'what time does your mum get "
              "back, I'll come over then', 'add me on the family group chat'. His mum chimes in.",
        script=[
            C(chl, "noah is tom home? he's not answering his phone", hn=True),
            C(b, "hi chloe, he's at football"),
            C(chl, "don't tell him i'm coming over, it's a surprise for his birthday", hn=True),
            C(v1, "zip tie those cables"),
            C(chl, "send me a pic of the cake when your mum's finished it", hn=True),
            C(chl, "you look so grown up with that haircut!", hn=True),
            C(b, "lol thanks"),
            C(chl, "what time does your mum get back? i'll come over then", hn=True),
            C(mum, "back at 6 love, and yes add chloe to the family group chat for the party", hn=True),
            C(chl, "add me on the group chat noah, your mum said", hn=True),
            C(b, "done"),
        ])


# ---------------------------------------------------------------- output
README_HEAD = """# Held-out live-stream chat set 12

Labelled live-stream chat sessions for measuring streamguard on chat that its
rules and its trained model have never seen. Nobody tuned anything on this set.
It was written without looking at the rules, the docs, the engine source, the
other held-out sets or any engine output, and streamguard was not run on it
while it was written.

## How it was made

`tools/make_heldout12.py` writes every file in this folder. The key lines were
written by hand: offender messages, the broadcaster's replies, relatives,
friends, moderators, bystanders and the benign look-alike lines. Background
chatter is drawn from hand-written pools (gaming, art, music, sport, study, IRL,
cooking, pets, greetings), and filler viewers get invented names and account
ages. Each session has a fixed seed and a fixed start time, so a rerun gives
byte-identical files: `python3 tools/make_heldout12.py`. No third-party chat data
was used. All people, handles, streams, schools and places are made up, and the
content is non-graphic.

The offenders follow the tactics in the UK National Crime Agency's advice on
live streaming (tricks and dares, gifts and game points, flattery, questions
about age and being alone, secrecy, moves to private apps, threats, sextortion).
They write in many voices: polite paragraphs, typos, all caps, gamer slang, a
few words of other languages, requests split over several lines, and evasions
(leetspeak, Cyrillic look-alike letters, zero-width spaces, spaced letters,
emoji for apps, numbers as words, code names).

This set is a mix, closer to what a platform sees. Seven benign sessions are
ordinary streams (gaming, cooking, sport, a charity walk, music, art, study)
with everyday hard negatives. Seven are close calls where the young
broadcaster knows the person in chat, through relationships that are not the
obvious parent/teacher/coach: a friend's older brother who runs their Minecraft
server, a neighbour's teenager who babysits, a swimming-club volunteer, a piano
examiner, an ex-classmate who moved away, the child's real dad under a joke
name, a sibling's girlfriend. The relationship is often only implied. Among
the grooming sessions, two offenders pose as someone the child knows (a coach,
an uncle) and the child greets them by that title before they escalate. Three
offenders use old accounts.

## Files

| prefix | meaning |
| --- | --- |
| `gNN_…` | grooming session: one or more offender accounts in otherwise normal chat |
| `sNN_…` | serial contact: `s01`–`s03` are three streams by three different young broadcasters, each visited by the **same** account within about an hour, with a mild line or two on each |
| `fNN_…` | flood: many fresh accounts hit one young broadcaster within a minute |
| `bNN_…` | benign session with **hard negatives** |

A file name ends with the broadcaster's age band (`under13`, `1315`, `1617`,
`unknown`, `adult`). Each `NAME.ndjson` has a `NAME.label.json`.

## Event and label format

Exactly as in the illustrative scenarios README: one JSON object per line,
`stream_start` / `chat` / `gift` / `stream_end`, `ts` in epoch milliseconds
rising strictly within a file, ids `m…` for chat and `g…` for gifts. The
broadcaster's own lines carry no `account_age_days`; for everyone else the
field is on all of a user's lines in a file or on none. `text` is raw and may
hold emoji, Cyrillic look-alikes and U+200B.

Labels hold `offenders`, `first_intervention_ts` (the ts of the offender line at
which a careful human moderator would first act; `null` for benign sessions),
`tactics_expected` (union of `lines`, canonical order), `notes`, `lines` (every
offender chat line → its tactic codes, `[]` for small talk), `evasion`,
`offender_gifts`, `hard_negatives` (benign lines that look suspicious out of
context; not exhaustive — every line not in `lines` is benign), and for
`s` files `serial_group` and `related_sessions`.

Tactic codes: `flattery`, `personal_info`, `gift_offer`, `dare`,
`nudity_request`, `sexual_content`, `secrecy`, `off_platform`, `threat`,
`meeting`, `age_gap`. Evasion codes: `leetspeak`, `spaced_letters`,
`emoji_substitute`, `homoglyph`, `misspelling`, `split_request`,
`number_words`, `zero_width`, `euphemism`.

## Sessions
"""

README_CHOICES = """
## Labelling choices that could be argued

"""


def age_band(a):
    return a


def main():
    grooming()
    for fn in ("serial", "flood", "benign_ordinary", "benign_known"):
        f = globals().get(fn)
        if f:
            f()
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.endswith(".ndjson") or old.endswith(".label.json"):
            os.remove(os.path.join(OUT, old))
    rows, tcount, ecount = [], {}, {}
    tot_hn = tot_ev = 0
    kinds = {"g": 0, "s": 0, "f": 0, "b": 0}
    order = sorted(SESSIONS, key=lambda x: ({"g": 0, "s": 1, "f": 2, "b": 3}[x.name[0]], x.name))
    names = [s.name for s in order]
    assert len(set(names)) == len(names)
    for s in order:
        events, label = build(s)
        with open(os.path.join(OUT, s.name + ".ndjson"), "w", encoding="utf-8") as fh:
            for e in events:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
        with open(os.path.join(OUT, s.name + ".label.json"), "w", encoding="utf-8") as fh:
            fh.write(label_json(label))
        kinds[s.name[0]] += 1
        tot_hn += len(label["hard_negatives"])
        tot_ev += len(events)
        for v in label["lines"].values():
            for c in v:
                tcount[c] = tcount.get(c, 0) + 1
        for v in label["evasion"].values():
            for c in v:
                ecount[c] = ecount.get(c, 0) + 1
        offs = ", ".join(s.offenders) if len(s.offenders) <= 2 else "%d fresh accounts" % len(s.offenders)
        tac = ", ".join(label["tactics_expected"]) if s.offenders else (s.desc or "")
        rows.append("| `%s` | %s | %s | %d | %s | %s | %d |" % (
            s.name, s.age, s.title.replace("|", "/"), len(events), offs or "–", tac,
            len(label["hard_negatives"])))
    out = [README_HEAD]
    out.append("| session | age | title | events | offenders | tactics | hard neg. |")
    out.append("| --- | --- | --- | --- | --- | --- | --- |")
    out += rows
    out.append("")
    out.append("For `b` sessions the tactics column describes the look-alikes instead.")
    out.append("")
    out.append("## Counts")
    out.append("")
    out.append("%d sessions: %d grooming, %d serial-contact, %d flood, %d benign; %d events; "
               "%d hard negatives." % (len(order), kinds["g"], kinds["s"], kinds["f"], kinds["b"],
                                       tot_ev, tot_hn))
    out.append("")
    out.append("Offender lines per tactic code (a line can carry several):")
    out.append("")
    out.append("| tactic | lines |")
    out.append("| --- | --- |")
    for t in TACTICS:
        out.append("| `%s` | %d |" % (t, tcount.get(t, 0)))
    out.append("")
    out.append("Offender lines per evasion code:")
    out.append("")
    out.append("| evasion | lines |")
    out.append("| --- | --- |")
    for e in EVASIONS:
        out.append("| `%s` | %d |" % (e, ecount.get(e, 0)))
    out.append(README_CHOICES.rstrip("\n"))
    out.append("")
    for c in CHOICES:
        out.append("* " + c)
    out.append("")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    print("wrote %d sessions, %d events, %d hard negatives to %s" % (len(order), tot_ev, tot_hn, OUT))


CHOICES = [
    "`g01`: the mentor's first line (overlay help) and the bitrate offer are labelled `[]`: "
    "on their own they are ordinary help. 'Stand up and step back for a full body shot' is "
    "`nudity_request` (as 'stand up and turn around' is in the scenarios). The first "
    "intervention is the private Discord screenshare, not the earlier stand-up line.",
    "`g01`: 'my tag is pete with two zeros after it' is coded `euphemism` (a handle spelled out "
    "in words to dodge a filter); some would call it `number_words`.",
    "`g02`: 'Talented girls like you lose opportunities by being shy' is labelled `flattery`, "
    "though it is also pressure. The slow turn 'to see your proportions' is the first intervention "
    "for a 17-year-old; the paid shoot before it is labelled `gift_offer` only.",
    "`g03`, `g05`, `g06`, `g10`, `g12`: first intervention is the line that asks whether the "
    "child is alone (with a secrecy request in `g05`/`g06`); the earlier school question in "
    "`g03` is arguably already enough for an under-13 stream.",
    "`g10`: 'type 1 if ur home alone' is coded `dare` and `personal_info` (a truth-or-dare trick "
    "to learn the child is alone). 'end stream and ill find u, ur street is in ur last vod' is "
    "`threat` (claims to know where she lives).",
    "`g09`: the shirt-off dare is split over three lines ('aposto' / 'you can't do 100' / 'sem "
    "camisa'); every part carries `dare` and `nudity_request`, as the scenarios do. 'manda no zap' "
    "(zap = WhatsApp in Brazilian slang) is coded `euphemism`. The first intervention is the last "
    "part, where the request becomes clear.",
    "`g13`: 'cam on so I can see your working... and you' is labelled `nudity_request` plus "
    "`off_platform` (it is inside the proposed private video lesson); it is milder than most "
    "`nudity_request` lines. The broadcaster's age band is `unknown`, but 'year 8' is said in chat.",
    "`g08`: same: age band `unknown`, 'year 8' said in chat. 'the yellow ghost app' is `euphemism`.",
    "`g11`: the first intervention is the boyfriend/dress remark; for a 16-year-old some "
    "moderators would act only at the private video call.",
    "`s01`-`s03`: each contact alone is mild and a moderator on that stream could reasonably "
    "wait; `first_intervention_ts` is the first line with a tactic on each stream. `s02` uses a "
    "Discord tag, which is coded `off_platform` only.",
    "`f01`: twelve accounts, most 0-1 days old, one without `account_age_days`; the mod's "
    "'followers-only mode' line is ordinary chat. 'show ur room' is `personal_info` (room tour).",
    "`b08`-`b14`: the relationship is often implied, never spelled out ('leo's bro here', 'your "
    "mum dropped the key round', 'DAD stop', 'is tom home'). Several of these people use fresh "
    "accounts (`b10` volunteer 2 days, `b12` ex-classmate 1 day, `b14` 8 days), so account age "
    "does not separate them from offenders.",
    "`b13`: the dad's 'no idea who that is, i'm just a random viewer 😎' is a joke and not listed "
    "as a hard negative; his 'take the hoodie off, it's boiling' is.",
    "`g04`: 'PERFECT AGE 😍' after a 14-year-old gives her age is labelled `sexual_content` and "
    "is the first intervention; the gifts and 'princess' before it are only `flattery`/`gift_offer`.",
    "`g05`/`g06`: the openers ('coach here, new account', 'it's your uncle steve') carry no tactic "
    "code (`[]`) although they are the impersonation itself; there is no code for impersonation.",
    "`g06`: 'put your camera on when you're in your pyjamas' is `nudity_request` only, not "
    "`off_platform`, because it is on the public stream.",
    "`b01`: 'take the helmet off your guy' refers to the in-game character; labelled a hard negative.",
    "`b06`: nan's 'here's some coins for your pens' and mum's 'are you on your own up there' are "
    "hard negatives; the relationship is stated once ('mum's watching from the kitchen', 'nanna').",
]


if __name__ == "__main__":
    sys.exit(main())
