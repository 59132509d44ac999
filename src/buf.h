/* buf.h — a growable byte buffer with a hard cap (curl's dynbuf idea), and
 * JSON string escaping on top of it. Internal to streamguard.
 *
 * Every append either fits under the cap or fails with SG_ETOOBIG and leaves
 * the buffer as it was; the caller decides what to do with a partial line. */
#ifndef SG_BUF_H
#define SG_BUF_H

#include <stddef.h>
#include <stdint.h>

typedef struct sg__buf {
    char *data; /* always NUL-terminated when non-NULL */
    size_t len;
    size_t cap; /* allocated */
    size_t max; /* hard cap on len */
} sg__buf;

void sg__buf_init(sg__buf *b, size_t max);
void sg__buf_free(sg__buf *b);
void sg__buf_reset(sg__buf *b); /* len = 0, memory kept */
int sg__buf_reserve(sg__buf *b, size_t extra);
int sg__buf_add(sg__buf *b, const void *p, size_t n);
int sg__buf_adds(sg__buf *b, const char *s);
int sg__buf_addc(sg__buf *b, char c);
int sg__buf_printf(sg__buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends s as a quoted JSON string; control characters, '"' and '\\' are
 * escaped; bytes >= 0x80 are copied as is (input must be valid UTF-8). */
int sg__buf_json_str(sg__buf *b, const char *s, size_t n);
int sg__buf_json_cstr(sg__buf *b, const char *s); /* NULL -> null */

/* Value of one hex digit (either case), or -1: JSON \u escapes, PDQ hashes,
 * token and bank parsing all read hex. */
static inline int sg__hexval(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
/* Appends a set of tactics (bit 1u << sg_tactic) as a JSON array of their
 * codes, in code order: ["flattery","dare"]. */
int sg__buf_json_tactics(sg__buf *b, uint32_t set);

#endif
