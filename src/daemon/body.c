/* body.c — request body parsing at the daemon's API boundary (body.h). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define JSMN_STATIC
#define JSMN_STRICT
#include <jsmn.h>

#include "buf.h"
#include "daemon/body.h"
#include "streamguard.h"

#define BODY_MAX_TOKENS 64

static bool blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            return false;
    return true;
}

size_t sg__body_count_lines(const char *body, size_t len)
{
    size_t count = 0;
    const char *p = body, *end = body + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        if (!blank(p, (size_t)(le - p)))
            count++;
        p = nl ? nl + 1 : end;
    }
    return count;
}

int sg__body_lines(const char *body, size_t len, bool single, size_t max_lines, sg__line_fn fn,
                   void *ud)
{
    if (single) {
        if (blank(body, len))
            return 0;
        return fn(ud, 1, body, len);
    }
    if (sg__body_count_lines(body, len) > max_lines)
        return SG_ETOOBIG;
    const char *p = body, *end = body + len;
    size_t lineno = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        size_t n = (size_t)(le - p);
        lineno++;
        if (n && p[n - 1] == '\r')
            n--;
        if (!blank(p, n)) {
            int rc = fn(ud, lineno, p, n);
            if (rc)
                return rc;
        }
        p = nl ? nl + 1 : end;
    }
    return 0;
}

static int hex4(const char *s, size_t n, size_t i, uint32_t *out)
{
    if (i + 4 > n)
        return -1;
    uint32_t v = 0;
    for (int k = 0; k < 4; k++) {
        int h = sg__hexval(s[i + (size_t)k]);
        if (h < 0)
            return -1;
        v = v << 4 | (uint32_t)h;
    }
    *out = v;
    return 0;
}

/* Length of a valid UTF-8 sequence at s (max n bytes), 0 if invalid. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    size_t len;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (len > n)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = cp << 6 | (s[i] & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    return len;
}

static size_t put_utf8(char *o, uint32_t cp)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | cp >> 6);
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | cp >> 12);
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | cp >> 18);
    o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

int sg__json_unescape(const char *s, size_t n, char *out, size_t cap, size_t *outlen)
{
    size_t o = 0;
    if (!cap)
        return SG_ETOOBIG;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        char tmp[4];
        size_t tl;
        if (c == '\\') {
            if (i + 1 >= n)
                return SG_EJSON;
            char e = s[i + 1];
            i += 2;
            switch (e) {
            case '"':
                tmp[0] = '"';
                tl = 1;
                break;
            case '\\':
                tmp[0] = '\\';
                tl = 1;
                break;
            case '/':
                tmp[0] = '/';
                tl = 1;
                break;
            case 'b':
                tmp[0] = '\b';
                tl = 1;
                break;
            case 'f':
                tmp[0] = '\f';
                tl = 1;
                break;
            case 'n':
                tmp[0] = '\n';
                tl = 1;
                break;
            case 'r':
                tmp[0] = '\r';
                tl = 1;
                break;
            case 't':
                tmp[0] = '\t';
                tl = 1;
                break;
            case 'u': {
                uint32_t cp, lo;
                if (hex4(s, n, i, &cp))
                    return SG_EJSON;
                i += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (i + 2 > n || s[i] != '\\' || s[i + 1] != 'u' || hex4(s, n, i + 2, &lo) ||
                        lo < 0xDC00 || lo > 0xDFFF)
                        return SG_EUTF8;
                    i += 6;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return SG_EUTF8;
                }
                if (cp == 0)
                    return SG_EJSON;
                tl = put_utf8(tmp, cp);
                break;
            }
            default: return SG_EJSON;
            }
        } else if (c < 0x20) {
            return SG_EJSON;
        } else {
            tl = utf8_len((const unsigned char *)s + i, n - i);
            if (!tl)
                return SG_EUTF8;
            memcpy(tmp, s + i, tl);
            i += tl;
        }
        if (o + tl >= cap)
            return SG_ETOOBIG;
        memcpy(out + o, tmp, tl);
        o += tl;
    }
    out[o] = 0;
    if (outlen)
        *outlen = o;
    return 0;
}

/* Parses a JSON object body into toks; returns the token count or a
 * negative code with a reason. */
static int parse_object(const char *body, size_t len, jsmntok_t *toks, char *err, size_t errcap)
{
    jsmn_parser p;
    if (len > 64 * 1024) {
        snprintf(err, errcap, "body exceeds 65536 bytes");
        return SG_ETOOBIG;
    }
    jsmn_init(&p);
    int n = jsmn_parse(&p, body, len, toks, BODY_MAX_TOKENS);
    if (n < 0) {
        snprintf(err, errcap, "%s",
                 n == JSMN_ERROR_NOMEM  ? "JSON body has too many fields"
                 : n == JSMN_ERROR_PART ? "JSON body is truncated"
                                        : "malformed JSON body");
        return SG_EJSON;
    }
    if (n < 1 || toks[0].type != JSMN_OBJECT) {
        snprintf(err, errcap, "JSON body must be an object");
        return SG_EJSON;
    }
    /* Nothing but whitespace may follow the object. */
    for (size_t i = (size_t)toks[0].end; i < len; i++)
        if (body[i] != ' ' && body[i] != '\n' && body[i] != '\r' && body[i] != '\t') {
            snprintf(err, errcap, "trailing data after the JSON object");
            return SG_EJSON;
        }
    return n;
}

/* Index of the value of top-level key, or -1. Skips nested values. */
static int skip_value(const jsmntok_t *t, int n, int i)
{
    int end = i + 1;
    if (t[i].type == JSMN_OBJECT || t[i].type == JSMN_ARRAY) {
        int children = t[i].size * (t[i].type == JSMN_OBJECT ? 2 : 1);
        for (int k = 0; k < children && end < n; k++)
            end = skip_value(t, n, end);
    }
    return end;
}

static int find_key(const char *js, const jsmntok_t *t, int n, const char *key)
{
    size_t kl = strlen(key);
    int i = 1;
    for (int k = 0; k < t[0].size && i + 1 < n; k++) {
        if (t[i].type == JSMN_STRING && (size_t)(t[i].end - t[i].start) == kl &&
            !memcmp(js + t[i].start, key, kl))
            return i + 1;
        i = skip_value(t, n, i + 1);
    }
    return -1;
}

static int get_string(const char *js, const jsmntok_t *t, int n, const char *key, char *out,
                      size_t cap, bool required, char *err, size_t errcap)
{
    int v = find_key(js, t, n, key);
    if (v < 0) {
        if (required) {
            snprintf(err, errcap, "missing field '%s'", key);
            return SG_EFIELD;
        }
        out[0] = 0;
        return 0;
    }
    if (t[v].type != JSMN_STRING) {
        snprintf(err, errcap, "field '%s' must be a string", key);
        return SG_EFIELD;
    }
    int rc = sg__json_unescape(js + t[v].start, (size_t)(t[v].end - t[v].start), out, cap, NULL);
    if (rc)
        snprintf(err, errcap, "field '%s': %s", key,
                 rc == SG_ETOOBIG ? "too long"
                 : rc == SG_EUTF8 ? "invalid UTF-8 or escape"
                                  : "bad escape");
    return rc;
}

int sg__body_resolve(const char *body, size_t len, char outcome[16], char *note, size_t notecap,
                     char *err, size_t errcap)
{
    jsmntok_t toks[BODY_MAX_TOKENS];
    int n = parse_object(body, len, toks, err, errcap), rc;
    if (n < 0)
        return n;
    if ((rc = get_string(body, toks, n, "outcome", outcome, 16, true, err, errcap)))
        return rc;
    if (strcmp(outcome, "confirmed") && strcmp(outcome, "dismissed") &&
        strcmp(outcome, "escalated")) {
        snprintf(err, errcap, "outcome must be confirmed, dismissed or escalated");
        return SG_EFIELD;
    }
    return get_string(body, toks, n, "note", note, notecap, false, err, errcap);
}

int sg__body_match(const char *body, size_t len, char hash[65], int *radius, char *stream,
                   char *user, size_t idcap, char *err, size_t errcap)
{
    jsmntok_t toks[BODY_MAX_TOKENS];
    int n = parse_object(body, len, toks, err, errcap), rc;
    if (n < 0)
        return n;
    if ((rc = get_string(body, toks, n, "hash", hash, 65, true, err, errcap)))
        return rc;
    if (strlen(hash) != 64) {
        snprintf(err, errcap, "hash must be 64 hex characters");
        return SG_EFIELD;
    }
    for (int i = 0; i < 64; i++)
        if (sg__hexval(hash[i]) < 0) {
            snprintf(err, errcap, "hash must be 64 hex characters");
            return SG_EFIELD;
        }
    *radius = 31;
    int v = find_key(body, toks, n, "radius");
    if (v >= 0) {
        long r = 0;
        int k = toks[v].start, e = toks[v].end;
        if (toks[v].type != JSMN_PRIMITIVE || e - k < 1 || e - k > 2) {
            snprintf(err, errcap, "radius must be an integer 0..64");
            return SG_EFIELD;
        }
        for (; k < e; k++) {
            if (body[k] < '0' || body[k] > '9') {
                snprintf(err, errcap, "radius must be an integer 0..64");
                return SG_EFIELD;
            }
            r = r * 10 + (body[k] - '0');
        }
        if (r > 64) {
            snprintf(err, errcap, "radius must be an integer 0..64");
            return SG_EFIELD;
        }
        *radius = (int)r;
    }
    if ((rc = get_string(body, toks, n, "stream", stream, idcap, false, err, errcap)))
        return rc;
    return get_string(body, toks, n, "user", user, idcap, false, err, errcap);
}

int sg__body_bank_mode(const char *body, size_t len, int *mode, char *err, size_t errcap)
{
    jsmntok_t toks[BODY_MAX_TOKENS];
    char m[16];
    int n = parse_object(body, len, toks, err, errcap), rc;
    if (n < 0)
        return n;
    if ((rc = get_string(body, toks, n, "mode", m, sizeof m, true, err, errcap)))
        return rc;
    if (!strcmp(m, "enabled"))
        *mode = 0;
    else if (!strcmp(m, "disabled"))
        *mode = 1;
    else if (!strcmp(m, "negative"))
        *mode = 2;
    else {
        snprintf(err, errcap, "mode must be enabled, disabled or negative");
        return SG_EFIELD;
    }
    return 0;
}

bool sg__body_id_ok(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    if (!n || n >= SG_MAX_ID_BYTES)
        return false;
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        unsigned c = *p;
        int more;
        uint32_t cp;
        if (c < 0x80) {
            if (c < 0x20 || c == 0x7f)
                return false;
            p++;
            continue;
        } else if (c >= 0xc2 && c <= 0xdf) {
            more = 1, cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            more = 2, cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            more = 3, cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= more)
            return false;
        for (int i = 1; i <= more; i++) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            cp = cp << 6 | (p[i] & 0x3f);
        }
        if ((more == 2 && cp < 0x800) || (more == 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
            (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        p += more + 1;
    }
    return true;
}

int sg__body_parse_ts(const char *s, size_t n, int64_t *ts)
{
    int64_t v = 0;
    if (!n || n > 16)
        return SG_EFIELD;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return SG_EFIELD;
        v = v * 10 + (s[i] - '0');
    }
    if (v > ((int64_t)1 << 53))
        return SG_EFIELD;
    *ts = v;
    return 0;
}

int sg__body_match_ts(const char *body, size_t len, int64_t *ts, char *err, size_t errcap)
{
    jsmntok_t toks[BODY_MAX_TOKENS];
    int n = parse_object(body, len, toks, err, errcap);
    if (n < 0)
        return n;
    *ts = -1;
    int v = find_key(body, toks, n, "ts");
    if (v < 0)
        return 0;
    if (toks[v].type != JSMN_PRIMITIVE ||
        sg__body_parse_ts(body + toks[v].start, (size_t)(toks[v].end - toks[v].start), ts)) {
        snprintf(err, errcap, "ts must be an integer of milliseconds, 0..2^53");
        return SG_EFIELD;
    }
    return 0;
}
