/* context.c — bounded per-stream conversation context and per-subject
 * counters for the daemon (see context.h).
 *
 * Two least-recently-used maps (streams, users) share one small chained
 * hash table implementation. A stream entry holds a ring of its last
 * SG_CTX_RING messages and a ring of its last SG_CTX_FLAGGED flagged
 * messages, each with the SG_CTX_PRE messages that came just before it.
 * Messages are reference counted, so a line that is both recent and the
 * context of a flagged line is held once. */
#include <stdlib.h>
#include <string.h>

#include "daemon/context.h"

/* One allocation per entry: the node, its key, then its value (val_size
 * bytes, 16-aligned, zeroed when made). A lookup that finds the entry touches
 * one block instead of three (node, key, value were separate mallocs:
 * cache misses under batch load, across 20,000 users). */
typedef struct lru_node {
    uint64_t hash;
    struct lru_node *hnext;       /* bucket chain */
    struct lru_node *prev, *next; /* recency list, head = most recent */
    uint64_t stamp;               /* lru.tick when last moved to the front */
    char *key;                    /* = the bytes after the node */
    void *val;                    /* = after the key */
} lru_node;

typedef struct lru {
    lru_node **buckets;
    size_t nbuckets, count, cap;
    lru_node *head, *tail;
    uint64_t tick;             /* counts lookups */
    size_t val_size;           /* a multiple of 16 */
    void (*clear_val)(void *); /* releases what a value holds; may be NULL */
} lru;

typedef struct flagged_entry {
    sg__ctx_msg *msg;
    sg__ctx_msg *pre[SG_CTX_PRE];
} flagged_entry;

typedef struct stream_ctx {
    sg__ctx_msg *recent[SG_CTX_RING];
    size_t rhead, rcount; /* rhead = next slot to write */
    flagged_entry flagged[SG_CTX_FLAGGED];
    size_t fhead, fcount;
    sg__ctx_counters counters;
} stream_ctx;

struct sg__ctx {
    lru streams; /* stream id -> stream_ctx */
    lru users;   /* user id -> sg__ctx_counters */
};

static uint64_t fnv1a(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static int lru_init(lru *m, size_t cap, size_t val_size, void (*clear_val)(void *))
{
    size_t nb = 16;
    while (nb < cap * 2 && nb < ((size_t)1 << 30))
        nb <<= 1;
    memset(m, 0, sizeof *m);
    m->buckets = calloc(nb, sizeof *m->buckets);
    if (!m->buckets)
        return SG_ENOMEM;
    m->nbuckets = nb;
    m->cap = cap ? cap : 1;
    m->val_size = (val_size + 15) & ~(size_t)15;
    m->clear_val = clear_val;
    return 0;
}

static void list_unlink(lru *m, lru_node *n)
{
    if (n->prev)
        n->prev->next = n->next;
    else
        m->head = n->next;
    if (n->next)
        n->next->prev = n->prev;
    else
        m->tail = n->prev;
    n->prev = n->next = NULL;
}

static void list_push_front(lru *m, lru_node *n)
{
    n->prev = NULL;
    n->next = m->head;
    if (m->head)
        m->head->prev = n;
    m->head = n;
    if (!m->tail)
        m->tail = n;
}

static void lru_remove(lru *m, lru_node *n)
{
    lru_node **pp = &m->buckets[n->hash & (m->nbuckets - 1)];
    while (*pp && *pp != n)
        pp = &(*pp)->hnext;
    if (*pp)
        *pp = n->hnext;
    list_unlink(m, n);
    if (m->clear_val)
        m->clear_val(n->val);
    free(n);
    m->count--;
}

static void lru_destroy(lru *m)
{
    while (m->head)
        lru_remove(m, m->head);
    free(m->buckets);
    m->buckets = NULL;
}

/* Finds key; with make, creates a missing entry (evicting the least
 * recently used one when full) with a zeroed value. Moves the entry to the
 * front. */
static lru_node *lru_get(lru *m, const char *key, bool make)
{
    uint64_t h = fnv1a(key);
    lru_node *n = m->buckets[h & (m->nbuckets - 1)];
    for (; n; n = n->hnext)
        if (n->hash == h && !strcmp(n->key, key))
            break;
    m->tick++;
    if (n) {
        /* Moving a node touches its neighbours (cache misses): only move
         * entries that have drifted out of the most recent quarter. The
         * order stays an approximation of recency good enough to evict. */
        if (m->tick - n->stamp > m->cap / 4) {
            list_unlink(m, n);
            list_push_front(m, n);
            n->stamp = m->tick;
        }
        return n;
    }
    if (!make)
        return NULL;
    if (m->count >= m->cap && m->tail)
        lru_remove(m, m->tail);
    size_t kl = strlen(key) + 1, vo = (sizeof *n + kl + 15) & ~(size_t)15;
    n = malloc(vo + m->val_size);
    if (!n)
        return NULL;
    memset(n, 0, sizeof *n);
    n->key = (char *)(n + 1);
    memcpy(n->key, key, kl);
    n->val = (char *)n + vo;
    memset(n->val, 0, m->val_size);
    n->hash = h;
    n->stamp = m->tick;
    lru_node **b = &m->buckets[h & (m->nbuckets - 1)];
    n->hnext = *b;
    *b = n;
    list_push_front(m, n);
    m->count++;
    return n;
}

static void lru_prefetch(const lru *m, const char *key)
{
    const lru_node *n = m->buckets[fnv1a(key) & (m->nbuckets - 1)];
    if (n)
        __builtin_prefetch(n);
}

/* The entry with key's hash if its chain is already in cache (no key
 * compare: a wrong guess only costs a useless prefetch). */
static const lru_node *lru_guess(const lru *m, const char *key)
{
    uint64_t h = fnv1a(key);
    const lru_node *n = m->buckets[h & (m->nbuckets - 1)];
    while (n && n->hash != h)
        n = n->hnext;
    return n;
}

void sg__ctx_prefetch(const sg__ctx *c, const sg_event *ev, bool deep)
{
    if (!ev->stream || (ev->type != SG_EV_CHAT && ev->type != SG_EV_GIFT))
        return;
    if (!deep) {
        lru_prefetch(&c->streams, ev->stream);
        if (ev->user)
            lru_prefetch(&c->users, ev->user);
        return;
    }
    /* what sg__ctx_add writes: the counters, and the ring slot's oldest
     * message, which it releases (the miss was half of sg__ctx_add) */
    const lru_node *sn = lru_guess(&c->streams, ev->stream);
    if (sn) {
        const stream_ctx *st = sn->val;
        __builtin_prefetch(&st->counters, 1);
        const sg__ctx_msg *old = st->recent[st->rhead];
        if (old)
            __builtin_prefetch(old, 1);
    }
    const lru_node *un = ev->user ? lru_guess(&c->users, ev->user) : NULL;
    if (un)
        __builtin_prefetch(un->val, 1);
}

void sg__ctx_msg_unref(sg__ctx_msg *m)
{
    if (m && --m->refs == 0)
        free(m);
}

bool sg__ctx_msg_sent(sg__ctx_msg *m, uint32_t key, uint32_t epoch)
{
    if (!key)
        return false;
    if (m->sent_epoch != epoch) {
        memset(m->sent, 0, sizeof m->sent);
        m->sent_epoch = epoch;
    }
    for (size_t i = 0; i < SG_CTX_SENT; i++)
        if (m->sent[i] == key)
            return true;
    /* newest first: the oldest mark falls off the end */
    memmove(m->sent + 1, m->sent, (SG_CTX_SENT - 1) * sizeof m->sent[0]);
    m->sent[0] = key;
    return false;
}

static sg__ctx_msg *msg_ref(sg__ctx_msg *m)
{
    if (m)
        m->refs++;
    return m;
}

static void stream_clear(void *p)
{
    stream_ctx *s = p;
    for (size_t i = 0; i < SG_CTX_RING; i++)
        sg__ctx_msg_unref(s->recent[i]);
    for (size_t i = 0; i < SG_CTX_FLAGGED; i++) {
        sg__ctx_msg_unref(s->flagged[i].msg);
        for (int k = 0; k < SG_CTX_PRE; k++)
            sg__ctx_msg_unref(s->flagged[i].pre[k]);
    }
}

int sg__ctx_new(size_t max_streams, size_t max_users, sg__ctx **out)
{
    sg__ctx *c = calloc(1, sizeof *c);
    if (!c)
        return SG_ENOMEM;
    if (lru_init(&c->streams, max_streams, sizeof(stream_ctx), stream_clear) ||
        lru_init(&c->users, max_users, sizeof(sg__ctx_counters), NULL)) {
        sg__ctx_free(c);
        return SG_ENOMEM;
    }
    *out = c;
    return 0;
}

void sg__ctx_free(sg__ctx *c)
{
    if (!c)
        return;
    if (c->streams.buckets)
        lru_destroy(&c->streams);
    if (c->users.buckets)
        lru_destroy(&c->users);
    free(c);
}

/* Cuts n at a UTF-8 boundary at or below max. */
static size_t utf8_cut(const char *s, size_t n, size_t max)
{
    if (n <= max)
        return n;
    n = max;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    return n;
}

static sg__ctx_msg *msg_make(const char *stream, const char *event, const char *user,
                             const char *text, size_t text_len, const char *item,
                             const char *evidence)
{
    size_t ls = strlen(stream) + 1, le = strlen(event ? event : "") + 1,
           lu = strlen(user ? user : "") + 1, lt = text ? text_len + 1 : 0,
           li = item ? strlen(item) + 1 : 0, lv = strlen(evidence) + 1;
    sg__ctx_msg *m = malloc(sizeof *m + ls + le + lu + lt + li + lv);
    if (!m)
        return NULL;
    memset(m, 0, sizeof *m);
    char *p = (char *)(m + 1);
#define PUT(field, src, len)       \
    do {                           \
        memcpy(p, (src), (len)-1); \
        p[(len)-1] = 0;            \
        m->field = p;              \
        p += (len);                \
    } while (0)
    PUT(stream, stream, ls);
    PUT(event, event ? event : "", le);
    PUT(user, user ? user : "", lu);
    if (text)
        PUT(text, text, lt);
    if (item)
        PUT(item, item, li);
    PUT(evidence, evidence, lv);
#undef PUT
    m->refs = 1;
    return m;
}

static int evidence_json(const sg_decision *d, sg__buf *b)
{
    int rc = sg__buf_addc(b, '[');
    bool first = true;
    for (size_t i = 0; !rc && i < d->nevidence; i++) {
        const sg_evidence *e = &d->evidence[i];
        const char *tn = sg_tactic_name(e->tactic);
        if (!first)
            rc = sg__buf_addc(b, ',');
        first = false;
        if (!rc)
            rc = sg__buf_printf(b, "{\"tactic\":\"%s\",\"rule\":", tn ? tn : "unknown");
        if (!rc)
            rc = sg__buf_json_cstr(b, e->rule ? e->rule : "");
        if (!rc)
            rc = sg__buf_printf(b, ",\"start\":%u,\"end\":%u%s}", e->start, e->end,
                                e->shadow ? ",\"shadow\":true" : "");
    }
    return rc ? rc : sg__buf_addc(b, ']');
}

int sg__ctx_add(sg__ctx *c, const sg_event *ev, const sg_decision *d)
{
    if (!ev->stream || (ev->type != SG_EV_CHAT && ev->type != SG_EV_GIFT))
        return 0;
    bool flagged = d->tactics != 0;
    /* counters */
    lru_node *un = ev->user ? lru_get(&c->users, ev->user, true) : NULL;
    lru_node *sn = lru_get(&c->streams, ev->stream, true);
    if (!sn)
        return SG_ENOMEM;
    stream_ctx *s = sn->val;
    sg__ctx_counters *cs[2] = { &s->counters, un ? un->val : NULL };
    for (int i = 0; i < 2; i++) {
        if (!cs[i])
            continue;
        cs[i]->events++;
        cs[i]->holds += d->action == SG_HOLD;
        cs[i]->blocks += d->action == SG_BLOCK;
        if (d->risk > cs[i]->max_risk)
            cs[i]->max_risk = d->risk;
        if (ev->ts > cs[i]->last_ts)
            cs[i]->last_ts = ev->ts;
    }
    /* message */
    sg__buf eb;
    sg__buf_init(&eb, 64 * 1024);
    if (d->nevidence && evidence_json(d, &eb)) {
        sg__buf_free(&eb);
        return SG_ENOMEM;
    }
    size_t tl = 0;
    if (ev->type == SG_EV_CHAT && ev->text)
        tl = flagged ? ev->text_len : utf8_cut(ev->text, ev->text_len, SG_CTX_TEXT_MAX);
    sg__ctx_msg *m = msg_make(
        ev->stream, ev->id, ev->user, ev->type == SG_EV_CHAT ? (ev->text ? ev->text : "") : NULL,
        tl, ev->type == SG_EV_GIFT ? (ev->item ? ev->item : "") : NULL, eb.data ? eb.data : "[]");
    sg__buf_free(&eb);
    if (!m)
        return SG_ENOMEM;
    m->ts = ev->ts;
    m->amount = ev->amount;
    m->type = ev->type;
    m->action = d->action;
    m->risk = d->risk;
    m->flagged = flagged;
    if (flagged) {
        flagged_entry *fe = &s->flagged[s->fhead];
        sg__ctx_msg_unref(fe->msg);
        for (int k = 0; k < SG_CTX_PRE; k++) {
            sg__ctx_msg_unref(fe->pre[k]);
            fe->pre[k] = NULL;
            if ((size_t)k < s->rcount)
                fe->pre[k] = msg_ref(s->recent[(s->rhead + SG_CTX_RING - 1 - k) % SG_CTX_RING]);
        }
        fe->msg = msg_ref(m);
        s->fhead = (s->fhead + 1) % SG_CTX_FLAGGED;
        if (s->fcount < SG_CTX_FLAGGED)
            s->fcount++;
    }
    sg__ctx_msg_unref(s->recent[s->rhead]);
    s->recent[s->rhead] = m; /* the ring takes the creation reference */
    s->rhead = (s->rhead + 1) % SG_CTX_RING;
    if (s->rcount < SG_CTX_RING)
        s->rcount++;
    return 0;
}

/* m's event id hash, computed when first needed (0: not yet) */
static uint64_t event_hash(sg__ctx_msg *m)
{
    if (!m->event_hash)
        m->event_hash = fnv1a(m->event) | 1;
    return m->event_hash;
}

static size_t push_unique(sg__ctx_msg **out, size_t n, size_t cap, sg__ctx_msg *m)
{
    if (!m || n >= cap)
        return n;
    for (size_t i = 0; i < n; i++)
        if (out[i] == m)
            return n;
    out[n] = msg_ref(m);
    return n + 1;
}

size_t sg__ctx_collect(sg__ctx *c, const char *const *streams, size_t nstreams,
                       const char *const *events, size_t nevents, sg__ctx_msg **out, size_t cap)
{
    size_t n = 0;
    /* An alert lists up to SG_MAX_ALERT_EVENTS ids, each looked for among
     * every remembered message of the stream: compare hashes first (the
     * strcmp calls were 2-3% of the HTTP workers' samples under batch load) */
    for (size_t si = 0; si < nstreams; si++) {
        if (!streams[si])
            continue;
        lru_node *sn = lru_get(&c->streams, streams[si], false);
        if (!sn)
            continue;
        stream_ctx *s = sn->val;
        for (size_t ei = 0; ei < nevents; ei++) {
            bool found = false;
            uint64_t eh = fnv1a(events[ei]) | 1;
            for (size_t k = 0; k < s->fcount && !found; k++) {
                flagged_entry *fe = &s->flagged[k];
                if (fe->msg && event_hash(fe->msg) == eh && !strcmp(fe->msg->event, events[ei])) {
                    for (int p = SG_CTX_PRE - 1; p >= 0; p--)
                        n = push_unique(out, n, cap, fe->pre[p]);
                    n = push_unique(out, n, cap, fe->msg);
                    found = true;
                }
            }
            for (size_t k = 0; k < s->rcount && !found; k++) {
                sg__ctx_msg *m = s->recent[k];
                if (m && event_hash(m) == eh && !strcmp(m->event, events[ei])) {
                    n = push_unique(out, n, cap, m);
                    found = true;
                }
            }
        }
        if (si == 0) {
            size_t tail = s->rcount < SG_CTX_TAIL ? s->rcount : SG_CTX_TAIL;
            for (size_t k = tail; k > 0; k--)
                n = push_unique(out, n, cap, s->recent[(s->rhead + SG_CTX_RING - k) % SG_CTX_RING]);
        }
    }
    return n;
}

bool sg__ctx_get_counters(sg__ctx *c, bool is_user, const char *id, sg__ctx_counters *out)
{
    lru_node *n = lru_get(is_user ? &c->users : &c->streams, id, false);
    if (!n)
        return false;
    *out = is_user ? *(sg__ctx_counters *)n->val : ((stream_ctx *)n->val)->counters;
    return true;
}

size_t sg__ctx_streams(const sg__ctx *c)
{
    return c->streams.count;
}

static int64_t newest_ts(const stream_ctx *s)
{
    int64_t t = 0;
    for (size_t i = 0; i < SG_CTX_RING; i++)
        if (s->recent[i] && s->recent[i]->ts > t)
            t = s->recent[i]->ts;
    for (size_t i = 0; i < SG_CTX_FLAGGED; i++)
        if (s->flagged[i].msg && s->flagged[i].msg->ts > t)
            t = s->flagged[i].msg->ts;
    return t;
}

int64_t sg__ctx_newest(const sg__ctx *c)
{
    int64_t t = 0;
    for (lru_node *x = c->streams.head; x; x = x->next) {
        int64_t n = newest_ts(x->val);
        if (n > t)
            t = n;
    }
    return t;
}

size_t sg__ctx_forget_before(sg__ctx *c, int64_t cutoff_ts)
{
    size_t n = 0;
    for (lru_node *x = c->streams.head, *next; x; x = next) {
        next = x->next;
        if (newest_ts(x->val) < cutoff_ts) {
            lru_remove(&c->streams, x);
            n++;
        }
    }
    return n;
}

/* ------------------------------------------------------------------------
 * Checkpoint: "SGC1", then per stream (oldest first): the stream's recent
 * messages oldest first, then its flagged entries oldest first, each
 * message written whole. Strings are u32 length + bytes.
 * ---------------------------------------------------------------------- */

static int put_u32(sg__buf *b, uint32_t v)
{
    return sg__buf_add(b, &v, 4);
}

static int put_i64(sg__buf *b, int64_t v)
{
    return sg__buf_add(b, &v, 8);
}

static int put_str(sg__buf *b, const char *s)
{
    uint32_t n = s ? (uint32_t)strlen(s) : UINT32_MAX;
    int rc = put_u32(b, n);
    return rc || !s ? rc : sg__buf_add(b, s, n);
}

static int put_msg(sg__buf *b, const sg__ctx_msg *m)
{
    int rc = put_str(b, m->event);
    if (!rc)
        rc = put_str(b, m->user);
    if (!rc)
        rc = put_str(b, m->text);
    if (!rc)
        rc = put_str(b, m->item);
    if (!rc)
        rc = put_str(b, m->evidence);
    if (!rc)
        rc = put_i64(b, m->ts);
    if (!rc)
        rc = put_i64(b, m->amount);
    if (!rc)
        rc = put_u32(b, (uint32_t)m->type | (uint32_t)m->action << 8 | (uint32_t)m->flagged << 16);
    if (!rc)
        rc = sg__buf_add(b, &m->risk, sizeof m->risk);
    return rc;
}

static int put_counters(sg__buf *b, const sg__ctx_counters *k)
{
    return sg__buf_add(b, k, sizeof *k);
}

/* Format "SGC2": u64 nstreams { key, recent ring, flagged ring, counters },
 * u64 nusers { key, counters }, oldest first so the LRU order survives.
 * ("SGC1", from before counters were kept, is still read: streams only.) */
int sg__ctx_save(const sg__ctx *c, sg__buf *out)
{
    int rc = sg__buf_add(out, "SGC2", 4);
    if (!rc)
        rc = sg__buf_add(out, &(uint64_t){ c->streams.count }, sizeof(uint64_t));
    for (lru_node *n = c->streams.tail; !rc && n; n = n->prev) {
        stream_ctx *s = n->val;
        rc = put_str(out, n->key);
        if (!rc)
            rc = put_u32(out, (uint32_t)s->rcount);
        for (size_t k = s->rcount; !rc && k > 0; k--)
            rc = put_msg(out, s->recent[(s->rhead + SG_CTX_RING - k) % SG_CTX_RING]);
        if (!rc)
            rc = put_u32(out, (uint32_t)s->fcount);
        for (size_t k = s->fcount; !rc && k > 0; k--) {
            flagged_entry *fe = &s->flagged[(s->fhead + SG_CTX_FLAGGED - k) % SG_CTX_FLAGGED];
            rc = put_msg(out, fe->msg);
            for (int p = 0; !rc && p < SG_CTX_PRE; p++) {
                rc = put_u32(out, fe->pre[p] != NULL);
                if (!rc && fe->pre[p])
                    rc = put_msg(out, fe->pre[p]);
            }
        }
        if (!rc)
            rc = put_counters(out, &s->counters);
    }
    if (!rc)
        rc = sg__buf_add(out, &(uint64_t){ c->users.count }, sizeof(uint64_t));
    for (lru_node *n = c->users.tail; !rc && n; n = n->prev) {
        rc = put_str(out, n->key);
        if (!rc)
            rc = put_counters(out, n->val);
    }
    return rc;
}

typedef struct reader {
    const char *p, *end;
    bool bad;
} reader;

static uint32_t get_u32(reader *r)
{
    uint32_t v = 0;
    if (r->end - r->p < 4) {
        r->bad = true;
        return 0;
    }
    memcpy(&v, r->p, 4);
    r->p += 4;
    return v;
}

static int64_t get_i64(reader *r)
{
    int64_t v = 0;
    if (r->end - r->p < 8) {
        r->bad = true;
        return 0;
    }
    memcpy(&v, r->p, 8);
    r->p += 8;
    return v;
}

/* Returns a pointer into the buffer (not NUL-terminated) and its length. */
static const char *get_str(reader *r, uint32_t *len)
{
    *len = get_u32(r);
    if (r->bad || *len == UINT32_MAX)
        return NULL;
    if ((size_t)(r->end - r->p) < *len || *len > SG_MAX_EVENT_BYTES) {
        r->bad = true;
        return NULL;
    }
    const char *s = r->p;
    r->p += *len;
    return s;
}

static char *dup_n(const char *s, uint32_t n)
{
    if (!s)
        return NULL;
    char *d = malloc((size_t)n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = 0;
    }
    return d;
}

static sg__ctx_msg *get_msg(reader *r, const char *stream)
{
    uint32_t le, lu, lt, li, lv;
    const char *e = get_str(r, &le), *u = get_str(r, &lu), *t = get_str(r, &lt),
               *i = get_str(r, &li), *v = get_str(r, &lv);
    int64_t ts = get_i64(r), amount = get_i64(r);
    uint32_t bits = get_u32(r);
    double risk = 0;
    if (r->end - r->p < (ptrdiff_t)sizeof risk)
        r->bad = true;
    else {
        memcpy(&risk, r->p, sizeof risk);
        r->p += sizeof risk;
    }
    if (r->bad)
        return NULL;
    char *de = dup_n(e, le), *du = dup_n(u, lu), *dt = dup_n(t, lt), *di = dup_n(i, li),
         *dv = dup_n(v, lv);
    sg__ctx_msg *m = NULL;
    if ((!e || de) && (!u || du) && (!t || dt) && (!i || di) && (!v || dv))
        m = msg_make(stream, de, du, dt, dt ? lt : 0, di, dv ? dv : "[]");
    free(de);
    free(du);
    free(dt);
    free(di);
    free(dv);
    if (!m) {
        r->bad = true;
        return NULL;
    }
    m->ts = ts;
    m->amount = amount;
    m->type = (int)(bits & 0xff);
    m->action = (int)((bits >> 8) & 0xff);
    m->flagged = (bits >> 16) & 1;
    m->risk = risk;
    return m;
}

static void get_counters(reader *r, sg__ctx_counters *k)
{
    if ((size_t)(r->end - r->p) < sizeof *k) {
        r->bad = true;
        return;
    }
    memcpy(k, r->p, sizeof *k);
    r->p += sizeof *k;
}

static uint64_t get_u64(reader *r)
{
    return (uint64_t)get_i64(r);
}

/* Reads a key and finds or makes its entry; NULL (r->bad set) on error. */
static lru_node *get_entry(reader *r, lru *m)
{
    uint32_t kl;
    const char *k = get_str(r, &kl);
    char *key = dup_n(k, kl);
    lru_node *n = key ? lru_get(m, key, true) : NULL;
    free(key);
    if (!n)
        r->bad = true;
    return n;
}

int sg__ctx_load(sg__ctx *c, const char *data, size_t len)
{
    reader r = { data, data + len, false };
    bool v2 = len >= 4 && !memcmp(data, "SGC2", 4);
    if (len < 4 || (!v2 && memcmp(data, "SGC1", 4)))
        return SG_EFORMAT;
    r.p += 4;
    uint64_t nstreams = v2 ? get_u64(&r) : UINT64_MAX;
    for (uint64_t i = 0; !r.bad && i < nstreams && (v2 || r.p < r.end); i++) {
        lru_node *sn = get_entry(&r, &c->streams);
        if (!sn)
            break;
        stream_ctx *s = sn->val;
        uint32_t nr = get_u32(&r);
        for (uint32_t j = 0; !r.bad && j < nr; j++) {
            sg__ctx_msg *m = get_msg(&r, sn->key);
            if (!m)
                break;
            sg__ctx_msg_unref(s->recent[s->rhead]);
            s->recent[s->rhead] = m;
            s->rhead = (s->rhead + 1) % SG_CTX_RING;
            if (s->rcount < SG_CTX_RING)
                s->rcount++;
        }
        uint32_t nf = get_u32(&r);
        for (uint32_t j = 0; !r.bad && j < nf; j++) {
            sg__ctx_msg *m = get_msg(&r, sn->key);
            if (!m)
                break;
            flagged_entry *fe = &s->flagged[s->fhead];
            sg__ctx_msg_unref(fe->msg);
            fe->msg = m;
            for (int p = 0; p < SG_CTX_PRE; p++) {
                sg__ctx_msg_unref(fe->pre[p]);
                fe->pre[p] = NULL;
                if (!r.bad && get_u32(&r))
                    fe->pre[p] = get_msg(&r, sn->key);
            }
            s->fhead = (s->fhead + 1) % SG_CTX_FLAGGED;
            if (s->fcount < SG_CTX_FLAGGED)
                s->fcount++;
        }
        if (v2)
            get_counters(&r, &s->counters);
    }
    uint64_t nusers = v2 && !r.bad ? get_u64(&r) : 0;
    for (uint64_t i = 0; !r.bad && i < nusers; i++) {
        lru_node *un = get_entry(&r, &c->users);
        if (un)
            get_counters(&r, un->val);
    }
    if (v2 && !r.bad && r.p != r.end)
        r.bad = true; /* trailing bytes: not a file this code wrote */
    return r.bad ? SG_EFORMAT : 0;
}
