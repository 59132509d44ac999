/* sgscan.c — runs the real normaliser and rule matcher over lines of stdin
 * ("band<TAB>from<TAB>text", from = viewer|broadcaster) and prints, per line,
 * "normalised<TAB>rule,rule,..." (context rules are not listed). With -t it
 * runs sg_ruleset_test instead. Used by tools/sgrules.py --real.
 * build: cc -O1 -Iinclude -Isrc -o /tmp/sgscan tools/sgscan.c \
 *        build-content/libstreamguard.a $(deps)  (see tools/sgrules.py) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "rules.h"
#include "streamguard.h"

static void diag(void *ud, const sg_rule_diag *d)
{
    (void)ud;
    printf("DIAG %s:%d: %s: %s\n", d->file ? d->file : "-", d->line,
           d->rule ? d->rule : "-", d->message);
}

int main(int argc, char **argv)
{
    int test = argc > 1 && strcmp(argv[1], "-t") == 0;
    const char *path = argc > 1 + test ? argv[1 + test] : "rules/en";
    sg_ruleset *rs = NULL;
    if (sg_ruleset_load(&path, 1, diag, NULL, &rs) != 0) {
        printf("LOAD FAILED\n");
        return 2;
    }
    if (test) {
        size_t checked = 0;
        int f = sg_ruleset_test(rs, diag, NULL, &checked);
        printf("rules %zu, examples checked %zu, failures %d\n", sg_ruleset_count(rs), checked, f);
        sg_ruleset_free(rs);
        return f != 0;
    }
    sg__scanner *sc = NULL;
    if (sg__scanner_new(rs, &sc) != 0)
        return 2;
    sg__norm n;
    sg__norm_init(&n);
    static char line[65536];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        char *t1 = strchr(line, '\t');
        char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
        if (!t2) {
            printf("\t\n");
            continue;
        }
        *t1 = 0;
        *t2 = 0;
        int band = sg_age_band_parse(line, strlen(line));
        sg__match_ctx ctx = {.age = band < 0 ? SG_AGE_UNKNOWN : (sg_age_band)band,
                             .from = strcmp(t1 + 1, "broadcaster") == 0 ? SG__FROM_BROADCASTER : SG__FROM_VIEWER};
        const char *text = t2 + 1;
        if (sg__normalize(&n, text, strlen(text)) != 0) {
            printf("ERR\t\n");
            continue;
        }
        sg__hit hits[SG__MAX_HITS];
        int k = sg__rules_match(rs, sc, n.text, n.len, &ctx, hits, SG__MAX_HITS);
        printf("%s\t", n.text);
        for (int i = 0; i < k; i++) {
            const sg__rule_info *ri = sg__ruleset_rule(rs, hits[i].rule);
            printf("%s%s", i ? "," : "", ri->id);
        }
        printf("\n");
        fflush(stdout);
    }
    sg__norm_free(&n);
    sg__scanner_free(sc);
    sg_ruleset_free(rs);
    return 0;
}
