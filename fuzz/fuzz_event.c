/* fuzz_event.c — libFuzzer driver for the event parser and the NDJSON line
 * readers.
 *
 * Each input is (1) parsed whole as one event, (2) split into lines by the
 * memory iterator with a small cap taken from the first byte, each line
 * parsed, and (3) read back through the FILE* reader with a tiny read block;
 * the two readers must agree line for line. Accepted events are checked
 * against the contract in streamguard.h (required strings present, caps,
 * NUL-free valid UTF-8); failures must come with a message. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ndjson.h"
#include "streamguard.h"

static sg_event_parser *parser;

/* Independent UTF-8 check (no overlongs, surrogates, > U+10FFFF). */
static int utf8_ok(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        uint32_t c = s[i], cp, need;
        if (c < 0x80) {
            i++;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            need = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            need = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            need = 3;
            cp = c & 0x07;
        } else
            return 0;
        if (i + need >= n)
            return 0;
        for (uint32_t k = 1; k <= need; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((need == 1 && cp < 0x80) || (need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += need + 1;
    }
    return 1;
}

static void check_str(const char *s, size_t cap, int required)
{
    if (!s) {
        if (required)
            abort();
        return;
    }
    size_t n = strlen(s);
    if (n > cap || !utf8_ok((const unsigned char *)s, n))
        abort();
}

static void parse_one(const char *data, size_t len)
{
    sg_event ev;
    char err[128];
    int rc = sg_event_parse(parser, data, len, &ev, err, sizeof err);
    if (rc != 0) {
        if (rc > 0 || err[0] == '\0' || strlen(err) >= sizeof err)
            abort();
        return;
    }
    if (ev.ts < 0 || !ev.stream || !ev.stream[0])
        abort();
    check_str(ev.stream, SG_MAX_ID_BYTES, 1);
    switch (ev.type) {
    case SG_EV_CHAT:
        check_str(ev.id, SG_MAX_ID_BYTES, 1);
        check_str(ev.user, SG_MAX_ID_BYTES, 1);
        check_str(ev.text, SG_MAX_TEXT_BYTES, 1);
        if (strlen(ev.text) != ev.text_len || ev.account_age_days < -1)
            abort();
        break;
    case SG_EV_GIFT:
        check_str(ev.id, SG_MAX_ID_BYTES, 1);
        check_str(ev.user, SG_MAX_ID_BYTES, 1);
        check_str(ev.item, SG_MAX_ID_BYTES, 1);
        if (ev.amount <= 0)
            abort();
        break;
    case SG_EV_STREAM_START:
        check_str(ev.broadcaster, SG_MAX_ID_BYTES, 1);
        check_str(ev.title, SG_MAX_TITLE_BYTES, 0);
        if ((unsigned)ev.broadcaster_age >= SG_AGE__COUNT)
            abort();
        break;
    case SG_EV_STREAM_END: break;
    default: abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!parser && sg_event_parser_new(&parser) != 0)
        abort();
    parse_one((const char *)data, size);
    if (size == 0)
        return 0;

    size_t max = 1 + data[0] % 200;
    size_t block = 1 + data[size - 1] % 13;
    sg__ndjson_iter it;
    sg__ndjson_iter_init(&it, (const char *)data, size, max);
    FILE *fp = fmemopen((void *)data, size, "rb");
    if (!fp)
        abort();
    sg__linereader r;
    sg__linereader_init(&r, fp, max);
    r.block = block;
    for (;;) {
        const char *l1, *l2;
        size_t n1, n2;
        long no1 = 0, no2 = 0;
        int rc1 = sg__ndjson_iter_next(&it, &l1, &n1, &no1);
        int rc2 = sg__linereader_next(&r, &l2, &n2, &no2);
        if (rc1 != rc2 || (rc1 != 0 && (no1 != no2 || n1 != n2)))
            abort();
        if (rc1 == 1 && (n1 > max || memcmp(l1, l2, n1) != 0))
            abort();
        if (rc1 == 0)
            break;
        if (rc1 == 1)
            parse_one(l1, n1);
    }
    sg__linereader_free(&r);
    fclose(fp);
    return 0;
}
