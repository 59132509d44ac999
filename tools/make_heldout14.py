#!/usr/bin/env python3
"""make_heldout14.py: deterministic generator for held-out chat set 14 (tests/heldout14).

All key lines (offenders, broadcasters, relatives, hard negatives) are hand-written
below; background chatter is drawn with fixed seeds from hand-written pools.
Rerunning produces byte-identical files.  Usage: python3 tools/make_heldout14.py
"""
import json, os, random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "heldout14")
TACTICS = ["flattery", "personal_info", "gift_offer", "dare", "nudity_request",
           "sexual_content", "secrecy", "off_platform", "threat", "meeting", "age_gap"]
EVASIONS = ["leetspeak", "spaced_letters", "emoji_substitute", "homoglyph", "misspelling",
            "split_request", "number_words", "zero_width", "euphemism"]
ZW = "\u200b"

# ---------------------------------------------------------------- pools
POOLS = {
 "greet": ["hii", "hello from the bus", "just got here what did i miss", "evening all", "first time catching you live",
           "yo", "back from dinner", "hey hey", "lurking tonight", "o/", "hi chat", "morning from the night shift lol",
           "good stream so far", "notification finally worked", "had to leave for a sec, back", "gg", "lol", "haha",
           "LMAO", "no way", "W", "clean", "😂😂", "🔥", "👏👏", "this is so chill", "vibes", "real", "true"],
 "game": ["that jump was frame perfect", "left side was open", "you had him one shot", "craft the potions first",
          "is this the new patch", "the boss has a second phase btw", "save before the door", "reload reload",
          "inventory is a mess haha", "that loot is mid", "ping looks rough tonight", "what sens do you use",
          "use the shield there", "you missed a chest in the corner", "speedrun strats", "rip", "so close",
          "the respawn timer is brutal", "nerf that gun honestly", "carry me next season", "play the ranked queue after",
          "what seed is this", "clutch", "ez"],
 "rhythm": ["that stream section is evil", "full combo incoming", "the 16ths in the middle tho", "offset feels off",
            "try it on hidden", "those hands are fast", "what difficulty is this", "accuracy 98 is crazy",
            "do the anime opening next", "my fingers hurt watching", "slider break noooo", "ranked map?",
            "this song slaps", "request: the vocaloid one", "fc or riot"],
 "art": ["the glaze colour is so nice", "how long does it dry", "love the texture", "centering is the hardest part",
         "what clay body is that", "the rim looks clean", "can you do a mug with a frog on it", "so satisfying",
         "wet clay sounds asmr", "is the kiln electric", "that trimming tool is cool", "my bowls always collapse",
         "brush strokes look great", "colour palette is lovely", "what brush size"],
 "skate": ["clean kickflip", "that rail is sketchy", "landed it!!", "bolts", "the wind is wild today", "try switch",
           "wax the ledge", "new deck?", "bails count as content", "that drop looked huge", "helmet gang", "smooth",
           "camera guy doing work", "the bowl is packed today", "one more try"],
 "quiz": ["1066!!", "was it the romans", "i said b", "the tudors again lol", "magna carta 1215", "no idea on this one",
          "that was a trick question", "my teacher would be proud", "leaderboard?", "egyptians built it i think",
          "the treaty of what", "i got 7 out of 10", "quick, next question", "i'm guessing c", "history nerds unite"],
 "farm": ["the strawberries are ready", "water the cauliflowers", "give the wizard a gift", "marry the farmer guy",
          "your chickens are so cute", "fishing minigame is pain", "the mines floor 40 is hard", "festival tomorrow",
          "sell the wine later", "pumpkins!!", "rain day = no watering", "build a silo", "the cat has a hat lol",
          "your farm layout is cute", "upgrade the watering can"],
 "guitar": ["my g chord sounds muffled", "capo on 2?", "what strings are those", "slow it down pls", "fingers hurt lol",
            "barre chords are the worst", "metronome at 80?", "that tone is so warm", "which tuning", "thanks for the tab",
            "i finally got the change", "alternate picking?", "the strum pattern again", "down down up up down"],
 "dog": ["what a good boy", "the recall is so good", "what breed?", "treat pouch goals", "my dog ignores me like that",
         "clicker training?", "so fluffy", "look at the zoomies", "how old is he", "leave it command is hard",
         "is that a collie mix", "the tail wag omg", "loose lead walking tips pls", "he loves the ball", "doggo"],
 "lego": ["the instruction book is huge", "wrong piece!!", "bag 7 already", "that minifig is cool", "sort by colour",
          "brick separator saves lives", "the spaceship is looking good", "where's the sticker go", "build the engine next",
          "is this the new set", "my cat ate a lego once", "tiny pieces anxiety", "moc time after?", "nice click"],
 "robot": ["the servo is jittering", "check the battery", "wheels need more grip", "is that an arduino", "code it in python",
           "sensor values look off", "line follower!!", "the arm lifted it!", "competition in march?", "pid tuning pain",
           "soldering looks clean", "ultrasonic sensor?", "team name ideas", "the robot is so cute"],
 "cook": ["smells good from here", "more garlic", "is that butter", "pasta water salt", "the sauce thickened nice",
          "i'd eat that", "recipe link?", "chopping skills", "onions make me cry", "golden brown"],
 "sport": ["nice first touch", "keepy uppy record?", "training tonight?", "that was offside", "top bins", "the goalie had no chance",
           "cones drill looks hard", "what boots are those", "sprints after?", "great passing"],
 "piano": ["the left hand is so smooth", "is that chopin", "pedal sounds nice", "play the movie theme", "scales first lol",
           "grade 5?", "so calm", "my sister plays this"],
}

FIRST = ["maple", "quill", "tango", "ember", "pixel", "otter", "sunny", "cobalt", "fern", "juno", "koi", "lark", "mossy",
         "nova", "olive", "pebble", "rusty", "sable", "toffee", "umber", "violet", "wren", "yuzu", "zed", "basil", "clover",
         "dune", "echo", "frost", "gully", "hazel", "inky", "jet", "kestrel", "lumen", "marble"]
SECOND = ["fox", "lad", "gal", "fan", "bean", "cat", "owl", "hops", "byte", "rider", "plays", "tv", "uk", "_x", "99", "22",
          "_07", "ink", "toast", "wave", "pie", "bird"]


def bg_user(rng):
    return rng.choice(FIRST) + rng.choice(["_", "", "."]) + rng.choice(SECOND) + (str(rng.randint(1, 999)) if rng.random() < 0.4 else "")


def codes(s, order):
    got = s.split() if s else []
    for c in got:
        assert c in order, c
    return [c for c in order if c in got]


# ---------------------------------------------------------------- script helpers
def O(user, text, tac="", ev="", fit=False):
    return ("o", user, text, codes(tac, TACTICS), codes(ev, EVASIONS), fit)


def B(text):
    return ("b", text)


def V(user, text):
    return ("v", user, text)


def H(user, text):
    return ("h", user, text)


def G(user, item, amount):
    return ("g", user, item, amount)


def BG(n):
    return ("bg", n)


def NEXT_STREAM(stream, title, gap_ms):
    return ("ns", stream, title, gap_ms)


SESSIONS = []


def session(name, bc, age, title, topics, start, script, notes, ages, per=(0, 2), gap=(2000, 16000), seed=None,
            extra=None, lookalikes=""):
    SESSIONS.append(dict(name=name, bc=bc, age=age, title=title, topics=topics, start=start, script=script,
                         notes=notes, ages=ages, per=per, gap=gap, seed=seed, extra=extra or {}, lookalikes=lookalikes))


def build(s):
    rng = random.Random(s["seed"] if s["seed"] is not None else s["name"])
    users = [bg_user(rng) for _ in range(14)]
    uage = {}
    for u in users:
        uage[u] = None if rng.random() < 0.25 else rng.choice([rng.randint(0, 9), rng.randint(30, 400), rng.randint(400, 2500)])
    uage.update(s["ages"])
    pool = []
    for t in s["topics"]:
        pool += POOLS[t]
    pool += POOLS["greet"]
    ts = s["start"]
    stream = "st-" + str(abs(hash_str(s["name"])) % 90000 + 10000)
    ev, label_lines, evasion, ogifts, hn, offenders = [], {}, {}, [], [], []
    mid, gid = [0], [0]
    fit_ts = [None]
    offs = set(s["extra"].get("offenders_hint", []))

    def tick():
        nonlocal ts
        ts += rng.randint(*s["gap"])
        return ts

    def chat(user, text):
        mid[0] += 1
        e = {"type": "chat", "ts": tick(), "stream": stream, "id": "m%d" % mid[0], "user": user, "text": text}
        if user != s["bc"] and uage.get(user) is not None:
            e["account_age_days"] = uage[user]
        ev.append(e)
        return e

    def bg(n):
        for _ in range(n):
            r = rng.random()
            if r < 0.06:
                gid[0] += 1
                ev.append({"type": "gift", "ts": tick(), "stream": stream, "id": "g%d" % gid[0],
                           "user": rng.choice(users), "item": rng.choice(["coins", "gems", "rose", "bits"]),
                           "amount": rng.choice([1, 5, 10, 50, 100])})
            elif r < 0.13:
                chat(s["bc"], rng.choice(BC_CHATTER))
            else:
                chat(rng.choice(users), rng.choice(pool))

    ev.append({"type": "stream_start", "ts": ts, "stream": stream, "broadcaster": s["bc"], "broadcaster_age": s["age"],
               "title": s["title"]})
    bg(rng.randint(2, 4))
    for it in s["script"]:
        k = it[0]
        if k == "bg":
            bg(it[1]); continue
        if k == "ns":
            ev.append({"type": "stream_end", "ts": tick(), "stream": stream})
            ts += it[3]
            stream = it[1]
            ev.append({"type": "stream_start", "ts": ts, "stream": stream, "broadcaster": s["bc"],
                       "broadcaster_age": s["age"], "title": it[2]})
            continue
        bg(rng.randint(*s["per"]) + 1)
        if k == "o":
            _, u, text, tac, evs, fit = it
            e = chat(u, text)
            if u not in offenders:
                offenders.append(u)
            label_lines[e["id"]] = tac
            if evs:
                evasion[e["id"]] = evs
            if fit:
                assert fit_ts[0] is None
                fit_ts[0] = e["ts"]
        elif k == "b":
            chat(s["bc"], it[1])
        elif k == "v":
            chat(it[1], it[2])
        elif k == "h":
            e = chat(it[1], it[2])
            hn.append(e["id"])
        elif k == "g":
            gid[0] += 1
            ev.append({"type": "gift", "ts": tick(), "stream": stream, "id": "g%d" % gid[0], "user": it[1],
                       "item": it[2], "amount": it[3]})
    bg(rng.randint(2, 4))
    ev.append({"type": "stream_end", "ts": tick(), "stream": stream})
    for e in ev:
        if e["type"] == "gift" and e["user"] in offenders:
            ogifts.append(e["id"])
    union = set()
    for v in label_lines.values():
        union |= set(v)
    if offenders and fit_ts[0] is None:
        raise SystemExit(s["name"] + ": no first intervention line")
    lab = {"offenders": offenders, "first_intervention_ts": fit_ts[0],
           "tactics_expected": [c for c in TACTICS if c in union], "notes": s["notes"], "lines": label_lines,
           "evasion": evasion, "offender_gifts": ogifts, "hard_negatives": hn}
    lab.update({k: v for k, v in s["extra"].items() if k != "offenders_hint"})
    return ev, lab


def hash_str(x):
    h = 2166136261
    for ch in x.encode():
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h


BC_CHATTER = ["ok ok focus", "thanks for coming in!!", "chat is wild today", "one sec drinking water", "wait what",
              "hahaha", "i'm so bad at this part", "let's gooo", "thank u for the follow", "hold on", "omg",
              "is my audio ok?", "brb 1 min", "yesss", "nooo", "okay next"]

# ================================================================ grooming sessions
T0 = 1767200000000  # fixed base, spaced per session below

session("g01_formal_letter_piano_1315", "keys_by_ivy", "13-15", "practising for my grade 5 exam 🎹", ["piano"], T0,
 [B("hi everyone, today is scales then the sonatina"),
  BG(6),
  O("h_ashcombe", "Good evening. I must say that your phrasing in the second movement showed a maturity that one rarely hears, even from conservatoire students many years your senior.", "flattery"),
  BG(4),
  B("oh thank you!! i messed up the left hand tho"),
  O("h_ashcombe", "Not at all. May I ask which examination board you are with, and whether your teacher is local to you? I have taught for many years and know most of the teachers in the north of the county.", "personal_info"),
  B("abrsm! i'm not saying where tho lol"),
  V("nadia_plays", "ivy dont say where ur teacher is"),
  O("h_ashcombe", "Quite right, quite right. I would be delighted to offer you some complimentary lessons. I am fifty-eight, retired, and I find that young players respond best to an older, patient mentor rather than the rushed half hours they are usually given.", "gift_offer age_gap", "number_words", fit=True),
  BG(5),
  O("h_ashcombe", "The lessons would of course be easier over a private video call than in this public room, where the comments are a distraction. Perhaps you would allow me to send my details in a message on the other application you mentioned last week.", "off_platform"),
  B("i dont think i mentioned an app?"),
  O("h_ashcombe", "My apologies, I must be mistaken. In any case, I would ask that you keep this arrangement between ourselves for the moment. Parents can be unreasonably wary of generosity, and I should hate for a misunderstanding to deprive you of the opportunity.", "secrecy"),
  V("nadia_plays", "this is weird, ivy ignore him"),
  BG(4),
  O("h_ashcombe", "If it is more convenient, I shall be at the music shop on the high street on Saturday morning and could listen to you play on one of their uprights. Do let me know what time suits.", "meeting"),
  V("old_mod_rhona", "removing this, ivy please dont reply to that one"),
  BG(6),
  B("ok back to the sonatina"),
 ], "Long, polite, formal paragraphs from an eleven-year-old account: praise for maturity, probing teacher and town, free lessons with a stated age of fifty-eight, a private video call, secrecy from parents framed as protecting an opportunity, then an offer to meet at a local music shop. A friend and a moderator push back.",
 {"h_ashcombe": 4100, "nadia_plays": 210, "old_mod_rhona": 1500}, per=(1, 3), gap=(3000, 20000))

session("g02_lowercase_bursts_mc_under13", "toby_builds", "under13", "building a castle in survival!!", ["game"], T0 + 86400000 * 1,
 [B("hi guys im making the castle walls today"),
  BG(5),
  O("zx_rrr", "ur good", "flattery"),
  O("zx_rrr", "how old"),
  O("zx_rrr", "like 10?", "personal_info", fit=True),
  B("im 11"),
  BG(3),
  O("zx_rrr", "nice"),
  O("zx_rrr", "mum home", "personal_info"),
  B("shes at work till late"),
  H("gran_pat", "Toby it's Granny, are you on your own? is your dad downstairs love?"),
  B("yes granny dad is downstairs"),
  BG(4),
  O("zx_rrr", "do a thing for me"),
  O("zx_rrr", "stand up", "dare nudity_request", "split_request"),
  O("zx_rrr", "spin round slow", "dare nudity_request", "split_request"),
  B("why"),
  O("zx_rrr", "just bc", "dare"),
  BG(3),
  O("zx_rrr", "u got 👻", "off_platform", "emoji_substitute"),
  O("zx_rrr", "add zx_rrr2", "off_platform"),
  O("zx_rrr", "dont say to ur dad", "secrecy"),
  O("zx_rrr", "u kissed anyone yet", "sexual_content"),
  V("gran_pat", "Toby I don't like that person, turn the chat off please"),
  B("ok granny"),
  BG(5),
 ], "Short lowercase bursts from a brand-new account: age guess, whether mum is home, a split stand-up-and-turn-round request, a Snapchat ghost emoji and 'dont say to ur dad'. The boy's real grandmother is in chat (not an offender) and steps in.",
 {"zx_rrr": 1, "gran_pat": 640}, per=(0, 2), gap=(2000, 12000))

session("g03_fake_girl_dance_1315", "mia.moves", "13-15", "learning the new dance trend 💃", ["greet", "rhythm"], T0 + 86400000 * 2,
 [B("hiii ok i'm gonna learn this one today"),
  BG(5),
  O("lilyyy.x13", "omg ur so good at this im literally 13 too and i can't even do the first bit", "flattery age_gap"),
  B("haha thank u!! it took me like 3 days"),
  O("lilyyy.x13", "what year r u in?? im year 8 at a school near the big shopping centre lol", "personal_info"),
  BG(3),
  B("year 9!"),
  O("lilyyy.x13", "we should be besties fr, r u on s n a p? my stream chat is always full of randoms", "off_platform", "spaced_letters", fit=True),
  BG(4),
  O("lilyyy.x13", "ok do outfit check after?? show me the whole fit, like the top too not just ur face hehe", "nudity_request"),
  B("my outfit is just a hoodie lol"),
  O("lilyyy.x13", "take the hoodie off so i can see what ur wearing under, we're both girls its fine 🙈", "nudity_request"),
  V("amira_k", "mia who is that"),
  BG(3),
  O("lilyyy.x13", "dont tell amira abt me ok she'll get jealous we're friends now 🤫", "secrecy"),
  O("lilyyy.x13", "ur lowkey really pretty btw like boys must be all over u 😏", "sexual_content"),
  B("ok this is weird"),
  V("amira_k", "blocking, mods?"),
  BG(4),
 ], "A fresh account pretending to be a 13-year-old girl: flattery and 'im 13 too' (age_gap used for the false age claim that normalises contact, see README), school probing, Snapchat in spaced letters, an outfit check that becomes 'take the hoodie off', secrecy from the child's real friend and a sexualised compliment.",
 {"lilyyy.x13": 2, "amira_k": 300}, per=(1, 2))

session("g04_sponsor_equipment_1617", "rowan_streams", "16-17", "apex ranked grind, mic is broken sorry", ["game"], T0 + 86400000 * 3,
 [B("yeah my mic crackles, saving for a new one"),
  BG(6),
  O("brightpath_media", "Hi Rowan, I run partnerships for a small esports gear brand. We've been watching your channel grow and think you'd be a great fit for our creator programme.", "flattery"),
  BG(3),
  O("brightpath_media", "We'd cover a new mic, a ring light and a webcam upgrade, fully paid, no strings. Just need to chat a few details off the stream, we use Telegram for all our creator deals.", "gift_offer off_platform", fit=True),
  B("wait fr??"),
  V("deano_", "bro look them up first"),
  BG(3),
  G("brightpath_media", "sub_gift", 5),
  O("brightpath_media", "Totally legit, we sponsor loads of streamers your age. How old are you btw, and which city are you in for shipping?", "personal_info"),
  B("17, i'd rather not say city here"),
  O("brightpath_media", "No worries. For the brand deck we'd need a few photos of you in the gym kit we send, shirt off ones do best for the fitness line honestly", "nudity_request"),
  BG(4),
  O("brightpath_media", "Keep it quiet for now pls, deals aren't public until launch and if your mates hear they'll all want one", "secrecy"),
  BG(2),
  O("brightpath_media", "I'm 39 myself but honestly age means nothing in this industry, half my best creators are teenagers", "age_gap"),
  O("brightpath_media", "We could even do the shoot at our studio, I'd pick you up from the station and drop you home after", "meeting"),
  V("deano_", "real sponsors dont ask for shirtless pics from a 17 yr old, report it"),
  BG(5),
 ], "A 'sponsor' on a three-year-old account offers to pay for a mic, light and webcam, moves the deal to Telegram, asks age and city 'for shipping', then wants shirtless photos for a 'brand deck' and asks for silence. A friend calls it out.",
 {"brightpath_media": 1180, "deano_": 900}, per=(1, 3))

session("g05_game_vocab_drift_1315", "kai_drops", "13-15", "zero build with viewers, join up", ["game"], T0 + 86400000 * 4,
 [B("lobby is open, code in chat"),
  BG(5),
  O("n0sc0pe_dad", "duo? i can carry u to unreal easy", "flattery"),
  B("lol sure next game"),
  BG(4),
  O("n0sc0pe_dad", "ur aim is cracked for ur age, what r u like 12 13?", "flattery personal_info"),
  B("14"),
  BG(3),
  G("n0sc0pe_dad", "coins", 200),
  O("n0sc0pe_dad", "ill gift u the battle pass + 2800 vbucks if u win the 1v1", "gift_offer dare"),
  O("n0sc0pe_dad", "but loser has to do a forfeit on cam", "dare"),
  B("what forfeit"),
  O("n0sc0pe_dad", "loser t4kes the h00die off lol its just a g4me", "dare nudity_request", "leetspeak", fit=True),
  V("sammy_b", "kai dont"),
  BG(3),
  O("n0sc0pe_dad", "or we do it in the d1sc DMs where ur chat cant see, no pressure", "off_platform", "leetspeak"),
  O("n0sc0pe_dad", "ur parents dont check ur discord right", "personal_info secrecy"),
  O("n0sc0pe_dad", "theres a lan cafe in town, i could take u on the weekend, my treat", "gift_offer meeting"),
  B("im not doing that"),
  V("sammy_b", "@mods"),
  BG(5),
 ], "Starts in the game's own vocabulary (duo, carry, 1v1) and drifts: age probe, V-Bucks for a 1v1, a hoodie forfeit in leetspeak, then Discord DMs and whether parents check it.",
 {"n0sc0pe_dad": 6, "sammy_b": 120}, per=(1, 2))

session("g06_voice_note_runon_unknown", "doodle_ren", "unknown", "sketching my oc's, requests open", ["art"], T0 + 86400000 * 5,
 [B("requests are open, give me a character and a vibe"),
  BG(6),
  O("marcus_talks", "ok so basically i was scrolling and found you and honestly i just had to say your lines are so good like better than half the people on my feed and im not just saying that", "flattery"),
  BG(3),
  O("marcus_talks", "anyway so i was wondering where are you based like roughly because i swear the window behind you looks like my old street and also are you in school still or", "personal_info", fit=True),
  B("i'm in school yeah, not saying where"),
  O("marcus_talks", "fair fair fair no yeah totally but like you look about sixteen maybe fifteen and im thirty one so dont worry im not weird i just like supporting young artists you know", "personal_info age_gap", "number_words"),
  BG(4),
  O("marcus_talks", "and honestly youre really cute when you concentrate like the way you bite your lip is kind of a lot haha sorry", "sexual_content"),
  V("tess_draws", "that's creepy dude"),
  O("marcus_talks", "ok ok sorry anyway if you ever want to do an art day i could meet you at the gallery in town and buy you some proper markers whatever you need just say", "gift_offer meeting"),
  BG(5),
  B("no thanks"),
 ], "Voice-note style run-on sentences without punctuation: flattery, location and school probing, a guessed age with 'im thirty one' in words, a sexualised remark, then a gallery meet-up with a markers offer.",
 {"marcus_talks": 14, "tess_draws": 760}, per=(1, 3))

session("g07_report_threat_roblox_under13", "lil_pip_plays", "under13", "obby speedruns!! join my server", ["game"], T0 + 86400000 * 6,
 [B("hii its pip, doing the tower obby"),
  BG(5),
  O("modteam_enforcer", "hey pip u know ur not allowed to stream under 13 right", "personal_info"),
  B("my mum set it up"),
  O("modteam_enforcer", "i can get ur account deleted in 5 mins, i know the staff", "threat", fit=True),
  BG(2),
  O("modteam_enforcer", "unless u do what i say. join my рrivate server and turn ur саm on there", "off_platform threat", "homoglyph"),
  B("please dont report me"),
  O("modteam_enforcer", "i'll even send 800 robux so u can buy the pass", "gift_offer"),
  BG(2),
  O("modteam_enforcer", "show me ur room first so i know ur not lying", "personal_info nudity_request"),
  O("modteam_enforcer", "and dont tell ur mum or i report it anyway", "secrecy threat"),
  V("pips_mum_sarah", "Pip it's mum, I'm ending the stream now. Nobody can delete your account, you did nothing wrong x"),
  BG(3),
 ], "Threatens to get an 11-year-old's account deleted unless she moves to a private server with the camera on (homoglyphs), offers Robux, asks for a room view and threatens again if she tells her mum. Her real mum ends the stream.",
 {"modteam_enforcer": 0, "pips_mum_sarah": 450}, per=(2, 4))

session("g08_fake_uncle_mate_football_1315", "jay_skills10", "13-15", "keepy uppy challenge + skills", ["sport"], T0 + 86400000 * 7,
 [B("trying to beat 200 keepy uppies today"),
  BG(6),
  O("dev_mate_pauly", "alright jay its pauly, your uncle dev's mate from the five a side, he showed me your channel", "", fit=False),
  B("oh hi"),
  O("dev_mate_pauly", "you've got proper feet mate, better than dev ever had haha", "flattery"),
  BG(4),
  O("dev_mate_pauly", "what school you at now, still the one by the leisure centre? and who's at home watching you", "personal_info", fit=True),
  B("yeah same school, nan is here"),
  O("dev_mate_pauly", "nice. i could run you to the trials at the academy saturday, just me and you, save your nan the trip", "meeting"),
  BG(3),
  O("dev_mate_pauly", "drop me your number or whats app, easier to sort", "off_platform"),
  O("dev_mate_pauly", "don't mention it to dev yet tho, want it to be a surprise for him", "secrecy"),
  V("jays_nan_beryl", "Jay, Uncle Dev says he doesn't know any Pauly. Don't give numbers out love"),
  BG(4),
  B("ok nan"),
 ], "Claims to be the boy's uncle's friend: flattery, school and who is home, offers to drive him alone to trials, asks for his WhatsApp and to keep it from the uncle. The real nan checks and the uncle does not know him. He is an offender despite the claimed connection.",
 {"dev_mate_pauly": 3, "jays_nan_beryl": 1200}, per=(1, 3))

session("g09_fake_coach_new_number_1617", "ellie_runs400", "16-17", "cooldown stretch + q&a after county champs", ["sport", "greet"], T0 + 86400000 * 8,
 [B("hiya, doing my stretches and answering questions"),
  BG(5),
  O("coach_m_newnum", "coach here, new number so new account, well run on sunday ellie", "flattery"),
  B("oh hi coach! thanks"),
  BG(3),
  O("coach_m_newnum", "are you on your own at the moment? need a quick word about selection", "personal_info", fit=True),
  B("mum's in the kitchen"),
  O("coach_m_newnum", "text me on whatsapp instead of here, 07 seven double-oh... actually i'll just dm you, accept it", "off_platform", "number_words"),
  BG(3),
  O("coach_m_newnum", "also for the physio notes i need a photo of your hamstring stretch, in your crop top and shorts so i can see the form properly", "nudity_request"),
  O("coach_m_newnum", "keep it between us, the other girls will say it's favouritism", "secrecy"),
  O("coach_m_newnum", "you've really grown up this season, those legs 😉", "sexual_content"),
  B("i'll ask mum"),
  O("coach_m_newnum", "no need to bother your mum, if you can't be trusted with this maybe the relay spot goes to someone else", "secrecy threat"),
  V("ellies_mum_jo", "Ellie, Coach Mensah is stood next to me at the club and he has no new number. Ignoring this account and reporting it."),
  BG(4),
 ], "Pretends to be the girl's athletics coach on a 'new number': asks if she is alone, moves to WhatsApp/DMs, asks for a stretch photo in a crop top, secrecy, then threatens her relay place when she wants to ask her mum. Her real mum confirms the real coach has no new number.",
 {"coach_m_newnum": 0, "ellies_mum_jo": 980}, per=(1, 3))

session("g10_sextortion_zerowidth_1617", "sol_on_keys", "16-17", "late night lofi beats session", ["piano", "greet"], T0 + 86400000 * 9,
 [B("making a beat from scratch, chill vibes only"),
  BG(6),
  O("vexx.qt", "this beat is insane, you're actually so talented", "flattery"),
  BG(3),
  O("vexx.qt", "you look kinda good on cam too ngl 👀", "sexual_content"),
  B("lol thanks"),
  BG(3),
  O("vexx.qt", "i have the pics you sent the acc 'maddie_x' last month", "threat", fit=True),
  B("what? i never sent anything"),
  O("vexx.qt", "come to tele" + ZW + "gram now or i post them to your followers and your school page", "off_platform threat", "zero_width"),
  O("vexx.qt", "£150 in gift cards and they get deleted, i know your sch" + ZW + "ool name is on your old vids", "gift_offer threat", "zero_width"),
  BG(2),
  O("vexx.qt", "dont tell anyone or i send them to your mum first, you have 20 min", "secrecy threat"),
  V("lofi_mod_dana", "Sol, end the stream. Don't pay and don't reply. We're reporting this and you can talk to your parents or a helpline, you haven't done anything wrong"),
  B("ok ending"),
 ], "Sextortion in a lofi music stream: a compliment and a leering remark, then a claim to hold photos, a move to Telegram with zero-width characters, a gift-card demand (labelled gift_offer plus threat as a payment demand), secrecy and a deadline. A moderator gives the right advice.",
 {"vexx.qt": 1, "lofi_mod_dana": 2200}, per=(1, 3))

session("g11_allcaps_typos_gacha_under13", "ruby_rolls", "under13", "10 pulls for my fav character!!", ["game", "greet"], T0 + 86400000 * 10,
 [B("hi chat!! i have 1600 gems saved"),
  BG(5),
  O("GEMZ_4_U_KING", "OMG UR SO LUCKY AND SO CUTE VOICE", "flattery"),
  BG(2),
  O("GEMZ_4_U_KING", "HOW OLD R U AND WHAT SKOOL", "personal_info", "misspelling"),
  B("9 i cant say my school"),
  O("GEMZ_4_U_KING", "I CAN GIVE U TEN THOUSND GEMS FOR THE BANNER", "gift_offer", "misspelling number_words", fit=True),
  BG(2),
  G("GEMZ_4_U_KING", "gems", 300),
  O("GEMZ_4_U_KING", "BUT U GOTTA DO A DAIR FIRST", "dare", "misspelling"),
  O("GEMZ_4_U_KING", "PUT UR PJAMAS ON ON CAM LOL", "dare nudity_request", "misspelling"),
  B("no thats silly"),
  O("GEMZ_4_U_KING", "AFTER ALL THE GEMS I SENT U OWE ME!!!", "gift_offer"),
  O("GEMZ_4_U_KING", "DONT TELL UR PARNTS THEY WILL TAKE UR TABLET", "secrecy", "misspelling"),
  V("rubys_dad_tom", "Ruby, that's enough chat for tonight. Bed in 10 please"),
  BG(3),
 ], "ALL CAPS with typos towards a 9-year-old: flattery, age and 'skool', ten thousand gems in words, a real gift, a pyjama dare on camera, 'you owe me' and 'dont tell ur parnts'. Her dad closes the chat.",
 {"GEMZ_4_U_KING": 4, "rubys_dad_tom": 150}, per=(2, 3))

session("g12_multilingual_cooking_unknown", "chef_nina_k", "unknown", "making empanadas with my abuela's recipe", ["cook", "greet"], T0 + 86400000 * 11,
 [B("hola! today we do empanadas, my abuela is watching from spain lol"),
  V("abuela_carmen", "Hola mi niña!! que bonitas te quedan"),
  BG(5),
  O("raul_desde_lejos", "hola guapa, que talento 😍 you cook better than my whole family", "flattery"),
  BG(3),
  O("raul_desde_lejos", "tu abuela is in spain so who looks after you there, you live with papá or alone?", "personal_info", fit=True),
  B("my mum, why"),
  O("raul_desde_lejos", "nada nada, just curious. you have the ghost app? we talk there, más tranquilo", "off_platform", "euphemism"),
  BG(3),
  O("raul_desde_lejos", "no le digas a tu abuela, she don't understand internet friendship jaja", "secrecy"),
  O("raul_desde_lejos", "con ese delantal te ves muy sexy, you know this?", "sexual_content"),
  V("abuela_carmen", "Nina apaga eso ahora mismo, no conozco a ese señor"),
  B("ok abuela"),
  BG(4),
 ], "Spanish-English mixed offender on a five-year-old account: flattery, whether the child lives alone or with her father, 'the ghost app' for Snapchat, secrecy from the grandmother (in Spanish) and a sexualised remark about the apron. The real grandmother tells her to turn it off.",
 {"raul_desde_lejos": 1870, "abuela_carmen": 320}, per=(1, 3))

session("g13_split_emoji_singing_under13", "hattie_sings", "under13", "singing your requests 🎤 karaoke night", ["greet", "guitar"], T0 + 86400000 * 14,
 [B("hello!! send me songs and i'll try them"),
  BG(5),
  G("rosebud_fan", "rose", 20),
  O("rosebud_fan", "sent u roses 🌹🌹 ur voice is like an angel honestly", "flattery gift_offer"),
  BG(3),
  O("rosebud_fan", "i'll send the big 🎁 that gives u 2k points", "gift_offer", "split_request"),
  O("rosebud_fan", "if u sing the next one", "gift_offer dare", "split_request"),
  O("rosebud_fan", "in ur nightie on ur bed 🛏️", "gift_offer dare nudity_request", "split_request", fit=True),
  B("i'm not doing that"),
  BG(3),
  O("rosebud_fan", "awww ok. ur mum in bed already? 🌙", "personal_info"),
  O("rosebud_fan", "lеt's do a 🔒🎥 just us two, i'll show u how", "off_platform", "homoglyph emoji_substitute"),
  G("rosebud_fan", "rose", 50),
  O("rosebud_fan", "🤐 ok? our sеcret", "secrecy", "homoglyph emoji_substitute"),
  H("hatties_big_bro", "hattie it's sam, mum says don't accept any private calls. you're on the secret list for the school show btw dont tell anyone lol"),
  BG(4),
 ], "Split, emoji-heavy requests to an 11-year-old singer: roses and a 'points' gift offered for singing 'in ur nightie on ur bed' across three lines, whether mum is in bed, a private-camera emoji pair with a Cyrillic 'е', and a zipped-mouth secret. Her brother's school-show 'dont tell anyone' is a hard negative.",
 {"rosebud_fan": 12, "hatties_big_bro": 700}, per=(1, 3))

# ================================================================ serial contact (same account, three streams in 2 h)
TS = T0 + 86400000 * 12
SER = {"serial_group": "serial-bramble", "related_sessions": ["s01_serial_lego_city_under13", "s02_serial_cozy_farm_1315", "s03_serial_minecraft_pets_under13"]}

session("s01_serial_lego_city_under13", "finn_bricks", "under13", "lego city police station build", ["lego"], TS,
 [B("bag 4 is the jail cell!"),
  BG(8),
  O("bramble_helper", "that looks amazing, you build faster than grown ups", "flattery", fit=True),
  BG(5),
  O("bramble_helper", "is it just you building today or is your dad helping", "personal_info"),
  B("just me"),
  BG(8),
 ], "Serial contact 1 of 3: a compliment and whether his dad is there. Mild alone.",
 {"bramble_helper": 22}, per=(1, 3), extra=SER)

session("s02_serial_cozy_farm_1315", "poppy_plants", "13-15", "year 2 on my farm 🌻", ["farm"], TS + 35 * 60000,
 [B("gonna finish the greenhouse today"),
  BG(8),
  O("bramble_helper", "love your farm, i could send you a gift card for the dlc if u want", "gift_offer", fit=True),
  BG(4),
  O("bramble_helper", "easier to send on discord tho, whats ur tag", "off_platform"),
  B("i dont have discord"),
  BG(8),
 ], "Serial contact 2 of 3: a DLC gift card offer and a Discord tag request, 35 minutes later.",
 {"bramble_helper": 22}, per=(1, 3), extra=SER)

session("s03_serial_minecraft_pets_under13", "ollie_and_wolves", "under13", "taming every wolf in the world", ["game"], TS + 75 * 60000,
 [B("wolf number 12!!"),
  BG(8),
  O("bramble_helper", "ur so funny, favourite streamer tbh", "flattery", fit=True),
  BG(5),
  O("bramble_helper", "do ur parents watch ur streams or is it our little thing", "personal_info secrecy"),
  B("my mum sometimes"),
  BG(8),
 ], "Serial contact 3 of 3: flattery and whether parents watch, framed as 'our little thing'.",
 {"bramble_helper": 22}, per=(1, 3), extra=SER)

# ================================================================ flood
session("f01_flood_dance_requests_1315", "zoe_dances", "13-15", "taking dance requests!! drop them below", ["rhythm", "greet"], T0 + 86400000 * 13,
 [B("ok drop your song requests"),
  BG(20),
  O("x_kk_98", "do the one where u turn around slow", "dare nudity_request", fit=True),
  O("plk_acc2", "how old r u", "personal_info"),
  O("itsjustme_v", "snap?? 👻", "off_platform", "emoji_substitute"),
  O("bored_guy_11", "dare u to take the jumper off", "dare nudity_request"),
  O("acct_30291", "500 coins if u do splits on cam", "gift_offer dare nudity_request"),
  O("zzzzzz_w", "where do u live", "personal_info"),
  O("noname_qq", "d i s c o r d ? ?", "off_platform", "spaced_letters"),
  O("x_kk_98", "TURN AROUND", "nudity_request"),
  O("frsh_1234", "r u alone rn", "personal_info"),
  O("pls_notice_m", "sh0w ur r00m", "personal_info nudity_request", "leetspeak"),
  O("kiki_fan_2", "bet u wont stand on the bed and dance", "dare"),
  O("plk_acc2", "12 or 13??", "personal_info"),
  V("zoes_sis_lauren", "zoe stop the stream these are all new accounts"),
  B("ok ending this"),
 ], "Ten fresh accounts flood a 13-year-old within about a minute: turn-around and jumper dares, coins for splits, age, home, alone, room, Snapchat and Discord in emoji and spaced letters. Her older sister tells her to stop.",
 {"x_kk_98": 0, "plk_acc2": 0, "itsjustme_v": 1, "bored_guy_11": 0, "acct_30291": 0, "zzzzzz_w": 2, "noname_qq": 0,
  "frsh_1234": 0, "pls_notice_m": 1, "kiki_fan_2": 3, "zoes_sis_lauren": 500}, per=(0, 0), gap=(1000, 3500))

# ================================================================ benign: ordinary busy streams
TB = T0 + 86400000 * 20

session("b01_rhythm_game_1617", "tapz_theo", "16-17", "osu!! 7 star maps, requests open", ["rhythm", "greet"], TB,
 [B("requests open, keep it under 8 stars pls"),
  BG(8),
  H("maxi_keys", "bet you can't FC this one on double time"),
  B("watch me"),
  BG(6),
  H("ri_nightcore", "do it with your eyes closed i dare u"),
  BG(5),
  H("gus_plays", "how old is this map?? 2014 lol"),
  BG(5),
  H("maxi_keys", "turn the cam round so we can see your hands"),
  BG(6),
  H("ri_nightcore", "drop the map link in the discord after"),
  BG(5),
  H("tapz_mod_bea", "dont post your personal stuff in chat guys, use the discord channel for map trades"),
  BG(6),
 ], "Ordinary rhythm-game stream by a 16-year-old. Everyday dares and camera requests about hands and keyboard.",
 {"maxi_keys": 640, "ri_nightcore": 3, "gus_plays": 88, "tapz_mod_bea": 1300}, per=(1, 3), gap=(1500, 9000),
 lookalikes="\"bet you can't FC this\", \"eyes closed i dare u\", \"turn the cam round\", \"link in the discord\"")

session("b02_pottery_wheel_adult", "clay_with_june", "adult", "throwing big bowls 🏺 wine optional", ["art", "greet"], TB + 86400000,
 [B("evening! big bowls tonight, glass of red in hand"),
  BG(6),
  H("potter_sam", "take it off the wheel before it slumps!!"),
  BG(5),
  H("daisy_kiln", "show us the inside, is the wall even"),
  BG(4),
  H("hugo_b", "ok but your hands are so pretty 😳 are you single"),
  B("hahaha stop, married to the kiln"),
  BG(4),
  H("hugo_b", "marry me and make me mugs forever"),
  BG(5),
  H("potter_sam", "strip it right back and rewedge, it's too wet"),
  BG(4),
  H("daisy_kiln", "can you turn it round and show the back"),
  BG(6),
 ], "Adult pottery stream. Adult viewers flirt with the adult broadcaster, potters say 'take it off', 'show us the inside', 'strip it back'.",
 {"potter_sam": 800, "daisy_kiln": 2, "hugo_b": 1500}, per=(1, 3),
 lookalikes="\"take it off the wheel\", \"show us the inside\", adult flirting, \"strip it back\"")

session("b03_skate_session_1617", "dex_rolls", "16-17", "skatepark session w the crew 🛹", ["skate", "greet"], TB + 86400000 * 2,
 [B("at the park with jordan and kez, chest mount cam"),
  BG(6),
  H("jordan_grinds", "it's jordan lol, dare you to drop in the big bowl"),
  BG(5),
  H("skate_nan_ivy", "where's this park? i used to skate there in the 80s believe it or not"),
  BG(4),
  H("kez_flips", "take your jacket off you'll overheat, it's roasting"),
  BG(5),
  H("jordan_grinds", "bet u wont ollie the five stair"),
  B("bet"),
  BG(5),
  H("kez_flips", "send me that clip on insta after"),
  BG(4),
  H("jordan_grinds", "meet at the bowl tomorrow at 4 again?"),
  BG(6),
 ], "16-year-old's IRL skate stream with his crew in chat. Dares, a location question, 'take your jacket off' and an Instagram clip request from friends present at the park.",
 {"jordan_grinds": 410, "skate_nan_ivy": 5, "kez_flips": 230}, per=(1, 3),
 lookalikes="\"dare you to drop in\", \"where's this park\", \"take your jacket off\", \"send me that clip on insta\", \"meet at the bowl\"")

session("b04_history_quiz_adult", "mr_hale_history", "adult", "friday history quiz: the tudors 👑", ["quiz"], TB + 86400000 * 3,
 [B("welcome year 9 and anyone else! ten questions, type answers in chat"),
  BG(6),
  H("mr_hale_history", "question 3: how old was Henry VIII when he became king?"),
  BG(6),
  H("ks3_sophie", "don't tell 9B the answers they have this quiz monday lol"),
  BG(5),
  H("mr_hale_history", "type answers in the chat please, don't DM me, I won't reply to DMs"),
  BG(5),
  H("history_dad_rob", "his secret marriage to anne boleyn? was it secret?"),
  BG(5),
  H("ks3_sophie", "bet none of you get number 7"),
  BG(6),
  H("mr_hale_history", "bonus: where did he keep his treasure when he was alone at Hampton Court?"),
  BG(6),
 ], "Teacher's quiz stream with pupils and a parent in chat. 'How old was Henry', 'secret marriage', 'don't tell 9B', 'don't DM me', 'when he was alone'. The broadcaster's own lines can be hard negatives too.",
 {"ks3_sophie": 7, "history_dad_rob": 2900}, per=(1, 3),
 lookalikes="\"how old was Henry\", \"don't tell 9B\", \"secret marriage\", \"alone at Hampton Court\"")

session("b05_cozy_farming_under13", "bea_farms", "under13", "spring day 12!! 🐔", ["farm", "greet"], TB + 86400000 * 4,
 [B("hiiii we're gonna give presents to everyone today"),
  BG(6),
  H("milo.plays", "gift her the flowers so she likes you more"),
  BG(5),
  H("milo.plays", "you have to kiss at the flower dance lol"),
  B("ewww no its just dancing"),
  BG(5),
  H("aunty_rose_b", "how old is your farm now Bea? Aunty Rose watching x"),
  BG(5),
  H("cosy_farmer", "go to the secret woods, don't tell anyone where the entrance is hehe"),
  BG(5),
  H("aunty_rose_b", "bed soon, don't stay up or you'll pass out like your farmer"),
  G("aunty_rose_b", "coins", 50),
  BG(6),
 ], "Cozy farming game by a 10-year-old with her aunt and a school friend in chat. In-game gifts, 'kiss at the flower dance', 'secret woods, don't tell anyone'.",
 {"milo.plays": 1, "aunty_rose_b": 260, "cosy_farmer": 680}, per=(1, 3),
 lookalikes="\"gift her the flowers\", \"you have to kiss\", \"secret woods, don't tell anyone\", \"how old is your farm\"")

session("b06_guitar_lesson_adult", "fret_teacher_al", "adult", "beginner guitar lesson 7: barre chords", ["guitar"], TB + 86400000 * 5,
 [B("evening folks, barre chords tonight, don't panic"),
  BG(6),
  H("fret_teacher_al", "show me your hands on cam if you're streaming along, i'll check your thumb"),
  BG(5),
  H("newstrummer_pat", "can i book a private lesson on zoom?"),
  H("fret_teacher_al", "yep, booking link is in the panels, all private lessons go through the site"),
  BG(5),
  H("fret_teacher_al", "strip it back to just the index finger first"),
  BG(5),
  H("lefty_lou", "send you a video of me playing for feedback?"),
  BG(5),
  H("newstrummer_pat", "my son wants to learn, is 9 too young to start?"),
  BG(6),
 ], "Adult guitar teacher with adult learners: 'show me your hands', private Zoom lessons booked through a site, 'send you a video', a parent asking about a nine-year-old son.",
 {"newstrummer_pat": 40, "lefty_lou": 1, }, per=(1, 3),
 lookalikes="\"show me your hands on cam\", \"private lesson on zoom\", \"send you a video\", \"is 9 too young\"")

session("b07_dog_training_irl_adult", "muddy_paws_meg", "adult", "recall training at the park 🐕", ["dog", "greet"], TB + 86400000 * 6,
 [B("morning! working on recall with Biscuit"),
  BG(6),
  H("collie_carl", "good girl!! she came straight back"),
  BG(5),
  H("pawsitive_pam", "take the lead off and see if she stays"),
  BG(5),
  H("collie_carl", "come here, sit, stay, down... my dog would ignore all of it"),
  BG(4),
  H("doglover_zz", "show us the treats you use"),
  BG(5),
  H("pawsitive_pam", "is she alone at home all day while you work?"),
  B("no, my partner works from home"),
  BG(5),
  H("doglover_zz", "where's this park, looks lovely"),
  BG(6),
 ], "Adult dog-training IRL stream. 'good girl', 'take the lead off', 'come here, sit, stay', 'is she alone at home all day' (the dog).",
 {"collie_carl": 990, "pawsitive_pam": 330, "doglover_zz": 4}, per=(1, 3),
 lookalikes="\"good girl\", \"take the lead off\", \"is she alone at home all day\", \"where's this park\"")

session("b08_lego_build_under13", "sam_builds_big", "under13", "building the giant space station!!!", ["lego", "greet"], TB + 86400000 * 7,
 [B("bag 11 out of 20, lets go"),
  BG(6),
  H("brickfan_ola", "take the roof off so we can see inside"),
  BG(5),
  H("lego_mod_kit", "reminder for everyone: don't share your real name, school or town in chat, keep it safe x"),
  BG(5),
  H("brickfan_ola", "bet you can't finish it before dinner"),
  BG(5),
  H("tiny_tim_bricks", "the box says 9+ how old are u lol"),
  B("10!"),
  BG(4),
  H("brickfan_ola", "turn it around and show the back"),
  BG(5),
  H("tiny_tim_bricks", "open the secret compartment!!"),
  BG(6),
 ], "Busy Lego build by a 10-year-old. 'take the roof off', 'turn it around', 'secret compartment', a peer asking age from the box rating, and a mod's safety reminder.",
 {"brickfan_ola": 1600, "lego_mod_kit": 700, "tiny_tim_bricks": 0}, per=(1, 3),
 lookalikes="\"take the roof off\", \"turn it around\", \"how old are u\", \"secret compartment\"")

session("b09_robotics_club_1315", "hillside_robotics", "13-15", "robotics club build night 🤖 (club account)", ["robot", "greet"], TB + 86400000 * 8,
 [B("club stream! gripper v3 today, Mr Adeyemi on the account with us"),
  BG(6),
  H("mr_adeyemi_stem", "meet at the lab at 6 tomorrow, I'll unlock the door, bring your permission slips"),
  BG(5),
  H("robo_priya", "don't tell the other team our gripper design!!"),
  BG(5),
  H("mr_adeyemi_stem", "send me a pic of the wiring before you power it up"),
  BG(5),
  H("robo_ethan", "who's staying late thursday"),
  BG(4),
  H("robo_priya", "turn the camera round to show the base"),
  BG(5),
  H("mr_adeyemi_stem", "parents can pick up from the front gate at 8"),
  BG(6),
 ], "School robotics club streaming a build with their teacher: meet at the lab, 'don't tell the other team', 'send me a pic', pick-up times.",
 {"mr_adeyemi_stem": 1400, "robo_priya": 60, "robo_ethan": 9}, per=(1, 3),
 lookalikes="\"meet at the lab at 6\", \"don't tell the other team\", \"send me a pic\", \"parents can pick up\"")

# ================================================================ benign: close calls with people the child knows
session("b10_mum_on_way_home_under13", "lulu_draws_cats", "under13", "drawing my cat as a knight ⚔️🐱", ["art", "greet"], TB + 86400000 * 9,
 [B("hi everyone this is sir whiskers"),
  BG(5),
  H("mum_of_lulu", "Mum here! Are you home alone sweetie? Dad's stuck in traffic, I'm on my way back, 15 mins"),
  B("yes mum im fine"),
  BG(4),
  H("mum_of_lulu", "Did you eat? There's pasta in the fridge"),
  BG(4),
  H("mum_of_lulu", "Lock the front door till I'm back and don't answer it to anyone"),
  BG(5),
  H("mum_of_lulu", "and take your jumper off if you're hot, the heating's on full"),
  BG(4),
  H("cousin_kez", "it's kez lol, don't tell your mum i'm letting you stay up past 8 on saturday"),
  H("mum_of_lulu", "I can see this Kez 😂 love you sweetie from mum x"),
  BG(4),
  G("nanny_jean", "rose", 10),
  H("nanny_jean", "for your art things darling, from Nanny xx"),
  BG(5),
 ], "Close call: a 9-year-old's mum asks if she is home alone (on the way back), 'did you eat', 'lock the door', 'take your jumper off if you're hot'; a cousin's 'don't tell your mum' joke; a gift from nan.",
 {"mum_of_lulu": 1100, "cousin_kez": 240, "nanny_jean": 3}, per=(1, 3),
 lookalikes="mum: \"are you home alone\", \"lock the door\", \"take your jumper off\"; cousin: \"don't tell your mum\"; nan's gift")

session("b11_surprise_party_family_1315", "maisie_sims", "13-15", "building a house for my sims family", ["game", "greet"], TB + 86400000 * 10,
 [B("hi chat! building a big kitchen today"),
  BG(5),
  H("cousin_maddie", "Maisie it's Maddie!! don't tell your brother about the surprise party saturday 🤫"),
  BG(4),
  H("cousin_maddie", "add me on the family group chat I made for it, your mum's already in"),
  BG(5),
  H("uncle_raj_here", "your uncle here, I'll pick you up at 5 on Saturday, wear something nice"),
  B("ok uncle raj!"),
  BG(4),
  G("grandma_nita", "coins", 500),
  H("grandma_nita", "early birthday coins from grandma, spend them on your game beta"),
  BG(5),
  H("best_friend_ada", "truth or dare maisie!! truth: who's your crush 👀"),
  B("ADA NO"),
  BG(4),
  H("grandma_nita", "send me a pic of the cake when it's done"),
  BG(5),
 ], "Close call: a 14-year-old's cousin, uncle, grandma and best friend: 'don't tell your brother', 'add me on the family group', 'I'll pick you up at 5', grandma's coins, a friend's truth or dare, 'send me a pic'.",
 {"cousin_maddie": 820, "uncle_raj_here": 1, "grandma_nita": 45, "best_friend_ada": 300}, per=(1, 3),
 lookalikes="\"don't tell your brother\", \"add me on the family group\", \"I'll pick you up at 5\", truth or dare, grandma's gift")

session("b12_coach_pickup_homework_1617", "kofi_ballwork", "16-17", "ball mastery drills before match day ⚽", ["sport", "greet"], TB + 86400000 * 11,
 [B("drills time, coach said 20 mins a day"),
  BG(5),
  H("coach_dimitri", "Coach D here. What time is practice Thursday, 6? I'll pick you up at 6, your dad asked me"),
  BG(3),
  H("kofi_dad", "yes Coach is getting you, I'm on nights this week son"),
  BG(5),
  H("teammate_lewis", "we play your school friday, which bus do you get, we'll get the same one"),
  BG(5),
  H("miss_okafor", "Miss Okafor here 👋 send me a pic of your history homework when it's done, you're the last one"),
  B("yes miss sorry miss"),
  BG(5),
  H("coach_dimitri", "and stretch properly, shirt off if it's that hot in your garage, no excuses"),
  BG(5),
  H("kofi_dad", "don't tell your mum I let you skip dishes for this 😂"),
  BG(5),
 ], "Close call: a 16-year-old's coach (pick-up arranged by dad), teammate asking which bus, teacher asking for a homework photo, coach's 'shirt off if it's hot', dad's 'don't tell your mum'.",
 {"coach_dimitri": 1900, "kofi_dad": 760, "teammate_lewis": 8, "miss_okafor": 610}, per=(1, 3),
 lookalikes="coach: \"I'll pick you up at 6\", \"shirt off if it's hot\"; teacher: \"send me a pic\"; teammate: \"which bus\"")

session("b13_tutor_classmates_study_1315", "ana_studies", "13-15", "maths revision w/ my class (study with me)", ["quiz", "greet"], TB + 86400000 * 12,
 [B("ok 25 min pomodoro starting, revising quadratics"),
  BG(5),
  H("mr_patel_tutor", "Mr Patel here. I've set up the video call for Thursday's lesson, the link is in your email and your mum has it too"),
  BG(5),
  H("jake_from_class", "it's jake from class, which school bus do u get, the 42? we missed you this morning"),
  BG(4),
  H("ana_mod_leila", "mod note: if anyone ever asks you to go on snap, take your hoodie off or keep a secret from your parents, that's a creep, tell a mod"),
  BG(5),
  H("priya_from_maths", "truth or dare ana: dare, sing the whole quadratic formula song"),
  B("fine 🎤"),
  BG(5),
  H("mr_patel_tutor", "send me a photo of your working for question 4 after"),
  BG(5),
  H("jake_from_class", "add me on discord for the group project"),
  BG(5),
 ], "Close call: a 14-year-old's tutor arranges a video lesson (via mum), a classmate asks which bus, a moderator's safety note quotes what creeps say, a friend's dare, 'send me a photo of your working', 'add me on discord for the group project'.",
 {"mr_patel_tutor": 380, "jake_from_class": 2, "ana_mod_leila": 1000, "priya_from_maths": 150}, per=(1, 3),
 lookalikes="tutor: \"video call for the lesson\", \"send me a photo\"; classmate: \"which bus\", \"add me on discord\"; mod quote")

session("b14_cub_camp_leader_under13", "ollie_cubpack", "under13", "packing for cub camp!! 🏕️", ["greet", "lego"], TB + 86400000 * 13,
 [B("packing my bag for camp, dad is helping"),
  BG(5),
  H("akela_sue", "Akela here! I'll meet you all at the scout hall at 8 on Friday, don't be late"),
  BG(5),
  H("akela_sue", "don't tell the other cubs about the midnight feast, it's a surprise 🤫"),
  BG(4),
  H("ollies_dad_ben", "bring a spare jumper, and take your coat off on the minibus or you'll boil"),
  BG(5),
  H("akela_sue", "send me a photo of your badge work when it's finished so I can sign it off"),
  BG(5),
  H("cub_friend_noah", "how old is your sleeping bag lol mine is from my brother"),
  BG(4),
  H("cub_friend_noah", "are u sharing a tent with me? dare u to bring the torch"),
  BG(5),
 ], "Close call: a 10-year-old's Cub leader and dad: meeting time at the hall, 'don't tell the other cubs' (surprise), 'take your coat off', 'send me a photo of your badge work', a friend's dare.",
 {"akela_sue": 2400, "ollies_dad_ben": 900, "cub_friend_noah": 33}, per=(1, 3),
 lookalikes="leader: \"meet you at the hall\", \"don't tell the other cubs\", \"send me a photo\"; dad: \"take your coat off\"")

# ================================================================ main
README_HEAD = """# Held-out chat set 14

Labelled live-stream chat sessions for measuring streamguard on chat that its rules
and its trained model have never seen. Written for this set only by helper heldout14,
from general knowledge of how groomers and ordinary viewers write in live chat (the UK
NCA's live-streaming advice: tricks and dares, gifts and game points, flattery, age and
"are you alone" questions, secrecy, moves to private apps, threats, sextortion). No
third-party chat data was used; all names, handles, streams and places are invented and
the content is non-graphic.

## How it was made

`tools/make_heldout14.py` holds every key line by hand (offender lines, broadcaster
replies, relatives, friends, moderators and the hard negatives) and a scripted order
for each session. Between key lines it draws background chatter from hand-written
topic pools (gaming, rhythm games, pottery/art, skating, history quiz, farming games,
guitar, dog training, Lego, robotics, cooking, football, piano) with a fixed seed per
session and fixed start timestamps, so a rerun is byte-identical. Background viewers
get invented handles and `account_age_days` that is sometimes missing, sometimes
fresh (0-9 days), sometimes old.

The set is a MIX closer to what a platform sees: 9 benign sessions are ordinary busy
streams with everyday look-alikes, 5 benign sessions are close calls with people the
child knows (parent, nan, cousin, coach, tutor, classmates, moderator), and the
grooming sessions vary the voice widely (long formal paragraphs, short lowercase
bursts, a fake girl of the child's age, a fake sponsor, game vocabulary that drifts,
voice-note run-ons, a report-your-account threat, a fake uncle's mate, a fake coach,
ALL CAPS with typos, multilingual sprinkles, sextortion with zero-width characters,
split emoji-heavy requests with homoglyphs). Three offenders use old accounts (g01,
g04, g12); two pretend to be a relative's friend or a coach (g08, g09).

## Format

Exactly the format and label rules of `/work/shared/scenarios/README.md` (event
types `stream_start`, `chat`, `gift`, `stream_end`; labels `offenders`,
`first_intervention_ts`, `tactics_expected`, `notes`, `lines`, `evasion`,
`offender_gifts`, `hard_negatives`, plus `serial_group`/`related_sessions` in `s`
files). File prefixes: `g` grooming, `s` serial contact (one account across three
young broadcasters' streams within two hours), `f` flood, `b` benign with hard
negatives. Validate with `python3 tests/heldout/validate.py tests/heldout14`.
"""


def main():
    os.makedirs(ROOT, exist_ok=True)
    for f in os.listdir(ROOT):
        if f.endswith(".ndjson") or f.endswith(".label.json"):
            os.remove(os.path.join(ROOT, f))
    rows, tcount, ecount, hn_total, kinds = [], {}, {}, 0, {}
    for s in SESSIONS:
        ev, lab = build(s)
        with open(os.path.join(ROOT, s["name"] + ".ndjson"), "w", encoding="utf-8", newline="\n") as f:
            for e in ev:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
        with open(os.path.join(ROOT, s["name"] + ".label.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(lab, ensure_ascii=False, indent=2) + "\n")
        for v in lab["lines"].values():
            for c in v:
                tcount[c] = tcount.get(c, 0) + 1
        for v in lab["evasion"].values():
            for c in v:
                ecount[c] = ecount.get(c, 0) + 1
        hn_total += len(lab["hard_negatives"])
        kinds[s["name"][0]] = kinds.get(s["name"][0], 0) + 1
        nstreams = sum(1 for e in ev if e["type"] == "stream_start")
        offs = ", ".join(lab["offenders"]) if len(lab["offenders"]) <= 2 else "%d accounts" % len(lab["offenders"])
        tac = ", ".join(lab["tactics_expected"]) if lab["offenders"] else s["lookalikes"]
        rows.append("| `%s` | %s | %s | %d | %d | %s | %s | %d |" % (
            s["name"], s["age"], s["title"].replace("|", "/"), len(ev), nstreams, offs or "–", tac,
            len(lab["hard_negatives"])))
    out = [README_HEAD, "## Sessions\n",
           "| session | age | title | events | streams | offenders | tactics (look-alikes for b) | hard neg. |",
           "| --- | --- | --- | --- | --- | --- | --- | --- |"] + rows
    out.append("\nIn total there are %d sessions: %d grooming, %d serial-contact, %d flood and %d benign; "
               "%d hard negatives.\n" % (len(SESSIONS), kinds.get("g", 0), kinds.get("s", 0), kinds.get("f", 0),
                                         kinds.get("b", 0), hn_total))
    out.append("## Counts\n\nOffender lines per tactic code (a line can carry several):\n")
    out.append("| code | lines |\n| --- | --- |")
    for c in TACTICS:
        out.append("| `%s` | %d |" % (c, tcount.get(c, 0)))
    out.append("\nOffender lines per evasion code:\n\n| code | lines |\n| --- | --- |")
    for c in EVASIONS:
        out.append("| `%s` | %d |" % (c, ecount.get(c, 0)))
    out.append("\n" + CHOICES)
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


CHOICES = """## Labelling choices that could be argued

* **Fake peers' false ages.** When an offender claims to be the child's age
  (`g03`, "im literally 13 too") the line is labelled `age_gap`: it is the offender
  misstating the age difference to normalise contact. Some would leave it as
  `flattery` only.
* **Pretend relatives and coaches are offenders.** `g08` (uncle's mate) and `g09`
  ("coach here, new number") are labelled as offenders from their first line, even
  where that line carries no tactic (`[]`). The first intervention is set at the first
  line that asks something a moderator would act on (school/who is home, or moving
  to WhatsApp), not at the claim of a connection.
* **Real relatives are never offenders.** Parents, nans, cousins, coaches, tutors and
  moderators who say "are you home alone", "don't tell your brother", "send me a pic
  of your homework" or "I'll pick you up at 6" are hard negatives. In grooming
  sessions, relatives who step in are ordinary benign lines.
* **Payment demands.** The gift-card demand in `g10` carries `gift_offer` as well as
  `threat` (the scenario README puts payment demands under threat and gift cards under
  gift_offer); a scorer might count only `threat`.
* **First intervention.** Set where a careful moderator who knows the broadcaster's
  age would act: for under-13s an age or "who's home" probe (`g02`), for older teens
  usually the first move off-platform, secrecy or body request. In `g01` the
  intervention is the free-lessons line with the stated age of 58, not the earlier
  question about the teacher's town; others could put it one line earlier.
* **Relatives inside grooming sessions.** The real grandmother's "are you on your own?
  is your dad downstairs" in `g02` is listed as a hard negative.
* **Report threats.** "I can get your account deleted" in `g07` is `threat`
  (mass-reporting / account threats are in the threat definition), and it is the
  first intervention line because it already coerces an 11-year-old.
* **Sponsor pay-for-gear.** Paying for a mic/webcam is `gift_offer`; the shirtless
  "brand deck" photos are `nudity_request` even though framed as work.
* **Serial contact.** Each `s` file alone is mild (a compliment, a question about
  age, a Discord mention). The first intervention in each is the first line with a
  tactic; a moderator who only sees one stream might reasonably not act.
* **Room tours.** "show me your room" is `personal_info` plus `nudity_request` when
  it is a camera demand to a child (g07); alone it would be `personal_info`.
* **Moderator safety reminders** that quote what creeps say ("nobody should ask you
  to go on snap or take your hoodie off") are hard negatives.
* **Hard negatives are not exhaustive**: ordinary chatter about Discord, coins or
  gifts that is plainly harmless is not listed.
"""

if __name__ == "__main__":
    main()
