/* jsonout.c — decisions and alerts as NDJSON lines (the DESIGN.md
 * contracts), written into a caller's buffer with snprintf semantics so
 * the hot path never allocates. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "streamguard.h"

typedef struct writer {
    char *buf;
    size_t cap, len; /* len may exceed cap: the length needed */
} writer;

static void put(writer *w, const char *s, size_t n)
{
    if (w->len < w->cap) {
        size_t room = w->cap - w->len;
        memcpy(w->buf + w->len, s, n < room ? n : room);
    }
    w->len += n;
}

static void puts_(writer *w, const char *s)
{
    put(w, s, strlen(s));
}

/* Decimal integers and two-decimal numbers without printf: the decision
 * line is written for every event, and vsnprintf was a measurable share of
 * the per-event cost. */
static void put_i64(writer *w, int64_t v)
{
    char tmp[24];
    int i = sizeof tmp;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        tmp[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[--i] = '-';
    put(w, tmp + i, sizeof tmp - (size_t)i);
}

/* x in [0, 1] (clamped) with two decimals, rounded half up: "0.81". */
static void put_fixed2(writer *w, double x)
{
    if (!(x > 0)) /* also NaN */
        x = 0;
    if (x > 1)
        x = 1;
    int c = (int)(x * 100.0 + 0.5);
    char tmp[4] = { (char)('0' + c / 100), '.', (char)('0' + (c / 10) % 10), (char)('0' + c % 10) };
    put(w, tmp, 4);
}

static void put_str(writer *w, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    if (!s) {
        puts_(w, "null");
        return;
    }
    put(w, "\"", 1);
    const char *run = s, *p = s;
    for (; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f)
            continue;
        put(w, run, (size_t)(p - run));
        run = p + 1;
        switch (c) {
        case '"': put(w, "\\\"", 2); break;
        case '\\': put(w, "\\\\", 2); break;
        case '\n': put(w, "\\n", 2); break;
        case '\r': put(w, "\\r", 2); break;
        case '\t': put(w, "\\t", 2); break;
        default: {
            char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
            put(w, u, 6);
        }
        }
    }
    put(w, run, (size_t)(p - run)); /* p is at the NUL: no second pass */
    put(w, "\"", 1);
}

static void put_tactics(writer *w, sg_tactic_set set)
{
    put(w, "[", 1);
    int first = 1;
    for (int t = 0; t < SG_T__COUNT; t++) {
        if (!(set & (1u << t)))
            continue;
        if (!first)
            put(w, ",", 1);
        put_str(w, sg_tactic_name((sg_tactic)t));
        first = 0;
    }
    put(w, "]", 1);
}

static void put_list(writer *w, const char *const *list, size_t n)
{
    put(w, "[", 1);
    for (size_t i = 0; i < n; i++) {
        if (i)
            put(w, ",", 1);
        put_str(w, list[i]);
    }
    put(w, "]", 1);
}

static size_t finish(writer *w)
{
    if (w->cap)
        w->buf[w->len < w->cap ? w->len : w->cap - 1] = '\0';
    return w->len;
}

size_t sg_decision_json(const sg_decision *d, char *buf, size_t cap)
{
    writer w = { buf, cap, 0 };
    puts_(&w, "{\"kind\":\"decision\",\"event\":");
    put_str(&w, d->event);
    puts_(&w, ",\"stream\":");
    put_str(&w, d->stream);
    puts_(&w, ",\"user\":");
    put_str(&w, d->user);
    puts_(&w, ",\"ts\":");
    put_i64(&w, d->ts);
    puts_(&w, ",\"action\":\"");
    puts_(&w, sg_action_name(d->action));
    puts_(&w, "\",\"risk\":");
    put_fixed2(&w, d->risk);
    puts_(&w, ",\"tactics\":");
    put_tactics(&w, d->tactics);
    puts_(&w, ",\"evidence\":[");
    for (size_t i = 0; i < d->nevidence; i++) {
        const sg_evidence *ev = &d->evidence[i];
        if (i)
            put(&w, ",", 1);
        puts_(&w, "{\"tactic\":");
        put_str(&w, sg_tactic_name(ev->tactic));
        puts_(&w, ",\"rule\":");
        put_str(&w, ev->rule);
        puts_(&w, ",\"start\":");
        put_i64(&w, ev->start);
        puts_(&w, ",\"end\":");
        put_i64(&w, ev->end);
        puts_(&w, ",\"weight\":");
        put_fixed2(&w, ev->weight);
        if (ev->shadow)
            puts_(&w, ",\"shadow\":true");
        put(&w, "}", 1);
    }
    put(&w, "]", 1);
    if (d->policy) {
        puts_(&w, ",\"policy\":");
        put_str(&w, d->policy);
    }
    if (d->nudge) {
        puts_(&w, ",\"nudge\":{\"to\":");
        put_str(&w, d->nudge->to);
        puts_(&w, ",\"text\":");
        put_str(&w, d->nudge->text);
        put(&w, "}", 1);
    }
    put(&w, "}", 1);
    return finish(&w);
}

size_t sg_alert_json(const sg_alert *a, char *buf, size_t cap)
{
    writer w = { buf, cap, 0 };
    puts_(&w, "{\"kind\":\"alert\",\"id\":");
    put_str(&w, a->id);
    puts_(&w, ",\"type\":");
    put_str(&w, sg_alert_type_name(a->type));
    puts_(&w, ",\"severity\":");
    put_str(&w, sg_severity_name(a->severity));
    puts_(&w, ",\"stream\":");
    put_str(&w, a->stream);
    puts_(&w, ",\"user\":");
    put_str(&w, a->user);
    if (a->type == SG_ALERT_FLOOD) {
        puts_(&w, ",\"users\":");
        put_list(&w, a->users, a->nusers);
    }
    if (a->type == SG_ALERT_SERIAL_CONTACT) {
        puts_(&w, ",\"streams\":");
        put_list(&w, a->streams, a->nstreams);
    }
    puts_(&w, ",\"ts\":");
    put_i64(&w, a->ts);
    puts_(&w, ",\"opened_ts\":");
    put_i64(&w, a->opened_ts);
    puts_(&w, ",\"risk\":");
    put_fixed2(&w, a->risk);
    puts_(&w, ",\"tactics\":");
    put_tactics(&w, a->tactics);
    puts_(&w, ",\"events\":");
    put_list(&w, a->events, a->nevents);
    if (a->update)
        puts_(&w, ",\"update\":true");
    puts_(&w, ",\"summary\":");
    put_str(&w, a->summary);
    put(&w, "}", 1);
    return finish(&w);
}
