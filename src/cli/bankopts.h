/* bankopts.h — the bank options shared by `streamguard match` and
 * `streamguard watch`: --bank [NAME=]FILE, --negative [NAME=]FILE,
 * --radius R, --min-quality Q. */
#ifndef SG_CLI_BANKOPTS_H
#define SG_CLI_BANKOPTS_H

#include "streamguard.h"

typedef struct sg__bankopts {
    sg_hashdb *db;   /* owned; sg__bankopts_free releases it */
    int radius;      /* default 31 */
    int min_quality; /* default 50 */
    int nbanks;      /* --bank options seen */
} sg__bankopts;

int sg__bankopts_init(sg__bankopts *o);
void sg__bankopts_free(sg__bankopts *o);
/* Consumes argv[*i] (and its value) if it is a bank option: returns 1 and
 * advances *i past it, 0 if not a bank option, -1 on error (printed to
 * stderr prefixed with cmd). */
int sg__bankopt(sg__bankopts *o, const char *cmd, int argc, char **argv, int *i);
/* Applies min_quality and builds the index; -1 on error (printed). */
int sg__bankopts_finish(sg__bankopts *o, const char *cmd);
/* The help text for the options above. */
extern const char sg__bankopts_help[];

#endif
