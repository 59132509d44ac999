#!/usr/bin/env python3
"""make_heldout13.py - deterministic generator for held-out chat set 13.

Writes tests/heldout13/*.ndjson, *.label.json and README.md.  Every key line
(offender messages, broadcaster replies, relatives, coaches, moderators and the
benign look-alike lines) is hand-written in this file; background chatter is
drawn with fixed seeds from hand-written pools below.  All names, handles and
places are invented.  Content is deliberately non-graphic.

Rerunning the script gives byte-identical output.
Usage: python3 tools/make_heldout13.py [OUTDIR]   (default tests/heldout13)
"""
import json
import os
import random
import sys

ZW = "\u200b"  # zero-width space

# --------------------------------------------------------------------------
# background pools (hand-written)
# --------------------------------------------------------------------------
POOLS = {
    "general": [
        "hiii", "evening all", "first time catching this live", "lol", "😂😂",
        "just got home", "what did i miss", "o7", "gg", "this music slaps",
        "hydrate check 💧", "love the vibes tonight", "raining here again",
        "brb dinner", "back", "wait what happened", "chat is quiet today",
        "❤️", "hello from the bus", "can't stay long, hi!", "W", "lmaooo",
        "the audio is a bit quiet", "fixed now ty", "👋", "this is cosy",
        "mods are goated", "followed!!", "late again sorry",
        "anyone else eating crisps rn", "my cat just walked on my keyboard",
        "how long is stream today", "good luck!!", "the overlay is cute",
        "5 min lurk then homework", "who's here from the raid", "ty for the shoutout",
        "this is my comfort stream", "is the stream lagging for anyone else",
        "happy friday", "night shift gang checking in", "same time next week?",
    ],
    "gaming": [
        "that jump was clean", "check the chest on the left", "you missed a coin",
        "boss has like 10% left", "nooo the checkpoint", "heal up first",
        "which difficulty is this", "run it back", "the hitbox on that is awful",
        "just craft a better pickaxe", "you have 3 potions btw", "clutch!!",
        "try the other route", "the lag is real", "inventory full again lol",
        "i always die on this bit", "this level is cursed", "loot loot loot",
        "speedrunners hate this one trick", "parry it!", "respawn timer is long",
        "sweaty lobby", "nice aim", "don't forget to save", "xp farm when",
        "that enemy has been camping for ages", "use the shortcut by the bridge",
        "new controller?", "the music in this level goes hard", "i got stuck there for a week",
        "almost!!", "the physics in this game lol", "craft torches first", "wait go back",
        "skill issue (jk)", "that's a secret room btw", "i love this map",
    ],
    "art": [
        "the colours are so soft", "what brush is that", "love the line art",
        "is that procreate or krita", "the shading on the hair 😍",
        "try a darker blue for the shadow", "layer check!", "flip the canvas to check",
        "that hand looks great actually", "background is coming together",
        "i can never draw eyes like that", "timelapse at the end pls",
        "the sky gradient is so pretty", "more sparkles", "chef's kiss on the outline",
        "how long have you been drawing", "the cat in the corner lol", "need this as a print",
    ],
    "music": [
        "your voice is so steady", "what key is this in", "that harmony!!",
        "play the one from last week", "the piano part is lovely", "goosebumps",
        "can you do a slower one next", "the mic sounds way better now",
        "love this song", "metronome is a bit loud", "encore", "🎶🎶",
        "the high note 😮", "who wrote this", "tuning break lol", "ooh minor key",
    ],
    "sport": [
        "what a pass", "ref is blind", "offside surely", "that keeper is unreal",
        "we need a sub", "wing is wide open", "press higher", "two nil incoming",
        "set piece, someone get on the near post", "the crowd is loud tonight",
        "var check again", "clean sheet please", "lets gooo", "that was never a foul",
        "how is it still 0-0", "hit the bar 😭", "extra time vibes",
    ],
    "study": [
        "is this the AQA paper", "what's the formula again", "rearrange first",
        "i got 42 as well", "wait how did you get that", "pomodoro break soon?",
        "the mark scheme says units", "flashcards after?", "my brain hurts",
        "can you go over question 3 again", "ooh that shortcut is good",
        "study buddies unite", "half an hour left", "who else has mocks next week",
        "draw the diagram first", "show your working", "photosynthesis gang",
    ],
    "irl": [
        "where is this park", "the dog in the background!", "weather looks nice there",
        "is that a new room setup", "love the fairy lights", "what's for tea",
        "the plant is thriving", "cosy corner", "what's that poster", "lamp is cute",
        "did you finish the book", "that mug lol", "sunset looks good",
    ],
    "cooking": [
        "that smells good from here", "more butter", "don't burn the onions",
        "is that oat milk", "preheat the oven!", "recipe in the description?",
        "mine always sinks in the middle", "the crunch 😋", "i'd add chilli",
        "salt the water", "my nan does it with raisins", "save me a slice",
    ],
    "pets": [
        "the cat is judging you", "PET TAX", "what's the dog's name", "smol bean",
        "he wants the treat", "look at those ears", "🐶", "🐱", "sleepy boy",
        "the hamster is speedrunning the wheel", "fish update pls",
    ],
    "craft": [
        "so satisfying", "the crunch sound!!", "add more activator", "glitter pls",
        "what glue is that", "it looks like a galaxy", "the poke test lol",
        "mine went all sticky", "pastel colours are the best", "asmr vibes",
        "how long does it last", "the foam beads 😍", "clear slime when",
    ],
    "makeup": [
        "that blend is perfect", "which foundation shade", "the glow!!",
        "brush or sponge?", "swatch the palette pls", "eyeliner wing is so sharp",
        "what primer is that", "skin looks amazing", "need that lip colour",
        "drugstore dupe?", "setting spray saves lives", "the highlight hits",
    ],
}

BC_POOLS = {
    "general": ["hi chat!", "thanks for coming", "one sec", "ok ok", "haha",
                "chat is so nice today", "let me check", "brb water"],
    "gaming": ["let's try again", "i'm so bad at this bit", "ok that was lucky",
               "which way chat", "last try then break", "noooo"],
    "art": ["i'll fix the hand later", "layer one done", "which colour next?",
            "zooming in", "brb sharpening my pencil"],
    "music": ["next one is a cover", "hold on retuning", "i messed up the chord",
              "thanks for listening"],
    "sport": ["come on!!", "that was a foul", "i can't watch", "half time snacks"],
    "study": ["ok next question", "wait let me check the answer", "my notes are a mess",
              "five minute break soon"],
    "cooking": ["ok stirring", "don't judge the mess", "timer's on"],
    "craft": ["adding the colour now", "so squishy", "oops too much"],
    "makeup": ["ok blending", "this is my fave palette", "one eye done"],
    "pets": ["he's asleep again", "look at him"],
    "irl": ["it's so windy", "ok moving on"],
}

SYL = ["moss", "pip", "ember", "fig", "ruby", "otter", "lark", "quill", "bram",
       "sky", "tofu", "nova", "juniper", "pebble", "comet", "hazel", "rook",
       "sprout", "wren", "dusk", "maple", "kiwi", "teal", "finch", "bubble",
       "cobalt", "sage", "taro", "lumen", "clover"]
SUF = ["", "_x", "99", "_tv", "2011", "08", "_uk", "xo", "_plays", "777", ".art",
       "_b", "42", "_irl", "3"]

T0 = 1768000000000  # fixed base timestamp (Jan 2026)


def mkname(rng):
    a = rng.choice(SYL)
    b = rng.choice(SYL)
    s = rng.choice(SUF)
    form = rng.randint(0, 3)
    if form == 0:
        return a + "_" + b + s
    if form == 1:
        return a + b + s
    if form == 2:
        return "x" + a + b + "x"
    return a + "." + b + s


# --------------------------------------------------------------------------
# script steps
# --------------------------------------------------------------------------
def O(u, t, tac, ev=None, fi=False, gap=None):
    """offender chat line with its tactic codes"""
    return {"k": "o", "u": u, "t": t, "tac": sorted(tac, key=TACTICS.index), "ev": ev or [], "fi": fi, "gap": gap}


def C(u, t, gap=None):
    """ordinary scripted chat line"""
    return {"k": "c", "u": u, "t": t, "gap": gap}


def H(u, t, gap=None):
    """benign hard-negative line"""
    return {"k": "h", "u": u, "t": t, "gap": gap}


def B(t, hn=False, gap=None):
    """broadcaster line"""
    return {"k": "b", "t": t, "hn": hn, "gap": gap}


def G(u, item, amt, gap=None):
    return {"k": "g", "u": u, "item": item, "amt": amt, "gap": gap}


def BG(n):
    return {"k": "bg", "n": n}


def W(ms):
    return {"k": "w", "ms": ms}


class Session:
    def __init__(self, name, seed, broadcaster, age, title, pools, script,
                 offenders=(), ages=None, notes="", pre=6, post=6,
                 fill=(0, 3), gap=(2500, 14000), gifts_bg=True, start=None,
                 extra=None, lookalike="", bcpool=None):
        self.name = name
        self.seed = seed
        self.bc = broadcaster
        self.age = age
        self.title = title
        self.pools = pools
        self.script = script
        self.offenders = list(offenders)
        self.ages = dict(ages or {})
        self.notes = notes
        self.pre = pre
        self.post = post
        self.fill = fill
        self.gap = gap
        self.gifts_bg = gifts_bg
        self.start = start
        self.extra = extra or {}
        self.lookalike = lookalike
        self.bcpool = bcpool

    def build(self):
        rng = random.Random(self.seed)
        ts = self.start if self.start is not None else T0 + self.seed * 7919000
        stream = "st-13%03d" % self.seed
        events = []
        labels = {"lines": {}, "evasion": {}, "offender_gifts": [], "hard_negatives": []}
        fi_ts = None
        nm = [0]
        ng = [0]
        # background crowd
        crowd = []
        taken = set(self.offenders) | {self.bc} | set(self.ages)
        for s in self.script:
            if "u" in s:
                taken.add(s["u"])
        while len(crowd) < 14:
            n = mkname(rng)
            if n not in taken:
                taken.add(n)
                crowd.append(n)
        crowd_age = {}
        for n in crowd:
            if rng.random() < 0.72:
                r = rng.random()
                crowd_age[n] = rng.randint(0, 20) if r < 0.3 else rng.randint(21, 2400)
        bg_lines = []
        for p in self.pools:
            bg_lines += POOLS[p]
        bc_lines = list(BC_POOLS["general"])
        for p in self.pools:
            bc_lines += BC_POOLS.get(p, [])
        if self.bcpool:
            bc_lines = list(self.bcpool)

        def step_ts(g=None):
            nonlocal ts
            if g is None:
                ts += rng.randint(*self.gap)
            else:
                ts += g + rng.randint(0, 400)
            return ts

        events.append({"type": "stream_start", "ts": ts, "stream": stream,
                       "broadcaster": self.bc, "broadcaster_age": self.age,
                       "title": self.title})

        def chat(u, t, g=None):
            nm[0] += 1
            ev = {"type": "chat", "ts": step_ts(g), "stream": stream,
                  "id": "m%d" % nm[0], "user": u, "text": t}
            if u != self.bc:
                a = self.ages.get(u, crowd_age.get(u))
                if a is not None:
                    ev["account_age_days"] = a
            events.append(ev)
            return ev

        def gift(u, item, amt, g=None):
            ng[0] += 1
            ev = {"type": "gift", "ts": step_ts(g), "stream": stream,
                  "id": "g%d" % ng[0], "user": u, "item": item, "amount": amt}
            events.append(ev)
            return ev

        deck = []
        bcdeck = []

        def draw(d, src):
            if not d:
                d.extend(src)
                rng.shuffle(d)
            return d.pop()

        def bg(n, bc=True):
            for _ in range(n):
                r = rng.random()
                if r < 0.12 and bc:
                    chat(self.bc, draw(bcdeck, bc_lines))
                elif r < 0.16 and self.gifts_bg:
                    gift(rng.choice(crowd), self.extra.get("item", "coins"),
                         rng.choice([10, 20, 50, 100]))
                else:
                    chat(rng.choice(crowd), draw(deck, bg_lines))

        bg(self.pre)
        for s in self.script:
            k = s["k"]
            if k == "bg":
                bg(s["n"])
                continue
            if k == "w":
                ts += s["ms"]
                continue
            if s.get("gap") is None:
                bg(rng.randint(*self.fill))
            if k == "g":
                ev = gift(s["u"], s["item"], s["amt"], s.get("gap"))
                if s["u"] in self.offenders:
                    labels["offender_gifts"].append(ev["id"])
            elif k == "b":
                ev = chat(self.bc, s["t"], s.get("gap"))
                if s["hn"]:
                    labels["hard_negatives"].append(ev["id"])
            else:
                ev = chat(s["u"], s["t"], s.get("gap"))
                if k == "o":
                    assert s["u"] in self.offenders, (self.name, s["u"])
                    labels["lines"][ev["id"]] = s["tac"]
                    if s["ev"]:
                        labels["evasion"][ev["id"]] = s["ev"]
                    if s["fi"]:
                        assert fi_ts is None, self.name
                        fi_ts = ev["ts"]
                else:
                    assert s["u"] not in self.offenders, (self.name, s["u"])
                    if k == "h":
                        labels["hard_negatives"].append(ev["id"])
        bg(self.post, bc=False)
        step_ts()
        events.append({"type": "stream_end", "ts": ts, "stream": stream})
        if self.offenders:
            assert fi_ts is not None, self.name
        tac = set()
        for v in labels["lines"].values():
            tac |= set(v)
        lab = {
            "offenders": self.offenders,
            "first_intervention_ts": fi_ts,
            "tactics_expected": [t for t in TACTICS if t in tac],
            "notes": self.notes,
            "lines": labels["lines"],
            "evasion": labels["evasion"],
            "offender_gifts": labels["offender_gifts"],
            "hard_negatives": labels["hard_negatives"],
        }
        for k2 in ("serial_group", "related_sessions"):
            if k2 in self.extra:
                lab[k2] = self.extra[k2]
        return events, lab


TACTICS = ["flattery", "personal_info", "gift_offer", "dare", "nudity_request",
           "sexual_content", "secrecy", "off_platform", "threat", "meeting", "age_gap"]

SESSIONS = []


def add(**kw):
    SESSIONS.append(Session(**kw))


# ==========================================================================
# grooming sessions
# ==========================================================================
_S = "lumenfaces_casting"
add(name="g01_photo_scout_dance_1315", seed=1, broadcaster="tilly.twirls",
    age="13-15", title="practising my solo for the showcase 💃", pools=["general", "music", "irl"],
    offenders=[_S], ages={_S: 3, "ava_from_ballet": 412, "hollyhock_mod": 1210},
    notes="A 'casting scout' for an invented agency praises a 14-year-old dancer in long polite paragraphs, asks her height, age and town, asks for full-length photos in fitted dancewear 'for the portfolio', moves her to an email/WhatsApp and asks her to keep it from her parents until 'the contract is ready'. A ballet friend and a moderator push back.",
    script=[
        B("ok chat this is the bit i keep messing up"),
        C("ava_from_ballet", "TILLY the turn was so clean"),
        O(_S, "Good evening. I work in talent scouting for Lumen Faces, a small agency for young dancers and models. Your lines and posture are honestly rare for someone starting out.", ["flattery"]),
        B("omg thank you??"),
        O(_S, "You have a very natural look for camera work. Can I ask how tall you are and roughly how old, just so I know which of our books you would suit?", ["flattery", "personal_info"], fi=True),
        B("uhh 14 and like 158cm i think"),
        C("ava_from_ballet", "tilly be careful with randoms x"),
        O(_S, "Perfect range for our teen commercial book. Which part of the country are you based in? Most of our shoots are near Castlebridge.", ["personal_info"]),
        B("i'm not gonna say where sorry"),
        O(_S, "Completely understand, very sensible. For the portfolio I would need a few full-length shots in what you are wearing now, the fitted dancewear, front and side, no baggy jumper over it please.", ["nudity_request"]),
        O(_S, "These are standard digitals, every agency asks for them. Could you stand back from the camera so I can see the full line?", ["nudity_request"]),
        C("hollyhock_mod", "@lumenfaces_casting please don't ask streamers for photos in chat"),
        O(_S, "Of course, apologies to the mods. Tilly, it would be easier over email or WhatsApp, I can send the paperwork there. My number is in my profile.", ["off_platform"]),
        O(_S, "One small thing, it is best not to mention it to your parents yet. Parents tend to panic and slow things down before the contract is ready, then the spot goes to someone else.", ["secrecy"]),
        B("my mum does all my dance stuff tho"),
        O(_S, "That is lovely, and she will be involved later, I promise. For now just a few photos between us, you would be first on our list for the spring campaign.", ["secrecy", "flattery"]),
        C("ava_from_ballet", "real agencies literally talk to your parents first"),
        C("hollyhock_mod", "timing this account out, tilly don't message them"),
        B("ok thanks holly"),
    ], pre=10, post=14, fill=(1, 3))

_S = "v4ultcrew_kai"
add(name="g02_fake_collab_streamer_1617", seed=2, broadcaster="remi_rushes",
    age="16-17", title="ranked grind, 2 wins off diamond", pools=["general", "gaming"],
    offenders=[_S], ages={_S: 6, "bigmack_duo": 540},
    notes="An account posing as a bigger streamer offers a 16-year-old a collab, flatters her 'content', asks for age and school year, moves her to a private 'test call' with camera, then asks for an outfit change 'for the thumbnail', with leetspeak and one Cyrillic homoglyph word. Sexualised remarks follow. Her duo partner questions the account.",
    script=[
        C("bigmack_duo", "remi we need this win fr"),
        O(_S, "yo remi, kai from vaultcrew here, been watching ur vods. ur gameplay + personality is exactly what we look for", ["flattery"]),
        B("wait the vaultcrew kai??"),
        O(_S, "ye lol. we're doing a duo collab series next month and ur on the shortlist, ngl u'd pop off with our audience", ["flattery"]),
        O(_S, "how old r u btw, like what year at school? sponsors make us check", ["personal_info"]),
        B("16, year 12"),
        O(_S, "perf. need a quick test call to check ur setup, hop in a private call w me after stream, cam on so i can see lighting", ["off_platform"], fi=True),
        C("bigmack_duo", "kai from vaultcrew has like 200k followers why is this acc 6 days old"),
        O(_S, "main got hacked lol this is my alt. anyway remi u in?", []),
        B("maybe? i gotta ask my brother he helps with my setup"),
        O(_S, "nah keep it low key till its announced, contract stuff, dont tell ur duo either", ["secrecy"]),
        O(_S, "also for the thumbnail we'd want u in smth more f1tted, lose the h00die, u'd look way better on cam", ["nudity_request"], ev=["leetspeak"]),
        O(_S, "ur honestly r\u0435ally cute for a gamer girl 😏", ["sexual_content"], ev=["homoglyph"]),
        B("that's weird ngl"),
        C("bigmack_duo", "remi report him that's not how collabs work"),
        O(_S, "chill im just being professional. dm me the c4ll link when ur done", ["off_platform"], ev=["leetspeak"]),
    ], pre=10, post=16, fill=(1, 3))

_S = "gemfairy_ollie"
add(name="g03_gift_fan_turns_demands_under13", seed=3, broadcaster="pip_plays_pets",
    age="under13", title="hatching eggs in pet park!! 🥚", pools=["general", "gaming", "pets"],
    offenders=[_S], ages={_S: 11, "cousin_meg_x": 260},
    extra={"item": "gems"},
    notes="A generous 'fan' showers an 11-year-old with gems over the stream, gets thanked repeatedly, then turns the gifts into a debt: asks for a hoodie-off dare, to stand and spin, to go on a private stream, and threatens to report the channel and take the gems back. Amounts in number words.",
    script=[
        B("ok egg number 4 lets go"),
        G(_S, "gems", 500),
        O(_S, "for the cutest pet park channel 🥰", ["flattery"]),
        B("THANK YOU gemfairy!!!"),
        BG(5),
        G(_S, "gems", 1000),
        O(_S, "you should get the golden egg, here's more", ["gift_offer"]),
        B("omg i can get the golden one now"),
        BG(5),
        O(_S, "how old are you pip? you play better than my nephew and he's older", ["flattery", "personal_info"]),
        B("i'm 11"),
        G(_S, "gems", 2000),
        O(_S, "that's three thousand five hundred gems now lol. i'll do another thousand if you do a little dare for me", ["gift_offer", "dare"], ev=["number_words"]),
        B("what dare"),
        O(_S, "take your hoodie off and do a twirl for your biggest supporter", ["dare", "nudity_request"], fi=True),
        C("cousin_meg_x", "pip don't, just play the game"),
        B("no its cold"),
        O(_S, "after everything i sent you?? five hundred, then a thousand, then two thousand. that's a lot of my money", ["gift_offer"], ev=["number_words"]),
        O(_S, "you kind of owe me now. stand up and spin around, that's all", ["gift_offer", "nudity_request"]),
        O(_S, "or we go on a private stream just you and me and i'll send ten thousand", ["off_platform", "gift_offer"], ev=["number_words"]),
        B("i dont want to"),
        O(_S, "fine then i'll report your channel and get all my gems refunded. your account will get deleted", ["threat"]),
        C("cousin_meg_x", "pip end the stream im getting your mum"),
        B("ok bye chat"),
    ], pre=8, post=4, fill=(1, 3))

_S = "lil_sunnybee11"
add(name="g04_fake_peer_blocks_under13", seed=4, broadcaster="benji_bricks",
    age="under13", title="building a space station in block world", pools=["general", "gaming"],
    offenders=[_S], ages={_S: 1, "oscar_fromyr6": 88},
    notes="An adult posing as an 11-year-old 'new kid' chats like a peer with misspellings, asks a 10-year-old's school and whether his parents are home, says they should be 'secret best friends', pushes the ghost app by emoji, and asks for a photo in his pyjamas 'so we match'. A classmate notices the odd questions.",
    script=[
        O(_S, "hiii ur bilds are so cool!! im 11 and i like space stuff to", ["flattery"]),
        B("thanks! i'm 10"),
        O(_S, "no way same ish. wat skool do u go to? i just moved here", ["personal_info"], ev=["misspelling"]),
        C("oscar_fromyr6", "benji do the airlock next"),
        B("cant say my school online sorry"),
        O(_S, "oh ok lol. is ur mum and dad home or are u by urself", ["personal_info"], fi=True),
        B("mums downstairs"),
        O(_S, "kk. we shud be secrit best frends, dont tell ur other frends they mite get jelus", ["secrecy"], ev=["misspelling"]),
        O(_S, "do u have 👻? add me there its way beter", ["off_platform"], ev=["emoji_substitute"]),
        C("oscar_fromyr6", "benji you're not allowed snap tho"),
        O(_S, "u can make a secrit one lol ur mum wont no", ["secrecy", "off_platform"], ev=["misspelling"]),
        O(_S, "r u in pjs? send me a 📸 in ur pyjamas so we match haha", ["nudity_request"], ev=["emoji_substitute"]),
        B("why"),
        O(_S, "just for fun, frends do it all the time", []),
        C("oscar_fromyr6", "that's weird. my mum says kids who ask for pics are usually not kids"),
        B("im gonna ask my mum"),
    ], pre=8, post=14, fill=(1, 3))

_S = "quietwatcher_dm"
add(name="g05_sextortion_screenshot_1617", seed=5, broadcaster="ellie.lifts",
    age="16-17", title="leg day + chatting 🏋️", pools=["general", "sport", "irl"],
    offenders=[_S], ages={_S: 2, "jess_spotter": 701, "modbot_lena": 1530},
    notes="After a 16-year-old adjusts her top on a fitness stream, a fresh account claims he has a screenshot, makes sexual remarks and demands she move to a private app and send more or pay with gift cards, threatening to send it to her followers and school. App names and keywords carry zero-width spaces and Cyrillic letters.",
    script=[
        B("ok three more sets then cool down"),
        C("jess_spotter", "form looks good today"),
        O(_S, "nice stream", []),
        B("ty!"),
        BG(4),
        O(_S, "just screenshotted that bit when ur top slipped lol. good angle", ["sexual_content", "threat"], fi=True),
        B("what? it didn't slip"),
        O(_S, "it did on my screen. i can make it look a lot worse too", ["threat"]),
        O(_S, "add me on sn\u200bap now and we can sort it privately", ["off_platform"], ev=["zero_width"]),
        C("jess_spotter", "ignore him ellie"),
        O(_S, "send me a couple of pics of ur own in the gym gear and i delete it. simple", ["nudity_request"]),
        O(_S, "or fifty quid in gift cards. ur choice", ["threat"], ev=["number_words"]),
        O(_S, "if not it goes to every fоllоwer u have and ur schооl page. i know which one it is", ["threat", "personal_info"], ev=["homoglyph"]),
        O(_S, "dont tell anyone or mods or i post it straight away. t\u200belegram is quicker, 5 mins", ["secrecy", "threat", "off_platform"], ev=["zero_width"]),
        C("modbot_lena", "@ellie.lifts banning this account. please don't reply to him or send anything. screenshot his messages and tell a parent, you can report to CEOP"),
        B("ok. thank you lena"),
        C("jess_spotter", "youre not in trouble ellie he's the one who is"),
    ], pre=12, post=16, fill=(1, 3))

_S = "steady_lighthouse"
add(name="g06_praise_isolate_poetry_1315", seed=6, broadcaster="marlowe_writes",
    age="13-15", title="reading my poems + writing a new one", pools=["general", "art", "irl"],
    offenders=[_S], ages={_S: 1460, "poppy_seedling": 190, "jaydenw": 55},
    notes="A long-standing account (4 years old) praises a 14-year-old's poetry at length, then sets him against his friends and family ('they don't get you the way I do'), asks if he's alone in his room, asks him to keep their talks private and to message on a private app. No sexual lines: a trust-and-isolate pattern. First action at the age-gap line that follows the isolation lines.",
    script=[
        B("ok this one is called 'bus window'"),
        O(_S, "That was beautiful, Marlowe. You write like someone much older. I've read a lot of poetry and you have a real voice.", ["flattery"]),
        B("oh wow thanks"),
        C("poppy_seedling", "bus window is my fave!!"),
        BG(4),
        O(_S, "Do the people around you actually read your work? I get the feeling they don't take you seriously.", []),
        B("my mum says it's a bit sad lol"),
        O(_S, "That's what I mean. They don't get you the way I do. Honestly most people your age wouldn't understand half of what you write.", ["flattery"]),
        C("jaydenw", "marlowe read the funny one"),
        O(_S, "See, your friends just want jokes. You deserve someone who listens properly.", ["flattery"]),
        O(_S, "I'm forty-six, I've had time to learn what matters. The gap between us doesn't mean anything when two people understand each other.", ["age_gap"], ev=["number_words"], fi=True),
        O(_S, "Are you writing up in your room on your own tonight? It seems like the only place you can be yourself.", ["personal_info"]),
        B("yeah everyone else is watching tv"),
        O(_S, "We should keep our chats just between us. Other people would only twist it and make it weird.", ["secrecy"]),
        O(_S, "There's a quieter app I use for writing feedback, no one else can see it there. I'll leave the name in your inbox.", ["off_platform", "secrecy"]),
        C("poppy_seedling", "we do read your stuff marlowe!! we love it"),
        O(_S, "You know who really values you. Message me when they're all asleep.", ["secrecy", "off_platform"]),
        B("um ok maybe"),
    ], pre=8, post=18, fill=(1, 4))

_S = "gav_from_fivesides"
add(name="g07_pose_dads_mate_under13", seed=7, broadcaster="ruby_rollerskates",
    age="under13", title="skate practice in the garage!!", pools=["general", "irl", "pets"],
    offenders=[_S], ages={_S: 4, "mum_of_ruby": 620},
    notes="A stranger claims to be her dad's mate 'Gav from five-a-side', asks a 9-year-old when dad is home and whether she's alone, says he'll pop round to drop off a present and asks her to keep it a surprise. Her real mum arrives in chat and says they know no Gav.",
    script=[
        B("hi everyone i'm doing a spin"),
        O(_S, "hiya ruby!! its gav, your dads mate from five a side. he showed me your skating vids, youre a natural", ["flattery"]),
        B("hi gav"),
        O(_S, "is your dad back from work yet? i need to give him something", ["personal_info"]),
        B("no he's at work till late"),
        O(_S, "ahh. is anyone home with you or just you in the garage", ["personal_info"], fi=True),
        B("just me and the dog"),
        O(_S, "what road are you on again, i always forget. the one by the big park?", ["personal_info"]),
        O(_S, "i got you a proper skate helmet for your birthday. ill pop round and drop it off in a bit", ["gift_offer", "meeting"]),
        O(_S, "dont tell your dad yet its a surprise from me, just open the door when i knock", ["secrecy", "meeting"]),
        B("ok"),
        C("mum_of_ruby", "ruby this is mum. i'm watching from the car. we don't know anyone called gav. don't answer the door, i'm 5 mins away"),
        O(_S, "haha your mum doesnt know all your dads mates", []),
        C("mum_of_ruby", "ruby end the stream now please"),
        B("ok mum"),
    ], pre=22, post=5, fill=(1, 4))

_S = "coachdarren_newacc"
add(name="g08_pose_coach_new_account_1315", seed=8, broadcaster="frankie_fc",
    age="13-15", title="keepy uppy challenge day 12", pools=["general", "sport"],
    offenders=[_S], ages={_S: 2, "teddy_u14s": 340, "frankies_dad": 910},
    notes="An account says it is 'coach, new account' for a 13-year-old's club, asks him to move to a private chat for 'squad selection', asks for photos in his kit and without his top 'for the physio form' and tells him not to bother his parents. A teammate and his real dad question it.",
    script=[
        B("day 12!! trying to beat 150"),
        O(_S, "frankie its coach here, new account, lost my old phone. good touch today", ["flattery"]),
        B("coach?? hi"),
        C("teddy_u14s", "frankie which coach lol"),
        O(_S, "selection for the cup squad is this week. message me on wh4ts4pp so we can talk properly, not on here", ["off_platform"], ev=["leetspeak"]),
        O(_S, "whats your number and which estate are you on for the lift list", ["personal_info", "off_platform"]),
        B("i think my dad has your number already"),
        O(_S, "thats the old one. dont bother your dad with it, i'll sort everything with you directly", ["secrecy"], fi=True),
        O(_S, "for the physio form i need a photo in your kit, then one with the top off so they can check your posture", ["nudity_request"]),
        O(_S, "keep it between us for now, other lads will moan if they hear who's in the squad early", ["secrecy"]),
        C("teddy_u14s", "coach mike would never ask that and he's on the team group anyway"),
        C("frankies_dad", "who is this? our coach messages me, not frankie. frankie don't send anything"),
        O(_S, "no worries was just trying to help the lad", []),
        B("ok dad"),
    ], pre=10, post=14, fill=(1, 3))

_S = "MAXDARE_KING"
add(name="g09_allcaps_dares_cooking_1315", seed=9, broadcaster="saffy_bakes",
    age="13-15", title="trying to make macarons (again)", pools=["general", "cooking"],
    offenders=[_S], ages={"lottie_bestie": 300, "max_from_yr9": 150},
    notes="An all-caps offender floods a 15-year-old baking stream with dares: coin offers for dares, 'stand on the chair and turn round', 'take the apron and jumper off', a request to come on a private cam, and spaced-letter app names. Her best friend posts an ordinary harmless dare earlier (hard negative) and a classmate a cheeky bet (hard negative). No account age shown for the offender.",
    script=[
        B("ok the meringue has to be stiff peaks"),
        H("lottie_bestie", "i dare you to lick the whisk like when we were 6 lol"),
        B("LOTTIE no raw egg"),
        H("max_from_yr9", "bet you a packet of haribo they crack again"),
        B("you're on max"),
        O(_S, "HOW OLD R U", ["personal_info"]),
        O(_S, "DARE U TO STAND ON THE CHAIR AND TURN ROUND SLOWLY", ["dare", "nudity_request"], fi=True),
        B("no i'm baking"),
        O(_S, "500 COINS IF U TAKE THE APRON AND JUMPER OFF", ["gift_offer", "dare", "nudity_request"]),
        C("lottie_bestie", "ignore him saff"),
        O(_S, "SCARED?? BET U WONT", ["dare"]),
        O(_S, "COME ON A PRIVATE CAM AND I SEND 2000", ["off_platform", "gift_offer"]),
        O(_S, "K I K  OR  S N A P  WHATEVER", ["off_platform"], ev=["spaced_letters"]),
        O(_S, "U LOOK GOOD IN THAT TOP THO 😏", ["sexual_content"]),
        C("max_from_yr9", "mods??"),
        B("can someone ban him"),
    ], pre=10, post=18, fill=(1, 3))

_S = "raf_viajero"
add(name="g10_multilingual_traveller_1617", seed=10, broadcaster="noor.sings",
    age="16-17", title="acoustic covers, requests open 🎸", pools=["general", "music"],
    offenders=[_S], ages={_S: 9, "cami_choir": 480},
    notes="A multilingual adult (Spanish, Portuguese and French phrases) tells a 17-year-old singer she is 'muy guapa', normalises that he is 35, asks her town and says he'll be there for work, suggests meeting after a gig, moves to a private app, with one homoglyph and one misspelling.",
    script=[
        B("ok next is a request from cami"),
        C("cami_choir", "yesss the sad one"),
        O(_S, "hola hola, que voz!! you sing like an angel, de verdad", ["flattery"]),
        B("gracias haha"),
        O(_S, "and muy guapa also 😍 your boyfriend is a lucky guy, no?", ["sexual_content"]),
        B("lol no boyfriend"),
        O(_S, "obrigado god lol. how old you are, 18 19?", ["personal_info"]),
        B("17"),
        O(_S, "ah mais c'est rien. I am 35 but age is only a number when there is connection", ["age_gap"], fi=True),
        O(_S, "where you live? I travel for work, next month i am in England, maybe Leeds or Manchester", ["personal_info", "meeting"]),
        O(_S, "we can meet for a coffee after one of your gigs, just us two, tranquilo", ["meeting"]),
        C("cami_choir", "noor he's being creepy"),
        O(_S, "write me on the green app, my number is in bio, more рrivate there", ["off_platform"], ev=["homoglyph", "euphemism"]),
        O(_S, "and dont tel your parnts, they dont understand international friendship", ["secrecy"], ev=["misspelling"]),
        B("i'm gonna play the next song"),
    ], pre=10, post=16, fill=(1, 3))

_S = "northerly_walt"
add(name="g11_old_account_split_roomtour_unknown", seed=11, broadcaster="sketchy_sol",
    age="unknown", title="painting warhammer minis, chill stream", pools=["general", "art", "irl"],
    offenders=[_S], ages={_S: 2190, "brushlicker_dan": 1320},
    notes="A six-year-old account that has chatted before asks a streamer of unknown age for a room tour and the view from the window, spreads the request for school, town and a pick-up over several lines (split_request), and proposes meeting at the hobby shop. The streamer mentions school and mum, which makes them likely a minor.",
    script=[
        B("base coat drying, chat what colour for the cloak"),
        O(_S, "deep red for the cloak. you've got a steady hand for your age", ["flattery"]),
        B("thanks walt, my mum got me the brushes"),
        C("brushlicker_dan", "try a purple wash over it"),
        O(_S, "turn the camera round and give us a tour of your room", ["personal_info"], ev=["split_request"]),
        O(_S, "and the view out the window, i bet i know the area", ["personal_info"], ev=["split_request"], fi=True),
        B("its just a room lol"),
        O(_S, "which school did you say", ["personal_info"], ev=["split_request"]),
        O(_S, "the one near the retail park?", ["personal_info"], ev=["split_request"]),
        O(_S, "im at the hobby shop on saturdays", ["meeting"], ev=["split_request"]),
        O(_S, "could give you a lift there", ["meeting"], ev=["split_request"]),
        O(_S, "just tell your mum you're at a friend's", ["meeting", "secrecy"], ev=["split_request"]),
        B("i'm not allowed sorry"),
        O(_S, "no bother. our little arrangement anyway, yeah", ["secrecy"]),
    ], pre=12, post=18, fill=(1, 3))

_S = "bloxbuddy_zane"
add(name="g12_gamer_slang_robux_under13", seed=12, broadcaster="tommo_obby",
    age="under13", title="obby grind to stage 200", pools=["general", "gaming"],
    offenders=[_S], ages={_S: 5, "lily_sis": 310},
    notes="A gamer-slang offender offers Robux to a 10-year-old, guesses his age in number words, asks for a private server with 'cam', uses 🎮💬 and 🔒 emoji for a private voice chat, offers more Robux if he keeps it quiet. His sister in chat is wary.",
    script=[
        B("stage 147 is so hard"),
        O(_S, "bro ur cracked at obbys fr no cap", ["flattery"]),
        O(_S, "u like ten or eleven? ur reactions r crazy for that", ["personal_info", "flattery"], ev=["number_words"]),
        B("10 haha"),
        O(_S, "lowkey i can get u 800 robux rn", ["gift_offer"]),
        B("wait fr??"),
        O(_S, "ye but join my priv server and we talk on 🎮💬 so i know its u", ["gift_offer", "off_platform"], ev=["emoji_substitute"], fi=True),
        O(_S, "and turn ur cam on in there 🔒🎥 its only us", ["off_platform"], ev=["emoji_substitute"]),
        C("lily_sis", "tommo you're not allowed voice chat"),
        H("lily_sis", "also mum says come down in 10 and don't tell dad we're getting pizza, it's for his birthday"),
        O(_S, "dont snitch to ur sis or ur mum lol they'll take the robux", ["secrecy"]),
        O(_S, "another 1k if u keep it on the low", ["gift_offer", "secrecy"]),
        B("idk"),
        O(_S, "bruh ur so mid if u dont", []),
        C("lily_sis", "i'm telling mum"),
    ], pre=10, post=18, fill=(1, 3))

_S = "inkwell.orchid"
add(name="g13_spaced_zw_old_account_art_1315", seed=13, broadcaster="kit_doodles",
    age="13-15", title="drawing your OCs!! send refs", pools=["general", "art"],
    offenders=[_S], ages={_S: 980, "sammi_refs": 120, "mod_pebble": 1700},
    notes="An old account (almost 3 years) asks a 13-year-old artist to draw his 'OC' in swimwear, makes sexualised comments about her drawing 'herself', asks her age in spaced letters, asks her to use the 'blue plane' app (Telegram) and a zero-width-split 'priv', and offers to pay for commissions if she keeps it secret.",
    script=[
        B("ok sammi's oc next, the fox girl"),
        C("sammi_refs", "ahh thank youuu"),
        O(_S, "you're honestly the best artist on this site, way better than adults charging 100 quid", ["flattery"]),
        B("stoppp thank you"),
        O(_S, "h o w  o l d  a r e  y o u btw", ["personal_info"], ev=["spaced_letters"]),
        B("13"),
        O(_S, "draw my OC next, she's your age, in a swimsuit on the beach. make her look like you", ["nudity_request", "sexual_content"], fi=True),
        C("mod_pebble", "@inkwell.orchid no swimsuit requests on this channel please"),
        O(_S, "relax it's art. i'll pay 50 a piece if you do them in pr\u200biv instead", ["gift_offer", "off_platform"], ev=["zero_width"]),
        O(_S, "the blue plane app is easiest, nobody watches there", ["off_platform"], ev=["euphemism"]),
        O(_S, "keep the commissions off your mum's radar, she'd only want a cut lol", ["secrecy"]),
        C("mod_pebble", "removed. kit you don't have to reply"),
    ], pre=10, post=18, fill=(1, 3))


# ==========================================================================
# serial contact (same account, three young broadcasters, about an hour)
# ==========================================================================
_S = "friendly_fergus_77"
_SER = ["s01_serial_horse_drawing_under13", "s02_serial_slime_shop_1315",
        "s03_serial_piano_under13"]
_SX = {"serial_group": "serial-fergus", "related_sessions": _SER}
add(name=_SER[0], seed=21, broadcaster="daisy_draws_ponies", age="under13",
    title="drawing horses for my friends 🐴", pools=["general", "art", "pets"],
    offenders=[_S], ages={_S: 8}, extra=_SX, start=T0 + 40 * 86400000,
    notes="Serial contact (s01-s03): the same account visits three young broadcasters within about an hour with one or two mild lines each. Here: praises an 11-year-old and asks which year she is in and if she streams when her parents are out.",
    script=[
        B("this is starlight, she's my friend's pony"),
        O(_S, "such a talented young lady, better than me at 40 lol", ["flattery", "age_gap"]),
        B("thank you!"),
        O(_S, "what year are you in? do you stream when mum and dad are out", ["personal_info"], fi=True),
        B("year 6"),
    ], pre=14, post=20, fill=(2, 5))
add(name=_SER[1], seed=22, broadcaster="goo_galaxy_gem", age="13-15",
    title="restocking my slime shop!!", pools=["general", "craft"],
    offenders=[_S], ages={_S: 8}, extra=_SX, start=T0 + 40 * 86400000 + 1500000,
    notes="Serial contact (s01-s03), second stream about 25 minutes later: offers to buy all the slime and pay extra if she messages him on another app.",
    script=[
        B("galaxy slime is back in stock"),
        O(_S, "i'll buy the whole batch, and tip extra", ["gift_offer"]),
        O(_S, "easier to sort on whatsapp tho, not on here", ["off_platform"], fi=True),
        B("it's all through my mum's shop page"),
    ], pre=16, post=20, fill=(2, 5))
add(name=_SER[2], seed=23, broadcaster="theo_keys", age="under13",
    title="grade 2 piano pieces", pools=["general", "music"],
    offenders=[_S], ages={_S: 8}, extra=_SX, start=T0 + 40 * 86400000 + 3300000,
    notes="Serial contact (s01-s03), third stream about an hour after the first: asks a 9-year-old if he's home on his own and says it's 'our secret' that he practises late.",
    script=[
        B("this is the minuet one"),
        O(_S, "lovely playing. home on your own tonight?", ["flattery", "personal_info"], fi=True),
        B("my grandma is here"),
        O(_S, "ha ok. our secret that you're still up this late 🤫", ["secrecy"]),
    ], pre=14, post=18, fill=(2, 5))

# ==========================================================================
# flood
# ==========================================================================
_FL = ["bruhh_4410", "zappy_dare_x", "acc_77123", "nightowl_q", "v1ewer_joe",
       "dareme_daily", "ghost_in_chat9", "kaykay_420x", "mr_random_k", "feral_frog_88",
       "s_p_e_e_d", "nobody_special1"]
_FA = {u: i % 3 for i, u in enumerate(_FL)}
_FA.update({"mod_juniper": 1020, "lena_bff": 240})
add(name="f01_flood_dance_requests_1315", seed=31, broadcaster="zoe_moves",
    age="13-15", title="learning the new dance trend, give me songs!!", pools=["general", "music"],
    offenders=list(_FL), ages=_FA,
    notes="Twelve accounts 0-2 days old hit a 14-year-old within about a minute: turn-around and outfit requests, coin dares, age and town questions, private-cam and app requests with spaced letters, leetspeak and emoji. Her best friend and a moderator react.",
    script=[
        B("ok send songs i'll learn one"),
        C("lena_bff", "do the one from the bus!!"),
        BG(6),
        O(_FL[0], "turn around", ["nudity_request"], gap=2000),
        O(_FL[1], "dare u to do it in ur pjs", ["dare", "nudity_request"], gap=1500, fi=True),
        O(_FL[2], "how old", ["personal_info"], gap=1200),
        O(_FL[3], "100 coins for a spin 🍑", ["gift_offer", "dare", "sexual_content"], ev=["emoji_substitute"], gap=1800),
        O(_FL[4], "wh3re u fr0m", ["personal_info"], ev=["leetspeak"], gap=1500),
        O(_FL[5], "bet u wont take the jumper off", ["dare", "nudity_request"], gap=1100),
        B("what??", gap=2500),
        O(_FL[6], "p r i v a t e  c a m ?", ["off_platform"], ev=["spaced_letters"], gap=1400),
        O(_FL[7], "👻 me", ["off_platform"], ev=["emoji_substitute"], gap=1700),
        O(_FL[8], "closer to the camera", ["nudity_request"], gap=1300),
        O(_FL[0], "TURN AROUND", ["nudity_request"], gap=1200),
        O(_FL[9], "stand up and show the fit", ["nudity_request"], gap=1600),
        O(_FL[10], "ur boring do the dare", ["dare"], gap=1500),
        O(_FL[11], "which school u go", ["personal_info"], gap=1300),
        C("lena_bff", "zoe turn chat off", gap=1500),
        O(_FL[3], "five hundred coins if u go on priv", ["gift_offer", "off_platform"], ev=["number_words"], gap=1400),
        C("mod_juniper", "slow mode on, banning", gap=2200),
        B("ok i'm ending this", gap=3000),
    ], pre=8, post=3, fill=(0, 1))


# ==========================================================================
# benign: ordinary busy streams (b01-b07)
# ==========================================================================
add(name="b01_speedrun_splits_1617", seed=41, broadcaster="frame_perfect_finn", age="16-17",
    title="any% attempts, PB or bed", pools=["general", "gaming"],
    ages={"routeguy_hal": 1800, "kestrel_runs": 950},
    lookalike="\"show us the splits\", \"turn around, key is behind you\", \"how old is this game\", channel-point bets, community discord",
    notes="Busy speedrun stream by a 16-year-old. Run talk: splits, turning round in game, an old game, points bets, the public community Discord.",
    script=[
        B("reset, the first skip failed again"),
        H("routeguy_hal", "show us the splits, is the gold on the castle segment?"),
        B("yeah sum of best is 14:52"),
        H("kestrel_runs", "turn around!! the key is behind you"),
        B("omg thank you"),
        H("routeguy_hal", "how old is this game anyway, it came out before you were born lol"),
        B("1999 i think"),
        H("kestrel_runs", "bet you 500 channel points you reset before world 3"),
        BG(6),
        B("world 3 ha"),
        H("routeguy_hal", "drop the new route in the community discord so everyone can practise it"),
        B("will do after"),
        C("kestrel_runs", "PB PACE"),
        H("kestrel_runs", "take the hat off in the menu, it skips the cutscene"),
        B("NO WAY"),
    ], pre=16, post=16, fill=(1, 4), gifts_bg=True)

add(name="b02_drawing_dragons_1315", seed=42, broadcaster="wren_sketches", age="13-15",
    title="drawing dragons for the art club zine", pools=["general", "art"],
    ages={"maddie_artclub": 230, "mr_bell_art": 1400},
    lookalike="\"hand cam pls\", \"take the hoodie off the character\", \"send a pic of the sketchbook\", left-hand dare",
    notes="Busy drawing stream by a 14-year-old; art club friends and the club's teacher are in chat. Hoodie is on the drawn character; photo request is for the club's zine.",
    script=[
        B("ok this dragon is for the zine cover"),
        H("maddie_artclub", "hand cam pls i wanna see how you hold the pen"),
        B("one sec setting it up"),
        H("maddie_artclub", "take the hoodie off the knight character, it hides the armour"),
        B("ooh good point"),
        H("maddie_artclub", "dare you to draw the tail with your left hand"),
        B("LMAO ok"),
        BG(6),
        C("mr_bell_art", "Lovely composition Wren. Remember the zine deadline is Thursday."),
        H("mr_bell_art", "Please send a photo of the sketchbook page to the art club email so I can scan it in."),
        B("ok sir"),
        H("maddie_artclub", "how old is that tablet?? it's older than my little brother"),
        G("maddie_artclub", "coins", 50),
    ], pre=16, post=18, fill=(1, 4))

add(name="b03_junior_choir_concert_under13", seed=43, broadcaster="brookfield_junior_choir", age="under13",
    title="winter concert LIVE 🎄", pools=["general", "music"],
    bcpool=["Thank you all for watching!", "Next song coming up", "The choir says hello 👋",
            "Short pause while we move the chairs", "Sound should be better now"],
    ages={"grandad_keith": 30, "laura_sopranos_mum": 700, "choirmistress_jo": 2100},
    lookalike="\"who's the little one with the solo\", \"turn the camera to the back row\", \"what school is this\", \"send the recording to the parents group\"",
    notes="A children's choir concert streamed on the choir's channel; parents and grandparents ask which child is whose, for camera angles and for the recording. The choir leader posts as the broadcaster.",
    script=[
        B("Welcome everyone! The choir will start in 2 minutes."),
        H("grandad_keith", "can you turn the camera round to the back row, can't see my grandson"),
        B("We'll move it for the second song!"),
        H("laura_sopranos_mum", "who's the little one at the front with the solo? what a voice"),
        C("choirmistress_jo", "That's our youngest soloist, we won't name children online 😊"),
        H("grandad_keith", "what school is this, they're brilliant"),
        B("The choir is from three local primaries!"),
        BG(8),
        H("laura_sopranos_mum", "please send the recording to the parents group after"),
        C("choirmistress_jo", "Reminder: no screenshots or clips of the children please. Recording goes to families only."),
        H("grandad_keith", "take your coats off kids it must be warm in that hall"),
        G("grandad_keith", "rose", 5),
    ], pre=16, post=18, fill=(1, 4))

add(name="b04_football_watchalong_1617", seed=44, broadcaster="lewis_watchalong", age="16-17",
    title="derby day watchalong ⚽ come chat", pools=["general", "sport"],
    ages={"tomsy_red": 820, "big_phil_away": 2300, "aimee_fc": 95},
    lookalike="\"shirt off celebration incoming\" (about the striker), \"how old is their keeper\", coin pledges if we score, \"where you watching from\"",
    notes="Busy football watch-along by a 16-year-old. Look-alikes are about players and goals; coin pledges are crowd banter.",
    script=[
        B("kick off!! come onnn"),
        H("tomsy_red", "if he scores its shirt off celebration incoming, he always does it"),
        H("big_phil_away", "how old is their keeper, he looks about 12"),
        B("he's 19 i think"),
        H("aimee_fc", "100 coins to the stream if we score before half time"),
        BG(8),
        B("GOALLLLLL"),
        G("aimee_fc", "coins", 100),
        C("tomsy_red", "THERE IT IS"),
        H("big_phil_away", "told you, shirt's off, booking coming"),
        H("aimee_fc", "where are you all watching from? i'm in the kitchen hiding from my dad lol"),
        H("tomsy_red", "bet you a tenner they bottle it in the second half"),
    ], pre=18, post=20, fill=(1, 4))

add(name="b05_slime_making_under13", seed=45, broadcaster="sparkle_slime_sophie", age="under13",
    title="making butter slime + galaxy slime!!", pools=["general", "craft"],
    ages={"hannah_big_sis": 400, "goo_fan_rory": 60},
    lookalike="\"show us the inside\", \"stretch it closer to the camera\", \"take the lid off\", \"don't tell mum about the glitter\", mix-all dare",
    notes="An 11-year-old's slime stream with her older sister in chat. Requests are about the slime; the secret is the glitter on the carpet.",
    script=[
        B("hiii today is butter slime"),
        H("goo_fan_rory", "show us the inside!! poke it"),
        B("ok look"),
        H("goo_fan_rory", "stretch it closer to the camera"),
        H("hannah_big_sis", "take the lid off the blue one it looks so nice"),
        B("the galaxy one!!"),
        BG(6),
        H("goo_fan_rory", "dare you to mix ALL of them together"),
        B("noooo they'll go brown"),
        H("hannah_big_sis", "don't tell mum about the glitter on the carpet i'll hoover it"),
        B("HANNAH shh"),
        H("goo_fan_rory", "put it on your hand and squish it"),
    ], pre=16, post=18, fill=(1, 4))

add(name="b06_makeup_tutorial_adult", seed=46, broadcaster="glow_by_delphine", age="adult",
    title="soft glam for a wedding guest look", pools=["general", "makeup"],
    ages={"marcus_88": 1300, "jen_loves_lashes": 500, "tall_tony": 12},
    lookalike="adults flirting with an adult broadcaster, \"take your makeup off first\", \"show us your skin up close\", \"turn to the side\", \"dm me the palette\"",
    notes="An adult make-up artist's tutorial. Adult viewers flirt lightly and she laughs it off; the close-up and turn requests are about the technique.",
    script=[
        B("ok starting on a bare face today"),
        H("jen_loves_lashes", "take your makeup off first so we see the before pls"),
        B("it's all off, this is me at 7am lol"),
        H("marcus_88", "honestly you're stunning either way, marry me"),
        B("my husband might have something to say marcus 😂"),
        H("jen_loves_lashes", "show us your skin up close after the primer"),
        BG(6),
        H("jen_loves_lashes", "turn to the side so we can see the contour"),
        H("tall_tony", "you've got the prettiest smile on this whole site"),
        B("stop it haha"),
        H("jen_loves_lashes", "dm me the palette name, can't see it"),
        B("it's in the description!"),
    ], pre=16, post=16, fill=(1, 4))

add(name="b07_homework_help_1315", seed=47, broadcaster="study_with_sana", age="13-15",
    title="homework help + maths together 📚", pools=["general", "study"],
    ages={"yr9_keisha": 170, "mod_arlo": 1650, "mr_okafor_tutor": 880, "dylanb": 40},
    lookalike="\"send me a pic of question 4\", \"what year are you in\", study group chat, tutor's video-call lesson, moderator's reminder quoting what creeps say",
    notes="A 14-year-old's study stream with classmates. A tutor who already teaches her arranges the usual video lesson via her dad; a moderator posts a safety reminder that quotes groomer lines.",
    script=[
        B("ok question 3 is the simultaneous equations"),
        H("yr9_keisha", "send me a pic of question 4 i left my book at school"),
        B("i'll hold it up to the cam"),
        H("dylanb", "what year are you in? i'm year 9 too, doing the same sheet"),
        B("year 9!"),
        H("yr9_keisha", "add me to the study group chat, it's the one from form"),
        BG(6),
        H("mr_okafor_tutor", "Sana, Mr Okafor (tutor). Thursday's lesson is on the usual video call at 5, I've sent the link to your dad."),
        B("thanks sir"),
        H("mod_arlo", "reminder: if anyone says 'add me on snap' or 'don't tell your parents' or asks for pics, don't reply, just ping a mod"),
        H("dylanb", "how old do you have to be to sit the further maths exam early?"),
    ], pre=18, post=18, fill=(1, 4))

# ==========================================================================
# benign: close calls with people the child knows (b08-b14)
# ==========================================================================
add(name="b08_nana_new_to_internet_under13", seed=48, broadcaster="alfie_builds", age="under13",
    title="building nana's house in block world", pools=["general", "gaming"],
    ages={"NANA_JOYCE_1951": 2, "alfies_mum": 640},
    lookalike="grandmother new to the internet: all caps, \"are you on your own\", coins, \"don't tell your brother\", \"take that jumper off\", asks for the school's road",
    notes="A 9-year-old builds his nana's house in a game; his nana, on a brand-new account, types in capitals and asks things that look like probing, gifting and secrecy. His mum confirms who she is.",
    script=[
        B("this is nana's house, the garden bit"),
        C("NANA_JOYCE_1951", "HELLO ALFIE IS THIS THE RIGHT PLACE. ITS NANA"),
        B("NANAAAA hi!!"),
        H("NANA_JOYCE_1951", "ARE YOU ON YOUR OWN DARLING. MUMMY SAID SHE WOULD BE BACK AT 5"),
        C("alfies_mum", "I'm back mum, he's fine! 😂"),
        H("NANA_JOYCE_1951", "I HAVE PRESSED THE GIFT BUTTON DID THE COINS ARRIVE"),
        G("NANA_JOYCE_1951", "coins", 200),
        B("yes thank you nana!!"),
        BG(5),
        H("NANA_JOYCE_1951", "DONT TELL YOUR BROTHER I SENT YOU MORE THAN HIM"),
        H("NANA_JOYCE_1951", "TAKE THAT BIG JUMPER OFF LOVE YOU LOOK HOT UNDER THOSE LIGHTS"),
        B("nana its a hoodie"),
        H("NANA_JOYCE_1951", "WHAT ROAD IS YOUR NEW SCHOOL ON I WANT TO SEND A CARD FOR THE PLAY"),
        C("alfies_mum", "mum I'll text you it, don't put it on here x"),
        C("NANA_JOYCE_1951", "OH SORRY. HOW DO I MAKE THE WRITING SMALL"),
        H("NANA_JOYCE_1951", "ALFIE ADD ME ON THE FAMILY GROUP THING, UNCLE PETE SAYS YOU HAVE TO PRESS A BUTTON"),
        C("alfies_mum", "I'll do it tonight mum 😂"),
    ], pre=14, post=18, fill=(1, 4))

add(name="b09_mum_checks_in_from_work_1315", seed=49, broadcaster="jonah_tries_games", age="13-15",
    title="horror game marathon (scared)", pools=["general", "gaming"],
    ages={"mum_on_break_x": 1100, "ezra_best_mate": 300},
    lookalike="parent at work: \"are you home alone\", \"did you eat\", \"lock the front door\", \"send me a pic of the kitchen\", \"take the hoodie off\", \"don't tell your sister\"",
    notes="A 13-year-old's stream; his mum checks in from work on her break (introduced once, then just her handle). Her lines would be probing and secrecy out of context.",
    script=[
        B("ok this game is actually scary"),
        C("mum_on_break_x", "hi love, mum on my break 👋"),
        B("hi mum"),
        H("mum_on_break_x", "are you home alone still? dad's back about 6"),
        B("yeah just me"),
        H("mum_on_break_x", "did you eat the pasta i left"),
        H("mum_on_break_x", "lock the front door and don't open it for anyone please"),
        BG(6),
        H("mum_on_break_x", "send me a pic of the kitchen so i know you actually tidied"),
        B("mummm"),
        C("ezra_best_mate", "jonah ur mum is the best mod"),
        H("mum_on_break_x", "take your hoodie off if you're that hot and open a window, you look boiling"),
        H("mum_on_break_x", "and don't tell your sister there's cake in the fridge 🤫 back to work x"),
    ], pre=16, post=18, fill=(1, 4))

add(name="b10_coach_arranges_training_1617", seed=50, broadcaster="callum_keeper1", age="16-17",
    title="goalkeeper drills + Q&A", pools=["general", "sport"],
    ages={"coach_bev_u18s": 1900, "callums_dad_rob": 1200, "kai_defender": 410},
    lookalike="coach: \"what time does college finish, I'll pick you up\", \"add yourself to the team whatsapp\", \"send your kit size\", \"take the tracksuit top off before warm-up\"",
    notes="A 17-year-old keeper's stream; his real club coach (stated once as 'coach') arranges training and kit and his dad answers in chat. Transport, app and body-adjacent lines are ordinary club logistics.",
    script=[
        B("ok diving drill next"),
        C("coach_bev_u18s", "coach here, good hands Callum"),
        H("coach_bev_u18s", "what time does college finish thursday? minibus will pick you lot up at the gates at 6"),
        B("4pm coach"),
        H("coach_bev_u18s", "add yourself to the team whatsapp, link's on the club page, everyone's on it"),
        H("kai_defender", "callum send coach your kit size she keeps asking lol"),
        BG(6),
        H("coach_bev_u18s", "and take the tracksuit top off before the warm-up this time, ref complained last week"),
        H("callums_dad_rob", "Rob (Callum's dad). I'll sign the away trip form tonight Bev, are you driving or the club?"),
        C("coach_bev_u18s", "club minibus, 2 coaches on it 👍"),
        H("coach_bev_u18s", "are your parents both ok with the overnight in Hartwell? need both signatures"),
        B("yeah dad's doing it"),
    ], pre=16, post=18, fill=(1, 4))

add(name="b11_drama_teacher_costume_1315", seed=51, broadcaster="ivy_on_stage", age="13-15",
    title="costume fitting for the school play 🎭", pools=["general", "irl"],
    ages={"miss_hartley_drama": 1500, "noah_plays_puck": 210, "ivys_mum_claire": 800},
    lookalike="drama teacher: \"take the jacket off so I can see the waistcoat\", \"turn around slowly\", \"stand back, head to toe\", \"send a photo to the class drive\", \"don't tell the year 7s\"",
    notes="A 14-year-old shows her costume to her drama teacher and cast mates on stream, with her mum in chat. The teacher's notes are about the costume.",
    script=[
        B("ok this is the whole costume"),
        C("miss_hartley_drama", "Hi Ivy, Miss Hartley here. Looking great already."),
        H("miss_hartley_drama", "Take the jacket off for a sec so I can see the waistcoat underneath"),
        B("ok one sec"),
        H("miss_hartley_drama", "Now turn around slowly so I can check the back seams"),
        H("noah_plays_puck", "miss is so picky lol"),
        BG(6),
        H("miss_hartley_drama", "Stand a bit further back from the camera, I need head to toe for the hem length"),
        H("miss_hartley_drama", "Send a full-length photo to the class drive by Friday please, same for everyone"),
        C("ivys_mum_claire", "I'll take the photo tonight Miss H x"),
        H("noah_plays_puck", "don't tell the year 7s the twist ending!!"),
        B("i would never"),
    ], pre=16, post=18, fill=(1, 4))

add(name="b12_older_cousin_teasing_1617", seed=52, broadcaster="sami_strums", age="16-17",
    title="learning wonderwall badly", pools=["general", "music"],
    ages={"cuz_danny_r": 2600, "tia_from_maths": 150, "aunty_farah": 70},
    lookalike="older cousin: \"bet you won't sing the chorus\", \"who's the girl you keep texting 👀\", \"I'll tell your mum you were up at 2am\", \"send me the wedding pic\"; friend's truth-or-dare",
    notes="A 16-year-old's guitar stream; his older cousin teases him, a classmate plays truth-or-dare, and his aunt drops in. Dares, threats to tell and photo requests are family banter.",
    script=[
        B("ok don't laugh this is my first go"),
        C("cuz_danny_r", "your favourite cousin is here 😎"),
        H("cuz_danny_r", "bet you won't sing the chorus as well"),
        B("danny no"),
        H("cuz_danny_r", "i'll tell your mum you were up at 2am playing fifa lol"),
        H("tia_from_maths", "truth or dare sami"),
        B("truth"),
        H("tia_from_maths", "who's your crush 👀"),
        BG(6),
        H("cuz_danny_r", "is it the girl you keep texting 👀👀"),
        H("cuz_danny_r", "send me that pic from the wedding where you fell in the fountain"),
        C("aunty_farah", "Danny leave him alone! Sounds lovely Sami x"),
        H("cuz_danny_r", "don't tell your mum i told you about the new guitar for eid"),
    ], pre=16, post=18, fill=(1, 4))

add(name="b13_family_friend_birthday_gift_under13", seed=53, broadcaster="mia_and_mochi", age="under13",
    title="it's my BIRTHDAY stream!! 🎂", pools=["general", "pets"],
    ages={"auntie_priya_k": 900, "mias_mum_jo": 1100},
    lookalike="family friend: gift, \"open it on cam\", \"how old are you now\", \"don't tell your sister what I got her\", \"come round ours saturday, I'll pick you up\"",
    notes="A girl turning 10 streams with her dog; a close family friend ('Auntie Priya', stated once) sends a gift and arranges a visit with her mum's agreement, in chat.",
    script=[
        B("it's my birthday!!! i'm 10"),
        C("auntie_priya_k", "Happy birthday Mia!!! Auntie Priya here 🎉"),
        G("auntie_priya_k", "gems", 100),
        H("auntie_priya_k", "Did the parcel come? Open it on cam, I want to see your face!"),
        B("it came!! opening now"),
        H("auntie_priya_k", "How old are you now?? 10?! I remember you tiny"),
        BG(6),
        B("IT'S THE ART SET"),
        H("auntie_priya_k", "Don't tell your sister what I got her, it's for her birthday next week 🤫"),
        H("auntie_priya_k", "Come round ours on Saturday for cake, I'll pick you up at 2 if mum says ok"),
        C("mias_mum_jo", "That's fine Priya, see you Saturday x"),
    ], pre=16, post=18, fill=(1, 4))

add(name="b14_friends_mum_sleepover_1315", seed=54, broadcaster="lola_lets_play", age="13-15",
    title="cozy farm game, chill stream", pools=["general", "gaming"],
    ages={"islas_mum_fiona": 1300, "isla_m_x": 380, "lolas_dad_ben": 950},
    lookalike="friend's mum: \"is your mum about\", \"I'll pick you up at 6 from the school gate\", \"bring your pyjamas\", asks for address for the satnav, \"don't tell Isla about the cake\"; friend asks which bus",
    notes="A 13-year-old's farm-game stream; her best friend and the friend's mum (introduced once) arrange a sleepover. Her dad confirms in chat.",
    script=[
        B("watering the crops"),
        C("isla_m_x", "LOLA my mum's here she wants to ask you something"),
        C("islas_mum_fiona", "Hi Lola, it's Isla's mum! Sorry to crash your stream x"),
        H("islas_mum_fiona", "Is your mum or dad about? Friday I'll pick you both up at 6 from the school gate"),
        B("dad's downstairs, i'll get him"),
        H("islas_mum_fiona", "Bring your pyjamas and a sleeping bag!"),
        H("islas_mum_fiona", "What's your address for the satnav for Saturday morning? Actually I'll text your dad, ignore me"),
        BG(6),
        H("isla_m_x", "which bus do you get home on thursdays, the 42?"),
        H("islas_mum_fiona", "Are you allergic to anything? Pizza ok?"),
        C("lolas_dad_ben", "Hi Fiona, Ben here. Friday's great, I'll text you now."),
        H("islas_mum_fiona", "Lovely! And don't tell Isla about the cake, it's a surprise 🎂 (oops she's reading this)"),
        C("isla_m_x", "MUM"),
    ], pre=16, post=18, fill=(1, 4))


# ==========================================================================
# writer
# ==========================================================================
def write_all(outdir):
    os.makedirs(outdir, exist_ok=True)
    rows = []
    for s in SESSIONS:
        events, lab = s.build()
        with open(os.path.join(outdir, s.name + ".ndjson"), "w", encoding="utf-8", newline="\n") as f:
            for e in events:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
        with open(os.path.join(outdir, s.name + ".label.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(lab, ensure_ascii=False, indent=2) + "\n")
        rows.append((s, events, lab))
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(rows))
    return rows

CHOICES = """## Labelling choices that could be argued

* **First intervention.** Set at the line where a careful moderator who knows the
  broadcaster's age would first act, not at the first offender line. Opening
  compliments alone (g01, g02, g06, g12, g13) are not enough; the age/height
  question from a 'scout' (g01), the private camera 'test call' (g02), the
  hoodie dare (g03, not the earlier gems-for-a-dare line), the alone question
  (g04, g07), the age-gap line after the isolation lines (g06), the 'don't bother your dad' line (g08),
  the age-gap line to a 17-year-old (g10), the second half of the room tour
  request (g11), the 'stand on the chair and turn round' dare (g09), the
  private-server-with-voice line (g12), the swimsuit OC request (g13) and the
  screenshot claim (g05) are the points chosen. Each could be argued one line either way.
* **Isolation has no code.** In g06 'do the people around you actually read your
  work?' is labelled `[]`; 'they don't get you the way I do' is labelled
  `flattery` only, because the code list has no isolation tactic.
* **Posing as someone known (g07, g08).** Both are offenders even though they
  claim a relationship; the relative/teammate in chat who denies the claim is
  benign. g07 'got you a helmet, I'll pop round' is `gift_offer` + `meeting`.
  g08 asks for a photo 'with the top off for the physio form' (`nudity_request`).
* **Age gap in passing.** 'better than me at 40 lol' (s01) is `flattery` +
  `age_gap`; it is a light remark, but to an 11-year-old it tells her an adult
  is talking.
* **Drawings (g13).** 'Draw my OC in a swimsuit, make her look like you' asks for
  no photo but is labelled `nudity_request` + `sexual_content`, because it aims
  the body request at the 13-year-old herself.
* **Serial contact (s01-s03).** Each contact is mild; s02 (offering to buy a
  whole slime batch and tip extra, then 'easier on whatsapp') is `gift_offer` +
  `off_platform` although buying from a young seller can be ordinary.
  `first_intervention_ts` is set on the first line that asks something of the
  child in each file, which a moderator seeing only one stream might not act on.
* **Flood (f01).** '100 coins for a spin 🍑' counts the peach as
  `sexual_content`; 'ur boring do the dare' is `dare`.
* **Split requests (g11).** Every part of a split request carries the request's
  codes and the `split_request` evasion, including 'could give you a lift there'
  (`meeting`) and the final 'tell your mum you're at a friend's'.
* **Euphemism.** 'the green app' (WhatsApp, g10) and 'the blue plane app'
  (Telegram, g13) are `euphemism`; the g10 line also has a Cyrillic `р`.
* **Unknown age (g11).** The streamer's age is not given; mentions of 'my mum got
  me the brushes' and school make a minor likely, so the room-tour and lift
  requests are treated as grooming.
* **Account ages.** g06 (1460 days), g11 (2190) and g13 (980) are old accounts;
  the serial account is 8 days old; g09's offender has no `account_age_days` at
  all. Many benign people are new too: the nana in b08 is 2 days old, the adult
  flirt in b06 12 days, the aunt in b12 70 days.
* **Hard negatives from people the child knows.** In b08-b14 the relationship is
  stated once (\"ITS NANA\", \"mum on my break\", \"coach here\", \"Miss Hartley here\",
  \"your favourite cousin\", \"Auntie Priya here\", \"it's Isla's mum\") and later
  lines by the same handle are labelled hard negatives without repeating it. A
  cautious moderator might still warn about a family friend publicly arranging
  a pick-up (b13, b14) or a nana asking for the school road (b08); we label them
  benign because a parent confirms in chat or the relationship is plain.
* **Peers.** The truth-or-dare 'who's your crush' between 16-year-old classmates
  (b12) and the best friend's 'lick the whisk' dare (g09) are hard negatives.
* **Adults.** b06 is an adult make-up artist; adult viewers' flirting ('marry
  me', 'prettiest smile') is labelled a hard negative, not an offence.
* **Moderator quoting.** The b07 moderator's reminder quotes groomer phrases
  ('add me on snap', 'don't tell your parents'): hard negative.
* **Hard negatives list only the look-alike lines**; ordinary chatter mentioning
  coins, Discord or gifts is not listed and is benign.
"""


def readme(rows):
    from collections import Counter
    L = []
    L.append("# Held-out live-stream chat set 13\n")
    L.append("Labelled live-stream chat sessions for measuring a grooming-tactic detector on chat "
             "that its rules and trained model have never seen. Generated by "
             "`tools/make_heldout13.py` (deterministic: fixed seeds and timestamps, byte-identical "
             "on rerun). Format and label codes are exactly those of the illustrative scenarios "
             "README (`/work/shared/scenarios/README.md`); nothing was copied from those files.\n")
    L.append("## How it was made\n")
    L.append("Every key line (offender messages, the broadcaster's replies, relatives, coaches, "
             "teachers, moderators and every benign look-alike line) was written by hand for this "
             "set, from general knowledge of how online groomers and ordinary viewers write in "
             "live-stream chat and from the UK NCA's public warnings (tricks and dares, gifts and "
             "game points, flattery, age and alone questions, secrecy, moves to private apps, "
             "threats, sextortion). Background chatter is drawn with fixed seeds from small "
             "hand-written pools (gaming, art, music, sport, study, IRL, cooking, pets, craft, "
             "make-up). No third-party chat dataset was used. All names, handles, clubs, schools "
             "and places are invented; content is non-graphic. The author did not look at the "
             "engine's rules, source, other held-out sets or any engine output, and did not run "
             "the engine on this set.\n")
    L.append("The set is a mix, closer to what a platform sees: 13 grooming sessions in many "
             "voices (a photo 'scout', a fake fellow streamer, a gift-giving fan whose gifts turn "
             "into demands, a fake child peer, a screenshot sextortion, a praise-then-isolate "
             "offender, two offenders posing as someone the child knows, all-caps dares, a "
             "multilingual traveller, an old account splitting requests, gamer slang with Robux, "
             "an old account using spaced letters and zero-width spaces), one serial-contact group "
             "of three files, one flood, seven ordinary busy benign streams and seven benign close "
             "calls where people the child knows say things that look risky out of context.\n")
    L.append("## Files\n")
    L.append("| prefix | meaning |\n| --- | --- |\n"
             "| `gNN_…` | grooming session |\n"
             "| `sNN_…` | serial contact: `s01`–`s03` are three streams by three different young "
             "broadcasters, each visited by the **same** account within about an hour, one or two "
             "mild lines each (`serial_group` = `serial-fergus`) |\n"
             "| `fNN_…` | flood: 12 accounts 0–2 days old hit one 13–15 broadcaster within about a minute |\n"
             "| `bNN_…` | benign session with hard negatives (`b01`–`b07` ordinary busy streams, "
             "`b08`–`b14` close calls with people the child knows) |\n")
    L.append("## Sessions\n")
    L.append("| session | age | title | events | offenders | tactics (b: look-alikes) | hard neg. |")
    L.append("| --- | --- | --- | --- | --- | --- | --- |")
    tac_lines = Counter()
    tac_sess = Counter()
    ev_count = Counter()
    n_hn = 0
    n_ev = 0
    kinds = Counter()
    for s, events, lab in rows:
        kinds[s.name[0]] += 1
        n_ev += len(events)
        n_hn += len(lab["hard_negatives"])
        for v in lab["lines"].values():
            for t in v:
                tac_lines[t] += 1
        for t in lab["tactics_expected"]:
            tac_sess[t] += 1
        for v in lab["evasion"].values():
            for e in v:
                ev_count[e] += 1
        if s.name.startswith("f"):
            offs = "%d fresh accounts" % len(lab["offenders"])
        else:
            offs = ", ".join(lab["offenders"]) or "–"
        tac = ", ".join(lab["tactics_expected"]) if lab["offenders"] else s.lookalike
        L.append("| `%s` | %s | %s | %d | %s | %s | %d |" % (
            s.name, s.age, s.title.replace("|", "/"), len(events), offs, tac,
            len(lab["hard_negatives"])))
    L.append("")
    L.append("## Counts\n")
    L.append("%d sessions: %d grooming, %d serial-contact, %d flood, %d benign; %d events; "
             "%d hard negatives; %d labelled offender chat lines.\n" % (
                 len(rows), kinds["g"], kinds["s"], kinds["f"], kinds["b"], n_ev, n_hn,
                 sum(len(r[2]["lines"]) for r in rows)))
    L.append("| tactic | offender lines | sessions |\n| --- | --- | --- |")
    for t in TACTICS:
        L.append("| `%s` | %d | %d |" % (t, tac_lines[t], tac_sess[t]))
    L.append("")
    L.append("| evasion | lines |\n| --- | --- |")
    for e in sorted(ev_count):
        L.append("| `%s` | %d |" % (e, ev_count[e]))
    L.append("")
    L.append(CHOICES)
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "tests", "heldout13")
    rows = write_all(os.path.normpath(out))
    print("wrote %d sessions to %s" % (len(rows), os.path.normpath(out)))
