/* context.h — the daemon's bounded in-memory conversation context: for each
 * recent stream, the last few messages and the last flagged messages with
 * the lines just before them, so an alert can be stored with its evidence
 * and a small window around it (never the rest of the chat); plus decision
 * counters per stream and per user for /v1/streams and /v1/users.
 *
 * Memory: at most max_streams streams and max_users users (least recently
 * seen evicted), RING recent and FLAGGED flagged messages per stream,
 * context texts cut to CTX_TEXT_MAX bytes (flagged texts kept whole, up to
 * SG_MAX_TEXT_BYTES). Not thread-safe: the daemon calls it under the
 * engine lock. */
#ifndef SG_DAEMON_CONTEXT_H
#define SG_DAEMON_CONTEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "streamguard.h"

#define SG_CTX_RING     20  /* recent messages kept per stream */
#define SG_CTX_FLAGGED  16  /* flagged messages kept per stream */
#define SG_CTX_PRE      2   /* context lines kept before each flagged one */
#define SG_CTX_TAIL     3   /* stream's last lines stored with an alert */
#define SG_CTX_TEXT_MAX 512 /* bytes of a context (unflagged) text kept */
#define SG_CTX_SENT     3   /* alerts a message remembers being queued for */

typedef struct sg__ctx sg__ctx;

/* A message as remembered. Immutable once made (but for the sent marks);
 * reference counted. */
typedef struct sg__ctx_msg {
    int refs;
    /* The alerts (keys) this message was already queued to the store for,
     * valid while sent_epoch is the caller's current epoch: an alert update
     * then stores only the messages it has not stored yet. Owned by
     * sg__ctx_msg_sent; zero in a fresh or restored message. */
    uint32_t sent[SG_CTX_SENT];
    uint32_t sent_epoch;
    uint64_t event_hash; /* of event, odd; 0 until sg__ctx_collect needs it */
    const char *stream;  /* points into the message's own block */
    const char *event;
    const char *user;
    const char *text;     /* NULL for gifts */
    const char *item;     /* NULL for chat */
    const char *evidence; /* JSON array */
    int64_t ts, amount;
    int type, action;
    bool flagged;
    double risk;
} sg__ctx_msg;

typedef struct sg__ctx_counters {
    uint64_t events, holds, blocks;
    double max_risk;
    int64_t last_ts;
} sg__ctx_counters;

int sg__ctx_new(size_t max_streams, size_t max_users, sg__ctx **out);
void sg__ctx_free(sg__ctx *c);

/* Records a decided chat/gift event. */
int sg__ctx_add(sg__ctx *c, const sg_event *ev, const sg_decision *d);
/* A hint, in two steps: starts loading the entries sg__ctx_add(c, ev, ...)
 * will look up (the first node of their hash chains), and with deep (called
 * later, once those are in cache) what it will write: the counters and the
 * message it will release from the stream's ring. Changes nothing. */
void sg__ctx_prefetch(const sg__ctx *c, const sg_event *ev, bool deep);

/* Collects the messages to store for an alert: every listed event found in
 * the given streams (flagged ones with their SG_CTX_PRE predecessors), and
 * the last SG_CTX_TAIL messages of the first stream. Writes at most cap
 * referenced messages to out (release each with sg__ctx_msg_unref) and
 * returns the count. */
size_t sg__ctx_collect(sg__ctx *c, const char *const *streams, size_t nstreams,
                       const char *const *events, size_t nevents, sg__ctx_msg **out, size_t cap);
void sg__ctx_msg_unref(sg__ctx_msg *m);

/* True if m was already marked as queued for alert key in this epoch;
 * otherwise marks it (forgetting its oldest mark when all SG_CTX_SENT are
 * taken, so that alert merely stores it again) and returns false. A new
 * epoch forgets every mark; key 0 is never marked. */
bool sg__ctx_msg_sent(sg__ctx_msg *m, uint32_t key, uint32_t epoch);

/* Counters for a stream or user; false if not remembered. */
bool sg__ctx_get_counters(sg__ctx *c, bool is_user, const char *id, sg__ctx_counters *out);

size_t sg__ctx_streams(const sg__ctx *c);

/* Retention: forgets every stream whose newest remembered message has an
 * event time before cutoff_ts (its messages, not its counters), so expired
 * chat does not live on in the context checkpoint. Returns the count. */
size_t sg__ctx_forget_before(sg__ctx *c, int64_t cutoff_ts);
/* The newest event time among the remembered messages (0 if none). */
int64_t sg__ctx_newest(const sg__ctx *c);

/* Checkpoint of the remembered messages (not the counters). */
int sg__ctx_save(const sg__ctx *c, sg__buf *out);
int sg__ctx_load(sg__ctx *c, const char *data, size_t len);

#endif
