/* checkpoint.c — saving and restoring engine state, so a daemon restart
 * does not forget a viewer who was grooming a streamer twenty minutes ago.
 *
 * Format (little-endian host layout; a checkpoint is read back by the same
 * build on the same machine, and refused otherwise):
 *   "SGCK" u32 version u32 sizeof(sg__conv) u32 sizeof(sg__user)
 *   i64 now  u64 alert_seq  sg_engine_stats
 *   u64 nconv    { u64 key, sg__conv }            oldest first, see below
 *   u64 nstream  { u64 key, fixed fields, strings, ring }
 *   u64 nuser    { u64 key, sg__user }
 *   u64 nalert   { u64 key, fixed fields, data }
 * Strings are u32 length + bytes (0xffffffff = NULL), capped on restore.
 * Tables are written oldest first and re-inserted in that order, so the
 * eviction order survives. Restore validates every length and count: a
 * damaged checkpoint is refused with SG_EFORMAT, never trusted.
 *
 * Only conversations that carry something a later decision depends on are
 * written: evidence of a tactic, gifts (gift linkage), an open alert. The
 * rest (ordinary chat, nearly all conversations on a real platform) would
 * come back with nothing but message counts and a split-request window of
 * 45 seconds; leaving them out keeps the checkpoint, and the engine lock
 * held while it is written, small: with every conversation written, a
 * million conversations are ~350 MB (8-byte key + the record each) that
 * the daemon serialised under the engine lock every checkpoint interval
 * (10 s by default). After a restart such a conversation starts fresh on
 * its next message. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "engine.h"

#define CK_MAGIC     "SGCK"
#define CK_VERSION   2u
#define CK_MAX_BYTES ((size_t)4 << 30)
#define CK_MAX_STR   4096u

static int w_raw(sg__buf *b, const void *p, size_t n)
{
    return sg__buf_add(b, p, n);
}

static int w_u32(sg__buf *b, uint32_t v)
{
    return w_raw(b, &v, sizeof v);
}

static int w_u64(sg__buf *b, uint64_t v)
{
    return w_raw(b, &v, sizeof v);
}

static int w_str(sg__buf *b, const char *s)
{
    if (!s)
        return w_u32(b, 0xffffffffu);
    size_t n = strlen(s);
    int rc = w_u32(b, (uint32_t)n);
    return rc ? rc : w_raw(b, s, n);
}

/* See the essay: does a later decision depend on this conversation? */
static bool conv_worth_keeping(const sg__conv *c)
{
    return c->seen || c->flagged || c->gifts || c->alert_key || c->known;
}

int sg_engine_checkpoint(const sg_engine *ce, char **out, size_t *outlen)
{
    sg_engine *e = (sg_engine *)ce; /* iteration does not modify */
    sg__buf b;
    sg__buf_init(&b, CK_MAX_BYTES);
    uint64_t key;
    int rc = w_raw(&b, CK_MAGIC, 4);
    if (!rc)
        rc = w_u32(&b, CK_VERSION);
    if (!rc)
        rc = w_u32(&b, (uint32_t)sizeof(sg__conv));
    if (!rc)
        rc = w_u32(&b, (uint32_t)sizeof(sg__user));
    if (!rc)
        rc = w_u64(&b, (uint64_t)e->now);
    if (!rc)
        rc = w_u64(&b, e->alert_seq);
    if (!rc)
        rc = w_raw(&b, &e->stats, sizeof e->stats);

    size_t nconv_at = b.len;
    uint64_t nconv = 0;
    if (!rc)
        rc = w_u64(&b, 0); /* patched below */
    for (sg__conv *c = sg__table_next(&e->convs, NULL, &key); !rc && c;
         c = sg__table_next(&e->convs, c, &key)) {
        if (!conv_worth_keeping(c))
            continue;
        rc = w_u64(&b, key);
        if (!rc)
            rc = w_raw(&b, c, sizeof *c);
        nconv++;
    }
    if (!rc)
        memcpy(b.data + nconv_at, &nconv, sizeof nconv);

    if (!rc)
        rc = w_u64(&b, e->streams.count);
    for (sg__stream *s = sg__table_next(&e->streams, NULL, &key); !rc && s;
         s = sg__table_next(&e->streams, s, &key)) {
        rc = w_u64(&b, key);
        if (!rc)
            rc = w_str(&b, s->name);
        if (!rc)
            rc = w_str(&b, s->broadcaster);
        if (!rc)
            rc = w_u64(&b, s->bkey);
        if (!rc)
            rc = w_u32(&b, (uint32_t)s->age);
        if (!rc)
            rc = w_u64(&b, (uint64_t)s->start_ts);
        if (!rc)
            rc = w_u64(&b, (uint64_t)s->last_ts);
        if (!rc)
            rc = w_u64(&b, (uint64_t)s->touched);
        if (!rc)
            rc = w_u32(&b, s->ended);
        if (!rc)
            rc = w_u64(&b, s->msgs);
        if (!rc)
            rc = w_u64(&b, (uint64_t)s->last_nudge_ts);
        if (!rc)
            rc = w_u32(&b, s->last_nudge_tactics);
        if (!rc)
            rc = w_u64(&b, s->flood_alert_key);
        if (!rc)
            rc = w_u32(&b, s->ring_head);
        if (!rc)
            rc = w_u32(&b, s->ring_count);
        for (int i = 0; !rc && i < SG__FLOOD_RING; i++) {
            rc = w_u64(&b, s->ring[i].user_key);
            if (!rc)
                rc = w_u64(&b, (uint64_t)s->ring[i].ts);
            if (!rc)
                rc = w_u32(&b, s->ring[i].tactics);
            if (!rc)
                rc = w_str(&b, s->ring[i].user);
        }
    }

    if (!rc)
        rc = w_u64(&b, e->users.count);
    for (sg__user *u = sg__table_next(&e->users, NULL, &key); !rc && u;
         u = sg__table_next(&e->users, u, &key)) {
        rc = w_u64(&b, key);
        if (!rc)
            rc = w_raw(&b, u, sizeof *u);
    }

    if (!rc)
        rc = w_u64(&b, e->alerts.count);
    for (sg__alert *a = sg__table_next(&e->alerts, NULL, &key); !rc && a;
         a = sg__table_next(&e->alerts, a, &key)) {
        const sg__alert_data *d = a->data;
        rc = w_u64(&b, key);
        if (!rc)
            rc = w_u32(&b, (uint32_t)a->type);
        if (!rc)
            rc = w_u32(&b, (uint32_t)a->severity);
        if (!rc)
            rc = w_u64(&b, (uint64_t)a->opened_ts);
        if (!rc)
            rc = w_u64(&b, (uint64_t)a->ts);
        if (!rc)
            rc = w_u64(&b, (uint64_t)a->touched);
        if (!rc)
            rc = w_u32(&b, a->tactics);
        if (!rc)
            rc = w_raw(&b, &a->risk, sizeof a->risk);
        if (!rc)
            rc = w_u64(&b, a->seq);
        if (!rc)
            rc = w_str(&b, d->id);
        if (!rc)
            rc = w_str(&b, d->stream);
        if (!rc)
            rc = w_str(&b, d->user);
        if (!rc)
            rc = w_str(&b, d->broadcaster);
        if (!rc)
            rc = w_u32(&b, (uint32_t)d->age);
        if (!rc)
            rc = w_u32(&b, (uint32_t)d->nevents);
        for (size_t i = 0; !rc && i < d->nevents; i++)
            rc = w_str(&b, d->events[i]);
        if (!rc)
            rc = w_u32(&b, (uint32_t)d->nusers);
        for (size_t i = 0; !rc && i < d->nusers; i++)
            rc = w_str(&b, d->users[i]);
        if (!rc)
            rc = w_u32(&b, (uint32_t)d->nstreams);
        for (size_t i = 0; !rc && i < d->nstreams; i++)
            rc = w_str(&b, d->streams[i]);
        if (!rc)
            rc = w_str(&b, d->summary);
    }
    if (rc) {
        sg__buf_free(&b);
        return rc;
    }
    *out = b.data;
    *outlen = b.len;
    return 0;
}

/* ---- restore ---------------------------------------------------------- */

typedef struct reader {
    const unsigned char *p, *end;
    int bad;
} reader;

static void r_raw(reader *r, void *dst, size_t n)
{
    if (r->bad || (size_t)(r->end - r->p) < n) {
        r->bad = 1;
        memset(dst, 0, n);
        return;
    }
    memcpy(dst, r->p, n);
    r->p += n;
}

static uint32_t r_u32(reader *r)
{
    uint32_t v;
    r_raw(r, &v, sizeof v);
    return v;
}

static uint64_t r_u64(reader *r)
{
    uint64_t v;
    r_raw(r, &v, sizeof v);
    return v;
}

/* Returns a malloc'd string, NULL for a NULL string or on error (r->bad). */
static char *r_str(reader *r)
{
    uint32_t n = r_u32(r);
    if (r->bad || n == 0xffffffffu)
        return NULL;
    if (n > CK_MAX_STR || (size_t)(r->end - r->p) < n) {
        r->bad = 1;
        return NULL;
    }
    char *s = malloc(n + 1);
    if (!s) {
        r->bad = 1;
        return NULL;
    }
    memcpy(s, r->p, n);
    s[n] = '\0';
    if (memchr(s, '\0', n)) {
        free(s);
        r->bad = 1;
        return NULL;
    }
    r->p += n;
    return s;
}

int sg_engine_restore(sg_engine *e, const char *buf, size_t len)
{
    if (!e || !buf)
        return SG_EINVAL;
    if (e->convs.count || e->streams.count || e->users.count || e->alerts.count)
        return SG_ESTATE; /* only into a fresh engine */
    reader r = { (const unsigned char *)buf, (const unsigned char *)buf + len, 0 };
    char magic[4];
    r_raw(&r, magic, 4);
    if (r.bad || memcmp(magic, CK_MAGIC, 4) || r_u32(&r) != CK_VERSION ||
        r_u32(&r) != sizeof(sg__conv) || r_u32(&r) != sizeof(sg__user))
        return SG_EFORMAT;
    e->now = (int64_t)r_u64(&r);
    e->alert_seq = r_u64(&r);
    r_raw(&r, &e->stats, sizeof e->stats);
    int created;

    uint64_t n = r_u64(&r);
    for (uint64_t i = 0; !r.bad && i < n; i++) {
        uint64_t key = r_u64(&r);
        sg__conv tmp;
        r_raw(&r, &tmp, sizeof tmp);
        if (r.bad || tmp.split_len > SG__SPLIT_MAX || tmp.nstages > SG__STAGE__COUNT) {
            r.bad = 1;
            break;
        }
        sg__conv *c = sg__table_upsert(&e->convs, key, &created);
        if (!c)
            return SG_ENOMEM;
        *c = tmp;
    }

    n = r_u64(&r);
    for (uint64_t i = 0; !r.bad && i < n; i++) {
        uint64_t key = r_u64(&r);
        sg__stream *s = sg__table_upsert(&e->streams, key, &created);
        if (!s)
            return SG_ENOMEM;
        s->name = r_str(&r);
        s->broadcaster = r_str(&r);
        s->bkey = r_u64(&r);
        uint32_t age = r_u32(&r);
        s->age = age < SG_AGE__COUNT ? (sg_age_band)age : SG_AGE_UNKNOWN;
        s->start_ts = (int64_t)r_u64(&r);
        s->last_ts = (int64_t)r_u64(&r);
        s->touched = (int64_t)r_u64(&r);
        s->ended = r_u32(&r) != 0;
        s->msgs = r_u64(&r);
        s->last_nudge_ts = (int64_t)r_u64(&r);
        s->last_nudge_tactics = r_u32(&r);
        s->flood_alert_key = r_u64(&r);
        uint32_t head = r_u32(&r), count = r_u32(&r);
        if (head >= SG__FLOOD_RING || count > SG__FLOOD_RING || !s->name)
            r.bad = 1;
        s->ring_head = (uint8_t)(head % SG__FLOOD_RING);
        s->ring_count = (uint8_t)(count % (SG__FLOOD_RING + 1));
        for (int k = 0; !r.bad && k < SG__FLOOD_RING; k++) {
            s->ring[k].user_key = r_u64(&r);
            s->ring[k].ts = (int64_t)r_u64(&r);
            s->ring[k].tactics = r_u32(&r);
            s->ring[k].user = r_str(&r);
        }
    }

    n = r_u64(&r);
    for (uint64_t i = 0; !r.bad && i < n; i++) {
        uint64_t key = r_u64(&r);
        sg__user tmp;
        r_raw(&r, &tmp, sizeof tmp);
        if (r.bad || tmp.npressed > SG__USER_PRESSED) {
            r.bad = 1;
            break;
        }
        sg__user *u = sg__table_upsert(&e->users, key, &created);
        if (!u)
            return SG_ENOMEM;
        *u = tmp;
    }

    n = r_u64(&r);
    for (uint64_t i = 0; !r.bad && i < n; i++) {
        uint64_t key = r_u64(&r);
        sg__alert *a = sg__table_upsert(&e->alerts, key, &created);
        if (!a)
            return SG_ENOMEM;
        sg__alert_data *d = calloc(1, sizeof *d);
        if (!d) {
            sg__table_remove(&e->alerts, key);
            return SG_ENOMEM;
        }
        a->data = d;
        uint32_t type = r_u32(&r), sev = r_u32(&r);
        a->type = type <= SG_ALERT_HASH_MATCH ? (sg_alert_type)type : SG_ALERT_GROOMING;
        a->severity = sev <= SG_SEV_CRITICAL ? (sg_severity)sev : SG_SEV_MEDIUM;
        a->opened_ts = (int64_t)r_u64(&r);
        a->ts = (int64_t)r_u64(&r);
        a->touched = (int64_t)r_u64(&r);
        a->tactics = r_u32(&r);
        r_raw(&r, &a->risk, sizeof a->risk);
        a->seq = r_u64(&r);
        char *id = r_str(&r);
        if (id && strlen(id) < sizeof d->id)
            memcpy(d->id, id, strlen(id) + 1);
        else
            r.bad = 1;
        free(id);
        d->stream = r_str(&r);
        d->user = r_str(&r);
        d->broadcaster = r_str(&r);
        uint32_t age = r_u32(&r);
        d->age = age < SG_AGE__COUNT ? (sg_age_band)age : SG_AGE_UNKNOWN;
        uint32_t k = r_u32(&r);
        if (k > SG_MAX_ALERT_EVENTS)
            r.bad = 1;
        for (; !r.bad && d->nevents < k;)
            if (!(d->events[d->nevents++] = r_str(&r)))
                r.bad = 1;
        k = r_u32(&r);
        if (k > SG_MAX_ALERT_SUBJECTS)
            r.bad = 1;
        for (; !r.bad && d->nusers < k;)
            if (!(d->users[d->nusers++] = r_str(&r)))
                r.bad = 1;
        k = r_u32(&r);
        if (k > SG_MAX_ALERT_SUBJECTS)
            r.bad = 1;
        for (; !r.bad && d->nstreams < k;)
            if (!(d->streams[d->nstreams++] = r_str(&r)))
                r.bad = 1;
        char *sum = r_str(&r);
        if (sum)
            snprintf(d->summary, sizeof d->summary, "%s", sum);
        free(sum);
    }
    if (r.bad || r.p != r.end) {
        /* Drop everything restored so far: the engine stays fresh. */
        while (e->alerts.count)
            sg__table_evict_oldest(&e->alerts);
        while (e->streams.count)
            sg__table_evict_oldest(&e->streams);
        while (e->convs.count)
            sg__table_evict_oldest(&e->convs);
        while (e->users.count)
            sg__table_evict_oldest(&e->users);
        e->now = 0;
        e->alert_seq = 0;
        memset(&e->stats, 0, sizeof e->stats);
        return SG_EFORMAT;
    }
    return 0;
}
