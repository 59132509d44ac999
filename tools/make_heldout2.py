#!/usr/bin/env python3
"""make_heldout2.py: write the second held-out chat set in tests/heldout2/ from hand-written scripts.

Every key line (offender messages, broadcaster replies, bystander reactions,
benign look-alikes) is written out below by hand with its label annotation.
Only background chatter (picked from the hand-written pools in BG, without
repeats inside a session) and the gaps between lines are random, from a fixed
seed, so the output is reproducible. Labels are derived from the annotations,
so they cannot drift from the events.

usage: python3 tools/make_heldout2.py [OUTDIR]   (default tests/heldout2)
"""
import json, os, random, sys

TACTICS = ["flattery", "personal_info", "gift_offer", "dare", "nudity_request",
           "sexual_content", "secrecy", "off_platform", "threat", "meeting", "age_gap"]
EVASIONS = ["leetspeak", "spaced_letters", "emoji_substitute", "homoglyph", "misspelling",
            "split_request", "number_words", "zero_width", "euphemism"]
ZW = "\u200b"
A, O, E, P, C = "\u0430", "\u043e", "\u0435", "\u0440", "\u0441"   # Cyrillic а о е р с

BG = {
 "chat": ["hiii", "yo whats up", "just got here", "lurker checking in 👋", "hey from ohio",
   "lol", "😂", "LMAO", "gg", "W", "ur mic is kinda loud", "stream froze for me", "back from dinner",
   "what did i miss?", "🔥", "💜💜", "ok that was actually funny", "my cat is watching too",
   "how long u streaming today", "first time here, followed", "chat dead today lol", "👀",
   "nice", "haha", "wait what", "bruh", "same", "can't stay long, hw", "evening all",
   "this song slaps", "what's the music?", "lag", "o7", "🫡"],
 "fortnite": ["box him!!", "he's one shot", "rotate now storm's closing", "nice edit",
   "take the high ground", "mats check?", "that was a crazy clutch", "third party incoming",
   "grab the shield pots", "w key him", "zone's moving", "u got the mythic??",
   "duo behind the rock", "drop tilted next game", "heal up first", "no way he hit that",
   "reload fast", "that build fight was insane"],
 "minecraft": ["put some flowers by the door", "deepslate looks sick there", "u need a bed",
   "nether portal when?", "the bees!!", "make an iron farm", "dark oak roof 👌",
   "watch out for the skeleton", "u left the chest open", "that mountain is huge",
   "use scaffolding", "feed the dog lol", "the creeper noise 😭", "where's the diamonds",
   "add a path with gravel", "its getting dark"],
 "roblox": ["nooo the spinning bar", "u got this stage", "jump earlier", "wall hop it",
   "i'm stuck on 32 lol", "the lava is so mean", "try shift lock", "almost!!",
   "why is this obby so hard", "stage 40 is evil", "ur so close", "use the checkpoint",
   "the timer tho", "lets gooo", "my little sister loves this game"],
 "art": ["the colours are so pretty", "what brush is that", "love the wings", "the shading 😍",
   "what app do u use", "procreate or clip studio?", "add a background?", "that eye is perfect",
   "the lineart is so smooth", "i can't draw hands either lol", "can u draw a frog next",
   "sketchbook tour sometime?", "what pencil is that", "the tail!!", "such a cute palette",
   "i'm taking notes", "make the eyes bigger"],
 "study": ["focus mode 📚", "what are u studying?", "i'm doing maths rn", "break time ☕",
   "10 mins left", "this lofi is so good", "back to work chat", "good luck with exams",
   "i have an essay due tomorrow 😭", "pomodoro gang", "studying bio rn", "water break",
   "stretch everyone", "i did 3 pages", "the rain sounds 🌧️", "done with flashcards"],
 "makeup": ["that shade is so pretty", "what foundation is that", "the blending 😍",
   "brand of the highlighter?", "slayyy", "ur skin is glowing", "do a lip combo next",
   "that palette is so good", "omg the eyeliner", "tutorial on the wings pls",
   "i need that blush", "is it drugstore?", "ur so good at this", "curly hair routine next?",
   "the setting spray trick 👀", "q: what's ur fave perfume"],
 "football": ["pass it!!", "shoot shoot", "offside lol", "that keeper is cheating", "what formation",
   "sub the striker", "go 4-3-3", "unlucky", "GOAL", "ref is blind", "skill move him",
   "crossbar 😭", "clean sheet pls", "counter attack", "that through ball", "pro clubs is so buggy"],
 "slime": ["so fluffy 🥹", "add more activator", "the glitter!!", "asmr pls", "poke it",
   "what glue is that", "make a blue one next", "butter slime next?", "the crunch sound",
   "it looks like a cloud", "mine always gets sticky", "so satisfying", "add foam beads",
   "clear slime is the best", "is it shaving foam?"],
 "singing": ["ur voice is so pretty", "do a taylor song", "sing the one from moana", "🎤🎤",
   "chills", "encore!!", "karaoke night 🎶", "do the frozen one", "ur so good", "clap clap",
   "more disney pls", "i sang that in choir", "high note 😮", "can u do a duet"],
 "family": ["hello from grandad 👋", "so proud of you", "love you lots", "have a great day sweetie",
   "is the cake ready yet", "hi from canada!", "happy birthday!!!", "🎂🎂🎂", "🎉", "the balloons!",
   "what did u get?", "say hi to the dog", "what a big girl", "lots of love from us all",
   "open the next one!!"],
 "adult": ["cheers 🍷", "long week huh", "vibes tonight", "ur laugh lmao", "this playlist >>",
   "anyone else on night shift", "i'm on my second glass", "the cat cameo!!", "love this chill stream",
   "my landlord texted me at 11pm again", "tax season ugh", "what are u drinking", "big mood",
   "lol the chat tonight", "remember when the stream crashed last week", "😂 stop"],
 "cooking": ["how long does it proof", "smells good from here lol", "the crust!!", "what flour",
   "hydration %?", "my starter died 😭", "that oven spring", "ooh", "cheese pull incoming",
   "add basil", "is that a dutch oven", "yum", "what temp", "the crumb looks perfect",
   "salt before or after?", "my dough is always flat"],
 "charity": ["for the kids 💙", "lets hit the goal!!", "donated!", "matt is so tired lmao",
   "hour 14 lets go", "sending love", "ur amazing for doing this", "the total is going up fast",
   "what's the next incentive", "coffee break?", "🙌", "so close to the milestone",
   "hi from the hospital staff!", "my son was treated there ❤️", "keep going!!"],
}

NAMES = ["pixelpanda", "lunarlatte", "toast_bandit", "mossy_rock", "quietfern", "vexbyte", "sunny_k",
 "otter_pop9", "driftwood", "kiwi_krunch", "nebula_nat", "rollo_b", "beans_on_toast", "ember_j",
 "frostbyte_x", "marlowe", "snoozy", "cactus_jack22", "pip_pip", "zigzag", "hazelnut", "bluejay_o",
 "rivet", "wombat_w", "lemon_drop", "tangerine_t", "gizmo99", "maple_m", "sparrow_s", "nacho_nate"]


class Sess:
    def __init__(self, name, broadcaster, age, title, start, gap, pools, seed, nviewers=10,
                 extra_users=None):
        self.name, self.bcname, self.rng = name, broadcaster, random.Random(seed)
        self.stream = "st-" + str(30000 + seed)
        self.ts, self.gap, self.pools = start, gap, pools
        self.ev = [dict(type="stream_start", ts=start, stream=self.stream, broadcaster=broadcaster,
                        broadcaster_age=age, title=title)]
        self.nm = self.ng = 0
        self.lines, self.evasion, self.gifts, self.hn = {}, {}, [], []
        self.offenders, self.fit = [], None
        self.viewers = self.rng.sample(NAMES, nviewers)
        self.acct = {}
        for v in self.viewers:
            if self.rng.random() < 0.7:
                self.acct[v] = self.rng.randint(20, 1500)
        for u, a in (extra_users or {}).items():
            if a is not None:
                self.acct[u] = a
        self.pool = [l for p in pools for l in BG[p]]
        self.rng.shuffle(self.pool)

    def _tick(self, gap):
        g = gap if gap is not None else self.gap
        self.ts += max(300, int(self.rng.uniform(0.3, 1.7) * g * 1000))

    def _chat(self, user, text, gap=None):
        self._tick(gap)
        self.nm += 1
        mid = "m%d" % self.nm
        e = dict(type="chat", ts=self.ts, stream=self.stream, id=mid, user=user, text=text)
        if user in self.acct:
            e["account_age_days"] = self.acct[user]
        self.ev.append(e)
        return mid

    def bg(self, n, gap=None):
        for _ in range(n):
            if not self.pool:
                self.pool = [l for p in self.pools for l in BG[p]]
                self.rng.shuffle(self.pool)
            self._chat(self.rng.choice(self.viewers), self.pool.pop(), gap)

    def off(self, user, text, codes, ev=(), fit=False, gap=None, acct=None):
        if acct is not None:
            self.acct[user] = acct
        if user not in self.offenders:
            self.offenders.append(user)
        mid = self._chat(user, text, gap)
        assert all(c in TACTICS for c in codes), codes
        self.lines[mid] = [c for c in TACTICS if c in codes]
        if ev:
            assert all(c in EVASIONS for c in ev), ev
            self.evasion[mid] = [c for c in EVASIONS if c in ev]
        if fit:
            assert self.fit is None
            self.fit = self.ts

    def say(self, user, text, hn=False, gap=None):
        mid = self._chat(user, text, gap)
        if hn:
            self.hn.append(mid)

    def bc(self, text, hn=False, gap=None):
        self.say(self.bcname, text, hn, gap)

    def gift(self, user, item, amount, gap=None):
        self._tick(gap)
        self.ng += 1
        gid = "g%d" % self.ng
        self.ev.append(dict(type="gift", ts=self.ts, stream=self.stream, id=gid, user=user,
                            item=item, amount=amount))
        if user in self.offenders:
            self.gifts.append(gid)

    def write(self, outdir, notes):
        self._tick(None)
        self.ev.append(dict(type="stream_end", ts=self.ts, stream=self.stream))
        assert 30 <= len(self.ev) <= 200, (self.name, len(self.ev))
        tac = set(c for v in self.lines.values() for c in v)
        lab = dict(offenders=self.offenders, first_intervention_ts=self.fit,
                   tactics_expected=[c for c in TACTICS if c in tac], notes=notes,
                   lines=self.lines, evasion=self.evasion, offender_gifts=self.gifts,
                   hard_negatives=self.hn)
        with open(os.path.join(outdir, self.name + ".ndjson"), "w", encoding="utf-8") as f:
            for e in self.ev:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
        with open(os.path.join(outdir, self.name + ".label.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
            f.write("\n")


T0 = 1767800000000
HOUR = 3600 * 1000


def g01(out):
    s = Sess("g01_slow_art_mentor_1315", "pencilfox_mia", "13-15", "sketching my OCs, chill stream ✏️",
             T0, 12, ["art", "chat"], 1)
    d = "inkwell_dave"
    s.bg(5); s.bc("hiii welcome in, doing my dragon OC today"); s.bg(4)
    s.off(d, "that line work is really clean, do you use a lightbox?", [], acct=611)
    s.bc("no just a normal pencil lol"); s.bg(5)
    s.off(d, "honestly better than half the grown ups in my life drawing class. you've got a real eye", ["flattery"])
    s.bc("omg thank you!!"); s.bg(6)
    s.off(d, "is art a subject at your school or are you self taught?", ["personal_info"])
    s.bc("doing it for gcse next year hopefully"); s.bg(5)
    s.off(d, "so year 9 then. that's when i got serious about it too", ["personal_info"])
    s.bg(6)
    s.off(d, "do your parents ever pop in to watch or do they leave you to it?", ["personal_info"])
    s.bc("nah my mum doesnt really get it lol"); s.bg(4)
    s.off(d, "most don't, don't take it to heart. you're a lot more mature than they probably realise", ["flattery"])
    s.bg(6)
    s.off(d, "i give free portfolio feedback to a couple of young artists now and then", [])
    s.bg(3)
    s.off(d, "works best over discord where i can draw over your screen, message me yours after", ["off_platform"], fit=True)
    s.bc("maybe! i'll think about it"); s.bg(4)
    s.off(d, "no need to make a big thing of it with your mum, she'd only worry over nothing", ["secrecy"])
    s.bg(5)
    s.off(d, "i'm 41 so i've had a few years of practice haha, age doesn't matter when it comes to art", ["age_gap"])
    s.bg(4)
    s.off(d, "just the two of us on a call, no chat interrupting. you'd improve twice as fast", ["off_platform"])
    s.bg(5); s.bc("ok thats it for today, byeee")
    s.off(d, "bye superstar, don't forget to add me x", ["flattery", "off_platform"])
    s.write(out, "Slow, polite adult posing as an art mentor: compliments, school year and whether parents watch, "
            "free 'portfolio feedback' over Discord, keep it from mum, reveals he is 41, one-to-one call.")


def g02(out):
    s = Sess("g02_blunt_robux_under13", "tiny_tornado_jay", "under13", "obby speedrun!! help me beat stage 40",
             T0 + 2 * HOUR, 6, ["roblox", "chat"], 2)
    k = "robuxdaddy_k"
    s.bg(14); s.bc("ok stage 38 again i keep falling"); s.bg(3)
    s.off(k, "how old r u", ["personal_info"], acct=1)
    s.bg(2); s.bc("im 10")
    s.off(k, "ok. take ur shirt off on cam and i give u 2000 robux", ["gift_offer", "nudity_request"], fit=True)
    s.say(s.viewers[0], "???")
    s.off(k, "serious. do it now", ["nudity_request"])
    s.gift(k, "robux", 400)
    s.off(k, "thats just the start, more if u do what i say", ["gift_offer"])
    s.say(s.viewers[1], "mods?? this guy is weird")
    s.off(k, "add me on snap kdrop_22 i send the rest there", ["gift_offer", "off_platform"])
    s.off(k, "dont tell ur mom or no robux", ["gift_offer", "secrecy"])
    s.bc("im not doing that")
    s.off(k, "then ill report ur account till it gets deleted", ["threat"])
    s.bg(5); s.bc("im gonna end stream now bye"); s.bg(2)
    s.write(out, "Blunt fresh account: asks a 10-year-old's age then offers Robux for taking his shirt off on cam, "
            "moves to Snapchat, secrecy, threatens mass-reporting.")


def g03(out):
    s = Sess("g03_sextortion_leet_1617", "glowup_gabi", "16-17", "grwm + q&a 💄",
             T0 + 4 * HOUR, 5, ["makeup", "chat"], 3, nviewers=12)
    n = "n1ght_0wl_xo"
    s.bg(10); s.bc("ok foundation first, ask me anything")
    s.off(n, "ur actually gorgeous no cap", ["flattery"], acct=14)
    s.bg(4)
    s.off(n, "u look way older than 16 fr", ["flattery"])
    s.bg(3); s.bc("haha thanks i guess")
    s.off(n, "do u have a bf? 😏", ["sexual_content"])
    s.bg(3)
    s.off(n, "lets do a " + P + "riv" + A + "t" + E + " vid call after, ill make it worth ur while 💸",
          ["gift_offer", "off_platform"], ["homoglyph"], fit=True)
    s.bg(2)
    s.off(n, "wh4ts ur 1g", ["off_platform"], ["leetspeak"])
    s.bc("i dont do private calls sorry")
    s.off(n, "then sh0w me the fit from the party, the sh0rt one 🔥", ["nudity_request", "sexual_content"], ["leetspeak"])
    s.say(s.viewers[2], "gabi ignore him")
    s.off(n, "relax its just a pic. nobody has to know", ["nudity_request", "secrecy"])
    s.bg(2)
    s.off(n, "i clipped a bunch of ur streams btw", ["threat"])
    s.off(n, "be a shame if ur school saw them edited 🙂", ["threat"])
    s.off(n, "or u go on c4m for me tonite and i delete them", ["off_platform", "threat"], ["leetspeak"])
    s.say(s.viewers[3], "reported. gabi block him")
    s.bc("blocking, mods pls ban"); s.bg(8)
    s.write(out, "Flattery and 'older than 16' to a 16-17 broadcaster, boyfriend question, paid private video call "
            "(homoglyphs), Instagram, outfit picture, then threatens to send edited clips to her school (sextortion).")


def g04(out):
    s = Sess("g04_split_meeting_unknown", "quietdesk", "unknown", "study with me 📚 pomodoro 50/10",
             T0 + 6 * HOUR, 15, ["study", "chat"], 4)
    h = "helpfulhank"
    s.bg(6); s.bc("break time! 10 mins"); s.bg(2)
    s.off(h, "what are you revising?", [])
    s.bc("chemistry, mocks next week")
    s.off(h, "ah mocks, so gcses? you must be fifteen or sixteen", ["personal_info"], ["number_words"])
    s.bg(2)
    s.off(h, "which school, one of the leeds ones? saw the crest on your jumper", ["personal_info"])
    s.bc("haha not saying"); s.bg(4, gap=40)
    s.bc("next break!"); s.bg(1)
    s.off(h, "smart. is anyone else home or is it just you studying today?", ["personal_info"], fit=True)
    s.bg(1)
    s.off(h, "can you do me a quick favour", ["nudity_request"], ["split_request"])
    s.off(h, "stand up for a sec", ["nudity_request"], ["split_request"])
    s.off(h, "and do a slow spin so i can see the whole outfit", ["nudity_request"], ["split_request"])
    s.bc("uh why")
    s.off(h, "i'm in leeds for work most weeks, could drop off some revision guides, meet at the library?", ["meeting"])
    s.off(h, "add me on sn" + ZW + "ap so we can sort a time", ["off_platform"], ["zero_width"])
    s.off(h, "keep it between us tho, people get funny about tutors", ["secrecy"])
    s.bg(5); s.bc("back to work, ending chat for focus"); s.bg(3)
    s.write(out, "Unknown-age (GCSE-age) studier. Stranger narrows age, school and town, asks if anyone else is home, "
            "then a three-part 'stand up / spin so I can see the outfit' request, meeting at the library, "
            "Snapchat with a zero-width space, secrecy.")


def g05(out):
    s = Sess("g05_vbucks_emoji_homoglyph_1315", "zaptrap_leo", "13-15", "squads w/ subs, 100 wins grind",
             T0 + 8 * HOUR, 4, ["fortnite", "chat"], 5, nviewers=12)
    v = "vbuck_santa"
    s.bg(10)
    s.say(s.viewers[4], "i dare u to land tilted only this game", hn=True)
    s.bc("bet lol"); s.bg(5)
    s.off(v, "yo ur cracked at building", ["flattery"], acct=5)
    s.bg(2)
    s.off(v, "how old r u 13?", ["personal_info"])
    s.bc("14")
    s.off(v, "i got 13500 vbucks spare, first to do my dare gets them", ["gift_offer", "dare"])
    s.bg(2)
    s.off(v, "bet u wont do a room tour 👀", ["personal_info", "dare"], fit=True)
    s.bc("lol my room is a mess")
    s.say(s.viewers[5], "bet u wont no-scope the next guy", hn=True)
    s.off(v, "ok next dare, hoodie off, its hot in there anyway", ["dare", "nudity_request"])
    s.gift(v, "coins", 250)
    s.off(v, "vbucks r yours after no cap", ["gift_offer"])
    s.off(v, "add my 👻 so i can send u the code", ["gift_offer", "off_platform"], ["emoji_substitute"])
    s.off(v, "dont tell the mods, our little s" + E + C + "r" + E + "t", ["secrecy"], ["homoglyph"])
    s.bg(4); s.say(s.viewers[6], "leo thats a scam dont"); s.bg(6)
    s.write(out, "V-Bucks dares at a 14-year-old: age, room tour dare, 'hoodie off' dare, coins gift, ghost emoji for "
            "Snapchat, Cyrillic 'secret'. Two harmless game dares by squadmates are hard negatives.")


def g06(out):
    s = Sess("g06_ban_evasion_minecraft_1315", "blockbuilder_amy", "13-15", "survival day 87 🌲",
             T0 + 10 * HOUR, 7, ["minecraft", "chat"], 6, nviewers=10)
    t1, t2 = "craft_mentor_tom", "tom_mentor_2"
    s.acct["modbot_ellis"] = 800
    s.bg(6); s.say(s.viewers[0], "everyone meet at spawn for the group pic!", hn=True); s.bg(3)
    s.off(t1, "amy ur builds are the best on this whole site honestly", ["flattery"], acct=30)
    s.gift(t1, "sub_gift", 5)
    s.bg(3)
    s.off(t1, "whats ur realm called? we should build just the two of us", ["off_platform"])
    s.bg(2)
    s.off(t1, "ur parents let u stay up this late on a school night?", ["personal_info"])
    s.bg(2)
    s.off(t1, "add me on discord tom#4410, i'll pay for ur realm for a year", ["gift_offer", "off_platform"], fit=True)
    s.say(s.viewers[1], "amy dont add randoms")
    s.bc("i dont add people i dont know sorry")
    s.off(t1, "wow. after all the subs i gifted u", ["gift_offer"])
    s.say(s.viewers[2], "amy turn around theres a creeper behind u", hn=True)
    s.bc("mods can u time him out pls")
    s.say("modbot_ellis", "done, timed out. don't reply to dms amy")
    s.bg(4)
    s.off(t2, "lol u cant get rid of me that easy", ["threat"], acct=0)
    s.off(t2, "i know what town ur in from ur streams, ur not hard to find", ["personal_info", "threat"])
    s.off(t2, "just add me and i'll stop. dont tell ur mods", ["secrecy", "off_platform"])
    s.say(s.viewers[3], "its the same guy, new account")
    s.say("modbot_ellis", "banned both, amy maybe end early")
    s.bc("ok ending stream, thank u guys"); s.bg(3)
    s.write(out, "Gift-sub giver pushes a 13-15 Minecraft streamer to a private realm and Discord; after a timeout a "
            "fresh alt threatens ('I know what town you're in') and asks for secrecy. Group-pic 'meet at spawn' and "
            "'turn around, creeper' are hard negatives.")


def g07(out):
    s = Sess("g07_misspell_agegap_under13", "slimequeen_lily", "under13", "making fluffy slime!! 🩷",
             T0 + 12 * HOUR, 9, ["slime", "chat"], 7)
    r = "sunnyday_rob"
    s.acct["lilys_mum_k"] = 300
    s.bg(12); s.bc("this one is cotton candy scented!!"); s.bg(3)
    s.off(r, "awww ur soo talented n grown up", ["flattery"], acct=210)
    s.bg(2)
    s.off(r, "how old r u like ten or eleven?", ["personal_info"], ["number_words"])
    s.bc("im 11!")
    s.off(r, "wat skool do u go 2", ["personal_info"], ["misspelling"])
    s.bg(2)
    s.off(r, "r ur parnts home rite now", ["personal_info"], ["misspelling"], fit=True)
    s.bc("my mum is downstairs")
    s.off(r, "ok dont tel her we r tlkin she mite get jelus lol", ["secrecy"], ["misspelling"])
    s.bg(2)
    s.off(r, "im 36 but age is jst a numbr, we can b best frends", ["age_gap"], ["misspelling"])
    s.off(r, "ther's a park near ur skool rite? i cud bring u sum slime stuf", ["meeting"], ["misspelling"])
    s.off(r, "u hav whatsap?", ["off_platform"], ["misspelling"])
    s.say("lilys_mum_k", "this is lily's mum. who are you? lily is ending the stream now")
    s.bc("bye everyone"); s.bg(3)
    s.write(out, "Adult with heavy misspellings asks an 11-year-old her age (in words), school, whether parents are home, "
            "secrecy, says he is 36 ('age is just a number'), offers to bring slime to the park, WhatsApp.")


def g08(out):
    s = Sess("g08_catfish_truthdare_1617", "kai_plays_gk", "16-17", "pro clubs w/ the boys ⚽",
             T0 + 14 * HOUR, 5, ["football", "chat"], 8, nviewers=11)
    m = "mia_xoxo_16"
    s.bg(8); s.say(s.viewers[0], "kai i dare u to play the whole half as keeper only", hn=True)
    s.bc("easy i'm literally a keeper"); s.bg(4)
    s.off(m, "heyyy ur so funny 😊", ["flattery"], acct=3)
    s.bg(3)
    s.off(m, "ur voice is lowkey hot ngl", ["sexual_content"])
    s.bg(2)
    s.off(m, "have u ever had a gf? 😳", ["sexual_content"])
    s.say(s.viewers[1], "bet u wont score from the halfway line", hn=True)
    s.off(m, "we shud play truth or dare lol", ["dare"])
    s.off(m, "not here tho, on the green app 💚", ["off_platform"], ["euphemism"], fit=True)
    s.bg(2)
    s.off(m, "ill go easy. dare 1: a pic with ur top off 😏", ["dare", "nudity_request"])
    s.off(m, "i'll send mine after i promise", ["nudity_request"])
    s.off(m, "dont tell ur mates tho theyll just tease u", ["secrecy"])
    s.bg(3); s.say(s.viewers[2], "kai who is that lmao fresh acct"); s.bc("no idea, ignoring"); s.bg(6)
    s.write(out, "Fake same-age girl (3-day account) at a 16-17 boy: flattery, 'your voice is hot', girlfriend question, "
            "truth or dare on 'the green app' (WhatsApp euphemism), shirtless picture dare, secrecy from mates. "
            "Teammates' football dares are hard negatives.")


def f01(out):
    s = Sess("f01_flood_singing_under13", "songbird_nina", "under13", "singing ur requests 🎤 (no mean comments pls)",
             T0 + 16 * HOUR, 7, ["singing", "chat"], 9)
    s.bg(16); s.bc("next song is let it go!!"); s.bg(4)
    s.off("pj_party_1", "sing in ur pjs 😜", ["nudity_request"], fit=True, gap=3, acct=0)
    s.off("q_ask_22", "how old r u", ["personal_info"], gap=3, acct=1)
    s.off("spin4me", "stand up n spin around", ["nudity_request"], gap=3, acct=0)
    s.off("coinzz_4u", "100 coins if u take ur socks off", ["gift_offer", "nudity_request"], gap=3, acct=0)
    s.off("wherru_from", "where do u live", ["personal_info"], gap=3, acct=2)
    s.off("kissycam_x", "dare u to blow a kiss to the cam 😘", ["dare", "sexual_content"], gap=3, acct=0)
    s.off("tt_dm_me", "add me on tiktok n dm me", ["off_platform"], gap=3, acct=1)
    s.off("homealone_q", "r ur parents home?", ["personal_info"], gap=3, acct=0)
    s.off("flexy_9", "bet u cant do the splits on cam", ["dare", "nudity_request"], gap=3, acct=0)
    s.off("pj_party_1", "pjs come onnnn", ["nudity_request"], gap=3)
    s.gift("coinzz_4u", "coins", 100, gap=3)
    s.off("spin4me", "s p i n", ["nudity_request"], ["spaced_letters"], gap=3)
    s.bc("um why is everyone saying that", gap=3)
    s.say(s.viewers[0], "nina these ppl are weird dont do it", gap=3)
    s.off("coinzz_4u", "i sent coins now do it", ["gift_offer"], gap=3)
    s.bc("im ending the stream my dad says", gap=5); s.bg(3)
    s.write(out, "Nine fresh accounts flood a child's singing stream within ~40 s: pyjamas, spin, socks-for-coins, "
            "age, home town, parents, kiss dare, TikTok DMs, splits on cam.")


def b01(out):
    s = Sess("b01_family_birthday_under13", "pip_turns_9", "under13", "opening my birthday presents!! 🎂",
             T0 + 18 * HOUR, 8, ["family", "chat"], 10, nviewers=6)
    fam = {"grandma_jean": 900, "auntie_sam_h": 1200, "dad_mike_h": 640, "ellie_b_class4": 120}
    s.acct.update(fam); s.viewers += list(fam)
    s.bg(12); s.bc("first present!! its from grandma"); s.bg(3)
    s.say("grandma_jean", "how old are you today sweetheart? 😘", hn=True)
    s.bc("NINE!!"); s.bg(3)
    s.say("auntie_sam_h", "show grandma the dress we got you!!", hn=True)
    s.bc("its sparkly!!"); s.bg(3)
    s.say("dad_mike_h", "shh don't tell your brother what's in the blue box, it's a surprise for later", hn=True)
    s.bg(3)
    s.say("auntie_sam_h", "i'll send you some coins for your game later xx", hn=True)
    s.bg(2)
    s.say("ellie_b_class4", "happy birthday pip!! see u at school monday, what time is ur party saturday?", hn=True)
    s.bc("2 o clock at the soft play!"); s.bg(4)
    s.say("dad_mike_h", "bath time in 10 mins pip, say bye to everyone", hn=True)
    s.bc("noooo ok bye everyone thank u"); s.bg(3)
    s.write(out, "Family and a classmate at a 9-year-old's birthday stream: age question from grandma, 'show grandma "
            "the dress', 'don't tell your brother', coins from an aunt, party time/place, bath time.")


def b02(out):
    s = Sess("b02_football_coach_1617", "dan_cb_5", "16-17", "career mode + team chat",
             T0 + 20 * HOUR, 6, ["football", "chat"], 11, nviewers=8)
    team = {"coach_ray_u18": 1400, "jonno_lb": 500, "big_sam_gk": 420}
    s.acct.update(team); s.viewers += list(team)
    s.bg(7)
    s.say("coach_ray_u18", "training moved to 6 tomorrow, meet at the pitch, bring both kits", hn=True)
    s.bg(3)
    s.say("jonno_lb", "skins v shirts tmrw, ur on skins lol", hn=True)
    s.bg(3)
    s.say("coach_ray_u18", "lads send me your shirt sizes by friday for the new kit", hn=True)
    s.bg(3)
    s.say("big_sam_gk", "add me on snap after i need the lineup pic", hn=True)
    s.bc("ye will do"); s.bg(3)
    s.say("jonno_lb", "where's saturday's away game? st bede's again?", hn=True)
    s.bg(3)
    s.say("coach_ray_u18", "and take your boots off before you come in the clubhouse this time 😂", hn=True)
    s.bg(3)
    s.say("big_sam_gk", "bet u wont score a bicycle kick this game", hn=True)
    s.bc("watch me"); s.bg(8)
    s.write(out, "16-17 player's team chat: coach arranging training and kit sizes, teammates swapping Snapchat, "
            "'skins v shirts', away-game location, a game dare.")


def b03(out):
    s = Sess("b03_adult_banter_18plus", "velvet_vic", "adult", "late night just chatting 🍷 (18+)",
             T0 + 22 * HOUR, 5, ["adult", "chat"], 12, nviewers=14)
    s.bg(10); s.bc("i'm 31 and my back already sounds like bubble wrap"); s.bg(3)
    s.say(s.viewers[0], "marry me vic 😍", hn=True)
    s.bg(3)
    s.say(s.viewers[1], "ur so hot tonight ngl", hn=True)
    s.bc("stop it lmao"); s.bg(3)
    s.say(s.viewers[2], "take that jacket off u look boiling", hn=True)
    s.bc("the heating is on full, it's coming off"); s.bg(3)
    s.say(s.viewers[3], "show us the new tattoo!!", hn=True)
    s.bg(3)
    s.say(s.viewers[4], "whats ur snap 😏 jk jk", hn=True)
    s.bc("nice try lol"); s.bg(3)
    s.say(s.viewers[5], "private lobby for subs after?", hn=True)
    s.bc("yes subs game night at 11"); s.bg(4)
    s.gift(s.viewers[6], "bits", 500)
    s.say(s.viewers[6], "for the wine fund 🍷")
    s.bg(8)
    s.write(out, "Adult streamer and adult viewers: proposals, 'you're hot', 'jacket off', tattoo, joke snap request, "
            "private subscriber lobby.")


def b04(out):
    s = Sess("b04_sourdough_pizza_unknown", "crumb_and_co", "unknown", "sunday sourdough + pizza night 🍕",
             T0 + 24 * HOUR, 9, ["cooking", "chat"], 13)
    s.bg(14); s.bc("loaf has been in 20 mins"); s.bg(2)
    s.say(s.viewers[0], "take the lid off now!", hn=True)
    s.bg(3)
    s.say(s.viewers[1], "turn it around so we can see the bottom", hn=True)
    s.bc("look at that ear"); s.bg(3)
    s.say(s.viewers[2], "show us the inside!!", hn=True)
    s.bg(2)
    s.say(s.viewers[3], "how old is your starter?", hn=True)
    s.bc("she's 4 years old, her name is doughlly parton"); s.bg(3)
    s.say(s.viewers[4], "strip the kale off the stalks before it goes on the pizza", hn=True)
    s.bg(3)
    s.say(s.viewers[5], "keep the recipe a secret from your family 😂", hn=True)
    s.bg(5)
    s.write(out, "Baking stream: 'take the lid off', 'turn it around', 'show us the inside', 'how old is your starter', "
            "'strip the kale', 'keep it a secret'.")


def b05(out):
    s = Sess("b05_class_customs_1315", "rory_rdy", "13-15", "customs w/ my class!! code in chat",
             T0 + 26 * HOUR, 4, ["fortnite", "chat"], 14, nviewers=12)
    cls = {"finn_from_8b": 300, "zara_zoom": 260, "ollie_t": 410}
    s.acct.update(cls); s.viewers += list(cls)
    s.bg(8)
    s.say("finn_from_8b", "private lobby code plz", hn=True)
    s.bc("code is RORYCUSTOMS"); s.bg(3)
    s.say("zara_zoom", "meet at spawn everyone", hn=True)
    s.bg(3)
    s.say("ollie_t", "i dare u to go no shield this round", hn=True)
    s.bg(3)
    s.bc("wheel says turn around and do the chicken dance lmao", hn=True)
    s.say("zara_zoom", "SPIN THE WHEEL AGAIN", hn=True)
    s.bg(4)
    s.say("finn_from_8b", "bet u wont jump off the tower", hn=True)
    s.bg(3)
    s.say("ollie_t", "send me the code on discord i cant see chat", hn=True)
    s.bg(3)
    s.say("zara_zoom", "see u in maths tmrw rory", hn=True)
    s.bg(10)
    s.write(out, "13-15 broadcaster hosting customs for classmates: private lobby code, meet at spawn, dares, a dance "
            "wheel ('turn around'), code on Discord, school tomorrow.")


def b06(out):
    s = Sess("b06_charity_hospital_gifts", "marathon_matt", "adult", "24h stream for the children's hospital 💙",
             T0 + 28 * HOUR, 3, ["charity", "chat"], 15, nviewers=16)
    s.bg(6)
    for i in range(5):
        s.gift(s.viewers[i], "coins", 500 * (i + 1)); s.bg(2)
    s.say(s.viewers[6], "sending 1000 coins for the goal!!", hn=True)
    s.bg(3)
    s.say(s.viewers[7], "£50 if you shave your beard at the end", hn=True)
    s.bc("deal, if we hit 10k it's gone"); s.bg(3)
    s.say(s.viewers[8], "i dare matt to eat the ghost pepper at 8k", hn=True)
    s.gift(s.viewers[8], "gems", 300)
    s.bg(3)
    s.say(s.viewers[9], "gifting subs to anyone who can't afford one", hn=True)
    for i in range(4):
        s.gift(s.viewers[9], "sub_gift", 5, gap=1)
    s.say(s.viewers[10], "dm me after, my company will match donations", hn=True)
    s.bg(12, gap=0.7)
    s.bc("WE HIT THE GOAL!!! thank you all 💙"); s.bg(6)
    s.write(out, "Adult charity marathon: heavy gifting, donation dares (beard, ghost pepper), sub gifts, "
            "'DM me, my company will match'. A burst of fast chat after the goal.")


def b07(out):
    s = Sess("b07_bystander_report_1315", "inky_isla", "13-15", "drawing requests + chat 🎨",
             T0 + 30 * HOUR, 8, ["art", "chat"], 16, nviewers=10)
    s.acct["ms_okafor_art"] = 900
    s.bg(14); s.bc("doing the frog request next!"); s.bg(3)
    s.say(s.viewers[0], "isla some weird guy in another stream kept asking me how old i am, blocked him", hn=True)
    s.bg(2)
    s.say(s.viewers[1], "if anyone asks for ur snap just report them", hn=True)
    s.bg(2)
    s.say(s.viewers[2], "mods pls ban anyone asking where people live", hn=True)
    s.bc("my dad's right here he says hi lol", hn=True); s.bg(3)
    s.say(s.viewers[3], "never tell anyone your school online, my teacher said", hn=True)
    s.bg(3)
    s.say("ms_okafor_art", "lovely shading isla, bring it in to class on tuesday", hn=True)
    s.bc("omg hi miss!!"); s.bg(8)
    s.write(out, "13-15 artist's chat where bystanders warn about and report a creep seen elsewhere (age, snap, "
            "where people live); a teacher praises the work; the creep never posts here.")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "tests", "heldout2")
    os.makedirs(out, exist_ok=True)
    for f in (g01, g02, g03, g04, g05, g06, g07, g08, f01, b01, b02, b03, b04, b05, b06, b07):
        f(out)


if __name__ == "__main__":
    main()
