/* hscheck.c — compiles each "id<TAB>pattern" line of stdin with Hyperscan the
 * way the engine does (caseless, UTF-8, SOM leftmost) and reports failures.
 * build: cc -O1 -o /tmp/hscheck tools/hscheck.c -lhs
 * usage: python3 tools/sgrules.py patterns | /tmp/hscheck */
#include <hs/hs.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    char line[8192];
    int bad = 0, n = 0;
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        char *tab = strchr(line, '\t');
        if (!tab)
            continue;
        *tab = 0;
        hs_database_t *db = NULL;
        hs_compile_error_t *err = NULL;
        unsigned flags = HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_SOM_LEFTMOST;
        n++;
        if (hs_compile(tab + 1, flags, HS_MODE_BLOCK, NULL, &db, &err) != HS_SUCCESS) {
            printf("%s: %s\n  %s\n", line, err->message, tab + 1);
            hs_free_compile_error(err);
            bad++;
        } else {
            hs_free_database(db);
        }
    }
    printf("%d patterns, %d failed\n", n, bad);
    return bad != 0;
}
