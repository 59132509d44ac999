/*
 * streamguard.h — the public API of libstreamguard.
 *
 * streamguard turns the live events of streams (chat lines, gifts, stream
 * starts and ends) into decisions (allow / hold / block, with a risk and the
 * evidence behind it) and alerts for human moderators. See docs/api.md for a
 * tour; DESIGN.md fixes the JSON contracts this header serialises to.
 *
 * Conventions (the same for every function here):
 *  - Functions return int: 0 on success, a negative SG_E* code on failure;
 *    sg_strerror() names the code. Functions that return a count return it
 *    as a non-negative int.
 *  - Ownership: objects created by sg_*_new()/sg_*_compile()/sg_*_load() are
 *    owned by the caller and released with the matching sg_*_free().
 *    Pointers found inside structs returned through an out-parameter
 *    (sg_event, sg_decision, sg_alert) are borrowed: they stay valid until the
 *    next call on the object that produced them, and the caller never frees
 *    them. Functions that differ say so.
 *  - The library never prints and never exits. Diagnostics go to the log
 *    callback installed with sg_engine_set_log().
 *  - An sg_engine is not thread-safe: one thread drives one engine (the
 *    daemon serialises access). sg_ruleset objects are immutable once
 *    compiled and may be shared between engines and threads.
 *  - Every buffer that grows from input has a hard cap, named below.
 */
#ifndef STREAMGUARD_H
#define STREAMGUARD_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SG_VERSION "0.1.0"

/* ------------------------------------------------------------------------
 * Errors
 * ---------------------------------------------------------------------- */

#define SG_ERRNO_MAP(X)                                       \
    X(INVAL, -1, "invalid argument")                          \
    X(NOMEM, -2, "out of memory")                             \
    X(TOOBIG, -3, "input exceeds a size cap")                 \
    X(JSON, -4, "malformed JSON")                             \
    X(UTF8, -5, "invalid UTF-8")                              \
    X(FIELD, -6, "missing or mistyped field")                 \
    X(RULE, -7, "invalid rule")                               \
    X(COMPILE, -8, "pattern compilation failed")              \
    X(IO, -9, "input/output error")                           \
    X(NOTFOUND, -10, "not found")                             \
    X(DECODE, -11, "image or media could not be decoded")     \
    X(FORMAT, -12, "unsupported or unrecognised format")      \
    X(LIMIT, -13, "a configured limit was reached")           \
    X(AUTH, -14, "authentication failed")                     \
    X(FORBIDDEN, -15, "not permitted for this role")          \
    X(TIMEOUT, -16, "timed out")                              \
    X(BUSY, -17, "overloaded, retry later")                   \
    X(STATE, -18, "operation not valid in the current state") \
    X(STORE, -19, "storage error")                            \
    X(CONFIG, -20, "invalid configuration")                   \
    X(EXISTS, -21, "already exists")                          \
    X(SCAN, -22, "pattern scan failed")

enum {
#define SG__ERR_ENUM(name, code, msg) SG_E##name = code,
    SG_ERRNO_MAP(SG__ERR_ENUM)
#undef SG__ERR_ENUM
};

/* Returns a static string naming a SG_E* code ("unknown error" otherwise). */
const char *sg_strerror(int err);

/* ------------------------------------------------------------------------
 * Tactics and age bands (DESIGN.md "Tactic codes")
 * ---------------------------------------------------------------------- */

typedef enum sg_tactic {
    SG_T_FLATTERY = 0,
    SG_T_PERSONAL_INFO,
    SG_T_GIFT_OFFER,
    SG_T_DARE,
    SG_T_NUDITY_REQUEST,
    SG_T_SEXUAL_CONTENT,
    SG_T_SECRECY,
    SG_T_OFF_PLATFORM,
    SG_T_THREAT,
    SG_T_MEETING,
    SG_T_AGE_GAP,
    SG_T__COUNT,
    /* Context rules: never evidence by themselves; only used by other rules'
     * `requires` / `unless` conditions. */
    SG_T_CONTEXT = 31
} sg_tactic;

/* A set of tactics as a bit mask: bit (1u << tactic). */
typedef uint32_t sg_tactic_set;

/* "flattery", "personal_info", ... ; "context" for SG_T_CONTEXT; NULL if out of range. */
const char *sg_tactic_name(sg_tactic t);
/* Parses a tactic code; returns the tactic or -1. */
int sg_tactic_parse(const char *name, size_t len);

typedef enum sg_age_band {
    SG_AGE_UNKNOWN = 0, /* treated as a possible minor */
    SG_AGE_UNDER13,
    SG_AGE_13_15,
    SG_AGE_16_17,
    SG_AGE_ADULT,
    SG_AGE__COUNT
} sg_age_band;

/* "unknown", "under13", "13-15", "16-17", "adult". */
const char *sg_age_band_name(sg_age_band a);
/* Returns the band or -1. */
int sg_age_band_parse(const char *name, size_t len);
/* True for every band but SG_AGE_ADULT. */
bool sg_age_band_may_be_minor(sg_age_band a);

/* ------------------------------------------------------------------------
 * Events (DESIGN.md "Input: events")
 * ---------------------------------------------------------------------- */

/* Who the sender of a chat line or gift is to the broadcaster, when the
 * platform knows it (optional event field "relation"): one of the channel's
 * moderators, a family member linked to the child's account, or someone on
 * the broadcaster's (or a parent's) trusted list. Asserted by the platform,
 * never inferred from the text: chat can claim anything. */
typedef enum sg_relation {
    SG_REL_NONE = 0, /* absent: a viewer like any other */
    SG_REL_MODERATOR,
    SG_REL_FAMILY,
    SG_REL_TRUSTED,
    SG_REL__COUNT
} sg_relation;

/* "none", "moderator", "family", "trusted". */
const char *sg_relation_name(sg_relation r);

typedef enum sg_event_type {
    SG_EV_STREAM_START = 1,
    SG_EV_CHAT,
    SG_EV_GIFT,
    SG_EV_STREAM_END
} sg_event_type;

/* Hard caps on event fields, enforced by sg_event_parse(). */
#define SG_MAX_EVENT_BYTES (64 * 1024) /* one NDJSON line */
#define SG_MAX_TEXT_BYTES  (4 * 1024)  /* chat text after unescaping */
#define SG_MAX_ID_BYTES    256         /* stream, user, id, item, broadcaster */
#define SG_MAX_TITLE_BYTES 1024
#define SG_MAX_JSON_TOKENS 256
#define SG_MAX_JSON_DEPTH  8

/* A parsed event. Strings are NUL-terminated, valid UTF-8, and borrowed from
 * the parser (valid until its next sg_event_parse call). Absent optional
 * strings are NULL; absent account_age_days is -1. */
typedef struct sg_event {
    sg_event_type type;
    int64_t ts;         /* ms since the epoch; event time */
    const char *stream; /* all types */
    const char *id;     /* chat, gift */
    const char *user;   /* chat, gift */
    const char *text;   /* chat */
    size_t text_len;
    int32_t account_age_days;    /* chat, optional: -1 when absent */
    const char *broadcaster;     /* stream_start */
    sg_age_band broadcaster_age; /* stream_start; SG_AGE_UNKNOWN if absent */
    const char *title;           /* stream_start, optional */
    const char *item;            /* gift */
    int64_t amount;              /* gift, positive */
    sg_relation relation;        /* chat, gift, optional (SG_REL_NONE when absent) */
    int8_t follower;             /* chat, gift, optional: 1 the sender follows the
                                    broadcaster, 0 does not, -1 not given */
} sg_event;

typedef struct sg_event_parser sg_event_parser;

int sg_event_parser_new(sg_event_parser **out);
void sg_event_parser_free(sg_event_parser *p);

/* Parses one JSON object (one NDJSON line, without the newline) into *ev.
 * Strict JSON (jsmn strict mode), full string unescaping including surrogate
 * pairs, UTF-8 validation, the caps above. Unknown fields are ignored.
 * On failure returns a negative code and writes a precise, human-readable
 * reason (naming the field where there is one) into err (always
 * NUL-terminated when errcap > 0). */
int sg_event_parse(sg_event_parser *p, const char *json, size_t len, sg_event *ev, char *err,
                   size_t errcap);

/* ------------------------------------------------------------------------
 * Rules (docs/rules.md describes the file format)
 * ---------------------------------------------------------------------- */

typedef struct sg_ruleset sg_ruleset;

/* A diagnostic from loading or testing rules. */
typedef struct sg_rule_diag {
    const char *file; /* as given to the loader */
    int line;         /* 1-based; 0 when not tied to a line */
    const char *rule; /* rule id, or NULL */
    const char *message;
} sg_rule_diag;

typedef void (*sg_rule_diag_fn)(void *ud, const sg_rule_diag *d);

/* Parses and compiles rule files (paths may be files or directories; a
 * directory contributes its *.rules files in name order) into one
 * multi-pattern database. Every problem is reported through diag (may be
 * NULL) with file, line and reason; any problem makes the whole load fail
 * with SG_ERULE, SG_ECOMPILE, or SG_EIO when a file cannot be read, and
 * *out untouched. */
int sg_ruleset_load(const char *const *paths, size_t npaths, sg_rule_diag_fn diag, void *ud,
                    sg_ruleset **out);
/* Same, from an in-memory buffer; name is used in diagnostics. */
int sg_ruleset_load_buffer(const char *name, const char *data, size_t len, sg_rule_diag_fn diag,
                           void *ud, sg_ruleset **out);
/* Process-wide: keep compiled databases in dir (created if missing) and
 * reuse one when a later load has byte-identical patterns, skipping the
 * compile (seconds of CPU for the default set). NULL or "" turns the cache
 * off (the default). Call before loading, not concurrently with a load. */
void sg_ruleset_set_cache_dir(const char *dir);
/* Rule sets are reference counted so an engine can swap while a caller
 * still holds the old one. sg_ruleset_free drops one reference. */
void sg_ruleset_ref(sg_ruleset *rs);
void sg_ruleset_free(sg_ruleset *rs);
size_t sg_ruleset_count(const sg_ruleset *rs);

/* Runs every rule's `example` (must fire that rule) and `counter` (must not
 * fire it) lines. Each failure is reported through diag. Returns the number
 * of failures (0 = all pass) or a negative code. *checked receives the
 * number of examples run. */
int sg_ruleset_test(const sg_ruleset *rs, sg_rule_diag_fn diag, void *ud, size_t *checked);

/* ------------------------------------------------------------------------
 * Engine
 * ---------------------------------------------------------------------- */

typedef enum sg_action { SG_ALLOW = 0, SG_HOLD, SG_BLOCK } sg_action;
const char *sg_action_name(sg_action a); /* "allow", "hold", "block" */

typedef enum sg_log_level { SG_LOG_DEBUG, SG_LOG_INFO, SG_LOG_WARN, SG_LOG_ERROR } sg_log_level;
typedef void (*sg_log_fn)(void *ud, sg_log_level level, const char *msg);

/* One piece of evidence: a rule that fired on a span of the original text. */
typedef struct sg_evidence {
    sg_tactic tactic;
    const char *rule;    /* rule id */
    uint32_t start, end; /* byte offsets into the original text, end exclusive */
    float weight;
    bool shadow; /* shadow rules are reported, never acted upon */
} sg_evidence;

#define SG_MAX_EVIDENCE 32 /* per decision */

typedef struct sg_nudge {
    const char *to; /* "broadcaster" */
    const char *text;
} sg_nudge;

/* The engine's answer to one chat or gift event. Borrowed: valid until the
 * next sg_engine_process / sg_engine_process_json call on the engine. */
typedef struct sg_decision {
    const char *event; /* event id */
    const char *stream;
    const char *user;
    int64_t ts;
    sg_action action;
    double risk;           /* 0..1 */
    sg_tactic_set tactics; /* tactics seen in this event (non-shadow evidence) */
    const sg_evidence *evidence;
    size_t nevidence;
    const sg_nudge *nudge; /* NULL when no nudge */
    const char *policy;    /* the protection switch that set the action when no
                           evidence did ("new_account", "user_under_alert",
                           "gift_from_non_follower"), else NULL */
} sg_decision;

typedef enum sg_alert_type {
    SG_ALERT_GROOMING = 0,
    SG_ALERT_FLOOD,
    SG_ALERT_SERIAL_CONTACT,
    SG_ALERT_HASH_MATCH
} sg_alert_type;
const char *sg_alert_type_name(sg_alert_type t);

typedef enum sg_severity {
    SG_SEV_LOW = 0,
    SG_SEV_MEDIUM,
    SG_SEV_HIGH,
    SG_SEV_CRITICAL
} sg_severity;
const char *sg_severity_name(sg_severity s);

#define SG_MAX_ALERT_EVENTS   64 /* event ids kept per alert (first ones kept) */
#define SG_MAX_ALERT_SUBJECTS 64 /* users (flood) or streams (serial) */

/* An alert as raised or updated. Borrowed for the duration of the callback. */
typedef struct sg_alert {
    const char *id; /* "al-N", unique per engine */
    sg_alert_type type;
    sg_severity severity;
    bool update;        /* false: newly opened; true: evidence added */
    const char *stream; /* NULL for serial_contact spanning streams */
    const char *user;   /* NULL for flood */
    int64_t ts;         /* event time of the latest event added */
    int64_t opened_ts;
    sg_tactic_set tactics;
    double risk;
    const char *const *events; /* event ids, in order */
    size_t nevents;
    const char *const *users; /* flood: users involved */
    size_t nusers;
    const char *const *streams; /* serial_contact: streams pressed */
    size_t nstreams;
    const char *summary; /* one line a moderator can read */
} sg_alert;

typedef void (*sg_alert_fn)(void *ud, const sg_alert *alert);

/* Engine configuration. Initialise with sg_config_init() and override fields;
 * a zero field keeps the default. Policy thresholds are per age band. */
typedef struct sg_config {
    /* policy, indexed by sg_age_band */
    double hold_risk[SG_AGE__COUNT];  /* hold a message at or above this risk */
    double block_risk[SG_AGE__COUNT]; /* block at or above */
    double alert_risk[SG_AGE__COUNT]; /* raise a grooming alert at or above */
    /* state caps */
    size_t max_conversations; /* (stream,user) pairs kept; LRU-evicted beyond */
    size_t max_streams;
    size_t max_users;
    int64_t conversation_idle_ms; /* state expires after this much event time */
    int64_t decay_half_life_ms;   /* evidence half-life */
    /* flood: distinct users with evidence toward one young streamer */
    int64_t flood_window_ms;
    int flood_min_users;
    /* serial contact: distinct young streamers pressed by one user */
    int64_t serial_window_ms;
    int serial_min_streams;
    /* Protections per age band (Ofcom-style switches; docs/engine.md). Each
     * is off (0) unless set, except hold_after_alert which the defaults turn
     * on for every band but adult. */
    int hold_new_accounts_days[SG_AGE__COUNT];    /* hold chat from accounts younger than N days */
    int block_gifts_non_followers[SG_AGE__COUNT]; /* block gifts whose sender does not follow */
    int hold_after_alert[SG_AGE__COUNT]; /* hold every line of a viewer under a grooming alert */
    /* An account at least this many days old is not held for a lone early
     * tactic (rapport, probing, isolation; not a request or threat, not
     * grave) while its conversation shows one kind of evidence; the line is
     * still flagged and scored (docs/engine.md). Default 365; < 0 = off. */
    int established_account_days;
    /* nudges */
    int64_t nudge_min_interval_ms; /* per stream */
    const char *nudge_catalogue;   /* path of messages/<lang>/nudges.txt; NULL = built-in English */
} sg_config;

void sg_config_init(sg_config *cfg);
/* Loads key = value settings (docs/config.md) over *cfg. Errors name the line. */
int sg_config_load(sg_config *cfg, const char *path, char *err, size_t errcap);

typedef struct sg_engine sg_engine;

/* Creates an engine using rules (a reference is taken; the caller keeps its
 * own). cfg may be NULL for defaults; it is copied. */
int sg_engine_new(const sg_config *cfg, sg_ruleset *rules, sg_engine **out);
void sg_engine_free(sg_engine *e);

void sg_engine_set_log(sg_engine *e, sg_log_fn fn, void *ud);
void sg_engine_set_alert_callback(sg_engine *e, sg_alert_fn fn, void *ud);

/* Atomically replaces the engine's rules with rs (a reference is taken; the
 * old set is released once no event is using it). Compile the new set
 * first with sg_ruleset_load(); if that fails the engine keeps running on
 * the old set. Safe to call from another thread than the one processing. */
int sg_engine_swap_rules(sg_engine *e, sg_ruleset *rs);

/* Processes one event. For chat and gift events fills *out and returns 1;
 * for stream_start / stream_end returns 0 and leaves *out untouched. Alerts
 * raised or updated by the event are delivered through the alert callback
 * before this returns. Events may arrive with non-monotonic timestamps;
 * state uses max(ts seen) as "now" for expiry. */
int sg_engine_process(sg_engine *e, const sg_event *ev, sg_decision *out);

/* A hint, no effect on results: starts loading the state the event will
 * touch (its conversation's index entry) so that a later
 * sg_engine_process(e, ev, ...) waits less for memory. The daemon hints
 * event i + 1 of a request before deciding event i (its workers' CPU per
 * event fell ~5% under batch load); replay did the same and gained
 * nothing measurable, so it does not. Same threading rules as
 * sg_engine_process. */
void sg_engine_prefetch(sg_engine *e, const sg_event *ev);

/* Preparing chat lines ahead (optional). Normalising a chat line and
 * matching it against the rules and the tactic model need no engine state,
 * only the rule set, so a server that decides under one lock can do that
 * part first, on its own threads, and hold the lock only for the rest:
 *
 *   sg_prepare(preparer, rules, &ev, prepared);   any thread, no lock
 *   sg_engine_process_prepared(e, &ev, prepared, &d);   as sg_engine_process
 *
 * The decision is the same as sg_engine_process's, byte for byte. When the
 * prepared result does not apply (it was made for another text, with a rule
 * set the engine no longer runs, or matched too many rules to keep), the
 * engine simply does the work itself. */
typedef struct sg_preparer sg_preparer; /* scratch: one per thread */
typedef struct sg_prepared sg_prepared; /* one per event in flight, ~2 KiB */
int sg_preparer_new(sg_preparer **out);
void sg_preparer_free(sg_preparer *pr);
int sg_prepared_new(sg_prepared **out);
void sg_prepared_free(sg_prepared *p);
/* Prepares ev against rs, the set the engine runs (the preparer keeps a
 * reference to it until given another set or freed). Events other than
 * chat are accepted and left to the engine. ev->text must stay valid and
 * unchanged until the event is processed. Returns 0, or SG_ENOMEM /
 * SG_EINVAL (out is then left for the engine to do itself). */
int sg_prepare(sg_preparer *pr, sg_ruleset *rs, const sg_event *ev, sg_prepared *out);
/* sg_engine_process, using p (may be NULL) where it applies. */
int sg_engine_process_prepared(sg_engine *e, const sg_event *ev, const sg_prepared *p,
                               sg_decision *out);

/* Closes the open alert with this id (a moderator resolved it): later
 * evidence about the same subject opens a new alert. SG_ENOTFOUND if no
 * such alert is open. */
int sg_engine_resolve_alert(sg_engine *e, const char *id);

/* Serialises a decision / alert as one NDJSON line (no trailing newline) in
 * the DESIGN.md contract. Works like snprintf: returns the
 * length the full line needs; writes at most cap bytes including the NUL. */
size_t sg_decision_json(const sg_decision *d, char *buf, size_t cap);
size_t sg_alert_json(const sg_alert *a, char *buf, size_t cap);

/* Memory and counts, for metrics and benchmarks. */
typedef struct sg_engine_stats {
    uint64_t events, decisions, holds, blocks, alerts_opened, alerts_updated;
    size_t conversations, streams, users;
    size_t state_bytes; /* bytes held by state tables */
} sg_engine_stats;
void sg_engine_stats_get(const sg_engine *e, sg_engine_stats *st);

/* Checkpoint: writes the engine's state (conversations, streams, users,
 * open alerts, counters) to a buffer the caller frees with free(), and
 * restores it into a fresh engine with the same rules. */
int sg_engine_checkpoint(const sg_engine *e, char **buf, size_t *len);
int sg_engine_restore(sg_engine *e, const char *buf, size_t len);

#ifdef __cplusplus
}
#endif

#include "streamguard_media.h"

#endif /* STREAMGUARD_H */
