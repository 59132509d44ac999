/* event.c — parses one NDJSON event line into an sg_event: strict JSON,
 * full string unescaping, UTF-8 validation and the SG_MAX_* caps.
 *
 * ------------------------------------------------------------------------
 * How it works
 * ------------------------------------------------------------------------
 *
 * Every event from every source (HTTP, NATS, replay files) passes through
 * sg_event_parse(), so it must be both fast (well under a microsecond for a
 * chat line) and impossible to crash or bloat, whatever the bytes.
 *
 * 1. Cheap refusals first: a line longer than SG_MAX_EVENT_BYTES is refused
 *    before any tokenising; a raw NUL byte, an empty line or a first
 *    non-blank byte other than '{' is refused with its position.
 *
 * 2. jsmn (strict mode, parent links) tokenises the line into a fixed array
 *    of SG_MAX_JSON_TOKENS tokens owned by the parser. jsmn never recurses
 *    and never allocates; running out of tokens is a clean SG_ETOOBIG.
 *
 * 3. jsmn alone is lenient: it accepts `{"a":1,}`, `[1 2]`, `{"a" "b"}`,
 *    `nul` or `01` as primitives, and several top-level values. So a second
 *    pass walks the tokens in document order with an explicit stack
 *    (at most SG_MAX_JSON_DEPTH frames, no recursion) and checks every byte
 *    that lies between tokens: only whitespace plus exactly the one ',' or
 *    ':' the grammar wants there. Primitives are checked against the JSON
 *    grammar for true/false/null/numbers. Because every byte of the line is
 *    either inside a token or in a checked gap, a line that survives the
 *    walk is strict JSON.
 *
 * 4. During the same walk every string (keys and values, known or ignored,
 *    at any depth) is decoded into the parser's scratch arena: escapes are
 *    resolved (surrogate pairs joined, lone surrogates refused), raw control
 *    characters and \u0000 are refused, and UTF-8 is validated (overlongs,
 *    encoded surrogates, > U+10FFFF, truncated sequences). Strings that are
 *    values of known top-level keys are committed in the arena (NUL-
 *    terminated); all others are decoded at the arena's top and forgotten
 *    (a key of plain printable ASCII without '\\' decodes to itself, so it
 *    is only checked byte by byte and looked up in place).
 *    Decoding never grows a string, so a decoded string plus its NUL is no
 *    longer than the quoted original; the quoted originals are disjoint
 *    pieces of the line; so an arena of SG_MAX_EVENT_BYTES + 1 bytes can
 *    never overflow, whatever the line (duplicate keys included).
 *
 * 5. Known top-level keys are remembered (token + decoded string); a known
 *    key seen twice is an error (reported once the walk has found the
 *    line well-formed, so syntax errors take precedence). After the walk the fields are read in the
 *    light of `type`: required ones must be present with the right JSON
 *    type, caps are applied per field, enumerations are checked. Known keys
 *    that do not belong to the event's type are ignored like unknown ones.
 *
 * Costs: one memchr, one jsmn pass, one pass over the tokens and one pass
 * over the bytes of every string; no allocation after sg_event_parser_new().
 * Error positions in messages are 0-based byte offsets into the line.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "streamguard.h"

#define JSMN_STRICT
#define JSMN_PARENT_LINKS
#define JSMN_STATIC
#include <jsmn.h>

/* ------------------------------------------------------------------------
 * Known fields
 * ---------------------------------------------------------------------- */

enum field_id {
    FIELD_TYPE = 0,
    FIELD_TS,
    FIELD_STREAM,
    FIELD_ID,
    FIELD_USER,
    FIELD_TEXT,
    FIELD_ACCOUNT_AGE_DAYS,
    FIELD_BROADCASTER,
    FIELD_BROADCASTER_AGE,
    FIELD_TITLE,
    FIELD_ITEM,
    FIELD_AMOUNT,
    FIELD_FOLLOWER,
    FIELD_RELATION,
    FIELD__COUNT
};

static const char *const field_names[FIELD__COUNT] = {
    "type",
    "ts",
    "stream",
    "id",
    "user",
    "text",
    "account_age_days",
    "broadcaster",
    "broadcaster_age",
    "title",
    "item",
    "amount",
    "follower",
    "relation",
};

/* Returns the field of a decoded top-level key, or -1 for an unknown key. */
static int field_lookup(const char *k, size_t n)
{
    switch (n) {
    case 2:
        if (k[0] == 't' && k[1] == 's')
            return FIELD_TS;
        if (k[0] == 'i' && k[1] == 'd')
            return FIELD_ID;
        return -1;
    case 4:
        if (memcmp(k, "type", 4) == 0)
            return FIELD_TYPE;
        if (memcmp(k, "user", 4) == 0)
            return FIELD_USER;
        if (memcmp(k, "text", 4) == 0)
            return FIELD_TEXT;
        if (memcmp(k, "item", 4) == 0)
            return FIELD_ITEM;
        return -1;
    case 5: return memcmp(k, "title", 5) == 0 ? FIELD_TITLE : -1;
    case 6:
        if (memcmp(k, "stream", 6) == 0)
            return FIELD_STREAM;
        if (memcmp(k, "amount", 6) == 0)
            return FIELD_AMOUNT;
        return -1;
    case 8:
        if (memcmp(k, "follower", 8) == 0)
            return FIELD_FOLLOWER;
        if (memcmp(k, "relation", 8) == 0)
            return FIELD_RELATION;
        return -1;
    case 11: return memcmp(k, "broadcaster", 11) == 0 ? FIELD_BROADCASTER : -1;
    case 15: return memcmp(k, "broadcaster_age", 15) == 0 ? FIELD_BROADCASTER_AGE : -1;
    case 16: return memcmp(k, "account_age_days", 16) == 0 ? FIELD_ACCOUNT_AGE_DAYS : -1;
    }
    return -1;
}

/* Where a known field's value was found in the current line. */
typedef struct field_slot {
    int tok;       /* token index of the value */
    const char *s; /* decoded string in the arena (string values only) */
    size_t n;      /* its length */
} field_slot;

#define ARENA_BYTES (SG_MAX_EVENT_BYTES + 1)

struct sg_event_parser {
    jsmntok_t tok[SG_MAX_JSON_TOKENS]; /* tokens of the current line */
    field_slot slot[FIELD__COUNT];     /* known fields of the current line */
    unsigned seen;                     /* bit per field_id present */
    size_t arena_used;                 /* committed bytes of arena */
    char arena[ARENA_BYTES];           /* decoded strings; see essay point 4 */
};

int sg_event_parser_new(sg_event_parser **out)
{
    if (!out)
        return SG_EINVAL;
    *out = malloc(sizeof **out);
    return *out ? 0 : SG_ENOMEM;
}

void sg_event_parser_free(sg_event_parser *p)
{
    free(p);
}

/* ------------------------------------------------------------------------
 * Error reporting
 * ---------------------------------------------------------------------- */

typedef struct errsink {
    char *buf;
    size_t cap;
} errsink;

__attribute__((format(printf, 3, 4))) static int fail(errsink *e, int code, const char *fmt, ...)
{
    if (e->cap > 0) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(e->buf, e->cap, fmt, ap);
        va_end(ap);
    }
    return code;
}

/* Copies at most 32 bytes of a decoded value for an error message, cut on a
 * UTF-8 boundary, with control characters replaced by '?'. */
static const char *quote_value(char *dst, size_t dstcap, const char *s, size_t n)
{
    size_t m = n < dstcap - 4 ? n : dstcap - 4;
    if (m > 32)
        m = 32;
    if (m < n)
        while (m > 0 && ((unsigned char)s[m] & 0xC0) == 0x80)
            m--;
    for (size_t i = 0; i < m; i++) {
        unsigned char c = (unsigned char)s[i];
        dst[i] = (c < 0x20 || c == 0x7f) ? '?' : (char)c;
    }
    if (m < n) {
        memcpy(dst + m, "...", 4);
    } else {
        dst[m] = '\0';
    }
    return dst;
}

/* ------------------------------------------------------------------------
 * Strings: unescaping and UTF-8 validation in one pass
 * ---------------------------------------------------------------------- */

enum str_problem {
    STR_OK = 0,
    STR_BAD_ESCAPE,
    STR_CONTROL,
    STR_NUL,
    STR_SURROGATE,
    STR_UTF8,
};

/* Reads 4 hex digits at s (at least 4 bytes must be there); -1 if not hex. */
static long hex4(const unsigned char *s)
{
    int a = sg__hexval(s[0]), b = sg__hexval(s[1]), c = sg__hexval(s[2]), d = sg__hexval(s[3]);
    if ((a | b | c | d) < 0)
        return -1;
    return (long)((a << 12) | (b << 8) | (c << 4) | d);
}

/* 1 for the bytes a JSON string may hold as themselves without a second
 * look: printable ASCII but the backslash ('"' never reaches here). */
static const unsigned char plain_ascii[256] = {
#define R16(v) v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v
    R16(0), R16(0), /* 0x00-0x1f: control characters */
    R16(1), R16(1), R16(1), 1,      1,      1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0 /* 0x5c '\\' */,
    1,      1,      1,      R16(1), R16(1),
/* 0x80-0xff: zero (UTF-8 lead and continuation bytes) */
#undef R16
};

/* Decodes the body of a JSON string (between the quotes) from src[0..n)
 * into dst, which has room for n + 1 bytes; NUL-terminates it. Returns
 * STR_OK and the length in *outlen, or a problem and its offset in src in
 * *where. */
static enum str_problem decode_string(const char *src, size_t n, char *dst, size_t *outlen,
                                      size_t *where)
{
    const unsigned char *s = (const unsigned char *)src, *e = s + n;
    unsigned char *d = (unsigned char *)dst;
    enum str_problem why;

    while (s < e) {
        unsigned c = *s;
        if (plain_ascii[c]) {
            /* ASCII fast path: copy the whole run */
            do
                *d++ = *s++;
            while (s < e && plain_ascii[*s]);
            continue;
        }
        if (c == '\\') {
            if (e - s < 2) {
                why = STR_BAD_ESCAPE;
                goto bad;
            }
            switch (s[1]) {
            case '"':
                *d++ = '"';
                s += 2;
                continue;
            case '\\':
                *d++ = '\\';
                s += 2;
                continue;
            case '/':
                *d++ = '/';
                s += 2;
                continue;
            case 'b':
                *d++ = '\b';
                s += 2;
                continue;
            case 'f':
                *d++ = '\f';
                s += 2;
                continue;
            case 'n':
                *d++ = '\n';
                s += 2;
                continue;
            case 'r':
                *d++ = '\r';
                s += 2;
                continue;
            case 't':
                *d++ = '\t';
                s += 2;
                continue;
            case 'u': break;
            default: why = STR_BAD_ESCAPE; goto bad;
            }
            long cp;
            if (e - s < 6 || (cp = hex4(s + 2)) < 0) {
                why = STR_BAD_ESCAPE;
                goto bad;
            }
            if (cp == 0) {
                why = STR_NUL;
                goto bad;
            }
            size_t used = 6;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                long lo;
                if (e - s < 12 || s[6] != '\\' || s[7] != 'u' || (lo = hex4(s + 8)) < 0xDC00 ||
                    lo > 0xDFFF) {
                    why = STR_SURROGATE;
                    goto bad;
                }
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                used = 12;
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                why = STR_SURROGATE;
                goto bad;
            }
            if (cp < 0x80) {
                *d++ = (unsigned char)cp;
            } else if (cp < 0x800) {
                *d++ = (unsigned char)(0xC0 | (cp >> 6));
                *d++ = (unsigned char)(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                *d++ = (unsigned char)(0xE0 | (cp >> 12));
                *d++ = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
                *d++ = (unsigned char)(0x80 | (cp & 0x3F));
            } else {
                *d++ = (unsigned char)(0xF0 | (cp >> 18));
                *d++ = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
                *d++ = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
                *d++ = (unsigned char)(0x80 | (cp & 0x3F));
            }
            s += used;
            continue;
        }
        if (c < 0x20) {
            why = STR_CONTROL;
            goto bad;
        }
        /* A multi-byte UTF-8 sequence (Unicode table 3-7, well-formed
         * sequences only). */
        size_t need;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0)
                lo = 0xA0; /* no overlongs */
            else if (c == 0xED)
                hi = 0x9F; /* no UTF-16 surrogates */
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0)
                lo = 0x90; /* no overlongs */
            else if (c == 0xF4)
                hi = 0x8F; /* nothing above U+10FFFF */
        } else {
            why = STR_UTF8;
            goto bad;
        }
        if ((size_t)(e - s) <= need || s[1] < lo || s[1] > hi) {
            why = STR_UTF8;
            goto bad;
        }
        for (size_t k = 2; k <= need; k++) {
            if ((s[k] & 0xC0) != 0x80) {
                why = STR_UTF8;
                goto bad;
            }
        }
        memcpy(d, s, need + 1);
        d += need + 1;
        s += need + 1;
    }
    *d = '\0';
    *outlen = (size_t)(d - (unsigned char *)dst);
    return STR_OK;
bad:
    *where = (size_t)(s - (const unsigned char *)src);
    return why;
}

/* Decodes string token t at the top of the arena (not committed). */
static int decode_token(sg_event_parser *p, const char *js, const jsmntok_t *t, int field,
                        size_t *outlen, errsink *e)
{
    size_t where = 0, rawlen = (size_t)(t->end - t->start);
    if (ARENA_BYTES - p->arena_used < rawlen + 1) /* cannot happen; see essay */
        return fail(e, SG_ETOOBIG, "event strings exceed the parser's arena");
    enum str_problem why =
        decode_string(js + t->start, rawlen, p->arena + p->arena_used, outlen, &where);
    if (why == STR_OK)
        return 0;
    static const char *const what[] = {
        [STR_BAD_ESCAPE] = "invalid escape", [STR_CONTROL] = "unescaped control character",
        [STR_NUL] = "\\u0000 not allowed",   [STR_SURROGATE] = "unpaired UTF-16 surrogate",
        [STR_UTF8] = "invalid UTF-8",
    };
    int code = (why == STR_SURROGATE || why == STR_UTF8) ? SG_EUTF8 : SG_EJSON;
    size_t at = (size_t)t->start + where;
    if (field >= 0)
        return fail(e, code, "field '%s': %s at byte %zu", field_names[field], what[why], at);
    return fail(e, code, "%s at byte %zu", what[why], at);
}

/* ------------------------------------------------------------------------
 * The structural walk (essay point 3)
 * ---------------------------------------------------------------------- */

static inline bool is_ws(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

static inline int raw_start(const jsmntok_t *t)
{
    return t->type == JSMN_STRING ? t->start - 1 : t->start;
}

static inline int raw_end(const jsmntok_t *t)
{
    return t->type == JSMN_STRING ? t->end + 1 : t->end;
}

/* Checks that js[pos..to) is whitespace around exactly one sep (or only
 * whitespace when sep is 0). Returns -1 when it is, else the offset of the
 * offending byte. */
static int check_gap(const char *js, int pos, int to, char sep)
{
    if (pos > to)
        return to;
    while (pos < to && is_ws(js[pos]))
        pos++;
    if (sep) {
        if (pos == to || js[pos] != sep)
            return pos;
        pos++;
        while (pos < to && is_ws(js[pos]))
            pos++;
    }
    return pos == to ? -1 : pos;
}

/* JSON grammar for primitives: true, false, null, or
 * -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static bool primitive_ok(const char *s, size_t n)
{
    switch (s[0]) {
    case 't': return n == 4 && memcmp(s, "true", 4) == 0;
    case 'f': return n == 5 && memcmp(s, "false", 5) == 0;
    case 'n': return n == 4 && memcmp(s, "null", 4) == 0;
    }
    size_t i = 0;
    if (s[i] == '-')
        i++;
    if (i == n)
        return false;
    if (s[i] == '0') {
        i++;
    } else if (s[i] >= '1' && s[i] <= '9') {
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
    } else {
        return false;
    }
    if (i < n && s[i] == '.') {
        size_t d = ++i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == d)
            return false;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        size_t d = i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == d)
            return false;
    }
    return i == n;
}

typedef struct frame {
    int tok;         /* the container's token */
    int count;       /* members or elements seen */
    bool want_value; /* object: a key was read, its value is next */
    int key_field;   /* depth 1: field_id of the pending key, or -1 */
} frame;

static int walk(sg_event_parser *p, const char *js, int len, int ntok, errsink *e)
{
    const jsmntok_t *t = p->tok;
    frame st[SG_MAX_JSON_DEPTH];
    int depth = 1, i = 1, pos = t[0].start + 1, bad, dup = -1;

    st[0] = (frame){ .tok = 0, .count = 0, .want_value = false, .key_field = -1 };
    while (depth > 0) {
        frame *f = &st[depth - 1];
        const jsmntok_t *c = &t[f->tok];
        bool has_child = i < ntok && t[i].start < c->end;

        if (f->want_value) {
            if (!has_child) {
                bad = check_gap(js, pos, c->end - 1, ':');
                return fail(e, SG_EJSON, "invalid JSON at byte %d", bad >= 0 ? bad : c->end - 1);
            }
            if ((bad = check_gap(js, pos, raw_start(&t[i]), ':')) >= 0)
                return fail(e, SG_EJSON, "invalid JSON at byte %d", bad);
        } else if (!has_child) {
            int close = c->end - 1;
            if ((bad = check_gap(js, pos, close, 0)) >= 0 ||
                js[close] != (c->type == JSMN_OBJECT ? '}' : ']'))
                return fail(e, SG_EJSON, "invalid JSON at byte %d", bad >= 0 ? bad : close);
            pos = c->end;
            depth--;
            continue;
        } else {
            if ((bad = check_gap(js, pos, raw_start(&t[i]), f->count ? ',' : 0)) >= 0)
                return fail(e, SG_EJSON, "invalid JSON at byte %d", bad);
            if (c->type == JSMN_OBJECT) {
                /* a key */
                size_t klen;
                int rc;
                if (t[i].type != JSMN_STRING)
                    return fail(e, SG_EJSON, "invalid JSON at byte %d", raw_start(&t[i]));
                /* A key of plain ASCII (every key an event should have)
                 * decodes to itself: look it up in place. Anything else is
                 * decoded, and so checked, at the arena's top. */
                const char *key = js + t[i].start;
                klen = (size_t)(t[i].end - t[i].start);
                for (size_t k = 0; k < klen; k++) {
                    if (!plain_ascii[(unsigned char)key[k]]) {
                        if ((rc = decode_token(p, js, &t[i], -1, &klen, e)) < 0)
                            return rc;
                        key = p->arena + p->arena_used;
                        break;
                    }
                }
                f->key_field = -1;
                if (depth == 1) {
                    int fid = field_lookup(key, klen);
                    if (fid >= 0) {
                        /* reported after the walk: syntax errors come first */
                        if ((p->seen & (1u << fid)) && dup < 0)
                            dup = fid;
                        p->seen |= 1u << fid;
                        f->key_field = fid;
                    }
                }
                pos = raw_end(&t[i]);
                i++;
                f->want_value = true;
                continue;
            }
        }

        /* a value: t[i], member of an object or element of an array */
        const jsmntok_t *v = &t[i];
        int fid = depth == 1 ? f->key_field : -1;
        f->count++;
        f->want_value = false;
        if (fid >= 0)
            p->slot[fid] = (field_slot){ .tok = i, .s = NULL, .n = 0 };
        switch (v->type) {
        case JSMN_OBJECT:
        case JSMN_ARRAY:
            if (depth == SG_MAX_JSON_DEPTH)
                return fail(e, SG_ETOOBIG, "JSON nested deeper than %d levels at byte %d",
                            SG_MAX_JSON_DEPTH, v->start);
            st[depth++] = (frame){ .tok = i, .count = 0, .want_value = false, .key_field = -1 };
            pos = v->start + 1;
            break;
        case JSMN_STRING: {
            size_t n;
            int rc = decode_token(p, js, v, fid, &n, e);
            if (rc < 0)
                return rc;
            if (fid >= 0) {
                p->slot[fid].s = p->arena + p->arena_used;
                p->slot[fid].n = n;
                p->arena_used += n + 1;
            }
            pos = raw_end(v);
            break;
        }
        default:
            if (!primitive_ok(js + v->start, (size_t)(v->end - v->start)))
                return fail(e, SG_EJSON, "invalid JSON at byte %d", v->start);
            pos = raw_end(v);
            break;
        }
        i++;
    }
    if ((bad = check_gap(js, pos, len, 0)) >= 0 || i != ntok)
        return fail(e, SG_EJSON, "trailing data after the JSON object at byte %d",
                    bad >= 0 ? bad : raw_start(&t[i]));
    if (dup >= 0)
        return fail(e, SG_EFIELD, "duplicate field '%s'", field_names[dup]);
    return 0;
}

/* ------------------------------------------------------------------------
 * Typed field access
 * ---------------------------------------------------------------------- */

static inline bool present(const sg_event_parser *p, int fid)
{
    return (p->seen >> fid) & 1u;
}

static inline bool is_null(const sg_event_parser *p, const char *js, int fid)
{
    const jsmntok_t *t = &p->tok[p->slot[fid].tok];
    return t->type == JSMN_PRIMITIVE && js[t->start] == 'n';
}

/* A string field. Optional fields that are absent or null give NULL. */
static int get_string(const sg_event_parser *p, const char *js, int fid, bool required, size_t cap,
                      const char **out, size_t *outlen, errsink *e)
{
    *out = NULL;
    if (outlen)
        *outlen = 0;
    if (!present(p, fid) || (!required && is_null(p, js, fid))) {
        if (required)
            return fail(e, SG_EFIELD, "missing field '%s'", field_names[fid]);
        return 0;
    }
    const field_slot *s = &p->slot[fid];
    if (p->tok[s->tok].type != JSMN_STRING)
        return fail(e, SG_EFIELD, "field '%s' must be a string", field_names[fid]);
    if (s->n > cap)
        return fail(e, SG_ETOOBIG, "field '%s' exceeds %zu bytes", field_names[fid], cap);
    *out = s->s;
    if (outlen)
        *outlen = s->n;
    return 0;
}

/* An identifier: a required, non-empty string of at most SG_MAX_ID_BYTES. */
static int get_id(const sg_event_parser *p, const char *js, int fid, const char **out, errsink *e)
{
    size_t n;
    int rc = get_string(p, js, fid, true, SG_MAX_ID_BYTES, out, &n, e);
    if (rc == 0 && n == 0)
        return fail(e, SG_EFIELD, "field '%s' must not be empty", field_names[fid]);
    return rc;
}

/* An integer field in [min, max]. *absent is set for an optional field that
 * is absent or null. */
static int get_int(const sg_event_parser *p, const char *js, int fid, bool required, int64_t min,
                   int64_t max, const char *range_words, int64_t *out, bool *absent, errsink *e)
{
    *absent = false;
    if (!present(p, fid) || (!required && is_null(p, js, fid))) {
        if (required)
            return fail(e, SG_EFIELD, "missing field '%s'", field_names[fid]);
        *absent = true;
        return 0;
    }
    const jsmntok_t *t = &p->tok[p->slot[fid].tok];
    const char *s = js + t->start;
    size_t n = (size_t)(t->end - t->start), i = 0;
    if (t->type != JSMN_PRIMITIVE || s[0] == 't' || s[0] == 'f' || s[0] == 'n')
        return fail(e, SG_EFIELD, "field '%s' must be an integer", field_names[fid]);
    /* the walk validated the number grammar; reject fractions and exponents */
    for (size_t k = 0; k < n; k++)
        if (s[k] == '.' || s[k] == 'e' || s[k] == 'E')
            return fail(e, SG_EFIELD, "field '%s' must be an integer", field_names[fid]);
    /* every range used is non-negative: "-0" is 0, any other negative fails */
    bool neg = s[0] == '-';
    uint64_t v = 0;
    for (i = neg ? 1 : 0; i < n; i++) {
        if (__builtin_mul_overflow(v, 10, &v) ||
            __builtin_add_overflow(v, (unsigned)(s[i] - '0'), &v)) {
            v = UINT64_MAX;
            break;
        }
    }
    if ((neg && v != 0) || v > (uint64_t)max || (int64_t)v < min)
        return fail(e, SG_EFIELD, "field '%s' must be %s", field_names[fid], range_words);
    int64_t value = (int64_t)v;
    *out = value;
    return 0;
}

/* An optional boolean field: 1 true, 0 false, -1 absent or null. */
static int get_bool(const sg_event_parser *p, const char *js, int fid, int8_t *out, errsink *e)
{
    *out = -1;
    if (!present(p, fid) || is_null(p, js, fid))
        return 0;
    const jsmntok_t *t = &p->tok[p->slot[fid].tok];
    if (t->type != JSMN_PRIMITIVE || (js[t->start] != 't' && js[t->start] != 'f'))
        return fail(e, SG_EFIELD, "field '%s' must be true or false", field_names[fid]);
    *out = js[t->start] == 't';
    return 0;
}

static const struct {
    const char *name;
    size_t len;
    sg_event_type type;
} event_types[] = {
    { "chat", 4, SG_EV_CHAT },
    { "gift", 4, SG_EV_GIFT },
    { "stream_start", 12, SG_EV_STREAM_START },
    { "stream_end", 10, SG_EV_STREAM_END },
};

static const char *const relation_names[SG_REL__COUNT] = { "none", "moderator", "family",
                                                           "trusted" };

const char *sg_relation_name(sg_relation r)
{
    return (unsigned)r < SG_REL__COUNT ? relation_names[r] : NULL;
}

static int relation_parse(const char *s, size_t n)
{
    for (int r = 0; r < SG_REL__COUNT; r++)
        if (strlen(relation_names[r]) == n && memcmp(relation_names[r], s, n) == 0)
            return r;
    return -1;
}

static int read_fields(const sg_event_parser *p, const char *js, sg_event *ev, errsink *e)
{
    const char *type;
    size_t tlen;
    int64_t v;
    bool absent;
    int rc;

    if ((rc = get_string(p, js, FIELD_TYPE, true, SIZE_MAX, &type, &tlen, e)) < 0)
        return rc;
    ev->type = 0;
    for (size_t k = 0; k < sizeof event_types / sizeof event_types[0]; k++)
        if (event_types[k].len == tlen && memcmp(event_types[k].name, type, tlen) == 0)
            ev->type = event_types[k].type;
    if (ev->type == 0) {
        char q[48];
        return fail(e, SG_EFIELD, "unknown event type '%s'", quote_value(q, sizeof q, type, tlen));
    }

    if ((rc = get_int(p, js, FIELD_TS, true, 0, INT64_MAX, "a non-negative integer", &ev->ts,
                      &absent, e)) < 0)
        return rc;
    if ((rc = get_id(p, js, FIELD_STREAM, &ev->stream, e)) < 0)
        return rc;

    switch (ev->type) {
    case SG_EV_CHAT:
    case SG_EV_GIFT:
        if ((rc = get_id(p, js, FIELD_ID, &ev->id, e)) < 0 ||
            (rc = get_id(p, js, FIELD_USER, &ev->user, e)) < 0 ||
            (rc = get_bool(p, js, FIELD_FOLLOWER, &ev->follower, e)) < 0)
            return rc;
        {
            const char *rel;
            size_t rlen;
            if ((rc = get_string(p, js, FIELD_RELATION, false, SIZE_MAX, &rel, &rlen, e)) < 0)
                return rc;
            if (rel) {
                int r = relation_parse(rel, rlen);
                if (r < 0)
                    return fail(e, SG_EFIELD,
                                "field 'relation' must be one of moderator, family, trusted, "
                                "none");
                ev->relation = (sg_relation)r;
            }
        }
        if (ev->type == SG_EV_CHAT) {
            if ((rc = get_string(p, js, FIELD_TEXT, true, SG_MAX_TEXT_BYTES, &ev->text,
                                 &ev->text_len, e)) < 0)
                return rc;
            if ((rc = get_int(p, js, FIELD_ACCOUNT_AGE_DAYS, false, 0, INT32_MAX,
                              "a non-negative integer", &v, &absent, e)) < 0)
                return rc;
            ev->account_age_days = absent ? -1 : (int32_t)v;
        } else {
            if ((rc = get_id(p, js, FIELD_ITEM, &ev->item, e)) < 0)
                return rc;
            if ((rc = get_int(p, js, FIELD_AMOUNT, true, 1, INT64_MAX, "a positive integer",
                              &ev->amount, &absent, e)) < 0)
                return rc;
        }
        break;
    case SG_EV_STREAM_START: {
        const char *age;
        size_t alen;
        if ((rc = get_id(p, js, FIELD_BROADCASTER, &ev->broadcaster, e)) < 0)
            return rc;
        if ((rc = get_string(p, js, FIELD_BROADCASTER_AGE, false, SIZE_MAX, &age, &alen, e)) < 0)
            return rc;
        if (age) {
            int band = sg_age_band_parse(age, alen);
            if (band < 0)
                return fail(e, SG_EFIELD,
                            "field 'broadcaster_age' must be one of under13, "
                            "13-15, 16-17, adult, unknown");
            ev->broadcaster_age = (sg_age_band)band;
        }
        if ((rc = get_string(p, js, FIELD_TITLE, false, SG_MAX_TITLE_BYTES, &ev->title, NULL, e)) <
            0)
            return rc;
        break;
    }
    case SG_EV_STREAM_END: break;
    }
    return 0;
}

/* ------------------------------------------------------------------------
 * Entry point
 * ---------------------------------------------------------------------- */

int sg_event_parse(sg_event_parser *p, const char *json, size_t len, sg_event *ev, char *err,
                   size_t errcap)
{
    errsink e = { err, errcap };
    jsmn_parser jp;
    const char *nul;
    size_t first = 0;
    int ntok, rc;

    if (errcap > 0)
        err[0] = '\0';
    if (!p || !ev || (!json && len > 0))
        return fail(&e, SG_EINVAL, "invalid argument");
    if (len > SG_MAX_EVENT_BYTES)
        return fail(&e, SG_ETOOBIG, "event exceeds %d bytes", SG_MAX_EVENT_BYTES);
    if (len > 0 && (nul = memchr(json, '\0', len)) != NULL)
        return fail(&e, SG_EJSON, "NUL byte at byte %zu", (size_t)(nul - json));
    while (first < len && is_ws(json[first]))
        first++;
    if (first == len)
        return fail(&e, SG_EJSON, "empty line");
    if (json[first] != '{')
        return fail(&e, SG_EJSON, "event must be a JSON object (byte %zu)", first);

    jsmn_init(&jp);
    ntok = jsmn_parse(&jp, json, len, p->tok, SG_MAX_JSON_TOKENS);
    if (ntok == JSMN_ERROR_NOMEM)
        return fail(&e, SG_ETOOBIG, "event has more than %d JSON tokens", SG_MAX_JSON_TOKENS);
    if (ntok < 0 && jp.toknext > 0 && p->tok[0].end > 0) {
        /* the object was closed; what jsmn tripped on comes after it */
        size_t at = (size_t)p->tok[0].end;
        while (at < len && is_ws(json[at]))
            at++;
        return fail(&e, SG_EJSON, "trailing data after the JSON object at byte %zu", at);
    }
    if (ntok == JSMN_ERROR_PART)
        return fail(&e, SG_EJSON, "truncated JSON: the line ends inside a value");
    if (ntok < 0 && jp.pos < len && json[jp.pos] == '"') /* jsmn's only string error */
        return fail(&e, SG_EJSON, "invalid escape in the string at byte %u", jp.pos);
    if (ntok < 0)
        return fail(&e, SG_EJSON, "invalid JSON at byte %u", jp.pos);

    p->seen = 0;
    p->arena_used = 0;
    if ((rc = walk(p, json, (int)len, ntok, &e)) < 0)
        return rc;

    memset(ev, 0, sizeof *ev);
    ev->account_age_days = -1;
    ev->follower = -1;
    ev->relation = SG_REL_NONE;
    ev->broadcaster_age = SG_AGE_UNKNOWN;
    return read_fields(p, json, ev, &e);
}
