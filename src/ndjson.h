/* ndjson.h — capped NDJSON line readers: one over a FILE* (streamguard
 * replay), one over a memory buffer (HTTP request bodies). Internal.
 *
 * Both hand out one line at a time, without its '\n' (a '\r' before the
 * '\n' is kept: sg_event_parse() treats it as whitespace). Both have the
 * same semantics:
 *  - returns 1 and the line, 0 at the end of input, or SG_ETOOBIG for a line
 *    longer than the cap: that line is skipped entirely (the FILE* reader
 *    consumes it without storing it, so memory stays bounded even for a
 *    10 GB line), *line is set to NULL, *len to the full length of the
 *    skipped line, and the next call continues with the following line;
 *  - line numbers are 1-based and count every line, skipped ones included;
 *  - a final line without '\n' is a line; input ending in '\n' has no extra
 *    empty line after it;
 *  - empty lines (and blank ones) are returned as such, with length 0: the
 *    reader does not judge content, the caller decides (replay and the
 *    daemon skip blank lines);
 *  - lines may contain any byte, NUL included; lengths are exact.
 *
 * Ownership: a sg__linereader owns its buffers (released by
 * sg__linereader_free) and borrows the FILE*, which the caller opens and
 * closes. A line it hands out is borrowed and valid until the next call on
 * the reader. A sg__ndjson_iter owns nothing: its lines point into the
 * caller's buffer and live as long as that buffer.
 */
#ifndef SG_NDJSON_H
#define SG_NDJSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define SG__LINEREADER_BLOCK (64 * 1024) /* default bytes per fread() */

typedef struct sg__linereader {
    FILE *fp;     /* borrowed: the input */
    size_t max;   /* longest line accepted, in bytes, without the '\n' */
    size_t block; /* bytes per fread(); tests may lower it before the first call */
    char *rbuf;   /* owned: read buffer of `block` bytes, allocated on first use */
    size_t rpos;  /* next unread byte in rbuf */
    size_t rlen;  /* bytes valid in rbuf */
    char *lbuf;   /* owned: assembles a line split across reads; max + 1 bytes */
    long lineno;  /* number of the last line handed out (or skipped) */
    bool eof;     /* fp has reported end of file */
} sg__linereader;

/* Prepares r over fp. max_line 0 means SG_MAX_EVENT_BYTES. Never fails:
 * buffers are allocated by the first sg__linereader_next(). */
void sg__linereader_init(sg__linereader *r, FILE *fp, size_t max_line);
/* Releases r's buffers (not the FILE*). Safe on a zeroed or freed reader. */
void sg__linereader_free(sg__linereader *r);
/* Next line: 1 with *line, *len and *lineno set, 0 at end of file, SG_ETOOBIG
 * for a skipped overlong line (*lineno set, *len its length), SG_EIO on a
 * read error, SG_ENOMEM if the buffers cannot be allocated. The line is
 * NUL-terminated at (*line)[*len] for convenience. */
int sg__linereader_next(sg__linereader *r, const char **line, size_t *len, long *lineno);

/* Splits an in-memory NDJSON body (e.g. an HTTP request) into lines. */
typedef struct sg__ndjson_iter {
    const char *p;   /* borrowed: start of the next line */
    const char *end; /* borrowed: end of the body */
    size_t max;      /* longest line accepted, in bytes, without the '\n' */
    long lineno;     /* number of the last line handed out (or skipped) */
} sg__ndjson_iter;

/* Prepares it over data[0..len). max_line 0 means SG_MAX_EVENT_BYTES. */
void sg__ndjson_iter_init(sg__ndjson_iter *it, const char *data, size_t len, size_t max_line);
/* Next line: 1, 0 at the end, or SG_ETOOBIG for a skipped overlong line
 * (*line NULL, *len its length). The line is NOT NUL-terminated. */
int sg__ndjson_iter_next(sg__ndjson_iter *it, const char **line, size_t *len, long *lineno);

#endif
