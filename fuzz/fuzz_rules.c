/* fuzz_rules.c — libFuzzer driver for the rules loader (sg_ruleset_load_buffer),
 * the matcher and the example tester.
 *
 * Each input is a rules file. A refused set must have reported at least one
 * diagnostic, each with a message; an accepted set is run over a few fixed
 * chat lines (hits must be in bounds and sorted) and through
 * sg_ruleset_test (which normalises and matches every example).
 *
 * Hyperscan's compile time grows fast with large bounded repeats, so inputs
 * are capped (run with -max_len=2048) and inputs with a repeat bound above
 * 64 or more than 8 repeats are skipped: those test the regex compiler's
 * patience, not our code. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules.h"

#define FUZZ_MAX_INPUT 2048

typedef struct diag_stats {
    int count;
} diag_stats;

static void on_diag(void *ud, const sg_rule_diag *d)
{
    diag_stats *st = ud;
    st->count++;
    if (!d->message || !d->message[0])
        abort();
    if (d->line < 0)
        abort();
}

static int too_costly(const uint8_t *data, size_t size)
{
    int repeats = 0;
    for (size_t i = 0; i < size; i++) {
        if (data[i] != '{')
            continue;
        repeats++;
        unsigned long v = 0;
        for (size_t j = i + 1; j < size && j < i + 16; j++) {
            if (data[j] >= '0' && data[j] <= '9') {
                v = v * 10 + (data[j] - '0');
                if (v > 64)
                    return 1;
            } else if (data[j] == ',') {
                v = 0;
            } else {
                break;
            }
        }
    }
    return repeats > 8;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const lines[] = {
        "i'll send you 500 coins if u do it", "dont tell ur mom and add me on snap", "hey",
        "gg wp that was a sick play lol",     "\xc3\xa9t\xc3\xa9 caf\xc3\xa9",
    };
    if (size > FUZZ_MAX_INPUT || too_costly(data, size))
        return 0;
    diag_stats st = { 0 };
    sg_ruleset *rs = NULL;
    int rc = sg_ruleset_load_buffer("fuzz.rules", (const char *)data, size, on_diag, &st, &rs);
    if (rc != 0) {
        if (rs != NULL || st.count == 0)
            abort(); /* refused without a reason, or *out touched */
        return 0;
    }
    if (st.count != 0)
        abort(); /* accepted with errors reported */
    sg__scanner *sc = NULL;
    if (sg__scanner_new(rs, &sc) == 0) {
        sg__hit hits[SG__MAX_HITS];
        for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
            size_t len = strlen(lines[i]);
            for (int age = 0; age < SG_AGE__COUNT; age++) {
                sg__match_ctx ctx = { (sg_age_band)age,
                                      age % 2 ? SG__FROM_BROADCASTER : SG__FROM_VIEWER };
                int n = sg__rules_match_ex(rs, sc, lines[i], len, &ctx, hits, SG__MAX_HITS,
                                           age == 0 ? SG__MATCH_CONTEXT : 0);
                if (n < 0)
                    abort();
                for (int k = 0; k < n; k++) {
                    if (hits[k].end > len || hits[k].start >= hits[k].end ||
                        hits[k].rule >= sg_ruleset_count(rs))
                        abort();
                    if (k && hits[k].start < hits[k - 1].start)
                        abort();
                }
            }
        }
        sg__scanner_free(sc);
    }
    size_t checked = 0;
    (void)sg_ruleset_test(rs, NULL, NULL, &checked);
    sg_ruleset_ref(rs);
    sg_ruleset_free(rs);
    sg_ruleset_free(rs);
    return 0;
}
