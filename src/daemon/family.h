/* family.h — the daemon's family features (family.c): which broadcaster a
 * stream belongs to, the live feed of nudges for the platform to show the
 * young streamer, the parent digest (JSON and a printable HTML page), the
 * CyberTip draft for escalated alerts, and the protection switches as text
 * for the audit log.
 *
 * Threads: the stream map is used under the daemon's engine lock only; the
 * nudge ring has its own lock (pushed under the engine lock, read by SSE
 * connections on any thread). Digest and CyberTip read the store and may
 * run on any thread. Everything written to an sg__buf belongs to the
 * caller; strings passed in are borrowed for the call. */
#ifndef SG_DAEMON_FAMILY_H
#define SG_DAEMON_FAMILY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "daemon/store.h"
#include "streamguard.h"

/* ---- stream -> broadcaster (bounded cache; the store keeps the truth) --- */

#define SG__FAMILY_STREAMS 16384 /* slots of the direct-mapped cache */

int sg__family_init(void);
void sg__family_shutdown(void);
/* Records a stream_start / stream_end. */
void sg__family_stream_event(const sg_event *ev);
/* The broadcaster of a stream, or NULL when unknown (borrowed until the
 * next sg__family_stream_event). */
const char *sg__family_broadcaster(const char *stream);

/* ---- nudge feed (GET /v1/nudges/stream) --------------------------------- */

#define SG__NUDGE_RING 1024 /* nudges kept for Last-Event-ID resume */

/* Remembers a nudge carried by a decision; returns its sequence number. */
int64_t sg__nudge_push(const char *stream, const char *broadcaster, const sg_decision *d);
int64_t sg__nudge_latest(void);
/* Appends one SSE frame ("id: N\nevent: nudge\ndata: {...}\n\n") per
 * nudge after seq `after` (only those of stream `filter` when non-NULL),
 * at most limit; *last gets the highest seq looked at. Returns the count
 * written or a negative code. */
int sg__nudge_read(int64_t after, const char *filter, int limit, sg__buf *out, int64_t *last);

/* ---- parent digest ------------------------------------------------------ */

/* Builds the digest of a broadcaster for event time [since, until] (ms).
 * html: the printable page instead of JSON. now_ms stamps "generated". */
int sg__family_digest(sg__store *store, const char *broadcaster, int64_t since, int64_t until,
                      bool html, int64_t now_ms, sg__buf *out);

/* ---- CyberTip draft ----------------------------------------------------- */

/* Builds the draft for an escalated alert. SG_ENOTFOUND: no such alert;
 * SG_ESTATE: the alert is not resolved as escalated (err says so).
 * online_gaming: the platform is a game (NCMEC's "online gaming" channel)
 * rather than chat/IM. */
int sg__family_cybertip(sg__store *store, const char *alert_id, bool online_gaming, int64_t now_ms,
                        sg__buf *out, char *err, size_t errcap);

/* ---- helpers ------------------------------------------------------------ */

/* Parses ISO 8601 UTC ("2025-11-28", "2025-11-28T09:00", "...:00Z") or
 * integer milliseconds since the epoch. Returns 0 or SG_EINVAL. */
int sg__family_parse_time(const char *s, int64_t *ms);

/* The protection switches of every band as one line for the audit log:
 * "hold_after_alert=under13:on,...; hold_new_accounts_days=...; ...". */
void sg__family_switches(const sg_config *cfg, char *out, size_t cap);

#endif
