/* cmd_match.c — `streamguard match`: match images or hex hashes against hash
 * banks, one NDJSON line per query. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "cli/bankopts.h"
#include "cli/cli.h"
#include "streamguard.h"

#define MAX_MATCHES 1024 /* printed per query; more sets "truncated" */

static void usage(FILE *f)
{
    fprintf(f,
            "usage: streamguard match --bank [NAME=]FILE [--bank ...] [--negative [NAME=]FILE]\n"
            "                         [--radius R] [--min-quality Q] QUERY...\n"
            "QUERY is an image file (JPEG, PNG, WebP), hashed with all 8 dihedral variants,\n"
            "or a 64-hex PDQ hash. Prints one JSON object per query:\n"
            "  {\"query\":..., \"quality\":..., \"matches\":[{\"bank\",\"id\",\"hash\","
            "\"distance\",\"variant\"}]}\n"
            "options:\n%s",
            sg__bankopts_help);
}

static int is_hex64(const char *s)
{
    size_t n = strlen(s);
    if (n != 64)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f') ||
              (s[i] >= 'A' && s[i] <= 'F')))
            return 0;
    return 1;
}

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Writes one line; returns 0 or -1 (buffer cap: cannot happen at 1024
 * matches of bounded size, but checked). */
static int print_result(sg__buf *b, const char *query, int quality, const sg_match *m, int n,
                        const char *error, const char *note)
{
    int rc = 0;
    sg__buf_reset(b);
    rc |= sg__buf_adds(b, "{\"query\":");
    rc |= sg__buf_json_cstr(b, query);
    if (error) {
        rc |= sg__buf_adds(b, ",\"error\":");
        rc |= sg__buf_json_cstr(b, error);
    } else {
        if (quality >= 0)
            rc |= sg__buf_printf(b, ",\"quality\":%d", quality);
        else
            rc |= sg__buf_adds(b, ",\"quality\":null");
        rc |= sg__buf_adds(b, ",\"matches\":[");
        int shown = n > MAX_MATCHES ? MAX_MATCHES : n;
        for (int i = 0; i < shown; i++) {
            char hex[65];
            sg_pdq_to_hex(&m[i].hash, hex);
            rc |= sg__buf_adds(b, i ? ",{\"bank\":" : "{\"bank\":");
            rc |= sg__buf_json_cstr(b, m[i].bank);
            rc |= sg__buf_adds(b, ",\"id\":");
            rc |= sg__buf_json_cstr(b, m[i].id);
            if (m[i].label) {
                rc |= sg__buf_adds(b, ",\"label\":");
                rc |= sg__buf_json_cstr(b, m[i].label);
            }
            rc |= sg__buf_printf(b, ",\"hash\":\"%s\",\"distance\":%d,\"variant\":\"%s\"}", hex,
                                 m[i].distance, sg_dihedral_name(m[i].variant));
        }
        rc |= sg__buf_addc(b, ']');
        if (n > MAX_MATCHES)
            rc |= sg__buf_printf(b, ",\"truncated\":true,\"total_matches\":%d", n);
        if (note) {
            rc |= sg__buf_adds(b, ",\"note\":");
            rc |= sg__buf_json_cstr(b, note);
        }
    }
    rc |= sg__buf_adds(b, "}\n");
    if (rc)
        return -1;
    fwrite(b->data, 1, b->len, stdout);
    return 0;
}

int sg_cmd_match(int argc, char **argv)
{
    sg__bankopts o;
    sg__buf out;
    sg_match *matches = NULL;
    int status = 0, first_query = 0;
    sg__buf_init(&out, 1 << 20);
    if (sg__bankopts_init(&o) != 0) {
        fprintf(stderr, "streamguard match: out of memory\n");
        return 1;
    }
    for (int i = 1; i < argc;) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            usage(stdout);
            goto out;
        }
        if (!strcmp(argv[i], "--")) {
            first_query = i + 1;
            break;
        }
        int r = sg__bankopt(&o, "match", argc, argv, &i);
        if (r < 0) {
            status = 1;
            goto out;
        }
        if (r > 0)
            continue;
        if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "streamguard match: unknown option %s\n", argv[i]);
            usage(stderr);
            status = 2;
            goto out;
        }
        first_query = i;
        break;
    }
    if (o.nbanks == 0 || first_query == 0 || first_query >= argc) {
        fprintf(stderr, "streamguard match: %s\n",
                o.nbanks == 0 ? "at least one --bank is needed" : "no query given");
        usage(stderr);
        status = 2;
        goto out;
    }
    if (sg__bankopts_finish(&o, "match") != 0) {
        status = 1;
        goto out;
    }
    matches = malloc(MAX_MATCHES * sizeof *matches);
    if (!matches) {
        status = 1;
        goto out;
    }
    for (int i = first_query; i < argc; i++) {
        const char *q = argv[i];
        sg_pdq_result res;
        int quality = -1, nq = 1;
        char err[256];
        if (is_hex64(q)) {
            sg_pdq_from_hex(q, 64, &res.hash[0]);
        } else {
            int rc = sg_pdq_hash_file(q, NULL, &res, err, sizeof err);
            if (rc < 0) {
                fprintf(stderr, "streamguard match: %s: %s\n", q, err[0] ? err : sg_strerror(rc));
                print_result(&out, q, -1, NULL, 0, err[0] ? err : sg_strerror(rc), NULL);
                status = 1;
                continue;
            }
            quality = res.quality;
            nq = SG_DIH__COUNT;
        }
        int n = sg_hashdb_query_ex(o.db, res.hash, (size_t)nq, o.radius, quality, now_ms(), matches,
                                   MAX_MATCHES);
        if (n < 0) {
            fprintf(stderr, "streamguard match: %s: %s\n", q, sg_strerror(n));
            print_result(&out, q, quality, NULL, 0, sg_strerror(n), NULL);
            status = 1;
            continue;
        }
        char note[80] = "";
        if (quality >= 0 && quality < o.min_quality)
            snprintf(note, sizeof note, "quality below %d: not matched", o.min_quality);
        if (print_result(&out, q, quality, matches, n, NULL, note[0] ? note : NULL) != 0) {
            fprintf(stderr, "streamguard match: %s: output line too long\n", q);
            status = 1;
        }
        sg_hashdb_event ev;
        while (sg_hashdb_next_event(o.db, &ev) == 1)
            fprintf(stderr,
                    "streamguard match: hash '%s' of bank '%s' quarantined "
                    "automatically (%d matches)\n",
                    ev.id, ev.bank, ev.matches);
    }
    fflush(stdout);
out:
    free(matches);
    sg__buf_free(&out);
    sg__bankopts_free(&o);
    return status;
}
