/* serve.c — `streamguard serve`: the HTTP API (libmicrohttpd), the engine
 * lock, the store writer thread, server-sent events, metrics and signals.
 *
 * ======================== How a request flows =========================
 *
 * MHD runs a small pool of worker threads, each with its own epoll loop.
 * A request's headers are checked first (route, bearer token, role, rate
 * limit, Content-Length against the cap) and rejected before any body is
 * read. The body is accumulated under its cap, then handled on the worker
 * thread:
 *
 *   POST /v1/events   each line is parsed OUTSIDE the engine lock (one
 *                     parser per worker thread), then decided under it;
 *                     alerts raised by the event are copied with their
 *                     evidence messages (context.c) and queued to the
 *                     writer in engine order, still under the lock. The
 *                     request then waits until the writer has committed
 *                     them: an alert is acknowledged only once on disk.
 *
 * ======================== The writer ==================================
 *
 * One thread owns the store's write connection. It takes every queued
 * operation (alerts, labels, audit entries, checkpoints, purges), runs
 * them in one transaction, commits, and wakes the waiters and the SSE
 * connections. Batching is what makes synchronous commits affordable.
 *
 * ======================== SSE =========================================
 *
 * An event-stream response reads from the store (alerts changed after the
 * connection's last seq). With nothing to send, the connection is
 * suspended (MHD_suspend_connection) so it holds no worker thread; the
 * writer resumes all of them after each commit that changed alerts, and a
 * ticker resumes those due a heartbeat.
 *
 * ======================== Signals =====================================
 *
 * SIGTERM/SIGINT: readiness goes to 503, the listen socket closes, in-flight
 * requests finish, SSE streams end, a final checkpoint is committed, the
 * store is closed. SIGHUP: the rules are compiled beside the old set and
 * swapped in; a set that fails keeps the old one running. */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>

#include <microhttpd.h>

#include "buf.h"
#include "cli/cli.h"
#include "daemon/auth.h"
#include "daemon/body.h"
#include "daemon/context.h"
#include "daemon/daemon.h"
#include "daemon/family.h"
#include "daemon/store.h"
#include "streamguard.h"

/* ------------------------------------------------------------------------
 * Routes and roles
 * ---------------------------------------------------------------------- */

enum route {
    R_NONE = 0,
    R_HEALTHZ,
    R_READYZ,
    R_METRICS,
    R_STATIC,
    R_EVENTS,
    R_ALERTS,
    R_ALERT_STREAM,
    R_ALERT_GET,
    R_ALERT_RESOLVE,
    R_USER,
    R_STREAM,
    R_WHOAMI,
    R_MEDIA_HASH,
    R_MEDIA_MATCH,
    R_BANKS,
    R_BANK_PUT,
    R_BANK_PATCH,
    R_RELOAD,
    R_CHECKPOINT,
    R_AUDIT,
    R_NUDGE_STREAM,
    R_DIGEST,
    R_CYBERTIP,
    R__COUNT
};

/* roles allowed per route (admin is always allowed) */
static int route_roles(int r)
{
    switch (r) {
    case R_HEALTHZ:
    case R_READYZ:
    case R_METRICS:
    case R_STATIC: return -1; /* public */
    case R_EVENTS:
    case R_MEDIA_HASH:
    case R_MEDIA_MATCH: return SG_ROLE_INGEST;
    case R_ALERTS:
    case R_ALERT_STREAM:
    case R_ALERT_GET:
    case R_ALERT_RESOLVE:
    case R_USER:
    case R_STREAM: return SG_ROLE_MODERATOR;
    case R_NUDGE_STREAM: return SG_ROLE_INGEST; /* the platform shows nudges */
    case R_DIGEST: return SG_ROLE_FAMILY;       /* scoped to one broadcaster */
    case R_CYBERTIP: return SG_ROLE_MODERATOR;  /* docs/cybertip.md: who may draft */
    case R_WHOAMI: return SG_ROLE_INGEST | SG_ROLE_MODERATOR | SG_ROLE_FAMILY;
    default: return 0; /* admin only */
    }
}

/* latency histogram classes */
enum { LC_EVENTS, LC_ALERTS, LC_OTHER, LC__COUNT };
static const char *const lc_names[LC__COUNT] = { "events", "alerts", "other" };
static const double lat_bounds[] = { 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01,
                                     0.025,  0.05,    0.1,    0.25,  0.5,    1,     2.5 };
#define NLAT (sizeof lat_bounds / sizeof lat_bounds[0])

/* ------------------------------------------------------------------------
 * Writer operations
 * ---------------------------------------------------------------------- */

enum { OP_ALERT, OP_LABEL, OP_AUDIT, OP_CHECKPOINT, OP_PURGE, OP_STREAM, OP_FAMILY, OP_HASH };

typedef struct wop {
    struct wop *next;
    int kind;
    bool waited; /* a request waits for it and frees it */
    bool done;
    int rc;
    int64_t enq_ms;
    /* OP_ALERT */
    sg__alert_rec rec;
    sg__msg *msgs;
    /* owned strings */
    char **allocs;
    size_t nallocs, capallocs;
    /* OP_LABEL / OP_AUDIT */
    const char *alert_id, *outcome, *note, *who, *action, *target, *detail;
    /* OP_STREAM / OP_FAMILY (family.c) */
    sg__stream_rec srec;
    sg__family_event fev;
    /* OP_HASH (POST /v1/media/match with a stream) */
    sg__hash_hit hit;
    bool created;
    /* OP_CHECKPOINT */
    char *blob, *cblob;
    size_t blen, clen;
    sg__buf result; /* Alert JSON for OP_ALERT / OP_LABEL */
} wop;

/* ------------------------------------------------------------------------
 * SSE connections
 * ---------------------------------------------------------------------- */

typedef struct sse_conn {
    struct sse_conn *next;
    struct MHD_Connection *conn;
    bool nudges;  /* GET /v1/nudges/stream instead of alerts */
    char *filter; /* nudges of this stream only (NULL: all) */
    int64_t last; /* highest change seq sent */
    int64_t last_send_ms;
    bool suspended;
    bool started;
    sg__buf pending;
    size_t off;
} sse_conn;

/* ------------------------------------------------------------------------
 * The daemon
 * ---------------------------------------------------------------------- */

typedef struct pend_alert {
    struct pend_alert *next;
    wop *op;
    char **events;
    size_t nevents;
    char **streams;
    size_t nstreams;
    uint32_t key; /* alert_key of the engine id (0: store every message) */
    bool update;
} pend_alert;

typedef struct rate_slot {
    char id[SG_TOKEN_ID_MAX];
    double tokens;
    int64_t last_us;
} rate_slot;

static struct daemon {
    sg__serve_cfg cfg;
    char **rule_paths;
    size_t nrule_paths;
    struct MHD_Daemon *mhd;
    sg__store *store;
    sg__auth *auth;

    pthread_mutex_t engine_mu; /* guards engine, ctx, pending */
    sg_engine *engine;
    sg__ctx *ctx;
    sg_ruleset *cur_rules;         /* the engine's current rules (a reference) */
    char config_path[SG_PATH_MAX]; /* --config, for reloading engine keys */
    char catalogue[SG_PATH_MAX];   /* nudge catalogue given to the engine */
    pthread_mutex_t reload_mu;     /* one reload at a time */
    pthread_mutex_t rules_mu;      /* guards cur_rules (also changed under engine_mu) */
    pend_alert *pending;           /* alerts raised by the current event */
    size_t nrules;

    pthread_mutex_t q_mu;   /* writer queue */
    pthread_cond_t q_cv;    /* work available */
    pthread_cond_t done_cv; /* some op completed */
    wop *q_head, *q_tail;
    int q_len;
    int64_t q_oldest_ms;
    bool writer_stop;
    pthread_t writer;

    pthread_mutex_t sse_mu;
    sse_conn *sse;
    atomic_int sse_clients;
    atomic_llong latest_seq;

    pthread_mutex_t rate_mu;
    rate_slot rate[256];

    pthread_mutex_t media_mu;
    sg_hashdb *hashdb;

    /* Bumped by the writer when a batch fails: messages marked as queued for
     * an alert (sg__ctx_msg_sent) before then are stored again. */
    atomic_uint store_epoch;

    atomic_bool stopping;
    atomic_bool ready;
    atomic_int inflight;
    struct req *waiting;     /* POST /v1/events suspended until committed (q_mu) */
    atomic_llong body_bytes; /* request bodies held in memory */
    int sigpipe[2];
    int64_t last_checkpoint_ms, last_purge_ms;
    atomic_bool purged; /* a purge deleted rows: compact the WAL */
    int64_t start_ms;

    /* metrics */
    atomic_ullong m_events, m_decisions[3], m_alerts[4][2], m_line_errors;
    atomic_ullong m_http[6]; /* by status class 1xx..5xx */
    atomic_ullong m_lat[LC__COUNT][NLAT + 1];
    atomic_ullong m_lat_sum_us[LC__COUNT], m_lat_count[LC__COUNT];
    atomic_ullong m_rate_limited, m_overloaded, m_commits, m_commit_ops;
    atomic_ullong m_reload_ok, m_reload_fail, m_checkpoints, m_store_errors;
    atomic_llong m_commit_us_last;
} D;

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int64_t mono_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static int64_t mono_ms(void)
{
    return mono_us() / 1000;
}

/* ------------------------------------------------------------------------
 * Writer
 * ---------------------------------------------------------------------- */

static wop *op_new(int kind)
{
    wop *op = calloc(1, sizeof *op);
    if (!op)
        return NULL;
    op->kind = kind;
    sg__buf_init(&op->result, 4u << 20);
    return op;
}

/* Gives the op a malloc'd string to free with it; NULL (and d freed) when
 * it cannot keep it. */
static const char *op_own(wop *op, char *d)
{
    if (!d)
        return NULL;
    if (op->nallocs == op->capallocs) {
        size_t nc = op->capallocs ? op->capallocs * 2 : 16;
        char **p = realloc(op->allocs, nc * sizeof *p);
        if (!p) {
            free(d);
            return NULL;
        }
        op->allocs = p;
        op->capallocs = nc;
    }
    op->allocs[op->nallocs++] = d;
    return d;
}

static const char *op_str(wop *op, const char *s)
{
    return s ? op_own(op, strdup(s)) : NULL;
}

static void op_free(wop *op)
{
    if (!op)
        return;
    for (size_t i = 0; i < op->nallocs; i++)
        free(op->allocs[i]);
    free(op->allocs);
    free(op->msgs);
    free(op->blob);
    free(op->cblob);
    sg__buf_free(&op->result);
    free(op);
}

static void enqueue(wop *op)
{
    pthread_mutex_lock(&D.q_mu);
    op->enq_ms = mono_ms();
    if (!D.q_head)
        D.q_oldest_ms = op->enq_ms;
    if (D.q_tail)
        D.q_tail->next = op;
    else
        D.q_head = op;
    D.q_tail = op;
    D.q_len++;
    pthread_cond_signal(&D.q_cv);
    pthread_mutex_unlock(&D.q_mu);
}

static void wait_done(wop *op)
{
    pthread_mutex_lock(&D.q_mu);
    while (!op->done)
        pthread_cond_wait(&D.done_cv, &D.q_mu);
    pthread_mutex_unlock(&D.q_mu);
}

static void sse_notify(bool only_due);
static void resume_committed(bool all);

static int run_op(wop *op, int64_t now)
{
    sg__store *s = D.store;
    switch (op->kind) {
    case OP_ALERT: return s->ops->alert_put(s, &op->rec, now, &op->result);
    case OP_LABEL:
        return s->ops->label_add(s, op->alert_id, op->outcome, op->note, op->who, now, &op->result);
    case OP_AUDIT: return s->ops->audit_append(s, op->who, op->action, op->target, op->detail, now);
    case OP_CHECKPOINT:
        return s->ops->checkpoint_put(s, op->blob, op->blen, op->cblob, op->clen, now);
    case OP_PURGE: {
        int64_t n = 0;
        int rc = s->ops->purge(s, now - (int64_t)D.cfg.retention_days * 86400000, &n);
        if (n) {
            sg__daemon_log(SG_LOG_INFO,
                           "retention: deleted %lld evidence messages older than %d days",
                           (long long)n, D.cfg.retention_days);
            D.purged = true;
        }
        return rc;
    }
    case OP_STREAM: return s->ops->stream_put(s, &op->srec, now);
    case OP_FAMILY: return s->ops->family_event_put(s, &op->fev, now);
    case OP_HASH: return s->ops->hash_alert_put(s, &op->hit, now, &op->created, &op->result);
    }
    return SG_EINVAL;
}

static void *writer_main(void *arg)
{
    (void)arg;
    pthread_setname_np(pthread_self(), "sg-writer"); /* for top -H and perf */
    for (;;) {
        pthread_mutex_lock(&D.q_mu);
        while (!D.q_head && !D.writer_stop)
            pthread_cond_wait(&D.q_cv, &D.q_mu);
        if (!D.q_head && D.writer_stop) {
            pthread_mutex_unlock(&D.q_mu);
            break;
        }
        wop *batch = D.q_head, *last = D.q_head;
        int n = 1;
        while (last->next && n < D.cfg.store_batch_max) {
            last = last->next;
            n++;
        }
        D.q_head = last->next;
        if (!D.q_head)
            D.q_tail = NULL;
        else
            D.q_oldest_ms = D.q_head->enq_ms;
        last->next = NULL;
        D.q_len -= n;
        pthread_mutex_unlock(&D.q_mu);

        int64_t t0 = mono_us(), now = now_ms();
        bool alerts_changed = false;
        int rc = D.store->ops->begin(D.store);
        for (wop *op = batch; op; op = op->next) {
            op->rc = rc ? rc : run_op(op, now);
            if (!op->rc && (op->kind == OP_ALERT || op->kind == OP_LABEL || op->kind == OP_HASH))
                alerts_changed = true;
        }
        if (!rc && (rc = D.store->ops->commit(D.store))) {
            D.store->ops->rollback(D.store);
            alerts_changed = false;
        }
        if (rc) {
            D.store_epoch++;
            D.m_store_errors++;
            sg__daemon_log(SG_LOG_ERROR, "store: a batch of %d writes failed: %s", n,
                           sg_strerror(rc));
        }
        D.m_commits++;
        D.m_commit_ops += (unsigned long long)n;
        D.m_commit_us_last = mono_us() - t0;
        if (alerts_changed) /* was a read transaction (alert_max_seq): 7% of the writer */
            D.latest_seq = D.store->ops->committed_seq(D.store);
        if (!rc && D.purged) {
            /* purged evidence must leave the -wal file too (docs/family.md) */
            D.purged = false;
            int cr = D.store->ops->compact(D.store);
            if (cr)
                sg__daemon_log(SG_LOG_WARN, "retention: WAL not truncated yet (%s)",
                               sg_strerror(cr));
        }

        pthread_mutex_lock(&D.q_mu);
        for (wop *op = batch, *next; op; op = next) {
            next = op->next;
            if (rc)
                op->rc = rc;
            if (op->waited)
                op->done = true;
            else
                op_free(op);
        }
        resume_committed(false);
        pthread_cond_broadcast(&D.done_cv);
        pthread_mutex_unlock(&D.q_mu);
        if (alerts_changed)
            sse_notify(false);
    }
    return NULL;
}

/* ------------------------------------------------------------------------
 * Engine glue: alert callback, checkpoint, reload
 * ---------------------------------------------------------------------- */

static char *json_array_of(const char *const *v, size_t n)
{
    sg__buf b;
    sg__buf_init(&b, 1u << 20);
    int rc = sg__buf_addc(&b, '[');
    for (size_t i = 0; !rc && i < n; i++) {
        if (i)
            rc = sg__buf_addc(&b, ',');
        if (!rc)
            rc = sg__buf_json_cstr(&b, v[i] ? v[i] : "");
    }
    if (!rc)
        rc = sg__buf_addc(&b, ']');
    if (rc) {
        sg__buf_free(&b);
        return strdup("[]");
    }
    return b.data;
}

/* A copy of n strings in one block (the pointers, then the bytes): an
 * alert update lists up to 64 event ids, and a strdup each was a malloc and
 * a free per id under the engine lock. Free with free(). */
static char **dup_list(const char *const *v, size_t n)
{
    size_t bytes = 0;
    for (size_t i = 0; i < n; i++)
        bytes += strlen(v[i] ? v[i] : "") + 1;
    char **d = malloc((n ? n : 1) * sizeof *d + bytes);
    if (!d)
        return NULL;
    char *p = (char *)(d + (n ? n : 1));
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(v[i] ? v[i] : "") + 1;
        memcpy(p, v[i] ? v[i] : "", l);
        d[i] = p;
        p += l;
    }
    return d;
}

/* The number N of an engine alert id "al-N" as a nonzero key for the
 * context's sent marks, or 0 (never marked) for any other id. */
static uint32_t alert_key(const char *id)
{
    if (!id || strncmp(id, "al-", 3) || id[3] < '1' || id[3] > '9')
        return 0;
    uint64_t n = 0;
    for (const char *p = id + 3; *p; p++) {
        if (*p < '0' || *p > '9' || (n = n * 10 + (uint64_t)(*p - '0')) >= UINT32_MAX)
            return 0;
    }
    return (uint32_t)n;
}

/* Under the engine lock, from sg_engine_process. */
static void on_alert(void *ud, const sg_alert *a)
{
    (void)ud;
    pend_alert *p = calloc(1, sizeof *p);
    wop *op = op_new(OP_ALERT);
    if (!p || !op) {
        free(p);
        op_free(op);
        sg__daemon_log(SG_LOG_ERROR, "out of memory: alert %s dropped", a->id ? a->id : "?");
        return;
    }
    sg__alert_rec *r = &op->rec;
    r->engine_id = op_str(op, a->id ? a->id : "al-?");
    r->type = a->type;
    r->severity = a->severity;
    r->update = a->update;
    r->stream = op_str(op, a->stream);
    r->user = op_str(op, a->user);
    r->ts = a->ts;
    r->opened_ts = a->opened_ts;
    r->tactics = a->tactics;
    r->risk = a->risk;
    char *ej = json_array_of(a->events, a->nevents), *uj = json_array_of(a->users, a->nusers),
         *sj = json_array_of(a->streams, a->nstreams);
    r->events_json = ej ? op_own(op, ej) : op_str(op, "[]");
    r->users_json = uj ? op_own(op, uj) : op_str(op, "[]");
    r->streams_json = sj ? op_own(op, sj) : op_str(op, "[]");
    r->summary = op_str(op, a->summary ? a->summary : "");
    p->op = op;
    p->key = alert_key(a->id);
    p->update = a->update;
    p->events = dup_list(a->events, a->nevents);
    p->nevents = p->events ? a->nevents : 0;
    if (a->stream) {
        const char *one = a->stream;
        p->streams = dup_list(&one, 1);
        p->nstreams = p->streams ? 1 : 0;
    } else {
        p->streams = dup_list(a->streams, a->nstreams);
        p->nstreams = p->streams ? a->nstreams : 0;
    }
    /* keep engine order */
    pend_alert **pp = &D.pending;
    while (*pp)
        pp = &(*pp)->next;
    *pp = p;
    D.m_alerts[a->type & 3][a->update ? 1 : 0]++;
}

/* Under the engine lock, after the event is in the context: attach the
 * evidence messages to each pending alert and queue it. Returns the ops
 * (linked through ->next is NOT used: the caller gets them in out).
 *
 * Incremental evidence: an update carries only the messages not queued for
 * that alert before (sg__ctx_msg_sent). A message is immutable, so storing
 * it again would rewrite the same row, and an open alert is updated on every
 * tactic line of its conversation (writer CPU per event -10..20% under batch
 * load, docs/benchmarks-daemon.md). A batch the writer fails
 * starts a new store epoch, which forgets every mark: later updates store
 * their whole evidence again. (Ops queued between the mark and the failure
 * can still miss a message; their requests were answered 503 store_error,
 * and a platform's resend makes new messages, which are stored.) */
static size_t flush_pending(wop **out, size_t cap)
{
    size_t n = 0;
    uint32_t epoch = D.store_epoch;
    for (pend_alert *p = D.pending, *next; p; p = next) {
        next = p->next;
        wop *op = p->op;
        sg__ctx_msg *msgs[SG_MAX_ALERT_EVENTS * (SG_CTX_PRE + 1) + SG_CTX_TAIL + 8];
        size_t nm = sg__ctx_collect(D.ctx, (const char *const *)p->streams, p->nstreams,
                                    (const char *const *)p->events, p->nevents, msgs,
                                    sizeof msgs / sizeof msgs[0]);
        op->msgs = calloc(nm ? nm : 1, sizeof *op->msgs);
        for (size_t i = 0; i < nm; i++) {
            sg__ctx_msg *m = msgs[i];
            /* a new alert stores everything (and marks it) */
            bool sent = op->msgs && sg__ctx_msg_sent(m, p->key, epoch) && p->update;
            if (op->msgs && !sent) {
                sg__msg *d = &op->msgs[op->rec.nmsgs++];
                d->event = op_str(op, m->event);
                d->type = m->type;
                d->stream = op_str(op, m->stream);
                d->user = op_str(op, m->user);
                d->ts = m->ts;
                d->text = op_str(op, m->text);
                d->item = op_str(op, m->item);
                d->amount = m->amount;
                d->flagged = m->flagged;
                d->action = m->action;
                d->risk = m->risk;
                d->evidence_json = op_str(op, m->evidence);
            }
            sg__ctx_msg_unref(m);
        }
        op->rec.msgs = op->msgs;
        op->waited = out && n < cap;
        if (op->waited)
            out[n++] = op;
        enqueue(op);
        free(p->events);
        free(p->streams);
        free(p);
    }
    D.pending = NULL;
    return n;
}

static void on_engine_log(void *ud, sg_log_level level, const char *msg)
{
    (void)ud;
    sg__daemon_log(level, "engine: %s", msg);
}

/* Takes a checkpoint of the engine and the context under the lock and
 * queues it. Returns the engine blob size or a negative code. */
static long checkpoint_now(bool wait)
{
    char *blob = NULL;
    size_t blen = 0;
    sg__buf cb;
    sg__buf_init(&cb, (size_t)1 << 30);
    pthread_mutex_lock(&D.engine_mu);
    int rc = sg_engine_checkpoint(D.engine, &blob, &blen);
    if (!rc)
        rc = sg__ctx_save(D.ctx, &cb);
    pthread_mutex_unlock(&D.engine_mu);
    if (rc) {
        free(blob);
        sg__buf_free(&cb);
        sg__daemon_log(SG_LOG_ERROR, "checkpoint failed: %s", sg_strerror(rc));
        return rc;
    }
    wop *op = op_new(OP_CHECKPOINT);
    if (!op) {
        free(blob);
        sg__buf_free(&cb);
        return SG_ENOMEM;
    }
    op->blob = blob;
    op->blen = blen;
    op->cblob = cb.data;
    op->clen = cb.len;
    op->waited = wait;
    enqueue(op);
    D.m_checkpoints++;
    if (wait) {
        wait_done(op);
        rc = op->rc;
        op_free(op);
        if (rc)
            return rc;
    }
    return (long)blen;
}

typedef struct diag_ctx {
    sg__buf *json;
    int n;
} diag_ctx;

static void on_rule_diag(void *ud, const sg_rule_diag *d)
{
    diag_ctx *dc = ud;
    sg__daemon_log(SG_LOG_WARN, "rules: %s:%d: %s%s%s", d->file ? d->file : "?", d->line,
                   d->rule ? d->rule : "", d->rule ? ": " : "", d->message ? d->message : "");
    if (!dc || !dc->json || dc->n >= 200)
        return;
    sg__buf *b = dc->json;
    if (dc->n++)
        sg__buf_addc(b, ',');
    sg__buf_adds(b, "{\"file\":");
    sg__buf_json_cstr(b, d->file);
    sg__buf_printf(b, ",\"line\":%d,\"rule\":", d->line);
    sg__buf_json_cstr(b, d->rule);
    sg__buf_adds(b, ",\"message\":");
    sg__buf_json_cstr(b, d->message ? d->message : "");
    sg__buf_addc(b, '}');
}

/* Compiles the rules beside the old set and swaps them in. Fills json
 * with the admin API's answer when non-NULL. Returns 0 on success. */
static int reload_rules(sg__buf *json)
{
    sg__buf diags;
    sg__buf_init(&diags, 256u << 10);
    diag_ctx dc = { &diags, 0 };
    sg_ruleset *rs = NULL;
    int rc =
        sg_ruleset_load((const char *const *)D.rule_paths, D.nrule_paths, on_rule_diag, &dc, &rs);
    if (!rc) {
        pthread_mutex_lock(&D.engine_mu);
        rc = sg_engine_swap_rules(D.engine, rs);
        if (!rc) {
            sg_ruleset_ref(rs);
            pthread_mutex_lock(&D.rules_mu);
            sg_ruleset *old = D.cur_rules;
            D.cur_rules = rs;
            pthread_mutex_unlock(&D.rules_mu);
            if (old)
                sg_ruleset_free(old);
        }
        pthread_mutex_unlock(&D.engine_mu);
    }
    if (!rc) {
        D.nrules = sg_ruleset_count(rs);
        sg__daemon_log(SG_LOG_INFO, "rules reloaded: %zu rules", D.nrules);
        D.m_reload_ok++;
    } else {
        sg__daemon_log(SG_LOG_ERROR, "rules reload failed (%s); the previous rules keep running",
                       sg_strerror(rc));
        D.m_reload_fail++;
    }
    if (rs)
        sg_ruleset_free(rs);
    if (json)
        sg__buf_printf(json, "{\"ok\":%s,\"rules\":%zu,%s%s%s\"diagnostics\":[%s]}",
                       rc ? "false" : "true", D.nrules, rc ? "\"error\":\"" : "",
                       rc ? sg_strerror(rc) : "", rc ? "\"," : "", diags.data ? diags.data : "");
    sg__buf_free(&diags);
    return rc;
}

static int audit_sync(const char *who, const char *action, const char *target, const char *detail);

static void audit_async(const char *who, const char *action, const char *target, const char *detail)
{
    wop *op = op_new(OP_AUDIT);
    if (!op)
        return;
    op->who = op_str(op, who);
    op->action = op_str(op, action);
    op->target = op_str(op, target);
    op->detail = op_str(op, detail ? detail : "");
    enqueue(op);
}

/* Reads the engine's keys (thresholds, caps, protection switches) from the
 * config file into *ecfg, with the nudge catalogue. err names the line. */
static int load_engine_config(const char *path, sg_config *ecfg, char *err, size_t errcap)
{
    sg__serve_cfg tmp;
    char engine_conf[64] = "";
    int fd = -1;
    sg_config_init(ecfg);
    if (path) {
        sg__serve_cfg_init(&tmp);
        if (sg__serve_cfg_load(&tmp, path, engine_conf, sizeof engine_conf, &fd, err, errcap))
            return SG_ECONFIG;
        int rc = sg_config_load(ecfg, engine_conf, err, errcap);
        close(fd);
        if (rc) {
            /* the engine read a memory copy: name the real file */
            size_t el = strlen(engine_conf);
            if (!strncmp(err, engine_conf, el)) {
                char tail[512];
                snprintf(tail, sizeof tail, "%s", err + el);
                size_t pl = strlen(path) < errcap ? strlen(path) : errcap - 1;
                memcpy(err, path, pl);
                snprintf(err + pl, errcap - pl, "%s", tail);
            }
            return rc;
        }
    }
    ecfg->nudge_catalogue = D.catalogue[0] ? D.catalogue : NULL;
    return 0;
}

/* Config reload (POST /v1/admin/reload, SIGHUP): the engine's keys are read
 * again from the --config file and a new engine is built with them and the
 * current rules; the old engine's state moves over through a checkpoint,
 * so conversations and open alerts survive. Daemon keys (listen, threads,
 * caps, ...) need a restart. Every attempt, and the switch values in force
 * after it, go to the audit log. Appends a JSON object to json. */
static int reload_config(const char *who, sg__buf *json)
{
    char err[512] = "", sw[1024];
    sg_config ecfg;
    sg_engine *ne = NULL;
    char *blob = NULL;
    size_t blen = 0;
    int rc;
    if (!D.config_path[0]) {
        if (json)
            sg__buf_adds(
                json,
                "{\"reloaded\":false,\"reason\":\"the daemon was started without --config\"}");
        return 0;
    }
    pthread_mutex_lock(&D.reload_mu);
    rc = load_engine_config(D.config_path, &ecfg, err, sizeof err);
    if (!rc) {
        pthread_mutex_lock(&D.engine_mu);
        rc = sg_engine_new(&ecfg, D.cur_rules, &ne);
        if (!rc)
            rc = sg_engine_checkpoint(D.engine, &blob, &blen);
        if (!rc)
            rc = sg_engine_restore(ne, blob, blen);
        if (!rc) {
            sg_engine_set_log(ne, on_engine_log, NULL);
            sg_engine_set_alert_callback(ne, on_alert, NULL);
            sg_engine *old = D.engine;
            D.engine = ne;
            ne = old; /* freed below */
        } else if (!err[0]) {
            snprintf(err, sizeof err, "the new engine could not take over the state: %s",
                     sg_strerror(rc));
        }
        pthread_mutex_unlock(&D.engine_mu);
        if (ne)
            sg_engine_free(ne);
        free(blob);
    }
    if (rc) {
        sg__daemon_log(SG_LOG_ERROR, "config reload failed (%s); the previous settings stay", err);
        audit_sync(who, "config_reload_failed", D.config_path, err);
    } else {
        sg__family_switches(&ecfg, sw, sizeof sw);
        sg__daemon_log(SG_LOG_INFO, "config reloaded: %s", sw);
        audit_sync(who, "config_reload", D.config_path, sw);
    }
    if (json) {
        sg__buf_printf(json, "{\"reloaded\":%s,", rc ? "false" : "true");
        sg__buf_adds(json, rc ? "\"error\":" : "\"switches\":");
        sg__buf_json_cstr(json, rc ? err : sw);
        sg__buf_addc(json, '}');
    }
    pthread_mutex_unlock(&D.reload_mu);
    return rc;
}

/* ------------------------------------------------------------------------
 * HTTP helpers
 * ---------------------------------------------------------------------- */

typedef struct req {
    int route;
    int lat_class;
    int role;
    char token_id[SG_TOKEN_ID_MAX];
    const char *path_id; /* points into url_copy */
    char url_copy[512];
    sg__buf body;
    bool too_big;
    bool over_budget; /* the daemon-wide body budget is spent */
    size_t charged;   /* bytes of body charged to D.body_bytes */
    bool answered;    /* a response was queued on the first call */
    unsigned status;
    int64_t t0_us;
    /* POST /v1/events whose alerts are not committed yet: the connection is
     * suspended (it holds no thread) and on D.waiting until the writer has
     * committed them all and resumes it (see handle_events). */
    struct ingest *wait_in;
    struct MHD_Connection *conn;
    struct req *next_wait;
} req;

/* A response owning b's bytes (b is left empty, also on failure), with the
 * Content-Type and the no-store header every API answer carries. */
static struct MHD_Response *buf_response(sg__buf *b, const char *ctype)
{
    struct MHD_Response *resp;
    if (b->data) {
        resp = MHD_create_response_from_buffer_with_free_callback(b->len, b->data, free);
        if (!resp)
            free(b->data);
        b->data = NULL;
        b->len = b->cap = 0;
    } else {
        resp = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
    }
    if (resp) {
        MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, ctype);
        MHD_add_response_header(resp, "Cache-Control", "no-store");
    }
    return resp;
}

/* Queues resp (NULL: the connection is dropped) and records the status. */
static enum MHD_Result queue_response(struct MHD_Connection *c, req *r, unsigned status,
                                      struct MHD_Response *resp)
{
    if (!resp)
        return MHD_NO;
    enum MHD_Result ret = MHD_queue_response(c, status, resp);
    MHD_destroy_response(resp);
    if (r)
        r->status = status;
    return ret;
}

static enum MHD_Result send_buf(struct MHD_Connection *c, req *r, unsigned status, sg__buf *b,
                                const char *ctype)
{
    return queue_response(c, r, status, buf_response(b, ctype));
}

static enum MHD_Result send_error(struct MHD_Connection *c, req *r, unsigned status,
                                  const char *code, const char *msg, int retry_after)
{
    sg__buf b;
    sg__buf_init(&b, 8192);
    sg__buf_adds(&b, "{\"error\":");
    sg__buf_json_cstr(&b, code);
    sg__buf_adds(&b, ",\"message\":");
    sg__buf_json_cstr(&b, msg);
    sg__buf_addc(&b, '}');
    struct MHD_Response *resp = buf_response(&b, "application/json");
    if (!resp)
        return MHD_NO;
    if (status == 401)
        MHD_add_response_header(resp, "WWW-Authenticate", "Bearer realm=\"streamguard\"");
    if (retry_after > 0) {
        char ra[16];
        snprintf(ra, sizeof ra, "%d", retry_after);
        MHD_add_response_header(resp, "Retry-After", ra);
    }
    return queue_response(c, r, status, resp);
}

static enum MHD_Result send_store_error(struct MHD_Connection *c, req *r, int rc)
{
    if (rc == SG_ENOTFOUND)
        return send_error(c, r, 404, "not_found", "no such alert", 0);
    if (rc == SG_EINVAL)
        return send_error(c, r, 400, "bad_request", "invalid cursor or filter", 0);
    if (rc == SG_ETOOBIG)
        return send_error(c, r, 500, "internal", "response exceeds its size cap", 0);
    return send_error(c, r, 500, "store_error", sg_strerror(rc), 0);
}

static const char *query(struct MHD_Connection *c, const char *k)
{
    const char *v = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, k);
    return v && *v ? v : NULL;
}

/* Resolves method + path into a route; sets r->path_id for /{id} routes. */
static int route_of(const char *method, const char *url, req *r)
{
    bool get = !strcmp(method, "GET") || !strcmp(method, "HEAD");
    bool post = !strcmp(method, "POST");
    snprintf(r->url_copy, sizeof r->url_copy, "%s", url);
    char *u = r->url_copy;
    r->lat_class = LC_OTHER;
    if (!strncmp(u, "/v1/", 4)) {
        char *p = u + 4;
        if (!strcmp(p, "events"))
            return r->lat_class = LC_EVENTS, post ? R_EVENTS : -R_EVENTS;
        if (!strcmp(p, "alerts"))
            return r->lat_class = LC_ALERTS, get ? R_ALERTS : -R_ALERTS;
        if (!strcmp(p, "alerts/stream"))
            return get ? R_ALERT_STREAM : -R_ALERT_STREAM;
        if (!strncmp(p, "alerts/", 7) && p[7]) {
            r->lat_class = LC_ALERTS;
            char *id = p + 7, *slash = strchr(id, '/');
            r->path_id = id;
            if (!slash)
                return get ? R_ALERT_GET : -R_ALERT_GET;
            *slash = 0;
            if (!strcmp(slash + 1, "resolve"))
                return post ? R_ALERT_RESOLVE : -R_ALERT_RESOLVE;
            if (!strcmp(slash + 1, "cybertip"))
                return get ? R_CYBERTIP : -R_CYBERTIP;
            return R_NONE;
        }
        if (!strncmp(p, "users/", 6) && p[6] && !strchr(p + 6, '/')) {
            r->path_id = p + 6;
            return get ? R_USER : -R_USER;
        }
        if (!strncmp(p, "streams/", 8) && p[8] && !strchr(p + 8, '/')) {
            r->path_id = p + 8;
            return get ? R_STREAM : -R_STREAM;
        }
        if (!strcmp(p, "whoami"))
            return get ? R_WHOAMI : -R_WHOAMI;
        if (!strcmp(p, "nudges/stream"))
            return get ? R_NUDGE_STREAM : -R_NUDGE_STREAM;
        if (!strncmp(p, "family/", 7) && p[7]) {
            char *id = p + 7, *slash = strchr(id, '/');
            if (!slash || slash == id || strcmp(slash + 1, "digest"))
                return R_NONE;
            *slash = 0;
            r->path_id = id;
            return get ? R_DIGEST : -R_DIGEST;
        }
        if (!strcmp(p, "media/hash"))
            return post ? R_MEDIA_HASH : -R_MEDIA_HASH;
        if (!strcmp(p, "media/match"))
            return post ? R_MEDIA_MATCH : -R_MEDIA_MATCH;
        if (!strcmp(p, "media/banks"))
            return get ? R_BANKS : -R_BANKS;
        if (!strncmp(p, "media/banks/", 12) && p[12] && !strchr(p + 12, '/')) {
            r->path_id = p + 12;
            if (!strcmp(method, "PUT"))
                return R_BANK_PUT;
            if (!strcmp(method, "PATCH"))
                return R_BANK_PATCH;
            return -R_BANK_PUT;
        }
        if (!strcmp(p, "admin/reload"))
            return post ? R_RELOAD : -R_RELOAD;
        if (!strcmp(p, "admin/checkpoint"))
            return post ? R_CHECKPOINT : -R_CHECKPOINT;
        if (!strcmp(p, "admin/audit"))
            return get ? R_AUDIT : -R_AUDIT;
        return R_NONE;
    }
    if (!strcmp(u, "/healthz"))
        return get ? R_HEALTHZ : -R_HEALTHZ;
    if (!strcmp(u, "/readyz"))
        return get ? R_READYZ : -R_READYZ;
    if (!strcmp(u, "/metrics"))
        return get ? R_METRICS : -R_METRICS;
    return get ? R_STATIC : -R_STATIC;
}

/* Token bucket per token id. Returns seconds to wait, 0 if allowed. */
static int rate_check(const char *id)
{
    if (D.cfg.rate_limit_rps <= 0)
        return 0;
    unsigned h = 2166136261u;
    for (const char *p = id; *p; p++)
        h = (h ^ (unsigned char)*p) * 16777619u;
    int64_t now = mono_us();
    int wait = 0;
    pthread_mutex_lock(&D.rate_mu);
    rate_slot *s = &D.rate[h & 255];
    if (strcmp(s->id, id)) {
        /* a new token takes the slot with a full bucket (slots may be shared
         * by colliding ids; each then restarts full: generous, never stuck) */
        snprintf(s->id, sizeof s->id, "%s", id);
        s->tokens = D.cfg.rate_limit_burst;
        s->last_us = now;
    }
    double burst = D.cfg.rate_limit_burst > 1 ? D.cfg.rate_limit_burst : 1;
    s->tokens += (double)(now - s->last_us) / 1e6 * D.cfg.rate_limit_rps;
    if (s->tokens > burst)
        s->tokens = burst;
    s->last_us = now;
    if (s->tokens >= 1)
        s->tokens -= 1;
    else
        wait = (int)ceil((1 - s->tokens) / D.cfg.rate_limit_rps);
    pthread_mutex_unlock(&D.rate_mu);
    return wait > 0 ? wait : 0;
}

/* Bearer token from the Authorization header (or ?token= for SSE). */
static const char *bearer(struct MHD_Connection *c, int route, size_t *len)
{
    const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
    if (h && !strncasecmp(h, "Bearer ", 7)) {
        h += 7;
        while (*h == ' ')
            h++;
        *len = strlen(h);
        while (*len && h[*len - 1] == ' ')
            (*len)--;
        return h;
    }
    if (route == R_ALERT_STREAM || route == R_NUDGE_STREAM) {
        const char *q = query(c, "token");
        if (!q)
            q = query(c, "access_token");
        if (q) {
            *len = strlen(q);
            return q;
        }
    }
    return NULL;
}

/* ------------------------------------------------------------------------
 * POST /v1/events
 * ---------------------------------------------------------------------- */

/* Events of a request are parsed outside the engine lock and decided in
 * chunks of INGEST_CHUNK under one lock hold: taking the lock per event made
 * the HTTP threads contend on it a hundred times per batch (futex waits and
 * context switches were 8-9% of perf samples under batch load). Each
 * event of a chunk needs its own parser, since a parsed event points into
 * its parser's memory: every HTTP thread keeps INGEST_CHUNK parsers. */
#define INGEST_CHUNK 16

static __thread sg_event_parser *tl_parsers[INGEST_CHUNK];
static pthread_mutex_t parsers_mu = PTHREAD_MUTEX_INITIALIZER;
static sg_event_parser *parsers[256 * INGEST_CHUNK]; /* all threads', freed at exit */
static size_t nparsers;

/* Each chat line is also normalised and matched against the rules outside
 * the lock (sg_prepare): under batch load that was about half of what the
 * engine did under it. One preparer per HTTP thread, one prepared result
 * per event of a chunk. */
typedef struct thread_prep {
    sg_preparer *preparer;
    sg_prepared *prepared[INGEST_CHUNK];
} thread_prep;
static __thread thread_prep *tl_prep;
static thread_prep *preps[256]; /* all threads', freed at exit */
static size_t npreps;

static void thread_prep_free(thread_prep *tp)
{
    if (!tp)
        return;
    sg_preparer_free(tp->preparer);
    for (size_t i = 0; i < INGEST_CHUNK; i++)
        sg_prepared_free(tp->prepared[i]);
    free(tp);
}

/* The calling thread's preparer and results; NULL when they could not be
 * made (events are then decided without them). */
static thread_prep *thread_prep_get(void)
{
    if (tl_prep)
        return tl_prep;
    thread_prep *tp = calloc(1, sizeof *tp);
    bool ok = tp && sg_preparer_new(&tp->preparer) == 0;
    for (size_t i = 0; ok && i < INGEST_CHUNK; i++)
        ok = sg_prepared_new(&tp->prepared[i]) == 0;
    pthread_mutex_lock(&parsers_mu);
    ok = ok && npreps < sizeof preps / sizeof preps[0];
    if (ok)
        preps[npreps++] = tp;
    pthread_mutex_unlock(&parsers_mu);
    if (!ok) {
        thread_prep_free(tp);
        return NULL;
    }
    return tl_prep = tp;
}

/* A reference to the rules the engine runs (D.rules_mu guards the pointer). */
static sg_ruleset *current_rules(void)
{
    pthread_mutex_lock(&D.rules_mu);
    sg_ruleset *rs = D.cur_rules;
    if (rs)
        sg_ruleset_ref(rs);
    pthread_mutex_unlock(&D.rules_mu);
    return rs;
}

/* The calling thread's parsers; false when one could not be made. */
static bool thread_parsers(sg_event_parser **out)
{
    for (size_t i = 0; i < INGEST_CHUNK; i++) {
        if (!tl_parsers[i]) {
            if (sg_event_parser_new(&tl_parsers[i]))
                return false;
            pthread_mutex_lock(&parsers_mu);
            if (nparsers < sizeof parsers / sizeof parsers[0])
                parsers[nparsers++] = tl_parsers[i];
            pthread_mutex_unlock(&parsers_mu);
        }
        out[i] = tl_parsers[i];
    }
    return true;
}

/* One parsed line waiting for its chunk to be decided. */
typedef struct parsed {
    sg_event ev;
    size_t lineno;
    int rc; /* 0, or the parse error (err holds the reason) */
    char err[256];
} parsed;

typedef struct ingest {
    sg_event_parser *parsers[INGEST_CHUNK];
    parsed chunk[INGEST_CHUNK];
    size_t nchunk;
    sg__buf out;
    bool ndjson;
    size_t entries;
    wop **waits;
    size_t nwaits, capwaits;
    int rc; /* the first error deciding the body */
    char dec[8192];
} ingest;

static int add_entry_sep(ingest *in)
{
    int rc = 0;
    if (in->entries++)
        rc = in->ndjson ? sg__buf_addc(&in->out, '\n') : sg__buf_addc(&in->out, ',');
    return rc;
}

/* Under the engine lock: remembers a stream's broadcaster (family.c) and
 * queues the stream row for the digest and CyberTip drafts. */
static void family_note_stream(const sg_event *ev)
{
    sg__family_stream_event(ev);
    wop *op = op_new(OP_STREAM);
    if (!op)
        return;
    op->srec.stream = op_str(op, ev->stream);
    if (ev->type == SG_EV_STREAM_START) {
        op->srec.broadcaster = op_str(op, ev->broadcaster);
        op->srec.age = op_str(op, sg_age_band_name(ev->broadcaster_age));
        op->srec.title = op_str(op, ev->title);
        op->srec.start_ts = ev->ts;
        op->srec.end_ts = -1;
    } else {
        op->srec.start_ts = -1;
        op->srec.end_ts = ev->ts;
    }
    enqueue(op);
}

/* Under the engine lock: a nudge goes to the nudge feed; a held, blocked
 * or nudged decision is kept (without text or user) for the parent
 * digest. Returns true when a nudge was published. */
static bool family_note_decision(const sg_event *ev, const sg_decision *d)
{
    bool nudged = d->nudge && d->nudge->text;
    const char *stream = d->stream ? d->stream : ev->stream;
    if (nudged)
        sg__nudge_push(stream, sg__family_broadcaster(stream), d);
    if (d->action == SG_ALLOW && !nudged)
        return false;
    wop *op = op_new(OP_FAMILY);
    if (!op)
        return nudged;
    op->fev.stream = op_str(op, stream);
    op->fev.event = op_str(op, d->event);
    op->fev.ts = d->ts;
    op->fev.action = d->action;
    op->fev.tactics = d->tactics;
    op->fev.policy = op_str(op, d->policy);
    op->fev.nudge = nudged;
    enqueue(op);
    return nudged;
}

/* Appends the answer for one event of a chunk. Under the engine lock: the
 * decision points into engine memory until the next event is processed. */
static int answer(ingest *in, const parsed *pe, int pr, const sg_decision *d)
{
    int rc = add_entry_sep(in);
    if (rc)
        return rc;
    if (pe->rc) {
        rc = sg__buf_printf(&in->out, "{\"kind\":\"error\",\"line\":%zu,\"error\":", pe->lineno);
        if (!rc)
            rc = sg__buf_json_cstr(&in->out, pe->err[0] ? pe->err : "malformed event");
        return rc ? rc : sg__buf_addc(&in->out, '}');
    }
    if (pr == 1) {
        size_t need = sg_decision_json(d, in->dec, sizeof in->dec);
        if (need < sizeof in->dec)
            return sg__buf_add(&in->out, in->dec, need);
        char *heap = malloc(need + 1);
        if (!heap)
            return SG_ENOMEM;
        sg_decision_json(d, heap, need + 1);
        rc = sg__buf_add(&in->out, heap, need);
        free(heap);
        return rc;
    }
    if (pr == 0)
        return sg__buf_printf(&in->out, "{\"kind\":\"ack\",\"line\":%zu,\"type\":\"%s\"}",
                              pe->lineno,
                              pe->ev.type == SG_EV_STREAM_START ? "stream_start" : "stream_end");
    rc = sg__buf_printf(&in->out, "{\"kind\":\"error\",\"line\":%zu,\"error\":", pe->lineno);
    if (!rc)
        rc = sg__buf_json_cstr(&in->out, sg_strerror(pr));
    return rc ? rc : sg__buf_addc(&in->out, '}');
}

/* Keeps an alert op the request must wait for (committed) before answering. */
static void keep_wait(ingest *in, wop *op)
{
    if (in->nwaits == in->capwaits) {
        size_t nc = in->capwaits ? in->capwaits * 2 : 8;
        wop **p = realloc(in->waits, nc * sizeof *p);
        if (!p) {
            /* cannot track it: still committed by the writer; wait now */
            wait_done(op);
            op_free(op);
            return;
        }
        in->waits = p;
        in->capwaits = nc;
    }
    in->waits[in->nwaits++] = op;
}

/* Decides the parsed lines of the chunk in order, under one lock hold. */
static int decide_chunk(ingest *in)
{
    wop *waits[INGEST_CHUNK * SG_MAX_ALERT_SUBJECTS];
    size_t nw = 0;
    bool nudged = false;
    int rc = 0;
    if (!in->nchunk)
        return 0;
    thread_prep *tp = thread_prep_get();
    sg_ruleset *rs = tp ? current_rules() : NULL;
    bool prepared = rs != NULL;
    for (size_t i = 0; prepared && i < in->nchunk; i++)
        if (!in->chunk[i].rc)
            sg_prepare(tp->preparer, rs, &in->chunk[i].ev, tp->prepared[i]);
    if (rs)
        sg_ruleset_free(rs);
    pthread_mutex_lock(&D.engine_mu);
    for (size_t i = 0; i < in->nchunk; i++) {
        parsed *pe = &in->chunk[i];
        sg_decision d;
        int pr = SG_EINVAL;
        if (pe->rc) {
            D.m_line_errors++;
        } else {
            /* start loading the next event's conversation while this one
             * is decided (a hint; results are unchanged) */
            if (i + 2 < in->nchunk && !in->chunk[i + 2].rc)
                sg__ctx_prefetch(D.ctx, &in->chunk[i + 2].ev, false);
            if (i + 1 < in->nchunk && !in->chunk[i + 1].rc) {
                sg_engine_prefetch(D.engine, &in->chunk[i + 1].ev);
                sg__ctx_prefetch(D.ctx, &in->chunk[i + 1].ev, true);
            }
            pr = sg_engine_process_prepared(D.engine, &pe->ev, prepared ? tp->prepared[i] : NULL,
                                            &d);
            D.m_events++;
            if (pr == 0)
                family_note_stream(&pe->ev);
            if (pr == 1) {
                nudged |= family_note_decision(&pe->ev, &d);
                D.m_decisions[d.action <= SG_BLOCK ? d.action : 0]++;
                sg__ctx_add(D.ctx, &pe->ev, &d);
            }
            if (D.pending)
                nw += flush_pending(waits + nw, sizeof waits / sizeof waits[0] - nw);
        }
        if (!rc)
            rc = answer(in, pe, pr, &d);
    }
    pthread_mutex_unlock(&D.engine_mu);
    in->nchunk = 0;
    if (nudged)
        sse_notify(false);
    for (size_t i = 0; i < nw; i++)
        keep_wait(in, waits[i]);
    return rc;
}

static int on_line(void *ud, size_t lineno, const char *line, size_t len)
{
    ingest *in = ud;
    parsed *pe = &in->chunk[in->nchunk];
    pe->lineno = lineno;
    pe->err[0] = '\0';
    if (len > SG_MAX_EVENT_BYTES) {
        snprintf(pe->err, sizeof pe->err, "line exceeds %d bytes", SG_MAX_EVENT_BYTES);
        pe->rc = SG_ETOOBIG;
    } else {
        int rc =
            sg_event_parse(in->parsers[in->nchunk], line, len, &pe->ev, pe->err, sizeof pe->err);
        pe->rc = rc < 0 ? rc : 0;
    }
    if (++in->nchunk < INGEST_CHUNK)
        return 0;
    return decide_chunk(in);
}

static bool overloaded(void)
{
    pthread_mutex_lock(&D.q_mu);
    bool o = D.q_len >= D.cfg.store_queue_max ||
             (D.q_head && mono_ms() - D.q_oldest_ms > D.cfg.store_max_lag_ms);
    pthread_mutex_unlock(&D.q_mu);
    return o || D.inflight > D.cfg.max_inflight_ingest;
}

static bool ops_done(const ingest *in);
static enum MHD_Result finish_events(struct MHD_Connection *c, req *r, ingest *in);

static enum MHD_Result handle_events(struct MHD_Connection *c, req *r)
{
    const char *ct = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
    bool ndjson;
    if (!ct || !strncasecmp(ct, "application/x-ndjson", 20) ||
        !strncasecmp(ct, "application/jsonl", 17))
        ndjson = true;
    else if (!strncasecmp(ct, "application/json", 16))
        ndjson = false;
    else
        return send_error(c, r, 415, "unsupported_media_type",
                          "send application/json (one event) or application/x-ndjson (a batch)", 0);
    if (!r->body.len || sg__body_count_lines(r->body.data, r->body.len) == 0)
        return send_error(c, r, 400, "bad_request", "empty body: send one event or NDJSON lines",
                          0);
    if (ndjson && sg__body_count_lines(r->body.data, r->body.len) > D.cfg.max_batch_events) {
        char m[128];
        snprintf(m, sizeof m, "batch exceeds max_batch_events (%zu lines)", D.cfg.max_batch_events);
        return send_error(c, r, 413, "body_too_large", m, 0);
    }
    D.inflight++;
    if (overloaded()) {
        D.inflight--;
        D.m_overloaded++;
        return send_error(c, r, 503, "overloaded", "the store is behind; retry later", 1);
    }
    /* Not calloc: the struct is ~15 KB of per-line scratch that is written
     * before it is read; zeroing it on every request is wasted work. */
    ingest *in = malloc(sizeof *in);
    if (in) {
        in->nchunk = 0;
        in->entries = 0;
        in->waits = NULL;
        in->nwaits = in->capwaits = 0;
    }
    if (!in || !thread_parsers(in->parsers)) {
        free(in);
        D.inflight--;
        return send_error(c, r, 500, "internal", "out of memory", 0);
    }
    in->ndjson = ndjson;
    sg__buf_init(&in->out, D.cfg.max_body_bytes * 4 + (1u << 20));
    if (!ndjson)
        sg__buf_addc(&in->out, '[');
    int rc =
        sg__body_lines(r->body.data, r->body.len, !ndjson, D.cfg.max_batch_events, on_line, in);
    int crc = decide_chunk(in); /* the last, partial chunk */
    in->rc = rc ? rc : crc;
    /* Alerts are acknowledged only once committed. Rather than hold this
     * thread until the writer's next commit, the connection is suspended
     * and the writer resumes it (resume_committed): with two HTTP threads,
     * blocking here kept at most two batches in flight and left the cores
     * idle while commits were written. */
    if (in->nwaits) {
        pthread_mutex_lock(&D.q_mu);
        if (!ops_done(in) && !D.stopping) {
            r->wait_in = in;
            r->conn = c;
            MHD_suspend_connection(c);
            r->next_wait = D.waiting;
            D.waiting = r;
            pthread_mutex_unlock(&D.q_mu);
            return MHD_YES;
        }
        pthread_mutex_unlock(&D.q_mu);
    }
    return finish_events(c, r, in);
}

/* Under D.q_mu: are all the alert writes the request waits for done? */
static bool ops_done(const ingest *in)
{
    for (size_t i = 0; i < in->nwaits; i++)
        if (!in->waits[i]->done)
            return false;
    return true;
}

/* Under D.q_mu, by the writer after each commit (all: at shutdown):
 * resumes the suspended requests whose writes are all done; MHD then calls
 * on_request again, which finishes them (finish_events). */
static void resume_committed(bool all)
{
    for (req **pp = &D.waiting; *pp;) {
        req *r = *pp;
        if (all || ops_done(r->wait_in)) {
            *pp = r->next_wait;
            r->next_wait = NULL;
            MHD_resume_connection(r->conn);
        } else {
            pp = &r->next_wait;
        }
    }
}

/* The answer to POST /v1/events, once its alerts are committed (waits if
 * any is not: only at shutdown). */
static enum MHD_Result finish_events(struct MHD_Connection *c, req *r, ingest *in)
{
    enum MHD_Result ret;
    int rc = in->rc;
    bool ndjson = in->ndjson;
    for (size_t i = 0; i < in->nwaits; i++) {
        wop *op = in->waits[i];
        wait_done(op);
        if (!rc && op->rc)
            rc = op->rc;
        if (!rc && op->result.len) {
            if (!(rc = add_entry_sep(in)))
                rc = sg__buf_add(&in->out, op->result.data, op->result.len);
        }
        op_free(op);
    }
    free(in->waits);
    D.inflight--;
    if (rc) {
        sg__buf_free(&in->out);
        free(in);
        if (rc == SG_ESTORE)
            return send_error(c, r, 503, "store_error",
                              "alerts could not be committed; the events were decided, retry", 1);
        return send_error(c, r, 500, "internal", sg_strerror(rc), 0);
    }
    if (ndjson)
        sg__buf_addc(&in->out, '\n');
    else
        sg__buf_addc(&in->out, ']');
    ret = send_buf(c, r, 200, &in->out, ndjson ? "application/x-ndjson" : "application/json");
    sg__buf_free(&in->out);
    free(in);
    return ret;
}

/* ------------------------------------------------------------------------
 * Alerts, users, streams, audit
 * ---------------------------------------------------------------------- */

static int audit_sync(const char *who, const char *action, const char *target, const char *detail)
{
    wop *op = op_new(OP_AUDIT);
    if (!op)
        return SG_ENOMEM;
    op->who = op_str(op, who);
    op->action = op_str(op, action);
    op->target = op_str(op, target);
    op->detail = op_str(op, detail ? detail : "");
    op->waited = true;
    enqueue(op);
    wait_done(op);
    int rc = op->rc;
    op_free(op);
    return rc;
}

static int parse_enum(const char *v, const char *(*name)(int), int n)
{
    for (int i = 0; i < n; i++)
        if (name(i) && !strcmp(v, name(i)))
            return i;
    return -2;
}

static const char *type_name_i(int i)
{
    return sg_alert_type_name((sg_alert_type)i);
}
static const char *sev_name_i(int i)
{
    return sg_severity_name((sg_severity)i);
}

static enum MHD_Result handle_alerts(struct MHD_Connection *c, req *r)
{
    sg__alert_filter f = { .type = -1, .severity = -1, .min_severity = -1 };
    const char *v;
    f.status = query(c, "status");
    if (f.status && strcmp(f.status, "open") && strcmp(f.status, "confirmed") &&
        strcmp(f.status, "dismissed") && strcmp(f.status, "escalated") &&
        strcmp(f.status, "resolved"))
        return send_error(c, r, 400, "bad_request",
                          "status must be open, confirmed, dismissed, escalated or resolved", 0);
    if ((v = query(c, "type")) && (f.type = parse_enum(v, type_name_i, 4)) < 0)
        return send_error(c, r, 400, "bad_request",
                          "type must be grooming, flood, serial_contact or hash_match", 0);
    if ((v = query(c, "severity")) && (f.severity = parse_enum(v, sev_name_i, 4)) < 0)
        return send_error(c, r, 400, "bad_request",
                          "severity must be low, medium, high or critical", 0);
    if ((v = query(c, "min_severity")) && (f.min_severity = parse_enum(v, sev_name_i, 4)) < 0)
        return send_error(c, r, 400, "bad_request",
                          "min_severity must be low, medium, high or critical", 0);
    f.stream = query(c, "stream");
    f.user = query(c, "user");
    if ((v = query(c, "sort"))) {
        if (!strcmp(v, "newest"))
            f.sort = 0;
        else if (!strcmp(v, "oldest"))
            f.sort = 1;
        else if (!strcmp(v, "severity"))
            f.sort = 2;
        else
            return send_error(c, r, 400, "bad_request", "sort must be newest, oldest or severity",
                              0);
    }
    f.limit = 50;
    if ((v = query(c, "limit"))) {
        char *end;
        long l = strtol(v, &end, 10);
        if (*end || l < 1 || l > 500)
            return send_error(c, r, 400, "bad_request", "limit must be 1..500", 0);
        f.limit = (int)l;
    }
    f.cursor = query(c, "cursor");
    sg__buf b;
    sg__buf_init(&b, 64u << 20);
    int rc = D.store->ops->alert_list(D.store, &f, &b);
    if (rc) {
        sg__buf_free(&b);
        return send_store_error(c, r, rc);
    }
    return send_buf(c, r, 200, &b, "application/json");
}

static enum MHD_Result handle_alert_get(struct MHD_Connection *c, req *r)
{
    sg__buf b;
    sg__buf_init(&b, 64u << 20);
    int rc = D.store->ops->alert_get(D.store, r->path_id, &b);
    if (!rc)
        rc = audit_sync(r->token_id, "view_alert", r->path_id, "");
    if (rc) {
        sg__buf_free(&b);
        return send_store_error(c, r, rc);
    }
    return send_buf(c, r, 200, &b, "application/json");
}

static enum MHD_Result handle_resolve(struct MHD_Connection *c, req *r)
{
    char outcome[16], note[4096], err[256] = "";
    if (sg__body_resolve(r->body.data ? r->body.data : "", r->body.len, outcome, note, sizeof note,
                         err, sizeof err))
        return send_error(c, r, 400, "bad_request", err, 0);
    wop *op = op_new(OP_LABEL), *au = op_new(OP_AUDIT);
    if (!op || !au) {
        op_free(op);
        op_free(au);
        return send_error(c, r, 500, "internal", "out of memory", 0);
    }
    op->alert_id = op_str(op, r->path_id);
    op->outcome = op_str(op, outcome);
    op->note = op_str(op, note);
    op->who = op_str(op, r->token_id);
    op->waited = true;
    au->who = op_str(au, r->token_id);
    au->action = op_str(au, "resolve_alert");
    au->target = op_str(au, r->path_id);
    au->detail = op_str(au, outcome);
    au->waited = true;
    /* both in one queue push so they commit together */
    pthread_mutex_lock(&D.q_mu);
    op->next = au;
    op->enq_ms = au->enq_ms = mono_ms();
    if (!D.q_head)
        D.q_oldest_ms = op->enq_ms;
    if (D.q_tail)
        D.q_tail->next = op;
    else
        D.q_head = op;
    D.q_tail = au;
    D.q_len += 2;
    pthread_cond_signal(&D.q_cv);
    pthread_mutex_unlock(&D.q_mu);
    wait_done(op);
    wait_done(au);
    int rc = op->rc ? op->rc : au->rc;
    op_free(au);
    if (rc) {
        op_free(op);
        return send_store_error(c, r, rc);
    }
    /* close the engine's open alert so new evidence opens a fresh one */
    const char *eid = op->result.data ? strstr(op->result.data, "\"engine_id\":\"") : NULL;
    if (eid) {
        char id[64];
        eid += 13;
        size_t n = strcspn(eid, "\"");
        if (n < sizeof id) {
            memcpy(id, eid, n);
            id[n] = 0;
            pthread_mutex_lock(&D.engine_mu);
            sg_engine_resolve_alert(D.engine, id);
            pthread_mutex_unlock(&D.engine_mu);
        }
    }
    op_free(op);
    sg__buf b;
    sg__buf_init(&b, 64u << 20);
    rc = D.store->ops->alert_get(D.store, r->path_id, &b);
    if (rc) {
        sg__buf_free(&b);
        return send_store_error(c, r, rc);
    }
    return send_buf(c, r, 200, &b, "application/json");
}

static enum MHD_Result handle_history(struct MHD_Connection *c, req *r, bool is_user)
{
    sg__buf b;
    sg__ctx_counters ct;
    sg__buf_init(&b, 64u << 20);
    int rc = sg__buf_addc(&b, '{');
    if (!rc)
        rc = D.store->ops->history(D.store, is_user, r->path_id, &b);
    pthread_mutex_lock(&D.engine_mu);
    bool have = sg__ctx_get_counters(D.ctx, is_user, r->path_id, &ct);
    pthread_mutex_unlock(&D.engine_mu);
    if (!rc && have)
        rc = sg__buf_printf(&b,
                            ",\"counters\":{\"events\":%llu,\"holds\":%llu,\"blocks\":%llu,"
                            "\"max_risk\":%.4g,\"last_ts\":%lld}}",
                            (unsigned long long)ct.events, (unsigned long long)ct.holds,
                            (unsigned long long)ct.blocks, ct.max_risk, (long long)ct.last_ts);
    else if (!rc)
        rc = sg__buf_adds(&b, ",\"counters\":null}");
    if (rc) {
        sg__buf_free(&b);
        return send_store_error(c, r, rc);
    }
    return send_buf(c, r, 200, &b, "application/json");
}

static enum MHD_Result handle_audit(struct MHD_Connection *c, req *r)
{
    const char *v;
    long long after = 0;
    long limit = 100;
    char *end;
    if ((v = query(c, "after")) && ((after = strtoll(v, &end, 10)) < 0 || *end))
        return send_error(c, r, 400, "bad_request", "after must be a non-negative integer", 0);
    if ((v = query(c, "limit")) && ((limit = strtol(v, &end, 10)) < 1 || limit > 1000 || *end))
        return send_error(c, r, 400, "bad_request", "limit must be 1..1000", 0);
    int rc = audit_sync(r->token_id, "read_audit", "audit", "");
    bool ok = false;
    int64_t entries = 0;
    sg__buf b;
    sg__buf_init(&b, 64u << 20);
    if (!rc)
        rc = D.store->ops->audit_verify(D.store, &ok, &entries);
    if (!rc)
        rc = sg__buf_printf(&b, "{\"chain_ok\":%s,\"total\":%lld,", ok ? "true" : "false",
                            (long long)entries);
    if (!rc)
        rc = D.store->ops->audit_list(D.store, after, (int)limit, &b);
    if (!rc)
        rc = sg__buf_addc(&b, '}');
    if (rc) {
        sg__buf_free(&b);
        return send_store_error(c, r, rc);
    }
    return send_buf(c, r, 200, &b, "application/json");
}

/* ------------------------------------------------------------------------
 * Family: parent digest, CyberTip draft (family.c)
 * ---------------------------------------------------------------------- */

static bool wants_html(struct MHD_Connection *c)
{
    const char *f = query(c, "format");
    if (f)
        return !strcmp(f, "html");
    const char *a = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT);
    return a && strstr(a, "text/html") != NULL;
}

static enum MHD_Result handle_digest(struct MHD_Connection *c, req *r)
{
    const char *b = r->path_id;
    if (!b || !*b || strlen(b) >= SG_MAX_ID_BYTES)
        return send_error(c, r, 400, "bad_request", "broadcaster must be an id", 0);
    if (r->role == SG_ROLE_FAMILY) {
        /* a family token sees one broadcaster: the child it was made for */
        char scope[SG_MAX_ID_BYTES];
        int sr = D.store->ops->token_scope(D.store, r->token_id, scope, sizeof scope);
        if (sr || strcmp(scope, b))
            return send_error(c, r, 403, "forbidden",
                              "this family token is not linked to that broadcaster", 0);
    }
    int64_t now = now_ms(), since = now - 7 * 86400000LL, until = now;
    const char *v;
    if ((v = query(c, "since")) && sg__family_parse_time(v, &since))
        return send_error(c, r, 400, "bad_request",
                          "since must be ISO 8601 UTC (2025-11-28 or 2025-11-28T09:00:00Z) or ms",
                          0);
    if ((v = query(c, "until")) && sg__family_parse_time(v, &until))
        return send_error(c, r, 400, "bad_request",
                          "until must be ISO 8601 UTC (2025-11-28 or 2025-11-28T09:00:00Z) or ms",
                          0);
    if (until < since)
        return send_error(c, r, 400, "bad_request", "until is before since", 0);
    bool html = wants_html(c);
    char detail[128];
    snprintf(detail, sizeof detail, "since=%lld until=%lld format=%s", (long long)since,
             (long long)until, html ? "html" : "json");
    int rc = audit_sync(r->token_id, "read_digest", b, detail);
    sg__buf out;
    sg__buf_init(&out, 32u << 20);
    if (!rc)
        rc = sg__family_digest(D.store, b, since, until, html, now, &out);
    if (rc) {
        sg__buf_free(&out);
        return send_store_error(c, r, rc);
    }
    if (!html)
        return send_buf(c, r, 200, &out, "application/json");
    struct MHD_Response *resp = buf_response(&out, "text/html; charset=utf-8");
    if (!resp)
        return MHD_NO;
    MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    /* self-contained page: no scripts, no outside requests */
    MHD_add_response_header(resp, "Content-Security-Policy",
                            "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    return queue_response(c, r, 200, resp);
}

static enum MHD_Result handle_cybertip(struct MHD_Connection *c, req *r)
{
    const char *ch = query(c, "channel");
    if (ch && strcmp(ch, "chat_im") && strcmp(ch, "online_gaming"))
        return send_error(c, r, 400, "bad_request", "channel must be chat_im or online_gaming", 0);
    char err[512] = "";
    sg__buf out;
    sg__buf_init(&out, 32u << 20);
    int rc = sg__family_cybertip(D.store, r->path_id, ch && !strcmp(ch, "online_gaming"), now_ms(),
                                 &out, err, sizeof err);
    if (rc == SG_ESTATE) {
        sg__buf_free(&out);
        return send_error(c, r, 409, "conflict", err, 0);
    }
    if (!rc) /* the draft holds the evidence: reading it is audited */
        rc = audit_sync(r->token_id, "cybertip_draft", r->path_id, "");
    if (rc) {
        sg__buf_free(&out);
        return send_store_error(c, r, rc);
    }
    return send_buf(c, r, 200, &out, "application/json");
}

/* ------------------------------------------------------------------------
 * SSE
 * ---------------------------------------------------------------------- */

static void sse_notify(bool only_due)
{
    int64_t now = mono_ms();
    pthread_mutex_lock(&D.sse_mu);
    for (sse_conn *s = D.sse; s; s = s->next) {
        if (!s->suspended)
            continue;
        if (only_due && !D.stopping &&
            now - s->last_send_ms < (int64_t)D.cfg.sse_heartbeat_s * 1000)
            continue;
        s->suspended = false;
        MHD_resume_connection(s->conn);
    }
    pthread_mutex_unlock(&D.sse_mu);
}

static ssize_t sse_read(void *cls, uint64_t pos, char *buf, size_t max)
{
    sse_conn *s = cls;
    (void)pos;
    for (;;) {
        if (s->off < s->pending.len) {
            size_t n = s->pending.len - s->off;
            if (n > max)
                n = max;
            memcpy(buf, s->pending.data + s->off, n);
            s->off += n;
            s->last_send_ms = mono_ms();
            return (ssize_t)n;
        }
        sg__buf_reset(&s->pending);
        s->off = 0;
        if (D.stopping)
            return MHD_CONTENT_READER_END_OF_STREAM;
        if (!s->started) {
            s->started = true;
            sg__buf_adds(&s->pending, s->nudges ? "retry: 2000\n: streamguard nudge stream\n\n"
                                                : "retry: 2000\n: streamguard alert stream\n\n");
            continue;
        }
        if (s->nudges && s->last < sg__nudge_latest()) {
            int64_t last = s->last;
            int n = sg__nudge_read(s->last, s->filter, 100, &s->pending, &last);
            if (n < 0)
                return MHD_CONTENT_READER_END_WITH_ERROR;
            s->last = last;
            if (n > 0)
                continue;
        }
        if (!s->nudges && s->last < D.latest_seq) {
            int64_t last = s->last;
            int n = D.store->ops->alert_changes(D.store, s->last, 100, &s->pending, &last);
            if (n < 0) {
                sg__daemon_log(SG_LOG_ERROR, "sse: store read failed: %s", sg_strerror(n));
                return MHD_CONTENT_READER_END_WITH_ERROR;
            }
            if (n > 0) {
                s->last = last;
                continue;
            }
            s->last = D.latest_seq; /* nothing newer after all */
        }
        if (mono_ms() - s->last_send_ms >= (int64_t)D.cfg.sse_heartbeat_s * 1000) {
            sg__buf_adds(&s->pending, ": ping\n\n");
            continue;
        }
        pthread_mutex_lock(&D.sse_mu);
        if (s->last < (s->nudges ? sg__nudge_latest() : D.latest_seq) || D.stopping) {
            pthread_mutex_unlock(&D.sse_mu);
            continue;
        }
        s->suspended = true;
        MHD_suspend_connection(s->conn);
        pthread_mutex_unlock(&D.sse_mu);
        return 0;
    }
}

static void sse_free(void *cls)
{
    sse_conn *s = cls;
    pthread_mutex_lock(&D.sse_mu);
    for (sse_conn **pp = &D.sse; *pp; pp = &(*pp)->next)
        if (*pp == s) {
            *pp = s->next;
            break;
        }
    pthread_mutex_unlock(&D.sse_mu);
    D.sse_clients--;
    sg__buf_free(&s->pending);
    free(s->filter);
    free(s);
}

static enum MHD_Result handle_sse(struct MHD_Connection *c, req *r)
{
    if (D.sse_clients >= D.cfg.sse_max_clients)
        return send_error(c, r, 503, "overloaded", "too many event-stream clients", 5);
    sse_conn *s = calloc(1, sizeof *s);
    if (!s)
        return send_error(c, r, 500, "internal", "out of memory", 0);
    s->nudges = r->route == R_NUDGE_STREAM;
    const char *fs = s->nudges ? query(c, "stream") : NULL;
    if (fs && (strlen(fs) >= SG_MAX_ID_BYTES || !(s->filter = strdup(fs)))) {
        free(s);
        return send_error(c, r, 400, "bad_request", "stream must be a stream id", 0);
    }
    sg__buf_init(&s->pending, 4u << 20);
    s->conn = c;
    s->last_send_ms = mono_ms();
    const char *le = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Last-Event-ID");
    if (!le)
        le = query(c, "last_event_id");
    if (le) {
        char *end;
        long long v = strtoll(le, &end, 10);
        if (*end || v < 0) {
            sg__buf_free(&s->pending);
            free(s->filter);
            free(s);
            return send_error(c, r, 400, "bad_request", "Last-Event-ID must be an integer", 0);
        }
        s->last = v;
    } else {
        s->last = s->nudges ? sg__nudge_latest() : D.latest_seq;
    }
    struct MHD_Response *resp =
        MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 16 * 1024, sse_read, s, sse_free);
    if (!resp) {
        sg__buf_free(&s->pending);
        free(s->filter);
        free(s);
        return MHD_NO;
    }
    D.sse_clients++;
    pthread_mutex_lock(&D.sse_mu);
    s->next = D.sse;
    D.sse = s;
    pthread_mutex_unlock(&D.sse_mu);
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, "text/event-stream");
    MHD_add_response_header(resp, "Cache-Control", "no-store");
    MHD_add_response_header(resp, "X-Accel-Buffering", "no");
    enum MHD_Result ret = MHD_queue_response(c, 200, resp);
    MHD_destroy_response(resp);
    r->status = 200;
    return ret;
}

/* ------------------------------------------------------------------------
 * Media
 * ---------------------------------------------------------------------- */

typedef struct bank_info {
    char name[65];
    int mode;
    long hashes;
} bank_info;
static bank_info banks[64];
static size_t nbanks;

static bool bank_name_ok(const char *n)
{
    size_t l = strlen(n);
    if (!l || l > 64)
        return false;
    for (const char *p = n; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              *p == '-' || *p == '_'))
            return false;
    return true;
}

static bank_info *bank_find(const char *name, bool create)
{
    for (size_t i = 0; i < nbanks; i++)
        if (!strcmp(banks[i].name, name))
            return &banks[i];
    if (!create || nbanks >= sizeof banks / sizeof banks[0])
        return NULL;
    bank_info *b = &banks[nbanks++];
    snprintf(b->name, sizeof b->name, "%s", name);
    return b;
}

static const char *mode_name(int m)
{
    return m == SG_BANK_DISABLED ? "disabled" : m == SG_BANK_NEGATIVE ? "negative" : "enabled";
}

static enum MHD_Result media_error(struct MHD_Connection *c, req *r, int rc, const char *err)
{
    if (rc == SG_EDECODE || rc == SG_EFORMAT)
        return send_error(c, r, 422, "bad_request", err && *err ? err : sg_strerror(rc), 0);
    if (rc == SG_ELIMIT || rc == SG_ETOOBIG)
        return send_error(c, r, 413, "body_too_large", err && *err ? err : sg_strerror(rc), 0);
    if (rc == SG_EINVAL)
        return send_error(c, r, 400, "bad_request", err && *err ? err : sg_strerror(rc), 0);
    return send_error(c, r, 501, "not_implemented", sg_strerror(rc), 0);
}

/* The alert id ("a-N") in an Alert JSON, or "" */
static void alert_id_of(const sg__buf *b, char *out, size_t cap)
{
    const char *p = b->data ? strstr(b->data, "\"id\":\"") : NULL;
    out[0] = 0;
    if (p) {
        p += 6;
        size_t n = strcspn(p, "\"");
        if (n < cap) {
            memcpy(out, p, n);
            out[n] = 0;
        }
    }
}

/* One match of POST /v1/media/match, copied out of the hash db (its strings
 * are borrowed only while media_mu is held) with the alert op it raised. */
typedef struct media_hit {
    wop *op; /* NULL: no alert (no stream, or a bank not enabled) */
    char alert[32];
    char hash[65];
    int distance;
    const char *variant;           /* static name */
    const char *bank, *id, *label; /* owned by op when op, else by strs */
} media_hit;

/* POST /v1/media/hash and /v1/media/match. A match with a stream (query
 * parameters stream, user, ts for image bytes; the same fields in a JSON
 * hash body) is stored as a hash_match alert through the writer, committed
 * before the answer; the image itself is hashed and dropped. /v1/media/hash
 * does not match, so it raises nothing. */
static enum MHD_Result handle_media(struct MHD_Connection *c, req *r)
{
    const char *ct = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
    sg_pdq_result pr;
    sg_pdq_hash q[SG_DIH__COUNT];
    size_t nq = 0;
    int radius = 31, quality = -1, rc;
    int64_t ts = -1;
    char err[256] = "", hex[65], stream[SG_MAX_ID_BYTES], user[SG_MAX_ID_BYTES];
    stream[0] = user[0] = 0;
    if (!r->body.len)
        return send_error(c, r, 400, "bad_request", "empty body", 0);
    bool json = ct && !strncasecmp(ct, "application/json", 16);
    if (json && r->route == R_MEDIA_HASH)
        return send_error(c, r, 415, "unsupported_media_type", "send the image bytes", 0);
    if (json) {
        if (sg__body_match(r->body.data, r->body.len, hex, &radius, stream, user, sizeof stream,
                           err, sizeof err) ||
            sg__body_match_ts(r->body.data, r->body.len, &ts, err, sizeof err))
            return send_error(c, r, 400, "bad_request", err, 0);
        if ((rc = sg_pdq_from_hex(hex, 64, &q[0])))
            return media_error(c, r, rc, "bad hash");
        nq = 1;
    }
    if (r->route == R_MEDIA_MATCH) {
        /* the subject of the alert: query parameters (image bytes), or the
         * JSON fields, which win */
        const char *v;
        if (!stream[0] && (v = query(c, "stream"))) {
            if (!sg__body_id_ok(v))
                return send_error(c, r, 400, "bad_request",
                                  "stream must be 1-255 bytes of UTF-8 without control characters",
                                  0);
            snprintf(stream, sizeof stream, "%s", v);
        }
        if (!user[0] && (v = query(c, "user"))) {
            if (!sg__body_id_ok(v))
                return send_error(c, r, 400, "bad_request",
                                  "user must be 1-255 bytes of UTF-8 without control characters",
                                  0);
            snprintf(user, sizeof user, "%s", v);
        }
        if (ts < 0 && (v = query(c, "ts")) && sg__body_parse_ts(v, strlen(v), &ts))
            return send_error(c, r, 400, "bad_request",
                              "ts must be an integer of milliseconds, 0..2^53", 0);
    }
    if (!json) {
        sg_image_opts opts = { 0 };
        rc = sg_pdq_hash_image((const uint8_t *)r->body.data, r->body.len, &opts, &pr, err,
                               sizeof err);
        if (rc)
            return media_error(c, r, rc, err);
        quality = pr.quality;
        for (int i = 0; i < SG_DIH__COUNT; i++)
            q[i] = pr.hash[i];
        nq = SG_DIH__COUNT;
    }
    sg_pdq_to_hex(&q[0], hex);
    sg__buf b;
    sg__buf_init(&b, 4u << 20);
    if (r->route == R_MEDIA_HASH) {
        sg__buf_printf(&b, "{\"hash\":\"%s\",\"quality\":%d,\"width\":%d,\"height\":%d}", hex,
                       pr.quality, pr.width, pr.height);
        return send_buf(c, r, 200, &b, "application/json");
    }
    if (ts < 0)
        ts = now_ms();
    sg_match m[64];
    media_hit hits[64];
    char *strs[64 * 3];
    size_t nstrs = 0;
    memset(hits, 0, sizeof hits);
    pthread_mutex_lock(&D.media_mu);
    /* quality: images below the db's min_quality do not match (hex: -1,
     * not checked); the monotonic clock paces auto-quarantine */
    int n = D.hashdb ? sg_hashdb_query_ex(D.hashdb, q, nq, radius, quality, mono_ms(), m, 64) : 0;
    if (n < 0) {
        pthread_mutex_unlock(&D.media_mu);
        sg__buf_free(&b);
        return media_error(c, r, n, NULL);
    }
    if (n > 64)
        n = 64;
    for (int i = 0; i < n; i++) {
        media_hit *h = &hits[i];
        sg_pdq_to_hex(&m[i].hash, h->hash);
        h->distance = m[i].distance;
        h->variant = sg_dihedral_name(m[i].variant) ? sg_dihedral_name(m[i].variant) : "original";
        /* the db reports enabled banks only; checked again so a negative or
         * disabled bank can never raise an alert */
        const bank_info *bi = bank_find(m[i].bank, false);
        bool alert = stream[0] && (!bi || bi->mode == SG_BANK_ENABLED);
        if (alert && (h->op = op_new(OP_HASH))) {
            wop *op = h->op;
            sg__hash_hit *hh = &op->hit;
            hh->stream = op_str(op, stream);
            hh->user = user[0] ? op_str(op, user) : NULL;
            hh->ts = ts;
            hh->bank = h->bank = op_str(op, m[i].bank);
            hh->hash_id = h->id = op_str(op, m[i].id ? m[i].id : "");
            hh->label = h->label = op_str(op, m[i].label);
            hh->hash = op_str(op, h->hash);
            hh->distance = h->distance;
            hh->variant = h->variant;
            hh->query_hash = op_str(op, hex);
            hh->quality = quality;
            op->waited = true;
            if (!hh->stream || !hh->bank || !hh->hash_id || !hh->hash || !hh->query_hash) {
                op_free(op);
                h->op = NULL;
            }
        }
        if (!h->op) {
            h->bank = strs[nstrs++] = strdup(m[i].bank ? m[i].bank : "");
            h->id = strs[nstrs++] = strdup(m[i].id ? m[i].id : "");
            h->label = m[i].label ? (strs[nstrs++] = strdup(m[i].label)) : NULL;
        }
    }
    pthread_mutex_unlock(&D.media_mu);
    /* store the alerts; answer only once they are committed */
    for (int i = 0; i < n; i++)
        if (hits[i].op)
            enqueue(hits[i].op);
    rc = 0;
    for (int i = 0; i < n; i++) {
        wop *op = hits[i].op;
        if (!op)
            continue;
        wait_done(op);
        if (!op->rc) {
            alert_id_of(&op->result, hits[i].alert, sizeof hits[i].alert);
            D.m_alerts[SG_ALERT_HASH_MATCH & 3][op->created ? 0 : 1]++;
        } else if (!rc) {
            rc = op->rc;
        }
    }
    if (!rc) {
        rc = sg__buf_printf(&b, "{\"hash\":\"%s\",\"quality\":%d,\"matches\":[", hex, quality);
        for (int i = 0; !rc && i < n; i++) {
            media_hit *h = &hits[i];
            if (i)
                rc = sg__buf_addc(&b, ',');
            if (!rc)
                rc = sg__buf_adds(&b, "{\"bank\":");
            if (!rc)
                rc = sg__buf_json_cstr(&b, h->bank ? h->bank : "");
            if (!rc)
                rc = sg__buf_adds(&b, ",\"id\":");
            if (!rc)
                rc = sg__buf_json_cstr(&b, h->id ? h->id : "");
            if (!rc)
                rc = sg__buf_adds(&b, ",\"label\":");
            if (!rc)
                rc = sg__buf_json_cstr(&b, h->label);
            if (!rc)
                rc = sg__buf_printf(
                    &b, ",\"hash\":\"%s\",\"distance\":%d,\"variant\":\"%s\",\"alert\":", h->hash,
                    h->distance, h->variant);
            if (!rc)
                rc = sg__buf_json_cstr(&b, h->alert[0] ? h->alert : NULL);
            if (!rc)
                rc = sg__buf_addc(&b, '}');
        }
        if (!rc)
            rc = sg__buf_adds(&b, "],\"alerts\":[");
        bool first = true;
        for (int i = 0; !rc && i < n; i++) {
            if (!hits[i].alert[0])
                continue;
            if (!first)
                rc = sg__buf_addc(&b, ',');
            if (!rc)
                rc = sg__buf_json_cstr(&b, hits[i].alert);
            first = false;
        }
        if (!rc)
            rc = sg__buf_adds(&b, "]}");
    }
    for (int i = 0; i < n; i++)
        op_free(hits[i].op);
    for (size_t i = 0; i < nstrs; i++)
        free(strs[i]);
    if (rc) {
        sg__buf_free(&b);
        if (rc == SG_ESTORE)
            return send_error(c, r, 503, "store_error",
                              "the hash_match alert could not be committed; retry", 1);
        return send_error(c, r, 500, "internal", sg_strerror(rc), 0);
    }
    return send_buf(c, r, 200, &b, "application/json");
}

static enum MHD_Result handle_banks(struct MHD_Connection *c, req *r)
{
    sg__buf b;
    sg__buf_init(&b, 1u << 20);
    sg__buf_adds(&b, "{\"banks\":[");
    pthread_mutex_lock(&D.media_mu);
    for (size_t i = 0; i < nbanks; i++) {
        if (i)
            sg__buf_addc(&b, ',');
        sg__buf_adds(&b, "{\"name\":");
        sg__buf_json_cstr(&b, banks[i].name);
        sg__buf_printf(&b, ",\"mode\":\"%s\",\"hashes\":%ld}", mode_name(banks[i].mode),
                       banks[i].hashes);
    }
    pthread_mutex_unlock(&D.media_mu);
    sg__buf_adds(&b, "]}");
    return send_buf(c, r, 200, &b, "application/json");
}

/* Bank files live in DATA/banks/NAME.txt (hashes) and NAME.mode. */
static int bank_import_file(const char *name, const char *path, char *err, size_t errcap)
{
    int n = sg_hashdb_import(D.hashdb, name, path, err, errcap);
    if (n >= 0) {
        bank_info *bi = bank_find(name, true);
        if (bi)
            bi->hashes += n;
        sg_hashdb_build(D.hashdb);
    }
    return n;
}

static enum MHD_Result handle_bank_put(struct MHD_Connection *c, req *r)
{
    char dir[SG_PATH_MAX + 16], path[SG_PATH_MAX + 96], tmp[SG_PATH_MAX + 96], err[256] = "";
    if (!bank_name_ok(r->path_id))
        return send_error(c, r, 400, "bad_request", "bank names are 1-64 of [A-Za-z0-9_-]", 0);
    if (!D.hashdb)
        return send_error(c, r, 501, "not_implemented", "hash banks are not available", 0);
    snprintf(dir, sizeof dir, "%s/banks", D.cfg.data);
    mkdir(dir, 0700);
    snprintf(tmp, sizeof tmp, "%s/.upload-%s.txt", dir, r->path_id);
    snprintf(path, sizeof path, "%s/%s.txt", dir, r->path_id);
    FILE *f = fopen(tmp, "w");
    if (!f || fwrite(r->body.data ? r->body.data : "", 1, r->body.len, f) != r->body.len) {
        if (f)
            fclose(f);
        return send_error(c, r, 500, "internal", "cannot write the bank upload", 0);
    }
    fclose(f);
    pthread_mutex_lock(&D.media_mu);
    int n = bank_import_file(r->path_id, tmp, err, sizeof err);
    pthread_mutex_unlock(&D.media_mu);
    if (n < 0) {
        unlink(tmp);
        return send_error(c, r, n == SG_EFORMAT || n == SG_EINVAL ? 400 : 501,
                          n == SG_EFORMAT || n == SG_EINVAL ? "bad_request" : "not_implemented",
                          err[0] ? err : sg_strerror(n), 0);
    }
    /* append to the bank's file so it is imported again at start */
    FILE *in = fopen(tmp, "r"), *out = fopen(path, "a");
    if (in && out) {
        char line[1024];
        while (fgets(line, sizeof line, in))
            fputs(line, out);
    }
    if (in)
        fclose(in);
    if (out)
        fclose(out);
    unlink(tmp);
    sg__buf b;
    sg__buf_init(&b, 4096);
    sg__buf_adds(&b, "{\"bank\":");
    sg__buf_json_cstr(&b, r->path_id);
    sg__buf_printf(&b, ",\"added\":%d}", n);
    return send_buf(c, r, 200, &b, "application/json");
}

static enum MHD_Result handle_bank_patch(struct MHD_Connection *c, req *r)
{
    char err[256] = "", path[SG_PATH_MAX + 96];
    int mode;
    if (sg__body_bank_mode(r->body.data ? r->body.data : "", r->body.len, &mode, err, sizeof err))
        return send_error(c, r, 400, "bad_request", err, 0);
    pthread_mutex_lock(&D.media_mu);
    bank_info *bi = bank_find(r->path_id, false);
    int rc = bi && D.hashdb ? sg_hashdb_set_bank_mode(D.hashdb, r->path_id, (sg_bank_mode)mode)
                            : SG_ENOTFOUND;
    if (!rc)
        bi->mode = mode;
    pthread_mutex_unlock(&D.media_mu);
    if (rc == SG_ENOTFOUND)
        return send_error(c, r, 404, "not_found", "no such bank", 0);
    if (rc)
        return media_error(c, r, rc, NULL);
    snprintf(path, sizeof path, "%s/banks/%s.mode", D.cfg.data, r->path_id);
    FILE *f = fopen(path, "w");
    if (f) {
        fprintf(f, "%s\n", mode_name(mode));
        fclose(f);
    }
    sg__buf b;
    sg__buf_init(&b, 4096);
    sg__buf_adds(&b, "{\"bank\":");
    sg__buf_json_cstr(&b, r->path_id);
    sg__buf_printf(&b, ",\"mode\":\"%s\"}", mode_name(mode));
    return send_buf(c, r, 200, &b, "application/json");
}

static void banks_load(void)
{
    char dir[SG_PATH_MAX + 16];
    if (sg_hashdb_new(&D.hashdb)) {
        D.hashdb = NULL;
        return;
    }
    snprintf(dir, sizeof dir, "%s/banks", D.cfg.data);
    /* names come from the .txt files in the directory */
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t l = strlen(de->d_name);
        if (l < 5 || strcmp(de->d_name + l - 4, ".txt") || de->d_name[0] == '.')
            continue;
        char name[80], path[SG_PATH_MAX + 400], err[256] = "";
        if (l - 4 >= sizeof name)
            continue;
        memcpy(name, de->d_name, l - 4);
        name[l - 4] = 0;
        if (!bank_name_ok(name))
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        int n = bank_import_file(name, path, err, sizeof err);
        if (n < 0)
            sg__daemon_log(SG_LOG_WARN, "bank %s: %s", name, err[0] ? err : sg_strerror(n));
        snprintf(path, sizeof path, "%s/%s.mode", dir, name);
        FILE *f = fopen(path, "r");
        char mode[32] = "";
        if (f) {
            if (fgets(mode, sizeof mode, f)) {
                int m = !strncmp(mode, "disabled", 8)   ? SG_BANK_DISABLED
                        : !strncmp(mode, "negative", 8) ? SG_BANK_NEGATIVE
                                                        : SG_BANK_ENABLED;
                bank_info *bi = bank_find(name, true);
                if (bi && !sg_hashdb_set_bank_mode(D.hashdb, name, (sg_bank_mode)m))
                    bi->mode = m;
            }
            fclose(f);
        }
    }
    closedir(d);
}

/* ------------------------------------------------------------------------
 * Health, metrics, static files
 * ---------------------------------------------------------------------- */

static long rss_kb(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    long pages = 0, res = 0;
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &res) != 2)
            res = 0;
        fclose(f);
    }
    return res * (sysconf(_SC_PAGESIZE) / 1024);
}

static enum MHD_Result handle_metrics(struct MHD_Connection *c, req *r)
{
    sg__buf b;
    sg_engine_stats st;
    sg__buf_init(&b, 1u << 20);
    size_t ctx_streams = 0;
    memset(&st, 0, sizeof st);
    if (D.ready) {
        pthread_mutex_lock(&D.engine_mu);
        sg_engine_stats_get(D.engine, &st);
        ctx_streams = sg__ctx_streams(D.ctx);
        pthread_mutex_unlock(&D.engine_mu);
    }
    pthread_mutex_lock(&D.q_mu);
    int qlen = D.q_len;
    double lag = D.q_head ? (double)(mono_ms() - D.q_oldest_ms) / 1000.0 : 0.0;
    pthread_mutex_unlock(&D.q_mu);
    sg__buf_printf(
        &b,
        "# HELP streamguard_events_total Events received through POST /v1/events.\n"
        "# TYPE streamguard_events_total counter\nstreamguard_events_total %llu\n"
        "# HELP streamguard_event_errors_total Event lines rejected (malformed).\n"
        "# TYPE streamguard_event_errors_total counter\nstreamguard_event_errors_total %llu\n"
        "# HELP streamguard_decisions_total Decisions by action.\n"
        "# TYPE streamguard_decisions_total counter\n",
        (unsigned long long)D.m_events, (unsigned long long)D.m_line_errors);
    for (int a = 0; a < 3; a++)
        sg__buf_printf(&b, "streamguard_decisions_total{action=\"%s\"} %llu\n",
                       sg_action_name((sg_action)a), (unsigned long long)D.m_decisions[a]);
    sg__buf_adds(&b, "# HELP streamguard_alerts_total Alerts opened and updated, by type.\n"
                     "# TYPE streamguard_alerts_total counter\n");
    for (int t = 0; t < 4; t++)
        for (int u = 0; u < 2; u++)
            sg__buf_printf(&b, "streamguard_alerts_total{type=\"%s\",change=\"%s\"} %llu\n",
                           sg_alert_type_name((sg_alert_type)t), u ? "updated" : "opened",
                           (unsigned long long)D.m_alerts[t][u]);
    sg__buf_adds(&b, "# HELP streamguard_http_requests_total HTTP responses by status class.\n"
                     "# TYPE streamguard_http_requests_total counter\n");
    for (int k = 1; k <= 5; k++)
        sg__buf_printf(&b, "streamguard_http_requests_total{code=\"%dxx\"} %llu\n", k,
                       (unsigned long long)D.m_http[k]);
    sg__buf_adds(&b, "# HELP streamguard_http_request_duration_seconds Request latency by route.\n"
                     "# TYPE streamguard_http_request_duration_seconds histogram\n");
    for (int lc = 0; lc < LC__COUNT; lc++) {
        unsigned long long cum = 0;
        for (size_t i = 0; i < NLAT; i++) {
            cum += D.m_lat[lc][i];
            sg__buf_printf(
                &b,
                "streamguard_http_request_duration_seconds_bucket{route=\"%s\",le=\"%g\"} %llu\n",
                lc_names[lc], lat_bounds[i], cum);
        }
        cum += D.m_lat[lc][NLAT];
        sg__buf_printf(
            &b,
            "streamguard_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %llu\n"
            "streamguard_http_request_duration_seconds_sum{route=\"%s\"} %.6f\n"
            "streamguard_http_request_duration_seconds_count{route=\"%s\"} %llu\n",
            lc_names[lc], cum, lc_names[lc], (double)D.m_lat_sum_us[lc] / 1e6, lc_names[lc],
            (unsigned long long)D.m_lat_count[lc]);
    }
    sg__buf_printf(
        &b,
        "# HELP streamguard_ingest_inflight POST /v1/events being handled.\n"
        "# TYPE streamguard_ingest_inflight gauge\nstreamguard_ingest_inflight %d\n"
        "# HELP streamguard_store_queue_depth Store writes waiting for the writer.\n"
        "# TYPE streamguard_store_queue_depth gauge\nstreamguard_store_queue_depth %d\n"
        "# HELP streamguard_store_lag_seconds Age of the oldest pending store write.\n"
        "# TYPE streamguard_store_lag_seconds gauge\nstreamguard_store_lag_seconds %.3f\n"
        "# HELP streamguard_store_commits_total Store transactions committed.\n"
        "# TYPE streamguard_store_commits_total counter\nstreamguard_store_commits_total %llu\n"
        "# HELP streamguard_store_writes_total Store writes committed.\n"
        "# TYPE streamguard_store_writes_total counter\nstreamguard_store_writes_total %llu\n"
        "# HELP streamguard_store_errors_total Store batches that failed.\n"
        "# TYPE streamguard_store_errors_total counter\nstreamguard_store_errors_total %llu\n"
        "# HELP streamguard_store_last_commit_seconds Duration of the last commit.\n"
        "# TYPE streamguard_store_last_commit_seconds gauge\nstreamguard_store_last_commit_seconds "
        "%.6f\n"
        "# HELP streamguard_rate_limited_total Requests refused with 429.\n"
        "# TYPE streamguard_rate_limited_total counter\nstreamguard_rate_limited_total %llu\n"
        "# HELP streamguard_overloaded_total Requests refused with 503.\n"
        "# TYPE streamguard_overloaded_total counter\nstreamguard_overloaded_total %llu\n"
        "# HELP streamguard_sse_clients Open alert event streams.\n"
        "# TYPE streamguard_sse_clients gauge\nstreamguard_sse_clients %d\n"
        "# HELP streamguard_engine_conversations Conversations held by the engine.\n"
        "# TYPE streamguard_engine_conversations gauge\nstreamguard_engine_conversations %zu\n"
        "# HELP streamguard_engine_state_bytes Bytes held by engine state tables.\n"
        "# TYPE streamguard_engine_state_bytes gauge\nstreamguard_engine_state_bytes %zu\n"
        "# HELP streamguard_context_streams Streams with remembered context.\n"
        "# TYPE streamguard_context_streams gauge\nstreamguard_context_streams %zu\n"
        "# HELP streamguard_rules Rules in the active set.\n"
        "# TYPE streamguard_rules gauge\nstreamguard_rules %zu\n"
        "# HELP streamguard_rules_reloads_total Rule reloads by result.\n"
        "# TYPE streamguard_rules_reloads_total counter\n"
        "streamguard_rules_reloads_total{result=\"ok\"} %llu\n"
        "streamguard_rules_reloads_total{result=\"failed\"} %llu\n"
        "# HELP streamguard_checkpoints_total Engine checkpoints taken.\n"
        "# TYPE streamguard_checkpoints_total counter\nstreamguard_checkpoints_total %llu\n"
        "# HELP streamguard_resident_bytes Resident memory of the daemon.\n"
        "# TYPE streamguard_resident_bytes gauge\nstreamguard_resident_bytes %ld\n"
        "# HELP streamguard_uptime_seconds Seconds since start.\n"
        "# TYPE streamguard_uptime_seconds gauge\nstreamguard_uptime_seconds %.0f\n",
        (int)D.inflight, qlen, lag, (unsigned long long)D.m_commits,
        (unsigned long long)D.m_commit_ops, (unsigned long long)D.m_store_errors,
        (double)D.m_commit_us_last / 1e6, (unsigned long long)D.m_rate_limited,
        (unsigned long long)D.m_overloaded, (int)D.sse_clients, st.conversations, st.state_bytes,
        ctx_streams, D.nrules, (unsigned long long)D.m_reload_ok,
        (unsigned long long)D.m_reload_fail, (unsigned long long)D.m_checkpoints, rss_kb() * 1024,
        (double)(now_ms() - D.start_ms) / 1000.0);
    return send_buf(c, r, 200, &b, "text/plain; version=0.0.4");
}

static const char *mime_of(const char *path)
{
    const char *dot = strrchr(path, '.');
    static const struct {
        const char *ext, *type;
    } types[] = {
        { ".html", "text/html; charset=utf-8" },
        { ".js", "text/javascript; charset=utf-8" },
        { ".mjs", "text/javascript; charset=utf-8" },
        { ".css", "text/css; charset=utf-8" },
        { ".json", "application/json" },
        { ".svg", "image/svg+xml" },
        { ".png", "image/png" },
        { ".ico", "image/x-icon" },
        { ".txt", "text/plain; charset=utf-8" },
        { ".woff2", "font/woff2" },
    };
    for (size_t i = 0; dot && i < sizeof types / sizeof types[0]; i++)
        if (!strcmp(dot, types[i].ext))
            return types[i].type;
    return "application/octet-stream";
}

static enum MHD_Result handle_static(struct MHD_Connection *c, req *r, const char *url)
{
    char path[SG_PATH_MAX * 2];
    if (!D.cfg.web[0])
        return send_error(c, r, 404, "not_found", "the console is disabled (web = \"\")", 0);
    if (strstr(url, "..") || strchr(url, '\\') || url[0] != '/')
        return send_error(c, r, 404, "not_found", "no such file", 0);
    snprintf(path, sizeof path, "%s%s%s", D.cfg.web, url,
             url[strlen(url) - 1] == '/' ? "index.html" : "");
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat sb;
    if (fd < 0 || fstat(fd, &sb) || !S_ISREG(sb.st_mode)) {
        if (fd >= 0)
            close(fd);
        return send_error(c, r, 404, "not_found", "no such file", 0);
    }
    struct MHD_Response *resp = MHD_create_response_from_fd((uint64_t)sb.st_size, fd);
    if (!resp) {
        close(fd);
        return MHD_NO;
    }
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, mime_of(path));
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(resp, "X-Frame-Options", "DENY");
    MHD_add_response_header(resp, "Cache-Control", "no-cache");
    enum MHD_Result ret = MHD_queue_response(c, 200, resp);
    MHD_destroy_response(resp);
    r->status = 200;
    return ret;
}

/* ------------------------------------------------------------------------
 * The access handler
 * ---------------------------------------------------------------------- */

static size_t body_cap(int route)
{
    switch (route) {
    case R_EVENTS:
    case R_MEDIA_HASH:
    case R_MEDIA_MATCH:
    case R_BANK_PUT: return D.cfg.max_body_bytes;
    default: return D.cfg.max_json_body_bytes;
    }
}

static enum MHD_Result dispatch(struct MHD_Connection *c, req *r, const char *url)
{
    char buf[256];
    sg__buf b;
    switch (r->route) {
    case R_HEALTHZ:
        sg__buf_init(&b, 256);
        sg__buf_adds(&b, "{\"status\":\"ok\"}");
        return send_buf(c, r, 200, &b, "application/json");
    case R_READYZ: {
        bool ok = D.ready && !D.stopping;
        sg__buf_init(&b, 256);
        sg__buf_adds(&b, D.stopping ? "{\"status\":\"draining\"}"
                         : ok       ? "{\"status\":\"ready\"}"
                                    : "{\"status\":\"starting\"}");
        return send_buf(c, r, ok ? 200 : 503, &b, "application/json");
    }
    case R_METRICS: return handle_metrics(c, r);
    case R_STATIC: return handle_static(c, r, url);
    case R_EVENTS: return handle_events(c, r);
    case R_ALERTS: return handle_alerts(c, r);
    case R_ALERT_STREAM: return handle_sse(c, r);
    case R_ALERT_GET: return handle_alert_get(c, r);
    case R_ALERT_RESOLVE: return handle_resolve(c, r);
    case R_USER: return handle_history(c, r, true);
    case R_STREAM: return handle_history(c, r, false);
    case R_WHOAMI:
        sg__buf_init(&b, 256);
        sg__buf_printf(&b, "{\"token_id\":\"%s\",\"role\":\"%s\"}", r->token_id,
                       sg__role_name(r->role));
        return send_buf(c, r, 200, &b, "application/json");
    case R_MEDIA_HASH:
    case R_MEDIA_MATCH: return handle_media(c, r);
    case R_BANKS: return handle_banks(c, r);
    case R_BANK_PUT: return handle_bank_put(c, r);
    case R_BANK_PATCH: return handle_bank_patch(c, r);
    case R_RELOAD: {
        sg__buf_init(&b, 1u << 20);
        int rr = reload_rules(&b);
        /* rules answer {...}: add "config":{...} before its closing brace */
        if (b.len && b.data[b.len - 1] == '}') {
            b.len--;
            sg__buf_adds(&b, ",\"config\":");
            rr |= reload_config(r->token_id, &b);
            sg__buf_addc(&b, '}');
        }
        return send_buf(c, r, rr ? 422 : 200, &b, "application/json");
    }
    case R_CHECKPOINT: {
        long n = checkpoint_now(true);
        if (n < 0)
            return send_error(c, r, 500, "store_error", sg_strerror((int)n), 0);
        sg__buf_init(&b, 256);
        snprintf(buf, sizeof buf, "{\"ok\":true,\"bytes\":%ld}", n);
        sg__buf_adds(&b, buf);
        return send_buf(c, r, 200, &b, "application/json");
    }
    case R_AUDIT: return handle_audit(c, r);
    case R_NUDGE_STREAM: return handle_sse(c, r);
    case R_DIGEST: return handle_digest(c, r);
    case R_CYBERTIP: return handle_cybertip(c, r);
    }
    return send_error(c, r, 404, "not_found", "no such endpoint", 0);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
                                  const char *method, const char *version, const char *upload,
                                  size_t *upload_size, void **con_cls)
{
    (void)cls;
    (void)version;
    req *r = *con_cls;
    if (!r) {
        r = calloc(1, sizeof *r);
        if (!r)
            return MHD_NO;
        *con_cls = r;
        r->t0_us = mono_us();
        int route = route_of(method, url, r);
        if (route == R_NONE) {
            r->answered = true;
            return send_error(c, r, 404, "not_found", "no such endpoint", 0);
        }
        if (route < 0) {
            r->answered = true;
            r->route = -route;
            return send_error(c, r, 405, "method_not_allowed", "method not allowed here", 0);
        }
        r->route = route;
        if (!D.ready && route != R_HEALTHZ && route != R_READYZ && route != R_METRICS &&
            route != R_STATIC) {
            r->answered = true;
            return send_error(c, r, 503, "overloaded", "starting: the rules are being compiled", 5);
        }
        int need = route_roles(route);
        if (need != -1) {
            size_t tl = 0;
            const char *tok = bearer(c, route, &tl);
            if (!tok || sg__auth_check(D.auth, tok, tl, &r->role, r->token_id)) {
                r->answered = true;
                return send_error(c, r, 401, "unauthorized",
                                  tok ? "unknown or revoked token" : "missing bearer token", 0);
            }
            if (r->role != SG_ROLE_ADMIN && !(r->role & need)) {
                r->answered = true;
                char m[96];
                snprintf(m, sizeof m, "the %s role may not use this endpoint",
                         sg__role_name(r->role));
                return send_error(c, r, 403, "forbidden", m, 0);
            }
            int wait = rate_check(r->token_id);
            if (wait) {
                r->answered = true;
                D.m_rate_limited++;
                return send_error(c, r, 429, "rate_limited", "rate limit exceeded for this token",
                                  wait);
            }
        }
        const char *cl =
            MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (cl && strtoull(cl, NULL, 10) > body_cap(route)) {
            r->answered = true;
            return send_error(c, r, 413, "body_too_large", "request body exceeds its cap", 0);
        }
        sg__buf_init(&r->body, body_cap(route));
        return MHD_YES;
    }
    if (*upload_size) {
        if (!r->answered && !r->too_big && !r->over_budget) {
            size_t before = r->body.cap;
            if (sg__buf_add(&r->body, upload, *upload_size))
                r->too_big = true;
            else if (r->body.cap > before) {
                long long grown = (long long)(r->body.cap - before);
                if (atomic_fetch_add(&D.body_bytes, grown) + grown > D.cfg.max_total_body_bytes)
                    r->over_budget = true;
            }
            r->charged = r->body.cap;
        }
        *upload_size = 0;
        return MHD_YES;
    }
    if (r->wait_in) { /* resumed: its alerts are committed */
        struct ingest *in = r->wait_in;
        r->wait_in = NULL;
        return finish_events(c, r, in);
    }
    if (r->answered)
        return MHD_YES;
    r->answered = true;
    if (r->too_big) {
        sg__buf_free(&r->body);
        return send_error(c, r, 413, "body_too_large", "request body exceeds its cap", 0);
    }
    if (r->over_budget) {
        D.m_overloaded++;
        return send_error(c, r, 503, "overloaded",
                          "too many request bodies in memory (max_total_body_bytes); retry", 1);
    }
    return dispatch(c, r, url);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    (void)cls;
    (void)c;
    (void)toe;
    req *r = *con_cls;
    if (!r)
        return;
    int64_t us = mono_us() - r->t0_us;
    int lc = r->route == R_ALERT_STREAM || r->route == R_NUDGE_STREAM ? -1 : r->lat_class;
    if (lc >= 0) {
        size_t i = 0;
        while (i < NLAT && (double)us / 1e6 > lat_bounds[i])
            i++;
        D.m_lat[lc][i]++;
        D.m_lat_sum_us[lc] += (unsigned long long)us;
        D.m_lat_count[lc]++;
    }
    if (r->status >= 100 && r->status < 600)
        D.m_http[r->status / 100]++;
    if (D.cfg.log_requests)
        sg__daemon_log(SG_LOG_INFO, "%s %d %s %.3fms", r->token_id[0] ? r->token_id : "-",
                       r->status, r->url_copy, (double)us / 1000.0);
    D.body_bytes -= (long long)r->charged;
    sg__buf_free(&r->body);
    free(r);
    *con_cls = NULL;
}

/* ------------------------------------------------------------------------
 * Startup, the main loop, shutdown
 * ---------------------------------------------------------------------- */

static void on_signal(int sig)
{
    char ch = (char)sig;
    int saved = errno;
    if (write(D.sigpipe[1], &ch, 1) < 0) {
        /* nothing to do: the pipe is full, a signal is already pending */
    }
    errno = saved;
}

static void usage(void)
{
    fprintf(stderr, "usage: streamguard serve [--config FILE] [--listen ADDR:PORT] [--data DIR]\n"
                    "                         [--rules PATH] [--web DIR]\n"
                    "See streamguard.example.conf and docs/api.md.\n");
}

static void split_rules(const char *spec)
{
    /* rules = path[,path...] */
    char *copy = strdup(spec), *save = NULL;
    D.rule_paths = calloc(64, sizeof *D.rule_paths);
    for (char *t = copy ? strtok_r(copy, ",", &save) : NULL; t && D.nrule_paths < 64;
         t = strtok_r(NULL, ",", &save))
        D.rule_paths[D.nrule_paths++] = strdup(t);
    free(copy);
}

/* Retention also covers the remembered chat of idle streams, which the
 * context checkpoint would otherwise keep on disk past retention_days. */
static void retention_forget_context(void)
{
    /* older than retention by the wall clock AND by event time (replays
     * and tests feed event times far from today) */
    int64_t keep = (int64_t)D.cfg.retention_days * 86400000;
    int64_t cutoff = now_ms() - keep;
    pthread_mutex_lock(&D.engine_mu);
    int64_t by_events = sg__ctx_newest(D.ctx) - keep;
    size_t n = sg__ctx_forget_before(D.ctx, by_events < cutoff ? by_events : cutoff);
    pthread_mutex_unlock(&D.engine_mu);
    if (n)
        sg__daemon_log(SG_LOG_INFO, "retention: forgot the chat context of %zu idle streams", n);
}

static void housekeeping(void)
{
    int64_t now = mono_ms();
    if (now - D.last_checkpoint_ms >= (int64_t)D.cfg.checkpoint_interval_s * 1000) {
        D.last_checkpoint_ms = now;
        checkpoint_now(false);
    }
    if (now - D.last_purge_ms >= 3600 * 1000) {
        D.last_purge_ms = now;
        retention_forget_context();
        wop *op = op_new(OP_PURGE);
        if (op)
            enqueue(op);
    }
    sse_notify(true);
}

int sg_cmd_serve(int argc, char **argv)
{
    const char *config = NULL, *o_listen = NULL, *o_data = NULL, *o_rules = NULL, *o_web = NULL;
    char err[512] = "", engine_conf[64] = "";
    int engine_fd = -1, rc = 1;
    sg_config ecfg;
    sg_ruleset *rules = NULL;
    bool writer_started = false;

    for (int i = 1; i < argc; i++) {
        const char **dst = !strcmp(argv[i], "--config")   ? &config
                           : !strcmp(argv[i], "--listen") ? &o_listen
                           : !strcmp(argv[i], "--data")   ? &o_data
                           : !strcmp(argv[i], "--rules")  ? &o_rules
                           : !strcmp(argv[i], "--web")    ? &o_web
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
    D.start_ms = now_ms();
    sg__serve_cfg_init(&D.cfg);
    sg_config_init(&ecfg);
    if (config) {
        if (strlen(config) >= sizeof D.config_path || !realpath(config, D.config_path)) {
            fprintf(stderr, "streamguard serve: %s: %s\n", config, strerror(errno));
            return 2;
        }
        if (sg__serve_cfg_load(&D.cfg, config, engine_conf, sizeof engine_conf, &engine_fd, err,
                               sizeof err)) {
            fprintf(stderr, "streamguard serve: %s\n", err);
            return 2;
        }
        if (sg_config_load(&ecfg, engine_conf, err, sizeof err)) {
            fprintf(stderr, "streamguard serve: %s: %s\n", config, err);
            close(engine_fd);
            return 2;
        }
        close(engine_fd);
    }
    if ((o_listen && sg__parse_listen(&D.cfg, o_listen)) ||
        (o_data && strlen(o_data) >= sizeof D.cfg.data) ||
        (o_rules && strlen(o_rules) >= sizeof D.cfg.rules) ||
        (o_web && strlen(o_web) >= sizeof D.cfg.web)) {
        fprintf(stderr, "streamguard serve: bad command-line value\n");
        return 2;
    }
    if (o_data)
        snprintf(D.cfg.data, sizeof D.cfg.data, "%s", o_data);
    if (o_rules)
        snprintf(D.cfg.rules, sizeof D.cfg.rules, "%s", o_rules);
    if (o_web)
        snprintf(D.cfg.web, sizeof D.cfg.web, "%s", o_web);

    pthread_mutex_init(&D.engine_mu, NULL);
    pthread_mutex_init(&D.reload_mu, NULL);
    pthread_mutex_init(&D.rules_mu, NULL);
    if (access(D.cfg.nudge_catalogue, R_OK) == 0)
        snprintf(D.catalogue, sizeof D.catalogue, "%s", D.cfg.nudge_catalogue);
    else
        sg__daemon_log(SG_LOG_WARN,
                       "nudge catalogue %s not readable: using the built-in English one",
                       D.cfg.nudge_catalogue);
    ecfg.nudge_catalogue = D.catalogue[0] ? D.catalogue : NULL;
    if (sg__family_init()) {
        fprintf(stderr, "streamguard serve: out of memory\n");
        return 1;
    }
    pthread_mutex_init(&D.q_mu, NULL);
    pthread_cond_init(&D.q_cv, NULL);
    pthread_cond_init(&D.done_cv, NULL);
    pthread_mutex_init(&D.sse_mu, NULL);
    pthread_mutex_init(&D.rate_mu, NULL);
    pthread_mutex_init(&D.media_mu, NULL);
    if (pipe2(D.sigpipe, O_CLOEXEC | O_NONBLOCK)) {
        perror("pipe");
        return 1;
    }

    /* store, tokens, checkpoint */
    if (sg__store_sqlite_open(D.cfg.data, D.cfg.store_sync_full, &D.store, err, sizeof err)) {
        sg__daemon_log(SG_LOG_ERROR, "store: %s", err);
        goto out;
    }
    int r;
    if ((r = sg__auth_new(D.store, &D.auth))) {
        sg__daemon_log(SG_LOG_ERROR, "cannot read tokens: %s", sg_strerror(r));
        goto out;
    }
    /* HTTP */
    struct sockaddr_in sa = { .sin_family = AF_INET,
                              .sin_port = htons((uint16_t)D.cfg.listen_port) };
    if (inet_pton(AF_INET, D.cfg.listen_host, &sa.sin_addr) != 1) {
        sg__daemon_log(SG_LOG_ERROR, "listen: '%s' is not an IPv4 address", D.cfg.listen_host);
        goto out;
    }
    signal(SIGPIPE, SIG_IGN);
    /* Connection memory 16 KiB: MHD clears a connection's pool between
     * requests, and with 64 KiB that memset was 12% of the daemon's CPU on
     * single-event requests (26k -> 35k requests/s measured alternately).
     * Headers must fit in it; bodies stream through on_request into our
     * own capped buffers, so their size does not depend on it. */
    D.mhd = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ITC | MHD_ALLOW_SUSPEND_RESUME |
            MHD_USE_TURBO,
        (uint16_t)D.cfg.listen_port, NULL, NULL, on_request, NULL, MHD_OPTION_SOCK_ADDR,
        (struct sockaddr *)&sa, MHD_OPTION_THREAD_POOL_SIZE, (unsigned)D.cfg.threads,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)D.cfg.max_connections, MHD_OPTION_CONNECTION_TIMEOUT,
        (unsigned)D.cfg.connection_timeout_s, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        (size_t)(16 * 1024), MHD_OPTION_LISTEN_BACKLOG_SIZE, 1024u, MHD_OPTION_NOTIFY_COMPLETED,
        on_completed, NULL, MHD_OPTION_END);
    if (!D.mhd) {
        sg__daemon_log(SG_LOG_ERROR, "cannot listen on %s:%d: %s", D.cfg.listen_host,
                       D.cfg.listen_port, strerror(errno));
        goto out;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(D.mhd, MHD_DAEMON_INFO_BIND_PORT);
    int port = info ? info->port : D.cfg.listen_port;
    struct sigaction act = { .sa_handler = on_signal };
    sigemptyset(&act.sa_mask);
    sigaction(SIGTERM, &act, NULL);
    sigaction(SIGINT, &act, NULL);
    sigaction(SIGHUP, &act, NULL);
    sg__daemon_log(SG_LOG_INFO,
                   "streamguard %s listening on http://%s:%d/ (starting: loading rules from %s)",
                   SG_VERSION, D.cfg.listen_host, port, D.cfg.rules);
    fflush(stderr);
    /* rules, engine, context */
    split_rules(D.cfg.rules);
    {
        diag_ctx dc = { NULL, 0 };
        r = sg_ruleset_load((const char *const *)D.rule_paths, D.nrule_paths, on_rule_diag, &dc,
                            &rules);
        if (r) {
            sg__daemon_log(SG_LOG_ERROR, "cannot load rules from %s: %s", D.cfg.rules,
                           sg_strerror(r));
            goto out;
        }
        D.nrules = sg_ruleset_count(rules);
    }
    r = sg_engine_new(&ecfg, rules, &D.engine);
    if (!r) {
        sg_ruleset_ref(rules);
        D.cur_rules = rules;
    }
    if (!r)
        r = sg__ctx_new(D.cfg.context_streams, D.cfg.context_users, &D.ctx);
    if (r) {
        sg__daemon_log(SG_LOG_ERROR, "cannot create the engine: %s", sg_strerror(r));
        goto out;
    }
    sg_engine_set_log(D.engine, on_engine_log, NULL);
    sg_engine_set_alert_callback(D.engine, on_alert, NULL);

    {
        void *eb = NULL, *cb = NULL;
        size_t el = 0, cl = 0;
        if (!D.store->ops->checkpoint_get(D.store, &eb, &el, &cb, &cl)) {
            if (el) {
                int e = sg_engine_restore(D.engine, eb, el);
                if (e)
                    sg__daemon_log(SG_LOG_WARN,
                                   "engine checkpoint not restored (%s); starting fresh",
                                   sg_strerror(e));
                else
                    sg__daemon_log(SG_LOG_INFO, "engine state restored from checkpoint (%zu bytes)",
                                   el);
            }
            if (cl && sg__ctx_load(D.ctx, cb, cl))
                sg__daemon_log(SG_LOG_WARN, "context checkpoint partly restored");
        }
        free(eb);
        free(cb);
    }
    D.latest_seq = D.store->ops->alert_max_seq(D.store);
    banks_load();
    if (pthread_create(&D.writer, NULL, writer_main, NULL)) {
        sg__daemon_log(SG_LOG_ERROR, "cannot start the writer thread");
        goto out;
    }
    writer_started = true;

    {
        char sw[1024];
        sg__family_switches(&ecfg, sw, sizeof sw);
        audit_async("daemon", "config_loaded", D.config_path[0] ? D.config_path : "(defaults)", sw);
        sg__daemon_log(SG_LOG_INFO, "protection switches: %s", sw);
    }
    D.ready = true;
    D.last_checkpoint_ms = D.last_purge_ms = mono_ms();
    {
        wop *op = op_new(OP_PURGE); /* retention at start */
        if (op)
            enqueue(op);
    }
    sg__daemon_log(SG_LOG_INFO, "ready on http://%s:%d/ (data %s, %zu rules, %d threads)",
                   D.cfg.listen_host, port, D.cfg.data, D.nrules, D.cfg.threads);
    fflush(stderr);

    for (;;) {
        struct pollfd pfd = { .fd = D.sigpipe[0], .events = POLLIN };
        int pr = poll(&pfd, 1, 1000);
        if (pr > 0) {
            char sig;
            bool stop = false;
            while (read(D.sigpipe[0], &sig, 1) == 1) {
                if (sig == SIGHUP) {
                    sg__daemon_log(SG_LOG_INFO, "SIGHUP: reloading rules and config");
                    reload_rules(NULL);
                    reload_config("signal:SIGHUP", NULL);
                } else {
                    stop = true;
                }
            }
            if (stop)
                break;
        }
        housekeeping();
    }

    /* graceful shutdown */
    sg__daemon_log(SG_LOG_INFO, "shutting down: draining requests");
    D.stopping = true;
    MHD_socket lfd = MHD_quiesce_daemon(D.mhd);
    if (lfd != MHD_INVALID_SOCKET)
        close(lfd);
    sse_notify(false);
    for (int i = 0; i < 100 && D.inflight > 0; i++)
        usleep(50 * 1000);
    /* SSE responses end on their next read; give them a moment */
    for (int i = 0; i < 40 && D.sse_clients > 0; i++) {
        sse_notify(false);
        usleep(25 * 1000);
    }
    /* requests still waiting for a commit finish on their threads (the
     * writer is still running); MHD must not stop with suspended ones */
    pthread_mutex_lock(&D.q_mu);
    resume_committed(true);
    pthread_mutex_unlock(&D.q_mu);
    MHD_stop_daemon(D.mhd);
    D.mhd = NULL;
    if (checkpoint_now(true) >= 0)
        sg__daemon_log(SG_LOG_INFO, "final checkpoint committed");
    rc = 0;
out:
    if (D.mhd)
        MHD_stop_daemon(D.mhd);
    if (writer_started) {
        pthread_mutex_lock(&D.q_mu);
        D.writer_stop = true;
        pthread_cond_signal(&D.q_cv);
        pthread_mutex_unlock(&D.q_mu);
        pthread_join(D.writer, NULL);
    }
    for (size_t i = 0; i < nparsers; i++)
        sg_event_parser_free(parsers[i]);
    for (size_t i = 0; i < npreps; i++)
        thread_prep_free(preps[i]);
    if (D.hashdb)
        sg_hashdb_free(D.hashdb);
    sg__auth_free(D.auth);
    if (D.store)
        D.store->ops->close(D.store);
    sg__ctx_free(D.ctx);
    if (D.engine)
        sg_engine_free(D.engine);
    if (rules)
        sg_ruleset_free(rules);
    if (D.cur_rules)
        sg_ruleset_free(D.cur_rules);
    sg__family_shutdown();
    for (size_t i = 0; i < D.nrule_paths; i++)
        free(D.rule_paths[i]);
    free(D.rule_paths);
    close(D.sigpipe[0]);
    close(D.sigpipe[1]);
    if (rc == 0)
        sg__daemon_log(SG_LOG_INFO, "stopped");
    return rc;
}
