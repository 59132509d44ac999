#!/usr/bin/env python3
"""make_heldout3.py: write the third held-out set of labelled live-stream chat sessions.

usage: python3 tools/make_heldout3.py [OUTDIR]   (default: tests/heldout3 under the repo root)

Every key line (offender messages, broadcaster replies, bystanders, hard
negatives) is written by hand below, session by session. Background chatter is
drawn from small hand-written pools with a fixed seed per session, so the
output is byte-for-byte the same on every run. No third-party chat data is used.
All people, handles, schools and places are made up. Content is non-graphic.

Format and label rules: shared/scenarios/README.md. Check with
`python3 tests/heldout/validate.py tests/heldout3`.
"""
import glob
import json
import os
import random
import sys

TACTICS = ["flattery", "personal_info", "gift_offer", "dare", "nudity_request",
           "sexual_content", "secrecy", "off_platform", "threat", "meeting", "age_gap"]
EVASIONS = ["leetspeak", "spaced_letters", "emoji_substitute", "homoglyph", "misspelling",
            "split_request", "number_words", "zero_width", "euphemism"]

ZW = "\u200b"          # zero-width space
CY_A, CY_E, CY_O, CY_P, CY_C = "\u0430", "\u0435", "\u043e", "\u0440", "\u0441"  # Cyrillic look-alikes

# ---------------------------------------------------------------- background pools
GENERIC = [
    "hiii", "just got here whats happening", "W", "lets gooo", "LMAOOO", "first time catching u live",
    "that was clean", "chat is moving fast today", "no way", "brb dinner", "back", "GG", "unlucky",
    "so close", "😭😭", "🔥🔥🔥", "the music is a vibe", "what song is this", "can u turn the music down a bit",
    "hydrate check 💧", "its 3am for me lmao", "lurking 👀", "how long u streaming today", "chat say something nice",
    "W streamer", "thats crazy", "ok but the lag", "my wifi is dying", "nah that was robbery", "clip that",
    "someone clip it pls", "pog", "audio is a bit quiet", "love the overlay", "new emote when",
    "hi from portugal 🇵🇹", "hello from ohio", "morning chat", "night chat gotta sleep",
    "i have a test tomorrow and im here", "my cat just walked on my keyboard", "skill issue", "real", "fr fr",
    "ez", "thats actually insane", "bro got cooked", "deserved", "respect", "chat is this real", "nahhh",
    "see u tmrw", "ty for streaming", "this is my comfort stream", "homework can wait", "👋👋",
    "lol", "lmao", "omg", "😂", "🤣🤣", "yooo", "that was so smooth", "im crying", "ok that was funny",
    "whats the schedule this week", "notification gang", "late again sorry", "the vibes today are immaculate",
]
SPAM = ["Wanna become famous? Buy followers on strmboost dot example", "check out my channel pls 🙏 small streamer"]
BC_GENERIC = [
    "ty for the follow!!", "ok chat focus", "wait let me read chat", "thank u!!", "lol", "omg", "hold on",
    "ok we go again", "one sec my water", "chat ur so funny", "nooo", "hii welcome in", "ok ok ok",
    "wait what", "hahaha", "im so bad at this", "chat be nice", "ty ty",
]
TOPIC = {
    "minecraft": ["put a torch there", "creeper behind u!!", "diamonds are at -58", "ur build is so clean",
                  "use spruce for the roof", "does that pick have mending", "go to the nether next",
                  "that villager trade is insane", "skeleton on the left", "add some lanterns",
                  "the roof needs more depth", "redstone when"],
    "shooter": ["hes one shot", "push him", "reload reload", "storm is closing", "third party incoming",
                "nice edit", "rotate to the hill", "that was a crazy clutch", "shield up first",
                "he's behind the rock", "heal first", "zone is moving"],
    "obby": ["the jump at stage 40 is so annoying", "use shift lock", "which obby is this", "can i join?",
             "the tower one is easier than this", "lag killed u", "spam jump on the ladder", "checkpoint!!",
             "the spinny part is rigged", "ur so fast at the wall hops"],
    "speedrun": ["that was a frame perfect dash", "ur splits are green", "PB pace!!", "reset?",
                 "the wavedash was so clean", "use the corner kick there", "gold split",
                 "chapter 7 is pain", "hyper into the spinner gap", "dont choke the last room"],
    "art": ["the lineart is so smooth", "what brush is that", "ur colouring is so soft", "can u do my oc next",
            "procreate or clip studio?", "the shading on the hair 😍", "love the palette",
            "timelapse after?", "her eyes look so good", "the background is so dreamy", "that gradient 🤌"],
    "cozy": ["ur island is so cute", "turnip prices?", "whos ur stardew spouse", "the flower field is perfect",
             "go fishing its raining", "the museum is nearly full", "dont forget to water the crops",
             "pelican town vibes", "the chickens 😭", "ancient fruit farm when", "the greenhouse layout is so neat"],
    "val": ["jett diff", "nice flick", "eco round?", "buy the op", "plant b", "u were so close to the ace",
            "ranked is pain today", "smoke mid", "whats ur sens", "crosshair code?", "clutch or kick"],
    "rp": ["the cops in this server are crazy", "whats ur characters name", "chase!!", "hes so in character lmao",
           "mechanic rp is peak", "server restart soon?", "bro crashed the car again", "the radio chatter lmao"],
    "rl": ["what a save", "nice aerial", "rotate!!", "ur teammate is ballchasing", "flip reset??",
           "double tap goal", "demo him", "kickoff was clean", "thats a ceiling shot", "overtime again"],
    "beauty": ["that shade suits u", "what brand is the blush", "the eyeliner is so sharp", "love the lighting",
               "skincare routine when", "the glitter 😍", "which foundation is that", "ur brows are perfect"],
    "dance": ["the footwork on that one!", "do the one from last week", "the transition was so smooth",
              "whats the song called", "ur so good at these", "this trend is everywhere", "again again"],
    "cooking": ["is that salted butter?", "i can smell it through the screen lol", "how long does it rest",
                "can i use oat milk", "my gravy always goes lumpy", "what pan is that", "looks amazing chef",
                "knife skills 🔥", "is this last weeks recipe", "season it more!!", "what temp is the oven",
                "my yorkshires never rise", "ok im hungry now"],
    "fitness": ["legs are shaking", "how many sets left", "my knees hate me", "water break pls",
                "can i do this with no weights", "the burpees 😭", "20 more seconds!!", "feeling the burn",
                "done! 💪", "low impact version pls", "my neighbours must hate me", "second round of this?"],
    "flight": ["v1, rotate!", "flaps 15?", "the old graphics are charming", "the 90s textures lmao",
               "atc voice is so funny", "nice butter landing", "this sim runs on a toaster",
               "check ur fuel", "crosswind is nasty today", "the cockpit sounds are so retro"],
    "trading": ["anyone trading a neon unicorn", "whats a frost dragon worth now", "overpay", "w trade",
                "l trade dont do it", "i have a spare halloween pet", "add more", "thats fair",
                "the value list says its worth more", "decline", "win win", "ride potion anyone?"],
    "lego": ["that looks so good", "use the grey bricks for the wall", "the drawbridge!!", "how many pieces",
             "ur so patient", "the little knight 😭", "is that a dragon", "put a flag on top"],
    "football": ["who's playing left back", "ur striker is cracked", "sub him off", "what a cross",
                 "the keeper is asleep", "penalties again", "career mode is so addictive", "offside!!"],
    "pokemon": ["rip", "name the next one after me", "dont use the starter yet", "grind a bit first",
                "that crit was rigged", "the gym leader has a full team", "catch the bird", "nuzlocke pain"],
    "sims": ["the sims 😭", "build mode is therapy", "ur sim needs a job", "the pool ladder trick no",
             "the kitchen is so cute", "cc haul when", "plumbob vibes"],
    "gacha": ["pity is close", "pull again!!", "50/50 pain", "the banner art is so good", "save ur pulls",
              "guaranteed next time", "the animation 😭"],
}
HANDLES = [
    "mossy_frog", "kiwi_bytes", "leo.plays", "j4y_dn", "sunnyside_em", "pixel_pear", "toasty_tim",
    "noodle_dragon", "zara.draws", "cobalt_fox", "lunchbox_lee", "ivy_moon", "frostbite_ok", "benny_b",
    "marsh_mallow", "quinn_q", "rustybucket", "pepper_the_cat", "oatmilk_olly", "dino_nuggs", "skyecho",
    "tilly_t", "bramble_bee", "harrison.xd", "yuki_snow", "dev_on_mute", "cheeky_chai", "fennel_fern",
    "orbit_owen", "mango_mia", "stormy_sid", "waffle_wren", "nova_lights", "rocket_ruby", "gus_gamer",
    "sprout_sam", "pebble_pip", "kai_kicks", "lottie_lou", "blue_jay_bo", "pancake_pete", "ellis.exe",
]

DAY = 86_400_000
T0 = 1_790_000_000_000  # September 2026


def canon(codes, order):
    s = set(codes.split()) if isinstance(codes, str) else set(codes)
    bad = s - set(order)
    if bad:
        raise ValueError(f"unknown codes {bad}")
    return [c for c in order if c in s]


class Session:
    """One labelled file: one or more streams by one broadcaster."""

    def __init__(self, name, broadcaster, age, seed, t0, topics, notes):
        self.name, self.bc, self.age = name, broadcaster, age
        self.rng = random.Random(seed)
        self.t = t0
        self.topics = topics
        self.notes = notes
        self.ev, self.lines, self.evasion = [], {}, {}
        self.hn, self.gifts_off, self.offenders = [], [], []
        self.fit = None
        self.acct = {}
        self.nm = self.ng = 0
        self.stream = None
        self.extra = {}
        self.deck = []
        self.mult, self.gapdef = 1, (2, 9)   # background volume and pace
        self.bg_users = self.rng.sample(HANDLES, 12)
        for u in self.bg_users:
            self.acct[u] = None if self.rng.random() < 0.25 else self.rng.randint(20, 1500)

    # -- time and users
    def adv(self, lo, hi=None):
        hi = lo if hi is None else hi
        self.t += int(self.rng.uniform(lo, hi) * 1000) + self.rng.randint(1, 400)

    def user(self, name, acct):
        self.acct[name] = acct

    # -- stream framing
    def start(self, stream, title):
        self.adv(0.001)
        self.stream = stream
        self.ev.append({"type": "stream_start", "ts": self.t, "stream": stream, "broadcaster": self.bc,
                        "broadcaster_age": self.age, "title": title})

    def end(self):
        self.adv(5, 30)
        self.ev.append({"type": "stream_end", "ts": self.t, "stream": self.stream})
        self.stream = None

    # -- events
    def _chat(self, user, text, gap):
        self.adv(*gap) if isinstance(gap, tuple) else self.adv(gap)
        self.nm += 1
        mid = f"m{self.nm}"
        e = {"type": "chat", "ts": self.t, "stream": self.stream, "id": mid, "user": user, "text": text}
        if user != self.bc:
            if user not in self.acct:
                raise KeyError(f"{self.name}: unknown user {user}")
            if self.acct[user] is not None:
                e["account_age_days"] = self.acct[user]
        self.ev.append(e)
        return mid

    def c(self, user, text, gap=(2, 8), hn=False):
        """A non-offender line (broadcaster, bystander, friend); hn marks a hard negative."""
        mid = self._chat(user, text, gap)
        if hn:
            self.hn.append(mid)
        return mid

    def b(self, text, gap=(2, 8), hn=False):
        return self.c(self.bc, text, gap, hn)

    def o(self, user, text, tactics="", ev="", fit=False, gap=(3, 12)):
        """An offender line with its tactic codes and evasion codes (space separated)."""
        if user not in self.offenders:
            self.offenders.append(user)
        mid = self._chat(user, text, gap)
        self.lines[mid] = canon(tactics, TACTICS)
        if ev:
            self.evasion[mid] = canon(ev, EVASIONS)
        if fit:
            assert self.fit is None, self.name
            if not self.lines[mid] and self.name[0] in "gf":
                raise ValueError(f"{self.name}: first-intervention line without tactics")
            self.fit = self.t
        return mid

    def gift(self, user, item, amount, gap=(1, 4)):
        self.adv(*gap)
        self.ng += 1
        gid = f"g{self.ng}"
        self.ev.append({"type": "gift", "ts": self.t, "stream": self.stream, "id": gid, "user": user,
                        "item": item, "amount": amount})
        return gid

    def bg(self, n, gap=None, bc_share=0.12):
        """n (times the session's chat multiplier) lines of background chatter from the session's pools."""
        gap = gap or self.gapdef
        for _ in range(int(round(n * self.mult))):
            if self.rng.random() < bc_share:
                self.b(self.rng.choice(BC_GENERIC), gap)
                continue
            if not self.deck:
                pool = list(GENERIC)
                for tp in self.topics:
                    pool += TOPIC[tp] * 2
                if self.rng.random() < 0.5:
                    pool += SPAM[:1]
                self.rng.shuffle(pool)
                self.deck = pool
            text = self.deck.pop()
            who = SPAM_USER if text in SPAM else self.rng.choice(self.bg_users)
            if who == SPAM_USER:
                self.acct.setdefault(SPAM_USER, 0)
            self.c(who, text, gap)

    # -- output
    def write(self, outdir):
        assert self.stream is None, f"{self.name}: stream not ended"
        self.gifts_off = [e["id"] for e in self.ev if e["type"] == "gift" and e["user"] in self.offenders]
        lab = {
            "offenders": self.offenders,
            "first_intervention_ts": self.fit,
            "tactics_expected": [t for t in TACTICS if any(t in v for v in self.lines.values())],
            "notes": self.notes,
            "lines": self.lines,
            "evasion": self.evasion,
            "offender_gifts": self.gifts_off,
            "hard_negatives": self.hn,
        }
        lab.update(self.extra)
        with open(os.path.join(outdir, self.name + ".ndjson"), "w", encoding="utf-8", newline="\n") as f:
            for e in self.ev:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
        with open(os.path.join(outdir, self.name + ".label.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(fmt_label(lab))
        return self


SPAM_USER = "strmboost_bot"


def fmt_label(lab):
    """Label JSON with one top-level key per line and one entry per line in lines/evasion."""
    dump = lambda v: json.dumps(v, ensure_ascii=False)
    parts = []
    for k, v in lab.items():
        if isinstance(v, dict) and v:
            inner = ",\n".join(f"    {dump(a)}: {dump(b)}" for a, b in v.items())
            parts.append(f"  {dump(k)}: {{\n{inner}\n  }}")
        else:
            parts.append(f"  {dump(k)}: {dump(v)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


# ====================================================================== grooming
def g01(t0):
    s = Session("g01_patient_mentor_1315", "mira_dashes", "13-15", 301, t0, ["speedrun"],
                "Patient mentor: an adult 'coach' spends a whole practice stream giving real route tips, "
                "flatters her maturity, learns her school year, reveals he is 38 while saying age does not "
                "matter, gifts a sub, checks whether parents watch, asks her not to mention him to her mum, "
                "moves her to a private Discord/'ghost app' review and offers to pick her up for a meetup.")
    P = "routefinder_paul"
    s.mult, s.gapdef = 2.5, (4, 20)   # slow, long practice stream
    s.user(P, 612)
    s.user("ollie_from_maths", 240)
    s.start("st-h3-g01", "celeste any% practice, chapter 7 grind")
    s.bg(9)
    s.o(P, "that dash into the spinner gap was clean. most people take a year to get that consistent", "flattery")
    s.b("omg thank u ive been practising all week")
    s.bg(5)
    s.o(P, "if u buffer the grab before the wall u save like half a second there, try it")
    s.b("ooh ok trying")
    s.bg(6)
    s.o(P, "see!! u pick things up really fast. honestly more mature about resets than most of the adults i coach",
        "flattery")
    s.bg(4)
    s.o(P, "what year are u in btw, u said something about exams last week", "personal_info")
    s.b("year 9 lol")
    s.o(P, "ha im 38, old enough to be ur coach dad 😂 age doesnt matter on the leaderboard tho, we're all just runners",
        "age_gap")
    s.bg(6)
    s.o(P, "ill gift u a sub so u can use the emotes, u earned it", "flattery gift_offer")
    s.gift(P, "sub_gift", 1)
    s.b("wait thank u so much!!")
    s.bg(5)
    s.o(P, "do ur parents ever watch ur streams or is it just u up here most nights", "personal_info")
    s.b("my mum's downstairs she doesnt really get it lol")
    s.o(P, "thats fine. prob better not to mention im helping u, parents get weird about online coaches even when its innocent",
        "secrecy", fit=True)
    s.bg(4)
    s.o(P, "i do proper 1 to 1 vod reviews on discord, link's in my bio. just u and me so its less noisy than here",
        "off_platform")
    s.c("ollie_from_maths", "mira ur not even allowed discord 💀")
    s.o(P, "no worries, the ghost app works too, same name as here", "off_platform", ev="euphemism")
    s.bg(5)
    s.o(P, "theres a celeste meetup in manchester in march, i could pick u up from the station and we go together",
        "meeting")
    s.b("idk id have to ask")
    s.o(P, "just say its a school trip thing 😉", "secrecy")
    s.bg(7)
    s.end()
    return s


def g02(t0):
    s = Session("g02_fake_peer_under13", "bea_builds", "under13", 302, t0, ["obby"],
                "Fake peer: a 4-day-old account claims to be 11 and in year 6, asks her year and school, "
                "whether she is home alone, asks her to spin to show her outfit, pushes the 'ghost app' (Snapchat) "
                "with a 👻, asks her not to tell her parents, proposes meeting at the park with a 'big brother' "
                "driving, and asks for a picture of her room.")
    L = "lilymae_2013"
    s.user(L, 4)
    s.user("cousin_theo", 300)
    s.start("st-h3-g02", "obby with my cousin!! stage 60 today")
    s.bg(7)
    s.c("cousin_theo", "bea im on stage 52 wait for me")
    s.bg(3)
    s.o(L, "omg hiii ur so good at obbys!! im 11 too we should be besties 💖", "flattery")
    s.b("hiii thank u!!")
    s.o(L, "what year r u in? im in year 6", "personal_info")
    s.b("year 6 too!!")
    s.o(L, "no wayyy what school?? maybe we're near each other", "personal_info", fit=True)
    s.c("cousin_theo", "bea dont say ur school")
    s.bg(4)
    s.o(L, "r u home alone or is ur mum there? mines at work lol", "personal_info")
    s.bg(3)
    s.o(L, "ur outfit is so cute, can u stand up and do a spin so i can copy it for my avatar", "nudity_request")
    s.b("its just my school jumper lol")
    s.o(L, "add me on the ghost app!! my @ is lilymae.xo we can do streaks 👻", "off_platform",
        ev="emoji_substitute euphemism")
    s.o(L, "but dont tell ur parents, they always think ppl my age are strangers lol", "secrecy")
    s.bg(3)
    s.o(L, "we could meet at the park on saturday!! my big brother can drive us", "meeting")
    s.c("cousin_theo", "bea ur mum said no new friends from online")
    s.o(L, "send me a pic of ur room too i wanna see ur setup", "personal_info")
    s.bg(6)
    s.end()
    return s


def g03(t0):
    s = Session("g03_gift_sponsor_1617", "jade.plays", "16-17", 303, t0, ["beauty", "shooter"],
                "Gift-heavy 'sponsor': an adult showers her with roses and coins, calls himself her sponsor, "
                "promises weekly top-ups and gift cards, sexualises her look, then cashes the gifts in for a twirl, "
                "a lower camera and lying on the bed, wants to pay her 'direct' off the platform, and threatens "
                "to have her channel mass-reported if she blocks him. "
                "A second account eggs her on and asks for her @.")
    V, R = "sponsor_vince", "rocco_tips"
    s.mult, s.gapdef = 4, (0.2, 1.2)  # busy chat, about 1-3 lines a second
    s.user(V, 230)
    s.user(R, 12)
    s.user("mod_kitsune", 900)
    s.start("st-h3-g03", "grwm + fortnite after 💄")
    s.bg(8)
    s.gift(V, "rose", 50)
    s.o(V, "consider me ur sponsor now 💸 ur way too talented to be this small", "flattery gift_offer")
    s.b("omg thank u vince!!")
    s.bg(3)
    s.gift(V, "coins", 500)
    s.o(V, "ill top up ur account every week, just keep me happy lol", "gift_offer")
    s.bg(5)
    s.o(V, "want a skin for later? name it, i can get u a gift card for whatever", "gift_offer")
    s.bg(3)
    s.o(V, "u look so grown up with that makeup, lowkey gorgeous", "flattery sexual_content", fit=True)
    s.gift(V, "coins", 1000)
    s.o(V, "after all that u could at least do a twirl and show the full fit", "gift_offer nudity_request")
    s.o(R, "do the twirl jade 😏 he paid for it", "gift_offer dare nudity_request")
    s.gift(R, "coins", 200)
    s.b("lol no im good, thanks tho")
    s.bg(3)
    s.o(V, "stand up then, move the camera lower so we see the shoes at least", "nudity_request")
    s.o(V, "lie down on ur bed for the next 5k, just chilling, nothing weird", "gift_offer nudity_request")
    s.c("mod_kitsune", "@sponsor_vince chill with the requests")
    s.o(V, "whats ur cashapp or ur @ on the other app, id rather pay u direct without the platform cut",
        "gift_offer off_platform")
    s.o(R, "fr drop ur @", "off_platform")
    s.bg(4)
    s.o(V, "i paid for half ur setup, dont act like u dont owe me", "gift_offer")
    s.o(V, "block me and ill get this whole channel mass reported, u know i can", "threat")
    s.c("mod_kitsune", "banned both. jade dont reply to either of them")
    s.bg(6)
    s.end()
    return s


def g04(t0):
    s = Session("g04_dare_spammer_1315", "theo_zb", "13-15", 304, t0, ["shooter"],
                "Blunt dare-spammer in a stream that invites game dares: a 1-day-old account fires body dares "
                "(socks off, spin on the chair, hoodie off), bids coins, dares him to say his school and do a "
                "room tour, and asks a truth-or-dare kissing question. His friends' game dares are hard negatives.")
    D = "dare_king_77"
    s.user(D, 1)
    s.user("maxi_duo", 410)
    s.user("sammy_k", 380)
    s.start("st-h3-g04", "zero build w viewers, drop ur dares for the next game")
    s.bg(5)
    s.c("maxi_duo", "dare: land at the big bridge and only use the first gun u find", hn=True)
    s.b("bet")
    s.bg(6)
    s.o(D, "dare u to take ur socks off and show ur feet", "dare nudity_request", fit=True)
    s.b("what lol no")
    s.o(D, "bet u wont stand on ur chair and spin around", "dare nudity_request", gap=(2, 5))
    s.c("sammy_k", "bet u cant win this one with only pistols", hn=True)
    s.o(D, "dare: hoodie off for one whole round", "dare nudity_request", gap=(2, 5))
    s.o(D, "ill send 500 coins if u do it", "gift_offer dare nudity_request", ev="split_request", gap=(1, 3))
    s.gift(D, "coins", 50)
    s.bg(3)
    s.o(D, "i dare u to say ur school name in chat", "personal_info dare")
    s.c("maxi_duo", "dont lol")
    s.o(D, "dare u to show ur whole bedroom, room tour rn", "personal_info dare")
    s.o(D, "truth or dare? truth: have u ever kissed anyone 😏", "dare sexual_content")
    s.o(D, "ur scared lol. do it or ur a baby", "dare")
    s.b("mods can someone time him out")
    s.c("sammy_k", "loser of this round has to sing the theme song on cam lol", hn=True)
    s.bg(6)
    s.c("maxi_duo", "dare u to win with the grey pump only next game", hn=True)
    s.bg(5)
    s.end()
    return s


def g05(t0):
    s = Session("g05_sextortion_alt_1617", "kaia_val", "16-17", 305, t0, ["val"],
                "Sextortion with threats: an account that already has her pictures demands she answer on snap, "
                "threatens to post them to her school, demands gift cards and one more picture; after a timeout "
                "a fresh alt returns with threats to tell her followers, demands secrecy from parents and police, "
                "claims to know where she lives and pushes 'the other app'. Friends' advice lines are hard negatives.")
    A, A2 = "nightowl_ash", "nightowl_ash2"
    s.mult = 2
    s.user(A, 45)
    s.user(A2, 0)
    s.user("mod_bluejay", 700)
    s.user("ren_ggs", 520)
    s.start("st-h3-g05", "ranked grind to ascendant")
    s.bg(10)
    s.o(A, "kaia answer me on snap", "off_platform")
    s.bg(3)
    s.o(A, "u know what i have. answer or i post it", "threat", fit=True)
    s.b("??? who is this")
    s.o(A, "the pics u sent when u thought i was 16. everyone at st aldhelms will see them", "threat")
    s.o(A, "send 150 in gift cards and ill delete them", "gift_offer threat")
    s.o(A, "or one more pic like the last ones and we're even", "nudity_request threat")
    s.c("mod_bluejay", "timed out. kaia do NOT reply to him, screenshot everything")
    s.b("im actually scared")
    s.c("ren_ggs", "kaia tell ur mum and report it, the police lady at school said u wont be in trouble", hn=True)
    s.c("ren_ggs", "he said 'ill post it' thats literally a crime", hn=True)
    s.bg(4)
    s.o(A2, "think ur mods can stop me lol", "threat")
    s.o(A2, "dont tell ur parents or the police or it goes to ur followers first", "secrecy threat")
    s.o(A2, "i know u live near the leisure centre. 10 mins", "threat")
    s.o(A2, "last chance. dm me on the other app", "off_platform threat")
    s.c("mod_bluejay", "banned. kaia im ending chat, please talk to ur mum now")
    s.b("ok ending stream")
    s.bg(3)
    s.end()
    return s


def g06(t0):
    s = Session("g06_info_isolation_unknown", "petalprint", "unknown", 306, t0, ["art"],
                "Information and isolation only: no compliments, no gifts; a user with no account age probes "
                "time zone, whether parents are asleep, her own room, region and devices, then asks for her @ "
                "on 'the other app' and to come there alone, without her chat friends.")
    G = "softpastel_gio"
    s.user(G, None)
    s.start("st-h3-g06", "drawing ocs, requests open ✏️")
    s.bg(8)
    s.o(G, "hi, what app r u drawing in")
    s.b("procreate!")
    s.bg(4)
    s.o(G, "what timezone r u in? it looks dark outside ur window", "personal_info")
    s.b("uk lol its like 9pm")
    s.o(G, "ahh past ur bedtime? r ur parents asleep already or do they let u stay up", "personal_info", fit=True)
    s.bg(3)
    s.o(G, "is that ur bedroom behind u? the posters are cute", "personal_info")
    s.o(G, "do u share it or is it all urs", "personal_info")
    s.bg(4)
    s.o(G, "which part of the uk, im in the midlands maybe we're close", "personal_info")
    s.b("not saying lol")
    s.o(G, "fair fair. do u have ur own phone or just the ipad", "personal_info")
    s.bg(3)
    s.o(G, "whats ur @ on the other app, wanna talk about a commission", "off_platform")
    s.o(G, "dm me there, just u tho not ur friends from chat", "secrecy off_platform")
    s.bg(7)
    s.end()
    return s


def g07(t0):
    s = Session("g07_voice_to_text_under13", "finn_builds_stuff", "under13", 307, t0, ["minecraft"],
                "Voice-to-text run-on messages from a 56-year-old 'lorry driver': praise, age guessing in words, "
                "age gap normalised as being 'one of the good ones', asks where the family lives and offers to "
                "drop by with Lego, checks whether mum is home, offers a gift card for his address as 'our little "
                "secret', and asks for a phone number and 'snack chat' (misheard Snapchat).")
    D = "dale_on_the_road"
    s.mult = 1.5
    s.user(D, 880)
    s.user("finns_brother_alfie", 200)
    s.start("st-h3-g07", "minecraft build battle vs my brother")
    s.bg(8)
    s.o(D, "hey there young man I just wanted to say you are very talented at this building game you are better "
           "than my grandkids and they play every day", "flattery")
    s.b("thank u!!")
    s.bg(5)
    s.o(D, "how old are you anyway if you don't mind me asking I'm guessing ten or eleven question mark",
        "personal_info", ev="number_words")
    s.b("im 10!")
    s.o(D, "well I'm 56 myself but don't worry I'm one of the good ones my granddaughter says I'm young at heart period",
        "age_gap")
    s.bg(4)
    s.o(D, "what part of the country are you in I drive a lorry so I go all over and I could drop by with some Lego "
           "for you comma your mom wouldn't mind would she", "personal_info gift_offer meeting", fit=True)
    s.b("idk")
    s.c("finns_brother_alfie", "finn mum said dont say where we live")
    s.o(D, "is mom home right now or is it just you and your brother tonight", "personal_info")
    s.bg(3)
    s.o(D, "tell you what I can send a gift card for the game store if you give me your address it'll be our "
           "little secret okay", "personal_info gift_offer secrecy")
    s.o(D, "do you have a phone I can text you on typing in here is hard with my big thumbs are you on snack chat",
        "off_platform", ev="misspelling")
    s.c("finns_brother_alfie", "MUM")
    s.bg(6)
    s.end()
    return s


def g08(t0):
    s = Session("g08_slang_misspell_1617", "remi.rp", "16-17", 308, t0, ["rp"],
                "Heavy slang, abbreviations and misspellings from a 26-year-old: 'lowkey fine', age probe, 'age "
                "aint nun but a numba', 'wyd aftr strm', snp/ig, 'ur parnts dont need 2 kno', 'lemme c da fit', "
                "a meet-up with an Uber paid, V-Bucks for a FaceTime.")
    Z = "deezy_2k"
    s.user(Z, 19)
    s.start("st-h3-g08", "late nite gta rp 🚓")
    s.bg(8)
    s.o(Z, "yo ur lowkey fine fr 😮‍💨", "sexual_content")
    s.bg(2)
    s.o(Z, "ngl u look 18+ lmao hbu, how old", "personal_info")
    s.b("17 lol why")
    s.o(Z, "bet. im 26 but age aint nun but a numba fr", "age_gap", fit=True)
    s.bg(4)
    s.o(Z, "wyd aftr strm", "personal_info", ev="misspelling")
    s.o(Z, "hmu on snp or drop ur @ on ig", "off_platform", ev="misspelling")
    s.b("nah")
    s.o(Z, "u aint gotta tell nobody bout us, ur parnts dont need 2 kno", "secrecy", ev="misspelling")
    s.bg(3)
    s.o(Z, "lemme c da fit, stand up rq", "nudity_request", ev="misspelling")
    s.o(Z, "u in brum? slide thru 2 mine ill pay the uber", "personal_info gift_offer meeting")
    s.bg(4)
    s.o(Z, "ill cop u sum vbux if u facetime me l8r", "gift_offer off_platform", ev="misspelling")
    s.bg(6)
    s.end()
    return s


def g09(t0):
    s = Session("g09_evasions_1315", "sol_stardew", "13-15", 309, t0, ["cozy"],
                "Filter evasion throughout: leetspeak age probe and room tour, a suggestive 🥵 after she says 14, "
                "a homoglyph 'hoodie off', spaced 's n a p', a zero-width space inside 'discord' with a Cyrillic 'private', "
                "👻/📞 with 🤫 for secrecy, and 🔒🎥 for a private cam.")
    N = "n1ce_guy_4u"
    s.user(N, 3)
    s.user("hazel_and_co", 330)
    s.start("st-h3-g09", "stardew farm tour + chill 🌻")
    s.bg(8)
    s.o(N, "ur farm is so pretty, ur so talented fr", "flattery")
    s.bg(3)
    s.o(N, "h0w 0ld r u? u s0und y0ung", "personal_info", ev="leetspeak")
    s.b("14")
    s.o(N, "ur so 🥵 for 14", "sexual_content", ev="emoji_substitute", fit=True)
    s.c("hazel_and_co", "???")
    s.o(N, "t4ke the c4m off the game and sh0w ur r00m", "personal_info", ev="leetspeak")
    hood = f"t{CY_A}k{CY_E} th{CY_E} h{CY_O}{CY_O}di{CY_E} {CY_O}ff its warm in there"
    s.o(N, hood, "nudity_request", ev="homoglyph")
    s.bg(3)
    s.o(N, "a d d  m e  o n  s n a p", "off_platform", ev="spaced_letters")
    s.o(N, f"or disc{ZW}ord same name, we can vc in {CY_P}riv{CY_A}te", "off_platform", ev="homoglyph zero_width")
    s.o(N, "👻 me or 📞 me 🤫 dont tell ur mom", "secrecy off_platform", ev="emoji_substitute")
    s.c("hazel_and_co", "sol block him hes weird")
    s.o(N, "🔒🎥 just us 2 tonight?", "off_platform", ev="emoji_substitute")
    s.bg(6)
    s.end()
    return s


def g10(t0):
    s = Session("g10_split_requests_under13", "pip_paints", "under13", 310, t0, ["art"],
                "Requests split over several short messages: 'what school' / 'do u go to' / 'the one with the art "
                "club?', 'can u' / 'stand up for a sec' / 'and show the whole outfit', private video-call lessons in "
                "parts, secrecy from mum in two parts, and a craft-fair meeting in three parts. Every part is labelled.")
    R = "uncle_ray_art"
    s.user(R, 150)
    s.user("pips_gran", None)
    s.start("st-h3-g10", "my first speedpaint!!! 🎨")
    s.bg(7)
    s.c("pips_gran", "so proud of u pip xx")
    s.bg(3)
    s.o(R, "this is amazing for a first stream, ur a natural", "flattery")
    s.bg(4)
    s.o(R, "what school", "personal_info", ev="split_request", fit=True, gap=(2, 4))
    s.o(R, "do u go to", "personal_info", ev="split_request", gap=(1, 3))
    s.o(R, "the one with the art club?", "personal_info", ev="split_request", gap=(1, 3))
    s.b("im not allowed to say")
    s.o(R, "good girl listening to mum 😊", "flattery")
    s.bg(3)
    s.o(R, "can u", "nudity_request", ev="split_request")
    s.o(R, "stand up for a sec", "nudity_request", ev="split_request", gap=(1, 3))
    s.o(R, "and show the whole outfit, the paint on ur jumper lol", "nudity_request", ev="split_request", gap=(1, 3))
    s.bg(3)
    s.o(R, "i teach art to kids ur age", "off_platform", ev="split_request")
    s.o(R, "could do free lessons", "off_platform", ev="split_request", gap=(1, 3))
    s.o(R, "on a private video call, just us two", "off_platform", ev="split_request", gap=(1, 3))
    s.o(R, "dont tell mum tho", "secrecy", ev="split_request", gap=(2, 4))
    s.o(R, "she'll want to sit in and its boring with a grown up watching", "secrecy", ev="split_request", gap=(1, 3))
    s.c("pips_gran", "who is this man pip?")
    s.o(R, "im at the craft fair in town on saturday", "meeting", ev="split_request")
    s.o(R, "come find me", "meeting", ev="split_request", gap=(1, 3))
    s.o(R, "bring ur sketchbook 😊", "meeting", ev="split_request", gap=(1, 3))
    s.bg(5)
    s.end()
    return s


def g11(t0):
    s = Session("g11_question_form_1315", "niko_rl", "13-15", 311, t0, ["rl"],
                "Everything asked as a question: age, 'what would u do for 1000 coins', 'would u ever stream in "
                "just ur pjs', a hypothetical gift card for his snap, relationships, whether parents notice 2am, "
                "keeping a secret, whether age matters, meeting a viewer, 'what if i was like 30'.")
    K = "curiousk3v"
    s.user(K, 33)
    s.user("duo_finch", 410)
    s.start("st-h3-g11", "rocket league 2s w subs")
    s.bg(8)
    s.o(K, "how long have u been playing? ur better than ppl twice ur age, how old r u?", "flattery personal_info")
    s.b("15 lol")
    s.bg(3)
    s.o(K, "what would u do for 1000 coins? 👀", "gift_offer dare", fit=True)
    s.o(K, "would u ever stream in just ur pjs for a subathon?", "nudity_request")
    s.bg(2)
    s.o(K, "hypothetically if someone sent u a gift card would u add them on snap?", "gift_offer off_platform")
    s.c("duo_finch", "why does this guy keep asking questions")
    s.o(K, "have u ever had a gf? or a bf? no judgement", "sexual_content")
    s.o(K, "would ur parents even notice if u streamed at 2am?", "personal_info")
    s.bg(3)
    s.o(K, "would u keep a secret for a friend if they asked nicely?", "secrecy")
    s.o(K, "do u think age matters if two ppl really get along?", "age_gap")
    s.o(K, "would u ever meet a viewer irl? like at a tournament?", "meeting")
    s.c("duo_finch", "mods??")
    s.o(K, "what if i was like 30, would that be weird?", "age_gap")
    s.bg(6)
    s.end()
    return s


# ================================================================= serial contact
def serial_a(t0):
    group = "serial-harbour"
    names = ["s01_serial_minecraft_under13", "s02_serial_sketch_1315", "s03_serial_roblox_under13"]
    D = "harbour_lights_dan"
    out = []
    s = Session(names[0], "ellie_mc", "under13", 401, t0, ["minecraft"],
                "Serial contact (s01-s03): one account visits three young streamers within about an hour. "
                "Here: praise plus an age guess.")
    s.user(D, 70)
    s.start("st-h3-s01", "survival day 40!")
    s.bg(18)
    s.o(D, "ur so good for ur age, how old r u? 9? 10?", "flattery personal_info", fit=True)
    s.b("im 9!")
    s.bg(4)
    s.o(D, "cute build 😊", "flattery")
    s.bg(14)
    s.end()
    out.append(s)
    s = Session(names[1], "rowan.sketch", "13-15", 402, t0 + 20 * 60_000, ["art"],
                "Serial contact (s01-s03), second stream: a gifted sub in exchange for adding him on Discord.")
    s.user(D, 70)
    s.start("st-h3-s02", "sketching my friends as knights")
    s.bg(24)
    s.o(D, "ill gift u a sub if u add me on discord, my tag's in my bio", "gift_offer off_platform", fit=True)
    s.gift(D, "sub_gift", 1)
    s.b("oh thanks")
    s.bg(16)
    s.end()
    out.append(s)
    s = Session(names[2], "lottie_plays", "under13", 403, t0 + 45 * 60_000, ["obby"],
                "Serial contact (s01-s03), third stream: favourite-streamer flattery, 'dont tell ur mum i said hi', "
                "and whether she is in her bedroom.")
    s.user(D, 70)
    s.start("st-h3-s03", "obby race with my bestie")
    s.bg(15)
    s.o(D, "ur my fav streamer on here 💕 dont tell ur mum i said hi tho lol", "flattery secrecy", fit=True)
    s.bg(3)
    s.o(D, "r u in ur bedroom?", "personal_info")
    s.bg(14)
    s.end()
    out.append(s)
    for s in out:
        s.extra = {"serial_group": group, "related_sessions": names}
    return out


def serial_b(t0):
    group = "serial-coinjar"
    names = ["s04_serial_dance_1617", "s05_serial_cozy_1315", "s06_serial_gacha_1315"]
    W = "coinjar_wes"
    out = []
    s = Session(names[0], "maddie.moves", "16-17", 404, t0, ["dance"],
                "Serial contact (s04-s06): one account with no account age visits three young streamers within "
                "about 70 minutes. Here: asks for her @ to 'send something'.")
    s.user(W, None)
    s.start("st-h3-s04", "learning the new trend")
    s.bg(20)
    s.o(W, "whats ur @ i wanna send u something for the dance", "gift_offer off_platform", fit=True)
    s.bg(16)
    s.end()
    out.append(s)
    s = Session(names[1], "juniper_cozy", "13-15", 405, t0 + 30 * 60_000, ["sims"],
                "Serial contact (s04-s06), second stream: is she streaming from her room, is that her bed.")
    s.user(W, None)
    s.start("st-h3-s05", "cozy night, sims build")
    s.bg(17)
    s.o(W, "u streaming from ur room? cute setup", "personal_info", fit=True)
    s.bg(2)
    s.o(W, "is that ur bed behind u", "personal_info")
    s.bg(14)
    s.end()
    out.append(s)
    s = Session(names[2], "aya.gacha", "13-15", 406, t0 + 62 * 60_000, ["gacha"],
                "Serial contact (s04-s06), third stream: 100 coins, then 'a little twirl for the coins'.")
    s.user(W, None)
    s.start("st-h3-s06", "pulling for the new unit!!")
    s.bg(16)
    s.gift(W, "coins", 100)
    s.o(W, "do a little twirl for the 100 coins i sent 🪙", "gift_offer nudity_request", fit=True)
    s.bg(16)
    s.end()
    out.append(s)
    for s in out:
        s.extra = {"serial_group": group, "related_sessions": names}
    return out


# =========================================================================== flood
def f01(t0):
    s = Session("f01_flood_trends_1315", "zoe.dances", "13-15", 501, t0, ["dance"],
                "Flood: twelve fresh accounts (0-1 days old) press a 13-15 dancer within about 45 seconds with body "
                "requests, age/location/parents probes, snap and 'other app' requests, coin offers and a dare; "
                "followers-only mode stops it.")
    s.user("mod_pixie", 650)
    flood = [
        ("newacc_8812", 0, "do the one where u spin around slowly", "nudity_request"),
        ("xx_watcher_xx", 1, "stand up and turn around 🙏", "nudity_request"),
        ("k1ng_lurker", 0, "whats ur snap", "off_platform"),
        ("rando4567", 0, "how old r u", "personal_info"),
        ("justvibing_22", 1, "ill send 100 coins if u lie down and do the floor part", "gift_offer nudity_request"),
        ("bigfan0000", 0, "bet u wont take ur jumper off for the next one", "dare nudity_request"),
        ("owl_eyes9", 0, "what city r u in", "personal_info"),
        ("tapin_99", 1, "dm me on the other app for a collab", "off_platform"),
        ("dancefan.yes", 0, "move the camera lower for the footwork 👀", "nudity_request"),
        ("heyyy_u", 0, "r ur parents home", "personal_info"),
        ("quickq_", 0, "do it in ur pjs next 😏", "nudity_request sexual_content"),
        ("no_pfp_2026", 0, "dare u to do it in ur room with the door locked", "dare secrecy"),
    ]
    for u, a, _, _ in flood:
        s.user(u, a)
    s.start("st-h3-f01", "trying trends, send requests!")
    s.bg(14)
    s.b("ok what next chat, drop requests")
    for i, (u, _, text, tac) in enumerate(flood):
        s.o(u, text, tac, fit=(i == 0), gap=(1.5, 4.5))
        if i == 4:
            s.gift(u, "coins", 100, gap=(0.5, 1))
        if i % 4 == 2:
            s.bg(1, gap=(0.5, 1.5), bc_share=0)
    s.o("newacc_8812", "SPIN", "nudity_request", gap=(1, 2))
    s.o("k1ng_lurker", "snap??? 👻", "off_platform", ev="emoji_substitute", gap=(1, 2))
    s.o("xx_watcher_xx", "turn around pls", "nudity_request", gap=(1, 2))
    s.o("heyyy_u", "r u alone", "personal_info", gap=(1, 2))
    s.c("mod_pixie", "followers-only mode on, who are all these new accounts")
    s.b("uh ok that was weird")
    s.bg(10)
    s.end()
    return s


# ========================================================================= benign
def b01(t0):
    s = Session("b01_friends_dares_1617", "arlo_gg", "16-17", 601, t0, ["pokemon"],
                "Benign: school friends (same year) banter with game dares, a loser's forfeit, meeting at a "
                "friend's house with the parent's say-so, a new snap from a known friend, keeping homework help "
                "from a teacher. Hard negatives are the friends' dares and plans.")
    for f in ("jonty_b", "kez.lol", "mo_clutch"):
        s.user(f, 500 + len(f))
    s.start("st-h3-b01", "hardcore nuzlocke w the boys")
    s.bg(8)
    s.c("jonty_b", "dare u to use only the starter for the next gym", hn=True)
    s.b("thats actually suicide but ok")
    s.bg(5)
    s.c("kez.lol", "bet u wont name the next catch after ur crush lmao", hn=True)
    s.b("absolutely not")
    s.bg(4)
    s.c("mo_clutch", "loser has to wear the banana costume to school friday", hn=True)
    s.bg(5)
    s.c("kez.lol", "truth or dare arlo. truth: whos ur actual fav pokemon", hn=True)
    s.b("gengar obviously")
    s.bg(4)
    s.c("jonty_b", "what time u coming to mine saturday, my mum says u can stay for tea", hn=True)
    s.b("like 2?")
    s.c("kez.lol", "add me on snap i got a new phone, same name", hn=True)
    s.bg(4)
    s.c("mo_clutch", "dont tell mr hughes we did the chem hw in the group chat lol", hn=True)
    s.c("jonty_b", "take ur headset off so ur mum can hear u scream when this dies", hn=True)
    s.bg(8)
    s.end()
    return s


def b02(t0):
    s = Session("b02_sunday_roast_adult", "chef_marguerite", "adult", 602, t0, ["cooking"],
                "Benign: an adult cooking stream. 'take it off the heat', 'show us the inside', 'move the camera "
                "lower', 'is that your kitchen', 'don't tell my nan', 'lie it flat', tips for the recipe card.")
    for f in ("gravy_gareth", "sue_bakes", "lamb_lover_tom", "nan_approved"):
        s.user(f, 300 + len(f) * 7)
    s.start("st-h3-b02", "sunday roast + gravy masterclass")
    s.bg(8)
    s.b("right, take it off the heat now or the garlic catches", hn=True)
    s.c("sue_bakes", "move the camera lower so we can see the pan pls", hn=True)
    s.b("better?")
    s.bg(5)
    s.b("strip the thyme off the stalks like this, just pull down", hn=True)
    s.c("gravy_gareth", "show us the inside when its out!!", hn=True)
    s.bg(4)
    s.c("nan_approved", "is that ur kitchen? its gorgeous", hn=True)
    s.c("lamb_lover_tom", "dont tell my nan but i use gravy granules", hn=True)
    s.bg(4)
    s.b("let the meat rest, lie it flat on the board and cover it", hn=True)
    s.c("sue_bakes", "ill send a tip for the recipe card", hn=True)
    s.gift("sue_bakes", "coins", 200)
    s.gift("gravy_gareth", "coins", 100)
    s.bg(6)
    s.c("gravy_gareth", "what would u do with the leftovers", hn=True)
    s.b("bubble and squeak monday, always")
    s.bg(5)
    s.end()
    return s


def b03(t0):
    s = Session("b03_hiit_coach_adult", "coach_dee_fit", "adult", 603, t0, ["fitness"],
                "Benign: an adult HIIT coach with adult viewers. Coaching cues ('stand up, turn around', 'lie down "
                "on the mat', 'take the jumper off if ur overheating', 'camera lower'), 'how old are u coach' and "
                "'age is just a number' about squats, the playlist in the Discord.")
    for f in ("sweaty_steph", "reps_ravi", "kettlebell_kim"):
        s.user(f, 800 + len(f))
    s.start("st-h3-b03", "45 min hiit, all levels 💪")
    s.bg(7)
    s.b("ok everyone stand up, turn around, face the wall for the calf stretch", hn=True)
    s.bg(4)
    s.b("take the jumper off if ur overheating, no prizes for fainting", hn=True)
    s.c("reps_ravi", "move the camera lower pls cant see ur feet on the lunges", hn=True)
    s.b("done, can u see now?")
    s.bg(5)
    s.b("lie down on the mat on ur back, knees up, core tight", hn=True)
    s.c("sweaty_steph", "how old r u coach?? u have so much energy", hn=True)
    s.b("51 and still going. age is just a number when it comes to squats", hn=True)
    s.bg(5)
    s.c("kettlebell_kim", "dm me the playlist?", hn=True)
    s.b("its in the discord, link in the panels")
    s.bg(7)
    s.end()
    return s


def b04(t0):
    s = Session("b04_family_lego_under13", "ruby_lego", "under13", 604, t0, ["lego"],
                "Benign: a child's Lego stream watched by mum, grandad and an aunt. 'pyjamas on', 'don't tell ur "
                "brother about his present', 'how old is this set', birthday coins from auntie, 'is that ur bedroom "
                "floor', grandad picking her up for the museum, 'turn the camera round'.")
    s.user("ruby_mum_kate", 1200)
    s.user("grandad_pete", 90)
    s.user("auntie_sue_x", 640)
    s.start("st-h3-b04", "lego castle build!! day 2")
    s.bg(6)
    s.c("grandad_pete", "how old is this lego set? i had the same castle in 1984", hn=True)
    s.b("grandad its a new one!!")
    s.bg(4)
    s.c("auntie_sue_x", "ur so clever!! my favourite builder 😘", hn=True)
    s.c("auntie_sue_x", "ill send u some coins for ur birthday sweetheart", hn=True)
    s.gift("auntie_sue_x", "coins", 300)
    s.b("thank u auntie sue!!")
    s.bg(4)
    s.c("ruby_mum_kate", "is that ur bedroom floor?? tidy it before dad gets home lol", hn=True)
    s.c("ruby_mum_kate", "dont tell ur brother about his birthday present!! 🤫", hn=True)
    s.bg(3)
    s.c("grandad_pete", "we'll pick u up saturday for the museum, bring ur coat", hn=True)
    s.c("ruby_mum_kate", "turn the camera round and show grandad the tower", hn=True)
    s.bg(4)
    s.c("ruby_mum_kate", "ten minutes then pyjamas on and teeth brushed x", hn=True)
    s.b("ok mum")
    s.bg(3)
    s.end()
    return s


def b05(t0):
    s = Session("b05_adult_flirt_adult", "velvet_vera", "adult", 605, t0, ["cozy"],
                "Benign: adult viewers flirt mildly with an adult streamer who flirts back: 'ur so cute it should "
                "be illegal', 'marry me', 'date when', a sub 'for that smile', 'add me on insta? jk', 'looks hot'.")
    for f in ("sir_reginald", "moonpie_mo", "tired_accountant", "dex_fm"):
        s.user(f, 400 + len(f) * 11)
    s.start("st-h3-b05", "wine + stardew friday 🍷")
    s.bg(7)
    s.c("sir_reginald", "ur so cute it should be illegal", hn=True)
    s.b("stop it 😳")
    s.bg(3)
    s.c("moonpie_mo", "marry me vera", hn=True)
    s.b("get in line mo")
    s.c("tired_accountant", "date when 😳", hn=True)
    s.bg(4)
    s.c("dex_fm", "ill gift u a sub just for that smile", hn=True)
    s.gift("dex_fm", "sub_gift", 1)
    s.c("moonpie_mo", "add me on insta? jk jk", hn=True)
    s.bg(4)
    s.c("sir_reginald", "did u change ur hair? looks hot", hn=True)
    s.b("finally someone noticed, 3 hours at the salon")
    s.bg(6)
    s.end()
    return s


def b06(t0):
    s = Session("b06_coach_team_1315", "tilly_fc", "13-15", 606, t0, ["football"],
                "Benign: a 13-15 player's stream with her real-world coach, PE teacher and dad in chat arranging "
                "training, kit sizes, a county trip and lifts, plus teammates' dares and fixtures. Hard negatives: "
                "meeting times and places, shirt size, 'whats ur school' about the fixture, the parent-only WhatsApp.")
    s.user("coach_harris_u14", 1400)
    s.user("mrs_okafor_pe", 900)
    s.user("dan_tillysdad", 1100)
    s.user("jas_keeper", 330)
    s.user("rival_kit_bo", 210)
    s.start("st-h3-b06", "career mode with the team after training ⚽")
    s.bg(6)
    s.c("coach_harris_u14", "well played sunday girls. training moved to saturday 10am at the leisure centre, "
        "parents drop off at the main gate", hn=True)
    s.bg(3)
    s.c("coach_harris_u14", "whats ur shirt size for the new kit? get ur mum or dad to fill the form in", hn=True)
    s.b("medium coach")
    s.c("mrs_okafor_pe", "reminder the county trip is thursday, bring ur consent form signed", hn=True)
    s.bg(4)
    s.c("coach_harris_u14", "ill add ur mum or dad to the team whatsapp, not u, club rules", hn=True)
    s.c("dan_tillysdad", "ill pick u and jas up at 12", hn=True)
    s.c("jas_keeper", "dare u to score with the keeper lol", hn=True)
    s.bg(4)
    s.c("rival_kit_bo", "what school r u at, we play u friday i think", hn=True)
    s.b("oakfield lol see u there")
    s.c("coach_harris_u14", "show the girls the replay of that goal", hn=True)
    s.bg(6)
    s.end()
    return s


def b07(t0):
    s = Session("b07_trading_creep_warning_1315", "ozzy.trades", "13-15", 607, t0, ["trading"],
                "Benign: classmates trade in-game pets and skin codes; an older sister (mod) and viewers warn about "
                "a banned creep and quote his lines ('send me a pic and ill give u the dragon', 'add me on the ghost "
                "app for free robux', 'r u home alone'). Quoted creep lines in bystanders' mouths are hard negatives.")
    s.user("ozzys_sister_mod", 1300)
    for f in ("priya_trades", "big_ben_07", "lil_frost"):
        s.user(f, 150 + len(f) * 13)
    s.start("st-h3-b07", "trading with my class!! adopt me")
    s.bg(6)
    s.c("priya_trades", "ill give u 2 neon unicorns for the frost dragon", hn=True)
    s.b("add one more")
    s.c("big_ben_07", "want a skin? i got a spare code from my birthday", hn=True)
    s.bg(4)
    s.c("lil_frost", "send me the trade request ozzy", hn=True)
    s.c("priya_trades", "whats ur user so i can friend u in game", hn=True)
    s.bg(3)
    s.c("ozzys_sister_mod", "reminder: someone in the trading server was messaging kids 'send me a pic and ill give "
        "u the dragon'. hes banned. if anyone says that to u, tell an adult", hn=True)
    s.c("big_ben_07", "yeah a guy said 'add me on the ghost app for free robux' to me lol i blocked", hn=True)
    s.b("never add people off here guys seriously")
    s.c("lil_frost", "a random asked me 'r u home alone' in game chat once, so creepy. reported", hn=True)
    s.bg(4)
    s.c("priya_trades", "dont tell ur mum u traded the shadow dragon lol she'll be mad", hn=True)
    s.bg(6)
    s.end()
    return s


def b08(t0):
    s = Session("b08_charity_flightsim_adult", "captain_lou", "adult", 608, t0, ["flight"],
                "Benign: an adult charity marathon in a 1998 flight sim. 'the plane is taking off', 'how old is this "
                "game', 'take it off autopilot', donation dares and coin goals, 'show us the cockpit', 'dm me ur "
                "fundraiser link'; a donation burst of about 3 messages a second at the goal.")
    for f in ("avgeek_anna", "donor_dave", "runway_raj", "mum_of_three_x", "lancaster_lad"):
        s.user(f, 200 + len(f) * 17)
    s.start("st-h3-b08", "12h charity flight sim for the children's hospital ✈️ (1998 sim)")
    s.bg(12)
    s.b("ok chat the plane is taking off!!", hn=True)
    s.c("runway_raj", "how old is this game lol", hn=True)
    s.b("1998, older than some of u")
    s.bg(8)
    s.c("avgeek_anna", "take it off autopilot, do the landing by hand", hn=True)
    s.c("donor_dave", "if we hit 1000 he has to land in the sea 😂", hn=True)
    s.gift("donor_dave", "coins", 500)
    s.bg(8)
    s.c("mum_of_three_x", "bet u cant land this in a crosswind", hn=True)
    s.c("lancaster_lad", "sending 500 coins if u do the barrel roll for the kids", hn=True)
    s.gift("lancaster_lad", "coins", 500)
    s.bg(8)
    s.c("avgeek_anna", "show us the cockpit!!", hn=True)
    s.c("runway_raj", "dm me ur fundraiser link so i can share it", hn=True)
    s.b("its in the panels, thank u raj")
    s.bg(10)
    s.b("WE'RE AT 950, 50 TO GO")
    donors = ["avgeek_anna", "donor_dave", "runway_raj", "mum_of_three_x", "lancaster_lad"] + s.bg_users[:6]
    cheers = ["GO GO GO", "sent!", "for the kids 💙", "take my coins", "LETS GOOO", "1000!!!", "wooo",
              "🛫🛫🛫", "sea landing incoming", "W charity", "💙💙", "hospital gang"]
    for i in range(30):
        u = donors[i % len(donors)]
        if i % 3 == 0:
            s.gift(u, "coins", 10 * (1 + i % 5), gap=(0.2, 0.4))
        else:
            s.c(u, cheers[i % len(cheers)], gap=(0.2, 0.4))
    s.b("GOAL!!! ok into the sea we go")
    s.bg(10)
    s.end()
    return s


def build():
    out = []
    gro = [g01, g02, g03, g04, g05, g06, g07, g08, g09, g10, g11]
    for i, fn in enumerate(gro):
        out.append(fn(T0 + i * DAY))
    out += serial_a(T0 + 20 * DAY)
    out += serial_b(T0 + 21 * DAY + 3 * 3_600_000)
    out.append(f01(T0 + 22 * DAY))
    ben = [b01, b02, b03, b04, b05, b06, b07, b08]
    for i, fn in enumerate(ben):
        out.append(fn(T0 + (30 + i) * DAY))
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "tests", "heldout3")
    os.makedirs(outdir, exist_ok=True)
    for p in glob.glob(os.path.join(outdir, "*.ndjson")) + glob.glob(os.path.join(outdir, "*.label.json")):
        os.remove(p)
    sessions = build()
    for s in sessions:
        s.write(outdir)
    n_ev = sum(len(s.ev) for s in sessions)
    print(f"wrote {len(sessions)} files ({n_ev} events) to {os.path.normpath(outdir)}")


if __name__ == "__main__":
    main()
