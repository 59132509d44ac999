/* cmd_purge.c — `streamguard purge`: deletes evidence (stored messages and
 * the family events of the digest) older than retention_days from a data
 * directory, overwrites the freed pages (secure_delete) and truncates the
 * WAL, so the text is gone from the files on disk, not only from queries.
 * The daemon does the same at start and every hour. */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "cli/cli.h"
#include "daemon/context.h"
#include "daemon/daemon.h"
#include "daemon/store.h"
#include "streamguard.h"

static void usage(void)
{
    fprintf(stderr,
            "usage: streamguard purge --data DIR [--config FILE] [--retention-days N] [--now MS]\n"
            "Deletes evidence stored more than retention_days (default 30, or the config's)\n"
            "before now (wall clock, or --now in ms since the epoch).\n");
}

int sg_cmd_purge(int argc, char **argv)
{
    const char *data = NULL, *config = NULL, *days_s = NULL, *now_s = NULL;
    sg__store *store = NULL;
    char err[512] = "";
    int rc = 2;
    for (int i = 1; i < argc; i++) {
        const char **dst = !strcmp(argv[i], "--data")             ? &data
                           : !strcmp(argv[i], "--config")         ? &config
                           : !strcmp(argv[i], "--retention-days") ? &days_s
                           : !strcmp(argv[i], "--now")            ? &now_s
                                                                  : NULL;
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
    sg__serve_cfg cfg;
    sg__serve_cfg_init(&cfg);
    if (config) {
        char ep[64];
        int fd = -1;
        if (sg__serve_cfg_load(&cfg, config, ep, sizeof ep, &fd, err, sizeof err)) {
            fprintf(stderr, "streamguard purge: %s\n", err);
            return 2;
        }
        close(fd);
    }
    if (!data)
        data = config ? cfg.data : NULL;
    if (!data) {
        usage();
        return 2;
    }
    long days = cfg.retention_days;
    if (days_s) {
        char *end;
        days = strtol(days_s, &end, 10);
        if (*end || days < 0 || days > 36500) {
            fprintf(stderr, "streamguard purge: --retention-days must be 0..36500\n");
            return 2;
        }
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    int64_t now = (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
    if (now_s) {
        char *end;
        long long v = strtoll(now_s, &end, 10);
        if (*end || v < 0) {
            fprintf(stderr, "streamguard purge: --now must be milliseconds since the epoch\n");
            return 2;
        }
        now = v;
    }
    if (sg__store_sqlite_open(data, true, &store, err, sizeof err)) {
        fprintf(stderr, "streamguard purge: %s\n", err);
        return 1;
    }
    int64_t cutoff = now - (int64_t)days * 86400000, deleted = 0;
    char who[64], detail[256];
    struct passwd *pw = getpwuid(getuid());
    snprintf(who, sizeof who, "cli:%s", pw && pw->pw_name ? pw->pw_name : "?");
    /* the context checkpoint remembers recent chat per stream: drop the
     * streams idle since before the cutoff (as the daemon does) */
    void *eng = NULL, *ctxb = NULL;
    size_t elen = 0, clen = 0, forgotten = 0;
    sg__ctx *ctx = NULL;
    sg__buf cb;
    sg__buf_init(&cb, (size_t)1 << 30);
    int r = store->ops->checkpoint_get(store, &eng, &elen, &ctxb, &clen);
    if (!r && clen && !sg__ctx_new(1u << 20, 1, &ctx) && !sg__ctx_load(ctx, ctxb, clen)) {
        int64_t by_events = sg__ctx_newest(ctx) - (int64_t)days * 86400000;
        forgotten = sg__ctx_forget_before(ctx, by_events < cutoff ? by_events : cutoff);
        if (forgotten && sg__ctx_save(ctx, &cb))
            forgotten = 0;
    }
    if (!r)
        r = store->ops->begin(store);
    if (!r && forgotten)
        r = store->ops->checkpoint_put(store, eng, elen, cb.data, cb.len, now);
    if (!r)
        r = store->ops->purge(store, cutoff, &deleted);
    if (!r) {
        snprintf(detail, sizeof detail,
                 "deleted %lld evidence messages stored before %lld (%ld days); forgot the context "
                 "of %zu streams",
                 (long long)deleted, (long long)cutoff, days, forgotten);
        r = store->ops->audit_append(store, who, "purge", data, detail, now);
    }
    if (!r)
        r = store->ops->commit(store);
    else
        store->ops->rollback(store);
    if (!r)
        r = store->ops->compact(store);
    if (r) {
        fprintf(stderr, "streamguard purge: %s%s\n", sg_strerror(r),
                r == SG_EBUSY ? " (the WAL is in use; run again when the daemon is idle)" : "");
        rc = 1;
    } else {
        printf("deleted %lld evidence messages stored before %lld (retention %ld days)\n",
               (long long)deleted, (long long)cutoff, days);
        rc = 0;
    }
    store->ops->close(store);
    sg__ctx_free(ctx);
    sg__buf_free(&cb);
    free(eng);
    free(ctxb);
    return rc;
}
