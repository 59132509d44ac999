/* nudge.c — the message catalogue for nudges to young broadcasters.
 *
 * The catalogue is a plain text file (messages/<lang>/nudges.txt) of
 * `KEY = text` lines, KEY being `<tactic>.<band>`, `<tactic>+<tactic>.<band>`,
 * `flood.<band>`, `serial_contact.<band>` or `default.<band>`, band one of
 * under13, 13-15, 16-17. Unknown-age broadcasters get the 13-15 wording;
 * adults get no nudges. A nudge never quotes the offender: the text comes
 * only from the catalogue. When no file is given a short built-in English
 * catalogue is used so the library works standalone. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"

#define CAT_MAX_ENTRIES 512
#define CAT_MAX_LINE    1024
#define CAT_MAX_BYTES   (256 * 1024)

typedef struct cat_entry {
    char *key;
    char *text;
} cat_entry;

struct sg__catalogue {
    cat_entry e[CAT_MAX_ENTRIES];
    size_t n;
};

static const char builtin[] =
    "default.under13 = Someone in your chat is saying things that are not OK. You can block them, "
    "end the stream, and tell a grown-up you trust.\n"
    "default.13-15 = Someone in your chat is pushing you in a way that isn't OK. You can block and "
    "report them, or end the stream, and talk to an adult you trust.\n"
    "default.16-17 = A viewer is pressuring you. You don't owe anyone anything: block and report "
    "them, and talk to someone you trust if it worries you.\n"
    "flood.under13 = Lots of people are asking you to do things at once. You don't have to do any "
    "of it. You can end the stream and tell a grown-up.\n"
    "flood.13-15 = Lots of accounts are pushing you at once. You don't have to do anything they "
    "ask: turn on slow mode, end the stream, and tell an adult you trust.\n"
    "flood.16-17 = A crowd of accounts is pressuring you. You can switch chat to followers-only, "
    "end the stream, and report them.\n";

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        s[--n] = '\0';
    return s;
}

static int parse(sg__catalogue *c, char *data, const char *name, char *err, size_t errcap)
{
    int lineno = 0;
    for (char *line = data, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        lineno++;
        char *l = trim(line);
        if (!*l || *l == '#')
            continue;
        char *eq = strchr(l, '=');
        if (!eq) {
            if (err)
                snprintf(err, errcap, "%s:%d: expected KEY = text", name, lineno);
            return SG_ECONFIG;
        }
        *eq = '\0';
        char *key = trim(l), *text = trim(eq + 1);
        if (!*key || !*text) {
            if (err)
                snprintf(err, errcap, "%s:%d: empty key or text", name, lineno);
            return SG_ECONFIG;
        }
        if (c->n >= CAT_MAX_ENTRIES) {
            if (err)
                snprintf(err, errcap, "%s:%d: more than %d entries", name, lineno, CAT_MAX_ENTRIES);
            return SG_ELIMIT;
        }
        c->e[c->n].key = strdup(key);
        c->e[c->n].text = strdup(text);
        if (!c->e[c->n].key || !c->e[c->n].text)
            return SG_ENOMEM;
        c->n++;
    }
    return 0;
}

int sg__catalogue_load(const char *path, sg__catalogue **out, char *err, size_t errcap)
{
    sg__catalogue *c = calloc(1, sizeof *c);
    char *data = NULL;
    int rc = 0;
    if (!c)
        return SG_ENOMEM;
    if (path) {
        FILE *f = fopen(path, "rb");
        if (!f) {
            if (err)
                snprintf(err, errcap, "%s: cannot open", path);
            rc = SG_EIO;
            goto out;
        }
        data = malloc(CAT_MAX_BYTES + 1);
        size_t n = data ? fread(data, 1, CAT_MAX_BYTES + 1, f) : 0;
        fclose(f);
        if (!data) {
            rc = SG_ENOMEM;
            goto out;
        }
        if (n > CAT_MAX_BYTES) {
            if (err)
                snprintf(err, errcap, "%s: larger than %d bytes", path, CAT_MAX_BYTES);
            rc = SG_ETOOBIG;
            goto out;
        }
        data[n] = '\0';
    } else {
        data = strdup(builtin);
        if (!data) {
            rc = SG_ENOMEM;
            goto out;
        }
    }
    rc = parse(c, data, path ? path : "built-in", err, errcap);
out:
    free(data);
    if (rc) {
        sg__catalogue_free(c);
        return rc;
    }
    *out = c;
    return 0;
}

void sg__catalogue_free(sg__catalogue *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++) {
        free(c->e[i].key);
        free(c->e[i].text);
    }
    free(c);
}

static const char *lookup(const sg__catalogue *c, const char *key)
{
    for (size_t i = 0; i < c->n; i++)
        if (strcmp(c->e[i].key, key) == 0)
            return c->e[i].text;
    return NULL;
}

/* Most important first: what the child most needs to hear about. */
static const sg_tactic priority[] = {
    SG_T_THREAT,        SG_T_NUDITY_REQUEST, SG_T_MEETING,    SG_T_SEXUAL_CONTENT,
    SG_T_OFF_PLATFORM,  SG_T_SECRECY,        SG_T_GIFT_OFFER, SG_T_DARE,
    SG_T_PERSONAL_INFO, SG_T_AGE_GAP,        SG_T_FLATTERY,
};

const char *sg__catalogue_pick(const sg__catalogue *c, uint32_t tactics, const char *kind,
                               sg_age_band age)
{
    const char *band;
    switch (age) {
    case SG_AGE_UNDER13: band = "under13"; break;
    case SG_AGE_16_17: band = "16-17"; break;
    case SG_AGE_ADULT: return NULL;
    default: band = "13-15"; break;
    }
    char key[96];
    const char *t;
    if (kind) {
        snprintf(key, sizeof key, "%s.%s", kind, band);
        if ((t = lookup(c, key)))
            return t;
    }
    /* Gifts offered for an act get their own wording. */
    if (tactics & (1u << SG_T_GIFT_OFFER)) {
        static const sg_tactic with[] = { SG_T_NUDITY_REQUEST, SG_T_DARE, SG_T_OFF_PLATFORM };
        for (size_t i = 0; i < sizeof with / sizeof with[0]; i++) {
            if (!(tactics & (1u << with[i])))
                continue;
            snprintf(key, sizeof key, "gift_offer+%s.%s", sg_tactic_name(with[i]), band);
            if ((t = lookup(c, key)))
                return t;
        }
    }
    for (size_t i = 0; i < sizeof priority / sizeof priority[0]; i++) {
        if (!(tactics & (1u << priority[i])))
            continue;
        snprintf(key, sizeof key, "%s.%s", sg_tactic_name(priority[i]), band);
        if ((t = lookup(c, key)))
            return t;
    }
    snprintf(key, sizeof key, "default.%s", band);
    return lookup(c, key);
}
