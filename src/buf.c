/* buf.c — capped growable buffer and JSON string escaping (see buf.h). */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "streamguard.h"

void sg__buf_init(sg__buf *b, size_t max)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->max = max;
}

void sg__buf_free(sg__buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

void sg__buf_reset(sg__buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

int sg__buf_reserve(sg__buf *b, size_t extra)
{
    if (extra > b->max || b->len > b->max - extra)
        return SG_ETOOBIG;
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    size_t ncap = b->cap ? b->cap : 64;
    while (ncap < need)
        ncap *= 2;
    if (ncap > b->max + 1)
        ncap = b->max + 1;
    char *p = realloc(b->data, ncap);
    if (!p)
        return SG_ENOMEM;
    b->data = p;
    b->cap = ncap;
    return 0;
}

int sg__buf_add(sg__buf *b, const void *p, size_t n)
{
    int rc = sg__buf_reserve(b, n);
    if (rc)
        return rc;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int sg__buf_adds(sg__buf *b, const char *s)
{
    return sg__buf_add(b, s, strlen(s));
}

int sg__buf_addc(sg__buf *b, char c)
{
    return sg__buf_add(b, &c, 1);
}

int sg__buf_printf(sg__buf *b, const char *fmt, ...)
{
    va_list ap;
    char small[128];
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return SG_EINVAL;
    if ((size_t)n < sizeof small)
        return sg__buf_add(b, small, (size_t)n);
    int rc = sg__buf_reserve(b, (size_t)n);
    if (rc)
        return rc;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

int sg__buf_json_str(sg__buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    /* Worst case every byte becomes \u00XX. */
    size_t start = b->len;
    int rc = sg__buf_reserve(b, n + 2);
    if (rc)
        return rc;
    rc = sg__buf_addc(b, '"');
    for (size_t i = 0; rc == 0 && i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': rc = sg__buf_add(b, "\\\"", 2); break;
        case '\\': rc = sg__buf_add(b, "\\\\", 2); break;
        case '\n': rc = sg__buf_add(b, "\\n", 2); break;
        case '\r': rc = sg__buf_add(b, "\\r", 2); break;
        case '\t': rc = sg__buf_add(b, "\\t", 2); break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
                rc = sg__buf_add(b, u, 6);
            } else {
                rc = sg__buf_addc(b, (char)c);
            }
        }
    }
    if (rc == 0)
        rc = sg__buf_addc(b, '"');
    if (rc) { /* leave the buffer as it was */
        b->len = start;
        if (b->data)
            b->data[start] = '\0';
    }
    return rc;
}

int sg__buf_json_cstr(sg__buf *b, const char *s)
{
    if (!s)
        return sg__buf_add(b, "null", 4);
    return sg__buf_json_str(b, s, strlen(s));
}

int sg__buf_json_tactics(sg__buf *b, uint32_t set)
{
    int rc = sg__buf_addc(b, '[');
    bool first = true;
    for (int t = 0; !rc && t < SG_T__COUNT; t++) {
        if (!(set & (1u << t)))
            continue;
        if (!first)
            rc = sg__buf_addc(b, ',');
        if (!rc)
            rc = sg__buf_json_cstr(b, sg_tactic_name((sg_tactic)t));
        first = false;
    }
    return rc ? rc : sg__buf_addc(b, ']');
}
