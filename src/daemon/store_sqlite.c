/* store_sqlite.c — the SQLite implementation of the daemon store (store.h).
 *
 * One database file, DATA/streamguard.db, in WAL mode: the writer thread
 * holds one connection and commits in batches; readers take a connection
 * from a small pool, so moderators' reads never wait for the writer.
 *
 * Schema versions live in PRAGMA user_version and are applied in order by
 * migrate(); a database newer than this binary is refused rather than
 * guessed at. The audit table is append-only (triggers refuse UPDATE and
 * DELETE) and every row carries SHA-256(previous hash || row text), so an
 * edit made behind the daemon's back breaks the chain and shows in
 * audit_verify().
 *
 * Alerts get a daemon id "a-<seq>" (seq = rowid) because the engine's
 * "al-N" ids restart from its last checkpoint after a crash: an update from
 * the engine goes to the newest stored alert with that engine id, an open
 * always makes a new row. change_seq orders every change for the SSE
 * stream and its Last-Event-ID resume.
 *
 * hash_match alerts from POST /v1/media/match come from the daemon, not the
 * engine: their engine_id is "hash:<bank>/<hash id>" (never "al-N", so an
 * engine update cannot land on one), media_key is "<bank> <bank hash hex>",
 * and a repeat on the same stream goes to the open alert with that key. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libavutil/mem.h>
#include <libavutil/sha.h>
#include <sqlite3.h>

#include "daemon/store.h"
#include "streamguard.h"

#define READERS 8

typedef struct sq_store {
    sg__store base;
    sqlite3 *w; /* the writer connection */
    char path[4096];
    bool full_sync;
    int64_t change_seq;     /* last change sequence handed out (writer) */
    uint8_t audit_last[32]; /* hash of the last audit row (writer) */
    /* writer statements, prepared once */
    sqlite3_stmt *st_find, *st_insert, *st_update, *st_subject, *st_msg, *st_row, *st_audit,
        *st_family;
    sqlite3_stmt *st_hfind, *st_hinsert, *st_hupdate;
    /* read pool */
    pthread_mutex_t rmu;
    pthread_cond_t rcv;
    sqlite3 *readers[READERS];
    bool rbusy[READERS];
} sq_store;

void sg__sha256(const void *data, size_t len, uint8_t out[32])
{
    struct AVSHA *c = av_sha_alloc();
    if (!c) {
        memset(out, 0, 32);
        return;
    }
    av_sha_init(c, 256);
    av_sha_update(c, data, len);
    av_sha_final(c, out);
    av_free(c);
}

/* ------------------------------------------------------------------------
 * Schema and migrations
 * ---------------------------------------------------------------------- */

static const char *const migrations[] = {
    /* 1: the first schema */
    "CREATE TABLE alerts(seq INTEGER PRIMARY KEY, engine_id TEXT NOT NULL,"
    " type INTEGER NOT NULL, severity INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'open',"
    " stream TEXT, user TEXT, ts INTEGER, opened_ts INTEGER, risk REAL, tactics INTEGER,"
    " events TEXT, users TEXT, streams TEXT, summary TEXT, created_at INTEGER,"
    " updated_at INTEGER, version INTEGER NOT NULL DEFAULT 1, change_seq INTEGER NOT NULL);"
    "CREATE INDEX alerts_engine ON alerts(engine_id, seq);"
    "CREATE UNIQUE INDEX alerts_change ON alerts(change_seq);"
    "CREATE INDEX alerts_stream ON alerts(stream, seq);"
    "CREATE INDEX alerts_user ON alerts(user, seq);"
    "CREATE INDEX alerts_sev ON alerts(severity, seq);"
    "CREATE TABLE messages(alert_seq INTEGER NOT NULL, stream TEXT NOT NULL, event TEXT NOT NULL,"
    " type INTEGER, user TEXT, ts INTEGER, text TEXT, item TEXT, amount INTEGER,"
    " flagged INTEGER NOT NULL, action INTEGER, risk REAL, evidence TEXT, stored_at INTEGER,"
    " PRIMARY KEY(alert_seq, stream, event));"
    "CREATE INDEX messages_stored ON messages(stored_at);"
    "CREATE TABLE labels(id INTEGER PRIMARY KEY, alert_seq INTEGER NOT NULL, outcome TEXT NOT NULL,"
    " note TEXT, who TEXT, at INTEGER);"
    "CREATE INDEX labels_alert ON labels(alert_seq);"
    "CREATE TABLE audit(seq INTEGER PRIMARY KEY, at INTEGER, who TEXT, action TEXT, target TEXT,"
    " detail TEXT, prev_hash BLOB, hash BLOB);"
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
    " BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;"
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
    " BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;"
    "CREATE TABLE tokens(id TEXT PRIMARY KEY, role TEXT NOT NULL, hash BLOB NOT NULL,"
    " created_at INTEGER);"
    "CREATE TABLE checkpoints(id INTEGER PRIMARY KEY CHECK(id = 1), at INTEGER, engine BLOB,"
    " context BLOB);",
    /* 2: family features: stream -> broadcaster, decisions the parent digest
     * reports (no text, no user), family tokens scoped to a broadcaster */
    "CREATE TABLE streams(stream TEXT PRIMARY KEY, broadcaster TEXT, age TEXT, title TEXT,"
    " start_ts INTEGER, end_ts INTEGER, updated_at INTEGER);"
    "CREATE INDEX streams_broadcaster ON streams(broadcaster);"
    "CREATE TABLE family_events(seq INTEGER PRIMARY KEY, stream TEXT NOT NULL, event TEXT,"
    " ts INTEGER, action INTEGER, tactics INTEGER, policy TEXT, nudge INTEGER, stored_at INTEGER);"
    "CREATE INDEX family_events_stream ON family_events(stream, ts);"
    "CREATE INDEX family_events_stored ON family_events(stored_at);"
    "ALTER TABLE tokens ADD COLUMN scope TEXT;",
    /* 3: hash_match alerts raised by POST /v1/media/match: the match
     * evidence as a JSON object (hashes and metadata only, never pixels)
     * and the key of "one open alert per stream and bank hash" */
    "ALTER TABLE alerts ADD COLUMN media TEXT;"
    "ALTER TABLE alerts ADD COLUMN media_key TEXT;"
    "CREATE INDEX alerts_media ON alerts(media_key, stream, seq) WHERE media_key IS NOT NULL;",
};
#define SCHEMA_VERSION ((int)(sizeof migrations / sizeof migrations[0]))

static int exec(sqlite3 *db, const char *sql, char *err, size_t errcap)
{
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        if (err && errcap)
            snprintf(err, errcap, "sqlite: %s", msg ? msg : sqlite3_errmsg(db));
        sqlite3_free(msg);
        return SG_ESTORE;
    }
    return 0;
}

static int migrate(sqlite3 *db, char *err, size_t errcap)
{
    sqlite3_stmt *st = NULL;
    int version = 0, rc = 0;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
        return SG_ESTORE;
    if (sqlite3_step(st) == SQLITE_ROW)
        version = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    if (version > SCHEMA_VERSION) {
        snprintf(err, errcap, "database schema version %d is newer than this binary (%d)", version,
                 SCHEMA_VERSION);
        return SG_ESTORE;
    }
    for (int v = version; v < SCHEMA_VERSION; v++) {
        char set[64];
        snprintf(set, sizeof set, "PRAGMA user_version = %d", v + 1);
        if ((rc = exec(db, "BEGIN IMMEDIATE", err, errcap)))
            return rc;
        if ((rc = exec(db, migrations[v], err, errcap)) || (rc = exec(db, set, err, errcap))) {
            exec(db, "ROLLBACK", NULL, 0);
            return rc;
        }
        if ((rc = exec(db, "COMMIT", err, errcap)))
            return rc;
    }
    return 0;
}

static int open_conn(sq_store *s, sqlite3 **out, bool writer, char *err, size_t errcap)
{
    sqlite3 *db = NULL;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(s->path, &db, flags, NULL) != SQLITE_OK) {
        if (err)
            snprintf(err, errcap, "cannot open %s: %s", s->path,
                     db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return SG_ESTORE;
    }
    sqlite3_busy_timeout(db, 5000);
    /* secure_delete: deleted rows are overwritten with zeros, so purged
     * evidence does not linger in free pages of the file */
    int rc = exec(db, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;",
                  err, errcap);
    if (!rc)
        rc = exec(db, s->full_sync ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL", err,
                  errcap);
    /* Checkpoint every 1000 WAL pages (SQLite's default, set here so the
     * choice is visible). 4000 was tried: the writer spent 7-13% less CPU
     * (an alert update dirties the same few pages again and again, and a
     * checkpoint writes each once), but a checkpoint runs inside the commit
     * that requests wait on, and longer ones doubled the tail: single-event
     * p99 5.7-5.9 ms -> 9.4-10.5 ms, batch p99 12 -> 20-22 ms, at the same
     * throughput (docs/benchmarks-daemon.md). */
    if (!rc && writer)
        rc = exec(db, "PRAGMA wal_autocheckpoint=1000", err, errcap);
    if (!rc && writer)
        rc = migrate(db, err, errcap);
    if (rc) {
        sqlite3_close(db);
        return rc;
    }
    *out = db;
    return 0;
}

/* ------------------------------------------------------------------------
 * JSON formatting of rows
 * ---------------------------------------------------------------------- */

#define ALERT_COLS                                                                          \
    "seq, engine_id, type, severity, status, stream, user, users, streams, ts, opened_ts, " \
    "risk, tactics, events, summary, created_at, updated_at, version, change_seq, media"

static const char *col_text(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

static int json_raw_or(sg__buf *b, const char *raw, const char *dflt)
{
    return sg__buf_adds(b, raw && *raw ? raw : dflt);
}

static const char *type_name(int t)
{
    const char *n = sg_alert_type_name((sg_alert_type)t);
    return n ? n : "unknown";
}

static const char *sev_name(int s)
{
    const char *n = sg_severity_name((sg_severity)s);
    return n ? n : "unknown";
}

/* Formats the current row of a statement selecting ALERT_COLS. */
static int alert_row_json(sqlite3_stmt *st, sg__buf *b)
{
    int rc = sg__buf_printf(b, "{\"kind\":\"alert\",\"id\":\"a-%lld\",\"engine_id\":",
                            (long long)sqlite3_column_int64(st, 0));
    if (!rc)
        rc = sg__buf_json_cstr(b, col_text(st, 1));
    if (!rc)
        rc = sg__buf_printf(b, ",\"type\":\"%s\",\"severity\":\"%s\",\"status\":",
                            type_name(sqlite3_column_int(st, 2)),
                            sev_name(sqlite3_column_int(st, 3)));
    if (!rc)
        rc = sg__buf_json_cstr(b, col_text(st, 4));
    if (!rc)
        rc = sg__buf_adds(b, ",\"stream\":");
    if (!rc)
        rc = sg__buf_json_cstr(b, col_text(st, 5));
    if (!rc)
        rc = sg__buf_adds(b, ",\"user\":");
    if (!rc)
        rc = sg__buf_json_cstr(b, col_text(st, 6));
    if (!rc)
        rc = sg__buf_adds(b, ",\"users\":");
    if (!rc)
        rc = json_raw_or(b, col_text(st, 7), "[]");
    if (!rc)
        rc = sg__buf_adds(b, ",\"streams\":");
    if (!rc)
        rc = json_raw_or(b, col_text(st, 8), "[]");
    if (!rc)
        rc = sg__buf_printf(b, ",\"ts\":%lld,\"opened_ts\":%lld,\"risk\":%.4g,\"tactics\":",
                            (long long)sqlite3_column_int64(st, 9),
                            (long long)sqlite3_column_int64(st, 10), sqlite3_column_double(st, 11));
    if (!rc)
        rc = sg__buf_json_tactics(b, (uint32_t)sqlite3_column_int64(st, 12));
    if (!rc)
        rc = sg__buf_adds(b, ",\"events\":");
    if (!rc)
        rc = json_raw_or(b, col_text(st, 13), "[]");
    if (!rc)
        rc = sg__buf_adds(b, ",\"summary\":");
    if (!rc)
        rc = sg__buf_json_cstr(b, col_text(st, 14) ? col_text(st, 14) : "");
    if (!rc)
        rc = sg__buf_printf(
            b,
            ",\"created_at\":%lld,\"updated_at\":%lld,\"version\":%lld,"
            "\"seq\":%lld",
            (long long)sqlite3_column_int64(st, 15), (long long)sqlite3_column_int64(st, 16),
            (long long)sqlite3_column_int64(st, 17), (long long)sqlite3_column_int64(st, 18));
    /* hash_match: the match evidence (bank, hash id, distance, ...) */
    if (!rc && col_text(st, 19) && *col_text(st, 19)) {
        if (!(rc = sg__buf_adds(b, ",\"match\":")))
            rc = sg__buf_adds(b, col_text(st, 19));
    }
    return rc ? rc : sg__buf_addc(b, '}');
}

/* Parses "a-<seq>"; returns -1 if malformed. */
static int64_t parse_alert_id(const char *id)
{
    if (!id || id[0] != 'a' || id[1] != '-' || !id[2])
        return -1;
    int64_t v = 0;
    for (const char *p = id + 2; *p; p++) {
        if (*p < '0' || *p > '9' || v > INT64_MAX / 10 - 10)
            return -1;
        v = v * 10 + (*p - '0');
    }
    return v;
}

/* ------------------------------------------------------------------------
 * Reader pool
 * ---------------------------------------------------------------------- */

static sqlite3 *reader_get(sq_store *s, int *slot)
{
    pthread_mutex_lock(&s->rmu);
    for (;;) {
        for (int i = 0; i < READERS; i++) {
            if (!s->rbusy[i]) {
                s->rbusy[i] = true;
                pthread_mutex_unlock(&s->rmu);
                if (!s->readers[i] && open_conn(s, &s->readers[i], false, NULL, 0)) {
                    pthread_mutex_lock(&s->rmu);
                    s->rbusy[i] = false;
                    pthread_mutex_unlock(&s->rmu);
                    return NULL;
                }
                *slot = i;
                return s->readers[i];
            }
        }
        pthread_cond_wait(&s->rcv, &s->rmu);
    }
}

static void reader_put(sq_store *s, int slot)
{
    pthread_mutex_lock(&s->rmu);
    s->rbusy[slot] = false;
    pthread_cond_signal(&s->rcv);
    pthread_mutex_unlock(&s->rmu);
}

/* ------------------------------------------------------------------------
 * Writer side
 * ---------------------------------------------------------------------- */

static int w_begin(sg__store *base)
{
    return exec(((sq_store *)base)->w, "BEGIN IMMEDIATE", NULL, 0);
}

static int w_commit(sg__store *base)
{
    return exec(((sq_store *)base)->w, "COMMIT", NULL, 0);
}

/* The writer's own copies of the last change seq and audit hash, read from
 * the database (at open, and after a rollback dropped what they counted). */
static void writer_state_load(sq_store *s)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->w, "SELECT coalesce(max(change_seq), 0) FROM alerts", -1, &st,
                           NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        s->change_seq = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    st = NULL;
    if (sqlite3_prepare_v2(s->w, "SELECT hash FROM audit ORDER BY seq DESC LIMIT 1", -1, &st,
                           NULL) == SQLITE_OK) {
        int r = sqlite3_step(st);
        if (r == SQLITE_ROW && sqlite3_column_bytes(st, 0) == 32)
            memcpy(s->audit_last, sqlite3_column_blob(st, 0), 32);
        else if (r == SQLITE_DONE) /* no entries: the chain starts from zero */
            memset(s->audit_last, 0, sizeof s->audit_last);
    }
    sqlite3_finalize(st);
}

static int w_rollback(sg__store *base)
{
    sq_store *s = (sq_store *)base;
    int rc = exec(s->w, "ROLLBACK", NULL, 0);
    /* the rolled-back changes advanced change_seq: committed_seq must not
     * name a change that is not there (SSE would wait for it) */
    writer_state_load(s);
    return rc;
}

static int64_t w_committed_seq(sg__store *base)
{
    return ((sq_store *)base)->change_seq;
}

static int prep(sqlite3 *db, sqlite3_stmt **st, const char *sql)
{
    if (*st) {
        sqlite3_reset(*st);
        sqlite3_clear_bindings(*st);
        return 0;
    }
    return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL) == SQLITE_OK
               ? 0
               : SG_ESTORE;
}

static void bind_text(sqlite3_stmt *st, int i, const char *s)
{
    if (s)
        sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(st, i);
}

static int row_json_by_seq(sq_store *s, int64_t seq, sg__buf *out)
{
    int rc = prep(s->w, &s->st_row, "SELECT " ALERT_COLS " FROM alerts WHERE seq = ?1");
    if (rc)
        return rc;
    sqlite3_bind_int64(s->st_row, 1, seq);
    if (sqlite3_step(s->st_row) != SQLITE_ROW)
        rc = SG_ENOTFOUND;
    else
        rc = alert_row_json(s->st_row, out);
    sqlite3_reset(s->st_row);
    return rc;
}

static int w_alert_put(sg__store *base, const sg__alert_rec *a, int64_t now, sg__buf *out)
{
    sq_store *s = (sq_store *)base;
    int64_t seq = -1;
    int rc;
    if (a->update) {
        if ((rc = prep(s->w, &s->st_find,
                       "SELECT seq FROM alerts WHERE engine_id = ?1 ORDER BY seq DESC LIMIT 1")))
            return rc;
        bind_text(s->st_find, 1, a->engine_id);
        if (sqlite3_step(s->st_find) == SQLITE_ROW)
            seq = sqlite3_column_int64(s->st_find, 0);
        sqlite3_reset(s->st_find);
    }
    int64_t change = s->change_seq + 1;
    if (seq >= 0) {
        /* Two statements: SQLite rewrites the entries of every index whose
         * column is SET, changed or not, and severity, stream and user are
         * indexed but rarely change on an update. Setting them only when
         * they differ halved the WAL bytes per alert update (24 -> 12 KB:
         * 3 pages instead of 6). */
        if ((rc = prep(s->w, &s->st_update,
                       "UPDATE alerts SET ts=?5, risk=?6,"
                       " tactics=?7, events=?8, users=?9, streams=?10, summary=?11,"
                       " updated_at=?12, version=version+1, change_seq=?13, status='open'"
                       " WHERE seq=?1")))
            return rc;
        sqlite3_stmt *st = s->st_update;
        sqlite3_bind_int64(st, 1, seq);
        sqlite3_bind_int64(st, 5, a->ts);
        sqlite3_bind_double(st, 6, a->risk);
        sqlite3_bind_int64(st, 7, a->tactics);
        bind_text(st, 8, a->events_json);
        bind_text(st, 9, a->users_json);
        bind_text(st, 10, a->streams_json);
        bind_text(st, 11, a->summary);
        sqlite3_bind_int64(st, 12, now);
        sqlite3_bind_int64(st, 13, change);
        rc = sqlite3_step(st) == SQLITE_DONE ? 0 : SG_ESTORE;
        sqlite3_reset(st);
        if (!rc &&
            !(rc = prep(s->w, &s->st_subject,
                        "UPDATE alerts SET severity=?2, stream=?3, user=?4 WHERE seq=?1"
                        " AND (severity IS NOT ?2 OR stream IS NOT ?3 OR user IS NOT ?4)"))) {
            st = s->st_subject;
            sqlite3_bind_int64(st, 1, seq);
            sqlite3_bind_int(st, 2, a->severity);
            bind_text(st, 3, a->stream);
            bind_text(st, 4, a->user);
            rc = sqlite3_step(st) == SQLITE_DONE ? 0 : SG_ESTORE;
            sqlite3_reset(st);
        }
    } else {
        if ((rc = prep(
                 s->w, &s->st_insert,
                 "INSERT INTO alerts(engine_id, type, severity, stream, user, ts, opened_ts,"
                 " risk, tactics, events, users, streams, summary, created_at, updated_at,"
                 " change_seq) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?14,?15)")))
            return rc;
        sqlite3_stmt *st = s->st_insert;
        bind_text(st, 1, a->engine_id);
        sqlite3_bind_int(st, 2, a->type);
        sqlite3_bind_int(st, 3, a->severity);
        bind_text(st, 4, a->stream);
        bind_text(st, 5, a->user);
        sqlite3_bind_int64(st, 6, a->ts);
        sqlite3_bind_int64(st, 7, a->opened_ts);
        sqlite3_bind_double(st, 8, a->risk);
        sqlite3_bind_int64(st, 9, a->tactics);
        bind_text(st, 10, a->events_json);
        bind_text(st, 11, a->users_json);
        bind_text(st, 12, a->streams_json);
        bind_text(st, 13, a->summary);
        sqlite3_bind_int64(st, 14, now);
        sqlite3_bind_int64(st, 15, change);
        rc = sqlite3_step(st) == SQLITE_DONE ? 0 : SG_ESTORE;
        sqlite3_reset(st);
        if (!rc)
            seq = sqlite3_last_insert_rowid(s->w);
    }
    if (rc)
        return rc;
    s->change_seq = change;
    if ((rc =
             prep(s->w, &s->st_msg,
                  "INSERT INTO messages(alert_seq, stream, event, type, user, ts, text, item,"
                  " amount, flagged, action, risk, evidence, stored_at)"
                  " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)"
                  " ON CONFLICT(alert_seq, stream, event) DO UPDATE SET"
                  " flagged = max(flagged, excluded.flagged),"
                  " evidence = CASE WHEN excluded.flagged THEN excluded.evidence ELSE evidence END,"
                  " action = excluded.action, risk = excluded.risk")))
        return rc;
    for (size_t i = 0; i < a->nmsgs; i++) {
        const sg__msg *m = &a->msgs[i];
        sqlite3_stmt *st = s->st_msg;
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        sqlite3_bind_int64(st, 1, seq);
        bind_text(st, 2, m->stream ? m->stream : "");
        bind_text(st, 3, m->event ? m->event : "");
        sqlite3_bind_int(st, 4, m->type);
        bind_text(st, 5, m->user);
        sqlite3_bind_int64(st, 6, m->ts);
        bind_text(st, 7, m->text);
        bind_text(st, 8, m->item);
        sqlite3_bind_int64(st, 9, m->amount);
        sqlite3_bind_int(st, 10, m->flagged);
        sqlite3_bind_int(st, 11, m->action);
        sqlite3_bind_double(st, 12, m->risk);
        bind_text(st, 13, m->evidence_json ? m->evidence_json : "[]");
        sqlite3_bind_int64(st, 14, now);
        if (sqlite3_step(st) != SQLITE_DONE) {
            sqlite3_reset(st);
            return SG_ESTORE;
        }
    }
    sqlite3_reset(s->st_msg);
    return out ? row_json_by_seq(s, seq, out) : 0;
}

/* The match evidence of a hash_match alert as a JSON object. */
static int hash_media_json(const sg__hash_hit *h, int64_t matches, sg__buf *b)
{
    int rc = sg__buf_adds(b, "{\"bank\":");
    if (!rc)
        rc = sg__buf_json_cstr(b, h->bank);
    if (!rc)
        rc = sg__buf_adds(b, ",\"hash_id\":");
    if (!rc)
        rc = sg__buf_json_cstr(b, h->hash_id);
    if (!rc)
        rc = sg__buf_adds(b, ",\"label\":");
    if (!rc)
        rc = sg__buf_json_cstr(b, h->label);
    if (!rc)
        rc = sg__buf_adds(b, ",\"hash\":");
    if (!rc)
        rc = sg__buf_json_cstr(b, h->hash);
    if (!rc)
        rc = sg__buf_printf(b, ",\"distance\":%d,\"variant\":", h->distance);
    if (!rc)
        rc = sg__buf_json_cstr(b, h->variant);
    if (!rc)
        rc = sg__buf_adds(b, ",\"query_hash\":");
    if (!rc)
        rc = sg__buf_json_cstr(b, h->query_hash);
    if (!rc && h->quality >= 0)
        rc = sg__buf_printf(b, ",\"quality\":%d", h->quality);
    else if (!rc)
        rc = sg__buf_adds(b, ",\"quality\":null");
    if (!rc)
        rc = sg__buf_printf(b, ",\"matches\":%lld}", (long long)matches);
    return rc;
}

static int w_hash_alert_put(sg__store *base, const sg__hash_hit *h, int64_t now, bool *created,
                            sg__buf *out)
{
    sq_store *s = (sq_store *)base;
    char key[512], engine_id[256], summary[512];
    int64_t seq = -1, matches = 0;
    int old_dist = 1000, rc;
    sg__buf media, users;
    sg__buf_init(&media, 1u << 20);
    sg__buf_init(&users, 4096);
    *created = false;
    if (!h->stream || !*h->stream || !h->bank || !h->hash_id || !h->hash) {
        rc = SG_EINVAL;
        goto out;
    }
    snprintf(key, sizeof key, "%s %s", h->bank, h->hash);
    if ((rc = prep(s->w, &s->st_hfind,
                   "SELECT seq, coalesce(json_extract(media, '$.distance'), 1000),"
                   " coalesce(json_extract(media, '$.matches'), 0) FROM alerts"
                   " WHERE media_key = ?1 AND stream = ?2 AND type = ?3 AND status = 'open'"
                   " ORDER BY seq DESC LIMIT 1")))
        goto out;
    bind_text(s->st_hfind, 1, key);
    bind_text(s->st_hfind, 2, h->stream);
    sqlite3_bind_int(s->st_hfind, 3, SG_ALERT_HASH_MATCH);
    if (sqlite3_step(s->st_hfind) == SQLITE_ROW) {
        seq = sqlite3_column_int64(s->st_hfind, 0);
        old_dist = sqlite3_column_int(s->st_hfind, 1);
        matches = sqlite3_column_int64(s->st_hfind, 2);
    }
    sqlite3_reset(s->st_hfind);
    matches++;
    /* the alert keeps the closest match as its evidence */
    bool better = seq < 0 || h->distance < old_dist;
    int best = better ? h->distance : old_dist;
    if (better && (rc = hash_media_json(h, matches, &media)))
        goto out;
    if (matches > 1)
        snprintf(summary, sizeof summary,
                 "media matched hash %.64s of bank %s at distance %d (%lld matches)", h->hash_id,
                 h->bank, best, (long long)matches);
    else
        snprintf(summary, sizeof summary, "media matched hash %.64s of bank %s at distance %d",
                 h->hash_id, h->bank, best);
    int64_t change = s->change_seq + 1;
    if (seq >= 0) {
        if ((rc = prep(s->w, &s->st_hupdate,
                       "UPDATE alerts SET ts = max(coalesce(ts, 0), ?2), user = coalesce(user, ?3),"
                       " users = CASE WHEN ?3 IS NULL OR instr(users, json_quote(?3)) > 0"
                       "   OR json_array_length(users) >= 32 THEN users"
                       "   ELSE json_insert(users, '$[#]', ?3) END,"
                       " summary = ?4, media = json_set(coalesce(?5, media), '$.matches', ?6),"
                       " updated_at = ?7, version = version + 1, change_seq = ?8 WHERE seq = ?1")))
            goto out;
        sqlite3_stmt *st = s->st_hupdate;
        sqlite3_bind_int64(st, 1, seq);
        sqlite3_bind_int64(st, 2, h->ts);
        bind_text(st, 3, h->user && *h->user ? h->user : NULL);
        bind_text(st, 4, summary);
        bind_text(st, 5, better ? media.data : NULL);
        sqlite3_bind_int64(st, 6, matches);
        sqlite3_bind_int64(st, 7, now);
        sqlite3_bind_int64(st, 8, change);
        rc = sqlite3_step(st) == SQLITE_DONE ? 0 : SG_ESTORE;
        sqlite3_reset(st);
    } else {
        snprintf(engine_id, sizeof engine_id, "hash:%s/%.160s", h->bank, h->hash_id);
        rc = sg__buf_addc(&users, '[');
        if (!rc && h->user && *h->user)
            rc = sg__buf_json_cstr(&users, h->user);
        if (!rc)
            rc = sg__buf_addc(&users, ']');
        if (rc || (rc = prep(s->w, &s->st_hinsert,
                             "INSERT INTO alerts(engine_id, type, severity, stream, user, ts,"
                             " opened_ts, risk, tactics, events, users, streams, summary,"
                             " created_at, updated_at, change_seq, media, media_key)"
                             " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?6, 1.0, 0, '[]', ?7,"
                             " json_array(?4), ?8, ?9, ?9, ?10, ?11, ?12)")))
            goto out;
        sqlite3_stmt *st = s->st_hinsert;
        bind_text(st, 1, engine_id);
        sqlite3_bind_int(st, 2, SG_ALERT_HASH_MATCH);
        sqlite3_bind_int(st, 3, SG_SEV_CRITICAL);
        bind_text(st, 4, h->stream);
        bind_text(st, 5, h->user && *h->user ? h->user : NULL);
        sqlite3_bind_int64(st, 6, h->ts);
        bind_text(st, 7, users.data);
        bind_text(st, 8, summary);
        sqlite3_bind_int64(st, 9, now);
        sqlite3_bind_int64(st, 10, change);
        bind_text(st, 11, media.data);
        bind_text(st, 12, key);
        rc = sqlite3_step(st) == SQLITE_DONE ? 0 : SG_ESTORE;
        sqlite3_reset(st);
        if (!rc) {
            seq = sqlite3_last_insert_rowid(s->w);
            *created = true;
        }
    }
    if (rc)
        goto out;
    s->change_seq = change;
    if (out)
        rc = row_json_by_seq(s, seq, out);
out:
    sg__buf_free(&media);
    sg__buf_free(&users);
    return rc;
}

static int w_label_add(sg__store *base, const char *alert_id, const char *outcome, const char *note,
                       const char *who, int64_t now, sg__buf *out)
{
    sq_store *s = (sq_store *)base;
    int64_t seq = parse_alert_id(alert_id);
    sqlite3_stmt *st = NULL;
    int rc = 0;
    if (seq < 0)
        return SG_ENOTFOUND;
    if (sqlite3_prepare_v2(s->w,
                           "UPDATE alerts SET status=?2, updated_at=?3, version=version+1,"
                           " change_seq=?4 WHERE seq=?1",
                           -1, &st, NULL) != SQLITE_OK)
        return SG_ESTORE;
    sqlite3_bind_int64(st, 1, seq);
    bind_text(st, 2, outcome);
    sqlite3_bind_int64(st, 3, now);
    sqlite3_bind_int64(st, 4, s->change_seq + 1);
    if (sqlite3_step(st) != SQLITE_DONE)
        rc = SG_ESTORE;
    else if (sqlite3_changes(s->w) == 0)
        rc = SG_ENOTFOUND;
    sqlite3_finalize(st);
    if (rc)
        return rc;
    s->change_seq++;
    if (sqlite3_prepare_v2(
            s->w, "INSERT INTO labels(alert_seq, outcome, note, who, at) VALUES(?1,?2,?3,?4,?5)",
            -1, &st, NULL) != SQLITE_OK)
        return SG_ESTORE;
    sqlite3_bind_int64(st, 1, seq);
    bind_text(st, 2, outcome);
    bind_text(st, 3, note ? note : "");
    bind_text(st, 4, who);
    sqlite3_bind_int64(st, 5, now);
    rc = sqlite3_step(st) == SQLITE_DONE ? 0 : SG_ESTORE;
    sqlite3_finalize(st);
    return rc || !out ? rc : row_json_by_seq(s, seq, out);
}

static void audit_hash(const uint8_t prev[32], int64_t at, const char *who, const char *action,
                       const char *target, const char *detail, uint8_t out[32])
{
    sg__buf b;
    sg__buf_init(&b, 1 << 20);
    sg__buf_add(&b, prev, 32);
    sg__buf_printf(&b, "%lld\x1f%s\x1f%s\x1f%s\x1f%s", (long long)at, who ? who : "",
                   action ? action : "", target ? target : "", detail ? detail : "");
    sg__sha256(b.data ? b.data : "", b.len, out);
    sg__buf_free(&b);
}

static int w_audit_append(sg__store *base, const char *who, const char *action, const char *target,
                          const char *detail, int64_t now)
{
    sq_store *s = (sq_store *)base;
    uint8_t h[32];
    int rc = prep(s->w, &s->st_audit,
                  "INSERT INTO audit(at, who, action, target, detail, prev_hash, hash)"
                  " VALUES(?1,?2,?3,?4,?5,?6,?7)");
    if (rc)
        return rc;
    /* the chain continues from the newest row on disk, not a cached hash:
     * a CLI command (digest, purge) may have appended since we opened */
    sqlite3_stmt *lst = NULL;
    if (sqlite3_prepare_v2(s->w, "SELECT hash FROM audit ORDER BY seq DESC LIMIT 1", -1, &lst,
                           NULL) == SQLITE_OK &&
        sqlite3_step(lst) == SQLITE_ROW && sqlite3_column_bytes(lst, 0) == 32)
        memcpy(s->audit_last, sqlite3_column_blob(lst, 0), 32);
    sqlite3_finalize(lst);
    audit_hash(s->audit_last, now, who, action, target, detail, h);
    sqlite3_stmt *st = s->st_audit;
    sqlite3_bind_int64(st, 1, now);
    bind_text(st, 2, who);
    bind_text(st, 3, action);
    bind_text(st, 4, target);
    bind_text(st, 5, detail);
    sqlite3_bind_blob(st, 6, s->audit_last, 32, SQLITE_TRANSIENT);
    sqlite3_bind_blob(st, 7, h, 32, SQLITE_TRANSIENT);
    rc = sqlite3_step(st) == SQLITE_DONE ? 0 : SG_ESTORE;
    sqlite3_reset(st);
    if (!rc)
        memcpy(s->audit_last, h, 32);
    return rc;
}

static int w_checkpoint_put(sg__store *base, const void *eng, size_t elen, const void *ctx,
                            size_t clen, int64_t now)
{
    sq_store *s = (sq_store *)base;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->w,
                           "INSERT OR REPLACE INTO checkpoints(id, at, engine, context)"
                           " VALUES(1, ?1, ?2, ?3)",
                           -1, &st, NULL) != SQLITE_OK)
        return SG_ESTORE;
    sqlite3_bind_int64(st, 1, now);
    sqlite3_bind_blob64(st, 2, eng ? eng : "", elen, SQLITE_STATIC);
    sqlite3_bind_blob64(st, 3, ctx ? ctx : "", clen, SQLITE_STATIC);
    int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : SG_ESTORE;
    sqlite3_finalize(st);
    return rc;
}

static int w_purge(sg__store *base, int64_t cutoff, int64_t *deleted)
{
    sq_store *s = (sq_store *)base;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->w, "DELETE FROM messages WHERE stored_at < ?1", -1, &st, NULL) !=
        SQLITE_OK)
        return SG_ESTORE;
    sqlite3_bind_int64(st, 1, cutoff);
    int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : SG_ESTORE;
    sqlite3_finalize(st);
    if (deleted)
        *deleted = rc ? 0 : sqlite3_changes(s->w);
    st = NULL;
    if (!rc && sqlite3_prepare_v2(s->w, "DELETE FROM family_events WHERE stored_at < ?1", -1, &st,
                                  NULL) == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, cutoff);
        rc = sqlite3_step(st) == SQLITE_DONE ? 0 : SG_ESTORE;
    }
    sqlite3_finalize(st);
    return rc;
}

static int w_compact(sg__store *base)
{
    sq_store *s = (sq_store *)base;
    int log = 0, ckpt = 0;
    int r = sqlite3_wal_checkpoint_v2(s->w, NULL, SQLITE_CHECKPOINT_TRUNCATE, &log, &ckpt);
    return r == SQLITE_OK ? 0 : r == SQLITE_BUSY ? SG_EBUSY : SG_ESTORE;
}

static int w_stream_put(sg__store *base, const sg__stream_rec *r, int64_t now)
{
    sq_store *s = (sq_store *)base;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(
            s->w,
            "INSERT INTO streams(stream, broadcaster, age, title, start_ts, end_ts,"
            " updated_at) VALUES(?1,?2,?3,?4,?5,?6,?7) ON CONFLICT(stream) DO UPDATE SET"
            " broadcaster = coalesce(excluded.broadcaster, broadcaster),"
            " age = coalesce(excluded.age, age), title = coalesce(excluded.title, title),"
            " start_ts = coalesce(excluded.start_ts, start_ts),"
            " end_ts = CASE WHEN excluded.start_ts IS NOT NULL THEN excluded.end_ts"
            "  ELSE coalesce(excluded.end_ts, end_ts) END,"
            " updated_at = excluded.updated_at",
            -1, &st, NULL) != SQLITE_OK)
        return SG_ESTORE;
    bind_text(st, 1, r->stream);
    bind_text(st, 2, r->broadcaster);
    bind_text(st, 3, r->age);
    bind_text(st, 4, r->title);
    if (r->start_ts >= 0)
        sqlite3_bind_int64(st, 5, r->start_ts);
    if (r->end_ts >= 0)
        sqlite3_bind_int64(st, 6, r->end_ts);
    sqlite3_bind_int64(st, 7, now);
    int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : SG_ESTORE;
    sqlite3_finalize(st);
    return rc;
}

static int w_family_event_put(sg__store *base, const sg__family_event *e, int64_t now)
{
    sq_store *s = (sq_store *)base;
    int rc = prep(s->w, &s->st_family,
                  "INSERT INTO family_events(stream, event, ts, action, tactics, policy, nudge,"
                  " stored_at) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
    if (rc)
        return rc;
    sqlite3_stmt *st = s->st_family;
    bind_text(st, 1, e->stream ? e->stream : "");
    bind_text(st, 2, e->event);
    sqlite3_bind_int64(st, 3, e->ts);
    sqlite3_bind_int(st, 4, e->action);
    sqlite3_bind_int64(st, 5, e->tactics);
    bind_text(st, 6, e->policy);
    sqlite3_bind_int(st, 7, e->nudge);
    sqlite3_bind_int64(st, 8, now);
    rc = sqlite3_step(st) == SQLITE_DONE ? 0 : SG_ESTORE;
    sqlite3_reset(st);
    return rc;
}

static int w_token_set_scope(sg__store *base, const char *id, const char *scope)
{
    sq_store *s = (sq_store *)base;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->w, "UPDATE tokens SET scope = ?2 WHERE id = ?1", -1, &st, NULL) !=
        SQLITE_OK)
        return SG_ESTORE;
    bind_text(st, 1, id);
    bind_text(st, 2, scope);
    int rc =
        sqlite3_step(st) == SQLITE_DONE ? (sqlite3_changes(s->w) ? 0 : SG_ENOTFOUND) : SG_ESTORE;
    sqlite3_finalize(st);
    return rc;
}

static int w_token_add(sg__store *base, const char *id, const char *role, const uint8_t hash[32],
                       int64_t now)
{
    sq_store *s = (sq_store *)base;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->w,
                           "INSERT INTO tokens(id, role, hash, created_at) VALUES(?1,?2,?3,?4)", -1,
                           &st, NULL) != SQLITE_OK)
        return SG_ESTORE;
    bind_text(st, 1, id);
    bind_text(st, 2, role);
    sqlite3_bind_blob(st, 3, hash, 32, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 4, now);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : rc == SQLITE_CONSTRAINT ? SG_EEXISTS : SG_ESTORE;
}

/* ------------------------------------------------------------------------
 * Reader side
 * ---------------------------------------------------------------------- */

static int r_alert_list(sg__store *base, const sg__alert_filter *f, sg__buf *out)
{
    sq_store *s = (sq_store *)base;
    char sql[2048];
    int slot, rc = 0, n = 0, limit = f->limit > 0 && f->limit <= 500 ? f->limit : 50;
    long long cur_sev = -1, cur_seq = -1;
    sqlite3_stmt *st = NULL;
    if (f->cursor && *f->cursor) {
        char tail;
        if (f->sort == 2) {
            if (sscanf(f->cursor, "s%lld.%lld%c", &cur_sev, &cur_seq, &tail) != 2)
                return SG_EINVAL;
        } else if (sscanf(f->cursor, "%*c%lld%c", &cur_seq, &tail) != 1 ||
                   f->cursor[0] != (f->sort == 1 ? 'o' : 'n')) {
            return SG_EINVAL;
        }
    }
    const char *status_sql = "";
    if (f->status) {
        if (!strcmp(f->status, "resolved"))
            status_sql = " AND status <> 'open'";
        else
            status_sql = " AND status = ?1";
    }
    snprintf(
        sql, sizeof sql,
        "SELECT " ALERT_COLS " FROM alerts WHERE 1=1%s%s%s%s%s%s%s"
        " ORDER BY %s LIMIT ?9",
        status_sql, f->type >= 0 ? " AND type = ?2" : "",
        f->severity >= 0 ? " AND severity = ?3" : "",
        f->min_severity >= 0 ? " AND severity >= ?4" : "",
        f->stream ? " AND (stream = ?5 OR (stream IS NULL AND instr(streams, json_quote(?5)) > 0))"
                  : "",
        f->user ? " AND (user = ?6 OR (user IS NULL AND instr(users, json_quote(?6)) > 0))" : "",
        cur_seq < 0    ? ""
        : f->sort == 2 ? " AND (severity < ?7 OR (severity = ?7 AND seq < ?8))"
        : f->sort == 1 ? " AND seq > ?8"
                       : " AND seq < ?8",
        f->sort == 2   ? "severity DESC, seq DESC"
        : f->sort == 1 ? "seq ASC"
                       : "seq DESC");
    sqlite3 *db = reader_get(s, &slot);
    if (!db)
        return SG_ESTORE;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        rc = SG_ESTORE;
        goto out;
    }
    if (f->status)
        bind_text(st, 1, f->status);
    sqlite3_bind_int(st, 2, f->type);
    sqlite3_bind_int(st, 3, f->severity);
    sqlite3_bind_int(st, 4, f->min_severity);
    bind_text(st, 5, f->stream);
    bind_text(st, 6, f->user);
    sqlite3_bind_int64(st, 7, cur_sev);
    sqlite3_bind_int64(st, 8, cur_seq);
    sqlite3_bind_int(st, 9, limit);
    rc = sg__buf_adds(out, "{\"alerts\":[");
    int64_t last_seq = -1, last_sev = -1;
    int step;
    while (!rc && (step = sqlite3_step(st)) == SQLITE_ROW) {
        if (n++)
            rc = sg__buf_addc(out, ',');
        if (!rc)
            rc = alert_row_json(st, out);
        last_seq = sqlite3_column_int64(st, 0);
        last_sev = sqlite3_column_int64(st, 3);
    }
    if (rc)
        goto out;
    if (n == limit) {
        if (f->sort == 2)
            rc = sg__buf_printf(out, "],\"next_cursor\":\"s%lld.%lld\"}", (long long)last_sev,
                                (long long)last_seq);
        else
            rc = sg__buf_printf(out, "],\"next_cursor\":\"%c%lld\"}", f->sort == 1 ? 'o' : 'n',
                                (long long)last_seq);
    } else {
        rc = sg__buf_adds(out, "],\"next_cursor\":null}");
    }
out:
    sqlite3_finalize(st);
    reader_put(s, slot);
    return rc;
}

static int r_alert_get(sg__store *base, const char *alert_id, sg__buf *out)
{
    sq_store *s = (sq_store *)base;
    int64_t seq = parse_alert_id(alert_id);
    int slot, rc = 0, n = 0;
    sqlite3_stmt *st = NULL;
    if (seq < 0)
        return SG_ENOTFOUND;
    sqlite3 *db = reader_get(s, &slot);
    if (!db)
        return SG_ESTORE;
    /* One read transaction so the alert and its messages agree. */
    exec(db, "BEGIN", NULL, 0);
    if (sqlite3_prepare_v2(db, "SELECT " ALERT_COLS " FROM alerts WHERE seq = ?1", -1, &st, NULL) !=
        SQLITE_OK) {
        rc = SG_ESTORE;
        goto out;
    }
    sqlite3_bind_int64(st, 1, seq);
    if (sqlite3_step(st) != SQLITE_ROW) {
        rc = SG_ENOTFOUND;
        goto out;
    }
    if ((rc = sg__buf_adds(out, "{\"alert\":")) || (rc = alert_row_json(st, out)) ||
        (rc = sg__buf_adds(out, ",\"messages\":[")))
        goto out;
    sqlite3_finalize(st);
    st = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT event, type, stream, user, ts, text, item, amount, flagged,"
                           " action, risk, evidence FROM messages WHERE alert_seq = ?1"
                           " ORDER BY ts, rowid",
                           -1, &st, NULL) != SQLITE_OK) {
        rc = SG_ESTORE;
        goto out;
    }
    sqlite3_bind_int64(st, 1, seq);
    while (!rc && sqlite3_step(st) == SQLITE_ROW) {
        int type = sqlite3_column_int(st, 1);
        if (n++)
            rc = sg__buf_addc(out, ',');
        if (!rc)
            rc = sg__buf_adds(out, "{\"event\":");
        if (!rc)
            rc = sg__buf_json_cstr(out, col_text(st, 0));
        if (!rc)
            rc = sg__buf_printf(
                out, ",\"type\":\"%s\",\"stream\":", type == SG_EV_GIFT ? "gift" : "chat");
        if (!rc)
            rc = sg__buf_json_cstr(out, col_text(st, 2));
        if (!rc)
            rc = sg__buf_adds(out, ",\"user\":");
        if (!rc)
            rc = sg__buf_json_cstr(out, col_text(st, 3));
        if (!rc)
            rc = sg__buf_printf(out,
                                ",\"ts\":%lld,\"text\":", (long long)sqlite3_column_int64(st, 4));
        if (!rc)
            rc = sg__buf_json_cstr(out, col_text(st, 5));
        if (!rc)
            rc = sg__buf_adds(out, ",\"item\":");
        if (!rc)
            rc = sg__buf_json_cstr(out, col_text(st, 6));
        if (!rc && type == SG_EV_GIFT)
            rc = sg__buf_printf(out, ",\"amount\":%lld", (long long)sqlite3_column_int64(st, 7));
        else if (!rc)
            rc = sg__buf_adds(out, ",\"amount\":null");
        if (!rc) {
            int act = sqlite3_column_int(st, 9);
            const char *an = sg_action_name((sg_action)act);
            rc =
                sg__buf_printf(out, ",\"flagged\":%s,\"action\":\"%s\",\"risk\":%.4g,\"evidence\":",
                               sqlite3_column_int(st, 8) ? "true" : "false", an ? an : "allow",
                               sqlite3_column_double(st, 10));
        }
        if (!rc)
            rc = json_raw_or(out, col_text(st, 11), "[]");
        if (!rc)
            rc = sg__buf_addc(out, '}');
    }
    sqlite3_finalize(st);
    st = NULL;
    if (rc || (rc = sg__buf_adds(out, "],\"labels\":[")))
        goto out;
    if (sqlite3_prepare_v2(
            db, "SELECT outcome, note, who, at FROM labels WHERE alert_seq = ?1 ORDER BY id", -1,
            &st, NULL) != SQLITE_OK) {
        rc = SG_ESTORE;
        goto out;
    }
    sqlite3_bind_int64(st, 1, seq);
    n = 0;
    while (!rc && sqlite3_step(st) == SQLITE_ROW) {
        if (n++)
            rc = sg__buf_addc(out, ',');
        if (!rc)
            rc = sg__buf_adds(out, "{\"outcome\":");
        if (!rc)
            rc = sg__buf_json_cstr(out, col_text(st, 0));
        if (!rc)
            rc = sg__buf_adds(out, ",\"note\":");
        if (!rc)
            rc = sg__buf_json_cstr(out, col_text(st, 1));
        if (!rc)
            rc = sg__buf_adds(out, ",\"by\":");
        if (!rc)
            rc = sg__buf_json_cstr(out, col_text(st, 2));
        if (!rc)
            rc = sg__buf_printf(out, ",\"at\":%lld}", (long long)sqlite3_column_int64(st, 3));
    }
    if (!rc)
        rc = sg__buf_adds(out, "]}");
out:
    sqlite3_finalize(st);
    exec(db, "COMMIT", NULL, 0);
    reader_put(s, slot);
    return rc;
}

static int r_alert_changes(sg__store *base, int64_t after, int limit, sg__buf *out, int64_t *last)
{
    sq_store *s = (sq_store *)base;
    int slot, rc = 0, n = 0;
    sqlite3_stmt *st = NULL;
    sqlite3 *db = reader_get(s, &slot);
    if (!db)
        return SG_ESTORE;
    if (sqlite3_prepare_v2(db,
                           "SELECT " ALERT_COLS " FROM alerts WHERE change_seq > ?1"
                           " ORDER BY change_seq LIMIT ?2",
                           -1, &st, NULL) != SQLITE_OK) {
        rc = SG_ESTORE;
        goto out;
    }
    sqlite3_bind_int64(st, 1, after);
    sqlite3_bind_int(st, 2, limit);
    while (!rc && sqlite3_step(st) == SQLITE_ROW) {
        int64_t cs = sqlite3_column_int64(st, 18);
        rc = sg__buf_printf(out, "id: %lld\nevent: alert\ndata: ", (long long)cs);
        if (!rc)
            rc = alert_row_json(st, out);
        if (!rc)
            rc = sg__buf_adds(out, "\n\n");
        if (!rc) {
            *last = cs;
            n++;
        }
    }
out:
    sqlite3_finalize(st);
    reader_put(s, slot);
    return rc ? rc : n;
}

static int64_t r_alert_max_seq(sg__store *base)
{
    sq_store *s = (sq_store *)base;
    int slot;
    int64_t v = 0;
    sqlite3_stmt *st = NULL;
    sqlite3 *db = reader_get(s, &slot);
    if (!db)
        return 0;
    if (sqlite3_prepare_v2(db, "SELECT coalesce(max(change_seq), 0) FROM alerts", -1, &st, NULL) ==
            SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    reader_put(s, slot);
    return v;
}

static int r_history(sg__store *base, bool is_user, const char *id, sg__buf *out)
{
    sq_store *s = (sq_store *)base;
    int slot, rc = 0, n = 0;
    sqlite3_stmt *st = NULL;
    const char *match =
        is_user ? "(user = ?1 OR (user IS NULL AND instr(users, json_quote(?1)) > 0))"
                : "(stream = ?1 OR (stream IS NULL AND instr(streams, json_quote(?1)) > 0))";
    char sql[1024];
    sqlite3 *db = reader_get(s, &slot);
    if (!db)
        return SG_ESTORE;
    exec(db, "BEGIN", NULL, 0);
    if ((rc = sg__buf_adds(out, "\"id\":")) || (rc = sg__buf_json_cstr(out, id)))
        goto out;
    snprintf(sql, sizeof sql,
             "SELECT coalesce(max(CASE WHEN status='open' THEN risk END), 0) FROM alerts WHERE %s",
             match);
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        rc = SG_ESTORE;
        goto out;
    }
    bind_text(st, 1, id);
    rc = sg__buf_printf(out, ",\"risk\":%.4g,\"alert_counts\":{\"open\":0",
                        sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_double(st, 0) : 0.0);
    sqlite3_finalize(st);
    st = NULL;
    snprintf(sql, sizeof sql, "SELECT status, count(*) FROM alerts WHERE %s GROUP BY status",
             match);
    if (rc || sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        rc = rc ? rc : SG_ESTORE;
        goto out;
    }
    bind_text(st, 1, id);
    while (!rc && sqlite3_step(st) == SQLITE_ROW) {
        if (!strcmp(col_text(st, 0), "open")) {
            /* rewrite the "open":0 placeholder */
            char *p = strstr(out->data, "\"open\":0");
            if (p) {
                char tmp[32];
                int k = snprintf(tmp, sizeof tmp, "%lld", (long long)sqlite3_column_int64(st, 1));
                out->len = (size_t)(p - out->data) + 7;
                rc = sg__buf_add(out, tmp, (size_t)k);
            }
            continue;
        }
        rc = sg__buf_addc(out, ',');
        if (!rc)
            rc = sg__buf_json_cstr(out, col_text(st, 0));
        if (!rc)
            rc = sg__buf_printf(out, ":%lld", (long long)sqlite3_column_int64(st, 1));
    }
    sqlite3_finalize(st);
    st = NULL;
    if (rc || (rc = sg__buf_adds(out, "},\"alerts\":[")))
        goto out;
    snprintf(sql, sizeof sql,
             "SELECT " ALERT_COLS " FROM alerts WHERE %s ORDER BY seq DESC LIMIT 50", match);
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        rc = SG_ESTORE;
        goto out;
    }
    bind_text(st, 1, id);
    while (!rc && sqlite3_step(st) == SQLITE_ROW) {
        if (n++)
            rc = sg__buf_addc(out, ',');
        if (!rc)
            rc = alert_row_json(st, out);
    }
    sqlite3_finalize(st);
    st = NULL;
    if (rc || (rc = sg__buf_adds(out, "],\"related\":[")))
        goto out;
    snprintf(sql, sizeof sql,
             is_user
                 ? "SELECT DISTINCT stream FROM alerts WHERE %s AND stream IS NOT NULL LIMIT 100"
                 : "SELECT DISTINCT user FROM alerts WHERE %s AND user IS NOT NULL LIMIT 100",
             match);
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        rc = SG_ESTORE;
        goto out;
    }
    bind_text(st, 1, id);
    n = 0;
    while (!rc && sqlite3_step(st) == SQLITE_ROW) {
        if (n++)
            rc = sg__buf_addc(out, ',');
        if (!rc)
            rc = sg__buf_json_cstr(out, col_text(st, 0));
    }
    if (!rc)
        rc = sg__buf_addc(out, ']');
out:
    sqlite3_finalize(st);
    exec(db, "COMMIT", NULL, 0);
    reader_put(s, slot);
    return rc;
}

static void hex32(const uint8_t *h, char out[65])
{
    static const char d[] = "0123456789abcdef";
    for (int i = 0; i < 32; i++) {
        out[2 * i] = d[h[i] >> 4];
        out[2 * i + 1] = d[h[i] & 15];
    }
    out[64] = 0;
}

static int r_audit_list(sg__store *base, int64_t after, int limit, sg__buf *out)
{
    sq_store *s = (sq_store *)base;
    int slot, rc = 0, n = 0;
    sqlite3_stmt *st = NULL;
    sqlite3 *db = reader_get(s, &slot);
    if (!db)
        return SG_ESTORE;
    if (sqlite3_prepare_v2(db,
                           "SELECT seq, at, who, action, target, detail, hash FROM audit"
                           " WHERE seq > ?1 ORDER BY seq LIMIT ?2",
                           -1, &st, NULL) != SQLITE_OK) {
        rc = SG_ESTORE;
        goto out;
    }
    sqlite3_bind_int64(st, 1, after);
    sqlite3_bind_int(st, 2, limit);
    rc = sg__buf_adds(out, "\"entries\":[");
    while (!rc && sqlite3_step(st) == SQLITE_ROW) {
        char hx[65] = "";
        if (sqlite3_column_bytes(st, 6) == 32)
            hex32(sqlite3_column_blob(st, 6), hx);
        if (n++)
            rc = sg__buf_addc(out, ',');
        if (!rc)
            rc = sg__buf_printf(
                out, "{\"seq\":%lld,\"at\":%lld,\"who\":", (long long)sqlite3_column_int64(st, 0),
                (long long)sqlite3_column_int64(st, 1));
        if (!rc)
            rc = sg__buf_json_cstr(out, col_text(st, 2));
        if (!rc)
            rc = sg__buf_adds(out, ",\"action\":");
        if (!rc)
            rc = sg__buf_json_cstr(out, col_text(st, 3));
        if (!rc)
            rc = sg__buf_adds(out, ",\"target\":");
        if (!rc)
            rc = sg__buf_json_cstr(out, col_text(st, 4));
        if (!rc)
            rc = sg__buf_adds(out, ",\"detail\":");
        if (!rc)
            rc = sg__buf_json_cstr(out, col_text(st, 5));
        if (!rc)
            rc = sg__buf_printf(out, ",\"hash\":\"%s\"}", hx);
    }
    if (!rc)
        rc = sg__buf_addc(out, ']');
out:
    sqlite3_finalize(st);
    reader_put(s, slot);
    return rc;
}

static int r_audit_verify(sg__store *base, bool *ok, int64_t *entries)
{
    sq_store *s = (sq_store *)base;
    int slot, rc = 0;
    uint8_t prev[32] = { 0 }, h[32];
    sqlite3_stmt *st = NULL;
    *ok = true;
    *entries = 0;
    sqlite3 *db = reader_get(s, &slot);
    if (!db)
        return SG_ESTORE;
    if (sqlite3_prepare_v2(db,
                           "SELECT at, who, action, target, detail, prev_hash, hash FROM audit"
                           " ORDER BY seq",
                           -1, &st, NULL) != SQLITE_OK) {
        rc = SG_ESTORE;
        goto out;
    }
    while (sqlite3_step(st) == SQLITE_ROW) {
        audit_hash(prev, sqlite3_column_int64(st, 0), col_text(st, 1), col_text(st, 2),
                   col_text(st, 3), col_text(st, 4), h);
        if (sqlite3_column_bytes(st, 5) != 32 || sqlite3_column_bytes(st, 6) != 32 ||
            memcmp(sqlite3_column_blob(st, 5), prev, 32) ||
            memcmp(sqlite3_column_blob(st, 6), h, 32)) {
            *ok = false;
            break;
        }
        memcpy(prev, h, 32);
        ++*entries;
    }
out:
    sqlite3_finalize(st);
    reader_put(s, slot);
    return rc;
}

static int r_token_each(sg__store *base,
                        void (*fn)(void *, const char *, const char *, const uint8_t *), void *ud)
{
    sq_store *s = (sq_store *)base;
    int slot, rc = 0;
    sqlite3_stmt *st = NULL;
    sqlite3 *db = reader_get(s, &slot);
    if (!db)
        return SG_ESTORE;
    if (sqlite3_prepare_v2(db, "SELECT id, role, hash FROM tokens", -1, &st, NULL) != SQLITE_OK) {
        rc = SG_ESTORE;
        goto out;
    }
    while (sqlite3_step(st) == SQLITE_ROW)
        if (sqlite3_column_bytes(st, 2) == 32)
            fn(ud, col_text(st, 0), col_text(st, 1), sqlite3_column_blob(st, 2));
out:
    sqlite3_finalize(st);
    reader_put(s, slot);
    return rc;
}

static int r_checkpoint_get(sg__store *base, void **eng, size_t *elen, void **ctx, size_t *clen)
{
    sq_store *s = (sq_store *)base;
    int slot, rc = 0;
    sqlite3_stmt *st = NULL;
    *eng = *ctx = NULL;
    *elen = *clen = 0;
    sqlite3 *db = reader_get(s, &slot);
    if (!db)
        return SG_ESTORE;
    if (sqlite3_prepare_v2(db, "SELECT engine, context FROM checkpoints WHERE id = 1", -1, &st,
                           NULL) != SQLITE_OK) {
        rc = SG_ESTORE;
        goto out;
    }
    if (sqlite3_step(st) == SQLITE_ROW) {
        for (int i = 0; i < 2; i++) {
            size_t n = (size_t)sqlite3_column_bytes(st, i);
            if (!n)
                continue;
            void *p = malloc(n);
            if (!p) {
                rc = SG_ENOMEM;
                break;
            }
            memcpy(p, sqlite3_column_blob(st, i), n);
            if (i == 0) {
                *eng = p;
                *elen = n;
            } else {
                *ctx = p;
                *clen = n;
            }
        }
    }
out:
    sqlite3_finalize(st);
    reader_put(s, slot);
    return rc;
}

/* ------------------------------------------------------------------------
 * Family features: token scope, digest rows, CyberTip facts
 * ---------------------------------------------------------------------- */

static int r_token_scope(sg__store *base, const char *id, char *out, size_t cap)
{
    sq_store *s = (sq_store *)base;
    int slot, rc = 0;
    sqlite3_stmt *st = NULL;
    if (cap)
        out[0] = 0;
    sqlite3 *db = reader_get(s, &slot);
    if (!db)
        return SG_ESTORE;
    if (sqlite3_prepare_v2(db, "SELECT coalesce(scope, '') FROM tokens WHERE id = ?1", -1, &st,
                           NULL) != SQLITE_OK) {
        rc = SG_ESTORE;
        goto out;
    }
    bind_text(st, 1, id);
    if (sqlite3_step(st) == SQLITE_ROW)
        snprintf(out, cap, "%s", col_text(st, 0) ? col_text(st, 0) : "");
    else
        rc = SG_ENOTFOUND;
out:
    sqlite3_finalize(st);
    reader_put(s, slot);
    return rc;
}

static int r_digest_each(sg__store *base, const char *broadcaster, int64_t since, int64_t until,
                         void (*fn)(void *, const sg__digest_row *), void *ud, bool *truncated)
{
    sq_store *s = (sq_store *)base;
    int slot, rc = 0, n;
    sqlite3_stmt *st = NULL;
    *truncated = false;
    sqlite3 *db = reader_get(s, &slot);
    if (!db)
        return SG_ESTORE;
    exec(db, "BEGIN", NULL, 0);
    /* streams */
    if (sqlite3_prepare_v2(db,
                           "SELECT stream, title, age, coalesce(start_ts, 0), coalesce(end_ts, 0)"
                           " FROM streams WHERE broadcaster = ?1 ORDER BY start_ts, stream",
                           -1, &st, NULL) != SQLITE_OK) {
        rc = SG_ESTORE;
        goto out;
    }
    bind_text(st, 1, broadcaster);
    while (sqlite3_step(st) == SQLITE_ROW) {
        sg__digest_row r = { .kind = SG__DR_STREAM };
        r.stream = col_text(st, 0);
        r.title = col_text(st, 1);
        r.age = col_text(st, 2);
        r.start_ts = sqlite3_column_int64(st, 3);
        r.end_ts = sqlite3_column_int64(st, 4);
        fn(ud, &r);
    }
    sqlite3_finalize(st);
    st = NULL;
    /* alerts on those streams (serial_contact alerts list their streams) */
    if (sqlite3_prepare_v2(
            db,
            "SELECT a.seq, a.type, a.severity, a.status, coalesce(a.stream, ("
            "  SELECT j.value FROM json_each(a.streams) j JOIN streams x ON x.stream = j.value"
            "  WHERE x.broadcaster = ?1 LIMIT 1)), a.opened_ts, a.ts, a.tactics,"
            " (SELECT max(at) FROM labels l WHERE l.alert_seq = a.seq)"
            " FROM alerts a WHERE a.ts >= ?2 AND a.opened_ts <= ?3 AND ("
            "  a.stream IN (SELECT stream FROM streams WHERE broadcaster = ?1) OR"
            "  (a.stream IS NULL AND EXISTS (SELECT 1 FROM json_each(a.streams) j"
            "   JOIN streams x ON x.stream = j.value WHERE x.broadcaster = ?1)))"
            " ORDER BY a.opened_ts, a.seq LIMIT ?4",
            -1, &st, NULL) != SQLITE_OK) {
        rc = SG_ESTORE;
        goto out;
    }
    bind_text(st, 1, broadcaster);
    sqlite3_bind_int64(st, 2, since);
    sqlite3_bind_int64(st, 3, until);
    sqlite3_bind_int(st, 4, SG__DIGEST_MAX_ALERTS + 1);
    n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (++n > SG__DIGEST_MAX_ALERTS) {
            *truncated = true;
            break;
        }
        char id[32];
        snprintf(id, sizeof id, "a-%lld", (long long)sqlite3_column_int64(st, 0));
        sg__digest_row r = { .kind = SG__DR_ALERT, .alert_id = id };
        r.type = sqlite3_column_int(st, 1);
        r.severity = sqlite3_column_int(st, 2);
        r.status = col_text(st, 3);
        r.stream = col_text(st, 4);
        r.opened_ts = sqlite3_column_int64(st, 5);
        r.ts = sqlite3_column_int64(st, 6);
        r.tactics = (uint32_t)sqlite3_column_int64(st, 7);
        r.resolved_at = sqlite3_column_int64(st, 8);
        fn(ud, &r);
    }
    sqlite3_finalize(st);
    st = NULL;
    /* held / blocked / nudged decisions, each with the alert it belongs to */
    if (sqlite3_prepare_v2(
            db,
            "SELECT f.stream, f.ts, f.action, f.tactics, f.policy, f.nudge,"
            " (SELECT 'a-' || a.seq FROM alerts a WHERE a.stream = f.stream AND f.event IS NOT NULL"
            "  AND instr(a.events, json_quote(f.event)) > 0 ORDER BY a.seq DESC LIMIT 1)"
            " FROM family_events f JOIN streams x ON x.stream = f.stream"
            " WHERE x.broadcaster = ?1 AND f.ts >= ?2 AND f.ts <= ?3 ORDER BY f.ts, f.seq LIMIT ?4",
            -1, &st, NULL) != SQLITE_OK) {
        rc = SG_ESTORE;
        goto out;
    }
    bind_text(st, 1, broadcaster);
    sqlite3_bind_int64(st, 2, since);
    sqlite3_bind_int64(st, 3, until);
    sqlite3_bind_int(st, 4, SG__DIGEST_MAX_EVENTS + 1);
    n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (++n > SG__DIGEST_MAX_EVENTS) {
            *truncated = true;
            break;
        }
        sg__digest_row r = { .kind = SG__DR_EVENT };
        r.stream = col_text(st, 0);
        r.ts = sqlite3_column_int64(st, 1);
        r.action = sqlite3_column_int(st, 2);
        r.tactics = (uint32_t)sqlite3_column_int64(st, 3);
        r.policy = col_text(st, 4);
        r.nudge = sqlite3_column_int(st, 5) != 0;
        r.alert_id = col_text(st, 6);
        fn(ud, &r);
    }
out:
    sqlite3_finalize(st);
    exec(db, "COMMIT", NULL, 0);
    reader_put(s, slot);
    return rc;
}

static void copy_col(char *dst, size_t cap, sqlite3_stmt *st, int i)
{
    const char *v = col_text(st, i);
    snprintf(dst, cap, "%s", v ? v : "");
}

static int r_alert_facts(sg__store *base, const char *alert_id, sg__alert_facts *f,
                         void (*msg)(void *, const sg__msg *), void *ud)
{
    sq_store *s = (sq_store *)base;
    int64_t seq = parse_alert_id(alert_id);
    int slot, rc = 0;
    sqlite3_stmt *st = NULL;
    memset(f, 0, sizeof *f);
    if (seq < 0)
        return SG_ENOTFOUND;
    sqlite3 *db = reader_get(s, &slot);
    if (!db)
        return SG_ESTORE;
    exec(db, "BEGIN", NULL, 0);
    if (sqlite3_prepare_v2(
            db,
            "SELECT engine_id, type, severity, status, coalesce(stream, ''),"
            " coalesce(user, ''), coalesce(users, '[]'), coalesce(streams, '[]'), ts,"
            " opened_ts, tactics, risk, created_at FROM alerts WHERE seq = ?1",
            -1, &st, NULL) != SQLITE_OK) {
        rc = SG_ESTORE;
        goto out;
    }
    sqlite3_bind_int64(st, 1, seq);
    if (sqlite3_step(st) != SQLITE_ROW) {
        rc = SG_ENOTFOUND;
        goto out;
    }
    snprintf(f->id, sizeof f->id, "a-%lld", (long long)seq);
    copy_col(f->engine_id, sizeof f->engine_id, st, 0);
    f->type = sqlite3_column_int(st, 1);
    f->severity = sqlite3_column_int(st, 2);
    copy_col(f->status, sizeof f->status, st, 3);
    copy_col(f->stream, sizeof f->stream, st, 4);
    copy_col(f->user, sizeof f->user, st, 5);
    copy_col(f->users_json, sizeof f->users_json, st, 6);
    copy_col(f->streams_json, sizeof f->streams_json, st, 7);
    f->ts = sqlite3_column_int64(st, 8);
    f->opened_ts = sqlite3_column_int64(st, 9);
    f->tactics = (uint32_t)sqlite3_column_int64(st, 10);
    f->risk = sqlite3_column_double(st, 11);
    f->created_at = sqlite3_column_int64(st, 12);
    sqlite3_finalize(st);
    st = NULL;
    if (sqlite3_prepare_v2(
            db,
            "SELECT coalesce(broadcaster, ''), coalesce(age, ''), coalesce(title, ''),"
            " coalesce(start_ts, 0), coalesce(end_ts, 0) FROM streams WHERE stream = ?1",
            -1, &st, NULL) == SQLITE_OK) {
        bind_text(st, 1, f->stream);
        if (sqlite3_step(st) == SQLITE_ROW) {
            f->have_stream = true;
            copy_col(f->broadcaster, sizeof f->broadcaster, st, 0);
            copy_col(f->age, sizeof f->age, st, 1);
            copy_col(f->title, sizeof f->title, st, 2);
            f->start_ts = sqlite3_column_int64(st, 3);
            f->end_ts = sqlite3_column_int64(st, 4);
        }
    }
    sqlite3_finalize(st);
    st = NULL;
    if (sqlite3_prepare_v2(
            db,
            "SELECT at, coalesce(who, ''), coalesce(note, '') FROM labels"
            " WHERE alert_seq = ?1 AND outcome = 'escalated' ORDER BY id DESC LIMIT 1",
            -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, seq);
        if (sqlite3_step(st) == SQLITE_ROW) {
            f->escalated_at = sqlite3_column_int64(st, 0);
            copy_col(f->escalated_by, sizeof f->escalated_by, st, 1);
            copy_col(f->note, sizeof f->note, st, 2);
        }
    }
    sqlite3_finalize(st);
    st = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT coalesce(json_group_array('a-' || seq), '[]') FROM (SELECT seq"
                           " FROM alerts WHERE type = ?2 AND stream = ?1 ORDER BY seq LIMIT 32)",
                           -1, &st, NULL) == SQLITE_OK) {
        bind_text(st, 1, f->stream);
        sqlite3_bind_int(st, 2, SG_ALERT_HASH_MATCH);
        if (sqlite3_step(st) == SQLITE_ROW)
            copy_col(f->hash_alerts_json, sizeof f->hash_alerts_json, st, 0);
    }
    if (!f->hash_alerts_json[0])
        snprintf(f->hash_alerts_json, sizeof f->hash_alerts_json, "[]");
    sqlite3_finalize(st);
    st = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT event, type, stream, user, ts, text, item, amount, flagged,"
                           " action, risk, evidence FROM messages WHERE alert_seq = ?1"
                           " ORDER BY ts, rowid",
                           -1, &st, NULL) != SQLITE_OK) {
        rc = SG_ESTORE;
        goto out;
    }
    sqlite3_bind_int64(st, 1, seq);
    while (msg && sqlite3_step(st) == SQLITE_ROW) {
        sg__msg m = { 0 };
        m.event = col_text(st, 0);
        m.type = sqlite3_column_int(st, 1);
        m.stream = col_text(st, 2);
        m.user = col_text(st, 3);
        m.ts = sqlite3_column_int64(st, 4);
        m.text = col_text(st, 5);
        m.item = col_text(st, 6);
        m.amount = sqlite3_column_int64(st, 7);
        m.flagged = sqlite3_column_int(st, 8) != 0;
        m.action = sqlite3_column_int(st, 9);
        m.risk = sqlite3_column_double(st, 10);
        m.evidence_json = col_text(st, 11);
        msg(ud, &m);
    }
out:
    sqlite3_finalize(st);
    exec(db, "COMMIT", NULL, 0);
    reader_put(s, slot);
    return rc;
}

static void sq_close(sg__store *base)
{
    sq_store *s = (sq_store *)base;
    if (!s)
        return;
    sqlite3_stmt *sts[] = { s->st_find,  s->st_insert,  s->st_update, s->st_subject,
                            s->st_msg,   s->st_row,     s->st_audit,  s->st_family,
                            s->st_hfind, s->st_hinsert, s->st_hupdate };
    for (size_t i = 0; i < sizeof sts / sizeof sts[0]; i++)
        sqlite3_finalize(sts[i]);
    for (int i = 0; i < READERS; i++)
        sqlite3_close(s->readers[i]);
    sqlite3_close(s->w);
    pthread_mutex_destroy(&s->rmu);
    pthread_cond_destroy(&s->rcv);
    free(s);
}

static const sg__store_ops sq_ops = {
    .close = sq_close,
    .begin = w_begin,
    .commit = w_commit,
    .rollback = w_rollback,
    .alert_put = w_alert_put,
    .hash_alert_put = w_hash_alert_put,
    .label_add = w_label_add,
    .audit_append = w_audit_append,
    .checkpoint_put = w_checkpoint_put,
    .purge = w_purge,
    .token_add = w_token_add,
    .stream_put = w_stream_put,
    .family_event_put = w_family_event_put,
    .token_set_scope = w_token_set_scope,
    .compact = w_compact,
    .committed_seq = w_committed_seq,
    .alert_list = r_alert_list,
    .alert_get = r_alert_get,
    .alert_changes = r_alert_changes,
    .alert_max_seq = r_alert_max_seq,
    .history = r_history,
    .audit_list = r_audit_list,
    .audit_verify = r_audit_verify,
    .token_each = r_token_each,
    .checkpoint_get = r_checkpoint_get,
    .token_scope = r_token_scope,
    .digest_each = r_digest_each,
    .alert_facts = r_alert_facts,
};

int sg__store_sqlite_open(const char *dir, bool full_sync, sg__store **out, char *err,
                          size_t errcap)
{
    sq_store *s = calloc(1, sizeof *s);
    int rc;
    if (!s)
        return SG_ENOMEM;
    s->base.ops = &sq_ops;
    s->full_sync = full_sync;
    pthread_mutex_init(&s->rmu, NULL);
    pthread_cond_init(&s->rcv, NULL);
    if (mkdir(dir, 0700) != 0) {
        struct stat sb;
        if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
            snprintf(err, errcap, "data directory %s cannot be created", dir);
            rc = SG_EIO;
            goto fail;
        }
    }
    if ((size_t)snprintf(s->path, sizeof s->path, "%s/streamguard.db", dir) >= sizeof s->path) {
        snprintf(err, errcap, "data directory path too long");
        rc = SG_EINVAL;
        goto fail;
    }
    if ((rc = open_conn(s, &s->w, true, err, errcap)))
        goto fail;
    writer_state_load(s);
    *out = &s->base;
    return 0;
fail:
    sq_close(&s->base);
    return rc;
}
