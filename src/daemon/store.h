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
    const char *event; /* event id */
    int type;          /* SG_EV_CHAT or SG_EV_GIFT */
    const char *stream;
    const char *user;
    int64_t ts;
    const char *text; /* chat; NULL for gifts */
    const char *item; /* gift */
    int64_t amount;   /* gift */
    bool flagged;     /* carries non-shadow evidence */
    int action;       /* sg_action */
    double risk;
    const char *evidence_json; /* JSON array of {tactic,rule,start,end}; "[]" if none */
} sg__msg;

/* An alert as raised or updated by the engine, plus its messages. */
typedef struct sg__alert_rec {
    const char *engine_id;
    int type;     /* sg_alert_type */
    int severity; /* sg_severity */
    bool update;
    const char *stream; /* may be NULL */
    const char *user;   /* may be NULL */
    int64_t ts, opened_ts;
    uint32_t tactics; /* sg_tactic_set */
    double risk;
    const char *events_json; /* JSON arrays of strings */
    const char *users_json;
    const char *streams_json;
    const char *summary;
    const sg__msg *msgs;
    size_t nmsgs;
} sg__alert_rec;

/* A media match to keep as a hash_match alert (POST /v1/media/match with a
 * stream). Only hashes and match metadata: never pixels. */
typedef struct sg__hash_hit {
    const char *stream; /* required */
    const char *user;   /* may be NULL */
    int64_t ts;         /* event time, ms */
    const char *bank;
    const char *hash_id; /* the bank hash's id */
    const char *label;   /* may be NULL */
    const char *hash;    /* the bank hash, 64 hex */
    int distance;
    const char *variant;    /* dihedral variant of the query that matched */
    const char *query_hash; /* the query's hash (original orientation), 64 hex */
    int quality;            /* the query's PDQ quality, -1 if unknown (hex query) */
} sg__hash_hit;

/* Filters for listing alerts; NULL / -1 = any. */
typedef struct sg__alert_filter {
    const char *status; /* open|confirmed|dismissed|escalated|resolved */
    int type;           /* sg_alert_type or -1 */
    int severity;       /* exact, or -1 */
    int min_severity;   /* or -1 */
    const char *stream;
    const char *user;
    int sort;           /* 0 newest, 1 oldest, 2 severity */
    int limit;          /* 1..500 */
    const char *cursor; /* opaque, from a previous page */
} sg__alert_filter;

/* A stream as seen in stream_start / stream_end (family.c): maps a stream
 * to its broadcaster for the parent digest, and tells a CyberTip draft
 * whether the stream is still live. NULL / -1 fields keep the stored value. */
typedef struct sg__stream_rec {
    const char *stream;
    const char *broadcaster;
    const char *age; /* sg_age_band_name */
    const char *title;
    int64_t start_ts; /* -1: unchanged */
    int64_t end_ts;   /* -1: unchanged */
} sg__stream_rec;

/* A decision the family features remember (held, blocked or nudged): no
 * text, no user; only what the parent digest needs. */
typedef struct sg__family_event {
    const char *stream;
    const char *event;
    int64_t ts;
    int action;         /* sg_action */
    uint32_t tactics;   /* sg_tactic_set */
    const char *policy; /* protection switch, or NULL */
    bool nudge;         /* a nudge was shown to the broadcaster */
} sg__family_event;

/* Rows handed to the digest callback, in this order: every stream of the
 * broadcaster (SG__DR_STREAM), every alert in the period (SG__DR_ALERT),
 * then every family event in the period (SG__DR_EVENT). */
enum { SG__DR_STREAM = 1, SG__DR_ALERT, SG__DR_EVENT };
typedef struct sg__digest_row {
    int kind;
    const char *stream;
    /* SG__DR_STREAM */
    const char *title, *age;
    int64_t start_ts, end_ts; /* end_ts 0 = no stream_end seen */
    /* SG__DR_ALERT (alert_id also set on an event inside an alert) */
    const char *alert_id;
    int type, severity;
    const char *status;    /* open|confirmed|dismissed|escalated */
    int64_t opened_ts, ts; /* event time */
    int64_t resolved_at;   /* wall clock of the last label, 0 = none */
    uint32_t tactics;
    /* SG__DR_EVENT (ts and tactics above) */
    int action;
    const char *policy;
    bool nudge;
} sg__digest_row;

#define SG__DIGEST_MAX_ALERTS 500
#define SG__DIGEST_MAX_EVENTS 20000

/* What a CyberTip draft needs about one alert (family.c). Strings are
 * NUL-terminated and cut to their buffers. */
typedef struct sg__alert_facts {
    char id[32], engine_id[64], status[16];
    int type, severity;
    char stream[256], user[256];
    char users_json[4096], streams_json[4096];
    int64_t ts, opened_ts, created_at;
    uint32_t tactics;
    double risk;
    bool have_stream; /* the stream's stream_start was seen */
    char broadcaster[256], age[16], title[1024];
    int64_t start_ts, end_ts; /* end_ts 0 = still live */
    int64_t escalated_at;     /* wall clock of the escalated label */
    char escalated_by[32], note[4096];
    char hash_alerts_json[2048]; /* ids of hash_match alerts on the same stream */
} sg__alert_facts;

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
    /* Adds a media match to the open hash_match alert of (stream, bank,
     * bank hash), or opens one (severity critical). The alert keeps the
     * closest match as its evidence, counts the matches and lists the
     * users (at most 32). *created tells which happened. Appends the Alert
     * JSON to out when out is non-NULL. */
    int (*hash_alert_put)(sg__store *s, const sg__hash_hit *h, int64_t now_ms, bool *created,
                          sg__buf *out);
    /* Resolves: stores the label, sets the status, appends the Alert JSON.
     * SG_ENOTFOUND for an unknown id. */
    int (*label_add)(sg__store *s, const char *alert_id, const char *outcome, const char *note,
                     const char *who, int64_t now_ms, sg__buf *out);
    /* Appends one hash-chained audit entry. */
    int (*audit_append)(sg__store *s, const char *who, const char *action, const char *target,
                        const char *detail, int64_t now_ms);
    int (*checkpoint_put)(sg__store *s, const void *engine, size_t engine_len, const void *context,
                          size_t context_len, int64_t now_ms);
    /* Deletes evidence messages (and family events) stored before cutoff_ms;
     * *deleted gets the number of messages. Deleted content is overwritten
     * (secure_delete); call compact() after the commit to clear the WAL. */
    int (*purge)(sg__store *s, int64_t cutoff_ms, int64_t *deleted);
    int (*token_add)(sg__store *s, const char *id, const char *role, const uint8_t hash[32],
                     int64_t now_ms);
    /* Family features (family.c). stream_put upserts; family_event_put
     * appends one row; token_set_scope ties a token to one broadcaster. */
    int (*stream_put)(sg__store *s, const sg__stream_rec *r, int64_t now_ms);
    int (*family_event_put)(sg__store *s, const sg__family_event *e, int64_t now_ms);
    int (*token_set_scope)(sg__store *s, const char *id, const char *scope);
    /* Outside a transaction: checkpoints the WAL into the database and
     * truncates it, so purged evidence leaves the -wal file too. */
    int (*compact)(sg__store *s);
    /* The change seq of the latest committed alert change, kept by the
     * writer (a rollback restores it): what alert_max_seq would read, without
     * a read transaction per commit. Writer thread only. */
    int64_t (*committed_seq)(sg__store *s);
    /* --- reader side (any thread) ------------------------------------ */
    int (*alert_list)(sg__store *s, const sg__alert_filter *f, sg__buf *out);
    /* {"alert":{...},"messages":[...],"labels":[...]}; SG_ENOTFOUND. */
    int (*alert_get)(sg__store *s, const char *alert_id, sg__buf *out);
    /* Appends one SSE frame per alert changed after seq (latest version),
     * at most limit; *last gets the highest seq written. Returns the count. */
    int (*alert_changes)(sg__store *s, int64_t after_seq, int limit, sg__buf *out, int64_t *last);
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
    /* The broadcaster a token is scoped to ("" when none). */
    int (*token_scope)(sg__store *s, const char *id, char *out, size_t cap);
    /* Calls fn for the broadcaster's streams, alerts and family events with
     * event time in [since, until] (bounded by the SG__DIGEST_MAX_* caps;
     * *truncated set when a cap was hit). */
    int (*digest_each)(sg__store *s, const char *broadcaster, int64_t since, int64_t until,
                       void (*fn)(void *ud, const sg__digest_row *row), void *ud, bool *truncated);
    /* Fills *f for an alert and calls msg for each stored message, in
     * order. SG_ENOTFOUND for an unknown id. */
    int (*alert_facts)(sg__store *s, const char *alert_id, sg__alert_facts *f,
                       void (*msg)(void *ud, const sg__msg *m), void *ud);
    /* Latest checkpoint; *engine and *context are malloc'd (caller frees),
     * NULL with length 0 when there is none. */
    int (*checkpoint_get)(sg__store *s, void **engine, size_t *engine_len, void **context,
                          size_t *context_len);
} sg__store_ops;

struct sg__store {
    const sg__store_ops *ops;
};

/* Opens (creating and migrating as needed) the SQLite store in dir/
 * streamguard.db. full_sync: synchronous=FULL instead of NORMAL. err gets a
 * reason on failure. */
int sg__store_sqlite_open(const char *dir, bool full_sync, sg__store **out, char *err,
                          size_t errcap);

/* SHA-256 (libavutil's av_sha, already linked through the media modules). */
void sg__sha256(const void *data, size_t len, uint8_t out[32]);

#endif
