/* engine.h — internals shared by the engine's files (engine.c: processing
 * and scoring; alert.c: alerts; nudge.c: the message catalogue; config.c:
 * settings; checkpoint.c: state save/restore; jsonout.c: NDJSON output). */
#ifndef SG_ENGINE_H
#define SG_ENGINE_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "normalize.h"
#include "rules.h"
#include "streamguard.h"
#include "table.h"

/* Stages of grooming, in the order they usually unfold. A conversation that
 * moves forward through them weighs more than the sum of its lines. */
enum {
    SG__STAGE_RAPPORT = 0, /* flattery, gift_offer */
    SG__STAGE_PROBING,     /* personal_info, age_gap */
    SG__STAGE_ISOLATION,   /* secrecy, off_platform, meeting */
    SG__STAGE_REQUEST,     /* dare, nudity_request, sexual_content */
    SG__STAGE_THREAT,      /* threat */
    SG__STAGE__COUNT
};
int sg__tactic_stage(sg_tactic t);

#define SG__SPLIT_MAX 120 /* bytes of recent short messages kept per conversation */

/* One (broadcaster, viewer) pair. Keyed by the broadcaster, not the stream
 * id, so a child's weekly streams are one conversation. Plain data: no
 * pointers, so checkpoints copy it as is. */
typedef struct sg__conv {
    int64_t first_ts, last_ts;
    int64_t touched;                       /* engine clock (max ts seen) at the last event */
    int64_t decay_ts;                      /* event time the tactic values refer to */
    float fast[SG_T__COUNT];               /* decayed evidence per tactic (hours) */
    float slow[SG_T__COUNT];               /* the same with a half-life of weeks */
    uint32_t seen;                         /* tactics ever seen (non-shadow) */
    uint8_t stage_order[SG__STAGE__COUNT]; /* stages in order of first appearance */
    uint8_t nstages;
    uint8_t fresh_account; /* account_age_days <= 7 on some message */
    uint8_t known;         /* some event of the viewer carried a platform relation */
    uint32_t msgs, flagged;
    uint32_t gifts;
    uint64_t gift_amount;
    float risk;         /* conversation risk after the last event */
    uint64_t alert_key; /* open grooming alert, 0 = none */
    int64_t split_ts;   /* ts of the last message kept in split_text */
    uint16_t split_len;
    char split_text[SG__SPLIT_MAX]; /* recent short messages, joined by spaces */
} sg__conv;

#define SG__FLOOD_RING 24

typedef struct sg__flood_entry {
    uint64_t user_key;
    int64_t ts;
    uint32_t tactics;
    char *user; /* owned */
} sg__flood_entry;

typedef struct sg__stream {
    char *name;           /* owned: stream id */
    char *broadcaster;    /* owned */
    uint64_t bkey;        /* hash of the broadcaster (the conversation side) */
    uint64_t bukey;       /* hash of the broadcaster as a user name (SEED_USER), */
    const char *bukey_of; /* valid while bukey_of == broadcaster, else unknown */
    sg_age_band age;
    int64_t start_ts, last_ts;
    int64_t touched; /* engine clock at the last event */
    bool ended;
    uint64_t msgs;
    int64_t last_nudge_ts;
    uint32_t last_nudge_tactics;
    uint64_t flood_alert_key;
    uint8_t ring_head, ring_count;
    sg__flood_entry ring[SG__FLOOD_RING];
} sg__stream;

#define SG__USER_PRESSED 8

typedef struct sg__pressed {
    uint64_t bkey; /* broadcaster */
    uint64_t skey; /* last stream where pressed */
    int64_t ts;
    uint32_t tactics;
    float score;
} sg__pressed;

typedef struct sg__user {
    int64_t touched; /* engine clock at the last event */
    sg__pressed pressed[SG__USER_PRESSED];
    uint8_t npressed;
    uint64_t serial_alert_key;
} sg__user;

/* Open alert. The fixed part lives in the alerts table; lists and strings
 * are owned through `data`. */
typedef struct sg__alert_data {
    char id[24];
    char *stream, *user, *broadcaster;
    sg_age_band age;
    char *events[SG_MAX_ALERT_EVENTS];
    size_t nevents;
    char *users[SG_MAX_ALERT_SUBJECTS];
    size_t nusers;
    char *streams[SG_MAX_ALERT_SUBJECTS];
    size_t nstreams;
    char summary[512];
} sg__alert_data;

typedef struct sg__alert {
    sg_alert_type type;
    sg_severity severity;
    int64_t opened_ts, ts;
    int64_t touched; /* engine clock when last raised */
    uint32_t tactics;
    float risk;
    uint64_t seq;
    sg__alert_data *data;
} sg__alert;

#define SG__ALERT_IDLE_MS (24LL * 3600 * 1000) /* open alert closes after a day unseen */

typedef struct sg__catalogue sg__catalogue; /* nudge.c */

struct sg_engine {
    sg_config cfg;
    sg_ruleset *rules;
    _Atomic(sg_ruleset *) pending_rules; /* set by sg_engine_swap_rules */
    sg__scanner *scanner;
    sg__norm norm;
    sg__norm jnorm; /* for split-request joins */
    sg__table convs, streams, users, alerts;
    int64_t now; /* max event ts seen */
    uint64_t alert_seq;
    sg_alert_fn alert_fn;
    void *alert_ud;
    sg_log_fn log_fn;
    void *log_ud;
    sg__catalogue *catalogue;
    sg_engine_stats stats;
    /* decision scratch */
    sg_evidence evidence[SG_MAX_EVIDENCE];
    sg_nudge nudge;
    char nudge_text[512];
    sg__hit hits[SG__MAX_HITS];
    char join_buf[SG__SPLIT_MAX + 1 + SG_MAX_TEXT_BYTES + 1];
    const char *decision_stream; /* copies of the event's strings */
    const sg_prepared *prep;     /* during sg_engine_process_prepared */
};

/* A chat line normalised and matched ahead (sg_prepare). Spans of the
 * prematch are in normalised offsets (so hits sort as the engine's own
 * matching sorts them); span_* maps each rule that can be returned to its
 * span in the original text. */
#define SG__PREP_SPANS (SG__PREMATCH_MAX + SG_T__COUNT)
struct sg_prepared {
    const char *text; /* the event's text it was made for (identity) */
    size_t text_len;
    bool valid; /* false: the engine does the work itself */
    int rc;     /* the normaliser's error for this text, returned as the engine would */
    sg__prematch pm;
    uint32_t nspans;
    uint32_t span_rule[SG__PREP_SPANS], span_start[SG__PREP_SPANS], span_end[SG__PREP_SPANS];
};

struct sg_preparer {
    sg_ruleset *rules; /* a reference; the scanner is bound to it */
    sg__scanner *scanner;
    sg__norm norm;
};

/* alert.c */
typedef struct sg__alert_args {
    sg_alert_type type;
    uint64_t key;
    const char *stream, *user, *broadcaster;
    sg_age_band age;
    const char *event;
    int64_t ts;
    uint32_t tactics;
    float risk;
    const char *const *users; /* flood */
    size_t nusers;
    const char *const *streams; /* serial */
    size_t nstreams;
} sg__alert_args;
/* Opens or updates the alert `key`; returns 1 if opened, 0 if updated,
 * negative on error. Delivers it through the callback. */
int sg__alert_raise(sg_engine *e, const sg__alert_args *a);
bool sg__alert_open(sg_engine *e, uint64_t key);
void sg__alert_evict(void *ud, uint64_t key, void *rec);
void sg__alert_deliver(sg_engine *e, const sg__alert *al, bool update);

/* nudge.c */
int sg__catalogue_load(const char *path, sg__catalogue **out, char *err, size_t errcap);
void sg__catalogue_free(sg__catalogue *c);
/* Picks the message for the most important tactic in `tactics` (or the
 * special keys "flood" / "serial_contact" when kind is given); NULL if none. */
const char *sg__catalogue_pick(const sg__catalogue *c, uint32_t tactics, const char *kind,
                               sg_age_band age);

void sg__log(sg_engine *e, sg_log_level lvl, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
