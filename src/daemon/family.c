/* family.c — nudges to the young streamer, the parent digest and the
 * CyberTip draft: the daemon's family features (family.h).
 *
 * ======================== What a parent sees ===========================
 *
 * The digest is built from three kinds of stored facts, none of which holds
 * a word the offender wrote or who they are:
 *
 *   streams        stream id -> broadcaster, title, start and end (from
 *                  stream_start / stream_end events);
 *   alerts         type, tactics, times and the moderator's outcome (the
 *                  alert's summary and messages are NOT read: they name the
 *                  viewer and hold their words);
 *   family events  one row per held, blocked or nudged decision: stream,
 *                  time, action, tactic set, protection switch.
 *
 * Each alert becomes one event in plain language ("one viewer offered
 * gifts or points and dared your child ...; the platform held 3 of their
 * messages and alerted a moderator, who confirmed it"); held or blocked
 * messages outside any alert are summed per stream. Every tactic seen gets
 * what it means and a conversation starter, and the page ends with where
 * to report (CEOP in the UK, NCMEC's CyberTipline in the US, ...). Because
 * the text comes only from the tables in this file and from numbers, the
 * digest cannot leak the offender's words: tests/family_api.sh checks it
 * against every grooming scenario.
 *
 * ======================== CyberTip draft ==============================
 *
 * For an alert a moderator escalated, a JSON document shaped like NCMEC's
 * CyberTipline report (docs/cybertip.md maps every field; the schema is
 * docs/cybertip.schema.json). It is only ever returned to the caller:
 * nothing here opens a network connection. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "daemon/family.h"

/* ------------------------------------------------------------------------
 * Stream -> broadcaster cache
 * ---------------------------------------------------------------------- */

typedef struct stream_slot {
    char *stream;
    char *broadcaster;
} stream_slot;

static stream_slot *slots;

static uint32_t hash_str(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

int sg__family_init(void)
{
    if (!slots)
        slots = calloc(SG__FAMILY_STREAMS, sizeof *slots);
    return slots ? 0 : SG_ENOMEM;
}

static pthread_mutex_t ring_mu = PTHREAD_MUTEX_INITIALIZER;

typedef struct ring_entry {
    int64_t seq;
    char *stream;
    char *json;
} ring_entry;

static ring_entry ring[SG__NUDGE_RING];
static atomic_llong ring_seq;

void sg__family_shutdown(void)
{
    for (size_t i = 0; slots && i < SG__FAMILY_STREAMS; i++) {
        free(slots[i].stream);
        free(slots[i].broadcaster);
    }
    free(slots);
    slots = NULL;
    pthread_mutex_lock(&ring_mu);
    for (size_t i = 0; i < SG__NUDGE_RING; i++) {
        free(ring[i].stream);
        free(ring[i].json);
        ring[i] = (ring_entry){ 0 };
    }
    pthread_mutex_unlock(&ring_mu);
}

void sg__family_stream_event(const sg_event *ev)
{
    if (!slots || !ev->stream || ev->type != SG_EV_STREAM_START || !ev->broadcaster)
        return;
    stream_slot *s = &slots[hash_str(ev->stream) % SG__FAMILY_STREAMS];
    if (s->stream && !strcmp(s->stream, ev->stream) && s->broadcaster &&
        !strcmp(s->broadcaster, ev->broadcaster))
        return;
    char *a = strdup(ev->stream), *b = strdup(ev->broadcaster);
    if (!a || !b) {
        free(a);
        free(b);
        return;
    }
    free(s->stream);
    free(s->broadcaster);
    s->stream = a;
    s->broadcaster = b;
}

const char *sg__family_broadcaster(const char *stream)
{
    if (!slots || !stream)
        return NULL;
    stream_slot *s = &slots[hash_str(stream) % SG__FAMILY_STREAMS];
    return s->stream && !strcmp(s->stream, stream) ? s->broadcaster : NULL;
}

/* ------------------------------------------------------------------------
 * Nudge ring
 * ---------------------------------------------------------------------- */

int64_t sg__nudge_push(const char *stream, const char *broadcaster, const sg_decision *d)
{
    if (!d->nudge || !d->nudge->text)
        return 0;
    sg__buf b;
    sg__buf_init(&b, 16384);
    pthread_mutex_lock(&ring_mu);
    int64_t seq = ring_seq + 1;
    int rc = sg__buf_printf(&b, "{\"kind\":\"nudge\",\"seq\":%lld,\"stream\":", (long long)seq);
    if (!rc)
        rc = sg__buf_json_cstr(&b, stream);
    if (!rc)
        rc = sg__buf_adds(&b, ",\"broadcaster\":");
    if (!rc)
        rc = sg__buf_json_cstr(&b, broadcaster);
    if (!rc)
        rc = sg__buf_adds(&b, ",\"event\":");
    if (!rc)
        rc = sg__buf_json_cstr(&b, d->event);
    if (!rc)
        rc = sg__buf_printf(&b, ",\"ts\":%lld,\"to\":", (long long)d->ts);
    if (!rc)
        rc = sg__buf_json_cstr(&b, d->nudge->to ? d->nudge->to : "broadcaster");
    if (!rc)
        rc = sg__buf_adds(&b, ",\"text\":");
    if (!rc)
        rc = sg__buf_json_cstr(&b, d->nudge->text);
    if (!rc)
        rc = sg__buf_adds(&b, ",\"tactics\":");
    if (!rc)
        rc = sg__buf_json_tactics(&b, d->tactics);
    if (!rc)
        rc = sg__buf_addc(&b, '}');
    char *st = stream ? strdup(stream) : strdup("");
    if (rc || !st) {
        pthread_mutex_unlock(&ring_mu);
        free(st);
        sg__buf_free(&b);
        return 0;
    }
    ring_entry *e = &ring[seq % SG__NUDGE_RING];
    free(e->stream);
    free(e->json);
    e->seq = seq;
    e->stream = st;
    e->json = b.data;
    ring_seq = seq;
    pthread_mutex_unlock(&ring_mu);
    return seq;
}

int64_t sg__nudge_latest(void)
{
    return ring_seq;
}

int sg__nudge_read(int64_t after, const char *filter, int limit, sg__buf *out, int64_t *last)
{
    int n = 0, rc = 0;
    pthread_mutex_lock(&ring_mu);
    int64_t latest = ring_seq, from = after + 1;
    if (latest - from >= SG__NUDGE_RING)
        from = latest - SG__NUDGE_RING + 1; /* older ones are gone */
    for (int64_t q = from; q <= latest && n < limit; q++) {
        ring_entry *e = &ring[q % SG__NUDGE_RING];
        *last = q;
        if (e->seq != q || !e->json)
            continue;
        if (filter && strcmp(filter, e->stream))
            continue;
        rc = sg__buf_printf(out, "id: %lld\nevent: nudge\ndata: %s\n\n", (long long)q, e->json);
        if (rc)
            break;
        n++;
    }
    pthread_mutex_unlock(&ring_mu);
    return rc ? rc : n;
}

/* ------------------------------------------------------------------------
 * Words for parents
 * ---------------------------------------------------------------------- */

typedef struct tactic_words {
    const char *name;    /* short, for lists: "offers of gifts or points" */
    const char *verb;    /* for a sentence: "offered gifts or points" */
    const char *means;   /* what it means */
    const char *starter; /* a conversation starter for the parent */
} tactic_words;

static const tactic_words words[SG_T__COUNT] = {
    [SG_T_FLATTERY] = { "lots of compliments", "piled on compliments",
                        "Lots of praise from a stranger can be a way to build trust quickly, so "
                        "that a "
                        "child feels special and wants to please them.",
                        "\"Some people online say nice things to get close fast. How can you tell "
                        "when a "
                        "compliment feels genuine, and when it feels like too much?\"" },
    [SG_T_PERSONAL_INFO] = { "questions about age, school or home",
                             "asked personal questions (like age, school, "
                             "where they live or who is at home)",
                             "Questions about age, school, where a child lives or whether they are "
                             "alone help a "
                             "stranger find out who the child is and when they are unsupervised.",
                             "\"What kind of things do you keep private when you stream? What "
                             "would you do if "
                             "someone kept asking where you live or who is home?\"" },
    [SG_T_GIFT_OFFER] = { "offers of gifts or points", "offered gifts, coins or game points",
                          "Gifts, coins and game points can be used to make a child feel they owe "
                          "something "
                          "back. A child never has to do anything in return for a gift.",
                          "\"Has anyone ever offered you gifts or points in a stream? You never "
                          "owe anyone "
                          "anything for a gift. What would you do if they asked for something "
                          "back?\"" },
    [SG_T_DARE] = { "dares and challenges", "pushed dares or challenges",
                    "Dares and \"games\" are a common way to get a young streamer to do something "
                    "on "
                    "camera they would not otherwise do, one small step at a time.",
                    "\"Do people ever dare you to do things on stream? It is always fine to say "
                    "no. "
                    "Which dares would make you feel uncomfortable?\"" },
    [SG_T_NUDITY_REQUEST] = { "requests to change clothes or show their body",
                              "asked your child to change "
                              "clothes or show their body on camera",
                              "Asking a child to take off or change clothes on camera is never "
                              "acceptable. It is "
                              "a warning sign of sexual exploitation, and it is never the child's "
                              "fault.",
                              "\"If anyone ever asks you to change clothes or show your body on "
                              "camera, you can "
                              "end the stream straight away and tell me. You will never be in "
                              "trouble for "
                              "telling me.\"" },
    [SG_T_SEXUAL_CONTENT] = { "inappropriate sexual comments",
                              "made inappropriate comments of a sexual kind",
                              "Sexual comments to a young person are not acceptable in any form. "
                              "Offenders use "
                              "them to test how a child reacts and to make such talk seem normal.",
                              "\"Sometimes people say things online that make you feel weird or "
                              "uncomfortable. "
                              "If that happens, you can block them and come to me. What would help "
                              "you tell "
                              "me?\"" },
    [SG_T_SECRECY] = { "requests to keep secrets", "asked your child to keep things secret",
                       "Asking a child to keep a contact secret from parents or friends is one of "
                       "the "
                       "clearest warning signs: it cuts the child off from the people who would "
                       "help.",
                       "\"Safe people do not ask you to keep secrets from your family. Has anyone "
                       "online "
                       "ever asked you not to tell me something?\"" },
    [SG_T_OFF_PLATFORM] = { "attempts to move to another app",
                            "tried to get your child to talk somewhere else, "
                            "away from the stream",
                            "Moving a child to a private app or call takes them away from the "
                            "platform's "
                            "moderators and safety tools, where nobody else can see what is said.",
                            "\"Has anyone from a stream asked you to add them on another app or "
                            "talk in "
                            "private? What could you say if they did?\"" },
    [SG_T_THREAT] = { "threats", "made threats",
                      "Threats, including threats to share pictures, are used to frighten a child "
                      "into "
                      "doing what the offender wants. The child is never to blame, and help is "
                      "available.",
                      "\"If anyone ever threatens you online, even if you think you did something "
                      "wrong, come to me first. We will sort it out together and you will not be "
                      "in "
                      "trouble.\"" },
    [SG_T_MEETING] = { "requests to meet in person", "suggested meeting in person",
                       "A stranger from online trying to meet a child in person is a serious "
                       "warning "
                       "sign.",
                       "\"Has anyone online ever asked to meet you? What is our family rule about "
                       "meeting people from the internet?\"" },
    [SG_T_AGE_GAP] = { "an adult brushing off the age difference",
                       "said the age difference did not "
                       "matter",
                       "An adult saying that age \"doesn't matter\" or that the child is mature "
                       "for their "
                       "age is trying to make an inappropriate relationship seem normal.",
                       "\"Some adults online pretend a big age gap doesn't matter. Why do you "
                       "think an "
                       "adult would want to be close friends with someone your age online?\"" },
};

typedef struct report_line {
    const char *where, *name, *url, *how;
} report_line;

static const report_line reporting[] = {
    { "United Kingdom", "CEOP Safety Centre (National Crime Agency)",
      "https://www.ceop.police.uk/Safety-Centre/",
      "Report online sexual abuse or grooming of a child. Call 999 if a child is in danger now." },
    { "United States", "NCMEC CyberTipline", "https://report.cybertip.org/",
      "Report online enticement of a child, online or by phone on 1-800-843-5678. Call 911 "
      "if a child is in danger now." },
    { "Canada", "Cybertip.ca", "https://www.cybertip.ca/",
      "Report online sexual exploitation of a child." },
    { "Australia", "Australian Centre to Counter Child Exploitation (ACCCE)",
      "https://www.accce.gov.au/report", "Report online child sexual exploitation." },
    { "Elsewhere", "INHOPE member hotlines", "https://www.inhope.org/EN/articles/where-to-report",
      "Find the reporting hotline for your country. Call your local emergency number if a "
      "child is in danger now." },
};

static const char *outcome_words(const char *status)
{
    if (!status || !strcmp(status, "open"))
        return "a moderator is reviewing it";
    if (!strcmp(status, "confirmed"))
        return "a moderator confirmed the concern and acted on it";
    if (!strcmp(status, "dismissed"))
        return "a moderator looked at it and decided it was not a concern";
    if (!strcmp(status, "escalated"))
        return "a moderator confirmed it and passed it to the platform's safety team, who can "
               "report it to the authorities";
    return "a moderator looked at it";
}

static const char *policy_words(const char *p)
{
    if (!p)
        return NULL;
    if (!strcmp(p, "new_account"))
        return "because they came from brand-new accounts";
    if (!strcmp(p, "user_under_alert"))
        return "because the sender was already under review";
    if (!strcmp(p, "gift_from_non_follower"))
        return "because gifts from people who do not follow your child are switched off";
    return NULL;
}

/* "a, b and c" of the tactic names (short or verb form). */
static int tactic_list(sg__buf *b, uint32_t set, bool verbs)
{
    int n = __builtin_popcount(set & ((1u << SG_T__COUNT) - 1)), i = 0, rc = 0;
    for (int t = 0; !rc && t < SG_T__COUNT; t++) {
        if (!(set & (1u << t)))
            continue;
        if (i)
            rc = sg__buf_adds(b, i == n - 1 ? " and " : ", ");
        if (!rc)
            rc = sg__buf_adds(b, verbs ? words[t].verb : words[t].name);
        i++;
    }
    return rc;
}

static void iso_time(int64_t ms, char *out, size_t cap, bool date_only)
{
    time_t t = (time_t)(ms / 1000);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, cap, date_only ? "%Y-%m-%d" : "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static void human_time(int64_t ms, char *out, size_t cap)
{
    time_t t = (time_t)(ms / 1000);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, cap, "%a %d %b %Y, %H:%M UTC", &tm);
}

int sg__family_parse_time(const char *s, int64_t *ms)
{
    if (!s || !*s)
        return SG_EINVAL;
    bool digits = true;
    for (const char *p = s; *p; p++)
        if (*p < '0' || *p > '9')
            digits = false;
    if (digits) {
        if (strlen(s) > 15)
            return SG_EINVAL;
        *ms = strtoll(s, NULL, 10);
        return 0;
    }
    struct tm tm = { 0 };
    const char *end = strptime(s, "%Y-%m-%d", &tm);
    if (!end)
        return SG_EINVAL;
    if (*end == 'T' || *end == ' ') {
        const char *e2 = strptime(end + 1, "%H:%M:%S", &tm);
        if (!e2)
            e2 = strptime(end + 1, "%H:%M", &tm);
        if (!e2)
            return SG_EINVAL;
        end = e2;
        if (*end == '.') /* fraction of a second: ignored */
            for (end++; *end >= '0' && *end <= '9'; end++)
                ;
    }
    if (*end == 'Z')
        end++;
    if (*end)
        return SG_EINVAL;
    time_t t = timegm(&tm);
    if (t < 0)
        return SG_EINVAL;
    *ms = (int64_t)t * 1000;
    return 0;
}

void sg__family_switches(const sg_config *cfg, char *out, size_t cap)
{
    static const sg_age_band bands[] = { SG_AGE_UNDER13, SG_AGE_13_15, SG_AGE_16_17, SG_AGE_UNKNOWN,
                                         SG_AGE_ADULT };
    size_t o = 0;
    const char *names[3] = { "hold_after_alert", "hold_new_accounts_days",
                             "block_gifts_from_non_followers" };
    for (int k = 0; k < 3 && o < cap; k++) {
        o += (size_t)snprintf(out + o, cap - o, "%s%s=", k ? "; " : "", names[k]);
        for (size_t i = 0; i < sizeof bands / sizeof bands[0] && o < cap; i++) {
            sg_age_band a = bands[i];
            int v = k == 0   ? cfg->hold_after_alert[a]
                    : k == 1 ? cfg->hold_new_accounts_days[a]
                             : cfg->block_gifts_non_followers[a];
            if (k == 1)
                o += (size_t)snprintf(out + o, cap - o, "%s%s:%d", i ? "," : "",
                                      sg_age_band_name(a), v);
            else
                o += (size_t)snprintf(out + o, cap - o, "%s%s:%s", i ? "," : "",
                                      sg_age_band_name(a), v ? "on" : "off");
        }
    }
}

/* ------------------------------------------------------------------------
 * Digest: gathering
 * ---------------------------------------------------------------------- */

#define DG_MAX_STREAMS 1024

typedef struct dg_stream {
    char *stream, *title;
    int64_t start_ts, end_ts;
    /* held/blocked/nudged outside any alert */
    int held, blocked, nudged;
    uint32_t tactics, policies; /* policies: bit 0 new_account, 1 under_alert, 2 gift */
    int64_t first_ts, last_ts;
} dg_stream;

typedef struct dg_alert {
    char id[32];
    char *stream;
    int type;
    char status[16];
    int64_t opened_ts, ts, resolved_at;
    uint32_t tactics;
    int held, blocked, nudged;
} dg_alert;

typedef struct digest {
    dg_stream streams[DG_MAX_STREAMS];
    size_t nstreams;
    dg_alert *alerts;
    size_t nalerts;
    uint32_t tactics_seen;
    bool oom;
} digest;

static dg_stream *dg_stream_find(digest *g, const char *stream)
{
    for (size_t i = 0; stream && i < g->nstreams; i++)
        if (!strcmp(g->streams[i].stream, stream))
            return &g->streams[i];
    return NULL;
}

static void on_row(void *ud, const sg__digest_row *r)
{
    digest *g = ud;
    if (r->kind == SG__DR_STREAM) {
        if (g->nstreams >= DG_MAX_STREAMS)
            return;
        dg_stream *s = &g->streams[g->nstreams];
        memset(s, 0, sizeof *s);
        s->stream = strdup(r->stream ? r->stream : "");
        s->title = r->title ? strdup(r->title) : NULL;
        if (!s->stream) {
            g->oom = true;
            free(s->title);
            return;
        }
        s->start_ts = r->start_ts;
        s->end_ts = r->end_ts;
        g->nstreams++;
    } else if (r->kind == SG__DR_ALERT) {
        if (g->nalerts >= SG__DIGEST_MAX_ALERTS)
            return;
        dg_alert *a = &g->alerts[g->nalerts];
        memset(a, 0, sizeof *a);
        snprintf(a->id, sizeof a->id, "%s", r->alert_id);
        a->stream = r->stream ? strdup(r->stream) : NULL;
        a->type = r->type;
        snprintf(a->status, sizeof a->status, "%s", r->status ? r->status : "open");
        a->opened_ts = r->opened_ts;
        a->ts = r->ts;
        a->resolved_at = r->resolved_at;
        a->tactics = r->tactics & ((1u << SG_T__COUNT) - 1);
        g->tactics_seen |= a->tactics;
        g->nalerts++;
    } else if (r->kind == SG__DR_EVENT) {
        dg_alert *in = NULL;
        for (size_t i = 0; r->alert_id && i < g->nalerts; i++)
            if (!strcmp(g->alerts[i].id, r->alert_id))
                in = &g->alerts[i];
        if (in) {
            in->held += r->action == SG_HOLD;
            in->blocked += r->action == SG_BLOCK;
            in->nudged += r->nudge;
            return;
        }
        dg_stream *s = dg_stream_find(g, r->stream);
        if (!s)
            return;
        if (!s->first_ts || r->ts < s->first_ts)
            s->first_ts = r->ts;
        if (r->ts > s->last_ts)
            s->last_ts = r->ts;
        s->held += r->action == SG_HOLD;
        s->blocked += r->action == SG_BLOCK;
        s->nudged += r->nudge;
        s->tactics |= r->tactics & ((1u << SG_T__COUNT) - 1);
        g->tactics_seen |= r->tactics & ((1u << SG_T__COUNT) - 1);
        if (r->policy && (r->action == SG_HOLD || r->action == SG_BLOCK))
            s->policies |= !strcmp(r->policy, "new_account")              ? 1u
                           : !strcmp(r->policy, "user_under_alert")       ? 2u
                           : !strcmp(r->policy, "gift_from_non_follower") ? 4u
                                                                          : 0u;
    }
}

static void digest_free(digest *g)
{
    for (size_t i = 0; i < g->nstreams; i++) {
        free(g->streams[i].stream);
        free(g->streams[i].title);
    }
    for (size_t i = 0; g->alerts && i < g->nalerts; i++)
        free(g->alerts[i].stream);
    free(g->alerts);
    free(g);
}

/* ------------------------------------------------------------------------
 * Digest: plain-language sentences
 * ---------------------------------------------------------------------- */

static int stream_phrase(sg__buf *b, digest *g, const char *stream)
{
    dg_stream *s = dg_stream_find(g, stream);
    if (s && s->title && *s->title) {
        int rc = sg__buf_adds(b, "the stream \"");
        if (!rc)
            rc = sg__buf_adds(b, s->title);
        return rc ? rc : sg__buf_addc(b, '"');
    }
    return sg__buf_adds(b, "a stream");
}

/* The platform's actions: "held 3 messages, blocked 1 and alerted a moderator" */
static int actions_phrase(sg__buf *b, int held, int blocked, bool alerted, int nudged)
{
    const char *parts[4];
    char tmp[4][96];
    int n = 0;
    if (held) {
        snprintf(tmp[n], sizeof tmp[n], "held %d message%s before your child could see %s", held,
                 held == 1 ? "" : "s", held == 1 ? "it" : "them");
        parts[n] = tmp[n];
        n++;
    }
    if (blocked) {
        snprintf(tmp[n], sizeof tmp[n], "blocked %d message%s or gift%s", blocked,
                 blocked == 1 ? "" : "s", blocked == 1 ? "" : "s");
        parts[n] = tmp[n];
        n++;
    }
    if (nudged) {
        snprintf(tmp[n], sizeof tmp[n], "showed your child %d safety tip%s", nudged,
                 nudged == 1 ? "" : "s");
        parts[n] = tmp[n];
        n++;
    }
    if (alerted) {
        snprintf(tmp[n], sizeof tmp[n], "alerted a moderator");
        parts[n] = tmp[n];
        n++;
    }
    int rc = 0;
    if (!n)
        return sg__buf_adds(b, "recorded it");
    for (int i = 0; !rc && i < n; i++) {
        if (i)
            rc = sg__buf_adds(b, i == n - 1 ? " and " : ", ");
        if (!rc)
            rc = sg__buf_adds(b, parts[i]);
    }
    return rc;
}

static int alert_sentence(sg__buf *b, digest *g, const dg_alert *a)
{
    char when[64];
    human_time(a->opened_ts, when, sizeof when);
    int rc = sg__buf_printf(b, "On %s, during ", when);
    if (!rc)
        rc = stream_phrase(b, g, a->stream);
    if (!rc)
        rc = sg__buf_adds(b, ", ");
    switch (a->type) {
    case SG_ALERT_GROOMING:
        if (!rc)
            rc = sg__buf_adds(b, "one viewer ");
        if (!rc)
            rc = a->tactics ? tactic_list(b, a->tactics, true)
                            : sg__buf_adds(b, "behaved in a worrying way");
        break;
    case SG_ALERT_FLOOD:
        if (!rc)
            rc = sg__buf_adds(b, "many accounts pushed your child in chat at the same time");
        if (!rc && a->tactics) {
            rc = sg__buf_adds(b, " (");
            if (!rc)
                rc = tactic_list(b, a->tactics, false);
            if (!rc)
                rc = sg__buf_addc(b, ')');
        }
        break;
    case SG_ALERT_SERIAL_CONTACT:
        if (!rc)
            rc = sg__buf_adds(b, "a viewer who had been pressing several young streamers in a "
                                 "short time also targeted your child");
        if (!rc && a->tactics) {
            rc = sg__buf_adds(b, " (");
            if (!rc)
                rc = tactic_list(b, a->tactics, false);
            if (!rc)
                rc = sg__buf_addc(b, ')');
        }
        break;
    default:
        if (!rc)
            rc = sg__buf_adds(b, "an image matched a list of known harmful images");
        break;
    }
    if (!rc)
        rc = sg__buf_adds(b, ". The platform ");
    if (!rc)
        rc = actions_phrase(b, a->held, a->blocked, true, a->nudged);
    if (!rc)
        rc = sg__buf_adds(b, "; ");
    if (!rc)
        rc = sg__buf_adds(b, outcome_words(a->status));
    return rc ? rc : sg__buf_addc(b, '.');
}

static int stream_sentence(sg__buf *b, digest *g, const dg_stream *s)
{
    char when[64];
    human_time(s->first_ts, when, sizeof when);
    int rc = sg__buf_printf(b, "On %s, during ", when);
    if (!rc)
        rc = stream_phrase(b, g, s->stream);
    if (!rc)
        rc = sg__buf_adds(b, ", the platform ");
    if (!rc)
        rc = actions_phrase(b, s->held, s->blocked, false, s->nudged);
    if (!rc && s->tactics) {
        rc = sg__buf_adds(b, " because of ");
        if (!rc)
            rc = tactic_list(b, s->tactics, false);
    }
    for (int k = 0; !rc && k < 3; k++) {
        if (!(s->policies & (1u << k)))
            continue;
        static const char *const pw[3] = { "new_account", "user_under_alert",
                                           "gift_from_non_follower" };
        rc = sg__buf_addc(b, ' ');
        if (!rc)
            rc = sg__buf_adds(b, policy_words(pw[k]));
    }
    return rc ? rc : sg__buf_addc(b, '.');
}

static const char *kind_name(int type)
{
    const char *n = sg_alert_type_name((sg_alert_type)type);
    return n ? n : "alert";
}

/* ------------------------------------------------------------------------
 * Digest: JSON
 * ---------------------------------------------------------------------- */

static int digest_json(sg__buf *b, digest *g, const char *broadcaster, int64_t since, int64_t until,
                       int64_t now, bool truncated)
{
    char t1[40], t2[40], t3[40];
    iso_time(since, t1, sizeof t1, false);
    iso_time(until, t2, sizeof t2, false);
    iso_time(now, t3, sizeof t3, false);
    sg__buf line;
    sg__buf_init(&line, 16384);
    int rc = sg__buf_adds(b, "{\"kind\":\"family_digest\",\"broadcaster\":");
    if (!rc)
        rc = sg__buf_json_cstr(b, broadcaster);
    if (!rc)
        rc = sg__buf_printf(b,
                            ",\"since\":%lld,\"until\":%lld,\"since_iso\":\"%s\","
                            "\"until_iso\":\"%s\",\"generated_at\":\"%s\",\"streams\":[",
                            (long long)since, (long long)until, t1, t2, t3);
    for (size_t i = 0; !rc && i < g->nstreams; i++) {
        dg_stream *s = &g->streams[i];
        if (i)
            rc = sg__buf_addc(b, ',');
        if (!rc)
            rc = sg__buf_adds(b, "{\"stream\":");
        if (!rc)
            rc = sg__buf_json_cstr(b, s->stream);
        if (!rc)
            rc = sg__buf_adds(b, ",\"title\":");
        if (!rc)
            rc = sg__buf_json_cstr(b, s->title);
        if (!rc)
            rc = sg__buf_printf(b, ",\"start_ts\":%lld,\"end_ts\":", (long long)s->start_ts);
        if (!rc)
            rc = s->end_ts ? sg__buf_printf(b, "%lld}", (long long)s->end_ts)
                           : sg__buf_adds(b, "null}");
    }
    if (!rc)
        rc = sg__buf_adds(b, "],\"events\":[");
    int nev = 0;
    for (size_t i = 0; !rc && i < g->nalerts; i++) {
        dg_alert *a = &g->alerts[i];
        char when[40];
        iso_time(a->opened_ts, when, sizeof when, false);
        sg__buf_reset(&line);
        rc = alert_sentence(&line, g, a);
        if (!rc && nev++)
            rc = sg__buf_addc(b, ',');
        if (!rc)
            rc = sg__buf_printf(
                b,
                "{\"kind\":\"%s\",\"alert\":\"%s\",\"when\":%lld,\"when_iso\":\"%s\","
                "\"until\":%lld,\"stream\":",
                kind_name(a->type), a->id, (long long)a->opened_ts, when, (long long)a->ts);
        if (!rc)
            rc = sg__buf_json_cstr(b, a->stream);
        if (!rc)
            rc = sg__buf_adds(b, ",\"tactics\":");
        if (!rc)
            rc = sg__buf_json_tactics(b, a->tactics);
        if (!rc)
            rc = sg__buf_printf(b,
                                ",\"actions\":{\"held\":%d,\"blocked\":%d,\"nudged\":%d,"
                                "\"alerted\":true,\"outcome\":\"%s\",\"resolved\":%s},\"text\":",
                                a->held, a->blocked, a->nudged, a->status,
                                strcmp(a->status, "open") ? "true" : "false");
        if (!rc)
            rc = sg__buf_json_cstr(b, line.data ? line.data : "");
        if (!rc)
            rc = sg__buf_addc(b, '}');
    }
    for (size_t i = 0; !rc && i < g->nstreams; i++) {
        dg_stream *s = &g->streams[i];
        if (!s->held && !s->blocked && !s->nudged)
            continue;
        char when[40];
        iso_time(s->first_ts, when, sizeof when, false);
        sg__buf_reset(&line);
        rc = stream_sentence(&line, g, s);
        if (!rc && nev++)
            rc = sg__buf_addc(b, ',');
        if (!rc)
            rc = sg__buf_printf(b,
                                "{\"kind\":\"held_messages\",\"alert\":null,\"when\":%lld,"
                                "\"when_iso\":\"%s\",\"until\":%lld,\"stream\":",
                                (long long)s->first_ts, when, (long long)s->last_ts);
        if (!rc)
            rc = sg__buf_json_cstr(b, s->stream);
        if (!rc)
            rc = sg__buf_adds(b, ",\"tactics\":");
        if (!rc)
            rc = sg__buf_json_tactics(b, s->tactics);
        if (!rc)
            rc = sg__buf_printf(b,
                                ",\"actions\":{\"held\":%d,\"blocked\":%d,\"nudged\":%d,"
                                "\"alerted\":false,\"outcome\":null,\"resolved\":false},\"text\":",
                                s->held, s->blocked, s->nudged);
        if (!rc)
            rc = sg__buf_json_cstr(b, line.data ? line.data : "");
        if (!rc)
            rc = sg__buf_addc(b, '}');
    }
    if (!rc)
        rc = sg__buf_adds(b, "],\"tactics\":[");
    int nt = 0;
    for (int t = 0; !rc && t < SG_T__COUNT; t++) {
        if (!(g->tactics_seen & (1u << t)))
            continue;
        if (nt++)
            rc = sg__buf_addc(b, ',');
        if (!rc)
            rc = sg__buf_adds(b, "{\"tactic\":");
        if (!rc)
            rc = sg__buf_json_cstr(b, sg_tactic_name((sg_tactic)t));
        if (!rc)
            rc = sg__buf_adds(b, ",\"name\":");
        if (!rc)
            rc = sg__buf_json_cstr(b, words[t].name);
        if (!rc)
            rc = sg__buf_adds(b, ",\"what_it_means\":");
        if (!rc)
            rc = sg__buf_json_cstr(b, words[t].means);
        if (!rc)
            rc = sg__buf_adds(b, ",\"conversation_starter\":");
        if (!rc)
            rc = sg__buf_json_cstr(b, words[t].starter);
        if (!rc)
            rc = sg__buf_addc(b, '}');
    }
    if (!rc)
        rc = sg__buf_adds(b, "],\"reporting\":[");
    for (size_t i = 0; !rc && i < sizeof reporting / sizeof reporting[0]; i++) {
        if (i)
            rc = sg__buf_addc(b, ',');
        if (!rc)
            rc = sg__buf_adds(b, "{\"where\":");
        if (!rc)
            rc = sg__buf_json_cstr(b, reporting[i].where);
        if (!rc)
            rc = sg__buf_adds(b, ",\"name\":");
        if (!rc)
            rc = sg__buf_json_cstr(b, reporting[i].name);
        if (!rc)
            rc = sg__buf_adds(b, ",\"url\":");
        if (!rc)
            rc = sg__buf_json_cstr(b, reporting[i].url);
        if (!rc)
            rc = sg__buf_adds(b, ",\"how\":");
        if (!rc)
            rc = sg__buf_json_cstr(b, reporting[i].how);
        if (!rc)
            rc = sg__buf_addc(b, '}');
    }
    if (!rc)
        rc = sg__buf_printf(b, "],\"truncated\":%s}", truncated ? "true" : "false");
    sg__buf_free(&line);
    return rc;
}

/* ------------------------------------------------------------------------
 * Digest: printable HTML
 * ---------------------------------------------------------------------- */

static int html_esc(sg__buf *b, const char *s)
{
    int rc = 0;
    for (; s && *s && !rc; s++) {
        switch (*s) {
        case '<': rc = sg__buf_adds(b, "&lt;"); break;
        case '>': rc = sg__buf_adds(b, "&gt;"); break;
        case '&': rc = sg__buf_adds(b, "&amp;"); break;
        case '"': rc = sg__buf_adds(b, "&quot;"); break;
        case '\'': rc = sg__buf_adds(b, "&#39;"); break;
        default: rc = sg__buf_addc(b, *s); break;
        }
    }
    return rc;
}

static const char html_head[] =
    "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<title>Safety summary</title>\n<style>\n"
    "body{font:16px/1.5 Georgia,'Times New Roman',serif;color:#1d2430;background:#fff;"
    "max-width:46rem;margin:2rem auto;padding:0 1.25rem}\n"
    "h1{font-size:1.7rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;"
    "border-bottom:2px solid #2f6f5e;padding-bottom:.2rem;color:#2f6f5e}\n"
    ".meta{color:#555;font-size:.95rem}.none{padding:1rem;background:#eef6f3;border-radius:6px}\n"
    "ol.events{padding-left:1.2rem}ol.events li{margin:.6rem 0}\n"
    ".tag{display:inline-block;font:600 .75rem/1.6 sans-serif;text-transform:uppercase;"
    "letter-spacing:.04em;background:#e4ece9;color:#2f4f46;border-radius:3px;padding:0 .4rem;"
    "margin-right:.4rem}\n"
    ".tactic{border-left:4px solid #2f6f5e;padding:.2rem 0 .2rem .9rem;margin:.9rem 0}\n"
    ".tactic h3{font-size:1.05rem;margin:0}.tactic h3::first-letter{text-transform:uppercase}"
    ".talk{font-style:italic}\n"
    "table{border-collapse:collapse;width:100%;font-size:.95rem}td,th{text-align:left;"
    "vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #ddd}\n"
    "footer{margin-top:2rem;font-size:.85rem;color:#666}\n"
    "@media print{body{margin:0;max-width:none}h2{break-after:avoid}li,.tactic{break-inside:avoid}"
    "a{color:inherit}a[href]::after{content:' (' attr(href) ')';font-size:.85em}}\n"
    "</style></head><body>\n";

static int digest_html(sg__buf *b, digest *g, const char *broadcaster, int64_t since, int64_t until,
                       int64_t now, bool truncated)
{
    char t1[64], t2[64], t3[64];
    human_time(since, t1, sizeof t1);
    human_time(until, t2, sizeof t2);
    human_time(now, t3, sizeof t3);
    sg__buf line;
    sg__buf_init(&line, 16384);
    int rc = sg__buf_adds(b, html_head);
    if (!rc)
        rc = sg__buf_adds(b, "<header><h1>Safety summary for ");
    if (!rc)
        rc = html_esc(b, broadcaster);
    if (!rc)
        rc = sg__buf_printf(b, "</h1><p class=\"meta\">From %s to %s. Made on %s.</p>", t1, t2, t3);
    if (!rc)
        rc = sg__buf_adds(b,
                          "<p>This summary tells you what our safety system noticed while "
                          "your child was streaming, and what the platform did about it. "
                          "It never shows what other people wrote or who they are.</p></header>\n");
    if (!rc)
        rc = sg__buf_adds(b, "<section><h2>What happened</h2>\n");
    int nev = 0;
    for (size_t i = 0; !rc && i < g->nalerts; i++)
        nev++;
    for (size_t i = 0; !rc && i < g->nstreams; i++)
        nev += g->streams[i].held || g->streams[i].blocked || g->streams[i].nudged;
    if (!rc && !nev)
        rc =
            sg__buf_adds(b, "<p class=\"none\">Nothing worrying was noticed in this period.</p>\n");
    if (!rc && nev) {
        rc = sg__buf_adds(b, "<ol class=\"events\">\n");
        for (size_t i = 0; !rc && i < g->nalerts; i++) {
            dg_alert *a = &g->alerts[i];
            sg__buf_reset(&line);
            rc = alert_sentence(&line, g, a);
            if (!rc)
                rc = sg__buf_printf(b, "<li data-kind=\"%s\"><span class=\"tag\">%s</span>",
                                    kind_name(a->type),
                                    !strcmp(a->status, "open") ? "being reviewed" : "resolved");
            if (!rc)
                rc = html_esc(b, line.data);
            if (!rc)
                rc = sg__buf_adds(b, "</li>\n");
        }
        for (size_t i = 0; !rc && i < g->nstreams; i++) {
            dg_stream *s = &g->streams[i];
            if (!s->held && !s->blocked && !s->nudged)
                continue;
            sg__buf_reset(&line);
            rc = stream_sentence(&line, g, s);
            if (!rc)
                rc = sg__buf_adds(
                    b, "<li data-kind=\"held_messages\"><span class=\"tag\">handled</span>");
            if (!rc)
                rc = html_esc(b, line.data);
            if (!rc)
                rc = sg__buf_adds(b, "</li>\n");
        }
        if (!rc)
            rc = sg__buf_adds(b, "</ol>\n");
    }
    if (!rc && truncated)
        rc = sg__buf_adds(b, "<p>This period had more events than fit on one page; choose a "
                             "shorter period to see them all.</p>\n");
    if (!rc)
        rc = sg__buf_adds(b, "</section>\n");
    if (!rc && g->tactics_seen) {
        rc = sg__buf_adds(b, "<section><h2>What these mean, and how to talk about them</h2>\n");
        for (int t = 0; !rc && t < SG_T__COUNT; t++) {
            if (!(g->tactics_seen & (1u << t)))
                continue;
            rc = sg__buf_printf(b, "<div class=\"tactic\" data-tactic=\"%s\"><h3>",
                                sg_tactic_name((sg_tactic)t));
            if (!rc)
                rc = html_esc(b, words[t].name);
            if (!rc)
                rc = sg__buf_adds(b, "</h3><p>");
            if (!rc)
                rc = html_esc(b, words[t].means);
            if (!rc)
                rc = sg__buf_adds(b, "</p><p>You could say: <span class=\"talk\">");
            if (!rc)
                rc = html_esc(b, words[t].starter);
            if (!rc)
                rc = sg__buf_adds(b, "</span></p></div>\n");
        }
        if (!rc)
            rc = sg__buf_adds(b, "<p>Stay calm and thank your child for talking to you. "
                                 "Children who fear losing their games or devices often "
                                 "stay silent.</p></section>\n");
    }
    if (!rc)
        rc = sg__buf_adds(b, "<section><h2>How to report</h2>\n<p>If you are worried that "
                             "someone is trying to groom or exploit your child, report it. "
                             "Keep any messages or screenshots; do not confront the person."
                             "</p>\n<table><tr><th>Where</th><th>Who to contact</th></tr>\n");
    for (size_t i = 0; !rc && i < sizeof reporting / sizeof reporting[0]; i++) {
        rc = sg__buf_adds(b, "<tr><td>");
        if (!rc)
            rc = html_esc(b, reporting[i].where);
        if (!rc)
            rc = sg__buf_adds(b, "</td><td><a href=\"");
        if (!rc)
            rc = html_esc(b, reporting[i].url);
        if (!rc)
            rc = sg__buf_adds(b, "\">");
        if (!rc)
            rc = html_esc(b, reporting[i].name);
        if (!rc)
            rc = sg__buf_adds(b, "</a>. ");
        if (!rc)
            rc = html_esc(b, reporting[i].how);
        if (!rc)
            rc = sg__buf_adds(b, "</td></tr>\n");
    }
    if (!rc)
        rc = sg__buf_adds(b, "</table></section>\n<footer>Times are in UTC. Made by "
                             "streamguard for the platform your child streams on.</footer>\n"
                             "</body></html>\n");
    sg__buf_free(&line);
    return rc;
}

int sg__family_digest(sg__store *store, const char *broadcaster, int64_t since, int64_t until,
                      bool html, int64_t now, sg__buf *out)
{
    digest *g = calloc(1, sizeof *g);
    bool truncated = false;
    int rc;
    if (!g)
        return SG_ENOMEM;
    g->alerts = calloc(SG__DIGEST_MAX_ALERTS, sizeof *g->alerts);
    if (!g->alerts) {
        rc = SG_ENOMEM;
        goto out;
    }
    rc = store->ops->digest_each(store, broadcaster, since, until, on_row, g, &truncated);
    if (!rc && g->oom)
        rc = SG_ENOMEM;
    if (!rc)
        rc = html ? digest_html(out, g, broadcaster, since, until, now, truncated)
                  : digest_json(out, g, broadcaster, since, until, now, truncated);
out:
    digest_free(g);
    return rc;
}

/* ------------------------------------------------------------------------
 * CyberTip draft
 * ---------------------------------------------------------------------- */

typedef struct csv_ctx {
    sg__buf csv;
    int rows;
    int rc;
} csv_ctx;

/* One CSV field, quoted; a leading = + - @ is prefixed with ' so a
 * spreadsheet never runs it as a formula. */
static int csv_field(sg__buf *b, const char *s)
{
    int rc = sg__buf_addc(b, '"');
    if (!rc && s && (*s == '=' || *s == '+' || *s == '-' || *s == '@'))
        rc = sg__buf_addc(b, '\'');
    for (; !rc && s && *s; s++)
        rc = *s == '"' ? sg__buf_adds(b, "\"\"") : sg__buf_addc(b, *s);
    return rc ? rc : sg__buf_addc(b, '"');
}

static void on_msg(void *ud, const sg__msg *m)
{
    csv_ctx *c = ud;
    char when[40], num[32];
    if (c->rc)
        return;
    iso_time(m->ts, when, sizeof when, false);
    sg__buf *b = &c->csv;
    int rc = csv_field(b, when);
    if (!rc)
        rc = sg__buf_printf(b, ",%lld,", (long long)m->ts);
    if (!rc)
        rc = csv_field(b, m->stream);
    if (!rc)
        rc = sg__buf_addc(b, ',');
    if (!rc)
        rc = csv_field(b, m->event);
    if (!rc)
        rc = sg__buf_addc(b, ',');
    if (!rc)
        rc = csv_field(b, m->user);
    if (!rc)
        rc = sg__buf_adds(b, m->type == SG_EV_GIFT ? ",\"gift\"," : ",\"chat\",");
    if (!rc)
        rc = csv_field(b, m->text);
    if (!rc)
        rc = sg__buf_addc(b, ',');
    if (!rc)
        rc = csv_field(b, m->item);
    snprintf(num, sizeof num, "%lld", (long long)m->amount);
    if (!rc)
        rc = sg__buf_addc(b, ',');
    if (!rc)
        rc = csv_field(b, m->type == SG_EV_GIFT ? num : "");
    if (!rc)
        rc = sg__buf_printf(
            b, ",%s,\"%s\",", m->flagged ? "true" : "false",
            sg_action_name((sg_action)m->action) ? sg_action_name((sg_action)m->action) : "allow");
    if (!rc)
        rc = csv_field(b, m->evidence_json ? m->evidence_json : "[]");
    if (!rc)
        rc = sg__buf_adds(b, "\r\n");
    c->rows++;
    c->rc = rc;
}

static void hex_of(const uint8_t *h, size_t n, char *out)
{
    static const char d[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = d[h[i] >> 4];
        out[2 * i + 1] = d[h[i] & 15];
    }
    out[2 * n] = 0;
}

int sg__family_cybertip(sg__store *store, const char *alert_id, bool online_gaming, int64_t now,
                        sg__buf *out, char *err, size_t errcap)
{
    sg__alert_facts *f = calloc(1, sizeof *f);
    csv_ctx c = { .rows = 0, .rc = 0 };
    int rc;
    if (!f)
        return SG_ENOMEM;
    sg__buf_init(&c.csv, 8u << 20);
    rc = sg__buf_adds(&c.csv, "\"time\",\"ts_ms\",\"stream\",\"event\",\"user\",\"type\",\"text\","
                              "\"item\",\"amount\",\"flagged\",\"action\",\"evidence\"\r\n");
    if (!rc)
        rc = store->ops->alert_facts(store, alert_id, f, on_msg, &c);
    if (!rc)
        rc = c.rc;
    if (rc)
        goto out;
    if (strcmp(f->status, "escalated")) {
        snprintf(err, errcap,
                 "alert %s is '%s': a CyberTip draft is made only for alerts resolved as "
                 "'escalated' (POST /v1/alerts/%s/resolve with outcome escalated)",
                 f->id, f->status, f->id);
        rc = SG_ESTATE;
        goto out;
    }
    bool live = f->have_stream && f->end_ts == 0;
    bool minor = !f->age[0] || strcmp(f->age, "adult") != 0;
    char t_inc[40], t_last[40], t_gen[40], t_esc[40], t_start[40], sha[65];
    uint8_t h[32];
    iso_time(f->opened_ts, t_inc, sizeof t_inc, false);
    iso_time(f->ts, t_last, sizeof t_last, false);
    iso_time(now, t_gen, sizeof t_gen, false);
    iso_time(f->escalated_at, t_esc, sizeof t_esc, false);
    iso_time(f->start_ts, t_start, sizeof t_start, false);
    sg__sha256(c.csv.data ? c.csv.data : "", c.csv.len, h);
    hex_of(h, 32, sha);
    sg__buf *b = out;
    rc = sg__buf_printf(b,
                        "{\"schema\":\"streamguard-cybertip-draft/1\",\"draft\":true,"
                        "\"submitted\":false,\"notice\":\"Draft for the platform's reporting "
                        "team. streamguard never sends it anywhere; review, complete the "
                        "reporter section and submit it through NCMEC's CyberTipline "
                        "reporting API or web form.\",\"generatedAt\":\"%s\","
                        "\"reporter\":{\"reportingCompany\":null,\"contactPerson\":null,"
                        "\"termsOfService\":null,\"lawEnforcementContact\":null,"
                        "\"tool\":\"streamguard %s\"},",
                        t_gen, SG_VERSION);
    if (!rc)
        rc = sg__buf_printf(b,
                            "\"incidentSummary\":{\"incidentType\":\"Online Enticement of "
                            "Children for Sexual Acts\",\"incidentDateTime\":\"%s\","
                            "\"incidentDateTimeDescription\":\"first flagged message %s, "
                            "latest %s (UTC)\",\"priority\":\"%s\",\"priorityReason\":\"%s\"},",
                            t_inc, t_inc, t_last, live ? "high" : "normal",
                            live ? "the live stream was still running when the draft was "
                                   "made (no stream_end seen): abuse may be ongoing"
                            : f->have_stream ? "the stream had ended"
                                             : "the stream's start was not seen");
    if (!rc)
        rc = sg__buf_printf(b, "\"internetDetails\":[{\"incidentType\":\"%s\",",
                            online_gaming ? "onlineGaming" : "chatIm");
    if (!rc)
        rc = sg__buf_adds(b, "\"chatRoomName\":");
    if (!rc)
        rc = sg__buf_json_cstr(b, f->stream);
    if (!rc)
        rc = sg__buf_adds(b, ",\"streamTitle\":");
    if (!rc)
        rc = sg__buf_json_cstr(b, f->title[0] ? f->title : NULL);
    if (!rc)
        rc = sg__buf_printf(b,
                            ",\"streamStartedAt\":%s%s%s,\"liveStreaming\":true,"
                            "\"streamLive\":%s,\"content\":\"Live-stream chat toward a "
                            "broadcaster of age band %s\"}],",
                            f->start_ts ? "\"" : "", f->start_ts ? t_start : "null",
                            f->start_ts ? "\"" : "", live ? "true" : "false",
                            f->age[0] ? f->age : "unknown");
    if (!rc)
        rc = sg__buf_adds(b, "\"reportedPeople\":[");
    if (!rc && f->user[0]) {
        rc = sg__buf_adds(b, "{\"espUserId\":");
        if (!rc)
            rc = sg__buf_json_cstr(b, f->user);
        if (!rc)
            rc = sg__buf_adds(b, ",\"screenName\":");
        if (!rc)
            rc = sg__buf_json_cstr(b, f->user);
        if (!rc)
            rc = sg__buf_adds(b, ",\"displayName\":null,\"email\":null,\"ipCaptureEvents\":[]}");
    } else if (!rc) {
        /* flood: every account involved */
        rc = sg__buf_printf(b,
                            "{\"espUserId\":null,\"screenName\":null,\"displayName\":null,"
                            "\"email\":null,\"ipCaptureEvents\":[],\"additionalAccounts\":%s}",
                            f->users_json[0] ? f->users_json : "[]");
    }
    if (!rc)
        rc = sg__buf_adds(b, "],\"victim\":{\"espUserId\":");
    if (!rc)
        rc = sg__buf_json_cstr(b, f->broadcaster[0] ? f->broadcaster : NULL);
    if (!rc)
        rc = sg__buf_adds(b, ",\"screenName\":");
    if (!rc)
        rc = sg__buf_json_cstr(b, f->broadcaster[0] ? f->broadcaster : NULL);
    if (!rc)
        rc = sg__buf_printf(b, ",\"ageBand\":\"%s\",\"possibleMinor\":%s},",
                            f->age[0] ? f->age : "unknown", minor ? "true" : "false");
    if (!rc)
        rc = sg__buf_printf(b,
                            "\"files\":[{\"fileName\":\"chat-excerpt-%s.csv\","
                            "\"mediaType\":\"text/csv\",\"fileRole\":\"supplemental\","
                            "\"description\":\"Stored evidence window: the flagged messages, "
                            "the two lines before each and the stream's last lines when the "
                            "alert was raised or updated\",\"rows\":%d,\"sha256\":\"%s\","
                            "\"annotations\":[\"liveStreaming\"],\"publiclyAvailable\":true,"
                            "\"reviewedByEsp\":true,\"content\":",
                            f->id, c.rows, sha);
    if (!rc)
        rc = sg__buf_json_str(b, c.csv.data ? c.csv.data : "", c.csv.len);
    if (!rc)
        rc = sg__buf_printf(b, "}],\"matchedHashes\":[],\"relatedHashMatchAlerts\":%s,",
                            f->hash_alerts_json[0] ? f->hash_alerts_json : "[]");
    if (!rc)
        rc = sg__buf_printf(b, "\"streamguard\":{\"alertId\":\"%s\",\"engineId\":", f->id);
    if (!rc)
        rc = sg__buf_json_cstr(b, f->engine_id);
    if (!rc)
        rc = sg__buf_printf(
            b, ",\"type\":\"%s\",\"severity\":\"%s\",\"risk\":%.4g,\"tactics\":",
            sg_alert_type_name((sg_alert_type)f->type) ? sg_alert_type_name((sg_alert_type)f->type)
                                                       : "unknown",
            sg_severity_name((sg_severity)f->severity) ? sg_severity_name((sg_severity)f->severity)
                                                       : "unknown",
            f->risk);
    if (!rc)
        rc = sg__buf_json_tactics(b, f->tactics);
    if (!rc)
        rc = sg__buf_adds(b, ",\"streams\":");
    if (!rc)
        rc = sg__buf_adds(b, f->streams_json[0] ? f->streams_json : "[]");
    if (!rc)
        rc = sg__buf_printf(b, ",\"escalatedAt\":\"%s\",\"escalatedBy\":", t_esc);
    if (!rc)
        rc = sg__buf_json_cstr(b, f->escalated_by);
    if (!rc)
        rc = sg__buf_adds(b, ",\"moderatorNote\":");
    if (!rc)
        rc = sg__buf_json_cstr(b, f->note);
    if (!rc)
        rc = sg__buf_addc(b, '}');
    if (!rc)
        rc = sg__buf_addc(b, '}');
out:
    sg__buf_free(&c.csv);
    free(f);
    return rc;
}
