/* cmd_hash.c — `streamguard hash`: PDQ-hash image files, one line each. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli/cli.h"
#include "streamguard.h"

static void usage(FILE *f)
{
    fprintf(f, "usage: streamguard hash [--json] [--fast] [--max-pixels N] FILE...\n"
               "  plain output: HASH<TAB>QUALITY<TAB>FILE\n"
               "  --json        one JSON object per file, with the 7 dihedral hashes\n"
               "  --fast        JPEG: DCT-domain scaled decode (a few bits of drift)\n"
               "  --max-pixels  refuse images declaring more pixels (default 100000000)\n");
}

static int print_json(const char *file, const sg_pdq_result *r)
{
    sg__buf b;
    char hex[65];
    sg__buf_init(&b, 1 << 20);
    int rc = sg__buf_adds(&b, "{\"file\":");
    rc = rc ? rc : sg__buf_json_cstr(&b, file);
    sg_pdq_to_hex(&r->hash[SG_DIH_ORIGINAL], hex);
    rc = rc ? rc
            : sg__buf_printf(&b,
                             ",\"pdq\":\"%s\",\"quality\":%d,\"width\":%d,\"height\":%d,"
                             "\"dihedral\":{",
                             hex, r->quality, r->width, r->height);
    for (int d = SG_DIH_ROT90; d < SG_DIH__COUNT && !rc; d++) {
        sg_pdq_to_hex(&r->hash[d], hex);
        rc = sg__buf_printf(&b, "%s\"%s\":\"%s\"", d == SG_DIH_ROT90 ? "" : ",",
                            sg_dihedral_name((sg_dihedral)d), hex);
    }
    rc = rc ? rc : sg__buf_adds(&b, "}}\n");
    if (!rc)
        fwrite(b.data, 1, b.len, stdout);
    sg__buf_free(&b);
    return rc;
}

int sg_cmd_hash(int argc, char **argv)
{
    bool json = false;
    sg_image_opts opts = { 0, false };
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--json")) {
            json = true;
        } else if (!strcmp(a, "--fast")) {
            opts.fast = true;
        } else if (!strcmp(a, "--max-pixels")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "streamguard hash: --max-pixels needs a number\n");
                return 2;
            }
            char *end;
            errno = 0;
            unsigned long long n = strtoull(argv[++i], &end, 10);
            if (errno || *end || end == argv[i] || n == 0 || argv[i][0] == '-') {
                fprintf(stderr, "streamguard hash: bad --max-pixels '%s'\n", argv[i]);
                return 2;
            }
            opts.max_pixels = n;
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--")) {
            i++;
            break;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "streamguard hash: unknown option '%s'\n", a);
            usage(stderr);
            return 2;
        } else {
            break;
        }
    }
    if (i >= argc) {
        usage(stderr);
        return 2;
    }
    int failed = 0;
    for (; i < argc; i++) {
        const char *file = argv[i];
        sg_pdq_result r;
        char err[256] = "";
        int rc = sg_pdq_hash_file(file, &opts, &r, err, sizeof err);
        if (rc) {
            fprintf(stderr, "streamguard hash: %s: %s (%s)\n", file, err[0] ? err : "failed",
                    sg_strerror(rc));
            failed = 1;
            continue;
        }
        if (json) {
            if (print_json(file, &r)) {
                fprintf(stderr, "streamguard hash: %s: output too large\n", file);
                failed = 1;
            }
        } else {
            char hex[65];
            sg_pdq_to_hex(&r.hash[SG_DIH_ORIGINAL], hex);
            printf("%s\t%d\t%s\n", hex, r.quality, file);
        }
        fflush(stdout);
    }
    return failed;
}
