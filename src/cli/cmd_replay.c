/* cmd_replay.c — `streamguard replay FILE...`: the reference harness.
 *
 * Reads NDJSON event files, merges them by ts into one engine (so a viewer
 * seen on several streams is one viewer), and writes one decision per chat
 * and gift event and one line per alert opened, as NDJSON on stdout.
 * A bad line is reported on stderr as FILE:LINE: reason and skipped; the
 * rest is still processed.
 *
 * Merge: each file keeps one parsed event ahead; the file whose head has
 * the smallest ts goes next (ties: the earlier file on the command line).
 * Within a file, order is kept even when its timestamps go backwards: a
 * file is a stream of events as they arrived.
 *
 * Output: when every input is a file and stdout is not a terminal, stdout
 * gets a 1 MiB buffer, so a large replay makes a few dozen write() calls
 * instead of one per 4 KiB. Reading from standard input (a live feed) or
 * writing to a terminal keeps the C library's default buffering, so
 * decisions still come out as promptly as before.
 *
 * --threads 2 (files only): a reader thread reads, parses and merges the
 * events and prepares each chat line (sg_prepare: normalising and matching,
 * about half of the work), while this thread decides them in order and
 * writes the output. Output is byte-identical to one thread's; only the
 * order in which bad lines and engine errors interleave on stderr may
 * differ. Events travel in slots, each with its own parser (a parsed event
 * points into its parser) and prepared result; batches of slots move
 * between the threads under one mutex, so the hand-over costs little per
 * event. */
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "ndjson.h"
#include "streamguard.h"

typedef struct input {
    const char *path;
    FILE *fp;
    sg__linereader rd;
    sg_event_parser *parser;
    sg_event head;
    long head_line;
    int has_head;
    int slot; /* --threads: the slot whose parser holds head */
} input;

typedef struct replay {
    FILE *out;
    int alert_updates;
    /* alerts raised while an event is processed, printed after its decision */
    char *pending;
    size_t pending_len, pending_cap;
    unsigned long alerts;
} replay;

static void on_alert(void *ud, const sg_alert *a)
{
    replay *r = ud;
    if (a->update && !r->alert_updates)
        return;
    size_t need = sg_alert_json(a, NULL, 0) + 2;
    if (r->pending_len + need > r->pending_cap) {
        size_t ncap = (r->pending_len + need) * 2;
        char *p = realloc(r->pending, ncap);
        if (!p)
            return;
        r->pending = p;
        r->pending_cap = ncap;
    }
    size_t n = sg_alert_json(a, r->pending + r->pending_len, r->pending_cap - r->pending_len);
    r->pending_len += n;
    r->pending[r->pending_len++] = '\n';
    r->alerts += !a->update;
}

static void on_log(void *ud, sg_log_level lvl, const char *msg)
{
    (void)ud;
    if (lvl >= SG_LOG_WARN)
        fprintf(stderr, "streamguard: %s\n", msg);
}

static void on_rule_diag(void *ud, const sg_rule_diag *d)
{
    (void)ud;
    fprintf(stderr, "%s:%d: %s%s%s\n", d->file ? d->file : "?", d->line, d->rule ? "rule " : "",
            d->rule ? d->rule : "", d->rule ? ": " : "");
    fprintf(stderr, "  %s\n", d->message);
}

/* Advances in to its next valid event (parsed with in->parser); reports
 * bad lines. */
static void advance(input *in, unsigned long *bad)
{
    in->has_head = 0;
    for (;;) {
        const char *line;
        size_t len;
        long lineno;
        int rc = sg__linereader_next(&in->rd, &line, &len, &lineno);
        if (rc == 0)
            return;
        if (rc == SG_ETOOBIG) {
            fprintf(stderr, "%s:%ld: line of %zu bytes exceeds %d bytes; skipped\n", in->path,
                    lineno, len, SG_MAX_EVENT_BYTES);
            (*bad)++;
            continue;
        }
        if (rc < 0) {
            fprintf(stderr, "%s: read error: %s\n", in->path, sg_strerror(rc));
            (*bad)++;
            return;
        }
        size_t i = 0;
        while (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
            i++;
        if (i == len)
            continue; /* blank line */
        char err[256];
        rc = sg_event_parse(in->parser, line, len, &in->head, err, sizeof err);
        if (rc) {
            fprintf(stderr, "%s:%ld: %s\n", in->path, lineno, err);
            (*bad)++;
            continue;
        }
        in->head_line = lineno;
        in->has_head = 1;
        return;
    }
}

#define REPLAY_OUTBUF (1 << 20)

/* Gives stdout a large buffer for file-to-file replays (see the header). */
static void buffer_output(FILE *out, int argc, char **argv, int first)
{
    static char outbuf[REPLAY_OUTBUF]; /* must outlive every write to out */
    if (out != stdout || isatty(fileno(out)))
        return;
    for (int i = first; i < argc; i++)
        if (strcmp(argv[i], "-") == 0)
            return;
    setvbuf(out, outbuf, _IOFBF, sizeof outbuf);
}

/* ---- --threads 2 ----------------------------------------------------- */

#define PIPE_SLOTS 1024 /* events in flight between the threads */
#define PIPE_BATCH 64   /* slots handed over at a time */

typedef struct slot {
    sg_event_parser *parser;
    sg_prepared *prep;
    sg_event ev;
    const char *path;
    long line;
} slot;

/* A bounded queue of slot indices, moved in batches. */
typedef struct squeue {
    int items[PIPE_SLOTS];
    size_t head, len;
    bool closed;
    pthread_cond_t cv;
} squeue;

typedef struct pipeline {
    slot slots[PIPE_SLOTS];
    squeue ready, free;
    pthread_mutex_t mu;
    input *inputs;
    size_t ninputs;
    sg_ruleset *rules;
    sg_preparer *preparer;
    unsigned long bad; /* lines the reader refused */
} pipeline;

static void sq_push(pipeline *p, squeue *q, const int *v, size_t n)
{
    pthread_mutex_lock(&p->mu);
    for (size_t i = 0; i < n; i++) /* never full: there are PIPE_SLOTS slots */
        q->items[(q->head + q->len++) % PIPE_SLOTS] = v[i];
    pthread_cond_signal(&q->cv);
    pthread_mutex_unlock(&p->mu);
}

static void sq_close(pipeline *p, squeue *q)
{
    pthread_mutex_lock(&p->mu);
    q->closed = true;
    pthread_cond_signal(&q->cv);
    pthread_mutex_unlock(&p->mu);
}

/* Takes up to max items, waiting for one; 0 once closed and empty. */
static size_t sq_pop(pipeline *p, squeue *q, int *v, size_t max)
{
    pthread_mutex_lock(&p->mu);
    while (!q->len && !q->closed)
        pthread_cond_wait(&q->cv, &p->mu);
    size_t n = 0;
    while (n < max && q->len) {
        v[n++] = q->items[q->head];
        q->head = (q->head + 1) % PIPE_SLOTS;
        q->len--;
    }
    pthread_mutex_unlock(&p->mu);
    return n;
}

/* The reader: merge by ts (as the single-threaded loop does), prepare,
 * hand over in batches; every input's next event waits in a slot of its
 * own. */
static void *reader_main(void *arg)
{
    pipeline *p = arg;
    int out[PIPE_BATCH], spare[PIPE_BATCH];
    size_t nout = 0, nspare = 0;
    for (size_t i = 0; i < p->ninputs; i++) {
        input *in = &p->inputs[i];
        if (!nspare)
            nspare = sq_pop(p, &p->free, spare, PIPE_BATCH);
        in->slot = spare[--nspare];
        in->parser = p->slots[in->slot].parser;
        advance(in, &p->bad);
    }
    for (;;) {
        input *next = NULL;
        for (size_t i = 0; i < p->ninputs; i++)
            if (p->inputs[i].has_head && (!next || p->inputs[i].head.ts < next->head.ts))
                next = &p->inputs[i];
        if (!next)
            break;
        slot *sl = &p->slots[next->slot];
        sl->ev = next->head;
        sl->path = next->path;
        sl->line = next->head_line;
        sg_prepare(p->preparer, p->rules, &sl->ev, sl->prep); /* on failure: done later */
        out[nout++] = next->slot;
        if (nout == PIPE_BATCH) {
            sq_push(p, &p->ready, out, nout);
            nout = 0;
        }
        if (!nspare) {
            if (nout) { /* the decider may be waiting for these to free slots */
                sq_push(p, &p->ready, out, nout);
                nout = 0;
            }
            nspare = sq_pop(p, &p->free, spare, PIPE_BATCH);
        }
        next->slot = spare[--nspare];
        next->parser = p->slots[next->slot].parser;
        advance(next, &p->bad);
    }
    if (nout)
        sq_push(p, &p->ready, out, nout);
    sq_close(p, &p->ready);
    return NULL;
}

static int pipeline_init(pipeline *p, input *inputs, size_t ninputs, sg_ruleset *rules)
{
    memset(p, 0, sizeof *p);
    p->inputs = inputs;
    p->ninputs = ninputs;
    p->rules = rules;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->ready.cv, NULL);
    pthread_cond_init(&p->free.cv, NULL);
    if (sg_preparer_new(&p->preparer))
        return SG_ENOMEM;
    for (int i = 0; i < PIPE_SLOTS; i++) {
        if (sg_event_parser_new(&p->slots[i].parser) || sg_prepared_new(&p->slots[i].prep))
            return SG_ENOMEM;
        p->free.items[p->free.len++] = i;
    }
    return 0;
}

static void pipeline_free(pipeline *p)
{
    for (int i = 0; i < PIPE_SLOTS; i++) {
        sg_event_parser_free(p->slots[i].parser);
        sg_prepared_free(p->slots[i].prep);
    }
    sg_preparer_free(p->preparer);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->ready.cv);
    pthread_cond_destroy(&p->free.cv);
}

/* Decides one event and writes its lines (both modes). Returns -1 when
 * out of memory. */
static int decide(sg_engine *engine, replay *r, const sg_event *ev, const sg_prepared *prep,
                  const char *path, long lineno, char **line, size_t *linecap, unsigned long *bad,
                  unsigned long *decisions)
{
    sg_decision d;
    int rc = sg_engine_process_prepared(engine, ev, prep, &d);
    if (rc < 0) {
        fprintf(stderr, "%s:%ld: %s\n", path, lineno, sg_strerror(rc));
        (*bad)++;
    } else if (rc == 1) {
        size_t need = sg_decision_json(&d, *line, *linecap);
        if (need + 1 > *linecap) {
            free(*line);
            *linecap = (need + 1) * 2;
            *line = malloc(*linecap);
            if (!*line)
                return -1;
            sg_decision_json(&d, *line, *linecap);
        }
        (*line)[need] = '\n';
        fwrite(*line, 1, need + 1, r->out);
        (*decisions)++;
    }
    if (r->pending_len) {
        fwrite(r->pending, 1, r->pending_len, r->out);
        r->pending_len = 0;
    }
    return 0;
}

static void usage(void)
{
    fprintf(stderr,
            "usage: streamguard replay [--rules PATH]... [--config FILE] [--messages FILE]\n"
            "                          [--alert-updates] [--strict] [--stats] [--threads N]\n"
            "                          FILE...\n"
            "  FILE may be - for standard input.\n"
            "  --threads 2  read, parse and match on a second thread (files only);\n"
            "               the output is the same as with one.\n");
}

int sg_cmd_replay(int argc, char **argv)
{
    static const struct option opts[] = {
        { "rules", required_argument, NULL, 'r' },
        { "config", required_argument, NULL, 'c' },
        { "messages", required_argument, NULL, 'm' },
        { "alert-updates", no_argument, NULL, 'u' },
        { "strict", no_argument, NULL, 's' },
        { "stats", no_argument, NULL, 'S' },
        { "help", no_argument, NULL, 'h' },
        { "threads", required_argument, NULL, 't' },
        { NULL, 0, NULL, 0 },
    };
    const char *rule_paths[64];
    size_t nrules = 0;
    const char *config = NULL, *messages = SG_DEFAULT_MESSAGES "/nudges.txt";
    int strict = 0, stats = 0, threads = 1, c;
    replay r = { .out = stdout };
    optind = 1;
    while ((c = getopt_long(argc, argv, "r:c:m:usSht:", opts, NULL)) != -1) {
        switch (c) {
        case 'r':
            if (nrules < 64)
                rule_paths[nrules++] = optarg;
            break;
        case 'c': config = optarg; break;
        case 'm': messages = optarg; break;
        case 'u': r.alert_updates = 1; break;
        case 's': strict = 1; break;
        case 'S': stats = 1; break;
        case 't':
            if ((strcmp(optarg, "1") != 0 && strcmp(optarg, "2") != 0)) {
                fprintf(stderr, "streamguard replay: --threads takes 1 or 2\n");
                return 2;
            }
            threads = optarg[0] - '0';
            break;
        case 'h': usage(); return 0;
        default: usage(); return 2;
        }
    }
    if (optind >= argc) {
        usage();
        return 2;
    }
    if (nrules == 0)
        rule_paths[nrules++] = SG_DEFAULT_RULES;
    buffer_output(r.out, argc, argv, optind);

    int status = 1;
    sg_ruleset *rules = NULL;
    sg_engine *engine = NULL;
    size_t ninputs = (size_t)(argc - optind);
    input *inputs = calloc(ninputs, sizeof *inputs);
    unsigned long bad = 0, decisions = 0;
    char *line = NULL;
    size_t linecap = 0;
    sg_config cfg;
    sg_config_init(&cfg);
    if (!inputs)
        goto out;
    if (config) {
        char err[512];
        if (sg_config_load(&cfg, config, err, sizeof err)) {
            fprintf(stderr, "streamguard replay: %s\n", err);
            goto out;
        }
    }
    FILE *probe = fopen(messages, "r");
    if (probe) {
        fclose(probe);
        cfg.nudge_catalogue = messages;
    } else if (strcmp(messages, SG_DEFAULT_MESSAGES "/nudges.txt") != 0) {
        fprintf(stderr, "streamguard replay: %s: %s\n", messages, strerror(errno));
        goto out;
    }
    int rc = sg_ruleset_load(rule_paths, nrules, on_rule_diag, NULL, &rules);
    if (rc) {
        fprintf(stderr, "streamguard replay: cannot load rules: %s\n", sg_strerror(rc));
        goto out;
    }
    rc = sg_engine_new(&cfg, rules, &engine);
    if (rc) {
        fprintf(stderr, "streamguard replay: cannot start the engine: %s\n", sg_strerror(rc));
        goto out;
    }
    sg_engine_set_alert_callback(engine, on_alert, &r);
    sg_engine_set_log(engine, on_log, NULL);

    for (size_t i = 0; i < ninputs; i++) {
        input *in = &inputs[i];
        in->path = argv[optind + (int)i];
        if (strcmp(in->path, "-") == 0 || ninputs > PIPE_SLOTS / 2)
            threads = 1; /* a live feed: decide each event as soon as it is read;
                            or more files than the slots could hold heads for */
        in->fp = strcmp(in->path, "-") == 0 ? stdin : fopen(in->path, "rb");
        if (!in->fp) {
            fprintf(stderr, "streamguard replay: %s: %s\n", in->path, strerror(errno));
            goto out;
        }
        sg__linereader_init(&in->rd, in->fp, 0);
    }

    if (threads == 2) {
        pipeline *p = malloc(sizeof *p);
        pthread_t reader;
        if (!p)
            goto out;
        if (pipeline_init(p, inputs, ninputs, rules) ||
            pthread_create(&reader, NULL, reader_main, p)) {
            fprintf(stderr, "streamguard replay: cannot start the reader thread\n");
            pipeline_free(p);
            free(p);
            goto out;
        }
        int got[PIPE_BATCH];
        size_t n;
        int oom = 0;
        while ((n = sq_pop(p, &p->ready, got, PIPE_BATCH)) > 0) {
            for (size_t i = 0; i < n && !oom; i++) {
                slot *sl = &p->slots[got[i]];
                oom = decide(engine, &r, &sl->ev, sl->prep, sl->path, sl->line, &line, &linecap,
                             &bad, &decisions);
            }
            sq_push(p, &p->free, got, n);
            if (oom)
                break;
        }
        if (oom) { /* let the reader finish: drain what it still hands over */
            while ((n = sq_pop(p, &p->ready, got, PIPE_BATCH)) > 0)
                sq_push(p, &p->free, got, n);
        }
        pthread_join(reader, NULL);
        bad += p->bad;
        for (size_t i = 0; i < ninputs; i++)
            inputs[i].parser = NULL; /* the slots' parsers, freed with them */
        pipeline_free(p);
        free(p);
        if (oom)
            goto out;
    } else {
        for (size_t i = 0; i < ninputs; i++) {
            if (sg_event_parser_new(&inputs[i].parser))
                goto out;
            advance(&inputs[i], &bad);
        }
        for (;;) {
            input *next = NULL;
            for (size_t i = 0; i < ninputs; i++)
                if (inputs[i].has_head && (!next || inputs[i].head.ts < next->head.ts))
                    next = &inputs[i];
            if (!next)
                break;
            if (decide(engine, &r, &next->head, NULL, next->path, next->head_line, &line, &linecap,
                       &bad, &decisions))
                goto out;
            advance(next, &bad);
        }
    }
    if (fflush(r.out) != 0) {
        fprintf(stderr, "streamguard replay: write error: %s\n", strerror(errno));
        goto out;
    }
    if (stats) {
        sg_engine_stats st;
        sg_engine_stats_get(engine, &st);
        fprintf(stderr,
                "replay: %lu decisions, %lu alerts, %lu bad lines; %zu conversations, "
                "%zu streams, %zu users, %zu state bytes\n",
                decisions, r.alerts, bad, st.conversations, st.streams, st.users, st.state_bytes);
    }
    status = (strict && bad) ? 1 : 0;
out:
    if (inputs) {
        for (size_t i = 0; i < ninputs; i++) {
            sg__linereader_free(&inputs[i].rd);
            sg_event_parser_free(inputs[i].parser);
            if (inputs[i].fp && inputs[i].fp != stdin)
                fclose(inputs[i].fp);
        }
        free(inputs);
    }
    free(line);
    free(r.pending);
    sg_engine_free(engine);
    sg_ruleset_free(rules);
    return status;
}
