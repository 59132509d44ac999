/* bench_engine.c — engine throughput, decision latency and state memory.
 *
 *   bench_engine RULES WORKLOAD.ndjson [CONVERSATIONS]
 *
 * Prints one line per figure:
 *   engine_throughput: events/s for parse + decide + serialise, one core
 *   engine_latency: p50/p99/p999 of the same, per event, in ns
 *   engine_memory: state bytes and RSS growth per active conversation with
 *                  CONVERSATIONS (default 1,000,000) distinct conversations
 * The workload comes from bench/gen_workload.py. Compiled rules are cached
 * in $STREAMGUARD_CACHE_DIR when it is set (as the CLI does), so repeated
 * runs and profiles measure the engine, not the Hyperscan compiler. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "streamguard.h"

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static long rss_kib(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    long pages = 0, rss = 0;
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &rss) != 2)
            rss = 0;
        fclose(f);
    }
    return rss * (sysconf(_SC_PAGESIZE) / 1024);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void on_alert(void *ud, const sg_alert *a)
{
    (*(size_t *)ud)++;
    (void)a;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_engine RULES WORKLOAD.ndjson [CONVERSATIONS]\n");
        return 2;
    }
    long nconv = argc > 3 ? atol(argv[3]) : 1000000;
    const char *rules_path = argv[1];
    const char *cache = getenv("STREAMGUARD_CACHE_DIR");
    if (cache && strcmp(cache, "off") != 0)
        sg_ruleset_set_cache_dir(cache);
    sg_ruleset *rules;
    if (sg_ruleset_load(&rules_path, 1, NULL, NULL, &rules)) {
        fprintf(stderr, "cannot load rules\n");
        return 1;
    }
    FILE *f = fopen(argv[2], "rb");
    if (!f) {
        perror(argv[2]);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = malloc((size_t)size + 1);
    if (!data || fread(data, 1, (size_t)size, f) != (size_t)size)
        return 1;
    fclose(f);
    data[size] = '\0';
    size_t nlines = 0;
    for (long i = 0; i < size; i++)
        nlines += data[i] == '\n';
    char **lines = malloc(nlines * sizeof *lines);
    size_t *lens = malloc(nlines * sizeof *lens);
    double *lat = malloc(nlines * sizeof *lat);
    size_t k = 0;
    for (char *p = data, *nl; k < nlines && (nl = strchr(p, '\n')); p = nl + 1) {
        lines[k] = p;
        lens[k++] = (size_t)(nl - p);
    }
    nlines = k;

    char out[16384];
    for (int pass = 0; pass < 2; pass++) {
        /* pass 0: throughput (no timers inside); pass 1: per-event latency */
        sg_engine *e;
        sg_event_parser *parser;
        size_t alerts = 0, decided = 0, bytes = 0;
        sg_engine_new(NULL, rules, &e);
        sg_engine_set_alert_callback(e, on_alert, &alerts);
        sg_event_parser_new(&parser);
        double t0 = now_ns();
        for (size_t i = 0; i < nlines; i++) {
            double a = pass ? now_ns() : 0;
            sg_event ev;
            char err[128];
            if (sg_event_parse(parser, lines[i], lens[i], &ev, err, sizeof err))
                continue;
            sg_decision d;
            if (sg_engine_process(e, &ev, &d) == 1) {
                bytes += sg_decision_json(&d, out, sizeof out);
                decided++;
            }
            if (pass)
                lat[i] = now_ns() - a;
        }
        double t = now_ns() - t0;
        if (pass == 0) {
            printf("engine_throughput: %.0f events/s (%zu events, %zu decisions, %zu alerts, "
                   "%.1f MB of decisions, %.2f s)\n",
                   (double)nlines / (t / 1e9), nlines, decided, alerts, (double)bytes / 1e6,
                   t / 1e9);
        } else {
            qsort(lat, nlines, sizeof *lat, cmp_double);
            printf("engine_latency: p50 %.0f ns, p99 %.0f ns, p99.9 %.0f ns, max %.0f ns\n",
                   lat[nlines / 2], lat[nlines * 99 / 100], lat[nlines * 999 / 1000],
                   lat[nlines - 1]);
        }
        sg_event_parser_free(parser);
        sg_engine_free(e);
    }

    /* Memory with nconv active conversations (1,000 streams). */
    {
        sg_config cfg;
        sg_config_init(&cfg);
        cfg.max_conversations = (size_t)nconv + 1;
        sg_engine *e;
        sg_engine_new(&cfg, rules, &e);
        long rss0 = rss_kib();
        char stream[32], user[32], id[32];
        for (long i = 0; i < nconv; i++) {
            snprintf(stream, sizeof stream, "st-%ld", i % 1000);
            snprintf(user, sizeof user, "user_%ld", i);
            snprintf(id, sizeof id, "m%ld", i);
            sg_event ev = { .type = SG_EV_CHAT,
                            .ts = 1764320000000 + i / 10,
                            .stream = stream,
                            .id = id,
                            .user = user,
                            .text = "hello there how are you",
                            .text_len = 23,
                            .account_age_days = -1 };
            sg_decision d;
            sg_engine_process(e, &ev, &d);
        }
        long rss1 = rss_kib();
        sg_engine_stats st;
        sg_engine_stats_get(e, &st);
        printf("engine_memory: %zu conversations, state %.0f bytes/conversation, "
               "RSS growth %.0f bytes/conversation (%.1f MiB)\n",
               st.conversations, (double)st.state_bytes / (double)st.conversations,
               (double)(rss1 - rss0) * 1024.0 / (double)st.conversations,
               (double)(rss1 - rss0) / 1024.0);
        sg_engine_free(e);
    }
    free(lat);
    free(lens);
    free(lines);
    free(data);
    sg_ruleset_free(rules);
    return 0;
}
