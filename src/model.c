/* model.c — the tactic model: file parser and scorer (see model.h).
 *
 * ---------------------------------------------------------------------------
 * File format (text, UTF-8, one record per line; written by
 * tools/train_tactics.py, readable and diffable)
 * ---------------------------------------------------------------------------
 *   # comments and blank lines are ignored
 *   streamguard-tactic-model 1
 *   tactics flattery personal_info ...   (the columns, each code once)
 *   threshold 0.85                       (probability at which a tactic fires)
 *   weight 0.35                          (evidence weight of a model hit)
 *   unless ctx.a ctx.b                   (optional: rule ids or tactic codes
 *                                         that, firing on the same message,
 *                                         suppress model hits; as `unless:`)
 *   f<TAB>FEATURE<TAB>w1 w2 ... wN       (one weight per column)
 * FEATURE is `bias`, `minor`, `bc`, `u:TOKEN` or `b:TOKEN TOKEN`. The header
 * lines come first, in this order. Caps: SG__MODEL_MAX_FEATURES features, a
 * feature of at most SG__MODEL_MAX_FEATURE bytes, weights finite and
 * within +-100. Anything else is refused with its line.
 *
 * ---------------------------------------------------------------------------
 * Scoring
 * ---------------------------------------------------------------------------
 * Tokens of the normalised text are runs of [a-z0-9'], or any other single
 * character (a UTF-8 sequence counts as one); whitespace separates. The
 * features of a message are the set of its tokens (`u:`), of its adjacent
 * token pairs (`b:`), `bias`, and `minor` (the scorer is only asked about
 * broadcasters who may be minors, from viewers, so `minor` is always on
 * and `bc` off). Each tactic's probability is the logistic of the sum of
 * the weights of the features present, each counted once. This is exactly
 * the training script's computation (tools/train_tactics.py), so the file
 * means the same thing in both.
 *
 * Features are found through an open-addressing table of 64-bit keys: a
 * token's key is the hash of its bytes, a unigram's the token key mixed
 * with a `u` constant, a pair's the two token keys mixed in order with a `b`
 * constant, so scoring hashes each token once and builds no strings. The
 * loader derives the same keys from the feature text. A key collision
 * between two features of one file is refused at load (never seen, but the
 * file would then be ambiguous).
 * Cost per message: one pass over the bytes, ~2 lookups per token, and
 * columns x features multiply-adds; no allocation. */
#include "model.h"

#include "table.h" /* sg__hash_str, sg__hash_mix */

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A feature's weights fill one 64-byte row, so scoring reads one cache line
 * per feature and sums all columns in one vector loop. */
#define STRIDE 16
_Static_assert(SG_T__COUNT <= STRIDE, "a weight row holds every tactic");

struct sg__model {
    int ncols;
    sg_tactic col_tactic[SG_T__COUNT];
    float threshold, weight;
    float zmin;   /* logit of the threshold: p >= threshold iff z >= zmin */
    char *unless; /* comma list, NULL if none */
    size_t nfeat;
    float *w; /* nfeat rows of STRIDE floats: the columns, then zeros */
    struct slot {
        uint64_t key; /* 0 = empty */
        uint64_t feat;
    } * table; /* open addressing; key and index side by side: one miss */
    size_t mask;
    uint32_t bias, minor; /* feature indices, UINT32_MAX if absent */
};

#define SEED_TOKEN 0x51ed27a3c9b1f00dull
#define KEY_U      0x75ull /* 'u' */
#define KEY_B      0x62ull /* 'b' */

static inline uint64_t token_key(const char *s, size_t n)
{
    return sg__hash_str(s, n, SEED_TOKEN);
}

static inline uint64_t nz(uint64_t h)
{
    return h ? h : 1;
}

static inline uint64_t uni_key(uint64_t t)
{
    return nz(sg__hash_mix(KEY_U, t));
}

static inline uint64_t bi_key(uint64_t t1, uint64_t t2)
{
    return nz(sg__hash_mix(sg__hash_mix(KEY_B, t1), t2));
}

/* The key of a feature given as text (the file's second column). */
static uint64_t feature_key(const char *s, size_t n)
{
    if (n > 2 && s[0] == 'u' && s[1] == ':')
        return uni_key(token_key(s + 2, n - 2));
    if (n > 2 && s[0] == 'b' && s[1] == ':') {
        const char *sp = memchr(s + 2, ' ', n - 2);
        if (sp && sp > s + 2 && sp + 1 < s + n)
            return bi_key(token_key(s + 2, (size_t)(sp - (s + 2))),
                          token_key(sp + 1, (size_t)(s + n - (sp + 1))));
    }
    return nz(sg__hash_str(s, n, 0x0ddba11ull)); /* bias, minor, bc, ... */
}

static uint32_t lookup(const sg__model *m, uint64_t h)
{
    for (size_t i = h & m->mask;; i = (i + 1) & m->mask) {
        if (m->table[i].key == h)
            return (uint32_t)m->table[i].feat;
        if (m->table[i].key == 0)
            return UINT32_MAX;
    }
}

void sg__model_free(sg__model *m)
{
    if (!m)
        return;
    free(m->w);
    free(m->unless);
    free(m->table);
    free(m);
}

size_t sg__model_nfeatures(const sg__model *m)
{
    return m ? m->nfeat : 0;
}

uint32_t sg__model_tactics(const sg__model *m)
{
    uint32_t b = 0;
    for (int i = 0; m && i < m->ncols; i++)
        b |= 1u << m->col_tactic[i];
    return b;
}

float sg__model_threshold(const sg__model *m)
{
    return m ? m->threshold : 1.0f;
}

const char *sg__model_unless(const sg__model *m)
{
    return m ? m->unless : NULL;
}

float sg__model_weight(const sg__model *m)
{
    return m ? m->weight : 0.0f;
}

/* ---- parsing ------------------------------------------------------------ */

typedef struct cursor {
    const char *p, *end;
    int line;
} cursor;

/* Next line (without its newline) that is not blank or a comment. */
static bool next_line(cursor *c, const char **s, size_t *n)
{
    while (c->p < c->end) {
        const char *nl = memchr(c->p, '\n', (size_t)(c->end - c->p));
        const char *e = nl ? nl : c->end;
        *s = c->p;
        *n = (size_t)(e - c->p);
        c->p = nl ? nl + 1 : c->end;
        c->line++;
        if (*n && (*s)[*n - 1] == '\r')
            (*n)--;
        size_t i = 0;
        while (i < *n && ((*s)[i] == ' ' || (*s)[i] == '\t'))
            i++;
        if (i == *n || (*s)[i] == '#')
            continue;
        return true;
    }
    return false;
}

static bool starts(const char *s, size_t n, const char *word)
{
    size_t k = strlen(word);
    return n > k && memcmp(s, word, k) == 0 && s[k] == ' ';
}

/* Parses a float in [-100, 100] from s[0..n), advancing; false if none. */
static bool get_float(const char **s, const char *end, float *out)
{
    char buf[48];
    const char *p = *s;
    while (p < end && *p == ' ')
        p++;
    size_t k = 0;
    while (p + k < end && p[k] != ' ' && k < sizeof buf - 1) {
        char ch = p[k];
        if (!((ch >= '0' && ch <= '9') || ch == '-' || ch == '+' || ch == '.' || ch == 'e' ||
              ch == 'E'))
            return false;
        buf[k] = ch;
        k++;
    }
    if (k == 0 || (p + k < end && p[k] != ' '))
        return false;
    buf[k] = '\0';
    char *e;
    double v = strtod(buf, &e);
    if (*e || !isfinite(v) || v < -100 || v > 100)
        return false;
    *out = (float)v;
    *s = p + k;
    return true;
}

static int fail(int *errline, int line, char *err, size_t cap, const char *msg)
{
    *errline = line;
    snprintf(err, cap, "%s", msg);
    return SG_ERULE;
}

int sg__model_parse(const char *data, size_t len, sg__model **out, int *errline, char *err,
                    size_t errcap)
{
    cursor c = { data, data + len, 0 };
    const char *s;
    size_t n;
    int rc = 0;
    *out = NULL;
    *errline = 0;
    sg__model *m = calloc(1, sizeof *m);
    if (!m)
        return SG_ENOMEM;
    m->bias = m->minor = UINT32_MAX;
    if (!data || !next_line(&c, &s, &n) || n != 26 ||
        memcmp(s, "streamguard-tactic-model 1", 26) != 0) {
        rc = fail(errline, c.line, err, errcap,
                  "expected 'streamguard-tactic-model 1' as the first line");
        goto out;
    }
    if (!next_line(&c, &s, &n) || !starts(s, n, "tactics")) {
        rc = fail(errline, c.line, err, errcap, "expected 'tactics CODE...'");
        goto out;
    }
    for (size_t i = 8; i < n;) {
        while (i < n && s[i] == ' ')
            i++;
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        if (j == i)
            break;
        int t = sg_tactic_parse(s + i, j - i);
        bool dup = false;
        for (int k = 0; k < m->ncols; k++)
            dup |= t >= 0 && m->col_tactic[k] == (sg_tactic)t;
        if (t < 0 || t >= SG_T__COUNT || dup || m->ncols >= SG_T__COUNT) {
            rc = fail(errline, c.line, err, errcap,
                      "'tactics' lists an unknown, context or repeated tactic code");
            goto out;
        }
        m->col_tactic[m->ncols++] = (sg_tactic)t;
        i = j;
    }
    if (m->ncols == 0) {
        rc = fail(errline, c.line, err, errcap, "'tactics' lists no tactic code");
        goto out;
    }
    const char *p;
    if (!next_line(&c, &s, &n) || !starts(s, n, "threshold") ||
        !(p = s + 10, get_float(&p, s + n, &m->threshold)) || p != s + n ||
        !(m->threshold > 0 && m->threshold < 1)) {
        rc = fail(errline, c.line, err, errcap, "expected 'threshold P' with 0 < P < 1");
        goto out;
    }
    m->zmin = logf(m->threshold / (1.0f - m->threshold));
    if (!next_line(&c, &s, &n) || !starts(s, n, "weight") ||
        !(p = s + 7, get_float(&p, s + n, &m->weight)) || p != s + n ||
        !(m->weight > 0 && m->weight <= 1)) {
        rc = fail(errline, c.line, err, errcap, "expected 'weight W' with 0 < W <= 1");
        goto out;
    }
    cursor peek = c;
    if (next_line(&peek, &s, &n) && starts(s, n, "unless")) {
        c = peek;
        if (n - 7 > 4096 || !(m->unless = malloc(n - 7 + 1))) {
            rc = n - 7 > 4096 ? fail(errline, c.line, err, errcap, "'unless' line too long")
                              : SG_ENOMEM;
            goto out;
        }
        for (size_t i = 7; i < n; i++) /* the list syntax of `unless:` */
            m->unless[i - 7] = s[i] == ' ' ? ',' : s[i];
        m->unless[n - 7] = '\0';
    }
    /* Features: count the lines first so the table is sized once. */
    cursor c2 = c;
    size_t cap = 0;
    while (next_line(&c2, &s, &n))
        if (++cap > SG__MODEL_MAX_FEATURES) {
            rc = fail(errline, c2.line, err, errcap, "too many features");
            goto out;
        }
    size_t tsize = 16;
    while (tsize < cap * 2)
        tsize *= 2;
    m->mask = tsize - 1;
    m->table = calloc(tsize, sizeof *m->table);
    m->w = aligned_alloc(64, (cap ? cap : 1) * STRIDE * sizeof *m->w);
    if (!m->table || !m->w) {
        rc = SG_ENOMEM;
        goto out;
    }
    while (next_line(&c, &s, &n)) {
        const char *t1 = n > 2 && s[0] == 'f' && s[1] == '\t' ? s + 2 : NULL;
        const char *t2 = t1 ? memchr(t1, '\t', (size_t)(s + n - t1)) : NULL;
        size_t flen = t2 ? (size_t)(t2 - t1) : 0;
        if (!t2 || flen == 0 || flen > SG__MODEL_MAX_FEATURE) {
            rc = fail(errline, c.line, err, errcap,
                      "expected 'f<TAB>FEATURE<TAB>weights' (feature of 1 to 128 bytes)");
            goto out;
        }
        float *w = m->w + m->nfeat * STRIDE;
        memset(w, 0, STRIDE * sizeof *w);
        const char *q = t2 + 1;
        for (int k = 0; k < m->ncols; k++)
            if (!get_float(&q, s + n, &w[k])) {
                rc = fail(errline, c.line, err, errcap,
                          "a feature needs one weight per tactic column, each within +-100");
                goto out;
            }
        if (q != s + n) {
            rc = fail(errline, c.line, err, errcap, "more weights than tactic columns");
            goto out;
        }
        uint64_t h = feature_key(t1, flen);
        size_t i = h & m->mask;
        while (m->table[i].key && m->table[i].key != h)
            i = (i + 1) & m->mask;
        if (m->table[i].key) {
            rc = fail(errline, c.line, err, errcap, "feature listed twice (or a hash collision)");
            goto out;
        }
        m->table[i].key = h;
        m->table[i].feat = m->nfeat;
        if (flen == 4 && memcmp(t1, "bias", 4) == 0)
            m->bias = (uint32_t)m->nfeat;
        if (flen == 5 && memcmp(t1, "minor", 5) == 0)
            m->minor = (uint32_t)m->nfeat;
        m->nfeat++;
    }
out:
    if (rc) {
        sg__model_free(m);
        return rc;
    }
    *out = m;
    return 0;
}

/* ---- scoring ------------------------------------------------------------ */

static bool word_byte(unsigned char b)
{
    return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '\'';
}

static bool space_byte(unsigned char b)
{
    return b == ' ' || (b >= '\t' && b <= '\r');
}

typedef struct found {
    uint32_t feat, start, end;
} found;

static void add_found(const sg__model *m, found *f, int *nf, int cap, uint64_t key, uint32_t start,
                      uint32_t end)
{
    if (*nf >= cap)
        return;
    uint32_t idx = lookup(m, key);
    if (idx == UINT32_MAX)
        return;
    for (int i = 0; i < *nf; i++)
        if (f[i].feat == idx)
            return; /* a set: each feature once, at its first place */
    f[(*nf)++] = (found){ idx, start, end };
}

uint32_t sg__model_fire(const sg__model *m, const char *norm, size_t len,
                        uint32_t span_start[SG_T__COUNT], uint32_t span_end[SG_T__COUNT],
                        float prob[SG_T__COUNT])
{
    if (!m || !norm)
        return 0;
    uint32_t ts[SG__MODEL_MAX_TOKENS], te[SG__MODEL_MAX_TOKENS];
    int nt = 0;
    for (size_t i = 0; i < len && nt < SG__MODEL_MAX_TOKENS;) {
        unsigned char b = (unsigned char)norm[i];
        if (space_byte(b)) {
            i++;
            continue;
        }
        size_t j = i + 1;
        if (word_byte(b))
            while (j < len && word_byte((unsigned char)norm[j]))
                j++;
        else if (b >= 0x80)
            while (j < len && ((unsigned char)norm[j] & 0xC0) == 0x80)
                j++;
        ts[nt] = (uint32_t)i;
        te[nt++] = (uint32_t)j;
        i = j;
    }
    found f[2 * SG__MODEL_MAX_TOKENS];
    int nf = 0, cap = 2 * SG__MODEL_MAX_TOKENS;
    uint64_t prev = 0;
    for (int k = 0; k < nt; k++) {
        size_t l1 = te[k] - ts[k];
        /* the same length caps as the training script's feature text */
        uint64_t tk = token_key(norm + ts[k], l1);
        if (2 + l1 <= SG__MODEL_MAX_FEATURE)
            add_found(m, f, &nf, cap, uni_key(tk), ts[k], te[k]);
        if (k > 0 && 3 + (te[k - 1] - ts[k - 1]) + l1 <= SG__MODEL_MAX_FEATURE)
            add_found(m, f, &nf, cap, bi_key(prev, tk), ts[k - 1], te[k]);
        prev = tk;
    }
    /* Sum all columns, feature by feature (one row each). */
    float z[STRIDE] = { 0 };
    if (m->bias != UINT32_MAX)
        for (int c = 0; c < STRIDE; c++)
            z[c] += m->w[(size_t)m->bias * STRIDE + c];
    if (m->minor != UINT32_MAX)
        for (int c = 0; c < STRIDE; c++)
            z[c] += m->w[(size_t)m->minor * STRIDE + c];
    for (int i = 0; i < nf; i++) {
        const float *w = m->w + (size_t)f[i].feat * STRIDE;
        for (int c = 0; c < STRIDE; c++)
            z[c] += w[c];
    }
    uint32_t fired = 0;
    for (int col = 0; col < m->ncols; col++) {
        sg_tactic t = m->col_tactic[col];
        if (prob)
            prob[t] = 1.0f / (1.0f + expf(-(z[col] > 30 ? 30 : z[col] < -30 ? -30 : z[col])));
        if (z[col] < m->zmin)
            continue;
        /* Evidence: the word or pair that weighed most for this tactic. */
        int arg = -1;
        float best = 0;
        for (int i = 0; i < nf; i++) {
            float w = m->w[(size_t)f[i].feat * STRIDE + col];
            if (w > best) {
                best = w;
                arg = i;
            }
        }
        if (arg >= 0) {
            fired |= 1u << t;
            span_start[t] = f[arg].start;
            span_end[t] = f[arg].end;
        }
    }
    return fired;
}
