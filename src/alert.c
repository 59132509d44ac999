/* alert.c — opening, updating and delivering alerts.
 *
 * At most one alert is open per subject and type (the key is a hash of the
 * type and the subject: the conversation for grooming, the stream for
 * flood, the viewer for serial contact). Later evidence is added to the
 * open alert: its event list grows (up to SG_MAX_ALERT_EVENTS, the first
 * ones kept), its tactics and risk are raised, and it is delivered again
 * with update = true. Alerts close when the host resolves them
 * (sg_engine_resolve_alert) or after a day without new evidence. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"

static const char *const tactic_words[SG_T__COUNT] = {
    "flattery",
    "asked personal questions",
    "offered gifts",
    "dares",
    "asked to undress or show their body",
    "sexual remarks",
    "asked for secrecy",
    "asked to move to another app or a private call",
    "threats",
    "asked to meet",
    "age gap",
};

static void free_data(sg__alert_data *d)
{
    if (!d)
        return;
    free(d->stream);
    free(d->user);
    free(d->broadcaster);
    for (size_t i = 0; i < d->nevents; i++)
        free(d->events[i]);
    for (size_t i = 0; i < d->nusers; i++)
        free(d->users[i]);
    for (size_t i = 0; i < d->nstreams; i++)
        free(d->streams[i]);
    free(d);
}

void sg__alert_evict(void *ud, uint64_t key, void *rec)
{
    (void)ud;
    (void)key;
    sg__alert *a = rec;
    free_data(a->data);
    a->data = NULL;
}

bool sg__alert_open(sg_engine *e, uint64_t key)
{
    return sg__table_get(&e->alerts, key) != NULL;
}

/* Adds s to list if absent and there is room. */
static int list_add(char **list, size_t *n, size_t cap, const char *s)
{
    if (!s)
        return 0;
    for (size_t i = 0; i < *n; i++)
        if (strcmp(list[i], s) == 0)
            return 0;
    if (*n >= cap)
        return 0;
    char *c = strdup(s);
    if (!c)
        return SG_ENOMEM;
    list[(*n)++] = c;
    return 0;
}

static size_t tactic_phrase(char *buf, size_t cap, uint32_t tactics)
{
    size_t len = 0;
    buf[0] = '\0';
    for (int t = 0; t < SG_T__COUNT && len < cap; t++) {
        if (!(tactics & (1u << t)))
            continue;
        int n = snprintf(buf + len, cap - len, "%s%s", len ? ", " : "", tactic_words[t]);
        if (n < 0)
            break;
        len += (size_t)n;
    }
    if (len >= cap)
        len = cap - 1;
    return len;
}

static void summarise(const sg__alert *a)
{
    sg__alert_data *d = a->data;
    char tw[256];
    tactic_phrase(tw, sizeof tw, a->tactics);
    const char *b = d->broadcaster ? d->broadcaster : "the broadcaster";
    switch (a->type) {
    case SG_ALERT_GROOMING:
        snprintf(d->summary, sizeof d->summary,
                 "%s toward %s (%s) on %s: %s; %zu flagged message%s, risk %.2f",
                 d->user ? d->user : "?", b, sg_age_band_name(d->age), d->stream ? d->stream : "?",
                 tw, d->nevents, d->nevents == 1 ? "" : "s", (double)a->risk);
        break;
    case SG_ALERT_FLOOD:
        snprintf(d->summary, sizeof d->summary,
                 "%zu accounts pressing %s (%s) on %s within a minute: %s", d->nusers, b,
                 sg_age_band_name(d->age), d->stream ? d->stream : "?", tw);
        break;
    case SG_ALERT_SERIAL_CONTACT:
        snprintf(d->summary, sizeof d->summary,
                 "%s pressed %zu young streamers in a short time: %s", d->user ? d->user : "?",
                 d->nstreams, tw);
        break;
    case SG_ALERT_HASH_MATCH:
        snprintf(d->summary, sizeof d->summary, "media matched a hash bank");
        break;
    }
}

static sg_severity severity_of(const sg__alert *a)
{
    uint32_t grave = (1u << SG_T_THREAT) | (1u << SG_T_NUDITY_REQUEST) | (1u << SG_T_MEETING);
    sg_severity s = SG_SEV_MEDIUM;
    if (a->risk >= 0.8f || (a->tactics & grave))
        s = SG_SEV_HIGH;
    if ((a->tactics & (1u << SG_T_THREAT)) &&
        (a->tactics & ((1u << SG_T_NUDITY_REQUEST) | (1u << SG_T_SEXUAL_CONTENT))))
        s = SG_SEV_CRITICAL; /* sextortion */
    if (a->data->age == SG_AGE_UNDER13 && s == SG_SEV_HIGH && a->risk >= 0.9f)
        s = SG_SEV_CRITICAL;
    return s;
}

void sg__alert_deliver(sg_engine *e, const sg__alert *al, bool update)
{
    if (!e->alert_fn)
        return;
    const sg__alert_data *d = al->data;
    sg_alert out = {
        .id = d->id,
        .type = al->type,
        .severity = al->severity,
        .update = update,
        .stream = d->stream,
        .user = d->user,
        .ts = al->ts,
        .opened_ts = al->opened_ts,
        .tactics = al->tactics,
        .risk = al->risk,
        .events = (const char *const *)d->events,
        .nevents = d->nevents,
        .users = (const char *const *)d->users,
        .nusers = d->nusers,
        .streams = (const char *const *)d->streams,
        .nstreams = d->nstreams,
        .summary = d->summary,
    };
    e->alert_fn(e->alert_ud, &out);
}

int sg__alert_raise(sg_engine *e, const sg__alert_args *a)
{
    int created;
    sg__alert *al = sg__table_upsert(&e->alerts, a->key, &created);
    if (!al)
        return SG_ENOMEM;
    if (created) {
        sg__alert_data *d = calloc(1, sizeof *d);
        if (!d) {
            sg__table_remove(&e->alerts, a->key);
            return SG_ENOMEM;
        }
        al->data = d;
        al->type = a->type;
        al->opened_ts = a->ts;
        al->seq = ++e->alert_seq;
        snprintf(d->id, sizeof d->id, "al-%llu", (unsigned long long)al->seq);
        d->stream = a->stream ? strdup(a->stream) : NULL;
        d->user = a->user ? strdup(a->user) : NULL;
        d->broadcaster = a->broadcaster ? strdup(a->broadcaster) : NULL;
        d->age = a->age;
        e->stats.alerts_opened++;
    } else {
        e->stats.alerts_updated++;
    }
    sg__alert_data *d = al->data;
    al->touched = e->now;
    if (a->ts > al->ts)
        al->ts = a->ts;
    al->tactics |= a->tactics;
    if (a->risk > al->risk)
        al->risk = a->risk;
    int rc = list_add(d->events, &d->nevents, SG_MAX_ALERT_EVENTS, a->event);
    for (size_t i = 0; rc == 0 && i < a->nusers; i++)
        rc = list_add(d->users, &d->nusers, SG_MAX_ALERT_SUBJECTS, a->users[i]);
    for (size_t i = 0; rc == 0 && i < a->nstreams; i++)
        rc = list_add(d->streams, &d->nstreams, SG_MAX_ALERT_SUBJECTS, a->streams[i]);
    if (rc)
        return rc;
    al->severity = severity_of(al);
    summarise(al);
    sg__alert_deliver(e, al, !created);
    return created ? 1 : 0;
}

int sg_engine_resolve_alert(sg_engine *e, const char *id)
{
    if (!e || !id)
        return SG_EINVAL;
    uint64_t key;
    for (sg__alert *a = sg__table_next(&e->alerts, NULL, &key); a;
         a = sg__table_next(&e->alerts, a, &key)) {
        if (a->data && strcmp(a->data->id, id) == 0) {
            free_data(a->data);
            a->data = NULL;
            sg__table_remove(&e->alerts, key);
            return 0;
        }
    }
    return SG_ENOTFOUND;
}
