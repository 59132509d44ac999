/* normalize.c — placeholder; the normaliser is being written. */
#include <stdlib.h>
#include <string.h>
#include "normalize.h"
#include "streamguard.h"
void sg__norm_init(sg__norm *n) { memset(n, 0, sizeof *n); }
void sg__norm_free(sg__norm *n) { free(n->text); free(n->ostart); free(n->oend); memset(n, 0, sizeof *n); }
int sg__normalize(sg__norm *n, const char *text, size_t len) { (void)n; (void)text; (void)len; return SG_EINVAL; }
void sg__norm_span(const sg__norm *n, size_t a, size_t b, uint32_t *s, uint32_t *e) { (void)n; *s = (uint32_t)a; *e = (uint32_t)b; }
