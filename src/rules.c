/* rules.c — the rules subsystem: the *.rules parser, the compiler into one
 * Hyperscan database, the per-message matcher and the example tester.
 *
 * ---------------------------------------------------------------------------
 * The idea
 * ---------------------------------------------------------------------------
 * Trust-and-safety staff write rules as plain text (docs/rules.md). Each rule
 * has one or more regular expressions. All expressions of all rules are
 * compiled into ONE Hyperscan block-mode database, each expression carrying
 * the index of its rule as its Hyperscan id; so a message is scanned exactly
 * once however many rules there are, and the cost of a scan grows with the
 * length of the message and the number of matches, not with the number of
 * rules.
 *
 * Loading is all-or-nothing. The parser keeps going after an error so that an
 * author sees every problem at once (up to SG__RULES_MAX_DIAGS), but any
 * error refuses the whole set: the engine then keeps the set it had.
 *
 * ---------------------------------------------------------------------------
 * Matching a message (sg__rules_match)
 * ---------------------------------------------------------------------------
 *   1. hs_scan over the normalised text. The callback records which
 *      patterns (and so which rules) matched. Raw reports are capped at
 *      SG__MAX_RAW_MATCHES; the scan stops when the cap is hit.
 *   2. `when:` (broadcaster age band) and `from:` (viewer / broadcaster)
 *      filter those rules. What survives is the set F of rules that FIRED.
 *   3. `requires:` and `unless:` are evaluated against F, in one pass: a rule
 *      suppressed by `unless` still counts in F for the other rules. There is
 *      no chaining, so the order of rules never matters. A tactic code in a
 *      list means "some other rule of that tactic is in F".
 *   4. Context rules are dropped from the output (they exist only for 3);
 *      the hits are sorted by (start, end, rule index) and copied out.
 *
 * Spans. Hyperscan can report where a match starts (HS_FLAG_SOM_LEFTMOST),
 * but that was measured to make the database of the first production rule
 * set 13x larger (40 MB against 3 MB) and its compile 7x slower (23 s
 * against 3 s of CPU for 394 patterns), for every reload. Rules fire on a
 * small fraction of messages, so the database is compiled WITHOUT start
 * tracking and the span is found afterwards, only for the rules that fire:
 * the same expression is compiled with PCRE2 (caseless, UTF when it has
 * non-ASCII bytes) and PCRE2's DFA matcher returns every match at the
 * leftmost starting position, longest first. That is exactly the
 * leftmost-longest span the SOM reports would have given (neither engine
 * allows back-references or lookarounds under these rules, so both accept
 * the same language).
 *
 * Prefilter. Patterns with bounded repeats (word gaps) are compiled with
 * HS_FLAG_PREFILTER: Hyperscan then matches a relaxed superset of them,
 * and a rule whose only reported patterns are such candidates is in F
 * (step 2) only if PCRE2 confirms one on the exact expression. Exact
 * patterns need no confirming; spans are computed only for the hits that
 * are returned.
 *
 * Invariants: a loaded sg_ruleset never changes; it is shared between threads
 * and freed when its atomic reference count drops to zero. A scanner is
 * per-thread scratch: the Hyperscan scratch space plus per-rule arrays sized
 * for the set it was bound to. Rule "stamps" make per-call resets O(hits)
 * instead of O(rules): an entry is valid only when its stamp equals the
 * scanner's current call number.
 *
 * Costs: one hs_scan per message, then O(distinct rules matched) work, one
 * DFA run per matched pattern of each rule that fires, and a sort of the
 * hits; no allocation per call. Memory per scanner is the Hyperscan scratch,
 * a 16 KiB DFA workspace, 28 bytes per rule and 8 bytes per pattern.
 */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <time.h>

#include <hs/hs.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "buf.h"
#include "model.h"
#include "normalize.h"
#include "rules.h"

/* ======================================================================== *
 * Data
 * ======================================================================== */

/* A reference in requires/unless: >= 0 a rule index, < 0 -(tactic + 1). */
typedef int32_t rule_ref;

typedef struct rule_example {
    char *text; /* raw chat line, as the author wrote it */
    size_t len;
    int line;
    bool counter; /* true: must NOT fire the rule */
} rule_example;

typedef struct rule {
    sg__rule_info info; /* id (owned), tactic, weight, shadow */
    uint32_t file;      /* index into sg_ruleset.files */
    int line;           /* line of `rule <id>` */
    uint8_t when;       /* bit (1 << sg_age_band) per band where it applies */
    uint8_t from;       /* SG__FROM_VIEWER | SG__FROM_BROADCASTER bits */
    rule_ref *requires; /* every one must be in F */
    uint32_t nrequires;
    rule_ref *unless; /* none may be in F */
    uint32_t nunless;
    rule_example *examples;
    uint32_t nexamples;
    /* parse-time only */
    char *requires_text, *unless_text; /* resolved once every file is read */
    int requires_line, unless_line;
    unsigned seen;      /* single-valued keys already given (KEY_* bits) */
    uint32_t npatterns; /* pattern + words lines */
} rule;

struct sg_ruleset {
    atomic_uint refs;
    hs_database_t *db; /* NULL when the set has no rules */
    rule *rules;
    uint32_t nrules;
    char **files; /* names as given to the loader (joined for dirs) */
    uint32_t nfiles;
    uint32_t npatterns;     /* Hyperscan id = pattern index */
    uint32_t *pat_rule;     /* pattern index -> rule index */
    pcre2_code **pat_span;  /* pattern index -> the same regex for span finding */
    char **pat_expr;        /* pattern index -> the expression (after words: expansion) */
    int *pat_line;          /* pattern index -> its line in its rule's file */
    uint8_t *pat_prefilter; /* pattern compiled in prefilter mode: confirm with PCRE2 */
    uint32_t *by_id;        /* open-addressed hash of rule index + 1 by id */
    uint32_t by_id_mask;
    sg__model *model;                 /* tactic model (model.h), NULL if none */
    uint32_t model_rule[SG_T__COUNT]; /* tactic -> its `model.<tactic>` rule, or UINT32_MAX */
    uint32_t model_file;
    uint64_t serial; /* sg__ruleset_serial */
};

/* One expression waiting to be compiled. */
typedef struct pending_pattern {
    char *expr;
    uint32_t rule;
    int line;
    bool from_words;
} pending_pattern;

/* ======================================================================== *
 * Diagnostics
 * ======================================================================== */

typedef struct loader {
    sg_ruleset *rs;
    pending_pattern *pats;
    size_t npats, cappats;
    uint32_t caprules, capfiles;
    sg_rule_diag_fn diag;
    void *ud;
    int nerrors;
    int io_error; /* a file could not be read */
    size_t total_bytes;
    const char *file; /* current file name, for diagnostics */
    uint32_t file_index;
    long cur; /* current rule index; -1 none yet; -2 skipping a bad rule */
} loader;

#define CUR_NONE (-1)
#define CUR_SKIP (-2)

static void report(loader *ld, const char *file, int line, const char *rule_id, const char *fmt,
                   ...) __attribute__((format(printf, 5, 6)));

static void report(loader *ld, const char *file, int line, const char *rule_id, const char *fmt,
                   ...)
{
    ld->nerrors++;
    if (!ld->diag || ld->nerrors > SG__RULES_MAX_DIAGS + 1)
        return;
    char msg[1024];
    if (ld->nerrors == SG__RULES_MAX_DIAGS + 1) {
        snprintf(msg, sizeof msg, "too many errors (%d); stopping here", SG__RULES_MAX_DIAGS);
        file = NULL;
        line = 0;
        rule_id = NULL;
    } else {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, sizeof msg, fmt, ap);
        va_end(ap);
    }
    sg_rule_diag d = { file, line, rule_id, msg };
    ld->diag(ld->ud, &d);
}

static const char *cur_id(const loader *ld)
{
    return ld->cur >= 0 ? ld->rs->rules[ld->cur].info.id : NULL;
}

/* ======================================================================== *
 * Small text helpers
 * ======================================================================== */

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static void trim(const char **s, size_t *n)
{
    while (*n && is_space(**s)) {
        (*s)++;
        (*n)--;
    }
    while (*n && is_space((*s)[*n - 1]))
        (*n)--;
}

static char *dup_n(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

/* Strict UTF-8: no overlongs, no surrogates, nothing above U+10FFFF. */
static bool utf8_valid(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t k;
        unsigned cp, min;
        if ((c & 0xE0) == 0xC0) {
            k = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            k = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            k = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (n - i <= k)
            return false;
        for (size_t j = 1; j <= k; j++) {
            if ((s[i + j] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + j] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += k + 1;
    }
    return true;
}

/* Normalised text has exactly one ASCII space between words (normalize.h),
 * so `\s+` and `\s` mean " " and `\s*` means " ?" there. Rewriting them
 * before compiling turns word sequences into near-literals for Hyperscan,
 * which scans the default rule set about 2.5x faster; the language matched
 * on normalised text is unchanged. Character classes and other escapes
 * are copied as they are. Rewrites in place (the result is never longer). */
static void simplify_spaces(char *expr)
{
    char *w = expr;
    bool in_class = false;
    for (const char *r = expr; *r;) {
        if (r[0] == '\\' && r[1]) {
            if (!in_class && r[1] == 's') {
                if (r[2] == '+') {
                    *w++ = ' ';
                    r += 3;
                    if (*r == '?') /* lazy: same language */
                        r++;
                } else if (r[2] == '*') {
                    *w++ = ' ';
                    *w++ = '?';
                    r += 3;
                    if (*r == '?')
                        r++;
                } else if (r[2] == '?' || r[2] == '{') {
                    *w++ = ' '; /* quantifier follows and applies to the space */
                    r += 2;
                } else {
                    *w++ = ' ';
                    r += 2;
                }
                continue;
            }
            *w++ = *r++;
            *w++ = *r++;
            continue;
        }
        if (!in_class && r[0] == '[') {
            in_class = true;
            *w++ = *r++;
            if (*r == '^')
                *w++ = *r++;
            if (*r == ']') /* a leading ] is a literal */
                *w++ = *r++;
            continue;
        }
        if (in_class && r[0] == ']')
            in_class = false;
        *w++ = *r++;
    }
    *w = '\0';
}

static bool has_non_ascii(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80)
            return true;
    return false;
}

static bool id_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
}

static bool word_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* ======================================================================== *
 * Id index (FNV-1a, open addressing; sized once for the rule cap)
 * ======================================================================== */

static uint32_t hash_id(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

static long find_id(const sg_ruleset *rs, const char *s, size_t n)
{
    if (!rs->by_id)
        return -1;
    for (uint32_t h = hash_id(s, n) & rs->by_id_mask;; h = (h + 1) & rs->by_id_mask) {
        uint32_t v = rs->by_id[h];
        if (!v)
            return -1;
        const char *id = rs->rules[v - 1].info.id;
        if (strlen(id) == n && memcmp(id, s, n) == 0)
            return (long)(v - 1);
    }
}

static void insert_id(sg_ruleset *rs, uint32_t index)
{
    const char *id = rs->rules[index].info.id;
    uint32_t h = hash_id(id, strlen(id)) & rs->by_id_mask;
    while (rs->by_id[h])
        h = (h + 1) & rs->by_id_mask;
    rs->by_id[h] = index + 1;
}

/* ======================================================================== *
 * Rule set lifetime
 * ======================================================================== */

static void ruleset_destroy(sg_ruleset *rs)
{
    if (!rs)
        return;
    if (rs->db)
        hs_free_database(rs->db);
    sg__model_free(rs->model);
    for (uint32_t i = 0; rs->pat_span && i < rs->npatterns; i++)
        pcre2_code_free(rs->pat_span[i]);
    free(rs->pat_span);
    free(rs->pat_rule);
    for (uint32_t i = 0; rs->pat_expr && i < rs->npatterns; i++)
        free(rs->pat_expr[i]);
    free(rs->pat_expr);
    free(rs->pat_line);
    free(rs->pat_prefilter);
    for (uint32_t i = 0; i < rs->nrules; i++) {
        rule *r = &rs->rules[i];
        free((char *)r->info.id);
        free(r->requires);
        free(r->unless);
        free(r->requires_text);
        free(r->unless_text);
        for (uint32_t j = 0; j < r->nexamples; j++)
            free(r->examples[j].text);
        free(r->examples);
    }
    free(rs->rules);
    for (uint32_t i = 0; i < rs->nfiles; i++)
        free(rs->files[i]);
    free(rs->files);
    free(rs->by_id);
    free(rs);
}

void sg_ruleset_ref(sg_ruleset *rs)
{
    if (rs)
        atomic_fetch_add_explicit(&rs->refs, 1, memory_order_relaxed);
}

void sg_ruleset_free(sg_ruleset *rs)
{
    if (!rs)
        return;
    if (atomic_fetch_sub_explicit(&rs->refs, 1, memory_order_acq_rel) == 1)
        ruleset_destroy(rs);
}

size_t sg_ruleset_count(const sg_ruleset *rs)
{
    return rs ? rs->nrules : 0;
}

size_t sg__ruleset_nfiles(const sg_ruleset *rs)
{
    return rs ? rs->nfiles : 0;
}

const struct sg__model *sg__ruleset_model(const sg_ruleset *rs, const char **file)
{
    if (file)
        *file = rs && rs->model ? rs->files[rs->model_file] : NULL;
    return rs ? rs->model : NULL;
}

const sg__rule_info *sg__ruleset_rule(const sg_ruleset *rs, uint32_t index)
{
    if (!rs || index >= rs->nrules)
        return NULL;
    return &rs->rules[index].info;
}

int sg__ruleset_find(const sg_ruleset *rs, const char *id)
{
    if (!rs || !id)
        return -1;
    return (int)find_id(rs, id, strlen(id));
}

void sg__ruleset_rule_origin(const sg_ruleset *rs, uint32_t index, const char **file, int *line)
{
    if (!rs || index >= rs->nrules) {
        *file = NULL;
        *line = 0;
        return;
    }
    *file = rs->files[rs->rules[index].file];
    *line = rs->rules[index].line;
}

/* ======================================================================== *
 * Parser
 * ======================================================================== */

enum {
    KEY_TACTIC = 1u << 0,
    KEY_WEIGHT = 1u << 1,
    KEY_WHEN = 1u << 2,
    KEY_FROM = 1u << 3,
    KEY_REQUIRES = 1u << 4,
    KEY_UNLESS = 1u << 5,
    KEY_SHADOW = 1u << 6,
};

#define ALL_BANDS   ((uint8_t)((1u << SG_AGE__COUNT) - 1))
#define MINOR_BANDS ((uint8_t)(ALL_BANDS & ~(1u << SG_AGE_ADULT)))

static int add_pattern(loader *ld, char *expr, int line, bool from_words)
{
    if (ld->npats >= SG__RULES_MAX_PATTERNS) {
        free(expr);
        report(ld, ld->file, line, cur_id(ld), "too many patterns in the rule set (the cap is %u)",
               (unsigned)SG__RULES_MAX_PATTERNS);
        return SG_ERULE;
    }
    if (ld->npats == ld->cappats) {
        size_t ncap = ld->cappats ? ld->cappats * 2 : 256;
        pending_pattern *p = realloc(ld->pats, ncap * sizeof *p);
        if (!p) {
            free(expr);
            return SG_ENOMEM;
        }
        ld->pats = p;
        ld->cappats = ncap;
    }
    ld->pats[ld->npats++] = (pending_pattern){ expr, (uint32_t)ld->cur, line, from_words };
    return 0;
}

/* `words: a, b c` -> \b(?:a|b\s+c)\b, each phrase regex-escaped. A \b is
 * only put on a side of a phrase that starts/ends with a word character, so
 * that phrases such as "<3" or "18+" can match at all. */
static int expand_words(loader *ld, const char *v, size_t n, int line)
{
    sg__buf b;
    int rc = 0;
    sg__buf_init(&b, SG__RULES_MAX_PATTERN_BYTES);
    rc = sg__buf_adds(&b, "(?:");
    size_t i = 0, nphrases = 0;
    while (rc == 0 && i <= n) {
        size_t j = i;
        while (j < n && v[j] != ',')
            j++;
        const char *ph = v + i;
        size_t pn = j - i;
        trim(&ph, &pn);
        if (pn == 0) {
            report(ld, ld->file, line, cur_id(ld),
                   "words: empty phrase (item %zu of the comma list)", nphrases + 1);
            rc = SG_ERULE;
            break;
        }
        if (nphrases++)
            rc = sg__buf_addc(&b, '|');
        if (rc == 0 && word_char((unsigned char)ph[0]))
            rc = sg__buf_adds(&b, "\\b");
        for (size_t k = 0; rc == 0 && k < pn; k++) {
            unsigned char c = (unsigned char)ph[k];
            if (is_space((char)c)) {
                while (k + 1 < pn && is_space(ph[k + 1]))
                    k++;
                rc = sg__buf_adds(&b, "\\s+");
            } else if (c >= 0x80 || word_char(c)) {
                rc = sg__buf_addc(&b, (char)c);
            } else if (c < 0x20 || c == 0x7f) {
                rc = sg__buf_printf(&b, "\\x%02x", c);
            } else {
                rc = sg__buf_addc(&b, '\\');
                if (rc == 0)
                    rc = sg__buf_addc(&b, (char)c);
            }
        }
        if (rc == 0 && word_char((unsigned char)ph[pn - 1]))
            rc = sg__buf_adds(&b, "\\b");
        i = j + 1;
    }
    if (rc == 0)
        rc = sg__buf_addc(&b, ')');
    if (rc == SG_ETOOBIG) {
        report(ld, ld->file, line, cur_id(ld),
               "words: the list expands to a pattern longer than %u bytes; "
               "split it over several words: lines",
               (unsigned)SG__RULES_MAX_PATTERN_BYTES);
        rc = SG_ERULE;
    }
    if (rc == 0) {
        char *expr = b.data;
        b.data = NULL;
        return add_pattern(ld, expr, line, true);
    }
    sg__buf_free(&b);
    return rc;
}

/* Parses a weight: digits with an optional fraction, in [0, 1]. */
static bool parse_weight(const char *v, size_t n, float *out)
{
    size_t i = 0, digits = 0;
    while (i < n && v[i] >= '0' && v[i] <= '9') {
        i++;
        digits++;
    }
    if (i < n && v[i] == '.') {
        i++;
        while (i < n && v[i] >= '0' && v[i] <= '9') {
            i++;
            digits++;
        }
    }
    if (i != n || digits == 0 || n > 32)
        return false;
    char tmp[40];
    memcpy(tmp, v, n);
    tmp[n] = '\0';
    double d = strtod(tmp, NULL);
    if (!(d >= 0.0 && d <= 1.0))
        return false;
    *out = (float)d;
    return true;
}

static bool parse_when(loader *ld, int line, const char *v, size_t n, uint8_t *out)
{
    uint8_t mask = 0;
    size_t i = 0;
    while (i <= n) {
        size_t j = i;
        while (j < n && v[j] != ',')
            j++;
        const char *w = v + i;
        size_t wn = j - i;
        trim(&w, &wn);
        int band;
        if (wn == 3 && memcmp(w, "any", 3) == 0) {
            mask |= ALL_BANDS;
        } else if (wn == 5 && memcmp(w, "minor", 5) == 0) {
            mask |= MINOR_BANDS;
        } else if ((band = sg_age_band_parse(w, wn)) >= 0) {
            mask |= (uint8_t)(1u << band);
        } else {
            report(ld, ld->file, line, cur_id(ld),
                   "when: unknown age band '%.*s' (expected any, minor, adult, "
                   "or a comma list of under13, 13-15, 16-17, adult, unknown)",
                   (int)(wn > 64 ? 64 : wn), w);
            return false;
        }
        i = j + 1;
    }
    *out = mask;
    return true;
}

/* Starts a rule at a `rule <id>` line. */
/* Appends a rule with the defaults (weight 0.5, every band, from viewers)
 * under idcopy (taken over, freed on failure); the caller has checked the
 * id and the cap. Returns its index, or -1 out of memory. */
static long push_rule(loader *ld, char *idcopy, uint32_t file, int line)
{
    sg_ruleset *rs = ld->rs;
    if (rs->nrules == ld->caprules) {
        uint32_t ncap = ld->caprules ? ld->caprules * 2 : 64;
        rule *p = realloc(rs->rules, ncap * sizeof *p);
        if (!p) {
            free(idcopy);
            return -1;
        }
        rs->rules = p;
        ld->caprules = ncap;
    }
    uint32_t index = rs->nrules++;
    rule *r = &rs->rules[index];
    memset(r, 0, sizeof *r);
    r->info.id = idcopy;
    r->info.weight = 0.5f;
    r->file = file;
    r->line = line;
    r->when = ALL_BANDS;
    r->from = SG__FROM_VIEWER;
    insert_id(rs, index);
    return (long)index;
}

static int begin_rule(loader *ld, int line, const char *s, size_t n)
{
    ld->cur = CUR_SKIP;
    const char *id = s + 4;
    size_t idn = n - 4;
    if (idn == 0 || !is_space(id[0])) {
        report(ld, ld->file, line, NULL,
               "expected 'rule <id>' (a line at column 0 must start a rule)");
        return 0;
    }
    trim(&id, &idn);
    if (idn == 0) {
        report(ld, ld->file, line, NULL, "rule without an id");
        return 0;
    }
    size_t k = 0;
    while (k < idn && !is_space(id[k]))
        k++;
    if (k < idn) {
        report(ld, ld->file, line, NULL, "unexpected text after the rule id '%.*s'",
               (int)(k > 80 ? 80 : k), id);
        return 0;
    }
    if (idn > SG__RULES_MAX_ID_BYTES) {
        report(ld, ld->file, line, NULL, "rule id is %zu bytes long; at most %u allowed", idn,
               (unsigned)SG__RULES_MAX_ID_BYTES);
        return 0;
    }
    for (k = 0; k < idn; k++) {
        if (!id_char(id[k])) {
            report(ld, ld->file, line, NULL,
                   "rule id '%.*s' has character '%c' at position %zu; ids use only "
                   "a-z 0-9 _ . -",
                   (int)idn, id,
                   (unsigned char)id[k] >= 0x20 && (unsigned char)id[k] < 0x7f ? id[k] : '?',
                   k + 1);
            return 0;
        }
    }
    if (sg_tactic_parse(id, idn) >= 0) {
        report(ld, ld->file, line, NULL, "rule id '%.*s' is reserved: it is a tactic code",
               (int)idn, id);
        return 0;
    }
    long prev = find_id(ld->rs, id, idn);
    if (prev >= 0) {
        const rule *p = &ld->rs->rules[prev];
        report(ld, ld->file, line, NULL, "duplicate rule id '%.*s' (first defined at %s:%d)",
               (int)idn, id, ld->rs->files[p->file], p->line);
        return 0;
    }
    if (ld->rs->nrules >= SG__RULES_MAX_RULES) {
        report(ld, ld->file, line, NULL, "too many rules (the cap is %u)",
               (unsigned)SG__RULES_MAX_RULES);
        return 0;
    }
    char *idcopy = dup_n(id, idn);
    long index = idcopy ? push_rule(ld, idcopy, ld->file_index, line) : -1;
    if (index < 0)
        return SG_ENOMEM;
    ld->rs->rules[index].info.tactic = SG_T__COUNT; /* "not given" until tactic: */
    ld->cur = index;
    return 0;
}

/* Checks a finished rule (at the next rule line or end of file). */
static void end_rule(loader *ld)
{
    if (ld->cur < 0)
        return;
    rule *r = &ld->rs->rules[ld->cur];
    if (!(r->seen & KEY_TACTIC))
        report(ld, ld->file, r->line, r->info.id, "missing 'tactic:'");
    if (r->npatterns == 0)
        report(ld, ld->file, r->line, r->info.id,
               "no 'pattern:' or 'words:'; a rule needs at least one");
    ld->cur = CUR_NONE;
}

static int add_example(loader *ld, rule *r, int line, const char *v, size_t n, bool counter)
{
    const char *key = counter ? "counter" : "example";
    if (n == 0) {
        report(ld, ld->file, line, r->info.id, "%s: empty line", key);
        return 0;
    }
    if (n > SG_MAX_TEXT_BYTES) {
        report(ld, ld->file, line, r->info.id, "%s: %zu bytes; a chat line is at most %u", key, n,
               (unsigned)SG_MAX_TEXT_BYTES);
        return 0;
    }
    if (r->nexamples >= SG__RULES_MAX_PER_RULE) {
        report(ld, ld->file, line, r->info.id, "too many examples and counters (cap %u per rule)",
               (unsigned)SG__RULES_MAX_PER_RULE);
        return 0;
    }
    if ((r->nexamples & (r->nexamples - 1)) == 0) { /* 0, 1, 2, 4, ...: grow */
        uint32_t ncap = r->nexamples ? r->nexamples * 2 : 1;
        rule_example *p = realloc(r->examples, ncap * sizeof *p);
        if (!p)
            return SG_ENOMEM;
        r->examples = p;
    }
    char *t = dup_n(v, n);
    if (!t)
        return SG_ENOMEM;
    r->examples[r->nexamples++] = (rule_example){ t, n, line, counter };
    return 0;
}

static int field(loader *ld, int line, const char *s, size_t n)
{
    trim(&s, &n);
    size_t k = 0;
    while (k < n && s[k] >= 'a' && s[k] <= 'z')
        k++;
    if (k == 0 || k >= n || s[k] != ':') {
        if (ld->cur == CUR_SKIP)
            return 0;
        report(ld, ld->file, line, cur_id(ld), "expected 'key: value', got '%.*s'",
               (int)(n > 60 ? 60 : n), s);
        return 0;
    }
    const char *key = s;
    size_t kn = k;
    const char *v = s + k + 1;
    size_t vn = n - k - 1;
    trim(&v, &vn);
    if (ld->cur == CUR_SKIP)
        return 0;
    if (ld->cur == CUR_NONE) {
        report(ld, ld->file, line, NULL,
               "'%.*s:' outside a rule (a rule starts with 'rule <id>' at column 0)", (int)kn, key);
        return 0;
    }
    rule *r = &ld->rs->rules[ld->cur];
    const char *id = r->info.id;
#define KEY_IS(lit) (kn == sizeof(lit) - 1 && memcmp(key, lit, kn) == 0)
    unsigned bit = KEY_IS("tactic")     ? KEY_TACTIC
                   : KEY_IS("weight")   ? KEY_WEIGHT
                   : KEY_IS("when")     ? KEY_WHEN
                   : KEY_IS("from")     ? KEY_FROM
                   : KEY_IS("requires") ? KEY_REQUIRES
                   : KEY_IS("unless")   ? KEY_UNLESS
                   : KEY_IS("shadow")   ? KEY_SHADOW
                                        : 0;
    if (bit) {
        if (r->seen & bit) {
            report(ld, ld->file, line, id, "'%.*s:' given twice in this rule", (int)kn, key);
            return 0;
        }
        r->seen |= bit;
        if (vn == 0) {
            report(ld, ld->file, line, id, "'%.*s:' has an empty value", (int)kn, key);
            return 0;
        }
    }
    if (KEY_IS("tactic")) {
        int t = sg_tactic_parse(v, vn);
        if (t < 0) {
            report(ld, ld->file, line, id,
                   "unknown tactic '%.*s' (expected flattery, personal_info, gift_offer, "
                   "dare, nudity_request, sexual_content, secrecy, off_platform, threat, "
                   "meeting, age_gap or context)",
                   (int)(vn > 64 ? 64 : vn), v);
            return 0;
        }
        r->info.tactic = (sg_tactic)t;
    } else if (KEY_IS("weight")) {
        if (!parse_weight(v, vn, &r->info.weight))
            report(ld, ld->file, line, id, "weight '%.*s' is not a number in [0,1]",
                   (int)(vn > 32 ? 32 : vn), v);
    } else if (KEY_IS("pattern") || KEY_IS("words")) {
        bool words = KEY_IS("words");
        if (vn == 0) {
            report(ld, ld->file, line, id, "'%s:' has an empty value", words ? "words" : "pattern");
            return 0;
        }
        if (r->npatterns >= SG__RULES_MAX_PER_RULE) {
            report(ld, ld->file, line, id, "too many pattern/words lines (cap %u per rule)",
                   (unsigned)SG__RULES_MAX_PER_RULE);
            return 0;
        }
        r->npatterns++;
        if (words)
            return expand_words(ld, v, vn, line) == SG_ENOMEM ? SG_ENOMEM : 0;
        if (vn > SG__RULES_MAX_PATTERN_BYTES) {
            report(ld, ld->file, line, id, "pattern is %zu bytes; at most %u allowed", vn,
                   (unsigned)SG__RULES_MAX_PATTERN_BYTES);
            return 0;
        }
        char *expr = dup_n(v, vn);
        if (!expr)
            return SG_ENOMEM;
        return add_pattern(ld, expr, line, false) == SG_ENOMEM ? SG_ENOMEM : 0;
    } else if (KEY_IS("when")) {
        parse_when(ld, line, v, vn, &r->when);
    } else if (KEY_IS("from")) {
        if (vn == 6 && memcmp(v, "viewer", 6) == 0)
            r->from = SG__FROM_VIEWER;
        else if (vn == 11 && memcmp(v, "broadcaster", 11) == 0)
            r->from = SG__FROM_BROADCASTER;
        else if (vn == 3 && memcmp(v, "any", 3) == 0)
            r->from = SG__FROM_VIEWER | SG__FROM_BROADCASTER;
        else
            report(ld, ld->file, line, id, "from: '%.*s' is not viewer, broadcaster or any",
                   (int)(vn > 32 ? 32 : vn), v);
    } else if (KEY_IS("requires") || KEY_IS("unless")) {
        char *t = dup_n(v, vn);
        if (!t)
            return SG_ENOMEM;
        if (KEY_IS("requires")) {
            r->requires_text = t;
            r->requires_line = line;
        } else {
            r->unless_text = t;
            r->unless_line = line;
        }
    } else if (KEY_IS("shadow")) {
        if (vn == 4 && memcmp(v, "true", 4) == 0)
            r->info.shadow = true;
        else if (vn == 5 && memcmp(v, "false", 5) == 0)
            r->info.shadow = false;
        else
            report(ld, ld->file, line, id, "shadow: '%.*s' is not true or false",
                   (int)(vn > 32 ? 32 : vn), v);
    } else if (KEY_IS("example") || KEY_IS("counter")) {
        return add_example(ld, r, line, v, vn, KEY_IS("counter"));
    } else if (KEY_IS("note")) {
        /* for humans */
    } else {
        report(ld, ld->file, line, id,
               "unknown key '%.*s' (expected tactic, weight, pattern, words, when, from, "
               "requires, unless, shadow, example, counter or note)",
               (int)kn, key);
    }
#undef KEY_IS
    return 0;
}

/* Parses one file's text. Returns 0 or SG_ENOMEM (syntax errors are
 * counted in ld->nerrors). */
static int parse_text(loader *ld, const char *data, size_t len)
{
    int rc = 0;
    ld->cur = CUR_NONE;
    if (len > SG__RULES_MAX_FILE_BYTES) {
        report(ld, ld->file, 0, NULL, "file is %zu bytes; the cap is %u bytes", len,
               (unsigned)SG__RULES_MAX_FILE_BYTES);
        return 0;
    }
    const char *p = data, *end = data + len;
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    int line = 0;
    while (p < end && rc == 0) {
        line++;
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl : end;
        const char *s = p;
        size_t n = (size_t)(e - s);
        p = nl ? nl + 1 : end;
        if (n && s[n - 1] == '\r')
            n--;
        if (n > SG__RULES_MAX_LINE_BYTES) {
            report(ld, ld->file, line, cur_id(ld), "line is %zu bytes; at most %u allowed", n,
                   (unsigned)SG__RULES_MAX_LINE_BYTES);
            continue;
        }
        if (memchr(s, '\0', n)) {
            report(ld, ld->file, line, cur_id(ld), "NUL byte in line");
            continue;
        }
        if (!utf8_valid((const unsigned char *)s, n)) {
            report(ld, ld->file, line, cur_id(ld), "line is not valid UTF-8");
            continue;
        }
        size_t k = 0;
        while (k < n && is_space(s[k]))
            k++;
        if (k == n || s[k] == '#')
            continue;
        if (k > 0) {
            rc = field(ld, line, s, n);
        } else if (n >= 4 && memcmp(s, "rule", 4) == 0) {
            end_rule(ld);
            rc = begin_rule(ld, line, s, n);
        } else {
            report(ld, ld->file, line, NULL,
                   "unexpected text at column 0: '%.*s' (a line at column 0 must be "
                   "'rule <id>', a comment or blank; fields are indented)",
                   (int)(n > 60 ? 60 : n), s);
            if (ld->cur >= 0) {
                end_rule(ld);
                ld->cur = CUR_SKIP;
            }
        }
    }
    if (rc == 0)
        end_rule(ld);
    return rc;
}

/* Resolves a requires/unless list once every rule is known. */
static int resolve_list(loader *ld, uint32_t self, const char *text, int line, const char *key,
                        rule_ref **out, uint32_t *nout)
{
    const rule *r = &ld->rs->rules[self];
    const char *file = ld->rs->files[r->file];
    size_t n = strlen(text), i = 0;
    rule_ref refs[SG__RULES_MAX_REFS];
    uint32_t count = 0;
    bool bad = false;
    while (i <= n) {
        size_t j = i;
        while (j < n && text[j] != ',')
            j++;
        const char *w = text + i;
        size_t wn = j - i;
        i = j + 1;
        trim(&w, &wn);
        if (wn == 0) {
            report(ld, file, line, r->info.id, "%s: empty item in the comma list", key);
            bad = true;
            continue;
        }
        int t = sg_tactic_parse(w, wn);
        rule_ref ref;
        if (t == SG_T_CONTEXT) {
            report(ld, file, line, r->info.id,
                   "%s: 'context' is not a tactic you can name here; name the context rule's id",
                   key);
            bad = true;
            continue;
        } else if (t >= 0) {
            ref = -(t + 1);
        } else {
            long idx = find_id(ld->rs, w, wn);
            if (idx < 0) {
                report(ld, file, line, r->info.id, "%s: unknown rule or tactic '%.*s'", key,
                       (int)(wn > 64 ? 64 : wn), w);
                bad = true;
                continue;
            }
            if ((uint32_t)idx == self) {
                report(ld, file, line, r->info.id, "%s: a rule cannot name itself", key);
                bad = true;
                continue;
            }
            ref = (rule_ref)idx;
        }
        if (count >= SG__RULES_MAX_REFS) {
            report(ld, file, line, r->info.id, "%s: more than %u items", key,
                   (unsigned)SG__RULES_MAX_REFS);
            bad = true;
            break;
        }
        refs[count++] = ref;
    }
    if (bad || count == 0)
        return 0;
    *out = malloc(count * sizeof *refs);
    if (!*out)
        return SG_ENOMEM;
    memcpy(*out, refs, count * sizeof *refs);
    *nout = count;
    return 0;
}

static int resolve_refs(loader *ld)
{
    for (uint32_t i = 0; i < ld->rs->nrules; i++) {
        rule *r = &ld->rs->rules[i];
        int rc = 0;
        if (r->requires_text)
            rc = resolve_list(ld, i, r->requires_text, r->requires_line, "requires", &r->requires,
                              &r->nrequires);
        if (rc == 0 && r->unless_text)
            rc = resolve_list(ld, i, r->unless_text, r->unless_line, "unless", &r->unless,
                              &r->nunless);
        if (rc)
            return rc;
        free(r->requires_text);
        free(r->unless_text);
        r->requires_text = r->unless_text = NULL;
    }
    return 0;
}

/* ======================================================================== *
 * Compiler
 * ======================================================================== */

/* The compiled-database cache. Compiling the default rule set takes seconds
 * of CPU, paid at every engine start, replay and reload; a database whose
 * inputs are byte-identical is reused from disk instead. The key hashes
 * every input of hs_compile_multi (the Hyperscan version, each expression,
 * its flags and id) with two independent 64-bit hashes, so a stale or
 * foreign file is never picked up by mistake; hs_deserialize_database
 * checks the file's own integrity and platform. The cache is optional:
 * any failure to read or write it just means compiling. */
static char cache_dir[1024];

void sg_ruleset_set_cache_dir(const char *dir)
{
    if (!dir || !*dir || strlen(dir) >= sizeof cache_dir)
        cache_dir[0] = '\0';
    else
        memcpy(cache_dir, dir, strlen(dir) + 1);
}

static void key_mix(uint64_t h[2], const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) {
        h[0] = (h[0] ^ b[i]) * 0x100000001b3ull;
        h[1] = (h[1] ^ b[i]) * 0x9e3779b97f4a7c15ull + 0x632be59bd9b4e019ull;
    }
}

static int cache_path(char *out, size_t cap, const char *const *exprs, const unsigned *flags,
                      const unsigned *ids, size_t n)
{
    if (!cache_dir[0])
        return -1;
    uint64_t h[2] = { 0xcbf29ce484222325ull, 0x84222325cbf29ce4ull };
    const char *v = hs_version();
    key_mix(h, v, strlen(v) + 1);
    key_mix(h, &n, sizeof n);
    for (size_t i = 0; i < n; i++) {
        key_mix(h, &flags[i], sizeof flags[i]);
        key_mix(h, &ids[i], sizeof ids[i]);
        key_mix(h, exprs[i], strlen(exprs[i]) + 1);
    }
    int w = snprintf(out, cap, "%s/rules-%016llx%016llx.hsdb", cache_dir, (unsigned long long)h[0],
                     (unsigned long long)h[1]);
    return (w > 0 && (size_t)w < cap) ? 0 : -1;
}

#define CACHE_MAX_BYTES ((size_t)512 << 20)

static hs_database_t *cache_load(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    hs_database_t *db = NULL;
    char *buf = NULL;
    if (fseek(f, 0, SEEK_END) == 0) {
        long n = ftell(f);
        if (n > 0 && (size_t)n <= CACHE_MAX_BYTES && fseek(f, 0, SEEK_SET) == 0 &&
            (buf = malloc((size_t)n)) && fread(buf, 1, (size_t)n, f) == (size_t)n &&
            hs_deserialize_database(buf, (size_t)n, &db) != HS_SUCCESS)
            db = NULL;
    }
    free(buf);
    fclose(f);
    return db;
}

static void cache_store(const char *path, const hs_database_t *db)
{
    char *bytes = NULL;
    size_t n = 0;
    if (hs_serialize_database(db, &bytes, &n) != HS_SUCCESS)
        return;
    (void)mkdir(cache_dir, 0700);
    char tmp[1300];
    snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    if (f) {
        int ok = fwrite(bytes, 1, n, f) == n;
        ok = (fclose(f) == 0) && ok;
        if (!ok || rename(tmp, path) != 0) /* rename: readers never see half a file */
            remove(tmp);
    }
    free(bytes);
}

static int compile_set(loader *ld)
{
    sg_ruleset *rs = ld->rs;
    int rc = 0;
    if (ld->npats == 0)
        return 0; /* an empty set matches nothing */
    const char **exprs = malloc(ld->npats * sizeof *exprs);
    unsigned *flags = malloc(ld->npats * sizeof *flags);
    unsigned *ids = malloc(ld->npats * sizeof *ids);
    hs_compile_error_t *err = NULL;
    rs->pat_rule = malloc(ld->npats * sizeof *rs->pat_rule);
    rs->pat_span = calloc(ld->npats, sizeof *rs->pat_span);
    rs->pat_expr = calloc(ld->npats, sizeof *rs->pat_expr);
    rs->pat_line = calloc(ld->npats, sizeof *rs->pat_line);
    rs->pat_prefilter = calloc(ld->npats, sizeof *rs->pat_prefilter);
    if (!exprs || !flags || !ids || !rs->pat_rule || !rs->pat_span || !rs->pat_expr ||
        !rs->pat_line || !rs->pat_prefilter) {
        rc = SG_ENOMEM;
        goto out;
    }
    rs->npatterns = (uint32_t)ld->npats;
    for (size_t i = 0; i < ld->npats; i++) {
        simplify_spaces(ld->pats[i].expr);
        exprs[i] = ld->pats[i].expr;
        flags[i] = HS_FLAG_CASELESS;
        if (has_non_ascii(ld->pats[i].expr))
            flags[i] |= HS_FLAG_UTF8;
        ids[i] = (unsigned)i;
        rs->pat_rule[i] = ld->pats[i].rule;
        rs->pat_line[i] = ld->pats[i].line;
    }
    /* Patterns with bounded repeats (word gaps) are compiled in prefilter
     * mode: Hyperscan may report a superset of their true matches, which
     * makes the scan cheaper; such candidates are confirmed by PCRE2 on the
     * exact expression. Other patterns are exact and need no confirming. */
    for (size_t i = 0; i < ld->npats; i++)
        if (strchr(exprs[i], '{')) /* a bounded repeat: the costly kind */
            rs->pat_prefilter[i] = 1;
    char cpath[1200];
    bool cacheable = cache_path(cpath, sizeof cpath, exprs, flags, ids, ld->npats) == 0;
    if (cacheable && (rs->db = cache_load(cpath)) != NULL)
        goto span_finder; /* these exact inputs compiled (and validated) before */

    /* Check each pattern alone first: every bad pattern is reported (the
     * multi compile stops at the first), and patterns that can match the
     * empty string somewhere (`\b(a|)\b`) are refused: a zero-width hit is
     * no evidence, and spans must not be empty. */
    for (size_t i = 0; i < ld->npats; i++) {
        hs_expr_info_t *info = NULL;
        const pending_pattern *pp = &ld->pats[i];
        const rule *r = &rs->rules[pp->rule];
        const char *what = pp->from_words ? "words list" : "pattern";
        if (hs_expression_info(exprs[i], flags[i], &info, &err) != HS_SUCCESS) {
            report(ld, rs->files[r->file], pp->line, r->info.id, "%s does not compile: %s", what,
                   err && err->message ? err->message : "unknown error");
            if (err)
                hs_free_compile_error(err);
            err = NULL;
            rc = SG_ECOMPILE;
            continue;
        }
        if (info->min_width == 0) {
            report(ld, rs->files[r->file], pp->line, r->info.id,
                   "%s can match an empty string (as x* or (a|) do); every match must "
                   "contain at least one character",
                   what);
            rc = SG_ECOMPILE;
        }
        free(info);
    }
    if (rc)
        goto out;
    for (size_t i = 0; i < ld->npats; i++)
        if (rs->pat_prefilter[i])
            flags[i] |= HS_FLAG_PREFILTER;
    if (hs_compile_multi(exprs, flags, ids, (unsigned)ld->npats, HS_MODE_BLOCK, NULL, &rs->db,
                         &err) != HS_SUCCESS) {
        rs->db = NULL;
        const char *msg = err && err->message ? err->message : "unknown error";
        if (err && err->expression >= 0 && (size_t)err->expression < ld->npats) {
            const pending_pattern *pp = &ld->pats[err->expression];
            const rule *r = &rs->rules[pp->rule];
            report(ld, rs->files[r->file], pp->line, r->info.id, "%s does not compile: %s",
                   pp->from_words ? "words list" : "pattern", msg);
        } else {
            report(ld, NULL, 0, NULL, "the rule set does not compile: %s", msg);
        }
        rc = SG_ECOMPILE;
        goto out;
    }
    if (cacheable)
        cache_store(cpath, rs->db);
span_finder:
    /* The span finder: the same expressions for PCRE2's DFA matcher, run
     * only on the rules that fire (see "Spans" above). */
    for (size_t i = 0; i < ld->npats; i++) {
        int ecode;
        PCRE2_SIZE eoff;
        uint32_t opts = PCRE2_CASELESS | ((flags[i] & HS_FLAG_UTF8) ? PCRE2_UTF : 0);
        rs->pat_span[i] =
            pcre2_compile((PCRE2_SPTR)exprs[i], PCRE2_ZERO_TERMINATED, opts, &ecode, &eoff, NULL);
        if (!rs->pat_span[i]) {
            PCRE2_UCHAR emsg[256];
            const pending_pattern *pp = &ld->pats[i];
            const rule *r = &rs->rules[pp->rule];
            if (pcre2_get_error_message(ecode, emsg, sizeof emsg) < 0)
                snprintf((char *)emsg, sizeof emsg, "error %d", ecode);
            report(ld, rs->files[r->file], pp->line, r->info.id,
                   "%s does not compile for span finding (PCRE2, at offset %zu): %s",
                   pp->from_words ? "words list" : "pattern", (size_t)eoff, (char *)emsg);
            rc = SG_ECOMPILE;
        }
    }
    for (size_t i = 0; rc == 0 && i < ld->npats; i++) { /* kept for sg__pattern_cost */
        rs->pat_expr[i] = ld->pats[i].expr;
        ld->pats[i].expr = NULL;
    }
out:
    if (err)
        hs_free_compile_error(err);
    free(exprs);
    free(flags);
    free(ids);
    return rc;
}

/* ======================================================================== *
 * Loading
 * ======================================================================== */

static int loader_init(loader *ld, sg_rule_diag_fn diag, void *ud)
{
    memset(ld, 0, sizeof *ld);
    ld->diag = diag;
    ld->ud = ud;
    ld->cur = CUR_NONE;
    ld->rs = calloc(1, sizeof *ld->rs);
    if (!ld->rs)
        return SG_ENOMEM;
    atomic_init(&ld->rs->refs, 1u);
    static atomic_uint_fast64_t serials;
    ld->rs->serial = atomic_fetch_add_explicit(&serials, 1, memory_order_relaxed) + 1;
    uint32_t slots = 1;
    while (slots < 2u * SG__RULES_MAX_RULES)
        slots <<= 1;
    ld->rs->by_id = calloc(slots, sizeof *ld->rs->by_id);
    if (!ld->rs->by_id)
        return SG_ENOMEM;
    ld->rs->by_id_mask = slots - 1;
    return 0;
}

static void loader_free_patterns(loader *ld)
{
    for (size_t i = 0; i < ld->npats; i++)
        free(ld->pats[i].expr);
    free(ld->pats);
    ld->pats = NULL;
    ld->npats = ld->cappats = 0;
}

/* Registers a file name; returns its index through *index. */
static int add_file(loader *ld, const char *name, uint32_t *index)
{
    sg_ruleset *rs = ld->rs;
    if (rs->nfiles >= SG__RULES_MAX_FILES) {
        report(ld, name, 0, NULL, "too many rule files (the cap is %u)",
               (unsigned)SG__RULES_MAX_FILES);
        return SG_ERULE;
    }
    if (rs->nfiles == ld->capfiles) {
        uint32_t ncap = ld->capfiles ? ld->capfiles * 2 : 16;
        char **p = realloc(rs->files, ncap * sizeof *p);
        if (!p)
            return SG_ENOMEM;
        rs->files = p;
        ld->capfiles = ncap;
    }
    char *copy = strdup(name);
    if (!copy)
        return SG_ENOMEM;
    *index = rs->nfiles;
    rs->files[rs->nfiles++] = copy;
    return 0;
}

static int parse_named(loader *ld, const char *name, const char *data, size_t len)
{
    uint32_t index;
    int rc = add_file(ld, name, &index);
    if (rc)
        return rc == SG_ENOMEM ? rc : 0;
    ld->file = ld->rs->files[index];
    ld->file_index = index;
    rc = parse_text(ld, data, len);
    ld->file = NULL;
    return rc;
}

/* A tactic model file (model.h): at most one per rule set. */
static int parse_model(loader *ld, const char *name, const char *data, size_t len)
{
    uint32_t index;
    int rc = add_file(ld, name, &index);
    if (rc)
        return rc == SG_ENOMEM ? rc : 0;
    const char *file = ld->rs->files[index];
    if (ld->rs->model) {
        report(ld, file, 0, NULL, "a rule set takes one tactic model; %s is the second", file);
        return 0;
    }
    char err[256];
    int line;
    rc = sg__model_parse(data, len, &ld->rs->model, &line, err, sizeof err);
    if (rc == SG_ENOMEM)
        return rc;
    if (rc)
        report(ld, file, line, NULL, "tactic model: %s", err);
    ld->rs->model_file = index;
    return 0;
}

/* Gives each tactic the model can fire a rule `model.<tactic>` (no
 * patterns; sg__rules_match_ex fires it): so model evidence has a rule id,
 * a weight and an origin like any other, and rules can name it in
 * requires/unless. Applies to viewers' messages to broadcasters who may be
 * minors, the only lines the model was trained to judge. */
static int add_model_rules(loader *ld)
{
    sg_ruleset *rs = ld->rs;
    for (int t = 0; t < SG_T__COUNT; t++)
        rs->model_rule[t] = UINT32_MAX;
    if (!rs->model)
        return 0;
    uint32_t cols = sg__model_tactics(rs->model);
    for (int t = 0; t < SG_T__COUNT; t++) {
        if (!(cols & (1u << t)))
            continue;
        char id[64];
        snprintf(id, sizeof id, "model.%s", sg_tactic_name((sg_tactic)t));
        if (find_id(rs, id, strlen(id)) >= 0) {
            report(ld, rs->files[rs->model_file], 0, id,
                   "rule id '%s' is taken by the tactic model; rename the rule", id);
            continue;
        }
        if (rs->nrules >= SG__RULES_MAX_RULES) {
            report(ld, rs->files[rs->model_file], 0, id,
                   "too many rules (the cap is %u) to add the tactic model's",
                   (unsigned)SG__RULES_MAX_RULES);
            break;
        }
        char *idcopy = strdup(id);
        long index = idcopy ? push_rule(ld, idcopy, rs->model_file, 1) : -1;
        if (index < 0)
            return SG_ENOMEM;
        rule *r = &rs->rules[index];
        r->info.tactic = (sg_tactic)t;
        r->info.weight = sg__model_weight(rs->model);
        r->when = MINOR_BANDS;
        rs->model_rule[t] = (uint32_t)index;
        const char *unless = sg__model_unless(rs->model);
        if (unless) { /* resolved with every other rule's (resolve_refs) */
            if (!(r->unless_text = strdup(unless)))
                return SG_ENOMEM;
            r->unless_line = 1;
        }
    }
    return 0;
}

static int load_file(loader *ld, const char *path)
{
    int rc = 0;
    char *data = NULL;
    FILE *f = fopen(path, "rb");
    struct stat st;
    if (!f || fstat(fileno(f), &st) != 0) {
        report(ld, path, 0, NULL, "cannot open: %s", strerror(errno));
        ld->io_error = 1;
        goto out;
    }
    if (!S_ISREG(st.st_mode)) {
        report(ld, path, 0, NULL, "not a regular file");
        ld->io_error = 1;
        goto out;
    }
    if ((uint64_t)st.st_size > SG__RULES_MAX_FILE_BYTES) {
        report(ld, path, 0, NULL, "file is %lld bytes; the cap is %u bytes", (long long)st.st_size,
               (unsigned)SG__RULES_MAX_FILE_BYTES);
        goto out;
    }
    if ((uint64_t)st.st_size > SG__RULES_MAX_TOTAL_BYTES - ld->total_bytes) {
        report(ld, path, 0, NULL, "the rule files add up to more than %u bytes",
               (unsigned)SG__RULES_MAX_TOTAL_BYTES);
        goto out;
    }
    size_t size = (size_t)st.st_size;
    data = malloc(size + 1);
    if (!data) {
        rc = SG_ENOMEM;
        goto out;
    }
    size_t got = fread(data, 1, size + 1, f);
    if (ferror(f) || got > size) {
        report(ld, path, 0, NULL, ferror(f) ? "read error" : "file changed while reading");
        ld->io_error = 1;
        goto out;
    }
    ld->total_bytes += got;
    size_t pl = strlen(path);
    if (pl > 6 && strcmp(path + pl - 6, ".model") == 0)
        rc = parse_model(ld, path, data, got);
    else
        rc = parse_named(ld, path, data, got);
out:
    if (f)
        fclose(f);
    free(data);
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A directory contributes its *.rules files and its tactic model
 * (*.model), not hidden ones, in name order. */
static int load_dir(loader *ld, const char *path)
{
    int rc = 0;
    char **names = NULL;
    size_t n = 0, cap = 0;
    DIR *d = opendir(path);
    if (!d) {
        report(ld, path, 0, NULL, "cannot open directory: %s", strerror(errno));
        ld->io_error = 1;
        return 0;
    }
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        size_t len = strlen(de->d_name);
        bool is_rules = len >= 7 && strcmp(de->d_name + len - 6, ".rules") == 0;
        bool is_model = len >= 7 && strcmp(de->d_name + len - 6, ".model") == 0;
        if (de->d_name[0] == '.' || !(is_rules || is_model))
            continue;
        if (n >= SG__RULES_MAX_FILES) {
            report(ld, path, 0, NULL, "more than %u rule files in the directory",
                   (unsigned)SG__RULES_MAX_FILES);
            goto out;
        }
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            char **p = realloc(names, ncap * sizeof *p);
            if (!p) {
                rc = SG_ENOMEM;
                goto out;
            }
            names = p;
            cap = ncap;
        }
        size_t plen = strlen(path);
        bool slash = plen && path[plen - 1] == '/';
        char *full = malloc(plen + len + 2);
        if (!full) {
            rc = SG_ENOMEM;
            goto out;
        }
        sprintf(full, "%s%s%s", path, slash ? "" : "/", de->d_name);
        names[n++] = full;
    }
    if (n)
        qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n && rc == 0; i++)
        rc = load_file(ld, names[i]);
out:
    closedir(d);
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

/* Resolves, compiles and hands out the set; frees it on failure. */
static int loader_finish(loader *ld, int rc, sg_ruleset **out)
{
    if (rc == 0)
        rc = add_model_rules(ld);
    if (rc == 0)
        rc = resolve_refs(ld);
    if (rc == 0 && ld->nerrors == 0)
        rc = compile_set(ld);
    if (rc == 0 && ld->nerrors)
        rc = ld->io_error ? SG_EIO : SG_ERULE;
    loader_free_patterns(ld);
    if (rc) {
        ruleset_destroy(ld->rs);
        return rc;
    }
    *out = ld->rs;
    return 0;
}

int sg_ruleset_load(const char *const *paths, size_t npaths, sg_rule_diag_fn diag, void *ud,
                    sg_ruleset **out)
{
    loader ld;
    if (!out || (npaths && !paths))
        return SG_EINVAL;
    int rc = loader_init(&ld, diag, ud);
    for (size_t i = 0; rc == 0 && i < npaths; i++) {
        struct stat st;
        if (!paths[i]) {
            rc = SG_EINVAL;
        } else if (stat(paths[i], &st) != 0) {
            report(&ld, paths[i], 0, NULL, "cannot open: %s", strerror(errno));
            ld.io_error = 1;
        } else if (S_ISDIR(st.st_mode)) {
            rc = load_dir(&ld, paths[i]);
        } else {
            rc = load_file(&ld, paths[i]);
        }
    }
    return loader_finish(&ld, rc, out);
}

int sg_ruleset_load_buffer(const char *name, const char *data, size_t len, sg_rule_diag_fn diag,
                           void *ud, sg_ruleset **out)
{
    loader ld;
    if (!out || (!data && len))
        return SG_EINVAL;
    int rc = loader_init(&ld, diag, ud);
    if (rc == 0)
        rc = parse_named(&ld, name ? name : "<buffer>", data ? data : "", len);
    return loader_finish(&ld, rc, out);
}

/* ======================================================================== *
 * Scanner and matcher
 * ======================================================================== */

#define NO_PATTERN         UINT32_MAX
#define DFA_WORKSPACE_INTS 4096 /* PCRE2 DFA workspace; enough for any pattern under the caps */

struct sg__scanner {
    hs_scratch_t *scratch;
    uint32_t nrules;    /* capacity of the per-rule arrays */
    uint32_t npatterns; /* capacity of the per-pattern arrays */
    uint32_t call;      /* current call number; stamps equal to it are live */
    uint32_t *seen;     /* seen[r] == call: rule r matched in this call */
    uint32_t *ok;       /* ok[r] == call: ...and passed when/from (is in F) */
    uint32_t *end;      /* first end offset Hyperscan reported for rule r */
    uint32_t *phead;    /* first pattern of rule r that matched (list head) */
    uint32_t *matched;  /* rule indices matched in this call, in order seen */
    uint32_t nmatched;
    uint32_t *pseen;          /* pseen[p] == call: pattern p matched in this call */
    uint32_t *pnext;          /* next matched pattern of the same rule */
    uint32_t raw;             /* raw Hyperscan reports in this call */
    sg__hit *cand;            /* hits before the final sort and cap */
    const uint32_t *pat_rule; /* of the set being scanned, for the callback */
    pcre2_match_data *md;     /* one ovector pair: the longest match at the leftmost start */
    int workspace[DFA_WORKSPACE_INTS];
};

static int grow_u32(uint32_t **p, uint32_t n)
{
    uint32_t *q = realloc(*p, n * sizeof *q);
    if (!q)
        return SG_ENOMEM;
    *p = q;
    return 0;
}

static int grow_arrays(sg__scanner *sc, uint32_t nrules, uint32_t npatterns)
{
    if (nrules > sc->nrules) {
        if (grow_u32(&sc->seen, nrules) || grow_u32(&sc->ok, nrules) ||
            grow_u32(&sc->end, nrules) || grow_u32(&sc->phead, nrules) ||
            grow_u32(&sc->matched, nrules))
            return SG_ENOMEM;
        sg__hit *c = realloc(sc->cand, nrules * sizeof *c);
        if (!c)
            return SG_ENOMEM;
        sc->cand = c;
        memset(sc->seen, 0, nrules * sizeof *sc->seen);
        memset(sc->ok, 0, nrules * sizeof *sc->ok);
        if (sc->pseen)
            memset(sc->pseen, 0, sc->npatterns * sizeof *sc->pseen);
        sc->call = 0;
        sc->nrules = nrules;
    }
    if (npatterns > sc->npatterns) {
        if (grow_u32(&sc->pseen, npatterns) || grow_u32(&sc->pnext, npatterns))
            return SG_ENOMEM;
        memset(sc->seen, 0, sc->nrules * sizeof *sc->seen);
        memset(sc->ok, 0, sc->nrules * sizeof *sc->ok);
        memset(sc->pseen, 0, npatterns * sizeof *sc->pseen);
        sc->call = 0;
        sc->npatterns = npatterns;
    }
    return 0;
}

int sg__scanner_rebind(sg__scanner *sc, const sg_ruleset *rs)
{
    if (!sc || !rs)
        return SG_EINVAL;
    if (rs->db && hs_alloc_scratch(rs->db, &sc->scratch) != HS_SUCCESS)
        return SG_ENOMEM;
    if (!sc->md && !(sc->md = pcre2_match_data_create(1, NULL)))
        return SG_ENOMEM;
    return grow_arrays(sc, rs->nrules, rs->npatterns);
}

int sg__scanner_new(const sg_ruleset *rs, sg__scanner **out)
{
    if (!rs || !out)
        return SG_EINVAL;
    sg__scanner *sc = calloc(1, sizeof *sc);
    if (!sc)
        return SG_ENOMEM;
    int rc = sg__scanner_rebind(sc, rs);
    if (rc) {
        sg__scanner_free(sc);
        return rc;
    }
    *out = sc;
    return 0;
}

void sg__scanner_free(sg__scanner *sc)
{
    if (!sc)
        return;
    if (sc->scratch)
        hs_free_scratch(sc->scratch);
    pcre2_match_data_free(sc->md);
    free(sc->seen);
    free(sc->ok);
    free(sc->end);
    free(sc->phead);
    free(sc->matched);
    free(sc->pseen);
    free(sc->pnext);
    free(sc->cand);
    free(sc);
}

static int on_match(unsigned int id, unsigned long long from, unsigned long long to,
                    unsigned int flags, void *ctx)
{
    sg__scanner *sc = ctx;
    (void)from; /* no SOM: always 0 */
    (void)flags;
    if (id < sc->npatterns && sc->pseen[id] != sc->call) {
        uint32_t r = sc->pat_rule[id];
        sc->pseen[id] = sc->call;
        if (sc->seen[r] != sc->call) {
            sc->seen[r] = sc->call;
            sc->phead[r] = NO_PATTERN;
            sc->end[r] = (uint32_t)to;
            sc->matched[sc->nmatched++] = r;
        }
        sc->pnext[id] = sc->phead[r];
        sc->phead[r] = id;
    }
    return ++sc->raw >= SG__MAX_RAW_MATCHES; /* non-zero stops the scan */
}

/* Is rule r really matched? Yes if one of its reported patterns was
 * compiled exactly; else PCRE2 must confirm a prefiltered candidate on the
 * exact expression (a DFA run that gives up counts as a match: keep the
 * candidate rather than lose evidence). */
static bool rule_confirm(const sg_ruleset *rs, sg__scanner *sc, const char *norm, size_t len,
                         uint32_t r)
{
    for (uint32_t p = sc->phead[r]; p != NO_PATTERN; p = sc->pnext[p])
        if (!rs->pat_prefilter[p])
            return true;
    for (uint32_t p = sc->phead[r]; p != NO_PATTERN; p = sc->pnext[p]) {
        int rc = pcre2_dfa_match(rs->pat_span[p], (PCRE2_SPTR)norm, len, 0, 0, sc->md, NULL,
                                 sc->workspace, DFA_WORKSPACE_INTS);
        if (rc != PCRE2_ERROR_NOMATCH)
            return true;
    }
    return false;
}

/* The leftmost-longest span of rule r: for each of its patterns that
 * matched, PCRE2's DFA matcher returns the matches at the leftmost start,
 * longest first; keep the leftmost start, then the longest end. Runs the
 * DFA on every reported pattern, so it also answers rule_confirm's
 * question from the same runs: the return value (prematch uses it rather
 * than running the prefiltered patterns twice). */
static bool rule_span(const sg_ruleset *rs, sg__scanner *sc, const char *norm, size_t len,
                      uint32_t r, uint32_t *start, uint32_t *end)
{
    size_t best_s = SIZE_MAX, best_e = 0;
    bool confirmed = false;
    for (uint32_t p = sc->phead[r]; p != NO_PATTERN; p = sc->pnext[p]) {
        int rc = pcre2_dfa_match(rs->pat_span[p], (PCRE2_SPTR)norm, len, 0, 0, sc->md, NULL,
                                 sc->workspace, DFA_WORKSPACE_INTS);
        confirmed |= !rs->pat_prefilter[p] || rc != PCRE2_ERROR_NOMATCH;
        if (rc < 0)
            continue;
        const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->md);
        if (ov[0] < best_s || (ov[0] == best_s && ov[1] > best_e)) {
            best_s = ov[0];
            best_e = ov[1];
        }
    }
    if (best_s == SIZE_MAX || best_e <= best_s) {
        /* PCRE2 gave up or disagrees (patterns that can match empty are
         * refused at load): cover up to the end Hyperscan reported rather
         * than lose the hit, never an empty span. */
        best_s = 0;
        best_e = sc->end[r] > 0 ? sc->end[r] : 1;
        if (best_e > len)
            best_e = len;
    }
    *start = (uint32_t)best_s;
    *end = (uint32_t)best_e;
    return confirmed;
}

static int cmp_hit(const void *a, const void *b)
{
    const sg__hit *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end < y->end ? -1 : 1;
    return x->rule < y->rule ? -1 : x->rule > y->rule;
}

/* Is the reference in F? A tactic needs a rule of it other than self. */
static bool ref_fired(const sg__scanner *sc, const unsigned *tcount, rule_ref ref, const rule *self)
{
    if (ref >= 0)
        return sc->ok[ref] == sc->call;
    unsigned t = (unsigned)(-ref - 1);
    return tcount[t] > (self->info.tactic == (sg_tactic)t ? 1u : 0u);
}

/* A rule's requires: and unless: against F (the rules fired on the line). */
static bool conditions_hold(const sg__scanner *sc, const unsigned *tcount, const rule *r)
{
    for (uint32_t k = 0; k < r->nrequires; k++)
        if (!ref_fired(sc, tcount, r->requires[k], r))
            return false;
    for (uint32_t k = 0; k < r->nunless; k++)
        if (ref_fired(sc, tcount, r->unless[k], r))
            return false;
    return true;
}

/* Starts a call: a new stamp, so every per-rule and per-pattern entry of
 * earlier calls reads as stale. */
static void next_call(const sg_ruleset *rs, sg__scanner *sc)
{
    if (++sc->call == 0) { /* stamps wrapped: forget them all */
        memset(sc->seen, 0, sc->nrules * sizeof *sc->seen);
        memset(sc->ok, 0, sc->nrules * sizeof *sc->ok);
        memset(sc->pseen, 0, sc->npatterns * sizeof *sc->pseen);
        sc->call = 1;
    }
    sc->pat_rule = rs->pat_rule;
    sc->nmatched = 0;
    sc->raw = 0;
}

static int check_args(const sg_ruleset *rs, const sg__scanner *sc, const char *norm, size_t len)
{
    if (!rs || !sc || (!norm && len))
        return SG_EINVAL;
    if (len > UINT32_MAX / 2)
        return SG_ETOOBIG;
    if (rs->db && (sc->nrules < rs->nrules || sc->npatterns < rs->npatterns || !sc->scratch))
        return SG_ESTATE; /* scanner not bound to this set: sg__scanner_rebind */
    return 0;
}

/* Step 1: the Hyperscan scan; sc->matched lists the rules reported. */
static int scan(const sg_ruleset *rs, sg__scanner *sc, const char *norm, size_t len)
{
    next_call(rs, sc);
    hs_error_t e = hs_scan(rs->db, norm, (unsigned)len, 0, sc->scratch, on_match, sc);
    if (e != HS_SUCCESS && e != HS_SCAN_TERMINATED)
        return SG_ESCAN;
    return 0;
}

/* The model rule whose when/from/unless gate every model.<tactic> rule
 * (they all share them), or NULL when the set has no model. */
static const rule *model_gate(const sg_ruleset *rs)
{
    for (int t = 0; rs->model && t < SG_T__COUNT; t++)
        if (rs->model_rule[t] != UINT32_MAX)
            return &rs->rules[rs->model_rule[t]];
    return NULL;
}

/* Steps 2-4 over the rules the scan reported. Two sources, one logic:
 * pm == NULL: the scanner's own scan of norm (matches are confirmed and
 * spans found lazily, only for rules that need it); else a prematch of
 * the same text, where both were done ahead (sg__rules_prematch). */
static int apply(const sg_ruleset *rs, sg__scanner *sc, const char *norm, size_t len,
                 const sg__prematch *pm, const sg__match_ctx *ctx, sg__hit *hits, size_t cap,
                 unsigned flags)
{
    uint32_t nm = pm ? pm->n : sc->nmatched;
    /* F: matched and allowed by when/from. */
    unsigned tcount[32] = { 0 };
    uint8_t ageb = (uint8_t)(1u << ctx->age);
    for (uint32_t i = 0; i < nm; i++) {
        uint32_t id = pm ? pm->hit[i].rule : sc->matched[i];
        const rule *r = &rs->rules[id];
        if ((r->when & ageb) && (r->from & ctx->from) &&
            (pm || rule_confirm(rs, sc, norm, len, id))) {
            sc->ok[id] = sc->call;
            tcount[r->info.tactic & 31]++;
        }
    }
    /* requires / unless against F, one pass. */
    size_t n = 0;
    for (uint32_t i = 0; i < nm; i++) {
        uint32_t id = pm ? pm->hit[i].rule : sc->matched[i];
        const rule *r = &rs->rules[id];
        if (sc->ok[id] != sc->call)
            continue;
        if (r->info.tactic == SG_T_CONTEXT && !(flags & SG__MATCH_CONTEXT))
            continue;
        if (conditions_hold(sc, tcount, r)) {
            sg__hit *h = &sc->cand[n++];
            if (pm) {
                *h = pm->hit[i];
            } else {
                h->rule = id;
                rule_span(rs, sc, norm, len, id, &h->start, &h->end);
            }
        }
    }
    /* The tactic model adds the tactics no rule found on this line, through
     * its model.<tactic> rules: their when/from and unless apply as for any
     * rule (all model rules share them). */
    const rule *mr = model_gate(rs);
    if (mr && (mr->when & ageb) && (mr->from & ctx->from) && conditions_hold(sc, tcount, mr)) {
        uint32_t have = 0;
        for (size_t i = 0; i < n; i++)
            if (!rs->rules[sc->cand[i].rule].info.shadow)
                have |= 1u << (rs->rules[sc->cand[i].rule].info.tactic & 31);
        uint32_t ms[SG_T__COUNT], me[SG_T__COUNT];
        uint32_t fired;
        if (pm) {
            fired = pm->model_fired & ~have;
            memcpy(ms, pm->model_start, sizeof ms);
            memcpy(me, pm->model_end, sizeof me);
        } else {
            fired = sg__model_fire(rs->model, norm, len, ms, me, NULL) & ~have;
        }
        for (int t = 0; t < SG_T__COUNT && fired; t++) {
            if (!(fired & (1u << t)) || rs->model_rule[t] == UINT32_MAX)
                continue;
            sg__hit *h = &sc->cand[n++];
            h->rule = rs->model_rule[t];
            h->start = ms[t];
            h->end = me[t];
        }
    }
    if (n > 1)
        qsort(sc->cand, n, sizeof *sc->cand, cmp_hit);
    if (n > cap)
        n = cap;
    if (n)
        memcpy(hits, sc->cand, n * sizeof *hits);
    return (int)n;
}

static bool ctx_ok(const sg__match_ctx *ctx)
{
    return ctx && (unsigned)ctx->age < SG_AGE__COUNT &&
           (ctx->from & (SG__FROM_VIEWER | SG__FROM_BROADCASTER));
}

int sg__rules_match_ex(const sg_ruleset *rs, sg__scanner *sc, const char *norm, size_t len,
                       const sg__match_ctx *ctx, sg__hit *hits, size_t cap, unsigned flags)
{
    int rc = check_args(rs, sc, norm, len);
    if (rc)
        return rc;
    if (!ctx_ok(ctx) || (!hits && cap))
        return SG_EINVAL;
    if (!rs->db || len == 0)
        return 0;
    if ((rc = scan(rs, sc, norm, len)))
        return rc;
    return apply(rs, sc, norm, len, NULL, ctx, hits, cap, flags);
}

int sg__rules_prematch(const sg_ruleset *rs, sg__scanner *sc, const char *norm, size_t len,
                       sg__prematch *pm)
{
    int rc = check_args(rs, sc, norm, len);
    if (rc || !pm)
        return rc ? rc : SG_EINVAL;
    pm->serial = rs->serial;
    pm->n = 0;
    pm->model_fired = 0;
    pm->overflow = false;
    if (!rs->db || len == 0)
        return 0;
    if ((rc = scan(rs, sc, norm, len)))
        return rc;
    /* Every reported rule is confirmed and, unless it is a context rule
     * (never returned by the engine's calls), given its span: what apply()
     * would compute for the rules that survive the conditions. */
    for (uint32_t i = 0; i < sc->nmatched; i++) {
        uint32_t id = sc->matched[i], start = 0, end = 0;
        bool confirmed = rs->rules[id].info.tactic == SG_T_CONTEXT
                             ? rule_confirm(rs, sc, norm, len, id)
                             : rule_span(rs, sc, norm, len, id, &start, &end);
        if (!confirmed)
            continue;
        if (pm->n == SG__PREMATCH_MAX) {
            pm->overflow = true; /* rare: sg__rules_match_pre declines it */
            break;
        }
        pm->hit[pm->n++] = (sg__hit){ id, start, end };
    }
    if (model_gate(rs))
        pm->model_fired =
            sg__model_fire(rs->model, norm, len, pm->model_start, pm->model_end, NULL);
    return 0;
}

uint64_t sg__ruleset_serial(const sg_ruleset *rs)
{
    return rs ? rs->serial : 0;
}

uint32_t sg__ruleset_model_rule(const sg_ruleset *rs, sg_tactic t)
{
    return rs && rs->model && (unsigned)t < SG_T__COUNT ? rs->model_rule[t] : UINT32_MAX;
}

int sg__rules_match_pre(const sg_ruleset *rs, sg__scanner *sc, const sg__prematch *pm,
                        const sg__match_ctx *ctx, sg__hit *hits, size_t cap)
{
    int rc = check_args(rs, sc, NULL, 0);
    if (rc)
        return rc;
    if (!pm || !ctx_ok(ctx) || (!hits && cap))
        return SG_EINVAL;
    if (pm->serial != rs->serial || pm->overflow)
        return SG_ESTATE; /* another set, or too many rules: match the text */
    next_call(rs, sc);
    return apply(rs, sc, NULL, 0, pm, ctx, hits, cap, 0);
}

int sg__rules_match(const sg_ruleset *rs, sg__scanner *sc, const char *norm, size_t len,
                    const sg__match_ctx *ctx, sg__hit *hits, size_t cap)
{
    return sg__rules_match_ex(rs, sc, norm, len, ctx, hits, cap, 0);
}

/* ======================================================================== *
 * Examples (`streamguard rules test`)
 * ======================================================================== */

/* The context an example is tested in: a viewer's message (a broadcaster's
 * if the rule only applies to them) to a broadcaster of age unknown if the
 * rule applies to it, else adult, else the youngest band it applies to. */
static sg__match_ctx example_ctx(const rule *r)
{
    sg__match_ctx c;
    c.from = (r->from & SG__FROM_VIEWER) ? SG__FROM_VIEWER : SG__FROM_BROADCASTER;
    if (r->when & (1u << SG_AGE_UNKNOWN)) {
        c.age = SG_AGE_UNKNOWN;
    } else if (r->when & (1u << SG_AGE_ADULT)) {
        c.age = SG_AGE_ADULT;
    } else {
        c.age = SG_AGE_UNDER13;
        while (c.age < SG_AGE_ADULT && !(r->when & (1u << c.age)))
            c.age++;
    }
    return c;
}

int sg_ruleset_test(const sg_ruleset *rs, sg_rule_diag_fn diag, void *ud, size_t *checked)
{
    sg__scanner *sc = NULL;
    sg__norm norm;
    sg__buf msg;
    sg__hit hits[SG__MAX_HITS];
    size_t nchecked = 0;
    int failures = 0, rc;
    if (!rs)
        return SG_EINVAL;
    sg__norm_init(&norm);
    sg__buf_init(&msg, 2048);
    if ((rc = sg__scanner_new(rs, &sc)))
        goto out;
    for (uint32_t i = 0; i < rs->nrules; i++) {
        const rule *r = &rs->rules[i];
        sg__match_ctx c = example_ctx(r);
        for (uint32_t j = 0; j < r->nexamples; j++) {
            const rule_example *ex = &r->examples[j];
            nchecked++;
            sg__buf_reset(&msg);
            int nr = sg__normalize(&norm, ex->text, ex->len);
            bool fired = false;
            if (nr == 0) {
                nr = sg__rules_match_ex(rs, sc, norm.text, norm.len, &c, hits, SG__MAX_HITS,
                                        SG__MATCH_CONTEXT);
                for (int k = 0; k < nr; k++)
                    fired |= hits[k].rule == i;
            }
            if (nr < 0) {
                sg__buf_printf(&msg, "%s could not be matched: %s",
                               ex->counter ? "counter" : "example", sg_strerror(nr));
            } else if (fired == ex->counter) {
                sg__buf_printf(&msg, "%s %s the rule; fired: ", ex->counter ? "counter" : "example",
                               ex->counter ? "fires" : "does not fire");
                if (nr == 0)
                    sg__buf_adds(&msg, "none");
                for (int k = 0; k < nr; k++)
                    sg__buf_printf(&msg, "%s%s", k ? ", " : "", rs->rules[hits[k].rule].info.id);
                sg__buf_adds(&msg, "; normalised: ");
                sg__buf_json_str(&msg, norm.text, norm.len > 300 ? 300 : norm.len);
            } else {
                continue;
            }
            failures++;
            if (diag) {
                sg_rule_diag d = { rs->files[r->file], ex->line, r->info.id,
                                   msg.data ? msg.data : "example failed" };
                diag(ud, &d);
            }
        }
    }
    rc = failures;
out:
    if (checked)
        *checked = nchecked;
    sg__scanner_free(sc);
    sg__norm_free(&norm);
    sg__buf_free(&msg);
    return rc;
}

/* ======================================================================== *
 * Cost of one pattern (`streamguard rules check --cost`)
 * ======================================================================== */

size_t sg__ruleset_npatterns(const sg_ruleset *rs)
{
    return rs ? rs->npatterns : 0;
}

int sg__ruleset_pattern(const sg_ruleset *rs, uint32_t index, uint32_t *rule_index,
                        const char **expr, int *line)
{
    if (!rs || index >= rs->npatterns)
        return SG_EINVAL;
    *rule_index = rs->pat_rule[index];
    *expr = rs->pat_expr[index];
    *line = rs->pat_line[index];
    return 0;
}

static double mono_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int count_match(unsigned int id, unsigned long long from, unsigned long long to,
                       unsigned int flags, void *ctx)
{
    (void)id, (void)from, (void)to, (void)flags;
    (*(unsigned long *)ctx)++;
    return 0;
}

int sg__pattern_cost(const sg_ruleset *rs, uint32_t index, const char *const *texts, size_t ntexts,
                     int rounds, double *compile_ms, double *scan_ns)
{
    hs_database_t *db = NULL;
    hs_scratch_t *scratch = NULL;
    hs_compile_error_t *err = NULL;
    unsigned long reports = 0;
    int rc = 0;
    if (!rs || index >= rs->npatterns || !texts || !ntexts || rounds < 1)
        return SG_EINVAL;
    const char *expr = rs->pat_expr[index];
    unsigned flags = HS_FLAG_CASELESS | (has_non_ascii(expr) ? HS_FLAG_UTF8 : 0);
    double t0 = mono_seconds();
    if (hs_compile(expr, flags, HS_MODE_BLOCK, NULL, &db, &err) != HS_SUCCESS) {
        rc = SG_ECOMPILE;
        goto out;
    }
    *compile_ms = (mono_seconds() - t0) * 1000.0;
    if (hs_alloc_scratch(db, &scratch) != HS_SUCCESS) {
        rc = SG_ENOMEM;
        goto out;
    }
    t0 = mono_seconds();
    for (int r = 0; r < rounds; r++)
        for (size_t i = 0; i < ntexts; i++)
            if (hs_scan(db, texts[i], (unsigned)strlen(texts[i]), 0, scratch, count_match,
                        &reports) != HS_SUCCESS) {
                rc = SG_ESCAN;
                goto out;
            }
    *scan_ns = (mono_seconds() - t0) * 1e9 / ((double)rounds * (double)ntexts);
out:
    if (err)
        hs_free_compile_error(err);
    if (scratch)
        hs_free_scratch(scratch);
    if (db)
        hs_free_database(db);
    return rc;
}
