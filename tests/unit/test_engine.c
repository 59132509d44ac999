/* test_engine.c — the engine end to end through the public API, with a
 * small rule set of its own so the tests do not move when rules/en does. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <glob.h>

#include "streamguard.h"

static const char test_rules[] =
    "rule t.flattery\n"
    "  tactic: flattery\n  weight: 0.2\n  words: so pretty, so mature\n"
    "rule t.age\n"
    "  tactic: personal_info\n  weight: 0.35\n  pattern: how old (are|r) (you|u)\n"
    "rule t.alone\n"
    "  tactic: personal_info\n  weight: 0.5\n  pattern: (home )?alone\n  when: minor\n"
    "rule t.snap\n"
    "  tactic: off_platform\n  weight: 0.5\n  words: snap, snapchat\n"
    "rule t.gift\n"
    "  tactic: gift_offer\n  weight: 0.4\n  pattern: \\d+ coins\n"
    "rule t.hoodie\n"
    "  tactic: nudity_request\n  weight: 0.9\n  pattern: (hoodie|top) off\n  when: minor\n"
    "rule t.secret\n"
    "  tactic: secrecy\n  weight: 0.6\n  pattern: (don'?t|dont) tell\n"
    "rule t.dare\n"
    "  tactic: dare\n  weight: 0.3\n  words: i dare you, dare u\n"
    "rule t.shadow\n"
    "  tactic: sexual_content\n  weight: 0.9\n  words: shadowword\n  shadow: true\n";

typedef struct collected {
    int opened, updated;
    char ids[16][24];
    sg_alert_type types[16];
    char users[16][64];
    size_t nusers[16];
    size_t nstreams[16];
} collected;

static void on_alert(void *ud, const sg_alert *a)
{
    collected *c = ud;
    if (a->update) {
        c->updated++;
        return;
    }
    if (c->opened < 16) {
        snprintf(c->ids[c->opened], sizeof c->ids[0], "%s", a->id);
        c->types[c->opened] = a->type;
        snprintf(c->users[c->opened], sizeof c->users[0], "%s", a->user ? a->user : "");
        c->nusers[c->opened] = a->nusers;
        c->nstreams[c->opened] = a->nstreams;
    }
    c->opened++;
}

typedef struct fixture {
    sg_ruleset *rules;
    sg_engine *engine;
    sg_event_parser *parser;
    collected alerts;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    assert_int_equal(
        sg_ruleset_load_buffer("test.rules", test_rules, strlen(test_rules), NULL, NULL, &f->rules),
        0);
    assert_int_equal(sg_engine_new(NULL, f->rules, &f->engine), 0);
    assert_int_equal(sg_event_parser_new(&f->parser), 0);
    sg_engine_set_alert_callback(f->engine, on_alert, &f->alerts);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    sg_event_parser_free(f->parser);
    sg_engine_free(f->engine);
    sg_ruleset_free(f->rules);
    free(f);
    return 0;
}

/* The test rules, for tests that build their own engines. */
static sg_ruleset *load_test_rules(void)
{
    sg_ruleset *rs = NULL;
    assert_int_equal(sg_ruleset_load_buffer("t", test_rules, strlen(test_rules), NULL, NULL, &rs),
                     0);
    return rs;
}

/* Feeds one JSON event; returns sg_engine_process's result. */
static int feed(fixture *f, const char *json, sg_decision *d)
{
    sg_event ev;
    char err[256];
    int rc = sg_event_parse(f->parser, json, strlen(json), &ev, err, sizeof err);
    if (rc) {
        fprintf(stderr, "parse: %s\n", err);
        return rc;
    }
    return sg_engine_process(f->engine, &ev, d);
}

static int chat(fixture *f, long long ts, const char *stream, const char *id, const char *user,
                const char *text, sg_decision *d)
{
    char buf[1024];
    snprintf(buf, sizeof buf,
             "{\"type\":\"chat\",\"ts\":%lld,\"stream\":\"%s\",\"id\":\"%s\",\"user\":\"%s\","
             "\"text\":\"%s\"}",
             ts, stream, id, user, text);
    return feed(f, buf, d);
}

static void start(fixture *f, long long ts, const char *stream, const char *bc, const char *age)
{
    char buf[512];
    sg_decision d;
    snprintf(buf, sizeof buf,
             "{\"type\":\"stream_start\",\"ts\":%lld,\"stream\":\"%s\",\"broadcaster\":\"%s\","
             "\"broadcaster_age\":\"%s\"}",
             ts, stream, bc, age);
    assert_int_equal(feed(f, buf, &d), 0);
}

static void test_benign_line_allowed(void **state)
{
    fixture *f = *state;
    sg_decision d;
    start(f, 1000, "s1", "kid", "13-15");
    assert_int_equal(chat(f, 2000, "s1", "m1", "v1", "gg nice run", &d), 1);
    assert_int_equal(d.action, SG_ALLOW);
    assert_int_equal(d.tactics, 0);
    assert_int_equal(d.nevidence, 0);
    assert_string_equal(d.event, "m1");
    assert_null(d.nudge);
}

static void test_evidence_span_points_into_original(void **state)
{
    fixture *f = *state;
    sg_decision d;
    start(f, 1000, "s1", "kid", "13-15");
    const char *text = "hey!! HOW OLD are you";
    assert_int_equal(chat(f, 2000, "s1", "m1", "v1", text, &d), 1);
    assert_int_equal(d.nevidence, 1);
    assert_string_equal(d.evidence[0].rule, "t.age");
    assert_int_equal(d.evidence[0].tactic, SG_T_PERSONAL_INFO);
    assert_memory_equal(text + d.evidence[0].start, "HOW OLD are you",
                        d.evidence[0].end - d.evidence[0].start);
    assert_true(d.tactics & (1u << SG_T_PERSONAL_INFO));
}

static void test_progression_opens_one_alert_and_holds(void **state)
{
    fixture *f = *state;
    sg_decision d;
    start(f, 1000, "s1", "kid", "13-15");
    chat(f, 2000, "s1", "m1", "groomer", "you are so pretty", &d);
    assert_int_equal(f->alerts.opened, 0);
    chat(f, 3000, "s1", "m2", "groomer", "how old are you", &d);
    chat(f, 4000, "s1", "m3", "groomer", "add my snap, 500 coins for you", &d);
    assert_int_equal(f->alerts.opened, 1);
    assert_int_equal(f->alerts.types[0], SG_ALERT_GROOMING);
    assert_string_equal(f->alerts.users[0], "groomer");
    assert_int_not_equal(d.action, SG_ALLOW);
    assert_non_null(d.nudge); /* a young broadcaster is told */
    assert_string_equal(d.nudge->to, "broadcaster");
    assert_null(strstr(d.nudge->text, "snap")); /* never quotes the offender */
    /* More evidence updates the same alert rather than opening another. */
    chat(f, 5000, "s1", "m4", "groomer", "dont tell your mum", &d);
    assert_int_equal(f->alerts.opened, 1);
    assert_true(f->alerts.updated >= 1);
    /* A benign line from a viewer under alert is still held for a minor. */
    chat(f, 6000, "s1", "m5", "groomer", "lol", &d);
    assert_int_equal(d.action, SG_HOLD);
    /* Another viewer is unaffected. */
    chat(f, 6500, "s1", "m6", "friend", "lol", &d);
    assert_int_equal(d.action, SG_ALLOW);
}

static void test_adult_broadcaster_is_not_a_child(void **state)
{
    fixture *f = *state;
    sg_decision d;
    start(f, 1000, "s1", "grownup", "adult");
    chat(f, 2000, "s1", "m1", "v1", "take your hoodie off", &d); /* when: minor */
    assert_int_equal(d.tactics, 0);
    chat(f, 3000, "s1", "m2", "v1", "how old are you, so pretty", &d);
    chat(f, 4000, "s1", "m3", "v1", "add my snap", &d);
    assert_int_equal(f->alerts.opened, 0);
    assert_null(d.nudge);
}

static void test_broadcaster_own_lines_carry_no_risk(void **state)
{
    fixture *f = *state;
    sg_decision d;
    start(f, 1000, "s1", "kid", "under13");
    chat(f, 2000, "s1", "m1", "kid", "dont tell my mum im home alone lol", &d);
    assert_int_equal(d.action, SG_ALLOW);
    assert_int_equal(f->alerts.opened, 0);
}

static void test_shadow_rule_reported_not_acted(void **state)
{
    fixture *f = *state;
    sg_decision d;
    start(f, 1000, "s1", "kid", "under13");
    chat(f, 2000, "s1", "m1", "v1", "shadowword", &d);
    assert_int_equal(d.nevidence, 1);
    assert_true(d.evidence[0].shadow);
    assert_int_equal(d.tactics, 0);
    assert_int_equal(d.action, SG_ALLOW);
    char line[2048];
    sg_decision_json(&d, line, sizeof line);
    assert_non_null(strstr(line, "\"shadow\":true"));
}

static void test_split_request_is_joined(void **state)
{
    fixture *f = *state;
    sg_decision d;
    start(f, 1000, "s1", "kid", "16-17");
    chat(f, 2000, "s1", "m1", "v1", "take your hoodie", &d);
    assert_int_equal(d.tactics, 0);
    chat(f, 3000, "s1", "m2", "v1", "off", &d);
    assert_true(d.tactics & (1u << SG_T_NUDITY_REQUEST));
    assert_int_equal(d.evidence[0].start, 0);
    assert_int_equal(d.evidence[0].end, 3); /* the span is in this line */
    /* Too far apart in time: no join. */
    chat(f, 100000, "s1", "m3", "v2", "take your top", &d);
    chat(f, 200000, "s1", "m4", "v2", "off", &d);
    assert_int_equal(d.tactics, 0);
}

static void test_flood(void **state)
{
    fixture *f = *state;
    sg_decision d;
    start(f, 1000, "s1", "kid", "13-15");
    char user[16], id[16];
    for (int i = 0; i < 6; i++) {
        snprintf(user, sizeof user, "acct%d", i);
        snprintf(id, sizeof id, "m%d", i);
        chat(f, 2000 + i * 3000, "s1", id, user, "i dare you", &d);
    }
    int flood = -1;
    for (int i = 0; i < f->alerts.opened && i < 16; i++)
        if (f->alerts.types[i] == SG_ALERT_FLOOD)
            flood = i;
    assert_true(flood >= 0);
    assert_int_equal(f->alerts.nusers[flood], 5);
    assert_string_equal(f->alerts.users[flood], "");
}

static void test_flood_needs_a_window(void **state)
{
    fixture *f = *state;
    sg_decision d;
    start(f, 1000, "s1", "kid", "13-15");
    char user[16], id[16];
    for (int i = 0; i < 8; i++) { /* one every 30 s: never 5 in a minute */
        snprintf(user, sizeof user, "acct%d", i);
        snprintf(id, sizeof id, "m%d", i);
        chat(f, 2000 + i * 30000, "s1", id, user, "i dare you", &d);
    }
    for (int i = 0; i < f->alerts.opened && i < 16; i++)
        assert_int_not_equal(f->alerts.types[i], SG_ALERT_FLOOD);
}

static void test_serial_contact(void **state)
{
    fixture *f = *state;
    sg_decision d;
    const char *streams[] = { "a", "b", "c" };
    for (int i = 0; i < 3; i++) {
        char bc[8];
        snprintf(bc, sizeof bc, "kid%d", i);
        start(f, 1000 + i * 600000, streams[i], bc, "under13");
        chat(f, 2000 + i * 600000, streams[i], "m1", "roamer", "you are so pretty", &d);
        chat(f, 3000 + i * 600000, streams[i], "m2", "roamer", "how old are u", &d);
    }
    int serial = -1;
    for (int i = 0; i < f->alerts.opened && i < 16; i++)
        if (f->alerts.types[i] == SG_ALERT_SERIAL_CONTACT)
            serial = i;
    assert_true(serial >= 0);
    assert_string_equal(f->alerts.users[serial], "roamer");
    assert_int_equal(f->alerts.nstreams[serial], 3);
}

static void test_gift_decision(void **state)
{
    fixture *f = *state;
    sg_decision d;
    start(f, 1000, "s1", "kid", "13-15");
    assert_int_equal(feed(f,
                          "{\"type\":\"gift\",\"ts\":2000,\"stream\":\"s1\",\"id\":\"g1\","
                          "\"user\":\"v1\",\"item\":\"coins\",\"amount\":500}",
                          &d),
                     1);
    assert_string_equal(d.event, "g1");
    assert_int_equal(d.action, SG_ALLOW);
    char line[1024];
    size_t n = sg_decision_json(&d, line, sizeof line);
    assert_true(n > 0 && n < sizeof line);
    assert_non_null(strstr(line, "\"kind\":\"decision\",\"event\":\"g1\""));
}

static void test_json_truncation_is_snprintf_like(void **state)
{
    fixture *f = *state;
    sg_decision d;
    start(f, 1000, "s1", "kid", "13-15");
    chat(f, 2000, "s1", "m1", "v1", "how old are you", &d);
    char full[2048], small[16];
    size_t need = sg_decision_json(&d, full, sizeof full);
    assert_int_equal(sg_decision_json(&d, small, sizeof small), need);
    assert_int_equal(strlen(small), sizeof small - 1);
    assert_memory_equal(small, full, sizeof small - 1);
    assert_int_equal(strlen(full), need);
}

static void test_checkpoint_restore_remembers(void **state)
{
    fixture *f = *state;
    sg_decision d;
    start(f, 1000, "s1", "kid", "13-15");
    chat(f, 2000, "s1", "m1", "groomer", "you are so pretty", &d);
    chat(f, 3000, "s1", "m2", "groomer", "how old are you", &d);
    assert_int_equal(f->alerts.opened, 0);
    char *buf;
    size_t len;
    assert_int_equal(sg_engine_checkpoint(f->engine, &buf, &len), 0);

    /* A damaged checkpoint is refused and leaves the engine fresh. */
    sg_engine *bad;
    assert_int_equal(sg_engine_new(NULL, f->rules, &bad), 0);
    assert_int_equal(sg_engine_restore(bad, buf, len - 3), SG_EFORMAT);
    sg_engine_stats st;
    sg_engine_stats_get(bad, &st);
    assert_int_equal(st.conversations, 0);
    sg_engine_free(bad);

    sg_engine_free(f->engine);
    assert_int_equal(sg_engine_new(NULL, f->rules, &f->engine), 0);
    sg_engine_set_alert_callback(f->engine, on_alert, &f->alerts);
    assert_int_equal(sg_engine_restore(f->engine, buf, len), 0);
    free(buf);
    /* The conversation carried over: one more step opens the alert. */
    chat(f, 4000, "s1", "m3", "groomer", "add my snap, 500 coins for you", &d);
    assert_int_equal(f->alerts.opened, 1);
    assert_string_equal(f->alerts.ids[0], "al-1");
}

/* Only conversations a later decision depends on are checkpointed: ordinary
 * chat is left out (checkpoint.c explains why), evidence and gifts stay. */
static void test_checkpoint_keeps_only_relevant_conversations(void **state)
{
    fixture *f = *state;
    sg_decision d;
    start(f, 1000, "s1", "kid", "13-15");
    chat(f, 2000, "s1", "m1", "fan1", "nice stream", &d);
    chat(f, 2100, "s1", "m2", "fan2", "gg", &d);
    chat(f, 2200, "s1", "m3", "groomer", "how old are you", &d);
    assert_true(d.tactics != 0);
    assert_int_equal(feed(f,
                          "{\"type\":\"gift\",\"ts\":2300,\"stream\":\"s1\",\"id\":\"g1\","
                          "\"user\":\"gifter\",\"item\":\"coins\",\"amount\":500}",
                          &d),
                     1);
    sg_engine_stats st;
    sg_engine_stats_get(f->engine, &st);
    assert_int_equal(st.conversations, 4);
    char *buf;
    size_t len;
    assert_int_equal(sg_engine_checkpoint(f->engine, &buf, &len), 0);
    sg_engine *e2;
    assert_int_equal(sg_engine_new(NULL, f->rules, &e2), 0);
    assert_int_equal(sg_engine_restore(e2, buf, len), 0);
    free(buf);
    sg_engine_stats_get(e2, &st);
    assert_int_equal(st.conversations, 2); /* groomer and gifter */
    sg_engine_free(e2);
}

static void chat_aged(fixture *f, long long ts, const char *id, const char *user, int days,
                      const char *text, sg_decision *d)
{
    char line[512];
    snprintf(line, sizeof line,
             "{\"type\":\"chat\",\"ts\":%lld,\"stream\":\"s1\",\"id\":\"%s\",\"user\":\"%s\","
             "\"text\":\"%s\",\"account_age_days\":%d}",
             ts, id, user, text, days);
    assert_int_equal(feed(f, line, d), 1);
}

/* established_account_days: an old account's lone early tactic is flagged
 * but not held; the same line from a fresh account is held; a request from
 * an old account is held; a second kind of evidence brings holds back. */
static void test_established_account_lone_line(void **state)
{
    fixture *f = *state;
    sg_decision d;
    start(f, 1000, "s1", "kid", "under13");
    chat_aged(f, 2000, "m1", "fresh", 3, "add me on snap", &d);
    assert_true(d.tactics & (1u << SG_T_OFF_PLATFORM));
    assert_int_equal(d.action, SG_HOLD);
    chat_aged(f, 3000, "m2", "cousin", 900, "add me on snap", &d);
    assert_true(d.tactics & (1u << SG_T_OFF_PLATFORM));
    assert_int_equal(d.action, SG_ALLOW);
    chat_aged(f, 4000, "m3", "cousin", 900, "how old are you and are ur parents home", &d);
    assert_true(d.tactics & (1u << SG_T_PERSONAL_INFO));
    assert_true(d.action != SG_ALLOW); /* a second kind of evidence */
    chat_aged(f, 5000, "m4", "oldguy", 900, "take ur hoodie off", &d);
    assert_true(d.tactics & (1u << SG_T_NUDITY_REQUEST));
    assert_true(d.action != SG_ALLOW); /* a request is never let through */
}

/* A platform-asserted relation (event field "relation": moderator, family,
 * trusted) spares the viewer grooming alerts for everything but sexual talk
 * and threats; their lines still carry tactics, risk and holds. The same
 * lines without it alert. */
static void feed_rel(sg_engine *e, long long ts, const char *id, const char *user, sg_relation rel,
                     const char *text, sg_decision *d)
{
    sg_event ev = { .type = SG_EV_CHAT,
                    .ts = ts,
                    .stream = "s1",
                    .id = id,
                    .user = user,
                    .text = text,
                    .text_len = strlen(text),
                    .account_age_days = -1,
                    .relation = rel,
                    .follower = -1 };
    assert_int_equal(sg_engine_process(e, &ev, d), 1);
}

static void test_relation_spares_known_people(void **state)
{
    (void)state;
    static const char extra[] = "rule t.threat\n  tactic: threat\n  weight: 0.9\n"
                                "  pattern: post (your|ur) pics\n";
    char buf[4096];
    snprintf(buf, sizeof buf, "%s%s", test_rules, extra);
    sg_ruleset *rs = NULL;
    assert_int_equal(sg_ruleset_load_buffer("t", buf, strlen(buf), NULL, NULL, &rs), 0);
    sg_engine *e;
    assert_int_equal(sg_engine_new(NULL, rs, &e), 0);
    collected al = { 0 };
    sg_engine_set_alert_callback(e, on_alert, &al);
    sg_event st = { .type = SG_EV_STREAM_START,
                    .ts = 1000,
                    .stream = "s1",
                    .broadcaster = "kid",
                    .broadcaster_age = SG_AGE_UNDER13,
                    .account_age_days = -1 };
    sg_decision d;
    assert_int_equal(sg_engine_process(e, &st, &d), 0);

    feed_rel(e, 2000, "a1", "nan", SG_REL_FAMILY, "how old are you now, home alone?", &d);
    feed_rel(e, 3000, "a2", "nan", SG_REL_FAMILY, "take ur hoodie off love", &d);
    assert_true(d.tactics & (1u << SG_T_NUDITY_REQUEST));
    assert_true(d.action != SG_ALLOW); /* still held for a moderator */
    feed_rel(e, 4000, "b1", "mod", SG_REL_MODERATOR, "how old are you now, home alone?", &d);
    feed_rel(e, 5000, "b2", "mod", SG_REL_MODERATOR, "add me on snap", &d);
    assert_int_equal(al.opened, 0);

    /* the relation sticks to the conversation: a later line without it */
    feed_rel(e, 6000, "a3", "nan", SG_REL_NONE, "dont tell ur mum", &d);
    assert_int_equal(al.opened, 0);

    /* ...and survives a checkpoint, also for a conversation with nothing
     * else worth keeping (a moderator who has only said hello) */
    feed_rel(e, 6200, "m1", "mod2", SG_REL_MODERATOR, "hello everyone", &d);
    char *blob = NULL;
    size_t blen = 0;
    sg_engine *e2;
    assert_int_equal(sg_engine_checkpoint(e, &blob, &blen), 0);
    assert_int_equal(sg_engine_new(NULL, rs, &e2), 0);
    assert_int_equal(sg_engine_restore(e2, blob, blen), 0);
    free(blob);
    collected al2 = { 0 };
    sg_engine_set_alert_callback(e2, on_alert, &al2);
    feed_rel(e2, 6500, "a5", "nan", SG_REL_NONE, "add me on snap, dont tell ur mum", &d);
    assert_true(d.tactics & (1u << SG_T_OFF_PLATFORM));
    feed_rel(e2, 6600, "m2", "mod2", SG_REL_NONE, "how old are you now, home alone?", &d);
    feed_rel(e2, 6700, "m3", "mod2", SG_REL_NONE, "add me on snap", &d);
    assert_int_equal(al2.opened, 0);
    sg_engine_free(e2);

    /* a threat is alerted whoever writes it */
    feed_rel(e, 7000, "a4", "nan", SG_REL_NONE, "i will post ur pics", &d);
    assert_int_equal(al.opened, 1);
    assert_string_equal(al.users[0], "nan");

    /* and the same soft lines from a viewer the platform knows nothing of */
    feed_rel(e, 8000, "c1", "stranger", SG_REL_NONE, "how old are you now, home alone?", &d);
    feed_rel(e, 9000, "c2", "stranger", SG_REL_NONE, "take ur hoodie off love", &d);
    assert_int_equal(al.opened, 2);
    assert_string_equal(al.users[1], "stranger");
    sg_engine_free(e);
    sg_ruleset_free(rs);
}

static void test_swap_rules(void **state)
{
    fixture *f = *state;
    sg_decision d;
    start(f, 1000, "s1", "kid", "13-15");
    chat(f, 2000, "s1", "m1", "v1", "newword", &d);
    assert_int_equal(d.tactics, 0);
    static const char more[] = "rule n.new\n  tactic: dare\n  words: newword\n";
    sg_ruleset *rs;
    assert_int_equal(sg_ruleset_load_buffer("more.rules", more, strlen(more), NULL, NULL, &rs), 0);
    assert_int_equal(sg_engine_swap_rules(f->engine, rs), 0);
    sg_ruleset_free(rs); /* the engine holds its own reference */
    chat(f, 3000, "s1", "m2", "v1", "newword", &d);
    assert_true(d.tactics & (1u << SG_T_DARE));
    assert_string_equal(d.evidence[0].rule, "n.new");
}

static void test_resolve_alert_reopens(void **state)
{
    fixture *f = *state;
    sg_decision d;
    start(f, 1000, "s1", "kid", "13-15");
    chat(f, 2000, "s1", "m1", "g", "take your hoodie off", &d);
    assert_int_equal(f->alerts.opened, 1);
    assert_int_equal(sg_engine_resolve_alert(f->engine, f->alerts.ids[0]), 0);
    assert_int_equal(sg_engine_resolve_alert(f->engine, f->alerts.ids[0]), SG_ENOTFOUND);
    chat(f, 3000, "s1", "m2", "g", "take your top off", &d);
    assert_int_equal(f->alerts.opened, 2);
    assert_string_not_equal(f->alerts.ids[0], f->alerts.ids[1]);
}

/* Regression: replaying an older session after a newer one (as a daemon
 * fed all scenarios does) expired the older conversation and its alert at
 * every event, so one offender got a new alert per line. */
static void test_older_events_after_newer_keep_one_alert(void **state)
{
    fixture *f = *state;
    sg_decision d;
    start(f, 9000000000000LL, "new", "kid2", "13-15");
    chat(f, 9000000001000LL, "new", "n1", "someone", "hello", &d);
    start(f, 1000, "old", "kid", "13-15");
    chat(f, 2000, "old", "m1", "g", "take your hoodie off", &d);
    chat(f, 3000, "old", "m2", "g", "add my snap", &d);
    chat(f, 4000, "old", "m3", "g", "dont tell your mum", &d);
    assert_int_equal(f->alerts.opened, 1);
    assert_int_equal(f->alerts.updated, 2);
}

static void test_policy_switches(void **state)
{
    (void)state;
    sg_ruleset *rs = load_test_rules();
    char path[] = "/tmp/sg-test-config-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char conf[] = "# protections\n"
                        "hold_new_accounts_days.13-15 = 7\n"
                        "block_gifts_from_non_followers.13-15 = true\n"
                        "hold_after_alert.13-15 = false\n"
                        "daemon_only_key = ignored\n";
    assert_int_equal(write(fd, conf, sizeof conf - 1), (ssize_t)(sizeof conf - 1));
    close(fd);
    sg_config cfg;
    sg_config_init(&cfg);
    assert_true(cfg.hold_after_alert[SG_AGE_13_15]);
    assert_false(cfg.hold_after_alert[SG_AGE_ADULT]);
    char err[256];
    assert_int_equal(sg_config_load(&cfg, path, err, sizeof err), 0);
    unlink(path);
    assert_int_equal(cfg.hold_new_accounts_days[SG_AGE_13_15], 7);
    assert_int_equal(cfg.hold_new_accounts_days[SG_AGE_16_17], 0);
    fixture f = { 0 };
    f.rules = rs;
    assert_int_equal(sg_engine_new(&cfg, rs, &f.engine), 0);
    assert_int_equal(sg_event_parser_new(&f.parser), 0);
    sg_engine_set_alert_callback(f.engine, on_alert, &f.alerts);
    sg_decision d;
    start(&f, 1000, "s1", "kid", "13-15");
    /* A 3-day-old account's harmless line is held, and says why. */
    assert_int_equal(feed(&f,
                          "{\"type\":\"chat\",\"ts\":2000,\"stream\":\"s1\",\"id\":\"m1\","
                          "\"user\":\"new\",\"text\":\"hi\",\"account_age_days\":3}",
                          &d),
                     1);
    assert_int_equal(d.action, SG_HOLD);
    assert_string_equal(d.policy, "new_account");
    assert_int_equal(feed(&f,
                          "{\"type\":\"chat\",\"ts\":2100,\"stream\":\"s1\",\"id\":\"m2\","
                          "\"user\":\"old\",\"text\":\"hi\",\"account_age_days\":300}",
                          &d),
                     1);
    assert_int_equal(d.action, SG_ALLOW);
    assert_null(d.policy);
    /* Gifts from non-followers are blocked; followers' and unknown ones pass. */
    assert_int_equal(feed(&f,
                          "{\"type\":\"gift\",\"ts\":2200,\"stream\":\"s1\",\"id\":\"g1\","
                          "\"user\":\"x\",\"item\":\"coins\",\"amount\":5,\"follower\":false}",
                          &d),
                     1);
    assert_int_equal(d.action, SG_BLOCK);
    char line[1024];
    sg_decision_json(&d, line, sizeof line);
    assert_non_null(strstr(line, "\"policy\":\"gift_from_non_follower\""));
    assert_int_equal(feed(&f,
                          "{\"type\":\"gift\",\"ts\":2300,\"stream\":\"s1\",\"id\":\"g2\","
                          "\"user\":\"x\",\"item\":\"coins\",\"amount\":5,\"follower\":true}",
                          &d),
                     1);
    assert_int_equal(d.action, SG_ALLOW);
    assert_int_equal(feed(&f,
                          "{\"type\":\"gift\",\"ts\":2400,\"stream\":\"s1\",\"id\":\"g3\","
                          "\"user\":\"x\",\"item\":\"coins\",\"amount\":5}",
                          &d),
                     1);
    assert_int_equal(d.action, SG_ALLOW);
    /* hold_after_alert off: after an alert, a harmless line passes. */
    chat(&f, 3000, "s1", "m3", "g", "take your hoodie off", &d);
    assert_int_equal(f.alerts.opened, 1);
    chat(&f, 4000, "s1", "m4", "g", "lol", &d);
    assert_int_equal(d.action, SG_ALLOW);
    /* Bad values name the line. */
    strcpy(path, "/tmp/sg-test-config-XXXXXX");
    fd = mkstemp(path);
    const char badconf[] = "\nhold_after_alert.13-15 = maybe\n";
    assert_int_equal(write(fd, badconf, sizeof badconf - 1), (ssize_t)(sizeof badconf - 1));
    close(fd);
    assert_int_equal(sg_config_load(&cfg, path, err, sizeof err), SG_ECONFIG);
    assert_non_null(strstr(err, ":2:"));
    unlink(path);
    sg_event_parser_free(f.parser);
    sg_engine_free(f.engine);
    sg_ruleset_free(rs);
}

/* Regression (held-out benign sessions): one secrecy or meeting line on a
 * child's stream ("keep it a secret from the boss") opened a grooming
 * alert by itself. One kind of evidence is not grooming unless grave. */
static void test_single_tactic_does_not_alert(void **state)
{
    fixture *f = *state;
    sg_decision d;
    start(f, 1000, "s1", "kid", "under13");
    chat(f, 2000, "s1", "m1", "teammate", "dont tell the boss, we flank", &d);
    chat(f, 3000, "s1", "m2", "teammate", "dont tell anyone lol", &d);
    assert_true(d.tactics & (1u << SG_T_SECRECY));
    assert_int_equal(f->alerts.opened, 0);
    /* A grave line alone still alerts. */
    chat(f, 4000, "s1", "m3", "other", "take your top off", &d);
    assert_int_equal(f->alerts.opened, 1);
}

static void test_state_is_bounded(void **state)
{
    (void)state;
    sg_ruleset *rs = load_test_rules();
    sg_config cfg;
    sg_config_init(&cfg);
    cfg.max_conversations = 100;
    cfg.max_streams = 10;
    sg_engine *e;
    assert_int_equal(sg_engine_new(&cfg, rs, &e), 0);
    for (int i = 0; i < 5000; i++) {
        char stream[16], user[16], id[16];
        snprintf(stream, sizeof stream, "s%d", i % 50);
        snprintf(user, sizeof user, "u%d", i);
        snprintf(id, sizeof id, "m%d", i);
        sg_event ev = { .type = SG_EV_CHAT,
                        .ts = 1000 + i,
                        .stream = stream,
                        .id = id,
                        .user = user,
                        .text = "how old are you",
                        .text_len = 15,
                        .account_age_days = -1 };
        sg_decision d;
        assert_int_equal(sg_engine_process(e, &ev, &d), 1);
    }
    sg_engine_stats st;
    sg_engine_stats_get(e, &st);
    assert_true(st.conversations <= 100);
    assert_true(st.streams <= 10);
    sg_engine_free(e);
    sg_ruleset_free(rs);
}

/* sg_engine_prefetch is a hint: an engine hinted one event ahead (and with
 * hints for events it never gets, NULL ones, stream starts) decides
 * exactly like one that is not, even when small caps make any change to
 * its tables (a stream created, a touch order moved) show in evictions. */
static void test_prefetch_changes_nothing(void **state)
{
    (void)state;
    sg_ruleset *rs = load_test_rules();
    sg_config cfg;
    sg_config_init(&cfg);
    cfg.max_conversations = 16;
    cfg.max_streams = 3;
    sg_engine *plain, *hinted;
    assert_int_equal(sg_engine_new(&cfg, rs, &plain), 0);
    assert_int_equal(sg_engine_new(&cfg, rs, &hinted), 0);
    static const char *const texts[] = { "how old are you", "nice stream", "are you home alone",
                                         "send me a pic", "lol" };
    char stream[2][16], user[2][16], id[2][16];
    sg_event ev[2];
    for (int i = 0; i <= 3000; i++) {
        for (int k = 0; k < 2; k++) { /* k = 0: this event, 1: the next */
            int j = i + k;
            snprintf(stream[k], sizeof stream[k], "s%d", (j * 7) % 5);
            snprintf(user[k], sizeof user[k], "u%d", (j * 13) % 23);
            snprintf(id[k], sizeof id[k], "m%d", j);
            const char *t = texts[j % 5];
            ev[k] = (sg_event){ .type = j % 11 == 0 ? SG_EV_STREAM_START : SG_EV_CHAT,
                                .ts = 1000 + (long long)j * 500,
                                .stream = stream[k],
                                .broadcaster = "bc",
                                .broadcaster_age = SG_AGE_UNDER13,
                                .id = id[k],
                                .user = user[k],
                                .text = t,
                                .text_len = strlen(t),
                                .account_age_days = -1 };
        }
        sg_engine_prefetch(hinted, &ev[1]);
        sg_engine_prefetch(hinted, NULL);
        sg_event stranger = ev[1];
        stranger.stream = "never-seen";
        sg_engine_prefetch(hinted, &stranger);
        sg_decision a, b;
        int ra = sg_engine_process(plain, &ev[0], &a);
        int rb = sg_engine_process(hinted, &ev[0], &b);
        assert_int_equal(ra, rb);
        if (ra == 1) {
            char ja[2048], jb[2048];
            sg_decision_json(&a, ja, sizeof ja);
            sg_decision_json(&b, jb, sizeof jb);
            assert_string_equal(ja, jb);
        }
        sg_engine_stats sa, sb;
        sg_engine_stats_get(plain, &sa);
        sg_engine_stats_get(hinted, &sb);
        assert_int_equal(sa.streams, sb.streams);
        assert_int_equal(sa.conversations, sb.conversations);
        assert_int_equal(sa.alerts_opened, sb.alerts_opened);
        assert_int_equal(sa.users, sb.users);
    }
    sg_engine_free(plain);
    sg_engine_free(hinted);
    sg_ruleset_free(rs);
}

/* ---- sg_prepare: matching ahead changes nothing ----------------------- */

typedef struct alert_log {
    char buf[1 << 16];
    size_t len;
} alert_log;

static void log_alert(void *ud, const sg_alert *a)
{
    alert_log *l = ud;
    size_t n = sg_alert_json(a, l->buf + l->len, sizeof l->buf - l->len);
    l->len += n < sizeof l->buf - l->len ? n : 0;
}

/* Two engines on the same rules, one deciding from sg_prepare's results:
 * every decision and alert must be byte-identical. Some events are given a
 * result prepared for another text (the engine must not use it), and
 * halfway the prepared engine gets a freshly loaded copy of the rules while
 * the preparer keeps the old set (results made with it must be ignored). */
typedef struct pair {
    sg_engine *plain, *prep;
    sg_preparer *preparer;
    sg_prepared *prepared, *other;
    sg_ruleset *rules;
    alert_log la, lb;
    long events, used_stale;
} pair;

static void pair_init(pair *p, sg_ruleset *rs)
{
    memset(p, 0, sizeof *p);
    p->rules = rs;
    assert_int_equal(sg_engine_new(NULL, rs, &p->plain), 0);
    assert_int_equal(sg_engine_new(NULL, rs, &p->prep), 0);
    sg_engine_set_alert_callback(p->plain, log_alert, &p->la);
    sg_engine_set_alert_callback(p->prep, log_alert, &p->lb);
    assert_int_equal(sg_preparer_new(&p->preparer), 0);
    assert_int_equal(sg_prepared_new(&p->prepared), 0);
    assert_int_equal(sg_prepared_new(&p->other), 0);
}

static void pair_free(pair *p)
{
    sg_engine_free(p->plain);
    sg_engine_free(p->prep);
    sg_preparer_free(p->preparer);
    sg_prepared_free(p->prepared);
    sg_prepared_free(p->other);
}

static void pair_event(pair *p, const sg_event *ev)
{
    static const char other_text[] = "how old are you, home alone? add my snap";
    sg_event o = *ev;
    o.type = SG_EV_CHAT;
    o.text = other_text;
    o.text_len = sizeof other_text - 1;
    const sg_prepared *use = p->prepared;
    if (p->events % 7 == 3) {
        assert_int_equal(sg_prepare(p->preparer, p->rules, &o, p->other), 0);
        use = p->other; /* made for another text: must be ignored */
        p->used_stale++;
    } else {
        assert_int_equal(sg_prepare(p->preparer, p->rules, ev, p->prepared), 0);
    }
    p->events++;
    sg_decision a, b;
    p->la.len = p->lb.len = 0;
    int ra = sg_engine_process(p->plain, ev, &a);
    int rb = sg_engine_process_prepared(p->prep, ev, use, &b);
    assert_int_equal(ra, rb);
    if (ra == 1) {
        char ja[8192], jb[8192];
        sg_decision_json(&a, ja, sizeof ja);
        sg_decision_json(&b, jb, sizeof jb);
        assert_string_equal(ja, jb);
    }
    assert_int_equal(p->la.len, p->lb.len);
    assert_memory_equal(p->la.buf, p->lb.buf, p->la.len);
}

static void test_prepared_decides_the_same(void **state)
{
    (void)state;
    const char *paths[] = { SG_SOURCE_DIR "/rules/en" };
    sg_ruleset *rs = NULL, *copy = NULL;
    assert_int_equal(sg_ruleset_load(paths, 1, NULL, NULL, &rs), 0);
    pair p;
    pair_init(&p, rs);
    glob_t g;
    assert_int_equal(glob(SG_SOURCE_DIR "/tests/scenarios/*.ndjson", 0, NULL, &g), 0);
    glob(SG_SOURCE_DIR "/tests/heldout*/*.ndjson", GLOB_APPEND, NULL, &g);
    assert_true(g.gl_pathc > 100);
    sg_event_parser *parser;
    assert_int_equal(sg_event_parser_new(&parser), 0);
    long flagged = 0;
    for (size_t i = 0; i < g.gl_pathc; i++) {
        if (i == g.gl_pathc / 2) { /* the prepared engine moves to a new set */
            assert_int_equal(sg_ruleset_load(paths, 1, NULL, NULL, &copy), 0);
            assert_int_equal(sg_engine_swap_rules(p.prep, copy), 0);
        }
        FILE *fp = fopen(g.gl_pathv[i], "r");
        assert_non_null(fp);
        char line[65536];
        while (fgets(line, sizeof line, fp)) {
            sg_event ev;
            char err[256];
            if (sg_event_parse(parser, line, strlen(line), &ev, err, sizeof err))
                continue;
            pair_event(&p, &ev);
        }
        fclose(fp);
        if (i == g.gl_pathc / 2 + 1) { /* ...and the preparer follows */
            p.rules = copy;
        }
    }
    sg_engine_stats st;
    sg_engine_stats_get(p.plain, &st);
    flagged = (long)st.alerts_opened;
    assert_true(flagged > 50); /* the sets raise alerts: the comparison saw them */
    assert_true(p.events > 5000 && p.used_stale > 500);
    globfree(&g);
    sg_event_parser_free(parser);
    pair_free(&p);
    sg_ruleset_free(rs);
    sg_ruleset_free(copy);
}

/* A line matching more rules than a prepared result keeps: the engine
 * matches it itself, with the same result. */
static void test_prepared_overflow_falls_back(void **state)
{
    (void)state;
    char rules[16384];
    size_t n = 0;
    for (int i = 0; i < 80; i++)
        n += (size_t)snprintf(rules + n, sizeof rules - n,
                              "rule r%02d\n  tactic: %s\n  weight: 0.1\n  words: zz\n", i,
                              i % 2 ? "dare" : "flattery");
    sg_ruleset *rs = NULL;
    assert_int_equal(sg_ruleset_load_buffer("many", rules, n, NULL, NULL, &rs), 0);
    pair p;
    pair_init(&p, rs);
    sg_event ev = { .type = SG_EV_STREAM_START,
                    .ts = 1000,
                    .stream = "s",
                    .broadcaster = "kid",
                    .broadcaster_age = SG_AGE_13_15,
                    .account_age_days = -1 };
    pair_event(&p, &ev);
    for (int i = 0; i < 20; i++) {
        char id[16];
        snprintf(id, sizeof id, "m%d", i);
        ev = (sg_event){ .type = SG_EV_CHAT,
                         .ts = 2000 + i * 1000,
                         .stream = "s",
                         .id = id,
                         .user = "v",
                         .text = "zz zz",
                         .text_len = 5,
                         .account_age_days = -1 };
        pair_event(&p, &ev);
    }
    pair_free(&p);
    sg_ruleset_free(rs);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
    const struct CMUnitTest tests[] = {
        T(test_benign_line_allowed),
        T(test_evidence_span_points_into_original),
        T(test_progression_opens_one_alert_and_holds),
        T(test_adult_broadcaster_is_not_a_child),
        T(test_broadcaster_own_lines_carry_no_risk),
        T(test_shadow_rule_reported_not_acted),
        T(test_split_request_is_joined),
        T(test_flood),
        T(test_flood_needs_a_window),
        T(test_serial_contact),
        T(test_gift_decision),
        T(test_json_truncation_is_snprintf_like),
        T(test_checkpoint_restore_remembers),
        T(test_checkpoint_keeps_only_relevant_conversations),
        T(test_established_account_lone_line),
        cmocka_unit_test(test_relation_spares_known_people),
        T(test_swap_rules),
        T(test_resolve_alert_reopens),
        T(test_older_events_after_newer_keep_one_alert),
        T(test_single_tactic_does_not_alert),
        cmocka_unit_test(test_state_is_bounded),
        cmocka_unit_test(test_prefetch_changes_nothing),
        cmocka_unit_test(test_prepared_decides_the_same),
        cmocka_unit_test(test_prepared_overflow_falls_back),
        cmocka_unit_test(test_policy_switches),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
