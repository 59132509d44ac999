#!/usr/bin/env python3
"""make_heldout15.py - deterministic generator for held-out chat set 15.

Writes tests/heldout15/*.ndjson, *.label.json and README.md. All key lines
(offender messages, broadcaster replies, family / coach / moderator lines and
hard negatives) are hand-written below; background chatter is drawn from
hand-written pools with a fixed per-session seed, so reruns are byte-identical.
All names, handles and places are invented. Content is non-graphic.
"""
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "heldout15")

ZW = "\u200b"
# Cyrillic look-alikes
CA, CO, CE, CP, CC, CX = "\u0430", "\u043e", "\u0435", "\u0440", "\u0441", "\u0445"

EVASION_ORDER = ["leetspeak", "spaced_letters", "emoji_substitute", "homoglyph", "misspelling",
                 "split_request", "number_words", "zero_width", "euphemism"]
TACTIC_ORDER = ["flattery", "personal_info", "gift_offer", "dare", "nudity_request",
                "sexual_content", "secrecy", "off_platform", "threat", "meeting", "age_gap"]

# --------------------------------------------------------------------------
# background pools (hand-written)
# --------------------------------------------------------------------------
GENERIC = [
    "hiii", "hello from the bus", "just got here what did i miss", "o7", "lol", "LMAO",
    "first time catching this live", "chat is cozy today", "brb food", "back", "W", "gg",
    "ayy", "how long u streaming today", "love the overlay", "the music is a vibe",
    "can u turn the music down a bit", "mic is a bit quiet", "ok sound is fine now",
    "good morning from the night shift", "hi from portugal", "who else is at school rn lol",
    "😂😂", "🔥", "👋", "💜", "lurking", "lurk mode on", "this is so calming",
    "my cat just walked on my keyboard sorry", "raining here again", "this stream >>> homework",
    "hahaha", "ok that was clean", "no way", "wait what", "💀", "real", "same",
]
POOLS = {
    "gaming": [
        "what rank are u", "that flank was nasty", "u should rotate earlier", "nice clutch",
        "the lag is crazy today", "servers are cooked", "which controller is that",
        "what sens do u use", "check the left", "behind u!!", "rez him", "that skin is clean",
        "new season is mid ngl", "ur crosshair placement is good", "the storm is closing",
        "loot the supply drop", "bro got third partied", "hold that angle", "one more game",
        "patch notes were wild", "play with viewers later?", "that reload cancel tho",
        "who's the duo", "ez", "that was a throw lol", "unlucky", "GG go next",
    ],
    "minecraft": [
        "put torches down the mine", "creeper behind u", "is this hardcore", "what seed is this",
        "build a bigger storage room", "u need a smoker for food", "villager trading hall when",
        "the base looks so good", "go to the nether next ep", "get silk touch first",
        "that cave is scary", "use spruce for the roof", "the cow pen is so cute",
        "mining at y -58 is best for diamonds", "name the dog", "dont dig straight down!!",
        "shaders?", "is this 1.21", "elytra when", "the bee farm tho", "sheep colours 🐑",
        "put a path to the village", "u forgot to sleep lol phantoms",
    ],
    "art": [
        "what brush is that", "the colours are so nice", "how do u do lineart so clean",
        "what app is this", "love the shading", "can u do a speed paint later", "the eyes!!",
        "make the background purple", "its giving studio ghibli", "how long did that take",
        "i tried ur tip about layers and it worked", "the hair flow is so good", "canvas size?",
        "use a multiply layer for shadows", "so satisfying", "the blending omg",
        "can u draw my dog next", "i love ur style", "what tablet do u have", "color pick the sky",
    ],
    "music": [
        "that chord change!!", "play wonderwall lol", "what key is this", "vocals are so clean",
        "can u do an acoustic one", "that harmony tho", "the reverb is perfect", "encore",
        "how long have u played", "ur voice is so calm", "what mic is that", "request: anything by the weekend",
        "the bridge gave me chills", "tune the g string its a bit off", "clap clap clap",
    ],
    "football": [
        "that rainbow flick was clean", "do the elastico", "what boots are those",
        "try it with ur left foot", "keepy uppy record?", "the garden goal is tiny haha",
        "who do u support", "the dog wants the ball", "slow mo replay pls", "that touch!!",
        "do a rabona", "ur first touch is so good", "neighbours gonna complain lol",
        "how many hours a day do u train", "the cone drill is so hard", "mate that was silky",
        "do the around the world", "is that a size 5 ball", "wind is not helping",
    ],
    "study": [
        "what topic is this", "can u go over the last one again", "i got 7 for that one",
        "is it simultaneous equations", "my teacher never explains it like this",
        "pomodoro break when", "what grade is this level", "i have the same homework lol",
        "quadratic formula gang", "write it bigger pls", "the whiteboard is so neat",
        "ohhh i get it now", "check ur minus sign", "isnt it x = 4", "lofi + maths = peace",
        "who else has a test friday", "factorise first", "show the working",
    ],
    "nature": [
        "the birds!!", "what trail is this", "is that a heron", "so peaceful",
        "the light through the trees", "mushroom spotted", "watch out for the mud",
        "the river sounds so nice", "what camera is this", "is it cold there",
        "leaves are turning already", "there's a robin on the fence", "love walking streams",
        "pls show the view at the top", "the dog is having the best day", "frog!!",
    ],
    "cooking": [
        "what flour do u use", "that dough looks perfect", "preheat the oven first lol",
        "smells good from here", "how much sugar was that", "is it self raising",
        "butter at room temp is key", "can u share the recipe", "the icing tho",
        "my cake always sinks", "cinnamon!!", "those layers omg", "mixer is so loud haha",
        "how long in the oven", "the sprinkles", "gas mark 4 right?", "yum",
    ],
    "chess": [
        "Nf3 is the move", "that bishop is hanging", "blunder check!!", "what opening is this",
        "london system again lol", "castle first", "take with the pawn", "that knight fork tho",
        "you're low on time", "premove gone wrong", "brilliant move ‼", "endgame is drawn i think",
        "rook to the seventh", "caro kann enjoyers", "what's your rating now", "gg wp",
        "the engine likes h4", "time scramble incoming", "en passant is forced", "queen trade?",
    ],
    "dance": [
        "the formation changes!!", "ur footwork is so sharp", "that wave was clean",
        "do the chorus again", "who's ur bias", "the killing part!!", "mirror version pls",
        "where did u get those trainers", "the studio lighting is 10/10", "energy is unreal",
        "next cover suggestion: anything from the new album", "the hair flip timing", "encore!!",
        "u nailed the transition", "my legs hurt just watching",
    ],
    "horse": [
        "what's his name again", "he's so shiny", "love the plaits", "is that a cob",
        "how high was that jump", "his ears are so happy", "give him a carrot from me",
        "the arena looks muddy", "what saddle is that", "those sparkly boots", "pony club vibes",
        "the canter was so smooth", "he's so fluffy in winter", "i miss riding", "treat time!!",
    ],
    "retro": [
        "this game is older than me", "the soundtrack slaps", "cartridge or emulator",
        "crt filter looks sick", "i had this on my old console", "save states are cheating lol",
        "the boss pattern is easy once u see it", "blow on the cartridge", "this level took me a week",
        "ahh the nostalgia", "the 16 bit music", "warp zone!!", "speedrun when",
        "hidden room behind the waterfall", "i rented this from the video shop back in the day",
    ],
    "irl": [
        "what city is this", "love the vibe", "the coffee looks good", "is that a market",
        "the street food!!", "hat looks good", "wind is strong", "what's the plan today",
        "it's so sunny there", "the pigeons lol",
    ],
    "athletics": [
        "what was the 100 time", "the hamstring stretch looks painful", "spikes or trainers today",
        "is that the track by the leisure centre", "ur drive phase is so much better", "hydrate!!",
        "the wind on the back straight tho", "how many reps was that", "foam roller gang",
        "do u do hurdles too", "that start was rapid", "my calves hurt watching", "pb soon!!",
        "stretch the quads too", "ice bath after?", "the block start looked clean",
    ],
    "lego": [
        "the little train!!", "how many pieces is that", "is that the new set", "use a grey plate for the road",
        "the minifig with the croissant lol", "sort by colour helps", "stepping on lego = pain",
        "put a lamp post there", "the awning is so cute", "instructions or freebuild?",
        "my brother has that set", "clutch power on those old bricks", "add a bus stop", "tiny cake piece!!",
    ],
    "camp": [
        "torch!! dont forget a torch", "roll the sleeping bag tighter", "socks socks socks",
        "is it a 2 night camp", "bring a mug", "waterproofs are a must", "midge spray lol",
        "pack the heavy stuff at the bottom", "the backpack is bigger than u haha", "marshmallows?",
        "label ur stuff", "my camp was so muddy last year", "badges on the necker!!", "spare laces",
    ],
    "cozy": [
        "the wallpaper is so cute", "put a rug there", "the kitchen colour!!", "build a greenhouse",
        "more plants", "the lighting is so cosy", "name the dog something silly", "custom content?",
        "the garden path tho", "use the cottage windows", "make a reading nook", "the bakery counter!!",
        "so relaxing", "pastel everything", "the little cat npc", "hatch rate is so bad lol",
        "trade for a legendary?", "that egg is rigged", "ooh shiny", "the pet follows u aww",
    ],
    "obby": [
        "the lava jump is so hard", "use the shift lock", "that's a fake block", "the conveyor stage!!",
        "checkpoint skip?", "ur so fast at this", "stage 14 is rigged", "wall hop it",
        "the spinning bar gets everyone", "speedrun pb?", "jump earlier", "the kill brick!!",
        "sooo close", "gravity coil would help lol", "its a troll obby", "next obby the tower one",
    ],
    "pets": [
        "the cat!!!", "pspsps", "what breed", "he's so floofy", "the zoomies", "his little paws",
        "treat time", "she's judging u haha", "bless", "is that a hamster",
    ],
}
BC_COMMON = ["hi hi welcome in", "lol", "wait what", "hahaha", "ty for the follow!!", "chat be nice",
             "ok focus", "omg", "hold on", "yess", "noo", "thank u!!", "brb 1 sec", "ok back"]
BC_POOLS = {
    "athletics": ["ok next stretch", "my legs are jelly", "ty for watching!!", "one more rep", "cooling down now"],
    "lego": ["where did that piece go", "ok next bag", "ty for watching!!", "i love this bit", "hold on i dropped one"],
    "camp": ["ok what else", "is that everything?", "ty chat!!", "where's my torch", "this bag is so heavy"],
    "cozy": ["ok decorating time", "i love this one", "ty for the ideas!!", "hmm what colour", "brb drink"],
    "obby": ["noooo", "ok again", "i almost had it", "ty for the tips", "this stage is evil"],
    "gaming": ["ok one more then food", "chat i'm so bad today", "thanks for the follow!!", "that was lucky", "who wants to play next round", "hold on my headset died", "ty for watching guys"],
    "minecraft": ["ok we're going mining", "i need more iron", "chat name the cow", "oh no oh no creeper", "storage is a mess lol", "ty for the ideas!!", "brb mum's calling me for tea"],
    "art": ["ok lineart time", "should i change the background", "thank u!!", "i'm using the soft brush", "hmm the hand looks weird", "ty for the follow", "almost done with this one"],
    "music": ["ok next song", "let me tune real quick", "ty for listening", "requests in chat!", "my fingers hurt lol", "this one's my fav"],
    "football": ["ok trying again", "that one was so close", "the ball keeps going in the hedge", "ty for watching!!", "one more attempt", "my legs are dead"],
    "study": ["ok next question", "wait i made a mistake", "let's do a five min break", "does that make sense chat", "ty for helping", "this one is hard"],
    "nature": ["look at this!!", "ok going up the hill now", "the mud is so bad", "ty for walking with me", "listen to the birds"],
    "cooking": ["ok in the oven it goes", "i hope this works lol", "ty chat!!", "now we wait", "oops spilled the flour", "recipe in the description"],
    "chess": ["i think this is winning", "oh no i hung it", "ok next game", "ty for the gg", "should i play e4 again", "i'm in time trouble"],
    "dance": ["ok from the top", "let me drink water", "ty for the requests", "that part is so hard", "one more run through"],
    "horse": ["say hi everyone", "he's being cheeky today", "ok let's try the jump", "ty for watching!!", "he wants his lunch lol"],
    "retro": ["ok this boss again", "i swear this worked last time", "ty for the tips", "save point finally", "the music in this level!!"],
}

BG_USERS = [
    "tidal_pebble", "oat_milk_otter", "crispy_kestrel", "marrow_moth", "duskfinch", "pylon_pete",
    "jellybean_jo", "fennel_fox", "quietquokka", "lanternfish88", "rowan_rook", "sprocket_sam",
    "mint_gecko", "saltmarsh_sid", "nebula_noodle", "pickle_parade", "chalkdust_cj", "wren_wrangler",
    "biscuit_barge", "loam_lizard", "tinfoil_tess", "grumpy_gannet", "cobalt_cricket", "ferris_fern",
    "hazelnut_hal", "pixel_parsnip", "drizzle_dot", "kettlecorn_k", "velcro_vic", "puddle_priya",
    "orchid_ollie", "snowpea_sana", "gravel_gus", "turnip_tam", "sleepy_stoat", "bramble_bex",
    "acorn_ade", "yarrow_yusuf", "caraway_cal", "juniper_jin", "fog_lamp_fi", "mallow_mo",
    "zinc_zara", "lupin_lou", "tarmac_theo", "scone_sienna", "ripple_raj", "quill_quinn",
]


def C(user, text, t=None, ev=(), hn=False, fi=False, bg=None, gap=None):
    return {"k": "chat", "user": user, "text": text, "t": t, "ev": list(ev), "hn": hn,
            "fi": fi, "bg": bg, "gap": gap}


def G(user, item, amount, bg=None, gap=None):
    return {"k": "gift", "user": user, "item": item, "amount": amount, "bg": bg, "gap": gap}


SESSIONS = []


def session(name, bc, age, title, theme, start, script, n_bg, ages, notes,
            serial=None, related=None, looks="", rate=(3000, 16000), extra_users=()):
    SESSIONS.append(dict(name=name, bc=bc, age=age, title=title, theme=theme, start=start,
                         script=script, n_bg=n_bg, ages=ages, notes=notes, serial=serial,
                         related=related, looks=looks, rate=rate, extra_users=extra_users))


def build(s, idx):
    rng = random.Random(1500 + idx * 7919)
    pool = list(GENERIC) + POOLS[s["theme"]] + POOLS[s["theme"]]
    if s["theme"] in ("lego", "cozy", "camp", "nature"):
        pool += POOLS["pets"]
    bcpool = BC_POOLS.get(s["theme"], BC_POOLS["gaming"])
    users = rng.sample(BG_USERS, 12)
    ages = dict(s["ages"])
    for u in users + list(s["extra_users"]):
        if u in ages:
            continue
        r = rng.random()
        ages[u] = None if r < 0.3 else (rng.randint(0, 20) if r < 0.5 else rng.randint(30, 2400))
    script = s["script"]
    # distribute background lines over the gaps that allow them
    slots = [i for i, it in enumerate(script) if it["bg"] != 0] + [len(script)]
    offs = set(it["user"] for it in script if it["k"] == "chat" and it["t"] is not None)
    weights = []
    for i in slots:
        prev = script[i - 1] if 0 < i <= len(script) else None
        quick = (i < len(script) and prev is not None and prev["k"] == "chat"
                 and prev["user"] in offs and script[i]["user"] not in offs)
        weights.append(0.12 if quick else 1.0)
    counts = {i: 0 for i in slots}
    for _ in range(s["n_bg"]):
        counts[rng.choices(slots, weights)[0]] += 1
    deck = []
    bcdeck = []

    def bcdraw():
        if not bcdeck:
            bcdeck.extend(bcpool + BC_COMMON)
            rng.shuffle(bcdeck)
        return bcdeck.pop()

    def draw():
        if not deck:
            deck.extend(pool)
            rng.shuffle(deck)
        return deck.pop()
    events = []
    ts = s["start"]
    stream = "st-15%03d" % idx
    events.append({"type": "stream_start", "ts": ts, "stream": stream, "broadcaster": s["bc"],
                   "broadcaster_age": s["age"], "title": s["title"]})
    ts += 1500
    mid = gid = 0
    label = {"offenders": [], "first_intervention_ts": None, "tactics": set(), "lines": {},
             "evasion": {}, "gifts": [], "hn": []}
    offenders = set(it["user"] for it in script if it["k"] == "chat" and it["t"] is not None)
    last_bg = None

    def add_chat(user, text, gap):
        nonlocal ts, mid
        ts += gap
        mid += 1
        ev = {"type": "chat", "ts": ts, "stream": stream, "id": "m%d" % mid, "user": user, "text": text}
        if user != s["bc"] and ages.get(user) is not None:
            ev["account_age_days"] = ages[user]
        events.append(ev)
        return ev

    for i in range(len(script) + 1):
        for _ in range(counts.get(i, 0)):
            gap = rng.randint(*s["rate"])
            if rng.random() < 0.13:
                add_chat(s["bc"], bcdraw(), gap)
            elif rng.random() < 0.05:
                nonlocal_g = rng.choice(users)
                ts += gap
                gid += 1
                events.append({"type": "gift", "ts": ts, "stream": stream, "id": "g%d" % gid,
                               "user": nonlocal_g, "item": rng.choice(["coins", "rose", "gems"]),
                               "amount": rng.choice([1, 5, 10, 50, 100])})
            else:
                u = rng.choice(users)
                txt = draw()
                if txt == last_bg:
                    txt = draw()
                last_bg = txt
                add_chat(u, txt, gap)
        if i == len(script):
            break
        it = script[i]
        gap = rng.randint(*(it["gap"] or s["rate"]))
        if it["k"] == "gift":
            ts += gap
            gid += 1
            events.append({"type": "gift", "ts": ts, "stream": stream, "id": "g%d" % gid,
                           "user": it["user"], "item": it["item"], "amount": it["amount"]})
            if it["user"] in offenders:
                label["gifts"].append("g%d" % gid)
            continue
        ev = add_chat(it["user"], it["text"], gap)
        if it["user"] in offenders:
            assert it["t"] is not None, (s["name"], it["text"])
            if it["user"] not in label["offenders"]:
                label["offenders"].append(it["user"])
            label["lines"][ev["id"]] = [c for c in TACTIC_ORDER if c in it["t"]]
            assert all(c in TACTIC_ORDER for c in it["t"]), it["t"]
            label["tactics"].update(it["t"])
            if it["ev"]:
                assert all(c in EVASION_ORDER for c in it["ev"]), it["ev"]
                label["evasion"][ev["id"]] = [c for c in EVASION_ORDER if c in it["ev"]]
            if it["fi"]:
                assert label["first_intervention_ts"] is None
                label["first_intervention_ts"] = ev["ts"]
        else:
            assert it["t"] is None and not it["fi"]
            if it["hn"]:
                label["hn"].append(ev["id"])
    ts += rng.randint(4000, 20000)
    events.append({"type": "stream_end", "ts": ts, "stream": stream})
    for u in offenders:
        assert u not in users, u
    if offenders:
        assert label["first_intervention_ts"] is not None, s["name"]
    out = {
        "offenders": label["offenders"],
        "first_intervention_ts": label["first_intervention_ts"],
        "tactics_expected": [c for c in TACTIC_ORDER if c in label["tactics"]],
        "notes": s["notes"],
        "lines": label["lines"],
        "evasion": label["evasion"],
        "offender_gifts": label["gifts"],
        "hard_negatives": label["hn"],
    }
    if s["serial"]:
        out["serial_group"] = s["serial"]
        out["related_sessions"] = s["related"]
    return events, out


DAY = 86400000
T0 = 1767600000000  # fixed base (Jan 2026)


def t(i, h=18):
    return T0 + i * DAY + h * 3600000 + (i * 37 % 60) * 60000


# ==========================================================================
# GROOMING SESSIONS
# ==========================================================================
o = "mossy_lantern"
session("g01_pet_hatch_quiet_grownups_under13", "pipsqueak_nell", "under13",
        "hatching eggs til i get the rainbow one 🥚", "cozy", t(1), [
    C("pipsqueak_nell", "hiiii ok egg number 40 lets goo"),
    C(o, "you narrate this better than half the grown up channels i watch honestly", t=["flattery"]),
    C("pipsqueak_nell", "omg thank u"),
    C(o, "you must have loads of patience, do they let you stay up for this or is it a school night", t=["personal_info"]),
    C("pipsqueak_nell", "its half term!!"),
    C(o, "nice. bet everyone else in the house is glued to the telly downstairs and you've got the place to yourself up there", t=["personal_info"], fi=True),
    C("pipsqueak_nell", "my brother is at football lol"),
    C(o, "ha perfect", t=[]),
    C(o, "if that rainbow one doesn't hatch tonight, let's just say a certain someone could make sure you never need to grind for it again 😉", t=["gift_offer"]),
    C("tidy_tuesday_mod", "pls keep chat about the game ty"),
    C(o, "chat moves too fast in here for proper planning tbh", t=[]),
    C(o, "there's the app with the little yellow fella where the messages vanish, way easier to sort the trade there", t=["off_platform"], ev=["euphemism"]),
    C("pipsqueak_nell", "i'm not allowed that one"),
    C(o, "that's fine, it can be our th" + ZW + "ing, the big people always make everything into a whole drama", t=["secrecy"], ev=["zero_width"]),
    C("pipsqueak_nell", "hmm"),
    C(o, "u still there? 🥚", t=[]),
], 70, {o: 1, "tidy_tuesday_mod": 812}, "Fresh account flatters a girl under 13, works out whether anyone else is around her room, hints at paying for the pet she wants, describes a disappearing-message app without naming it and calls it 'our thing' to keep it from the adults. A channel moderator asks chat to stay on topic.",
        extra_users=["tidy_tuesday_mod"])

o = "rob_from_fives"
session("g02_uncles_mate_headset_1315", "kaiden_plays", "13-15",
        "zero build w/ my cousin", "gaming", t(2), [
    C("kaiden_plays", "yo chat we're back"),
    C(o, "alright kaiden! it's Rob, your uncle Dev's mate from the tuesday five-a-side 👋", t=[]),
    C("kaiden_plays", "oh hi?"),
    C(o, "dev never shuts up about how good you are at this, he wasn't lying either", t=["flattery"]),
    C(o, "you lot still in the flats by the big tesco or did your mum end up moving over the river", t=["personal_info"], fi=True),
    C("kaiden_plays", "um we moved"),
    C("cuz_tobias", "kaiden who is that"),
    C(o, "dev said you were after a proper headset for your birthday, i've got a spare one sat in the box", t=["gift_offer"]),
    C(o, "i'm round your end most saturdays, could just drop it over to you after the match", t=["meeting"]),
    C(o, "don't say anything to dev yet tho, want to see his face when he finds out it was me 😂", t=["secrecy"]),
    C("cuz_tobias", "uncle dev doesnt even play football he has a bad knee lol"),
    C(o, "he gave me your mum's number ages ago but i think it's an old one, what's the best one to get you on", t=["off_platform"]),
    C("kaiden_plays", "i'm gonna ask my mum"),
    C(o, "no need to bother her with it mate, she's got enough on", t=["secrecy"]),
    C(o, "honestly its nothin, just a headset", t=[]),
], 80, {o: 0, "cuz_tobias": 340}, "Brand-new account claims to be a friend of the boy's uncle, fishes for where the family lives now, offers a headset, proposes dropping it round on a Saturday, asks him to keep it from the uncle and his mum and asks for a number. The cousin in chat points out the uncle does not play football.",
        extra_users=["cuz_tobias"])

o = "coach_hollis_2"
session("g03_coach_new_number_kit_1617", "ria_sprints", "16-17",
        "track session log + stretching chat", "athletics", t(3), [
    C("ria_sprints", "hi all, cool down stretch stream"),
    C(o, "Ria it's coach, new account, lost my phone on the minibus so I'm using this for now", t=[]),
    C("ria_sprints", "oh hi coach?"),
    C(o, "Your 200 split this week was the best in the group, county selectors have noticed you", t=["flattery"]),
    C(o, "Need new kit sizes for the squad order before Friday. Stand up for me and do a slow turn so I can judge the size, the form is fussy", t=["nudity_request"], fi=True),
    C("bex_relay", "coach hollis has literally never used this app lol"),
    C("ria_sprints", "i can just tell u my size??"),
    C(o, "Easier if you send a couple of pictures in the app with the blue paper plane, that's where I'm keeping the squad stuff now", t=["nudity_request", "off_platform"], ev=["euphemism"]),
    C(o, "Keep this with you and me, the other girls get funny when someone's picked early", t=["secrecy"]),
    C(o, "Only so many places on the county list. Would hate for a misunderstanding to cost you one.", t=["threat"]),
    C("ria_sprints", "i'm gonna text coach on his normal number"),
    C(o, "That one's dead, told you. Up to you Ria.", t=["threat"]),
], 72, {o: 2, "bex_relay": 610}, "Fresh account poses as the girl's athletics coach with a 'new number', praises her times, asks her to stand and turn on camera for 'kit sizes', then for pictures on a messaging app, asks her to keep it between them and implies her county place depends on it. A teammate says the real coach is not on the app.",
        extra_users=["bex_relay"])

o = "velvet_orbit"
session("g04_old_account_sextortion_1617", "jonno_vx", "16-17",
        "late night ranked, no mic", "gaming", t(4, 22), [
    C(o, "back again 💫 i'm starting to think you stream just for me", t=["flattery"]),
    C("jonno_vx", "haha hi"),
    C(o, "you know you've got that kind of face that's annoying to look at because it's too nice", t=["flattery", "sexual_content"]),
    C(o, "we're basically the same age anyway so it's not weird", t=[]),
    C(o, "this chat is full of randoms, come to the one with the camera icon that deletes everything, i'll show you who i am first", t=["off_platform"], ev=["euphemism"]),
    C("jonno_vx", "maybe later"),
    C(o, "don't keep me waiting 🙃 i've been nice to you for months", t=[]),
    C(o, "pr" + CO + "ve you're not shy. sh" + CO + "w me the gym progress you keep talking about 😏", t=["sexual_content", "nudity_request"], ev=["homoglyph"], fi=True),
    C("jonno_vx", "nah"),
    C(o, "lol ok. i did keep everything from last week btw. every message 📂", t=["threat"]),
    C(o, "would be a shame if ur teammates got to read them. or the college group", t=["threat"]),
    C(o, "a small top-up fixes all of this, you know where to find me", t=["threat"]),
    C("nightowl_ash", "jonno ignore and block, tell someone"),
    C(o, "t1ck t0ck", t=["threat"], ev=["leetspeak"]),
], 78, {o: 1400, "nightowl_ash": 1200}, "Long-standing account (about four years old) posing as a same-age girl flatters a 16-year-old with sexual compliments, pushes him to a disappearing-photo app, asks him to show his body, then implies it kept his messages and will share them with teammates unless paid. A viewer tells him to block and tell someone.",
        extra_users=["nightowl_ash"])

o = "riddle_rosie"
session("g05_question_game_roses_1315", "mila_moonlit", "13-15",
        "ask me anything + drawing hearts", "art", t(5), [
    C("mila_moonlit", "ok ask me anything while i draw!!"),
    C(o, "ooh let's make it a game 🌹 each answer earns you a little something from me", t=["gift_offer", "dare"]),
    G(o, "rose", 20),
    C("mila_moonlit", "omg ty"),
    C(o, "round one: what year are you in, I say year 8 judging by the pencil case", t=["personal_info", "dare"]),
    C("mila_moonlit", "year 9 haha"),
    C(o, "close! round two: who's in the house with you tonight 👀", t=["personal_info", "dare"], fi=True),
    C("mila_moonlit", "why"),
    C(o, "just the game silly. round three is the fun one", t=["dare", "nudity_request"], ev=["split_request"]),
    C(o, "it's boiling in everyone's house this week isn't it", t=["dare", "nudity_request"], ev=["split_request"]),
    C(o, "so the chunky jumper has to go 🙈 that's the challenge, t a k e  it  o f f and win the big one", t=["dare", "nudity_request"], ev=["split_request", "spaced_letters"]),
    G(o, "rose", 100),
    C("sunny_bea", "that's a weird game mila dont"),
    C("mila_moonlit", "i'm good lol"),
    C(o, "aww spoilsport, last round then: no telling anyone the questions, that's the rule 🤫", t=["secrecy"]),
], 78, {o: 3, "sunny_bea": 420}, "Fresh account turns 'ask me anything' into a question game paid in roses: year group, who is in the house, then a three-part 'challenge' to take off her jumper, and a rule not to tell anyone. A friend warns her.",
        extra_users=["sunny_bea"])

o = "XXCARRYDADDYXX"
session("g06_caps_slang_carry_1315", "tj_clutches", "13-15",
        "solo squads all night", "gaming", t(6, 20), [
    C(o, "YO UR AIM IS ACTUALLY CRACKED FR", t=["flattery"]),
    C("tj_clutches", "ty"),
    C(o, "NO CAP U COULD GO PRO, I KNOW ORG PPL", t=["flattery"]),
    C(o, "U LIKE 13 14? U TYPE OLDER THO", t=["personal_info", "flattery"]),
    C("tj_clutches", "14"),
    C(o, "IM 31 LMAO BUT IN LOBBIES AGE DONT EXIST", t=["age_gap"], fi=True),
    C(o, "HOP IN MY PARTY AFTER, THE ONE W THE PURPLE LOGO, ILL CARRY U TO UNREAL", t=["off_platform"], ev=["euphemism"]),
    C(o, "BATTLE PASS ON ME IF U ACCEPT THE REQ 💸", t=["gift_offer", "off_platform"]),
    C("frosty_milo", "bro who is this guy"),
    C(o, "FACECAM ON IN THE PARTY THO, WANNA SEE WHO IM DUOING WITH, NO HOODIE", t=["nudity_request", "off_platform"]),
    C(o, "DONT TELL UR PARENTS THEY DONT GET GAMING LOL", t=["secrecy"]),
    C(o, "BET THE GIRLS IN UR YEAR ARE ALL OVER U THO 😏 U EVER KISSED ANY", t=["sexual_content"]),
    C("tj_clutches", "im not allowed parties with randoms"),
    C(o, "RANDOM?? AFTER I OFFERED THE PASS?? OK", t=["gift_offer"]),
], 90, {o: 4, "frosty_milo": 220}, "All-caps gamer-slang account praises a 14-year-old's aim, asks his age, says he is 31 and 'age doesn't exist in lobbies', pushes a voice app by describing its logo, offers the battle pass, asks for facecam without the hoodie and tells him not to tell his parents.",
        extra_users=["frosty_milo"])

o = "m.hargreave"
session("g07_polite_paragraphs_lessons_unknown", "quietstudy_em", "unknown",
        "silent study w/ me, gcse chem", "study", t(7, 16), [
    C(o, "Good afternoon. I must say you have a wonderful discipline about you, most people your age couldn't sit still for an hour let alone revise chemistry so carefully.", t=["flattery"]),
    C("quietstudy_em", "thank you :)"),
    C(o, "I taught for many years before retiring. May I ask which exam board you're with, and whether you're at one of the schools in the Wexley area? The notes on your wall look very familiar.", t=["personal_info"]),
    C("quietstudy_em", "not really gonna say where sorry"),
    C(o, "Quite right, quite right. I only ask because I run very small private sessions over video, just the tutor and the student, without distractions. I would happily waive any fee for you.", t=["off_platform", "gift_offer"], fi=True),
    C(o, "There's no need to involve your parents in the arrangements, they tend to overcomplicate these things with forms and the like. It would simply be a learning arrangement between us.", t=["secrecy"]),
    C("lab_rat_lily", "just use the free revision vids em x"),
    C(o, "And of course if you're ever near the central library on a Saturday morning, I am usually in the reading room and could bring you my old textbooks.", t=["meeting", "gift_offer"]),
    C(o, "I'm sure you're mature enough to decide for yourself. I may be old enough to be your grandfather, but I've always found I get on better with young minds than with people my own age.", t=["flattery", "age_gap"]),
], 75, {o: 9, "lab_rat_lily": 530}, "A courteous account writing in long paragraphs claims to be a retired teacher, probes for the exam board and the town's schools, offers free private one-to-one video lessons, says parents needn't be involved, and suggests meeting at the library to hand over textbooks. Age of broadcaster unknown.",
        extra_users=["lab_rat_lily"])

o = "doodlefan1999"
session("g08_typos_old_account_drawing_under13", "lil_sketchbug", "under13",
        "drawing my oc's!!", "art", t(8, 17), [
    C(o, "ur drawins r so gud 4 ur age omg", t=["flattery"], ev=["misspelling"]),
    C("lil_sketchbug", "thankyou!!!"),
    C(o, "u got ur own room 2 draw in or do u shar wit ur sis", t=["personal_info"], ev=["misspelling"], fi=True),
    C("lil_sketchbug", "my own room"),
    C(o, "lucky!! is it a messy 1 lol giv us a tour", t=["personal_info"], ev=["misspelling"]),
    C(o, "wat r u wearin 2day, the oc shud hav the same fit as u, stand up n show", t=["nudity_request"], ev=["misspelling"]),
    C("lil_sketchbug", "lol no"),
    C(o, "i got sumthin reely nice 4 u if u keep it betwen us 🤐", t=["gift_offer", "secrecy"], ev=["misspelling"]),
    C(o, "my numbr is sevn sevn nine oh", t=["off_platform"], ev=["number_words", "split_request"], bg=0),
    C(o, "fore six too won, msg me ther", t=["off_platform"], ev=["number_words", "split_request", "misspelling"], bg=0),
    C("grandad_al", "Lily love, time for tea in 10 mins. Grandad x"),
], 70, {o: 2100, "grandad_al": 95}, "Old account (about six years) writing with heavy typos flatters a girl under 13, asks if she has her own room and for a room tour, asks her to stand and show her outfit, offers a present if she keeps it secret and spells out a phone number in words over two lines. Her grandad posts a harmless tea-time message.",
        extra_users=["grandad_al"])

o = "corazon_vagabundo"
session("g09_multilingual_singing_1315", "vale_canta", "13-15",
        "cantando covers 🎤 requests open", "music", t(9, 19), [
    C(o, "que linda tu voz 😍 you sing like an angel, de verdad", t=["flattery"]),
    C("vale_canta", "graciasss"),
    C(o, "de dónde eres? your accent is half here half there, which city 🏙", t=["personal_info"]),
    C("vale_canta", "jaja secret"),
    C(o, "tengo un regalito para ti 🎁 but it only fits in the green app with the phone 📞", t=["gift_offer", "off_platform"], ev=["emoji_substitute", "euphemism"]),
    C(o, "¿estás sola en casa ahora? the room sounds very quiet", t=["personal_info"], fi=True),
    C("tia_marisol", "Vale mi amor, tu tía está mirando!! canta la de la abuela ❤️"),
    C(o, "nadie tiene que saber ok? it's just our little thing, entre nosotros", t=["secrecy"]),
    C(o, "esa voz... the things it does to a grown man 🔥 I shouldn't say it here", t=["sexual_content", "age_gap"]),
    C(o, "y si algún día estás cerca del centro comercial by the station, te invito un helado 🍦", t=["meeting"]),
    C("vale_canta", "mi tía dice que no hable con gente asi"),
    C(o, "ok ok tranquila 😇", t=[]),
], 80, {o: 6, "tia_marisol": 1500}, "Fresh account mixing Spanish and English praises a 14-year-old singer, asks her city, offers a gift if she moves to 'the green app with the phone', asks if she is alone at home, frames it as 'our little thing' and proposes ice cream near a mall. Her real aunt is in chat; the aunt's lines are ordinary family talk.",
        extra_users=["tia_marisol"])

o = "starlight_friend_"
session("g10_emoji_leet_cozy_under13", "benji_builds", "under13",
        "cozy farm day 🌾", "minecraft", t(10, 17), [
    C(o, "ur farm is the cutest on this whole site 🥺💕", t=["flattery"]),
    C("benji_builds", "thanks!!"),
    C(o, "r u h0m3 4l0n3 2day? 🏠❓", t=["personal_info"], ev=["leetspeak", "emoji_substitute"], fi=True),
    C("benji_builds", "my mum is at work"),
    C(o, "👻❓ i hav a 👻 we can talk more there", t=["off_platform"], ev=["emoji_substitute"]),
    C(o, "💎💎💎 4 every 📸 of ur 👕 😜", t=["gift_offer", "nudity_request"], ev=["emoji_substitute", "leetspeak"]),
    C("crafty_cass", "benji dont answer that"),
    C(o, "🤫🤐 nobody needs 2 kn0w ok", t=["secrecy"], ev=["emoji_substitute", "leetspeak"]),
    C(o, "😢 y u ignoring", t=[]),
    C(o, "i walk my dog by the pond w the boats evry day, if ur ever there 🐶🦆", t=["meeting"], ev=["misspelling"]),
    C(o, "dnt block me lol i alwys find ppl's other accounts 😇", t=["threat"], ev=["misspelling"]),
], 72, {o: 0, "crafty_cass": 700}, "Fresh account talks mostly in emoji and leetspeak: asks if the boy is home alone, offers a ghost-emoji app, gems for photos of his T-shirt, and shush emoji for secrecy. A viewer tells him not to answer.",
        extra_users=["crafty_cass"])

o = "longtime_listener"
session("g11_loyal_viewer_turns_1617", "ivy_paints_minis", "16-17",
        "painting the dragon mini pt 3", "art", t(11, 20), [
    C(o, "evening ivy 🖌 saved you a seat as usual", t=[]),
    G(o, "gems", 500),
    C("ivy_paints_minis", "thanks for the gems as always!"),
    C(o, "you're the only stream that feels like it's talking to me", t=["flattery"]),
    C(o, "couldn't help noticing you didn't reply to my message last night. after everything I've sent, that stung a bit", t=["gift_offer"]),
    C("ivy_paints_minis", "i don't really do dms sorry"),
    C(o, "you did last week. you said some things. I'd hate for anyone at Ashbury to read them out of context", t=["threat", "personal_info"], fi=True),
    C(o, "the 7:40 bus is always packed anyway, easy to miss faces", t=["threat", "personal_info"]),
    C("mod_pinecone", "that's not ok, timing you out"),
    C(o, "just hop on a call tonight, camera on, and this all goes away", t=["off_platform", "threat"]),
], 80, {o: 900, "mod_pinecone": 1300}, "Account about two and a half years old and a regular gifter invokes everything it has given, then implies it will expose her messages to her school, shows it knows her bus time, and demands a camera call to make it 'go away'. A moderator acts.",
        extra_users=["mod_pinecone"])

o = "n0odle_enjoyer"
session("g12_zero_width_homoglyph_noodles_unknown", "sol_slurps", "unknown",
        "making noodles from scratch 🍜", "cooking", t(12, 19), [
    C(o, "the way you pull that dough is hypnotic", t=["flattery"]),
    C("sol_slurps", "hehe its so stretchy"),
    C(o, "r u old enough to use the big knife? how old even", t=["personal_info"]),
    C("sol_slurps", "old enough lol"),
    C(o, "dont worry, i'm 40 something and still can't cook, age is just a kitchen timer 😂", t=["age_gap"]),
    C(o, "we should cook together on t" + ZW + "elegr" + ZW + "am, one to one, better than this laggy thing", t=["off_platform"], ev=["zero_width"]),
    C(o, "turn the " + CC + CA + "m so we can see more than your hands 🙂", t=["nudity_request"], ev=["homoglyph"], fi=True),
    C(o, "maybe s" + ZW + "omething c" + ZW + "omfier than that apron", t=["nudity_request", "sexual_content"], ev=["zero_width"]),
    C("broth_boss", "mods?? this is weird"),
    C("sol_slurps", "no thanks"),
    C(o, "relax i'm joking, " + CP + CE + "lax", t=[], ev=["homoglyph"]),
], 75, {o: None, "broth_boss": 44}, "Account without account age praises the streamer, asks how old they are, says he is in his forties, moves to a named app hidden with zero-width spaces, asks to turn the camera to show more than hands (Cyrillic in 'cam') and for 'something comfier'. Age of broadcaster unknown.",
        extra_users=["broth_boss"])

o = "challenge_master_z"
session("g13_challenge_series_numbers_1315", "oscar_obby", "13-15",
        "obby speedruns, chat picks challenges", "obby", t(13, 18), [
    C("oscar_obby", "ok chat give me challenges!!"),
    C("jelly_jack", "i dare you to do the lava level with no checkpoints"),
    C("oscar_obby", "ok bet"),
    C(o, "challenge two: fifty thousand says you can't beat it blindfolded lol", t=["dare", "gift_offer"], ev=["number_words"]),
    C("pip_and_pop", "do it backwards haha"),
    C(o, "challenge three: stand up and do a slow spin so chat can rate the fit out of ten", t=["dare", "nudity_request"], fi=True),
    C("oscar_obby", "what lol no"),
    C(o, "ok easy one: whisper the name of your school, loser has to", t=["dare", "personal_info"]),
    G(o, "coins", 200),
    C(o, "bonus round is only on the private link, no mods, just winners 🏆", t=["off_platform", "dare"]),
    C("jelly_jack", "bet you cant get past stage 20 tho"),
    C(o, "and what happens in bonus round stays there 🔒", t=["secrecy"]),
], 85, {o: 5, "jelly_jack": 380, "pip_and_pop": 12}, "Fresh account hijacks a 'chat picks challenges' stream: a coin challenge in number words, a stand-up-and-spin dare, whispering his school, a private link for a 'bonus round' and 'stays there' secrecy. Other viewers' game dares are harmless.",
        extra_users=["jelly_jack", "pip_and_pop"])
# hard negatives in g13: the two game dares from jelly_jack / pip_and_pop
for s in SESSIONS[-1:]:
    for it in s["script"]:
        if it["k"] == "chat" and it["user"] in ("jelly_jack", "pip_and_pop"):
            it["hn"] = True

# ==========================================================================
# SERIAL CONTACT (same account, three streams)
# ==========================================================================
o = "paper_kite_dave"
REL = ["s01_serial_lego_city_under13", "s02_serial_skins_1315", "s03_serial_sketch_under13"]
session(REL[0], "mo_bricks", "under13", "building lego city live!", "lego", t(20, 15), [
    C("mo_bricks", "hi everyone this is the train station"),
    C(o, "that's some proper engineering for someone your size 🙂 what year are you in", t=["flattery", "personal_info"], fi=True),
    C("mo_bricks", "year 5"),
    C(o, "ha i remember year 5", t=[]),
], 60, {o: 5}, "Serial contact: one account visits three young streamers within about an hour (s01-s03), a mild line or two each; the cross-stream pattern is the main signal. Here: a compliment and a year-group question.",
        serial="serial-paperkite", related=REL)
session(REL[1], "skye_skinz", "13-15", "skin showcase + giveaways", "gaming", t(20, 15) + 1500000, [
    C("skye_skinz", "giveaway at 100 followers!!"),
    C(o, "i've got a spare code for that skin you keep talking about", t=["gift_offer"], fi=True),
    C(o, "tell me your name on the other game and i'll sort it there", t=["off_platform"]),
    C("skye_skinz", "just enter the giveaway lol"),
], 65, {o: 5}, "Serial contact (s01-s03): same account offers a skin code in exchange for her username on another game.",
        serial="serial-paperkite", related=REL)
session(REL[2], "tilly_scribbles", "under13", "drawing ur pets!! send names", "art", t(20, 15) + 3200000, [
    C("tilly_scribbles", "next one is a hamster called biscuit"),
    C(o, "you're my favourite little artist on here, don't tell the others i said that 🤫", t=["flattery", "secrecy"], fi=True),
    C("tilly_scribbles", "hehe"),
], 62, {o: 5}, "Serial contact (s01-s03): same account calls her his favourite and asks her not to tell the others.",
        serial="serial-paperkite", related=REL)

# ==========================================================================
# FLOOD
# ==========================================================================
FL = [
    ("zesty_0901", "spin around!!", ["nudity_request"], []),
    ("qwop_lord", "dare u to show ur bedroom", ["dare", "personal_info"], []),
    ("acc_77123", "5k coins if the cardigan goes", ["gift_offer", "nudity_request"], []),
    ("fizzbuzzer_", "wher do u liv", ["personal_info"], ["misspelling"]),
    ("u_s_e_r_x", "a d d  m e  o n  s n a p", ["off_platform"], ["spaced_letters"]),
    ("mr_potato_skins", "bet u wont stand on the bed and dance", ["dare", "nudity_request"], []),
    ("lol_ok_11", "hoW OLd r u", ["personal_info"], []),
    ("gh0st_v1ewer", "pr1v4te str34m 4 t0p g1ft3rs?", ["off_platform", "gift_offer"], ["leetspeak"]),
    ("nine_tails_ax", "closer to the cam pls", ["nudity_request"], []),
    ("shyguy_303", "r ur parents home lol", ["personal_info"], []),
    ("dare_devil_jo", "i dare u to take ur socks off, then the next thing 😏", ["dare", "nudity_request"], []),
    ("wavy_wes_22", "u should go live on the 📷 app tonight", ["off_platform"], ["emoji_substitute"]),
    ("pancake_pirate_", "truth: who's ur crush", ["sexual_content", "dare"], []),
]
fl_script = [C("nova_dances", "ok dance requests!! what next"),
             C("crumpet_chloe", "do the one from the advert!!", bg=0)]
for n, (u, txt, tac, ev) in enumerate(FL):
    fl_script.append(C(u, txt, t=tac, ev=ev, fi=(n == 0), bg=0, gap=(700, 4500)))
    if n == 6:
        fl_script.append(C("crumpet_chloe", "whats going on??", bg=0, gap=(700, 3000)))
fl_script += [C("nova_dances", "um", bg=0, gap=(1000, 3000)),
              C("crumpet_chloe", "mods pls!! nova go to subscriber only chat", bg=0, gap=(1000, 3000)),
              C("nova_dances", "ok chat sub only now, sorry guys")]
session("f01_flood_dance_requests_1315", "nova_dances", "13-15", "dance requests + chill", "dance",
        t(21, 19), fl_script, 50, dict([(u, (0 if i % 3 else 1)) for i, (u, _, _, _) in enumerate(FL)] + [("crumpet_chloe", 510)]),
        "Thirteen fresh accounts pile onto a 13-15 dancer within about a minute with spin, outfit and bedroom requests, coins, 'add me', a private stream for top gifters and crush questions, some in spaced letters, leetspeak or emoji. A friend asks for mods.",
        extra_users=["crumpet_chloe"])

# ==========================================================================
# BENIGN: ordinary busy streams
# ==========================================================================
session("b01_chess_blitz_club_1315", "knightly_ana", "13-15", "blitz vs viewers + club puzzle", "chess", t(30, 17), [
    C("knightly_ana", "hi chat! blitz with viewers today"),
    C("gambit_greg", "take it, take the queen!!", hn=True),
    C("knightly_ana", "it's poisoned lol"),
    C("rookie_rafa", "how old is this opening? feels ancient", hn=True),
    C("knightly_ana", "like 500 years haha"),
    C("club_sec_pat", "Ana, Pat from the junior club - the Leeds rapid entries close Friday, your dad has the form. See you there!", hn=True),
    C("knightly_ana", "ty pat!!"),
    C("gambit_greg", "you're way too smart for this chat honestly", hn=True),
    C("rookie_rafa", "send me a challenge on the site after stream, want a rematch", hn=True),
    C("knightly_ana", "ok after stream"),
    C("gambit_greg", "don't tell me the answer to the puzzle, i wanna solve it"),
], 120, {"club_sec_pat": 1900}, "Busy chess stream by a young player; viewers shout 'take it', ask how old the opening is, praise her, ask for an online rematch; the junior club secretary mentions a tournament.",
        looks="'take it, take the queen', 'how old is this opening', club secretary about a tournament, 'send me a challenge'",
        extra_users=["gambit_greg", "rookie_rafa", "club_sec_pat"])

session("b02_baking_sunday_adult", "flourcloud_fay", "adult", "sunday bake: cinnamon knots", "cooking", t(31, 11), [
    C("flourcloud_fay", "morning bakers!"),
    C("crumb_queen", "take the top off the bowl and show us the dough 😍", hn=True),
    C("flourcloud_fay", "look at that rise"),
    C("scone_sienna", "strip the zest off first, it's way easier", hn=True),
    C("crumb_queen", "turn it around so we can see the layers", hn=True),
    C("flourcloud_fay", "rolling now"),
    C("baker_barry", "i'll send a tip if you do a close up of the swirl", hn=True),
    C("crumb_queen", "you look so cosy in that apron haha", hn=True),
    C("flourcloud_fay", "it's my nan's apron!"),
], 110, {"crumb_queen": 3, "baker_barry": 870}, "Adult baker's Sunday stream with 'take the top off', 'turn it around', 'close up' and an apron compliment, all about the bake.",
        looks="'take the top off and show us', 'turn it around', 'close up for a tip', apron compliment",
        extra_users=["crumb_queen", "baker_barry"])

session("b03_kpop_cover_adult_flirt", "jiwoo_moves", "adult", "dance cover practice - new comeback!", "dance", t(32, 20), [
    C("jiwoo_moves", "ok full run through!!"),
    C("seoul_sal", "marry me 😭💜", hn=True),
    C("jiwoo_moves", "lol my mum watches this stream"),
    C("bias_wrecked_b", "that body roll should be illegal 😳", hn=True),
    C("seoul_sal", "take the jacket off for the second verse like in the mv", hn=True),
    C("jiwoo_moves", "it is hot in here ok"),
    C("dancelab_dee", "what city is your studio in? want to come to a class", hn=True),
    C("jiwoo_moves", "classes are on my site! saturdays"),
    C("bias_wrecked_b", "sending a hundred hearts if you do the killing part again 💜", hn=True),
    G("bias_wrecked_b", "rose", 100),
], 120, {"seoul_sal": 15, "bias_wrecked_b": 1, "dancelab_dee": 760}, "Adult dancer practising a k-pop cover; adult viewers flirt, ask her to take the jacket off as in the music video, ask where her studio is for classes, and gift for an encore.",
        looks="adults flirting with an adult ('marry me', 'should be illegal'), 'take the jacket off', 'what city is your studio', gifts for an encore",
        extra_users=["seoul_sal", "bias_wrecked_b", "dancelab_dee"])

session("b04_minecraft_survival_ep12_under13", "finn_digs", "under13", "survival ep 12: the big mine", "minecraft", t(33, 16), [
    C("finn_digs", "welcome to episode 12!!"),
    C("hoppy_harvey", "finn it's harvey from class!! are you coming to the park after", hn=True),
    C("finn_digs", "maybe if mum says"),
    C("dad_of_finn", "Finn, Dad here. 20 more minutes then homework. Well done on the mine 👍"),
    C("hoppy_harvey", "dare u to jump in the lava lake lol", hn=True),
    C("finn_digs", "NO i have diamonds"),
    C("ore_hunter_ike", "send me the seed on the server, i'll build next to u", hn=True),
    C("hoppy_harvey", "don't tell ur sister about the secret base ok", hn=True),
    C("finn_digs", "she's not even allowed in my world lol"),
], 115, {"dad_of_finn": 30}, "Young Minecraft streamer; a classmate asks about the park, dares him to jump in lava and keeps a secret base from his sister; his dad sets a time limit; a viewer asks for the seed on the server.",
        looks="classmate 'coming to the park', lava dare, 'don't tell ur sister about the secret base', 'send me the seed on the server'",
        extra_users=["hoppy_harvey", "dad_of_finn", "ore_hunter_ike"])

session("b05_nature_walk_unknown", "fernwalker", "unknown", "misty morning walk + birdsong", "nature", t(34, 8), [
    C("fernwalker", "morning everyone, very misty today"),
    C("twitcher_tom", "where is this? looks like the Holloway woods", hn=True),
    C("fernwalker", "not saying exactly but it's up north"),
    C("dew_drop_di", "are you out on your own? be careful on the ridge", hn=True),
    C("fernwalker", "dog's with me!"),
    C("twitcher_tom", "stop! turn around slowly, there's a deer behind you", hn=True),
    C("dew_drop_di", "take your gloves off and feel that moss lol", hn=True),
    C("bramble_bex", "come join our walking group on the app sometime, we meet sundays", hn=True),
], 110, {"twitcher_tom": 1500}, "Calm nature walk; viewers guess the location, ask if the walker is alone (safety), say 'turn around slowly' for a deer, 'take your gloves off' for the moss and invite them to a walking group.",
        looks="'where is this', 'are you out on your own', 'turn around slowly', 'take your gloves off', walking-group invite",
        extra_users=["twitcher_tom", "dew_drop_di"])

session("b06_maths_homework_1315", "zara_solves", "13-15", "maths homework help, bring ur questions", "study", t(35, 17), [
    C("zara_solves", "ok send questions!!"),
    C("kofi_from_8b", "zara its kofi from 8b, can u send me a pic of ur homework after, i missed the lesson", hn=True),
    C("zara_solves", "i'll post the answers on the class page"),
    C("mr_dalby_maths", "Mr Dalby here - nice working Zara. Reminder the test is Thursday period 2.", hn=True),
    C("hw_helper_han", "how old were you when u learned this? im so behind", hn=True),
    C("zara_solves", "we did it last year"),
    C("kofi_from_8b", "don't tell sir i copied question 4 lol", hn=True),
    C("mr_dalby_maths", "I can see this chat Kofi 😄", hn=True),
    C("hw_helper_han", "what school? ur teacher sounds good", hn=True),
    C("zara_solves", "not saying on stream lol"),
], 115, {"mr_dalby_maths": 1100, "kofi_from_8b": 210}, "Teen maths homework stream: a classmate asks for a picture of her homework and jokes about not telling the teacher; the teacher reminds them of a test; a viewer asks what school (she declines).",
        looks="'send me a pic of ur homework', 'don't tell sir', teacher in chat, 'how old were you', 'what school'",
        extra_users=["kofi_from_8b", "mr_dalby_maths", "hw_helper_han"])

session("b07_horse_riding_vlog_1617", "hattie_and_hugo", "16-17", "lesson day w/ hugo 🐴", "horse", t(36, 10), [
    C("hattie_and_hugo", "hiii lesson day!!"),
    C("yard_mum_jen", "Hattie, Jen from the yard, I'll pick you both up at 6 after the lesson", hn=True),
    C("hattie_and_hugo", "ty jen!!"),
    C("instructor_kaz", "heels down Hattie, and take the jacket off before you overheat", hn=True),
    C("pony_club_pip", "he's gorgeous, how old is he", hn=True),
    C("hattie_and_hugo", "he's 12!"),
    C("pony_club_pip", "bet you cant get him over the big oxer", hn=True),
    C("yard_mum_jen", "don't tell your mum about the muddy boots in my car 😂", hn=True),
], 110, {"yard_mum_jen": 1400, "instructor_kaz": 900}, "Teen riding vlog; a friend's mum from the yard will pick her up at 6, her instructor tells her to take her jacket off, viewers dare her to jump the big fence and ask how old the horse is.",
        looks="'I'll pick you up at 6', 'take the jacket off', 'how old is he' (the horse), jump dare, 'don't tell your mum'",
        extra_users=["yard_mum_jen", "instructor_kaz", "pony_club_pip"])

session("b08_retro_gaming_adult", "cartridge_carl", "adult", "16-bit saturday: the castle levels", "retro", t(37, 21), [
    C("cartridge_carl", "right, castle 4, here we go again"),
    C("sprite_sue", "how old is this game? i swear i had it in 1993", hn=True),
    C("pixel_parsnip", "bet you won't do it without the shield lol", hn=True),
    C("cartridge_carl", "challenge accepted"),
    C("sprite_sue", "come hang out in the discord after, we're doing a co-op night", hn=True),
    C("old_console_ollie", "send me your save file and i'll check the glitch", hn=True),
    C("cartridge_carl", "the glitch is real I promise"),
    C("sprite_sue", "keep this between us but the secret room is behind the third torch", hn=True),
], 120, {"sprite_sue": 2300, "old_console_ollie": 1800}, "Adult retro gaming stream; 'how old is this game', no-shield dare, Discord co-op night, 'send me your save file', 'keep this between us' about a secret room.",
        looks="'how old is this game', 'bet you won't', 'come to the discord', 'send me your save', 'keep this between us'",
        extra_users=["sprite_sue", "old_console_ollie"])

session("b09_drawing_requests_unknown", "inkpot_remy", "unknown", "drawing your requests! (sfw)", "art", t(38, 18), [
    C("inkpot_remy", "requests open, keep it sfw pls"),
    C("moth_mum_art", "draw my cat in a little hoodie!", hn=True),
    C("inkpot_remy", "ok that's adorable"),
    C("capybara_kev", "can you draw yourself? never seen your face lol", hn=True),
    C("inkpot_remy", "i'll draw my avatar instead haha"),
    C("moth_mum_art", "i'll send coins if you do my dog next 🐶", hn=True),
    G("moth_mum_art", "coins", 50),
    C("capybara_kev", "show us your desk setup!", hn=True),
    C("inkpot_remy", "messy desk tour incoming lol"),
    C("capybara_kev", "add me on the art server, we do weekly prompts", hn=True),
], 115, {"moth_mum_art": 650, "capybara_kev": 0}, "Drawing request stream, age unknown; viewers ask for pets in hoodies, a self-portrait, a desk tour, promise coins for a request and invite to an art server.",
        looks="'draw yourself', 'show us your desk setup', 'coins if you do my dog', 'add me on the art server'",
        extra_users=["moth_mum_art", "capybara_kev"])

session("b10_football_skills_1315", "deano_skills", "13-15", "100 keepy ups challenge ⚽", "football", t(39, 16), [
    C("deano_skills", "attempt 1 lets go"),
    C("sunday_league_sol", "deano its sol from the team, what time is training sat? can u ask ur dad if i can get a lift", hn=True),
    C("deano_skills", "10 i think"),
    C("keepy_kyle", "bet u cant do it with ur weak foot", hn=True),
    C("deano_skills", "watch me"),
    C("coach_briggs", "Coach Briggs here. Good touch Dean. Take the jumper off, you'll be boiling after 100 😄", hn=True),
    C("keepy_kyle", "what school do u go to? ur the kid from the cup final right", hn=True),
    C("deano_skills", "not saying lol"),
    C("sunday_league_sol", "don't tell coach i skipped the warm up", hn=True),
    C("coach_briggs", "I'm literally here Sol 😂"),
], 120, {"coach_briggs": 1700, "sunday_league_sol": 330}, "Young footballer's keepy-up challenge; his real coach (known to the team) tells him to take his jumper off, a teammate asks about lifts to training and jokes about not telling the coach, a viewer dares him and asks his school (he declines).",
        looks="coach 'take the jumper off', 'what school do u go to', 'bet u cant', teammate asking for a lift, 'don't tell coach'",
        extra_users=["sunday_league_sol", "keepy_kyle", "coach_briggs"])

# ==========================================================================
# BENIGN: close calls with people the child knows
# ==========================================================================
session("b11_family_lego_home_alone_under13", "ellie_bricks", "under13", "building a lego bakery!!", "lego", t(40, 16), [
    C("ellie_bricks", "hi everyone!! lego bakery time"),
    C("mum_of_ellie", "love you sweetie from mum 💕 on the train now"),
    C("mum_of_ellie", "are you on your own still? dad's stuck in traffic, he'll be back by 6", hn=True),
    C("ellie_bricks", "yes but nana is next door"),
    C("mum_of_ellie", "did you eat the sandwich I left? and keep the front door locked till dad's back x", hn=True),
    C("uncle_raj_", "your uncle here!! don't tell your brother about the surprise party on saturday 🤫", hn=True),
    C("ellie_bricks", "i wont!!"),
    G("nana_june", "rose", 10),
    C("nana_june", "a little present from nana for my clever girl, I pressed the button twice by mistake", hn=True),
    C("uncle_raj_", "add me to the family group so I can send you the cake photo", hn=True),
    C("ellie_bricks", "mum has to add u"),
    C("mum_of_ellie", "show everyone the little cake shop sign you made, it's lovely", hn=True),
], 70, {"mum_of_ellie": 4, "uncle_raj_": 1, "nana_june": 0}, "Girl under 13 building Lego; her mum (on the train) asks if she is on her own and whether she ate and tells her to keep the door locked; her uncle asks her to keep a surprise party secret and to add him to the family group; her nana sends a gift. All the family accounts are new.",
        looks="mum 'are you on your own', 'keep the door locked', uncle 'don't tell your brother', 'add me to the family group', nana's gift",
        extra_users=["mum_of_ellie", "uncle_raj_", "nana_june"])

session("b12_tutor_classmates_revision_1315", "leo_revises", "13-15", "revising french w/ my tutor + friends", "study", t(41, 17), [
    C("leo_revises", "bonjour chat lol"),
    C("madame_okafor", "Bonjour Leo! Miss Okafor here. Video call at 5 for our lesson, your mum has the link as usual.", hn=True),
    C("leo_revises", "ok miss"),
    C("madame_okafor", "Send me a photo of page 34 when you've done it please, I'll mark it tonight", hn=True),
    C("jake_from_class", "its jake from class, which bus do u get tmrw, the 42 or the 17?", hn=True),
    C("leo_revises", "42 obv"),
    C("amir_bestie", "truth or dare leo, go", hn=True),
    C("leo_revises", "dare"),
    C("amir_bestie", "do the next 3 answers in a pirate voice 🏴‍☠️", hn=True),
    C("jake_from_class", "don't tell anyone my french mark lmao", hn=True),
    C("older_cousin_nia", "Leo it's Nia, your mum says I'm picking you up from the library at 6 tomorrow", hn=True),
], 80, {"madame_okafor": 600, "jake_from_class": 2, "amir_bestie": 400, "older_cousin_nia": 1}, "Teen revising French; his tutor sets up the usual video lesson via his mum and asks for a photo of the homework page; a classmate asks which bus he takes; his best friend plays truth or dare; his older cousin will pick him up from the library.",
        looks="tutor 'video call at 5', 'send me a photo of page 34', 'which bus do u get', truth or dare, 'I'm picking you up at 6', 'don't tell anyone'",
        extra_users=["madame_okafor", "jake_from_class", "amir_bestie", "older_cousin_nia"])

session("b13_mod_safety_reminder_1617", "nadia_plays_cozy", "16-17", "cozy sims build + chat rules reminder", "cozy", t(42, 19), [
    C("nadia_plays_cozy", "hi all, quick rules reminder from my mods first"),
    C("mod_hazel_", "Reminder: if anyone in chat says stuff like 'add me on snap', 'are you home alone', 'send me a pic' or 'don't tell your parents', do NOT reply, just ping a mod 🛡", hn=True),
    C("mod_hazel_", "Also nobody gets a private stream or 'special gifts' for DMing Nadia. That's how creeps operate.", hn=True),
    C("nadia_plays_cozy", "ty hazel ❤"),
    C("cousin_marcus", "Nadia take the jacket off it's like 25 degrees in that room, I can see you sweating lol - Marcus", hn=True),
    C("nadia_plays_cozy", "it's my comfort jacket leave me alone 😂"),
    C("best_friend_kim", "don't tell anyone what song we're doing for the talent show until friday!!", hn=True),
    C("cousin_marcus", "how old is this sims pack, feels like 2014", hn=True),
    C("best_friend_kim", "dare you to give the sim my haircut", hn=True),
], 100, {"mod_hazel_": 1200, "cousin_marcus": 8, "best_friend_kim": 900}, "16-year-old's cozy stream; her moderator posts a safety reminder that quotes what creeps say; her older cousin tells her to take her jacket off because the room is hot; her best friend keeps their talent-show song secret and dares her to copy her haircut.",
        looks="moderator quoting 'add me on snap', 'are you home alone', 'send me a pic'; cousin 'take the jacket off'; friend 'don't tell anyone'; dare",
        extra_users=["mod_hazel_", "cousin_marcus", "best_friend_kim"])

session("b14_scouts_leader_camp_unknown", "arlo_outdoors", "unknown", "packing for scout camp live", "camp", t(43, 18), [
    C("arlo_outdoors", "packing for camp!! help me not forget stuff"),
    C("akela_sandra", "Akela here 👋 Arlo don't forget the permission form, your dad's signing it. We leave from the hut at 8.", hn=True),
    C("arlo_outdoors", "yes akela"),
    C("scout_buddy_finley", "are you sharing a tent with me and ollie?? we're in the blue one", hn=True),
    C("akela_sandra", "And pack a spare jumper and pyjamas, it gets cold at night", hn=True),
    C("scout_buddy_finley", "bring sweets but don't tell the leaders 🤫", hn=True),
    C("akela_sandra", "I can read this Finley 😂 two bags max.", hn=True),
    C("arlo_outdoors", "lmao"),
    C("grandpa_wilf", "Grandpa here, I've put some pocket money in your account for the tuck shop, have fun", hn=True),
    C("scout_buddy_finley", "what time are u getting there? we can walk from the shop together", hn=True),
], 80, {"akela_sandra": 2000, "scout_buddy_finley": 140, "grandpa_wilf": 3}, "Scout packing stream; the scout leader mentions the permission form, departure time and packing pyjamas; a scout friend asks about tents, sneaking sweets and walking together; grandpa sends tuck shop money.",
        looks="leader 'pack pyjamas', 'we leave at 8', friend 'don't tell the leaders', 'what time are u getting there', grandpa's money",
        extra_users=["akela_sandra", "scout_buddy_finley", "grandpa_wilf"])


# ==========================================================================
def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    totals = {c: 0 for c in TACTIC_ORDER}
    ev_tot = {}
    hn_total = 0
    for idx, s in enumerate(SESSIONS):
        events, lab = build(s, idx + 1)
        with open(os.path.join(OUT, s["name"] + ".ndjson"), "w", encoding="utf-8") as f:
            for e in events:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
        with open(os.path.join(OUT, s["name"] + ".label.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(lab, ensure_ascii=False, indent=2) + "\n")
        for codes in lab["lines"].values():
            for c in codes:
                totals[c] += 1
        for codes in lab["evasion"].values():
            for c in codes:
                ev_tot[c] = ev_tot.get(c, 0) + 1
        hn_total += len(lab["hard_negatives"])
        off = ", ".join(lab["offenders"]) if len(lab["offenders"]) < 4 else "%d fresh accounts" % len(lab["offenders"])
        tac = ", ".join(lab["tactics_expected"]) if lab["offenders"] else s["looks"]
        rows.append("| `%s` | %s | %s | %d | %s | %s | %d |" % (
            s["name"], s["age"], s["title"], len(events), off or "–", tac, len(lab["hard_negatives"])))
    write_readme(rows, totals, ev_tot, hn_total)


def write_readme(rows, totals, ev_tot, hn_total):
    ng = sum(1 for s in SESSIONS if s["name"][0] == "g")
    ns = sum(1 for s in SESSIONS if s["name"][0] == "s")
    nf = sum(1 for s in SESSIONS if s["name"][0] == "f")
    nb = sum(1 for s in SESSIONS if s["name"][0] == "b")
    txt = """# Held-out chat set 15

Labelled live-stream chat sessions for measuring streamguard on chat that its
rules and trained model have never seen. Generated by
`python3 tools/make_heldout15.py` (deterministic: fixed seeds and timestamps,
byte-identical on rerun). Validate with `python3 tests/heldout/validate.py tests/heldout15`.

## How it was made

The author did not look at the rules, the docs, the engine source, other
held-out sets or engine output. Format and label conventions follow
`/work/shared/scenarios/README.md`. Every key line (offender messages,
broadcaster replies, family / coach / teacher / moderator lines and hard
negatives) was written by hand for this set, from general knowledge of how
groomers and ordinary viewers write in live chat (UK NCA live-streaming
advice: tricks and dares, gifts and game points, flattery, age and alone
questions, secrecy, moves to private apps, threats and sextortion). Background
chatter is drawn with a fixed seed from hand-written pools (gaming, Minecraft,
art, music, football, study, nature, cooking, chess, dance, horses, retro
games). No third-party chat datasets were used. All people, handles, schools
and places are invented; content is non-graphic.

This set is a MIX closer to what a platform sees: 10 of the benign sessions
are ordinary busy streams with everyday look-alikes, 4 are close calls with
people the child knows. Offender lines avoid stock phrases on purpose: apps
are described instead of named ("the app with the little yellow fella",
"the one with the purple logo", "the green app with the phone"), rewards
without currency ("a certain someone could make sure you never need to grind
for it again"), threats implied ("would hate for a misunderstanding to cost
you one"), secrecy as "our thing" / "between us" / "no need to bother her",
meetings as "if you're ever near ...". Two offenders pretend to be someone
the child knows (g02 "your uncle's mate", g03 "coach, new account"); g07
claims to be a retired teacher. Three offenders use OLD accounts (g04 ~1400
days, g08 ~2100 days, g11 ~900 days).

## Format

Events and labels follow `/work/shared/scenarios/README.md` exactly: one JSON
object per line, `ts` in epoch milliseconds rising strictly, chat ids `m…`
and gift ids `g…` unique per file, stream ids `st-15NNN`, every file one
stream. `account_age_days` is present on all of a user's lines or on none;
the broadcaster never has it. Raw text keeps emoji, Cyrillic look-alikes and
U+200B zero-width spaces unescaped. Label files carry `offenders`,
`first_intervention_ts`, `tactics_expected`, `notes`, `lines`, `evasion`
(codes in the README's table order), `offender_gifts`, `hard_negatives`,
and for `s` files `serial_group` + `related_sessions`.

File prefixes are as in the scenarios README: `g` grooming, `s` serial
contact (same account on three streams by different young broadcasters
within about an hour, `serial_group` = `serial-paperkite`), `f` flood, `b`
benign with hard negatives.

## Sessions

| session | age | title | events | offenders | tactics (b: look-alikes) | hard neg. |
| --- | --- | --- | --- | --- | --- | --- |
""" + "\n".join(rows) + """

In total there are %d sessions: %d grooming, %d serial-contact, %d flood and %d benign.

## Counts

Offender chat lines carrying each tactic code (a line can carry several):

| code | lines |
| --- | --- |
""" % (len(SESSIONS), ng, ns, nf, nb)
    txt += "\n".join("| `%s` | %d |" % (c, totals[c]) for c in TACTIC_ORDER)
    txt += "\n\nEvasion codes on offender lines: " + ", ".join(
        "`%s` %d" % (k, ev_tot[k]) for k in sorted(ev_tot)) + ".\n\n"
    txt += "Hard negatives listed: %d.\n" % hn_total
    txt += """
## Labelling choices that could be argued

* **First intervention** is set at the first line a careful moderator would
  act on given the broadcaster's age: for under-13s the first probe of
  whether adults are around (g01, g10) or of the child's room (g08); for the
  fake uncle's mate (g02) the question about where the family lives now,
  because the claimed relationship cannot be checked in chat; for the fake
  coach (g03) the stand-and-turn "kit size" request; for g06 the age-gap
  line right after he learns the boy is 14; for g07 the free private video
  lessons offer; for the old account in g04 the body request, since the
  earlier compliments from a months-long regular are ambiguous for a 16-17
  broadcaster.
* Serial contact: each of s01-s03 has its first intervention on the
  account's first line in that stream, although a moderator looking at one
  stream alone might not act; the cross-stream pattern is the signal.
  Flood: first intervention on the first flood line ("spin around!!").
  g13: on the stand-up-and-spin dare, not on the earlier coin challenge.
* **Pretend relatives / coaches** (g02, g03) are offenders even though their
  opening "it's Rob, your uncle's mate" / "coach here, new account" lines
  carry no tactic (`[]`). Genuine relatives and coaches in b-sessions are
  never offenders; their lines that read like tactics out of context are
  hard negatives.
* g05: the question game paid with roses is coded `gift_offer` + `dare` on
  the first line; each "round" is coded `dare` plus what it asks for. The
  three-line jumper request is a `split_request`; following the scenarios
  README every part, including the bare lead-in ("round three is the fun
  one"), carries `dare` + `nudity_request`.
* g06 "FACECAM ON ... NO HOODIE" is `nudity_request` + `off_platform`; the
  complaint "AFTER I OFFERED THE PASS??" is coded `gift_offer` (invoking a
  gift to create obligation).
* g11: "after everything I've sent" is `gift_offer` (invoking gifts). Knowing
  the school and the bus time is coded `threat` + `personal_info`.
* g12 "age is just a kitchen timer", with "i'm 40 something", is `age_gap`.
  The last line "relax, relax" with a Cyrillic letter carries no tactic but
  is marked `homoglyph`.
* g04 "you've got that kind of face that's annoying to look at because it's
  too nice" is coded `flattery` + `sexual_content`; one could argue
  flattery alone.
* Flood: `pancake_pirate_` "truth: who's ur crush" is coded `sexual_content`
  + `dare`; "closer to the cam" is `nudity_request`.
* b-sessions: the family, tutor and coach accounts are often new (a mum on
  a new phone, nana on day 0). Benign users are not always old accounts.
* Ordinary chatter that mentions coins, Discord or gifts is not listed as a
  hard negative unless it looks like a tactic out of context.
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(txt)


if __name__ == "__main__":
    main()
