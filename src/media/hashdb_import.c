/* hashdb_import.c — parses bank files (plain hash lists, CSV/TSV exports of
 * hash-sharing programmes) into staged rows that hashdb.c commits at once.
 *
 * Formats, decided by the first line that is neither blank nor a comment:
 *
 *   plain   the line starts with 64 hex digits. Every line is a hash,
 *           optionally followed (after whitespace or a comma) by an id that
 *           runs to the end of the line. `#` starts a comment line.
 *   table   otherwise the line is a header row. The delimiter is a tab if the
 *           header has one, else a comma. The hash column is the first of
 *           hash, pdq, pdq_hash, signal_value, value (case-insensitive);
 *           optional id (id, hash_id, signal_id, content_id), label (label,
 *           labels, tags, category) and source (source) columns. If a
 *           signal_type column exists (ThreatExchange / HMA exports) every
 *           row's must be pdq (or hash_pdq). Fields may be "quoted" with ""
 *           for a quote inside; a quoted field cannot span lines.
 *
 * A missing id defaults to the hash's hex. Any bad line fails the whole
 * import with "NAME:LINE: reason"; nothing is staged. Ids, labels and
 * sources must be valid UTF-8 without control characters (they end up in
 * JSON and in moderators' screens), ids at most 255 bytes, labels and
 * sources at most 1024.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "media/hashdb_int.h"

#define MAX_ID      255
#define MAX_TEXT    1024
#define MAX_COLUMNS 256

typedef struct field {
    const char *p;
    size_t n;
    bool quoted_escape; /* contains "" that must be unescaped */
} field;

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

void sg__stage_free(sg__stage *st)
{
    free(st->rows);
    free(st->pool);
    memset(st, 0, sizeof *st);
}

static int stage_str(sg__stage *st, const field *f, uint32_t *off)
{
    *off = 0;
    if (f->n == 0)
        return 0;
    if (st->pool_len + f->n + 1 > UINT32_MAX)
        return SG_ELIMIT;
    if (st->pool_len + f->n + 1 > st->pool_cap) {
        size_t ncap = st->pool_cap ? st->pool_cap : 4096;
        while (ncap < st->pool_len + f->n + 1)
            ncap *= 2;
        char *p = realloc(st->pool, ncap);
        if (!p)
            return SG_ENOMEM;
        st->pool = p;
        st->pool_cap = ncap;
    }
    char *dst = st->pool + st->pool_len;
    size_t k = 0;
    for (size_t i = 0; i < f->n; i++) {
        dst[k++] = f->p[i];
        if (f->quoted_escape && f->p[i] == '"' && i + 1 < f->n && f->p[i + 1] == '"')
            i++;
    }
    dst[k] = '\0';
    *off = (uint32_t)st->pool_len;
    st->pool_len += k + 1;
    return 0;
}

static int stage_row(sg__stage *st, const uint64_t w[4], uint32_t line, sg__staged **out)
{
    if (st->n == st->cap) {
        size_t ncap = st->cap ? st->cap * 2 : 256;
        sg__staged *p = realloc(st->rows, ncap * sizeof *p);
        if (!p)
            return SG_ENOMEM;
        st->rows = p;
        st->cap = ncap;
    }
    sg__staged *r = &st->rows[st->n++];
    memset(r, 0, sizeof *r);
    memcpy(r->w, w, sizeof r->w);
    r->line = line;
    *out = r;
    return 0;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static void trim(const char **p, size_t *n)
{
    while (*n && is_space(**p)) {
        (*p)++;
        (*n)--;
    }
    while (*n && is_space((*p)[*n - 1]))
        (*n)--;
}

static bool is_hex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Valid UTF-8, no control characters. */
static bool text_ok(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        if (c < 0x20 || c == 0x7f)
            return false;
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t len;
        unsigned min;
        unsigned cp;
        if ((c & 0xe0) == 0xc0) {
            len = 2;
            min = 0x80;
            cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            len = 3;
            min = 0x800;
            cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            len = 4;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n)
            return false;
        for (size_t k = 1; k < len; k++) {
            if ((p[i + k] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += len;
    }
    return true;
}

/* Splits a table line into fields; returns the count or -1 on an unclosed
 * quote, -2 on too many columns. */
static int split(const char *p, size_t n, char delim, field *f, int maxf)
{
    int nf = 0;
    size_t i = 0;
    for (;;) {
        if (nf == maxf)
            return -2;
        size_t s = i;
        while (s < n && s < i + 64 && (p[s] == ' ' || (delim != '\t' && p[s] == '\t')))
            s++;
        field *cur = &f[nf++];
        cur->quoted_escape = false;
        if (s < n && p[s] == '"') {
            size_t k = s + 1;
            for (;;) {
                if (k >= n)
                    return -1;
                if (p[k] == '"') {
                    if (k + 1 < n && p[k + 1] == '"') {
                        cur->quoted_escape = true;
                        k += 2;
                        continue;
                    }
                    break;
                }
                k++;
            }
            cur->p = p + s + 1;
            cur->n = k - s - 1;
            i = k + 1;
            while (i < n && p[i] != delim)
                i++;
        } else {
            size_t k = i;
            while (k < n && p[k] != delim)
                k++;
            cur->p = p + i;
            cur->n = k - i;
            trim(&cur->p, &cur->n);
            i = k;
        }
        if (i >= n)
            break;
        i++; /* past the delimiter */
    }
    return nf;
}

static int column(const field *f, int nf, const char *const *names)
{
    for (const char *const *nm = names; *nm; nm++)
        for (int i = 0; i < nf; i++)
            if (f[i].n == strlen(*nm) && strncasecmp(f[i].p, *nm, f[i].n) == 0)
                return i;
    return -1;
}

static const char *const hash_cols[] = { "hash", "pdq", "pdq_hash", "signal_value", "value", NULL };
static const char *const id_cols[] = { "id", "hash_id", "signal_id", "content_id", NULL };
static const char *const label_cols[] = { "label", "labels", "tags", "category", NULL };
static const char *const source_cols[] = { "source", NULL };
static const char *const type_cols[] = { "signal_type", NULL };

typedef struct table {
    char delim;
    int ncols;
    int hash, id, label, source, type;
} table;

static int check_text(const field *f, size_t max, const char *what, const char *name, uint32_t line,
                      char *err, size_t errcap)
{
    if (f->n > max) {
        set_err(err, errcap, "%s:%u: %s longer than %zu bytes", name, line, what, max);
        return SG_EINVAL;
    }
    if (!text_ok(f->p, f->n)) {
        set_err(err, errcap, "%s:%u: %s is not valid UTF-8 text (control characters?)", name, line,
                what);
        return SG_EINVAL;
    }
    return 0;
}

int sg__bank_parse(const char *data, size_t len, const char *name, size_t max_rows, size_t max_line,
                   sg__stage *st, char *err, size_t errcap)
{
    int rc = 0;
    enum { UNKNOWN, PLAIN, TABLE } mode = UNKNOWN;
    table tb = { 0 };
    field *fields = malloc(MAX_COLUMNS * sizeof *fields);
    if (!fields)
        return SG_ENOMEM;
    memset(st, 0, sizeof *st);
    st->pool = malloc(4096);
    if (!st->pool) {
        rc = SG_ENOMEM;
        goto out;
    }
    st->pool[0] = '\0';
    st->pool_len = 1;
    st->pool_cap = 4096;

    size_t pos = 0;
    uint32_t line = 0;
    if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
        pos = 3; /* UTF-8 byte order mark, as spreadsheet exports write */
    while (pos < len) {
        const char *nl = memchr(data + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - data) : len;
        const char *p = data + pos;
        size_t n = end - pos;
        pos = end + 1;
        if (line == UINT32_MAX) {
            set_err(err, errcap, "%s: too many lines", name);
            rc = SG_ELIMIT;
            goto out;
        }
        line++;
        if (n > max_line) {
            set_err(err, errcap, "%s:%u: line longer than %zu bytes", name, line, max_line);
            rc = SG_ETOOBIG;
            goto out;
        }
        if (memchr(p, '\0', n)) {
            set_err(err, errcap, "%s:%u: NUL byte (binary file?)", name, line);
            rc = SG_EFORMAT;
            goto out;
        }
        trim(&p, &n);
        if (n == 0 || p[0] == '#')
            continue;

        if (mode == UNKNOWN) {
            size_t k = 0;
            while (k < n && is_hex(p[k]))
                k++;
            if (k == 64 && (n == 64 || is_space(p[64]) || p[64] == ',')) {
                mode = PLAIN;
            } else {
                tb.delim = memchr(p, '\t', n) ? '\t' : ',';
                tb.ncols = split(p, n, tb.delim, fields, MAX_COLUMNS);
                if (tb.ncols < 0) {
                    set_err(err, errcap, "%s:%u: %s", name, line,
                            tb.ncols == -1 ? "unclosed quote in header"
                                           : "header has too many columns");
                    rc = SG_EFORMAT;
                    goto out;
                }
                tb.hash = column(fields, tb.ncols, hash_cols);
                tb.id = column(fields, tb.ncols, id_cols);
                tb.label = column(fields, tb.ncols, label_cols);
                tb.source = column(fields, tb.ncols, source_cols);
                tb.type = column(fields, tb.ncols, type_cols);
                if (tb.hash < 0) {
                    set_err(err, errcap,
                            "%s:%u: neither a 64-hex PDQ hash nor a header naming a hash column "
                            "(hash, pdq, pdq_hash, signal_value or value)",
                            name, line);
                    rc = SG_EFORMAT;
                    goto out;
                }
                mode = TABLE;
                continue;
            }
        }

        if (st->n >= max_rows) {
            set_err(err, errcap, "%s:%u: more hashes than the configured cap (%zu)", name, line,
                    max_rows);
            rc = SG_ELIMIT;
            goto out;
        }
        uint64_t w[4];
        sg__staged *row;
        if (mode == PLAIN) {
            size_t k = 0;
            while (k < n && is_hex(p[k]))
                k++;
            if (k != 64 || (n > 64 && !is_space(p[64]) && p[64] != ',')) {
                set_err(err, errcap, "%s:%u: expected a 64-hex PDQ hash at the start of the line",
                        name, line);
                rc = SG_EFORMAT;
                goto out;
            }
            sg__hex_to_words(p, 64, w);
            field id = { p + 64, n - 64, false };
            trim(&id.p, &id.n);
            if (id.n && id.p[0] == ',') {
                id.p++;
                id.n--;
                trim(&id.p, &id.n);
            }
            if ((rc = check_text(&id, MAX_ID, "id", name, line, err, errcap)) != 0)
                goto out;
            if ((rc = stage_row(st, w, line, &row)) != 0 ||
                (rc = stage_str(st, &id, &row->id)) != 0)
                goto out;
        } else {
            int nf = split(p, n, tb.delim, fields, MAX_COLUMNS);
            if (nf < 0) {
                set_err(err, errcap, "%s:%u: %s", name, line,
                        nf == -1 ? "unclosed quote" : "too many columns");
                rc = SG_EFORMAT;
                goto out;
            }
            if (tb.hash >= nf) {
                set_err(err, errcap, "%s:%u: missing the hash column (%d fields, header has %d)",
                        name, line, nf, tb.ncols);
                rc = SG_EFORMAT;
                goto out;
            }
            if (tb.type >= 0) {
                const field *t = tb.type < nf ? &fields[tb.type] : NULL;
                if (!t || !((t->n == 3 && strncasecmp(t->p, "pdq", 3) == 0) ||
                            (t->n == 8 && strncasecmp(t->p, "hash_pdq", 8) == 0))) {
                    set_err(err, errcap,
                            "%s:%u: signal_type is '%.*s', only pdq is supported (filter the "
                            "export first)",
                            name, line, t ? (int)(t->n > 40 ? 40 : t->n) : 0, t ? t->p : "");
                    rc = SG_EFORMAT;
                    goto out;
                }
            }
            const field *h = &fields[tb.hash];
            if (h->n != 64 || sg__hex_to_words(h->p, 64, w) != 0) {
                set_err(err, errcap, "%s:%u: hash column is not a 64-hex PDQ hash", name, line);
                rc = SG_EFORMAT;
                goto out;
            }
            field none = { "", 0, false };
            const field *id = tb.id >= 0 && tb.id < nf ? &fields[tb.id] : &none;
            const field *lab = tb.label >= 0 && tb.label < nf ? &fields[tb.label] : &none;
            const field *src = tb.source >= 0 && tb.source < nf ? &fields[tb.source] : &none;
            if ((rc = check_text(id, MAX_ID, "id", name, line, err, errcap)) != 0 ||
                (rc = check_text(lab, MAX_TEXT, "label", name, line, err, errcap)) != 0 ||
                (rc = check_text(src, MAX_TEXT, "source", name, line, err, errcap)) != 0)
                goto out;
            if ((rc = stage_row(st, w, line, &row)) != 0 ||
                (rc = stage_str(st, id, &row->id)) != 0 ||
                (rc = stage_str(st, lab, &row->label)) != 0 ||
                (rc = stage_str(st, src, &row->source)) != 0)
                goto out;
        }
        if (row->id == 0) {
            /* the default id is the hash itself, in lowercase hex */
            char hex[65];
            static const char digits[] = "0123456789abcdef";
            for (int k = 0; k < 4; k++)
                for (int i = 0; i < 16; i++)
                    hex[16 * k + i] = digits[(w[k] >> (60 - 4 * i)) & 15];
            field f = { hex, 64, false };
            if ((rc = stage_str(st, &f, &row->id)) != 0)
                goto out;
        }
    }
    /* only blank lines and comments: an empty import, not an error */
out:
    if (rc != 0 && err && errcap && !err[0])
        set_err(err, errcap, "%s: %s", name, sg_strerror(rc));
    free(fields);
    return rc;
}
