/* test_rules.c — unit tests for the rules parser, compiler and matcher
 * (src/rules.c): every error class with its line, compile errors mapped back
 * to their line, when/from/requires/unless, context rules, per-rule
 * leftmost-longest spans, hit order, reference counting, a large set. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <hs/hs.h>

#include "buf.h"
#include "normalize.h"
#include "rules.h"

/* ---- collecting diagnostics ------------------------------------------- */

#define MAX_DIAGS 64

typedef struct diag_copy {
    char file[128];
    int line;
    char rule[80];
    char message[1024];
} diag_copy;

typedef struct diags {
    diag_copy d[MAX_DIAGS];
    int n;
} diags;

static void collect(void *ud, const sg_rule_diag *d)
{
    diags *ds = ud;
    if (ds->n >= MAX_DIAGS)
        return;
    diag_copy *c = &ds->d[ds->n++];
    snprintf(c->file, sizeof c->file, "%s", d->file ? d->file : "");
    c->line = d->line;
    snprintf(c->rule, sizeof c->rule, "%s", d->rule ? d->rule : "");
    snprintf(c->message, sizeof c->message, "%s", d->message);
}

static int load(const char *text, diags *ds, sg_ruleset **out)
{
    memset(ds, 0, sizeof *ds);
    *out = NULL;
    return sg_ruleset_load_buffer("t.rules", text, strlen(text), collect, ds, out);
}

/* Asserts the load failed with rc and that a diagnostic on `line` mentions
 * `needle` (and, if rule is not NULL, names that rule). */
static void expect_error(const char *text, int rc, int line, const char *rule, const char *needle)
{
    diags ds;
    sg_ruleset *rs = (sg_ruleset *)0x1;
    sg_ruleset *orig = rs;
    memset(&ds, 0, sizeof ds);
    int got = sg_ruleset_load_buffer("t.rules", text, strlen(text), collect, &ds, &rs);
    assert_int_equal(got, rc);
    assert_ptr_equal(rs, orig); /* *out untouched on failure */
    for (int i = 0; i < ds.n; i++) {
        if (ds.d[i].line == line && strstr(ds.d[i].message, needle) &&
            (!rule || strcmp(ds.d[i].rule, rule) == 0)) {
            assert_string_equal(ds.d[i].file, "t.rules");
            return;
        }
    }
    for (int i = 0; i < ds.n; i++)
        print_message("  diag %s:%d: rule %s: %s\n", ds.d[i].file, ds.d[i].line, ds.d[i].rule,
                      ds.d[i].message);
    fail_msg("no diagnostic on line %d containing '%s'", line, needle);
}

/* ---- parser ------------------------------------------------------------ */

static void test_parse_minimal(void **state)
{
    (void)state;
    diags ds;
    sg_ruleset *rs;
    const char *text = "\xEF\xBB\xBF# a comment\r\n"
                       "\n"
                       "rule a.b-c_1\r\n"
                       "  tactic: dare\r\n"
                       "\t# indented comment\n"
                       "  weight: 0.25\n"
                       "  pattern: \\bdare\\b\n"
                       "  note: anything: even colons\n"
                       "rule ctx.x\n"
                       "  tactic: context\n"
                       "  words: x y\n"
                       "  shadow: true\n";
    assert_int_equal(load(text, &ds, &rs), 0);
    assert_int_equal(ds.n, 0);
    assert_int_equal(sg_ruleset_count(rs), 2);
    assert_int_equal(sg__ruleset_nfiles(rs), 1);
    const sg__rule_info *r = sg__ruleset_rule(rs, 0);
    assert_non_null(r);
    assert_string_equal(r->id, "a.b-c_1");
    assert_int_equal(r->tactic, SG_T_DARE);
    assert_true(r->weight > 0.249f && r->weight < 0.251f);
    assert_false(r->shadow);
    r = sg__ruleset_rule(rs, 1);
    assert_int_equal(r->tactic, SG_T_CONTEXT);
    assert_true(r->weight > 0.499f && r->weight < 0.501f); /* default */
    assert_true(r->shadow);
    assert_null(sg__ruleset_rule(rs, 2));
    assert_int_equal(sg__ruleset_find(rs, "ctx.x"), 1);
    assert_int_equal(sg__ruleset_find(rs, "nope"), -1);
    const char *file;
    int line;
    sg__ruleset_rule_origin(rs, 1, &file, &line);
    assert_string_equal(file, "t.rules");
    assert_int_equal(line, 9);
    sg_ruleset_free(rs);
}

static void test_parse_errors(void **state)
{
    (void)state;
    expect_error("  tactic: dare\n", SG_ERULE, 1, NULL, "outside a rule");
    expect_error("rule a\n  tactic: dare\n  pattern: x\noops\n", SG_ERULE, 4, NULL,
                 "unexpected text at column 0");
    expect_error("rule\n", SG_ERULE, 1, NULL, "expected 'rule <id>'");
    expect_error("rules a\n", SG_ERULE, 1, NULL, "expected 'rule <id>'");
    expect_error("rule A\n  tactic: dare\n  pattern: x\n", SG_ERULE, 1, NULL, "character 'A'");
    expect_error("rule a b\n", SG_ERULE, 1, NULL, "unexpected text after the rule id");
    expect_error("rule "
                 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n",
                 SG_ERULE, 1, NULL, "at most 64");
    expect_error("rule dare\n  tactic: dare\n  pattern: x\n", SG_ERULE, 1, NULL, "reserved");
    expect_error("rule a\n  tactic: dare\n  pattern: x\n\nrule a\n  tactic: dare\n  pattern: y\n",
                 SG_ERULE, 5, NULL, "duplicate rule id 'a' (first defined at t.rules:1)");
    expect_error("rule a\n  tactic: flirting\n  pattern: x\n", SG_ERULE, 2, "a", "unknown tactic");
    expect_error("rule a\n  tactic: dare\n  weight: 1.5\n  pattern: x\n", SG_ERULE, 3, "a",
                 "not a number in [0,1]");
    expect_error("rule a\n  tactic: dare\n  weight: -0.1\n  pattern: x\n", SG_ERULE, 3, "a",
                 "not a number in [0,1]");
    expect_error("rule a\n  tactic: dare\n  weight: 0.5x\n  pattern: x\n", SG_ERULE, 3, "a",
                 "not a number in [0,1]");
    expect_error("rule a\n  tactic: dare\n  colour: red\n  pattern: x\n", SG_ERULE, 3, "a",
                 "unknown key 'colour'");
    expect_error("rule a\n  tactic: dare\n  pattern x\n", SG_ERULE, 3, "a",
                 "expected 'key: value'");
    expect_error("rule a\n  tactic: dare\n  tactic: dare\n  pattern: x\n", SG_ERULE, 3, "a",
                 "given twice");
    expect_error("rule a\n  tactic: dare\n  weight:\n  pattern: x\n", SG_ERULE, 3, "a",
                 "empty value");
    expect_error("\n\nrule a\n  weight: 0.3\n  pattern: x\n", SG_ERULE, 3, "a",
                 "missing 'tactic:'");
    expect_error("rule a\n  tactic: dare\n  note: no pattern\n", SG_ERULE, 1, "a",
                 "no 'pattern:' or 'words:'");
    expect_error("rule a\n  tactic: dare\n  pattern:\n", SG_ERULE, 3, "a", "empty value");
    expect_error("rule a\n  tactic: dare\n  words: x, , y\n", SG_ERULE, 3, "a", "empty phrase");
    expect_error("rule a\n  tactic: dare\n  pattern: x\n  when: teen\n", SG_ERULE, 4, "a",
                 "unknown age band 'teen'");
    expect_error("rule a\n  tactic: dare\n  pattern: x\n  from: mods\n", SG_ERULE, 4, "a",
                 "not viewer, broadcaster or any");
    expect_error("rule a\n  tactic: dare\n  pattern: x\n  shadow: yes\n", SG_ERULE, 4, "a",
                 "not true or false");
    expect_error("rule a\n  tactic: dare\n  pattern: x\n  requires: b.c\n", SG_ERULE, 4, "a",
                 "unknown rule or tactic 'b.c'");
    expect_error("rule a\n  tactic: dare\n  pattern: x\n  unless: threat, nope\n", SG_ERULE, 4, "a",
                 "unknown rule or tactic 'nope'");
    expect_error("rule a\n  tactic: dare\n  pattern: x\n  unless: a\n", SG_ERULE, 4, "a",
                 "cannot name itself");
    expect_error("rule a\n  tactic: dare\n  pattern: x\n  requires: context\n", SG_ERULE, 4, "a",
                 "'context'");
    expect_error("rule a\n  tactic: dare\n  pattern: x\n  requires: dare,\n", SG_ERULE, 4, "a",
                 "empty item");
    expect_error("rule a\n  tactic: dare\n  pattern: x\n  example:\n", SG_ERULE, 4, "a",
                 "empty line");
    expect_error("rule a\n  tactic: dare\n  pattern: x\n  note: caf\xC3\n", SG_ERULE, 4, NULL,
                 "not valid UTF-8");
    expect_error("rule a\n  tactic: dare\n  pattern: x\n  note: \xC0\xAF overlong\n", SG_ERULE, 4,
                 NULL, "not valid UTF-8");

    /* NUL byte (strlen-based helper cannot carry it) */
    {
        static const char text[] = "rule a\n  tactic: dare\n  pattern: x\0y\n";
        diags ds;
        sg_ruleset *rs = NULL;
        memset(&ds, 0, sizeof ds);
        assert_int_equal(
            sg_ruleset_load_buffer("t.rules", text, sizeof text - 1, collect, &ds, &rs), SG_ERULE);
        assert_null(rs);
        assert_int_equal(ds.n, 2); /* the line is dropped, so the rule has no pattern */
        assert_int_equal(ds.d[0].line, 3);
        assert_non_null(strstr(ds.d[0].message, "NUL"));
        assert_int_equal(ds.d[1].line, 1);
        assert_non_null(strstr(ds.d[1].message, "no 'pattern:'"));
    }
}

/* Several errors in one file are all reported, each on its line. */
static void test_parse_reports_all(void **state)
{
    (void)state;
    diags ds;
    sg_ruleset *rs = NULL;
    const char *text = "rule a\n"         /* 1 */
                       "  tactic: nope\n" /* 2 */
                       "  pattern: x\n"   /* 3 */
                       "rule b\n"         /* 4 */
                       "  tactic: dare\n" /* 5 */
                       "  weight: 2\n"    /* 6 */
                       "  pattern: y\n"   /* 7 */
                       "  foo: bar\n";    /* 8 */
    assert_int_equal(load(text, &ds, &rs), SG_ERULE);
    assert_null(rs);
    assert_int_equal(ds.n, 3);
    assert_int_equal(ds.d[0].line, 2);
    assert_string_equal(ds.d[0].rule, "a");
    assert_int_equal(ds.d[1].line, 6);
    assert_string_equal(ds.d[1].rule, "b");
    assert_int_equal(ds.d[2].line, 8);
}

static void test_parse_caps(void **state)
{
    (void)state;
    /* line too long */
    {
        size_t n = SG__RULES_MAX_LINE_BYTES + 100;
        char *text = malloc(n + 64);
        assert_non_null(text);
        int off = sprintf(text, "rule a\n  tactic: dare\n  pattern: ");
        memset(text + off, 'a', n);
        strcpy(text + off + n, "\n");
        expect_error(text, SG_ERULE, 3, "a", "at most 8192");
        free(text);
    }
    /* file too large */
    {
        size_t n = SG__RULES_MAX_FILE_BYTES + 1;
        char *text = malloc(n);
        assert_non_null(text);
        memset(text, '\n', n);
        diags ds;
        sg_ruleset *rs = NULL;
        memset(&ds, 0, sizeof ds);
        assert_int_equal(sg_ruleset_load_buffer("big.rules", text, n, collect, &ds, &rs), SG_ERULE);
        assert_int_equal(ds.n, 1);
        assert_non_null(strstr(ds.d[0].message, "the cap is"));
        free(text);
    }
    /* too many rules: the one past the cap is named */
    {
        sg__buf b;
        sg__buf_init(&b, 64u << 20);
        for (int i = 0; i <= SG__RULES_MAX_RULES; i++)
            assert_int_equal(sg__buf_printf(&b, "rule r%d\n  tactic: dare\n  words: w%d\n", i, i),
                             0);
        expect_error(b.data, SG_ERULE, 3 * SG__RULES_MAX_RULES + 1, NULL, "too many rules");
        sg__buf_free(&b);
    }
    /* words expanding past the pattern cap */
    {
        sg__buf b;
        sg__buf_init(&b, 1u << 20);
        sg__buf_adds(&b, "rule a\n  tactic: dare\n  words: ");
        for (int i = 0; i < 1500; i++)
            sg__buf_adds(&b, "a b,");
        sg__buf_adds(&b, "c\n");
        expect_error(b.data, SG_ERULE, 3, "a", "split it over several words");
        sg__buf_free(&b);
    }
}

/* ---- compile errors map to their line ------------------------------------ */

static void test_compile_errors(void **state)
{
    (void)state;
    expect_error("rule ok\n  tactic: dare\n  pattern: \\bdare\\b\n\n"
                 "rule broken\n  tactic: dare\n  pattern: fine\n  pattern: (unclosed\n",
                 SG_ECOMPILE, 8, "broken", "pattern does not compile");
    /* back-references are refused by Hyperscan */
    expect_error("rule a\n  tactic: dare\n  pattern: (ab)\\1\n", SG_ECOMPILE, 3, "a",
                 "does not compile");
    /* a pattern that matches the empty string */
    expect_error("rule a\n  tactic: dare\n  words: x\n  pattern: y*\n", SG_ECOMPILE, 4, "a",
                 "can match an empty string");
    /* regression (fuzz_rules): \b(x|)\b matched empty at a word boundary
     * and gave a 0-0 span; such patterns are now refused */
    expect_error("rule a\n  tactic: dare\n  pattern: \\b(don't|e|)\\b\n", SG_ECOMPILE, 3, "a",
                 "can match an empty string");
    /* every bad pattern is reported, not only the first */
    {
        diags ds;
        sg_ruleset *rs = NULL;
        assert_int_equal(load("rule a\n  tactic: dare\n  pattern: (x\n"
                              "rule b\n  tactic: dare\n  pattern: ok\n  pattern: [y\n",
                              &ds, &rs),
                         SG_ECOMPILE);
        assert_int_equal(ds.n, 2);
        assert_int_equal(ds.d[0].line, 3);
        assert_string_equal(ds.d[0].rule, "a");
        assert_int_equal(ds.d[1].line, 7);
        assert_string_equal(ds.d[1].rule, "b");
    }
}

/* ---- matcher ------------------------------------------------------------- */

typedef struct fixture {
    sg_ruleset *rs;
    sg__scanner *sc;
} fixture;

static fixture *make(const char *text)
{
    fixture *f = calloc(1, sizeof *f);
    diags ds;
    assert_non_null(f);
    int rc = load(text, &ds, &f->rs);
    for (int i = 0; i < ds.n; i++)
        print_message("  diag %d: %s\n", ds.d[i].line, ds.d[i].message);
    assert_int_equal(rc, 0);
    assert_int_equal(sg__scanner_new(f->rs, &f->sc), 0);
    return f;
}

static void destroy(fixture *f)
{
    sg__scanner_free(f->sc);
    sg_ruleset_free(f->rs);
    free(f);
}

/* Matches and renders "id:start-end id:start-end ..." into out. */
static const char *run(fixture *f, const char *text, sg_age_band age, unsigned from, unsigned flags,
                       char *out, size_t cap)
{
    sg__hit hits[SG__MAX_HITS];
    sg__match_ctx ctx = { age, from };
    int n = sg__rules_match_ex(f->rs, f->sc, text, strlen(text), &ctx, hits, SG__MAX_HITS, flags);
    assert_true(n >= 0);
    size_t len = 0;
    out[0] = '\0';
    for (int i = 0; i < n; i++)
        len +=
            (size_t)snprintf(out + len, cap - len, "%s%s:%u-%u", i ? " " : "",
                             sg__ruleset_rule(f->rs, hits[i].rule)->id, hits[i].start, hits[i].end);
    return out;
}

#define V SG__FROM_VIEWER
#define B SG__FROM_BROADCASTER

static void test_match_basic_and_order(void **state)
{
    (void)state;
    char out[512];
    fixture *f =
        make("rule late\n  tactic: dare\n  words: dare\n"
             "rule early\n  tactic: flattery\n  words: so cute\n"
             "rule multi\n  tactic: gift_offer\n  pattern: coins?\n  pattern: free\\s+coins\n");
    assert_string_equal(run(f, "so cute, i dare u", SG_AGE_UNKNOWN, V, 0, out, sizeof out),
                        "early:0-7 late:11-15");
    /* words: a space matches the one space normalised text has between
     * words (\s+ is compiled as " ": normalize.h guarantees single spaces) */
    assert_string_equal(run(f, "so cute", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "early:0-7");
    assert_string_equal(run(f, "socute", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "");
    assert_string_equal(run(f, "socute daredevil", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "");
    /* per rule: leftmost, then longest ("free coins" beats "coins") */
    assert_string_equal(run(f, "free coins and more coins", SG_AGE_UNKNOWN, V, 0, out, sizeof out),
                        "multi:0-10");
    /* caseless */
    assert_string_equal(run(f, "DARE", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "late:0-4");
    /* empty text */
    assert_string_equal(run(f, "", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "");
    /* the cap on output keeps the first hits by start */
    sg__hit one[1];
    sg__match_ctx ctx = { SG_AGE_UNKNOWN, V };
    assert_int_equal(sg__rules_match(f->rs, f->sc, "dare so cute", 12, &ctx, one, 1), 1);
    assert_string_equal(sg__ruleset_rule(f->rs, one[0].rule)->id, "late");
    /* bad arguments */
    sg__match_ctx bad = { SG_AGE__COUNT, V };
    assert_int_equal(sg__rules_match(f->rs, f->sc, "dare", 4, &bad, one, 1), SG_EINVAL);
    sg__match_ctx nofrom = { SG_AGE_ADULT, 0 };
    assert_int_equal(sg__rules_match(f->rs, f->sc, "dare", 4, &nofrom, one, 1), SG_EINVAL);
    destroy(f);
}

static void test_match_same_start_longest(void **state)
{
    (void)state;
    char out[256];
    fixture *f = make("rule r\n  tactic: dare\n  pattern: ab|abcd\n  pattern: bcd\n");
    assert_string_equal(run(f, "xabcd ab", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "r:1-5");
    destroy(f);
}

static void test_match_when_from(void **state)
{
    (void)state;
    char out[256];
    fixture *f = make("rule m\n  tactic: dare\n  words: dare\n  when: minor\n"
                      "rule a\n  tactic: flattery\n  words: dare\n  when: adult\n  from: any\n"
                      "rule b\n  tactic: threat\n  words: dare\n  from: broadcaster\n"
                      "rule l\n  tactic: meeting\n  words: dare\n  when: 13-15, unknown\n");
    assert_string_equal(run(f, "dare", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "m:0-4 l:0-4");
    assert_string_equal(run(f, "dare", SG_AGE_UNDER13, V, 0, out, sizeof out), "m:0-4");
    assert_string_equal(run(f, "dare", SG_AGE_13_15, V, 0, out, sizeof out), "m:0-4 l:0-4");
    assert_string_equal(run(f, "dare", SG_AGE_ADULT, V, 0, out, sizeof out), "a:0-4");
    assert_string_equal(run(f, "dare", SG_AGE_ADULT, B, 0, out, sizeof out), "a:0-4 b:0-4");
    assert_string_equal(run(f, "dare", SG_AGE_16_17, B, 0, out, sizeof out), "b:0-4");
    destroy(f);
}

static void test_match_requires_unless(void **state)
{
    (void)state;
    char out[256];
    fixture *f =
        make("rule ctx.bank\n  tactic: context\n  words: team bank\n"
             "rule ctx.game\n  tactic: context\n  words: minecraft\n"
             "rule gift\n  tactic: gift_offer\n  words: coins\n  unless: ctx.bank\n"
             "rule snap\n  tactic: off_platform\n  words: snap\n  requires: secrecy\n"
             "rule snap2\n  tactic: off_platform\n  words: snapchat\n  requires: off_platform\n"
             "rule secret\n  tactic: secrecy\n  words: secret\n"
             "rule both\n  tactic: dare\n  words: dare\n  requires: ctx.game, secret\n"
             "rule nogift\n  tactic: flattery\n  words: cute\n  unless: gift_offer, ctx.game\n"
             "rule selftac\n  tactic: threat\n  words: or else\n  unless: threat\n");
    /* unless by rule id; context rules never appear */
    assert_string_equal(run(f, "coins", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "gift:0-5");
    assert_string_equal(run(f, "coins for the team bank", SG_AGE_UNKNOWN, V, 0, out, sizeof out),
                        "");
    assert_string_equal(
        run(f, "coins for the team bank", SG_AGE_UNKNOWN, V, SG__MATCH_CONTEXT, out, sizeof out),
        "ctx.bank:14-23");
    /* requires by tactic */
    assert_string_equal(run(f, "snap", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "");
    assert_string_equal(run(f, "secret snap", SG_AGE_UNKNOWN, V, 0, out, sizeof out),
                        "secret:0-6 snap:7-11");
    /* a tactic in requires needs ANOTHER rule of it: snap2 is off_platform itself */
    assert_string_equal(run(f, "snapchat", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "");
    /* one pass, no chaining: snap is in F (matched) even though its own
     * requires fails, so it satisfies snap2's "off_platform" */
    assert_string_equal(run(f, "snap snapchat", SG_AGE_UNKNOWN, V, 0, out, sizeof out),
                        "snap2:5-13");
    /* requires: every item */
    assert_string_equal(run(f, "dare minecraft", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "");
    assert_string_equal(run(f, "secret dare minecraft", SG_AGE_UNKNOWN, V, 0, out, sizeof out),
                        "secret:0-6 both:7-11");
    /* unless: any item; a suppressed rule (gift, by ctx.bank) still counts */
    assert_string_equal(run(f, "cute", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "nogift:0-4");
    assert_string_equal(run(f, "cute coins", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "gift:5-10");
    assert_string_equal(run(f, "cute coins team bank", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "");
    assert_string_equal(run(f, "cute minecraft", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "");
    /* unless on own tactic does not suppress itself */
    assert_string_equal(run(f, "or else", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "selftac:0-7");
    destroy(f);
}

/* A rule filtered out by when/from is not in F for the others. */
static void test_match_conditions_after_when(void **state)
{
    (void)state;
    char out[256];
    fixture *f =
        make("rule ctx.adult_only\n  tactic: context\n  words: bank\n  when: adult\n"
             "rule gift\n  tactic: gift_offer\n  words: coins\n  unless: ctx.adult_only\n");
    assert_string_equal(run(f, "coins bank", SG_AGE_ADULT, V, 0, out, sizeof out), "");
    assert_string_equal(run(f, "coins bank", SG_AGE_13_15, V, 0, out, sizeof out), "gift:0-5");
    destroy(f);
}

/* \s+ / \s* / \s are compiled as a space outside classes; classes and an
 * escaped backslash are left alone. */
static void test_space_rewrite(void **state)
{
    (void)state;
    char out[256];
    fixture *f = make("rule sp\n  tactic: dare\n  pattern: go\\s+on\\s*now\n"
                      "rule cls\n  tactic: flattery\n  pattern: x[\\s]y\n"
                      "rule lit\n  tactic: threat\n  pattern: p\\\\s\n"
                      "rule lazy\n  tactic: secrecy\n  pattern: a\\s+?b\n");
    assert_string_equal(run(f, "go on now", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "sp:0-9");
    assert_string_equal(run(f, "go onnow", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "sp:0-8");
    assert_string_equal(run(f, "goon now", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "");
    assert_string_equal(run(f, "x y", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "cls:0-3");
    assert_string_equal(run(f, "p\\s", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "lit:0-3");
    assert_string_equal(run(f, "ab", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "");
    assert_string_equal(run(f, "a b", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "lazy:0-3");
    destroy(f);
}

/* The compiled-database cache: a second load of the same patterns reuses
 * the file; a damaged file is ignored (compile again); a changed set is a
 * different key, and a bad pattern is still refused. */
static void test_compile_cache(void **state)
{
    (void)state;
    char dir[] = "/tmp/sg-rules-cache-XXXXXX";
    assert_non_null(mkdtemp(dir));
    sg_ruleset_set_cache_dir(dir);
    static const char good[] = "rule c.one\n  tactic: dare\n  pattern: bet (you|u) (wont|cant)\n";
    sg_ruleset *a = NULL, *b = NULL, *c = NULL;
    assert_int_equal(sg_ruleset_load_buffer("g", good, strlen(good), NULL, NULL, &a), 0);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "test $(ls %s/*.hsdb | wc -l) -eq 1", dir);
    assert_int_equal(system(cmd), 0);
    /* Damage the cached file: the load still works (compiles afresh). */
    snprintf(cmd, sizeof cmd, "for f in %s/*.hsdb; do printf garbage > $f; done", dir);
    assert_int_equal(system(cmd), 0);
    assert_int_equal(sg_ruleset_load_buffer("g", good, strlen(good), NULL, NULL, &b), 0);
    sg__scanner *sc;
    assert_int_equal(sg__scanner_new(b, &sc), 0);
    sg__match_ctx ctx = { .age = SG_AGE_UNKNOWN, .from = SG__FROM_VIEWER };
    sg__hit hits[4];
    assert_int_equal(sg__rules_match(b, sc, "bet u wont", 10, &ctx, hits, 4), 1);
    sg__scanner_free(sc);
    static const char bad[] = "rule c.bad\n  tactic: dare\n  pattern: (unclosed\n";
    assert_int_not_equal(sg_ruleset_load_buffer("b", bad, strlen(bad), NULL, NULL, &c), 0);
    assert_null(c);
    sg_ruleset_free(a);
    sg_ruleset_free(b);
    sg_ruleset_set_cache_dir(NULL);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

static void test_words_escaping(void **state)
{
    (void)state;
    char out[256];
    fixture *f = make("rule a\n  tactic: dare\n  words: v-bucks, <3, i'll do it, 18+, a.b\n");
    assert_string_equal(run(f, "free v-bucks", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "a:5-12");
    assert_string_equal(run(f, "<3", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "a:0-2");
    assert_string_equal(run(f, "are you 18+ ok", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "a:8-11");
    assert_string_equal(run(f, "i'll do it", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "a:0-10");
    assert_string_equal(run(f, "axb", SG_AGE_UNKNOWN, V, 0, out, sizeof out), ""); /* '.' escaped */
    assert_string_equal(run(f, "a.b", SG_AGE_UNKNOWN, V, 0, out, sizeof out), "a:0-3");
    destroy(f);
}

static void test_utf8_pattern(void **state)
{
    (void)state;
    char out[256];
    fixture *f = make("rule a\n  tactic: flattery\n  pattern: \\bbelle\\s+\xC3\xA9t\xC3\xA9\n");
    assert_string_equal(
        run(f, "tr\xC3\xA8s belle \xC3\xA9t\xC3\xA9", SG_AGE_UNKNOWN, V, 0, out, sizeof out),
        "a:6-17");
    destroy(f);
}

/* Many matches: the scan stops at the raw cap and still returns what it saw. */
static void test_raw_match_cap(void **state)
{
    (void)state;
    fixture *f = make("rule a\n  tactic: dare\n  pattern: a\n"
                      "rule b\n  tactic: dare\n  pattern: b\n");
    size_t n = 3 * SG__MAX_RAW_MATCHES;
    char *text = malloc(n + 2);
    assert_non_null(text);
    memset(text, 'a', n);
    text[n] = 'b';
    text[n + 1] = '\0';
    sg__hit hits[4];
    sg__match_ctx ctx = { SG_AGE_UNKNOWN, V };
    int got = sg__rules_match(f->rs, f->sc, text, n + 1, &ctx, hits, 4);
    assert_int_equal(got, 1); /* rule b's match lies past the cap */
    assert_int_equal(hits[0].start, 0);
    assert_int_equal(hits[0].end, 1);
    free(text);
    destroy(f);
}

/* ---- lifetime -------------------------------------------------------------- */

static void test_refcount_and_rebind(void **state)
{
    (void)state;
    diags ds;
    sg_ruleset *a, *b;
    assert_int_equal(load("rule x\n  tactic: dare\n  words: dare\n", &ds, &a), 0);
    sg_ruleset_ref(a);
    sg_ruleset_free(a); /* one reference left */
    assert_int_equal(sg_ruleset_count(a), 1);
    sg__scanner *sc;
    assert_int_equal(sg__scanner_new(a, &sc), 0);
    assert_int_equal(load("rule p\n  tactic: dare\n  words: zzz\n"
                          "rule q\n  tactic: threat\n  pattern: \\bor\\s+else\\b\n"
                          "rule r\n  tactic: secrecy\n  words: secret\n",
                          &ds, &b),
                     0);
    sg__hit hits[4];
    sg__match_ctx ctx = { SG_AGE_UNKNOWN, V };
    /* a scanner sized for a smaller set refuses the bigger one */
    assert_int_equal(sg__rules_match(b, sc, "or else", 7, &ctx, hits, 4), SG_ESTATE);
    assert_int_equal(sg__scanner_rebind(sc, b), 0);
    assert_int_equal(sg__rules_match(b, sc, "secret or else", 14, &ctx, hits, 4), 2);
    /* still usable for the old set after growing */
    assert_int_equal(sg__rules_match(a, sc, "dare", 4, &ctx, hits, 4), 1);
    sg_ruleset_free(a);
    sg_ruleset_free(b);
    sg__scanner_free(sc);
    sg_ruleset_free(NULL);
    sg__scanner_free(NULL);

    /* the empty set loads and matches nothing */
    assert_int_equal(load("# nothing\n", &ds, &a), 0);
    assert_int_equal(sg_ruleset_count(a), 0);
    assert_int_equal(sg__scanner_new(a, &sc), 0);
    assert_int_equal(sg__rules_match(a, sc, "dare", 4, &ctx, hits, 4), 0);
    sg__scanner_free(sc);
    sg_ruleset_free(a);
}

/* ---- files and directories ------------------------------------------------- */

static void test_load_dir(void **state)
{
    (void)state;
    diags ds;
    sg_ruleset *rs = NULL;
    const char *paths[] = { SG_SOURCE_DIR "/tests/data/rules/good" };
    memset(&ds, 0, sizeof ds);
    assert_int_equal(sg_ruleset_load(paths, 1, collect, &ds, &rs), 0);
    assert_int_equal(sg_ruleset_count(rs), 5);
    assert_int_equal(sg__ruleset_nfiles(rs), 2);
    /* name order: 10_gifts before 20_secrecy */
    assert_string_equal(sg__ruleset_rule(rs, 0)->id, "t.gift.coins_for_act");
    const char *file;
    int line;
    sg__ruleset_rule_origin(rs, 4, &file, &line);
    assert_non_null(strstr(file, "good/20_secrecy.rules"));
    assert_int_equal(line, 17);
    sg_ruleset_free(rs);

    /* two files with one bad: the set is refused, the error names file and line */
    const char *two[] = { SG_SOURCE_DIR "/tests/data/rules/good",
                          SG_SOURCE_DIR "/tests/data/rules/bad/syntax.rules" };
    memset(&ds, 0, sizeof ds);
    rs = NULL;
    assert_int_equal(sg_ruleset_load(two, 2, collect, &ds, &rs), SG_ERULE);
    assert_null(rs);
    assert_int_equal(ds.n, 4);
    assert_non_null(strstr(ds.d[0].file, "bad/syntax.rules"));
    assert_int_equal(ds.d[0].line, 3);
    assert_int_equal(ds.d[1].line, 4);
    assert_int_equal(ds.d[2].line, 5);
    assert_int_equal(ds.d[3].line, 7);

    const char *missing[] = { SG_SOURCE_DIR "/tests/data/rules/no-such-file.rules" };
    memset(&ds, 0, sizeof ds);
    assert_int_equal(sg_ruleset_load(missing, 1, collect, &ds, &rs), SG_EIO);
    assert_int_equal(ds.n, 1);
    assert_non_null(strstr(ds.d[0].message, "cannot open"));
}

/* ---- examples ---------------------------------------------------------------- */

static bool normaliser_ready(void)
{
    sg__norm n;
    sg__norm_init(&n);
    int rc = sg__normalize(&n, "hello there", 11);
    bool ok = rc == 0 && n.len == 11 && memcmp(n.text, "hello there", 11) == 0;
    sg__norm_free(&n);
    return ok;
}

static void test_examples(void **state)
{
    (void)state;
    if (!normaliser_ready()) {
        print_message("  skipped: sg__normalize is not available yet\n");
        skip();
    }
    diags ds;
    sg_ruleset *rs = NULL;
    const char *good[] = { SG_SOURCE_DIR "/tests/data/rules/good" };
    assert_int_equal(sg_ruleset_load(good, 1, collect, &ds, &rs), 0);
    size_t checked = 0;
    memset(&ds, 0, sizeof ds);
    int failures = sg_ruleset_test(rs, collect, &ds, &checked);
    for (int i = 0; i < ds.n; i++)
        print_message("  %s:%d: %s\n", ds.d[i].file, ds.d[i].line, ds.d[i].message);
    assert_int_equal(failures, 0);
    assert_int_equal(checked, 9);
    sg_ruleset_free(rs);

    const char *bad[] = { SG_SOURCE_DIR "/tests/data/rules/failing_examples.rules" };
    assert_int_equal(sg_ruleset_load(bad, 1, NULL, NULL, &rs), 0);
    memset(&ds, 0, sizeof ds);
    assert_int_equal(sg_ruleset_test(rs, collect, &ds, &checked), 2);
    assert_int_equal(checked, 3);
    assert_int_equal(ds.n, 2);
    assert_int_equal(ds.d[0].line, 5);
    assert_string_equal(ds.d[0].rule, "t.fail.dare");
    assert_non_null(strstr(ds.d[0].message, "example does not fire the rule; fired: none"));
    assert_int_equal(ds.d[1].line, 6);
    assert_non_null(strstr(ds.d[1].message, "counter fires the rule; fired: t.fail.dare"));
    sg_ruleset_free(rs);
}

/* ---- spans agree with Hyperscan's own start-of-match ---------------------- */

typedef struct som_span {
    unsigned long long start, end;
    bool any;
} som_span;

static int on_som(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
                  void *ctx)
{
    som_span *sp = ctx;
    (void)id;
    (void)flags;
    if (!sp->any || from < sp->start || (from == sp->start && to > sp->end)) {
        sp->start = from;
        sp->end = to;
        sp->any = true;
    }
    return 0;
}

/* docs/rules.md promises the span of a hit is the leftmost-longest one, as
 * Hyperscan's SOM_LEFTMOST would report it. The matcher finds spans with
 * PCRE2's DFA instead; check both agree on patterns shaped like real ones. */
static void test_spans_match_som(void **state)
{
    (void)state;
    static const char *const patterns[] = {
        "\\b(?:i'?ll|ill|i\\s+will)\\s+(?:\\w+\\s+)?(?:send|give)\\b.{0,25}\\b(?:coins?|gems?)\\b",
        ("\\b(?:don'?t|dont|do\\s+not)\\s+(?:\\w+\\s+)?tell\\b.{0,20}\\b(?:your|ur)\\s+"
         "(?:mom|mum|parents?)\\b"),
        "\\b(\\d+|some|free)\\s+(coins?|robux)\\b.{0,30}\\b(if|for)\\s+(you|u)\\b",
        "\\b(?:snap|sc|insta|ig)\\b.{0,12}\\b(?:add|dm|text)\\b",
        "a+b+|ab",
        "\\bcaf\xC3\xA9\\s+cr\xC3\xA8me\\b",
        "\\b(?:how\\s+old|what\\s+age|ur\\s+age)\\b(?:\\s+\\w+){0,3}",
    };
    static const char *const texts[] = {
        "i'll send you 500 coins if u do it and i'll give gems",
        "ill really send u some gems and coins",
        "dont tell your mom, and do not ever tell ur parents ok",
        "free coins for you if you want, 500 coins for u",
        "add me on snap and dm me, sc add me",
        "aaabbb ab aab",
        "un caf\xC3\xA9 cr\xC3\xA8me stp",
        "how old are you and what age r u",
        "nothing to see here",
    };
    for (size_t p = 0; p < sizeof patterns / sizeof patterns[0]; p++) {
        char text[1024];
        snprintf(text, sizeof text, "rule r\n  tactic: dare\n  pattern: %s\n", patterns[p]);
        fixture *f = make(text);
        hs_database_t *db = NULL;
        hs_scratch_t *scratch = NULL;
        hs_compile_error_t *err = NULL;
        unsigned flags = HS_FLAG_CASELESS | HS_FLAG_SOM_LEFTMOST;
        for (const char *c = patterns[p]; *c; c++)
            if ((unsigned char)*c >= 0x80)
                flags |= HS_FLAG_UTF8;
        assert_int_equal(hs_compile(patterns[p], flags, HS_MODE_BLOCK, NULL, &db, &err),
                         HS_SUCCESS);
        assert_int_equal(hs_alloc_scratch(db, &scratch), HS_SUCCESS);
        for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
            som_span sp = { 0, 0, false };
            size_t len = strlen(texts[t]);
            assert_int_equal(hs_scan(db, texts[t], (unsigned)len, 0, scratch, on_som, &sp),
                             HS_SUCCESS);
            sg__hit hit;
            sg__match_ctx ctx = { SG_AGE_UNKNOWN, V };
            int n = sg__rules_match(f->rs, f->sc, texts[t], len, &ctx, &hit, 1);
            assert_int_equal(n, sp.any ? 1 : 0);
            if (n == 1 && (hit.start != sp.start || hit.end != sp.end))
                fail_msg("pattern %zu on \"%s\": span %u-%u, SOM says %llu-%llu", p, texts[t],
                         hit.start, hit.end, sp.start, sp.end);
        }
        hs_free_scratch(scratch);
        hs_free_database(db);
        destroy(f);
    }
}

/* ---- scale ------------------------------------------------------------------- */

static void test_generated_2000(void **state)
{
    (void)state;
    static const char *const tactics[] = { "flattery",     "dare",   "gift_offer", "secrecy",
                                           "off_platform", "threat", "meeting" };
    sg__buf b;
    sg__buf_init(&b, 16u << 20);
    /* Distinct literals, like real rules: Hyperscan's compile time grows
     * fast when thousands of patterns share a prefix such as "phrase\s+". */
    for (int i = 0; i < 2000; i++) {
        assert_int_equal(sg__buf_printf(&b,
                                        "rule gen.r%04d\n  tactic: %s\n  weight: 0.%d\n"
                                        "  pattern: \\bw%da\\s+(x|y)%d\\b%s%d\n"
                                        "  words: alpha%d beta%d, gamma%d\n",
                                        i, tactics[i % 7], i % 10, i, i,
                                        i % 10 == 0 ? ".{0,20}\\bz" : "\\s+z", i, i, i, i),
                         0);
        if (i % 10 == 0)
            assert_int_equal(sg__buf_printf(&b, "  unless: gen.r%04d, threat\n", (i + 1) % 2000),
                             0);
    }
    fixture *f = make(b.data);
    assert_int_equal(sg_ruleset_count(f->rs), 2000);
    char out[256];
    assert_string_equal(
        run(f, "so w1230a y1230 and then z1230", SG_AGE_ADULT, V, 0, out, sizeof out),
        "gen.r1230:3-30");
    assert_string_equal(run(f, "w1231a x1231 z1231", SG_AGE_ADULT, V, 0, out, sizeof out),
                        "gen.r1231:0-18");
    assert_string_equal(
        run(f, "gamma77 and alpha1999 beta1999", SG_AGE_ADULT, V, 0, out, sizeof out),
        "gen.r0077:0-7 gen.r1999:12-30");
    /* gen.r0010 is suppressed by gen.r0011 */
    assert_string_equal(run(f, "gamma10 gamma11", SG_AGE_ADULT, V, 0, out, sizeof out),
                        "gen.r0011:8-15");
    destroy(f);
    sg__buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_minimal),
        cmocka_unit_test(test_parse_errors),
        cmocka_unit_test(test_parse_reports_all),
        cmocka_unit_test(test_parse_caps),
        cmocka_unit_test(test_compile_errors),
        cmocka_unit_test(test_match_basic_and_order),
        cmocka_unit_test(test_match_same_start_longest),
        cmocka_unit_test(test_match_when_from),
        cmocka_unit_test(test_match_requires_unless),
        cmocka_unit_test(test_match_conditions_after_when),
        cmocka_unit_test(test_words_escaping),
        cmocka_unit_test(test_space_rewrite),
        cmocka_unit_test(test_compile_cache),
        cmocka_unit_test(test_utf8_pattern),
        cmocka_unit_test(test_raw_match_cap),
        cmocka_unit_test(test_spans_match_som),
        cmocka_unit_test(test_refcount_and_rebind),
        cmocka_unit_test(test_load_dir),
        cmocka_unit_test(test_examples),
        cmocka_unit_test(test_generated_2000),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
