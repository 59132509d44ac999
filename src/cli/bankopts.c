/* bankopts.c — loading hash banks from the command line (see bankopts.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/bankopts.h"

const char sg__bankopts_help[] =
    "  --bank [NAME=]FILE      a bank file (plain hash list or CSV/TSV export);\n"
    "                          NAME defaults to the file name without extension.\n"
    "                          Repeatable.\n"
    "  --negative [NAME=]FILE  a negative bank: a match there suppresses all\n"
    "                          matches of the query (known false positives)\n"
    "  --radius R              Hamming radius, 0..256 (default 31)\n"
    "  --min-quality Q         queries below this PDQ quality are not matched\n"
    "                          (default 50)\n";

int sg__bankopts_init(sg__bankopts *o)
{
    memset(o, 0, sizeof *o);
    o->radius = 31;
    o->min_quality = 50;
    return sg_hashdb_new(&o->db);
}

void sg__bankopts_free(sg__bankopts *o)
{
    sg_hashdb_free(o->db);
    o->db = NULL;
}

/* Bank name from "NAME=FILE" or FILE's basename without extension. */
static void bank_name(const char *arg, char *name, size_t cap, const char **file)
{
    const char *eq = strchr(arg, '=');
    if (eq && eq != arg && !memchr(arg, '/', (size_t)(eq - arg))) {
        snprintf(name, cap, "%.*s", (int)(eq - arg), arg);
        *file = eq + 1;
        return;
    }
    *file = arg;
    const char *base = strrchr(arg, '/');
    base = base ? base + 1 : arg;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    snprintf(name, cap, "%.*s", (int)n, base);
}

static int parse_int(const char *s, int lo, int hi, int *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (!*s || *end || v < lo || v > hi)
        return -1;
    *out = (int)v;
    return 0;
}

int sg__bankopt(sg__bankopts *o, const char *cmd, int argc, char **argv, int *i)
{
    const char *opt = argv[*i];
    bool negative = !strcmp(opt, "--negative");
    if (!strcmp(opt, "--bank") || negative) {
        if (*i + 1 >= argc) {
            fprintf(stderr, "streamguard %s: %s needs a file\n", cmd, opt);
            return -1;
        }
        char name[160], err[512];
        const char *file;
        bank_name(argv[*i + 1], name, sizeof name, &file);
        for (size_t b = 0; b < sg_hashdb_bank_count(o->db); b++) {
            sg_bank_info bi;
            if (sg_hashdb_bank_info(o->db, b, &bi) == 0 && !strcmp(bi.name, name) &&
                (bi.mode == SG_BANK_NEGATIVE) != negative) {
                fprintf(stderr,
                        "streamguard %s: bank '%s' given both as --bank and --negative "
                        "(use NAME=FILE)\n",
                        cmd, name);
                return -1;
            }
        }
        int rc = sg_hashdb_import(o->db, name, file, err, sizeof err);
        if (rc < 0) {
            fprintf(stderr, "streamguard %s: %s\n", cmd, err[0] ? err : sg_strerror(rc));
            return -1;
        }
        /* an empty file creates no bank (SG_ENOTFOUND): nothing to match */
        (void)sg_hashdb_set_bank_mode(o->db, name, negative ? SG_BANK_NEGATIVE : SG_BANK_ENABLED);
        if (!negative)
            o->nbanks++;
        *i += 2;
        return 1;
    }
    if (!strcmp(opt, "--radius") || !strcmp(opt, "--min-quality")) {
        bool radius = !strcmp(opt, "--radius");
        int v;
        if (*i + 1 >= argc || parse_int(argv[*i + 1], 0, radius ? 256 : 100, &v) != 0) {
            fprintf(stderr, "streamguard %s: %s needs a number in 0..%d\n", cmd, opt,
                    radius ? 256 : 100);
            return -1;
        }
        if (radius)
            o->radius = v;
        else
            o->min_quality = v;
        *i += 2;
        return 1;
    }
    return 0;
}

int sg__bankopts_finish(sg__bankopts *o, const char *cmd)
{
    sg_hashdb_config cfg;
    sg_hashdb_config_init(&cfg);
    cfg.min_quality = o->min_quality;
    int rc = sg_hashdb_configure(o->db, &cfg);
    if (rc == 0)
        rc = sg_hashdb_build(o->db);
    if (rc < 0) {
        fprintf(stderr, "streamguard %s: building the index: %s\n", cmd, sg_strerror(rc));
        return -1;
    }
    return 0;
}
