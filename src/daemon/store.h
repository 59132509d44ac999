/* store.h — the daemon's persistence interface: alerts, evidence, labels,
 * the audit log, tokens and engine checkpoints.
 *
 * One implementation today (store_sqlite.c, SQLite in WAL mode); the
 * interface is a table of function pointers so a PostgreSQL store can be
 * added without touching the HTTP layer. Reads return finished JSON in a
 * capped sg__buf, so an implementation owns its own row formats.
 *
 * Threads: the write functions (begin/commit/rollback, alert_put,
 * label_add, audit_append, checkpoint_put, token_add, purge) are called by
 * ONE thread at a time (the daemon's writer thread, or a CLI command).
 * Reads may be called from any thread concurrently; the implementation
 * keeps its own pool of read connections.
 *
 * Ownership: every string passed in is borrowed for the duration of the
 * call; everything written to an sg__buf belongs to the caller. */
#ifndef SG_DAEMON_STORE_H
#define SG_DAEMON_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* One message kept as evidence or context for an alert. */
typedef struct sg__msg {
    const char *event;   /* event id */
    int type;            /* SG_EV_CHAT or SG_EV_GIFT */
    const char *stream;
    const char *user;
    int64_t ts;
    const char *text;    /* chat; NULL for gifts */
    const char *item;    /* gift */
    int64_t amount;      /* gift */
    bool flagged;        /* carries non-shadow evidence */
    int action;          /* sg_action */
    double risk;
    const char *evidence_json; /* JSON array of {tactic,rule,start,end}; "[]" if none */
} sg__msg;

/* An alert as raised or updated by the engine, plus its messages. */
typedef struct sg__alert_rec {
    const char *engine_id;
    int type;            /* sg_alert_type */
    int severity;        /* sg_severity */
    bool update;
    const char *stream;  /* may be NULL */
    const char *user;    /* may be NULL */
    int64_t ts, opened_ts;
    uint32_t tactics;    /* sg_tactic_set */
    double risk;
    const char *events_json;  /* JSON arrays of strings */
    const char *users_json;
    const char *streams_json;
    const char *summary;
    const sg__msg *msgs;
    size_t nmsgs;
} sg__alert_rec;

/* Filters for listing alerts; NULL / -1 = any. */
typedef struct sg__alert_filter {
    const char *status;  /* open|confirmed|dismissed|escalated|resolved */
    int type;            /* sg_alert_type or -1 */
    int severity;        /* exact, or -1 */
    int min_severity;    /* or -1 */
    const char *stream;
    const char *user;
    int sort;            /* 0 newest, 1 oldest, 2 severity */
    int limit;           /* 1..500 */
    const char *cursor;  /* opaque, from a previous page */
} sg__alert_filter;

typedef struct sg__store sg__store;

typedef struct sg__store_ops {
    void (*close)(sg__store *s);
    /* --- writer side ------------------------------------------------- */
    int (*begin)(sg__store *s);
    int (*commit)(sg__store *s);
    int (*rollback)(sg__store *s);
    /* Inserts (update=false, or an update of an engine id never stored) or
     * updates the alert and merges its messages. Appends the alert's JSON
     * (the API's Alert object) to out when out is non-NULL. */
    int (*alert_put)(sg__store *s, const sg__alert_rec *a, int64_t now_ms, sg__buf *out);
    /* Resolves: stores the label, sets the status, appends the Alert JSON.
     * SG_ENOTFOUND for an unknown id. */
    int (*label_add)(sg__store *s, const char *alert_id, const char *outcome,
                     const char *note, const char *who, int64_t now_ms, sg__buf *out);
    /* Appends one hash-chained audit entry. */
    int (*audit_append)(sg__store *s, const char *who, const char *action,
                        const char *target, const char *detail, int64_t now_ms);
    int (*checkpoint_put)(sg__store *s, const void *engine, size_t engine_len,
                          const void *context, size_t context_len, int64_t now_ms);
    /* Deletes evidence messages stored before cutoff_ms; *deleted gets the count. */
    int (*purge)(sg__store *s, int64_t cutoff_ms, int64_t *deleted);
    int (*token_add)(sg__store *s, const char *id, const char *role,
                     const uint8_t hash[32], int64_t now_ms);
    /* --- reader side (any thread) ------------------------------------ */
    int (*alert_list)(sg__store *s, const sg__alert_filter *f, sg__buf *out);
    /* {"alert":{...},"messages":[...],"labels":[...]}; SG_ENOTFOUND. */
    int (*alert_get)(sg__store *s, const char *alert_id, sg__buf *out);
    /* Appends one SSE frame per alert changed after seq (latest version),
     * at most limit; *last gets the highest seq written. Returns the count. */
    int (*alert_changes)(sg__store *s, int64_t after_seq, int limit, sg__buf *out,
                         int64_t *last);
    int64_t (*alert_max_seq)(sg__store *s);
    /* Appends the History object fields for a user (is_user) or stream,
     * without the enclosing braces' closing (caller adds counters). */
    int (*history)(sg__store *s, bool is_user, const char *id, sg__buf *out);
    int (*audit_list)(sg__store *s, int64_t after, int limit, sg__buf *out);
    /* Verifies the whole hash chain; *ok false at the first broken entry. */
    int (*audit_verify)(sg__store *s, bool *ok, int64_t *entries);
    /* Calls fn for every token (id, role, hash). */
    int (*token_each)(sg__store *s,
                      void (*fn)(void *ud, const char *id, const char *role,
                                 const uint8_t hash[32]),
                      void *ud);
    /* Latest checkpoint; *engine and *context are malloc'd (caller frees),
     * NULL with length 0 when there is none. */
    int (*checkpoint_get)(sg__store *s, void **engine, size_t *engine_len,
                          void **context, size_t *context_len);
} sg__store_ops;

struct sg__store {
    const sg__store_ops *ops;
};

/* Opens (creating and migrating as needed) the SQLite store in dir/
 * streamguard.db. full_sync: synchronous=FULL instead of NORMAL. err gets a
 * reason on failure. */
int sg__store_sqlite_open(const char *dir, bool full_sync, sg__store **out,
                          char *err, size_t errcap);

/* SHA-256 (libavutil's av_sha, already linked through the media modules). */
void sg__sha256(const void *data, size_t len, uint8_t out[32]);

#endif
