/* rules.h — the compiled rule set and the per-message matcher (internal).
 *
 * The public side (sg_ruleset_load, sg_ruleset_test, ...) is declared in
 * streamguard.h. The engine uses what is here: a scratch space per engine
 * and one call that scans a normalised message and applies every rule's
 * conditions (when/from/requires/unless), returning one hit per rule. */
#ifndef SG_RULES_H
#define SG_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "streamguard.h"

/* Who wrote a message, for the `from:` condition. */
#define SG__FROM_VIEWER      1u
#define SG__FROM_BROADCASTER 2u

typedef struct sg__rule_info {
    const char *id;
    sg_tactic tactic; /* SG_T_CONTEXT for context rules */
    float weight;
    bool shadow;
} sg__rule_info;

typedef struct sg__match_ctx {
    sg_age_band age; /* broadcaster's age band */
    unsigned from;   /* SG__FROM_VIEWER or SG__FROM_BROADCASTER */
} sg__match_ctx;

typedef struct sg__hit {
    uint32_t rule;  /* index into the rule set */
    uint32_t start; /* span in the normalised text */
    uint32_t end;
} sg__hit;

#define SG__MAX_HITS 64 /* per message, after conditions */

/* Hard caps on what a rule set may contain. Input never decides memory. */
#define SG__RULES_MAX_FILE_BYTES    (8u * 1024 * 1024)  /* one .rules file */
#define SG__RULES_MAX_TOTAL_BYTES   (64u * 1024 * 1024) /* all files of a load */
#define SG__RULES_MAX_FILES         4096                /* files in one load */
#define SG__RULES_MAX_LINE_BYTES    8192                /* one line, without the newline */
#define SG__RULES_MAX_RULES         20000               /* rules in one set */
#define SG__RULES_MAX_ID_BYTES      64                  /* rule id */
#define SG__RULES_MAX_PATTERN_BYTES 8192                /* one regex, after `words:` expansion */
#define SG__RULES_MAX_PATTERNS      100000              /* regexes in one set */
#define SG__RULES_MAX_PER_RULE      256 /* pattern+words lines, or example+counter lines, per rule */
#define SG__RULES_MAX_REFS          32  /* items in one requires/unless list */
#define SG__RULES_MAX_DIAGS         200  /* diagnostics reported before giving up */
#define SG__MAX_RAW_MATCHES         4096 /* Hyperscan matches per scan; the scan stops there */

/* sg__rules_match_ex flags */
#define SG__MATCH_CONTEXT 1u /* also return context rules that fired */

typedef struct sg__scanner sg__scanner; /* Hyperscan scratch + hit buffers */

/* A scanner is bound to the rule set it was made for; make a new one after
 * a swap (sg__scanner_rebind grows the scratch in place). */
int sg__scanner_new(const sg_ruleset *rs, sg__scanner **out);
int sg__scanner_rebind(sg__scanner *sc, const sg_ruleset *rs);
void sg__scanner_free(sg__scanner *sc);

/* Scans normalised text and applies the conditions. Context rules are
 * evaluated (for requires/unless) but not returned. At most one hit per
 * rule (the leftmost, longest). Hits are sorted by start offset. Returns
 * the number of hits written (<= cap) or a negative code. */
int sg__rules_match(const sg_ruleset *rs, sg__scanner *sc, const char *norm, size_t len,
                    const sg__match_ctx *ctx, sg__hit *hits, size_t cap);

/* Same as sg__rules_match, with flags (SG__MATCH_CONTEXT). */
int sg__rules_match_ex(const sg_ruleset *rs, sg__scanner *sc, const char *norm, size_t len,
                       const sg__match_ctx *ctx, sg__hit *hits, size_t cap, unsigned flags);

/* The part of matching that needs only the rule set and the text, done
 * ahead so that it can run on any thread (the daemon does it outside the
 * engine lock): the rules whose patterns matched, each confirmed and with
 * its span, and the tactics the model fires. sg__rules_match_pre then
 * applies what needs the conversation (when/from, requires/unless, the
 * model's gate); the hits are the same as sg__rules_match's on that text. */
#define SG__PREMATCH_MAX 64 /* confirmed rules kept; beyond, match the text */
typedef struct sg__prematch {
    uint64_t serial; /* sg__ruleset_serial of the set it was computed with */
    uint32_t n;
    bool overflow;                 /* more than SG__PREMATCH_MAX rules matched */
    sg__hit hit[SG__PREMATCH_MAX]; /* in scan order; context rules have an empty span */
    uint32_t model_fired;          /* bit t: the model fires tactic t */
    uint32_t model_start[SG_T__COUNT], model_end[SG_T__COUNT];
} sg__prematch;

/* A number no other set loaded by this process has (0 for none). */
uint64_t sg__ruleset_serial(const sg_ruleset *rs);
/* The `model.<tactic>` rule of tactic t, or UINT32_MAX. */
uint32_t sg__ruleset_model_rule(const sg_ruleset *rs, sg_tactic t);

/* Fills *pm for normalised text. sc is the caller's own scanner bound to rs. */
int sg__rules_prematch(const sg_ruleset *rs, sg__scanner *sc, const char *norm, size_t len,
                       sg__prematch *pm);
/* Hits from a prematch (as sg__rules_match would give on its text), using
 * sc's bookkeeping. SG_ESTATE if pm was made with another set or overflowed:
 * the caller then matches the text itself. */
int sg__rules_match_pre(const sg_ruleset *rs, sg__scanner *sc, const sg__prematch *pm,
                        const sg__match_ctx *ctx, sg__hit *hits, size_t cap);

/* The set's tactic model (model.h) and the file it came from; NULL if none. */
const struct sg__model *sg__ruleset_model(const sg_ruleset *rs, const char **file);

/* Returns NULL when index >= sg_ruleset_count(rs). */
const sg__rule_info *sg__ruleset_rule(const sg_ruleset *rs, uint32_t index);
/* Index of the rule with this id, or -1. */
int sg__ruleset_find(const sg_ruleset *rs, const char *id);
/* Number of files the set was loaded from (1 for a buffer). */
size_t sg__ruleset_nfiles(const sg_ruleset *rs);
/* Where a rule was defined: its file (as given to the loader) and line. */
void sg__ruleset_rule_origin(const sg_ruleset *rs, uint32_t index, const char **file, int *line);

/* Patterns of the set (after `words:` expansion), for tools. */
size_t sg__ruleset_npatterns(const sg_ruleset *rs);
int sg__ruleset_pattern(const sg_ruleset *rs, uint32_t index, uint32_t *rule, const char **expr,
                        int *line);
/* Compiles pattern `index` alone and scans texts with it `rounds` times:
 * its compile time and its scan time per text. A cost estimate for rule
 * authors (`streamguard rules check --cost`); reads the clock. */
int sg__pattern_cost(const sg_ruleset *rs, uint32_t index, const char *const *texts, size_t ntexts,
                     int rounds, double *compile_ms, double *scan_ns);

#endif
