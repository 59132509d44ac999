/* config.c — engine settings from a `key = value` file (docs/config.md).
 *
 * Per-age-band policy keys take the band as a suffix:
 *   hold_risk.under13 = 0.45     block_risk.adult = 0.97   alert_risk.13-15 = 0.6
 * Durations are in seconds (`flood_window = 60`). Keys the engine does not
 * know are left to the host (the daemon reads the same file): they are
 * skipped here, so one file configures both. Errors name the line. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "streamguard.h"

#define CONFIG_MAX_LINE 4096

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        s[--n] = '\0';
    return s;
}

static int parse_double(const char *v, double lo, double hi, double *out)
{
    char *end;
    errno = 0;
    double d = strtod(v, &end);
    if (errno || end == v || *end || d < lo || d > hi)
        return -1;
    *out = d;
    return 0;
}

static int parse_long(const char *v, long long lo, long long hi, long long *out)
{
    char *end;
    errno = 0;
    long long d = strtoll(v, &end, 10);
    if (errno || end == v || *end || d < lo || d > hi)
        return -1;
    *out = d;
    return 0;
}

int sg_config_load(sg_config *cfg, const char *path, char *err, size_t errcap)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errcap, "%s: cannot open: %s", path, strerror(errno));
        return SG_EIO;
    }
    char line[CONFIG_MAX_LINE];
    int lineno = 0, rc = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (!strchr(line, '\n') && !feof(f)) {
            snprintf(err, errcap, "%s:%d: line longer than %d bytes", path, lineno,
                     CONFIG_MAX_LINE - 2);
            rc = SG_ECONFIG;
            break;
        }
        char *l = trim(line);
        if (!*l || *l == '#')
            continue;
        char *eq = strchr(l, '=');
        if (!eq) {
            snprintf(err, errcap, "%s:%d: expected 'key = value'", path, lineno);
            rc = SG_ECONFIG;
            break;
        }
        *eq = '\0';
        char *key = trim(l), *val = trim(eq + 1);
        double d;
        long long n;
        int bad = 0;
        const char *dot = strchr(key, '.');
        if (dot && (!strncmp(key, "hold_risk.", 10) || !strncmp(key, "block_risk.", 11) ||
                    !strncmp(key, "alert_risk.", 11))) {
            int band = sg_age_band_parse(dot + 1, strlen(dot + 1));
            if (band < 0) {
                snprintf(err, errcap, "%s:%d: unknown age band '%s'", path, lineno, dot + 1);
                rc = SG_ECONFIG;
                break;
            }
            if (parse_double(val, 0.01, 1.0, &d)) {
                bad = 1;
            } else if (key[0] == 'h') {
                cfg->hold_risk[band] = d;
            } else if (key[0] == 'b') {
                cfg->block_risk[band] = d;
            } else {
                cfg->alert_risk[band] = d;
            }
        } else if (dot && (!strncmp(key, "hold_new_accounts_days.", 23) ||
                           !strncmp(key, "block_gifts_from_non_followers.", 31) ||
                           !strncmp(key, "hold_after_alert.", 17))) {
            int band = sg_age_band_parse(dot + 1, strlen(dot + 1));
            if (band < 0) {
                snprintf(err, errcap, "%s:%d: unknown age band '%s'", path, lineno, dot + 1);
                rc = SG_ECONFIG;
                break;
            }
            if (key[0] == 'h' && key[5] == 'n') {
                bad = parse_long(val, 0, 3650, &n);
                if (!bad)
                    cfg->hold_new_accounts_days[band] = (int)n;
            } else {
                int b = !strcmp(val, "true") || !strcmp(val, "yes") || !strcmp(val, "1");
                bad = !b && strcmp(val, "false") && strcmp(val, "no") && strcmp(val, "0");
                if (!bad && key[0] == 'b')
                    cfg->block_gifts_non_followers[band] = b;
                else if (!bad)
                    cfg->hold_after_alert[band] = b;
            }
        } else if (!strcmp(key, "max_conversations")) {
            bad = parse_long(val, 1, 100000000, &n);
            if (!bad)
                cfg->max_conversations = (size_t)n;
        } else if (!strcmp(key, "max_streams")) {
            bad = parse_long(val, 1, 10000000, &n);
            if (!bad)
                cfg->max_streams = (size_t)n;
        } else if (!strcmp(key, "max_users")) {
            bad = parse_long(val, 1, 100000000, &n);
            if (!bad)
                cfg->max_users = (size_t)n;
        } else if (!strcmp(key, "conversation_idle")) {
            bad = parse_long(val, 60, 365LL * 86400, &n);
            if (!bad)
                cfg->conversation_idle_ms = n * 1000;
        } else if (!strcmp(key, "decay_half_life")) {
            bad = parse_long(val, 60, 30LL * 86400, &n);
            if (!bad)
                cfg->decay_half_life_ms = n * 1000;
        } else if (!strcmp(key, "flood_window")) {
            bad = parse_long(val, 1, 3600, &n);
            if (!bad)
                cfg->flood_window_ms = n * 1000;
        } else if (!strcmp(key, "flood_min_users")) {
            bad = parse_long(val, 2, 24, &n);
            if (!bad)
                cfg->flood_min_users = (int)n;
        } else if (!strcmp(key, "serial_window")) {
            bad = parse_long(val, 60, 7LL * 86400, &n);
            if (!bad)
                cfg->serial_window_ms = n * 1000;
        } else if (!strcmp(key, "serial_min_streams")) {
            bad = parse_long(val, 2, 8, &n);
            if (!bad)
                cfg->serial_min_streams = (int)n;
        } else if (!strcmp(key, "nudge_min_interval")) {
            bad = parse_long(val, 0, 86400, &n);
            if (!bad)
                cfg->nudge_min_interval_ms = n * 1000;
        } else if (!strcmp(key, "established_account_days")) {
            bad = parse_long(val, -1, 36500, &n); /* -1 = off */
            if (!bad)
                cfg->established_account_days = n ? (int)n : -1;
        }
        /* any other key belongs to the host */
        if (bad) {
            snprintf(err, errcap, "%s:%d: bad value '%s' for '%s'", path, lineno, val, key);
            rc = SG_ECONFIG;
            break;
        }
    }
    fclose(f);
    return rc;
}
