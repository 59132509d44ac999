/* test_event.c — sg_event_parse(): every field, every error class, caps,
 * escapes, UTF-8, reuse of one parser across calls. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ndjson.h"
#include "streamguard.h"

static sg_event_parser *P;
static char err[256];

/* Copies tmpl to dst with its one "%s" replaced by val (keeps -Wformat=2 happy
 * with templates kept in tables). */
static void fill(char *dst, size_t cap, const char *tmpl, const char *val)
{
    const char *hole = strstr(tmpl, "%s");
    assert_non_null(hole);
    size_t a = (size_t)(hole - tmpl), b = strlen(val), c = strlen(hole + 2);
    assert_true(a + b + c < cap);
    memcpy(dst, tmpl, a);
    memcpy(dst + a, val, b);
    memcpy(dst + a + b, hole + 2, c + 1);
}

static int parse_len(const char *json, size_t len, sg_event *ev)
{
    memset(err, 'x', sizeof err); /* prove err is (re)written */
    err[sizeof err - 1] = '\0';
    return sg_event_parse(P, json, len, ev, err, sizeof err);
}

static int parse(const char *json, sg_event *ev)
{
    return parse_len(json, strlen(json), ev);
}

/* Asserts that json fails with code and that the message contains want. */
#define assert_fails(json, code, want)                                                            \
    do {                                                                                          \
        sg_event ev_;                                                                             \
        int rc_ = parse((json), &ev_);                                                            \
        if (rc_ != (code) || !strstr(err, (want)))                                                \
            fail_msg("%s\n  got rc=%d err='%s'\n  want rc=%d err~'%s'", (json), rc_, err, (code), \
                     (want));                                                                     \
    } while (0)

#define CHAT_HEAD "{\"type\":\"chat\",\"ts\":5,\"stream\":\"s\",\"id\":\"m\",\"user\":\"u\""

static int setup(void **state)
{
    (void)state;
    return sg_event_parser_new(&P);
}

static int teardown(void **state)
{
    (void)state;
    sg_event_parser_free(P);
    P = NULL;
    return 0;
}

/* ---------------------------------------------------------------- valid */

static void test_chat_all_fields(void **state)
{
    (void)state;
    sg_event ev;
    assert_int_equal(parse("{\"type\":\"chat\",\"ts\":1764320005123,\"stream\":\"st-42\","
                           "\"id\":\"m1\",\"user\":\"sam_1988\",\"text\":\"hey ur so good\","
                           "\"account_age_days\":3}",
                           &ev),
                     0);
    assert_string_equal(err, "");
    assert_int_equal(ev.type, SG_EV_CHAT);
    assert_true(ev.ts == 1764320005123LL);
    assert_string_equal(ev.stream, "st-42");
    assert_string_equal(ev.id, "m1");
    assert_string_equal(ev.user, "sam_1988");
    assert_string_equal(ev.text, "hey ur so good");
    assert_int_equal(ev.text_len, 14);
    assert_int_equal(ev.account_age_days, 3);
    assert_null(ev.broadcaster);
    assert_null(ev.title);
    assert_null(ev.item);
    assert_int_equal(ev.amount, 0);
    assert_int_equal(ev.broadcaster_age, SG_AGE_UNKNOWN);
}

static void test_chat_optional_absent_and_null(void **state)
{
    (void)state;
    sg_event ev;
    assert_int_equal(parse(CHAT_HEAD ",\"text\":\"hi\"}", &ev), 0);
    assert_int_equal(ev.account_age_days, -1);
    assert_int_equal(parse(CHAT_HEAD ",\"text\":\"hi\",\"account_age_days\":null}", &ev), 0);
    assert_int_equal(ev.account_age_days, -1);
    assert_int_equal(parse(CHAT_HEAD ",\"text\":\"hi\",\"account_age_days\":0}", &ev), 0);
    assert_int_equal(ev.account_age_days, 0);
    assert_int_equal(parse(CHAT_HEAD ",\"text\":\"hi\",\"account_age_days\":2147483647}", &ev), 0);
    assert_int_equal(ev.account_age_days, 2147483647);
    /* empty chat text is allowed */
    assert_int_equal(parse(CHAT_HEAD ",\"text\":\"\"}", &ev), 0);
    assert_string_equal(ev.text, "");
    assert_int_equal(ev.text_len, 0);
}

/* "relation": what the platform knows the sender is to the broadcaster. */
static void test_relation(void **state)
{
    (void)state;
    sg_event ev;
    assert_int_equal(parse(CHAT_HEAD ",\"text\":\"hi\"}", &ev), 0);
    assert_int_equal(ev.relation, SG_REL_NONE);
    assert_int_equal(parse(CHAT_HEAD ",\"text\":\"hi\",\"relation\":\"moderator\"}", &ev), 0);
    assert_int_equal(ev.relation, SG_REL_MODERATOR);
    assert_int_equal(parse(CHAT_HEAD ",\"text\":\"hi\",\"relation\":\"family\"}", &ev), 0);
    assert_int_equal(ev.relation, SG_REL_FAMILY);
    assert_int_equal(parse(CHAT_HEAD ",\"text\":\"hi\",\"relation\":\"trusted\"}", &ev), 0);
    assert_int_equal(ev.relation, SG_REL_TRUSTED);
    assert_int_equal(parse(CHAT_HEAD ",\"text\":\"hi\",\"relation\":\"none\"}", &ev), 0);
    assert_int_equal(ev.relation, SG_REL_NONE);
    assert_int_equal(parse(CHAT_HEAD ",\"text\":\"hi\",\"relation\":null}", &ev), 0);
    assert_int_equal(ev.relation, SG_REL_NONE);
    assert_int_equal(parse("{\"type\":\"gift\",\"ts\":1,\"stream\":\"s\",\"id\":\"g\","
                           "\"user\":\"u\",\"item\":\"coins\",\"amount\":5,"
                           "\"relation\":\"family\"}",
                           &ev),
                     0);
    assert_int_equal(ev.relation, SG_REL_FAMILY);
    /* the parser's state does not leak into the next event */
    assert_int_equal(parse(CHAT_HEAD ",\"text\":\"hi\"}", &ev), 0);
    assert_int_equal(ev.relation, SG_REL_NONE);
    assert_fails(CHAT_HEAD ",\"text\":\"hi\",\"relation\":\"uncle\"}", SG_EFIELD,
                 "field 'relation' must be one of moderator, family, trusted, none");
    assert_fails(CHAT_HEAD ",\"text\":\"hi\",\"relation\":\"Family\"}", SG_EFIELD,
                 "field 'relation'");
    assert_fails(CHAT_HEAD ",\"text\":\"hi\",\"relation\":1}", SG_EFIELD, "relation");
    assert_string_equal(sg_relation_name(SG_REL_TRUSTED), "trusted");
    assert_null(sg_relation_name(SG_REL__COUNT));
}

static void test_gift(void **state)
{
    (void)state;
    sg_event ev;
    assert_int_equal(
        parse("{\"type\":\"gift\",\"ts\":1764320009000,\"stream\":\"st-42\",\"id\":\"g1\","
              "\"user\":\"sam\",\"item\":\"coins\",\"amount\":500}",
              &ev),
        0);
    assert_int_equal(ev.type, SG_EV_GIFT);
    assert_string_equal(ev.id, "g1");
    assert_string_equal(ev.user, "sam");
    assert_string_equal(ev.item, "coins");
    assert_true(ev.amount == 500);
    assert_null(ev.text);
    assert_int_equal(
        parse("{\"type\":\"gift\",\"ts\":1,\"stream\":\"s\",\"id\":\"g\",\"user\":\"u\","
              "\"item\":\"x\",\"amount\":9223372036854775807}",
              &ev),
        0);
    assert_true(ev.amount == INT64_MAX);
}

static void test_stream_start_and_end(void **state)
{
    (void)state;
    sg_event ev;
    assert_int_equal(parse("{\"type\":\"stream_start\",\"ts\":1764320000000,\"stream\":\"st-42\","
                           "\"broadcaster\":\"kid_gamer\",\"broadcaster_age\":\"13-15\","
                           "\"title\":\"minecraft w/ friends\"}",
                           &ev),
                     0);
    assert_int_equal(ev.type, SG_EV_STREAM_START);
    assert_string_equal(ev.broadcaster, "kid_gamer");
    assert_int_equal(ev.broadcaster_age, SG_AGE_13_15);
    assert_string_equal(ev.title, "minecraft w/ friends");
    assert_null(ev.user);
    assert_int_equal(ev.account_age_days, -1);

    static const struct {
        const char *name;
        sg_age_band band;
    } bands[] = {
        { "under13", SG_AGE_UNDER13 }, { "13-15", SG_AGE_13_15 },     { "16-17", SG_AGE_16_17 },
        { "adult", SG_AGE_ADULT },     { "unknown", SG_AGE_UNKNOWN },
    };
    for (size_t i = 0; i < sizeof bands / sizeof bands[0]; i++) {
        char line[256];
        snprintf(line, sizeof line,
                 "{\"type\":\"stream_start\",\"ts\":0,\"stream\":\"s\","
                 "\"broadcaster\":\"b\",\"broadcaster_age\":\"%s\"}",
                 bands[i].name);
        assert_int_equal(parse(line, &ev), 0);
        assert_int_equal(ev.broadcaster_age, bands[i].band);
        assert_null(ev.title);
    }
    /* absent and null age -> unknown, null title -> absent */
    assert_int_equal(
        parse("{\"type\":\"stream_start\",\"ts\":0,\"stream\":\"s\",\"broadcaster\":\"b\"}", &ev),
        0);
    assert_int_equal(ev.broadcaster_age, SG_AGE_UNKNOWN);
    assert_int_equal(
        parse("{\"type\":\"stream_start\",\"ts\":0,\"stream\":\"s\",\"broadcaster\":\"b\","
              "\"broadcaster_age\":null,\"title\":null}",
              &ev),
        0);
    assert_int_equal(ev.broadcaster_age, SG_AGE_UNKNOWN);
    assert_null(ev.title);

    assert_int_equal(
        parse("{\"type\":\"stream_end\",\"ts\":1764320900000,\"stream\":\"st-42\"}", &ev), 0);
    assert_int_equal(ev.type, SG_EV_STREAM_END);
    assert_string_equal(ev.stream, "st-42");
    assert_null(ev.broadcaster);
}

static void test_whitespace_crlf_and_key_order(void **state)
{
    (void)state;
    sg_event ev;
    assert_int_equal(parse(" \t{ \"text\" : \"hi\" , \"user\":\"u\",\"id\":\"m\",\"stream\":\"s\","
                           "\"ts\" :\n7,\"type\":\"chat\" } \r",
                           &ev),
                     0);
    assert_true(ev.ts == 7);
    assert_string_equal(ev.text, "hi");
    assert_int_equal(parse(CHAT_HEAD ",\"text\":\"hi\"}\r", &ev), 0);
    assert_int_equal(parse(CHAT_HEAD ",\"text\":\"hi\"}\r\n", &ev), 0);
    /* keys may be escaped */
    assert_int_equal(parse("{\"\\u0074ype\":\"chat\",\"ts\":5,\"stream\":\"s\",\"id\":\"m\","
                           "\"user\":\"u\",\"te\\u0078t\":\"k\"}",
                           &ev),
                     0);
    assert_string_equal(ev.text, "k");
    /* "-0" is zero */
    assert_int_equal(parse("{\"type\":\"stream_end\",\"ts\":-0,\"stream\":\"s\"}", &ev), 0);
    assert_true(ev.ts == 0);
}

static void test_unknown_fields_ignored(void **state)
{
    (void)state;
    sg_event ev;
    assert_int_equal(parse(CHAT_HEAD
                           ",\"text\":\"hi\",\"extra\":{\"a\":[1,2.5e3,-0.1,true,false,null,"
                           "{\"type\":\"gift\",\"ts\":\"x\"}],\"b\":{}},\"list\":[],\"n\":null,"
                           "\"f\":1E+2,\"s\":\"\\u00e9\"}",
                           &ev),
                     0);
    assert_int_equal(ev.type, SG_EV_CHAT);
    assert_true(ev.ts == 5);
    /* nested known names are not top-level fields: no duplicate */
    assert_int_equal(
        parse(CHAT_HEAD ",\"text\":\"hi\",\"meta\":{\"user\":\"other\",\"user\":1}}", &ev), 0);
    assert_string_equal(ev.user, "u");
    /* known fields that do not belong to the type are ignored */
    assert_int_equal(parse("{\"type\":\"stream_end\",\"ts\":1,\"stream\":\"s\",\"user\":5,"
                           "\"amount\":\"x\",\"text\":[]}",
                           &ev),
                     0);
    assert_null(ev.user);
    assert_null(ev.text);
}

static void test_escapes(void **state)
{
    (void)state;
    sg_event ev;
    assert_int_equal(parse(CHAT_HEAD ",\"text\":\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\"}", &ev), 0);
    assert_string_equal(ev.text, "a\"b\\c/d\be\ff\ng\rh\ti");
    assert_int_equal(ev.text_len, 17);
    assert_int_equal(parse(CHAT_HEAD ",\"text\":\"\\u0041\\u00e9\\u20AC\\uffff\"}", &ev), 0);
    assert_string_equal(ev.text, "A\xc3\xa9\xe2\x82\xac\xef\xbf\xbf");
    /* surrogate pairs: U+1F600 and U+10FFFF */
    assert_int_equal(parse(CHAT_HEAD ",\"text\":\"x\\ud83d\\ude00y\\uDBFF\\uDFFF\"}", &ev), 0);
    assert_string_equal(ev.text, "x\xf0\x9f\x98\x80y\xf4\x8f\xbf\xbf");
    assert_int_equal(ev.text_len, 10);
    /* raw UTF-8 passes through untouched: Cyrillic a, emoji, zero-width space */
    assert_int_equal(parse(CHAT_HEAD ",\"text\":\"\xd0\xb0 \xf0\x9f\x91\xbb sn\xe2\x80\x8b"
                                     "ap\x7f\"}",
                           &ev),
                     0);
    assert_string_equal(ev.text, "\xd0\xb0 \xf0\x9f\x91\xbb sn\xe2\x80\x8b"
                                 "ap\x7f");
}

static void test_bad_escapes_and_surrogates(void **state)
{
    (void)state;
    assert_fails(CHAT_HEAD ",\"text\":\"a\\xb\"}", SG_EJSON,
                 "invalid escape in the string at byte 62");
    assert_fails(CHAT_HEAD ",\"text\":\"\\u12G4\"}", SG_EJSON,
                 "invalid escape in the string at byte 62");
    assert_fails(CHAT_HEAD ",\"text\":\"\\u12\"}", SG_EJSON,
                 "invalid escape in the string at byte 62");
    assert_fails(CHAT_HEAD ",\"text\":\"\\U0041\"}", SG_EJSON, "invalid escape");
    assert_fails(CHAT_HEAD ",\"text\":\"\\'\"}", SG_EJSON, "invalid escape");
    assert_fails(CHAT_HEAD ",\"text\":\"\\ud83d\"}", SG_EUTF8,
                 "field 'text': unpaired UTF-16 surrogate at byte 63");
    assert_fails(CHAT_HEAD ",\"text\":\"\\ud83dx\"}", SG_EUTF8, "unpaired UTF-16 surrogate");
    assert_fails(CHAT_HEAD ",\"text\":\"\\ud83d\\u0041\"}", SG_EUTF8, "unpaired UTF-16 surrogate");
    assert_fails(CHAT_HEAD ",\"text\":\"\\ud83d\\ud83d\"}", SG_EUTF8, "unpaired UTF-16 surrogate");
    assert_fails(CHAT_HEAD ",\"text\":\"\\ude00\"}", SG_EUTF8, "unpaired UTF-16 surrogate");
    assert_fails(CHAT_HEAD ",\"text\":\"a\\u0000b\"}", SG_EJSON,
                 "field 'text': \\u0000 not allowed");
    assert_fails(CHAT_HEAD ",\"text\":\"a\tb\"}", SG_EJSON,
                 "field 'text': unescaped control character at byte 64");
    assert_fails(CHAT_HEAD ",\"text\":\"a\nb\"}", SG_EJSON, "unescaped control character");
    assert_fails(CHAT_HEAD ",\"text\":\"a\x1f"
                           "b\"}",
                 SG_EJSON, "unescaped control character");
    assert_fails(CHAT_HEAD ",\"text\":\"hi\",\"zz\":\"\x01\"}", SG_EJSON,
                 "unescaped control character");
}

/* Invalid UTF-8 sequences, each placed in every string position. */
static void test_invalid_utf8_everywhere(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "\x80", /* lone continuation */
        "\xbf",
        "\xc0\xaf",         /* overlong '/' */
        "\xc1\xbf",         /* overlong */
        "\xe0\x80\xaf",     /* overlong 3-byte */
        "\xe0\x9f\xbf",     /* overlong 3-byte, top */
        "\xf0\x80\x80\xaf", /* overlong 4-byte */
        "\xf0\x8f\xbf\xbf", /* overlong 4-byte, top */
        "\xed\xa0\x80",     /* U+D800 encoded */
        "\xed\xbf\xbf",     /* U+DFFF encoded */
        "\xf4\x90\x80\x80", /* U+110000 */
        "\xf5\x80\x80\x80", /* out of range lead */
        "\xff",
        "\xfe",
        "\xc3",         /* truncated 2-byte */
        "\xe2\x82",     /* truncated 3-byte */
        "\xf0\x9f\x98", /* truncated 4-byte */
        "\xc3\x28",     /* bad continuation */
        "\xe2\x28\xa1",
        "\xf0\x9f\x28\x80",
    };
    static const struct {
        const char *fmt;
        const char *want;
    } where[] = {
        { "{\"type\":\"chat\",\"ts\":5,\"stream\":\"s\",\"id\":\"m\",\"user\":\"u\",\"text\":\"a%"
          "sb\"}",
          "field 'text': invalid UTF-8 at byte 64" },
        { "{\"type\":\"chat\",\"ts\":5,\"stream\":\"s\",\"id\":\"m\",\"user\":\"%s\",\"text\":"
          "\"t\"}",
          "field 'user': invalid UTF-8 at byte 52" },
        { "{\"type\":\"chat\",\"ts\":5,\"stream\":\"s\",\"id\":\"%s\",\"user\":\"u\",\"text\":"
          "\"t\"}",
          "field 'id': invalid UTF-8 at byte 41" },
        { "{\"type\":\"chat\",\"ts\":5,\"stream\":\"%s\",\"id\":\"m\",\"user\":\"u\",\"text\":"
          "\"t\"}",
          "field 'stream': invalid UTF-8 at byte 32" },
        { "{\"type\":\"c%s\",\"ts\":5,\"stream\":\"s\",\"id\":\"m\",\"user\":\"u\",\"text\":\"t\"}",
          "field 'type': invalid UTF-8 at byte 10" },
        { "{\"type\":\"stream_start\",\"ts\":5,\"stream\":\"s\",\"broadcaster\":\"%s\"}",
          "field 'broadcaster': invalid UTF-8 at byte 58" },
        { "{\"type\":\"stream_start\",\"ts\":5,\"stream\":\"s\",\"broadcaster\":\"b\",\"title\":\"%"
          "s\"}",
          "field 'title': invalid UTF-8 at byte 70" },
        { "{\"type\":\"stream_start\",\"ts\":5,\"stream\":\"s\",\"broadcaster\":\"b\","
          "\"broadcaster_age\":\"%s\"}",
          "field 'broadcaster_age': invalid UTF-8 at byte 80" },
        { "{\"type\":\"gift\",\"ts\":5,\"stream\":\"s\",\"id\":\"g\",\"user\":\"u\",\"item\":\"%"
          "s\",\"amount\":1}",
          "field 'item': invalid UTF-8 at byte 63" },
        { "{\"k%s\":1,\"type\":\"chat\",\"ts\":5,\"stream\":\"s\",\"id\":\"m\",\"user\":\"u\","
          "\"text\":\"t\"}",
          "invalid UTF-8 at byte 3" },
        { "{\"type\":\"chat\",\"ts\":5,\"stream\":\"s\",\"id\":\"m\",\"user\":\"u\",\"text\":\"t\","
          "\"x\":\"%s\"}",
          "invalid UTF-8 at byte 71" },
        { "{\"type\":\"chat\",\"ts\":5,\"stream\":\"s\",\"id\":\"m\",\"user\":\"u\",\"text\":\"t\","
          "\"x\":[{\"%s\":0}]}",
          "invalid UTF-8 at byte 73" },
    };
    for (size_t w = 0; w < sizeof where / sizeof where[0]; w++) {
        for (size_t b = 0; b < sizeof bad / sizeof bad[0]; b++) {
            char line[512];
            sg_event ev;
            fill(line, sizeof line, where[w].fmt, bad[b]);
            int rc = parse(line, &ev);
            /* the text position has one byte before the bad sequence */
            if (rc != SG_EUTF8 || !strstr(err, where[w].want))
                fail_msg("position %zu, sequence %zu: rc=%d err='%s' want '%s'", w, b, rc, err,
                         where[w].want);
        }
    }
}

static void test_nul_bytes(void **state)
{
    (void)state;
    sg_event ev;
    static const char line[] = CHAT_HEAD ",\"text\":\"a\0b\"}";
    assert_int_equal(parse_len(line, sizeof line - 1, &ev), SG_EJSON);
    assert_string_equal(err, "NUL byte at byte 64");
    /* NUL after a complete object is not a terminator either */
    static const char line2[] = CHAT_HEAD ",\"text\":\"a\"}\0garbage";
    assert_int_equal(parse_len(line2, sizeof line2 - 1, &ev), SG_EJSON);
    assert_non_null(strstr(err, "NUL byte"));
}

/* ---------------------------------------------------------------- JSON shape */

static void test_not_an_object(void **state)
{
    (void)state;
    sg_event ev;
    assert_int_equal(parse_len("", 0, &ev), SG_EJSON);
    assert_string_equal(err, "empty line");
    assert_int_equal(parse_len(NULL, 0, &ev), SG_EJSON);
    assert_fails("   \r", SG_EJSON, "empty line");
    assert_fails("[1,2]", SG_EJSON, "must be a JSON object");
    assert_fails("\"chat\"", SG_EJSON, "must be a JSON object");
    assert_fails("42", SG_EJSON, "must be a JSON object");
    assert_fails("null", SG_EJSON, "must be a JSON object");
    assert_fails("\xef\xbb\xbf{}", SG_EJSON, "must be a JSON object"); /* BOM */
}

static void test_malformed_json(void **state)
{
    (void)state;
    static const struct {
        const char *json;
        const char *want;
    } cases[] = {
        { "{", "truncated JSON" },
        { CHAT_HEAD, "truncated JSON" },
        { CHAT_HEAD ",\"text\":\"abc", "truncated JSON" },
        { CHAT_HEAD ",\"text\":\"abc\\", "truncated JSON" },
        { CHAT_HEAD ",\"text\":\"abc\"", "truncated JSON" },
        { CHAT_HEAD ",\"text\":", "truncated JSON" },
        { "{\"type\":\"stream_end\",\"ts\":1,\"stream\":\"s\",\"x\":[1,", "truncated JSON" },
        { "{\"a\":1,}", "invalid JSON at byte 6" },
        { "{,\"a\":1}", "invalid JSON at byte 1" },
        { "{\"a\":1,,\"b\":2}", "invalid JSON" },
        { "{\"a\" \"b\"}", "invalid JSON at byte 5" },
        { "{\"a\":1 \"b\":2}", "invalid JSON" },
        { "{\"a\"::1}", "invalid JSON" },
        { "{\"a\":}", "invalid JSON at byte 5" },
        { "{\"a\"}", "invalid JSON at byte 4" },
        { "{\"a\":[1 2]}", "invalid JSON" },
        { "{\"a\":[1,]}", "invalid JSON" },
        { "{\"a\":[,1]}", "invalid JSON" },
        { "{\"a\":[1,,2]}", "invalid JSON" },
        { "{\"a\":{\"b\"}}", "invalid JSON" },
        { "{\"a\":{1:2}}", "invalid JSON" },
        { "{1:2}", "invalid JSON" },
        { "{\"a\":1]", "invalid JSON" },
        { "{\"a\":[1}", "invalid JSON" },
        { "{\"a\":nul}", "invalid JSON at byte 5" },
        { "{\"a\":tru}", "invalid JSON" },
        { "{\"a\":nullx}", "invalid JSON" },
        { "{\"a\":01}", "invalid JSON" },
        { "{\"a\":-}", "invalid JSON" },
        { "{\"a\":1.}", "invalid JSON" },
        { "{\"a\":.5}", "invalid JSON" },
        { "{\"a\":1e}", "invalid JSON" },
        { "{\"a\":1e+}", "invalid JSON" },
        { "{\"a\":+1}", "invalid JSON" },
        { "{\"a\":0x10}", "invalid JSON" },
        { "{\"a\":'x'}", "invalid JSON" },
        { "{\"a\":True}", "invalid JSON" },
        { "{'a':1}", "invalid JSON" },
        { "{\"a\":\"\xff\"}x", "trailing data after the JSON object at byte 9" },
        { CHAT_HEAD ",\"text\":\"hi\"} x", "trailing data after the JSON object at byte 68" },
        { CHAT_HEAD ",\"text\":\"hi\"}}", "trailing data after the JSON object at byte 67" },
        { CHAT_HEAD ",\"text\":\"hi\"}{}", "trailing data after the JSON object at byte 67" },
        { CHAT_HEAD ",\"text\":\"hi\"} {\"a\":", "trailing data after the JSON object at byte 68" },
        { CHAT_HEAD ",\"text\":\"hi\"},", "trailing data after the JSON object" },
        { CHAT_HEAD ",\"text\":\"hi\"} 5", "trailing data after the JSON object at byte 68" },
        { CHAT_HEAD ",\"text\":\"hi\"} \"s\"", "trailing data after the JSON object" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sg_event ev;
        int rc = parse(cases[i].json, &ev);
        int want = strstr(cases[i].want, "UTF-8") ? SG_EUTF8 : SG_EJSON;
        if (rc != want || !strstr(err, cases[i].want))
            fail_msg("case %zu %s: rc=%d err='%s', want '%s'", i, cases[i].json, rc, err,
                     cases[i].want);
    }
}

/* ---------------------------------------------------------------- fields */

static void test_missing_fields(void **state)
{
    (void)state;
    assert_fails("{}", SG_EFIELD, "missing field 'type'");
    assert_fails("{\"ts\":1,\"stream\":\"s\"}", SG_EFIELD, "missing field 'type'");
    assert_fails("{\"type\":\"chat\",\"stream\":\"s\",\"id\":\"m\",\"user\":\"u\",\"text\":\"t\"}",
                 SG_EFIELD, "missing field 'ts'");
    assert_fails("{\"type\":\"chat\",\"ts\":1,\"id\":\"m\",\"user\":\"u\",\"text\":\"t\"}",
                 SG_EFIELD, "missing field 'stream'");
    assert_fails("{\"type\":\"chat\",\"ts\":1,\"stream\":\"s\",\"user\":\"u\",\"text\":\"t\"}",
                 SG_EFIELD, "missing field 'id'");
    assert_fails("{\"type\":\"chat\",\"ts\":1,\"stream\":\"s\",\"id\":\"m\",\"text\":\"t\"}",
                 SG_EFIELD, "missing field 'user'");
    assert_fails(CHAT_HEAD "}", SG_EFIELD, "missing field 'text'");
    assert_fails(
        "{\"type\":\"gift\",\"ts\":1,\"stream\":\"s\",\"id\":\"g\",\"user\":\"u\",\"amount\":1}",
        SG_EFIELD, "missing field 'item'");
    assert_fails(
        "{\"type\":\"gift\",\"ts\":1,\"stream\":\"s\",\"id\":\"g\",\"user\":\"u\",\"item\":\"c\"}",
        SG_EFIELD, "missing field 'amount'");
    assert_fails(
        "{\"type\":\"gift\",\"ts\":1,\"stream\":\"s\",\"user\":\"u\",\"item\":\"c\",\"amount\":1}",
        SG_EFIELD, "missing field 'id'");
    assert_fails("{\"type\":\"stream_start\",\"ts\":1,\"stream\":\"s\"}", SG_EFIELD,
                 "missing field 'broadcaster'");
    assert_fails("{\"type\":\"stream_end\",\"ts\":1}", SG_EFIELD, "missing field 'stream'");
    assert_fails("{\"type\":\"stream_end\",\"stream\":\"s\"}", SG_EFIELD, "missing field 'ts'");
}

static void test_wrong_types(void **state)
{
    (void)state;
    assert_fails("{\"type\":1,\"ts\":1,\"stream\":\"s\"}", SG_EFIELD,
                 "field 'type' must be a string");
    assert_fails("{\"type\":null,\"ts\":1,\"stream\":\"s\"}", SG_EFIELD,
                 "field 'type' must be a string");
    assert_fails("{\"type\":\"message\",\"ts\":1,\"stream\":\"s\"}", SG_EFIELD,
                 "unknown event type 'message'");
    assert_fails("{\"type\":\"Chat\",\"ts\":1,\"stream\":\"s\"}", SG_EFIELD,
                 "unknown event type 'Chat'");
    assert_fails("{\"type\":\"\",\"ts\":1,\"stream\":\"s\"}", SG_EFIELD, "unknown event type ''");
    assert_fails("{\"type\":\"a\\nb\",\"ts\":1,\"stream\":\"s\"}", SG_EFIELD,
                 "unknown event type 'a?b'");
    assert_fails(
        "{\"type\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",\"ts\":1,"
        "\"stream\":\"s\"}",
        SG_EFIELD, "unknown event type 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'");
    static const char *const bad_ts[] = { "\"1\"",
                                          "1.0",
                                          "1e3",
                                          "1.5",
                                          "true",
                                          "null",
                                          "[]",
                                          "{}",
                                          "-1",
                                          "9223372036854775808",
                                          "99999999999999999999999" };
    for (size_t i = 0; i < sizeof bad_ts / sizeof bad_ts[0]; i++) {
        char line[256];
        snprintf(line, sizeof line, "{\"type\":\"stream_end\",\"ts\":%s,\"stream\":\"s\"}",
                 bad_ts[i]);
        const char *want =
            i < 8 ? "field 'ts' must be an integer" : "field 'ts' must be a non-negative integer";
        assert_fails(line, SG_EFIELD, want);
    }
    sg_event ev;
    assert_int_equal(
        parse("{\"type\":\"stream_end\",\"ts\":9223372036854775807,\"stream\":\"s\"}", &ev), 0);
    assert_true(ev.ts == INT64_MAX);

    assert_fails("{\"type\":\"stream_end\",\"ts\":1,\"stream\":5}", SG_EFIELD,
                 "field 'stream' must be a string");
    assert_fails("{\"type\":\"stream_end\",\"ts\":1,\"stream\":null}", SG_EFIELD,
                 "field 'stream' must be a string");
    assert_fails("{\"type\":\"stream_end\",\"ts\":1,\"stream\":[\"s\"]}", SG_EFIELD,
                 "field 'stream' must be a string");
    assert_fails(CHAT_HEAD ",\"text\":{\"a\":1}}", SG_EFIELD, "field 'text' must be a string");
    assert_fails(CHAT_HEAD ",\"text\":null}", SG_EFIELD, "field 'text' must be a string");
    assert_fails(
        "{\"type\":\"chat\",\"ts\":5,\"stream\":\"s\",\"id\":7,\"user\":\"u\",\"text\":\"t\"}",
        SG_EFIELD, "field 'id' must be a string");
    assert_fails(
        "{\"type\":\"chat\",\"ts\":5,\"stream\":\"s\",\"id\":\"m\",\"user\":false,\"text\":\"t\"}",
        SG_EFIELD, "field 'user' must be a string");
    assert_fails(CHAT_HEAD ",\"text\":\"t\",\"account_age_days\":\"3\"}", SG_EFIELD,
                 "field 'account_age_days' must be an integer");
    assert_fails(CHAT_HEAD ",\"text\":\"t\",\"account_age_days\":3.5}", SG_EFIELD,
                 "field 'account_age_days' must be an integer");
    assert_fails(CHAT_HEAD ",\"text\":\"t\",\"account_age_days\":-1}", SG_EFIELD,
                 "field 'account_age_days' must be a non-negative integer");
    assert_fails(CHAT_HEAD ",\"text\":\"t\",\"account_age_days\":2147483648}", SG_EFIELD,
                 "field 'account_age_days' must be a non-negative integer");
    static const char *const bad_amount[] = { "0", "-5", "-0", "9223372036854775808" };
    for (size_t i = 0; i < sizeof bad_amount / sizeof bad_amount[0]; i++) {
        char line[256];
        snprintf(line, sizeof line,
                 "{\"type\":\"gift\",\"ts\":1,\"stream\":\"s\",\"id\":\"g\","
                 "\"user\":\"u\",\"item\":\"c\",\"amount\":%s}",
                 bad_amount[i]);
        assert_fails(line, SG_EFIELD, "field 'amount' must be a positive integer");
    }
    assert_fails(
        "{\"type\":\"gift\",\"ts\":1,\"stream\":\"s\",\"id\":\"g\",\"user\":\"u\",\"item\":\"c\","
        "\"amount\":\"5\"}",
        SG_EFIELD, "field 'amount' must be an integer");
    assert_fails(
        "{\"type\":\"gift\",\"ts\":1,\"stream\":\"s\",\"id\":\"g\",\"user\":\"u\",\"item\":\"c\","
        "\"amount\":null}",
        SG_EFIELD, "field 'amount' must be an integer");
    assert_fails(
        "{\"type\":\"gift\",\"ts\":1,\"stream\":\"s\",\"id\":\"g\",\"user\":\"u\",\"item\":3,"
        "\"amount\":1}",
        SG_EFIELD, "field 'item' must be a string");
    assert_fails("{\"type\":\"stream_start\",\"ts\":1,\"stream\":\"s\",\"broadcaster\":\"b\","
                 "\"broadcaster_age\":\"12\"}",
                 SG_EFIELD,
                 "field 'broadcaster_age' must be one of under13, 13-15, 16-17, adult, unknown");
    assert_fails("{\"type\":\"stream_start\",\"ts\":1,\"stream\":\"s\",\"broadcaster\":\"b\","
                 "\"broadcaster_age\":13}",
                 SG_EFIELD, "field 'broadcaster_age' must be a string");
    assert_fails("{\"type\":\"stream_start\",\"ts\":1,\"stream\":\"s\",\"broadcaster\":\"b\","
                 "\"title\":7}",
                 SG_EFIELD, "field 'title' must be a string");
}

static void test_empty_ids(void **state)
{
    (void)state;
    assert_fails("{\"type\":\"stream_end\",\"ts\":1,\"stream\":\"\"}", SG_EFIELD,
                 "field 'stream' must not be empty");
    assert_fails(
        "{\"type\":\"chat\",\"ts\":5,\"stream\":\"s\",\"id\":\"\",\"user\":\"u\",\"text\":\"t\"}",
        SG_EFIELD, "field 'id' must not be empty");
    assert_fails(
        "{\"type\":\"chat\",\"ts\":5,\"stream\":\"s\",\"id\":\"m\",\"user\":\"\",\"text\":\"t\"}",
        SG_EFIELD, "field 'user' must not be empty");
    assert_fails("{\"type\":\"stream_start\",\"ts\":1,\"stream\":\"s\",\"broadcaster\":\"\"}",
                 SG_EFIELD, "field 'broadcaster' must not be empty");
    assert_fails(
        "{\"type\":\"gift\",\"ts\":1,\"stream\":\"s\",\"id\":\"g\",\"user\":\"u\",\"item\":\"\","
        "\"amount\":1}",
        SG_EFIELD, "field 'item' must not be empty");
}

static void test_duplicate_keys(void **state)
{
    (void)state;
    assert_fails(CHAT_HEAD ",\"text\":\"a\",\"text\":\"b\"}", SG_EFIELD, "duplicate field 'text'");
    assert_fails("{\"type\":\"chat\",\"type\":\"gift\"}", SG_EFIELD, "duplicate field 'type'");
    assert_fails("{\"ts\":1,\"type\":\"stream_end\",\"stream\":\"s\",\"ts\":2}", SG_EFIELD,
                 "duplicate field 'ts'");
    /* an escaped spelling is the same key */
    assert_fails(CHAT_HEAD ",\"text\":\"a\",\"\\u0075ser\":\"v\"}", SG_EFIELD,
                 "duplicate field 'user'");
    /* a duplicate of a field the type does not use is still a duplicate */
    assert_fails("{\"type\":\"stream_end\",\"ts\":1,\"stream\":\"s\",\"amount\":1,\"amount\":2}",
                 SG_EFIELD, "duplicate field 'amount'");
    /* duplicate unknown keys are ignored */
    sg_event ev;
    assert_int_equal(parse(CHAT_HEAD ",\"text\":\"a\",\"x\":1,\"x\":2}", &ev), 0);
    /* regression: a duplicate in a line that is also malformed used to be
     * reported as the duplicate; the syntax error comes first */
    assert_fails("{\"type\":\"gift\",\"type\":07}", SG_EJSON, "invalid JSON at byte 22");
    assert_fails("{\"item\": \"ot\", \"item\" \"bits\"}", SG_EJSON, "invalid JSON");
    /* a line of nothing but duplicates, up to the line cap: every copy is
     * decoded into the arena before the error; it must not overflow */
    size_t cap = SG_MAX_EVENT_BYTES;
    char *big = malloc(cap + 1);
    assert_non_null(big);
    size_t w = 0;
    big[w++] = '{';
    while (w + 16 < cap)
        w += (size_t)sprintf(big + w, "\"text\":\"\",");
    while (w + 9 < cap)
        w += (size_t)sprintf(big + w, "\"a\":1,");
    big[w - 1] = '}';
    assert_int_equal(parse_len(big, w, &ev), SG_ETOOBIG); /* token cap first */
    w = 0;
    big[w++] = '{';
    w += (size_t)sprintf(big + w, "\"text\":\"");
    memset(big + w, 't', cap / 2);
    w += cap / 2;
    w += (size_t)sprintf(big + w, "\",\"text\":\"");
    memset(big + w, 'u', cap - w - 2);
    w = cap - 2;
    memcpy(big + w, "\"}", 2);
    assert_int_equal(parse_len(big, cap, &ev), SG_EFIELD);
    assert_string_equal(err, "duplicate field 'text'");
    free(big);
}

/* ---------------------------------------------------------------- caps */

/* Builds a chat line whose text is n copies of unit; caller frees. */
static char *chat_with_text(const char *unit, size_t n)
{
    size_t ul = strlen(unit), cap = sizeof CHAT_HEAD + 32 + ul * n;
    char *s = malloc(cap), *w = s;
    assert_non_null(s);
    w += sprintf(w, "%s,\"text\":\"", CHAT_HEAD);
    for (size_t i = 0; i < n; i++, w += ul)
        memcpy(w, unit, ul);
    strcpy(w, "\"}");
    return s;
}

static void test_text_cap(void **state)
{
    (void)state;
    sg_event ev;
    char *s = chat_with_text("a", SG_MAX_TEXT_BYTES);
    assert_int_equal(parse(s, &ev), 0);
    assert_int_equal(ev.text_len, SG_MAX_TEXT_BYTES);
    free(s);
    s = chat_with_text("a", SG_MAX_TEXT_BYTES + 1);
    assert_int_equal(parse(s, &ev), SG_ETOOBIG);
    assert_string_equal(err, "field 'text' exceeds 4096 bytes");
    free(s);
    /* the cap applies after unescaping: 4096 escaped bytes are 24576 raw */
    s = chat_with_text("\\u0041", SG_MAX_TEXT_BYTES);
    assert_int_equal(parse(s, &ev), 0);
    assert_int_equal(ev.text_len, SG_MAX_TEXT_BYTES);
    assert_int_equal(ev.text[4095], 'A');
    free(s);
    /* 1366 * 3 bytes = 4098 > 4096 */
    s = chat_with_text("\xe2\x82\xac", 1366);
    assert_int_equal(parse(s, &ev), SG_ETOOBIG);
    free(s);
}

static void test_id_and_title_caps(void **state)
{
    (void)state;
    sg_event ev;
    char line[4096], big[2048];
    static const char *const fmts[] = {
        "{\"type\":\"gift\",\"ts\":1,\"stream\":\"%s\",\"id\":\"g\",\"user\":\"u\",\"item\":\"c\","
        "\"amount\":1}",
        "{\"type\":\"gift\",\"ts\":1,\"stream\":\"s\",\"id\":\"%s\",\"user\":\"u\",\"item\":\"c\","
        "\"amount\":1}",
        "{\"type\":\"gift\",\"ts\":1,\"stream\":\"s\",\"id\":\"g\",\"user\":\"%s\",\"item\":\"c\","
        "\"amount\":1}",
        "{\"type\":\"gift\",\"ts\":1,\"stream\":\"s\",\"id\":\"g\",\"user\":\"u\",\"item\":\"%s\","
        "\"amount\":1}",
        "{\"type\":\"stream_start\",\"ts\":1,\"stream\":\"s\",\"broadcaster\":\"%s\"}",
    };
    static const char *const names[] = { "stream", "id", "user", "item", "broadcaster" };
    for (size_t i = 0; i < 5; i++) {
        memset(big, 'i', SG_MAX_ID_BYTES);
        big[SG_MAX_ID_BYTES] = '\0';
        fill(line, sizeof line, fmts[i], big);
        assert_int_equal(parse(line, &ev), 0);
        big[SG_MAX_ID_BYTES] = 'i';
        big[SG_MAX_ID_BYTES + 1] = '\0';
        fill(line, sizeof line, fmts[i], big);
        assert_int_equal(parse(line, &ev), SG_ETOOBIG);
        char want[64];
        snprintf(want, sizeof want, "field '%s' exceeds 256 bytes", names[i]);
        assert_string_equal(err, want);
    }
    memset(big, 't', SG_MAX_TITLE_BYTES);
    big[SG_MAX_TITLE_BYTES] = '\0';
    snprintf(line, sizeof line,
             "{\"type\":\"stream_start\",\"ts\":1,\"stream\":\"s\",\"broadcaster\":\"b\","
             "\"title\":\"%s\"}",
             big);
    assert_int_equal(parse(line, &ev), 0);
    assert_int_equal(strlen(ev.title), SG_MAX_TITLE_BYTES);
    snprintf(line, sizeof line,
             "{\"type\":\"stream_start\",\"ts\":1,\"stream\":\"s\",\"broadcaster\":\"b\","
             "\"title\":\"%sX\"}",
             big);
    assert_int_equal(parse(line, &ev), SG_ETOOBIG);
    assert_string_equal(err, "field 'title' exceeds 1024 bytes");
}

static void test_line_cap(void **state)
{
    (void)state;
    sg_event ev;
    /* exactly SG_MAX_EVENT_BYTES is accepted (padding with whitespace) */
    size_t n = SG_MAX_EVENT_BYTES;
    char *s = malloc(n + 2);
    assert_non_null(s);
    const char *obj = "{\"type\":\"stream_end\",\"ts\":1,\"stream\":\"s\"}";
    memset(s, ' ', n + 1);
    memcpy(s, obj, strlen(obj));
    assert_int_equal(parse_len(s, n, &ev), 0);
    assert_int_equal(parse_len(s, n + 1, &ev), SG_ETOOBIG);
    assert_string_equal(err, "event exceeds 65536 bytes");
    /* a huge unknown string field within the cap is fine */
    free(s);
    s = chat_with_text("a", 100);
    free(s);
    char *big = malloc(n + 1);
    assert_non_null(big);
    int k = snprintf(big, n, CHAT_HEAD ",\"text\":\"t\",\"blob\":\"");
    memset(big + k, 'b', n - k - 2);
    memcpy(big + n - 2, "\"}", 2);
    assert_int_equal(parse_len(big, n, &ev), 0);
    free(big);
}

static void test_token_and_depth_caps(void **state)
{
    (void)state;
    sg_event ev;
    char line[8192];
    /* top-level object + 7 nested arrays = depth 8: accepted */
    for (int depth = 2; depth <= 12; depth++) {
        int w = snprintf(line, sizeof line, CHAT_HEAD ",\"text\":\"t\",\"x\":");
        for (int d = 1; d < depth; d++) {
            if (d & 1)
                line[w++] = '[';
            else
                w += sprintf(line + w, "{\"k\":");
        }
        line[w++] = '0';
        for (int d = depth - 1; d >= 1; d--)
            line[w++] = (d & 1) ? ']' : '}';
        strcpy(line + w, "}");
        int rc = parse(line, &ev);
        if (depth <= SG_MAX_JSON_DEPTH) {
            if (rc != 0)
                fail_msg("depth %d: rc=%d err=%s line=%s", depth, rc, err, line);
        } else {
            assert_int_equal(rc, SG_ETOOBIG);
            assert_non_null(strstr(err, "nested deeper than 8 levels"));
        }
    }
    /* 100000 nested arrays: refused cleanly, no recursion */
    size_t n = 100000;
    char *deep = malloc(2 * n + 64);
    assert_non_null(deep);
    int w = sprintf(deep, "{\"x\":");
    memset(deep + w, '[', n);
    memset(deep + w + n, ']', n);
    strcpy(deep + w + 2 * n, "}");
    assert_int_equal(parse_len(deep, strlen(deep), &ev), SG_ETOOBIG); /* over the line cap */
    n = 20000;
    w = sprintf(deep, "{\"x\":");
    memset(deep + w, '[', n);
    memset(deep + w + n, ']', n);
    strcpy(deep + w + 2 * n, "}");
    assert_int_equal(parse(deep, &ev), SG_ETOOBIG);
    assert_non_null(strstr(err, "more than 256 JSON tokens"));
    /* truncated deep nesting (no closers) */
    deep[w + n] = '\0';
    assert_int_equal(parse(deep, &ev), SG_ETOOBIG);
    deep[w + 100] = '\0';
    assert_int_equal(parse(deep, &ev), SG_EJSON);
    free(deep);

    /* tokens: CHAT_HEAD + text = 1 + 6*2 = 13 tokens; add an array */
    int base = 13, room = SG_MAX_JSON_TOKENS - base - 2; /* "x" key + array token */
    w = snprintf(line, sizeof line, CHAT_HEAD ",\"text\":\"t\",\"x\":[");
    for (int i = 0; i < room; i++)
        w += sprintf(line + w, "%s0", i ? "," : "");
    strcpy(line + w, "]}");
    assert_int_equal(parse(line, &ev), 0);
    w = snprintf(line, sizeof line, CHAT_HEAD ",\"text\":\"t\",\"x\":[");
    for (int i = 0; i < room + 1; i++)
        w += sprintf(line + w, "%s0", i ? "," : "");
    strcpy(line + w, "]}");
    assert_int_equal(parse(line, &ev), SG_ETOOBIG);
    assert_string_equal(err, "event has more than 256 JSON tokens");
}

/* ---------------------------------------------------------------- API */

static void test_reuse_across_calls(void **state)
{
    (void)state;
    sg_event a, b;
    assert_int_equal(parse(CHAT_HEAD ",\"text\":\"first line\"}", &a), 0);
    assert_string_equal(a.text, "first line");
    /* a failing parse in between leaves the parser usable */
    assert_fails(CHAT_HEAD ",\"text\":\"x\",\"text\":\"y\"}", SG_EFIELD, "duplicate");
    assert_fails("{\"type\":\"stream_end\",\"ts\":1,\"stream\":\"s\",\"ts\":1}", SG_EFIELD,
                 "duplicate");
    assert_int_equal(
        parse("{\"type\":\"gift\",\"ts\":9,\"stream\":\"s2\",\"id\":\"g\",\"user\":\"w\","
              "\"item\":\"rose\",\"amount\":3}",
              &b),
        0);
    assert_string_equal(b.item, "rose");
    assert_string_equal(b.stream, "s2");
    assert_null(b.text);
    for (int i = 0; i < 1000; i++) {
        char line[128];
        snprintf(line, sizeof line,
                 "{\"type\":\"chat\",\"ts\":%d,\"stream\":\"s\",\"id\":\"m%d\","
                 "\"user\":\"u\",\"text\":\"n%d\"}",
                 i, i, i);
        assert_int_equal(parse(line, &a), 0);
        char want[16];
        snprintf(want, sizeof want, "n%d", i);
        assert_string_equal(a.text, want);
        assert_true(a.ts == i);
    }
}

static void test_err_buffer(void **state)
{
    (void)state;
    sg_event ev;
    char small[8];
    const char *line = "{\"type\":\"stream_end\",\"ts\":1}";
    assert_int_equal(sg_event_parse(P, line, strlen(line), &ev, small, sizeof small), SG_EFIELD);
    assert_string_equal(small, "missing");
    char one[1] = { 'x' };
    assert_int_equal(sg_event_parse(P, line, strlen(line), &ev, one, 1), SG_EFIELD);
    assert_int_equal(one[0], '\0');
    assert_int_equal(sg_event_parse(P, line, strlen(line), &ev, NULL, 0), SG_EFIELD);
    assert_int_equal(sg_event_parse(NULL, line, strlen(line), &ev, NULL, 0), SG_EINVAL);
    assert_int_equal(sg_event_parse(P, line, strlen(line), NULL, NULL, 0), SG_EINVAL);
    assert_int_equal(sg_event_parser_new(NULL), SG_EINVAL);
    sg_event_parser_free(NULL);
}

/* Every line of the shared scenarios parses, read through the line reader. */
static void test_scenario_files(void **state)
{
    (void)state;
    glob_t g;
    size_t events = 0, chats = 0;
    assert_int_equal(glob(SG_SOURCE_DIR "/tests/scenarios/*.ndjson", 0, NULL, &g), 0);
    assert_true(g.gl_pathc >= 20);
    for (size_t f = 0; f < g.gl_pathc; f++) {
        FILE *fp = fopen(g.gl_pathv[f], "rb");
        assert_non_null(fp);
        sg__linereader r;
        sg__linereader_init(&r, fp, 0);
        const char *line;
        size_t len;
        long lineno;
        int rc;
        while ((rc = sg__linereader_next(&r, &line, &len, &lineno)) == 1) {
            sg_event ev;
            if (parse_len(line, len, &ev) != 0)
                fail_msg("%s:%ld: %s", g.gl_pathv[f], lineno, err);
            events++;
            if (ev.type == SG_EV_CHAT) {
                chats++;
                assert_non_null(ev.text);
                assert_int_equal(strlen(ev.text), ev.text_len);
            }
        }
        assert_int_equal(rc, 0);
        sg__linereader_free(&r);
        fclose(fp);
    }
    globfree(&g);
    assert_true(events > 1000);
    assert_true(chats > 1000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_chat_all_fields),
        cmocka_unit_test(test_chat_optional_absent_and_null),
        cmocka_unit_test(test_relation),
        cmocka_unit_test(test_gift),
        cmocka_unit_test(test_stream_start_and_end),
        cmocka_unit_test(test_whitespace_crlf_and_key_order),
        cmocka_unit_test(test_unknown_fields_ignored),
        cmocka_unit_test(test_escapes),
        cmocka_unit_test(test_bad_escapes_and_surrogates),
        cmocka_unit_test(test_invalid_utf8_everywhere),
        cmocka_unit_test(test_nul_bytes),
        cmocka_unit_test(test_not_an_object),
        cmocka_unit_test(test_malformed_json),
        cmocka_unit_test(test_missing_fields),
        cmocka_unit_test(test_wrong_types),
        cmocka_unit_test(test_empty_ids),
        cmocka_unit_test(test_duplicate_keys),
        cmocka_unit_test(test_text_cap),
        cmocka_unit_test(test_id_and_title_caps),
        cmocka_unit_test(test_line_cap),
        cmocka_unit_test(test_token_and_depth_caps),
        cmocka_unit_test(test_reuse_across_calls),
        cmocka_unit_test(test_err_buffer),
        cmocka_unit_test(test_scenario_files),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
