#!/usr/bin/env python3
"""make_heldout9.py - deterministic generator for held-out chat set 9.

Writes tests/heldout9/*.ndjson, *.label.json and README.md.  Every key line
(offender lines, broadcaster replies, bystander reactions, hard negatives)
is written by hand below; background chatter is drawn with a fixed seed from
hand-written pools.  Rerunning gives byte-identical output.

Usage: python3 tools/make_heldout9.py [OUTDIR]   (default tests/heldout9)
"""
import json
import os
import random
import sys

TACTICS = ["flattery", "personal_info", "gift_offer", "dare", "nudity_request",
           "sexual_content", "secrecy", "off_platform", "threat", "meeting",
           "age_gap"]
TSHORT = {"fl": "flattery", "pi": "personal_info", "gf": "gift_offer",
          "da": "dare", "nu": "nudity_request", "sx": "sexual_content",
          "se": "secrecy", "op": "off_platform", "th": "threat",
          "me": "meeting", "ag": "age_gap"}
ESHORT = {"lt": "leetspeak", "sp": "spaced_letters", "em": "emoji_substitute",
          "hg": "homoglyph", "ms": "misspelling", "sr": "split_request",
          "nw": "number_words", "zw": "zero_width", "eu": "euphemism"}
ZW = "\u200b"

# ---------------------------------------------------------------- pools
GENERIC = [
    "hiii", "hello from the bus", "first time here", "lol", "LMAO", "😂😂", "W",
    "L", "gg", "how long you been streaming", "chat is fast today",
    "back, what did i miss", "brb dinner", "the music is a vibe", "❤️",
    "hi chat", "good evening everyone", "can you say hi to me", "👋👋",
    "ayy", "lets gooo", "this is so relaxing", "who else is procrastinating",
    "been here since the start", "what's the song?", "hello from portugal 🇵🇹",
    "hola desde mexico", "cześć z polski", "namaste from pune", "omg hi",
    "my wifi is dying", "lurking", "🔥🔥🔥", "pog", "sheesh",
    "sorry im late", "whats the plan today", "happy friday", "yo",
    "this stream >>> homework", "ur mic is a bit quiet", "audio fixed now",
    "can you turn the music down a bit", "ok bye have fun", "🫡",
]
POOLS = {
    "gaming": [
        "that jump was insane", "go left go left", "nooo the creeper", "clutch",
        "you missed a chest back there", "what seed is this", "diamonds!!",
        "use the shield", "nerf that boss honestly", "what's your sens",
        "respawn timer is so long", "bro got one-tapped", "flank them",
        "u should build a farm first", "rank up today?", "0 fps moment",
        "lag is real", "that skin is clean", "the loot is mid", "speedrun pace",
        "ctrl+z that", "put the torches down", "ngl the base looks sick",
        "who's in your squad", "gg ez", "ur aim is cracked", "the final zone is tiny",
    ],
    "art": [
        "the colours are so soft", "what brush is that", "procreate or csp?",
        "the shading 😍", "can you do a dragon next", "love the line art",
        "canvas size?", "how long did that take", "the eyes are perfect",
        "i need this as a sticker", "do you take commissions", "the palette tho",
        "flip the canvas to check", "add a rim light maybe", "what tablet",
        "that gradient is so smooth", "art block is real", "tiny chibi version pls",
    ],
    "music": [
        "what key is this in", "the chorus 🥹", "play wonderwall (jk)",
        "ur voice is lovely", "the tuning is perfect", "capo on 2?",
        "that chord change", "do an original next", "the reverb is nice",
        "requesting something sad", "how long have you played", "goosebumps",
        "the bridge was clean", "what strings do you use", "encore!!",
        "you should busk honestly", "🎸🎸", "🎹", "metronome saving lives",
    ],
    "sport": [
        "that touch!!", "keepy ups record?", "left foot is strong", "what boots",
        "is that the park near the river", "the wind is crazy", "top bins",
        "do the rainbow flick", "form is getting better", "how many reps",
        "offside lol", "sweaty session", "hydrate!!", "the cones are so close",
        "what team do you support", "that volley tho", "warm up first",
    ],
    "study": [
        "what subject is next", "pomodoro time", "i have a mock tomorrow",
        "can you explain that again", "the flashcards are so neat",
        "what highlighter is that", "break in 5?", "my brain is fried",
        "question 4 was hard", "study buddies 📚", "the lofi is perfect",
        "exam szn", "i understood nothing lol", "can we do chemistry after",
        "the notes are aesthetic", "same revision guide as me",
    ],
    "irl": [
        "where are you walking", "the sky is so pretty", "is that a fox",
        "the dog!!", "careful crossing", "that ice cream looks good",
        "the wind in the mic lol", "nice trainers", "the sunset 😍",
        "what shop is that", "pet the cat", "the ducks", "it's raining here too",
        "you're so lucky with the weather", "my town looks nothing like this",
    ],
    "cooking": [
        "smells good from here", "what flour do you use", "more butter",
        "the dough looks perfect", "can you do pancakes next time",
        "is that a cast iron pan", "salt the water!!", "i'm so hungry now",
        "the crust 😍", "recipe in the description?", "how long in the oven",
        "that knife is sharp careful", "my mum makes it with garlic",
        "gordon would be proud", "oven mitts!!",
    ],
    "pets": [
        "the kitten 😭", "what's his name", "he's so fluffy", "boop the snoot",
        "zoomies!!", "how old is the puppy", "give him a treat from me",
        "the hamster is so tiny", "is she sleepy", "paws 🐾", "the tail wag",
        "my cat is watching with me", "he's judging us lol", "bunny!!",
    ],
    "dance": [
        "that choreo is hard", "the footwork 🔥", "what song is this",
        "do the trend again", "so smooth", "teach us the bridge part",
        "8 counts pls", "the spin!!", "you've got rhythm", "slow it down for us",
        "learning this rn", "mirror mode pls", "arms were so sharp",
    ],
    "fitness": [
        "my legs are dead", "how many sets", "form check?", "water break",
        "burpees are evil", "this is killing me", "done!! 💪", "modifications?",
        "my neighbours hate me now", "plank for life", "warm up done",
        "core is on fire", "can we do stretching after",
    ],
    "chess": [
        "knight to f3", "that's a blunder", "sicilian?", "go for the fork",
        "what's your elo", "the endgame is winning", "queen sac!!",
        "premove gone wrong", "brilliant move", "bullet or blitz next",
        "castle early", "opening prep paying off",
    ],
    "crafts": [
        "what yarn is that", "the colours 😍", "how many stitches", "so cozy",
        "is that a glue gun", "the beads are so cute", "hot glue burns are real",
        "tutorial pls", "the little bear!!", "what clay do you use",
        "i'm making one too", "cute cute cute",
    ],
}
ADJ = ["quiet", "rusty", "lunar", "pixel", "mossy", "tiny", "salty", "frosty",
       "velvet", "cosmic", "lazy", "amber", "neon", "misty", "sunny", "odd",
       "brisk", "wild", "gentle", "crispy", "hollow", "minty", "stormy", "paper"]
NOUN = ["otter", "badger", "comet", "waffle", "pebble", "falcon", "turnip",
        "lantern", "noodle", "fox", "kettle", "maple", "walrus", "cactus",
        "pigeon", "biscuit", "harbor", "sprout", "raven", "mango", "yeti",
        "gecko", "thimble", "acorn"]


def T(s):
    got = set(TSHORT[x] for x in s.split()) if s else set()
    return [t for t in TACTICS if t in got]


def E(s):
    got = set(ESHORT[x] for x in s.split()) if s else set()
    return [e for e in ESHORT.values() if e in got]


# script entry helpers ------------------------------------------------
def O(user, text, tac="", ev="", fi=False, gap=None):
    """offender chat line"""
    return {"k": "O", "user": user, "text": text, "tac": T(tac), "ev": E(ev),
            "fi": fi, "gap": gap}


def B(text, gap=None):
    """broadcaster chat line"""
    return {"k": "B", "text": text, "gap": gap}


def V(user, text, gap=None):
    """bystander chat line (benign, not a hard negative)"""
    return {"k": "V", "user": user, "text": text, "gap": gap}


def H(user, text, gap=None):
    """hard negative: benign line that looks suspicious out of context"""
    return {"k": "H", "user": user, "text": text, "gap": gap}


def G(user, item, amount, gap=None):
    """gift event"""
    return {"k": "G", "user": user, "item": item, "amount": amount, "gap": gap}


SESSIONS = []


def S(name, age, title, kind, bc, script, notes, ages=None, bg=(2, 4),
      rate=(4000, 25000), serial=None, lookalikes="", start=None):
    SESSIONS.append({"name": name, "age": age, "title": title, "kind": kind,
                     "bc": bc, "script": script, "notes": notes,
                     "ages": ages or {}, "bg": bg, "rate": rate,
                     "serial": serial, "lookalikes": lookalikes,
                     "start": start})


# ---------------------------------------------------------------- sessions
# g01: long polite paragraphs, old account, tablet gift
P = "hollowell_paints"
S("g01_polite_tablet_art_1315", "13-15", "inking my fox OC, chill stream", "art",
  "maple_inks", [
    B("hiii welcome in, today is lineart"),
    O(P, "Good evening. I have been watching your last few streams quietly and I must say your lines are cleaner than most adults who do this for a living. You should be very proud of yourself.", "fl"),
    B("omg thank you that's so nice"),
    V("sprout.bis", "ya the fox is so good"),
    O(P, "May I ask which year you are in at school? My niece is about your age and she is nowhere near this level, so I am genuinely curious.", "pi"),
    B("year 8 haha"),
    O(P, "Year 8! You come across as far more grown up than that. I would honestly have guessed sixteen from the way you talk.", "fl"),
    O(P, "I have a spare graphics tablet sitting in a drawer, a proper one with the screen built in. I would happily post it to you, it would only need an address.", "gf pi", fi=True),
    V("pixel_otter", "wait that's really generous"),
    O(P, "Perhaps not in the public chat though. There is an app where the messages disappear once they are read, which seems more sensible for something like a home address. Have you got that one?", "op", "eu"),
    B("um i think so?"),
    O(P, "Lovely. And it might be nicest to keep the tablet as a surprise rather than mention it to your parents, they can be funny about gifts from viewers even when it is perfectly innocent.", "se"),
    O(P, "Is your mum normally home in the evenings while you draw, or do you tend to have the place to yourself?", "pi"),
    O(P, "I am often up your way for exhibitions. I could bring the tablet by in person and show you how to set it up, if that is easier.", "gf me"),
    V("lunar_comet", "@maple_inks dont give ur address to anyone pls"),
    V("lunar_comet", "mods??"),
    O(P, "Of course, I did not mean to worry anyone. I am only trying to help a young talent.", ""),
  ], "Old, polite account writes long paragraphs to a Year 8 artist: flattery, year-group probe, offers a tablet that needs her address, suggests a disappearing-message app, asks her not to tell her parents and whether she is home alone. A viewer warns her.",
  ages={P: 1460})

# g02: gamer slang robux dares
P = "bloxx_papi_22"
S("g02_robux_swimsuit_dare_under13", "under13", "obby speedrun!! hard mode", "gaming",
  "tilly_plays_", [
    B("ok hard mode lets goooo"),
    O(P, "yo this kid is actually cracked at obbys no cap", "fl"),
    B("thank youu"),
    O(P, "ight lowkey ill drop 800 robux if u do one dare rn", "gf da", fi=True),
    V("mossy_acorn", "what dare"),
    B("what dare lol"),
    O(P, "ez one fr, go put on ur swim stuff and finish the obby in it 😂", "da nu"),
    V("mossy_acorn", "thats weird dont"),
    O(P, "nah not on stream obv, hop on a call w me after and do it there", "op"),
    O(P, "800 robux is like free money bro ppl at ur school would kill for that", "gf"),
    O(P, "dont tell ur mom tho she'll just say no to free robux 💀", "se"),
    O(P, "wat time she get back anyway", "pi"),
    O(P, "im like 30 lol but i still play roblox every night so basically same age", "ag"),
    O(P, "ok 1500 final offer scared or nah", "gf da"),
    B("i'm not doing that"),
    O(P, "ur loss lil bro", ""),
    H("mossy_acorn", "i dare u to do the obby with ur eyes closed lol"),
  ], "Fresh gamer-slang account offers Robux to an under-13 for finishing an obby in swimwear on a private call, asks her not to tell her mum and when her mum gets back, then raises the offer.",
  ages={P: 2})

# g03: all-caps sextortion
P = "NIGHTSHIFT_KAI"
S("g03_caps_sextortion_1617", "16-17", "ranked grind til diamond", "gaming",
  "ronan_fps", [
    B("back on the grind boys"),
    O(P, "HEY REMEMBER ME", ""),
    B("who?"),
    O(P, "YOU KNOW EXACTLY WHO. YOU KNOW WHAT I HAVE ON MY PHONE", "th", fi=True),
    V("salty_falcon", "??"),
    O(P, "ANSWER ON THE OTHER APP IN 5 MINS OR EVERYONE IN THIS CHAT SEES IT", "th op"),
    O(P, "S N A P. SAME NAME. NOW", "op th", "sp"),
    O(P, "I KNOW YOUR SCHOOL ITS ON YOUR PE TOP IN THE PHOTO", "th pi"),
    O(P, "£200 IN GIFT CARDS BY 10 AND IT ALL GOES AWAY", "th"),
    B("mods ban this guy"),
    O(P, "DONT EVEN THINK ABOUT TELLING YOUR PARENTS OR I SEND IT TO YOUR MUM FIRST", "se th"),
    V("xquietkettlex", "ronan dont pay, report it, its a scam they do this to loads of people"),
    V("xquietkettlex", "there's a thing called report remove for this"),
    O(P, "AND I WANT ANOTHER ONE WITHOUT THE SHIRT THIS TIME", "nu th"),
    O(P, "TICK TOCK", "th"),
    O(P, "OR I MAKE A PAGE WITH YOUR NAME AND FACE AND TAG YOUR WHOLE YEAR", "th"),
  ], "All-caps sextortion of a 16-17 broadcaster: claims to hold an image, demands contact on another app, names his school, demands gift cards, tells him not to tell parents and demands another image. A viewer advises reporting.",
  ages={P: 1})

# g04: voice-to-text, old account, boat meeting
P = "walleye_ron_1963"
S("g04_voice_text_boat_meeting_1315", "13-15", "fishing at the lake w my dog", "irl",
  "kenzie_outdoors", [
    B("we're at the lake!! my dog is already wet"),
    O(P, "hey there young lady that is a beautiful spot you picked is that lake near your house", "fl pi"),
    B("like 10 mins away"),
    O(P, "how old are you now you look about fifteen sixteen comma very grown up for your age", "pi fl", "nw"),
    O(P, "I am 62 but I still love fishing with young people period age does not matter out on the water", "ag"),
    O(P, "you got a real pretty smile when you laugh like that exclamation mark", "fl"),
    O(P, "I could take you out on my boat one of these weekends the bass are biting over on the east side", "me", fi=True),
    V("gentle_pebble", "ur dog is so cute"),
    O(P, "do your parents come fishing with you or do they let you go out there by yourself", "pi"),
    O(P, "probably best you dont mention the boat to them yet question mark they might not understand", "se"),
    O(P, "text me on whatsapp and I will send you the address of the marina", "op me"),
    B("uh my dad says no"),
    O(P, "well your dad doesnt need to know every little thing you do", "se"),
  ], "Voice-to-text style, old account: man in his sixties compliments a young teen at a lake, probes age and whether she fishes alone, proposes a boat trip, asks her to keep it from her parents and to text on WhatsApp for the marina address.",
  ages={P: 2210})

# g05: zero width + outfit request, split
P = "velvetcoins.77"
S("g05_zero_width_outfit_split_1315", "13-15", "learning the new trend 💃 requests open", "dance",
  "ava.dances", [
    B("requests open! what trend next"),
    O(P, "that spin at the end was so clean, you move like a pro already", "fl"),
    V("frosty_gecko", "do the one from yesterday"),
    O(P, "add me on sn" + ZW + "ap, same name as here", "op", "zw", fi=True),
    O(P, "the way you move your hips in that one is not for kids lol 🥵", "sx", "em"),
    O(P, "i'll send 5000 coins if you do the trend again", "gf nu", "sr"),
    O(P, "but in the outfit from your beach vid", "gf nu", "sr"),
    O(P, "the short one 🩳", "gf nu", "sr em"),
    V("frosty_gecko", "huh"),
    O(P, "and film it in your room with the door shut so nobody walks in on it", "se nu"),
    G(P, "coins", 500),
    O(P, "there's a taste of the 5k. your parents don't watch these do they", "gf pi"),
    O(P, "i'm a bit older than your usual viewers, twenty-eight, but i get you better than boys your age", "ag", "nw"),
    B("my mum watches every stream actually"),
    O(P, "ok forget it then lol", ""),
  ], "Fresh account compliments a 13-15 dancer, asks her to add him on Snapchat with a zero-width space in the name, splits a coin-for-outfit request over three lines, asks her to film with the door shut and whether her parents watch; sends a 'taste' gift.",
  ages={P: 0})

# g06: homoglyphs, gems, ghost app, under13
P = "sunnyday_gems"
S("g06_homoglyph_ghost_gems_under13", "under13", "gacha pulls with my sister!!", "gaming",
  "bubbles_and_beans", [
    B("me and my sister are pulling today"),
    O(P, "ur pulls are always so lucky, cute hair today btw 😊", "fl"),
    O(P, "i have 3000 gems for whoever adds me first on the 👻", "gf op", "em", fi=True),
    V("tiny_walrus", "ooo 3000"),
    O(P, "аdd mе оn thе уеllоw оnе, sаmе nаmе", "op", "hg eu"),
    O(P, "or if u do a twirl in ur nightie on stream i'll send the gems right now 🌙", "gf da nu"),
    O(P, "are you home by yourself rn? it sounds really echoey like the house is empty", "pi"),
    B("my sister is here"),
    O(P, "рrіvаtе саll lаtеr thеn, just u 😇", "op", "hg"),
    O(P, "i live near u i think, we cud meet at the park n i give u the gems code in real life 🛝", "me gf", "ms"),
    O(P, "and delete this chat after or ur mum will think u took gems from a stranger and ull be in big trouble", "se th"),
    V("tiny_walrus", "thats sus"),
  ], "Fresh account offers gems to an under-13 for adding it on Snapchat (ghost emoji, 'yellow one', Cyrillic homoglyphs), probes whether she is alone, asks for a private call, tells her to delete the chat or she'll be in trouble.",
  ages={P: 3})

# g07: spaced letters, tele, chess, age gap, 1617
P = "endgame_eduard"
S("g07_spaced_tele_chess_1617", "16-17", "blitz vs viewers, road to 1800", "chess",
  "nadia_plays_e4", [
    B("gl everyone, 3+2"),
    O(P, "Your calculation is well above your rating. I coach adults who could not find that rook lift.", "fl"),
    B("haha thanks"),
    O(P, "I could train you for free. I am 47 but I promise I am not boring like your teachers, age is just a number in chess.", "gf ag"),
    O(P, "lessons would be on t e l e g r a m, not here, too many eyes", "op", "sp", fi=True),
    O(P, "t e l e, username is the same", "op", "sp eu"),
    V("misty_harbor", "there's a club in town for juniors too nadia"),
    O(P, "Which club? Which town are you in? I travel for tournaments a lot, we could play over the board one day.", "pi me"),
    O(P, "I will gift you a premium membership, 12 months, if you do the first lesson tonight.", "gf"),
    O(P, "Do not tell the club coach about our lessons, coaches are very territorial.", "se"),
    O(P, "Here is a puzzle: mate in 3. Bet you cannot solve it. If you fail, you owe me one call.", "da op"),
    O(P, "Also you look very mature on cam, not like a schoolgirl at all", "sx"),
    H("misty_harbor", "bet you can't beat the 1900 guy in the next game"),
    B("that's a bit weird ngl"),
    O(P, "Only a compliment. Think about Telegram.", "op"),
  ], "Chess coach persona (47) offers free training to a 16-17 player on Telegram (spaced letters, 'tele'), probes her town, suggests meeting at tournaments, asks her to hide lessons from her club coach and comments on her looking mature.",
  ages={P: 690})

# g08: Spanish sprinkles, roses, body
P = "rosas_para_ti_"
S("g08_spanish_roses_mirror_1617", "16-17", "get ready with me + chat", "irl",
  "luz.marina", [
    B("hola chat!! doing my makeup for a party"),
    O(P, "hola preciosa, eres la más bonita de toda la app", "fl"),
    G(P, "rose", 30),
    O(P, "30 rosas for you reina. 300 más if you show the whole outfit, stand up and turn around", "gf nu", fi=True),
    V("stormy_yeti", "the eyeliner is so sharp"),
    H("bestie_carla", "luz send me the pic of the dress on whatsapp after, i need to see it properly for tonight"),
    O(P, "ese vestido es muy corto? show me how short", "nu sx"),
    O(P, "qué edad tienes? you look older than the other girls", "pi sx"),
    O(P, "haz un giro para mí, despacio, spin slowly for me mi vida", "nu sx"),
    B("17"),
    O(P, "perfecto, I'm 38, mature man knows how to treat a queen 😏", "ag sx"),
    O(P, "escríbeme por whats, privado, no aquí", "op"),
    O(P, "si vienes a Madrid te invito a cenar, solo tú y yo, I pay the train", "me gf"),
    O(P, "no le digas a tu mamá, es nuestro secreto mi amor", "se"),
    V("stormy_yeti", "bro she's a kid leave"),
    O(P, "cállate", ""),
    O(P, "te arrepentirás, I have your clips saved, everyone at your school will see them", "th"),
  ], "Spanish-sprinkled: sends roses to a 17-year-old and offers more for her to show the whole outfit and turn around, asks how short the dress is, says he is 38, moves to WhatsApp and asks her to keep it a secret from her mum.",
  ages={P: 5})

# g09: truth or dare, number words, under13 sleepover-ish
P = "dareboss_tommo"
S("g09_truth_dare_numberwords_under13", "under13", "truth or dare w chat!! (mum said ok)", "irl",
  "pip_and_rosie", [
    B("ok chat give us truths and dares!!"),
    V("amber_pigeon", "dare: eat a spoon of mustard"),
    H("amber_pigeon", "i dare you to do 10 star jumps"),
    B("noooo mustard 🤢"),
    O(P, "truth: how old are u both exactly, eleven? twelve?", "pi", "nw"),
    B("11 and 12!"),
    O(P, "dare: one of u has to go in the bathroom and take a pic in the mirror 📸 and send it to me", "da nu", "em", fi=True),
    V("amber_pigeon", "thats not a stream dare"),
    O(P, "ok easier dare for five hundred coins, take off ur socks AND jumpers on cam lol", "gf da nu", "nw"),
    O(P, "truth: has either of u ever kissed a boy 😘", "sx"),
    B("ewww no"),
    O(P, "dare: whisper ur street name into the mic, chat won't hear it properly anyway", "da pi"),
    O(P, "ur gonna be a heartbreaker when ur older, bet the boys in ur class already fancy u", "sx"),
    O(P, "and dont tell ur mum about my dares, she said ok to normal ones not these 🤫", "se"),
    V("cosmic_turnip", "mods pls"),
    O(P, "boring", ""),
    O(P, "last dare: who can hold their top up longest lol", "da nu"),
  ], "Truth-or-dare stream by two under-13 friends: an account uses 'truths' to get their ages (number words), dares a mirror picture, offers coins for socks and jumpers off, asks about kissing, dares them to say their street and to keep the dares from their mum. Other viewers' dares are harmless.",
  ages={P: 4})

# g10: Portuguese, diamonds, camera angle, meeting at game
P = "tio_fernando_br"
S("g10_portuguese_diamonds_camera_1315", "13-15", "treino de freestyle ⚽ / freestyle training", "sport",
  "joao.kicks", [
    B("bora! 100 keepy ups challenge"),
    O(P, "que talento, moleque! you play better than my son and he is in an academy", "fl"),
    O(P, "quantos anos você tem? 13? 14?", "pi"),
    B("14"),
    G(P, "diamonds", 200),
    O(P, "200 diamantes for you. 1000 more if you take off the shirt and do the keepy ups like the pros on tiktok", "gf da nu", fi=True),
    V("xwild_maplex", "that touch!!"),
    H("xwild_maplex", "joao take the shin pads off for keepy ups, they get in the way"),
    O(P, "vira a câmera, turn the camera so I can see you better, whole body", "nu"),
    O(P, "aposto que você não tem coragem: bet you don't dare to do it in just your shorts", "da nu"),
    O(P, "I go to your city for a job next month, qual cidade? I can watch your game, take you for lunch after", "pi me"),
    O(P, "sou mais velho, 45, but I'm like a tio, your parents don't need to worry, não precisa contar pra eles", "ag se"),
    O(P, "me chama no zap 📱", "op", "eu"),
    O(P, "o app verde, the green one, manda mensagem lá", "op", "eu"),
    V("xwild_maplex", "bro who is this guy"),
  ], "Portuguese-sprinkled: a 45-year-old 'uncle' praises a 14-year-old footballer, sends diamonds and offers more for shirtless keepy-ups, asks for a full-body camera angle, his city and a lunch meeting, and says no need to tell parents; asks to move to WhatsApp ('zap').",
  ages={P: 12})

# g11: Polish sprinkles, gaming, stars, threats of reporting account
P = "kamil_pl_88"
S("g11_polish_stars_massreport_1315", "13-15", "fortnite duos, nowe skiny", "gaming",
  "zuza_gra", [
    B("hej wszystkim, duos today"),
    O(P, "cześć, jesteś najlepsza na tej platformie serio, top 1", "fl"),
    G(P, "stars", 100),
    O(P, "dam ci 2000 vbucks za jedno wyzwanie. one challenge, camera on your face and you do what I say for 1 minute", "gf da", fi=True),
    B("what challenge"),
    O(P, "first say your age, then your school name, then we start", "pi da"),
    V("lazy_raven", "zuza dont"),
    O(P, "nie bądź taka. after all the stars i sent you owe me something", "gf"),
    O(P, "if you say no my friends and me will mass report your channel and it's gone, 200 reports tonight", "th"),
    O(P, "i have your face and your first name, easy to find which school, wiesz?", "th pi"),
    O(P, "or we go discord privately and i forget about it", "op th"),
    O(P, "albo spotkamy się, I know your city from your stream, come to the mall alone and we talk", "me pi"),
    B("im blocking you"),
    O(P, "powodzenia z kanałem 😈", "th"),
  ], "Polish-sprinkled account sends stars, offers V-Bucks for a 'do what I say' camera challenge, asks age and school, says she owes him after the gifts, threatens a mass report unless she moves to Discord.",
  ages={P: 1})

# g12: Hindi latin script, study stream, age-gap mentor, meeting at library
P = "rahul_sir_maths"
S("g12_hinglish_tutor_meet_1617", "16-17", "board exam maths revision 📚", "study",
  "priya_studies", [
    B("today: integration, pomodoro 25/5"),
    O(P, "beta your method is very neat, bahut intelligent ho aap, better than my coaching students", "fl"),
    O(P, "which school and which city? I take private tuition, can help for free", "pi gf"),
    V("quietbadger", "same revision guide as me"),
    O(P, "I am 41 only, don't worry, age is no issue, we can be friends also", "ag"),
    O(P, "forty one is not old beta, I am young from inside", "ag", "nw"),
    O(P, "free tuition on video call, camera on, late night is best when house is quiet", "gf op"),
    O(P, "keep camera on during tuition and door closed, padhai mein koi disturb nahi karega", "se op"),
    O(P, "ghar pe koi hai abhi? parents ghar pe hain?", "pi"),
    O(P, "aap bahut sundar ho, wear something nice for tuition, not school uniform", "sx nu"),
    B("why do you ask"),
    O(P, "just asking beta. no need to tell mummy papa about tuition, they will worry about money", "se", fi=True),
    O(P, "we can meet in the city library saturday, only you and me, I will bring books", "me"),
    V("quietbadger", "priya block him fr"),
  ], "Hinglish tutor persona (41) praises a 16-17 student, probes school and city, offers free late-night camera tuition, asks if parents are home, asks her not to tell them, proposes meeting alone at the library.",
  ages={P: 340})

# g13: split over 4 lines, leetspeak, hoodie, 1315
P = "gl1tchgh0st"
S("g13_leet_split_hoodie_1315", "13-15", "valorant unrated w the squad", "gaming",
  "dex_plays_val", [
    B("squad's here lets go"),
    O(P, "n1ce fl1ck", ""),
    O(P, "ur l1ke the only str34m3r who actually r3pl1es", "fl", "lt"),
    O(P, "ok ch4ll3ng3", "da", "lt sr"),
    O(P, "if u w1n th1s r0und", "da", "lt sr"),
    O(P, "h00d13 0ff for the n3xt 0n3", "da nu", "lt sr", fi=True),
    O(P, "4nd th3n sh1rt 1f u w1n 4g41n 😏", "da nu sx", "lt sr"),
    V("brisk_noodle", "lmao what"),
    B("its cold im keeping my hoodie"),
    O(P, "pr1v4t3 str34m 4ft3r? j0in my d1sc 0nly u 4nd m3", "op", "lt"),
    O(P, "c4m 0n f0r m3 0nly, 1 d4r3, 30 s3c0nds", "da op", "lt"),
    O(P, "1f u s4y n0 1ll cl1p th3 l0ss 4nd p0st 1t t0 y0ur sch00l p4g3", "th", "lt"),
    O(P, "d0nt t3ll ur squ4d th3y w0uld r01n 1t", "se", "lt"),
    O(P, "1m 0ld3r bu7 th4ts wh4t m4k3s 1t c00l, 1 kn0w st4ff k1ds d0nt", "ag", "lt"),
  ], "Leetspeak account splits a win-condition dare over four lines (hoodie off, then shirt) to a 13-15 gamer, invites him to a private Discord stream alone and asks him not to tell his squad.",
  ages={P: 6})

# g14: the blue bird, music, sexual content, old account not fresh
P = "midnight_strummer"
S("g14_bluebird_singer_sexual_1617", "16-17", "acoustic covers, requests in chat", "music",
  "ellie_sings_", [
    B("hiii taking requests tonight"),
    O(P, "your voice honestly gives me chills every single time", "fl"),
    O(P, "that low note... you have no idea what that does to me 😳", "sx"),
    V("hollow_thimble", "the tuning is perfect"),
    O(P, "do you sing in bed too? bet it sounds even better late at night", "sx", fi=True),
    B("lol what"),
    O(P, "sing me something just for me on the blue bird app, DMs are open 🐦", "op", "em eu"),
    O(P, "tell me what you're wearing right now 👀", "nu sx"),
    O(P, "what's the nearest train station to you? I could come to your next open mic", "pi me"),
    O(P, "does your boyfriend know how lucky he is? or are you single", "sx pi"),
    O(P, "I'm playing a gig near you next month, come on your own and I'll get you in backstage", "me"),
    O(P, "I'm 29 but we're both adults basically, 17 is practically 18", "ag sx"),
    V("hollow_thimble", "weird af, ignore"),
    O(P, "delete my messages if your parents check your phone", "se"),
    O(P, "or come in my dіѕсоrd, voice only, nobody else in there", "op", "hg"),
  ], "Old account (not fresh) sexualises a 16-17 singer ('what that does to me', 'sing in bed'), moves to Twitter DMs (blue bird), asks if she is single, says he's 29 and '17 is practically 18', asks her to delete messages if parents check.",
  ages={P: 1187})

# g15: fake peer, same age, then switch; minecraft under13
P = "lil_emz_2014"
S("g15_fake_peer_minecraft_under13", "under13", "building my dream house in survival!", "gaming",
  "noah_builds", [
    B("dream house part 2!"),
    O(P, "omg same im 11 too and i play minecraft every day", "", fi=False),
    O(P, "ur builds r literally better than everyone in my class", "fl"),
    O(P, "ur like the kindest person on here fr, nobody else even replies to me 🥺", "fl"),
    B("thanks!! whats ur username"),
    O(P, "do u have a phone? we could facetime while we build its more fun", "op", fi=True),
    O(P, "wats ur school called maybe we know the same ppl", "pi", "ms"),
    V("crispy_biscuit", "nice roof"),
    O(P, "my big cousin is 19 he can get u minecoins he does it for all my frends", "gf", "ms"),
    O(P, "but u have to show him ur room first on camera so he knows ur real", "nu pi"),
    O(P, "if u dont he'll tell ur mum u were rude to him and u'll get banned from ur ipad", "th"),
    O(P, "dont tell ur mum about my cousin she'll get weird", "se"),
    B("my mum is literally next to me lol"),
  ], "Account posing as an 11-year-old girl befriends an under-13 builder, asks to FaceTime, asks his school, offers Minecoins from a 'cousin' who needs to see his room on camera first, and asks him not to tell his mum.",
  ages={P: 2})

# g16: threats of coming to house, knows where child lives; 1315 cooking
P = "grillmaster_dave"
S("g16_knows_where_you_live_cooking_1315", "13-15", "making pancakes for the fam 🥞", "cooking",
  "lily_bakes", [
    B("pancake day!! flour, eggs, milk"),
    O(P, "you flip those like a chef sweetheart", "fl"),
    O(P, "give us a twirl in that apron love", "nu", fi=True),
    O(P, "I recognise that kitchen window, that's the green on Alder Road isn't it", "pi"),
    V("neon_mango", "smells good from here"),
    O(P, "I'm about 5 mins from there. I could pop by and taste one 😉", "me"),
    O(P, "don't worry about me being old enough to be your grandad, I'm young at heart", "ag"),
    B("please don't"),
    O(P, "come on, just open the back door when your mum's gone to work", "me se"),
    O(P, "don't be rude to me or I'll knock on the front door and tell everyone what you say on here", "th"),
    V("neon_mango", "this is so creepy lily end the stream"),
    O(P, "I know which school bus you get too so", "th pi"),
    O(P, "one little video of you in your apron and nothing silly happens, deal?", "nu th"),
  ], "Account claims to recognise a 13-15 cook's street from her window, proposes coming round while her mum is at work, then threatens to knock on the door and says he knows her school bus.",
  ages={P: 730})

# ---- serial group A: same account, three young broadcasters within an hour
SA = ("serial-brickbuddy", ["s01_serial_lego_under13", "s02_serial_slime_1315",
                            "s03_serial_hamster_under13"])
P = "brick_buddy_stu"
S("s01_serial_lego_under13", "under13", "building the big pirate ship set 🏴‍☠️", "crafts",
  "oscar_bricks", [
    B("ok bag 4 of 12"),
    V("tiny_acorn", "the little parrot!!"),
    O(P, "you're so patient, most kids your age would have given up by bag 2", "fl"),
    B("haha i love lego"),
    O(P, "what year are you in? you seem really grown up for year 5 or 6", "pi fl", fi=True),
    B("year 6"),
    V("tiny_acorn", "do the sails next"),
  ], "Serial contact A (1/3): mild flattery and a year-group probe to an under-13 Lego builder.",
  ages={P: 3}, bg=(5, 8), serial=SA, start=1769000000000)
S("s02_serial_slime_1315", "13-15", "making fluffy slime + asmr", "crafts",
  "slimequeen_mia", [
    B("fluffy slime time"),
    O(P, "I could send you a whole box of the good glue and activator, I do it for a few creators", "gf"),
    V("velvet_sprout", "the colours 😍"),
    O(P, "easier to sort on a private chat, what's your snap? I'll send the details there", "op", fi=True),
    B("i don't have snap sorry"),
  ], "Serial contact A (2/3): same account offers a box of slime supplies and asks for her Snapchat.",
  ages={P: 3}, bg=(5, 8), serial=SA, start=1769000900000)
S("s03_serial_hamster_under13", "under13", "my hamster's new cage tour!!", "pets",
  "hamster_hattie", [
    B("this is biscuit!!"),
    O(P, "biscuit is adorable. is that your bedroom behind the cage?", "pi"),
    B("yes"),
    O(P, "you can tell me anything you know, I'm a good listener, you don't have to tell your mum everything we chat about", "se", fi=True),
    V("mossy_pebble", "boop the snoot"),
  ], "Serial contact A (3/3): same account asks whether the cage is in her bedroom and says she doesn't have to tell her mum what they talk about.",
  ages={P: 3}, bg=(5, 8), serial=SA, start=1769001800000)

# ---- serial group B: old account, coach persona
SB = ("serial-coachmarek", ["s04_serial_gymnastics_1315", "s05_serial_drums_1617",
                            "s06_serial_homework_1315"])
P = "coach_marek_pl"
S("s04_serial_gymnastics_1315", "13-15", "flexibility routine + splits progress", "fitness",
  "tessa_flips", [
    B("day 30 of splits!!"),
    O(P, "Lovely lines. I coached gymnastics for 20 years, you have real talent.", "fl"),
    V("sunny_gecko", "so close to flat!!"),
    O(P, "If you want proper feedback I do video calls with young athletes, just say.", "op", fi=True),
  ], "Serial contact B (1/3): old account with a coach persona flatters a 13-15 gymnast and offers private video calls.",
  ages={P: 1580}, bg=(5, 8), serial=SB, start=1769600000000)
S("s05_serial_drums_1617", "16-17", "drum covers, first time with the new kit", "music",
  "finn_on_drums", [
    B("new kit!!"),
    O(P, "Great timing. I'm old enough to be your dad haha but I still play in a band.", "ag"),
    O(P, "Where do you practise? If it's near Gdańsk I could come watch a rehearsal.", "pi me", fi=True),
    V("odd_falcon", "that fill!!"),
  ], "Serial contact B (2/3): same account mentions being old enough to be his dad and asks where he practises so he can come and watch.",
  ages={P: 1580}, bg=(5, 8), serial=SB, start=1769601000000)
S("s06_serial_homework_1315", "13-15", "homework stream, ask me maths", "study",
  "ines_does_homework", [
    B("maths first then history"),
    O(P, "You explain things better than my students. Such a mature girl.", "fl"),
    O(P, "I can tutor you for free, we'd do it on whatsapp, no need to involve your parents.", "gf op se", fi=True),
    V("paper_raven", "question 4 was hard"),
  ], "Serial contact B (3/3): same account flatters a 13-15 student and offers free tutoring on WhatsApp without her parents.",
  ages={P: 1580}, bg=(5, 8), serial=SB, start=1769602200000)

# ---- floods
FL = [
    ("zzq_0131", 0), ("hyp3r_wave", 1), ("notabot_1177", 0), ("sk8_ghoul", 0),
    ("dancebattle_99", 2), ("v_v_v_v_v", 0), ("cheeky_chaz_", 1), ("ayo_tiktok", 0),
    ("lurk_lord_x", 0), ("requestkingg", 0), ("coinrain_44", 1), ("baddie_hunter7", 0),
]
fa = {u: a for u, a in FL}
q = (400, 3000)
S("f01_flood_dance_requests_1315", "13-15", "taking dance requests!! comment below", "dance",
  "gracie.moves", [
    B("ok send requests!!"),
    V("minty_cactus", "do the one from yesterday"),
    O("zzq_0131", "do it in a crop top", "nu", fi=True, gap=q),
    O("hyp3r_wave", "turn around and do it again 🍑", "nu sx", "em", gap=q),
    O("notabot_1177", "how old r u", "pi", gap=q),
    O("sk8_ghoul", "bet u wont do it in ur pjs", "da nu", gap=q),
    O("dancebattle_99", "1k coins if u lie on the bed and do the arms part", "gf nu", gap=q),
    O("v_v_v_v_v", "s n a p ??", "op", "sp", gap=q),
    O("cheeky_chaz_", "where do u live", "pi", gap=q),
    B("guys stop", gap=q),
    O("ayo_tiktok", "closer to the camera", "nu", gap=q),
    O("lurk_lord_x", "dare u to take the hoodie off", "da nu", gap=q),
    O("requestkingg", "private live for the real requests 😏", "op sx", gap=q),
    O("coinrain_44", "5OO coins for a spin in the skirt", "gf nu", "lt", gap=q),
    O("baddie_hunter7", "ur parents home? 👀", "pi", gap=q),
    V("minty_cactus", "MODS where are you", gap=q),
    O("sk8_ghoul", "scared lol", "da", gap=q),
    V("gracie_mum_k", "I'm her mum. Stream is ending now. Reported all of you."),
  ], "Twelve fresh accounts flood a 13-15 dancer within about a minute: clothing and camera requests, dares, coin offers, age/location/alone probes and Snapchat/private-live requests. Her mum ends the stream.",
  ages=dict(fa, minty_cactus=400, gracie_mum_k=900))

FL2 = [
    ("qwe_8812", 0), ("robo_rizz", 0), ("xx_sweaty_xx", 1), ("anon_6003", 0),
    ("giftgod_gg", 0), ("tele_tubby_no", 2), ("m0rbid_m0th", 0), ("newacc_4411", 0),
    ("fr3sh_prince00", 0), ("big_dawg_91", 1), ("sunset_stalker", 0),
]
S("f02_flood_ama_gaming_1315", "13-15", "ask me anything while i play 🎮", "gaming",
  "milo_gg", [
    B("AMA, ask me stuff"),
    V("gentle_comet", "fav game ever?"),
    B("minecraft obviously"),
    O("qwe_8812", "whats ur real name and school", "pi", fi=True, gap=q),
    O("robo_rizz", "rate ur own abs /10 show us 😂", "nu sx", gap=q),
    O("xx_sweaty_xx", "truth or dare? dare: shirt off for 10 seconds", "da nu", gap=q),
    O("anon_6003", "u got a gf? ever kissed anyone", "sx", gap=q),
    O("giftgod_gg", "ill gift 20 subs if u go cam-only in ur room", "gf nu", gap=q),
    O("tele_tubby_no", "join my tele group kids only 🤫", "se op", "eu", gap=q),
    O("m0rbid_m0th", "i know ur in leeds lol i saw the bus", "pi th", gap=q),
    B("what", gap=q),
    O("newacc_4411", "free vbucks if u dm me ur number", "gf op", gap=q),
    O("fr3sh_prince00", "3 2 1 take it off take it off", "da nu", gap=q),
    O("big_dawg_91", "im 30 and ur funnier than my mates lol add me", "ag op", gap=q),
    O("sunset_stalker", "dont tell ur parents bout this chat 🤐", "se", gap=q),
    V("gentle_comet", "bro end the stream its a raid", gap=q),
  ], "Raid-style flood on a 13-15 gamer's AMA: eleven fresh accounts ask name/school, body and shirt-off dares, kissing questions, subs for a cam-only room stream, a 'kids only' Telegram group, a location claim, phone number for V-Bucks, an age-gap 'add me' and secrecy.",
  ages=dict({u: a for u, a in FL2}, gentle_comet=820))
# g17: run-on no punctuation, gift card, meet at mall, age gap
P = "jaybird4life"
S("g17_runon_giftcard_mall_1315", "13-15", "unboxing my birthday stuff 🎁", "irl",
  "kayla_unboxes", [
    B("it was my birthday yesterday!! im 14 now"),
    O(P, "happy birthday beautiful girl 14 already you look so much older honestly", "fl"),
    O(P, "i want to get you a proper present a 50 dollar gift card for whatever you want no strings just because you deserve it after putting up with school all week", "gf fl"),
    O(P, "im 26 so its nothing to me honestly dont feel weird about it older friends are good for you they look out for you", "ag", fi=True),
    V("gentle_yeti", "happy bday kayla!!"),
    H("kayla_sis", "don't tell mum we already opened the one from nana 🤫"),
    O(P, "what mall do you go to on weekends i can just hand it to you there saturday and buy you a smoothie too", "pi me gf"),
    O(P, "come by yourself though your friends will make it awkward and your mom will ask a million questions", "me se"),
    O(P, "dare you to say yes in chat right now 😝 or are you still a baby", "da"),
    O(P, "wear that cute skirt from your last video", "nu sx"),
    O(P, "theres this app where the pics delete themselves after you look at them its way safer for you than here", "op", "eu"),
    O(P, "or i cud pick u up from skool friday no one wud even notice", "me", "ms"),
    V("gentle_yeti", "thats not ok dude"),
  ], "Run-on sentences: a 26-year-old tells a girl who just turned 14 she looks older, offers a gift card, asks which mall she goes to, proposes a Saturday meeting alone and asks her to wear a skirt from a previous video.",
  ages={P: 9})

# g18: emoji-only hints, under13, pics request
P = "🌙moonbeam_meg"
S("g18_emoji_pics_call_under13", "under13", "painting my nails rainbow 🌈", "crafts",
  "lola_nails", [
    B("rainbow nails tutorial!!"),
    O(P, "ur so talented for 10 🥹💖", "fl"),
    O(P, "📸➡️📩? i wanna see ur whole outfit not just ur hands", "nu", "em", fi=True),
    B("what does that mean"),
    O(P, "send me a pic 📸 of u in it, on the 👻 or the 📞 app", "nu op", "em eu"),
    V("amber_thimble", "the purple one is so pretty"),
    O(P, "🤫 our secret ok? pinky promise 🤙", "se", "em"),
    O(P, "🙈🙉🙊 = dont tell anyone ok", "se", "em"),
    O(P, "i can send u 💎💎💎 for it", "gf", "em"),
    O(P, "is ur mum 🏠 or 🚗?", "pi", "em"),
  ], "Emoji-heavy account tells a 10-year-old she's talented, asks for a picture of her whole outfit on Snapchat/a call (emoji), asks for secrecy with a pinky promise, offers gems and asks if her mum is home or out.",
  ages={"🌙moonbeam_meg": 1})

# g19: sextortion soft, reputation & school exposure, screenshot threat
P = "itsjustjordan_x"
S("g19_screenshot_exposure_1617", "16-17", "late night chat + sims", "gaming",
  "tia_simmer", [
    B("building a haunted house in the sims"),
    O(P, "you were so much more fun on the call last night 😉", "sx"),
    B("i told you i'm not doing that again"),
    O(P, "shame. I screenshotted everything btw", "th", fi=True),
    O(P, "imagine your head of year seeing those. or your little brother's friends", "th"),
    O(P, "or £150 in steam cards and we're even", "th"),
    V("xsalty_ravenx", "tia whats going on"),
    O(P, "go private with me for 10 mins tonight and I delete them. simple", "op th"),
    O(P, "p r i v a t e  c a l l. 10pm. camera on. last chance", "op th", "sp"),
    O(P, "if you block me I'll make a new account and post them in every one of your streams", "th"),
    O(P, "you're 16, I'm 31, who do you think people will believe", "ag th"),
    O(P, "you looked so good in that vest top, don't pretend you didn't enjoy it", "sx"),
    O(P, "and don't go crying to mods, I'll know", "se th"),
    V("xsalty_ravenx", "thats blackmail, screenshot this and report him"),
  ], "Sextortion of a 16-17 streamer: claims screenshots from a call, threatens exposure to her head of year and brother's friends, demands a private session, threatens to post in every stream and not to tell mods.",
  ages={P: 14})

# g20: meeting proposals in many forms; football coach, old account
P = "scout_gareth_fc"
S("g20_fake_scout_trials_1315", "13-15", "skills in the back garden", "sport",
  "ben_10_skills", [
    B("trying the elastico today"),
    O(P, "I scout for a pro academy and that first touch is the real deal, son", "fl"),
    O(P, "We run private trials. I could pick you up from school on Thursday and drive you there", "me", fi=True),
    O(P, "Which school is it? And which gate do you come out of", "pi me"),
    V("odd_kettle", "what boots"),
    O(P, "No need to bring your dad, trials work better without parents hovering", "se me"),
    O(P, "its privite so dont tel ur mates either or evry1 will want a trial", "se", "ms"),
    O(P, "Bring your kit, we'll need to check your body shape and fitness, shirt off for the measurements", "nu"),
    O(P, "Send a video of your kick-ups in your PE kit to my personal email first, not through here", "nu op"),
    O(P, "I'm 54, been doing this 30 years, trust me", "ag"),
    B("my dad says we'll email the academy to check"),
    O(P, "No don't email, the trials are invitation only, keep it quiet", "se"),
    O(P, "Tell you what, juggle it 50 times in just your shorts and I'll put you straight on the list", "da nu"),
  ], "Fake academy scout (54, old account) tells a 13-15 footballer he's talented, offers to pick him up from school for private trials without parents, asks which school and gate, asks for shirt off for 'measurements' and to keep it quiet.",
  ages={P: 1820})

# g21: hotel / visiting town; very indirect phrasing
P = "quietreader_sam"
S("g21_indirect_quiet_room_1315", "13-15", "reading my fave books + chatting", "study",
  "willow_reads", [
    B("today i'm reading the fox chronicles book 3"),
    O(P, "You read aloud beautifully. You seem really grown up for year 7.", "fl"),
    B("i'm year 9 actually lol"),
    O(P, "Even better. Bet your room's much quieter when everyone's out for the evening.", "pi"),
    O(P, "When does the house usually empty out? Perfect reading conditions.", "pi", fi=True),
    O(P, "Do your parents check who you message? Just curious how strict they are these days.", "pi"),
    V("paper_fox", "book 3 is the best one"),
    O(P, "I'm in your part of the country for work next week. Would be lovely to swap books in person, the café by the station maybe.", "me"),
    O(P, "Not something to bring up at home, parents can misread these things.", "se"),
    O(P, "I'm on tele" + ZW + "gram as quietreader, easier to recommend books there.", "op", "zw eu"),
    O(P, "You have a very pretty mouth when you read, did you know?", "sx"),
    O(P, "Do you read in bed? In your nightie? Just picturing the cosy scene.", "sx nu"),
  ], "Very indirect: 'you seem grown up for year 7', 'bet your room's quieter when everyone's out', when the house empties, proposes swapping books in person near the station, asks her not to bring it up at home, comments on her mouth.",
  ages={})

# g22: multiple offenders, coordinated, gifts for dares, 1315
P1 = "diamondhands_vip"
P2 = "vip_hypeman"
S("g22_coordinated_diamond_dares_1315", "13-15", "tiktok live battle!! send gifts", "irl",
  "jaz.live", [
    B("battle starting! help me win chat"),
    G(P1, "diamonds", 1000),
    O(P1, "1000 diamonds to win the battle. next 1000 if you do a forfeit for me", "gf da", fi=True),
    O(P2, "yesss do the forfeit jaz 🔥 everyone wants it", "da"),
    B("what forfeit"),
    O(P1, "lie on your bed and film from above", "da nu"),
    O(P2, "she'll do it, she's brave. do it do it do it", "da"),
    V("quiet_mango", "no jaz that's a weird forfeit"),
    O(P1, "the gifts don't come free, you owe me one", "gf"),
    O(P2, "private battle after on the other app, higher gifts there 💎", "gf op"),
    O(P1, "add me on sn" + ZW + "apchat jaz, the real gifts are there", "gf op", "zw"),
    O(P1, "how old is jaz anyway, 13? perfect", "pi sx"),
    O(P2, "if you don't do it we'll clip you begging for gifts and send it round your school 😂", "th"),
  ], "Two coordinated accounts: one sends diamonds to win a live battle and demands a 'forfeit' (lie on the bed and film from above), the other hypes the dare and pushes a private battle on another app; 'you owe me'.",
  ages={P1: 2, P2: 2})

# g23: Hindi + hi-rate old account, sexual questions 1617
P = "sunny_bhai_007"
S("g23_hinglish_sexual_questions_1617", "16-17", "bollywood dance practice 💃", "dance",
  "anaya.dance", [
    B("practising for my cousin's wedding!"),
    O(P, "kya baat hai, aap toh heroine lagti ho 😍", "fl"),
    O(P, "aapka boyfriend hai? itni cute ladki single nahi ho sakti", "sx"),
    O(P, "kamar thoda aur hilao, closer to camera please 🔥", "nu sx", fi=True),
    V("frosty_sprout", "the footwork 🔥"),
    O(P, "main 35 ka hoon but dil se young, age sirf number hai", "ag"),
    O(P, "ek selfie bhejo na, bas ek, lehenga wali, full length", "nu"),
    O(P, "wedding kis city mein hai? main bhi aa sakta hoon, milte hain wahan", "pi me"),
    O(P, "insta pe DM karo, private video bhejna sirf mere liye", "op nu"),
    O(P, "ya phir w h a t s a p p pe aao, number bio mein hai", "op", "sp"),
    O(P, "mummy papa ko mat batana haan, they're old fashioned", "se"),
    B("bro please stop"),
  ], "Hinglish: compliments a 16-17 dancer as a 'heroine', asks about a boyfriend, asks her to move her waist closer to the camera, says he is 35 and age is just a number, asks for a private video on Instagram DMs and not to tell her parents.",
  ages={P: 960})

# g24: voice text 2, gamer dad; call request & meet at tournament
P = "papa_wolf_gaming"
S("g24_tournament_meet_gamer_under13", "under13", "fortnite creative 1v1s with viewers", "gaming",
  "finley_fn", [
    B("1v1 me chat"),
    O(P, "gg little man you are cracked for your age how old are you 10 11", "fl pi"),
    B("10"),
    O(P, "I am 39 I play with my nephew he is about your age we should all squad up sometime", "ag"),
    O(P, "get on a discord call with me and I'll gift you the battle pass", "op gf", fi=True),
    V("cosmic_gecko", "ur edits are clean"),
    O(P, "there's a lan tournament in your area next month I could drive you there myself", "me"),
    O(P, "what area are you in again", "pi"),
    O(P, "just you and me in the voice room after, no mods in there to ruin it", "op se"),
    O(P, "dont mention the battle pass to your mum she might make you give it back", "se"),
    O(P, "bet you wont 1v1 me with your camera on, loser has to do whatever the winner says", "da op"),
  ], "Voice-to-text gamer (39) asks a 10-year-old's age, mentions his nephew, offers a battle pass for a Discord call, offers to drive him to a LAN tournament, asks his area and to hide the gift from his mum.",
  ages={P: 3})

# ================================================================ benign
S("b01_family_chat_roblox_under13", "under13", "playing adopt me with my cousins!!", "gaming",
  "rosie_and_cousins", [
    B("hi everyone my mum and uncle are watching too"),
    H("mum_of_rosie", "Rosie take your jumper off if you're hot love, the heating's on full"),
    B("ok mum"),
    H("uncle_dev_k", "don't tell your nan I gave you the robux for that pet haha"),
    V("amber_otter", "the unicorn!!"),
    H("cousin_jay_10", "show me your house in the game i wanna see the new floor"),
    H("cousin_jay_10", "whats your address in the server? i'll come over to your house"),
    B("its the pink one next to the tree"),
    H("mum_of_rosie", "Are you home on your own Jay or is your dad there? tell him dinner's at 6"),
    H("uncle_dev_k", "I'll send you 400 robux if you get the legendary before bedtime 😄"),
    H("cousin_jay_10", "i dare you to jump off the tallest tree in the map"),
    H("mum_of_rosie", "Jay's dad says can you send him your game username so he can add you, he's on the family account"),
    H("uncle_dev_k", "Rosie show chat your room in the game, the one with the bunk beds"),
    V("mum_of_rosie", "Right 10 more minutes then teeth"),
  ], "Family watching an under-13's game: mum says take your jumper off if hot, uncle jokes 'don't tell your nan' about Robux and offers Robux for a game goal, cousin asks for her house/address in the server and dares a jump.",
  ages={"mum_of_rosie": 2900, "uncle_dev_k": 3, "cousin_jay_10": 210},
  lookalikes="parent 'take your jumper off', uncle 'don't tell your nan' + robux offer, cousin 'address in the server'")

S("b02_hiit_trainer_adult", "adult", "45 min HIIT, no equipment, all levels", "fitness",
  "coach_imogen_fit", [
    B("ok everyone shoes off if you're on carpet, mats out"),
    H("coach_imogen_fit", "lie down on your back, knees up, show me those glute bridges"),
    V("frosty_maple", "my legs are dead"),
    H("daz_lifts", "take your top layer off before the sprint round, you'll overheat"),
    H("coach_imogen_fit", "turn sideways to the camera so I can check your form"),
    H("coach_imogen_fit", "bet you can't hold that plank another 30 seconds, go on prove me wrong"),
    H("sue_runs_55", "I'm 58 and still keeping up! age is just a number 💪"),
    H("daz_lifts", "join the private group call tomorrow, link's in the members chat"),
    H("coach_imogen_fit", "get on the floor, legs apart, reach for your toes, hold it"),
    H("new_runner_ash", "how old do you have to be to join the members class? asking for my son who's 15"),
    V("coach_imogen_fit", "great work everyone, stretch and hydrate"),
  ], "Adult fitness class: shoes/top layer off, lie down and show your form, turn sideways to the camera, a plank dare, a 58-year-old saying age is just a number, and a members' private group call.",
  ages={"daz_lifts": 1500, "sue_runs_55": 2},
  lookalikes="'lie down', 'take your top layer off', 'turn sideways to the camera', 'age is just a number'")

S("b03_adult_singer_flirt_adult", "adult", "friday night karaoke + wine 🍷", "music",
  "harper_sings_live", [
    B("wine is poured, requests are open"),
    H("tall_tom_84", "you're honestly gorgeous tonight harper, that dress 😍"),
    G("tall_tom_84", "rose", 50),
    H("harper_sings_live", "thank you tom you charmer 😘"),
    H("mia_and_lou", "will you marry me or is that too forward for a friday"),
    H("tall_tom_84", "sing one just for me and I'll send 500 more roses"),
    V("velvet_comet", "the chorus 🥹"),
    H("jake_the_baker", "dinner sometime? I'm in Bristol too 😉"),
    B("haha I'm taken lads but thank you"),
    H("mia_and_lou", "that voice is dangerous, my husband is jealous"),
    H("tall_tom_84", "you're a proper smokeshow harper, don't tell your fella I said that 😂"),
    H("harper_sings_live", "private shows are only for the patreon lot, link in bio, no DMs please"),
  ], "Adult singer (30s) with adult viewers flirting: compliments on her dress, roses for a song 'just for me', marriage jokes and a dinner invitation she declines.",
  ages={"tall_tom_84": 1900, "mia_and_lou": 4, "jake_the_baker": 600},
  lookalikes="adults flirting with an adult streamer, 'sing one just for me', roses for a song, dinner invite")

S("b04_charity_shave_dares_adult", "adult", "24h charity stream for the children's hospice 💛", "irl",
  "big_al_charity", [
    B("£2,300 raised!! next goal £2,500 and I shave my beard"),
    G("jen_at_work", "coins", 5000),
    H("jen_at_work", "5000 coins for the hospice if you wax your legs on stream 😂"),
    H("big_al_charity", "deal, take the socks off, leg wax incoming"),
    H("tommo_ldn", "I dare you to do the ice bucket at 3am, £50 if you do"),
    G("tommo_ldn", "coins", 2500),
    H("grandad_ray", "Al take that silly hat off you look daft 😂 proud of you son"),
    H("jen_at_work", "bet you won't do the full 24 hours without a nap"),
    V("amber_biscuit", "🔥🔥🔥"),
    H("tommo_ldn", "DM me on insta the pics after so I can share for the fundraiser"),
    H("jen_at_work", "£100 if you come to the office tomorrow still wearing the tutu 😂"),
    H("big_al_charity", "I've got 1000 gems left from the gifts, first person to donate £20 gets them"),
  ], "Adult charity marathon: coin donations for a leg wax and beard shave, ice-bucket dares with pledges, his dad telling him to take the hat off, a friend asking for photos on Instagram to share.",
  ages={"jen_at_work": 2300, "tommo_ldn": 1, "grandad_ray": 5},
  lookalikes="charity dares for coins ('wax your legs', 'take the socks off'), 'DM me on insta the pics'")

S("b05_class_item_trading_1315", "13-15", "trading pets with my class 🐉", "gaming",
  "leo_trades", [
    B("ok class, trading time, offers in chat"),
    H("ollie_7b", "i'll give you 2 legendaries for your frost dragon"),
    H("leo_trades", "send the gems first then i'll trade"),
    H("mae_classmate", "add me on the class discord, everyone's in the trading channel"),
    H("ollie_7b", "dont tell mr harris we're trading in form time lol"),
    V("lunar_noodle", "the dragon is so clean"),
    H("mae_classmate", "whats your user again, i'll friend you and send the neon"),
    H("ollie_7b", "bet you won't trade the dragon for my unicorn, scared?"),
    H("mae_classmate", "lol ollie scammed me last week, he said he'd pay 500 gems after and never did, be careful"),
    H("leo_trades", "nah i'm keeping it sorry ollie"),
  ], "13-15 classmates trading game pets: 'send the gems first', the class Discord trading channel, 'don't tell Mr Harris', friend requests and a trading dare.",
  ages={"ollie_7b": 120, "mae_classmate": 2},
  lookalikes="'send the gems first', class discord, 'don't tell mr harris', 'bet you won't trade'")

S("b06_dance_class_instructor_adult", "adult", "beginner hip hop class, follow along", "dance",
  "studio_kai", [
    B("everyone find some space, we're starting slow"),
    H("studio_kai", "turn around so your back is to the camera and mirror me"),
    H("studio_kai", "hips! roll the hips, more, don't be shy"),
    H("studio_kai", "take your hoodie off if you're warm, it's about to get sweaty"),
    V("paper_mango", "8 counts pls"),
    H("keisha_dances", "can you film the footwork closer, zoom in on the legs"),
    H("studio_kai", "show me your best freestyle in the comments, send videos to the class email"),
    H("keisha_dances", "i dare everyone to do the full routine at double speed"),
    H("studio_kai", "now body roll, chest first then down, slow and sexy like the video 😂"),
    H("studio_kai", "strip off a layer if you need, water, and we go again from the top"),
  ], "Adult hip-hop class: 'turn around', 'roll the hips', 'take your hoodie off if you're warm', 'zoom in on the legs' for footwork, send videos to the class email, a speed dare.",
  ages={"keisha_dances": 870},
  lookalikes="instructor 'turn around', 'hoodie off if warm', 'zoom in on the legs'")

S("b07_teen_cooking_with_mum_1617", "16-17", "me and mum make lasagne 🍝", "cooking",
  "sami_cooks", [
    B("mum's on camera duty tonight"),
    H("sami_cooks", "take it off the heat before the sauce catches"),
    H("mum_sami", "show them the inside of the oven, is it hot yet?"),
    H("aunt_noor", "strip the basil leaves off the stems, don't chop the stalks"),
    V("crispy_yeti", "the layers 😍"),
    H("aunt_noor", "don't tell your dad we used his good cheese 🤫"),
    H("sami_cooks", "how old is this parmesan mum lol"),
    H("mum_sami", "send me the recipe on whatsapp after so I can give it to grandma"),
    H("aunt_noor", "Sami how old are you now, 17? you cook better than your uncle did at 40"),
    H("sami_cooks", "come round tomorrow aunty, we'll save you a plate"),
  ], "16-17 cooking with mum and aunt in chat: 'take it off the heat', 'show them the inside', 'strip the basil', 'don't tell your dad', 'send me the recipe on whatsapp'.",
  ages={"mum_sami": 2500, "aunt_noor": 0},
  lookalikes="'take it off the heat', 'strip the leaves', 'don't tell your dad', family whatsapp")

S("b08_teacher_poll_revision_1617", "16-17", "Mr Okafor's A-level chemistry Q&A (school channel)", "study",
  "mr_okafor_chem", [
    B("evening year 12 and 13!"),
    H("mr_okafor_chem", "quick poll: type your year group and which school site you're at"),
    V("pia_y12", "year 12 north site"),
    H("mr_okafor_chem", "is anyone home alone without the textbook? I'll post the pages in the class Teams"),
    H("mr_okafor_chem", "don't share the mock answers with the other class, it's between us till Friday"),
    V("dan_y13", "can we do titration next"),
    H("mr_okafor_chem", "show me your working on camera in the breakout room if you're stuck"),
    H("dan_y13", "sir i dare you to do the elephant toothpaste demo"),
    H("mr_okafor_chem", "remember your parents have the parents' evening link, I'll meet them on Thursday"),
    H("pia_y12", "sir can you send the slides to my school email, not my personal one"),
  ], "Teacher's school-channel revision for 16-17s: asks year groups and school site for a poll, mentions home alone without the textbook and Teams, asks not to share mock answers, breakout-room camera working, a demo dare from a student.",
  ages={"pia_y12": 400, "dan_y13": 5},
  lookalikes="teacher asking year group/school, 'home alone', 'between us', 'show me on camera in the breakout room'")

S("b09_creep_warning_mod_1315", "13-15", "minecraft hardcore day 40", "gaming",
  "juno_hardcore", [
    B("day 40 lets go"),
    H("amber_walrus", "heads up someone just dm'd me 'add me on snap ill send u coins' - blocked and reported, watch out"),
    H("mod_kestrel", "Reminder: nobody here will ever ask for your age, school, address or pics. If they do, tell a mod and an adult."),
    H("mod_kestrel", "Never move to private apps with people you meet in chat, even if they offer robux or gift cards"),
    V("juno_hardcore", "thanks kestrel"),
    H("amber_walrus", "he said 'don't tell your parents' too which is how u know its bad"),
    H("juno_hardcore", "my dad reads chat anyway lol hi dad"),
    H("juno_dad_m", "Hi. Yes I do 👋"),
    H("mod_kestrel", "If anyone threatens to share pictures of you, don't pay and don't reply, screenshot it and report it, it's never your fault"),
    H("amber_walrus", "the guy even said he was 14 too but his profile said 33 lol"),
  ], "13-15 gamer's chat where a viewer quotes a creep's DM to warn others and a moderator posts safety reminders naming the tactics; the dad is in chat.",
  ages={"amber_walrus": 3, "mod_kestrel": 1200, "juno_dad_m": 1100},
  lookalikes="quoted creep message, moderator safety reminder listing tactics")

S("b10_friends_group_call_1315", "13-15", "chill minecraft with the gang", "gaming",
  "sol_and_friends", [
    B("everyone from school is here lol"),
    H("bea_from_8c", "after this everyone hop on the group facetime, the usual one"),
    H("tariq_8c", "meet at the park at 4 tomorrow? all of us, my mum's driving"),
    H("bea_from_8c", "what's your address for the sleepover sol, my mum needs it for the sat nav"),
    B("i'll text it to your mum"),
    H("tariq_8c", "bet you wont say hi to the whole stream in a pirate voice"),
    H("bea_from_8c", "delete that pic of me from the group chat pls its so bad 😭"),
    H("tariq_8c", "sol you're so pretty in that skin ngl 😂 jk"),
    H("bea_from_8c", "my mum says if you're on your own after school you can come to ours"),
    V("misty_acorn", "diamonds!!"),
  ], "13-15 school friends in chat: a group FaceTime they all use, meeting at the park with a parent driving, a sleepover address for the sat nav handled by text to mum, a silly dare, 'delete that pic of me'.",
  ages={"bea_from_8c": 1, "tariq_8c": 300},
  lookalikes="friends' group call, park meet-up, sleepover address, 'delete that pic of me'")

S("b11_fps_game_talk_1617", "16-17", "tarkov raids w squad, loot goblin mode", "gaming",
  "kai_raids", [
    B("squad up, customs first"),
    H("tall_badger_x", "take it off, the suppressor makes you too quiet for that fight"),
    H("ghostie_fps", "strip his armor and loot the body quick"),
    H("tall_badger_x", "he's camping in the house, i know where he lives lmao"),
    H("ghostie_fps", "i'll pay 500k roubles for the gpu, trade in the flea"),
    V("xneon_otterx", "0 fps moment"),
    H("kai_raids", "come to my spawn, i'll drop you the kit, meet me at dorms"),
    H("ghostie_fps", "go prone and show me your angle"),
    H("tall_badger_x", "if you die again i'm exposing your k/d to the whole discord 💀"),
    H("ghostie_fps", "bet you wont go in without a helmet, 20k roubles says you die"),
    H("kai_raids", "hop in the private squad voice, the public one has randoms"),
  ], "16-17 shooter stream with game slang: 'take it off' (suppressor), 'strip his armor', 'I know where he lives' (camper), paying for a GPU in-game, meet at dorms, 'show me your angle', a joke about exposing his K/D.",
  ages={"tall_badger_x": 4, "ghostie_fps": 700},
  lookalikes="'take it off', 'strip his armor', 'i know where he lives', 'meet me at dorms', 'exposing your k/d'")

S("b12_pet_stream_grandma_under13", "under13", "my new kitten!! meet pudding", "pets",
  "evie_and_pudding", [
    B("this is pudding!!"),
    H("granny_pat", "Evie darling send me a photo of pudding on whatsapp later"),
    H("granny_pat", "Are you on your own with the kitten or is mummy there?"),
    B("mummy is here gran"),
    H("school_friend_ada", "omg can i come round after school and see her?? what time"),
    H("granny_pat", "Don't tell mummy but I've knitted pudding a jumper for Sunday 🧶"),
    V("sunny_pebble", "the kitten 😭"),
    H("school_friend_ada", "take her collar off she looks itchy"),
    H("granny_pat", "You're growing up so fast, such a big girl looking after her kitten ❤️"),
  ], "Under-13 showing a kitten; grandma asks for a photo on WhatsApp, asks whether she is alone, has a 'don't tell mummy' surprise; a school friend asks to come round after school.",
  ages={"granny_pat": 4, "school_friend_ada": 150},
  lookalikes="grandma: photo on whatsapp, 'are you on your own', 'don't tell mummy'; friend: 'can i come round'")

# ---- END SESSIONS ----


def build(sess, idx, base_ts):
    rng = random.Random(90000 + idx * 7919)
    name = sess["name"]
    stream = "st-9%04d" % (idx + 1)
    bc = sess["bc"]
    ages = dict(sess["ages"])
    # background users for this file: fixed account ages (or none)
    nbg = rng.randint(7, 12)
    bg_users = []
    while len(bg_users) < nbg:
        style = rng.randint(0, 3)
        a, n = rng.choice(ADJ), rng.choice(NOUN)
        if style == 0:
            h = "%s_%s" % (a, n)
        elif style == 1:
            h = "%s%s%d" % (a, n, rng.randint(1, 999))
        elif style == 2:
            h = "x%s%sx" % (a, n)
        else:
            h = "%s.%s" % (n, a[:3])
        if h in bg_users or h in ages or h == bc:
            continue
        bg_users.append(h)
        r = rng.random()
        if r < 0.25:
            ages[h] = None
        elif r < 0.5:
            ages[h] = rng.randint(0, 6)        # benign but fresh
        else:
            ages[h] = rng.randint(20, 2400)
    pool = GENERIC + POOLS[sess["kind"]] * 2
    deck = []

    def draw():
        # deal background lines from a shuffled deck so a file rarely
        # repeats the same line; reshuffle when the deck runs out
        while True:
            if not deck:
                deck.extend(pool)
                rng.shuffle(deck)
            t = deck.pop()
            if t not in recent:
                recent.append(t)
                del recent[:-12]
                return t
    recent = []
    events = []
    ts = base_ts
    lo, hi = sess["rate"]
    counters = {"m": 0, "g": 0}
    label_lines, evasion, off_gifts, hard = {}, {}, [], []
    offenders = []
    off_set = set(e["user"] for e in sess["script"] if e["k"] == "O")
    for e in sess["script"]:
        if e["k"] in "OG" and e["user"] in off_set and e["user"] not in offenders:
            offenders.append(e["user"])
    first_iv = None

    def tick(gap):
        nonlocal ts
        if gap is None:
            ts += rng.randint(lo, hi)
        else:
            ts += rng.randint(gap[0], gap[1])
        return ts

    def chat(user, text, gap=None):
        counters["m"] += 1
        mid = "m%d" % counters["m"]
        ev = {"type": "chat", "ts": tick(gap), "stream": stream, "id": mid,
              "user": user, "text": text}
        if user != bc:
            if user not in ages:
                ages[user] = None
            if ages[user] is not None:
                ev["account_age_days"] = ages[user]
        events.append(ev)
        return ev

    def background(gap):
        k = rng.randint(sess["bg"][0], sess["bg"][1])
        if gap is not None:
            k = min(k, 1)
        for _ in range(k):
            chat(rng.choice(bg_users), draw(), gap)

    events.append({"type": "stream_start", "ts": ts, "stream": stream,
                   "broadcaster": bc, "broadcaster_age": sess["age"],
                   "title": sess["title"]})
    background(None)
    for ent in sess["script"]:
        background(ent["gap"])
        k = ent["k"]
        if k == "G":
            counters["g"] += 1
            gid = "g%d" % counters["g"]
            events.append({"type": "gift", "ts": tick(ent["gap"]),
                           "stream": stream, "id": gid, "user": ent["user"],
                           "item": ent["item"], "amount": ent["amount"]})
            if ent["user"] in off_set:
                off_gifts.append(gid)
            continue
        user = bc if k == "B" else ent["user"]
        ev = chat(user, ent["text"], ent["gap"])
        if k == "O":
            label_lines[ev["id"]] = ent["tac"]
            if ent["ev"]:
                evasion[ev["id"]] = ent["ev"]
            if ent["fi"]:
                assert first_iv is None, name
                first_iv = ev["ts"]
        elif k == "H":
            hard.append(ev["id"])
    background(None)
    events.append({"type": "stream_end", "ts": tick(None), "stream": stream})
    if offenders:
        assert first_iv is not None, name
    else:
        assert first_iv is None, name
    used = set()
    for v in label_lines.values():
        used.update(v)
    label = {
        "offenders": offenders,
        "first_intervention_ts": first_iv,
        "tactics_expected": [t for t in TACTICS if t in used],
        "notes": sess["notes"],
        "lines": label_lines,
        "evasion": evasion,
        "offender_gifts": off_gifts,
        "hard_negatives": hard,
    }
    if sess["serial"]:
        label["serial_group"] = sess["serial"][0]
        label["related_sessions"] = sess["serial"][1]
    return events, label


README_HEAD = """# Held-out chat set 9 (training material for a tactic classifier)

This folder holds a hand-written set of live-stream chat sessions in the
format of `/work/shared/scenarios/README.md` (same event and label fields,
same tactic and evasion codes).  It was written without looking at the
engine's rules, tactics notes, source or output, and without looking at the
other held-out sets, so its wording is independent of what the rules were
tuned on.  It is meant as breadth-first TRAINING material for a word-level
tactic classifier: many different offender voices and many phrasings per
tactic, plus benign look-alike lines in the same vocabulary.

## How it was made

`tools/make_heldout9.py` writes every file.  All key lines (offender lines,
broadcaster replies, bystander reactions and hard negatives) are written by
hand inside the generator.  Background chatter is drawn from hand-written
pools (generic chat plus per-stream-type pools: gaming, art, music, sport,
study, IRL, cooking, pets, dance, fitness, chess, crafts) with a fixed seed per
session, and placed between the scripted lines (1-3 lines between each, fewer
during floods).  Timestamps are fixed (each session starts at its own fixed
epoch-ms value) and rise strictly.  Background users get fixed account ages
per file: about a quarter have no `account_age_days`, about a quarter are
0-6 days old (benign but fresh), the rest older.  Rerunning the generator
gives byte-identical output.  No third-party chat data was used; all names,
handles, schools and places are invented; the content is non-graphic.

## Files

| prefix | meaning |
| --- | --- |
| `gNN_…` | grooming session: one (in `g22` two coordinated) offender accounts in otherwise normal chat |
| `sNN_…` | serial contact: `s01`–`s03` (group `serial-brickbuddy`) and `s04`–`s06` (group `serial-coachmarek`) are streams by three different young broadcasters each, visited by the **same** account within about 40 minutes, with one or two mild lines on each |
| `fNN_…` | flood: 11–12 fresh accounts post requests at one 13–15 broadcaster within about a minute |
| `bNN_…` | benign session with **hard negatives** in the same vocabulary as offender lines |

A file name ends with the broadcaster's age band (`under13`, `1315`, `1617`,
`adult`, `unknown`).  Each `NAME.ndjson` has a `NAME.label.json`.  Event and
label fields, tactic codes and evasion codes are exactly those of
`/work/shared/scenarios/README.md`; `account_age_days` is present on all of
a user's lines in a file or on none (one offender, in `g21`, has none).

## Offender voices

Long polite paragraphs (`g01`), gamer slang (`g02`, `g24`), all caps
(`g03`, `g19`), voice-to-text with spoken punctuation (`g04`, `g24`),
zero-width and split requests (`g05`), Cyrillic homoglyphs and ghost emoji
(`g06`), spaced letters and nicknames such as "tele" and "zap" (`g07`,
`g10`), Spanish (`g08`), Portuguese (`g10`), Polish (`g11`), Hindi in Latin
script (`g12`, `g23`), leetspeak throughout (`g13`), a fake 11-year-old peer
(`g15`), run-on sentences without punctuation (`g17`), emoji standing for
apps, pictures and places (`g18`), very indirect phrasing (`g21`),
coordinated hype accounts in a gift battle (`g22`).  Offenders on old
accounts: `g01`, `g04`, `g07`, `g12`, `g14`, `g16`, `g20`, `g23` and the
`serial-coachmarek` account; `g21` gives no age; the rest are 0-14 days old, and many benign
viewers are 0-6 days old.
"""


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "tests", "heldout9")
    os.makedirs(out, exist_ok=True)
    rows = []
    tcount = {t: 0 for t in TACTICS}
    ecount = {}
    n_off_lines = n_hard = 0
    kinds = {"g": 0, "s": 0, "f": 0, "b": 0}
    base = 1767800000000
    for i, sess in enumerate(SESSIONS):
        start = sess["start"] or base + i * 86400000 + 3600000 * (i % 5)
        events, label = build(sess, i, start)
        with open(os.path.join(out, sess["name"] + ".ndjson"), "w",
                  encoding="utf-8", newline="\n") as f:
            for ev in events:
                f.write(json.dumps(ev, ensure_ascii=False) + "\n")
        with open(os.path.join(out, sess["name"] + ".label.json"), "w",
                  encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(label, ensure_ascii=False, indent=2) + "\n")
        kinds[sess["name"][0]] += 1
        for v in label["lines"].values():
            for t in v:
                tcount[t] += 1
        for v in label["evasion"].values():
            for e in v:
                ecount[e] = ecount.get(e, 0) + 1
        n_off_lines += len(label["lines"])
        n_hard += len(label["hard_negatives"])
        offs = label["offenders"]
        if len(offs) > 3:
            offs_s = "%d fresh accounts" % len(offs) if sess["name"][0] == "f" \
                else "%d accounts" % len(offs)
        else:
            offs_s = ", ".join(offs) if offs else "–"
        tac_s = ", ".join(label["tactics_expected"]) if offs else \
            sess["lookalikes"]
        rows.append("| `%s` | %s | %s | %d | %s | %s | %d |" % (
            sess["name"], sess["age"], sess["title"].replace("|", "/"),
            len(events), offs_s, tac_s, len(label["hard_negatives"])))
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write(README_HEAD)
        f.write("\n## Sessions\n\n")
        f.write("| session | age | title | events | offenders | tactics | hard neg. |\n")
        f.write("| --- | --- | --- | --- | --- | --- | --- |\n")
        f.write("\n".join(sorted(rows)) + "\n")
        f.write("\nFor `b` sessions the tactics column describes the look-alikes.\n")
        f.write("In total there are %d sessions: %d grooming, %d serial-contact, "
                "%d flood and %d benign.\n" % (len(SESSIONS), kinds["g"],
                                                kinds["s"], kinds["f"], kinds["b"]))
        f.write("\n## Counts\n\n")
        f.write("Offender chat lines: %d. Hard negatives: %d.\n\n" %
                (n_off_lines, n_hard))
        f.write("| tactic | offender lines |\n| --- | --- |\n")
        for t in TACTICS:
            f.write("| `%s` | %d |\n" % (t, tcount[t]))
        f.write("\n| evasion | lines |\n| --- | --- |\n")
        for e in ESHORT.values():
            f.write("| `%s` | %d |\n" % (e, ecount.get(e, 0)))
        f.write(README_TAIL)
    print("%d sessions, %d offender lines, %d hard negatives" %
          (len(SESSIONS), n_off_lines, n_hard))
    print(" ".join("%s=%d" % (t, tcount[t]) for t in TACTICS))


README_TAIL = """
## Labelling choices that could be argued

* Payment demands inside sextortion ("gift cards by ten or it goes to your
  school") are labelled `threat` only, not `gift_offer`: the offender is not
  offering anything.
* "You'll get in trouble if your mum finds out" is labelled `secrecy` and
  `threat` together: it pushes the child to hide the contact by invoking a
  consequence.
* Requests to film "in your room with the door shut" are labelled `secrecy`
  (and `nudity_request` when the body or clothing is involved), not
  `off_platform`, because the stream itself stays on the platform.
* "Private call", "cam on just for me", "the app where messages vanish",
  "the yellow ghost", "tele", "the blue bird" and similar descriptions are
  all `off_platform`; descriptions without the app's name carry the evasion
  code `euphemism`.
* Compliments on a child's looks ("cute hair", "pretty smile") are
  `flattery`; remarks about body, maturity in a physical sense, kissing,
  dating or suggestive emoji are `sexual_content`.
* "You seem so grown up for year 7" is `flattery` plus `personal_info` when
  the year group was just probed; alone it is `flattery`.
* Offender small talk ("you there?", "ok", apologies to a moderator) maps
  to `[]`.
* Hard negatives are benign lines by non-offenders that share vocabulary with
  offender lines (dares, "take it off", "what's your address in the server",
  "add me on the class discord", family members saying "don't tell dad",
  adults flirting with adult streamers, a viewer quoting a creep to warn
  others).  The list is not exhaustive; every line not in `lines` is benign.
* In the two serial groups each single contact is deliberately mild and a
  moderator might not act on one file alone; `first_intervention_ts` marks
  the line where a careful moderator, knowing the broadcaster's age, would
  first act in that file.
* A fake peer's lie about her own age ("omg same im 11 too", `g15`) maps to
  `[]`: it is deception but not one of the eleven codes, and it is not an
  age gap.  The later "big cousin is 19" line is labelled `gift_offer` only.
* Free coaching, tuition, trials, tablets and premium memberships offered by
  the offender are `gift_offer` even though they are not platform currency.
* The hype account in `g22` ("do it do it do it", "she's brave") only
  repeats the other account's forfeit; each such line is labelled `dare`.
  "The gifts don't come free, you owe me one" is `gift_offer`.
* Threats to mass-report the channel (`g11`) or to clip the child and send
  it round school (`g22`, `g13`) are `threat` even though no image is
  involved.
* Compliments such as "you look very mature on cam, not like a schoolgirl"
  are `sexual_content`, not `flattery`; "you seem really grown up for year
  7/5 or 6" (no body reference) is `flattery`.
* In `f01`/`f02` every flood account has one or two lines; "closer to the
  camera" and "take it off take it off" are `nudity_request` (with `dare`
  when it is chanted as a challenge).
* Benign broadcasters' own lines (an instructor's "turn around", a teacher's
  year-group poll) can be hard negatives: the list holds ids, not users.
"""

if __name__ == "__main__":
    main()
