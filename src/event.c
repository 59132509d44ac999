/* event.c — placeholder; the event parser is being written. */
#include <stdlib.h>
#include "streamguard.h"
struct sg_event_parser { int unused; };
int sg_event_parser_new(sg_event_parser **out) { *out = calloc(1, sizeof **out); return *out ? 0 : SG_ENOMEM; }
void sg_event_parser_free(sg_event_parser *p) { free(p); }
int sg_event_parse(sg_event_parser *p, const char *json, size_t len, sg_event *ev, char *err, size_t errcap)
{ (void)p; (void)json; (void)len; (void)ev; (void)err; (void)errcap; return SG_EINVAL; }
