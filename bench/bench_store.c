/* bench_store.c — write throughput of the daemon's SQLite store: alerts
 * (each with 6 evidence messages, as POST /v1/events stores them) committed
 * in batches of 1, 10 and 100 per transaction, with synchronous=NORMAL and
 * FULL; then alert reads (GET /v1/alerts/{id}). One line per figure.
 *   build/bench_store [alerts]        (default 5000; temp dir under /tmp) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "daemon/store.h"
#include "streamguard.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void run(bool full, int batch, int n)
{
    char tmpl[] = "/tmp/sg-bench-store.XXXXXX", err[256] = "", cmd[128], eid[32], ev[6][16];
    char *dir = mkdtemp(tmpl);
    sg__store *s = NULL;
    if (!dir || sg__store_sqlite_open(dir, full, &s, err, sizeof err)) {
        fprintf(stderr, "bench_store: %s\n", err);
        exit(1);
    }
    sg__msg msgs[6];
    for (int k = 0; k < 6; k++) {
        snprintf(ev[k], sizeof ev[k], "m%d", k);
        msgs[k] = (sg__msg){
            .event = ev[k],
            .type = SG_EV_CHAT,
            .stream = "st-42",
            .user = "sam_1988",
            .ts = 1764320000000 + k,
            .text = "take your hoodie off for 1000 coins, dont tell ur mum",
            .flagged = k % 3 == 2,
            .action = SG_HOLD,
            .risk = 0.8,
            .evidence_json =
                "[{\"tactic\":\"dare\",\"rule\":\"dare.body_act\",\"start\":0,\"end\":20}]"
        };
    }
    double t0 = now_s();
    for (int i = 0; i < n; i += batch) {
        s->ops->begin(s);
        for (int j = i; j < i + batch && j < n; j++) {
            snprintf(eid, sizeof eid, "al-%d", j + 1);
            sg__alert_rec a = { .engine_id = eid,
                                .type = SG_ALERT_GROOMING,
                                .severity = SG_SEV_HIGH,
                                .stream = "st-42",
                                .user = "sam_1988",
                                .ts = 1764320070000,
                                .opened_ts = 1764320070000,
                                .tactics = 7,
                                .risk = 0.81,
                                .events_json = "[\"m3\",\"m9\",\"m14\"]",
                                .users_json = "[]",
                                .streams_json = "[]",
                                .summary = "sam_1988 toward kid_gamer (13-15)",
                                .msgs = msgs,
                                .nmsgs = 6 };
            if (s->ops->alert_put(s, &a, 1764320070000, NULL)) {
                fprintf(stderr, "bench_store: alert_put failed\n");
                exit(1);
            }
        }
        if (s->ops->commit(s)) {
            fprintf(stderr, "bench_store: commit failed\n");
            exit(1);
        }
    }
    double dt = now_s() - t0;
    printf(
        "store_alert_writes_per_s %.0f (synchronous=%s, %d alerts per commit, 6 messages each)\n",
        n / dt, full ? "FULL" : "NORMAL", batch);
    if (batch == 100 && !full) {
        sg__buf b;
        sg__buf_init(&b, 1 << 20);
        int reads = n < 2000 ? n : 2000;
        t0 = now_s();
        for (int i = 0; i < reads; i++) {
            snprintf(eid, sizeof eid, "a-%d", (i * 7919) % n + 1);
            sg__buf_reset(&b);
            if (s->ops->alert_get(s, eid, &b)) {
                fprintf(stderr, "bench_store: alert_get failed\n");
                exit(1);
            }
        }
        printf("store_alert_reads_per_s %.0f (alert + messages + labels as JSON)\n",
               reads / (now_s() - t0));
        sg__buf_free(&b);
    }
    s->ops->close(s);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "bench_store: could not remove %s\n", dir);
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 5000;
    if (n < 100)
        n = 100;
    for (int full = 0; full <= 1; full++) {
        run(full, 1, full ? n / 10 : n / 5);
        run(full, 10, n);
        run(full, 100, n);
    }
    return 0;
}
