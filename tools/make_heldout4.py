#!/usr/bin/env python3
"""make_heldout4.py: write tests/heldout4/, the fourth held-out set of labelled live-chat sessions.

usage: python3 tools/make_heldout4.py [OUTDIR]     (default: tests/heldout4 beside this tool)

Deterministic: every session has a fixed seed, timestamps are fixed, and the
output is byte-identical from run to run. Key lines (offenders, broadcaster
replies, bystanders, hard negatives) are written by hand below; background
chatter is drawn from the hand-written pools in this file. No third-party chat
data of any kind is used. The format and label rules are those of
/work/shared/scenarios/README.md; check with `python3 tests/heldout/validate.py
tests/heldout4`.

This set is for the final measurement only: do not tune rules on it.
"""
import json, os, random, sys

TACTICS = ["flattery", "personal_info", "gift_offer", "dare", "nudity_request",
           "sexual_content", "secrecy", "off_platform", "threat", "meeting", "age_gap"]
EVASIONS = ["leetspeak", "spaced_letters", "emoji_substitute", "homoglyph", "misspelling",
            "split_request", "number_words", "zero_width", "euphemism"]

ZW = "\u200b"
# Cyrillic look-alikes
CY_A, CY_E, CY_O, CY_P, CY_C, CY_I = "\u0430", "\u0435", "\u043e", "\u0440", "\u0441", "\u0456"

DAY = 86_400_000
T2026 = 1_767_225_600_000  # 2026-01-01T00:00:00Z


def at(day, hh, mm):
    """epoch ms for 2026, day-of-year `day` (1 = Jan 1), hh:mm UTC"""
    return T2026 + (day - 1) * DAY + (hh * 60 + mm) * 60_000


# ---------------------------------------------------------------- pools
HANDLE_A = ["sleepy", "crispy", "pixel", "lunar", "frosty", "mango", "toasty", "nova", "cosmic",
            "velvet", "turbo", "misty", "salty", "mochi", "dusty", "cloudy", "spicy", "jelly",
            "comet", "pebble", "neon", "maple", "tiny", "wobbly", "quiet", "lucky", "zesty",
            "fuzzy", "glitchy", "sunny"]
HANDLE_B = ["otter", "bean", "fox", "noodle", "panda", "waffle", "gecko", "moth", "badger",
            "taco", "pigeon", "llama", "crow", "bagel", "frog", "koala", "ferret", "muffin",
            "yeti", "shrimp", "newt", "puffin", "biscuit", "sprout", "raccoon", "walrus"]
HANDLE_FMT = ["{a}{b}", "{a}_{b}", "{a}{b}{n}", "xx{a}{b}xx", "{b}.{a}", "{a}_{b}_{n}", "its{a}{b}",
              "{b}{n}", "{a}.{b}.{n}", "not{a}{b}"]

GENERAL = [
    "hiii", "hey chat", "first time here 👋", "o7", "lol", "LMAO", "💀💀", "W", "W stream", "gg",
    "ayo", "fr fr", "no way 😭", "real", "so true", "bro 😭", "ngl thats clean", "ok that was insane",
    "hi from germany 🇩🇪", "hello from brazil 🇧🇷", "👋👋", "❤️", "😂😂😂", "this song slaps",
    "whats the song?", "lag?", "ur mic is kinda quiet", "audio fine for me", "brb", "back",
    "its 1am here lmao", "can u say hi to me", "how long r u streaming today?", "ads 😤",
    "chat is fast today", "who else came from tiktok", "the vibes are immaculate", "pls say my name",
    "W chat", "no cap", "lowkey tired", "just got home", "my wifi is dying", "hiiii from ireland",
    "mods are goated", "😭😭", "💯", "ok im staying", "i need that", "its giving main character",
    "crashing out rn 😭", "ate", "yall see that??", "chat behave", "hi mods", "happy friday",
    "i have a test tmrw and im here", "🔥🔥", "nahhh", "clip it", "someone clip that",
    "is this live?", "my cat is watching with me", "hydrate chat 💧", "stream looks crisp today",
]

POOLS = {
    "bedroom": ["ur room is so cosy", "the fairy lights 😍", "what r u eating", "is that a new poster?",
                "play the song from yesterday", "ur so funny omg", "do a q and a!!", "whats ur fav colour",
                "ur plushie collection is elite", "who is ur fav youtuber", "i have the same lamp lol",
                "say hi to my friend sam!!", "r u watching the new season", "chat what should she do next",
                "my mum is calling me brb", "rate my pfp", "can u show ur drawing from school again"],
    "dance": ["do the new trend!!", "that transition was clean", "the sound is so catchy", "again again",
              "u ate that", "do it in slow mo", "ur arms were perfect that time", "teach us the 2nd part",
              "do the one from last week", "this sound is everywhere on my fyp", "ur so good at the footwork",
              "chat rate 1-10", "10/10", "9/10 the ending 😭", "do it with ur sister next time"],
    "minecraft": ["put the castle on the hill", "use deepslate for the walls", "creeper behind u!!",
                  "u need more torches", "ur gonna fall in the lava 😭", "make a moat", "get an elytra",
                  "skeleton!!", "villager trading hall next?", "use the stonecutter", "thats such a good build",
                  "put a farm behind it", "whats ur seed", "chest is full lol", "dont dig straight down!!"],
    "roblox": ["that obby is so hard", "jump earlier", "u almost had it 😭", "which obby is next",
               "the lava stage is impossible", "ur avatar is so cute", "do the tower of hell after",
               "my brother beat this in 5 mins lol", "pick me for the fashion show!!", "checkpoint!!",
               "gg", "the theme is summer vibes", "ur fit is so good", "i got 2nd place yay", "lag spike lol"],
    "singing": ["ur voice omg", "chills", "sing ribs!!", "do an olivia rodrigo one", "ur high notes 😭",
                "can u do a harmony", "this is so calming", "sing it again!!", "ur guitar sounds good",
                "what key is that in", "ur better than the original", "encore", "crying rn",
                "do a taylor song next", "the bridge 😭😭"],
    "study": ["what subject r u doing", "pomodoro done!!", "break time 🎉", "gl on ur mocks",
              "im doing chem rn", "anyone know how to balance equations", "ur notes are so neat",
              "what pen is that", "the lofi is nice", "5 more mins", "i have english lit tmrw 😭",
              "how many hours today?", "the rain sounds help", "focus mode on", "back to work chat",
              "i got a 7 in my maths mock", "ur handwriting is goals", "what app is that timer"],
    "art": ["the colours!!", "thats so pretty", "what brush is that", "procreate or clip studio?",
            "the glow effect 😍", "i love ur style", "make the spirit bigger", "add some fireflies",
            "how long does a piece take", "ur lineart is so clean", "chill vibes tonight", "the lofi 🙏",
            "can u do a speedpaint after", "that green is perfect", "the forest looks alive"],
    "pet": ["BISCUIT 😭😭", "the ears!!", "what breed is he", "he's so fluffy", "good boy!!",
            "give him a treat", "my dog does the same thing", "paw!!", "he's so smart", "how old is biscuit?",
            "he sneezed 😭", "he wants the squeaky toy", "the zoomies lol", "can he roll over", "so cute omg"],
    "makeup": ["what foundation is that", "the blend 😍", "u look so good", "what shade is that lipstick",
               "is that the new palette", "prom is gonna be amazing", "the liner is so sharp",
               "how do u do the wing", "skin prep matters fr", "ur lashes!!", "what setting spray",
               "i need that blush", "the glow is insane", "do a tutorial on the brows pls"],
    "football": ["that rainbow flick 😭", "do the around the world", "ronaldo who", "keepy ups challenge!!",
                 "that touch was clean", "ur left foot is good", "what boots r those", "do a rabona",
                 "my coach would love u", "the neighbours watching lol", "do it with the tennis ball",
                 "skill of the day", "ur juggling is nuts", "messi vibes"],
    "latenight": ["cant sleep either lol", "that flick was dirty", "whats ur sens", "ranked is so sweaty tonight",
                  "ur rank?", "ur aim is crazy", "rotate!!", "behind u", "3am gang", "the lobby is cooked",
                  "go again", "wp", "nice clutch", "u need a better crosshair lol", "one more game"],
    "lego": ["the bricks!!", "thats the 1x2 u need", "wrong piece lol", "step 84 is so hard", "ur so patient",
             "the city looks amazing", "build a pizza shop next", "where is the minifig", "i have that set",
             "the instruction book is huge", "so satisfying", "put the tram there"],
    "skate": ["kickflip!!", "so close", "land it!!", "ur ollie is so high", "the ramp looks sick",
              "do a manual", "is that a new deck", "i cant even stand on a board lol", "bail 😭", "clean",
              "try it again", "go bigger"],
    "chess": ["knight fork!!", "take the bishop", "thats a blunder lol", "what opening is that",
              "castle first", "ur rating is climbing", "nice puzzle", "mate in 3?", "the queen trade was smart",
              "i always play the london", "hanging pawn", "good find"],
    "gymnastics": ["cartwheel!!", "ur splits are getting so good", "do a round off", "the landing was clean", "handstand challenge",
                   "how long have u done gymnastics", "i cant even touch my toes", "bridge!!", "be careful",
                   "so cool", "do a walkover"],
    "family": ["the ship looks amazing", "which bag are u on", "so many pieces", "ur sister is so funny",
               "the funnels!!", "that's the iceberg bit", "how many pieces total", "step 200 😭",
               "ur so good at lego", "lego titanic is huge omg"],
    "hoops": ["swish", "form looks good", "elbow in", "follow through", "nice", "that was a brick lol",
              "good arc", "do the mikan drill", "free throws next?", "u got this for tryouts", "ball dont lie"],
    "bedwars": ["rush mid", "bridge!!", "bed's gone 😭", "get iron", "buy wool", "final kill", "ur team is throwing",
                "gg ez", "go for diamond upgrades", "they have obsidian", "clutch", "nice fireball"],
    "trading": ["w trade", "l trade", "fair trade", "overpay lol", "what's that worth", "neon or mega?",
                "i have a shadow dragon", "trade me!!", "wfl?", "decline that", "huge win", "ur inventory is cracked"],
    "baking": ["the caramel colour 😍", "so satisfying", "what butter do u use", "i burnt mine last time",
               "smells good from here lol", "how much sugar", "the crumb!!", "i need this", "shortbread base?",
               "what tin size", "the drip 🤤", "chocolate layer next"],
    "yoga": ["namaste", "my hamstrings 😭", "this is so relaxing", "breathing is hard lol", "i needed this today",
             "ur cues are so clear", "child's pose is my fav", "thank u", "my back feels better already",
             "the music is nice", "wobbly today", "my cat joined lol"],
    "glam": ["the glam 😍", "what primer", "the lipstick shade pls", "so pretty", "blend queen",
             "ur skin is glowing", "what highlighter", "wine night!!", "cheers 🍷", "tutorial queen",
             "the lashes", "i love ur earrings"],
    "charity": ["for the kids!!", "lets hit the goal", "donated!!", "W charity", "this is wholesome",
                "how much left", "chat we can do this", "so proud of this community", "goal incoming",
                "love this cause", "🎗️🎗️", "keep going ben", "hydrate ben"],
    "flightsim": ["flaps!!", "gear down", "check ur speed", "nice approach", "the graphics are so retro",
                  "my pc cant even run msfs lol", "turn on the landing lights", "crosswind is crazy", "centre the runway",
                  "trim it", "ATC voice lol", "butter landing pls", "the cockpit sounds 😍"],
}

BC_POOLS = {
    "bedroom": ["hiii welcome!!", "ty for the follow", "omg chat ur so nice", "wait let me read chat",
                "lol", "im so bored today", "my wifi keeps lagging", "brb getting a drink"],
    "dance": ["ok one more time", "wait let me restart the sound", "ty ty", "that one was so hard",
              "my legs hurt lol", "requests in chat!!"],
    "minecraft": ["ok im going mining", "chat help where are my diamonds", "AAAH creeper", "ty for the tips",
                  "the castle needs a roof", "brb snack"],
    "roblox": ["ok next stage", "chat im so bad at this", "lets goooo", "ty for joining", "whos in my server"],
    "singing": ["ok next song", "ty for the reqs", "let me tune", "that one was hard lol", "ily chat"],
    "study": ["back to work!", "break in 5", "ok focus time", "chem is killing me", "ty for studying w me"],
    "art": ["trying a new brush", "hmm not sure about this colour", "ty for the kind words",
            "gonna do the glow next", "brb water"],
    "pet": ["biscuit sit!", "good boy", "he wants the ball lol", "ty for watching him", "hes so silly"],
    "makeup": ["ok moving on to eyes", "this palette is so pretty", "ty guys", "blending blending",
               "almost done with base"],
    "football": ["watch this", "ok one more", "nearly lol", "ty for watching", "this ball is so flat"],
    "latenight": ["gg", "that lobby was sweaty", "one more", "ty for the follow", "im so tired lol"],
    "lego": ["found it!", "step 85", "ty chat", "this bit is so fiddly"],
    "skate": ["one more try", "ow lol", "almost", "ty guys"],
    "chess": ["hmm", "ok i see it", "ty chat", "nice puzzle"],
    "gymnastics": ["ok watch", "ty!!", "my wrist hurts a bit lol", "next one"],
    "family": ["ella stop eating the sweets", "bag 14!!", "ty guys", "this bit is so hard"],
    "hoops": ["10 more", "ty coach", "ok free throws", "arms are dead lol"],
    "bedwars": ["LETS GO", "noooo", "gg", "im so bad today lol"],
    "trading": ["hmm let me think", "decline sorry", "ooh", "w offer"],
    "baking": ["ok next step", "smell that", "ty chat", "careful its hot"],
    "yoga": ["breathe in", "and exhale", "lovely everyone", "take it slow"],
    "glam": ["okay loves", "cheers 🍷", "ty babes", "next step"],
    "charity": ["THANK YOU", "ur all amazing", "we're so close", "ty for the donation!!"],
    "flightsim": ["flaps 10", "ok gear down", "ty chat", "wish me luck"],
}


# ---------------------------------------------------------------- builder
class Session:
    def __init__(self, name, age, broadcaster, title, start, seed, theme, rate_per_min,
                 dur_s, n_viewers=14, bc_share=0.12, stream=None, notes=""):
        self.name, self.age, self.bc, self.title = name, age, broadcaster, title
        self.start, self.rng, self.theme = start, random.Random(seed), theme
        self.rate, self.dur, self.bc_share = rate_per_min, dur_s, bc_share
        self.stream = stream or f"live-{seed:05d}"
        self.notes = notes
        self.keys = []          # (t_ms, kind, user, payload, meta)
        self.offenders = []
        self.acct = {}          # user -> days or None
        self.extra = {}
        self.viewers = self._handles(n_viewers)

    def _handles(self, n):
        out = []
        while len(out) < n:
            f = self.rng.choice(HANDLE_FMT)
            h = f.format(a=self.rng.choice(HANDLE_A), b=self.rng.choice(HANDLE_B), n=self.rng.randint(1, 99))
            if h not in out:
                out.append(h)
        for h in out:
            self.acct[h] = self.rng.randint(20, 1500) if self.rng.random() < 0.7 else None
        return out

    def user(self, name, acct=None):
        """declare a named user (offender or bystander) with account age or None"""
        self.acct[name] = acct
        return name

    def offender(self, name, acct=None):
        self.user(name, acct)
        if name not in self.offenders:
            self.offenders.append(name)
        return name

    def say(self, t, user, text, tac="", ev="", fit=False, hn=False):
        tacs = tac.split()
        evs = ev.split()
        assert all(c in TACTICS for c in tacs), (self.name, tacs)
        assert all(c in EVASIONS for c in evs), (self.name, evs)
        ms = int(t * 1000) + self.rng.randint(40, 940)
        self.keys.append((ms, "chat", user, text, dict(tac=tacs, ev=evs, fit=fit, hn=hn)))

    def bc_say(self, t, text, hn=False):
        self.say(t, self.bc, text, hn=hn)

    def gift(self, t, user, item, amount):
        self.keys.append((int(t * 1000) + self.rng.randint(40, 940), "gift", user, (item, amount), {}))

    def build(self):
        rng = self.rng
        items = []
        # background chatter: Poisson-ish arrivals over the session
        pool = POOLS[self.theme]
        t = rng.uniform(3, 12)
        weights = [rng.choice([1, 1, 1, 2, 3, 5]) for _ in self.viewers]
        recent = []
        while t < self.dur - 4:
            for _try in range(6):
                if rng.random() < self.bc_share:
                    u, text = self.bc, rng.choice(BC_POOLS[self.theme])
                else:
                    u = rng.choices(self.viewers, weights)[0]
                    text = rng.choice(pool) if rng.random() < 0.6 else rng.choice(GENERAL)
                if text not in recent:
                    break
            if text not in recent:
                items.append((int(t * 1000) + rng.randint(0, 999), "chat", u, text, {}))
                recent = (recent + [text])[-18:]
            t += rng.expovariate(self.rate / 60.0)
        # ordinary viewer gifts now and then
        for _ in range(rng.randint(0, 3)):
            items.append((int(rng.uniform(30, self.dur - 10) * 1000), "gift", rng.choice(self.viewers),
                          (rng.choice(["rose", "coins", "heart"]), rng.choice([1, 5, 10, 50])), {}))
        # key lines keep their exact times; drop background within 1.5 s of one
        key_ts = [k[0] for k in self.keys]
        items = [it for it in items if all(abs(it[0] - k) > 1500 for k in key_ts)]
        named = {k[2] for k in self.keys}
        assert not (named & set(self.viewers)), self.name
        items += self.keys
        items.sort(key=lambda x: x[0])
        evs, lines, evasion, gifts_off, hns = [], {}, {}, [], []
        fit = None
        evs.append({"type": "stream_start", "ts": self.start, "stream": self.stream,
                    "broadcaster": self.bc, "broadcaster_age": self.age, "title": self.title})
        last = self.start
        nm = ng = 0
        for (tms, kind, u, payload, meta) in items:
            ts = max(self.start + tms, last + 1)
            last = ts
            if kind == "chat":
                nm += 1
                eid = f"m{nm}"
                e = {"type": "chat", "ts": ts, "stream": self.stream, "id": eid, "user": u, "text": payload}
                if u != self.bc and self.acct.get(u) is not None:
                    e["account_age_days"] = self.acct[u]
                if u in self.offenders:
                    lines[eid] = [c for c in TACTICS if c in meta.get("tac", [])]
                    if meta.get("ev"):
                        evasion[eid] = [c for c in EVASIONS if c in meta["ev"]]
                    if meta.get("fit"):
                        assert fit is None, self.name
                        fit = ts
                else:
                    assert not meta.get("tac"), (self.name, payload)
                    if meta.get("hn"):
                        hns.append(eid)
            else:
                ng += 1
                eid = f"g{ng}"
                e = {"type": "gift", "ts": ts, "stream": self.stream, "id": eid, "user": u,
                     "item": payload[0], "amount": payload[1]}
                if u in self.offenders:
                    gifts_off.append(eid)
            evs.append(e)
        end = max(last + 1, self.start + self.dur * 1000)
        evs.append({"type": "stream_end", "ts": end, "stream": self.stream})
        union = set(c for v in lines.values() for c in v)
        if self.offenders:
            assert fit is not None, self.name
        label = {
            "offenders": self.offenders,
            "first_intervention_ts": fit,
            "tactics_expected": [c for c in TACTICS if c in union],
            "notes": self.notes,
            "lines": lines,
            "evasion": evasion,
            "offender_gifts": gifts_off,
            "hard_negatives": hns,
        }
        label.update(self.extra)
        assert 30 <= len(evs) <= 300, (self.name, len(evs))
        return evs, label


SESSIONS = []


def session(fn):
    SESSIONS.append(fn)
    return fn


# ================================================================ grooming
@session
def g01():
    s = Session("g01_bigbro_bedroom_under13", "under13", "pixie_pop_rae", "chillin in my room 🛏️ ask me stuff",
                at(12, 17, 5), 4101, "bedroom", 6, 1040,
                notes="IRL bedroom stream, 11-year-old. 'Big brother' protective persona: sets himself up as "
                      "her protector against 'weird' chatters and useless mods, probes year group and whether "
                      "her mum is home, tells her to lock her door and keep him from her mum, moves to Discord "
                      "(leetspeak, split over two lines), reveals he is 24 and suggests picking her up.")
    o = s.offender("bigbro_jay_", 12)
    f1 = s.user("maddie_from_class", 200)
    s.say(60, o, "yo whats good lil sis 👋")
    s.bc_say(72, "hiii")
    s.say(130, o, "chat is lowkey wild tonight, some of these ppl r weird. dont worry i got u", "flattery")
    s.say(150, f1, "rae dare u to do the cartwheel again 😂 like at break", hn=True)
    s.bc_say(165, "NO my room is too small lol")
    s.say(190, o, "fr ur way more mature than most kids ur age", "flattery")
    s.say(260, o, "u in year 6 or 7? u seem like year 7", "personal_info")
    s.bc_say(275, "year 6 lol")
    s.say(330, o, "mods here r useless. anyone bothers u just tell ur big bro 💪", "flattery")
    s.say(420, o, "is ur mum home rn or is it just u? just making sure ur safe", "personal_info", fit=True)
    s.bc_say(440, "shes downstairs")
    s.say(480, o, "ok good good. lock ur door tho so nobody barges in while we talk", "secrecy")
    s.say(505, f1, "is ur mum making pancakes again tmrw 😋", hn=True)
    s.say(560, o, "ngl i worry about u on here. add me on d1sc0rd so i can look out for u properly",
          "off_platform", "leetspeak split_request")
    s.say(575, o, "jay_bigbro with the underscore at the end", "off_platform", "split_request")
    s.bc_say(600, "idk if im allowed")
    s.say(700, o, "dont mention me to ur mum tho, parents never get online friendships", "secrecy")
    s.say(780, o, "im 24 btw but honestly age doesnt matter w real friends", "age_gap")
    s.say(860, o, "when ur dad's out i could swing by n take u for ice cream, pretty sure im not far", "meeting")
    s.say(925, o, "u there??")
    s.bc_say(960, "my mum says i have to go now bye chat")
    s.say(985, o, "k dont forget, our secret 🤐", "secrecy")
    return s


@session
def g02():
    s = Session("g02_talent_scout_dance_1315", "13-15", "keira.moves", "learning the new trend dances 💃 requests open",
                at(15, 16, 40), 4102, "dance", 7, 840,
                notes="Dance live, 14-year-old. 'Talent scout' from a made-up agency: praise, casting "
                      "questions (age, height, city), asks her to step back and spin for a full-body look, "
                      "then for a fitted-activewear photo, pay for a test shoot, WhatsApp (spaced letters), "
                      "keep parents out, a car to a studio.")
    o = s.offender("nova_talent_mgmt", 2)
    s.say(90, o, "Hi Keira! Scout from Nova Talent here 🌟 ur stage presence is honestly rare for ur age", "flattery")
    v = s.user("jojo_dances", 310)
    s.say(120, v, "do the spin from the second part again!! it was so clean", hn=True)
    s.say(150, o, "we're casting teen dancers for a sportswear campaign rn and ur exactly the look", "flattery")
    s.bc_say(170, "omg wait really??")
    s.say(210, o, "quick one for ur file: how old are u and whats ur height?", "personal_info")
    s.bc_say(228, "14 and like 5 foot 3")
    s.say(270, o, "perfect. which city r u based in? we shoot in london + manchester", "personal_info")
    s.say(340, o, "can u step back from the cam so we see ur full body? slow spin for the casting team pls",
          "nudity_request", fit=True)
    w = s.user("keiras_bestie_lou", 600)
    s.say(365, w, "keira thats deffo a scam dont reply", )
    s.say(400, o, "casting also needs a pic in fitted activewear, no baggy hoodie, so they can see ur lines 📸",
          "nudity_request")
    s.say(460, o, "its paid btw, £250 for the test shoot + we cover travel 💸", "gift_offer")
    s.say(520, o, "send the pics to our w h a t s a p p, bookings team is there", "off_platform", "spaced_letters")
    s.say(580, o, "better not to loop parents in yet, contracts are confidential til signed 🤫", "secrecy")
    s.say(610, v, "show the full dance from the start pls!!", hn=True)
    s.say(650, o, "studio day is saturday, we can send a car to pick u up from home 🚗", "meeting")
    s.say(700, o, "lots of girls would kill for this, dont waste it")
    s.bc_say(720, "im gonna ask my mum")
    s.say(745, o, "no need to ask her yet!! just dm us first", "secrecy off_platform")
    return s


@session
def g03():
    s = Session("g03_fake_peer_minecraft_under13", "under13", "oliblocks", "survival ep 4 - building a castle!!",
                at(24, 15, 30), 4103, "minecraft", 5, 840,
                notes="Minecraft stream, 10-year-old. Offender poses as an 11-year-old gamer, asks about "
                      "school, offers Minecoins, a private realm and Discord, tells him to hide it from his "
                      "mum, dares him to call at midnight, then reveals he is 22 and offers coins for a cam "
                      "call. The 'im 11 too' line is a lie, labelled [] (no code for false claims).")
    o = s.offender("creeperkid_2014", 40)
    s.say(120, o, "yo ur castle is so sick can i join ur world", "flattery")
    s.bc_say(140, "its single player sorry")
    s.say(200, o, "im 11 too lol we should be duos")
    s.say(260, o, "what skool u go to? maybe we r near", "personal_info", "misspelling")
    s.bc_say(280, "im not allowed to say lol")
    s.say(330, o, "ill buy u minecoins for the dragon skin pack if u want 💎", "gift_offer")
    s.say(400, o, "join my realm its private just us, ill send the code on discord", "off_platform", fit=True)
    s.bc_say(425, "my mum doesnt let me use discord")
    s.say(460, o, "she wont know if u dont tell her lol, just use ur tablet at night", "secrecy off_platform")
    s.say(520, o, "bet u wont stay up till midnight and call me 😂", "dare off_platform")
    s.say(600, o, "ok dont be weird but im actually 22 not 11 lol", "age_gap")
    s.say(660, o, "age is just a numbr, we still frends right", "age_gap", "misspelling")
    s.say(720, o, "ill send u two thousand minecoins if u turn ur cam on for me on the call",
          "gift_offer off_platform", "number_words")
    s.say(780, o, "or just come on the ghost app, same name", "off_platform", "euphemism")
    return s


@session
def g04():
    s = Session("g04_top_supporter_singing_1617", "16-17", "sofi.sings", "acoustic requests 🎤 taking song reqs",
                at(31, 19, 0), 4104, "singing", 6, 960,
                notes="Singing stream, 17-year-old. Long-time top gifter: heavy gifts, then 'wear the red "
                      "top for me', 'after everything I send you', asks her to lose the cardigan, Telegram "
                      "call (homoglyph), complains he paid for her mic, threatens to spread saved clips, "
                      "tells her to keep it from her mods. First intervention at the cardigan line: the "
                      "earlier outfit request from a known supporter is borderline on its own.")
    o = s.offender("goldheart_dave", 400)
    s.say(60, o, "sofi!!! ur back 🥹 voice of an angel as always", "flattery")
    s.gift(90, o, "rose", 50)
    s.say(150, o, "first request of the night is mine as usual 😌 do ribs")
    s.bc_say(165, "ofc dave ty for the roses!!")
    s.gift(300, o, "coins", 1000)
    s.say(320, o, "thats a thousand coins for u, #1 supporter stays #1", "gift_offer", "number_words")
    f = s.user("hummingbird_kat", 120)
    s.say(350, f, "one more!! i'll send 100 coins if u hit the high note at the end", hn=True)
    s.say(420, o, "u looked so good in that red top last stream, wear it again for me next time?", "nudity_request")
    s.bc_say(500, "haha maybe")
    s.gift(560, o, "coins", 2000)
    s.say(580, o, "2k more 😇 after everything i send u i think i deserve a lil something back 😏",
          "gift_offer sexual_content")
    s.say(640, o, "lose the car" + ZW + "digan for the next song, reasonable ask for ur top gifter no?",
          "gift_offer nudity_request", "zero_width", fit=True)
    s.bc_say(660, "im cold lol")
    s.say(700, o, "u never answer my dms. join my " + CY_P + "riv" + CY_A + "te call on telegram after stream",
          "off_platform", "homoglyph")
    s.say(760, o, "its not fair, i literally paid for ur mic", "gift_offer")
    s.say(820, o, "keep ignoring me and everyone gets to see the clips i saved 🙂", "threat")
    s.say(880, o, "dont bring ur mods into this, its between us", "secrecy")
    s.bc_say(900, "ok im ending stream")
    return s


@session
def g05():
    s = Session("g05_only_questions_study_1315", "13-15", "ellie_studies", "study with me 📚 pomodoro 25/5 - mocks week",
                at(38, 18, 15), 4105, "study", 4, 1290,
                notes="Study-with-me stream, 14-year-old. The offender only ever asks questions: year, school "
                      "jumper, age, alone, parents' hours, bedtime, own phone, Snapchat (leetspeak), a secret, "
                      "boyfriend, meeting people from online, doing a dare. First intervention at 'studying "
                      "alone?' after three identity probes.")
    o = s.offender("curious_cat_44")
    s.say(100, o, "what are u studying?")
    s.bc_say(115, "chem rn")
    s.say(200, o, "what year are u in?", "personal_info")
    s.bc_say(220, "year 10")
    s.say(290, o, "what school is that jumper from? 👀", "personal_info")
    s.say(380, o, "how old r u exactly?", "personal_info")
    s.say(470, o, "is anyone else home or r u studying alone?", "personal_info", fit=True)
    s.say(560, o, "what time do ur parents get back from work?", "personal_info")
    s.say(650, o, "what time do u go to bed on school nights?", "personal_info")
    s.bc_say(660, "why r u asking so many questions lol")
    s.say(740, o, "do u have ur own phone or is it ur mums?", "personal_info")
    s.say(830, o, "whats ur sn@p?", "off_platform", "leetspeak")
    s.say(920, o, "can u keep a secret if i tell u something?", "secrecy")
    s.say(1010, o, "have u ever had a bf?", "sexual_content")
    s.say(1100, o, "would u ever meet someone from online if they were really nice?", "meeting")
    s.say(1190, o, "would u do a dare if i asked nicely?", "dare")
    s.bc_say(1220, "no. mods??")
    return s


@session
def g06():
    s = Session("g06_polite_paragraphs_art_unknown", "unknown", "inkwell_iris", "painting a forest spirit 🎨 chill lofi",
                at(45, 20, 10), 4106, "art", 4, 1500,
                notes="Art stream, age unknown (treated as a possible minor). Long, polite paragraphs: "
                      "praise, asks whether she is still at school, a paid commission in gift cards, Telegram "
                      "'to discuss details', not to tell her parents yet, states he is 52, asks for a tour of "
                      "her room, proposes meeting at a comic fair and collecting her from the station.")
    o = s.offender("Gerald_Whitcombe", 3)
    s.say(120, o, "Good evening Iris. I have been watching your streams for a few weeks now and I must say your "
                  "use of colour is far beyond what I see from most artists, let alone someone so young. You "
                  "have a real gift and I hope you know that.", "flattery")
    s.bc_say(140, "aw thank u so much!!")
    s.say(300, o, "If you don't mind me asking, are you still at school? I only ask because I'd love to know "
                  "whether you're studying art formally or whether all of this is self-taught. Either way it's "
                  "remarkable.", "flattery personal_info")
    s.bc_say(320, "yeah still at school lol, mostly self taught")
    s.say(480, o, "I would very much like to commission a piece from you. I can pay with an Amazon gift card, "
                  "perhaps £100 to start, and more for future pieces if you're happy with the arrangement.",
          "gift_offer")
    s.say(660, o, "It might be easier to discuss the details privately. Do you use Telegram? I find the chat "
                  "here rather chaotic and I would hate for our conversation to get lost among the noise.",
          "off_platform", fit=True)
    s.say(840, o, "I hope you won't think it strange, but I'd suggest not mentioning the commission to your "
                  "parents just yet. Adults can be overly cautious about these things and I would hate for it "
                  "to fall through before it has started.", "secrecy")
    s.say(1020, o, "For what it's worth, I'm 52, but I have always found I connect better with younger creative "
                   "minds. Maturity isn't a matter of years, as I'm sure you have noticed yourself.", "age_gap")
    s.say(1130, o, "Would you give us a little tour of your room and your workspace? I am curious what an "
                   "artist's bedroom looks like, and where all this wonderful work comes from.", "personal_info")
    s.say(1260, o, "I will be at the Leeds comic fair on the 14th. It would be lovely to meet you in person and "
                   "hand over the payment directly. I could even collect you from the station if that helps.",
          "gift_offer meeting")
    s.bc_say(1300, "um im not sure thats ok")
    s.say(1380, o, "Of course, no pressure at all. Do think it over, and remember what I said about keeping it "
                   "between the two of us for now.", "secrecy")
    return s


@session
def g07():
    s = Session("g07_one_word_bursts_pet_under13", "under13", "biscuit_and_me", "my puppy biscuit learns tricks 🐶",
                at(52, 16, 20), 4107, "pet", 6, 800,
                notes="Pet stream, 9-year-old. One-word bursts from a one-day-old account: 'cute' 'u', "
                      "'age?', 'alone?', 'mum?', 'snap' 'now', 'shh' 'secret', 'socks' 'off' 'show', 'coins?', "
                      "'kiss', 'dare'. Multi-line bursts are labelled split_request on every part. "
                      "First intervention at 'alone?'.")
    o = s.offender("xx_lurk", 1)
    s.say(200, o, "cute", "flattery", "split_request")
    s.say(203, o, "u", "flattery", "split_request")
    s.say(260, o, "age?", "personal_info")
    s.bc_say(272, "im 9 and biscuit is 1")
    s.say(320, o, "alone?", "personal_info", fit=True)
    s.say(324, o, "mum?", "personal_info")
    s.say(410, o, "snap", "off_platform", "split_request")
    s.say(413, o, "now", "off_platform", "split_request")
    s.say(470, o, "shh", "secrecy", "split_request")
    s.say(474, o, "secret", "secrecy", "split_request")
    s.say(530, o, "socks", "nudity_request", "split_request")
    s.say(533, o, "off", "nudity_request", "split_request")
    s.say(536, o, "show", "nudity_request", "split_request")
    s.bc_say(560, "what")
    s.say(600, o, "coins?", "gift_offer")
    s.say(640, o, "kiss 😘", "sexual_content")
    s.say(690, o, "dare", "dare")
    b = s.user("grandma_pat", 900)
    s.say(720, b, "I'm going to ring your mum love, switch the stream off x")
    return s


@session
def g08():
    s = Session("g08_spanglish_makeup_1617", "16-17", "dani.glam", "grwm for prom 💄✨ full glam",
                at(59, 23, 0), 4108, "makeup", 7, 900,
                notes="Makeup/get-ready stream, 17-year-old. Offender mixes light Spanish into English: "
                      "flattery, age, 'so hot', asks her to stand and show the whole body in the dress, prom "
                      "city, Instagram (zero-width), secrecy, pick-up after prom, reveals he is 31. Other "
                      "viewers' 'show us the whole look' is a hard negative here.")
    o = s.offender("mateo_rz", 15)
    v1 = s.user("prom_committee_gab", 500)
    v2 = s.user("auntie_ro", 1200)
    s.say(80, o, "que bonitaaa 😍 ur skin is perfect fr", "flattery")
    s.say(160, o, "ay mija how old are u? u look 20", "personal_info")
    s.bc_say(175, "17 lol")
    s.say(240, o, "17?? no way. muy madura for 17", "flattery")
    s.say(300, v1, "show us the whole look when ur done!! dress and all", hn=True)
    s.say(320, o, "ur lips tho 🔥 ngl ur so hot", "sexual_content")
    s.say(400, o, "when u put the dress on show us todo, full body porfa, stand up n turn around",
          "nudity_request", fit=True)
    s.say(440, v2, "your mum is going to cry when she sees you mija ❤️", hn=True)
    s.say(480, o, "where is prom? what city, im in san diego maybe close", "personal_info")
    s.say(560, o, "add me en in" + ZW + "sta, same user, te mando algo", "off_platform", "zero_width")
    s.say(640, o, "no le digas a nadie ok? its our thing", "secrecy")
    s.say(720, o, "vamos a vernos after prom, i can pick u up 🚗", "meeting")
    s.bc_say(740, "uhh no thanks")
    s.say(800, o, "im 31 pero age is just a number, mija", "age_gap")
    return s


@session
def g09():
    s = Session("g09_emoji_football_skills_1315", "13-15", "jaylen_skills", "freestyle tricks + 1v1 challenges ⚽",
                at(66, 17, 30), 4109, "football", 6, 780,
                notes="Football-skills stream, 14-year-old. Emoji-heavy offender: praise, age and town in "
                      "emoji, gems for a shirt-off 'challenge', Snapchat as 👻, secrecy from his coach, "
                      "suggestive emoji, pick-up after training, then a threat to spread his clips. A "
                      "teammate's keepy-up bet is a hard negative.")
    o = s.offender("rickyy.xo", 6)
    mate = s.user("tyrese_u15", 700)
    s.say(90, o, "🔥🔥🔥⚽🐐 u r different bro", "flattery")
    s.say(170, o, "🎂❓👀", "personal_info", "emoji_substitute")
    s.say(200, mate, "bet u cant do 50 keepy ups with ur weak foot 😂", hn=True)
    s.say(250, o, "📍❓ which town u train in 🏟️", "personal_info")
    s.bc_say(265, "cant say lol")
    s.say(330, o, "ill drop 💎💎💎 if u do the 👕❌ challenge 😂", "gift_offer dare nudity_request",
          "emoji_substitute", fit=True)
    s.say(400, o, "👻 ➡️ rickyy.xo 😉", "off_platform", "emoji_substitute")
    s.say(470, o, "🤫🤐 dont tell coach 😂", "secrecy")
    s.say(540, o, "🍑😏🥵", "sexual_content", "emoji_substitute")
    s.say(620, o, "🚗 i can get u after training sat 😎", "meeting")
    s.bc_say(640, "no ur weird")
    s.say(700, o, "u ignoring me? 😡 ill 📤 ur vids everywhere 😈", "threat", "emoji_substitute")
    return s


@session
def g10():
    s = Session("g10_fast_hinglish_latenight_unknown", "unknown", "nightowl_zed", "cant sleep, ranked till 3am 🌙",
                at(73, 1, 40), 4110, "latenight", 10, 500,
                notes="Late-night gaming stream, age unknown (says 15 in chat). Escalates inside two minutes "
                      "with light Hinglish: praise, age, parents asleep / alone, cam on privately, shirt off "
                      "for coins, secrecy and delete the VOD, threat to his school group (misspelling), "
                      "Telegram in spaced letters.")
    o = s.offender("desi_gamer_rk", 1)
    s.say(300, o, "bhai ur aim is mast 🔥", "flattery")
    s.say(315, o, "how old r u yaar, u sound young", "personal_info")
    s.bc_say(322, "15 why")
    s.say(330, o, "parents so gaye? ur up late alone haan", "personal_info", fit=True)
    s.say(345, o, "cam on karo na, just for me, private call", "off_platform")
    s.say(360, o, "take ur tshirt off for 500 coins, easy paisa", "gift_offer nudity_request")
    s.bc_say(368, "wtf no")
    s.say(375, o, "dont tell anyone acha, and delete the vod", "secrecy")
    s.say(390, o, "warna i clip this n send to ur skool group 😈", "threat", "misspelling")
    s.say(405, o, "t e l e g r a m, same name, jaldi", "off_platform", "spaced_letters")
    return s


@session
def g11():
    s = Session("g11_patient_roblox_1315", "13-15", "mia_plays_rbx", "obby marathon + fashion show w viewers 👗",
                at(80, 17, 0), 4111, "roblox", 2.6, 2820,
                notes="Roblox stream, 13-year-old. Patient offender over about 41 minutes: praise, a "
                      "'niece your age' to ask her year, premium pass, asks when her parents are out, a "
                      "private server, truth or dare 'just us', reveals he is an adult while asking her not "
                      "to mention him to her mum, Robux for voice chat (number words), and finally the "
                      "avatar's swimsuit outfit 'irl on cam' (homoglyphs). Other viewers' obby dare is a "
                      "hard negative.")
    o = s.offender("bluebellbuilds", 210)
    k = s.user("zara_obbyqueen", 300)
    s.say(180, o, "gg on that stage, ur really good at obbies", "flattery")
    s.say(420, k, "dare u to do the lava stage with no checkpoints 😭", hn=True)
    s.say(600, o, "ur one of the kindest streamers on here honestly", "flattery")
    s.say(900, o, "my niece is about ur age, shes 13, u in year 8 too?", "personal_info")
    s.bc_say(915, "yeah year 8!")
    s.say(1200, o, "i can gift u the premium pass if u want, dont worry about the cost 🙂", "gift_offer")
    s.say(1500, o, "u seem a bit lonely on stream sometimes, are ur parents usually out in the evenings?",
          "personal_info")
    s.say(1800, o, "i made a private server for us, its quieter there, no randoms", "off_platform")
    s.say(2000, o, "lets play truth or dare in there, just us two", "dare off_platform", fit=True)
    s.say(2200, o, "best not to mention me to ur mum tho, she might think its weird a grown man plays roblox lol",
          "secrecy age_gap")
    s.say(2400, o, "if u hop on vc with me ill send four thousand robux", "gift_offer off_platform", "number_words")
    s.say(2460, o, "or we can just talk on the purple app, whatever u like", "off_platform", "euphemism")
    s.say(2550, o, "wear the " + "sw" + CY_I + "msu" + CY_I + "t fit from the fashion show irl on " + CY_C
          + "am, its just a game 😊", "nudity_request", "homoglyph")
    s.say(2650, o, "ill wait in the server, dont leave me hanging ♥")
    s.bc_say(2700, "i have to go eat dinner")
    return s


@session
def g12():
    s = Session("g12_fake_girl_sextortion_1617", "16-17", "leo.irl", "late night vibes, just chatting 🎧",
                at(87, 22, 10), 4112, "bedroom", 6, 960,
                notes="IRL just-chatting stream, 16-year-old boy. A fresh 'girl' account: compliments, "
                      "age, girlfriend, Snapchat as 👻, FaceTime and whether his parents are in, 'I'll show "
                      "you mine', secrecy, then sextortion: a screenshot, gift-card payment demand, his "
                      "school, a threat split over three lines, leetspeak. The payment demand is labelled "
                      "gift_offer + threat (it invokes gift cards).")
    o = s.offender("jess_x_baby", 4)
    m = s.user("big_mo_17", 800)
    s.say(60, o, "heyy ur actually so cute 🙈", "flattery")
    s.bc_say(75, "lol thanks")
    s.say(140, o, "how old r u? im 17 too", "personal_info")
    s.bc_say(150, "16")
    s.say(220, o, "u got a gf? 👀", "sexual_content")
    s.say(300, o, "come to my 👻 its jess.xbaby, more private there", "off_platform", "emoji_substitute")
    s.say(380, o, "or facetime rn? ur room looks cosy, r ur parents in?", "personal_info off_platform")
    s.say(460, o, "ill show u mine if u show me urs 😏 lose the shirt first", "nudity_request sexual_content",
          fit=True)
    s.say(500, m, "leo thats a bot bro ignore", )
    s.say(540, o, "dont tell ur mates ok, its just ours", "secrecy")
    s.say(620, o, "i screenshotted ur stream. send 100 quid in st3am cards or i post it to ur followers",
          "gift_offer threat", "leetspeak")
    s.say(700, o, "i know what s" + CY_C + "hool u go to, ill send it to ur wh" + CY_O + "le year", "threat", "homoglyph")
    s.say(760, o, "ill send it", "threat", "split_request")
    s.say(763, o, "to ur mum", "threat", "split_request")
    s.say(766, o, "tonight", "threat", "split_request")
    s.say(820, o, "r3p0rt me and it goes everywhere", "threat", "leetspeak")
    s.bc_say(840, "im telling my mum and reporting u")
    s.say(860, m, "good, report and block, dont pay anything", )
    return s


# ================================================================ serial contact
SER_A = ["s01_serial_lego_under13", "s02_serial_skate_1315", "s03_serial_chess_1617"]
SER_B = ["s04_serial_dance_1315", "s05_serial_roblox_under13", "s06_serial_covers_1617"]
A0 = at(95, 16, 0)
B0 = at(101, 18, 30)


def serial(s, group, members):
    s.extra = {"serial_group": group, "related_sessions": list(members)}


@session
def s01():
    s = Session(SER_A[0], "under13", "benji_bricks", "building my lego city 🏙️", A0, 4201, "lego", 5, 1500,
                notes="Serial contact (s01-s03, same account on three young streamers within two hours). "
                      "Here: praise and a question about his year group.")
    serial(s, "serial-vinnie", SER_A)
    o = s.offender("coach_vinnie88", 90)
    s.say(400, o, "ur builds r better than the real thing, proper little engineer", "flattery")
    s.bc_say(415, "thanks!!")
    s.say(700, o, "what year u in at school? bet ur top of the class", "flattery personal_info", fit=True)
    s.bc_say(720, "year 5")
    s.say(900, o, "nice one, keep it up")
    return s


@session
def s02():
    s = Session(SER_A[1], "13-15", "skate_nico", "skatepark clips + chat 🛹", A0 + 35 * 60_000, 4202, "skate", 5, 1500,
                notes="Serial contact (s01-s03). Here: asks which skatepark and offers to meet there for tips.")
    serial(s, "serial-vinnie", SER_A)
    o = s.offender("coach_vinnie88", 90)
    s.say(300, o, "sick ollie mate")
    s.say(600, o, "which skatepark is that? looks like the one by the river", "personal_info")
    s.say(900, o, "i skate there sundays, could give u some tips in person if ur about", "meeting", fit=True)
    s.bc_say(915, "maybe lol")
    return s


@session
def s03():
    s = Session(SER_A[2], "16-17", "queenside_hana", "chess puzzles, road to 1500", A0 + 72 * 60_000, 4203, "chess", 4,
                1500,
                notes="Serial contact (s01-s03). Here: offers to pay for her premium membership, states he is "
                      "45, and asks her to message him on Discord for lessons.")
    serial(s, "serial-vinnie", SER_A)
    o = s.offender("coach_vinnie88", 90)
    s.say(350, o, "good find, ur calculating well", "flattery")
    s.say(700, o, "ill pay for ur premium membership if u like, the lessons r worth it", "gift_offer")
    s.say(1000, o, "im 45 but chess has no age, message me on disc for proper lessons", "off_platform age_gap",
          fit=True)
    return s


@session
def s04():
    s = Session(SER_B[0], "13-15", "amara.dance", "practising for the showcase 🩰", B0, 4204, "dance", 6, 1200,
                notes="Serial contact (s04-s06, same 'girl' account on three young streamers within two hours). "
                      "Here: compliment plus Snapchat request.")
    serial(s, "serial-lilyrose", SER_B)
    o = s.offender("lilyy.rose09")
    s.say(500, o, "ur so pretty 😍 add me on snap?", "flattery off_platform", fit=True)
    s.bc_say(520, "aw ty")
    return s


@session
def s05():
    s = Session(SER_B[1], "under13", "tycoon_tobi", "tycoon grind day 3 💰", B0 + 30 * 60_000, 4205, "roblox", 6, 1200,
                notes="Serial contact (s04-s06). Here: age question and Robux for adding on Discord.")
    serial(s, "serial-lilyrose", SER_B)
    o = s.offender("lilyy.rose09")
    s.say(400, o, "how old r u?", "personal_info")
    s.bc_say(410, "10")
    s.say(600, o, "ill give u 800 r" + CY_O + "bux if u add me on dc", "gift_offer off_platform", "homoglyph", fit=True)
    return s


@session
def s06():
    s = Session(SER_B[2], "16-17", "finn_covers", "covers night 🎸 reqs open", B0 + 65 * 60_000, 4206, "singing", 5,
                1200,
                notes="Serial contact (s04-s06). Here: sexualised compliment and Instagram DM, with 'dont tell "
                      "ur gf' (zero-width in 'insta').")
    serial(s, "serial-lilyrose", SER_B)
    o = s.offender("lilyy.rose09")
    s.say(450, o, "ur voice is kinda hot ngl 🥵", "sexual_content")
    s.say(650, o, "dm me on in" + ZW + "sta, dont tell ur gf lol", "secrecy off_platform", "zero_width", fit=True)
    return s


# ================================================================ flood
@session
def f01():
    s = Session("f01_flood_gymnastics_under13", "under13", "bella.flips", "gymnastics tricks!! 🤸 ask me to do one",
                at(110, 16, 45), 4301, "gymnastics", 5, 392,
                notes="Flood: twelve accounts 0-1 days old press a 10-year-old gymnast within about 40 s with "
                      "dares, clothing requests, coins, age and home-alone questions, Snapchat and a report "
                      "threat. First intervention at the first clothing request.")
    t0 = 300
    F = [("flipfan_0x", 0), ("qwerty_aa1", 1), ("lolz_guest77", 0), ("newacct_9981", 0), ("bbbbb_22", 1),
         ("tmp_user_4", 0), ("justwatchin_1", 0), ("x_x_xxx3", 1), ("guest_73310", 0), ("hi_hello_5", 0),
         ("nn_q1", 0), ("zzz_acc", 1)]
    for u, a in F:
        s.offender(u, a)
    c = s.user("school_friend_ivy", 150)
    s.say(200, c, "do the round off again bella!!", hn=True)
    s.say(t0 + 0, F[0][0], "do a backbend in ur pjs 😂", "dare nudity_request", fit=True)
    s.say(t0 + 3, F[1][0], "splits challenge rn", "dare")
    s.say(t0 + 6, F[2][0], "how old r u", "personal_info")
    s.say(t0 + 9, F[3][0], "stand closer to the cam and turn around", "nudity_request")
    s.say(t0 + 12, F[4][0], "ill send 500 coins for a handstand without the hoodie", "gift_offer dare nudity_request")
    s.say(t0 + 14, F[5][0], "add me on sn4p", "off_platform", "leetspeak")
    s.say(t0 + 17, F[6][0], "r u home alone?", "personal_info")
    s.say(t0 + 19, F[7][0], "go private, more coins there 🔒🎥", "gift_offer off_platform", "emoji_substitute")
    s.say(t0 + 22, F[8][0], "dare u to show ur room", "personal_info dare")
    s.say(t0 + 24, F[2][0], "age??", "personal_info")
    s.say(t0 + 26, F[9][0], "ur hot 🥵", "sexual_content")
    s.say(t0 + 29, F[10][0], "s w i m s u i t challenge", "dare nudity_request", "spaced_letters")
    s.say(t0 + 32, F[11][0], "do it or we all report ur channel", "threat")
    s.say(t0 + 34, F[0][0], "hoodie off hoodie off", "nudity_request")
    s.say(t0 + 37, F[4][0], "500 coins!!", "gift_offer")
    s.say(t0 + 39, F[6][0], "is ur mum there", "personal_info")
    s.bc_say(t0 + 45, "um what")
    s.say(t0 + 47, F[3][0], "turn around", "nudity_request")
    s.say(t0 + 50, F[5][0], "sn4p now", "off_platform", "leetspeak")
    s.bc_say(t0 + 70, "my mum said i have to end it")
    m = s.user("bellas_mum_kate", 2000)
    s.say(t0 + 80, m, "This is Bella's mum. Ending the stream now, all of you have been reported.")
    return s


# ================================================================ benign
@session
def b01():
    s = Session("b01_family_lego_under13", "under13", "noah.builds", "building the lego titanic w my sister!! 🚢",
                at(14, 18, 0), 4401, "family", 5, 1200,
                notes="Benign. 10-year-old building Lego with his sister; mum, dad, nana, uncle and sister in "
                      "chat. Family lines look like probing, secrecy, clothing and off-platform requests.")
    mum = s.user("mum_of_noah_and_ella", 2100)
    sis = s.user("ella_bella_13", 400)
    dad = s.user("dad_on_a_train", 1900)
    nana = s.user("nana_jean", 60)
    unc = s.user("uncle_dev", 1500)
    s.say(100, nana, "hello darling! nana's here 👵 how old is this set? grandad had a lego ship in 1998", hn=True)
    s.bc_say(115, "hi nana!! its new")
    s.say(260, sis, "noah take off that ugly hat its blocking the cam 😂", hn=True)
    s.bc_say(270, "NO its my lucky hat")
    s.say(420, dad, "don't tell mum but i'm bringing pizza home 🍕🤫", hn=True)
    s.say(430, mum, "I can see this you know 😂", )
    s.say(600, unc, "is your mum home yet? tell her i'll ring about sunday lunch", hn=True)
    s.say(780, sis, "noah show everyone ur room its so messy lmao", hn=True)
    s.bc_say(790, "ella NO")
    s.say(950, mum, "Noah send me a pic of the finished ship on whatsapp x", hn=True)
    s.say(1050, mum, "20 more mins then bath and bed please x")
    s.bc_say(1070, "ok mum")
    return s


@session
def b02():
    s = Session("b02_coach_tryouts_1315", "13-15", "aisha_hoops", "shooting drills before tryouts 🏀",
                at(21, 17, 20), 4402, "hoops", 5, 1100,
                notes="Benign. 14-year-old's practice stream; her club coach and PE teacher arrange a real, "
                      "public tryout with parents involved; teammates ask about school and bet on threes.")
    coach = s.user("coach_marcus_rbc", 1300)
    pe = s.user("ms_okafor_pe", 800)
    tm = s.user("deja_u15", 350)
    s.say(150, coach, "Reminder: tryouts Saturday 9am at Riverside leisure centre, court 2. Parents, pickup is "
                      "11:30 at the main entrance.", hn=True)
    s.bc_say(170, "yes coach!!")
    s.say(330, coach, "Aisha bring your medical form, your mum needs to sign it before Saturday", hn=True)
    s.say(480, tm, "what school r u going to next year? ur coming to st marys w us right?", hn=True)
    s.bc_say(495, "yeah st marys!!")
    s.say(640, pe, "Great form! Show us the follow-through again from the side", hn=True)
    s.say(800, tm, "bet u cant hit 10 threes in a row 😂", hn=True)
    s.say(950, coach, "Team group chat is on the club app, parents are in there too, ask your mum to join", hn=True)
    return s


@session
def b03():
    s = Session("b03_bedwars_dares_1315", "13-15", "kai_bedwarz", "bedwars w the squad, dares if we lose 😭",
                at(28, 19, 5), 4403, "bedwars", 9, 1000,
                notes="Benign. 14-year-old playing with school friends: in-game dares, truth or dare about "
                      "mains, a pink-skin forfeit, a Discord vc for the squad, and a friend warning about a "
                      "banned creep by quoting him.")
    a = s.user("ollie_bridges", 500)
    b = s.user("sam_no_hud", 450)
    c = s.user("priya_pvp", 600)
    s.say(120, a, "i dare u to go in with only a wooden sword", hn=True)
    s.say(250, b, "truth or dare kai: who's ur real main", hn=True)
    s.say(380, c, "if u lose u have to wear the pink skin all week lmao", hn=True)
    s.bc_say(395, "deal")
    s.say(520, a, "bet u wont bridge to mid blind", hn=True)
    s.say(660, c, "add me on discord for the squad vc, its just us from school", hn=True)
    s.say(800, b, "yo kai that guy from last week who kept saying 'add me on snap and dont tell ur mum' finally "
                  "got banned", hn=True)
    s.bc_say(815, "good he was so weird")
    return s


@session
def b04():
    s = Session("b04_pet_trading_under13", "under13", "lulu_trades", "trading pets!! offers in chat 🦄",
                at(35, 16, 30), 4404, "trading", 7, 1000,
                notes="Benign. 11-year-old trading in-game pets with classmates: 'send it first', private "
                      "server, usernames, Robux values, 'how old is your account'; her mum restates the "
                      "no-real-money rule.")
    k1 = s.user("mimi_neon", 200)
    k2 = s.user("jacob_frosty", 350)
    k3 = s.user("evie_megas", 120)
    mum = s.user("lulus_mum", 1000)
    s.say(130, k1, "ill give u my neon unicorn for ur frost dragon", hn=True)
    s.say(260, k2, "send me the pet first then ill send mine i promise", hn=True)
    s.say(390, k3, "can u come to my private server its less laggy", hn=True)
    s.say(520, k1, "whats ur username? ill friend u", hn=True)
    s.say(650, k2, "ill give u like 200 robux worth of stuff for it", hn=True)
    s.say(780, k3, "how old is ur account? mine is 3 years", hn=True)
    s.say(880, mum, "lulu remember the rule, no trading for real money x")
    s.bc_say(890, "i know mum")
    return s


@session
def b05():
    s = Session("b05_baking_caramel_unknown", "unknown", "crumb_and_co", "sunday bake: caramel slice + brownies 🍫",
                at(42, 14, 0), 4405, "baking", 5, 1200,
                notes="Benign. Baking stream, broadcaster age unknown: 'take it off the heat', 'turn it over', "
                      "'show us the inside', 'it's so hot', a flip bet.")
    a = s.user("cocoa_carol", 700)
    b = s.user("breadhead_tim", 900)
    s.say(200, a, "take it off the heat before it burns!!", hn=True)
    s.bc_say(210, "off the heat, done")
    s.say(380, b, "turn it over now, the bottom looks ready", hn=True)
    s.say(560, a, "show us the inside 😍", hn=True)
    s.bc_say(600, "careful its so hot, dont touch it straight away", hn=True)
    s.say(760, b, "bet u cant flip it out the tin without breaking it", hn=True)
    s.say(950, a, "let it sit for 10 mins then slice")
    return s


@session
def b06():
    s = Session("b06_yoga_evening_adult", "adult", "flowwithpri", "30 min evening yoga, all levels 🧘",
                at(49, 19, 30), 4406, "yoga", 4, 1500,
                notes="Benign. Adult yoga teacher: 'lie down on your back', 'take your socks off', 'turn "
                      "around', 'how flexible are you'.")
    a = s.user("stiff_steve", 300)
    b = s.user("mat_mandy", 1200)
    s.bc_say(150, "ok everyone lie down on your back, knees bent, feet flat on the mat", hn=True)
    s.say(300, a, "take your socks off for better grip, game changer", hn=True)
    s.say(450, b, "can u turn around so we can see ur back alignment in that one?", hn=True)
    s.say(600, a, "how flexible r u after all these years?", hn=True)
    s.bc_say(750, "stretch the arms up and open the hips, breathe into it", hn=True)
    s.say(900, b, "lie down on the mat for the last one?", hn=True)
    return s


@session
def b07():
    s = Session("b07_glam_flirt_adult", "adult", "velvet.vee", "soft glam tutorial + wine 🍷 (29 and thriving)",
                at(56, 21, 0), 4407, "glam", 7, 1100,
                notes="Benign. Adult makeup tutorial with adult viewers flirting mildly: 'show us the whole "
                      "look', 'stand up and show the outfit', 'ur so hot', 'marry me', 'what are you doing "
                      "after stream'.")
    a = s.user("dan_the_lad_85", 2000)
    b = s.user("glossgirl_nina", 1100)
    c = s.user("mike_r_34", 900)
    s.say(200, b, "show us the whole look!!", hn=True)
    s.say(330, a, "ur so hot omg", hn=True)
    s.bc_say(340, "behave dan 😂 i'm 29 babe, been doing this ten years")
    s.say(480, c, "stand up and show the outfit too 😍", hn=True)
    s.say(620, a, "marry me vee 😩", hn=True)
    s.say(760, c, "what are u doing after stream 😏", hn=True)
    s.bc_say(775, "sleeping lol")
    return s


@session
def b08():
    s = Session("b08_charity_hospital_adult", "adult", "ben_does_good", "24h charity stream for the children's hospital 🎗️",
                at(63, 12, 0), 4408, "charity", 11, 1000,
                notes="Benign. Adult charity stream with heavy gifting and donation dares; a viewer warns "
                      "mods about an account seen in a child's stream, quoting what it said; prize winners "
                      "are asked for a postal address by the organiser by email.")
    donors = ["gran_for_good", "rich_uncle_rob", "teamcharity_jo", "lil_donor"]
    for d in donors:
        s.user(d, 500)
    for i, t in enumerate(range(60, 960, 70)):
        s.gift(t, donors[i % 4], "coins", [100, 500, 1000, 250][i % 4])
    s.say(150, "rich_uncle_rob", "200 coins if u do the chilli challenge next 🌶️", hn=True)
    s.say(300, "teamcharity_jo", "ill gift 10 subs if u shave the beard 😂", hn=True)
    s.say(450, "gran_for_good", "dare u to sing the whole song with the kids choir clip", hn=True)
    w = s.user("watchful_wren", 1400)
    s.say(600, w, "heads up mods: account xx_lurk was in a kid's stream earlier going 'alone?' 'snap now' — "
                  "reported it", hn=True)
    mod = s.user("mod_hattie", 1600)
    s.say(620, mod, "thanks wren, passed to the platform team")
    s.say(780, mod, "raffle winners: the team will email you for your address to post the prize, never post it "
                    "in chat", hn=True)
    return s


@session
def b09():
    s = Session("b09_flightsim_retro_1617", "16-17", "skyler_flies", "retro flight sim from 2001 ✈️ first solo landing",
                at(70, 18, 45), 4409, "flightsim", 6, 1100,
                notes="Benign. 17-year-old's flight sim stream: 'how old is this game', 'the plane is taking "
                      "off', 'which airport, is it near you', and a regular asking mods to ban a creep from "
                      "a previous stream, quoting him.")
    a = s.user("atc_andy", 900)
    b = s.user("heavy_jet_hal", 1200)
    c = s.user("skylers_brother", 700)
    s.say(150, a, "how old is this game?? the cockpit is so retro", hn=True)
    s.bc_say(165, "from 2001 lol older than me")
    s.say(300, b, "the plane is taking off!! rotate rotate", hn=True)
    s.say(450, a, "which airport is that, is it near u?", hn=True)
    s.bc_say(465, "its in the game, its in norway lol")
    s.say(600, c, "sky if that guy from last stream comes back (the one going 'ur so mature, dont tell ur "
                  "parents') just ban him, mods know", hn=True)
    s.say(760, b, "take her up higher before the turn", hn=True)
    s.say(900, a, "butter!! show us the landing replay", hn=True)
    return s


# ---------------------------------------------------------------- main
def dump_label(lab):
    """one top-level key a line, `lines`/`evasion` one event a line"""
    j = lambda v: json.dumps(v, ensure_ascii=False)
    out = ["{"]
    keys = list(lab)
    for i, k in enumerate(keys):
        v = lab[k]
        comma = "," if i < len(keys) - 1 else ""
        if isinstance(v, dict) and v:
            inner = ",\n".join(f"    {j(a)}: {j(b)}" for a, b in v.items())
            out.append(f"  {j(k)}: {{\n{inner}\n  }}{comma}")
        else:
            out.append(f"  {j(k)}: {j(v)}{comma}")
    out.append("}")
    return "\n".join(out) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "tests", "heldout4")
    os.makedirs(out, exist_ok=True)
    for fn in SESSIONS:
        s = fn()
        evs, lab = s.build()
        with open(os.path.join(out, s.name + ".ndjson"), "w", encoding="utf-8") as f:
            for e in evs:
                f.write(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n")
        with open(os.path.join(out, s.name + ".label.json"), "w", encoding="utf-8") as f:
            f.write(dump_label(lab))
    print(f"wrote {len(SESSIONS)} files to {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
