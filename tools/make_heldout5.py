#!/usr/bin/env python3
"""make_heldout5.py: write the fifth held-out set of labelled live-stream chat sessions.

usage: python3 tools/make_heldout5.py [OUTDIR]   (default: tests/heldout5 under the repo root)

Deterministic: every random choice comes from random.Random seeded with a CRC of
the session name, timestamps are fixed, so a rerun writes byte-identical files.
The key lines (offenders, broadcaster replies, bystanders, hard negatives) are
hand-written below; background chatter is drawn from hand-written pools per
stream type. Format and labels follow /work/shared/scenarios/README.md.
All names, handles, places and streams are invented; content is non-graphic.
"""
import json, os, random, sys, zlib

TACTICS = ["flattery", "personal_info", "gift_offer", "dare", "nudity_request",
           "sexual_content", "secrecy", "off_platform", "threat", "meeting", "age_gap"]
EVASIONS = ["leetspeak", "spaced_letters", "emoji_substitute", "homoglyph", "misspelling",
            "split_request", "number_words", "zero_width", "euphemism"]
ZW = "\u200b"
CY_A, CY_E, CY_O, CY_P, CY_C = "\u0430", "\u0435", "\u043e", "\u0440", "\u0441"

# --------------------------------------------------------------------------
# key-line helpers.  t = seconds from the stream start; "@" = the broadcaster.


def O(t, user, text, tac, ev="", first=False):
    """offender chat line with its tactic codes (space separated) and evasion codes"""
    return dict(kind="chat", t=t, user=user, text=text, tac=tac.split(), ev=ev.split(), first=first, off=True)


def C(t, user, text):
    """ordinary key chat line (broadcaster reply, bystander, moderator)"""
    return dict(kind="chat", t=t, user=user, text=text)


def H(t, user, text):
    """hard negative: harmless in context, suspicious out of it"""
    return dict(kind="chat", t=t, user=user, text=text, hn=True)


def G(t, user, item, amount):
    return dict(kind="gift", t=t, user=user, item=item, amount=amount)


# --------------------------------------------------------------------------
# background pools (hand-written)

GENERIC = [
    "hiii", "hello from the bus 🚌", "just got here what did i miss", "lol", "😂😂", "gg",
    "W", "first time catching this live", "chat is so calm today", "brb dinner", "back",
    "❤️", "the music is a vibe", "what time do you usually stream", "👋", "love these streams",
    "hi chat", "lurking while doing homework", "my cat just walked on my keyboard sorry",
    "is it raining there too", "omg", "that was clean", "🔥🔥", "no way", "haha", "same",
    "who else is eating rn", "good evening everyone", "this is my comfort stream",
    "can't stay long, hi!", "yo", "sending good vibes", "lmaooo", "hydrate chat 💧",
    "is the audio a bit quiet or just me", "sound's fine for me", "ok that was funny",
    "night all, work tomorrow", "👀", "real", "this chat moves so slow i love it",
    "my little brother says hi", "the stream quality is so good today", "wait what happened",
    "can we get some hype in the chat", "notification squad 🔔", "ok i'm staying up for this",
    "clip that", "that's so wholesome", "just finished school, perfect timing", "W streamer",
    "ngl this is relaxing", "does anyone know the song", "caught the end of it, what happened",
]
POOLS = {
    "gaming": [
        "that jump was frame perfect", "he's behind you!!", "left left LEFT", "nice clutch",
        "what sens do you play on", "which server is this", "rip", "unlucky that was laggy",
        "go shop first", "you need more armour for that boss", "one more game", "press f",
        "the new update broke the hitboxes lol", "speedrun strats incoming", "what's your rank now",
        "bro got the whole lobby", "heal up first", "rush B no stop", "ez", "that skin is clean",
        "check the chest by the tower", "is that the new map", "craft a shield first",
        "you missed a coin on the left", "try the wall jump", "this level is evil",
    ],
    "art": [
        "the shading is so soft", "what brush is that", "love the colour palette",
        "is that procreate or paper", "the hands look great", "the background is so dreamy",
        "how long did this take", "add some sparkles", "the eyes!!!", "so satisfying to watch",
        "what pens are those", "i could never draw like this", "layer check?", "ooh lineart time",
        "the lighting on that is lovely", "do you take commissions later", "the clouds look real",
        "that blend is smooth", "pastel gang", "it's giving storybook",
    ],
    "music": [
        "that harmony 😭", "play the one from last week", "your guitar sounds lovely tonight",
        "what tuning is that", "chills", "encore!!", "the bridge was perfect", "sing it again",
        "love this song", "is that a capo", "acoustic version >>> original",
        "can you do something upbeat next", "goosebumps", "the falsetto!!", "what key is this in",
        "request: anything by the weather station", "tapping my foot at work lol", "beautiful",
        "first time hearing this one", "the piano part is so nice",
    ],
    "sport": [
        "that touch was clean", "do it with your weaker foot", "how many can you do in a row",
        "what ball is that", "the grass looks wet", "skills 🔥", "try a rainbow flick",
        "who do you support", "my coach would love this", "that's harder than it looks",
        "go again go again", "new record?", "top bins", "the wind is not helping",
        "do you play for a team", "stretch first!!", "that volley though", "ankle breaker",
        "my dog would just steal the ball", "cup final next week anyone watching",
    ],
    "study": [
        "25 minutes, let's go", "break time yay", "what subject is everyone doing",
        "doing history flashcards", "the rain sounds help so much", "lofi on, phone off",
        "stuck on question 4", "who else has mocks next week", "this timer saves me",
        "finished a whole chapter!!", "coffee number 3", "good luck on your exams everyone",
        "does anyone get moles", "the mark scheme is so picky", "focus mode on",
        "highlighter collection is elite", "i'm procrastinating by watching this lol",
        "what's the app you use for notes", "pomodoro gang", "revising photosynthesis again",
    ],
    "irl": [
        "that view is nice", "the sky looks so pretty", "is that a heron", "careful crossing",
        "the dog on the left!!", "what's that building", "the ducks lol", "love walking streams",
        "bit windy isn't it", "the leaves are so orange", "battery ok?", "mic is crackly",
        "that sunset", "i miss going outside", "the trees are so tall", "what song is that",
        "slow down the camera is shaky", "nature walk vibes", "so peaceful", "is that snow??",
    ],
    "cooking": [
        "that smells good from here", "how much butter is that", "the dough looks perfect",
        "what flour do you use", "i'm so hungry now", "add more garlic", "salt the water!!",
        "recipe in description?", "crispy edges >>>", "that sizzle 🤤", "what oven temp",
        "my mum makes these too", "can you freeze them", "the kitchen looks so cosy",
        "sourdough next please", "golden brown", "ok i'm making this tomorrow", "chef's kiss",
        "is that cinnamon", "the steam!!",
    ],
    "pets": [
        "awww", "the little paws 🥺", "what's his name", "he's so fluffy", "look at him go",
        "zoomies!!", "my rabbit does that too", "how old is he", "tiny chef vibes",
        "he's judging us lol", "feed him a seed", "so cute i can't", "the whiskers",
        "is he sleepy", "that tunnel is so cool", "the cheeks 😭", "give him a treat from me",
        "he's the real streamer", "nap time", "the wheel noises lol",
    ],
    "fitness": [
        "my hamstrings are crying", "that stretch felt good", "holding the plank 😩",
        "thanks for the modifications", "doing this before work", "breathing is hard lol",
        "so calming", "can we do hips next time", "love the music", "namaste",
        "first time doing yoga", "my cat joined me on the mat", "feeling so much better",
        "the balance pose is impossible", "how often should i do this", "ow but good ow",
        "knees on the floor version for me", "that flow was lovely", "sweaty already",
        "the sun salutation is my fav",
    ],
}
BC_POOLS = {
    "gaming": ["ok ok focus", "chat i'm going to do it this time", "noooo", "thanks for watching guys",
               "hold on my controller is dying", "did everyone see that", "one more try"],
    "art": ["ok adding the highlights now", "hi everyone thanks for coming", "chat which colour",
            "i messed up the line hold on", "almost done with this bit", "thank you!!"],
    "music": ["thanks so much", "this next one is a request", "ok let me tune", "hi chat!!",
              "i forgot the words lol", "thank you for listening"],
    "sport": ["ok watch this", "nearly!!", "hi everyone", "my legs are dead", "one more go",
              "thanks for the tips"],
    "study": ["break's over, back to it", "timer's on", "hi everyone welcome", "i'm on equilibrium now",
              "five more minutes", "ok i need more tea"],
    "irl": ["hi chat!", "look at that", "ok heading this way", "it's so cold", "thanks for coming along",
            "hold on crossing the road"],
    "cooking": ["ok now the onions", "it smells amazing", "hi chat", "this is the tricky bit",
                "let it rest for a minute", "thanks for watching"],
    "pets": ["he's hiding again", "look he found the seed", "hi everyone", "he's so silly",
             "ok he's eating now", "thank you for watching him"],
    "fitness": ["breathe in", "and relax", "hi everyone welcome", "take a sip of water",
                "nice and slow", "thanks for joining"],
}
ADJ = ["misty", "cobalt", "lucky", "sleepy", "rapid", "amber", "velvet", "tiny", "quiet", "sunny",
       "frosty", "crimson", "mellow", "pixel", "turbo", "cosmic", "dusty", "lemon", "silver", "wild"]
NOUN = ["otter", "falcon", "pebble", "maple", "comet", "badger", "lynx", "noodle", "pine", "raven",
        "sprout", "walrus", "biscuit", "fern", "gecko", "harbor", "moth", "kiwi", "tiger", "clover"]


class Cycle:
    """draws lines from a pool in shuffled rounds, so no line repeats until the pool is used up"""

    def __init__(self, rng, pool):
        self.rng, self.pool, self.left = rng, list(pool), []

    def next(self):
        if not self.left:
            self.left = list(self.pool)
            self.rng.shuffle(self.left)
        return self.left.pop()


def bg_users(rng, n, taken):
    out = []
    while len(out) < n:
        a, b = rng.choice(ADJ), rng.choice(NOUN)
        style = rng.randrange(5)
        if style == 0:
            u = f"{a}_{b}"
        elif style == 1:
            u = f"{a}{b}{rng.randrange(10, 999)}"
        elif style == 2:
            u = f"x{a}{b}x"
        elif style == 3:
            u = f"{b}.{a}"
        else:
            u = f"{a.capitalize()}{b.capitalize()}"
        if u not in taken and u not in out:
            out.append(u)
    return out


def bg_age(rng):
    r = rng.random()
    if r < 0.18:
        return None
    if r < 0.38:
        return rng.randrange(0, 8)          # plenty of benign fresh accounts
    return rng.randrange(30, 2600)


# --------------------------------------------------------------------------
# sessions

SESSIONS = []


def session(name, age, broadcaster, kind, start, streams, notes, ages=None, gift_item="coins",
            serial=None, extra_pools=(), lookalike=""):
    """streams: list of (title, offset_s, duration_s, n_events, key-lines)"""
    SESSIONS.append(dict(name=name, age=age, bc=broadcaster, kind=kind, start=start, streams=streams,
                         notes=notes, ages=ages or {}, gift_item=gift_item, serial=serial,
                         extra_pools=extra_pools, lookalike=lookalike))


DAY = 86400
T0 = 1781000000  # fixed epoch seconds; each session gets its own day below

# ---- g01: old polite account, indirect phrasing, year 7, quiet room ---------------------------
PP = "pencil_patron"
session("g01_grownup_year7_treehouse_under13", "under13", "poppy_sketches", "art", T0 + 1 * DAY + 58000,
        [("drawing my dream treehouse 🌳", 0, 1260, 118, [
            C(40, "@", "hi everyone!! today is the treehouse one"),
            O(120, PP, "What a lovely use of colour in that canopy. I've been watching quietly for a few streams now and you have a real eye for light, better than a lot of adults I know.", "flattery"),
            C(131, "@", "thank youuu!!"),
            G(300, PP, "stars", 200),
            O(262, PP, "You seem really grown up for year 7, if you don't mind me saying. Most children your age wouldn't have the patience for all that shading.", "flattery personal_info"),
            C(271, "@", "im actually year 6 lol"),
            C(279, "mossy_trainer", "year 6 gang 🙌"),
            O(431, PP, "Is it just you at home this afternoon? It always sounds so peaceful on your streams. Bet your room's quieter when everyone's out.", "personal_info", first=True),
            C(440, "@", "mum's at work and my brother is at football"),
            O(561, PP, "I'd love to send you a proper set of artist markers, the alcohol ones, as a thank you. I'd just need somewhere to post them, even the nearest shop to you would do.", "personal_info gift_offer"),
            O(702, PP, "Talking in here is a bit public with all the noise. Have you got the app where messages disappear after you read them? Much easier to chat about technique there.", "off_platform", "euphemism"),
            C(709, "leafy_loaf", "she's not allowed apps i think"),
            O(823, PP, "Probably best not to mention our chats to your mum, she'd only worry over nothing and might stop your streams. It can just be our thing.", "secrecy"),
            O(981, PP, "I'm through Brackenford most Saturdays for work. If you ever fancied a proper lesson at the library I could meet you there. I'm old enough to be your teacher after all, ha.", "meeting age_gap"),
            C(990, "mod_tilly", "@pencil_patron please keep chat about the stream, thanks"),
            O(1012, PP, "Of course, apologies. Lovely treehouse, Poppy.", ""),
        ])],
        "Account over four years old writes long polite paragraphs to a year-6 artist: flattery, year group, "
        "whether she is home alone ('bet your room's quieter'), markers posted to 'the nearest shop', the "
        "disappearing-messages app, secrecy from mum, a library meeting and an age remark. Never uses 'u'.",
        ages={PP: 1463, "mossy_trainer": 210, "leafy_loaf": 3, "mod_tilly": 1800}, gift_item="stars")

# ---- g02: robux dares, gamer slang, run-ons, split request -------------------------------------
OK = "obby_kingz_2"
session("g02_robux_griddy_split_under13", "under13", "zippy_obbyqueen", "gaming", T0 + 2 * DAY + 61000,
        [("100 stage obby no checkpoints!!", 0, 1140, 104, [
            O(95, OK, "yo ur cracked at this fr fr no cap best obby player ive seen all week", "flattery"),
            O(210, OK, "ok bet u cant do stage 40 first try if u do i drop four hundred robux straight up", "gift_offer dare", "number_words", first=True),
            C(216, "@", "omg ok ok"),
            H(224, "bestie_mia_b", "i dare u to do it with ur eyes closed lol"),
            G(330, OK, "robux", 400),
            O(390, OK, "gg ok new dare", "dare nudity_request", "split_request"),
            O(396, OK, "stand up off ur chair and do the griddy", "dare nudity_request", "split_request"),
            O(404, OK, "then spin slow 4 the cam n take the jumper off its like 30 degrees in there", "dare nudity_request", "split_request"),
            C(415, "@", "lol no im playing"),
            O(520, OK, "yo wheres ur chair at is that ur bedroom or like the living room whos home", "personal_info"),
            O(655, OK, "add me on the purple app w the controller guy logo i got way more robux there 4 u just dont tell ur mum she gets weird abt it", "gift_offer secrecy off_platform", "euphemism"),
            C(668, "grandpa_obby", "zippy love, remember what we said about strangers and robux. Grandad x"),
            O(690, OK, "ok whatever ur grandad is cringe", ""),
            C(700, "@", "hes not cringe"),
        ])],
        "Two-day-old account in gamer slang, no punctuation: flattery, a robux-for-dare offer written in "
        "number words, a dare split over three lines that ends with the jumper off on cam, which room she is in "
        "and who is home, then Discord described by its logo with secrecy. Grandad in chat warns her; her "
        "friend's eyes-closed dare is a hard negative.",
        ages={OK: 2, "bestie_mia_b": 400, "grandpa_obby": 12}, gift_item="robux")

# ---- g03: all-caps sextortion ---------------------------------------------------------------
AO = "ARCHIVE_OWL"
session("g03_caps_sextortion_giftcards_1617", "16-17", "jaz.sings", "music", T0 + 3 * DAY + 70000,
        [("acoustic covers + requests 🎶", 0, 1080, 96, [
            O(180, AO, "REQUEST: SOMEONE LIKE YOU", ""),
            C(188, "@", "ooh maybe later!"),
            O(420, AO, "YOU SOUND DIFFERENT ON HERE THAN ON THE CALL LAST WEEK", ""),
            C(429, "@", "?? who is this"),
            O(452, AO, "YOU KNOW WHO. THE ONE YOU SENT THE MIRROR PICS TO. I KEPT EVERY SINGLE ONE", "threat", first=True),
            O(470, AO, "GO \u0420RIV\u0410TE WITH ME ON THE GHOST APP RIGHT NOW OR I START DROPPING THEM IN YOUR COMMENTS", "off_platform threat", "homoglyph euphemism"),
            C(478, "harmony_reed", "jaz are you ok??"),
            O(495, AO, "TELL A MOD AND IT GOES OUT FASTER. KEEP SMILING AND KEEP SINGING", "secrecy threat"),
            O(530, AO, "FIFTY QUID IN GIFT CARDS BY 9. SEND THE CODES. OR YOUR SCHOOL PAGE AND EVERY FOLLOWER SEES THE LOT", "threat", "number_words"),
            O(560, AO, "AND NEXT TIME ON CAM WITH LESS ON. YOU KNOW WHAT I MEAN. YOU LOOKED GOOD LAST TIME", "nudity_request sexual_content threat"),
            O(566, AO, "I KNOW WHICH COLLEGE. I CAN BE OUTSIDE AT HALF THREE IF THAT'S EASIER", "threat meeting"),
            C(571, "@", "im ending stream"),
            C(580, "mod_pebble", "banned. jaz we've got you, don't pay anything, screenshot it and report it, it is NOT your fault"),
        ])],
        "Fresh all-caps account claims to hold pictures from an earlier call, demands a private chat on the "
        "ghost app (Cyrillic capitals in 'PRIVATE'), gift-card codes and more on camera, threatens her school "
        "page and followers if she tells a mod, and says he can be outside her college. The gift cards are a payment demand, labelled threat, not gift_offer.",
        ages={AO: 0, "harmony_reed": 500, "mod_pebble": 1300}, gift_item="rose")

# ---- g04: voice-to-text, old account, lift home ------------------------------------------------
DV = "dave_on_the_road"
session("g04_voice_to_text_lift_home_1315", "13-15", "rory_walks", "irl", T0 + 4 * DAY + 55000,
        [("walk home from the skatepark IRL", 0, 1200, 110, [
            O(150, DV, "hello Rory nice to see you out and about full stop is this your usual route home question mark", "personal_info"),
            C(160, "@", "yeah kinda"),
            O(300, DV, "you are very grown up for fourteen comma you skate like a pro I could tell straight away", "flattery", "number_words"),
            O(420, DV, "which school is that up on the left with the blue fence question mark looks familiar", "personal_info", first=True),
            C(428, "skatemate_kai", "bro dont say ur school lol"),
            C(433, "@", "ha not telling"),
            O(560, DV, "no worries at all I am forty one but I was a skater too back in the day age is just a number when you love the sport", "age_gap", "number_words"),
            O(700, DV, "it's starting to rain I'm actually parked by the coup on Milner road I could give you and the bored a lift home no trouble", "meeting"),
            O(712, DV, "don't need to mention it to your mum and dad I'm a friend of the stream new paragraph", "secrecy"),
            C(720, "@", "nah im fine walking"),
            O(845, DV, "OK send me a message on what's up when you're home safe the number is in my bio smiley face", "off_platform"),
            C(860, "skatemate_kai", "rory block him fr"),
        ])],
        "Eight-year-old account dictating by voice (spoken punctuation, autocorrect slips: 'coup' for co-op, "
        "'bored' for board, 'what's up' for WhatsApp) on a 14-year-old's walking stream: route home, school, "
        "age 41, an offered lift from a named road, secrecy, WhatsApp. The autocorrect slips are not labelled "
        "as evasion.",
        ages={DV: 2911, "skatemate_kai": 330}, gift_item="gems")

# ---- g05: Spanish sprinkles, football freestyle, coach is a hard negative ---------------------
TR = "tio_ramon"
session("g05_spanish_freestyle_hoodie_1315", "13-15", "luna_freestyle", "sport", T0 + 5 * DAY + 63000,
        [("freestyle football tricks ⚽ new combo", 0, 1150, 112, [
            O(130, TR, "qué talento mija, better than the boys on my team de verdad", "flattery"),
            H(190, "coach_ines", "Luna keep your hips over the ball on that one, like we did at training Tuesday"),
            O(260, TR, "cuántos años tienes? you look older than the other kids who stream", "flattery personal_info"),
            C(268, "@", "14!"),
            O(300, TR, "perfecto 😍 ¿y estás sola en casa hoy? the garden looks empty", "personal_info sexual_content", first=True),
            O(430, TR, "te regalo mil monedas if you do the next trick sin la sudadera, hoodie off, hace calor", "gift_offer dare nudity_request", "number_words"),
            G(436, TR, "coins", 1000),
            C(445, "@", "its not even hot lol"),
            O(560, TR, "pásame tu insta o mejor el 👻, quiero mandarte fotos de mi equipo", "off_platform", "emoji_substitute"),
            O(600, TR, "y no le digas nada a tu mamá, es nuestro secreto ok? 🤫", "secrecy"),
            O(720, TR, "such pretty legs for football, muy bonita", "sexual_content"),
            O(725, TR, "I go to all the tournaments near you, I can drive you to the next one myself, no need for your mum", "secrecy meeting"),
            C(731, "mod_sol", "timeout tio_ramon. luna ignore him"),
            H(800, "coach_ines", "Good session. Send me the clip of the around-the-world after, I'll show the squad"),
        ])],
        "Spanish-sprinkled adult on a 14-year-old's freestyle stream: flattery, age, 'perfecto 😍' and home "
        "alone, a thousand coins (written 'mil monedas') for a trick without the hoodie, the ghost emoji for "
        "Snapchat, secrecy from mum, 'pretty legs', an offer to drive her to tournaments without her mum. Her real coach gives instructions and asks for a clip: hard negatives.",
        ages={TR: 20, "coach_ines": 700, "mod_sol": 900}, gift_item="coins")

# ---- g06: homoglyph, zero-width, spaced letters, mass-report threat ---------------------------
NX = "nyx_relay"
pc = f"{CY_P}riv{CY_A}te c{CY_A}ll"
session("g06_homoglyph_zw_tele_1617", "16-17", "kestrel_aims", "gaming", T0 + 6 * DAY + 59000,
        [("ranked grind, diamond or bust", 0, 1100, 120, [
            O(140, NX, "ur crosshair placement is actually insane, gf material too ngl", "flattery sexual_content"),
            H(170, "duo_fern", "kestrel send me the lobby code on discord after this one"),
            O(300, NX, "u got t e l e ? wanna send u somethin", "off_platform", "spaced_letters euphemism", first=True),
            O(318, NX, f"or sn{ZW}ap, same user as here", "off_platform", "zero_width"),
            C(327, "@", "nah i don't add ppl from chat"),
            O(440, NX, f"just a quick {pc} then, c{CY_A}m on, me n u", "off_platform", "homoglyph"),
            O(520, NX, "im 24 but u seem way more mature than people my age tbh", "flattery age_gap"),
            O(575, NX, "im in ur city for a tourney next month btw, we should link up irl 👀", "meeting"),
            O(610, NX, "wear the crop top from ur pfp next stream 🔥", "nudity_request sexual_content"),
            C(618, "@", "ew no"),
            O(700, NX, "dont block me lol i know ppl who can mass report this channel into the ground", "threat"),
            O(716, NX, "ur choice. d3l3te this chat after and n0body needs to kn0w", "secrecy", "leetspeak"),
            C(725, "duo_fern", "kestrel just ban him"),
            H(900, "duo_fern", "cam on for the duo reveal next week? my mum said i can"),
        ])],
        "Five-day-old account on a 16-year-old's ranked stream: Telegram as spaced 't e l e', Snapchat with a "
        "zero-width space, 'private call' with Cyrillic letters, age 24, meeting up in her city, a crop-top request, a mass-report "
        "threat and a leetspeak request to delete the chat. Her duo partner's Discord and cam lines are hard negatives.",
        ages={NX: 5, "duo_fern": 640}, gift_item="bits")

# ---- g07: emoji apps, 'nan' persona, hamster stream --------------------------------------------
GG = "gerbil_granny_xo"
session("g07_emoji_nan_hamster_under13", "under13", "biscuit_the_hammy", "pets", T0 + 7 * DAY + 60000,
        [("hamster obstacle course day 3 🐹", 0, 1000, 96, [
            O(120, GG, "Oh my word what a clever little hamster!! And what a clever girl you are to build all that 🥰", "flattery"),
            G(128, GG, "rose", 30),
            O(250, GG, "I'm old enough to be your nan 😂 but friends come in all ages don't they? Age doesn't matter between friends", "age_gap"),
            O(370, GG, "Which school do you go to sweetheart? My granddaughter might be in your class!", "personal_info", first=True),
            C(378, "@", "year 5!"),
            C(384, "hamster_fan_dee", "aww"),
            O(480, GG, "Do you have 👻? I can send you 📸 of my gerbils 🐭💛", "off_platform", "emoji_substitute"),
            O(540, GG, "I'll send lots more 🌹🌹 if you add me. Just our little 🤫 ok? Grown-ups make a fuss about everything", "gift_offer secrecy off_platform", "emoji_substitute"),
            O(620, GG, "Is mummy in the room with you? 👀 I could pop round with a treat for Biscuit one day, where abouts are you?", "personal_info meeting"),
            C(630, "@", "mums in the kitchen"),
            C(652, "biscuits_mum", "Hi all, this is B's mum, I'm right here. Please don't ask her personal questions x"),
            O(664, GG, "Of course! Just being friendly 😊", ""),
        ])],
        "'Nan' persona on an under-13 hamster stream: flattery, roses, an age remark, school, the ghost emoji for "
        "Snapchat and 📸, more roses for adding her with 🤫, whether mum is in the room and an offer to pop round. "
        "Mum steps in.",
        ages={GG: 8, "hamster_fan_dee": 4, "biscuits_mum": 1100}, gift_item="rose")

# ---- g08: truth or dare, split request, diamonds ----------------------------------------------
TD = "tod_master"
session("g08_truth_dare_split_diamonds_1315", "13-15", "tayla.moves", "music", T0 + 8 * DAY + 64000,
        [("learning dance trends, send requests 💃", 0, 1000, 100, [
            H(100, "bff_nina", "i dare u to do the renegade but backwards 😂"),
            O(220, TD, "truth or dare?? 😏", "dare"),
            C(228, "@", "dare i guess lol"),
            O(240, TD, "ok dare part 1: stand up", "dare nudity_request", "split_request"),
            O(251, TD, "part 2: turn round slow and face away from the cam", "dare nudity_request", "split_request", first=True),
            O(263, TD, "part 3: now the top layer off for 2 mins 😇 diamonds if u do", "gift_offer dare nudity_request", "split_request"),
            C(272, "@", "um no"),
            G(300, TD, "diamonds", 500),
            O(320, TD, "u owe me now i sent 500 💎", "gift_offer"),
            H(360, "bff_nina", "truth or dare later on facetime w the girls?"),
            O(410, TD, "add me on i n s t a so we can finish the game there", "off_platform", "spaced_letters"),
            O(470, TD, "truth then: have u ever kissed anyone? be honest 👀", "dare sexual_content"),
            C(478, "@", "no thanks"),
            O(520, TD, "ur boring anyway", ""),
            O(545, TD, "watch, ill put ur face on something nasty with an app and send it round every year 9 group chat at ur school", "threat"),
            C(556, "bff_nina", "tayla block and report, ive screenshotted it"),
        ])],
        "One-day-old account runs truth-or-dare on a 14-year-old's dance stream: a dare split over three lines "
        "(stand up, turn away from the camera, top layer off for diamonds), 'you owe me' after a gift, Instagram "
        "in spaced letters, a kissing question, then a threat to paste her face into an edited picture for her school's group chats. Her best friend's dare and a FaceTime truth-or-dare with the girls are hard negatives.",
        ages={TD: 1, "bff_nina": 560}, gift_item="diamonds")

# ---- g09: old polite account, 44, coffee meeting, blue bird -----------------------------------
QC = "quietcoffee_44"
session("g09_coffee_papers_bluebird_1617", "16-17", "ellis_revises", "study", T0 + 9 * DAY + 57000,
        [("study with me: A-level chem 📚 pomodoro", 0, 1500, 126, [
            O(200, QC, "Your pomodoro streams have honestly helped me focus at work. You explain things more clearly than most graduates I manage, you know.", "flattery"),
            G(210, QC, "stars", 500),
            O(420, QC, "Which sixth form are you at, if you don't mind me asking? I know a few of the chemistry teachers round Eastmoor.", "personal_info"),
            C(430, "@", "rather not say sorry"),
            O(560, QC, "Completely fair. I'm 44 so I probably seem ancient, but I genuinely think we'd get on, age really doesn't come into it with people who think alike.", "age_gap", first=True),
            H(640, "priya_studies", "ellis see you at the library thursday? bring the flashcards"),
            O(780, QC, "I'm in the city centre for a conference next Thursday. Coffee, and I could go through some past papers with you? My treat, of course.", "meeting"),
            O(800, QC, "No need to bring anyone along or make a big thing of it with your parents, it's just a coffee. Low key is nicer.", "secrecy meeting"),
            C(815, "@", "i'm ok thanks, i revise with friends"),
            O(960, QC, "If it's easier, drop me a line on the blue bird app, my messages are open.", "off_platform", "euphemism"),
            C(975, "chem_tutor_owen", "Ellis, for anyone stuck: the mark schemes are on the exam board site, nobody needs to DM anyone for them."),
        ])],
        "Three-year-old account, long polite paragraphs, on a 17-year-old's study stream: flattery, sixth form "
        "and area, 'I'm 44 but', a coffee meeting with past papers, 'no need to bring anyone or tell your "
        "parents', the blue bird app. A classmate's library plan is a hard negative.",
        ages={QC: 1102, "priya_studies": 380, "chem_tutor_owen": 2000}, gift_item="stars")

# ---- g10: Polish + Hindi sprinkles, cooking, babcia in chat -------------------------------------
KB, RJ = "kuba_grill", "raj_bhai_77"
session("g10_polish_hindi_pierogi_1315", "13-15", "chef_milo_jr", "cooking", T0 + 10 * DAY + 62000,
        [("making pierogi with babcia's recipe 🥟", 0, 1300, 124, [
            O(110, KB, "super ci idzie, you cook better than my wife haha", "flattery"),
            O(200, RJ, "yaar tum bahut cute ho, how old are you bhai", "flattery personal_info"),
            C(208, "@", "13 lol"),
            H(260, "babcia_hela", "Milo take the pan off the heat now, kochanie!"),
            O(330, KB, "jesteś sam w domu? is babcia only on chat or there with you?", "personal_info", first=True),
            O(400, RJ, "bro 👻 pe aao, mere paas free gems hai tumhare liye", "gift_offer off_platform", "emoji_substitute"),
            O(470, RJ, "main 31 ka hoon par dil se young hoon, age se kya farak padta hai", "age_gap"),
            O(560, KB, "dam ci pięćset monet, five hundred coins, jak zdejmiesz fartuch i koszulkę, apron and shirt off, hot by oven", "gift_offer nudity_request", "number_words"),
            G(566, KB, "coins", 500),
            O(640, RJ, "mummy papa ko mat batana ok, secret rakhna 🤐", "secrecy"),
            O(700, RJ, "tumhara ghar kahan hai, kaunsa area? which city", "personal_info"),
            H(760, "babcia_hela", "Milo, don't tell mama we used her good butter 😄"),
            O(850, KB, "my restaurant is near Lindenfield, come visit, I can pick you up after school", "meeting"),
            O(870, KB, "ok ok tylko żartuję, just joking", ""),
            C(880, "mod_oskar", "both of you are out. milo, good job ignoring them"),
        ])],
        "Two accounts on a 13-year-old's cooking stream with babcia in chat. kuba_grill (Polish): flattery, home "
        "alone, five hundred coins for apron and shirt off, a pick-up from school. raj_bhai_77 (Hindi in Latin "
        "script): 'cute', age, Snapchat (ghost emoji) for free gems, 'I'm 31 but young at heart', don't tell mummy papa, "
        "which area. Babcia's 'pan off the heat' and 'don't tell mama' are hard negatives.",
        ages={KB: 45, RJ: None, "babcia_hela": 6, "mod_oskar": 1500}, gift_item="coins")

# ---- g11: soft sextortion, girl persona, bus stop ---------------------------------------------
ML = "mira.loops"
session("g11_soft_sextortion_busstop_1617", "16-17", "nico_paints_minis", "art", T0 + 11 * DAY + 66000,
        [("painting warhammer minis, chill", 0, 1400, 114, [
            H(90, "ork_painter_dan", "drop the paint recipe on the discord when ur done"),
            O(180, ML, "hiii ur brushwork is so neat 😭 i'm mira, been lurking ages", "flattery"),
            O(300, ML, "u seem so sweet, way nicer than the boys at my school. cute w paint on ur face too", "flattery sexual_content"),
            O(420, ML, "can we vid call l8r? just us, cam on 📹", "off_platform", "leetspeak"),
            C(430, "@", "maybe haha"),
            O(900, ML, "so about last night... that clip is still on my phone 🙂", "threat", first=True),
            C(910, "@", "what are you on about"),
            O(925, ML, "it'd be a shame if ur school group chat saw it. or ur nan. she comments on every vid doesn't she", "threat"),
            O(950, ML, "£200 on a g1ft c4rd and it disappears. easy. don't make this a whole thing with the mods", "secrecy threat", "leetspeak"),
            O(990, ML, "i know which bus stop u get off at btw. the one by the chippy", "threat"),
            O(996, ML, "or we sort it face to face, i'll be waiting there tmrw 🙂", "threat meeting"),
            C(1003, "ork_painter_dan", "nico this is a scam, don't pay, screenshot and report, it's not your fault"),
        ])],
        "Account posing as a girl on a 16-year-old's painting stream: flattery, a cute remark, a private video "
        "call; later 'that clip is still on my phone', exposure to his school chat and his nan, a gift-card "
        "demand with 'don't make this a thing with the mods', 'I know which bus stop' and 'I'll be waiting there'. A friend's Discord "
        "line is a hard negative.",
        ages={ML: 14, "ork_painter_dan": 900}, gift_item="stars")

# ---- g12: leet v-bucks, pjs fit check, game hard negatives --------------------------------------
VS = "vbuck_s4nta"
session("g12_leet_vbucks_fitcheck_1315", "13-15", "dex_builds_fast", "gaming", T0 + 12 * DAY + 58500,
        [("box fights 1v1 me (codes in chat)", 0, 1100, 118, [
            O(90, VS, "fr33 v-bux 4 anyone who beats dex 🎁", "gift_offer", "leetspeak"),
            O(180, VS, "dex ur lowkey the most talented kid on here, gonna be pro 100%", "flattery"),
            G(186, VS, "vbucks", 1000),
            O(300, VS, "how old r u tho, like twelve or thirteen?", "personal_info", "number_words"),
            C(308, "@", "14"),
            H(340, "squadmate_ollie", "dex show me ur base layout after this"),
            H(360, "squadmate_ollie", "whats ur address in the server, i'll tp over"),
            O(450, VS, "ok two thousand vbux", "gift_offer nudity_request", "split_request number_words", first=True),
            O(453, VS, "if u do a fit ch3ck", "gift_offer nudity_request", "leetspeak split_request"),
            O(456, VS, "in ur pj5", "gift_offer nudity_request", "leetspeak split_request"),
            O(458, VS, "on c4m", "gift_offer nudity_request", "leetspeak split_request"),
            O(462, VS, "b3t u w0nt 😏", "dare", "leetspeak"),
            O(540, VS, "or go pr1v4te stream w me, 1 viewer only", "off_platform", "leetspeak"),
            O(560, VS, "im 29 but i still game like a teen so its not weird", "age_gap"),
            O(640, VS, "if u tell ur parnts ill just say u begged me for vbux, no1 believes kids", "secrecy threat", "misspelling"),
            C(650, "@", "mods??"),
            C(655, "mod_kilo", "gone. dex you did nothing wrong"),
        ])],
        "Three-day-old account on a 14-year-old's box-fight stream: leetspeak V-Bucks, flattery, age guessed in "
        "number words, two thousand V-Bucks for a pyjama fit check on cam split over four lines, 'bet you won't', a one-viewer private "
        "stream, age 29, and a threat to blame him if he tells his parents. His squadmate's base and server-address "
        "lines are hard negatives.",
        ages={VS: 3, "squadmate_ollie": 720, "mod_kilo": 1250}, gift_item="vbucks")

# ---- g13: two weekly streams, slow build ------------------------------------------------------
SB = "steve_builder_dad"
session("g13_two_week_realm_under13", "under13", "ivy_blocks", "gaming", T0 + 13 * DAY + 61000,
        [("survival world ep 4 ⛏️", 0, 900, 66, [
            O(150, SB, "that redstone door is genuinely brilliant, my kids can't even do that and they're older than you", "flattery"),
            O(400, SB, "you're so good i'll gift you a realm sub so you never lose the world", "gift_offer"),
            C(410, "@", "omg really?? thank you"),
            O(620, SB, "what do your parents think of you streaming? are they gamers too", "personal_info"),
            C(630, "@", "mum watches sometimes"),
        ]),
         ("survival world ep 5 ⛏️", 7 * DAY + 300, 1000, 74, [
            O(100, SB, "hi ivy! missed you last week", ""),
            O(260, SB, "is it just you tonite? your mum usualy says hi in chat", "personal_info", "misspelling", first=True),
            C(268, "@", "shes downstairs"),
            O(380, SB, "we should build on my server together", "off_platform", "split_request"),
            O(386, SB, "i'll send the code on the yellow chat app with the little ghost", "off_platform", "split_request euphemism"),
            O(420, SB, "maybe don't tell your mum about the server, she might not get it and turn off your streams", "secrecy"),
            O(600, SB, "i live near Oakhurst, is that near you? we could meet at the block-building exhibition at the museum", "personal_info meeting"),
            C(615, "@", "mum said no meeting people from the internet"),
        ])],
        "Two weekly streams by a 10-year-old Minecraft player. Week one: flattery, a realm subscription, what "
        "her parents think. Week two: whether she is alone, Snapchat as 'the chat app with the little ghost', "
        "secrecy from mum, and a meeting at a museum near his town.",
        ages={SB: 60}, gift_item="coins")

# ---- serial group A: old account, three streams within ~80 minutes -----------------------------
KK = "kindly_kev_builds"
SA = ["s01_serial_lego_under13", "s02_serial_chess_1315", "s03_serial_dragons_1315"]
SA0 = T0 + 14 * DAY + 54000
session(SA[0], "under13", "benji_bricks", "art", SA0,
        [("building the lego space station (2000 pieces!)", 0, 1100, 92, [
            O(520, KK, "Brilliant building Benji. What year are you in at school? You've got the patience of a much older lad.", "flattery personal_info", first=True),
            C(530, "@", "year 5! thanks"),
            O(700, KK, "Keep it up!", ""),
        ])],
        "Serial contact (s01-s03, same five-year-old account within about 80 minutes, mild on each): here "
        "flattery and the year group of a 9-year-old.",
        ages={KK: 1840}, gift_item="stars", serial=("serial-kev", SA))
session(SA[1], "13-15", "queenside_quinn", "study", SA0 + 2400,
        [("blitz vs chat, rated 1200ish ♟️", 0, 1150, 88, [
            O(610, KK, "Lovely attacking game. I'm a grandad at 58 but I'd happily gift you a premium membership so you can do the puzzles", "gift_offer age_gap", first=True),
            C(620, "@", "oh thats kind, ill ask my dad"),
        ])],
        "Serial contact (s01-s03): a premium membership offered with an age remark.",
        ages={KK: 1840}, gift_item="stars", serial=("serial-kev", SA))
session(SA[2], "13-15", "fern_draws_dragons", "art", SA0 + 4800,
        [("dragon oc designs, taking suggestions", 0, 1000, 84, [
            O(480, KK, "These are better than half the professionals. Do you have the app where the messages vanish? I've reference books I could send you", "flattery gift_offer off_platform", "euphemism", first=True),
            C(492, "@", "i'm not allowed on that"),
            O(505, KK, "No problem at all", ""),
        ])],
        "Serial contact (s01-s03): flattery, reference books and the disappearing-messages app.",
        ages={KK: 1840}, gift_item="stars", serial=("serial-kev", SA))

# ---- serial group B: fresh account ------------------------------------------------------------
ST = "starlight_tips"
SB_ = ["s04_serial_singing_1617", "s05_serial_slime_under13", "s06_serial_speedrun_1315"]
SB0 = T0 + 15 * DAY + 68000
session(SB_[0], "16-17", "wren_sings_live", "music", SB0,
        [("singing your requests 🎤", 0, 1000, 80, [
            O(400, ST, "your voice is angelic and honestly so is the rest of you 😇", "flattery sexual_content", first=True),
            O(560, ST, "sing one just for me sometime, on a private call", "off_platform"),
            C(572, "@", "haha requests go in chat"),
        ])],
        "Serial contact (s04-s06, same one-day-old account within about an hour): a sexualised compliment and a private call.",
        ages={ST: 1}, gift_item="rose", serial=("serial-starlight", SB_))
session(SB_[1], "under13", "mimi_slime_lab", "cooking", SB0 + 1500,
        [("making glitter slime!!", 0, 900, 72, [
            O(300, ST, "so cute!! is mum watching too or are you doing this all by yourself?", "personal_info", first=True),
            C(310, "@", "by myself! mum is at the shops"),
        ])],
        "Serial contact (s04-s06): whether an under-13 is on her own.",
        ages={ST: 1}, gift_item="gems", serial=("serial-starlight", SB_))
session(SB_[2], "13-15", "arlo_runs_any", "gaming", SB0 + 3000,
        [("any% attempts, pb hunting", 0, 1000, 86, [
            O(350, ST, "i'll send 300 gems if u add me on tele, got tips for the skip", "gift_offer off_platform", "euphemism", first=True),
            G(356, ST, "gems", 300),
            C(365, "@", "i'm good thanks"),
        ])],
        "Serial contact (s04-s06): gems for adding on Telegram ('tele').",
        ages={ST: 1}, gift_item="gems", serial=("serial-starlight", SB_))

# ---- floods -----------------------------------------------------------------------------------
F1 = [
    (300, "slow_mo_sam9", "do the body roll but slowerrr 😏", "dare sexual_content", ""),
    (303, "coinrain_x", "1000 coins if u stand up and turn around", "gift_offer nudity_request", ""),
    (307, "v3lvet_ghost", "show ur bedroom mirror n the whole room", "personal_info nudity_request", ""),
    (311, "dm_me_now_22", "add me on sn@p now", "off_platform", "leetspeak"),
    (314, "cutiepatrol_uk", "how old r u, ur so fine", "personal_info sexual_content", ""),
    (318, "baggyhoodie_no", "HOODIE OFF HOODIE OFF 🔥", "nudity_request", ""),
    (322, "pinkroses4u", "sending 🌹🌹🌹 if you dance in ur pjs", "gift_offer dare nudity_request", ""),
    (327, "whereu_at_x", "what city u in ill come watch u dance irl", "personal_info meeting", ""),
    (331, "secret_fan_0", "dont tell ur mods but come to my pri" + ZW + "vate stream after", "secrecy off_platform", "zero_width"),
    (336, "dare_bot_55", "DARE: spin three times and lift ur top a bit", "dare nudity_request", "number_words"),
    (340, "oldschool_31", "im 31 lol but ur my fav dancer on here", "flattery age_gap", ""),
    (345, "kisskiss_anon", "blow a kiss to the camera for me 😘", "dare sexual_content", ""),
    (352, "coinrain_x", "2000 coins now, turn around", "gift_offer nudity_request", ""),
    (358, "baggyhoodie_no", "do it do it", "", ""),
]
key = [H(120, "lil_june_b", "can u do the one where u turn around and clap"),
       C(150, "@", "ok next one is the clap trend!")]
for t, u, x, tac, ev in F1:
    key.append(O(t, u, x, tac, ev, first=(u == "coinrain_x" and t == 303)))
key += [G(305, "coinrain_x", "coins", 1000), G(324, "pinkroses4u", "rose", 3),
        C(362, "lil_june_b", "skye who are these ppl??"),
        C(370, "mod_hana", "followers-only mode on, clearing chat"),
        C(380, "@", "that was so weird"),
        H(500, "lil_june_b", "i dare u to do the next one with ur little brother lol")]
session("f01_flood_dance_requests_1315", "13-15", "skye.twirls", "music", T0 + 16 * DAY + 65000,
        [("dance requests!! comment a song", 0, 900, 92, key)],
        "Twelve fresh accounts hit a 14-year-old dancer within a minute: stand up and turn around for coins, "
        "room tour, Snapchat, hoodie off, roses for pyjamas, which city, a private stream, 'lift your top', an "
        "age remark and a blown kiss. Her friend's turn-and-clap request and dare are hard negatives.",
        ages=dict({u: (i * 7) % 4 for i, (_, u, _, _, _) in enumerate(F1)}, lil_june_b=420, mod_hana=1000),
        gift_item="rose")

F2 = [
    (410, "kart_kween_00", "tobi how old r u 😍", "personal_info sexual_content", ""),
    (413, "gg_gifts_4u", "gems for whoever gets tobi to add them on d1sc0rd", "gift_offer off_platform", "leetspeak"),
    (417, "xXcamcheckXx", "turn the cam round show ur room", "personal_info", ""),
    (420, "alone_q", "r ur parnts home rn", "personal_info", "misspelling"),
    (424, "dare_dare_dare7", "dare u to take ur socks n shirt off lol", "dare nudity_request", ""),
    (428, "shhh_its_me", "dont tell ur cousins but i got robux 4 u", "gift_offer secrecy", ""),
    (433, "meetme_park", "which park u go to after school ill be there", "personal_info meeting", ""),
    (437, "wh4ts4pp_me", "w h a t s a p p me 4 free robux", "gift_offer off_platform", "spaced_letters"),
    (441, "bigbro_28", "im 28 but we could be best mates fr", "age_gap", ""),
    (446, "lolreport", "ur stream gets reported if u ignore us", "threat", ""),
    (450, "hot_takes_x", "ur lips r cute tbh", "sexual_content", ""),
    (453, "amigo_do_kart", "quantos anos você tem? tá sozinho em casa? alone at home?", "personal_info", ""),
    (456, "alone_q", "answer me", "", ""),
    (459, "xXcamcheckXx", "or 🔒🎥 just me n u", "off_platform", "emoji_substitute"),
]
key = [C(360, "raidleader_jo", "RAID!! 🏎️ be nice to tobi everyone"),
       C(364, "kartfan_lulu", "raid hype!!"), C(368, "bananapeel_ben", "hi tobi from the raid"),
       C(372, "@", "omg thank you for the raid!!"),
       H(250, "cousin_ria", "tobi dont forget nan is picking us up at 5 from the park")]
for t, u, x, tac, ev in F2:
    key.append(O(t, u, x, tac, ev, first=(u == "gg_gifts_4u")))
key += [C(462, "cousin_ria", "tobi turn off chat!!"), C(470, "@", "i dont know how"),
        C(480, "raidleader_jo", "sorry tobi those weren't from my raid, reporting them"),
        H(600, "cousin_ria", "i dare u to use the banana on the last lap")]
session("f02_flood_after_raid_under13", "under13", "tobi_plays_kart", "gaming", T0 + 17 * DAY + 59000,
        [("kart races w my cousins!!", 0, 900, 86, key)],
        "A friendly raid (fresh accounts among the raiders, all benign) lands on a 10-year-old's kart stream; "
        "within a minute twelve fresh accounts ask his age (one in Portuguese), offer gems and robux for Discord and "
        "WhatsApp, ask for a room view and a private cam (🔒🎥), whether parents are home, which park, a clothing dare, an age remark and a "
        "report threat. His cousin's pick-up and banana dare are hard negatives.",
        ages=dict({u: (i * 5) % 3 for i, (_, u, _, _, _) in enumerate(F2)}, raidleader_jo=1600, kartfan_lulu=2,
                  bananapeel_ben=0, cousin_ria=300, hot_takes_x=None), gift_item="gems")

# ---- benign sessions with hard negatives ------------------------------------------------------
session("b01_family_in_chat_under13", "under13", "pip_plays_pets", "gaming", T0 + 18 * DAY + 56000,
        [("feeding all my axolotls 🐟", 0, 1000, 90, [
            C(60, "pips_mum_karen", "hi sweetheart, watching from work x"),
            H(140, "pips_mum_karen", "Pip are you on your own? Dad's back at 4, stay inside till then x"),
            C(150, "@", "yes mum"),
            H(250, "grandad_pete", "Hello Pip it's Grandad, I made an account!! how old are you now, nine or ten? only joking 😂"),
            H(330, "pips_mum_karen", "take your jumper off if you're warm love, the heating's on high"),
            H(420, "auntie_roo", "don't tell your mum I'm sending you 500 coins for your birthday 🤫"),
            G(425, "auntie_roo", "coins", 500),
            C(433, "pips_mum_karen", "Auntie Roo I can SEE that 😂"),
            H(520, "auntie_roo", "add me on whatsapp Pip so I can send you the photos from the zoo"),
            H(640, "grandad_pete", "what's your school called again? I want to come to sports day"),
            C(650, "@", "grandad you know its st bede's lol"),
        ])],
        "A 9-year-old's game stream with mum, grandad (on a brand-new account) and an aunt in chat: 'are you on "
        "your own', his age, jumper off, a birthday secret with coins, WhatsApp for photos, school and sports day.",
        ages={"pips_mum_karen": 1300, "grandad_pete": 0, "auntie_roo": 740}, gift_item="coins",
        lookalike="family: 'are you on your own', 'how old are you now', jumper off, 'don't tell your mum' + coins, WhatsApp, school")

session("b02_coach_team_keepyuppy_1315", "13-15", "keeper_kofi", "sport", T0 + 19 * DAY + 60000,
        [("keepy uppy challenge + training chat", 0, 1100, 100, [
            H(120, "coach_daniels_u15", "Kofi meet at the pitch at 9 sharp Saturday, bring both kits"),
            H(240, "coach_daniels_u15", "show me your first touch, left foot this time"),
            H(300, "zion_u15", "bet u cant do 50 keepy uppies 😂"),
            C(310, "@", "watch me"),
            H(460, "coach_daniels_u15", "take the shin pads off before you stretch or you'll pinch something"),
            H(580, "zion_u15", "is ur school the one with the 3G pitch? we're playing there thursday"),
            H(700, "zion_u15", "send me the training vid on snap after"),
            H(820, "kofi_dad_ade", "Kofi keep the trophy quiet till Sunday lunch, we're telling Grandma together"),
        ])],
        "A 14-year-old keeper's stream with his coach (new account), teammate and dad: meet at the pitch, show "
        "me your first touch, a bet, shin pads off, school pitch, Snapchat video, keep the trophy quiet.",
        ages={"coach_daniels_u15": 1, "zion_u15": 500, "kofi_dad_ade": 2200}, gift_item="coins",
        lookalike="coach/teammate/dad: meet at the pitch, 'show me', bet, shin pads off, school, snap, keep it quiet")

session("b03_teacher_maths_poll_adult", "adult", "mr_okafor_maths", "study", T0 + 20 * DAY + 64000,
        [("GCSE maths live: simultaneous equations", 0, 1300, 104, [
            H(100, "@", "Quick poll before we start: what year are you all in? Type 9, 10 or 11"),
            C(110, "yr10_ash", "10"), C(114, "maths_mo", "11 😭"),
            H(300, "@", "Don't tell anyone the answer yet, keep it to yourselves for 30 seconds"),
            H(450, "@", "Take off the brackets first, then collect like terms"),
            H(600, "maths_mo", "I dare anyone to do q7 without a calculator"),
            H(760, "@", "If you're stuck, show me your working on the class call tomorrow, cameras on please"),
            H(900, "yr10_ash", "sir which school do you teach at, are you at ours?"),
            C(910, "@", "I don't say that on stream, Ash, nice try"),
        ])],
        "A maths teacher's revision stream: a year-group poll, 'don't tell anyone the answer', 'take off the "
        "brackets', a calculator dare, 'cameras on' for a class call, a pupil asking which school.",
        ages={"yr10_ash": 2, "maths_mo": 610}, gift_item="stars",
        lookalike="teacher: year-group poll, 'don't tell anyone', 'take off the brackets', dare, cameras on, which school")

session("b04_survival_raid_night_adult", "adult", "ironclad_rhea", "gaming", T0 + 21 * DAY + 70000,
        [("hardcore survival day 200, raid night", 0, 1200, 112, [
            H(130, "anvil_greg", "take it off, that helmet's got 2 durability left"),
            H(260, "brewmaster_lin", "show me your base after the raid"),
            H(380, "anvil_greg", "whats your address in the server? x y z, ill bring the iron"),
            H(500, "brewmaster_lin", "bet you won't jump the lava gap"),
            H(620, "guild_treasurer", "send coins to the guild bank before reset"),
            H(740, "anvil_greg", "add me on discord for the raid roster, same tag"),
            H(860, "brewmaster_lin", "are you alone on the server rn? nobody else is online"),
            C(870, "@", "just me and the creepers"),
        ])],
        "An adult's survival stream: armour off, show me your base, server coordinates, a lava dare, guild bank, "
        "Discord roster, alone on the server.",
        ages={"anvil_greg": 1500, "brewmaster_lin": 4, "guild_treasurer": 980}, gift_item="bits",
        lookalike="game talk: 'take it off', 'show me your base', address in the server, bet, guild bank, discord, 'are you alone'")

session("b05_yoga_dance_cooldown_adult", "adult", "flow_with_amara", "fitness", T0 + 22 * DAY + 52000,
        [("30 min morning yoga + dance cooldown", 0, 1500, 96, [
            H(200, "@", "stand up, turn around to face the back of the mat"),
            H(320, "@", "take your socks off so you don't slip"),
            H(500, "leggings_lou", "can you show us the full outfit? where are the leggings from"),
            H(640, "@", "slowly lower your hips... and hold"),
            H(800, "tina_moves", "send me the playlist on insta pls"),
            H(950, "leggings_lou", "you're so flexible omg goals"),
            H(1100, "morning_dad_j", "my daughter is eight and she's doing it with me! she says hi"),
        ])],
        "An adult yoga and dance class: turn around, socks off, show the outfit, lower your hips, Instagram, "
        "'so flexible', a dad giving his child's age.",
        ages={"leggings_lou": 300, "tina_moves": 0, "morning_dad_j": 6}, gift_item="hearts",
        lookalike="yoga/dance: stand up and turn around, socks off, show the outfit, lower your hips, insta")

session("b06_adult_flirt_house_mix_adult", "adult", "dj_marisol", "music", T0 + 23 * DAY + 79000,
        [("friday house mix 🎧 late night", 0, 1200, 104, [
            H(150, "bassline_ben", "ur voice on the mic is so hot marisol 🔥"),
            H(300, "vinyl_vic", "marry me?? 💍"),
            H(315, "@", "lol I'm 34 and happily single, keep the proposals coming"),
            H(480, "bassline_ben", "date night after the set? 😏 (joking, mostly)"),
            H(600, "rosequeen_88", "sending 50 roses for the lady in red 🌹"),
            G(603, "rosequeen_88", "rose", 50),
            H(760, "vinyl_vic", "private party bookings: check the link in her bio"),
        ])],
        "Adults flirting with an adult DJ: 'so hot', proposals, her age, a date joke, roses, private bookings.",
        ages={"bassline_ben": 2, "vinyl_vic": 1900, "rosequeen_88": 430}, gift_item="rose",
        lookalike="adults flirting with an adult: 'so hot', 'marry me', date night, roses, private bookings")

session("b07_shelter_charity_trades_1315", "13-15", "sunny_pet_trades", "pets", T0 + 24 * DAY + 61000,
        [("charity stream for the animal shelter + trading", 0, 1300, 118, [
            H(140, "mrs_patel_year8", "Mrs Patel here (school account). Well done Sunny, the whole of year 8 is watching!"),
            H(260, "kindheart_kit", "sending 500 coins to the shelter fund!! 🐶"),
            G(263, "kindheart_kit", "coins", 500),
            H(400, "trader_tomas", "trade u my frost dragon for 2 neon unicorns"),
            H(520, "trader_tomas", "what's your username? ill send the trade request"),
            H(640, "classmate_bo", "i dare u to sing if we hit the goal"),
            H(780, "classmate_bo", "sunny u owe me after i gave u that pet lol"),
            H(900, "kindheart_kit", "add me in game, my user is in my bio"),
        ])],
        "A 14-year-old's charity and trading stream: her teacher names the year group, charity coins, trades, "
        "usernames, a sing dare, 'you owe me' from a classmate.",
        ages={"mrs_patel_year8": 3, "kindheart_kit": 5, "trader_tomas": 280, "classmate_bo": 190}, gift_item="coins",
        lookalike="charity coins, trades, usernames, sing dare, 'you owe me', teacher names year group")

session("b08_safety_quote_age_poll_1315", "13-15", "aria_streams_art", "art", T0 + 25 * DAY + 63000,
        [("drawing chat as animals 🦊", 0, 1300, 116, [
            H(150, "@", "poll time!! type your age so i know who watches, no judgement"),
            C(158, "tiny_tortoise", "12"), C(161, "hanna.pen", "15!"),
            H(166, "gran_of_three", "I'm 71 lol, just here for the art, my granddaughter showed me"),
            H(400, "hanna.pen", "someone whispered me 'are u home alone, add me on snap' — reported, dont answer stuff like that"),
            H(430, "mod_juniper", "Reminder: never share your school, address or snap in chat. Mods will ban anyone who asks."),
            H(600, "tiny_tortoise", "i dare u to draw me as a potato"),
            H(760, "mod_juniper", "If anyone asks you to keep secrets or go private, tell a mod or a trusted adult."),
        ])],
        "A 14-year-old artist polls chat ages; a viewer quotes a creep's whisper to warn others; a moderator posts "
        "safety reminders; a friend's dare.",
        ages={"tiny_tortoise": 1, "hanna.pen": 220, "gran_of_three": 40, "mod_juniper": 1600}, gift_item="stars",
        lookalike="age poll, a quoted creep, moderator safety reminders, a 71-year-old viewer, friend's dare")

session("b09_roast_and_puppy_unknown", "unknown", "nonna_and_me_cook", "cooking", T0 + 26 * DAY + 46000,
        [("sunday roast + puppy cameo", 0, 1400, 108, [
            H(180, "gravy_gill", "take it off the heat before it catches!"),
            H(300, "gravy_gill", "show us the inside of the chicken"),
            H(420, "@", "strip the thyme leaves off the stalks like this"),
            H(520, "eggy_ed", "beat the eggs hard, nonna's watching 😂"),
            H(700, "pupfan_pia", "show us the puppy!! 😍"),
            H(840, "eggy_ed", "where do you get your veg, is there a market near you?"),
            H(1000, "pupfan_pia", "ur so cute together (you and nonna)"),
        ])],
        "A cooking stream by a grandparent and grandchild (age unknown) with a puppy: off the heat, show the "
        "inside, strip, beat, show the puppy, where do you shop, 'so cute'.",
        ages={"gravy_gill": 700, "eggy_ed": 2, "pupfan_pia": 90}, gift_item="hearts",
        lookalike="cooking: off the heat, show the inside, strip, beat, show the puppy, 'where do you shop', 'so cute'")


# --------------------------------------------------------------------------
# build


def build(s):
    rng = random.Random(zlib.crc32(s["name"].encode()))
    bc = s["bc"]
    events, keymap = [], []  # keymap: (event, key dict)
    key_users = set()
    for _, _, _, _, keys in s["streams"]:
        for k in keys:
            key_users.add(bc if k["user"] == "@" else k["user"])
    users = bg_users(rng, rng.randrange(10, 17), key_users | {bc})
    ages = dict(s["ages"])
    for u in users:
        ages[u] = bg_age(rng)
    pool = Cycle(rng, POOLS[s["kind"]] + GENERIC)
    bcpool = Cycle(rng, BC_POOLS[s["kind"]])
    sid_base = 90000 + zlib.crc32(s["name"].encode()) % 9000
    for si, (title, off, dur, n_ev, keys) in enumerate(s["streams"]):
        stream = f"st-{sid_base + si}"
        t0 = (s["start"] + off) * 1000
        items = []
        secs = [k["t"] for k in keys]
        assert len(secs) == len(set(secs)), (s["name"], "two key lines in one second")
        for k in keys:
            items.append((k["t"] * 1000 + rng.randrange(1, 999) + 0.5, k))
        n_bg = n_ev - 2 - len(keys)
        for _ in range(n_bg):
            t = rng.randrange(3000, dur * 1000)
            r = rng.random()
            if r < 0.12:
                items.append((t, dict(kind="chat", user="@", text=bcpool.next(), bg=True)))
            elif r < 0.16:
                items.append((t, dict(kind="gift", user=rng.choice(users), item=s["gift_item"],
                                      amount=rng.choice([1, 5, 10, 50, 100]), bg=True)))
            else:
                items.append((t, dict(kind="chat", user=rng.choice(users), text=pool.next(), bg=True)))
        items.sort(key=lambda x: x[0])
        evs = [dict(type="stream_start", ts=t0 - 500, stream=stream, broadcaster=bc,
                    broadcaster_age=s["age"], title=title)]
        last = t0 - 500
        for t, k in items:
            ts = t0 + int(t)
            if ts <= last:
                ts = last + rng.randrange(150, 900)
            last = ts
            user = bc if k["user"] == "@" else k["user"]
            if k["kind"] == "chat":
                e = dict(type="chat", ts=ts, stream=stream, id=None, user=user, text=k["text"])
                if user != bc and ages.get(user) is not None:
                    e["account_age_days"] = ages[user]
            else:
                e = dict(type="gift", ts=ts, stream=stream, id=None, user=user, item=k["item"], amount=k["amount"])
            evs.append(e)
            keymap.append((e, k))
        end = max(last, t0 + dur * 1000) + 4000
        evs.append(dict(type="stream_end", ts=end, stream=stream))
        events += evs
    nm = ng = 0
    for e in events:
        if e["type"] == "chat":
            nm += 1; e["id"] = f"m{nm}"
        elif e["type"] == "gift":
            ng += 1; e["id"] = f"g{ng}"
    # reorder keys so id follows stream/ts
    for e in events:
        if "id" in e:
            e_id = e.pop("id"); text_keys = list(e.items())
            e.clear(); e.update(text_keys[:3]); e["id"] = e_id; e.update(text_keys[3:])
    offenders, lines, evasion, ogifts, hn, first = [], {}, {}, [], [], None
    for e, k in keymap:
        if k.get("off") and e["user"] not in offenders:
            offenders.append(e["user"])
    for e, k in keymap:
        if e["type"] == "chat" and k.get("off"):
            lines[e["id"]] = [c for c in TACTICS if c in k["tac"]]
            assert set(k["tac"]) <= set(TACTICS), k
            if k["ev"]:
                assert set(k["ev"]) <= set(EVASIONS), k
                evasion[e["id"]] = [c for c in EVASIONS if c in k["ev"]]
            if k["first"]:
                assert first is None, s["name"]
                first = e["ts"]
        elif e["type"] == "gift" and e["user"] in offenders:
            ogifts.append(e["id"])
        if k.get("hn"):
            hn.append(e["id"])
    union = set(c for v in lines.values() for c in v)
    label = dict(offenders=offenders, first_intervention_ts=first,
                 tactics_expected=[c for c in TACTICS if c in union], notes=s["notes"],
                 lines=lines, evasion=evasion, offender_gifts=ogifts, hard_negatives=hn)
    if s["serial"]:
        label["serial_group"], label["related_sessions"] = s["serial"][0], list(s["serial"][1])
    return events, label


def fmt_label(label):
    out = ["{"]
    items = list(label.items())
    for i, (k, v) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        if k in ("lines", "evasion") and v:
            out.append(f'  "{k}": {{')
            sub = list(v.items())
            for j, (kk, vv) in enumerate(sub):
                out.append(f'    "{kk}": {json.dumps(vv, ensure_ascii=False)}' + ("," if j < len(sub) - 1 else ""))
            out.append("  }" + comma)
        else:
            out.append(f'  "{k}": {json.dumps(v, ensure_ascii=False)}{comma}')
    out.append("}")
    return "\n".join(out) + "\n"


README_HEAD = """# Held-out set 5: labelled live-stream chat sessions

Written by `tools/make_heldout5.py` (run `python3 tools/make_heldout5.py`; the
output is byte-identical on every run: fixed timestamps, and every random
choice comes from `random.Random` seeded with the CRC-32 of the session name).
Validate with `python3 tests/heldout/validate.py tests/heldout5`.

This set exists to measure streamguard on chat its rules have never seen. It
was written without opening the rules, the tactic notes, the engine source,
the other held-out sets or any engine output, and the engine was never run on
it while it was being written. Nobody should tune rules on it; once a rule is
changed because of a line in here, the set is no longer held out.

## How it was made

The key lines of every session (offender messages, broadcaster replies,
bystanders, moderators, family, and the benign look-alike lines) were written
by hand in the generator. Background chatter is drawn from hand-written pools
per stream type (gaming, art, music, sport, study, IRL, cooking, pets,
fitness) plus a generic pool, by 10-16 invented background accounts per
session, with occasional small gifts in the stream's currency. All people,
handles, places and streams are made up; no third-party chat data was used.
The content is non-graphic: requests are written the way they appear in
reports, in mild words.

The sessions follow the UK National Crime Agency's advice on live streaming
(dares and tricks, gifts and game points, flattery, floods of comments,
threats) and the grooming literature (age and alone questions, secrecy, moves
to private apps, meetings, sextortion). They were written to be *different*
from what a rule author would expect:

* offenders who never use the stock "u"/"ur" phrasing and write long polite
  paragraphs (`g01`, `g09`, `s01`-`s03`), indirect probes ("you seem really
  grown up for year 7", "bet your room's quieter when everyone's out");
* voice-to-text with spoken punctuation and autocorrect slips (`g04`), all
  caps (`g03`), gamer slang run-ons without punctuation (`g02`);
* Spanish (`g05`), Polish and Hindi in Latin script (`g10`), Portuguese (one
  flood account in `f02`) with the tactic still readable in English;
* evasions: leetspeak, homoglyphs, zero-width spaces, spaced letters, emoji
  for apps, number words, requests split over two to four lines, and apps named by
  description ("the app where messages disappear", "the purple app w the
  controller guy logo", "the blue bird app", "tele", "the chat app with the
  little ghost");
* sextortion in several voices (caps, soft and polite), payment demands in
  gift cards, exposure to school chats and relatives, mass-report threats,
  "I know which bus stop", an edited-picture threat (`g08`);
* three offenders on old accounts (`g01` 4 years, `g04` 8 years, `g09` 3
  years) plus the serial account `kindly_kev_builds` (5 years), and many benign
  users on brand-new accounts (a grandad who just signed up, a coach, a
  teacher's school account, raiders).

## Files

| prefix | meaning |
| --- | --- |
| `gNN_…` | grooming session: one or more offender accounts in otherwise normal chat (`g13` holds two weekly streams) |
| `sNN_…` | serial contact: `s01`-`s03` (group `serial-kev`) and `s04`-`s06` (group `serial-starlight`): one account visits three young broadcasters within about 80 minutes, mildly on each |
| `fNN_…` | flood: 11-12 fresh accounts hit one young broadcaster within a minute |
| `bNN_…` | benign session full of hard negatives |

For `b` sessions the tactics column describes the look-alikes instead.
The format and label fields are exactly those of the scenarios README
(`/work/shared/scenarios/README.md`).

## Sessions

"""

README_TAIL = """
## Labelling choices that could be argued

* **Gift cards in sextortion** (`g03`, `g11`): a demand to *send* gift-card
  codes is labelled `threat` (payment demand), not `gift_offer`, which is kept
  for offers *to* the child.
* **Autocorrect slips** in `g04` ("coup" for co-op, "what's up" for WhatsApp,
  "bored" for board) are not labelled `misspelling`: they are not an attempt
  to evade a filter. An engine could still reasonably miss WhatsApp there.
* **Voice-to-text numbers** in `g04` ("fourteen", "forty one") are labelled
  `number_words` because an age written as words is what the code describes,
  even though dictation, not evasion, produced them.
* **Euphemism for "tele"** (`g06`, `s06`): "tele" for Telegram is labelled
  `euphemism` (a nickname); in `g06` it is also `spaced_letters`.
* **"You seem really grown up for year 7"** (`g01`) is labelled
  `flattery` + `personal_info`: it fishes for the year group, and the child
  corrects it.
* **Stand up / turn around** on a dance stream (`g08`, `f01`) and "stand up off
  ur chair" (`g02`) are labelled `nudity_request` when they are part of a
  sequence that ends with clothes off or come with coins, as in the scenarios
  README. `g08`'s first part ("stand up") is mild on its own but carries the
  request's codes because of `split_request`.
* **Truth questions** ("have u ever kissed anyone") are labelled `dare` +
  `sexual_content` since they are played as part of the truth-or-dare.
* **First intervention** is where a careful moderator would act given the
  broadcaster's age: for under-13s at the first probe for being alone or
  school (`g01`, `g07`, `g13`) or the first fresh-account robux-for-dare
  (`g02`); for 16-17 somewhat later (`g06` at the second off-platform push,
  `g09` at the age-gap line after a school probe). `g08` is set at part 2 of
  the split dare; a case can be made for part 3. In `g11` the earlier
  flattery and video-call lines are mild for a 16-year-old, so intervention
  is set at the first threat.
* **`tio_ramon`'s "perfecto 😍"** reply to a 14-year-old's age is labelled
  `sexual_content` alongside the home-alone question.
* **Offender small talk** ("Of course, apologies", "ok whatever ur grandad is
  cringe", "No problem at all", "REQUEST: SOMEONE LIKE YOU") maps to `[]`.
  `g03`'s "YOU SOUND DIFFERENT ON HERE THAN ON THE CALL LAST WEEK" is `[]`
  too, though it hints at earlier private contact.
* **Account age missing** on purpose for `raj_bhai_77` (`g10`) and the flood
  account `hot_takes_x` (`f02`), and for several background viewers.
* **Raiders in `f02`** are fresh accounts arriving in the same minute as the
  flood but are benign and not listed; `raidleader_jo` disowns the flood.
* **Hard negatives** are the look-alikes that were written on purpose; the
  list is not exhaustive, and every line not in `lines` is benign. The
  broadcaster's own lines can be hard negatives (`b03`, `b05`, `b06`, `b08`,
  `b09`).
* **Family lines** (`b01`: "are you on your own", "how old are you now",
  "jumper off", "don't tell your mum", "add me on whatsapp", "what's your school
  called") are benign because the writers are identifiable family; an engine
  cannot know that from the text alone, which is the point.
"""


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "tests", "heldout5")
    os.makedirs(outdir, exist_ok=True)
    rows, tac_count, ev_count = [], {c: 0 for c in TACTICS}, {c: 0 for c in EVASIONS}
    tot_hn = tot_off_lines = 0
    kinds = {}
    for s in SESSIONS:
        events, label = build(s)
        with open(os.path.join(outdir, s["name"] + ".ndjson"), "w", encoding="utf-8", newline="\n") as f:
            for e in events:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
        with open(os.path.join(outdir, s["name"] + ".label.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(fmt_label(label))
        for v in label["lines"].values():
            for c in v:
                tac_count[c] += 1
        for v in label["evasion"].values():
            for c in v:
                ev_count[c] += 1
        tot_hn += len(label["hard_negatives"])
        tot_off_lines += len(label["lines"])
        kinds[s["name"][0]] = kinds.get(s["name"][0], 0) + 1
        offs = label["offenders"]
        if s["name"][0] == "f":
            who = f"{len(offs)} fresh accounts"
        else:
            who = ", ".join(offs) or "–"
        tac = ", ".join(label["tactics_expected"]) or s["lookalike"] or "–"
        rows.append(f"| `{s['name']}` | {s['age']} | {s['streams'][0][0]} | {len(events)} | "
                    f"{len(s['streams'])} | {who} | {tac} | {len(label['hard_negatives'])} |")
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README_HEAD)
        f.write("| session | age | title | events | streams | offenders | tactics | hard neg. |\n")
        f.write("| --- | --- | --- | --- | --- | --- | --- | --- |\n")
        f.write("\n".join(rows) + "\n\n")
        f.write(f"In total there are {len(SESSIONS)} sessions: {kinds.get('g', 0)} grooming, "
                f"{kinds.get('s', 0)} serial-contact, {kinds.get('f', 0)} flood and {kinds.get('b', 0)} benign; "
                f"{tot_off_lines} offender chat lines and {tot_hn} hard negatives.\n\n")
        f.write("## Counts\n\nOffender chat lines carrying each tactic code:\n\n| code | lines |\n| --- | --- |\n")
        for c in TACTICS:
            f.write(f"| `{c}` | {tac_count[c]} |\n")
        f.write("\nOffender chat lines carrying each evasion code:\n\n| code | lines |\n| --- | --- |\n")
        for c in EVASIONS:
            f.write(f"| `{c}` | {ev_count[c]} |\n")
        f.write(README_TAIL)


if __name__ == "__main__":
    main()
