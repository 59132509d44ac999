/* hashdb.c — hash banks: named lists of PDQ hashes with metadata, bank modes,
 * per-hash status, automatic quarantine, and queries through the multi-index
 * (hashdb_index.c).
 *
 * ==== Storage ====
 *
 * One structure of arrays for every hash of every bank, in insertion order:
 * the hash as 4 x uint64 (contiguous, what the index and the scans read), the
 * bank number, the status, the added time, and three string offsets (id,
 * label, source) into one string pool. There is no per-hash allocation:
 * labels, sources and bank names are interned (each distinct string stored
 * once), ids are appended. A (bank, id) -> hash table of uint32 slots gives
 * lookups by id. About 60 bytes per hash plus the id text, before the index.
 *
 * ==== Queries ====
 *
 * The multi-index covers hashes [0, indexed); hashes added since the last
 * sg_hashdb_build() are scanned linearly, so a query is always exact and a
 * rebuild only restores speed. Every hit goes through one filter: disabled
 * banks and quarantined hashes are dropped, a hit in a negative bank
 * suppresses the whole query, and the rest are deduplicated per hash (best
 * distance, then lowest variant) in a small open-addressing table that is
 * cleared by walking the hits, not the table.
 *
 * ==== Automatic quarantine ====
 *
 * A hash that suddenly matches far too often is more likely a false positive
 * (a logo, a blank frame) than a crime scene. For each hash that matched
 * recently we keep the query times of its last T+1 matches in a ring (T =
 * quarantine_matches); when the oldest of them is still inside the window,
 * more than T matches fell in the window: the hash is quarantined, the
 * match is not reported, and an event is queued. Ring memory is bounded
 * (at most 32 MB whatever T): up to 4096 tracked hashes in a 4-way set
 * associative table, where a newcomer takes the slot of its set that has
 * been idle longest (so a hash that keeps matching stays tracked unless
 * four busier ones share its set).
 */
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "media/hashdb_int.h"

#define POOL_MAX       ((size_t)UINT32_MAX - 1)
#define MAX_BANKS      65535
#define MAX_BANK_NAME  128
#define EVENT_QUEUE    256
#define QT_RING_BUDGET (4u << 20) /* timestamps across all rings: 32 MB */
#define QT_MAX_SLOTS   4096
#define QT_WAYS        4

typedef struct bank {
    uint32_t name; /* pool offset */
    sg_bank_mode mode;
    size_t size;
} bank;

typedef struct hit {
    uint32_t idx;
    uint8_t distance;
    uint8_t variant;
} hit;

typedef struct qslot {
    uint32_t idx1;  /* hash index + 1; 0 = free */
    uint32_t head;  /* next ring position to write */
    uint32_t count; /* timestamps in the ring (<= T+1) */
    int64_t last;   /* latest match time, for reuse of idle slots */
} qslot;

typedef struct qevent {
    uint32_t idx;
    int64_t ts;
    int matches;
} qevent;

struct sg_hashdb {
    sg_hashdb_config cfg;

    /* the hashes, structure of arrays, n used of cap */
    uint64_t *words;
    uint16_t *bank_of;
    uint8_t *status;
    uint32_t *id, *label, *source; /* pool offsets; 0 = none */
    uint32_t *added;               /* unix seconds (good until 2106) */
    size_t n, cap;

    char *pool; /* offset 0 holds "" */
    size_t pool_len, pool_cap;
    uint32_t *intern; /* open addressing over pool offsets; 0 = empty */
    size_t intern_cap, intern_n;
    uint32_t *idmap; /* open addressing over hash index + 1; 0 = empty */
    size_t idmap_cap;

    bank *banks;
    size_t nbanks, banks_cap;

    sg__mih mih;

    /* scratch of the query in progress */
    hit *hits;
    size_t nhits, hits_cap;
    uint64_t *hitset; /* (hash index + 1) << 32 | position in hits; 0 = empty */
    size_t hitset_cap;
    bool suppressed;
    int hit_error;

    /* automatic quarantine */
    qslot *qt;
    int64_t *rings; /* qt_cap rings of quarantine_matches + 1 */
    size_t qt_cap;
    qevent events[EVENT_QUEUE];
    size_t ev_head, ev_n;

    uint64_t st_queries, st_low_quality, st_matches, st_suppressed, st_auto, st_dropped;
};

/* ==== hex and words ==== */

void sg__hash_to_words(const sg_pdq_hash *h, uint64_t w[4])
{
    for (int k = 0; k < 4; k++) {
        uint64_t v = 0;
        for (int i = 0; i < 8; i++)
            v = (v << 8) | h->bytes[8 * k + i];
        w[k] = v;
    }
}

void sg__words_to_hash(const uint64_t w[4], sg_pdq_hash *h)
{
    for (int k = 0; k < 4; k++)
        for (int i = 0; i < 8; i++)
            h->bytes[8 * k + i] = (uint8_t)(w[k] >> (56 - 8 * i));
}

int sg__hex_to_words(const char *s, size_t len, uint64_t w[4])
{
    if (len != 64)
        return SG_EINVAL;
    for (int k = 0; k < 4; k++) {
        uint64_t v = 0;
        for (int i = 0; i < 16; i++) {
            int d = sg__hexval((unsigned char)s[16 * k + i]);
            if (d < 0)
                return SG_EINVAL;
            v = (v << 4) | (uint64_t)d;
        }
        w[k] = v;
    }
    return 0;
}

static void words_to_hex(const uint64_t w[4], char out[65])
{
    static const char digits[] = "0123456789abcdef";
    for (int k = 0; k < 4; k++)
        for (int i = 0; i < 16; i++)
            out[16 * k + i] = digits[(w[k] >> (60 - 4 * i)) & 15];
    out[64] = '\0';
}

/* ==== string pool, interning, id map ==== */

static uint64_t fnv(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

static int pool_reserve(sg_hashdb *db, size_t extra)
{
    if (extra > POOL_MAX || db->pool_len > POOL_MAX - extra)
        return SG_ELIMIT;
    size_t need = db->pool_len + extra;
    if (need <= db->pool_cap)
        return 0;
    size_t ncap = db->pool_cap ? db->pool_cap : 4096;
    while (ncap < need)
        ncap = ncap > POOL_MAX / 2 ? POOL_MAX + 1 : ncap * 2;
    char *p = realloc(db->pool, ncap);
    if (!p)
        return SG_ENOMEM;
    db->pool = p;
    db->pool_cap = ncap;
    return 0;
}

/* Appends s (capacity must have been reserved); returns its offset. */
static uint32_t pool_put(sg_hashdb *db, const char *s, size_t n)
{
    uint32_t off = (uint32_t)db->pool_len;
    memcpy(db->pool + db->pool_len, s, n);
    db->pool[db->pool_len + n] = '\0';
    db->pool_len += n + 1;
    return off;
}

static int intern_grow(sg_hashdb *db, size_t want)
{
    if (want * 2 <= db->intern_cap)
        return 0;
    size_t ncap = db->intern_cap ? db->intern_cap : 64;
    while (want * 2 > ncap)
        ncap *= 2;
    uint32_t *t = calloc(ncap, sizeof *t);
    if (!t)
        return SG_ENOMEM;
    for (size_t i = 0; i < db->intern_cap; i++) {
        uint32_t off = db->intern[i];
        if (!off)
            continue;
        const char *s = db->pool + off;
        size_t j = fnv(s, strlen(s)) & (ncap - 1);
        while (t[j])
            j = (j + 1) & (ncap - 1);
        t[j] = off;
    }
    free(db->intern);
    db->intern = t;
    db->intern_cap = ncap;
    return 0;
}

/* Returns the offset of an interned copy of s[0..n), or 0 with *rc set. */
static uint32_t intern(sg_hashdb *db, const char *s, size_t n, int *rc)
{
    *rc = 0;
    if (n == 0)
        return 0;
    uint64_t h = fnv(s, n);
    if (db->intern_cap) {
        size_t j = h & (db->intern_cap - 1);
        while (db->intern[j]) {
            const char *t = db->pool + db->intern[j];
            if (strlen(t) == n && memcmp(t, s, n) == 0)
                return db->intern[j];
            j = (j + 1) & (db->intern_cap - 1);
        }
    }
    if ((*rc = intern_grow(db, db->intern_n + 1)) != 0)
        return 0;
    if ((*rc = pool_reserve(db, n + 1)) != 0)
        return 0;
    uint32_t off = pool_put(db, s, n);
    size_t j = h & (db->intern_cap - 1);
    while (db->intern[j])
        j = (j + 1) & (db->intern_cap - 1);
    db->intern[j] = off;
    db->intern_n++;
    return off;
}

static uint64_t id_key(uint16_t b, const char *id, size_t n)
{
    return fnv(id, n) ^ ((uint64_t)b * 0x9e3779b97f4a7c15ull);
}

static int idmap_grow(sg_hashdb *db, size_t want)
{
    if (want * 4 <= db->idmap_cap * 3)
        return 0;
    size_t ncap = db->idmap_cap ? db->idmap_cap : 1024;
    while (want * 4 > ncap * 3) /* load factor up to 3/4: linear probing copes */
        ncap *= 2;
    uint32_t *t = calloc(ncap, sizeof *t);
    if (!t)
        return SG_ENOMEM;
    for (size_t i = 0; i < db->idmap_cap; i++) {
        uint32_t v = db->idmap[i];
        if (!v)
            continue;
        const char *s = db->pool + db->id[v - 1];
        size_t j = id_key(db->bank_of[v - 1], s, strlen(s)) & (ncap - 1);
        while (t[j])
            j = (j + 1) & (ncap - 1);
        t[j] = v;
    }
    free(db->idmap);
    db->idmap = t;
    db->idmap_cap = ncap;
    return 0;
}

/* Index of (bank, id) or -1. */
static long idmap_find(const sg_hashdb *db, uint16_t b, const char *id, size_t n)
{
    if (!db->idmap_cap)
        return -1;
    size_t j = id_key(b, id, n) & (db->idmap_cap - 1);
    while (db->idmap[j]) {
        uint32_t i = db->idmap[j] - 1;
        const char *s = db->pool + db->id[i];
        if (db->bank_of[i] == b && strlen(s) == n && memcmp(s, id, n) == 0)
            return (long)i;
        j = (j + 1) & (db->idmap_cap - 1);
    }
    return -1;
}

static void idmap_put(sg_hashdb *db, uint32_t i)
{
    const char *s = db->pool + db->id[i];
    size_t j = id_key(db->bank_of[i], s, strlen(s)) & (db->idmap_cap - 1);
    while (db->idmap[j])
        j = (j + 1) & (db->idmap_cap - 1);
    db->idmap[j] = i + 1;
}

/* ==== lifetime and configuration ==== */

void sg_hashdb_config_init(sg_hashdb_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->min_quality = 50;
    cfg->quarantine_matches = 100;
    cfg->quarantine_window_ms = 60000;
    cfg->index_chunks = 0;
    cfg->max_hashes = 50000000;
    cfg->max_line = 65536;
}

int sg_hashdb_new(sg_hashdb **out)
{
    *out = NULL;
    sg_hashdb *db = calloc(1, sizeof *db);
    if (!db)
        return SG_ENOMEM;
    sg_hashdb_config_init(&db->cfg);
    if (pool_reserve(db, 1) != 0) {
        free(db);
        return SG_ENOMEM;
    }
    db->pool[0] = '\0';
    db->pool_len = 1;
    *out = db;
    return 0;
}

static void qt_reset(sg_hashdb *db)
{
    free(db->qt);
    free(db->rings);
    db->qt = NULL;
    db->rings = NULL;
    db->qt_cap = 0;
}

void sg_hashdb_free(sg_hashdb *db)
{
    if (!db)
        return;
    sg__big_free(db->words, db->cap * 4 * sizeof *db->words);
    free(db->bank_of);
    free(db->status);
    free(db->id);
    free(db->label);
    free(db->source);
    free(db->added);
    free(db->pool);
    free(db->intern);
    free(db->idmap);
    free(db->banks);
    sg__mih_free(&db->mih);
    free(db->hits);
    free(db->hitset);
    qt_reset(db);
    free(db);
}

int sg_hashdb_configure(sg_hashdb *db, const sg_hashdb_config *cfg)
{
    if (!db || !cfg || cfg->min_quality < 0 || cfg->min_quality > 101 ||
        (cfg->quarantine_matches >= 0 && cfg->quarantine_window_ms <= 0) ||
        cfg->quarantine_matches > 1000000 ||
        (cfg->index_chunks != 0 &&
         (cfg->index_chunks < SG__MIH_MIN_CHUNKS || cfg->index_chunks > SG__MIH_MAX_CHUNKS)) ||
        cfg->max_hashes == 0 || cfg->max_hashes > UINT32_MAX - 1 || cfg->max_line < 80)
        return SG_EINVAL;
    if (cfg->quarantine_matches != db->cfg.quarantine_matches)
        qt_reset(db); /* ring sizes change */
    db->cfg = *cfg;
    return 0;
}

size_t sg_hashdb_size(const sg_hashdb *db)
{
    return db ? db->n : 0;
}

/* ==== banks ==== */

static long bank_find(const sg_hashdb *db, const char *name)
{
    for (size_t i = 0; i < db->nbanks; i++)
        if (strcmp(db->pool + db->banks[i].name, name) == 0)
            return (long)i;
    return -1;
}

static int bank_name_ok(const char *name)
{
    size_t n = name ? strlen(name) : 0;
    if (n == 0 || n > MAX_BANK_NAME)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)name[i] < 0x20 || name[i] == '"' || name[i] == '\\' ||
            (unsigned char)name[i] == 0x7f)
            return 0;
    return 1;
}

static long bank_get(sg_hashdb *db, const char *name, int *rc)
{
    *rc = 0;
    long b = bank_find(db, name);
    if (b >= 0)
        return b;
    if (!bank_name_ok(name)) {
        *rc = SG_EINVAL;
        return -1;
    }
    if (db->nbanks >= MAX_BANKS) {
        *rc = SG_ELIMIT;
        return -1;
    }
    if (db->nbanks == db->banks_cap) {
        size_t ncap = db->banks_cap ? db->banks_cap * 2 : 8;
        bank *p = realloc(db->banks, ncap * sizeof *p);
        if (!p) {
            *rc = SG_ENOMEM;
            return -1;
        }
        db->banks = p;
        db->banks_cap = ncap;
    }
    uint32_t off = intern(db, name, strlen(name), rc);
    if (*rc)
        return -1;
    db->banks[db->nbanks].name = off;
    db->banks[db->nbanks].mode = SG_BANK_ENABLED;
    db->banks[db->nbanks].size = 0;
    return (long)db->nbanks++;
}

int sg_hashdb_set_bank_mode(sg_hashdb *db, const char *name, sg_bank_mode mode)
{
    if (!db || !name ||
        (mode != SG_BANK_ENABLED && mode != SG_BANK_DISABLED && mode != SG_BANK_NEGATIVE))
        return SG_EINVAL;
    long b = bank_find(db, name);
    if (b < 0)
        return SG_ENOTFOUND;
    db->banks[b].mode = mode;
    return 0;
}

size_t sg_hashdb_bank_count(const sg_hashdb *db)
{
    return db ? db->nbanks : 0;
}

int sg_hashdb_bank_info(const sg_hashdb *db, size_t i, sg_bank_info *out)
{
    if (!db || !out || i >= db->nbanks)
        return SG_EINVAL;
    out->name = db->pool + db->banks[i].name;
    out->mode = db->banks[i].mode;
    out->size = db->banks[i].size;
    return 0;
}

/* ==== adding hashes ==== */

/* Makes room for `more` hashes in every array and the id map. */
static int reserve_hashes(sg_hashdb *db, size_t more)
{
    if (more > db->cfg.max_hashes || db->n > db->cfg.max_hashes - more)
        return SG_ELIMIT;
    size_t need = db->n + more;
    if (need > db->cap) {
        size_t ncap = db->cap ? db->cap : 1024;
        while (ncap < need)
            ncap *= 2;
        if (ncap > db->cfg.max_hashes)
            ncap = db->cfg.max_hashes;
#define GROW(field, per)                                                 \
    do {                                                                 \
        void *p_ = realloc(db->field, ncap * (per) * sizeof *db->field); \
        if (!p_)                                                         \
            return SG_ENOMEM;                                            \
        db->field = p_;                                                  \
    } while (0)
        uint64_t *w = sg__big_realloc(db->words, db->cap * 4 * sizeof *w, ncap * 4 * sizeof *w);
        if (!w)
            return SG_ENOMEM;
        db->words = w;
        GROW(bank_of, 1);
        GROW(status, 1);
        GROW(id, 1);
        GROW(label, 1);
        GROW(source, 1);
        GROW(added, 1);
#undef GROW
        db->cap = ncap;
    }
    return idmap_grow(db, need);
}

/* Appends one hash; capacity reserved, (bank, id) known to be new. */
static void put_hash(sg_hashdb *db, uint16_t b, const uint64_t w[4], uint32_t id, uint32_t label,
                     uint32_t source, int64_t added)
{
    size_t i = db->n++;
    memcpy(db->words + 4 * i, w, 4 * sizeof *w);
    db->bank_of[i] = b;
    db->status[i] = SG_HASH_ACTIVE;
    db->id[i] = id;
    db->label[i] = label;
    db->source[i] = source;
    db->added[i] = added < 0 ? 0 : added > UINT32_MAX ? UINT32_MAX : (uint32_t)added;
    idmap_put(db, (uint32_t)i);
    db->banks[b].size++;
}

static int id_ok(const char *s, size_t n)
{
    if (n == 0 || n > 255)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] == 0x7f)
            return 0;
    return 1;
}

int sg_hashdb_add(sg_hashdb *db, const char *bankname, const sg_pdq_hash *h, const char *id,
                  const char *label)
{
    int rc;
    if (!db || !bankname || !h)
        return SG_EINVAL;
    uint64_t w[4];
    char hex[65];
    sg__hash_to_words(h, w);
    if (!id) {
        words_to_hex(w, hex);
        id = hex;
    }
    size_t idn = strlen(id), ln = label ? strlen(label) : 0;
    if (!id_ok(id, idn) || ln > 1024)
        return SG_EINVAL;
    long b = bank_get(db, bankname, &rc);
    if (b < 0)
        return rc;
    long old = idmap_find(db, (uint16_t)b, id, idn);
    if (old >= 0)
        return memcmp(db->words + 4 * old, w, sizeof w) == 0 ? 0 : SG_EEXISTS;
    if ((rc = reserve_hashes(db, 1)) != 0)
        return rc;
    uint32_t loff = label ? intern(db, label, ln, &rc) : 0;
    if (rc)
        return rc;
    if ((rc = pool_reserve(db, idn + 1)) != 0)
        return rc;
    uint32_t ioff = pool_put(db, id, idn);
    put_hash(db, (uint16_t)b, w, ioff, loff, 0, (int64_t)time(NULL));
    return 0;
}

int sg_hashdb_set_hash_status(sg_hashdb *db, const char *bankname, const char *id,
                              sg_hash_status st)
{
    if (!db || !bankname || !id ||
        (st != SG_HASH_ACTIVE && st != SG_HASH_CONFIRMED && st != SG_HASH_QUARANTINED))
        return SG_EINVAL;
    long b = bank_find(db, bankname);
    if (b < 0)
        return SG_ENOTFOUND;
    long i = idmap_find(db, (uint16_t)b, id, strlen(id));
    if (i < 0)
        return SG_ENOTFOUND;
    db->status[i] = (uint8_t)st;
    return 0;
}

int sg_hashdb_get(const sg_hashdb *db, const char *bankname, const char *id, sg_hash_info *out)
{
    if (!db || !bankname || !id || !out)
        return SG_EINVAL;
    long b = bank_find(db, bankname);
    if (b < 0)
        return SG_ENOTFOUND;
    long i = idmap_find(db, (uint16_t)b, id, strlen(id));
    if (i < 0)
        return SG_ENOTFOUND;
    out->bank = db->pool + db->banks[b].name;
    out->id = db->pool + db->id[i];
    out->label = db->label[i] ? db->pool + db->label[i] : NULL;
    out->source = db->source[i] ? db->pool + db->source[i] : NULL;
    sg__words_to_hash(db->words + 4 * i, &out->hash);
    out->added = (int64_t)db->added[i];
    out->status = (sg_hash_status)db->status[i];
    return 0;
}

/* ==== import commit: all or nothing ==== */

__attribute__((format(printf, 3, 4))) static void set_err(char *err, size_t cap, const char *fmt,
                                                          ...)
{
    if (!err || !cap)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, cap, fmt, ap);
    va_end(ap);
}

int sg__hashdb_commit(sg_hashdb *db, const char *bankname, const char *name, sg__stage *st,
                      char *err, size_t errcap)
{
    int rc = 0;
    uint32_t *seen = NULL; /* open addressing over staged rows + 1 */
    uint8_t *skip = NULL;
    size_t seen_cap = 16;
    long b = bank_find(db, bankname);
    if (b < 0 && !bank_name_ok(bankname)) {
        set_err(err, errcap, "%s: invalid bank name", name);
        return SG_EINVAL;
    }
    while (seen_cap < st->n * 2)
        seen_cap *= 2;
    seen = calloc(seen_cap, sizeof *seen);
    skip = calloc(st->n ? st->n : 1, 1);
    if (!seen || !skip) {
        rc = SG_ENOMEM;
        goto out;
    }
    /* 1. duplicates: with the bank as it is, and within the input */
    size_t adds = 0, text = 0, strings = 0;
    for (size_t r = 0; r < st->n; r++) {
        sg__staged *row = &st->rows[r];
        const char *id = st->pool + row->id;
        size_t idn = strlen(id);
        if (b >= 0) {
            long old = idmap_find(db, (uint16_t)b, id, idn);
            if (old >= 0) {
                if (memcmp(db->words + 4 * old, row->w, sizeof row->w) != 0) {
                    set_err(err, errcap, "%s:%u: id '%s' is already in bank '%s' with another hash",
                            name, row->line, id, bankname);
                    rc = SG_EEXISTS;
                    goto out;
                }
                skip[r] = 1;
                continue;
            }
        }
        size_t j = fnv(id, idn) & (seen_cap - 1);
        while (seen[j]) {
            sg__staged *o = &st->rows[seen[j] - 1];
            if (strcmp(st->pool + o->id, id) == 0)
                break;
            j = (j + 1) & (seen_cap - 1);
        }
        if (seen[j]) {
            sg__staged *o = &st->rows[seen[j] - 1];
            if (memcmp(o->w, row->w, sizeof row->w) != 0) {
                set_err(err, errcap, "%s:%u: id '%s' was given to another hash on line %u", name,
                        row->line, id, o->line);
                rc = SG_EEXISTS;
                goto out;
            }
            skip[r] = 1;
            continue;
        }
        seen[j] = (uint32_t)r + 1;
        adds++;
        text += idn + 1 + strlen(st->pool + row->label) + 1 + strlen(st->pool + row->source) + 1;
        strings += (row->label != 0) + (row->source != 0);
    }
    /* 2. reserve everything, so that the commit below cannot fail */
    if (adds) {
        text += strlen(name) + 1 + strlen(bankname) + 1;
        if ((rc = reserve_hashes(db, adds)) != 0 || (rc = pool_reserve(db, text)) != 0 ||
            (rc = intern_grow(db, db->intern_n + strings + 2)) != 0) {
            set_err(err, errcap, "%s: %s (%zu hashes held, max_hashes %zu)", name, sg_strerror(rc),
                    db->n, db->cfg.max_hashes);
            goto out;
        }
        if (b < 0) {
            b = bank_get(db, bankname, &rc);
            if (b < 0) {
                set_err(err, errcap, "%s: %s", name, sg_strerror(rc));
                goto out;
            }
        }
    }
    /* 3. commit */
    int64_t now = (int64_t)time(NULL);
    int irc = 0;
    uint32_t default_source = adds ? intern(db, name, strlen(name), &irc) : 0;
    for (size_t r = 0; r < st->n && adds; r++) {
        if (skip[r])
            continue;
        sg__staged *row = &st->rows[r];
        const char *id = st->pool + row->id, *lab = st->pool + row->label,
                   *src = st->pool + row->source;
        uint32_t ioff = pool_put(db, id, strlen(id));
        uint32_t loff = intern(db, lab, strlen(lab), &irc);
        uint32_t soff = *src ? intern(db, src, strlen(src), &irc) : default_source;
        put_hash(db, (uint16_t)b, row->w, ioff, loff, soff, now);
    }
    rc = (int)adds;
out:
    free(seen);
    free(skip);
    return rc;
}

int sg_hashdb_import_mem(sg_hashdb *db, const char *bankname, const char *data, size_t len,
                         const char *name, char *err, size_t errcap)
{
    if (err && errcap)
        err[0] = '\0';
    if (!db || !bankname || (!data && len))
        return SG_EINVAL;
    if (!name)
        name = "(memory)";
    sg__stage st;
    memset(&st, 0, sizeof st);
    size_t room = db->cfg.max_hashes > db->n ? db->cfg.max_hashes - db->n : 0;
    int rc = sg__bank_parse(data ? data : "", len, name, room, db->cfg.max_line, &st, err, errcap);
    if (rc == 0)
        rc = sg__hashdb_commit(db, bankname, name, &st, err, errcap);
    sg__stage_free(&st);
    return rc;
}

int sg_hashdb_import(sg_hashdb *db, const char *bankname, const char *path, char *err,
                     size_t errcap)
{
    int rc = 0, fd = -1;
    void *map = MAP_FAILED;
    char *buf = NULL;
    size_t len = 0;
    if (err && errcap)
        err[0] = '\0';
    if (!db || !bankname || !path)
        return SG_EINVAL;
    fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat sb;
    if (fd < 0 || fstat(fd, &sb) != 0) {
        set_err(err, errcap, "%s: %s", path, strerror(errno));
        rc = errno == ENOENT ? SG_ENOTFOUND : SG_EIO;
        goto out;
    }
    if (S_ISDIR(sb.st_mode)) {
        set_err(err, errcap, "%s: is a directory", path);
        rc = SG_EIO;
        goto out;
    }
    if (S_ISREG(sb.st_mode) && sb.st_size > 0) {
        len = (size_t)sb.st_size;
        map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
        if (map == MAP_FAILED) {
            set_err(err, errcap, "%s: %s", path, strerror(errno));
            rc = SG_EIO;
            goto out;
        }
    } else if (!S_ISREG(sb.st_mode)) {
        /* a pipe or a device: read it, capped at 64 bytes per allowed hash */
        size_t cap = 0, max = db->cfg.max_hashes * 64 + db->cfg.max_line;
        for (;;) {
            if (len == cap) {
                if (cap >= max) {
                    set_err(err, errcap, "%s: larger than %zu bytes", path, max);
                    rc = SG_ETOOBIG;
                    goto out;
                }
                cap = cap ? cap * 2 : 65536;
                char *p = realloc(buf, cap);
                if (!p) {
                    rc = SG_ENOMEM;
                    goto out;
                }
                buf = p;
            }
            ssize_t got = read(fd, buf + len, cap - len);
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0) {
                set_err(err, errcap, "%s: %s", path, strerror(errno));
                rc = SG_EIO;
                goto out;
            }
            if (got == 0)
                break;
            len += (size_t)got;
        }
    }
    rc = sg_hashdb_import_mem(db, bankname, map != MAP_FAILED ? map : buf, len, path, err, errcap);
out:
    if (map != MAP_FAILED)
        munmap(map, len);
    if (fd >= 0)
        close(fd);
    free(buf);
    return rc;
}

/* ==== build ==== */

/* Gives back the slack of the last doubling (up to half the arrays); best
 * effort: a failed shrink leaves the larger block in place. */
static void shrink_to_fit(sg_hashdb *db)
{
    size_t n = db->n;
    if (n == db->cap)
        return;
    uint64_t *w = sg__big_realloc(db->words, db->cap * 4 * sizeof *w, n * 4 * sizeof *w);
    if (!w)
        return;
    db->words = w;
#define SHRINK(field)                                         \
    do {                                                      \
        void *p_ = realloc(db->field, n * sizeof *db->field); \
        if (p_)                                               \
            db->field = p_;                                   \
    } while (0)
    SHRINK(bank_of);
    SHRINK(status);
    SHRINK(id);
    SHRINK(label);
    SHRINK(source);
    SHRINK(added);
#undef SHRINK
    db->cap = n;
}

int sg_hashdb_build(sg_hashdb *db)
{
    if (!db)
        return SG_EINVAL;
    if (db->n == 0) {
        sg__mih_free(&db->mih);
        return 0;
    }
    shrink_to_fit(db);
    return sg__mih_build(&db->mih, db->words, db->n, db->cfg.index_chunks);
}

/* ==== queries ==== */

static size_t hit_slot(uint32_t idx, size_t cap)
{
    return (size_t)((idx * 0x9e3779b97f4a7c15ull) >> 32) & (cap - 1);
}

static uint64_t hit_entry(uint32_t idx, size_t pos)
{
    return ((uint64_t)idx + 1) << 32 | (uint32_t)pos;
}

static int hits_reserve(sg_hashdb *db)
{
    if (db->nhits == db->hits_cap) {
        size_t ncap = db->hits_cap ? db->hits_cap * 2 : 64;
        hit *p = realloc(db->hits, ncap * sizeof *p);
        if (!p)
            return SG_ENOMEM;
        db->hits = p;
        db->hits_cap = ncap;
    }
    if ((db->nhits + 1) * 2 > db->hitset_cap) {
        size_t ncap = db->hitset_cap ? db->hitset_cap * 2 : 128;
        uint64_t *t = calloc(ncap, sizeof *t);
        if (!t)
            return SG_ENOMEM;
        for (size_t k = 0; k < db->nhits; k++) {
            size_t j = hit_slot(db->hits[k].idx, ncap);
            while (t[j])
                j = (j + 1) & (ncap - 1);
            t[j] = hit_entry(db->hits[k].idx, k);
        }
        free(db->hitset);
        db->hitset = t;
        db->hitset_cap = ncap;
    }
    return 0;
}

static void on_hit(void *ud, uint32_t idx, int distance, int variant)
{
    sg_hashdb *db = ud;
    uint8_t st = db->status[idx];
    sg_bank_mode mode = db->banks[db->bank_of[idx]].mode;
    if (st == SG_HASH_QUARANTINED || mode == SG_BANK_DISABLED)
        return;
    if (mode == SG_BANK_NEGATIVE) {
        db->suppressed = true;
        return;
    }
    if (db->hitset_cap) {
        size_t j = hit_slot(idx, db->hitset_cap);
        while (db->hitset[j]) {
            if (db->hitset[j] >> 32 == (uint64_t)idx + 1) {
                hit *h = &db->hits[(uint32_t)db->hitset[j]];
                if (distance < h->distance || (distance == h->distance && variant < h->variant)) {
                    h->distance = (uint8_t)distance;
                    h->variant = (uint8_t)variant;
                }
                return;
            }
            j = (j + 1) & (db->hitset_cap - 1);
        }
    }
    int rc = hits_reserve(db);
    if (rc) {
        db->hit_error = rc;
        return;
    }
    size_t k = db->nhits++;
    db->hits[k].idx = idx;
    db->hits[k].distance = (uint8_t)distance;
    db->hits[k].variant = (uint8_t)variant;
    size_t j = hit_slot(idx, db->hitset_cap);
    while (db->hitset[j])
        j = (j + 1) & (db->hitset_cap - 1);
    db->hitset[j] = hit_entry(idx, k);
}

static int hit_cmp(const void *a, const void *b)
{
    const hit *x = a, *y = b;
    if (x->distance != y->distance)
        return x->distance < y->distance ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static void push_event(sg_hashdb *db, uint32_t idx, int64_t ts, int matches)
{
    if (db->ev_n == EVENT_QUEUE) {
        db->ev_head = (db->ev_head + 1) % EVENT_QUEUE;
        db->ev_n--;
        db->st_dropped++;
    }
    qevent *e = &db->events[(db->ev_head + db->ev_n) % EVENT_QUEUE];
    e->idx = idx;
    e->ts = ts;
    e->matches = matches;
    db->ev_n++;
}

/* Records a match of hash idx at time ts; returns 1 if the hash has just
 * been quarantined (the match is then not reported). */
static int note_match(sg_hashdb *db, uint32_t idx, int64_t ts)
{
    int t = db->cfg.quarantine_matches;
    if (t < 0)
        return 0;
    size_t ring = (size_t)t + 1;
    if (!db->qt) {
        size_t slots = QT_RING_BUDGET / ring;
        if (slots > QT_MAX_SLOTS)
            slots = QT_MAX_SLOTS;
        slots -= slots % QT_WAYS;
        if (slots < QT_WAYS)
            slots = QT_WAYS;
        db->qt = calloc(slots, sizeof *db->qt);
        db->rings = malloc(slots * ring * sizeof *db->rings);
        if (!db->qt || !db->rings) {
            qt_reset(db);
            return 0; /* tracking is best effort under memory pressure */
        }
        db->qt_cap = slots;
    }
    /* 4-way set associative: a hash can only live in the 4 slots of its
     * set, and a newcomer takes the slot idle longest. O(1) per match. */
    size_t set = (size_t)((idx * 0x9e3779b97f4a7c15ull) >> 32) % (db->qt_cap / QT_WAYS);
    qslot *s = NULL, *idle = NULL;
    for (size_t i = set * QT_WAYS; i < (set + 1) * QT_WAYS; i++) {
        qslot *c = &db->qt[i];
        if (c->idx1 == idx + 1) {
            s = c;
            break;
        }
        if (!idle || !c->idx1 || (idle->idx1 && c->last < idle->last))
            idle = c;
    }
    if (!s) {
        s = idle;
        s->idx1 = idx + 1;
        s->head = s->count = 0;
    }
    int64_t *r = db->rings + (size_t)(s - db->qt) * ring;
    s->last = ts;
    r[s->head] = ts;
    s->head = (uint32_t)((s->head + 1) % ring);
    if (s->count < ring)
        s->count++;
    if (s->count == ring) {
        int64_t oldest = r[s->head]; /* the slot to be overwritten next */
        if (ts - oldest < db->cfg.quarantine_window_ms) {
            db->status[idx] = SG_HASH_QUARANTINED;
            db->st_auto++;
            push_event(db, idx, ts, (int)ring);
            s->idx1 = 0;
            return 1;
        }
    }
    return 0;
}

int sg_hashdb_query_ex(sg_hashdb *db, const sg_pdq_hash *q, size_t nq, int radius, int quality,
                       int64_t ts_ms, sg_match *out, size_t cap)
{
    if (!db || (!q && nq) || radius < 0 || radius > 256 || nq > 64 || (!out && cap))
        return SG_EINVAL;
    db->st_queries++;
    if (quality >= 0 && quality < db->cfg.min_quality) {
        db->st_low_quality++;
        return 0;
    }
    if (nq == 0 || db->n == 0)
        return 0;
    uint64_t qw[64 * 4];
    for (size_t v = 0; v < nq; v++)
        sg__hash_to_words(&q[v], qw + 4 * v);
    /* clear the previous query's hits */
    /* by hash index, since the hits were sorted after insertion; a slot
     * is only ever found within its original probe chain (holes left by
     * earlier clears are stepped over), so this is O(hits) */
    for (size_t k = 0; k < db->nhits; k++) {
        uint64_t key = (uint64_t)db->hits[k].idx + 1;
        size_t j = hit_slot(db->hits[k].idx, db->hitset_cap);
        while (db->hitset[j] >> 32 != key)
            j = (j + 1) & (db->hitset_cap - 1);
        db->hitset[j] = 0;
    }
    db->nhits = 0;
    db->suppressed = false;
    db->hit_error = 0;
    size_t indexed = db->mih.m ? db->mih.n : 0;
    if (indexed) {
        int rc = sg__mih_query(&db->mih, db->words, qw, nq, radius, on_hit, db);
        if (rc)
            return rc;
    }
    sg__scan(db->words, indexed, db->n, qw, nq, radius, on_hit, db);
    if (db->hit_error)
        return db->hit_error;
    if (db->suppressed) {
        db->st_suppressed++;
        return 0;
    }
    if (db->nhits > 1)
        qsort(db->hits, db->nhits, sizeof *db->hits, hit_cmp);
    size_t nout = 0;
    for (size_t k = 0; k < db->nhits; k++) {
        const hit *h = &db->hits[k];
        if (note_match(db, h->idx, ts_ms))
            continue;
        if (nout < cap) {
            sg_match *m = &out[nout];
            m->bank = db->pool + db->banks[db->bank_of[h->idx]].name;
            m->id = db->pool + db->id[h->idx];
            m->label = db->label[h->idx] ? db->pool + db->label[h->idx] : NULL;
            sg__words_to_hash(db->words + 4 * (size_t)h->idx, &m->hash);
            m->distance = h->distance;
            m->variant = (sg_dihedral)h->variant;
        }
        nout++;
    }
    db->st_matches += nout;
    return nout > INT32_MAX ? INT32_MAX : (int)nout;
}

static int64_t monotonic_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int sg_hashdb_query(sg_hashdb *db, const sg_pdq_hash *q, size_t nq, int radius, sg_match *out,
                    size_t cap)
{
    return sg_hashdb_query_ex(db, q, nq, radius, -1, monotonic_ms(), out, cap);
}

/* ==== events and stats ==== */

int sg_hashdb_next_event(sg_hashdb *db, sg_hashdb_event *out)
{
    if (!db || !out || db->ev_n == 0)
        return 0;
    qevent *e = &db->events[db->ev_head];
    db->ev_head = (db->ev_head + 1) % EVENT_QUEUE;
    db->ev_n--;
    out->bank = db->pool + db->banks[db->bank_of[e->idx]].name;
    out->id = db->pool + db->id[e->idx];
    sg__words_to_hash(db->words + 4 * (size_t)e->idx, &out->hash);
    out->ts_ms = e->ts;
    out->matches = e->matches;
    return 1;
}

void sg_hashdb_get_stats(const sg_hashdb *db, sg_hashdb_stats *out)
{
    memset(out, 0, sizeof *out);
    if (!db)
        return;
    out->hashes = db->n;
    out->indexed = db->mih.m ? db->mih.n : 0;
    out->banks = db->nbanks;
    for (size_t i = 0; i < db->n; i++)
        out->quarantined += db->status[i] == SG_HASH_QUARANTINED;
    out->auto_quarantined = db->st_auto;
    out->queries = db->st_queries;
    out->low_quality = db->st_low_quality;
    out->matches = db->st_matches;
    out->suppressed = db->st_suppressed;
    out->events_dropped = db->st_dropped;
    out->index_chunks = db->mih.m;
    out->index_bytes = sg__mih_bytes(&db->mih);
    size_t per = 4 * sizeof(uint64_t) + sizeof(uint16_t) + sizeof(uint8_t) + 3 * sizeof(uint32_t) +
                 sizeof(uint32_t);
    out->bytes =
        sizeof *db + db->cap * per + db->pool_cap + db->intern_cap * sizeof(uint32_t) +
        db->idmap_cap * sizeof(uint32_t) + db->banks_cap * sizeof(bank) + out->index_bytes +
        db->hits_cap * sizeof(hit) + db->hitset_cap * sizeof(uint64_t) +
        db->qt_cap * (sizeof(qslot) + ((size_t)(db->cfg.quarantine_matches + 1)) * sizeof(int64_t));
}

/* ==== snapshots ====
 *
 * A compact binary image of the store (not of the index, which is rebuilt
 * in seconds): header, banks, the per-hash arrays, the string pool, and a
 * 64-bit FNV-1a checksum of everything before it. Native byte order and
 * layout: a snapshot is for restarting the same build on the same machine,
 * not an exchange format (that is what the CSV import is for). Loading
 * checks every count, offset and index before using it: a corrupt or
 * hostile file gives SG_EFORMAT, never a crash. */

#define SNAP_MAGIC "SGHDBv01"

typedef struct snap_header {
    char magic[8];
    uint64_t n, nbanks, pool_len;
} snap_header;

typedef struct snap_bank {
    uint32_t name, mode;
} snap_bank;

static size_t snap_size(uint64_t n, uint64_t nbanks, uint64_t pool_len)
{
    return sizeof(snap_header) + nbanks * sizeof(snap_bank) +
           n * (4 * sizeof(uint64_t) + sizeof(uint16_t) + sizeof(uint8_t) + 4 * sizeof(uint32_t)) +
           pool_len + sizeof(uint64_t);
}

typedef struct snap_writer {
    FILE *f;
    uint64_t sum;
    int err;
} snap_writer;

static void snap_put(snap_writer *w, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) {
        w->sum ^= b[i];
        w->sum *= 1099511628211ull;
    }
    if (n && fwrite(p, 1, n, w->f) != n)
        w->err = 1;
}

int sg_hashdb_save(const sg_hashdb *db, const char *path, char *err, size_t errcap)
{
    if (err && errcap)
        err[0] = '\0';
    if (!db || !path)
        return SG_EINVAL;
    char tmp[4096];
    if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp", path) >= sizeof tmp)
        return SG_EINVAL;
    snap_writer w = { fopen(tmp, "wb"), 1469598103934665603ull, 0 };
    if (!w.f) {
        set_err(err, errcap, "%s: %s", tmp, strerror(errno));
        return SG_EIO;
    }
    snap_header h;
    memcpy(h.magic, SNAP_MAGIC, 8);
    h.n = db->n;
    h.nbanks = db->nbanks;
    h.pool_len = db->pool_len;
    snap_put(&w, &h, sizeof h);
    for (size_t b = 0; b < db->nbanks; b++) {
        snap_bank sb = { db->banks[b].name, (uint32_t)db->banks[b].mode };
        snap_put(&w, &sb, sizeof sb);
    }
    snap_put(&w, db->words, db->n * 4 * sizeof *db->words);
    snap_put(&w, db->bank_of, db->n * sizeof *db->bank_of);
    snap_put(&w, db->status, db->n * sizeof *db->status);
    snap_put(&w, db->id, db->n * sizeof *db->id);
    snap_put(&w, db->label, db->n * sizeof *db->label);
    snap_put(&w, db->source, db->n * sizeof *db->source);
    snap_put(&w, db->added, db->n * sizeof *db->added);
    snap_put(&w, db->pool, db->pool_len);
    uint64_t sum = w.sum;
    snap_put(&w, &sum, sizeof sum);
    if (fclose(w.f) != 0)
        w.err = 1;
    if (w.err || rename(tmp, path) != 0) {
        set_err(err, errcap, "%s: %s", path, strerror(errno));
        unlink(tmp);
        return SG_EIO;
    }
    return 0;
}

/* Adds the string at pool offset off to the intern table unless an equal
 * string is there already. */
static int intern_register(sg_hashdb *db, uint32_t off)
{
    if (!off)
        return 0;
    int rc = intern_grow(db, db->intern_n + 1);
    if (rc)
        return rc;
    const char *s = db->pool + off;
    size_t j = fnv(s, strlen(s)) & (db->intern_cap - 1);
    while (db->intern[j]) {
        if (strcmp(db->pool + db->intern[j], s) == 0)
            return 0;
        j = (j + 1) & (db->intern_cap - 1);
    }
    db->intern[j] = off;
    db->intern_n++;
    return 0;
}

static bool string_start(const char *pool, size_t len, uint32_t off)
{
    return off < len && (off == 0 || pool[off - 1] == '\0');
}

int sg_hashdb_load_mem(sg_hashdb *db, const void *data, size_t len, const char *name, char *err,
                       size_t errcap)
{
    const unsigned char *p = data;
    int rc = 0;
    if (err && errcap)
        err[0] = '\0';
    if (!db || (!data && len))
        return SG_EINVAL;
    if (!name)
        name = "(memory)";
    if (db->n || db->nbanks) {
        set_err(err, errcap, "%s: snapshots load into an empty db", name);
        return SG_ESTATE;
    }
    snap_header h;
    if (len < sizeof h + sizeof(uint64_t)) {
        set_err(err, errcap, "%s: too short for a snapshot", name);
        return SG_EFORMAT;
    }
    memcpy(&h, p, sizeof h);
    if (memcmp(h.magic, SNAP_MAGIC, 8) != 0) {
        set_err(err, errcap, "%s: not a streamguard hash snapshot (or another version)", name);
        return SG_EFORMAT;
    }
    if (h.n > db->cfg.max_hashes || h.nbanks > MAX_BANKS || h.pool_len == 0 ||
        h.pool_len > POOL_MAX || snap_size(h.n, h.nbanks, h.pool_len) != len) {
        set_err(err, errcap, "%s: sizes do not add up (corrupt or truncated)", name);
        return SG_EFORMAT;
    }
    uint64_t sum = 1469598103934665603ull, stored;
    for (size_t i = 0; i + sizeof stored < len; i++) {
        sum ^= p[i];
        sum *= 1099511628211ull;
    }
    memcpy(&stored, p + len - sizeof stored, sizeof stored);
    if (sum != stored) {
        set_err(err, errcap, "%s: checksum mismatch (corrupt)", name);
        return SG_EFORMAT;
    }
    size_t n = (size_t)h.n, nb = (size_t)h.nbanks, plen = (size_t)h.pool_len;
    const unsigned char *q = p + sizeof h;
    const unsigned char *banks = q;
    q += nb * sizeof(snap_bank);
    const unsigned char *words = q, *bank_of = words + n * 32, *status = bank_of + n * 2,
                        *ids = status + n, *labels = ids + n * 4, *sources = labels + n * 4,
                        *added = sources + n * 4, *pool = added + n * 4;
    if (pool[0] != '\0' || pool[plen - 1] != '\0') {
        set_err(err, errcap, "%s: bad string pool", name);
        return SG_EFORMAT;
    }
    /* 1. validate everything before touching db */
    for (size_t b = 0; b < nb; b++) {
        snap_bank sb;
        memcpy(&sb, banks + b * sizeof sb, sizeof sb);
        if (sb.mode > SG_BANK_NEGATIVE || !sb.name ||
            !string_start((const char *)pool, plen, sb.name) ||
            !bank_name_ok((const char *)pool + sb.name)) {
            set_err(err, errcap, "%s: bank %zu is invalid", name, b);
            return SG_EFORMAT;
        }
        for (size_t o = 0; o < b; o++) {
            snap_bank ob;
            memcpy(&ob, banks + o * sizeof ob, sizeof ob);
            if (strcmp((const char *)pool + ob.name, (const char *)pool + sb.name) == 0) {
                set_err(err, errcap, "%s: bank name repeated", name);
                return SG_EFORMAT;
            }
        }
    }
    for (size_t i = 0; i < n; i++) {
        uint16_t b;
        uint32_t io, lo, so;
        memcpy(&b, bank_of + 2 * i, 2);
        memcpy(&io, ids + 4 * i, 4);
        memcpy(&lo, labels + 4 * i, 4);
        memcpy(&so, sources + 4 * i, 4);
        if (b >= nb || status[i] > SG_HASH_QUARANTINED || !io ||
            !string_start((const char *)pool, plen, io) ||
            !string_start((const char *)pool, plen, lo) ||
            !string_start((const char *)pool, plen, so) ||
            !id_ok((const char *)pool + io, strlen((const char *)pool + io))) {
            set_err(err, errcap, "%s: hash %zu is invalid", name, i);
            return SG_EFORMAT;
        }
    }
    /* 2. allocate */
    if ((rc = pool_reserve(db, plen)) != 0 || (rc = reserve_hashes(db, n ? n : 1)) != 0) {
        set_err(err, errcap, "%s: %s", name, sg_strerror(rc));
        goto fail;
    }
    db->banks = malloc((nb ? nb : 1) * sizeof *db->banks);
    if (!db->banks) {
        rc = SG_ENOMEM;
        goto fail;
    }
    db->banks_cap = nb ? nb : 1;
    /* 3. fill, rebuilding the intern table and the id map */
    memcpy(db->pool, pool, plen);
    db->pool_len = plen;
    for (size_t b = 0; b < nb; b++) {
        snap_bank sb;
        memcpy(&sb, banks + b * sizeof sb, sizeof sb);
        db->banks[b].name = sb.name;
        db->banks[b].mode = (sg_bank_mode)sb.mode;
        db->banks[b].size = 0;
        if ((rc = intern_register(db, sb.name)) != 0)
            goto fail;
    }
    db->nbanks = nb;
    memcpy(db->words, words, n * 32);
    memcpy(db->bank_of, bank_of, n * 2);
    memcpy(db->status, status, n);
    memcpy(db->id, ids, n * 4);
    memcpy(db->label, labels, n * 4);
    memcpy(db->source, sources, n * 4);
    memcpy(db->added, added, n * 4);
    for (size_t i = 0; i < n; i++) {
        const char *id = db->pool + db->id[i];
        if (idmap_find(db, db->bank_of[i], id, strlen(id)) >= 0) {
            set_err(err, errcap, "%s: id '%.64s' repeated in bank '%s'", name, id,
                    db->pool + db->banks[db->bank_of[i]].name);
            db->n = i;
            rc = SG_EFORMAT;
            goto fail;
        }
        db->n = i + 1;
        idmap_put(db, (uint32_t)i);
        db->banks[db->bank_of[i]].size++;
        if ((rc = intern_register(db, db->label[i])) != 0 ||
            (rc = intern_register(db, db->source[i])) != 0)
            goto fail;
    }
    rc = sg_hashdb_build(db);
    if (rc == 0)
        return (int)(n > INT32_MAX ? INT32_MAX : n);
fail:
    /* back to an empty db */
    db->n = 0;
    db->nbanks = 0;
    db->pool_len = 1;
    if (db->intern)
        memset(db->intern, 0, db->intern_cap * sizeof *db->intern);
    db->intern_n = 0;
    if (db->idmap)
        memset(db->idmap, 0, db->idmap_cap * sizeof *db->idmap);
    sg__mih_free(&db->mih);
    if (err && errcap && !err[0])
        set_err(err, errcap, "%s: %s", name, sg_strerror(rc));
    return rc;
}

int sg_hashdb_load(sg_hashdb *db, const char *path, char *err, size_t errcap)
{
    int rc, fd;
    struct stat sb;
    if (err && errcap)
        err[0] = '\0';
    if (!db || !path)
        return SG_EINVAL;
    fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0 || fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
        set_err(err, errcap, "%s: %s", path, fd < 0 ? strerror(errno) : "not a regular file");
        rc = fd < 0 && errno == ENOENT ? SG_ENOTFOUND : SG_EIO;
        if (fd >= 0)
            close(fd);
        return rc;
    }
    size_t len = (size_t)sb.st_size;
    void *map = len ? mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0) : NULL;
    close(fd);
    if (len && map == MAP_FAILED) {
        set_err(err, errcap, "%s: %s", path, strerror(errno));
        return SG_EIO;
    }
    rc = sg_hashdb_load_mem(db, len ? map : "", len, path, err, errcap);
    if (len)
        munmap(map, len);
    return rc;
}
