/* cmd_watch.c — `streamguard watch`: sample frames from a video file or live
 * URL, match each kept frame (all 8 dihedral variants) against hash banks
 * and print one NDJSON hash_match alert per bank hash per run of matching
 * frames (DESIGN.md alert contract). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "cli/bankopts.h"
#include "cli/cli.h"
#include "streamguard.h"

#define MAX_FRAME_MATCHES 256 /* per frame; a frame matching more is truncated */

static volatile sig_atomic_t stop_requested;

static void on_signal(int sig)
{
    (void)sig;
    stop_requested = 1;
}

static int interrupted(void *ud)
{
    (void)ud;
    return stop_requested != 0;
}

static void usage(FILE *f)
{
    fprintf(f,
            "usage: streamguard watch --bank [NAME=]FILE [--bank ...] --stream ID\n"
            "                         [--every SECONDS] [--timeout SECONDS] [--radius R]\n"
            "                         [--min-quality Q] [--negative [NAME=]FILE] URL-or-FILE\n"
            "Hashes one frame every SECONDS of media time (default 1), drops frames\n"
            "nearly identical to the previous one, matches the rest and prints one\n"
            "hash_match alert (NDJSON) per bank hash per run of matching frames.\n"
            "A source that fails to open or stalls past the timeout (default 10 s)\n"
            "is an error (exit 1).\n"
            "options:\n%s",
            sg__bankopts_help);
}

static int64_t wall_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int parse_seconds(const char *s, double *out)
{
    char *end;
    double v = strtod(s, &end);
    if (!*s || *end || !(v > 0) || v > 86400)
        return -1;
    *out = v;
    return 0;
}

/* A bank hash seen in the previous kept frame; the strings are the db's
 * own (stable while the db is not modified), so pointers identify it. */
typedef struct seen {
    const char *bank, *id;
} seen;

static int was_seen(const seen *s, size_t n, const sg_match *m)
{
    for (size_t i = 0; i < n; i++)
        if (s[i].bank == m->bank && s[i].id == m->id)
            return 1;
    return 0;
}

static int print_alert(sg__buf *b, long n, const char *stream, double media_ts, const sg_match *m)
{
    char hex[65], summary[512];
    int rc = 0;
    sg_pdq_to_hex(&m->hash, hex);
    snprintf(summary, sizeof summary,
             "frame at %.1f s matches hash %.64s of bank %.128s at distance %d (%s)", media_ts,
             m->id, m->bank, m->distance, sg_dihedral_name(m->variant));
    sg__buf_reset(b);
    rc |= sg__buf_printf(b,
                         "{\"kind\":\"alert\",\"id\":\"al-hm-%ld\",\"type\":\"hash_match\","
                         "\"severity\":\"critical\",\"stream\":",
                         n);
    rc |= sg__buf_json_cstr(b, stream);
    rc |= sg__buf_printf(b, ",\"user\":null,\"ts\":%lld,\"media_ts\":%.3f,\"bank\":",
                         (long long)wall_ms(), media_ts);
    rc |= sg__buf_json_cstr(b, m->bank);
    rc |= sg__buf_adds(b, ",\"hash_id\":");
    rc |= sg__buf_json_cstr(b, m->id);
    rc |= sg__buf_printf(b, ",\"hash\":\"%s\",\"distance\":%d,\"variant\":\"%s\"", hex, m->distance,
                         sg_dihedral_name(m->variant));
    if (m->label) {
        rc |= sg__buf_adds(b, ",\"label\":");
        rc |= sg__buf_json_cstr(b, m->label);
    }
    rc |= sg__buf_adds(b, ",\"summary\":");
    rc |= sg__buf_json_cstr(b, summary);
    rc |= sg__buf_adds(b, "}\n");
    if (rc)
        return -1;
    fwrite(b->data, 1, b->len, stdout);
    fflush(stdout);
    return 0;
}

int sg_cmd_watch(int argc, char **argv)
{
    sg__bankopts o;
    sg__buf out;
    sg_video *v = NULL;
    sg_match *matches = NULL;
    seen *prev = NULL, *cur = NULL;
    size_t nprev = 0;
    const char *stream = NULL, *source = NULL;
    double every = 1.0, timeout = 10.0;
    int status = 0;
    long alerts = 0, frames = 0;
    sg__buf_init(&out, 1 << 16);
    if (sg__bankopts_init(&o) != 0) {
        fprintf(stderr, "streamguard watch: out of memory\n");
        return 1;
    }
    for (int i = 1; i < argc;) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            goto out;
        }
        int r = sg__bankopt(&o, "watch", argc, argv, &i);
        if (r < 0) {
            status = 1;
            goto out;
        }
        if (r > 0)
            continue;
        if ((!strcmp(a, "--stream") || !strcmp(a, "--every") || !strcmp(a, "--timeout")) &&
            i + 1 < argc) {
            const char *val = argv[i + 1];
            if (!strcmp(a, "--stream")) {
                stream = val;
            } else if (parse_seconds(val, !strcmp(a, "--every") ? &every : &timeout) != 0) {
                fprintf(stderr, "streamguard watch: %s needs a positive number of seconds\n", a);
                status = 2;
                goto out;
            }
            i += 2;
            continue;
        }
        if (a[0] == '-' && a[1]) {
            fprintf(stderr, "streamguard watch: unknown option or missing value: %s\n", a);
            usage(stderr);
            status = 2;
            goto out;
        }
        if (source) {
            fprintf(stderr, "streamguard watch: one source at a time (%s, %s)\n", source, a);
            status = 2;
            goto out;
        }
        source = a;
        i++;
    }
    if (o.nbanks == 0 || !stream || !*stream || !source) {
        fprintf(stderr, "streamguard watch: %s\n",
                o.nbanks == 0         ? "at least one --bank is needed"
                : !stream || !*stream ? "--stream ID is needed"
                                      : "no source given");
        usage(stderr);
        status = 2;
        goto out;
    }
    if (sg__bankopts_finish(&o, "watch") != 0) {
        status = 1;
        goto out;
    }
    matches = malloc(MAX_FRAME_MATCHES * sizeof *matches);
    prev = malloc(MAX_FRAME_MATCHES * sizeof *prev);
    cur = malloc(MAX_FRAME_MATCHES * sizeof *cur);
    if (!matches || !prev || !cur) {
        fprintf(stderr, "streamguard watch: out of memory\n");
        status = 1;
        goto out;
    }

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);

    sg_video_opts vo;
    sg_video_opts_init(&vo);
    vo.seconds_per_sample = every;
    vo.timeout_ms = (int)(timeout * 1000);
    vo.interrupt = interrupted;
    char err[512] = "";
    int rc = sg_video_open(source, &vo, &v, err, sizeof err);
    if (rc < 0) {
        fprintf(stderr, "streamguard watch: %s: %s\n", source, err[0] ? err : sg_strerror(rc));
        status = stop_requested ? 0 : 1;
        goto out;
    }
    for (;;) {
        sg_video_frame fr;
        rc = sg_video_next(v, &fr);
        if (stop_requested)
            break;
        if (rc == 0)
            break;
        if (rc < 0) {
            const char *why = sg_video_error(v);
            fprintf(stderr, "streamguard watch: %s: %s\n", source,
                    why && *why ? why : sg_strerror(rc));
            status = 1;
            break;
        }
        frames++;
        if (fr.pdq.quality < o.min_quality)
            continue; /* no information: neither matches nor ends a run */
        /* query time = media time: the auto-quarantine window then counts
         * matches per minute of video, however fast a file is read */
        int n = sg_hashdb_query_ex(o.db, fr.pdq.hash, SG_DIH__COUNT, o.radius, fr.pdq.quality,
                                   (int64_t)(fr.timestamp * 1000.0), matches, MAX_FRAME_MATCHES);
        if (n < 0) {
            fprintf(stderr, "streamguard watch: matching: %s\n", sg_strerror(n));
            status = 1;
            break;
        }
        if (n > MAX_FRAME_MATCHES)
            n = MAX_FRAME_MATCHES;
        size_t ncur = 0;
        for (int k = 0; k < n; k++) {
            if (!was_seen(prev, nprev, &matches[k]) &&
                print_alert(&out, ++alerts, stream, fr.timestamp, &matches[k]) != 0) {
                fprintf(stderr, "streamguard watch: alert too long\n");
                status = 1;
            }
            cur[ncur].bank = matches[k].bank;
            cur[ncur].id = matches[k].id;
            ncur++;
        }
        seen *t = prev;
        prev = cur;
        cur = t;
        nprev = ncur;
        sg_hashdb_event ev;
        while (sg_hashdb_next_event(o.db, &ev) == 1)
            fprintf(stderr,
                    "streamguard watch: hash '%s' of bank '%s' quarantined "
                    "automatically (%d matches in the window)\n",
                    ev.id, ev.bank, ev.matches);
    }
    fprintf(stderr, "streamguard watch: %s: %ld frames hashed, %ld alerts%s\n", source, frames,
            alerts, stop_requested ? " (interrupted)" : "");
out:
    sg_video_free(v);
    free(matches);
    free(prev);
    free(cur);
    sg__buf_free(&out);
    sg__bankopts_free(&o);
    return status;
}
