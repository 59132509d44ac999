/* body.h — parsing of HTTP request bodies at the daemon's API boundary:
 * the line splitter for event batches and the small JSON bodies of resolve,
 * media match and bank mode. No I/O and no MHD: fuzz/fuzz_http_body.c
 * compiles body.c directly. Every function bounds its output by the
 * capacities it is given and reports a human-readable reason in err. */
#ifndef SG_DAEMON_BODY_H
#define SG_DAEMON_BODY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Called for each non-blank line (1-based lineno, '\r' stripped, no '\n').
 * A nonzero return stops the iteration and is returned. */
typedef int (*sg__line_fn)(void *ud, size_t lineno, const char *line, size_t len);

/* Counts the non-blank lines of an NDJSON body. */
size_t sg__body_count_lines(const char *body, size_t len);

/* Calls fn for each non-blank line. With single=true the whole body is one
 * entry (a JSON document may span lines). Returns 0, fn's nonzero result,
 * or SG_ETOOBIG when the body has more than max_lines lines (nothing is
 * called then). */
int sg__body_lines(const char *body, size_t len, bool single, size_t max_lines, sg__line_fn fn,
                   void *ud);

/* Unescapes the contents of a JSON string (without its quotes) into out
 * (NUL-terminated). Validates escapes, surrogate pairs and UTF-8; rejects
 * NUL and raw control characters. */
int sg__json_unescape(const char *s, size_t n, char *out, size_t cap, size_t *outlen);

/* {"outcome":"confirmed|dismissed|escalated","note":"..."} */
int sg__body_resolve(const char *body, size_t len, char outcome[16], char *note, size_t notecap,
                     char *err, size_t errcap);

/* {"hash":"<64 hex>","radius":31,"stream":"...","user":"..."}; radius
 * defaults to 31 and must be 0..64; stream/user are optional ("" if absent). */
int sg__body_match(const char *body, size_t len, char hash[65], int *radius, char *stream,
                   char *user, size_t idcap, char *err, size_t errcap);

/* The optional "ts" of a media match body (integer ms, 0..2^53); *ts = -1
 * when absent. */
int sg__body_match_ts(const char *body, size_t len, int64_t *ts, char *err, size_t errcap);

/* A decimal of n digits (ms, 0..2^53), e.g. a query string's ts. */
int sg__body_parse_ts(const char *s, size_t n, int64_t *ts);

/* An id from a query string (stream, user): 1..SG_MAX_ID_BYTES-1 bytes of
 * valid UTF-8 without control characters. */
bool sg__body_id_ok(const char *s);

/* {"mode":"enabled|disabled|negative"} -> 0, 1, 2 (sg_bank_mode). */
int sg__body_bank_mode(const char *body, size_t len, int *mode, char *err, size_t errcap);

#endif
