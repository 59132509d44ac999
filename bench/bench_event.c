/* bench_event.c — sg_event_parse() speed on the chat lines of the shared
 * scenarios (every .ndjson file in tests/scenarios, or in the directory given
 * as argv[1]).
 *
 * Prints one line: `event_parse: N ns/event (M events/s)`. */
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ndjson.h"
#include "streamguard.h"

#define MAX_LINES 20000

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "tests/scenarios";
    char pattern[4096];
    static char *lines[MAX_LINES];
    static size_t lens[MAX_LINES];
    size_t n = 0, bytes = 0;
    glob_t g;
    sg_event_parser *p = NULL;
    sg_event ev;
    char err[256];
    int status = 1;

    snprintf(pattern, sizeof pattern, "%s/*.ndjson", dir);
    if (glob(pattern, 0, NULL, &g) != 0) {
        fprintf(stderr, "bench_event: no files match %s (run from the repo root)\n", pattern);
        return 1;
    }
    for (size_t f = 0; f < g.gl_pathc && n < MAX_LINES; f++) {
        FILE *fp = fopen(g.gl_pathv[f], "rb");
        if (!fp)
            continue;
        sg__linereader r;
        const char *line;
        size_t len;
        long lineno;
        sg__linereader_init(&r, fp, 0);
        while (n < MAX_LINES && sg__linereader_next(&r, &line, &len, &lineno) == 1) {
            if (!memmem(line, len, "\"chat\"", 6))
                continue;
            lines[n] = malloc(len);
            if (!lines[n])
                break;
            memcpy(lines[n], line, len);
            lens[n] = len;
            bytes += len;
            n++;
        }
        sg__linereader_free(&r);
        fclose(fp);
    }
    globfree(&g);
    if (n == 0 || sg_event_parser_new(&p) != 0) {
        fprintf(stderr, "bench_event: no chat lines found under %s\n", dir);
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        if (sg_event_parse(p, lines[i], lens[i], &ev, err, sizeof err) != 0) {
            fprintf(stderr, "bench_event: line rejected: %s\n", err);
            goto out;
        }
    }

    /* repeat until about half a second has passed; keep the best round */
    double best = 1e30, start = now_ns();
    size_t rounds = 0, sink = 0;
    do {
        double t0 = now_ns();
        for (size_t i = 0; i < n; i++) {
            sg_event_parse(p, lines[i], lens[i], &ev, err, sizeof err);
            sink += ev.text_len;
        }
        double dt = (now_ns() - t0) / (double)n;
        if (dt < best)
            best = dt;
        rounds++;
    } while (now_ns() - start < 5e8 || rounds < 3);

    printf("event_parse: %.0f ns/event (%.0f events/s)\n", best, 1e9 / best);
    fprintf(stderr, "bench_event: %zu chat lines, %.0f bytes average, %zu rounds (%zu)\n", n,
            (double)bytes / (double)n, rounds, sink);
    status = 0;
out:
    sg_event_parser_free(p);
    for (size_t i = 0; i < n; i++)
        free(lines[i]);
    return status;
}
