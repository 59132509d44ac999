/* cmd_rules.c — `streamguard rules check|test|scan`: validate rule files, run
 * their examples, and show per-line hits on chat input for rule authors.
 *
 *   streamguard rules check [--cost[=N]] [PATH...]
 *   streamguard rules test  [PATH...]
 *   streamguard rules scan  [--age BAND] [--broadcaster] [--text] [PATH...] < input
 *
 * PATH is a .rules file or a directory of them; the default is the rules
 * directory the binary was built with (rules/en). Diagnostics go to stderr
 * as FILE:LINE: rule ID: message. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "ndjson.h"
#include "normalize.h"
#include "model.h"
#include "rules.h"
#include "streamguard.h"

#ifndef SG_DEFAULT_RULES
#define SG_DEFAULT_RULES "rules/en"
#endif

#define SCAN_MAX_STREAMS 1024 /* streams remembered by `scan` (round-robin beyond) */

static void usage(FILE *f)
{
    fprintf(
        f,
        "usage: streamguard rules check [--cost[=N]] [PATH...]\n"
        "       streamguard rules test [PATH...]\n"
        "       streamguard rules scan [--age BAND] [--broadcaster] [--text] [PATH...] < input\n"
        "\n"
        "  check  load and compile the rules; print 'ok: N rules from M files' or every error\n"
        "         --cost[=N]  also time the set on sample chat and list the N (default 15)\n"
        "                     patterns that cost most to scan\n"
        "  test   check, then run every rule's example: and counter: lines\n"
        "  scan   read NDJSON chat events (or plain text lines with --text) on stdin and\n"
        "         print, per chat line: id<TAB>tactics<TAB>rule:start-end,...<TAB>normalised text\n"
        "         (spans are byte offsets into the normalised text; context rules are listed)\n"
        "         --age BAND       broadcaster age band (under13, 13-15, 16-17, adult, unknown);\n"
        "                          default: from the stream's stream_start event, else unknown\n"
        "         --broadcaster    treat every line as the broadcaster's own message\n"
        "PATH is a .rules file or a directory of them (default %s).\n",
        SG_DEFAULT_RULES);
}

static void print_diag(void *ud, const sg_rule_diag *d)
{
    int *count = ud;
    if (count)
        (*count)++;
    if (d->file && d->line > 0)
        fprintf(stderr, "%s:%d: ", d->file, d->line);
    else if (d->file)
        fprintf(stderr, "%s: ", d->file);
    else
        fprintf(stderr, "streamguard rules: ");
    if (d->rule)
        fprintf(stderr, "rule %s: ", d->rule);
    fprintf(stderr, "%s\n", d->message);
}

/* Loads the rules from argv paths (or the default); prints diagnostics. */
static int load_rules(int npaths, char **paths, sg_ruleset **out)
{
    static const char *const def[] = { SG_DEFAULT_RULES };
    const char *const *p = npaths > 0 ? (const char *const *)paths : def;
    size_t n = npaths > 0 ? (size_t)npaths : 1;
    int ndiags = 0;
    int rc = sg_ruleset_load(p, n, print_diag, &ndiags, out);
    if (rc) {
        fprintf(stderr, "streamguard rules: rule set refused (%s)\n", sg_strerror(rc));
        return rc;
    }
    return 0;
}

/* ---- check --cost --------------------------------------------------------- */

#define COST_SAMPLES 64
#define COST_ROUNDS  20

typedef struct pattern_cost {
    uint32_t index;
    double scan_ns, compile_ms;
} pattern_cost;

static int cmp_cost(const void *a, const void *b)
{
    const pattern_cost *x = a, *y = b;
    return x->scan_ns < y->scan_ns ? 1 : x->scan_ns > y->scan_ns ? -1 : 0;
}

/* Benign ~100-byte chat lines (lowercase, as normalised): what almost all
 * traffic looks like, so what a pattern costs on every message. */
static void make_samples(char (*buf)[160], const char **texts)
{
    static const char *const vocab[] = {
        "hey",   "ur",     "so",       "good",   "at",   "this",  "game",    "lol",       "gg",
        "wp",    "that",   "was",      "sick",   "can",  "you",   "send",    "me",        "the",
        "link",  "pls",    "what",     "rank",   "are",  "u",     "on",      "minecraft", "server",
        "nice",  "build",  "haha",     "omg",    "wait", "how",   "did",     "do",        "it",
        "again", "stream", "tomorrow", "i",      "love", "your",  "videos",  "my",        "mom",
        "said",  "school", "is",       "boring", "play", "with",  "friends", "500",       "coins",
        "team",  "bank",   "who",      "won",    "last", "night", "clip",    "that",      "pls",
    };
    unsigned seed = 7;
    for (int i = 0; i < COST_SAMPLES; i++) {
        size_t len = 0;
        while (len < 100) {
            seed = seed * 1103515245u + 12345u;
            const char *w = vocab[(seed >> 16) % (sizeof vocab / sizeof vocab[0])];
            size_t wl = strlen(w);
            if (len)
                buf[i][len++] = ' ';
            memcpy(buf[i] + len, w, wl);
            len += wl;
        }
        buf[i][len] = '\0';
        texts[i] = buf[i];
    }
}

static int print_costs(const sg_ruleset *rs, int top)
{
    static char buf[COST_SAMPLES][160];
    const char *texts[COST_SAMPLES];
    sg__scanner *sc = NULL;
    sg__hit hits[SG__MAX_HITS];
    size_t np = sg__ruleset_npatterns(rs);
    pattern_cost *pc = calloc(np ? np : 1, sizeof *pc);
    if (!pc || sg__scanner_new(rs, &sc)) {
        free(pc);
        fprintf(stderr, "streamguard rules: out of memory\n");
        return 1;
    }
    make_samples(buf, texts);
    sg__match_ctx ctx = { SG_AGE_13_15, SG__FROM_VIEWER };
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int r = 0; r < COST_ROUNDS; r++)
        for (int i = 0; i < COST_SAMPLES; i++)
            sg__rules_match(rs, sc, texts[i], strlen(texts[i]), &ctx, hits, SG__MAX_HITS);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double set_ns = ((double)(t1.tv_sec - t0.tv_sec) * 1e9 + (double)(t1.tv_nsec - t0.tv_nsec)) /
                    (COST_ROUNDS * COST_SAMPLES);
    sg__scanner_free(sc);
    printf("cost: the whole set scans a ~100-byte chat line in %.0f ns (%zu patterns)\n", set_ns,
           np);
    size_t n = 0;
    for (uint32_t i = 0; i < np; i++) {
        pattern_cost c = { i, 0, 0 };
        if (sg__pattern_cost(rs, i, texts, COST_SAMPLES, COST_ROUNDS, &c.compile_ms, &c.scan_ns) ==
            0)
            pc[n++] = c;
    }
    qsort(pc, n, sizeof *pc, cmp_cost);
    if (n)
        printf("cost: patterns that cost most, each scanned alone (the set shares work, so "
               "these do not add up):\n");
    for (size_t i = 0; i < n && i < (size_t)top; i++) {
        uint32_t rule;
        const char *expr, *file;
        int line, rline;
        sg__ruleset_pattern(rs, pc[i].index, &rule, &expr, &line);
        sg__ruleset_rule_origin(rs, rule, &file, &rline);
        printf("%s:%d: rule %s: scan %.0f ns per line, compile %.1f ms\n", file, line,
               sg__ruleset_rule(rs, rule)->id, pc[i].scan_ns, pc[i].compile_ms);
    }
    free(pc);
    return 0;
}

static int cmd_check(int argc, char **argv)
{
    sg_ruleset *rs = NULL;
    int top = 0, i = 0;
    if (argc > 0 && strncmp(argv[0], "--cost", 6) == 0) {
        top = 15;
        if (argv[0][6] == '=')
            top = atoi(argv[0] + 7);
        else if (argv[0][6] != '\0')
            top = -1;
        if (top < 1) {
            usage(stderr);
            return 2;
        }
        i = 1;
    }
    if (load_rules(argc - i, argv + i, &rs))
        return 1;
    printf("ok: %zu rules from %zu files\n", sg_ruleset_count(rs), sg__ruleset_nfiles(rs));
    const char *mfile;
    const sg__model *m = sg__ruleset_model(rs, &mfile);
    if (m)
        printf("tactic model: %s: %zu features, %d tactics, threshold %.2f, evidence weight %.2f\n",
               mfile, sg__model_nfeatures(m), __builtin_popcount(sg__model_tactics(m)),
               (double)sg__model_threshold(m), (double)sg__model_weight(m));
    int rc = top ? print_costs(rs, top) : 0;
    sg_ruleset_free(rs);
    return rc;
}

static int cmd_test(int argc, char **argv)
{
    sg_ruleset *rs = NULL;
    if (load_rules(argc, argv, &rs))
        return 1;
    size_t checked = 0;
    int failed = sg_ruleset_test(rs, print_diag, NULL, &checked);
    sg_ruleset_free(rs);
    if (failed < 0) {
        fprintf(stderr, "streamguard rules: test could not run (%s)\n", sg_strerror(failed));
        return 1;
    }
    printf("%zu passed, %d failed\n", checked - (size_t)failed, failed);
    return failed == 0 ? 0 : 1;
}

/* ---- scan ----------------------------------------------------------------- */

typedef struct stream_info {
    char name[SG_MAX_ID_BYTES + 1];
    char broadcaster[SG_MAX_ID_BYTES + 1];
    sg_age_band age;
} stream_info;

typedef struct scan_state {
    const sg_ruleset *rs;
    sg__scanner *sc;
    sg__norm norm;
    stream_info *streams;
    size_t nstreams, next_slot;
    int force_age; /* -1: from stream_start */
    bool force_broadcaster;
} scan_state;

static stream_info *find_stream(scan_state *st, const char *name)
{
    for (size_t i = 0; i < st->nstreams; i++)
        if (strcmp(st->streams[i].name, name) == 0)
            return &st->streams[i];
    return NULL;
}

static void remember_stream(scan_state *st, const sg_event *ev)
{
    stream_info *s = find_stream(st, ev->stream);
    if (!s) {
        if (st->nstreams < SCAN_MAX_STREAMS) {
            s = &st->streams[st->nstreams++];
        } else {
            s = &st->streams[st->next_slot];
            st->next_slot = (st->next_slot + 1) % SCAN_MAX_STREAMS;
        }
    }
    snprintf(s->name, sizeof s->name, "%s", ev->stream);
    snprintf(s->broadcaster, sizeof s->broadcaster, "%s", ev->broadcaster ? ev->broadcaster : "");
    s->age = ev->broadcaster_age;
}

/* Normalises, matches and prints one chat line. Returns 0 or a code. */
static int scan_line(scan_state *st, const char *id, const char *text, size_t len, sg_age_band age,
                     unsigned from)
{
    sg__hit hits[SG__MAX_HITS];
    int rc = sg__normalize(&st->norm, text, len);
    if (rc)
        return rc;
    sg__match_ctx ctx = { age, from };
    int n = sg__rules_match_ex(st->rs, st->sc, st->norm.text, st->norm.len, &ctx, hits,
                               SG__MAX_HITS, SG__MATCH_CONTEXT);
    if (n < 0)
        return n;
    sg_tactic_set tactics = 0;
    for (int i = 0; i < n; i++) {
        const sg__rule_info *ri = sg__ruleset_rule(st->rs, hits[i].rule);
        if (ri->tactic != SG_T_CONTEXT)
            tactics |= 1u << ri->tactic;
    }
    printf("%s\t", id);
    if (!tactics)
        putchar('-');
    for (int t = 0, k = 0; t < SG_T__COUNT; t++)
        if (tactics & (1u << t))
            printf("%s%s", k++ ? "," : "", sg_tactic_name((sg_tactic)t));
    putchar('\t');
    if (n == 0)
        putchar('-');
    for (int i = 0; i < n; i++)
        printf("%s%s:%u-%u", i ? "," : "", sg__ruleset_rule(st->rs, hits[i].rule)->id,
               hits[i].start, hits[i].end);
    printf("\t%s\n", st->norm.text ? st->norm.text : "");
    return 0;
}

static int cmd_scan(int argc, char **argv)
{
    scan_state st;
    sg__linereader lr;
    sg_event_parser *parser = NULL;
    sg_ruleset *rs = NULL;
    bool text_mode = false;
    int bad_lines = 0, rc, exit_code = 1;
    memset(&st, 0, sizeof st);
    st.force_age = -1;
    sg__norm_init(&st.norm);
    sg__linereader_init(&lr, stdin, 0);
    int i = 0;
    for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
        if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        } else if (strcmp(argv[i], "--text") == 0) {
            text_mode = true;
        } else if (strcmp(argv[i], "--broadcaster") == 0) {
            st.force_broadcaster = true;
        } else if (strcmp(argv[i], "--age") == 0 && i + 1 < argc) {
            st.force_age = sg_age_band_parse(argv[i + 1], strlen(argv[i + 1]));
            if (st.force_age < 0) {
                fprintf(stderr, "streamguard rules scan: unknown age band '%s'\n", argv[i + 1]);
                exit_code = 2;
                goto out;
            }
            i++;
        } else {
            usage(stderr);
            exit_code = 2;
            goto out;
        }
    }
    if (load_rules(argc - i, argv + i, &rs))
        goto out;
    st.rs = rs;
    st.streams = calloc(SCAN_MAX_STREAMS, sizeof *st.streams);
    if (!st.streams || sg__scanner_new(rs, &st.sc) || sg_event_parser_new(&parser)) {
        fprintf(stderr, "streamguard rules scan: out of memory\n");
        goto out;
    }
    const char *line;
    size_t len;
    long lineno;
    while ((rc = sg__linereader_next(&lr, &line, &len, &lineno)) != 0) {
        char err[256];
        if (rc == SG_ETOOBIG) {
            fprintf(stderr, "stdin:%ld: line of %zu bytes is over the cap\n", lineno, len);
            bad_lines++;
            continue;
        }
        if (rc < 0) {
            fprintf(stderr, "streamguard rules scan: reading stdin: %s\n", sg_strerror(rc));
            goto out;
        }
        if (len && line[len - 1] == '\r')
            len--;
        if (text_mode) {
            char id[32];
            snprintf(id, sizeof id, "%ld", lineno);
            sg_age_band age = st.force_age >= 0 ? (sg_age_band)st.force_age : SG_AGE_UNKNOWN;
            unsigned from = st.force_broadcaster ? SG__FROM_BROADCASTER : SG__FROM_VIEWER;
            if (len > SG_MAX_TEXT_BYTES)
                rc = SG_ETOOBIG;
            else
                rc = scan_line(&st, id, line, len, age, from);
            if (rc) {
                fprintf(stderr, "stdin:%ld: %s\n", lineno, sg_strerror(rc));
                bad_lines++;
            }
            continue;
        }
        size_t k = 0;
        while (k < len && (line[k] == ' ' || line[k] == '\t'))
            k++;
        if (k == len)
            continue;
        sg_event ev;
        if (sg_event_parse(parser, line, len, &ev, err, sizeof err)) {
            fprintf(stderr, "stdin:%ld: %s\n", lineno, err);
            bad_lines++;
            continue;
        }
        if (ev.type == SG_EV_STREAM_START) {
            remember_stream(&st, &ev);
            continue;
        }
        if (ev.type != SG_EV_CHAT)
            continue;
        const stream_info *s = find_stream(&st, ev.stream);
        sg_age_band age = st.force_age >= 0 ? (sg_age_band)st.force_age
                          : s               ? s->age
                                            : SG_AGE_UNKNOWN;
        bool is_bc = st.force_broadcaster ||
                     (s && s->broadcaster[0] && ev.user && strcmp(ev.user, s->broadcaster) == 0);
        rc = scan_line(&st, ev.id ? ev.id : "-", ev.text ? ev.text : "", ev.text_len, age,
                       is_bc ? SG__FROM_BROADCASTER : SG__FROM_VIEWER);
        if (rc) {
            fprintf(stderr, "stdin:%ld: %s\n", lineno, sg_strerror(rc));
            bad_lines++;
        }
    }
    exit_code = bad_lines ? 1 : 0;
out:
    fflush(stdout);
    sg__linereader_free(&lr);
    sg_event_parser_free(parser);
    sg__scanner_free(st.sc);
    sg__norm_free(&st.norm);
    free(st.streams);
    sg_ruleset_free(rs);
    return exit_code;
}

int sg_cmd_rules(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (strcmp(argv[1], "check") == 0)
        return cmd_check(argc - 2, argv + 2);
    if (strcmp(argv[1], "test") == 0)
        return cmd_test(argc - 2, argv + 2);
    if (strcmp(argv[1], "scan") == 0)
        return cmd_scan(argc - 2, argv + 2);
    fprintf(stderr, "streamguard rules: unknown subcommand '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
