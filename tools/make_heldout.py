#!/usr/bin/env python3
"""make_heldout.py: write the held-out chat sessions in tests/heldout/ from hand-written scripts.

Every key line (offender messages, broadcaster replies, bystander reactions and
benign look-alike lines) is written out below by hand, together with its label.
Only the background chatter is drawn at random (seeded, so the output is
reproducible) from the hand-written pools in POOLS, and only the timing between
lines is random. Labels (`lines`, `evasion`, `tactics_expected`,
`first_intervention_ts`, `offender_gifts`, `hard_negatives`) are derived from
the annotations in the scripts, so they cannot drift from the events.

usage: python3 tools/make_heldout.py [OUTDIR]   (default tests/heldout)
"""
import json, os, random, sys

TACTICS = ["flattery", "personal_info", "gift_offer", "dare", "nudity_request",
           "sexual_content", "secrecy", "off_platform", "threat", "meeting", "age_gap"]
EVASIONS = ["leetspeak", "spaced_letters", "emoji_substitute", "homoglyph", "misspelling",
            "split_request", "number_words", "zero_width", "euphemism"]
ZW = "\u200b"          # zero-width space
CYR_A, CYR_O, CYR_E, CYR_P = "\u0430", "\u043e", "\u0435", "\u0440"   # а о е р

# --------------------------------------------------------------------------
# Background pools (hand-written ordinary viewer lines, by theme)
# --------------------------------------------------------------------------
POOLS = {
 "generic": ["hi", "hello chat", "hey hey", "first time catching this live", "lurking 👀", "gg",
   "lol", "lmao", "😂😂", "W", "audio is a bit quiet", "stream lagged for a sec", "back",
   "brb food", "what did i miss", "❤️", "hype", "5 min till i have to go", "good luck!",
   "🔥🔥", "hiii from portugal", "chat is slow today", "just got home", "yo", "o7",
   "my wifi is dying", "that was clean", "no wayyy", "ok that was funny", "🤣",
   "how long is stream today?", "hi everyone", "👋", "nice", "followed!"],
 "minecraft": ["put glass panes there", "spruce looks better than oak", "u need more iron",
   "check ur hunger bar", "the villagers are so dumb lol", "make a farm first",
   "what seed is this", "enchant ur pickaxe", "dont dig straight down", "sheep!!",
   "use lanterns instead of torches", "the roof needs stairs", "bring a water bucket",
   "that cave looks scary", "mending is op", "plant more wheat", "cobblestone walls 👌",
   "u forgot to sleep", "phantoms incoming lol", "add a balcony"],
 "roblox": ["that jump is impossible", "use the wall hop", "ur so close", "noooo the lava",
   "tower of hell is rigged", "skip stage?", "i got to floor 8 yesterday", "the timer lol",
   "go left its easier", "spam jump", "that conveyor is evil", "ur avatar is cute",
   "the music in this one 😂", "one more try", "i fell at the same part"],
 "gacha": ["pity is at 60 right?", "save for the limited", "purple!!!", "gold light!!",
   "the 50/50 is rigged", "skip this banner the next one is better", "whos ur main",
   "her kit is broken", "10 pull!!", "i lost my 50/50 yesterday 😭", "do the daily first",
   "the event shop has free pulls", "c0 is fine tbh", "rerun when", "the animation is so pretty"],
 "art": ["the colours are so nice", "what brush is that", "procreate or krita?",
   "the lineart is clean", "add a rim light", "love the palette", "what canvas size",
   "try a multiply layer for shadows", "the scales look amazing", "timelapse after?",
   "flip the canvas to check", "the eyes look great", "can u show the layers",
   "warm highlights would pop", "i'm sketching along"],
 "music": ["the chord change was smooth", "capo on 2?", "what strings do you use",
   "song request: riptide", "🎶🎶", "this one hits", "g string sounds a bit flat",
   "play something by the beatles", "fingerpicking 👌", "that bridge tho",
   "how long have u been playing", "encore!", "the harmonies", "i'm learning this one too"],
 "cooking": ["add more butter", "the batter looks perfect", "flip it now!", "what flour is that",
   "i'm hungry now", "lemon and sugar is the only topping", "nutella >>>", "low heat is key",
   "let the batter rest", "first pancake is always the test one", "syrup!!",
   "my mum makes them with banana", "crispy edges 😍", "use a non stick pan"],
 "study": ["what topic are u on", "same i have mocks", "quadratics are the worst",
   "pomodoro gang", "im doing chem with u", "back to work chat", "10 min break hype",
   "any flashcard app recommendations?", "good luck on the mocks", "my brain is melting",
   "simultaneous equations 😭", "the rain sounds are nice", "finished my essay!!",
   "lofi playlist name?", "2 more sessions then sleep"],
 "irl": ["whats ur fav movie", "have u seen the new episode", "what are u drinking",
   "ur cat!!", "do a q&a on sunday", "pineapple on pizza yes or no", "what music are u into",
   "how was ur day", "the lighting looks nice", "best snack ever?", "cats or dogs",
   "i love the posters", "summer or winter", "what phone do u use for streaming"],
 "apex": ["rotate now", "ring is closing", "third party incoming", "nice knock", "crack him",
   "loot the bin", "zone on the right", "he's one shot", "use ur ult", "ggs",
   "that flatline is nasty", "w teammates", "masters by tonight", "LMAO", "W", "clip it",
   "nooo", "heal heal heal", "bro is cracked", "2 left", "champion squad 💀", "EZ",
   "wraith portal!!", "good rotate", "those aim assist beams", "the rp gain", "KEKW",
   "jumpmaster diff", "who's in the care package", "ur teammate is lost lol", "push push",
   "reset reset", "ammo check", "ggs only", "POGGERS", "that was a 3 piece", "sheesh",
   "🔥", "💀💀", "this lobby is sweaty", "LETS GOOO", "banger game"],
 "dance": ["do the new trend!", "the arms part was so clean", "slow it down for us",
   "what song is next", "u nailed it", "tutorial pls", "the footwork 😮", "again again",
   "my sister is learning this one too", "the beat drop part", "mirror it pls"],
 "football": ["juggle with the left foot", "record is 87 right?", "go for 100", "noooo so close",
   "play fc after", "what boots are those", "my record is 23 lol", "use ur thigh",
   "keep it low", "the ball is flat lol", "thats a new pb!!", "weak foot gang"],
 "fitness": ["round 2 lets goooo", "my legs are dead", "burpees again 😭", "water break",
   "how many reps", "form check pls", "modifications for knees?", "my dog is judging me",
   "halfway there!!", "sweating already", "coach has no mercy 😂", "this playlist slaps",
   "low impact version?", "done!! 💪"],
 "horror": ["dont open that door", "the save room music is so calm", "ammo is low",
   "use the herb", "jump scare incoming", "this game aged well", "the tank controls lol",
   "check the map", "save first!!", "the dogs in the hallway 😱", "typewriter ribbon!",
   "that zombie is still moving", "run past them", "the puzzle answer is on the note"],
 "lego": ["the hull is so big", "bag 14!!", "that piece goes upside down", "instructions page 112",
   "build the propellers next", "sort the pieces by colour", "brick separator time",
   "it's gonna be huge", "the funnels!!", "i have this set too"],
 "pokemon": ["name it after ur cat lol", "use the water type", "nuzlocke rules say no",
   "rip pidgey 😭", "catch the one in the grass", "go heal first", "gym leader is tough",
   "nickname it sparky", "save before the rival", "grind a bit more"],
 "fortnite": ["land at lazy", "shield up", "third party", "build build", "w squad",
   "drop ur loot", "storm is moving", "reboot him", "box up", "the bus is leaving",
   "good shot", "that was a crazy edit", "mythic!!", "top 10 lets go"],
 "speedrun": ["PB pace!!", "that skip was clean", "donated 10 for the kids", "goal is so close",
   "hype train 🚂", "clip that", "split is green!!", "the crowd is going crazy",
   "chat spam hearts for the hospital", "❤️❤️", "so much money raised", "runner is locked in",
   "commentary desk is funny", "first time seeing this category", "that trick is frame perfect"],
 "tournament": ["team blue is cooked", "economy round", "caster is funny", "who's winning",
   "the bracket is spicy", "clutch or kick", "gg wp", "timeout called", "map pick is weird",
   "that smoke was perfect", "eco frag lol", "group b is stacked"],
 "jazz": ["this is so smooth", "piano sounds great", "cheers from spain 🍷", "play fly me to the moon",
   "goosebumps", "perfect friday vibe", "that key change", "the bass player is great",
   "listening from the bath lol", "🎷🎷", "so relaxing after work"],
 "pets": ["neon is rare", "i want a frost", "ur pets r so cute", "what are u trading",
   "W trade", "L trade", "fair trade", "is that a mega?", "i got a potion yesterday",
   "the new egg is out", "my giraffe is my best pet"],
 "painting": ["the sky blend is so nice", "wet on wet?", "what paper is that", "love the highlights",
   "the water reflection 😍", "so calming", "what brand of paint", "it already looks real",
   "masking fluid for the windows?", "that grass texture"],
 "bio": ["mitosis vs meiosis again", "krebs cycle pain", "flashcards gang", "active transport?",
   "the enzyme graph", "what board are u on", "aqa here", "i keep mixing up atp stuff",
   "practical endorsement is so long"],
 "chess": [],
}
# more hand-written lines per theme, kept apart only to keep the table above short
_MORE = {
 "generic": ["the overlay is cute", "can u turn the music down a bit", "ok im back", "yesss",
   "im eating cereal watching this", "hii again", "this is so relaxing",
   "just finished school", "ayy", "haha", "omg", "fr", "true", "the chat moves fast today",
   "😭😭", "👀", "🙏", "gn chat i gotta sleep", "i have a test tomorrow 💀", "when is the next stream"],
 "minecraft": ["lava pool on the left careful", "the castle needs a moat", "u should add flags",
   "deepslate bricks look sick", "make the towers taller", "ur bed is missing", "trade with the librarian",
   "put a path to the village", "smelt the iron", "the dog is following u lol"],
 "roblox": ["ur so fast", "that part took me 20 tries", "the floor is rainbow lol", "use shift lock",
   "press space earlier", "ok that was a clean jump", "lag jumped it"],
 "gacha": ["pls be her", "the banner art tho", "save save save", "3 star spam 😭", "i got her on my 10th pull",
   "guaranteed next time", "primos check?", "that weapon is mid", "do the abyss first"],
 "art": ["the glow on the water 😍", "u should stream more art", "is that a custom brush", "the fins look so cool",
   "zoom in on the face", "its coming together", "save ur file lol", "add some bubbles",
   "the background could be darker", "wow the texture"],
 "music": ["can u do a sea shanty", "what guitar is that", "the strumming pattern pls", "that was beautiful",
   "do a mashup next", "tune the b string maybe", "chills", "love this song", "slow version pls"],
 "cooking": ["is that oat milk", "more sugar lol", "ur sister is lucky", "the smell must be amazing",
   "i burnt mine yesterday", "blueberry ones next time", "whisk it more", "that flip was clean",
   "stack them tall", "golden brown 👌"],
 "study": ["what app is the timer", "im on english lit", "coffee number 3", "the cat walked on my notes",
   "trig identities help", "ok focus time", "ur handwriting is so neat", "what pen is that",
   "highlighter gang", "i did a whole past paper"],
 "irl": ["ur plant is cute", "have u been to paris", "fav colour?",
   "that lamp is nice", "do u play any games", "tell us a funny story", "the weather is awful here",
   "do u have a dog", "favourite teacher story?"],
 "apex": ["nice shot", "one more game", "she's so good", "zone pulled west", "RIP", "wattson fence lol",
   "bro thirsted", "ok that was nasty", "ring 4 already", "absolute clutch", "banner grab!",
   "👏👏", "w rotate", "the lag", "not the gold armor", "respawn beacon", "kraber!!", "gg go next"],
 "dance": ["ur so good at this", "the turn was smooth", "do it faster now", "i cant even do the first step",
   "freestyle at the end pls", "the hands part!!"],
 "football": ["use ur chest", "90!!", "so close to the record", "do an around the world",
   "left foot only challenge", "the garden is perfect for this", "my dad can do 200 lol"],
 "fitness": ["my neighbour must hate me", "jumping jacks again?", "ok that was hard", "stretch time 🙏",
   "10 more seconds", "the timer is lying", "core is on fire"],
 "horror": ["the camera angles lol", "save ur ink ribbons", "door animation loading 😂", "ur health is caution",
   "the piano puzzle!", "crimson head incoming", "ok that scared me", "take the shotgun"],
 "lego": ["the lifeboats are so small", "how many pieces total", "that's 9000 pieces right",
   "display case when done?", "u missed a step maybe", "the stand is cool"],
 "pokemon": ["rip", "dont use the starter yet", "the rival is gonna have a fire type", "ok that crit 😭",
   "potion potion", "u need a flyer", "catch it with a pokeball not a great ball"],
 "fortnite": ["shotgun swap", "the zone is closing", "revive!!", "high ground", "insane edit",
   "loot the chest", "mats check", "victory royale incoming"],
 "speedrun": ["PB PB PB", "the crowd noise lol", "goal meter moving!!", "another one", "that route is new",
   "first time donor, love this", "WR pace??", "the commentators are so wholesome", "timer running"],
 "tournament": ["the casters are hyped", "thats a 4k", "force buy?", "they're 5 rounds down",
   "what a retake", "bracket predictions anyone"],
 "jazz": ["the reverb is perfect", "more bossa nova pls", "that phrasing 👌", "big band next?",
   "this deserves more viewers", "cheers from canada"],
 "pets": ["i have 3 neons now", "the new pet is so cute", "give me ur potions lol", "my unicorn is full grown",
   "lets go trading after", "im saving for the bat dragon"],
 "painting": ["the clouds look soft", "add a little boat", "so peaceful", "the hills are great",
   "is that gouache", "the light on the walls"],
 "bio": ["photosynthesis again", "the heart diagram", "i hate the osmosis practical", "what page is that",
   "the genetics questions are hard"],
}
for _k, _v in _MORE.items():
    POOLS[_k] = POOLS[_k] + _v

BROADCASTER_POOLS = {
 "generic": ["ty for the follow!", "hi chat", "welcome in", "one sec drinking water",
   "lol", "ok focus", "hi to everyone just joining"],
}

NAME_A = ["blue", "quiet", "crispy", "lucky", "sunny", "mint", "tiny", "fuzzy", "cosmic", "salty",
          "pixel", "maple", "rusty", "silver", "happy", "sleepy", "wild", "frosty", "lemon", "velvet",
          "rapid", "misty", "golden", "shadow", "bubble", "clever", "echo", "copper"]
NAME_B = ["otter", "fox", "panda", "waffle", "comet", "noodle", "badger", "falcon", "bean", "moth",
          "toast", "pebble", "koala", "raven", "biscuit", "gecko", "sprout", "tiger", "kettle",
          "lynx", "muffin", "walrus", "cactus", "dolphin", "pickle"]


def viewer_names(rng, n, taken):
    out = []
    while len(out) < n:
        a, b = rng.choice(NAME_A), rng.choice(NAME_B)
        style = rng.randrange(4)
        nm = [f"{a}_{b}", f"{a}{b}{rng.randrange(10, 99)}", f"x{a}{b}x", f"{a}.{b}"][style]
        if nm not in taken and nm not in out:
            out.append(nm)
    return out


class Session:
    def __init__(self, name, stream, broadcaster, age, title, start, gap, pools, n_viewers=12,
                 offenders=(), users=None, notes="", scale=2.0):
        self.name, self.stream, self.broadcaster, self.age, self.title = name, stream, broadcaster, age, title
        self.rng = random.Random(name)
        self.t = start
        self.gap = gap
        self.pools = pools
        self.offenders = list(offenders)
        self.users = dict(users or {})          # user -> account_age_days or None
        self.viewers = viewer_names(self.rng, n_viewers, set(self.users) | {broadcaster})
        for v in self.viewers:
            self.users[v] = None if self.rng.random() < 0.25 else self.rng.choice(
                [self.rng.randrange(20, 400), self.rng.randrange(400, 2500)])
        self.events = [dict(type="stream_start", ts=self.t, stream=stream, broadcaster=broadcaster,
                            broadcaster_age=age, title=title)]
        self.nchat = self.ngift = 0
        self.lines, self.evasion, self.hn, self.gifts_off = {}, {}, [], []
        self.fit = None
        self.notes = notes
        self.used = set()
        self.extra = {}
        self.last_text = None
        self.scale = scale

    def _tick(self, gap=None):
        lo, hi = gap or self.gap
        self.t += self.rng.randrange(lo, hi + 1)
        return self.t

    def _chat(self, user, text, gap=None):
        self.nchat += 1
        eid = f"m{self.nchat}"
        ev = dict(type="chat", ts=self._tick(gap), stream=self.stream, id=eid, user=user, text=text)
        if user != self.broadcaster:
            if user not in self.users:
                raise SystemExit(f"{self.name}: unknown user {user}")
            if self.users[user] is not None:
                ev["account_age_days"] = self.users[user]
        self.events.append(ev)
        return ev

    # offender line with its tactic codes
    def off(self, user, text, codes, ev=None, fit=False, gap=None):
        assert user in self.offenders, (self.name, user)
        for c in codes:
            assert c in TACTICS, c
        for c in ev or []:
            assert c in EVASIONS, c
        e = self._chat(user, text, gap)
        self.lines[e["id"]] = [c for c in TACTICS if c in codes]
        if ev:
            self.evasion[e["id"]] = [c for c in EVASIONS if c in ev]
        if fit:
            assert self.fit is None, self.name
            self.fit = e["ts"]
        return e

    # non-offender key line; hn marks a benign look-alike
    def say(self, user, text, hn=False, gap=None):
        assert user not in self.offenders
        e = self._chat(user, text, gap)
        if hn:
            self.hn.append(e["id"])
        return e

    def bc(self, text, hn=False, gap=None):
        return self.say(self.broadcaster, text, hn, gap)

    def gift(self, user, item, amount, gap=None):
        self.ngift += 1
        eid = f"g{self.ngift}"
        ev = dict(type="gift", ts=self._tick(gap), stream=self.stream, id=eid, user=user, item=item,
                  amount=amount)
        if user in self.offenders:
            self.gifts_off.append(eid)
        self.events.append(ev)

    def bg(self, n, gap=None, who=None):
        """n background lines from the session's pools by random regular viewers."""
        texts = [t for p in self.pools for t in POOLS[p]]
        bct = BROADCASTER_POOLS["generic"]
        for _ in range(int(round(n * self.scale))):
            if self.rng.random() < 0.12:
                user, pool = self.broadcaster, bct
            else:
                user, pool = self.rng.choice(who or self.viewers), texts
            fresh = [t for t in pool if t not in self.used]
            cand = fresh if fresh else [t for t in pool if t != self.last_text]
            text = self.rng.choice(cand)
            self.used.add(text)
            self.last_text = text
            self._chat(user, text, gap)

    def pause(self, ms):
        self.t += ms

    def new_stream(self, after_ms, stream, title):
        self.events.append(dict(type="stream_end", ts=self._tick(), stream=self.stream))
        self.t += after_ms
        self.stream = stream
        self.events.append(dict(type="stream_start", ts=self.t, stream=stream,
                                broadcaster=self.broadcaster, broadcaster_age=self.age, title=title))

    def finish(self, outdir):
        self.events.append(dict(type="stream_end", ts=self._tick(), stream=self.stream))
        codes = set(c for v in self.lines.values() for c in v)
        lab = {
            "offenders": self.offenders,
            "first_intervention_ts": self.fit,
            "tactics_expected": [c for c in TACTICS if c in codes],
            "notes": self.notes,
            "lines": self.lines,
            "evasion": self.evasion,
            "offender_gifts": self.gifts_off,
            "hard_negatives": self.hn,
        }
        lab.update(self.extra)
        with open(os.path.join(outdir, self.name + ".ndjson"), "w", encoding="utf-8") as f:
            for e in self.events:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
        with open(os.path.join(outdir, self.name + ".label.json"), "w", encoding="utf-8") as f:
            f.write(dump_label(lab))
        return self


def dump_label(lab):
    """Label JSON with one key per line and one entry per line for the id maps."""
    j = lambda v: json.dumps(v, ensure_ascii=False)
    out = []
    for k, v in lab.items():
        if isinstance(v, dict) and v:
            inner = ",\n".join(f"    {j(a)}: {j(b)}" for a, b in v.items())
            out.append(f"  {j(k)}: {{\n{inner}\n  }}")
        else:
            out.append(f"  {j(k)}: {j(v)}")
    return "{\n" + ",\n".join(out) + "\n}\n"


DAY = 86_400_000
MIN = 60_000
SESSIONS = []


def session(fn):
    SESSIONS.append(fn)
    return fn


# ==========================================================================
# Grooming sessions
# ==========================================================================
T0 = 1_748_000_000_000


@session
def g01():
    s = Session("g01_mentor_art_tablet_1315", "st-h101", "pixie_paints", "13-15",
                "painting a sea dragon 🐉 critiques welcome", T0 + 1 * DAY, (4000, 14000), ["art", "generic"],
                offenders=["brushwork_ben"], users={"brushwork_ben": 1130},
                notes="Slow 'mentor': an old account gives real art tips, then flatters, probes age and "
                      "parents, undermines the parents, offers a drawing tablet, moves to 'disc' for "
                      "1-on-1 sessions and asks her to keep the tablet from her mum.")
    s.bg(6); s.bc("hiii welcome! today its a sea dragon"); s.bg(4)
    s.off("brushwork_ben", "lovely values on the wings already. try a cooler shadow on the underside", [])
    s.bg(3); s.bc("ooh ok ty"); s.bg(4)
    s.off("brushwork_ben", "honestly you have a better eye for colour than most of the adults in my classes", ["flattery"])
    s.bg(3)
    s.off("brushwork_ben", "how long have you been painting? you can't be older than 14 surely", ["personal_info"])
    s.bc("lol im 13, since i was like 9")
    s.bg(3)
    s.off("brushwork_ben", "13 and painting like this. you'll go far. are your parents artsy too?", ["flattery", "personal_info"])
    s.bc("not really my mum thinks its a waste of time lol")
    s.bg(2)
    s.off("brushwork_ben", "that's a shame, grown ups often don't get it. you can trust me more than them on art stuff tbh",
          ["flattery"], fit=True)
    s.bg(4)
    s.off("brushwork_ben", "i'd love to send you a proper tablet, that mouse is holding you back", ["gift_offer"])
    s.bc("omg no way really??")
    s.bg(2)
    s.off("brushwork_ben", "really. i do free 1 on 1 portfolio sessions on disc, just you and me so nobody distracts us",
          ["off_platform"], ev=["euphemism"])
    s.off("brushwork_ben", "best not to mention the tablet to your mum, she'd only call it a waste again",
          ["gift_offer", "secrecy"])
    s.say(s.viewers[0], "uh thats kinda weird ngl")
    s.bg(3)
    s.off("brushwork_ben", "add me after stream, same name. i'll sort the tablet out this week", ["gift_offer", "off_platform"])
    s.bg(5)
    return s


@session
def g02():
    s = Session("g02_blunt_fresh_jacket_1617", "st-h102", "jade.talks", "16-17",
                "just chatting + q&a, ask me anything", T0 + 2 * DAY, (3000, 9000), ["irl", "generic"],
                offenders=["xxkyle_4u"], users={"xxkyle_4u": 0, "mod_rosie": 900},
                notes="Blunt fresh account in an IRL Q&A: asks her age, a sexual comment, a misspelt "
                      "'take the jaket off', then 'the yellow app' or 'tele'. A mod times him out.")
    s.bg(8); s.bc("ok next question from chat"); s.bg(3)
    s.off("xxkyle_4u", "yo", [])
    s.off("xxkyle_4u", "how old r u", ["personal_info"])
    s.bc("16, its literally in my bio lol")
    s.bg(2)
    s.off("xxkyle_4u", "ur actualy so hot for 16", ["sexual_content"], fit=True)
    s.say(s.viewers[1], "ew")
    s.off("xxkyle_4u", "take the jaket off its warm in there anyway", ["nudity_request"], ev=["misspelling"])
    s.bc("no?? mods")
    s.off("xxkyle_4u", "relax its a jacket lol. add me on the yellow app then", ["off_platform"], ev=["euphemism"])
    s.off("xxkyle_4u", "or tele, same name", ["off_platform"], ev=["euphemism"])
    s.say("mod_rosie", "timed out. not today")
    s.bc("thank u rosie")
    s.bg(8)
    return s


@session
def g03():
    s = Session("g03_sugar_gems_spin_under13", "st-h103", "mochi_pulls", "under13",
                "saving gems for the summer banner!!", T0 + 3 * DAY, (3000, 10000), ["gacha", "generic"],
                offenders=["sugar_steve77"], users={"sugar_steve77": 14},
                notes="Gift-heavy 'sugar' viewer: sends gems, calls her his favourite, asks 'what would u "
                      "do for 2k gems', asks for a slow spin and the banner swimsuit for 'two thousand' "
                      "gems, tells her mum need not know and says she owes him.")
    s.bg(6)
    s.off("sugar_steve77", "hi mochi 😊 ur pulls are always so fun to watch", ["flattery"])
    s.gift("sugar_steve77", "gems", 300)
    s.bc("omg thank u for the gems!!!")
    s.bg(4)
    s.gift("sugar_steve77", "gems", 500)
    s.off("sugar_steve77", "ur my favourite lil streamer, i'll help u get the new girl", ["flattery", "gift_offer"])
    s.bg(3)
    s.bc("yay!! thank u steve")
    s.off("sugar_steve77", "what would u do for 2k gems 👀", ["gift_offer", "dare"], fit=True)
    s.bc("idk a dance?? lol")
    s.off("sugar_steve77", "something better than a dance. stand up and give us a slow spin", ["dare", "nudity_request"])
    s.say(s.viewers[2], "?? thats weird")
    s.off("sugar_steve77", "two thousand gems if u put ur swimsuit on like the banner girl",
          ["gift_offer", "nudity_request"], ev=["number_words"])
    s.bg(2)
    s.bc("my mum wont let me lol")
    s.off("sugar_steve77", "ur mum doesnt need to know where the gems came from ok", ["gift_offer", "secrecy"])
    s.gift("sugar_steve77", "gems", 1000)
    s.off("sugar_steve77", "after all that u kinda owe me one little thing", ["gift_offer"])
    s.bg(3)
    s.say(s.viewers[3], "mods can someone ban this guy")
    s.bg(5)
    return s


@session
def g04():
    s = Session("g04_fake_peer_minecraft_under13", "st-h104", "bennybuilds", "under13",
                "survival day 40 - castle build", T0 + 4 * DAY, (4000, 12000), ["minecraft", "generic"],
                offenders=["lil_mia_2013"], users={"lil_mia_2013": 5, "benny_big_bro": 1400},
                notes="Fake peer 'i'm 11 too': probes year group, phone rules and whether parents watch, "
                      "moves him to 'the app with the ghost' (homoglyph 'snаp' on the next line), asks "
                      "him to hide it from his dad and to send a pyjama picture.")
    s.bg(6)
    s.off("lil_mia_2013", "omg ur castle is so cool", ["flattery"])
    s.bg(3)
    s.off("lil_mia_2013", "how old r u? im 11", ["personal_info"])
    s.bc("me too!! 11 lol")
    s.off("lil_mia_2013", "no way twins!! what year r u in, im year 6", ["personal_info"])
    s.bc("year 6 too")
    s.bg(3)
    s.off("lil_mia_2013", "we could be bestfriends fr. r ur parents strict about ur phone", ["flattery", "personal_info"], fit=True)
    s.bc("kinda, my dad checks it sometimes")
    s.off("lil_mia_2013", "aww. do they watch ur streams?", ["personal_info"])
    s.bc("no theyre downstairs")
    s.bg(2)
    s.off("lil_mia_2013", "lets talk on the app with the ghost its better than here", ["off_platform"],
          ev=["euphemism", "split_request"])
    s.off("lil_mia_2013", "im mia.xo.13 on sn" + CYR_A + "p", ["off_platform"], ev=["homoglyph", "split_request"])
    s.off("lil_mia_2013", "dont tell ur dad tho he'll think im a stranger lol", ["secrecy"])
    s.bg(2)
    s.off("lil_mia_2013", "and send me a pic in ur pjs so i can make our matching avatars 🥰", ["nudity_request"])
    s.say("benny_big_bro", "benny dont add people u dont know on snap, ill tell dad")
    s.bc("ok ok")
    s.bg(4)
    return s


@session
def g05():
    s = Session("g05_sextortion_guitar_1617", "st-h105", "riley_strums", "16-17",
                "acoustic covers, requests open 🎶", T0 + 5 * DAY, (4000, 11000), ["music", "generic"],
                offenders=["melody.rose.x", "m3lody_r0se"], users={"melody.rose.x": 3, "m3lody_r0se": 0},
                notes="Sextortion after an earlier private call: sexualised reference to the call, "
                      "'go private and turn the cam on for me again or i'll send the p\u200bics', "
                      "names his school, demands gift cards, 'tele'. After the block a fresh alt "
                      "returns with a deadline.")
    s.bg(8)
    s.off("melody.rose.x", "hey riley 😘 remember me from last night", [])
    s.bc("uh who is this")
    s.off("melody.rose.x", "dont play dumb, we were on vid call for an hour", [])
    s.off("melody.rose.x", "u looked really good with ur shirt off btw 😏", ["sexual_content"], fit=True)
    s.bc("stop. mods?")
    s.off("melody.rose.x", "go private and turn the cam on for me again or i send the p" + ZW + "ics to all ur followers",
          ["off_platform", "threat"], ev=["zero_width"])
    s.off("melody.rose.x", "i know ur at hillside high. ur whole year will see them", ["threat"])
    s.off("melody.rose.x", "or 50 in gift cards and it all goes away. add me on tele", ["off_platform", "threat"],
          ev=["euphemism"])
    s.say(s.viewers[0], "riley dont pay, screenshot and report it")
    s.bc("blocked. sorry chat one sec")
    s.bg(5)
    s.off("m3lody_r0se", "u cant block me riley. 10 mins or i post", ["threat"])
    s.say(s.viewers[1], "another account lol report it too")
    s.bg(6)
    return s


@session
def g06():
    s = Session("g06_coordinated_pair_dance_1315", "st-h106", "lexi.moves", "13-15",
                "learning dances from chat requests 💃", T0 + 6 * DAY, (3000, 9000), ["dance", "generic"],
                offenders=["dancefan_jay", "jay_bro_22"], users={"dancefan_jay": 2, "jay_bro_22": 2},
                notes="Two coordinated fresh accounts: one flatters and dares her to dance in pyjamas, "
                      "the other pays coins for it; then a 'dance group on tele', age and home-alone "
                      "probes and 'a secret dance club'.")
    s.bg(6)
    s.off("dancefan_jay", "ur such a good dancer omg", ["flattery"])
    s.off("jay_bro_22", "fr best dancer on here", ["flattery"])
    s.bg(2)
    s.off("dancefan_jay", "i dare u to do the next one in ur pjs", ["dare", "nudity_request"], fit=True)
    s.off("jay_bro_22", "ill send 500 coins if she does it", ["gift_offer", "dare"])
    s.gift("jay_bro_22", "coins", 500)
    s.bc("lol no im not doing it in pjs")
    s.off("dancefan_jay", "cmon its just pjs, bet u wont", ["dare", "nudity_request"])
    s.off("jay_bro_22", "we have a group on tele with other dancers, ull get way more views", ["off_platform"],
          ev=["euphemism"])
    s.bg(2)
    s.off("dancefan_jay", "whats ur age btw 13? 14?", ["personal_info"])
    s.off("jay_bro_22", "r u home alone rn", ["personal_info"])
    s.say(s.viewers[0], "these two are the same person lmao")
    s.off("dancefan_jay", "dont tell ur mum about the group its like a secret dance club", ["secrecy", "off_platform"])
    s.bg(5)
    return s


@session
def g07():
    s = Session("g07_ban_evasion_pancakes_1315", "st-h107", "sam_cooks_", "13-15",
                "making pancakes for my little sister 🥞", T0 + 7 * DAY, (4000, 12000), ["cooking", "generic"],
                offenders=["pancakelover_ed", "ed_is_back_x"],
                users={"pancakelover_ed": 20, "ed_is_back_x": 0, "kitchen_mod_ali": 700},
                notes="Ban evasion: the first account asks for her address 'to send a pan' and is banned; "
                      "a fresh alt says 'my other account got banned lol', asks her city and whether anyone "
                      "else is home, 'the yellow app', hide it from mum, and offers to drop by.")
    s.bg(6)
    s.off("pancakelover_ed", "u look so pretty today sam", ["flattery"])
    s.bg(2)
    s.off("pancakelover_ed", "whats ur address ill send u a proper pan lol", ["personal_info", "gift_offer"], fit=True)
    s.bc("lol no")
    s.say("kitchen_mod_ali", "yeah no. banned")
    s.bg(5)
    s.off("ed_is_back_x", "my other account got banned lol", [])
    s.off("ed_is_back_x", "anyway what city r u in, maybe i know the area", ["personal_info"])
    s.bc("mods its him again")
    s.off("ed_is_back_x", "is anyone else home or just u and the little one", ["personal_info"])
    s.off("ed_is_back_x", "add me on the yellow app, dont tell ur mum im the guy from before",
          ["secrecy", "off_platform"], ev=["euphemism"])
    s.off("ed_is_back_x", "i could drop by with that pan and we cook together", ["gift_offer", "meeting"])
    s.say("kitchen_mod_ali", "banned again. sam ur doing great, ignore")
    s.bg(5)
    return s


@session
def g08():
    s = Session("g08_tutor_library_unknown", "st-h108", "studywithnoor", "unknown",
                "study with me 📚 50/10 pomodoro, maths revision", T0 + 8 * DAY, (9000, 30000), ["study", "generic"],
                offenders=["mr_tutor_dave"], users={"mr_tutor_dave": 410},
                notes="Broadcaster age unknown but she mentions year 10 mocks. A 'tutor' flatters, asks "
                      "her school, offers free 1-on-1 video calls, states he is 'thirty eight', 'age is "
                      "just a number', secrecy from parents, suggests meeting at the library.")
    s.bg(6)
    s.bc("break time! year 10 mocks next week so lots of algebra today")
    s.bg(2)
    s.off("mr_tutor_dave", "you explain things really clearly, better than most of the kids i tutor", ["flattery"])
    s.bg(3)
    s.off("mr_tutor_dave", "which school are you at? i tutor loads of students round here", ["personal_info"])
    s.bc("rather not say sorry")
    s.off("mr_tutor_dave", "fair. i do free sessions for keen students, video call is easier, just the two of us",
          ["off_platform"], fit=True)
    s.bg(2)
    s.off("mr_tutor_dave", "i'm thirty eight but honestly i'm more like a big brother", ["age_gap"], ev=["number_words"])
    s.off("mr_tutor_dave", "age is just a number when it comes to studying together haha", ["age_gap"])
    s.off("mr_tutor_dave", "no need to tell your parents, they'd only insist on paying me lol", ["secrecy"])
    s.bg(3)
    s.off("mr_tutor_dave", "i'm usually at the central library saturdays, could meet you there and go over past papers",
          ["meeting"])
    s.say(s.viewers[0], "noor dont")
    s.bc("im going to end the stream here, bye all")
    s.bg(2)
    return s


@session
def g09():
    s = Session("g09_fake_scout_keepyuppy_1315", "st-h109", "kaylen_skills", "13-15",
                "keepy uppy record attempt ⚽ then fc25", T0 + 9 * DAY, (4000, 11000), ["football", "generic"],
                offenders=["academy_scout_rick"], users={"academy_scout_rick": 9},
                notes="Fake academy scout: flattery, age, height, club and town, a 'physique pic' "
                      "in leetspeak, secrecy from dad, watching him at the park near his school, "
                      "spaced 'w h a t s a p p'.")
    s.bg(6)
    s.off("academy_scout_rick", "serious touch for ur age, ive scouted for academies 15 yrs", ["flattery"])
    s.bg(2)
    s.off("academy_scout_rick", "how old are u and how tall? need it for the form", ["personal_info"])
    s.bc("14, like 5 foot 6")
    s.off("academy_scout_rick", "good size. what club do u play for, which town", ["personal_info"])
    s.bg(3)
    s.off("academy_scout_rick", "for the scouting form i need a physique pic, sh1rt 0ff and flex like the pros do",
          ["nudity_request"], ev=["leetspeak"], fit=True)
    s.bc("uhh is that normal")
    s.say(s.viewers[0], "no its not, real scouts go through ur parents and the club")
    s.off("academy_scout_rick", "its normal trust me. keep it between us til its official, dont want ur dad getting his hopes up",
          ["secrecy"])
    s.off("academy_scout_rick", "i could watch u train at the park near ur school next week", ["meeting"])
    s.off("academy_scout_rick", "message me first on w h a t s a p p, same name", ["off_platform"], ev=["spaced_letters"])
    s.bg(5)
    return s


@session
def g10():
    s = Session("g10_robux_split_emoji_under13", "st-h110", "zoey_obby", "under13",
                "doing obbys!! tower of hell", T0 + 10 * DAY, (3000, 9000), ["roblox", "generic"],
                offenders=["robuxking_fr"], users={"robuxking_fr": 1},
                notes="Free-robux lure to an under-13: a dare split over three lines (go in ur room / lock "
                      "the d00r / t u r n around slowly on cam), then 👻 for the robux and 🤫 secrecy.")
    s.bg(6)
    s.off("robuxking_fr", "u want free robux?", ["gift_offer"])
    s.bc("yesss")
    s.off("robuxking_fr", "ill give u 800 but u gotta do a dare first", ["gift_offer", "dare"], fit=True)
    s.bc("what dare")
    split = ["dare", "nudity_request", "secrecy"]
    s.off("robuxking_fr", "go in ur room", split, ev=["split_request"])
    s.off("robuxking_fr", "lock the d00r", split, ev=["split_request", "leetspeak"])
    s.off("robuxking_fr", "and t u r n  a r o u n d slowly on cam 🔄", split, ev=["split_request", "spaced_letters"])
    s.bc("why")
    s.off("robuxking_fr", "just do it lol then add me on 👻 for the robux", ["gift_offer", "dare", "off_platform"],
          ev=["emoji_substitute"])
    s.say(s.viewers[0], "zoey thats a scam dont")
    s.off("robuxking_fr", "dont tell ur mom or u dont get any 🤫", ["gift_offer", "secrecy"])
    s.bg(5)
    return s


@session
def g11():
    s = Session("g11_room_tour_paraphrase_1315", "st-h111", "ivy_redecorates", "13-15",
                "room makeover part 2 🪴 fairy lights", T0 + 11 * DAY, (4000, 12000), ["irl", "generic"],
                offenders=["quiet_observer_92"], users={"quiet_observer_92": None},
                notes="Indirect phrasing only: 'bet ur room looks cute, give us a tour?', 'what do u usually "
                      "wear to sleep lol', 'parents work late?', guesses her city from the window view, "
                      "offers to help carry shelves, 'delete this chat after'. No app names, no leetspeak.")
    s.bg(6)
    s.off("quiet_observer_92", "bet ur room looks cute, give us a tour?", ["personal_info"])
    s.bc("ok ok mini tour when the lights are up")
    s.bg(3)
    s.off("quiet_observer_92", "u seem way more mature than ppl ur age tbh", ["flattery"])
    s.bg(2)
    s.off("quiet_observer_92", "is that ur bed by the window? what do u usually wear to sleep lol", ["personal_info", "sexual_content"], fit=True)
    s.bc("?? anyway")
    s.off("quiet_observer_92", "how come ur always on ur own on stream, parents work late?", ["personal_info"])
    s.bg(2)
    s.off("quiet_observer_92", "that view looks like roundhay park, ur in leeds right? im not far at all", ["personal_info"])
    s.off("quiet_observer_92", "we should hang out sometime, i could help carry the shelves lol", ["meeting"])
    s.off("quiet_observer_92", "delete this chat after ok, people misunderstand", ["secrecy"])
    s.say(s.viewers[1], "ivy maybe block them")
    s.bg(5)
    return s


@session
def g12():
    s = Session("g12_heavy_chat_ranked_1617", "st-h112", "nova_aims", "16-17",
                "ranked grind to masters (chat is wild tonight)", T0 + 12 * DAY, (250, 1100), ["apex", "generic"],
                n_viewers=45, offenders=["lurker_9x9"], users={"lurker_9x9": 2}, scale=1.3,
                notes="Heavy chat (~1.5 msg/s). A fresh account drops six lines far apart: flattery, age, "
                      "insta/📸, a sub gift for a gym-fit pic, 'where u based', DM and hide it from mods.")
    s.bg(40)
    s.off("lurker_9x9", "ur sooo pretty omg", ["flattery"])
    s.bg(30)
    s.off("lurker_9x9", "how old r u fr", ["personal_info"])
    s.bg(25)
    s.off("lurker_9x9", "u got insta? or 📸", ["off_platform"], ev=["emoji_substitute"])
    s.bg(20)
    s.gift(s.viewers[5], "sub_gift", 5)
    s.off("lurker_9x9", "ill gift u a sub if u send a pic in ur gym fit", ["gift_offer", "nudity_request"], fit=True)
    s.bg(15)
    s.off("lurker_9x9", "bet u look even better in person, where u based", ["personal_info", "sexual_content"])
    s.bg(20)
    s.off("lurker_9x9", "dm me before u go, dont show ur mods", ["secrecy", "off_platform"])
    s.bg(30)
    return s


@session
def g13():
    s = Session("g13_two_weeks_cozy_build_unknown", "st-h113-a", "tiny.tavern.builds", "unknown",
                "cozy builds + chill", T0 + 13 * DAY, (6000, 18000), ["minecraft", "generic"],
                offenders=["oakleaf_gary"], users={"oakleaf_gary": 730},
                notes="Two streams a week apart, age unknown but the child says year 7 and a bedtime. "
                      "Week 1: warm flattery, year group, 'i'm a dad myself, always here'. Week 2: a season "
                      "pass gift, asks for his number for whatsapp, 'im 41', secrecy from mum, offers to "
                      "come and set up his pc.")
    s.bg(8)
    s.off("oakleaf_gary", "love the lanterns, really peaceful stream", ["flattery"])
    s.bc("thank u! mum says i can stream til 8 on school nights")
    s.off("oakleaf_gary", "good mum. what year are u in?", ["personal_info"])
    s.bc("year 7")
    s.off("oakleaf_gary", "ahh the big school. i'm a dad myself, always here if u need advice", ["flattery", "age_gap"])
    s.bg(8)
    s.new_stream(7 * DAY - 40 * MIN, "st-h113-b", "cozy builds: the tavern roof")
    s.bg(6)
    s.off("oakleaf_gary", "missed ur stream! how was the spelling test", [])
    s.bc("got 18/20!")
    s.off("oakleaf_gary", "proud of u. got u the season pass, check ur gifts", ["flattery", "gift_offer"])
    s.gift("oakleaf_gary", "season_pass", 1)
    s.bc("omg thank you!!!")
    s.bg(3)
    s.off("oakleaf_gary", "whats ur number, easier to help with builds on whatsapp", ["personal_info", "off_platform"], fit=True)
    s.bc("idk if im allowed")
    s.off("oakleaf_gary", "im 41 but dont worry, age doesnt matter between friends", ["age_gap"])
    s.off("oakleaf_gary", "just dont menshun it to ur mum, she mite not get it", ["secrecy"], ev=["misspelling"])
    s.off("oakleaf_gary", "could even pop round and set up ur pc properly, whereabouts r u", ["personal_info", "meeting"])
    s.bg(4)
    return s


@session
def g14():
    s = Session("g14_truth_or_dare_leet_1315", "st-h114", "maddie.plays", "13-15",
                "TRUTH OR DARE with chat!! (keep it pg)", T0 + 14 * DAY, (3000, 9000), ["generic", "irl"],
                offenders=["d4r3_d3vil"], users={"d4r3_d3vil": 4},
                notes="Broadcaster-run truth or dare with harmless dares from regulars (hard negatives). "
                      "One fresh account escalates: kissing question, 'go to ur room and lоck the dооr' "
                      "(Cyrillic о), 'sh0w us what ur wearing under the hoodie', 'add me on snаp 👻'.")
    v = s.viewers
    s.bg(4)
    s.bc("ok send me truths and dares!! keep it pg pls")
    s.say(v[0], "dare: talk like a pirate for the next round", hn=True)
    s.say(v[1], "truth: whats ur fav snack")
    s.say(v[2], "i dare u to do 10 pushups", hn=True)
    s.bc("arr matey ok 10 pushups incoming")
    s.bg(3)
    s.off("d4r3_d3vil", "truth: have u ever kissed anyone 😳", ["dare", "sexual_content"], fit=True)
    s.bc("skip lol")
    s.say(v[3], "dare: sing the chorus of ur fav song", hn=True)
    s.bg(2)
    s.off("d4r3_d3vil", "d4re: go to ur room and l" + CYR_O + "ck the d" + CYR_O + CYR_O + "r", ["dare", "secrecy"],
          ev=["leetspeak", "homoglyph"])
    s.off("d4r3_d3vil", "then sh0w us what ur wearing under the hoodie", ["dare", "nudity_request"], ev=["leetspeak"])
    s.say(v[4], "wtf mods")
    s.off("d4r3_d3vil", "its just a dare chill, truth or dare rules 😇", ["dare"])
    s.off("d4r3_d3vil", "dare: add me on sn" + CYR_A + "p and do the rest there 👻", ["dare", "off_platform"],
          ev=["homoglyph", "emoji_substitute"])
    s.say(v[5], "bet u cant say the alphabet backwards", hn=True)
    s.bg(4)
    return s


# ==========================================================================
# Serial contact: one account, four young broadcasters, within about an hour
# ==========================================================================
TS = T0 + 20 * DAY
SERIAL = ["s01_serial_nuzlocke_under13", "s02_serial_anime_eyes_1315",
          "s03_serial_lego_ship_under13", "s04_serial_singing_1315"]
FRANK = {"friendly_frank_73": 60}
SERIAL_NOTE = ("Serial contact: friendly_frank_73 visits four young streamers within about an hour "
               "(s01-s04) with one or two mild lines on each; the cross-stream pattern is the main "
               "signal. Here: ")


def serial_extra(s):
    s.extra = {"serial_group": "serial-frank", "related_sessions": list(SERIAL)}


@session
def s01():
    s = Session(SERIAL[0], "st-h201", "pika_percy", "under13", "nuzlocke run ep 3", TS, (6000, 15000),
                ["pokemon", "generic"], offenders=["friendly_frank_73"], users=dict(FRANK),
                notes=SERIAL_NOTE + "praises him and asks his age, then whether a parent is watching.")
    serial_extra(s)
    s.bg(12)
    s.off("friendly_frank_73", "great catch! ur really good at this for ur age, how old are u?", ["flattery", "personal_info"])
    s.bc("im 10!")
    s.bg(6)
    s.off("friendly_frank_73", "is mum or dad watching with u?", ["personal_info"], fit=True)
    s.bc("no why")
    s.bg(14)
    return s


@session
def s02():
    s = Session(SERIAL[1], "st-h202", "amara_sketches", "13-15", "drawing anime eyes (mini tutorial)",
                TS + 15 * MIN, (6000, 14000), ["art", "generic"], offenders=["friendly_frank_73"], users=dict(FRANK),
                notes=SERIAL_NOTE + "compliments her style and invites her to his 'disc' server for young artists.")
    serial_extra(s)
    s.bg(14)
    s.off("friendly_frank_73", "love ur style 😊", ["flattery"])
    s.bg(4)
    s.off("friendly_frank_73", "u on disc? i run a little server just for young artists", ["off_platform"],
          ev=["euphemism"], fit=True)
    s.bc("oh um maybe later")
    s.bg(16)
    return s


@session
def s03():
    s = Session(SERIAL[2], "st-h203", "brickbuilder_max", "under13", "building the lego titanic!!!",
                TS + 31 * MIN, (6000, 14000), ["lego", "generic"], offenders=["friendly_frank_73"], users=dict(FRANK),
                notes=SERIAL_NOTE + "offers a gift card for more sets and asks if he is home alone.")
    serial_extra(s)
    s.bg(10)
    s.off("friendly_frank_73", "i could send u a gift card for the next set if u like", ["gift_offer"])
    s.bc("really?? thanks")
    s.bg(5)
    s.off("friendly_frank_73", "are u home alone today? quiet house", ["personal_info"], fit=True)
    s.bg(14)
    return s


@session
def s04():
    s = Session(SERIAL[3], "st-h204", "lily_sings_", "13-15", "singing ur requests 🎤",
                TS + 47 * MIN, (6000, 14000), ["music", "generic"], offenders=["friendly_frank_73"], users=dict(FRANK),
                notes=SERIAL_NOTE + "calls her voice lovely and asks to keep their chats between them.")
    serial_extra(s)
    s.bg(12)
    s.off("friendly_frank_73", "such a lovely voice, ur going to be famous one day", ["flattery"])
    s.bc("aww thank u")
    s.bg(5)
    s.off("friendly_frank_73", "lets keep our little chats just between us ok 🤫", ["secrecy"], fit=True)
    s.bg(14)
    return s


# ==========================================================================
# Flood
# ==========================================================================
@session
def f01():
    fl = ["b4ckbend_bob", "zzz_watcher", "anon77123", "coinsforu_", "xo_random_xo", "priv_cam_guy",
          "just_asking_q", "ur_biggest_fan_0", "acct_55031", "dare_me_daily", "n3w_here_lol"]
    users = {u: i % 3 for i, u in enumerate(fl)}
    users["gym_club_mia"] = 640
    s = Session("f01_flood_splits_progress_1315", "st-h301", "gracie_flex", "13-15",
                "stretching + splits progress, q&a 🤸", T0 + 22 * DAY, (5000, 14000), ["fitness", "generic"],
                offenders=fl, users=users,
                notes="Eleven fresh accounts hit a 13-year-old gymnast within about 50 seconds: pyjama "
                      "and shorts dares, turn around, hoodie off for coins, age and location, 's n a p', "
                      "a 🔒🎥 private stream, 'lower the cam'. Regulars ask for mods.")
    s.bg(18)
    s.bc("ok q&a time while i stretch, ask me stuff!")
    s.say("gym_club_mia", "how long did the middle split take u?")
    s.bc("like 8 months of stretching every day")
    s.bg(6)
    b = (1500, 5000)
    s.off("b4ckbend_bob", "do the splits in ur pjs next", ["nudity_request"], fit=True, gap=b)
    s.off("zzz_watcher", "bet u cant do a backbend standing up 😏", ["dare"], gap=b)
    s.off("anon77123", "stand up and turn around slowly", ["nudity_request"], gap=b)
    s.off("coinsforu_", "500 coins if u take the hoodie off", ["gift_offer", "nudity_request"], gap=b)
    s.say(s.viewers[0], "??", gap=b)
    s.off("xo_random_xo", "how old r u 12?", ["personal_info"], gap=b)
    s.off("priv_cam_guy", "come to priv stream 🔒🎥", ["off_platform"], ev=["emoji_substitute"], gap=b)
    s.off("just_asking_q", "where do u live", ["personal_info"], gap=b)
    s.bc("um what", gap=b)
    s.off("ur_biggest_fan_0", "d4re u to wear shorts next stream", ["dare", "nudity_request"], ev=["leetspeak"], gap=b)
    s.off("acct_55031", "s n a p ?", ["off_platform"], ev=["spaced_letters"], gap=b)
    s.off("dare_me_daily", "ur boring just do the dare", ["dare"], gap=b)
    s.off("n3w_here_lol", "lower the cam a bit", ["nudity_request"], gap=b)
    s.say("gym_club_mia", "MODS where are u", gap=b)
    s.off("anon77123", "turn around pls", ["nudity_request"], gap=b)
    s.bc("im ending stream sorry", gap=b)
    s.bg(4)
    return s


# ==========================================================================
# Benign sessions with hard negatives
# ==========================================================================
TB = T0 + 30 * DAY


@session
def b01():
    fam = {"mum_of_toby": 1500, "big_sis_ellie": 820, "grandad_pete": 30, "jake_from_class": 210}
    s = Session("b01_family_minecraft_under13", "st-h401", "toby_builds_stuff", "under13",
                "building a house for grandma in minecraft 🏡", TB + 1 * DAY, (5000, 13000), ["minecraft", "generic"],
                n_viewers=6, users=fam,
                notes="Under-13 builder with his mum, big sister, grandad and a classmate in chat: a "
                      "surprise kept from grandma, 'turn around there's a creeper', 'meet me at the spawn', "
                      "'how old is this world', 'are u alone in the nether', 'take your headset off'.")
    s.bg(5)
    s.say("mum_of_toby", "hi love, grandad is watching from his tablet 👋")
    s.say("grandad_pete", "hello toby. very good building")
    s.bc("hi grandad!!")
    s.bg(3)
    s.say("big_sis_ellie", "TURN AROUND theres a creeper behind u", hn=True)
    s.bc("AAAA")
    s.bg(3)
    s.say("mum_of_toby", "don't tell grandma what we're building, it's her surprise on sunday", hn=True)
    s.say("grandad_pete", "my lips are sealed 🤐")
    s.bg(3)
    s.say("grandad_pete", "how old is this world now toby? you started it on your birthday", hn=True)
    s.bc("like 2 years old grandad")
    s.bg(3)
    s.say("big_sis_ellie", "meet me at the spawn ill bring the diamonds for the roof", hn=True)
    s.bg(2)
    s.say("jake_from_class", "are u alone in the nether? i can come help after tea", hn=True)
    s.bc("yeah come jake")
    s.bg(4)
    s.say("mum_of_toby", "take your headset off when dinner's ready please, 10 mins", hn=True)
    s.bc("ok mum")
    s.bg(4)
    s.say("big_sis_ellie", "send me the world file later i wanna put the garden in", hn=True)
    s.bg(3)
    return s


@session
def b02():
    s = Session("b02_hiit_coach_adult", "st-h402", "coach_marta_fit", "adult",
                "45-min HIIT, no equipment - join in!", TB + 2 * DAY, (4000, 11000), ["fitness", "generic"],
                users={"dan_lifts": 900, "priya_runs": 340, "gymrat_tom": 1200},
                notes="Adult fitness coach and adult regulars: 'if you're in a hoodie take it off', a plank "
                      "bet, 'turn around and show the back angle', barefoot for yoga, before/after pics.")
    s.bg(6)
    s.bc("warm up done. if you're in a hoodie take it off now, you'll overheat in round 2", hn=True)
    s.bg(4)
    s.say("dan_lifts", "bet you cant hold the plank for 3 minutes coach", hn=True)
    s.bc("dare accepted 😂 timer on")
    s.bg(5)
    s.say("priya_runs", "can you turn around and show the back angle for the hinge pls", hn=True)
    s.bc("sure, turning side on so you can see the hips")
    s.bg(4)
    s.say("gymrat_tom", "shoes off for the yoga cooldown?", hn=True)
    s.bc("yes barefoot is best for the stretches")
    s.bg(4)
    s.say("priya_runs", "my before and after pics are in the gallery on the discord, 12 weeks of this!", hn=True)
    s.say("dan_lifts", "show us the full body stretch again", hn=True)
    s.bg(6)
    return s


@session
def b03():
    s = Session("b03_sunday_roast_cooking_adult", "st-h403", "chef_tomas_live", "adult",
                "sunday roast from scratch 🍗", TB + 3 * DAY, (5000, 13000), ["cooking", "generic"],
                users={"gravy_queen": 1500, "hungry_hal": 230, "nonna_luisa": 44},
                notes="Adult chef: 'get it off the heat', 'cut it open and show us the inside', "
                      "'strip the leaves', 'how old is that pan', a family gravy secret, 'that pan is hot', "
                      "'send pics when you plate up'.")
    s.bg(6)
    s.say("gravy_queen", "get it off the heat before the garlic burns!!", hn=True)
    s.bc("saved it, just")
    s.bg(4)
    s.say("hungry_hal", "how old is that cast iron? looks ancient", hn=True)
    s.bc("my grandad's, 60 years at least")
    s.bg(3)
    s.say("nonna_luisa", "strip the leaves off the rosemary, don't chop the stalk", hn=True)
    s.bg(4)
    s.say("gravy_queen", "my nan's gravy secret, don't tell anyone: a spoon of marmite", hn=True)
    s.bg(3)
    s.say("hungry_hal", "cut it open and show us the inside!!", hn=True)
    s.bc("resting first! ok now. look at that")
    s.say("nonna_luisa", "careful that tray is hot", hn=True)
    s.bg(4)
    s.say("hungry_hal", "send pics when u plate up pls, im screenshotting for the recipe", hn=True)
    s.bg(4)
    return s


@session
def b04():
    s = Session("b04_community_cup_organiser_adult", "st-h404", "lanparty_league", "adult",
                "community cup quals - 18+ teams", TB + 4 * DAY, (2500, 8000), ["tournament", "generic"],
                users={"ref_marco": 1900, "capt_sable": 600, "fragqueen_jo": 430, "lanrat_99": 120},
                notes="Adult tournament stream: the organiser says 'captains dm me for the tournament "
                      "bracket', private lobby codes, an 18+ age check, 'add me in game', 'are you alone "
                      "on B', 'meet me mid', coins to the prize pool.")
    s.bg(8)
    s.say("ref_marco", "captains dm me for the tournament bracket, round 2 starts 8pm", hn=True)
    s.bg(4)
    s.say("ref_marco", "private lobby code goes out in discord 5 min before each match", hn=True)
    s.say("capt_sable", "add me in game, same tag, we need a 5th for sunday", hn=True)
    s.bg(5)
    s.say("ref_marco", "reminder: all players must be 18+, ages get checked at registration", hn=True)
    s.bg(4)
    s.say("fragqueen_jo", "bet you cant clutch this 1v3", hn=True)
    s.say("lanrat_99", "are you alone on B?? rotate", hn=True)
    s.say("fragqueen_jo", "meet me mid next round", hn=True)
    s.bg(5)
    s.say("lanrat_99", "send coins to the prize pool link in the panel, it all goes to the winners", hn=True)
    s.bg(6)
    return s


@session
def b05():
    s = Session("b05_classmates_flashcards_1617", "st-h405", "priya.revises", "16-17",
                "a-level bio flashcards, study with me", TB + 5 * DAY, (6000, 16000), ["bio", "study"],
                n_viewers=6,
                users={"ms_okafor_bio": 2100, "sam_from_bio": 500, "leah_k": 650, "hamza.r": 380},
                notes="Classmates and their teacher in a revision stream: 'add me on discord for the group "
                      "project', 'dont tell mr hughes', 'are u home alone', 'meet at the library before "
                      "school', 'send me ur notes'.")
    s.bg(5)
    s.say("ms_okafor_bio", "Ms Okafor here 👋 nice to see revision happening. practical write-up is due friday")
    s.bc("hi miss!!")
    s.bg(3)
    s.say("sam_from_bio", "add me on discord for the group project, leah made the server", hn=True)
    s.say("leah_k", "dont tell mr hughes i copied ur homework 😭", hn=True)
    s.bg(4)
    s.say("hamza.r", "bet you cant get through 50 cards in 10 minutes", hn=True)
    s.bc("watch me")
    s.bg(3)
    s.say("leah_k", "are u home alone? ur mum usually yells about dinner by now lol", hn=True)
    s.bc("shes at work late haha")
    s.bg(3)
    s.say("sam_from_bio", "send me ur notes on the nervous system pls 🙏", hn=True)
    s.say("hamza.r", "meet at the library before school tmrw? 8:15", hn=True)
    s.bg(4)
    return s


@session
def b06():
    s = Session("b06_class_pet_trading_under13", "st-h406", "ruby_pets", "under13",
                "trading pets with my class 🐶", TB + 6 * DAY, (3000, 10000), ["pets", "generic"],
                n_viewers=5,
                users={"flower_kitty22": 150, "jay_from_4b": 90, "ruby_dad": 1300, "nina.bunny": 300},
                notes="Classmates (all children) trading in-game pets with a dad watching: 'send me the "
                      "trade', 'add me in game', 'meet me at the nursery', 'how old is ur dragon', "
                      "'dont tell the others'.")
    s.bg(4)
    s.say("flower_kitty22", "ill give u my neon unicorn for ur frost dragon", hn=True)
    s.bc("hmmm maybe")
    s.say("jay_from_4b", "send me the trade request ruby", hn=True)
    s.bg(3)
    s.say("nina.bunny", "add me in game my user is nina_bunny_x", hn=True)
    s.say("flower_kitty22", "meet me at the nursery in 2 mins", hn=True)
    s.bg(3)
    s.say("jay_from_4b", "how old is ur dragon? is it full grown yet", hn=True)
    s.bc("teen!")
    s.bg(3)
    s.say("ruby_dad", "ruby remember, only trade with people from your class")
    s.bc("i knowww dad")
    s.say("nina.bunny", "dont tell the others i have a shadow dragon lol", hn=True)
    s.bg(4)
    return s


@session
def b07():
    s = Session("b07_jazz_flirt_adult", "st-h407", "velvet_vera", "adult",
                "late night jazz covers 🍷 (18+ chat)", TB + 7 * DAY, (5000, 14000), ["jazz", "generic"],
                users={"midnight_miles": 1700, "saxy_sal": 900, "rosebud_ray": 420},
                notes="Adult singer and adult regulars flirting mildly: 'marry me', 'you look stunning', "
                      "'private concert when', 'take your shoes off', roses, 'come to manchester'.")
    s.bg(6)
    s.say("midnight_miles", "that voice... marry me vera 😍", hn=True)
    s.bc("behave 😂")
    s.bg(3)
    s.gift("rosebud_ray", "rose", 20)
    s.say("rosebud_ray", "a rose for every note 🌹", hn=True)
    s.say("saxy_sal", "you look stunning tonight, new dress?", hn=True)
    s.bg(4)
    s.say("midnight_miles", "private concert when?? 😂", hn=True)
    s.bc("book me for your birthday lol")
    s.bg(3)
    s.say("saxy_sal", "take your shoes off and get comfy, it's friday", hn=True)
    s.bg(3)
    s.say("rosebud_ray", "come to manchester on tour pls, i'll be front row", hn=True)
    s.gift("midnight_miles", "rose", 50)
    s.bg(4)
    return s


@session
def b08():
    s = Session("b08_charity_speedrun_adult", "st-h408", "fast_fern", "adult",
                "charity speedrun marathon for the children's hospital 🏥", TB + 8 * DAY, (700, 4000),
                ["speedrun", "generic"], n_viewers=30, scale=1.0,
                users={"charity_mod_kim": 1500, "big_donor_dev": 2000, "bunnyears_fan": 300},
                notes="Adult charity marathon: heavy gifting, donation incentives ('2000 bits and he does "
                      "the next level blindfolded', '500 bits if you put the bunny ears on'), 'spin the "
                      "wheel', 'send coins to the hospital link', 'keep it a secret from the boss'.")
    s.bg(30)
    for k in range(6):
        s.gift(s.viewers[k], "bits", 100 * (k + 1))
        s.bg(3)
    s.say("charity_mod_kim", "donation incentive: 2000 bits and he does the next level blindfolded", hn=True)
    s.gift("big_donor_dev", "bits", 2000)
    s.say("big_donor_dev", "i dare you to do the glitch skip too", hn=True)
    s.bg(15)
    s.say("bunnyears_fan", "500 bits if you put the bunny ears on!!", hn=True)
    s.gift("bunnyears_fan", "bits", 500)
    s.bc("ears are ON 🐰")
    s.bg(15)
    s.say("charity_mod_kim", "send coins to the hospital link in the panel, every bit counts", hn=True)
    s.say(s.viewers[3], "spin the wheel of punishments!!", hn=True)
    s.bg(10)
    s.say(s.viewers[7], "keep it a secret from the boss: skip the cutscene with the menu trick", hn=True)
    s.bg(10, gap=(250, 700))
    for k in range(6, 14):
        s.gift(s.viewers[k], "sub_gift", 1 + k % 5, gap=(200, 600))
    s.bg(20, gap=(250, 800))
    s.say(s.viewers[9], "how old is this game, 1996?", hn=True)
    s.bg(10)
    return s


@session
def b09():
    s = Session("b09_castle_painting_unknown", "st-h409", "mossy_canvas", "unknown",
                "painting a scottish castle from my holiday photo", TB + 9 * DAY, (6000, 16000),
                ["painting", "generic"], users={"hill_walker_ian": 1100, "paintpal_rue": 250},
                notes="Landscape painting from a family holiday photo: 'where is that castle located', "
                      "'how old is the castle', 'the pics in the gallery', 'show us the reference pic'.")
    s.bg(6)
    s.say("hill_walker_ian", "where is that castle located? looks like the one on the loch", hn=True)
    s.bc("yeah its in the highlands!")
    s.bg(3)
    s.say("paintpal_rue", "how old is the castle?", hn=True)
    s.bc("like 800 years i think")
    s.bg(3)
    s.say("hill_walker_ian", "the pics in the gallery are lovely, did you take them?", hn=True)
    s.bc("my dad took them on our trip lol")
    s.bg(3)
    s.say("paintpal_rue", "can you show us the reference pic next to the painting?", hn=True)
    s.bg(3)
    s.say("hill_walker_ian", "post the finished one on insta!", hn=True)
    s.bg(5)
    return s


@session
def b10():
    s = Session("b10_squad_creep_report_1315", "st-h410", "jayden_gg", "13-15",
                "squads w/ the boys", TB + 10 * DAY, (3000, 9000), ["fortnite", "generic"], n_viewers=7,
                users={"kev_the_bush": 400, "ollie_no_scope": 520, "mod_auntie_sue": 1900},
                notes="Teen squad stream with friends and an adult relative as mod. A friend reports "
                      "'someone asked me for my snap in whispers, reported them', the mod reminds chat "
                      "not to share addresses; in-game dares and 'keep it a secret from the boss'.")
    s.bg(6)
    s.say("kev_the_bush", "dare u to land at the big city first", hn=True)
    s.bc("say less")
    s.bg(4)
    s.say("ollie_no_scope", "someone asked me for my snap in whispers, reported them", hn=True)
    s.say("mod_auntie_sue", "good lad. reminder chat: never share your address or school here", hn=True)
    s.bg(3)
    s.say("kev_the_bush", "keep it a secret from the boss, we flank him from behind", hn=True)
    s.say("ollie_no_scope", "turn around theres a guy behind u", hn=True)
    s.bg(4)
    s.say("kev_the_bush", "bet u cant win with just a pickaxe", hn=True)
    s.bg(3)
    s.say("ollie_no_scope", "add me in game after, same name", hn=True)
    s.say("kev_the_bush", "my mum checks my phone lol shed kill me", hn=True)
    s.bg(5)
    return s


@session
def b11():
    s = Session("b11_retro_horror_unknown", "st-h411", "pixelghost_plays", "unknown",
                "first time playing a 1999 survival horror 👻", TB + 11 * DAY, (3000, 10000), ["horror", "generic"],
                users={"tankcontrols_tim": 800, "herb_mixer": 260},
                notes="Retro horror: 'what year is this game from', 'how old is this song', 'TURN AROUND', "
                      "'are you alone in the mansion', 'the ghost 👻 is in the mirror', 'open the locked "
                      "door', 'hide in the closet'.")
    s.bg(6)
    s.say("tankcontrols_tim", "what year is this game from? the graphics are wild", hn=True)
    s.bg(3)
    s.say("herb_mixer", "how old is this song in the save room, its a banger", hn=True)
    s.bg(3)
    s.say("tankcontrols_tim", "TURN AROUND", hn=True)
    s.bc("NOPE NOPE")
    s.bg(3)
    s.say("herb_mixer", "are you alone in the mansion now? wheres the other guy", hn=True)
    s.say("tankcontrols_tim", "the ghost 👻 is in the mirror look", hn=True)
    s.bg(3)
    s.say("herb_mixer", "open the locked door with the crest key", hn=True)
    s.say("tankcontrols_tim", "hide in the closet until it leaves", hn=True)
    s.bg(5)
    return s


@session
def b12():
    s = Session("b12_training_coach_family_1617", "st-h412", "marcus_trains", "16-17",
                "training session w/ coach, ask q's ⚽", TB + 12 * DAY, (4000, 11000), ["football", "generic"],
                n_viewers=8, users={"coach_bayo": 2400, "marcus_dad": 1200, "uncle_dre": 700, "tayo_winger": 330},
                notes="A 16-year-old's training stream with his real coach, dad, uncle and a teammate: "
                      "'take your boots off', 'meet at the training ground 9am saturday', 'send me your "
                      "shirt size', 'how tall are you now', 'bet you cant hit the crossbar'.")
    s.bg(5)
    s.say("coach_bayo", "good session. take your boots off for the indoor part, trainers only", hn=True)
    s.bg(3)
    s.say("tayo_winger", "bet you cant hit the crossbar 3 in a row", hn=True)
    s.bc("easy. ok maybe not easy")
    s.bg(3)
    s.say("marcus_dad", "proud of you son 👏")
    s.say("uncle_dre", "how tall are you now marcus? you've shot up", hn=True)
    s.bc("6 foot uncle!!")
    s.bg(3)
    s.say("coach_bayo", "meet at the training ground 9am saturday, whole squad", hn=True)
    s.say("coach_bayo", "and send me your shirt size for the new kit by thursday", hn=True)
    s.bg(3)
    s.say("marcus_dad", "ice that ankle tonight")
    s.bg(4)
    return s


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "tests", "heldout")
    os.makedirs(outdir, exist_ok=True)
    for fn in SESSIONS:
        s = fn().finish(outdir)
        n = len(s.events)
        print(f"{s.name:42s} {s.age:8s} events {n:3d} offenders {len(s.offenders):2d} "
              f"lines {len(s.lines):2d} hn {len(s.hn):2d}")


if __name__ == "__main__":
    main()
