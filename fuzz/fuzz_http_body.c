/* fuzz_http_body.c — libFuzzer driver for the daemon's request-body parsing
 * (src/daemon/body.c, compiled in directly): the NDJSON batch splitter
 * feeding sg_event_parse line by line, exactly as POST /v1/events does,
 * and the JSON bodies of resolve, media match and bank mode. The first
 * byte picks the parser; the rest is the body. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "daemon/body.h"
#include "streamguard.h"

static sg_event_parser *parser;

static int on_line(void *ud, size_t lineno, const char *line, size_t len)
{
    size_t *count = ud;
    sg_event ev;
    char err[256];
    (void)lineno;
    if (len <= SG_MAX_EVENT_BYTES && sg_event_parse(parser, line, len, &ev, err, sizeof err) == 0) {
        /* touch what the daemon reads */
        if (ev.stream && !*ev.stream && ev.text_len > SG_MAX_TEXT_BYTES)
            abort();
    }
    ++*count;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!parser && sg_event_parser_new(&parser))
        return 0;
    if (size < 1)
        return 0;
    int which = data[0] % 5;
    /* copy so reads past the end are caught */
    char *body = malloc(size - 1 ? size - 1 : 1);
    if (!body)
        return 0;
    memcpy(body, data + 1, size - 1);
    size_t n = size - 1, count = 0;
    char err[256], outcome[16], note[4096], hash[65], stream[SG_MAX_ID_BYTES],
        user[SG_MAX_ID_BYTES];
    int radius, mode;
    switch (which) {
    case 0:
    case 1: {
        size_t lines = sg__body_count_lines(body, n);
        int rc = sg__body_lines(body, n, which == 1, 1000, on_line, &count);
        if (which == 0 && rc == 0 && count != lines)
            abort(); /* the splitter must visit exactly the lines it counts */
        break;
    }
    case 2:
        if (sg__body_resolve(body, n, outcome, note, sizeof note, err, sizeof err) == 0 &&
            strcmp(outcome, "confirmed") && strcmp(outcome, "dismissed") &&
            strcmp(outcome, "escalated"))
            abort();
        break;
    case 3:
        if (sg__body_match(body, n, hash, &radius, stream, user, sizeof stream, err, sizeof err) ==
                0 &&
            (strlen(hash) != 64 || radius < 0 || radius > 64))
            abort();
        {
            int64_t ts;
            if (sg__body_match_ts(body, n, &ts, err, sizeof err) == 0 && ts < -1)
                abort(); /* -1 = absent */
            if (sg__body_parse_ts(body, n, &ts) == 0 && ts < 0)
                abort();
            char *id = strndup(body, n); /* the id check takes a C string */
            if (id) {
                (void)sg__body_id_ok(id);
                free(id);
            }
        }
        break;
    case 4:
        if (sg__body_bank_mode(body, n, &mode, err, sizeof err) == 0 && (mode < 0 || mode > 2))
            abort();
        break;
    }
    free(body);
    return 0;
}
