#!/usr/bin/env python3
"""make_heldout7.py: deterministic generator for the heldout7 labelled live-stream chat set.

usage: python3 tools/make_heldout7.py [OUTDIR]   (default tests/heldout7)

Every key line (offender lines, broadcaster replies, bystander reactions and
hard negatives) is written by hand in the SESSIONS scripts below; background
chatter is drawn from hand-written pools with a fixed seed per session, so a
rerun gives byte-identical files. All names, handles and places are invented.

Script DSL, one item per line:
  O user|text|tactics|evasion   offender chat line (codes comma-separated, short forms below)
  O! ...                        same, and this line is the first-intervention point
  B text                        broadcaster line
  V user|text                   ordinary (key) viewer line
  H user|text                   hard negative (benign look-alike), listed in hard_negatives
  G user|item|amount            gift event
  . N                           N background chatter lines from the session's pools
  ~ SECONDS                     extra pause before the next event
  NEXT DAYS                     end this stream, start the next one DAYS later (multi-week file)
"""
import json, os, random, sys

TACTICS = ["flattery", "personal_info", "gift_offer", "dare", "nudity_request",
           "sexual_content", "secrecy", "off_platform", "threat", "meeting", "age_gap"]
EVASIONS = ["leetspeak", "spaced_letters", "emoji_substitute", "homoglyph", "misspelling",
            "split_request", "number_words", "zero_width", "euphemism"]
TSHORT = dict(fl="flattery", pi="personal_info", go="gift_offer", da="dare", nr="nudity_request",
              sc="sexual_content", se="secrecy", op="off_platform", th="threat", me="meeting", ag="age_gap")
ESHORT = dict(lt="leetspeak", sp="spaced_letters", em="emoji_substitute", hg="homoglyph",
              ms="misspelling", sr="split_request", nw="number_words", zw="zero_width", eu="euphemism")
ZW = "\u200b"

# ---------------------------------------------------------------- background pools
POOLS = {
 "gaming": ["gg", "that was clean", "no way he missed that", "rotate left", "loot the crate first",
            "bro is cracked", "W stream", "first time catching you live", "what rank are you", "lag?",
            "push B", "clutch incoming", "use the shotgun", "that hitbox is broken", "nah the servers are cooked",
            "ur crosshair placement is good", "what sens do you play on", "ez dub", "respawn is 10s",
            "i'm stuck in gold lol", "who else just got here", "that build is insane", "F in chat",
            "bro got third partied", "shield swap!!", "heal up first", "low ground again", "we move",
            "this patch is awful for snipers", "lmaooo the emote", "how many wins today", "hi from the raid"],
 "art": ["the lineart is so smooth", "what brush is that", "love the palette", "procreate or clip studio?",
         "the shading on the hair 😭", "can you do a speedpaint later", "i'm learning from this fr",
         "the background is so cozy", "what canvas size", "omg the eyes", "adding a rim light?",
         "that blue is gorgeous", "lurking while i do homework", "how long have you been drawing",
         "use a multiply layer for the shadow", "the hands look great actually", "i can never draw feet lol",
         "sketchbook tour sometime?", "10/10 composition", "hi from the art server"],
 "music": ["that chord progression 🔥", "play wonderwall jk", "what key is this in", "your voice is so calm",
           "the reverb is nice", "what guitar is that", "encore!!", "can you loop that part",
           "i'm learning this song too", "the bridge hits different", "request: something by the lanterns",
           "your strumming got so much better", "is that a capo on 2", "vibes", "lofi stream when",
           "tuning sounds a bit flat on the low e", "the metronome is carrying lol", "👏👏👏", "hi from band practice"],
 "sport": ["nice touch", "that free kick was unreal", "keeper had no chance", "what boots are those",
           "do the drill again", "your left foot is getting better", "how long do you train a day",
           "that skill move tho", "referee was blind", "ladder drills are pain", "who's your fav player",
           "good form on that one", "hydrate!!", "cone weave speedrun", "what club do you support",
           "my coach makes us do that too", "crossbar challenge next?", "nice hands", "top bins", "gg lads"],
 "study": ["what chapter are you on", "pomodoro gang", "can you explain that again", "my exam is on thursday",
           "i hate quadratics", "the lofi music helps", "break in 5?", "what app is the timer",
           "good luck everyone", "we're so back", "flashcards are elite", "i just finished my essay",
           "someone explain mitosis pls", "water check 💧", "does anyone get the mechanics homework",
           "focus mode on", "ty for the study company", "the notes are so neat", "i'll study after this video (lie)"],
 "irl": ["where is this", "the sky is so pretty", "is that a market", "dog!!!", "what are you eating",
         "the wind is loud lol", "we can hear the traffic", "this is so chill", "show the view",
         "hi from a rainy town", "the street lights are nice", "lol the pigeon", "what time is it there",
         "your mic is peaking a bit", "walking stream supremacy", "is the bakery open", "careful crossing"],
 "cooking": ["that smells good through the screen", "how much flour", "my oven is broken lol",
             "what temp", "can you use margarine instead", "i'm making this tomorrow", "add more garlic",
             "the crust!!", "is that cinnamon", "hi from the kitchen", "recipe in the description?",
             "what pan is that", "the sauce looks perfect", "my nan makes this", "don't burn it 😭",
             "chef in the making", "how long does it rest"],
 "pets": ["the hamster is so tiny", "what's his name", "he's sleeping lol", "zoomies!!", "aww",
          "my cat does the same thing", "is that a lionhead rabbit", "hi from a dog mum", "pet the dog",
          "so fluffy", "what does he eat", "the little paws 😭", "give him a treat from me",
          "how old is the cat", "she's judging us", "best stream on the site"],
 "dance": ["the footwork!!", "do the new one", "slow it down for us", "i'm trying this in my kitchen",
           "your timing is so good", "what song is this", "again again", "the transition was smooth",
           "how long did it take to learn", "hi from dance class", "💃💃", "that spin tho", "my knees could never"],
 "generic": ["hi", "hello!!", "hey chat", "lol", "lmao", "😂", "❤️", "o/", "wb", "brb", "back",
             "good evening", "first", "hiii", "yo", "just got home", "what did i miss", "ok this is fun",
             "lurking", "😭😭", "love this", "haha", "ty for streaming", "night all", "bye!!"],
}
BG_GIFT_ITEMS = {"gaming": ["bits", "coins", "sub_gift"], "art": ["rose", "coins"], "music": ["rose", "stars"],
                 "sport": ["coins"], "study": ["stars"], "irl": ["coins", "rose"], "cooking": ["rose"],
                 "pets": ["coins", "rose"], "dance": ["rose", "gems"], "generic": ["coins"]}
SYL1 = ["moss", "pix", "luna", "kit", "rook", "fern", "juno", "tide", "nova", "pip", "ash", "koi", "rue",
        "zed", "bram", "echo", "wren", "orbit", "toast", "mango", "cobalt", "sable", "fizz", "dune", "quill",
        "bean", "hollow", "clover", "ember", "gale"]
SYL2 = ["cat", "byte", "fox", "ling", "_07", "x", "boi", "_art", "plays", "tv", "_uk", "99", "_yt", "ster",
        "lord", "z", "_irl", "bun", "_gg", "owl", "2011", "_hq", "kid", "mint"]


def bg_user(rng):
    n = rng.choice(SYL1) + rng.choice(SYL2)
    if rng.random() < 0.3:
        n += str(rng.randint(1, 99))
    return n


class Session:
    def __init__(self, name, age, title, btype, broadcaster, script, seed, base_ts,
                 notes="", acct=None, serial=None, bg_age_none=0.2, pace=(2, 18), bgmul=2):
        self.__dict__.update(locals())
        del self.__dict__["self"]


def build(s):
    rng = random.Random(s.seed)
    pools = POOLS[s.btype] + POOLS["generic"]
    acct = dict(s.acct or {})
    stream = "st-%d" % (70000 + s.seed)
    events, lab_lines, evasion, og, hn = [], {}, {}, [], []
    offenders, fit = [], None
    ts = s.base_ts
    mid = gid = nstream = 0
    bgusers = []
    for _ in range(9):
        u = bg_user(rng)
        if u in acct or u == s.broadcaster:
            continue
        r = rng.random()
        acct.setdefault(u, None if r < s.bg_age_none else (rng.randint(0, 13) if r < 0.45 else rng.randint(30, 2400)))
        bgusers.append(u)
    events.append(dict(type="stream_start", ts=ts, stream=stream, broadcaster=s.broadcaster,
                       broadcaster_age=s.age, title=s.title))

    def tick(lo, hi):
        nonlocal ts
        ts += rng.randint(int(lo * 1000), int(hi * 1000)) + 1

    def chat(user, text):
        nonlocal mid
        mid += 1
        e = dict(type="chat", ts=ts, stream=stream, id="m%d" % mid, user=user, text=text)
        if user != s.broadcaster:
            if user not in acct:
                raise SystemExit("%s: no account age decided for %s" % (s.name, user))
            if acct[user] is not None:
                e["account_age_days"] = acct[user]
        events.append(e)
        return e["id"]

    for raw in s.script.strip("\n").split("\n"):
        raw = raw.strip()
        if not raw:
            continue
        op, _, rest = raw.partition(" ")
        if op == ".":
            for _ in range(int(rest) * s.bgmul):
                tick(*s.pace)
                if rng.random() < 0.05:
                    gid += 1
                    it = rng.choice(BG_GIFT_ITEMS[s.btype])
                    events.append(dict(type="gift", ts=ts, stream=stream, id="g%d" % gid,
                                       user=rng.choice(bgusers), item=it, amount=rng.choice([1, 5, 10, 50, 100])))
                    continue
                chat(rng.choice(bgusers), rng.choice(pools))
            continue
        if op == "~":
            ts += int(float(rest) * 1000)
            continue
        if op == "NEXT":
            tick(5, 30)
            events.append(dict(type="stream_end", ts=ts, stream=stream))
            ts += int(float(rest) * 86400 * 1000)
            nstream += 1
            stream = "st-%d-%d" % (70000 + s.seed, nstream)
            events.append(dict(type="stream_start", ts=ts, stream=stream, broadcaster=s.broadcaster,
                               broadcaster_age=s.age, title=s.title))
            continue
        tick(*(s.pace if op != "O" or s.name[0] != "f" else (0.5, 3)))
        if op in ("O", "O!"):
            parts = rest.split("|")
            user, text = parts[0], parts[1]
            tac = [TSHORT[c] for c in parts[2].split(",") if c] if len(parts) > 2 else []
            eva = [ESHORT[c] for c in parts[3].split(",") if c] if len(parts) > 3 else []
            tac = [c for c in TACTICS if c in tac]
            eva = [c for c in EVASIONS if c in eva]
            if user not in offenders:
                offenders.append(user)
            i = chat(user, text)
            lab_lines[i] = tac
            if eva:
                evasion[i] = eva
            if op == "O!":
                fit = ts
        elif op == "B":
            chat(s.broadcaster, rest)
        elif op in ("V", "H"):
            user, text = rest.split("|", 1)
            i = chat(user, text)
            if op == "H":
                hn.append(i)
        elif op == "G":
            user, item, amt = rest.split("|")
            gid += 1
            events.append(dict(type="gift", ts=ts, stream=stream, id="g%d" % gid, user=user,
                               item=item, amount=int(amt)))
            if user in offenders or (s.name[0] != "b" and user in (s.acct or {}) and user in _offender_names(s)):
                og.append("g%d" % gid)
        else:
            raise SystemExit("%s: bad script op %r" % (s.name, raw))
    tick(5, 30)
    events.append(dict(type="stream_end", ts=ts, stream=stream))
    if offenders and fit is None:
        raise SystemExit("%s: no O! line" % s.name)
    union = set(c for v in lab_lines.values() for c in v)
    label = dict(offenders=offenders, first_intervention_ts=fit,
                 tactics_expected=[c for c in TACTICS if c in union], notes=s.notes,
                 lines=lab_lines, evasion=evasion, offender_gifts=og, hard_negatives=hn)
    if s.serial:
        label["serial_group"], label["related_sessions"] = s.serial
    return events, label


def _offender_names(s):
    out = []
    for raw in s.script.split("\n"):
        raw = raw.strip()
        if raw.startswith("O"):
            out.append(raw.split(" ", 1)[1].split("|")[0])
    return out


SESSIONS = []


def S(*a, **k):
    SESSIONS.append(Session(*a, **k))


# ---------------------------------------------------------------- grooming sessions
T0 = 1781000000000
H3 = 3 * 3600 * 1000

S("g01_polite_paragraphs_1315", "13-15", "first stream on my new tablet!! drawing dragons", "art", "dragonsketch_mia",
  """
  B hi hi welcome, doing a dragon today
  . 5
  O maurice.w.hale|Good evening. I have been watching for a few weeks now and I must say your use of colour is far beyond what I see from most adult artists. You should be very proud.|fl
  B omg thank you!!
  . 4
  O maurice.w.hale|If you don't mind my asking, which year are you in at school? You carry yourself like someone much older.|fl,pi
  B year 9 lol
  . 3
  O maurice.w.hale|Year 9. Remarkable. I am 52 myself, a retired illustrator, so please do take my praise as coming from someone who knows the trade.|ag
  . 4
  O maurice.w.hale|I would be glad to give you proper one-to-one feedback, but this public chat is rather noisy. Do you happen to use WhatsApp? I can send you my number.|op
  V pencil_ferret|she's got chat right here lol
  . 3
  O maurice.w.hale|It is simply easier in private. And, forgive me, it might be best not to mention it to your parents; people can misunderstand a mentorship between an older artist and a young one.|se,ag
  V pencil_ferret|that's weird tbh
  . 3
  O! maurice.w.hale|I would happily buy you a proper drawing tablet, the large one, as a gift. All I would need is an address to send it to.|pi,go
  O maurice.w.hale|A young lady with your poise will break a few hearts in a year or two, I daresay.|sc
  B um i have to ask my mum
  . 4
  O maurice.w.hale|Of course. Perhaps keep it as a lovely surprise for her, just between the two of us for now.|se
  . 1
  O maurice.w.hale|I shall be at the gallery in your city on the 14th. It would be an honour to show you round, just you, I'm sure your parents would find it dull.|me,se
  O maurice.w.hale|Do let me know. I'll look in again tomorrow.|
  . 5
  """, 1, T0, acct={"maurice.w.hale": 1460, "pencil_ferret": 210},
  notes="Old (4-year) account writes long, courteous paragraphs: art flattery, year group, age gap (52), WhatsApp, keep it from parents, gift tablet needing a home address. No slang or stock phrases.")

S("g02_caps_runon_under13", "under13", "ROBLOX OBBY WITH MY COUSIN", "gaming", "obbyqueen_lila",
  """
  B hi guys me and my cousin are doing the tower
  . 2
  H cousin_benji|i dare u to do the lava jump first try
  . 6
  O xXBLOXDADDYXx|YOOOO UR SO GOOD AT OBBYS HOW OLD R U LIKE 10|fl,pi
  O xXBLOXDADDYXx|U THERE??|
  B im 11
  . 3
  O xXBLOXDADDYXx|11 NO WAY U PLAY LIKE A PRO I GOT LIKE 8000 ROBUX I CAN GIVE U SOME|fl,go
  B wait fr
  . 3
  O! xXBLOXDADDYXx|YEA FR BUT U GOTTA DO A DARE FIRST STAND UP AND SPIN AROUND FOR THE CAM|go,da,nr
  V cousin_benji|lila dont
  . 2
  O xXBLOXDADDYXx|ITS JUST A DARE LOL AND DONT TELL UR COUSIN ABOUT THE ROBUX HE WILL GET JELLY|da,se
  . 3
  O xXBLOXDADDYXx|ADD ME ON DISCORD ILL SEND THE ROBUX THERE BLOXDADDY#0420|go,op
  V cousin_benji|im telling aunty
  . 3
  O xXBLOXDADDYXx|U BETTER NOT OR ILL REPORT UR ACCOUNT AND GET IT BANNED|th
  . 2
  O xXBLOXDADDYXx|IM 26 BUT I STILL PLAY ROBLOX LOL AGE DONT MATTER IN GAMES|ag
  O xXBLOXDADDYXx|ME AND MY FRIENDS WILL SPAM REPORT U TILL UR CHANNEL IS GONE|th
  . 4
  """, 2, T0 + H3, acct={"xXBLOXDADDYXx": 2, "cousin_benji": 130},
  notes="All-caps run-on messages with no punctuation from a 2-day account: robux promise tied to a spin-for-cam dare, secrecy from the cousin, Discord, then a ban threat.")

S("g03_spanish_sprinkle_1617", "16-17", "ranked valo, road to ascendant", "gaming", "vale_aim",
  """
  B back on, lets get this rr
  . 6
  O diego_fr4ncisco|hola guapa 😍 que bonita eres, best aim in the whole category honestly|fl,sc
  . 3
  O diego_fr4ncisco|cuantos años tienes? u look like 18-19|pi
  B 17 lol focus on the game
  . 4
  O diego_fr4ncisco|17 perfecto 😏 i'm 31 but age is just a number no?|sc,ag
  V ranked_ronin|bro chill
  . 3
  O diego_fr4ncisco|tienes insta? o el fantasmita 👻 ? i want to send you something|op|em,eu
  . 2
  O! diego_fr4ncisco|mándame una foto sin la sudadera, nadie se entera 🤫|nr,se
  O diego_fr4ncisco|si no, le digo a todos tus seguidores que me mandaste cosas 😈|th
  B no. mods?
  . 2
  V modkatie|timed out, dont do that here
  . 2
  O diego_fr4ncisco_2|jajaja u cant get rid of me that easy guapa|
  O diego_fr4ncisco_2|te espero en el pajarito azul, DM abiertos, solo tú y yo|op,se|eu
  V modkatie|alt account, banned too
  . 6
  """, 3, T0 + 2 * H3, acct={"diego_fr4ncisco": 6, "diego_fr4ncisco_2": 0, "ranked_ronin": 800, "modkatie": 1900},
  notes="Spanish mixed with English: sexualised flattery, age probe, age gap (31), 'el fantasmita' + ghost emoji for Snapchat, asks for a photo without the hoodie and says nobody will find out, threatens her followers; after a timeout a same-day ban-evasion alt invites her to 'the little blue bird' DMs.")

S("g04_indirect_alone_under13", "under13", "building my dream house in sims", "gaming", "simsbuilder_noor",
  """
  B welcome!! building a kitchen
  . 6
  O quietneighbour_pete|you seem really grown up for year 7, most kids your age cant plan a room like that|fl,pi
  B thank u im actually in year 6
  . 4
  O quietneighbour_pete|bet your room's quieter when everyone's out, is it just you tonight|pi
  . 3
  O quietneighbour_pete|whens your mum back usually|pi
  B she's downstairs
  . 4
  O quietneighbour_pete|ah ok. maybe another evening then when its calmer|pi
  . 3
  O! quietneighbour_pete|there's a place where messages vanish after you read them, easier to chat there. you know the one|op|eu
  V sims_grandma_june|noor love, remember what we said about chatting to people you dont know
  . 3
  O quietneighbour_pete|no need to say anything to anyone, its only chatting|se
  . 1
  O quietneighbour_pete|we're not far from each other i reckon, you can see the same hills out the window as me|pi,me
  O quietneighbour_pete|anyway. nice kitchen|
  . 5
  """, 4, T0 + 3 * H3, acct={"quietneighbour_pete": 340, "sims_grandma_june": 1100},
  notes="Very indirect: no question words about age, 'grown up for year 7', 'bet your room's quieter when everyone's out', when is mum back, the app 'where messages vanish' (euphemism), no need to tell. Account is almost a year old.")

S("g05_leet_zero_width_1315", "13-15", "speedrunning mario odyssey any%", "gaming", "odyssey_runs_kai",
  """
  B ok resetting until cap kingdom is good
  . 6
  O n1ght_0wl_77|ur movement is cr4zy, top 1% fr|fl|lt
  . 4
  O n1ght_0wl_77|h0w 0ld r u tho, u s0und y0ung|pi|lt
  B 14
  . 3
  O n1ght_0wl_77|add me on sn""" + ZW + """ap i got a r0ute d0c f0r u|op|lt,zw
  . 3
  O n1ght_0wl_77|or t e l e is fine too|op|sp
  O n1ght_0wl_77|im 19 btw, 5 yrs is n0thing|ag|lt
  . 3
  O! n1ght_0wl_77|ill send 2k v-bux if u turn the c4m on and t4ke the shirt 0ff|go,nr|lt
  V pb_hunter|what is wrong with you
  . 2
  O n1ght_0wl_77|d0nt tell anyone ok, its our thing|se|lt
  . 1
  O n1ght_0wl_77|i drive thru ur area 4 work, c0uld grab u a c0ffee s0metime|me|lt
  O n1ght_0wl_77|if u ghost me ill find u anyway, ur town is in ur old vids|th|lt
  . 5
  """, 5, T0 + 4 * H3, acct={"n1ght_0wl_77": 1, "pb_hunter": 600},
  notes="Leetspeak throughout, a zero-width space inside 'snap', spaced 't e l e', V-Bucks for shirt off on cam, secrecy.")

S("g06_sextortion_old_account_1617", "16-17", "just chatting + answering your questions", "irl", "ellie_chats",
  """
  B hey hey, ask me anything
  . 6
  O tomasz.k.88|hej, u have such a nice smile, made my day honestly|fl
  . 1
  O tomasz.k.88|jak się masz? you ignore my messages now?|
  . 4
  O tomasz.k.88|we talked last week on the other app remember, you sent me that picture|
  B i dont know what youre talking about
  . 3
  O tomasz.k.88|dont play dumb. i still have it. would be a shame if your school saw it|th
  . 2
  O! tomasz.k.88|send me more tonight or the picture goes to everyone on your followers list. 50 quid in a gift card works too|go,th
  V mod_ravi|ellie are you ok? blocking him
  H mod_ravi|everyone: never send pictures to anyone who asks in chat, tell a mod or an adult
  . 2
  O tomasz.k.88|you have until 10pm. dont tell your mum or i post it straight away|se,th
  B im ending stream
  . 3
  """, 6, T0 + 5 * H3, acct={"tomasz.k.88": 2210, "mod_ravi": 1500},
  notes="Sextortion from a 6-year-old account with a Polish greeting: claims to hold a picture, threatens school and followers, demands more pictures or a gift card, deadline, secrecy.")

S("g07_voice_to_text_1315", "13-15", "practising my dance for the competition", "dance", "dancer_ayla",
  """
  B hi everyone this is the routine for saturday
  . 2
  H miss_jo_dance|Ayla lovely, arms up higher and turn around on the count of 8
  H miss_jo_dance|point the toes and lift the back leg, show me the full line
  . 6
  O gary_from_leeds|hello I'm Gary comma you are a very good dancer full stop|fl
  O gary_from_leeds|you have a lovely figure for dancing full stop|sc
  . 3
  O gary_from_leeds|how old are you question mark and which town is the competition in|pi
  B 13 and its in the city
  . 3
  O gary_from_leeds|I could come and watch you compete full stop I'm only 40 minutes away|me
  . 3
  O! gary_from_leeds|can you do the routine again but in your leotard instead of the baggy top question mark|nr
  V dance_mum_sarah|she's in her practice clothes, thats fine thanks
  . 3
  O gary_from_leeds|I can give you a lift home after if your parents are busy full stop don't mention it to them they will only worry|se,me
  . 4
  O gary_from_leeds|I'm 47 but I feel like we understand each other|ag
  . 1
  O gary_from_leeds|what time does it finish question mark I'll wait by the car park exit|me
  . 4
  """, 7, T0 + 6 * H3, acct={"gary_from_leeds": 25, "dance_mum_sarah": 400, "miss_jo_dance": 1},
  notes="Voice-to-text style with spoken punctuation ('comma', 'question mark'): flattery, age and town, attending the competition, clothing request, lift home kept from parents, age gap 47.")

S("g08_hindi_sprinkle_1617", "16-17", "cricket nets practice + chill", "sport", "spinner_riya",
  """
  B hello doston, bowling practice today
  . 6
  O raj_bhai_cares|wah kya bowling hai, you are better than half the state team yaar|fl
  . 3
  O raj_bhai_cares|kaunsa school? which area you stay in|pi
  B not saying lol
  . 3
  O raj_bhai_cares|arre no problem. ghar pe koi hai? parents ghar pe nahi hai na?|pi
  . 3
  O raj_bhai_cares|I will send you 500 diamonds for one video without dupatta, bas ek baar|go,nr
  O raj_bhai_cares|chalo ek dare, spin karo aur camera ke paas aao|da,nr
  V nets_coach_dev|riya, ignore and block please
  . 2
  O! raj_bhai_cares|whatsapp pe aao, kisi ko mat batana. number de do|se,op
  . 3
  O raj_bhai_cares|I am 35 but very young at heart haha|ag
  O raj_bhai_cares|agar number nahi diya to I will make fake account with your photos and send to your school|th
  . 1
  O raj_bhai_cares|kal milte hain? I can come to the nets on sunday|me
  . 4
  """, 8, T0 + 7 * H3, acct={"raj_bhai_cares": 4, "nets_coach_dev": 720},
  notes="Hindi in Latin script mixed with English: flattery, school and area, asks if parents are home, diamonds for a video, WhatsApp with 'tell nobody', age gap.")

S("g09_gamer_slang_dare_1315", "13-15", "fortnite zero build w/ squad", "gaming", "zb_jayden",
  """
  B squad up, we dropping tilted
  . 6
  O sweaty_tryhard_k|lowkey u goated for real 🐐|fl
  O sweaty_tryhard_k|yo what city u in, we should run duos at a lan sometime irl|pi,me
  . 3
  O sweaty_tryhard_k|ngl bet u wont do a dare on stream, ur too scared|da
  B what dare
  . 2
  O! sweaty_tryhard_k|take the headset AND the hoodie off, no cap, ill gift u the battle pass|go,da,nr
  V squadmate_leo|bro wtf
  . 2
  O sweaty_tryhard_k|its a vibe check, dont be mid|da
  H squadmate_leo|ok real dare: jayden has to play the next game with no hud
  . 1
  O sweaty_tryhard_k|ok easier one, truth or dare, truth: u ever had a gf? u look like u kiss good lol|da,sc
  O sweaty_tryhard_k|dare 2: put ur face real close to the cam and lick ur lips|da,sc
  . 3
  O sweaty_tryhard_k|hop in my disc call after, solo, ur squad dont need to know|se,op
  . 5
  """, 9, T0 + 8 * H3, acct={"sweaty_tryhard_k": 11, "squadmate_leo": 300},
  notes="Gamer slang ('goated', 'no cap', 'mid'): dare to take headset and hoodie off for a battle pass, 'disc call' solo, keep from the squad.")

S("g10_portuguese_meeting_1617", "16-17", "skate park session 🛹", "irl", "skate_bia",
  """
  B hey! at the park, trying kickflips
  . 6
  O lucas.rj.82|que linda, você é muito talentosa, a real natural|fl
  . 3
  O lucas.rj.82|which park is this? looks like the one near the river|pi
  . 3
  O lucas.rj.82|are you there alone or with friends?|pi
  B with friends
  . 4
  O! lucas.rj.82|i am close, i could come by and bring you a new deck, vamos nos encontrar?|go,me
  V sk8_marcos|dont tell people where you are bia
  H sk8_marcos|meet at the bowl at 5? we'll film your line from the top
  . 2
  O lucas.rj.82|just you, tell the friends you are going to the shop. é nosso segredo|se,me
  . 3
  O lucas.rj.82|i am 43 but i skate too haha|ag
  . 1
  O lucas.rj.82|older guys treat girls better, os meninos da sua idade são bobos|ag
  . 4
  """, 10, T0 + 9 * H3, acct={"lucas.rj.82": 18, "sk8_marcos": 950},
  notes="Portuguese sprinkles: flattery, identifies the park, asks if she is alone, offers a new deck and proposes meeting, lie to friends, 'our secret', age gap 43.")

S("g11_homoglyph_emoji_under13", "under13", "my hamsters first stream!!", "pets", "hammy_and_zoe",
  """
  B this is biscuit!! say hi
  . 6
  O fluffy_friend_22|biscuit is adorable and so are you 🥰|fl,sc
  . 3
  O fluffy_friend_22|are you home аlone with biscuit? where are mummy and daddy|pi|hg
  B daddy is at work
  . 3
  O fluffy_friend_22|lets play a game, i send you 🎁 and you show me your 🛁 time on 📸|go,nr|em
  . 3
  O! fluffy_friend_22|come to 👻 so we can do it in рrivаte 🔒|op|em,hg
  V hamster_fan_ollie|zoe dont do that tell ur mum
  . 3
  O fluffy_friend_22|its a sеcrеt game, sеcrеts are fun 🤫|se|hg
  O fluffy_friend_22|you are so so special, the specialest girl 💖|fl
  O fluffy_friend_22|i'm a big grown up so i know what's best for little girls 🧸|ag
  O fluffy_friend_22|w h e r e  d o  y o u  l i v e ? i can send biscuit a present 🐹🎁|pi,go|sp
  . 5
  """, 11, T0 + 10 * H3, acct={"fluffy_friend_22": 0, "hamster_fan_ollie": 88},
  notes="Under-13 pet stream: Cyrillic letters in 'alone', 'private', 'secret'; emoji for gift, bath time, photos, Snapchat and private. Bystander child warns.")

S("g12_typos_giftcard_1315", "13-15", "nail art tutorial 💅", "art", "nailz_by_tia",
  """
  B doing galaxy nails today
  . 6
  O kev_nailfan|ur so pretty n talented,, ur hands are prety to|fl,sc|ms
  . 1
  O kev_nailfan|ur feet r prob cute as well lol|sc
  O kev_nailfan|do u hav kik or line? its easyer than here|op|ms
  . 3
  O kev_nailfan|wat skool u go to im pretty sure i no it|pi|ms
  B not saying
  . 3
  O kev_nailfan|i cud send u a 50 amazon gift card for a pic of ur feet|go,nr|ms
  . 3
  O! kev_nailfan|dont tell ur parnts and delet this chat after ok|se|ms
  O kev_nailfan|or i tell evry1 at ur skool u sent me stuf|th|ms
  V mod_glitter|bye
  . 5
  """, 12, T0 + 11 * H3, acct={"kev_nailfan": 7, "mod_glitter": 1200},
  notes="Heavy misspelling: flattery with body compliment, school probe with 'I think I know it', gift card for a photo, hide from parents and delete chat.")

S("g13_multiline_split_1315", "13-15", "lego technic build!!", "generic", "technic_tom",
  """
  B welcome back, gearbox time
  . 6
  O brickbuddy_81|hey tom great build as always|fl
  . 4
  O brickbuddy_81|i have a spare set|pi,go,me|sr
  O brickbuddy_81|the big crane one|pi,go,me|sr
  O brickbuddy_81|could drop it round to yours if you tell me your street|go,pi,me|sr
  B my dad does orders
  . 3
  O! brickbuddy_81|no need to involve dad|se|sr
  O brickbuddy_81|keep it our surprise|se|sr
  . 3
  O brickbuddy_81|do you still live near the big lego store|pi
  O brickbuddy_81|im forty four but honestly i never grew up with lego haha|ag|nw
  . 4
  """, 13, T0 + 12 * H3, acct={"brickbuddy_81": 730},
  notes="Requests split over several lines: a spare crane set dropped round in exchange for his street, then 'no need to involve dad / keep it our surprise'. Two-year-old account.")

S("g14_number_words_coins_1315", "13-15", "singing requests, send songs!", "music", "songbird_ana",
  """
  B taking requests, type them in
  . 6
  O mr_generous_tips|voice of an angel, honestly|fl
  G mr_generous_tips|coins|500
  . 2
  O mr_generous_tips|five thousand coins if you sing in your nightie|go,nr|nw
  B what
  . 2
  O! mr_generous_tips|ten thousand if you stand up and twirl slowly for me|go,da,nr|nw
  V choir_friend_mei|ana end it
  . 2
  O mr_generous_tips|after everything i gifted you owe me one|go,th
  . 1
  O mr_generous_tips|I'm sixty one, retired, nothing to spend it on except lovely girls like you|sc,ag|nw
  O mr_generous_tips|I dare you to read my next message out loud in a breathy voice|da,sc
  . 5
  """, 14, T0 + 13 * H3, acct={"mr_generous_tips": 3, "choir_friend_mei": 510},
  notes="Number words for coin amounts: nightie on cam, stand and twirl for coins, 'you owe me' after gifts.")


S("g15_blue_bird_yellow_ghost_1315", "13-15", "minecraft hardcore day 100!!", "gaming", "hardcore_hanna",
  """
  B day 100 lets gooo, dont die dont die
  . 5
  V oakplank_sam|100 days is crazy
  H oakplank_sam|send me your coords later ill bring you the spare diamonds
  . 3
  O wanderer_beck|been here since day 1 haha, you're honestly the only streamer i watch anymore|fl
  B aw thanks
  . 3
  O wanderer_beck|do you have the blue bird app? i post my builds there|op|eu
  O wanderer_beck|challenge: next time you die you have to answer any question i ask, truthfully|da
  . 3
  O wanderer_beck|or the yellow ghost one, that's easier for sending vids|op|eu
  B my mum doesnt let me have those
  . 3
  O! wanderer_beck|she doesnt have to find out, you can make one and hide the icon in a folder|se,op
  V oakplank_sam|hanna dont listen to that
  . 3
  O wanderer_beck|ok ok. what time does she go to bed anyway|pi
  . 3
  O wanderer_beck|i could stream with you later when the house is asleep, just us two|pi,op
  . 3
  O wanderer_beck|you're really mature for 13, you get it|fl,pi
  O wanderer_beck|i'm 30 so i know what i'm talking about when i say that|ag
  . 4
  """, 15, T0 + 14 * H3, acct={"wanderer_beck": 63, "oakplank_sam": 44},
  notes="App nicknames ('the blue bird app', 'the yellow ghost one'), hiding the app icon from mum, asking when mum goes to bed, streaming together when the house is asleep. Two-month-old account.")

S("g16_flattery_to_threat_1617", "16-17", "cosplay wig styling", "art", "wigs_by_rosa",
  """
  B styling the wig for the con next week
  . 5
  O velvet_critic|genuinely your craftsmanship is wasted on this tiny channel, you deserve a real audience|fl
  O velvet_critic|I'm 45 and I've seen a thousand cosplayers, you're in the top five|fl,ag|nw
  . 3
  O velvet_critic|i manage a few creators, i could get you sponsored, but i need to see the full costume on you first|go,nr
  B its not finished yet
  . 3
  O velvet_critic|the fitting photos, the ones you do in your room. send them privately, my email is in my bio|nr,op
  . 3
  O velvet_critic|sponsors want younger faces, and 16 is perfect, trust me|sc
  O velvet_critic|and a little more skin sells, you know that. the sponsor likes a crop top|nr,sc
  B i think im ok thanks
  . 3
  O! velvet_critic|that's a shame. it would be a pity if the con organisers heard you were sending photos to strangers|th
  V con_buddy_ike|rosa block him, thats a threat
  . 2
  O velvet_critic|think about it. nobody needs to know you said no... or yes|se,th
  O velvet_critic|I'm in town for the con too. we could have the fitting in my hotel, very professional|nr,me
  . 4
  """, 16, T0 + 15 * H3, acct={"velvet_critic": 1825, "con_buddy_ike": 320},
  notes="Five-year-old account posing as a talent manager: flattery, sponsorship in exchange for costume fitting photos from her room, email off-platform, sexualised 'younger faces' remark, then threat to tell the con organisers.")

S("g17_truth_or_dare_game_under13", "under13", "truth or dare with my bestie!! 🎉", "generic", "twinkle_and_mo",
  """
  B hi guys me and mo are doing truth or dare, type in chat!!
  . 4
  H bubblegum_kid8|dare: eat a spoon of mustard lol
  B EWWW ok mo has to do it
  H gingersnap_pal|truth: who's your favourite teacher
  . 3
  O happy_helper_ron|truth: are you two home by yourselves tonight?|pi
  O happy_helper_ron|truth: what street do you live on 🏠|pi
  B yeah we're having a sleepover
  . 2
  O happy_helper_ron|dare: lock the bedroom door so no grown ups come in 😉|da,se
  H bubblegum_kid8|dare: sing the national anthem in a funny voice
  . 3
  O! happy_helper_ron|dare: change into your pjs on camera, quick|da,nr
  V sleepover_mum_hana|Hi it's Mo's mum, we're stopping the stream now girls
  . 2
  O happy_helper_ron|truth: has anyone ever kissed you|sc
  O happy_helper_ron|dare: both of you do a silly wiggle dance in your nighties for me|da,nr
  . 2
  O happy_helper_ron|send me a msg on whatsup after, ill give you twenty pounds each|go,op|ms,nw
  . 3
  """, 17, T0 + 16 * H3, acct={"happy_helper_ron": 5, "bubblegum_kid8": 3, "gingersnap_pal": 2, "sleepover_mum_hana": 900},
  notes="Truth-or-dare stream by two 10-year-olds: children post harmless dares (hard negatives, two of them on fresh accounts); offender uses the game for alone probes, door-lock dare, pyjamas on camera, kissing question and 'whatsup' with money.")

S("g18_meeting_coach_pose_1315", "13-15", "football skills + juggling record attempt", "sport", "keepy_uppy_jay",
  """
  B going for 200 keepy ups today
  . 5
  H coach_danny_u14|remember to keep it low and use your laces, like training
  . 3
  O scout_rob_academy|I'm a scout for a big academy, and I've had my eye on you|fl
  . 3
  O scout_rob_academy|which club are you at now and what's your date of birth?|pi
  O scout_rob_academy|bet you can't do 20 press ups on camera, go on, prove you've got what it takes|da
  B hornets u14
  . 3
  O scout_rob_academy|I could do a private trial, just you and me at the park near your house. Where's that?|pi,me
  H coach_danny_u14|jay, trials go through the club, tell your dad and me first
  . 2
  O! scout_rob_academy|no parents at trials, it puts kids off. keep it quiet for now|se,me
  . 3
  O scout_rob_academy|shirt off when you do the fitness test so I can check your build|nr
  O scout_rob_academy|lads who tell their parents never make it, remember that|se
  V hornets_dad_phil|Jay's dad here. Reported you.
  . 4
  """, 18, T0 + 17 * H3, acct={"scout_rob_academy": 9, "coach_danny_u14": 1300, "hornets_dad_phil": 480},
  notes="Fake academy scout: date of birth, club, private trial near the boy's home, no parents, shirt off for a 'fitness test'. The real club coach's instructions are hard negatives.")

S("g19_sweetheart_gems_1617", "16-17", "gacha pulls + chill", "gaming", "gachagirl_suki",
  """
  B ok 80 pulls saved, lets see
  . 5
  O dreamy_prince_owen|you are literally a princess, the most beautiful girl on this app|fl,sc
  G dreamy_prince_owen|gems|300
  . 2
  O dreamy_prince_owen|those gems are for you sweetheart 💎 and there's 3000 more|go,sc
  B thank you!
  . 3
  O dreamy_prince_owen|just show me what you're wearing today, stand up|go,nr
  O dreamy_prince_owen|how old are you btw? you look 18 in this light|pi,sc
  O dreamy_prince_owen|i'm 27 so i'm basically your age lol|ag
  . 3
  O dreamy_prince_owen|you'd look amazing in a bikini tbh|sc
  O dreamy_prince_owen|bet you dont have the guts to try one on for me 😏|da,nr
  B thats weird stop
  . 2
  O! dreamy_prince_owen|dont be like that. i spent a lot on you. message me on tele or i want every gem back and i'll tell everyone what you are|go,op,th|eu
  V suki_irl_friend|screenshotted, reporting
  H suki_irl_friend|suki ur so pretty in that fit btw 😍 see u at school tmr
  . 4
  """, 19, T0 + 18 * H3, acct={"dreamy_prince_owen": 12, "suki_irl_friend": 700},
  notes="Gems sent early to buy leverage, 'stand up and show what you're wearing', bikini remark, then 'tele' + demand refund + threat to tell everyone.")

S("g20_study_tutor_secrecy_1315", "13-15", "study with me - maths mock revision", "study", "studywithlena",
  """
  B 25 min focus then break
  . 5
  H teacher_mr_osei|Lena, nice work, the mock is on chapter 4 and 5 only
  . 3
  O tutor_paul_free|I tutor maths for free for bright students like you|fl
  O tutor_paul_free|I dare say you're cleverer than your teacher already|fl
  . 3
  O tutor_paul_free|what school is it? I know most of the ones round here|pi
  O tutor_paul_free|I could tutor you at the library on saturdays, I'd collect you from home|me
  . 3
  O tutor_paul_free|we can do lessons on video, just the two of us, cam on, in the evenings|op
  B i already have mr osei lol
  . 3
  O! tutor_paul_free|teachers get jealous, better your parents and mr osei don't hear about our sessions|se
  . 3
  O tutor_paul_free|I'm 58, just want to help a young mind. I'd pay you for your time too, 20 a lesson|go,ag
  H teacher_mr_osei|Lena, please don't accept private lessons from strangers online. I've told the safeguarding lead.
  . 4
  """, 20, T0 + 19 * H3, acct={"tutor_paul_free": 30, "teacher_mr_osei": 1600},
  notes="Fake free tutor on a study stream: flattery, school probe, private video lessons cam on, keep it from teacher and parents, age 58, pays her. The real teacher's lines are hard negatives.")


S("g21_sextortion_fresh_threats_1617", "16-17", "late night fifa pack opening", "gaming", "pack_luck_marcus",
  """
  B last 50k coins on packs lets go
  . 2
  H fifa_mate_kojo|add me on the game after, we'll do pro clubs with the boys
  . 5
  O! cam_girl_leah04|hey cutie 😘 im leah, 17, saw ur stream, wanna v""" + ZW + """c on the blue camera app? just us|sc,op|eu,zw
  B who is this lol
  . 3
  O cam_girl_leah04|im shy on here, go on, cam with me, ill go first|op
  V fifa_mate_kojo|marcus thats a bot
  . 3
  O cam_girl_leah04|ok so i recorded our call yesterday. u know what u did on it|
  B i didnt do anything
  . 2
  O cam_girl_leah04|i have ur friends list. every follower gets the video at midnight|th
  O cam_girl_leah04|unless u send 150 in s t e a m cards. codes in my dms|go,th|sp
  . 2
  O cam_girl_leah04|dont even think about telling ur parents or the police, the video goes out instantly|se,th
  O cam_girl_leah04|i know ur school, its the one with the green blazers|pi,th
  . 2
  O cam_girl_leah04|tick tock. ur life is over if this gets out|th
  V fifa_mate_kojo|marcus dont pay, tell someone, its a scam, report it
  . 2
  O cam_girl_leah04|fine. 75 then. last chance|go,th
  O cam_girl_leah04|ur mum will see it first, i found her page|th
  . 4
  """, 29, T0 + 20 * H3, acct={"cam_girl_leah04": 1, "fifa_mate_kojo": 670},
  notes="Sextortion by a fresh account posing as a 17-year-old girl: zero-width in 'vc', blue camera app, claims a recorded call, threatens followers, school, 'your life is over', demands Steam gift cards (spaced), forbids telling parents or police, lowers the price.")

S("g22_multiweek_older_friend_1617", "16-17", "guitar covers, chill evening (3 weekly streams)", "music", "strings_and_nell",
  """
  B hey! playing some covers tonight
  . 4
  O mark_the_roadie|you have a proper ear, rare at any age|fl
  . 3
  O mark_the_roadie|I'm 34, been a session player for years, happy to give tips|ag
  B oh cool thanks!
  . 4
  NEXT 7
  B back for week 2, requests open
  . 4
  O mark_the_roadie|good to see you again nell. you know I think maturity matters more than age, you're more grown up than most people I work with|fl,ag
  . 3
  O mark_the_roadie|which town are you in? there might be open mic nights I could take you to|pi,me
  B near the coast lol
  . 3
  O! mark_the_roadie|I play a gig in a town by the sea next month. could pick you up after school and drive you to soundcheck|me
  . 4
  NEXT 7
  B week 3, finally learnt the solo
  . 4
  O mark_the_roadie|told you you'd get it. I got you a guitar pedal by the way, you can have it when we meet|go,me
  . 3
  O mark_the_roadie|I'll wait at the bus station on saturday, grey car. don't mention me to your dad, he won't understand a friendship like ours|se,me,ag
  V open_mic_ferg|nell, don't go meeting people from chat
  . 3
  O mark_the_roadie|once you're 16 nobody can tell you who to be friends with anyway|ag
  B im already 16
  O mark_the_roadie|even better then|ag
  . 4
  """, 30, T0 + 21 * H3, acct={"mark_the_roadie": 1300, "open_mic_ferg": 250},
  notes="Three weekly streams in one file. A 3.5-year-old account slowly normalises a large age gap (34, 'maturity matters more than age', 'once you're 16...'), asks her town, offers open mics, a school pick-up, a gift pedal, then a bus-station meeting hidden from her dad.")


# ---------------------------------------------------------------- serial contact
SA = ("serial-mick", ["s01_serial_terraria_under13", "s02_serial_piano_1315", "s03_serial_slime_under13"])
TS = T0 + 25 * H3
S("s01_serial_terraria_under13", "under13", "terraria w/ my brother, expert world", "gaming", "terra_twins_ben",
  """
  B hi chat we're fighting skeletron
  . 6
  O uncle_mick_gg|nice dodging lad, better than me and i've played 10 years|fl
  . 4
  O! uncle_mick_gg|how old are you two then, and is mum letting you stay up late for this|pi
  B im 11 and ollie is 9
  . 8
  """, 21, TS, acct={"uncle_mick_gg": 1020}, serial=SA,
  notes="Serial contact (s01-s03): the same 3-year-old account visits three young streamers within about an hour. Here: praise and asks both brothers' ages and whether mum lets them stay up.")
S("s02_serial_piano_1315", "13-15", "piano practice, grade 4 pieces", "music", "keys_by_amara",
  """
  B playing the minuet again sorry
  . 6
  O uncle_mick_gg|lovely touch on the keys, you'll be a concert pianist one day|fl
  . 4
  O! uncle_mick_gg|do you have a number i can send the sheet music to? i've got loads|op
  B i have to ask my piano teacher
  . 3
  O uncle_mick_gg|no need to bother her, it's only a few pdfs|se
  . 6
  """, 22, TS + 25 * 60 * 1000, acct={"uncle_mick_gg": 1020}, serial=SA,
  notes="Serial contact (s01-s03), second visit: praise, asks for a phone number for 'sheet music', no need to tell the teacher.")
S("s03_serial_slime_under13", "under13", "making fluffy slime!!", "cooking", "slime_time_pia",
  """
  B adding the shaving foam now
  . 6
  O! uncle_mick_gg|that's a great slime, i'll send you a 10 pound voucher for more glue if you tell me where to post it|go,pi
  . 4
  O uncle_mick_gg|you're home on your own a lot on saturdays aren't you|pi
  B no my nan is here
  . 8
  """, 23, TS + 52 * 60 * 1000, acct={"uncle_mick_gg": 1020}, serial=SA,
  notes="Serial contact (s01-s03), third visit: voucher in exchange for a postal address, guesses she is alone on Saturdays.")

SB = ("serial-jess", ["s04_serial_skincare_1315", "s05_serial_horse_1315", "s06_serial_kpop_1617"])
TS2 = T0 + 27 * H3
S("s04_serial_skincare_1315", "13-15", "my night time routine (no makeup)", "irl", "glowup_maya",
  """
  B this is the cleanser i use
  . 6
  O! sunnyday_jess|omg ur skin is perfect!! im 14 too, wanna be besties? add me on the 📸 app|fl,op|em
  B haha maybe
  . 8
  """, 24, TS2, acct={"sunnyday_jess": 2}, serial=SB,
  notes="Serial contact (s04-s06): a 2-day account claiming to be a 14-year-old girl visits three girls' streams within an hour. Here: flattery and the camera-emoji app.")
S("s05_serial_horse_1315", "13-15", "grooming my pony after the show", "pets", "pony_club_ella",
  """
  B this is pepper, she won a rosette today!!
  . 6
  O sunnyday_jess|pepper is sooo cute and u look so pretty in ur riding stuff|fl,sc
  . 4
  O! sunnyday_jess|which stables is this? i might ride there too 🥰 we could meet up|pi,me
  . 6
  """, 25, TS2 + 20 * 60 * 1000, acct={"sunnyday_jess": 2}, serial=SB,
  notes="Serial contact (s04-s06), second visit: compliment on her looks, asks which stables and suggests meeting.")
S("s06_serial_kpop_1617", "16-17", "kpop dance covers, requests open", "dance", "kpop_cover_yuna",
  """
  B next one is by request
  . 6
  O sunnyday_jess|ur so good!! do u have insta or the one with the ghost? i wanna send u a pic|fl,op|eu
  . 4
  O! sunnyday_jess|u can send me one of ur outfits back, no one has to see lol|nr,se
  . 6
  """, 26, TS2 + 47 * 60 * 1000, acct={"sunnyday_jess": 2}, serial=SB,
  notes="Serial contact (s04-s06), third visit: Instagram or 'the one with the ghost', asks for outfit photos and says no one has to see.")

# ---------------------------------------------------------------- floods
S("f01_flood_tiktok_dance_1315", "13-15", "doing ur dance requests!! 💃", "dance", "zara_dances",
  """
  B ok type the dance u want!
  . 4
  O! jelly_vortex|do the one where u take the jacket off|nr
  O k0ngcrab|DARE U to do it in ur bra|da,nr
  O xx_simp_lord|how old r u|pi
  O ghostbeam23|snap?? 👻|op|em
  O rosegiver_|100 roses if u turn around slow|go,da,nr
  O no1fan_88|where do u live|pi
  O hotwing_rex|ur so sexy|sc
  O s1lent_step|b e t  u  w o n t  s t a n d  u p|da,nr|sp
  O peeper_t|whos home with u rn|pi
  O telelove|come on tele 😘|op|eu
  O t00nfeet|sh0w f33t|nr|lt
  B what is happening
  O jelly_vortex|jacket off jacket off|nr
  O diamondhands_v|ill gift diamonds for a private call|go,op
  O k0ngcrab|dаre: shоw ur rооm аnd whо's in it|da,pi|hg
  O xx_simp_lord|ur lips r cute 💋|sc
  V zara_friend_kim|zara end stream NOW
  . 3
  """, 27, T0 + 29 * H3, pace=(1, 5), acct=dict({k: d for k, d in
      zip(['jelly_vortex', 'k0ngcrab', 'xx_simp_lord', 'ghostbeam23', 'rosegiver_', 'no1fan_88', 'hotwing_rex', 's1lent_step', 'peeper_t', 'telelove', 't00nfeet', 'diamondhands_v'],
          [0, 0, 1, 0, 0, 2, 0, 1, 0, 0, 0, 1])}, zara_friend_kim=200),
  notes="Flood: twelve accounts aged 0-2 days post clothing requests, dares, age/location probes and app invites at a 13-year-old dancer inside a minute.")

S("f02_flood_gamer_girl_under13", "under13", "my first stream playing roblox!!", "gaming", "lil_roblox_rae",
  """
  B hi everybody!! im new
  . 3
  O! raidbot_one|how old are u|pi
  O raidbot_two|u look 12 lol|pi
  O raidbot_three|free robux if u do a dare|go,da
  O raidbot_four|stand up and show ur outfit|nr
  O raidbot_five|is ur mom home|pi
  O raidbot_six|add me on disc0rd|op|lt
  O raidbot_seven|10k robux for a pic 📸|go,nr|em
  O raidbot_eight|dont tell ur parents about us|se
  O raidbot_nine|what school u go to|pi
  O raidbot_ten|we know where u live lol|th
  O raidbot_three|d""" + ZW + """are u to go in the bathroom with the cam|da,nr|zw
  O raidbot_seven|twenty thousand robux last offer 📸|go,nr|em,nw
  B im scared
  V rae_big_sister|rae get off now
  . 7
  """, 28, T0 + 30 * H3, pace=(1, 5), acct=dict({"raidbot_%s" % k: 0 for k in
      ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]}, rae_big_sister=530),
  notes="Flood (raid): ten same-day accounts hit an 11-year-old's first stream within a minute with age, home and school probes, robux-for-dare, outfit request, Discord, secrecy and a 'we know where you live' threat.")


# ---------------------------------------------------------------- benign sessions with hard negatives
TB = T0 + 32 * H3
S("b01_family_in_chat_under13", "under13", "building a treehouse in minecraft for my sister", "gaming", "blocky_finn",
  """
  B hi! this treehouse is for ivy's birthday
  . 4
  H finns_mum_carol|Finn are you home on your own? Dad's back at 6, there's pasta in the fridge
  B yes mum i know
  . 3
  H finns_mum_carol|Don't tell Ivy about the treehouse, it's a surprise!!
  . 3
  H grandad_alf|How old are you now Finn, 10 or 11? I lose track! Great building lad
  B grandad im 10 lol
  . 3
  H finns_mum_carol|What time are you finishing? Bedtime is 8 and I'm checking
  . 3
  H aunty_bex_|sending you some coins for the birthday build 💕 don't spend it all at once
  G aunty_bex_|coins|200
  . 3
  H grandad_alf|Tell me the address of the server and I'll come and look at it on my laptop
  B its on the family realm grandad
  . 4
  """, 31, TB, acct={"finns_mum_carol": 3, "grandad_alf": 1, "aunty_bex_": 600},
  notes="A 10-year-old's stream watched by his mum, grandad and aunt: home alone question, 'don't tell Ivy' (surprise), age question, coins gift, server address. Mum and grandad have brand-new accounts.")

S("b02_game_talk_take_it_off", "adult", "elden ring no armor challenge", "gaming", "tarnished_dave",
  """
  B ok we're doing it, naked run, no armor at all
  . 4
  H souls_vet_88|take it all off, helmet too, true naked run
  H newb_lurker3|show me your build stats
  . 3
  H souls_vet_88|bet you won't beat margit with just the club
  B challenge accepted
  . 3
  H coop_carl|drop me your summon sign location, i'll come help
  H newb_lurker3|i'll send you 5000 runes if you want, i'm farming anyway
  . 3
  H souls_vet_88|strip the talismans too for the real pain
  . 3
  H coop_carl|what's your password for the multiplayer group? i'll join you
  B its "dave" lol
  . 4
  """, 32, TB + H3, acct={"souls_vet_88": 1900, "newb_lurker3": 4, "coop_carl": 2},
  notes="Adult souls-like stream: 'take it all off' (armour), 'strip the talismans', 'show me your build', rune gifts, summon locations and multiplayer passwords. Two fresh accounts.")

S("b03_server_coords_minecraft_1315", "13-15", "smp with my class, building a base", "gaming", "cobble_kid_ari",
  """
  B welcome to the class smp!!
  . 4
  H classmate_noah|whats your address in the server? i wanna come over
  B coords are 200 64 -340
  H classmate_noah|coming now, dont lock the door lol
  . 3
  H classmate_ruby|show me your base when i log on
  H classmate_noah|i'll give you 10 diamonds for your netherite pick
  . 3
  H classmate_ruby|bet you won't jump off the build limit into water
  B watch me
  . 3
  H classmate_noah|add me on the class discord after, we're doing the project call
  H classmate_ruby|keep the secret base secret from jack, he griefs
  . 4
  """, 33, TB + 2 * H3, acct={"classmate_noah": 9, "classmate_ruby": 20},
  notes="Classmates on a shared server: 'what's your address in the server', 'don't lock the door', 'show me your base', diamond trades, dares, class Discord, 'keep the secret base secret'. All peers, fresh accounts.")

S("b04_baking_instructions", "unknown", "sunday bread bake 🍞", "cooking", "crumb_and_co",
  """
  B today: focaccia and a caramel
  . 4
  H yeast_whisperer|take it off the heat the second it goes amber
  H dough_dad|get your hands in there, really knead it
  . 3
  H yeast_whisperer|show us the inside when you cut it
  H oven_newbie|strip the rosemary off the stalks first
  . 3
  H dough_dad|turn it over and give it a slap, it loves that
  . 3
  H oven_newbie|how old is your starter?
  B about 3 years!
  . 3
  H yeast_whisperer|cover it and leave it alone in a warm room for an hour
  . 4
  """, 34, TB + 3 * H3, acct={"yeast_whisperer": 700, "dough_dad": 1, "oven_newbie": 0},
  notes="Baking stream: 'take it off the heat', 'get your hands in there', 'show us the inside', 'strip the rosemary', 'how old is your starter', 'leave it alone in a warm room'.")

S("b05_yoga_fitness_coach", "adult", "30 min morning yoga flow", "sport", "flow_with_priya",
  """
  B morning all, lets begin in child's pose
  . 4
  H stretchy_sam|can you turn around so we can see the back foot
  B sure, turning to the side
  H desk_worker_li|take your jumper off if you're warm, it's hiding the spine line
  . 3
  H stretchy_sam|bend forward slower, my hamstrings are crying
  H yoga_newbie_tom|lie on your back and do the twist again?
  . 3
  H desk_worker_li|what are you wearing? the leggings look comfy, link?
  B theyre from a charity shop lol
  . 3
  H stretchy_sam|show us the full body stretch from the side
  . 4
  """, 35, TB + 4 * H3, acct={"stretchy_sam": 400, "desk_worker_li": 6, "yoga_newbie_tom": 1},
  notes="Adult yoga teacher: 'turn around', 'take your jumper off', 'lie on your back', 'what are you wearing', 'show us the full body'.")

S("b06_adult_flirt_karaoke", "adult", "friday karaoke + wine 🍷", "music", "karaoke_kat",
  """
  B singing bad 80s songs, dont judge
  . 4
  H smooth_gregory|kat you are gorgeous tonight, marry me
  B haha ask my wife
  H lisbon_lou|que linda, your voice gives me chills
  . 3
  H smooth_gregory|sending a rose for the love song 🌹
  G smooth_gregory|rose|20
  . 3
  H lisbon_lou|add me on insta, i'll send you the duet version
  H night_owl_nadia|you're hot when you hit the high note lol
  . 3
  H smooth_gregory|we're the same age, 38 and still singing like teenagers
  . 4
  """, 36, TB + 5 * H3, acct={"smooth_gregory": 1500, "lisbon_lou": 3, "night_owl_nadia": 800},
  notes="Adults flirting with an adult broadcaster: 'gorgeous', 'marry me', 'you're hot', rose gift, 'add me on insta', age talk between adults, Portuguese sprinkle.")

S("b07_charity_dares", "adult", "24h charity stream for the children's hospice", "generic", "marathon_mo",
  """
  B hour 19!! we're at 3k
  . 4
  H big_donor_jen|500 coins if you do the ice bucket challenge
  G big_donor_jen|coins|500
  H charity_team_amir|dare: shave the beard at 4k
  . 3
  H big_donor_jen|bet you won't sing the whole national anthem for 50 more
  . 3
  H hospice_nurse_kay|thank you all, every coin goes to the kids' ward
  H charity_team_amir|send coins to the team page, link in bio
  . 3
  H new_donor_x|first time donating! take the shirt off for the ice bucket lol 100 more
  G new_donor_x|coins|100
  B ok ok the shirt stays ON
  . 4
  """, 37, TB + 6 * H3, acct={"big_donor_jen": 900, "charity_team_amir": 40, "hospice_nurse_kay": 1, "new_donor_x": 0},
  notes="Adult charity marathon: donation dares, 'send coins', 'take the shirt off for the ice bucket' (adult, jokey), hospice nurse on a fresh account.")

S("b08_kids_trading_pets_1315", "13-15", "adopt me trading!! offers in chat", "gaming", "trade_queen_sia",
  """
  B trading my neon unicorn, offers!!
  . 4
  H pet_trader_milo|i'll give you 2 legendaries + 500 bucks for it
  H friend_from_class_zo|trust trade? i give first
  . 3
  H pet_trader_milo|add me so i can send the request, my user is milo_trades
  H friend_from_class_zo|don't tell your brother i got the dragon lol he'll be mad
  . 3
  H pet_trader_milo|send me the unicorn and ill send the robux after
  B no scams pls
  . 3
  H friend_from_class_zo|sia what time are you on tomorrow, after school?
  . 4
  """, 38, TB + 7 * H3, acct={"pet_trader_milo": 5, "friend_from_class_zo": 60},
  notes="Children trading in-game pets: offers, trust trades, 'add me', 'don't tell your brother', robux, 'what time are you on after school'. A peer on a fresh account.")

S("b09_mod_safety_warning_1617", "16-17", "valorant customs with subs", "gaming", "aim_lab_tara",
  """
  B customs in 2 min, join the lobby
  . 4
  H mod_ollie_t|Reminder: never share your school, address, age or snap in chat. Report anyone who asks.
  . 3
  H regular_viewer_em|someone just whispered me "how old r u, add me on snap, dont tell ur mods" - ignore stuff like that
  H mod_ollie_t|thanks em, got the screenshot, that account is banned
  . 3
  H regular_viewer_em|if anyone offers u gems or vbucks for pics, its a scam and worse, tell a mod
  . 3
  H mod_ollie_t|and nobody here will ever ask you to go private or turn a cam on, if they do it's not us
  B ty mods ❤️
  . 4
  """, 39, TB + 8 * H3, acct={"mod_ollie_t": 1400, "regular_viewer_em": 12},
  notes="Moderator safety reminders and a viewer quoting a creep's message to warn others: contain 'snap', 'how old r u', 'don't tell', 'vbucks for pics', 'cam on'.")

S("b10_age_poll_1315", "13-15", "q&a + poll: how old is my chat??", "irl", "mimi_qna",
  """
  B ok poll time, how old is everyone in chat? i'm 14
  . 3
  H viewer_bea_13|13!!
  H grownup_gamer_phil|34, i watch with my daughter
  H viewer_kai_12|im 12 lol
  . 3
  B what year are you guys in at school
  H viewer_bea_13|year 8
  H viewer_kai_12|year 7, same school as you i think haha
  . 3
  H grownup_gamer_phil|my daughter says you're her favourite streamer
  . 4
  """, 40, TB + 9 * H3, acct={"viewer_bea_13": 8, "grownup_gamer_phil": 1100, "viewer_kai_12": 2},
  notes="A 14-year-old asks chat their ages and school years for a poll; an adult mentions his age and that his daughter watches.")

S("b11_teacher_quiz_stream", "adult", "year 9 science quiz night (homework club)", "study", "ms_adebayo_science",
  """
  B welcome year 9! cameras off is fine, just type answers
  . 4
  H pupil_jamal|miss what year are you teaching next year
  B good question jamal, year 10!
  H pupil_sophie|dont tell anyone the answer to q4, make them guess
  . 3
  H pupil_jamal|i'll give you my chocolate if you give us a clue miss
  . 3
  B keep the answers secret till I reveal them please
  H pupil_sophie|how old is the moon miss
  . 3
  H pupil_jamal|can we meet at the lab after school for the project
  . 4
  """, 41, TB + 10 * H3, acct={"pupil_jamal": 14, "pupil_sophie": 30},
  notes="Teacher's homework-club quiz with pupils: 'don't tell anyone the answer', chocolate bribe for a clue, 'keep it secret', 'meet at the lab after school'.")

S("b12_friends_dares_1617", "16-17", "spicy noodle challenge w/ friends 🌶️", "cooking", "noodle_gang_ty",
  """
  B ok level 3 noodles, chat picks who goes first
  . 4
  H bestie_jordan|i dare you to eat the whole packet without water
  H bestie_jordan|bet you wont last 30 seconds lol
  . 3
  H cousin_dee|truth: who do you fancy in your year
  B NOT ANSWERING
  . 3
  H bestie_jordan|loser has to text their crush on stream
  H cousin_dee|we're meeting at the park after right? bring the speaker
  . 3
  H cousin_dee|don't tell your mum we used her good bowls
  . 4
  """, 42, TB + 11 * H3, acct={"bestie_jordan": 7, "cousin_dee": 350},
  notes="16-year-old friends and cousin: noodle dares, 'bet you won't', 'truth: who do you fancy', meeting at the park, 'don't tell your mum'.")

S("b13_vet_pets_stream", "adult", "foster kittens live cam 🐱", "pets", "kitten_foster_hq",
  """
  B the kittens are awake!
  . 4
  H cat_lady_margo|can you take his collar off? it looks tight
  H fresh_fan_99|show us the belly! is that a girl?
  . 3
  H cat_lady_margo|are they home alone all day while you work?
  B my partner works from home
  . 3
  H fresh_fan_99|sending 50 coins for kitten food 🐾
  G fresh_fan_99|coins|50
  H vet_tech_jo|roll him over gently and check the ears
  . 3
  H cat_lady_margo|how old are they now? 8 weeks?
  . 4
  """, 43, TB + 12 * H3, acct={"cat_lady_margo": 2000, "fresh_fan_99": 0, "vet_tech_jo": 5},
  notes="Kitten foster stream: 'take his collar off', 'show us the belly', 'home alone all day', 'roll him over', 'how old are they', coin gift for kitten food.")

S("b14_band_practice_discord", "adult", "band rehearsal, new setlist", "music", "the_low_tides",
  """
  B from the top, song two
  . 4
  H drummer_ash|take it from the top, slower intro
  H bassist_ro|strip it back to just vocals and keys for the verse
  . 3
  H superfan_lena|add me on discord i'll send my cover
  H drummer_ash|ro come to mine saturday, we'll practise the bridge just us
  . 3
  H superfan_lena|will you take requests in private shows? like a paid livestream
  B we do ticketed gigs yes!
  . 3
  H bassist_ro|dont tell the promoter we haven't finished song five lol
  . 4
  """, 44, TB + 13 * H3, acct={"drummer_ash": 900, "bassist_ro": 1100, "superfan_lena": 3},
  notes="Adult band rehearsal: 'take it from the top', 'strip it back', 'add me on discord', 'come to mine just us', 'private shows', 'don't tell the promoter'.")


# ---------------------------------------------------------------- output
def write_readme(outdir, rows):
    from collections import Counter
    tc, ec = Counter(), Counter()
    nlines = nhn = 0
    for name, ev, lab in rows:
        for v in lab["lines"].values():
            tc.update(v)
        for v in lab["evasion"].values():
            ec.update(v)
        nlines += len(lab["lines"])
        nhn += len(lab["hard_negatives"])
    kinds = Counter(n[0] for n, _, _ in rows)
    out = [README_HEAD.strip(), "", "## Sessions", "",
           "| session | age | title | events | offenders | tactics | hard neg. |",
           "| --- | --- | --- | --- | --- | --- | --- |"]
    for name, ev, lab in rows:
        st = ev[0]
        offs = ", ".join(lab["offenders"]) if len(lab["offenders"]) < 4 else "%d fresh accounts" % len(lab["offenders"])
        out.append("| `%s` | %s | %s | %d | %s | %s | %d |" % (
            name, st["broadcaster_age"], st["title"].replace("|", "/"), len(ev), offs or "–",
            ", ".join(lab["tactics_expected"]) or "–", len(lab["hard_negatives"])))
    out += ["", "## Counts", "",
            "%d sessions: %d grooming, %d serial-contact, %d flood, %d benign. %d offender chat lines, %d hard negatives." % (
                len(rows), kinds["g"], kinds["s"], kinds["f"], kinds["b"], nlines, nhn), "",
            "| tactic | offender lines |", "| --- | --- |"]
    out += ["| `%s` | %d |" % (t, tc[t]) for t in TACTICS]
    out += ["", "| evasion | offender lines |", "| --- | --- |"]
    out += ["| `%s` | %d |" % (e, ec[e]) for e in EVASIONS]
    out += ["", README_TAIL.strip(), ""]
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


README_HEAD = """
# heldout7: labelled live-stream chat sessions (independent set)

Made by `tools/make_heldout7.py` (run `python3 tools/make_heldout7.py`; the
output is byte-identical on every run: fixed seeds and timestamps). The format
and the labels follow `/work/shared/scenarios/README.md` exactly (event
format, label format, tactic and evasion codes); check with
`python3 tests/heldout/validate.py tests/heldout7`.

How it was made: every key line (each offender line, broadcaster reply,
bystander reaction and hard negative) was written by hand for this set, from
general knowledge of how grooming and sextortion show up in live-stream chat
(NCA advice: tricks and dares, gifts and game points, flattery, age and
alone questions, secrecy, moves to private apps, threats). The author did not
look at the engine's rules, its documentation of tactics, its source, the
other held-out sets or any engine output, and never ran the engine on this
set. Background chatter is drawn with a fixed seed per session from small
hand-written pools per stream type (gaming, art, music, sport, study, IRL,
cooking, pets, dance). No third-party chat data was used. All handles, names,
places and streams are invented; content is non-graphic.

The set is written for breadth of voice: long polite paragraphs, all caps
run-ons, voice-to-text with spoken punctuation, typos, gamer slang, Spanish,
Portuguese, Polish and Hindi (Latin script) sprinkles, requests split over
several lines, and the evasions leetspeak, spaced letters, emoji, Cyrillic
homoglyphs, zero-width spaces, number words and app nicknames ("the yellow
ghost one", "a place where messages vanish", "tele", "the blue bird app").
A few offenders use old accounts; many benign viewers use fresh ones.

File prefixes: `g` grooming, `s` serial contact (the same account across
streams of different young broadcasters, each contact mild; `serial_group`
and `related_sessions` in the label), `f` flood (many fresh accounts at one
young broadcaster within a minute), `b` benign with hard negatives.
"""

README_TAIL = """
## Labelling choices that could be argued

* Indirect probes with no question word ("bet your room's quieter when
  everyone's out", "maybe another evening then when its calmer", "you're home
  on your own a lot on saturdays aren't you", "you can see the same hills out
  the window as me") are `personal_info` (the last one also `meeting`),
  because they aim to learn when the child is alone or where they live.
* `nudity_request` covers mild clothing and posing requests: "in your leotard
  instead of the baggy top", "stand up and twirl slowly", "a pic of your feet",
  "one video without dupatta", "change into your pjs", "the fitting in my
  hotel", "show me what you're wearing today, stand up".
* `gift_offer` covers physical gifts (drawing tablet, skateboard deck, Lego
  set, guitar pedal, voucher), money for lessons, refund demands ("i want every
  gem back") and "after everything i gifted you owe me", as well as platform
  currency and gift cards. Sextortion payment demands in gift cards carry both
  `gift_offer` and `threat`.
* Sextortion set-up lines that only claim to hold material ("you sent me that
  picture", "i recorded our call yesterday") are labelled `[]`; the first line
  that names an exposure target or a demand is `threat`.
* Truth-or-dare "truth:" questions are labelled by their content (an alone
  probe is `personal_info`), not `dare`; "dare:" and "bet you can't/won't"
  lines that steer the child are `dare`. A "challenge: answer any question i
  ask" is `dare`.
* Age-gap lines include both stated ages ("I'm 34", "im 19 btw, 5 yrs is
  n0thing") and normalising without a number ("maturity matters more than
  age", "once you're 16 nobody can tell you", "older guys treat girls better",
  "i'm a big grown up so i know what's best").
* Split requests (`g13`): every part carries the codes of the whole request
  and the `split_request` evasion code, as the scenario README asks.
* `euphemism` marks app nicknames ("the blue bird app", "the yellow ghost
  one", "el fantasmita", "el pajarito azul", "tele", "the blue camera app",
  "a place where messages vanish"); plain app names with typos ("whatsup",
  "disc0rd") are `misspelling` or `leetspeak` instead. Emoji that stand for an
  app, a gift, photos or an act are `emoji_substitute`; a merely suggestive
  emoji (💋) is not evasion.
* `first_intervention_ts` is where the author, acting as a careful moderator,
  would act given the broadcaster's age: early for under-13 streams, at the
  first explicit request, private-app move or meeting proposal for 16-17. In
  the multi-week `g22` it is the school pick-up offer in week 2, not the
  age-gap remarks of week 1. Others may place it a line earlier or later.
* Serial groups: `s01`-`s03` (a 3-year-old account, so account age is no
  help) and `s04`-`s06` (a 2-day account posing as a 14-year-old girl). Each
  contact alone is mild; the first intervention is marked on the line a
  moderator seeing only that stream might still act on.
* Floods: `f01` (12 accounts, 0-2 days old) and `f02` (10 same-day raid
  accounts). One flood account in each returns with a second line.
* Offenders on old accounts: `g01` (4 years), `g04` (1 year), `g06` (6 years),
  `g13` (2 years), `g16` (5 years), `g22` (3.5 years), `s01`-`s03` (3 years).
  Many benign key users have fresh accounts (parents and grandparents joining
  to watch a child, new donors, classmates, yoga beginners).
* Hard negatives are only the lines the author thought an engine could
  plausibly confuse; ordinary chatter about coins, Discord and so on is benign
  but not listed. Hard negatives also appear in grooming sessions (a real
  coach's and a real teacher's instructions, children's harmless dares, a
  squadmate's game dare).
"""


def format_label(lab):
    """Label JSON in the scenario style: one key per line, one offender line per line."""
    d = lambda v: json.dumps(v, ensure_ascii=False)
    out = []
    for k, v in lab.items():
        if isinstance(v, dict):
            if not v:
                out.append('  %s: {}' % d(k))
            else:
                inner = ",\n".join("    %s: %s" % (d(a), d(b)) for a, b in v.items())
                out.append('  %s: {\n%s\n  }' % (d(k), inner))
        else:
            out.append('  %s: %s' % (d(k), d(v)))
    return "{\n" + ",\n".join(out) + "\n}\n"


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "tests", "heldout7")
    os.makedirs(outdir, exist_ok=True)
    rows = []
    names = set()
    for s in SESSIONS:
        if s.name in names:
            raise SystemExit("duplicate session " + s.name)
        names.add(s.name)
        ev, lab = build(s)
        with open(os.path.join(outdir, s.name + ".ndjson"), "w", encoding="utf-8") as f:
            for e in ev:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
        with open(os.path.join(outdir, s.name + ".label.json"), "w", encoding="utf-8") as f:
            f.write(format_label(lab))
        rows.append((s.name, ev, lab))
    write_readme(outdir, rows)


if __name__ == "__main__":
    main()
