/* test_model.c — the tactic model: file parsing, scoring, and its place in a
 * rule set (model.<tactic> rules, when/from, unless, reserved ids). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "model.h"
#include "rules.h"

/* secrecy fires on "secret" (z = -2 + 4 = 2 -> p 0.88 >= 0.8); off_platform on
 * the pair "snap me" or on the ghost emoji with "snap". */
static const char small[] = "# a comment\n"
                            "streamguard-tactic-model 1\n"
                            "tactics secrecy off_platform\n"
                            "threshold 0.8\n"
                            "weight 0.3\n"
                            "unless ctx.bystander\n"
                            "\n"
                            "f\tbias\t-2 -2\n"
                            "f\tminor\t0 0\n"
                            "f\tu:secret\t4 0\n"
                            "f\tb:snap me\t0 5\n"
                            "f\tu:\xf0\x9f\x91\xbb\t0 1.5\n"
                            "f\tu:snap\t0 1\n";

static sg__model *parse(const char *text, int *line, char *err)
{
    sg__model *m = NULL;
    int rc = sg__model_parse(text, strlen(text), &m, line, err, 256);
    if (rc)
        assert_null(m);
    return m;
}

static void test_parse_and_fire(void **state)
{
    (void)state;
    int line;
    char err[256];
    sg__model *m = parse(small, &line, err);
    assert_non_null(m);
    assert_int_equal(sg__model_nfeatures(m), 6);
    assert_int_equal(sg__model_tactics(m), (1u << SG_T_SECRECY) | (1u << SG_T_OFF_PLATFORM));
    assert_string_equal(sg__model_unless(m), "ctx.bystander");
    uint32_t s[SG_T__COUNT], e[SG_T__COUNT];
    float p[SG_T__COUNT];
    const char *t1 = "its our secret ok";
    assert_int_equal(sg__model_fire(m, t1, strlen(t1), s, e, p), 1u << SG_T_SECRECY);
    assert_int_equal(s[SG_T_SECRECY], 8); /* the word that weighed most */
    assert_int_equal(e[SG_T_SECRECY], 14);
    assert_true(p[SG_T_SECRECY] > 0.8f && p[SG_T_OFF_PLATFORM] < 0.2f);
    /* A pair: "snap me" (z = -2 + 1 + 5 = 4); its span covers both words. */
    const char *t2 = "pls snap me";
    assert_int_equal(sg__model_fire(m, t2, strlen(t2), s, e, NULL), 1u << SG_T_OFF_PLATFORM);
    assert_int_equal(s[SG_T_OFF_PLATFORM], 4);
    assert_int_equal(e[SG_T_OFF_PLATFORM], 11);
    /* Each feature counts once: "snap snap snap" is -2 + 1 < threshold. */
    const char *t3 = "snap snap snap";
    assert_int_equal(sg__model_fire(m, t3, strlen(t3), s, e, NULL), 0);
    /* A UTF-8 character is one token: the ghost emoji + snap = -2 + 1.5 + 1. */
    const char *t4 = "\xf0\x9f\x91\xbb snap";
    assert_int_equal(sg__model_fire(m, t4, strlen(t4), s, e, NULL), 0); /* p 0.62 */
    const char *t5 = "ok \xf0\x9f\x91\xbb snap me";
    assert_int_equal(sg__model_fire(m, t5, strlen(t5), s, e, NULL), 1u << SG_T_OFF_PLATFORM);
    assert_int_equal(sg__model_fire(m, "", 0, s, e, NULL), 0);
    sg__model_free(m);
}

static void expect_error(const char *text, int want_line, const char *want)
{
    int line = -1;
    char err[256] = "";
    sg__model *m = parse(text, &line, err);
    assert_null(m);
    assert_int_equal(line, want_line);
    if (!strstr(err, want)) {
        fprintf(stderr, "error '%s' lacks '%s'\n", err, want);
        fail();
    }
}

static void test_errors(void **state)
{
    (void)state;
    expect_error("", 0, "first line");
    expect_error("streamguard-tactic-model 2\n", 1, "first line");
    expect_error("streamguard-tactic-model 1\ntactics secrecy nope\n", 2, "unknown");
    expect_error("streamguard-tactic-model 1\ntactics secrecy secrecy\n", 2, "repeated");
    expect_error("streamguard-tactic-model 1\ntactics secrecy\nthreshold 1.5\n", 3, "threshold");
    expect_error("streamguard-tactic-model 1\ntactics secrecy\nthreshold 0.5\nweight 0\n", 4,
                 "weight");
    const char *head = "streamguard-tactic-model 1\ntactics secrecy threat\nthreshold 0.5\n"
                       "weight 0.5\n";
    char buf[512];
    snprintf(buf, sizeof buf, "%sf\tu:a\t1\n", head);
    expect_error(buf, 5, "one weight per tactic");
    snprintf(buf, sizeof buf, "%sf\tu:a\t1 2 3\n", head);
    expect_error(buf, 5, "more weights");
    snprintf(buf, sizeof buf, "%sf\tu:a\t1 nan\n", head);
    expect_error(buf, 5, "one weight per tactic");
    snprintf(buf, sizeof buf, "%sf\tu:a\t1 1000\n", head);
    expect_error(buf, 5, "one weight per tactic");
    snprintf(buf, sizeof buf, "%sf\tu:a\t1 2\nf\tu:a\t1 2\n", head);
    expect_error(buf, 6, "twice");
    snprintf(buf, sizeof buf, "%sg\tu:a\t1 2\n", head);
    expect_error(buf, 5, "expected 'f<TAB>");
    char longf[200];
    memset(longf, 'x', sizeof longf - 1);
    longf[sizeof longf - 1] = '\0';
    snprintf(buf, sizeof buf, "%sf\tu:%s\t1 2\n", head, longf);
    expect_error(buf, 5, "1 to 128 bytes");
}

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    assert_int_equal(fclose(f), 0);
}

static void remove_file(const char *dir, const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    remove(path);
}

/* In a rule set: the model's tactics become rules model.<tactic>, fired for
 * viewers' lines to broadcasters who may be minors, not where a rule of
 * the same tactic fired, and not where an `unless` context fired. */
static void test_in_rule_set(void **state)
{
    (void)state;
    char dir[] = "/tmp/sg_model_XXXXXX";
    assert_non_null(mkdtemp(dir));
    write_file(dir, "a.rules",
               "rule secrecy.keep\n  tactic: secrecy\n  weight: 0.6\n  words: keep it secret\n"
               "rule ctx.bystander\n  tactic: context\n  words: someone said\n");
    write_file(dir, "tactics.model", small);
    const char *paths[] = { dir };
    sg_ruleset *rs = NULL;
    assert_int_equal(sg_ruleset_load(paths, 1, NULL, NULL, &rs), 0);
    int mr = sg__ruleset_find(rs, "model.secrecy");
    assert_true(mr >= 0);
    assert_int_equal(sg__ruleset_rule(rs, (uint32_t)mr)->tactic, SG_T_SECRECY);
    assert_true(sg__ruleset_rule(rs, (uint32_t)mr)->weight > 0.29f);
    assert_true(sg__ruleset_find(rs, "model.off_platform") >= 0);
    assert_true(sg__ruleset_find(rs, "model.threat") < 0); /* not a column */
    sg__scanner *sc = NULL;
    assert_int_equal(sg__scanner_new(rs, &sc), 0);
    sg__hit hits[SG__MAX_HITS];
    sg__match_ctx minor = { SG_AGE_13_15, SG__FROM_VIEWER };
    sg__match_ctx adult = { SG_AGE_ADULT, SG__FROM_VIEWER };
    sg__match_ctx own = { SG_AGE_13_15, SG__FROM_BROADCASTER };
    const char *t = "its our secret";
    int n = sg__rules_match(rs, sc, t, strlen(t), &minor, hits, SG__MAX_HITS);
    assert_int_equal(n, 1);
    assert_int_equal(hits[0].rule, (uint32_t)mr);
    assert_int_equal(hits[0].start, 8);
    assert_int_equal(sg__rules_match(rs, sc, t, strlen(t), &adult, hits, SG__MAX_HITS), 0);
    assert_int_equal(sg__rules_match(rs, sc, t, strlen(t), &own, hits, SG__MAX_HITS), 0);
    /* A rule of the tactic fired: no second secrecy hit from the model. */
    t = "keep it secret";
    n = sg__rules_match(rs, sc, t, strlen(t), &minor, hits, SG__MAX_HITS);
    assert_int_equal(n, 1);
    assert_int_equal(hits[0].rule, (uint32_t)sg__ruleset_find(rs, "secrecy.keep"));
    /* unless ctx.bystander */
    t = "someone said its our secret";
    assert_int_equal(sg__rules_match(rs, sc, t, strlen(t), &minor, hits, SG__MAX_HITS), 0);
    sg__scanner_free(sc);
    sg_ruleset_free(rs);

    /* A rule may not take a model's id; two models in one set are refused. */
    write_file(dir, "a.rules", "rule model.secrecy\n  tactic: secrecy\n  words: hush\n");
    rs = NULL;
    assert_int_equal(sg_ruleset_load(paths, 1, NULL, NULL, &rs), SG_ERULE);
    assert_null(rs);
    write_file(dir, "a.rules", "rule secrecy.keep\n  tactic: secrecy\n  words: keep it secret\n");
    write_file(dir, "b.model", small);
    assert_int_equal(sg_ruleset_load(paths, 1, NULL, NULL, &rs), SG_ERULE);
    remove_file(dir, "b.model");
    remove_file(dir, "tactics.model");
    remove_file(dir, "a.rules");
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_and_fire),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_in_rule_set),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
