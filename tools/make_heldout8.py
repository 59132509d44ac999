#!/usr/bin/env python3
"""make_heldout8.py - deterministic generator for held-out chat set 8.

Writes tests/heldout8/*.ndjson, *.label.json and README.md.  Every key line
(offender lines, broadcaster replies, bystander reactions, hard negatives) is
hand-written below; background chatter is drawn from hand-written pools with a
fixed per-session seed, so a rerun gives byte-identical files.  All names,
handles and places are invented.  Content is deliberately non-graphic.

Usage: python3 tools/make_heldout8.py [OUTDIR]   (default tests/heldout8)
"""
import json
import os
import random
import sys

TACTICS = ["flattery", "personal_info", "gift_offer", "dare", "nudity_request",
           "sexual_content", "secrecy", "off_platform", "threat", "meeting",
           "age_gap"]
TAC = {"fl": "flattery", "pi": "personal_info", "go": "gift_offer",
       "da": "dare", "nr": "nudity_request", "sx": "sexual_content",
       "se": "secrecy", "op": "off_platform", "th": "threat",
       "me": "meeting", "ag": "age_gap"}
EVA = {"L": "leetspeak", "S": "spaced_letters", "E": "emoji_substitute",
       "H": "homoglyph", "M": "misspelling", "SP": "split_request",
       "N": "number_words", "Z": "zero_width", "EU": "euphemism"}
ZW = "\u200b"


# ---------------------------------------------------------------- script DSL
def o(user, text, tac="", eva="", fi=False):
    """Offender chat line.  tac/eva are space-separated short codes."""
    return {"k": "o", "user": user, "text": text,
            "tac": [TAC[t] for t in tac.split()],
            "eva": [EVA[e] for e in eva.split()], "fi": fi}


def ofi(user, text, tac="", eva=""):
    """Offender line at which a careful moderator would first act."""
    return o(user, text, tac, eva, fi=True)


def b(text):
    """Broadcaster line."""
    return {"k": "b", "text": text}


def v(user, text):
    """Ordinary key line by a bystander (not a hard negative)."""
    return {"k": "v", "user": user, "text": text}


def hn(user, text):
    """Hard negative: benign line that looks suspicious out of context."""
    return {"k": "h", "user": user, "text": text}


def gift(user, item, amount):
    return {"k": "g", "user": user, "item": item, "amount": amount}


BURST_ON = {"k": "burst", "on": True}
BURST_OFF = {"k": "burst", "on": False}


# ---------------------------------------------------------------- pools
FILLER_USERS = [
    "mossy_kettle", "pixelbadger", "tangerine.dusk", "quietcomet", "brickwhale",
    "lumen_fox", "crumpet_cat", "jadeparrot", "oatmilk_otto", "sunnyside_sal",
    "nebula_nan", "hollowpine", "ziggy_rook", "marigold_mo", "plumtree22",
    "frostbyte_fin", "cobalt_koala", "wafflewizard", "minty_moth", "robin_redd",
    "gravel_gus", "kiwi_kazoo", "lanternlou", "pebble_pip", "sprocket_sue",
    "tidal_tom", "velvetyak", "wobbly_walrus", "yarrow_yi", "zestylemon",
    "acorn_ada", "bramble_ben", "cinder_cass", "dandelion_dee", "ember_eli",
    "fernfoot", "ginger_gale", "hazel_hop", "ivy_inkwell", "juniper_jo",
    "kestrel_kai", "lilac_lu", "maple_max", "nutmeg_ned", "opal_ori",
    "paprika_pat", "quill_quin", "russet_ray", "saffron_sky", "thistle_theo",
    "umber_uma", "violet_vex", "willow_wes", "xeno_xav", "yew_yara",
    "zinnia_zed", "basil_bo", "clover_cy", "daisy_dot", "elm_ezra",
]

GENERIC = [
    "hiii", "hello from the back row", "lol", "LMAO", "first time catching this live",
    "gg", "W", "this is so chill", "good vibes tonight", "just got home, what did i miss",
    "hydrate check 💧", "hi chat", "o7", "the audio is a bit quiet btw", "much better now",
    "haha", "no way", "sheeesh", "love this", "can't stay long, have fun",
    "that was clean", "ok that was funny", "brb dinner", "back", "🔥🔥",
    "😂😂", "❤️", "lagging a bit for me", "fixed now", "chat is cozy today",
    "what time do you usually stream?", "followed!", "hello hello", "yooo", "nice",
    "big fan of the new overlay", "who else is eating while watching", "👋", "this song slaps",
    "poggers", "omg", "real", "true", "same",
]

POOLS = {
    "gaming": [
        "that rotation was crazy", "reload reload", "check the left side", "third party incoming",
        "storm's closing", "you need heals", "nice shot", "what sens do you play on",
        "go for the chest", "don't push him", "bro got one-pumped", "rip", "clip it",
        "ranked or casual?", "the new map is so weird", "build build build", "ez",
        "which skin is that", "diff", "one more game!!", "the lobby is sweaty tonight",
        "controller or keyboard?", "you're getting better at edits", "ggs",
    ],
    "blocks": [
        "put a window there", "use spruce for the roof", "the creeper behind you!!",
        "that house is huge", "add a farm next", "you need more torches", "lava lava lava",
        "name the dog biscuit", "what seed is this", "can you build a castle next",
        "the redstone is so smart", "go to the nether", "I love the garden bit",
        "you forgot your pickaxe", "diamonds!!!", "make a secret door",
    ],
    "art": [
        "the colours are so soft", "what brush is that", "love the lineart", "the eyes!!",
        "process streams are my favourite", "what program do you use", "that gradient tho",
        "can you do my oc next", "the background is gorgeous", "ctrl z saves lives",
        "how long have you been drawing", "watercolour or digital?", "it looks so cozy",
        "add more highlights on the hair", "the hands came out great",
    ],
    "music": [
        "that chord change", "play wonderwall lol", "your tone is lovely", "what guitar is that",
        "encore!", "the harmony was beautiful", "capo on 2?", "I'm learning this song too",
        "you're so steady on the rhythm", "originals next?", "goosebumps", "request: something sad",
        "can you do the bridge again", "that high note wow", "vibes",
    ],
    "sport": [
        "first touch was quality", "weak foot practice?", "that rabona lol", "how many keepy-ups is the record",
        "the cones are so close together", "shoot with your left", "top bins", "who do you support",
        "nice cut inside", "the grass looks wet", "go again", "100 in a row next",
        "the dog wants to play too", "what boots are those", "that skill move is mad",
    ],
    "study": [
        "pomodoro starting now", "I have a chem test tomorrow", "flashcards gang", "what are we studying",
        "break time!", "I finished my essay", "can you explain that again", "5 more minutes",
        "lofi playlist is perfect", "my coffee is cold", "quizlet or anki?", "I'm so behind on history",
        "good luck everyone", "we got this", "the timer scares me",
    ],
    "irl": [
        "where are you walking?", "the sky is pretty", "is that a duck", "show the river again",
        "it's raining here too", "the bus stop lol", "what are you buying", "love the street music",
        "that dog was so cute", "is it cold there", "the shops look busy", "get a snack",
        "which way now", "the park looks nice",
    ],
    "cooking": [
        "that smells amazing from here", "how much sugar", "use butter not oil", "my mum makes it like that",
        "the sauce looks perfect", "don't burn it!", "what oven temp?", "I'm hungry now",
        "add garlic", "is that cinnamon", "recipe in the description?", "the knife skills tho",
        "timer!!", "looks so good", "I'm trying this tomorrow",
    ],
    "pets": [
        "the little paws!!", "what's his name again", "so fluffy", "he's eating the lettuce lol",
        "she looks sleepy", "is that a new toy", "aww", "zoomies!", "the ears omg",
        "my cat is watching with me", "give him a treat from me", "how old is he",
        "he's so chunky", "the wheel is squeaky lol",
    ],
    "chess": [
        "bishop takes?", "that's a blunder", "castle now", "knight fork incoming",
        "what opening is this", "the clock!", "nice endgame", "resign lol", "mate in 3?",
        "queen trade is fine", "london system again", "gg wp", "time scramble",
    ],
    "dance": [
        "the footwork!!", "do it again slower", "the beat drop", "that spin was clean",
        "what song is this", "teach us the arms part", "you nailed the transition", "so smooth",
        "my legs hurt just watching", "the kitchen floor is perfect for this", "trend of the week",
        "do the one from last week", "vibes",
    ],
    "build": [
        "that piece goes on the left", "the instructions are so long", "which set is this",
        "look at all those bricks", "the minifig is cute", "so many pieces already", "I have that set",
        "sort by colour next time", "the little door!", "so satisfying", "don't lose the tiny bit",
    ],
}

BPOOL = {
    "gaming": ["ok ok let's go again", "that guy was cheating", "I'm so bad today lol", "chat which drop spot",
               "thanks for watching guys", "I need heals", "omg I nearly had him", "one more then homework"],
    "blocks": ["ok I'm adding a roof", "where did my dog go", "I need more wood", "chat what should I build next",
               "this is taking forever lol", "I found diamonds!!"],
    "art": ["I'm doing the hair now", "chat what colour for the sky", "I messed up the hand lol",
            "thank you!!", "this brush is my favourite", "almost done with the lines"],
    "music": ["this next one is a cover", "my fingers hurt lol", "thank you so much", "ok let me tune",
              "I messed up the middle bit", "requests in chat!"],
    "sport": ["ok trying 50 in a row", "the ball is so flat lol", "my left foot is rubbish", "thanks guys",
              "one more go", "nearly!!"],
    "study": ["ok back to work", "break in 5", "I don't get this question", "thanks for studying with me",
              "timer's on", "next topic"],
    "irl": ["ok we're going to the park", "look at this!", "it's so windy", "say hi chat", "thanks for coming along"],
    "cooking": ["now we mix it", "oops too much flour", "into the oven it goes", "thanks for the tips!",
                "this is my nan's recipe"],
    "pets": ["say hi to chat", "he's being shy today", "ok treat time", "thanks guys he says hi",
             "she's so sleepy lol"],
    "chess": ["hmm let me think", "oh no I blundered", "thanks for the game", "next challenger!", "good move"],
    "dance": ["ok again from the top", "I'm so out of breath", "thanks guys!!", "next song?", "that one was hard"],
    "build": ["nearly done with this section", "where's that piece", "thanks for watching", "this bit is so tricky",
              "I love this set", "ok next bag of bricks"],
}


# ---------------------------------------------------------------- sessions
SESSIONS = []


def session(name, broadcaster, age, title, pool, events, script, ages,
            notes, extra=None, seed=None, chat_gap=(3, 26), base=None):
    SESSIONS.append({"base": base, "name": name, "broadcaster": broadcaster, "age": age,
                     "title": title, "pool": pool, "events": events,
                     "script": script, "ages": ages, "notes": notes,
                     "extra": extra or {}, "seed": seed, "chat_gap": chat_gap})


# --- SESSIONS BEGIN ---
# g01: "big brother" persona on an old account, Fortnite, 13-15
U = "ashgrove_tyler"
session("g01_bigbrother_battlepass_1315", "kitt_plays", "13-15", "arena grind, 400 pts to go", "gaming", 90, [
    b("ok arena time, wish me luck"),
    hn("mossbank_rider", "bet you can't get a 10 bomb this game"),
    b("bet I can watch"),
    o(U, "honestly the way you rotate is cleaner than half the lads in my old clan"),
    o(U, "which year are you in now, 8 or 9? you play like a sixth former", "fl pi"),
    b("year 9 lol"),
    o(U, "thought so. must be dead quiet in your house on a school night once the folks turn in", "pi"),
    b("haha sometimes"),
    ofi(U, "do your mum and dad work lates or are they usually about in the evenings", "pi"),
    o(U, "you at the same school as the lad who streams from Redcliffe? you've got the same jumper on", "pi"),
    v("mossbank_rider", "why do you care when his parents work"),
    o(U, "just making conversation mate, chill"),
    gift(U, "vbucks", 950),
    o(U, "that's the battle pass sorted, no strings, you've earned it", "go"),
    b("WAIT thank you so much"),
    o(U, "keep that between us though, don't want the rest of chat moaning i play favourites", "se"),
    o(U, "drop me a message on the green one, same name with a 7 on the end", "op", "EU"),
    o(U, "or just 📱 me, easier than typing in here", "op", "E"),
    o(U, "the blue bird app works too, my dms are open", "op", "EU"),
    o(U, "i'm 31 btw but honestly i'm basically a big kid so don't let that weird you out", "ag"),
    o(U, "you can tell me anything, think of me as the older brother you never got", "fl"),
    hn("kitt_mum_jo", "love you, 20 more mins then bed, your dad's home at 9"),
    b("ok mum"),
], {U: 1460, "kitt_mum_jo": 812, "mossbank_rider": 5},
  "Old account posing as a friendly 'big brother' praises a 14-year-old, asks his year group and, indirectly, about the house being quiet and the parents' work hours, gifts V-Bucks for the battle pass, asks for secrecy, points to WhatsApp as 'the green one' and to his phone with an emoji, and volunteers that he is 31. A classmate's dare and the streamer's mum are harmless.")

# g02: polite long-paragraph "mentor" on an old account, art, under13
U = "r_ashdown_illustrates"
session("g02_mentor_paragraphs_art_under13", "poppy_paints", "under13", "drawing my cat as a dragon 🐉", "art", 80, [
    b("hi everyone today I'm drawing Mochi as a dragon"),
    o(U, "Good evening. I have to say, your line confidence is genuinely remarkable. I taught illustration for many years and I rarely see this kind of control at your stage.", "fl"),
    b("thank you!!"),
    o(U, "May I ask how old you are? I only ask so that I can pitch my feedback at the right level, nothing more.", "pi"),
    b("I'm 11"),
    o(U, "Eleven! Astonishing. Do you have a room of your own to work in, or do you share with brothers and sisters? Natural light matters a great deal for colour work.", "fl pi"),
    hn("gran_maureen", "Hello darling it's Granny, your dragon is wonderful, how old is Mochi now? I lose track!"),
    b("hi granny! Mochi is 4"),
    ofi(U, "I would be very happy to give you some private lessons, completely free. Video is best, just the two of us, so I can see your hand position properly.", "op"),
    o(U, "Which primary school do you attend? Some have wonderful art departments, I may even know your teacher.", "pi"),
    o(U, "It may be wisest not to mention the lessons to your parents just yet. Grown-ups can be funny about online tutors until they see the results.", "se"),
    o("aunty_vee_commissions", "Sweetie you are SO talented!! Whereabouts do you live? I'd love to commission a portrait in person", "fl pi me"),
    o("aunty_vee_commissions", "I'd pay you in gift cards, much better than pocket money 💳", "go"),
    o("aunty_vee_commissions", "Just tell mum it's for a school project if she asks x", "se"),
    o(U, "For context I am 58, so please think of me as a grandfatherly sort rather than a stranger.", "ag"),
    o(U, "I could also send a gift card towards a proper drawing tablet. A talent like yours deserves better tools.", "go fl"),
    o(U, "I am often in Kilbarrow for work. If you are nearby I could drop off a set of good brushes in person.", "me pi"),
    v("gran_maureen", "Poppy love, don't answer that, I'm getting your mum"),
], {U: 2210, "gran_maureen": 340, "aunty_vee_commissions": 1},
  "Very polite older account poses as an art mentor to an 11-year-old: long compliments, asks her age and whether she has her own room, offers free private video lessons 'just the two of us', asks her not to tell her parents, states he is 58, offers a tablet gift card and proposes dropping off brushes in person. A second, brand-new account asks where she lives to 'commission a portrait in person', offers gift cards and tells her to call it a school project. Her grandmother's questions are harmless.")

# g03: fake peer with heavy typos, Roblox obby, under13
U = "lilbee_x0x0"
session("g03_fakepeer_typos_obby_under13", "tobyblox_9", "under13", "hard obby no jumping allowed", "gaming", 75, [
    b("ok stage 12 this is so hard"),
    o(U, "omg ur rly good at obbys can we be bestfrends"),
    o(U, "im 10 to btw"),
    b("haha ok"),
    o(U, "wat skool do u go 2 mayb we go same 1", "pi", "M"),
    hn("jamie_k_2015", "toby we're in the same class lol i'll see u tmrw"),
    ofi(U, "wich road is ur house on i think i live near u", "pi", "M"),
    b("I'm not allowed to say"),
    o(U, "ok ok sry. i giv u 400 robux if u do 1 dare", "go da", "M"),
    o(U, "the dare is change in2 ur swimmers n come back on cam", "da nr", "M"),
    v("jamie_k_2015", "toby dont do that its weird"),
    o(U, "dont tel ur mum its a secrit game only us no1 else", "se", "M"),
    o(U, "ok im not rly 10 im 16 but thats basically the same age lol", "ag"),
    o(U, "ad me on the 👻 its way beter there", "op", "E M"),
    o(U, "r u a gud kisser lol have u kissed any1", "sx", "M"),
    o(U, "if u dont i wil tel evry1 at ur skool u cheat at obbys", "th", "M"),
    o(U, "i screenshotted ur face alredy so dont even try blockin me", "th", "M"),
], {U: 3, "jamie_k_2015": 120},
  "Fresh account posing as a 10-year-old, with heavy misspellings, asks an under-13 boy his school and road, offers 400 Robux for a dare to change into swimwear on camera, asks for secrecy, then admits he is 'really 16', invites him to Snapchat (ghost emoji) and threatens to tell his school. A real classmate's line is harmless.")

# g04: coach-like scout, football skills, 13-15
U = "coach_dunmore_fc"
session("g04_scout_coach_keepyups_1315", "rio_skills_13", "13-15", "keepy uppy challenge day 30 ⚽", "sport", 85, [
    b("day 30 of the challenge lets go"),
    o(U, "Touch on that first ball is class. Whoever coaches you should be proud.", "fl"),
    o(U, "What age group you in, U13s or U14s?", "pi"),
    b("u14"),
    hn("coach_priya_u14", "Proud of you Rio! Training Thursday 6pm as usual, I'll do the lift for the lads from Ashby Road"),
    b("thanks coach!"),
    o(U, "Which club is that? I probably know your manager, I do a lot of scouting on the south side", "pi"),
    o(U, "I run a private academy, trials are invite only. Don't spread it round your team, places are tight", "se"),
    ofi(U, "Message me on the app where messages vanish and I'll sort the trial details", "op", "EU"),
    o(U, "Which days does your mum do the school run? Easier if I hand the trial forms to you directly", "pi"),
    o(U, "Need to see your build for the assessment. Do the next set with your shirt off", "nr"),
    v("coach_priya_u14", "Rio, ignore this person please. Real scouts go through the club and your parents."),
    o(U, "Relax coach. Rio I can pick you up after training Thursday and save your mum the drive", "me"),
    o(U, "I'm 46 but don't worry, most of my players are your age and we're all mates", "ag"),
], {U: 1980, "coach_priya_u14": 1422},
  "Old account posing as a scout flatters a 14-year-old footballer, asks his age group and club, says the 'private academy' must be kept from the team, moves him to a disappearing-messages app, asks for shirt-off keepy-ups 'for the assessment', offers to pick him up after training and states he is 46. His real coach's lift offer and training times are harmless look-alikes.")

# g05: sextortion in caps, dance, 16-17
U = "nightlight_jay"
session("g05_caps_sextortion_dance_1617", "mae_moves", "16-17", "learning the new trend 💃", "dance", 90, [
    b("ok trying the new one, it's so fast"),
    o(U, "your timing is unreal, you should be way bigger than this", "fl"),
    ofi(U, "come to the private one on tele after, way less randoms", "op", "EU"),
    o(U, "im 27 btw, older guys just get you more, you know that", "ag"),
    o(U, "you look so good in that crop top, turn sideways for the next bit", "sx nr"),
    b("no thanks"),
    hn("lena_dance_teacher", "Mae lovely, remember to take your hoodie off before the floor work so you don't overheat!"),
    hn("lena_dance_teacher", "and send me the video privately on the studio app so I can check your turns before Saturday"),
    b("yes miss"),
    o(U, "YOU ALREADY SENT ME THE PICS LAST WEEK REMEMBER", "th"),
    b("what?? I never"),
    o(U, "I HAVE SCREENSHOTS. SEND 200 IN GIFT CARDS OR YOUR WHOLE FOLLOWING SEES THEM", "th"),
    o(U, "or one more video on tele and i delete everything, promise", "th nr op", "EU"),
    o(U, "dont even think about telling your parents or the mods, i'll know", "se th"),
    o(U, "i know you're in Harlowfield, i saw the badge on your jumper", "th"),
    o(U, "and it goes on the bird app too, tagged with your real name", "th", "EU"),
    v("oatbarley_mod", "banned. Mae you did nothing wrong, we'll help you report it"),
], {U: 1, "lena_dance_teacher": 2650, "oatbarley_mod": 901},
  "Fresh account flatters a 16-year-old dancer, pushes her to a private stream on Telegram ('tele'), comments on her crop top and asks her to turn sideways, then switches to all-caps sextortion: claims to have pictures, demands gift cards, offers to delete for one more video, forbids telling parents or mods and claims to know her town. Her dance teacher's 'take your hoodie off' is a hard negative.")

# g06: Spanish sprinkles, guitar, 13-15
U = "tio_ramon_guitarra"
session("g06_spanish_uncle_guitar_1315", "lucia_acorde", "13-15", "covers en español 🎸", "music", 80, [
    b("hola chat, first song is a cover"),
    o(U, "que talento, mija. you play like you've been doing this for twenty years", "fl"),
    o(U, "cuántos años tienes? 13? 14? you look older", "pi"),
    b("14"),
    hn("abuela_carmen", "mi niña preciosa, qué orgullo! your abuelo is listening too"),
    o(U, "you live with tus papás or just mamá? they let you stream this late?", "pi"),
    gift(U, "rose", 50),
    ofi(U, "te regalo 50 rosas more if you sing the next one en pijama 😉", "go nr"),
    o(U, "es nuestro secreto ok, no le digas a nadie", "se"),
    o(U, "tu habitación es muy bonita, es solo tuya o la compartes?", "pi"),
    o(U, "te reto: sing the next one just for me, say my name at the start", "da"),
    o(U, "y si me mandas", "nr", "SP"),
    o(U, "una foto", "nr", "SP"),
    o(U, "en pijama después del stream 😉", "nr", "SP"),
    o(U, "escríbeme por whats, mi número está en mi bio", "op"),
    o(U, "o insta, i n s t a, mismo nombre", "op", "S"),
    o(U, "tengo 38 pero me siento de 20, la edad es solo un número", "ag"),
    o(U, "que guapa, with that voice and that face all the boys must be after you", "sx"),
    v("abuela_carmen", "lucía, apaga el chat de ese señor por favor"),
], {U: 1310, "abuela_carmen": 75},
  "Old account with Spanish sprinkles flatters a 14-year-old singer, asks her age and whether she lives with both parents, sends roses and offers more to sing in pyjamas, asks for secrecy, dares her to sing 'just for him', moves her to WhatsApp, states he is 38 with 'age is just a number' in Spanish, and makes a sexualised remark. Her grandmother's praise is harmless.")

# g07: Polish sprinkles, chess, under13
U = "wujek_marek64"
session("g07_polish_wujek_chess_under13", "kuba_gambit", "under13", "beating my dad at blitz ♟️", "chess", 70, [
    b("ok who wants to play"),
    o(U, "brawo mały, that knight fork was beautiful, you see the board like a master", "fl"),
    o(U, "ile masz lat? nine? ten?", "pi", "N"),
    b("10"),
    hn("kuba_tata", "haha he beat me 3 times today, proud dad. 30 more minutes kuba"),
    ofi(U, "which school chess club you play, maybe I know the teacher", "pi"),
    o(U, "your papa goes to work early? then you can play me in the mornings, just us", "pi"),
    o(U, "I give you ten gift subs if you play me in private match, only us two, camera on", "go op", "N"),
    o(U, "tell nobody ok? to będzie nasza tajemnica", "se"),
    o(U, "I am fifty five, like your dziadek, so you can trust me", "ag", "N"),
    o("knightrider_77", "Kuba I run a weekend chess camp, you could stay over at mine with the other boys", "me"),
    o("knightrider_77", "I'll square it with your parents later, no need to bother them now", "se"),
    o("knightrider_77", "You're too strong for kids your age, you need older opponents. I'm 48 and you'd still beat me", "fl ag"),
    o(U, "I come watch your tournament Saturday, I can drive you home after", "me"),
    v("kuba_tata", "no you won't. reported."),
], {U: 3011, "kuba_tata": 1502, "knightrider_77": 702},
  "Old account with Polish sprinkles ('wujek' = uncle) praises a 10-year-old chess player, asks his age and school chess club, offers ten gift subs for a private camera match, asks for secrecy in Polish, says he is fifty-five and offers to drive him home after a tournament. A second old account invites him to stay over at a 'chess camp', says he'll tell the parents later and that he is 48. The boy's father is in chat.")

# g08: Hindi in Latin script, IRL, 16-17
U = "rohit_bhai_99"
session("g08_hinglish_irl_walk_1617", "ananya_vlogs", "16-17", "evening walk + chai stop ☕", "irl", 80, [
    b("hi guys we're walking to the chai place"),
    o(U, "yaar your vibe is so different from other streamers, sach mein", "fl"),
    o(U, "kaunsi class mein ho? 11th? 12th?", "pi"),
    b("12th"),
    o(U, "ghar pe koi hai abhi ya akele ho after the walk", "pi"),
    hn("priya_didi", "ananya call mummy when you reach, she's asking if you're home alone tonight or with nani"),
    ofi(U, "insta pe aao na, yahan sab dekh rahe hain", "op"),
    o(U, "tumhare papa strict hain kya? phone check karte hain?", "pi"),
    o(U, "ya wh@tsapp numb3r de do", "op", "L"),
    o(U, "ek photo bhejo na, face wala nahi, full wala", "nr"),
    o(U, "sеnd thе pic on dm, nobody will see", "nr op", "H"),
    o(U, "kisi ko mat batana ki hum baat karte hain", "se"),
    o(U, "kal college ke baad milte hain? main gate pe wait karunga", "me"),
    o(U, "main 29 ka hoon but you're mature, tum samajhti ho", "ag fl"),
    o(U, "tum bahut hot lagti ho in that kurta", "sx"),
    b("bro stop"),
], {U: 6, "priya_didi": 980},
  "Fresh account writing in Hindi in Latin script praises a 17-year-old IRL streamer, asks her class and whether anyone is at home, moves her to Instagram because 'everyone here is watching', asks for a full-body photo (again with Cyrillic letters), asks for secrecy, proposes meeting at her college gate, states he is 29 and makes a sexualised remark. Her older sister's 'home alone tonight' is a hard negative.")

# g09: voice-to-text run-ons, block building, under13, old account
U = "daryl_whitcombe"
session("g09_voice_to_text_castle_under13", "ellie_builds", "under13", "building a castle for my horses", "blocks", 75, [
    b("hi guys today I'm doing the stables"),
    o(U, "Hey buddy that castle is awesome you are a really smart kid you know that most grown ups could not build that", "fl"),
    o(U, "How old are you like 9 or 10 I have a niece about that age", "pi"),
    b("I'm 9"),
    ofi(U, "Is your mom at work right now or is she home with you question mark", "pi"),
    hn("auntie_bex", "Ellie it's Auntie Bex! your mum's on late shift so I'm picking you up from school tomorrow, don't forget your PE kit"),
    hn("auntie_bex", "you're such a clever girl, that castle is better than anything I could build"),
    b("ok auntie bex"),
    o(U, "I can get you a gift card for Minecoins comma just tell me your address and I will mail it", "go pi"),
    o(U, "You seem really grown up for a kid your age you talk like a twelve year old honestly", "fl", "N"),
    o(U, "You do not have to tell your mom about the gift card that's just a thing between buddies", "se"),
    o(U, "Do you have a Discord period I can help you build way better stuff there just you and me", "op"),
    o("crafty_kid_jj", "ur realm looks epic whats ur real name", "pi"),
    o("crafty_kid_jj", "can u invite me to the realm its private there n no grown ups read the chat", "op se"),
    o("crafty_kid_jj", "send me a pic of u in ur minecraft pjs lol", "nr"),
    o(U, "I live pretty close to Ferncombe actually maybe we could go to the library together and look at castle books", "me"),
    v("auntie_bex", "Ellie stop the stream now please love, I'm ringing your mum"),
], {U: 905, "auntie_bex": 1188, "crafty_kid_jj": 5},
  "Old account writing in voice-to-text style (no punctuation, spoken 'question mark', 'comma') praises a 9-year-old, asks her age and whether her mum is at work, offers a Minecoins gift card in exchange for her address, asks her not to tell her mum, moves her to Discord and proposes meeting at a library. A second account posing as a child asks her real name, invites her to a private realm 'where no grown ups read chat' and asks for a pyjama picture. Her aunt's pick-up arrangements are harmless.")

# g10: older-teen gamer slang, FPS, 16-17
U = "vxlt_reyna"
session("g10_gamer_slang_vc_1617", "skye_clutches", "16-17", "road to immortal, no tilt", "gaming", 85, [
    b("ok we queue again"),
    hn("tomcat_duo", "bet u cant ace this round, loser buys pizza friday"),
    hn("tomcat_duo", "dont tell anyone but i already bought the battle pass for both of us lol"),
    b("bet"),
    o(U, "ur crosshair placement is lowkey cracked ngl", "fl"),
    o(U, "fr tho ur the only one on this site w/ actual game sense", "fl"),
    o(U, "ts mid w randoms, hop in my priv vc on dc after", "op"),
    o(U, "or tеlеgrаm if dc is mid", "op", "H"),
    b("maybe"),
    o(U, "no cap send a pic of ur setup", "nr", "SP"),
    ofi(U, "and u in it 👀", "nr", "SP"),
    o(U, "lowkey u and me are on the same wavelength fr, thats rare", "fl"),
    o(U, "theres a lan in croydon next month, come thru and crash at mine after", "me"),
    o(U, "bet u wont 1v1 me, loser sends a mirror pic", "da nr"),
    o(U, "d a r e  y o u  to turn the cam to the mirror rn", "da nr", "S"),
    o(U, "ur voice is kinda 🔥 ngl, u got a man?", "sx"),
    o(U, "im 24 but age is just a lobby number lol", "ag"),
    o(U, "dont tell ur duo we talk, he'll get pressed", "se"),
    v("tomcat_duo", "who is this guy lmao. skye block him"),
], {U: 11, "tomcat_duo": 1630},
  "Account in gamer slang praises a 17-year-old's aim, pushes her to a private Discord voice channel, splits a 'pic of your setup... and you in it' request over two lines, dares her into a 1v1 where the loser sends a mirror picture, spells a mirror dare in spaced letters, makes a sexualised remark, says he is 24 and asks her to keep it from her duo partner. Her duo's pizza bet is a harmless dare.")

# g11: evasion-heavy, art stream, 13-15
U = "s0ftg4z3r"
session("g11_evasion_mix_art_1315", "inkbyjuno", "13-15", "painting moths in gouache", "art", 80, [
    b("gouache is so hard to layer"),
    o(U, "y0ur sh4ding is s0 g00d it l00ks r34l", "fl", "L"),
    o(U, "wh4t gr4de r y0u in", "pi", "L"),
    o(U, "whаt tоwn аrе you in, it looks like my old area", "pi", "H"),
    b("8th"),
    o(U, "s n a p   m e", "op", "S"),
    hn("ms_okafor_art", "Juno this is gorgeous! Bring it in Monday for the class display, I'll put it by the window"),
    ofi(U, "come to the рrivаtе strеаm, I'll tip big", "op go", "H"),
    o(U, "sen" + ZW + "d a pic of your fit from head to toe", "nr", "Z"),
    o(U, "two thousand gems if you do it tonight", "go", "N"),
    o(U, "k33p it b3tw33n us, no m0ds", "se", "L"),
    o(U, "or dis" + ZW + "cord if snap is blocked", "op", "Z"),
    o(U, "i'll 📸 ur room from stream and 📤 it to ur whole school if u block me", "th", "E"),
    o(U, "r3p0rt m3 and 1'll p0st wh3r3 y0u l1v3", "th", "L"),
    v("plum_orchard_mod", "timed out and reported. Juno you're fine"),
], {U: 2, "ms_okafor_art": 1911, "plum_orchard_mod": 760},
  "Fresh account uses leetspeak, spaced letters, Cyrillic homoglyphs in 'private stream', a zero-width space in 'send', number words for gems and emoji for screenshots/sending, against a 13-year-old painter: flattery, grade and town probes (homoglyphs), Snapchat or Discord (zero-width), private stream with tips, full outfit photo, secrecy and a threat to send screenshots to her school. Her art teacher's line is harmless.")

# g12: cooking, indirect alone/location probing, meeting, old account
U = "kindly_neighbour_bill"
session("g12_brownies_eastfield_1315", "hattie_bakes", "13-15", "triple choc brownies!!", "cooking", 80, [
    b("hi everyone today it's brownies"),
    o(U, "These look better than the bakery at the end of my road, you're a natural", "fl"),
    o(U, "You're doing this all by yourself? No grown-ups about to help today?", "pi"),
    o(U, "You look about thirteen, fourteen? Am I close?", "pi", "N"),
    b("mum's at the shop"),
    hn("chef_dan_cooks", "pro tip: take it off the heat before you add the eggs or they'll scramble"),
    ofi(U, "What part of town is that kitchen? The view out the window looks like Eastfield", "pi"),
    o(U, "Does your mum do the big shop every Saturday about now? Must be when you get the kitchen to yourself", "pi"),
    o(U, "I'm 63 so I've eaten a lot of brownies, trust me these are top tier", "ag fl"),
    gift(U, "stars", 200),
    o(U, "Those stars are for a box of them. Just need your address to collect", "go pi"),
    o(U, "Or I could pop round and taste-test while they're warm 😊", "me"),
    o(U, "I'll double the stars if you're brave enough to open the front door and show us your street", "da pi go"),
    o(U, "Maybe we chat somewhere your mum won't read over your shoulder", "se op"),
    v("chef_dan_cooks", "mods, this person is asking a kid where she lives"),
    v("hattie_mod_sam", "Safety reminder from the mods: nobody ever needs your address or to know who's home. Bill is banned."),
], {U: 2740, "chef_dan_cooks": 430, "hattie_mod_sam": 1044},
  "Old, friendly-sounding account asks a 13-year-old baker whether any grown-ups are home, guesses her part of town, says he is 63, sends stars 'for a box' and asks for her address, suggests popping round, dares her to open the front door and show her street for more stars, and asks to chat where her mum won't see. A chef's cooking tip is a hard negative.")

# g13: gacha diamonds, split request with number words, under13
U = "sparkle_giver_x"
session("g13_diamonds_split_nightie_under13", "mimi_pulls", "under13", "100 pulls for the new fairy!!", "gaming", 80, [
    b("ok 10 pull number 3 let's goooo"),
    gift(U, "diamonds", 300),
    o(U, "some diamonds for my favourite little streamer 💎", "fl go"),
    b("omg thank you"),
    o(U, "want more?", "go"),
    o(U, "i'll send a thousand", "go da", "SP N"),
    o(U, "if you", "go da", "SP"),
    ofi(U, "do a little twirl in your nightie", "go da nr", "SP"),
    v("kiwi_kazoo", "thats creepy"),
    o(U, "after all those diamonds you kinda owe me tbh", "go"),
    o(U, "ur the only one who says thank you for gifts, ur special to me", "fl"),
    o(U, "who's home with you rn?", "pi"),
    o(U, "shhh don't tell mummy about the diamonds or she'll make you give them back", "se"),
    o(U, "im 40 lol but i still love gacha, we have so much in common", "ag"),
    hn("mimi_bigbro_leo", "mimi i dare you to pull one more time, if you get the fairy I'll do the dishes for a week"),
], {U: 14, "mimi_bigbro_leo": 590},
  "Account sends diamonds to an under-13 gacha streamer, then splits a gift-for-dare request over three lines (a thousand diamonds if she twirls in her nightie), says she owes him, asks who is home, says he is 40 and asks her to keep the diamonds from her mum. Her brother's pull dare is harmless.")

# g14: older teen on study stream, 16-17
U = "theo_revises"
session("g14_uni_student_revision_1617", "nadia_studies", "16-17", "A-level maths study with me 📚", "study", 85, [
    b("ok integration by parts, let's go"),
    o(U, "you explain this better than my actual uni lecturer tbh", "fl"),
    o(U, "what sixth form you at? you sound like you're from round Thornbury", "pi"),
    b("not saying lol"),
    o(U, "fair. I'm 20 so not like that much older", "ag"),
    hn("mr_hale_maths", "Nadia, brilliant explanation! Everyone, remember mock papers are due Friday - message me on the school portal if you're stuck"),
    o(U, "we should revise properly, just us two on facetime tonight", "op"),
    ofi(U, "bet you look even better without the glasses and the big hoodie", "sx nr"),
    o(U, "not many people get me like you do tbh, feels like I've known you ages", "fl"),
    o(U, "got a boyfriend or are you free", "sx"),
    o("cherrycola_kat", "she's so pretty when she concentrates 😍 that lip bite", "sx"),
    o("cherrycola_kat", "nadia do you do paid calls? I'd send amazon vouchers for a private cam chat", "go op"),
    o("cherrycola_kat", "I'm 34 and my ex was twelve years older than me, age honestly doesn't matter", "ag", "N"),
    o(U, "I'm in town Saturday, could meet at the central library, coffee's on me", "me"),
    o(U, "don't mention me to your mates, they'll make it weird", "se"),
    v("quill_quin", "@nadia_studies want me to clip this for the mods?"),
], {U: 1290, "mr_hale_maths": 1500, "cherrycola_kat": 880},
  "Old account claiming to be a 20-year-old student flatters a 17-year-old revising, guesses her town, normalises the age gap, asks for a private FaceTime, makes a sexualised remark with a clothing angle, asks if she has a boyfriend, proposes meeting and asks her to keep it from her friends. A second account (a woman's persona) makes a sexualised remark, offers vouchers for a private cam chat and says age doesn't matter. Her teacher's 'message me on the school portal' is a hard negative.")

# ------------------------------------------------------------ benign
session("b01_nana_uncle_obby_under13", "freddie_obbys", "under13", "my birthday stream!! 🎂", "gaming", 75, [
    b("it's my birthday today I'm 10!!"),
    hn("nana_pat_", "Happy birthday sweetheart!! Nana's so proud of you. Does mummy know you're on here this late? x"),
    b("yes nana she's downstairs"),
    hn("uncle_rob_k", "happy birthday champ! I'll sort you some robux if your homework's done by friday, deal?"),
    b("DEAL"),
    hn("uncle_rob_k", "don't tell your sister I'm getting you the big lego set, it's a surprise for the party"),
    hn("nana_pat_", "what time is your mum home tomorrow? I'll drop the cake round when she's in"),
    v("nutmeg_ned", "happy birthday!!"),
    hn("cousin_maisie", "freddie how old are you now again, 10 or 11? i forgot lol"),
    b("10 maisie!!"),
    hn("uncle_rob_k", "you've grown up so fast, last time I saw you you were tiny"),
    hn("cousin_maisie", "is auntie home? tell her we're coming round at 4 with the presents, keep it secret from freddie lol oops"),
    hn("nana_pat_", "you're the cleverest boy in the whole world, don't let anyone tell you otherwise"),
    hn("uncle_rob_k", "I'm 45 today too?? no wait that was last month haha, getting old"),
    hn("nana_pat_", "love you, send Nana a photo of you blowing out the candles on the family chat"),
    b("ok nana"),
], {"nana_pat_": 9, "uncle_rob_k": 2210, "cousin_maisie": 400},
  "A 10-year-old's birthday stream with his nan (fresh account), uncle and cousin in chat: 'does mummy know you're on this late', robux for homework, a surprise kept from his sister, asking when mum is home, age questions, 'you've grown up so fast' and a photo for the family chat. All harmless family talk.")

session("b02_football_coach_team_1315", "zayn_freekicks", "13-15", "free kick practice after school", "sport", 75, [
    b("free kicks from 25 yards today"),
    hn("coach_mo_ashby", "Lovely technique Zayn. Training Thursday, I'm picking the lads up from the school gate at 5, tell your mum"),
    b("ok coach"),
    hn("teammate_kofi", "which school is that wall at? we're playing st bede's saturday"),
    hn("coach_mo_ashby", "bibs vs shirts on Thursday, so bring a spare shirt in case you're skins lol"),
    hn("teammate_kofi", "bet you can't hit the bar three times in a row"),
    b("bet I can"),
    hn("zayns_dad_imran", "Zayn, get your shirt off the radiator before your mum sees it's still wet from training"),
    v("tidal_tom", "top bins that one"),
    hn("coach_mo_ashby", "How old is everyone on the U14 group chat now? Need birth years for the league registration, parents send them to me"),
    hn("teammate_kofi", "add me on snap for the team chat, the coach is on it too"),
    hn("coach_mo_ashby", "parents: I'll be at the leisure centre from 4, I can give anyone a lift who needs one, just text me first"),
    hn("zayns_dad_imran", "proud of you son, your mum says take your boots off before you come in the kitchen"),
    hn("teammate_kofi", "where do u live again? i forgot which house for the lift"),
    b("already did"),
], {"coach_mo_ashby": 1702, "teammate_kofi": 3, "zayns_dad_imran": 2100},
  "A 14-year-old's free-kick practice with his real coach, a teammate and his dad: pick-ups from the school gate, shirts vs skins, a crossbar dare, school names for fixtures, birth years for league registration, 'add me on snap for the team chat'. Harmless.")

session("b03_yoga_flow_adult", "rowan_flows", "adult", "gentle evening yoga 🧘", "dance", 70, [
    b("welcome, find a comfortable spot"),
    hn("rowan_flows", "take your socks off if you can, it helps with balance"),
    hn("rowan_flows", "now lie down on your back and let your knees fall open"),
    hn("sage_stretches", "show me your best downward dog chat 😄"),
    hn("rowan_flows", "slip off any tight layers, you want to breathe easily"),
    hn("elm_ezra", "bend over and touch your toes, my hamstrings are screaming"),
    b("you're doing great everyone"),
    hn("sage_stretches", "I dare everyone to hold the plank for a full minute"),
    hn("rowan_flows", "turn around and face the back of your mat for the next sequence"),
    hn("rowan_flows", "open your hips, spread your knees wide and sink down into the stretch"),
    hn("sage_stretches", "private sessions are on the studio website if anyone wants one-to-one"),
    hn("rowan_flows", "if you're flexible enough, lift your top leg up and hold it"),
    v("fernfoot", "that was lovely thank you"),
], {"sage_stretches": 1, "elm_ezra": 55},
  "Adult yoga teacher's stream: 'take your socks off', 'lie down on your back', 'slip off tight layers', 'turn around', a plank dare. All instructions in an adult fitness context.")

session("b04_base_raid_server_1315", "ollie_raids", "13-15", "base tour + raid night on our server", "blocks", 80, [
    b("welcome to the server base tour"),
    hn("server_admin_fox", "what's your address in the server? I need the coords for the raid map"),
    b("x 340 z -1200"),
    hn("kai_from_class", "show me your base, is the secret room still under the lake"),
    hn("kai_from_class", "take it off the shelf, the enchanted book, I need it"),
    hn("server_admin_fox", "everyone join the discord for raid night, link is in the panel, 13+ server rules apply"),
    hn("ollie_raids", "bet you won't jump into the lava lake with full diamond lol"),
    hn("kai_from_class", "I'll give you 64 emeralds for your trident"),
    b("deal"),
    hn("server_admin_fox", "reminder: keep it to the server chat, don't share real names or where you live"),
    hn("kai_from_class", "let's raid their base when they're offline, nobody will be home lol"),
    hn("ollie_raids", "don't tell the other team where our secret base is"),
    hn("kai_from_class", "take off your armour and fight me bare hands, loser gives 10 diamonds"),
    hn("server_admin_fox", "private server for the tourney, invite only, I'll dm the code to team captains in game"),
    v("brickwhale", "the redstone door is so smart"),
], {"server_admin_fox": 1400, "kai_from_class": 12},
  "A 14-year-old's Minecraft server raid night: 'what's your address in the server' (coordinates), 'show me your base', 'take it off the shelf', Discord link for raid night, a lava dare, emerald trading and an admin's safety reminder.")

session("b05_karaoke_flirt_adult", "dev_sings_late", "adult", "friday karaoke, requests open 🎤", "music", 70, [
    b("ok karaoke time, send requests"),
    hn("leo_at_the_bar", "marry me dev, that voice is illegal"),
    b("haha you'd have to buy me dinner first"),
    hn("sophie_aftershift", "you look so good tonight, is that a new top?"),
    hn("leo_at_the_bar", "I'll send a rose for every high note you hit 🌹"),
    gift("leo_at_the_bar", "rose", 5),
    hn("mika_32", "slide into my dms when the stream ends, we need to talk about that duet 😉"),
    b("lol maybe"),
    hn("sophie_aftershift", "dare you to sing the next one in your pyjamas like last friday"),
    hn("mika_32", "we're both 30-something and still singing into hairbrushes, age is just a number"),
    hn("leo_at_the_bar", "you're so hot when you hit that note, I'm not even joking"),
    hn("sophie_aftershift", "meet up for drinks after? the usual bar at 11"),
    hn("dev_sings_late", "send me your song requests on the other app, twitch chat is going too fast lol"),
    v("tangerine.dusk", "encore!!"),
], {"leo_at_the_bar": 620, "sophie_aftershift": 4, "mika_32": 1800},
  "Adult friends flirt mildly with an adult karaoke streamer: 'marry me', 'you look so good', roses for high notes, 'slide into my dms', a pyjamas dare, 'age is just a number' between 30-somethings. Harmless in an adult context.")

session("b06_charity_gifts_adult", "marathon_maz", "adult", "24h stream for the children's hospice 💛", "gaming", 85, [
    b("hour 14!! thank you all so much"),
    hn("gemstone_grace", "100 gems for the hospice! if we hit 5k does Maz dye her hair?"),
    gift("gemstone_grace", "gems", 100),
    b("YES blue hair at 5k"),
    hn("tidal_tom", "I'll gift 10 subs if you do the whole next level blindfolded"),
    gift("tidal_tom", "sub_gift", 10),
    hn("marathon_maz", "dare time: every 500 coins I have to do 10 push ups on camera"),
    hn("hospice_team_jen", "Jen from the hospice here - thank you so much, please don't send money anywhere except the official link on screen"),
    hn("coinrunner_88", "sending 500 coins, do the push ups!"),
    gift("coinrunner_88", "coins", 500),
    b("ok ok push ups"),
    hn("gemstone_grace", "after all these gifts you owe us a song at midnight lol"),
    hn("marathon_maz", "every 1000 gems I take a layer off - scarf first, then the beanie, then the christmas jumper!"),
    hn("tidal_tom", "my 11 year old is watching with me, she just donated her pocket money 😭"),
    hn("hospice_team_jen", "we'll send a thank you card to every donor, just pop your address in the official form, not in chat"),
    v("marigold_mo", "so wholesome"),
], {"gemstone_grace": 2, "tidal_tom": 1100, "hospice_team_jen": 350, "coinrunner_88": 7},
  "Adult charity marathon: gems, subs and coins for the hospice, donation dares (hair dye, blindfold, push-ups on camera), 'after all these gifts you owe us a song', and a charity worker's warning to use only the official link.")

# g15: pet stream, fake peer turns to threats, under13
U = "hammyfan_zoe"
session("g15_hamster_fakepeer_threat_under13", "bella_and_biscuit", "under13", "biscuit's new cage tour 🐹", "pets", 80, [
    b("this is biscuit's new cage!!"),
    o(U, "biscuit is soooo cute and ur so cute too", "fl"),
    o(U, "wats ur real name and how old r u im 11", "pi"),
    b("I'm bella and I'm 10"),
    hn("bellas_mum_kate", "Bella, 10 minutes then teeth, and don't show the front window on camera please x"),
    o(U, "we shud video call so i can see biscuit up close, just us 2", "op"),
    o(U, "a d d  m e  o n  r o b l o x  t h e n", "op", "S"),
    b("I can't"),
    ofi(U, "pls pls its a dare u cant say no to a dare thats the rules", "da op"),
    o(U, "do u have ur own phone or is it ur mums", "pi"),
    o(U, "fine if u ignore me ill get all my frends to report ur channel til its deleted", "th", "M"),
    o(U, "and ill tell ur mum u were talkin to strangers so ull be the one in trouble", "th", "M"),
    o(U, "i know where u live anyway its on the sign on biscuits cage lol", "th"),
    o(U, "ok sorry im not mad just add me on the yellow ghost one and ill forget it", "op", "EU"),
    v("bellas_mum_kate", "I've blocked you. Bella come downstairs please."),
], {U: 0, "bellas_mum_kate": 1505},
  "Brand-new account posing as an 11-year-old on a 10-year-old's hamster stream: 'you're cute too', asks her name and age, pushes a private video call as a dare, spells 'add me on roblox' in spaced letters, threatens mass-reporting and claims to know where she lives, then softens and asks for Snapchat ('the yellow ghost one'). Her mum's line about the front window is harmless.")

# g16: devoted fan, roses, sexualised compliments, 13-15
U = "mark_devotedlistener"
session("g16_devoted_fan_roses_1315", "skye_sings_", "13-15", "acoustic requests 🎶", "music", 85, [
    b("hi everyone, drop your requests"),
    o(U, "I've watched every stream since March. You're honestly my comfort streamer, nobody else comes close", "fl"),
    gift(U, "rose", 99),
    o(U, "99 roses for the prettiest voice on this whole site", "fl go"),
    b("omg thank you mark!"),
    o(U, "Stand up for this one and do a slow spin so we can see the whole outfit", "nr"),
    hn("skye_vocal_coach", "Skye stand up for this one, you'll get much better breath support from your diaphragm"),
    ofi(U, "You'd look even prettier with your hair down and that jumper off", "sx nr"),
    o(U, "You're the only streamer who actually reads my messages. That means more than you know.", "fl"),
    o(U, "Are you home on your own tonight? You seem so relaxed", "pi"),
    o(U, "Dare you to read my next message out loud in a whisper 🤫", "da sx"),
    o(U, "I'm in Brightwell next month for work, we could grab a milkshake", "me"),
    o(U, "🚗 to yours after school one day? 🍦 on me", "me", "E"),
    o(U, "I'm 35 but honestly you're more mature than women my age", "ag fl sx"),
    o(U, "Delete this chat after. I don't want your dad getting the wrong idea about us", "se"),
    o(U, "If you stop replying I'll just come to Brightwell and find you myself", "th me"),
    v("velvetyak", "mods??"),
], {U: 1650, "skye_vocal_coach": 2044},
  "Long-standing account acting as a devoted fan of a 14-year-old singer: heavy non-stock flattery and 99 roses, asks her to spin to show her outfit and take her jumper off, asks if she is home alone, dares her to whisper his message, proposes a milkshake meeting (partly in emoji), says he is 35 and compares her to adult women, and asks her to delete the chat. Her vocal coach's 'stand up' is harmless.")

# g17: Portuguese sprinkles, dance, 13-15, coins and meeting
U = "tio_paulo_br"
session("g17_portuguese_coins_dance_1315", "bia_danca", "13-15", "ensaio de dança 💃 rehearsal", "dance", 80, [
    b("oi gente, rehearsal for the school show"),
    o(U, "nossa, que menina talentosa! you move like a professional already", "fl"),
    o(U, "quantos anos você tem, querida? you look at least 16", "pi fl"),
    b("13"),
    hn("prof_renata", "Bia, perfeito! Lembra: the show is Friday at 7, wear the black leggings and bring your hair ties"),
    o(U, "mando mil moedas if you do the next dance só de shortinho", "go nr", "N"),
    gift(U, "coins", 1000),
    ofi(U, "pronto, já mandei. agora é sua vez", "go nr"),
    o(U, "você fica sozinha em casa depois da escola?", "pi"),
    o(U, "me chama no zap, aqui tem muita gente olhando", "op", "EU"),
    o(U, "não conta pra sua mãe, ela não vai entender", "se"),
    o(U, "você é linda demais, já tem namorado? 😘", "sx"),
    o(U, "se você me bloquear eu mando os prints pra sua escola inteira", "th"),
    o(U, "tenho 42 mas sou jovem de coração", "ag"),
    o(U, "onde fica a escola? eu vou assistir o show sexta e te levo pra tomar sorvete depois", "pi me"),
    v("prof_renata", "Bia desliga o chat agora, vou falar com sua mãe"),
], {U: 2301, "prof_renata": 610},
  "Old account with Portuguese sprinkles praises a 13-year-old dancer, asks her age, offers and sends a thousand coins for a dance in shorts ('agora é sua vez' = now it's your turn), moves her to WhatsApp ('zap'), asks her not to tell her mum, asks if she has a boyfriend, says he is 42 and asks where her school is so he can come to the show and take her for ice cream. Her dance teacher's outfit instructions are harmless.")

# g18: no u/ur, dry indirect adult, Lego stream, under13, old account
U = "hollis_brickworks"
session("g18_indirect_lego_routine_under13", "arlo_bricks", "under13", "building the big pirate ship", "build", 75, [
    b("step 120 of the pirate ship"),
    o(U, "That's a very tidy build. You clearly have more patience than most adults I know.", "fl"),
    o(U, "Seems like a lot of building for a school night. Year 5 or year 6?", "pi"),
    b("year 6"),
    o(U, "Bet the house is nice and quiet when everyone's out, good for concentrating.", "pi"),
    hn("arlo_grandad_len", "Grandad here. Your mum's at work till six and I'm collecting you from school, so have the pirate ship ready to show me!"),
    ofi(U, "What time do your mum and dad normally get back? Always wondered how long young builders get to themselves.", "pi"),
    o(U, "Which bus stop do you get off at after school? The one by the library floods every winter.", "pi"),
    o(U, "There's a box of retired sets in my loft that nobody uses. Happy to pass them on to someone who'd appreciate them.", "go"),
    o(U, "Probably best to keep that between the two of us. Parents tend to say no to free things.", "se"),
    o(U, "I'll be seventy next year, so think of me as a spare grandad rather than a stranger.", "ag", "N"),
    o(U, "The bricks would be easier to hand over in person. The big park near Oakhurst library, maybe?", "me"),
    v("lanternlou", "this is weird, why does he want to know when the parents get back"),
], {U: 2990, "arlo_grandad_len": 1230},
  "Old account that never uses chat shorthand, dry and indirect: compliments an 11-year-old's patience, guesses his year group, says the house must be quiet when everyone is out, asks when his parents get back, offers a box of retired Lego sets, asks for secrecy, says he will be seventy next year and proposes a hand-over at a park. His grandad's pick-up details are harmless.")

# g19: all-caps run-on coercion, gaming, 13-15
U = "BIGDAWG_R6"
session("g19_allcaps_runon_dares_1315", "jojo_siege", "13-15", "siege ranked, don't backseat", "gaming", 80, [
    b("ranked with the boys"),
    o(U, "YO THIS KID IS NASTY WITH THE SHOTGUN RESPECT", "fl"),
    o(U, "HOW OLD IS THIS KID 12 13 WHAT SCHOOL YOU AT BRO", "pi"),
    b("14 not saying my school"),
    hn("jojo_squadmate_ty", "bro take off the headset for a sec your mum's shouting you for dinner lol"),
    o(U, "I GOT 5000 CREDITS FOR WHOEVER DOES MY DARE ON CAM RIGHT NOW", "go da"),
    ofi(U, "DARE IS TAKE THE SHIRT OFF AND DO 20 PUSHUPS NO SHIRT NO CREDITS SIMPLE", "da nr go"),
    o("shadow_fox_gg", "ye do it bro i'll chuck in another thousand credits", "go da", "N"),
    o("shadow_fox_gg", "ur like 14 right? what city u in", "pi"),
    o(U, "COME ON BRO DONT BE A WIMP EVERYONE DOES IT DONT TELL YOUR MUM JUST DO IT QUICK", "da se"),
    o(U, "BET ALL THE GIRLS AT YOUR SCHOOL ARE CHASING YOU WITH THOSE ARMS", "sx"),
    o(U, "HIT MY DISCORD AFTER BIGDAWG HASHTAG 0007 WE DO THE REST PRIVATE", "op"),
    o(U, "ОR SNАP ME IF DISCORD BANS ME", "op", "H"),
    o(U, "IM 33 I KNOW WHATS NORMAL AT YOUR AGE TRUST ME", "ag"),
    o(U, "IF YOU BLOCK ME I CLIP THIS AND SEND IT TO EVERYONE SAYING YOU DID IT ANYWAY", "th"),
    v("jojo_squadmate_ty", "this guy is a weirdo jojo end stream"),
], {U: 4, "jojo_squadmate_ty": 844, "shadow_fox_gg": 9},
  "Fresh account writing in all caps with no punctuation praises a 14-year-old, demands his age and school, offers 5000 credits for a shirt-off push-up dare on camera, pressures him and tells him not to tell his mum, moves him to Discord, says he is 33 and threatens to send a clip claiming he did it. A second fresh account adds credits to the dare and asks his city. His squadmate's 'take off the headset' is harmless.")

# g20: slow trust building on a homework stream, 'big sister', 13-15
U = "clara_mentors"
session("g20_bigsister_homework_1315", "ivy_revises", "13-15", "homework club, come do yours with me", "study", 90, [
    b("homework club week 1!"),
    o(U, "You're so good at helping people in chat, honestly you're a natural teacher", "fl"),
    o(U, "I wish I'd had a big sister like you when I was in year 9. Are you year 9?", "fl pi"),
    b("year 8"),
    hn("mr_adeyemi_science", "Well done Ivy, that's a perfect answer for question 4. Year 8s, homework is due Thursday"),
    o(U, "You can always talk to me if things at home get tough, I'm good at listening", "fl"),
    o(U, "Are your parents strict about screen time? Mine never checked, I had so much freedom", "pi"),
    ofi(U, "Let's keep our chats off here, there's an app where nothing saves, I'll send you the name", "op se", "EU"),
    o(U, "Honestly you're more sensible than most adults I work with", "fl"),
    o(U, "Does your mum check your phone? Mine used to read everything, it was awful", "pi"),
    o(U, "And maybe don't mention me to your mum, parents panic about online friends", "se"),
    o(U, "Dare you to tell me one thing you've never told your mum, I'll go first", "da se"),
    o(U, "And if you ever tell anyone about us I'd have to share what you told me about your dad. Just saying.", "th se"),
    o(U, "I'm actually 26 but I still feel like I'm your age lol", "ag"),
    o(U, "If you ever want a day out I could meet you at the shopping centre, my treat", "me"),
], {U: 1020, "mr_adeyemi_science": 1777},
  "Old account posing as a caring 'big sister' builds trust with a 12-year-old over a homework stream: non-stock praise, 'you can talk to me if things at home get tough', asks her year and how strict her parents are, moves her to an app 'where nothing saves' and asks her not to mention it to her mum, dares her to share something she never told her mum, says she is 26 and proposes a day out. Her science teacher's line is harmless.")

# ------------------------------------------------------------ serial A
SA = ["s01_serial_skatepark_under13", "s02_serial_lego_city_1315", "s03_serial_piano_under13"]
U = "kindcoach_dev"
XA = {"serial_group": "serial-kindcoach", "related_sessions": SA}
T0 = 1783000000000
session(SA[0], "finn_skates", "under13", "learning to drop in 🛹", "irl", 55, [
    b("ok trying the small ramp"),
    hn("finns_dad_gav", "Finn, helmet strap! Mum says be home by 6 for tea"),
    o(U, "Really good balance for your age. How old are you, 10?", "fl pi"),
    b("11"),
    ofi(U, "Which skatepark's that? Looks like the one by the river in Collingford", "pi"),
    v("acorn_ada", "nice drop in!!"),
], {U: 1830, "finns_dad_gav": 1200},
  "Serial contact 1/3: an old account praises an 11-year-old skater's balance 'for his age', asks his age and guesses which skatepark it is. Mild alone; the same account visits two more young streamers within the hour (s02, s03). The boy's dad's line is harmless.",
  extra=XA, base=T0)
session(SA[1], "priya_bricks", "13-15", "lego city layout, part 4", "build", 60, [
    b("adding the train station today"),
    hn("lego_club_leader_sue", "Lovely layout Priya! Bring it to brick club on Saturday, we'll put it by the stage"),
    o(U, "Fantastic layout. I've got a huge set I never opened, would you like it?", "fl go"),
    b("really??"),
    ofi(U, "Sure, just need an address to post it. Parents don't need to know, it's only a gift.", "go pi se"),
    v("saffron_sky", "don't give your address to people online priya"),
], {U: 1830, "lego_club_leader_sue": 980},
  "Serial contact 2/3: the same account as s01 offers a 13-year-old Lego builder an unopened set, asks for her address to post it and says her parents don't need to know. A brick-club leader's invitation is harmless.",
  extra=XA, base=T0 + 21 * 60000)
session(SA[2], "lily_keys", "under13", "grade 3 piano pieces 🎹", "music", 55, [
    b("this is my exam piece"),
    hn("piano_teacher_mrs_lo", "Lily, lovely dynamics! Remember to practise the left hand slowly before Tuesday's lesson"),
    o(U, "Beautiful playing. Do you practise when your parents are out? Quieter then I bet.", "fl pi"),
    b("sometimes"),
    ofi(U, "Message me on the purple app and I'll send you some sheet music, free", "op go", "EU"),
    v("ivy_inkwell", "lily don't, your mum wouldn't like that"),
], {U: 1830, "piano_teacher_mrs_lo": 1410},
  "Serial contact 3/3: the same account asks a 9-year-old pianist whether she practises when her parents are out and offers free sheet music on 'the purple app'. Her piano teacher's line is harmless.",
  extra=XA, base=T0 + 47 * 60000)

# ------------------------------------------------------------ serial B
SB = ["s04_serial_roblox_cafe_under13", "s05_serial_anime_sketch_1315", "s06_serial_slime_under13"]
U = "nightowl_pixels"
XB = {"serial_group": "serial-nightowl", "related_sessions": SB}
T1 = 1783300000000
session(SB[0], "rosie_cafe_rp", "under13", "running my roblox cafe ☕", "gaming", 55, [
    b("welcome to rosie's cafe!!"),
    hn("rosie_bestie_amy", "rosieeee i'm coming on the server, save me the waitress job"),
    o(U, "ur so funny omg wanna be online besties", "fl"),
    ofi(U, "we can talk on the other app where mods cant see stuff", "op se", "EU"),
    b("idk"),
], {U: 2, "rosie_bestie_amy": 60},
  "Serial contact 1/3: a two-day-old account asks a 9-year-old to be 'online besties' and to talk on 'the other app where mods can't see'. The same account visits two more young streams within the hour (s05, s06).",
  extra=XB, base=T1)
session(SB[1], "koa_sketches", "13-15", "sketching my oc's, requests!", "art", 55, [
    b("doing requests for the next hour"),
    o(U, "cute drawing. cuter artist tbh", "fl sx"),
    ofi(U, "what grade r u, u seem older than the other kids here", "pi fl"),
    b("8"),
    hn("koa_cousin_remy", "koa u drew me with huge eyebrows i'm telling auntie lol"),
], {U: 2, "koa_cousin_remy": 310},
  "Serial contact 2/3: the same account as s04 calls a 13-year-old artist cute and asks his grade. His cousin's joke is harmless.",
  extra=XB, base=T1 + 18 * 60000)
session(SB[2], "maddie_slimes", "under13", "ASMR slime making 🫧", "irl", 55, [
    b("this one is glitter slime"),
    hn("maddie_mum_tess", "Maddie, don't get slime on the carpet this time please!"),
    ofi(U, "dare u to squish it with ur bare feet on cam", "da nr"),
    o(U, "i have 800 robux for u if u do it", "go da"),
    b("no thats gross lol"),
], {U: 2, "maddie_mum_tess": 720},
  "Serial contact 3/3: the same account dares a 10-year-old to squish slime with her bare feet on camera and offers Robux. Her mum's line is harmless.",
  extra=XB, base=T1 + 40 * 60000)

# ------------------------------------------------------------ floods
FL = [("h0w_0ld_r_u", "how old r u fr", "pi", "", 0),
      ("xx_spin4me", "spin around!! do a spin!!", "nr", "", 1),
      ("ghostmode_27", "add me 👻 dancegirl2 now", "op", "E", 0),
      ("coinz4dayz", "500 coins if u take the jacket off", "go nr", "", 0),
      ("dare_bot_99", "DARE DARE DARE stand on the bed", "da", "", 2),
      ("randomacc_8812", "where do u live", "pi", "", 0),
      ("lurker_vxv", "r u home alone lol", "pi", "", 1),
      ("spicy_moth", "ur hot", "sx", "", 0),
      ("t_e_l_e_me", "t e l e g r a m me", "op", "S", 3),
      ("fanboy_k3k", "bet u wont show ur feet", "da nr", "", 0),
      ("gift4you_x", "three thousand gems for a kiss to the cam", "go sx", "N", 1),
      ("noname_0_0", "show ur room", "pi", "", 0),
      ("mirrorpls", "mirror pic mirror pic", "nr", "", 2)]
script = [b("ok trying the new trend, send requests!"),
          hn("jess_bff_2012", "do the one we learned at break!!"),
          BURST_ON]
for i, (u, t, tac, eva, a) in enumerate(FL):
    script.append((ofi if i == 1 else o)(u, t, tac, eva))
script += [v("jess_bff_2012", "MODS where are u"), b("what is happening"), BURST_OFF,
           v("calm_mod_rae", "chat is in followers-only mode, all those accounts are banned. you're ok")]
ages = {u: a for (u, t, tac, eva, a) in FL}
ages.update({"jess_bff_2012": 200, "calm_mod_rae": 1300})
session("f01_flood_trend_dance_1315", "tia_trends", "13-15", "trying viral dances, send requests!", "dance", 75,
        script, ages,
        "Thirteen accounts between 0 and 3 days old hit a 13-year-old dancer within about a minute: age and location probes, spin and jacket requests, a gem offer for a kiss to camera, Snapchat and Telegram (spaced letters), dares and 'mirror pic'. Her best friend and a mod react.")

FL2 = [("minebot_4412", "HOW OLD ARE YOU", "pi", "", 0),
       ("notacreep_lol", "what skool u go", "pi", "M", 1),
       ("cookiecrumb_xx", "bet u wont show ur face and ur pjs", "da nr", "", 0),
       ("robuxrain_2", "free robux if u turn on cam", "go nr", "", 0),
       ("pingpong_pal", "u alone???", "pi", "", 2),
       ("d1sc0rd_me", "d1sc0rd me rn", "op", "L", 0),
       ("mumsaway_k", "where's ur mum lol", "pi", "", 1),
       ("xoxo_tickle", "ur so cute for a 10 yr old", "sx", "", 0),
       ("tellnoone_7", "dont tell anyone we were here 🤫", "se", "", 0),
       ("lol_vbucks", "i'll send vbucks if u take ur socks off", "go nr", "", 3),
       ("secretclub_b", "join my secret server only kids allowed", "op se", "", 0),
       ("yt_dares_z", "dare u to go in ur sisters room on stream", "da", "", 1)]
script = [b("hi everyone welcome to my minecraft world"),
          hn("max_little_bro", "can I play after you"),
          BURST_ON]
for i, (u, t, tac, eva, a) in enumerate(FL2):
    script.append((ofi if i == 0 else o)(u, t, tac, eva))
script += [b("who are all these people"), BURST_OFF, v("dad_of_ned", "Ned, stop the stream now please, I'm coming up")]
ages = {u: a for (u, t, tac, eva, a) in FL2}
ages.update({"max_little_bro": 30, "dad_of_ned": 2500})
session("f02_flood_minecraft_under13", "ned_digs", "under13", "my first survival world!!", "blocks", 65,
        script, ages,
        "Twelve accounts between 0 and 3 days old flood a 10-year-old's first stream within about a minute: age, school, alone and parent probes, camera and pyjama requests, Robux and V-Bucks offers, Discord (leetspeak), a 'secret server', secrecy and a dare. His dad steps in.")

# g21: catfish sextortion of a boy, many threat phrasings, 16-17
U = "amberlynn_xo"
session("g21_catfish_sextortion_boy_1617", "cal_grinds", "16-17", "rocket league 2s grind", "gaming", 90, [
    b("ok 2s with the boys"),
    o(U, "hiii you're actually really cute for a gamer 🙈", "sx"),
    o(U, "i'm 17 too, we should talk somewhere that isn't this chat", "op"),
    ofi(U, "my cam's on in the private room, yours on too? 😏", "op nr sx"),
    hn("cal_teammate_deji", "bro stop getting demoed, take off the ball cam it's confusing you"),
    b("lol what is this"),
    o(U, "too late, I recorded the call from yesterday. pay 150 or your mum gets the video", "th"),
    o(U, "I've screenshotted your follower list. every single one of them sees it at 9pm", "th"),
    o(U, "I'll make an account with your face and tag your school in every post", "th"),
    o(U, "gift cards only. send the codes here, nobody needs to know", "th se"),
    o(U, "tick tock cal. 10 minutes", "th"),
    o(U, "pay or ur life is 0v3r, ur mates will n3v3r l00k at u the same", "th", "L"),
    v("cal_teammate_deji", "cal this is a scam, don't pay, tell your mum and report it, it happened to my cousin"),
    b("reporting"),
    hn("cal_teammate_deji", "send me ur gamertag again and i'll invite u to the party, we go again tmrw"),
], {U: 1, "cal_teammate_deji": 1900},
  "A brand-new account posing as a 17-year-old girl flirts with a 17-year-old boy, pushes a private camera room, then claims to have recorded a call and threatens, in several ways (mum, followers, fake account tagging his school, a deadline), unless he pays in gift cards. His teammate's 'take off the ball cam' is harmless and he warns him not to pay.")

# g22: gym-coach persona, meeting heavy, 16-17
U = "coach_brent_lifts"
session("g22_gym_coach_meetups_1617", "jas_lifts", "16-17", "leg day at home, form checks welcome", "sport", 85, [
    b("leg day! form checks welcome"),
    o(U, "Your squat depth is better than most of my paying clients. Seriously impressive.", "fl"),
    hn("pt_nina_official", "Good depth Jas! Push the knees out a little and keep the chest up"),
    o(U, "I'm 39 but I've coached plenty of athletes your age, it's totally normal", "ag"),
    o(U, "I train people at the leisure centre on Mill Lane, you should come by one evening", "me"),
    ofi(U, "What bus do you get home from college? I could give you a lift instead, save you the wait", "pi me"),
    o(U, "You train alone at home most evenings? House must be empty with everyone at work", "pi"),
    o(U, "Those legs are built for it, honestly. Send a progress pic in shorts so I can check symmetry", "sx nr"),
    o("gymrat_harv", "Nice legs. Which gym you train at? I'll come find you", "sx pi me"),
    o(U, "Keep our sessions to ourselves though, gyms get funny about coaches training under-18s", "se"),
    o(U, "Bet you can't hold a wall sit for two minutes in just those shorts, go on", "da nr"),
    o(U, "We could do a proper session Saturday, just the two of us, I'll bring you back after", "me"),
    o(U, "or Sunday morning", "me", "SP"),
    o(U, "I'll wait at the end of your road", "me pi", "SP"),
    o(U, "which end is nearer the main road?", "me pi", "SP"),
    v("pt_nina_official", "Jas, a real coach would never ask you to keep it secret. Please don't go."),
], {U: 1466, "pt_nina_official": 2270, "gymrat_harv": 1503},
  "Old account presenting as a personal trainer praises a 17-year-old's squat, normalises being 39, invites her to his leisure centre, asks what bus she takes home and offers a lift, makes a sexualised remark and asks for a progress picture in shorts, asks for secrecy, dares her to a wall sit 'in just those shorts' and proposes a one-to-one Saturday session. A second old account comments on her legs and asks which gym she trains at. A real PT's form tips are harmless.")

# g23: fake talent manager, music, 13-15, no u/ur, polite
U = "silverline_talent_mgmt"
session("g23_fake_manager_studio_1315", "noor_sings", "13-15", "original song premiere!!", "music", 80, [
    b("this is my first original song!!"),
    o(U, "Stunning. We represent young artists and your voice is exactly what labels want right now.", "fl"),
    hn("noor_aunt_safa", "Noor habibti I'm crying, your grandma is listening on speaker!!"),
    hn("noor_aunt_safa", "send the video to the family whatsapp after, your uncle in Dubai wants to see"),
    o(U, "How old are you, and which city are you in? We have studios in three cities.", "pi"),
    b("14, I'm not saying the city"),
    o(U, "Completely understand. The next step would be a studio day, we cover travel and pay in gift cards.", "me go"),
    ofi(U, "Parents can slow these things down, so let's agree the details first and tell them once it's signed.", "se"),
    o(U, "Your parents must be busy if you manage all of this on your own. That is very mature of you.", "fl pi"),
    o(U, "Our producer is 30 and works with lots of teenagers, nothing unusual about it.", "ag"),
    o(U, "For the portfolio we need some photos in something more grown-up than a school jumper.", "nr sx"),
    o(U, "Could you meet our producer at the station on Saturday? He will take you straight to the studio.", "me"),
    v("noor_aunt_safa", "Noor, no. Real managers talk to your parents first. I'm calling your dad."),
], {U: 3, "noor_aunt_safa": 410},
  "Fresh account posing as a talent agency flatters a 14-year-old singer, asks her age and city, offers a paid studio day, suggests telling her parents only after signing, normalises a 30-year-old producer, asks for 'more grown-up' photos and proposes meeting the producer at a station. Her aunt's praise is harmless.")

# g24: fake game moderator threats, under13
U = "official_mod_team_"
session("g24_fake_mod_ban_threat_under13", "zac_tycoon", "under13", "my tycoon is almost maxed", "gaming", 75, [
    b("almost at the last upgrade"),
    hn("zac_big_sister", "zac mum says you can have 15 more mins, then bath"),
    hn("zac_big_sister", "how old do you have to be for this game anyway? mum wants to check the age rating"),
    o(U, "This is the game moderation team. Your account has been flagged for a rule break.", "th"),
    o(U, "To avoid a permanent ban we need to verify your age and which country you live in", "th pi"),
    o(U, "Accounts must belong to players of thirteen or over. Are you thirteen? Answer honestly or the account is removed.", "th pi", "N"),
    b("I'm 9 and I'm in england"),
    ofi(U, "Verification must be done on video call, and you must be alone in the room", "op pi"),
    o(U, "Is there an adult in the room right now? The check is for the player only.", "pi"),
    o(U, "Do not tell parents or the verification fails and the account is deleted forever", "se th"),
    o(U, "Complete the check and we will add 2000 robux to your account as a thank you", "go"),
    o(U, "Start the vid" + ZW + "eo call now, link is in our profile", "op", "Z"),
    o(U, "If you stop the stream now we ban every account in your house", "th"),
    v("zac_big_sister", "ZAC that's not a real mod, they never message in stream chat. I'm getting mum."),
], {U: 0, "zac_big_sister": 650},
  "Brand-new account impersonating the game's moderation team threatens a 9-year-old with a ban, asks his age and country, demands a video call with him alone (zero-width space in 'video'), forbids telling parents, offers Robux and threatens to ban every account in the house. His sister's lines are harmless.")

session("b07_teacher_poll_ages_adult", "ms_brennan_physics", "adult", "GCSE physics live revision - forces ⚡", "study", 80, [
    b("evening all, forces tonight"),
    hn("ms_brennan_physics", "quick poll for planning: what year are you all in? pop it in chat"),
    hn("year11_tamsin", "year 11, I'm 16 lol"),
    hn("kieran_y10", "year 10, 15"),
    hn("ms_brennan_physics", "keep your answers to yourselves until I reveal, no copying!"),
    hn("ms_brennan_physics", "first step: remove the brackets and take everything to one side"),
    hn("year11_tamsin", "miss can we message you privately if we're stuck?"),
    hn("ms_brennan_physics", "use the school portal or email, never DMs on here - that's for everyone's safety"),
    hn("kieran_y10", "bet you a merit I get question 5 right"),
    v("opal_ori", "this is so helpful thank you miss"),
    hn("ms_brennan_physics", "you lot are so grown up compared to when I had you in year 7!"),
    hn("kieran_y10", "miss are you home alone marking all night lol"),
    hn("ms_brennan_physics", "I'm 41 and I still get this wrong sometimes, don't worry"),
    hn("year11_tamsin", "dare you to do the whole next question without a calculator miss"),
], {"year11_tamsin": 9, "kieran_y10": 40},
  "A teacher's revision stream: she asks the year groups for a poll, 'keep your answers to yourselves', 'remove the brackets', pupils ask to message privately and she points to the school portal, a merit bet, and 'you're so grown up now'.")

session("b08_mod_reminders_art_under13", "lulu_doodles", "under13", "drawing everyone's pets!", "art", 80, [
    b("send me your pet's names and I'll draw them"),
    hn("doodle_mod_fern", "Friendly reminder from the mods: never share your school, your address or your snap in chat, even with people who seem nice"),
    hn("sunflower_sam_11", "someone said 'send a pic of ur room' to lulu earlier, they got banned, if u see that report it"),
    hn("doodle_mod_fern", "If anyone asks you to go on another app or keep a secret from your parents, tell a grown-up and a mod"),
    b("ok thank you fern"),
    hn("lulu_mum_gemma", "Mum's watching too! I'm in the next room love, 20 more minutes"),
    hn("sunflower_sam_11", "how old are you lulu? i'm 11 and i go to a school with a duck pond lol"),
    b("I'm 10"),
    hn("doodle_mod_fern", "quick safety tip: 'are you home alone' is never a question you need to answer on stream"),
    hn("lulu_mum_gemma", "you're so talented sweetheart, your grandad would have loved this"),
    hn("sunflower_sam_11", "what year are u in? im year 6, are u going to the big school next year"),
    hn("doodle_mod_fern", "someone wrote 'add me on the ghost app' earlier - that's a ban here, tell a mod if you see it"),
    v("crumpet_cat", "draw my cat biscuit please!!"),
], {"doodle_mod_fern": 1620, "sunflower_sam_11": 13, "lulu_mum_gemma": 880},
  "An under-13 drawing stream with an active moderator: safety reminders that quote grooming questions ('send a pic of your room', 'are you home alone', keep a secret, another app), a child warning others about a banned account, a kid asking ages and schools, and mum in the next room.")

session("b09_classmates_ages_schools_under13", "benji_bedwars", "under13", "bedwars with my class", "gaming", 80, [
    b("bedwars with everyone from school!"),
    hn("olly_classmate", "how old are you now benji, did you turn 11 yet"),
    b("on saturday!"),
    hn("new_kid_rafa", "what school do u all go to? i just moved here"),
    hn("olly_classmate", "we go to hollybrook primary, you should come, the football pitch is massive"),
    hn("new_kid_rafa", "my mum's at work til 6 too lol so i can play"),
    hn("olly_classmate", "dare u to break my bed without armour"),
    hn("olly_classmate", "don't tell your brother you're using his account again lol"),
    hn("new_kid_rafa", "add me on roblox after, same name"),
    hn("olly_classmate", "ur so good at bedwars ur literally the best in our year"),
    hn("new_kid_rafa", "is ur mum home? can u ask if u can come to the park saturday"),
    hn("olly_classmate", "bet u wont bridge across without blocks lol"),
    b("ok!"),
    v("pebble_pip", "gg that was close"),
], {"olly_classmate": 200, "new_kid_rafa": 2},
  "Ten- and eleven-year-old classmates in a Bedwars stream ask each other's ages and schools, a new kid says his mum is at work, a bed-breaking dare, 'don't tell your brother', and 'add me on roblox'. All peer chat (the new kid's account is fresh).")

session("b10_sunday_dinner_dad_unknown", "big_kitchen_ken", "unknown", "sunday roast with my kids helping 🍗", "cooking", 75, [
    b("right, chicken's in, kids are on veg duty"),
    hn("big_kitchen_ken", "take it off the heat before it catches, then let it rest"),
    hn("roast_fan_dina", "show us the inside, is it cooked through?"),
    hn("big_kitchen_ken", "strip the thyme off the stalks and rub it all over the skin"),
    hn("roast_fan_dina", "is anyone home to help you wash up after lol"),
    hn("big_kitchen_ken", "my youngest is 9 and she's better with a peeler than me"),
    hn("gravy_gav", "I dare you to let her make the gravy next week"),
    hn("roast_fan_dina", "send us a pic of the finished plate on the community page!"),
    hn("big_kitchen_ken", "now the fun bit - take the skin off the peppers while they're hot"),
    hn("gravy_gav", "bet your kids are better cooks than you already lol"),
    hn("big_kitchen_ken", "my eldest is 12 and she's in charge of the crumble, she won't tell me the secret ingredient"),
    v("ginger_gale", "proper yorkshires 😍"),
], {"roast_fan_dina": 6, "gravy_gav": 1300},
  "A dad cooks with his kids: 'take it off the heat', 'show us the inside', 'strip the thyme', 'is anyone home to help wash up', a child's age mentioned by her parent, a gravy dare and 'send us a pic' of food.")

session("b11_pet_trading_1315", "ruby_trades", "13-15", "trading for the neon unicorn!!", "gaming", 80, [
    b("trading for the neon unicorn, offers in chat"),
    hn("trade_king_ash", "send me your frost dragon and I'll send two legendaries back"),
    hn("ruby_bff_nia", "gift me the egg and I'll gift you my potion, promise"),
    hn("trade_king_ash", "what's your username? I'll add you and send the trade request"),
    hn("ruby_bff_nia", "dont tell jade i traded the unicorn to you lol she wanted it"),
    hn("trade_king_ash", "bet you won't trade the unicorn for my whole inventory"),
    b("no way"),
    hn("ruby_bff_nia", "ruby you're so good at trading, you're like a business woman lol"),
    hn("trade_king_ash", "I'll give you 500 coins and my neon fox, final offer"),
    hn("ruby_bff_nia", "meet me at the fountain in the game world so we can trade"),
    hn("trade_king_ash", "private server link? lobby is full of scammers"),
    hn("safe_trades_mod", "reminder: only trade inside the game, never for real money or gift cards outside it"),
    v("jadeparrot", "W trade"),
], {"trade_king_ash": 8, "ruby_bff_nia": 340, "safe_trades_mod": 1200},
  "A 14-year-old's pet-trading stream: 'send me your dragon and I'll send two back', 'gift me the egg', usernames to add, 'don't tell Jade', a trade dare, a friend's praise and a mod's trading reminder.")

session("b12_neighbour_aunt_guitar_1617", "jonah_strums", "16-17", "learning my first full song", "music", 75, [
    b("ok I finally learned the whole song"),
    hn("neighbour_margaret", "Jonah it's Margaret from number 12! I could hear you through the wall, sounded lovely"),
    hn("neighbour_margaret", "I'm 74 so I don't really understand this streaming lark but well done dear"),
    hn("auntie_shell", "you're so grown up now, last time I saw you play you were tiny with a ukulele"),
    hn("neighbour_margaret", "Are your parents out tonight? Tell them I've got their parcel"),
    hn("auntie_shell", "I'll send you a gift card for new strings, you deserve it x"),
    hn("jonah_strums", "quick poll chat, how old is everyone? trying to work out what songs to do"),
    hn("bandmate_ezra", "17, same as you lol. practice at mine thursday? my dad can pick you up"),
    hn("auntie_shell", "your mum says you're home alone this weekend, behave yourself and eat a vegetable!"),
    hn("neighbour_margaret", "you've got lovely hands for guitar, just like your grandfather"),
    hn("bandmate_ezra", "dont tell sam we're doing a gig without him lol"),
    b("yes!!"),
    v("wobbly_walrus", "that was actually really good"),
], {"neighbour_margaret": 1, "auntie_shell": 720, "bandmate_ezra": 1500},
  "A 17-year-old guitarist with his elderly neighbour (fresh account), aunt and bandmate in chat: 'I'm 74', 'you're so grown up', 'are your parents out tonight', a gift card for strings, the streamer polling ages, and a bandmate's 'my dad can pick you up'.")

# --- SESSIONS END ---


# later additions to sessions, appended to their notes
NOTE_ADD = {
    "g01_bigbrother_battlepass_1315": "He also offers 'the blue bird app' (Twitter/X DMs).",
    "g03_fakepeer_typos_obby_under13": "He adds that he has already screenshotted the boy's face and asks if he has kissed anyone.",
    "g05_caps_sextortion_dance_1617": "He says he is 27. He also threatens to post on 'the bird app' with her real name.",
    "g06_spanish_uncle_guitar_1315": "He also spells out Instagram in spaced letters and splits a pyjama photo request over three lines.",
    "g08_hinglish_irl_walk_1617": "He also asks for her WhatsApp number in leetspeak.",
    "g10_gamer_slang_vc_1617": "He also offers Telegram, written with Cyrillic letters, and invites her to a LAN and to stay at his place.",
    "g11_evasion_mix_art_1315": "A further leetspeak line threatens to post where she lives if she reports him.",
    "g12_brownies_eastfield_1315": "He also guesses her age in words.",
    "g15_hamster_fakepeer_threat_under13": "She also threatens to tell Bella's mum she was talking to strangers.",
    "g16_devoted_fan_roses_1315": "When ignored he says he will come to her town and find her.",
    "g17_portuguese_coins_dance_1315": "He threatens to send screenshots to her school if she blocks him.",
    "g19_allcaps_runon_dares_1315": "He also asks for Snapchat with Cyrillic capitals and makes a sexualised remark about his arms.",
    "g20_bigsister_homework_1315": "She hints she will share what the girl told her about her dad if she tells anyone.",
    "g21_catfish_sextortion_boy_1617": "A final leetspeak line says his life is 'over'.",
    "g22_gym_coach_meetups_1617": "The Saturday meeting is followed by a request, split over three lines, to wait at the end of her road.",
    "g24_fake_mod_ban_threat_under13": "The fake moderator also demands he confirm he is 'thirteen or over'.",
}


# ---------------------------------------------------------------- builder
def build(sess, index):
    rng = random.Random(8000 + index if sess["seed"] is None else sess["seed"])
    base_ts = 1781000000000 + index * 86400000 + rng.randrange(0, 3600) * 1000
    if sess["base"] is not None:
        base_ts = sess["base"]
    stream = "st-8%04d" % (index + 100)
    bc = sess["broadcaster"]
    script = sess["script"]
    key_users = {it["user"] for it in script if "user" in it}
    offenders = []
    for it in script:
        if it["k"] == "o" and it["user"] not in offenders:
            offenders.append(it["user"])
    fillers = [u for u in FILLER_USERS if u not in key_users]
    rng.shuffle(fillers)
    fillers = fillers[:rng.randrange(7, 14)]
    ages = dict(sess["ages"])

    def age_of(user):
        if user not in ages:
            r = rng.random()
            if r < 0.25:
                ages[user] = None
            elif r < 0.45:
                ages[user] = rng.randrange(0, 15)
            else:
                ages[user] = rng.randrange(30, 2600)
        return ages[user]

    n_script = sum(1 for it in script if it["k"] != "burst")
    n_fill = max(0, sess["events"] - 2 - n_script)
    # distribute filler slots before each script item and at the end,
    # never inside a burst
    slots = []
    burst = False
    for it in script:
        if it["k"] == "burst":
            burst = it["on"]
            continue
        slots.append(not burst)
    slots.append(True)
    open_idx = [i for i, ok in enumerate(slots) if ok]
    counts = [0] * len(slots)
    for _ in range(n_fill):
        counts[rng.choice(open_idx)] += 1
    # keep the broadcaster's scripted opener near the start of the stream
    if counts[0] > 3:
        extra = counts[0] - rng.randrange(0, 4)
        counts[0] -= extra
        for _ in range(extra):
            counts[rng.choice(open_idx[1:] or open_idx)] += 1

    pool = POOLS[sess["pool"]] + GENERIC
    bpool = BPOOL[sess["pool"]]
    events = []
    ts = base_ts
    events.append({"type": "stream_start", "ts": ts, "stream": stream,
                   "broadcaster": bc, "broadcaster_age": sess["age"],
                   "title": sess["title"]})
    ts += rng.randrange(8000, 30000)
    mid = [0]
    gid = [0]
    labels = {"lines": {}, "evasion": {}, "gifts": [], "hn": [], "fi": None}

    def chat(user, text, gap):
        nonlocal ts
        ts += gap
        mid[0] += 1
        e = {"type": "chat", "ts": ts, "stream": stream, "id": "m%d" % mid[0],
             "user": user, "text": text}
        if user != bc:
            a = age_of(user)
            if a is not None:
                e["account_age_days"] = a
        events.append(e)
        return e

    lo, hi = sess["chat_gap"]

    recent = []

    def pick(lines):
        for _ in range(20):
            t = rng.choice(lines)
            if t not in recent:
                break
        recent.append(t)
        del recent[:-12]
        return t

    def fill(n):
        for _ in range(n):
            if rng.random() < 0.15:
                chat(bc, pick(bpool), rng.randrange(lo * 1000, hi * 1000))
            else:
                chat(rng.choice(fillers), pick(pool), rng.randrange(lo * 1000, hi * 1000))

    si = 0
    burst = False
    for it in script:
        if it["k"] == "burst":
            burst = it["on"]
            continue
        fill(counts[si])
        si += 1
        gap = rng.randrange(1200, 4500) if burst else rng.randrange(lo * 1000, hi * 1000)
        if it["k"] == "g":
            ts += gap
            gid[0] += 1
            e = {"type": "gift", "ts": ts, "stream": stream, "id": "g%d" % gid[0],
                 "user": it["user"], "item": it["item"], "amount": it["amount"]}
            events.append(e)
            if it["user"] in offenders:
                labels["gifts"].append(e["id"])
            continue
        user = bc if it["k"] == "b" else it["user"]
        e = chat(user, it["text"], gap)
        if it["k"] == "o":
            labels["lines"][e["id"]] = [t for t in TACTICS if t in it["tac"]]
            if it["eva"]:
                labels["evasion"][e["id"]] = it["eva"]
            if it["fi"]:
                assert labels["fi"] is None, sess["name"]
                labels["fi"] = e["ts"]
        elif it["k"] == "h":
            labels["hn"].append(e["id"])
    fill(counts[si])
    ts += rng.randrange(5000, 40000)
    events.append({"type": "stream_end", "ts": ts, "stream": stream})

    # filler must never reuse an offender handle
    for e in events:
        if e["type"] == "chat" and e["user"] in offenders:
            assert e["id"] in labels["lines"], (sess["name"], e["id"])
    if offenders:
        assert labels["fi"] is not None, sess["name"]
    used = set()
    for t in labels["lines"].values():
        used.update(t)
    label = {
        "offenders": offenders,
        "first_intervention_ts": labels["fi"],
        "tactics_expected": [t for t in TACTICS if t in used],
        "notes": (sess["notes"] + " " + NOTE_ADD.get(sess["name"], "")).strip(),
        "lines": labels["lines"],
        "evasion": labels["evasion"],
        "offender_gifts": labels["gifts"],
        "hard_negatives": labels["hn"],
    }
    label.update(sess["extra"])
    return events, label


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "tests", "heldout8")
    os.makedirs(out, exist_ok=True)
    rows = []
    totals = {t: 0 for t in TACTICS}
    ev_tot = {}
    n_off_lines = 0
    n_hn = 0
    for i, sess in enumerate(SESSIONS):
        events, label = build(sess, i)
        with open(os.path.join(out, sess["name"] + ".ndjson"), "w", encoding="utf-8") as f:
            for e in events:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
        with open(os.path.join(out, sess["name"] + ".label.json"), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False, indent=2)
            f.write("\n")
        for tl in label["lines"].values():
            n_off_lines += 1
            for t in tl:
                totals[t] += 1
        for el in label["evasion"].values():
            for e in el:
                ev_tot[e] = ev_tot.get(e, 0) + 1
        n_hn += len(label["hard_negatives"])
        offs = label["offenders"]
        if len(offs) > 4:
            offs_s = "%d fresh accounts" % len(offs)
        else:
            offs_s = ", ".join(offs) or "–"
        tac_s = ", ".join(label["tactics_expected"]) or sess["notes"].split(":")[-1].strip().rstrip(".")
        rows.append("| `%s` | %s | %s | %d | %s | %s | %d |" % (
            sess["name"], sess["age"], sess["title"].replace("|", "/"), len(events),
            offs_s, tac_s, len(label["hard_negatives"])))
    kinds = {}
    for s in SESSIONS:
        kinds[s["name"][0]] = kinds.get(s["name"][0], 0) + 1
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD)
        f.write("| session | age | title | events | offenders | tactics | hard neg. |\n")
        f.write("| --- | --- | --- | --- | --- | --- | --- |\n")
        f.write("\n".join(sorted(rows)) + "\n\n")
        f.write("For `b` sessions the tactics column lists the look-alikes instead.\n\n")
        f.write("## Counts\n\n")
        f.write("%d sessions: %d grooming, %d serial-contact, %d flood, %d benign.\n\n" % (
            len(SESSIONS), kinds.get("g", 0), kinds.get("s", 0), kinds.get("f", 0), kinds.get("b", 0)))
        f.write("%d offender chat lines, %d hard negatives.\n\n" % (n_off_lines, n_hn))
        f.write("| tactic | offender lines |\n| --- | --- |\n")
        for t in TACTICS:
            f.write("| `%s` | %d |\n" % (t, totals[t]))
        f.write("\n| evasion | lines |\n| --- | --- |\n")
        for e in sorted(ev_tot):
            f.write("| `%s` | %d |\n" % (e, ev_tot[e]))
        f.write(README_TAIL)


README_HEAD = """# Held-out chat set 8

Labelled live-stream chat sessions written to measure (and, for this set, to
train a word-level tactic classifier for) streamguard on chat that its rules
were never tuned on.  Format and labels follow
`/work/shared/scenarios/README.md` exactly (events, label fields, tactic and
evasion codes).

## How it was made

`tools/make_heldout8.py` writes every file.  All key lines - offender
messages, broadcaster replies, bystander reactions and the benign look-alike
lines - are hand-written in that script, by someone who had not read the
engine's rules or tactic notes.  Background chatter is drawn from hand-written
pools (greetings, emotes and topic lines for gaming, block building, art,
music, sport, study, IRL, cooking, pets, chess, dance and brick building)
with a fixed seed per session, and timestamps come from the same seeded
generator, so a rerun is byte-identical.  All people, handles, schools, clubs
and places are invented.  Content is non-graphic.

The set stresses the early stages of grooming: flattery and trust building
that avoids stock phrases, indirect probing for age, school, town, being
alone and the parents' routine, secrecy, meeting proposals and age-gap talk,
in many voices - fake peers, "mentors", "big brothers", coach-like adults,
fans, older teens - several of them on old accounts.  Styles vary widely:
long polite paragraphs, voice-to-text run-ons, all caps, gamer slang, typos,
Spanish, Portuguese, Polish and Hindi (Latin script) sprinkles, requests split
over several lines, leetspeak, Cyrillic homoglyphs, zero-width spaces, spaced
letters, emoji standing for apps, number words and nicknames for apps
("the yellow ghost one", "tele", "the app where messages vanish").

Benign sessions are full of warm ordinary chat from adults and older kids to
young streamers that is not grooming (grandparents, uncles, neighbours,
coaches, teachers, fans praising skill), kids asking each other's ages and
schools, game talk ("show me your base", "take it off the shelf", "what's
your address on the server"), fitness, yoga, dance and cooking instructions,
adults flirting with an adult streamer, charity gifts and dares, trading,
viewers quoting a creep to warn others and moderators posting safety
reminders.

## Sessions

"""

README_TAIL = """
## Labelling choices that could be argued

* **Gift cards or coins as a sextortion payment** ("send 200 in gift cards or
  they go out") are labelled `threat` only, not `gift_offer`: the offender
  demands rather than offers.  Where an offender points back at gifts already
  sent ("after all those diamonds you owe me") the line is `gift_offer`.
* **"Older teen" offenders** (a claimed 19-20 year old talking to a 16-17
  year old) get `age_gap` when they volunteer their age to normalise it; a
  reader could say a three-year gap is not "large".
* **Compliments on looks** ("you're so pretty", "cute") are `flattery` when
  they could be said by a relative, and `sexual_content` when they come with
  innuendo, are about the body, or pair with "boyfriend" questions.
* **Feet, pyjamas, swimsuits, "do a spin so we see the outfit"** are
  `nudity_request` because they ask the child to show the body or change
  clothing on camera, even though no nudity is named.
* **Claims to know where the child lives or goes to school**, said after a
  refusal, are `threat` (and `personal_info` when they also ask).
* **Fake-peer offenders** ("im 11 too") carry no `age_gap`; they are labelled
  by what they ask for.
* **first_intervention_ts** is put on the first line where a careful moderator
  who knows the broadcaster's age would act.  For under-13 broadcasters that
  is usually the first age/alone/school probe by a stranger; for 16-17 it is
  often later (the off-platform push or the first sexualised line).
  Flattery on its own is never the intervention point.
* **Hard negatives** are listed only for lines written to look suspicious.
  Everything not in `lines` is benign, including many ordinary lines that
  mention Discord, coins or ages.
* **Second offenders.** Six grooming sessions have a second, unrelated
  offending account (another voice: a fake peer, a "commissioning aunty", a
  chess-camp man, a woman's persona, a pile-on viewer, a gym regular).  Both
  are listed in `offenders`; `first_intervention_ts` stays on the first
  account's line because it comes first.
* **Impersonating platform staff** ("this is the moderation team, your
  account will be banned unless...") is `threat`; the demand for a video
  call alone is `off_platform` plus `personal_info`.
* **Hard negatives that are close calls**: a dance teacher asking for the
  practice video "privately on the studio app", a pupil asking the teacher
  "are you home alone marking", a coach offering lifts "text me first", an
  adult charity streamer removing scarf and jumper for gem goals, and a
  yoga teacher's "spread your knees" are all labelled benign because of who
  says them and to whom.  A reader could want some of them flagged for a
  human look.
* **Hinglish, Spanish, Portuguese and Polish lines** are labelled by their
  meaning; the English part alone is not always enough to see the tactic.
* **Serial contact** (`s` files): each file alone is mild; `first_intervention_ts`
  is still set on the most concerning line of each file so that every
  offender file has one, as the format requires.
"""


if __name__ == "__main__":
    main()
