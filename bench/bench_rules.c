/* bench_rules.c — rules benchmark: compile time of generated rule sets (500
 * and 3000 rules) and scan throughput of ~100-byte chat messages over the
 * rules/en set (generated rules when rules/en has none).
 *
 *   build/bench_rules [--scan-only] [RULES_PATH]
 *
 * Prints one line per figure. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "rules.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static const char *const tactics[] = { "flattery", "personal_info", "gift_offer", "dare",
                                       "secrecy",  "off_platform",  "threat",     "meeting" };

/* Rules shaped like real ones: a distinctive leading word, alternations,
 * \s+, a small gap in one rule of four, a words list. (Thousands of
 * patterns that share their leading words compile far slower: see
 * docs/rules.md.) */
static int generate(sg__buf *b, int n)
{
    int rc = 0;
    for (int i = 0; i < n && rc == 0; i++) {
        rc = sg__buf_printf(b,
                            "rule gen.r%05d\n  tactic: %s\n  weight: 0.%d\n"
                            "  pattern: \\bw%d(s|z)?\\s+(me|u|you)\\b%s(if|for)\\s+(you|u)\\b\n"
                            "  pattern: \\bq%d\\s+(pls|plz|please)\\b\n"
                            "  words: alpha%d beta%d, gamma%d\n",
                            i, tactics[i % 8], i % 10, i, i % 4 == 0 ? ".{0,30}\\b" : "\\s+", i, i,
                            i, i);
        if (rc == 0 && i % 20 == 5)
            rc = sg__buf_printf(b, "  unless: gen.r%05d\n", i - 1);
    }
    return rc;
}

static double compile_ms(int n)
{
    sg__buf b;
    sg_ruleset *rs = NULL;
    sg__buf_init(&b, 64u << 20);
    if (generate(&b, n)) {
        sg__buf_free(&b);
        return -1;
    }
    double t0 = now();
    int rc = sg_ruleset_load_buffer("generated", b.data, b.len, NULL, NULL, &rs);
    double t1 = now();
    sg__buf_free(&b);
    sg_ruleset_free(rs);
    return rc ? -1 : (t1 - t0) * 1000.0;
}

static const char *const vocab[] = {
    "hey",   "ur",     "so",       "good", "at",     "this",  "game",   "lol",       "gg",
    "wp",    "that",   "was",      "sick", "can",    "you",   "send",   "me",        "the",
    "link",  "pls",    "what",     "rank", "are",    "u",     "on",     "minecraft", "server",
    "nice",  "build",  "haha",     "omg",  "wait",   "how",   "did",    "do",        "it",
    "again", "stream", "tomorrow", "i",    "love",   "your",  "videos", "free",      "coins",
    "if",    "show",   "dare",     "snap", "secret", "don't", "tell",   "mom",       "old",
    "where", "live",   "team",     "bank", "clan",   "play",  "with",   "friends",   "500",
};

/* Fills out with ~100 bytes of chat made of vocab words (lowercase ASCII, as
 * the normaliser would leave it). */
static size_t make_message(unsigned *seed, char *out, size_t cap)
{
    size_t len = 0;
    while (len < 100) {
        *seed = *seed * 1103515245u + 12345u;
        const char *w = vocab[(*seed >> 16) % (sizeof vocab / sizeof vocab[0])];
        size_t wl = strlen(w);
        if (len + wl + 2 >= cap)
            break;
        if (len)
            out[len++] = ' ';
        memcpy(out + len, w, wl);
        len += wl;
    }
    out[len] = '\0';
    return len;
}

int main(int argc, char **argv)
{
    bool scan_only = argc > 1 && strcmp(argv[1], "--scan-only") == 0;
    const char *path = argc > 1 + scan_only ? argv[1 + scan_only] : "rules/en";
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (!scan_only) {
        printf("compile_500_rules_ms %.1f\n", compile_ms(500));
        printf("compile_3000_rules_ms %.1f\n", compile_ms(3000));
    }

    sg_ruleset *rs = NULL;
    const char *label = path;
    if (sg_ruleset_load(&path, 1, NULL, NULL, &rs) != 0 || sg_ruleset_count(rs) == 0) {
        sg_ruleset_free(rs);
        rs = NULL;
        sg__buf b;
        sg__buf_init(&b, 64u << 20);
        generate(&b, 500);
        label = "generated-500";
        if (sg_ruleset_load_buffer("generated", b.data, b.len, NULL, NULL, &rs) != 0) {
            fprintf(stderr, "bench_rules: cannot build a rule set\n");
            sg__buf_free(&b);
            return 1;
        }
        sg__buf_free(&b);
    }
    enum { NMSG = 4096, ROUNDS = 50 };
    char(*msgs)[160] = malloc(NMSG * sizeof *msgs);
    size_t *lens = malloc(NMSG * sizeof *lens);
    sg__scanner *sc = NULL;
    if (!msgs || !lens || sg__scanner_new(rs, &sc)) {
        fprintf(stderr, "bench_rules: out of memory\n");
        return 1;
    }
    unsigned seed = 42;
    size_t bytes = 0;
    for (int i = 0; i < NMSG; i++) {
        lens[i] = make_message(&seed, msgs[i], sizeof msgs[i]);
        bytes += lens[i];
    }
    sg__hit hits[SG__MAX_HITS];
    sg__match_ctx ctx = { SG_AGE_13_15, SG__FROM_VIEWER };
    long total_hits = 0;
    double t0 = now();
    for (int r = 0; r < ROUNDS; r++)
        for (int i = 0; i < NMSG; i++) {
            int n = sg__rules_match(rs, sc, msgs[i], lens[i], &ctx, hits, SG__MAX_HITS);
            if (n > 0)
                total_hits += n;
        }
    double dt = now() - t0;
    double msgs_s = (double)NMSG * ROUNDS / dt;
    printf("scan_rules %s (%zu rules)\n", label, sg_ruleset_count(rs));
    printf("scan_msgs_per_s %.0f\n", msgs_s);
    printf("scan_mb_per_s %.1f\n", (double)bytes * ROUNDS / dt / 1e6);
    printf("scan_ns_per_msg %.0f\n", 1e9 / msgs_s);
    printf("scan_hits_per_msg %.3f\n", (double)total_hits / ((double)NMSG * ROUNDS));
    sg__scanner_free(sc);
    sg_ruleset_free(rs);
    free(msgs);
    free(lens);
    return 0;
}
