/* engine.c — placeholder engine (allows everything) so the tree links while
 * the real engine is written. */
#include <stdlib.h>
#include <string.h>
#include "streamguard.h"
struct sg_engine { sg_config cfg; sg_alert_fn afn; void *aud; sg_log_fn lfn; void *lud; };
void sg_config_init(sg_config *cfg) { memset(cfg, 0, sizeof *cfg); }
int sg_config_load(sg_config *cfg, const char *path, char *err, size_t errcap) { (void)cfg; (void)path; (void)err; (void)errcap; return 0; }
int sg_engine_new(const sg_config *cfg, sg_ruleset *rules, sg_engine **out)
{ (void)rules; sg_engine *e = calloc(1, sizeof *e); if (!e) return SG_ENOMEM; if (cfg) e->cfg = *cfg; *out = e; return 0; }
void sg_engine_free(sg_engine *e) { free(e); }
void sg_engine_set_log(sg_engine *e, sg_log_fn fn, void *ud) { e->lfn = fn; e->lud = ud; }
void sg_engine_set_alert_callback(sg_engine *e, sg_alert_fn fn, void *ud) { e->afn = fn; e->aud = ud; }
int sg_engine_swap_rules(sg_engine *e, sg_ruleset *rs) { (void)e; (void)rs; return 0; }
int sg_engine_process(sg_engine *e, const sg_event *ev, sg_decision *out)
{
    (void)e;
    if (ev->type != SG_EV_CHAT && ev->type != SG_EV_GIFT) return 0;
    memset(out, 0, sizeof *out);
    out->event = ev->id; out->stream = ev->stream; out->user = ev->user; out->ts = ev->ts;
    return 1;
}
size_t sg_decision_json(const sg_decision *d, char *buf, size_t cap) { (void)d; if (cap) buf[0] = 0; return 0; }
size_t sg_alert_json(const sg_alert *a, char *buf, size_t cap) { (void)a; if (cap) buf[0] = 0; return 0; }
void sg_engine_stats_get(const sg_engine *e, sg_engine_stats *st) { (void)e; memset(st, 0, sizeof *st); }
int sg_engine_checkpoint(const sg_engine *e, char **buf, size_t *len) { (void)e; *buf = NULL; *len = 0; return 0; }
int sg_engine_restore(sg_engine *e, const char *buf, size_t len) { (void)e; (void)buf; (void)len; return 0; }
