/* cmd_digest.c — `streamguard digest`: the parent digest of one broadcaster
 * from a data directory, as JSON or a printable HTML page (family.c builds
 * it exactly as GET /v1/family/{broadcaster}/digest does). The read is
 * written to the audit log like every digest read. */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "cli/cli.h"
#include "daemon/family.h"
#include "daemon/store.h"
#include "streamguard.h"

static void usage(void)
{
    fprintf(stderr,
            "usage: streamguard digest --data DIR --broadcaster ID [--since TIME] [--until TIME]\n"
            "                          [--html] [--output FILE]\n"
            "TIME is ISO 8601 UTC (2025-11-28 or 2025-11-28T09:00:00Z) or milliseconds since\n"
            "the epoch; the default period is the last 7 days. See docs/family.md.\n");
}

int sg_cmd_digest(int argc, char **argv)
{
    const char *data = NULL, *broadcaster = NULL, *since_s = NULL, *until_s = NULL, *output = NULL;
    bool html = false;
    sg__store *store = NULL;
    char err[512] = "";
    int rc = 2, r;
    sg__buf out;
    sg__buf_init(&out, 32u << 20);
    for (int i = 1; i < argc; i++) {
        const char **dst = !strcmp(argv[i], "--data")          ? &data
                           : !strcmp(argv[i], "--broadcaster") ? &broadcaster
                           : !strcmp(argv[i], "--since")       ? &since_s
                           : !strcmp(argv[i], "--until")       ? &until_s
                           : !strcmp(argv[i], "--output")      ? &output
                                                               : NULL;
        if (!strcmp(argv[i], "--html")) {
            html = true;
            continue;
        }
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            usage();
            return 0;
        }
        if (!dst || i + 1 >= argc) {
            usage();
            return 2;
        }
        *dst = argv[++i];
    }
    if (!data || !broadcaster || !*broadcaster || strlen(broadcaster) >= SG_MAX_ID_BYTES) {
        usage();
        return 2;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    int64_t now = (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
    int64_t since = now - 7 * 86400000LL, until = now;
    if ((since_s && sg__family_parse_time(since_s, &since)) ||
        (until_s && sg__family_parse_time(until_s, &until)) || until < since) {
        fprintf(stderr,
                "streamguard digest: bad --since/--until (ISO 8601 UTC or ms, since <= until)\n");
        return 2;
    }
    if (sg__store_sqlite_open(data, true, &store, err, sizeof err)) {
        fprintf(stderr, "streamguard digest: %s\n", err);
        return 1;
    }
    /* audit first: a digest is never read without a trace */
    char who[64], detail[128];
    struct passwd *pw = getpwuid(getuid());
    snprintf(who, sizeof who, "cli:%s", pw && pw->pw_name ? pw->pw_name : "?");
    snprintf(detail, sizeof detail, "since=%lld until=%lld format=%s", (long long)since,
             (long long)until, html ? "html" : "json");
    r = store->ops->begin(store);
    if (!r)
        r = store->ops->audit_append(store, who, "read_digest", broadcaster, detail, now);
    if (!r)
        r = store->ops->commit(store);
    else
        store->ops->rollback(store);
    if (!r)
        r = sg__family_digest(store, broadcaster, since, until, html, now, &out);
    if (r) {
        fprintf(stderr, "streamguard digest: %s\n", sg_strerror(r));
        rc = 1;
        goto out;
    }
    FILE *f = output ? fopen(output, "w") : stdout;
    if (!f) {
        perror(output);
        rc = 1;
        goto out;
    }
    bool ok = fwrite(out.data ? out.data : "", 1, out.len, f) == out.len &&
              (html || fputc('\n', f) != EOF);
    if (output)
        ok = fclose(f) == 0 && ok;
    else
        ok = fflush(f) == 0 && ok;
    rc = ok ? 0 : 1;
out:
    sg__buf_free(&out);
    if (store)
        store->ops->close(store);
    return rc;
}
