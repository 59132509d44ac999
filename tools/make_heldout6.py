#!/usr/bin/env python3
"""make_heldout6.py - writes the sixth held-out chat set, tests/heldout6/.

Deterministic: every session has its own fixed seed and start time, so a rerun
writes byte-identical files.  The key lines (offenders, broadcaster replies,
bystanders, hard negatives) are hand-written in SESSIONS below; the background
chatter comes from the hand-written pools in POOLS.  Nothing here was taken from
a third-party chat data set, and all names, handles and places are invented.

Usage: python3 tools/make_heldout6.py [OUTDIR]      (default tests/heldout6)
"""
import json
import os
import random
import sys

CODES = ["flattery", "personal_info", "gift_offer", "dare", "nudity_request",
         "sexual_content", "secrecy", "off_platform", "threat", "meeting",
         "age_gap"]
EVASIONS = ["leetspeak", "spaced_letters", "emoji_substitute", "homoglyph",
            "misspelling", "split_request", "number_words", "zero_width",
            "euphemism"]
ZW = "\u200b"

# --------------------------------------------------------------------------
# background pools (hand-written)
# --------------------------------------------------------------------------
POOLS = {
    "generic": [
        "evening all", "morning from the night shift lol", "is this your usual time",
        "the chat font is so readable", "who else is procrastinating",
        "my brother says hi", "been here since 40 followers 🫶", "i love this community",
        "first stream i've caught in ages", "can't believe it's already dark",
        "this is peak content", "ok that made me laugh out loud on the bus",
        "what's the schedule this week", "you should do a Q&A sometime",
        "the camera quality went up??", "new mic sounds great",
        "hi everyone 👋👋", "just finished homework finally", "snack break brb",
        "hello from the other side of the country", "my dog is watching too",
        "the vibes are immaculate", "the stream lagged for me for a sec",
        "refresh fixed it", "gn chat, have to go", "see you next stream",
        "happy early birthday to whoever said it was theirs", "cozy",
        "this song is stuck in my head now", "ok but the background music",
        "thunder outside rn", "wait is it really 9 already",
        "headphones on, volume up", "100% watching until the end",
        "hi mods 👋", "what's the emote with the frog called",
        "i keep forgetting to follow, done now", "long day, this helps",
        "hiii", "hello hello", "first time catching this live", "lol", "LMAO",
        "W", "o7", "just got here what did i miss", "lurking 👀", "clip that",
        "W stream", "brb dinner", "back", "can't stay long, school tomorrow",
        "chat is fast today", "👋", "😂😂", "love the overlay",
        "what time do you normally go live", "audio is a bit quiet",
        "audio fixed now ty", "my cat just walked across my keyboard",
        "stay hydrated chat", "this is so chill", "good vibes in here tonight",
        "hi from the car (not driving)", "that was actually so funny",
        "notifications finally worked", "ok i'm invested now", "🔥🔥",
        "wait what happened", "the music is nice what playlist is this",
        "mods are so quick today", "happy friday everyone", "🫡", "sup chat",
        "raining here again", "ngl this is my comfort stream",
        "anyone else eating toast rn", "the new emote is so cute",
    ],
    "gaming": [
        "get the high ground", "that was a bait lol", "third party incoming",
        "the spawn camping is insane", "nice flick", "turn the brightness up",
        "fall damage got you lol", "you need a better pickaxe", "ender pearl it!",
        "revive him quick", "the boss AI is so unfair", "speedrun strats?",
        "which server is this", "we need a tank", "rate the loadout",
        "the new skin is clean", "try the secret room", "don't go left",
        "portal timing 👌", "you're on a streak", "wait how did you survive that",
        "that rotate was clean", "he's one shot!!", "heal up first",
        "zone is closing", "nice clutch", "check behind the waterfall",
        "you walked past a chest", "save the ult for the boss",
        "no way that hit", "what seed is this", "lag spike?",
        "what's your sens", "controller or keyboard?",
        "the patch nerfed that weapon so hard", "craft a bed before night",
        "creeper behind you!!", "ranked or casual?",
        "two more wins for the badge", "GG go next", "ping is awful today",
        "ult is ready", "careful the boss has a second phase",
        "that was a 1v3 wow", "loot the drop first", "reload reload",
        "the new map is so confusing", "who's the main today",
        "sweaty lobby lmao", "bridge faster!!", "bed is gone bed is gone",
    ],
    "art": [
        "the sketch layer is already nice", "love the little freckles",
        "what's the dpi on that tablet", "are you doing inktober?",
        "the glow effect 😍", "how do you pick skin tones", "the folds on the hoodie are so good",
        "add a tiny mushroom in the corner", "smooth stabiliser?", "what's your favourite colour combo",
        "the clouds look so fluffy", "the dragon scales are amazing",
        "the lineart is so clean", "what brush is that", "procreate or krita?",
        "love the colour palette", "add a rim light maybe",
        "the hands look great", "how long does one page take",
        "the background is so cozy", "timelapse pls", "what canvas size",
        "that shading 😍", "pls draw a frog next", "the blending is smooth",
        "i need to practise perspective so bad", "the eyes are perfect",
        "flip the canvas to check proportions", "love the little sparkles",
        "what colour is the shadow layer set to", "cel shading or soft?",
    ],
    "music": [
        "the fingerstyle part was so clean", "your pick is so loud lol", "play the one from the film",
        "i'm learning that song too", "what brand is the guitar", "that bridge gave me chills",
        "the left hand part 😮", "did you write that yourself", "loop pedal next?",
        "the acoustics in that room are nice", "slow version pls",
        "what tuning is that", "the chord change at the bridge is lovely",
        "so steady on the high part", "what mic do you use", "metronome on?",
        "that riff slaps", "how long have you been playing",
        "do an original next!", "the piano sounds so warm", "encore!",
        "capo on 2?", "goosebumps", "the harmony in the chorus 😭",
        "play the sad one again", "fingers must hurt lol", "new strings?",
        "that key change!!", "vibrato is so good",
    ],
    "sport": [
        "that's a new record right?", "my PE teacher should see this", "the neighbours are watching lol",
        "try with a tennis ball", "stretch first!!", "that's so much control",
        "the dog wants the ball lol", "count out loud", "you dropped it on 47 nooo",
        "that first touch", "left foot too??", "what's the keepy up record",
        "try the around the world", "is that a size 5 ball",
        "my coach makes us do that drill", "the ollie was clean",
        "knee ok after that fall?", "did the kickflip land??",
        "who do you support", "match on saturday?", "that was so smooth",
        "do it on the weak foot", "new trainers?", "the wind is mean today",
        "the ball is a bit flat lol", "rainbow flick next",
    ],
    "study": [
        "has anyone done the chemistry past paper 3", "my cat is sitting on my notes",
        "tea break ☕", "i finished a whole chapter", "does anyone else use blurting",
        "exam in 12 days help", "the timer sound is so satisfying", "done with my maths homework",
        "active recall is a game changer", "i made a colour code for my notes",
        "pomodoro 2 starting", "what subject today",
        "chem test tomorrow pray for me", "lofi is perfect for this",
        "how do you take notes", "flashcards or mind maps?",
        "break time stretch everyone", "quadratic formula is evil",
        "got a 7 in my mock!!", "focus mode on",
        "anyone else doing the macbeth essay", "water check",
        "phone in the other room challenge", "highlighters are a lifestyle",
        "how many pomodoros today", "my notes are a mess compared to this",
        "mitosis vs meiosis still confuses me", "good luck everyone with exams",
    ],
    "irl": [
        "that tree is massive", "is it cold there", "the market looks fun",
        "buy the cookie", "the river is so high after the rain", "lol the scooter",
        "wave at the camera guy", "love walking streams in autumn",
        "the sunset 😍", "is that a new phone", "the wind is loud on the mic",
        "what are you eating", "that shop looks cute",
        "can we see the ducks again", "the street lights just came on",
        "bring an umbrella lol", "that dog was so fluffy",
        "walking streams are the best", "the sky is so pink",
        "lol the pigeon", "that cafe smells good even from here",
    ],
    "cooking": [
        "my oven runs hot so 5 min less", "that's so much sugar lol", "grease the tin",
        "save me one", "is that nutmeg", "the glaze looks perfect", "knead harder!!",
        "what temperature", "vegan version?", "i'm making these tomorrow",
        "what flour is that", "add more garlic", "how long in the oven",
        "is that a cast iron pan", "recipe in the description?",
        "my mum makes it with lemon", "the knife skills!!",
        "butter is the secret", "don't forget salt", "looks crispy",
        "is that brown sugar or white", "the dough looks so soft",
        "i'm so hungry now", "tip: rest it in the fridge",
        "cinnamon smell through the screen", "is the oven fan on",
    ],
    "pets": [
        "he's judging us", "the little yawn 😭", "how old is he",
        "does he like cucumber", "the cage is so nice", "she knows her name!!",
        "give him a sunflower seed", "my hamster escaped once lol",
        "the hamster is so tiny", "what's the bunny's name", "cat tax paid",
        "he's doing zoomies", "can we see the fish tank",
        "bless that little face", "is he a rescue?", "treat time!!",
        "the tunnel is so cute", "my guinea pig would love that",
        "he fell asleep in the cup 😭", "the little paws",
        "she's so curious", "what does he eat",
    ],
    "dance": [
        "the kpop one next!!", "sharp!", "your arms are so in sync with the beat",
        "what's the name of this dance", "i tried it and fell over", "the ending pose 👌",
        "do it at half speed", "practising this with my sister",
        "that footwork!!", "do the one from last week", "what song is this",
        "the transition was smooth", "slow it down for the tutorial?",
        "again again", "the arm wave was so clean", "mirror it for us pls",
        "count it in 8s", "that spin 😮", "my legs hurt just watching",
    ],
    "chess": [
        "en passant!!", "the clock 😱", "castle!!", "why the h pawn push",
        "that bishop is so strong", "stalemate trick incoming", "good save",
        "knight fork incoming", "that's a blunder lol", "premove wars",
        "what opening is that", "queen's gambit declined?",
        "time trouble!!", "nice endgame", "rook to the seventh",
        "hanging bishop", "berserk!!", "that sac was wild",
    ],
    "beauty": [
        "the glitter tapping 😌", "which brush is the fluffy one", "mirror tapping next",
        "the setting spray sound", "i use that shade too", "lip combo?",
        "the soft spoken parts are the best", "eyes closed, listening",
        "the tapping sounds are so relaxing", "what foundation shade is that",
        "the blend is flawless", "brush sounds 10/10",
        "falling asleep already", "what brand is that palette",
        "layered whispers pls", "the mic is so crisp tonight",
        "skincare first or makeup first?", "the crinkle sounds 😌",
    ],
    "lego": [
        "the little robot arm!!", "i have this set too", "bag 12 is the worst one",
        "the stickers are scary to put on", "crooked sticker 😭", "use the brick separator",
        "which bag are you on", "that piece goes upside down i think",
        "the minifigs!!", "sorting by colour is genius",
        "how many pieces total", "the solar panels are my favourite bit",
        "don't lose the tiny grey one", "instructions page 40 is tricky",
    ],
}

REACTIONS = ["lol", "LOL", "W", "gg", "haha", "😂", "💀", "omg", "nooo", "yesss",
             "true", "real", "❤️", "👏👏", "ayy", "hahaha", "wow", "🔥", "KEKW",
             "same", "ok", "nice", "😭", "lmao"]

BROADCASTER_POOLS = {
    "generic": ["thanks for the follow!!", "welcome in everyone",
                "ok one sec chat", "hehe", "wait let me read chat",
                "thank you thank you", "chat you're so nice today",
                "ok focus focus", "brb 1 min getting water"],
    "gaming": ["ok one more round", "that guy was cheating i swear",
               "who wants to play next", "i'm so bad today lol"],
    "art": ["i'll post the final on my page", "ok fixing the hands",
            "hmm what colour for the hair"],
    "music": ["ok next request!", "my fingers are dying lol",
              "let me tune real quick"],
    "sport": ["ok again from the start", "my record is 54 lol",
              "that one hurt my ankle"],
    "study": ["ok 25 minutes starts now", "break!! stretch chat",
              "i hate this topic so much"],
    "irl": ["look at this", "ok walking to the next bit",
            "hold on the wifi is bad here"],
    "cooking": ["ok into the oven", "this bit is messy lol",
                "chat is it too thick?"],
    "pets": ["he's so sleepy today", "say hi!!", "ok treat time"],
    "dance": ["ok from the top", "i keep messing that bit up",
              "one more run"],
    "chess": ["ugh i hung my queen", "ok next game", "rematch?"],
    "beauty": ["ok now the second layer", "thank you lovelies",
               "close your eyes for this bit"],
    "lego": ["bag 7!!", "where did that piece go", "ok page 41"],
}

HANDLE_A = ["amber", "biscuit", "cobalt", "dusty", "ember", "fern", "gecko",
            "hazel", "indigo", "juniper", "kiwi", "lumen", "maple", "nimbus",
            "orbit", "pebble", "quartz", "rowan", "sable", "tidal", "umber",
            "violet", "willow", "yarrow", "zephyr", "copper", "frosty",
            "mellow", "sunny", "velvet"]
HANDLE_B = ["otter", "fox", "wren", "moth", "pike", "lark", "newt", "vole",
            "heron", "finch", "badger", "koi", "lynx", "stoat", "robin",
            "gull", "marten", "plover", "toad", "quail"]

# --------------------------------------------------------------------------
# script items
# --------------------------------------------------------------------------


def O(user, text, tactics, ev=(), fi=False):
    """offender chat line"""
    return {"k": "o", "user": user, "text": text, "tactics": list(tactics),
            "ev": list(ev), "fi": fi}


def X(user, text):
    """scripted benign line (broadcaster, bystanders, mods)"""
    return {"k": "x", "user": user, "text": text}


def H(user, text):
    """hard negative: benign line that looks suspicious out of context"""
    return {"k": "h", "user": user, "text": text}


def G(user, item, amount):
    return {"k": "g", "user": user, "item": item, "amount": amount}


def GAP(seconds):
    return {"k": "gap", "s": seconds}


def BURST(on):
    return {"k": "burst", "on": on}


B = "@b"   # the broadcaster

# --------------------------------------------------------------------------
# sessions
# --------------------------------------------------------------------------
SESSIONS = []


def session(name, age, bc, title, kinds, n, script, ages=None, currency=None,
            notes="", looks="", rate=(3, 14), serial=None, ends=False):
    SESSIONS.append(dict(name=name, age=age, bc=bc, title=title, kinds=kinds,
                         n=n, script=script, ages=ages or {},
                         currency=currency, notes=notes, looks=looks,
                         rate=rate, serial=serial, ends=ends))


# ---- g01: old account "scout", bus stop, meeting (13-15) ----------------
T = "touchline_tony"
session(
    "g01_bus_stop_scout_1315", "13-15", "kaylee_kicks",
    "keepy uppy record attempt ⚽ day 12", ["sport"], 96,
    [X(B, "hiya chat, going for 60 today"),
     O(T, "Superb touch for someone your size. Proper technique, not luck.",
       ["flattery"]),
     X("maddie_m_2012", "she's been practising every day"),
     O(T, "Which club do you train with? The one behind the leisure centre on Tuesdays?",
       ["personal_info"]),
     X(B, "haha not saying"),
     O(T, "Fair enough. Year 9 is it, or year 10 by now?", ["personal_info"]),
     O(T, "I do a bit of scouting for a regional academy. I could come along and watch a session one evening",
       ["meeting"], fi=True),
     O(T, "No need to mention it at home yet, parents get funny about scouts before anything is official",
       ["secrecy"]),
     X(B, "my dad literally comes to every training"),
     O(T, "The green bus in the background last week, that's the 47 isn't it. Stops by the church.",
       ["personal_info", "threat"]),
     X("maddie_m_2012", "ummm that's creepy"),
     O(T, "Only saying I know the area well. I could be at that stop after training, save your dad the drive",
       ["meeting"]),
     X(B, "mods??"),
     X("kk_mod_sarah", "removed. kaylee don't reply to him, i'll tell your dad after stream"),
     ],
    ages={T: 1130, "maddie_m_2012": 240, "kk_mod_sarah": 1500},
    notes="Old account posing as a youth-football scout: flattery, club/school year, offers to come and watch, asks her not to tell home, then shows he knows her bus and stop and offers to wait there. No app names, no stock phrases.")

# ---- g02: "stars" for forfeits, split request (13-15) --------------------
S2 = "starlight_patron"
session(
    "g02_star_forfeits_1315", "13-15", "mochi_rhythm",
    "full combo attempts on expert 🎵", ["gaming"], 104,
    [X(B, "ok expert mode lets gooo"),
     G(S2, "stars", 100),
     O(S2, "those stars are for you, keep going", ["gift_offer"]),
     O(S2, "i've got about two thousand stars sitting here doing nothing, old enough to be handing out pocket money lol",
       ["gift_offer", "age_gap"], ["number_words"]),
     O(S2, "new game: every missed note = a forfeit, chat picks", ["dare"]),
     X("bun_bun_7", "lmao forfeit like what"),
     H("bun_bun_7", "forfeit = play the next one with your eyes closed 😂"),
     O(S2, "nothing big. first miss, the jumper comes off",
       ["gift_offer", "dare", "nudity_request"], ["split_request"], fi=True),
     O(S2, "five hundred stars if it does",
       ["gift_offer", "dare", "nudity_request"], ["split_request", "number_words"]),
     X(B, "no lol it's freezing in here"),
     O(S2, "ok then s t a n d  u p and do a slow spin so we see the whole fit",
       ["nudity_request"], ["spaced_letters"]),
     G(S2, "stars", 500),
     O(S2, "sent. now a proper thank you, just the two of us on the p r i v a t e stream",
       ["gift_offer", "off_platform"], ["spaced_letters"]),
     X(B, "i didn't ask for them??"),
     O(S2, "all those stars and nothing back. not very fair is it", ["gift_offer"]),
     O(S2, "let's keep this between us, no need for the mods to get involved",
       ["secrecy"]),
     O(S2, "would be a pity if your class found out what you said to me before the stream",
       ["threat"]),
     X("bun_bun_7", "@mochi_rhythm just block him"),
     ],
    ages={S2: 2, "bun_bun_7": 9},
    currency="stars",
    notes="Fresh account gifts stars, sets up a 'forfeit for every miss' game, asks (split over two lines) for her jumper off for five hundred stars, a spin 'to see the fit', a private stream as a thank-you, then guilt and secrecy. A friend's harmless forfeit is a hard negative.")

# ---- g03: year-group sextortion (16-17) ----------------------------------
N3 = "no_name_needed_x"
session(
    "g03_year_group_sextortion_1617", "16-17", "sofiaa_glow",
    "GRWM for prom 💄 chat picks my lipstick", ["beauty"], 112,
    [X(B, "ok chat, red or nude lip?"),
     O(N3, "hey you. remember me from the other night?", []),
     O(N3, "you'll be the one everybody's staring at, nobody will look at their own date",
       ["flattery", "sexual_content"]),
     O(N3, "which school's prom, the one at the golf hotel?", ["personal_info"]),
     X(B, "who even is this"),
     O(N3, "don't play dumb. go on the app where the messages vanish, I'll explain there",
       ["off_platform"], ["euphemism"]),
     X(B, "no"),
     O(N3, "fine. I still have the scr\u0435\u0435nshots from the call", ["threat"],
       ["homoglyph"], fi=True),
     O(N3, "it'd be a real shame if your year group saw them the night before prom",
       ["threat"]),
     O(N3, "£50 in gift cards and they get deleted. simple", ["threat"]),
     X("jas.bestie", "sofia ignore this, screenshot it and report"),
     O(N3, "and if your mum or a mod hears about it they go out tonight",
       ["secrecy", "threat"]),
     X(B, "reporting you"),
     O(N3, "last chance. camera off the stream, on in private, the t\u043e\u0440 comes off, and we're even",
       ["nudity_request", "off_platform", "threat"], ["homoglyph"]),
     X("jas.bestie", "you're not in trouble sofia, tell someone, this happens to loads of people"),
     ],
    ages={N3: 5, "jas.bestie": 3},
    notes="Sextortion of a 16-17 broadcaster: claims earlier contact and screenshots, 'it'd be a shame if your year group saw', demands gift cards, threatens if she tells, then demands a private camera. The vanishing-messages app is never named.")

# ---- g04: long polite paragraphs, old account (under13) ------------------
G4 = "GrahamPatterson1983"
session(
    "g04_polite_paragraphs_under13", "under13", "brick_by_benji",
    "building the space station set!! 🚀", ["lego"], 90,
    [X(B, "its 1200 pieces!!"),
     H("benjis_mum_k", "don't tell dad how much the set cost 🤫 love mum x"),
     O(G4, "Good afternoon Benji. I have been watching for a few weeks now and I must say you are far more patient and thoughtful than most adults I know. Your parents must be very proud of you.",
       ["flattery"]),
     O(G4, "I am a father myself, 43 this year, so I know how rare it is to find a young person with real focus. Age aside, I feel we have a great deal in common.",
       ["flattery", "age_gap"]),
     X(B, "thanks!!"),
     O(G4, "May I ask, do you build in your own room? It looks very peaceful. I imagine it is even quieter in there when everyone else is out of the house.",
       ["personal_info"]),
     O(G4, "Which evenings would those be, out of interest? Weekdays or weekends?",
       ["personal_info"], fi=True),
     X("tiny_tank_eng", "why do you need to know that"),
     O(G4, "Apologies if that sounded odd. I only meant I would be glad to keep Benji company on the evenings he is by himself.",
       ["personal_info"]),
     O(G4, "I also have a spare gift card for the brick shop, fifty pounds, meant for my nephew. I would rather it went to someone who would appreciate it.",
       ["gift_offer"], ["number_words"]),
     O(G4, "It would be simplest if I sent it somewhere more private than this chat, where it will not get lost. Perhaps an app your parents do not check? I could even drop the set round to yours.",
       ["off_platform", "secrecy", "meeting"]),
     O(G4, "And it may be best to keep this between the two of us for now. Some people would not understand a friendship like ours.",
       ["secrecy"]),
     X("tiny_tank_eng", "benji ignore him"),
     X("bricks_mod_ade", "user removed. benji, go and get your mum please"),
     ],
    ages={G4: 1620, "tiny_tank_eng": 380, "bricks_mod_ade": 900},
    notes="Old account writes long, polite paragraphs to a child: flattery, a stated age gap, when the house is empty and which evenings, a gift card, a private app the parents don't check, dropping the set round, secrecy about 'a friendship like ours'.")

# ---- g05: Spanish/Portuguese, V-Bucks, 'tele' (13-15) -------------------
P5 = "el_profe_gamer"
session(
    "g05_vbucks_multilingual_1315", "13-15", "tomi_builds",
    "zero build wins w/ squad", ["gaming"], 100,
    [X(B, "squad fill, lets get a win"),
     O(P5, "hola crack 🔥 jugás increíble, better aim than my friends and they're 25 jaja",
       ["flattery"]),
     O(P5, "cuántos años tienes? like 13 or 14?", ["personal_info"]),
     X("lil_marco_09", "bro he's 13 leave it"),
     O(P5, "te regalo 2800 vbucks, no joke, only if you add me on tele",
       ["gift_offer", "off_platform"], ["euphemism"], fi=True),
     X("squadmate_ines", "sus"),
     O(P5, "tranquilo amigo. on tele we talk sem ninguém olhando, your mom doesn't need to know",
       ["off_platform", "secrecy"], ["euphemism"]),
     O(P5, "tus papás están en casa ahora? or just you", ["personal_info"]),
     O(P5, "qué guapo, bet you've already had loads of girlfriends 😏", ["sexual_content"]),
     O(P5, "my cousin's school is near yours i think, i could come by and say hola after",
       ["meeting"]),
     O(P5, "mándame uma foto do teu quarto, the setup, so I know what skins to buy",
       ["personal_info", "gift_offer"]),
     O(P5, "on the blue one with the paper plane ✈️", ["off_platform"],
       ["euphemism", "emoji_substitute"]),
     X(B, "i dont have that"),
     O(P5, "vаmos, one pic with the shіrt off, nadie se va a enterar",
       ["nudity_request", "secrecy"], ["homoglyph"]),
     X("squadmate_ines", "MODS"),
     ],
    ages={P5: 9, "lil_marco_09": 14, "squadmate_ines": 610},
    notes="Spanish/Portuguese sprinkles around English: flattery, age probe, V-Bucks for adding him on 'tele', 'without anyone watching', parents home?, a photo of his room, the 'blue one with the paper plane', then a shirt-off pic with Cyrillic letters.")

# ---- g06: all caps gamer, zero width, mass report threat (13-15) --------
H6 = "HYPETRAIN_HUGO"
session(
    "g06_allcaps_bedwars_1315", "13-15", "jayden_pvp",
    "bedwars till i lose", ["gaming"], 108,
    [X(B, "solo queue again lets go"),
     O(H6, "YOOO THIS KID IS CRACKED NO CAP BEST BEDWARS ON THE WHOLE PLATFORM", ["flattery"]),
     O(H6, "DARE: LOSE THIS ROUND AND YOU DO WHATEVER CHAT SAYS ON CAM", ["dare"]),
     X("pixel_dom", "W dare"),
     H("pixel_dom", "if he loses he plays the next one with the mouse upside down 😂"),
     O(H6, "NAH NAH CHAT SAYS SH1RT 0FF LMAOOO", ["dare", "nudity_request"],
       ["leetspeak"], fi=True),
     O(H6, "1K COINS ON IT RN ✅ DONT BE A BOT", ["gift_offer", "dare"]),
     G(H6, "coins", 1000),
     X(B, "what no"),
     O(H6, "PAID. DO IT OR I CLIP EVERYTHING AND SPAM IT IN YOUR SCHOOL SERVER",
       ["nudity_request", "threat"]),
     O(H6, "WHAT SCHOOL ANYWAY I'LL FIND IT", ["personal_info", "threat"]),
     O(H6, "OR JUST HOP IN MY VC ALONE NO MODS 5 MIN, DIS" + ZW + "CORD",
       ["secrecy", "off_platform"], ["zero_width"]),
     X(B, "stop"),
     O(H6, "THEN 50 OF MY BOYS MASS REPORT THE CHANNEL TONIGHT GG", ["threat"]),
     X("pixel_dom", "mods ban this guy"),
     ],
    ages={H6: 1, "pixel_dom": 2},
    currency="coins",
    notes="All-caps gamer-slang offender: flattery, 'lose and do what chat says', shirt off, coins, then threats to clip and spread it in the school server, find the school, a voice call with no mods (zero-width space in the app name) and a mass-report threat. Another viewer's harmless forfeit is a hard negative.")

# ---- g07: voice-to-text, old account, open mic meeting (16-17) -----------
R7 = "roadie_rick"
session(
    "g07_voice_to_text_openmic_1617", "16-17", "rosie_strums",
    "acoustic covers + requests 🎸", ["music"], 98,
    [X(B, "ok requests are open!"),
     O(R7, "hey rosie that was beautiful honestly you've got a voice that makes a grown man stop what he's doing full stop",
       ["flattery"]),
     O(R7, "i'm 38 which i know sounds old but music doesn't care about age does it question mark",
       ["age_gap"]),
     O(R7, "what college are you going to next year or are you still at the school in town",
       ["personal_info"]),
     O(R7, "there's an open mic thursday in the back room at the fox and fiddle i could drive you there and back your parents wouldn't even need to know you went",
       ["secrecy", "meeting"], fi=True),
     X("gigi_on_bass", "she's 16 mate"),
     O(R7, "comma she sounds older than that anyway full stop", ["age_gap"]),
     O(R7, "you'd look lovely on that stage in the little dress from last week smiley face",
       ["sexual_content"]),
     O(R7, "let's talk about it somewhere quieter i'll find you on the picture app the one with the camera logo",
       ["off_platform"], ["euphemism"]),
     O(R7, "or sn" + ZW + "ap if that's easier same name as here", ["off_platform"],
       ["zero_width"]),
     O(R7, "don't mention it on stream new paragraph just between us musicians",
       ["secrecy"]),
     X(B, "i'm good thanks"),
     X("gigi_on_bass", "rosie tell your mum about this guy"),
     ],
    ages={R7: 690, "gigi_on_bass": 1200},
    notes="Old account writing in dictation style (spoken punctuation, no full stops): flattery, states he is 38, which college, offers to drive her to an open mic without her parents knowing, comments on her dress, the 'picture app with the camera logo', secrecy.")

# ---- g08: emoji apps, robux, under13 -------------------------------------
L8 = "bunnyfan_lou"
session(
    "g08_ghost_bluebird_robux_under13", "under13", "hammy_and_me",
    "hamster obstacle course day!! 🐹", ["pets"], 86,
    [X(B, "this is peanut!!"),
     G(L8, "hearts", 10),
     O(L8, "omg peanut is the cutest and so are you 🥺💕", ["flattery"]),
     O(L8, "how old are you, 9? 10? 🎂", ["personal_info"]),
     O(L8, "is mummy watching the stream too 👀 or is it just you today",
       ["personal_info"]),
     X(B, "mum is downstairs"),
     O(L8, "aww 🤫 then we can be secret friends", ["secrecy"], fi=True),
     O(L8, "do you have the 👻 one? the yellow ghost one", ["off_platform"],
       ["emoji_substitute", "euphemism"]),
     O(L8, "or the 🐦 blue bird, i'll follow you there", ["off_platform"],
       ["emoji_substitute", "euphemism"]),
     X("grace_loves_guineas", "that's weird don't"),
     O(L8, "400 robux there 🎁", ["gift_offer", "nudity_request", "off_platform"],
       ["emoji_substitute", "split_request"]),
     O(L8, "for a 📸 in your jammies", ["gift_offer", "nudity_request", "off_platform"],
       ["emoji_substitute", "split_request"]),
     O(L8, "shhh don't tell mummy ok 🤐", ["secrecy"]),
     X(B, "ok bye"),
     ],
    ages={L8: 4, "grace_loves_guineas": 15}, ends=True,
    currency="hearts",
    notes="Emoji-heavy offender at a child's pet stream: flattery, age, is mum watching, 'secret friends', the yellow ghost (Snapchat) and blue bird apps by emoji, robux for a photo in pyjamas, don't tell mummy.")

# ---- g09: Polish/Hindi, study stream, bluff threat (16-17) --------------
K9 = "kuba_w_nocy"
session(
    "g09_study_polish_hindi_1617", "16-17", "anika_studies",
    "A-level bio revision, pomodoro w me 📚", ["study"], 110,
    [X(B, "ok 25 mins on enzymes"),
     O(K9, "bahut sundar lag rahi ho today, the glasses suit you", ["flattery"]),
     O(K9, "ślicznie. easily the prettiest girl in your sixth form", ["flattery", "sexual_content"]),
     O(K9, "which sixth form btw, the one by the station?", ["personal_info"]),
     O(K9, "kya tum akeli ho ghar pe? parents out tonight?", ["personal_info"]),
     X(B, "pls don't chat during focus time lol"),
     O(K9, "bored of bio. dare: undo the top button and keep studying like that 😏",
       ["dare", "nudity_request", "sexual_content"], fi=True),
     X(B, "ew no"),
     O(K9, "koi baat nahi, then somewhere with no chat logs, i'll send the invite",
       ["off_platform"]),
     O(K9, "nie mów nikomu ok? it's only fun", ["secrecy"]),
     O(K9, "wouldn't take long to find the sixth form from the badge on that jumper anyway",
       ["threat"]),
     O(K9, "ignore me and i tell the whole revision server what you sent me",
       ["threat"]),
     X("revise_w_ruth", "she hasn't sent you anything, you're just lying. reported"),
     ],
    ages={K9: 12, "revise_w_ruth": 5},
    notes="Hindi and Polish sprinkles on a 16-17 study stream: flattery, sexualised compliment, which sixth form, alone at home, a 'top button' dare, a place with no chat logs (no app named), 'tell no one', then a bluff threat.")

# ---- g10: ban evasion alt, Minecraft (13-15) -----------------------------
D1 = "diamondgiftr"
D2 = "d1amondg1ftr_2"
session(
    "g10_ban_evasion_alt_1315", "13-15", "cobble_cleo",
    "survival ep 40 - mega base", ["gaming"], 120,
    [X(B, "welcome back to the mega base!"),
     H("cleo_bro_sam", "what's your address in the server? i'll tp over with the iron"),
     X(B, "sam it's -240 64 1180"),
     O(D1, "want 20 diamonds? i can drop them off if you tell me your coords and your irl town lol",
       ["gift_offer", "personal_info"]),
     O(D1, "jk jk. do you live near the seaside though, the window behind you looks like it",
       ["personal_info"], fi=True),
     O(D1, "honestly way more mature than most 8th graders", ["flattery"]),
     O(D1, "show me your room on cam, want to see if it matches the base 🥺",
       ["personal_info"]),
     X("cobble_mod_jin", "diamondgiftr timed out. no questions about where people live"),
     GAP(240),
     O(D2, "lol you can't time me out forever", ["threat"]),
     O(D2, "it's me again cleo. the diamonds are still yours if you add me on the app with the d1sappear1ng pics",
       ["gift_offer", "off_platform"], ["leetspeak", "euphemism"]),
     O(D2, "and tell the mods nothing, they're just jealous", ["secrecy"]),
     O(D2, "already know your town anyway from the sign behind you last stream 😉",
       ["threat"]),
     X("cobble_mod_jin", "alt banned too. cleo we're keeping the cam off the window from now"),
     ],
    ages={D1: 2, D2: 0, "cleo_bro_sam": 30, "cobble_mod_jin": 1100},
    notes="Ban evasion: diamonds for coordinates and her real town, the seaside window, flattery, room tour; after a time-out an alt returns with a taunt, the disappearing-pics app (leetspeak), secrecy, and a claim to know her town. Her brother's in-game address question is a hard negative.")

# ---- g11: number words, cooking, pick-up offer (13-15) ------------------
C11 = "chef_uncle_m"
session(
    "g11_numbers_cinnamon_rolls_1315", "13-15", "bakes_with_bea",
    "cinnamon rolls from scratch 🥐", ["cooking"], 94,
    [X(B, "ok the dough has to prove for an hour"),
     H("bea_big_bro", "bea take it off the heat before the butter browns, you did it last time 😂"),
     O(C11, "these look better than anything in my restaurant, genuinely talented",
       ["flattery"]),
     O(C11, "how old are you now, thirteen? fourteen at most?", ["personal_info"],
       ["number_words"]),
     O(C11, "i'm forty-six, old enough to be your dad lol, but we both just love food",
       ["age_gap"], ["number_words"]),
     O(C11, "five hundred gem tip if you lick the icing off the spoon slowly for the cam 😋",
       ["gift_offer", "dare", "sexual_content"], ["number_words"], fi=True),
     G(C11, "gems", 500),
     X(B, "uh thanks for the gems but no"),
     O(C11, "go on, dare you. nobody's parents are watching are they",
       ["personal_info", "dare"]),
     O(C11, "i run one-to-one cooking classes saturdays in the city centre, could pick you up from home",
       ["meeting"]),
     O(C11, "t3xt me instead of here, seven eight two... i'll give the rest privately",
       ["off_platform"], ["leetspeak", "number_words"]),
     X("rolls_fan_priya", "mods he's asking bea to text him"),
     O(C11, "just don't say to your mum it's me, she'd only worry", ["secrecy"]),
     ],
    ages={C11: 17, "rolls_fan_priya": 44},
    currency="gems",
    notes="Numbers in words throughout: age guess, stated age 46, five hundred gems for licking icing slowly on cam, are parents watching, pick-up for 'cooking classes', a phone number in words, secrecy.")

# ---- g12: old account fake esports recruiter (16-17) --------------------
N12 = "NovaGG_Recruit"
session(
    "g12_fake_recruiter_1617", "16-17", "vex_aims",
    "grinding to radiant, LF team", ["gaming"], 116,
    [X(B, "ok ranked time"),
     H("duo_partner_zee", "add me after for duos, same tag as here"),
     O(N12, "Clean crosshair placement. We're looking for a fifth for our academy roster.",
       ["flattery"]),
     X(B, "wait fr?"),
     O(N12, "Trial would be in person at our bootcamp house, we cover the train. How far are you from the city?",
       ["personal_info", "meeting"]),
     O(N12, "Best not to loop your parents in until you've passed though, it's competitive and they'll only fuss",
       ["secrecy"], fi=True),
     X(B, "is there a website for your org"),
     O(N12, "Not yet, we're in stealth. Let's move to voice somewhere chat can't see, I'll DM a link",
       ["off_platform"]),
     O(N12, "I'm 31 btw but that's normal in esports, most of my players are your age",
       ["age_gap"]),
     O(N12, "We also need a cam check for anti-cheat.", ["nudity_request"],
       ["split_request"]),
     O(N12, "Shirt off", ["nudity_request"], ["split_request"]),
     O(N12, "so we can see there are no wires, it's standard", ["nudity_request"],
       ["split_request"]),
     X("tac_ana", "that is 100% not a thing lol"),
     O(N12, "If you're going to be difficult I'll tell every team in the region you cheat. Career over before it starts",
       ["threat"]),
     X("vex_mod_k", "banned. vex real orgs talk to your parents first"),
     ],
    ages={N12: 2240, "tac_ana": 700, "vex_mod_k": 1300},
    notes="A six-year-old account poses as an esports recruiter: flattery, distance from the city and an in-person trial, keep parents out, voice call away from chat, 31 and 'normal', a fake anti-cheat shirt-off check, then a reputation threat.")

# ---- g13: typos and autocorrect, art (13-15) -----------------------------
M13 = "mkr_artz"
session(
    "g13_typos_autocorrect_art_1315", "13-15", "pixel_pia",
    "drawing my OCs in chibi ✏️", ["art"], 92,
    [X(B, "ok this one is called moss"),
     O(M13, "yor art is sooo goof i mean good lol autocorrect. best on hear",
       ["flattery"], ["misspelling"]),
     O(M13, "wat grade are yu in? 8th?", ["personal_info"], ["misspelling"]),
     O(M13, "add me on snapshot *snapchat omg my phone", ["off_platform"]),
     O(M13, "its eisier to send refs their, ill draw yours for free as a frend gift",
       ["gift_offer", "off_platform"], ["misspelling"]),
     O(M13, "dont tel yor parnts tho they dont get art freinds",
       ["secrecy"], ["misspelling"], fi=True),
     X(B, "i don't really add people"),
     O(M13, "yor soo cute on cam btw 😳", ["sexual_content"], ["misspelling"]),
     O(M13, "also can yo show yor outfit for the referance, stand up and do a twirl",
       ["nudity_request"], ["misspelling"]),
     X(B, "no??"),
     O(M13, "fien. lame anyway", []),
     X("sketchy_sol", "pia just block lol"),
     ],
    ages={M13: 6, "sketchy_sol": 420},
    notes="Typo-heavy offender with an autocorrect slip ('snapshot'): flattery, grade, Snapchat, free art there, don't tell parents, stand up and twirl to show the outfit 'for reference', then sulks.")

# ---- g14: bus stop + kept clip sextortion, old account (16-17) ----------
Q14 = "quiet_lens"
session(
    "g14_kept_clip_bus_stop_1617", "16-17", "nia_moves",
    "learning the new choreo 💃", ["dance"], 102,
    [X(B, "ok first 8 counts"),
     O(Q14, "you've come on so much since the winter. proud of you honestly",
       ["flattery"]),
     O(Q14, "still get the number 12 after practice? busy at that stop around six",
       ["personal_info", "threat"], fi=True),
     X(B, "how do you know that"),
     O(Q14, "I notice things. I notice a lot about you", ["threat"]),
     O(Q14, "remember the clip you did for me in march? I kept it", ["threat"]),
     O(Q14, "it'd be a shame if your dance group chat suddenly had it", ["threat"]),
     X("dancemate_roo", "nia who is this"),
     O(Q14, "simple fix. a new one, tonight, door locked, just for me",
       ["nudity_request", "secrecy", "off_platform", "threat"]),
     O(Q14, "tell nobody, or I'll be the one waiting at the stop",
       ["secrecy", "threat", "meeting"]),
     X("dancemate_roo", "nia block and tell someone, this is sextortion, you are NOT in trouble"),
     X(B, "ending stream"),
     ],
    ages={Q14: 1480, "dancemate_roo": 60}, ends=True,
    notes="Old account: flattery, then 'still get the number 12 after practice', a kept clip, 'it'd be a shame if your dance group chat had it', a new clip tonight behind a locked door, and 'I'll be waiting at the stop'. No explicit words.")

# ---- serial group A: fresh account, three streams -----------------------
SA = "otter_mail_88"
SER_A = ["s01_serial_mining_under13", "s02_serial_dragons_1315",
         "s03_serial_piano_1315"]
session(
    SER_A[0], "under13", "tilly_tunnels", "mining for diamonds!! ⛏️",
    ["gaming"], 70,
    [X(B, "we need iron first"),
     O(SA, "you're really good for your age, what year are you in?",
       ["flattery", "personal_info"], fi=True),
     X(B, "year 6!"),
     O(SA, "cool", []),
     ],
    ages={SA: 3}, serial=("serial-otter", SER_A),
    notes="Serial contact 1/3: a fresh account praises a child and asks her school year. Mild alone; the pattern across s01-s03 is the signal.")
session(
    SER_A[1], "13-15", "inkblot_isla", "sketching dragons 🐉", ["art"], 76,
    [X(B, "wings today"),
     O(SA, "love the dragons. i could pay for the premium brush pack if you message me off here, somewhere more private",
       ["gift_offer", "off_platform"], fi=True),
     X(B, "i'm ok thanks"),
     ],
    ages={SA: 3}, serial=("serial-otter", SER_A),
    notes="Serial contact 2/3, twenty minutes later: the same account offers a paid brush pack for private messages elsewhere.")
session(
    SER_A[2], "13-15", "keys_by_kai", "piano practice, requests open 🎹",
    ["music"], 80,
    [X(B, "ok scales first sorry"),
     O(SA, "lovely playing. don't tell the others but you're my favourite streamer 🤫",
       ["flattery", "secrecy"]),
     O(SA, "do you practise when the house is empty?", ["personal_info"], fi=True),
     ],
    ages={SA: 3}, serial=("serial-otter", SER_A),
    notes="Serial contact 3/3: favourite-streamer flattery framed as a secret and whether the house is empty when he practises.")

# ---- serial group B: OLD account, three streams ------------------------
SB = "weekend_ref_dave"
SER_B = ["s04_serial_freestyle_1315", "s05_serial_skatepark_1617",
         "s06_serial_blitz_1315"]
session(
    SER_B[0], "13-15", "jojo_juggles", "freestyle tricks in the garden ⚽",
    ["sport"], 72,
    [X(B, "around the world attempt 3"),
     O(SB, "lovely touch. which park do you play in on sundays?",
       ["flattery", "personal_info"], fi=True),
     X(B, "just the garden mostly"),
     ],
    ages={SB: 1900}, serial=("serial-ref", SER_B),
    notes="Serial contact 1/3 by a five-year-old account: praise and which park she plays in on Sundays.")
session(
    SER_B[1], "16-17", "ramp_rat_lena", "skatepark session IRL 🛹",
    ["irl", "sport"], 84,
    [X(B, "ok trying the drop in"),
     O(SB, "recognise that park. i'm round there most evenings, could bring you a new deck",
       ["gift_offer", "meeting"], fi=True),
     O(SB, "don't worry about the age thing, i'm 52 but young at heart",
       ["age_gap"]),
     X("skate_pal_tomas", "who is this guy lena"),
     ],
    ages={SB: 1900, "skate_pal_tomas": 12}, serial=("serial-ref", SER_B),
    notes="Serial contact 2/3: recognises the skatepark, offers to bring a deck, says he is 52.")
session(
    SER_B[2], "13-15", "bishop_bex", "rated blitz after school ♟️",
    ["chess"], 74,
    [X(B, "3+0 lets go"),
     O(SB, "good game. a man my age doesn't often lose to a kid lol. over the board some time? i'll come to your club night",
       ["age_gap", "meeting"], fi=True),
     X(B, "the club is only for members sorry"),
     ],
    ages={SB: 1900}, serial=("serial-ref", SER_B),
    notes="Serial contact 3/3: age-gap joke and offers to come to her chess club night.")

# ---- floods ----------------------------------------------------------------
FL1 = ["zz_req_bot", "kekw_larry", "anon_4471", "dance_for_me_pls",
       "silentwatcher0", "ttt_tiktak", "lurker_lad_99", "v0id_user",
       "gg_ez_req", "pls_notice_me_x", "random_acc_3", "cl1ck3r"]
session(
    "f01_flood_dance_requests_1315", "13-15", "lulu_dances",
    "taking dance requests!! 💃", ["dance"], 88,
    [X(B, "ok send your requests!"),
     BURST(True),
     O(FL1[0], "turn around slowly", ["nudity_request"], fi=True),
     O(FL1[1], "splits for 200 coins", ["gift_offer", "dare"]),
     O(FL1[2], "age??", ["personal_info"]),
     O(FL1[3], "bet you won't take the jacket off", ["dare", "nudity_request"]),
     O(FL1[4], "sn4p??", ["off_platform"], ["leetspeak"]),
     O(FL1[5], "are your parents home rn", ["personal_info"]),
     O(FL1[6], "w h a t s a p p", ["off_platform"], ["spaced_letters"]),
     O(FL1[7], "blow a kiss to the cam", ["dare", "sexual_content"]),
     O(FL1[1], "jacket off jacket off", ["nudity_request"]),
     O(FL1[8], "where do you live roughly", ["personal_info"]),
     O(FL1[9], "come to the 🔒🎥 room", ["off_platform"], ["emoji_substitute"]),
     O(FL1[10], "i'm 30 marry me lol", ["sexual_content", "age_gap"]),
     O(FL1[11], "pics on the ghost app", ["nudity_request", "off_platform"], ["euphemism"]),
     O(FL1[3], "boring. do something worth watching", []),
     X("lulus_friend_bee", "MODS where are you"),
     X(B, "what is happening"),
     X("lulu_mod_kat", "chat in followers-only mode, clearing"),
     BURST(False),
     ],
    ages={u: (i % 3) for i, u in enumerate(FL1)} | {"lulus_friend_bee": 400, "lulu_mod_kat": 1000},
    currency="coins",
    notes="Twelve accounts aged 0-2 days pile onto a 13-15 dancer inside a minute: turn around, coins for splits, age, jacket off, Snapchat/WhatsApp with evasions, a private room by emoji, pics on the ghost app. Mods switch to followers-only.")

FL2 = ["gemrain_01", "disco_fan_k", "rate_me_pls", "nightowl_x3",
       "whos_this_girl", "coinz4u", "lurk_mode_on", "bigfan_2k",
       "kind_stranger_z", "ann0n_ymous", "raid_leader_q"]
session(
    "f02_flood_disco_raid_1315", "13-15", "maddie_glam",
    "GRWM year 9 disco 💄", ["beauty"], 96,
    [X(B, "ok dress reveal after the makeup!"),
     X("maddie_bff_kay", "CAN'T WAIT"),
     BURST(True),
     O(FL2[10], "raid squad here 😈 everyone send gems", []),
     O(FL2[0], "500 gems to see the dress on now, not later", ["gift_offer", "nudity_request"], fi=True),
     O(FL2[1], "which school's disco? we'll come", ["personal_info", "meeting"]),
     O(FL2[2], "change on stream for the reveal", ["nudity_request"]),
     O(FL2[3], "rate me 1-10 on the app with the vanishing pics, add back",
       ["off_platform"], ["euphemism"]),
     O(FL2[4], "she's so fine 🥵", ["sexual_content"]),
     O(FL2[5], "g3ms for a sp1n 💎💎💎", ["gift_offer", "dare", "nudity_request"],
       ["leetspeak"]),
     O(FL2[6], "parents home? 👀", ["personal_info"]),
     O(FL2[7], "dare you to sit on the bed in the dress and pout lol", ["dare", "sexual_content"]),
     O(FL2[8], "we'll wait outside the venue", ["meeting", "threat"]),
     O(FL2[9], "block us and the clips go on your school page", ["threat"]),
     O(FL2[10], "raid out ✌️ see you at the disco", ["meeting"]),
     X("maddie_bff_kay", "what the hell, mods"),
     X(B, "ending stream, not ok"),
     BURST(False),
     ],
    ages={**{u: (i % 4) for i, u in enumerate(FL2)}, "maddie_bff_kay": 8}, ends=True,
    currency="gems",
    notes="Coordinated raid: eleven accounts 0-3 days old flood a 13-15 broadcaster in under a minute with gem offers for the dress reveal, which school's disco, the vanishing-pics app, 'parents home', waiting outside the venue and clips on the school page. The raid leader's opening line carries no tactic.")

# ---- benign sessions -------------------------------------------------------
session(
    "b01_big_sister_teasing_1315", "13-15", "finn_plays_kart",
    "mario kart, my sister is watching (help)", ["gaming"], 90,
    [X(B, "my sister is in chat, ignore her"),
     H("meg_is_older", "finn show chat your room, it's a disaster zone 😂"),
     X(B, "NO"),
     H("meg_is_older", "how old are you again? 9? you drive like it"),
     H("meg_is_older", "don't tell mum i ate your easter egg btw"),
     H("kart_kid_omar", "dare you to do the next race with one hand"),
     H("meg_is_older", "give me your coins for the new skin or i tell mum you were up till 2"),
     X(B, "meg i swear"),
     H("meg_is_older", "go change your shirt first there's ketchup on it, it's on stream lol"),
     H("kart_kid_omar", "bet you won't beat my time on rainbow road"),
     X("meg_is_older", "ok ok i'm proud of you. a bit."),
     ],
    ages={"meg_is_older": 2100, "kart_kid_omar": 6},
    looks="older sister: 'show chat your room', 'how old are you again', 'don't tell mum', 'give me your coins or i tell', 'change your shirt'; friend's dares",
    notes="A 14-year-old streams while his older sister teases him in chat; a school friend (new account) dares him.")

session(
    "b02_teacher_revision_titrations", "adult", "mr_okafor_chem",
    "A-level chemistry live revision: titrations 🧪", ["study"], 110,
    [X(B, "evening everyone, titrations tonight, past paper 2 question 4"),
     H(B, "reminder: don't post your school name in chat, just your exam board"),
     H(B, "take the lids off your highlighters, we're annotating the question"),
     H("molly_y13", "sir how old is the periodic table lol"),
     X(B, "1869 for Mendeleev's version, good question actually"),
     H(B, "show me your working in chat, I want to see the mole ratio"),
     H(B, "strip the question down to what it's actually asking"),
     H("kwame_chem", "sir i'm sending you a gift card at christmas for this"),
     X(B, "a thank-you card is plenty Kwame"),
     H(B, "past papers are on the class discord, join with your school login only"),
     H(B, "don't tell my head of department I used a meme in the slides"),
     X("molly_y13", "thank you sir this actually makes sense now"),
     ],
    ages={"molly_y13": 4, "kwame_chem": 11},
    looks="teacher: 'take the lids off', 'show me your working', 'strip the question down', 'join the class discord', 'don't tell my head of department'; students on new accounts",
    notes="A chemistry teacher's revision stream for year 13 students, many on newly made accounts.")

session(
    "b03_esports_manager_scrims_1617", "16-17", "kiro_fps",
    "scrims with the academy team 🎯", ["gaming"], 108,
    [X(B, "scrim block 1, chat be nice to the enemy team"),
     H("coach_imani_gg", "practice voice channel at 7, everyone in the team discord please"),
     H("coach_imani_gg", "consent forms for the LAN went to your parents, kiro your mum signed yours"),
     H("coach_imani_gg", "train tickets are booked, one parent travels with each under-18 player"),
     H("coach_imani_gg", "send me your shirt size for the jersey, NOT your address, jerseys go to the office"),
     H("teammate_rook", "bet you can't drop 30 this map, loser buys pizza"),
     G("teammate_rook", "bits", 200),
     H("coach_imani_gg", "for registration I need everyone's age, your parents fill it on the form, not in chat"),
     X(B, "lets goooo 31 bombs"),
     X("teammate_rook", "ugh fine pizza is on me"),
     ],
    ages={"coach_imani_gg": 1500, "teammate_rook": 650},
    currency="bits",
    looks="team manager: 'everyone in the team discord', travel to the LAN, shirt size, age for registration; teammate's pizza bet",
    notes="A 16-year-old's esports academy scrims; the manager organises practice, consent forms and travel through parents.")

session(
    "b04_mum_costream_birthday_under13", "under13", "poppy_and_mum",
    "baking grandad's birthday cake with mum 🎂", ["cooking"], 92,
    [X(B, "hi everyone!! mum is here too"),
     H("mum_of_poppy", "don't tell grandad anything, it's a surprise!"),
     H("mum_of_poppy", "pop turn round so everyone can see the cake"),
     H("auntie_jo_w", "how old are you today poppy?? say it to chat!"),
     X(B, "NINE"),
     G("auntie_jo_w", "stars", 50),
     H("mum_of_poppy", "show everyone your new dress from auntie jo"),
     H("mum_of_poppy", "go and put your pyjamas on after this, it's nearly bedtime"),
     H("auntie_jo_w", "sending stars for the birthday girl, spend them on the cake game"),
     X("mum_of_poppy", "thanks for watching everyone, poppy say bye"),
     ],
    ages={"mum_of_poppy": 900, "auntie_jo_w": 1},
    currency="stars",
    looks="parent co-streaming: 'don't tell grandad', 'turn round', 'show your new dress', 'put your pyjamas on'; aunt on a fresh account asks her age and gifts stars",
    notes="A nine-year-old co-streams with her mum; an aunt on a brand-new account gifts stars.")

session(
    "b05_asmr_beauty_adult", "adult", "velvet_whispers",
    "ASMR makeup + tapping, 18+ chat 🌙", ["beauty"], 100,
    [X(B, "hi lovelies, full glam with whispers tonight"),
     H("midnight_mara", "you look stunning tonight honestly"),
     H("tired_nurse_jo", "take it off slowly... the makeup I mean, for the before/after 😌"),
     H("deep_voice_dan", "can you whisper my name"),
     G("deep_voice_dan", "rose", 100),
     H("deep_voice_dan", "100 roses if you do the brush sounds right on the mic"),
     H("midnight_mara", "your voice is so hot, sorry, so calming"),
     H("tired_nurse_jo", "show us the whole look, stand up!"),
     H(B, "subs get the private ASMR room on sunday, link on my page"),
     X(B, "thank you for the roses Dan"),
     ],
    ages={"midnight_mara": 1200, "tired_nurse_jo": 4, "deep_voice_dan": 2500},
    currency="rose",
    looks="adult viewers flirting with an adult ASMR streamer: 'take it off slowly', 'whisper my name', 'your voice is so hot', roses for sounds, 'stand up', private room for subs",
    notes="An adult ASMR/beauty stream with adult viewers; mild flirting, roses and a subscriber room.")

session(
    "b06_modbot_safety_poll_1315", "13-15", "aria_draws",
    "drawing chat as animals 🦊", ["art"], 104,
    [X(B, "drop your username and an animal!"),
     H("AriaGuardBot", "Safety reminder: never share your age, school, town or socials in chat. Mods will never DM you."),
     H("gemma_sketches", "someone in the last stream asked 'are you home alone' - blocked and reported, don't answer stuff like that"),
     H(B, "chat poll for the art contest: how old are you? under 13 / 13-15 / 16+"),
     X("gemma_sketches", "13-15!"),
     H("AriaGuardBot", "A message was removed for asking personal questions."),
     H("AriaGuardBot", "Reminder: @aria_draws does not add viewers on snapchat, discord or whatsapp."),
     H("kit_the_fox_fan", "the last weirdo said 'keep it our secret' to her lol, the bot ate him"),
     X(B, "ok fox next!"),
     ],
    ages={"AriaGuardBot": 300, "gemma_sketches": 700, "kit_the_fox_fan": 3},
    looks="moderator bot safety messages naming apps and 'age, school, town'; viewers quoting earlier creeps; broadcaster's age poll",
    notes="A 14-year-old's art stream with a moderation bot that posts safety reminders; viewers quote earlier creeps to warn others.")

session(
    "b07_base_raid_server_1315", "13-15", "rhys_rusts",
    "base defence w/ the boys 🏠", ["gaming"], 112,
    [X(B, "they're raiding tonight for sure"),
     H("duo_callum", "take it off, the armour's bugged, it's giving you slow"),
     H("duo_callum", "show me your base from the roof so i can plan the walls"),
     H("new_guy_arlo", "what's your address in the server? i'll bring the scrap"),
     H("duo_callum", "i'll give you 500 scrap if you give me the rifle"),
     H("new_guy_arlo", "dare you to jump off the cliff onto the roof"),
     H("duo_callum", "TURN AROUND there's someone behind you!!"),
     H("new_guy_arlo", "add me on discord after, same name, for the next wipe"),
     X(B, "GG we held it"),
     ],
    ages={"duo_callum": 500, "new_guy_arlo": 2},
    looks="game talk: 'take it off', 'show me your base', 'what's your address in the server', trading scrap, 'dare you to jump', 'turn around', a teen friend's discord",
    notes="Teen friends defend a base in a survival game; one is on a two-day-old account.")

session(
    "b08_yoga_smoothie_adult", "adult", "sun_salute_sam",
    "morning yoga + green smoothie 🧘", ["cooking"], 96,
    [X(B, "morning everyone, mats out"),
     H(B, "lie on your back and bring your knees to your chest"),
     H(B, "take your socks off if you're on wooden floor, better grip"),
     H(B, "get on all fours for cat-cow, slow breaths"),
     H("flexi_fran", "can you show us the pose from the side, my form is off"),
     H(B, "strip the kale off the stems first, the stems are bitter"),
     H(B, "if you heat the oats, take it off the heat before it splits"),
     H("newbie_noor", "my kids are watching with me, they want to know how old you are lol"),
     X(B, "tell them 34 and still can't touch my toes"),
     ],
    ages={"flexi_fran": 880, "newbie_noor": 0},
    looks="yoga and cooking instructions: 'lie on your back', 'socks off', 'all fours', 'show us from the side', 'strip the kale', 'take it off the heat'; a parent asking the streamer's age",
    notes="An adult yoga and smoothie stream; a brand-new viewer asks the host's age for her kids.")

session(
    "b09_charity_singathon_1617", "16-17", "bea_sings_live",
    "charity sing-a-thon for the animal shelter 🐾", ["music"], 120,
    [X(B, "every gift goes to the shelter tonight!!"),
     H("shelter_sue", "£20 donated if you hit the high note! (I run the shelter, hi Bea's mum)"),
     G("shelter_sue", "coins", 2000),
     H("choir_pal_lou", "dare you to sing it in a pirate voice, 500 coins, all to the dogs"),
     G("choir_pal_lou", "coins", 500),
     H("choir_pal_lou", "see you at rehearsal tuesday, don't tell miss we skipped warmups"),
     H("gift_goblin", "gifted 10 subs for the doggos 🐶"),
     G("gift_goblin", "sub_gift", 10),
     H("choir_pal_lou", "best voice in our whole school honestly"),
     H("new_fan_pip", "anyone want to swap the shelter badge for the cat one"),
     X(B, "THANK YOU we hit the target!!"),
     ],
    ages={"shelter_sue": 1600, "choir_pal_lou": 330, "gift_goblin": 5, "new_fan_pip": 1},
    currency="coins",
    looks="charity donations for dares and high notes, a choir friend's 'don't tell miss' and 'best voice in our school', gifted subs from a fresh account, badge trading",
    notes="A 16-year-old's charity stream; gifts and dares are for the shelter, the friend is from her choir.")


# --------------------------------------------------------------------------
# generator
# --------------------------------------------------------------------------
BASE_TS = 1793440000000   # a fixed Unix ms start, days apart per session


def handles(rng, k, taken):
    out = []
    while len(out) < k:
        a, b = rng.choice(HANDLE_A), rng.choice(HANDLE_B)
        style = rng.randrange(4)
        h = [f"{a}_{b}", f"{a}{b}{rng.randrange(10, 999)}", f"x{a}{b}x",
             f"{a}.{b}"][style]
        if h not in taken:
            taken.add(h)
            out.append(h)
    return out


def build(idx, s):
    rng = random.Random(6000 + idx)
    script = s["script"]
    bc = s["bc"]
    # serial sessions sit 20 minutes apart; the others are days apart
    if s["serial"]:
        grp = s["serial"][1]
        gidx = 0 if s["serial"][0] == "serial-otter" else 1
        start = BASE_TS + (40 + gidx) * 86400000 + grp.index(s["name"]) * 1200000
    else:
        start = BASE_TS + idx * 86400000 + rng.randrange(0, 8) * 3600000
    stream = f"st-6{idx:03d}{rng.randrange(100, 999)}"
    offenders = []
    scripted_users = set()
    for it in script:
        if it["k"] in ("o", "x", "h", "g"):
            u = bc if it["user"] == B else it["user"]
            scripted_users.add(u)
            if it["k"] == "o" and u not in offenders:
                offenders.append(u)
    taken = set(scripted_users) | {bc}
    bg_users = handles(rng, rng.randrange(10, 17), taken)
    ages = {}
    for u in bg_users:
        r = rng.random()
        if r < 0.2:
            ages[u] = None
        elif r < 0.45:
            ages[u] = rng.randrange(0, 25)    # plenty of benign fresh accounts
        else:
            ages[u] = rng.randrange(60, 2600)
    for u in sorted(scripted_users):
        if u == bc:
            continue
        ages[u] = s["ages"].get(u, rng.randrange(30, 1500))
    pool = []
    for kind in s["kinds"]:
        pool += POOLS[kind]
    gen_pool = list(POOLS["generic"])
    bpool = list(BROADCASTER_POOLS["generic"])
    for kind in s["kinds"]:
        bpool += BROADCASTER_POOLS[kind]
    rng.shuffle(pool)
    rng.shuffle(gen_pool)
    rng.shuffle(bpool)
    bcycle = []

    def bg_line(quiet):
        r = rng.random()
        if r < 0.12 and quiet:
            r = 0.5      # after the first intervention point the broadcaster goes quiet
        if r < 0.12:
            if not bcycle:
                bcycle.extend(bpool)
                rng.shuffle(bcycle)
            return {"k": "x", "user": bc, "text": bcycle.pop()}
        if s["currency"] and r < 0.18:
            return {"k": "g", "user": rng.choice(bg_users), "item": s["currency"],
                    "amount": rng.choice([10, 20, 50, 100])}
        if r < 0.30:
            return {"k": "x", "user": rng.choice(bg_users),
                    "text": rng.choice(REACTIONS)}
        src = pool if (r < 0.72 and pool) else gen_pool
        if not src:
            src = pool or gen_pool
        if not src:
            return {"k": "x", "user": rng.choice(bg_users),
                    "text": rng.choice(REACTIONS)}
        return {"k": "x", "user": rng.choice(bg_users), "text": src.pop()}

    # mark burst items and gaps
    items = []
    burst = False
    gap_next = 0
    for it in script:
        if it["k"] == "burst":
            burst = it["on"]
            continue
        if it["k"] == "gap":
            gap_next = it["s"]
            continue
        it = dict(it)
        it["burst"] = burst
        it["gap"] = gap_next
        gap_next = 0
        items.append(it)
    n_bg = max(0, s["n"] - 2 - len(items))
    slots = [0] * (len(items) + 1)
    slots[0] = min(n_bg, 5)
    slots[-1] = 0 if s["ends"] else min(n_bg - slots[0], 4)
    rest = n_bg - slots[0] - slots[-1]
    while rest > 0:
        j = rng.randrange(len(slots))
        if j == len(items) and s["ends"]:
            continue
        if j < len(items) and items[j]["burst"] and rng.random() < 0.95:
            continue
        # later parts of a split request follow the first part closely
        if j > 0 and j < len(items) and "split_request" in items[j].get("ev", ()) \
                and "split_request" in items[j - 1].get("ev", ()) and slots[j] >= 1:
            continue
        # replies by bystanders, mods and the broadcaster follow closely
        if j < len(items) and items[j]["k"] == "x" and j > 0 and slots[j] >= 2:
            continue
        slots[j] += 1
        rest -= 1
    seq = []
    quiet = False
    for j, it in enumerate(items):
        for _ in range(slots[j]):
            b = bg_line(quiet)
            b["burst"] = it["burst"]
            b["gap"] = 0
            seq.append(b)
        seq.append(it)
        if it.get("fi"):
            quiet = True
    for _ in range(slots[-1]):
        b = bg_line(quiet)
        b["burst"] = False
        b["gap"] = 0
        seq.append(b)

    events = [{"type": "stream_start", "ts": start, "stream": stream,
               "broadcaster": bc, "broadcaster_age": s["age"],
               "title": s["title"]}]
    ts = start + rng.randrange(1500, 6000)
    lo, hi = s["rate"]
    mi = gi = 0
    lines, evasion, ogifts, hneg = {}, {}, [], []
    fi_ts = None
    for it in seq:
        ts += it.get("gap", 0) * 1000
        user = bc if it["user"] == B else it["user"]
        if it["k"] == "g":
            gi += 1
            eid = f"g{gi}"
            ev = {"type": "gift", "ts": ts, "stream": stream, "id": eid,
                  "user": user, "item": it["item"], "amount": it["amount"]}
            if user in offenders:
                ogifts.append(eid)
        else:
            mi += 1
            eid = f"m{mi}"
            ev = {"type": "chat", "ts": ts, "stream": stream, "id": eid,
                  "user": user, "text": it["text"]}
            if user != bc and ages.get(user) is not None:
                ev["account_age_days"] = ages[user]
            if it["k"] == "o":
                lines[eid] = sorted(it["tactics"], key=CODES.index)
                if it["ev"]:
                    evasion[eid] = sorted(it["ev"], key=EVASIONS.index)
                if it["fi"]:
                    assert fi_ts is None, s["name"]
                    fi_ts = ts
            elif it["k"] == "h":
                hneg.append(eid)
            if user in offenders and it["k"] != "o":
                raise SystemExit(f"{s['name']}: offender line not scripted")
        events.append(ev)
        if it.get("burst"):
            step = rng.randrange(300, 2600)
        else:
            step = rng.randrange(int(lo * 1000), int(hi * 1000))
        ts += step
    events.append({"type": "stream_end", "ts": events[-1]["ts"] + rng.randrange(3000, 20000),
                   "stream": stream})
    if offenders:
        assert fi_ts is not None, s["name"]
    used = set()
    for t in lines.values():
        for c in t:
            assert c in CODES, (s["name"], c)
            used.add(c)
    for e in evasion.values():
        for c in e:
            assert c in EVASIONS, (s["name"], c)
    label = {
        "offenders": offenders,
        "first_intervention_ts": fi_ts,
        "tactics_expected": [c for c in CODES if c in used],
        "notes": s["notes"],
        "lines": lines,
        "evasion": evasion,
        "offender_gifts": ogifts,
        "hard_negatives": hneg,
    }
    if s["serial"]:
        label["serial_group"] = s["serial"][0]
        label["related_sessions"] = s["serial"][1]
    return events, label


def write_readme(outdir, rows, totals):
    tac_lines, tac_sess, ev_counts, n_hneg, n_events, n_offl = totals
    L = []
    L.append("# Held-out set 6: labelled live-stream chat sessions\n")
    L.append("Written by `tools/make_heldout6.py` (run `python3 tools/make_heldout6.py`;")
    L.append("the output is byte-identical on every run: fixed seeds, fixed start times).")
    L.append("Its purpose is an honest measurement of streamguard on chat its rules have")
    L.append("never seen. It was written without looking at the rules, the tactic docs,")
    L.append("the engine source, the other held-out sets or any engine output, and the")
    L.append("engine was never run on it. Please keep it that way: do not tune rules on")
    L.append("these files; if you do, say so and treat the set as a training set.\n")
    L.append("## How it was made\n")
    L.append("The key lines (every offender line, the broadcaster's replies, bystanders,")
    L.append("moderators and every hard negative) were written by hand in the generator.")
    L.append("Background chatter is drawn with a seeded RNG from hand-written pools per")
    L.append("stream type (gaming, art, music, sport, study, IRL, cooking, pets, dance,")
    L.append("chess, beauty/ASMR, Lego) plus generic lines, together with broadcaster")
    L.append("filler and small benign gifts in the stream's currency. Background users")
    L.append("get invented handles; about a quarter of them are on accounts under 25 days")
    L.append("old and a fifth have no `account_age_days` at all. Nothing comes from a")
    L.append("third-party chat data set; all names, handles, places, buses and venues")
    L.append("are invented. Content is non-graphic.\n")
    L.append("Format and labels follow `/work/shared/scenarios/README.md` exactly")
    L.append("(event format, label fields, tactic and evasion codes). Serial groups have")
    L.append("three files each here, and their `related_sessions` lists those three.\n")
    L.append("Emphasis of this set compared with a typical one: more 13-15 and 16-17")
    L.append("broadcasters; five offender accounts that are years old")
    L.append("(`touchline_tony`, `GrahamPatterson1983`, `roadie_rick`, `NovaGG_Recruit`,")
    L.append("`quiet_lens`, plus `weekend_ref_dave` in a serial group); threats,")
    L.append("sextortion and meetings phrased indirectly (\"still get the number 12 after")
    L.append("practice?\", \"it'd be a shame if your year group saw them\", \"I'll be the one")
    L.append("waiting at the stop\"); off-platform moves described without naming an app")
    L.append("(\"the app where the messages vanish\", \"somewhere with no chat logs\",")
    L.append("\"the blue one with the paper plane\"); gifts in platform currencies (stars,")
    L.append("gems, coins, hearts, roses, V-Bucks, Robux, gift cards, diamonds in-game);")
    L.append("offenders who avoid the usual `u`/`ur` shorthand; styles from long polite")
    L.append("paragraphs to all caps, dictation, typos, Spanish/Portuguese/Polish/Hindi")
    L.append("sprinkles. Hard negatives come from older siblings, a teacher's revision")
    L.append("stream, an esports team manager, a parent co-streaming, an adult ASMR/beauty")
    L.append("stream, a moderation bot, yoga/cooking instructions, game talk and a")
    L.append("charity stream.\n")
    L.append("## Sessions\n")
    L.append("| session | age | title | events | streams | offenders | tactics | hard neg. |")
    L.append("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        L.append("| `%s` | %s | %s | %d | 1 | %s | %s | %d |" % r)
    L.append("\nFor `b` sessions the tactics column describes the look-alikes instead.")
    ng = sum(1 for r in rows if r[0].startswith("g"))
    ns = sum(1 for r in rows if r[0].startswith("s"))
    nf = sum(1 for r in rows if r[0].startswith("f"))
    nb = sum(1 for r in rows if r[0].startswith("b"))
    L.append(f"In total there are {len(rows)} sessions: {ng} grooming, {ns} serial-contact "
             f"(two groups of three), {nf} floods and {nb} benign; {n_events} events, "
             f"{n_offl} offender chat lines, {n_hneg} hard negatives.\n")
    L.append("## Counts\n")
    L.append("| tactic | offender lines | sessions |")
    L.append("| --- | --- | --- |")
    for c in CODES:
        L.append(f"| `{c}` | {tac_lines[c]} | {tac_sess[c]} |")
    L.append("\n| evasion | lines |")
    L.append("| --- | --- |")
    for c in EVASIONS:
        L.append(f"| `{c}` | {ev_counts[c]} |")
    L.append("")
    L.append("## Labelling choices that could be argued\n")
    for para in ARGUABLE:
        L.append("* " + para)
    L.append("")
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


ARGUABLE = [
    "Knowing a child's bus, stop or town (\"the 47, stops by the church\", \"still get "
    "the number 12 after practice?\", \"already know your town\") is labelled `threat` "
    "(a claim to know where the child is) and, where it also probes, `personal_info`. "
    "The taunt \"you can't time me out forever\" and \"I notice a lot about you\" are "
    "labelled `threat` as intimidation; some would label them `[]`.",
    "Payment demands in gift cards (`g03`) are `threat` only, not `gift_offer`, because "
    "nothing is offered to the child.",
    "Room tours and 'a photo of your room' are `personal_info`, not `nudity_request`.",
    "A free drawing (`g13`), a brush pack (`s02`) and a new skateboard deck (`s05`) count "
    "as `gift_offer`.",
    "\"the door locked, just for me\" (`g14`) is `secrecy` + `off_platform` + "
    "`nudity_request` + `threat`: the clip is private, demanded under the threat, and "
    "is the same kind of clip that was 'kept'. \"I'll be the one waiting at the stop\" "
    "adds `meeting`.",
    "`g01` first intervention is the scouting/visit line, not the earlier club and "
    "year-group questions, which a moderator might let pass once from an old account; "
    "`g04` is the 'which evenings' line, after 'quieter when everyone is out'.",
    "\"better aim than my friends and they're 25\" (`g05`) is only `flattery`; it hints "
    "at his age but does not state it.",
    "In `g12` the fake anti-cheat 'cam check' is labelled `nudity_request` only, not "
    "`dare`, although it is a trick.",
    "In floods, the raid leader's \"everyone send gems\" and a bare \"boring. do something "
    "worth watching\" are offender lines with `[]`. \"we'll wait outside the venue\" is "
    "`meeting` + `threat`.",
    "Serial files each carry a `first_intervention_ts` even though a single contact is "
    "mild; it marks the line a moderator who knew the cross-stream pattern would act on.",
    "Hard negatives include the broadcaster's own lines where they look risky (the "
    "teacher's 'take the lids off', the yoga host's 'socks off', the ASMR host's "
    "'private room for subs'). Adult-on-adult flirting in `b05` is benign by design. "
    "`b04`'s aunt on a fresh account asking a nine-year-old's age is benign because "
    "her mum is co-streaming and answers with her; a strict moderator might still "
    "check a brand-new account.",
    "\"old enough to be handing out pocket money\" (`g02`) is labelled `age_gap` although "
    "no number is given; \"my cousin's school is near yours, I could come by\" (`g05`) is "
    "`meeting` only.",
    "Dictation artefacts (\"full stop\", \"question mark\", \"new paragraph\") and "
    "autocorrect slips (\"snapshot\" for Snapchat) are not evasion codes; plain typos "
    "are `misspelling` only where they fall on or near the key words.",
    "`b06` quotes creeps (\"are you home alone\", \"keep it our secret\") to warn others; "
    "these are benign and listed as hard negatives.",
]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "tests", "heldout6")
    outdir = os.path.normpath(outdir)
    os.makedirs(outdir, exist_ok=True)
    rows = []
    tac_lines = {c: 0 for c in CODES}
    tac_sess = {c: 0 for c in CODES}
    ev_counts = {c: 0 for c in EVASIONS}
    n_hneg = n_events = n_offl = 0
    for idx, s in enumerate(SESSIONS):
        events, label = build(idx, s)
        with open(os.path.join(outdir, s["name"] + ".ndjson"), "w", encoding="utf-8") as f:
            for e in events:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
        with open(os.path.join(outdir, s["name"] + ".label.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(label, ensure_ascii=False, indent=2) + "\n")
        for t in label["lines"].values():
            for c in t:
                tac_lines[c] += 1
        for c in label["tactics_expected"]:
            tac_sess[c] += 1
        for e in label["evasion"].values():
            for c in e:
                ev_counts[c] += 1
        n_hneg += len(label["hard_negatives"])
        n_events += len(events)
        n_offl += len(label["lines"])
        offs = label["offenders"]
        if len(offs) > 3:
            offs_s = f"{len(offs)} fresh accounts"
        elif offs:
            offs_s = ", ".join(offs)
        else:
            offs_s = "–"
        tac_s = ", ".join(label["tactics_expected"]) if offs else s["looks"]
        rows.append((s["name"], s["age"], s["title"].replace("|", "/"), len(events),
                     offs_s, tac_s, len(label["hard_negatives"])))
    write_readme(outdir, rows, (tac_lines, tac_sess, ev_counts, n_hneg, n_events, n_offl))
    print(f"{len(rows)} sessions, {n_events} events, {n_offl} offender lines, "
          f"{n_hneg} hard negatives")
    for c in CODES:
        print(f"  {c:15s} {tac_lines[c]}")


if __name__ == "__main__":
    main()
