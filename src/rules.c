/* rules.c — placeholder; the rules parser and compiler are being written. */
#include <stdlib.h>
#include "rules.h"
int sg_ruleset_load(const char *const *paths, size_t npaths, sg_rule_diag_fn diag, void *ud, sg_ruleset **out)
{ (void)paths; (void)npaths; (void)diag; (void)ud; (void)out; return SG_ERULE; }
int sg_ruleset_load_buffer(const char *name, const char *data, size_t len, sg_rule_diag_fn diag, void *ud, sg_ruleset **out)
{ (void)name; (void)data; (void)len; (void)diag; (void)ud; (void)out; return SG_ERULE; }
void sg_ruleset_ref(sg_ruleset *rs) { (void)rs; }
void sg_ruleset_free(sg_ruleset *rs) { (void)rs; }
size_t sg_ruleset_count(const sg_ruleset *rs) { (void)rs; return 0; }
int sg_ruleset_test(const sg_ruleset *rs, sg_rule_diag_fn diag, void *ud, size_t *checked)
{ (void)rs; (void)diag; (void)ud; *checked = 0; return 0; }
int sg__scanner_new(const sg_ruleset *rs, sg__scanner **out) { (void)rs; *out = NULL; return 0; }
int sg__scanner_rebind(sg__scanner *sc, const sg_ruleset *rs) { (void)sc; (void)rs; return 0; }
void sg__scanner_free(sg__scanner *sc) { (void)sc; }
int sg__rules_match(const sg_ruleset *rs, sg__scanner *sc, const char *norm, size_t len, const sg__match_ctx *ctx, sg__hit *hits, size_t cap)
{ (void)rs; (void)sc; (void)norm; (void)len; (void)ctx; (void)hits; (void)cap; return 0; }
const sg__rule_info *sg__ruleset_rule(const sg_ruleset *rs, uint32_t index) { (void)rs; (void)index; return NULL; }
