/* config.c — the daemon's settings: defaults, the key = value file (shared
 * with the engine's sg_config_load), and the log line format. */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "daemon/daemon.h"

#ifndef SG_DEFAULT_RULES
#define SG_DEFAULT_RULES "rules/en"
#endif
#ifndef SG_DEFAULT_WEB
#define SG_DEFAULT_WEB "web"
#endif
#ifndef SG_DEFAULT_MESSAGES
#define SG_DEFAULT_MESSAGES "messages/en"
#endif

void sg__serve_cfg_init(sg__serve_cfg *c)
{
    memset(c, 0, sizeof *c);
    snprintf(c->listen_host, sizeof c->listen_host, "127.0.0.1");
    c->listen_port = 8470;
    snprintf(c->data, sizeof c->data, "streamguard-data");
    snprintf(c->rules, sizeof c->rules, "%s", SG_DEFAULT_RULES);
    snprintf(c->web, sizeof c->web, "%s", SG_DEFAULT_WEB);
    snprintf(c->nudge_catalogue, sizeof c->nudge_catalogue, "%s/nudges.txt", SG_DEFAULT_MESSAGES);
    c->threads = 2;
    c->max_connections = 1024;
    c->connection_timeout_s = 30;
    c->max_body_bytes = 8u << 20;
    c->max_json_body_bytes = 64u << 10;
    c->max_batch_events = 10000;
    c->max_total_body_bytes = 256ll << 20;
    c->rate_limit_rps = 100000;
    c->rate_limit_burst = 200000;
    c->max_inflight_ingest = 64;
    c->store_queue_max = 10000;
    c->store_batch_max = 1000;
    c->store_max_lag_ms = 5000;
    c->store_sync_full = false;
    c->checkpoint_interval_s = 10;
    c->retention_days = 30;
    c->sse_heartbeat_s = 15;
    c->sse_max_clients = 64;
    c->context_streams = 1024;
    c->context_users = 100000;
    c->log_requests = false;
}

int sg__parse_listen(sg__serve_cfg *c, const char *s)
{
    const char *colon = strrchr(s, ':');
    const char *port = colon ? colon + 1 : s;
    char *end;
    errno = 0;
    long p = strtol(port, &end, 10);
    if (!*port || *end || errno || p < 0 || p > 65535)
        return -1;
    if (colon) {
        size_t hl = (size_t)(colon - s);
        if (hl >= sizeof c->listen_host)
            return -1;
        if (hl) {
            memcpy(c->listen_host, s, hl);
            c->listen_host[hl] = 0;
        }
    }
    c->listen_port = (int)p;
    return 0;
}

static int parse_long(const char *v, long lo, long hi, long *out)
{
    char *end;
    errno = 0;
    long x = strtol(v, &end, 10);
    if (!*v || *end || errno || x < lo || x > hi)
        return -1;
    *out = x;
    return 0;
}

static int parse_bool(const char *v, bool *out)
{
    if (!strcmp(v, "true") || !strcmp(v, "yes") || !strcmp(v, "on") || !strcmp(v, "1"))
        *out = true;
    else if (!strcmp(v, "false") || !strcmp(v, "no") || !strcmp(v, "off") || !strcmp(v, "0"))
        *out = false;
    else
        return -1;
    return 0;
}

/* Returns 1 if key is a daemon key (applied), 0 if not ours, -1 on a bad value. */
static int apply(sg__serve_cfg *c, const char *k, const char *v)
{
    long x;
    bool b;
#define STR(name)                                   \
    if (!strcmp(k, #name)) {                        \
        if (strlen(v) >= sizeof c->name)            \
            return -1;                              \
        snprintf(c->name, sizeof c->name, "%s", v); \
        return 1;                                   \
    }
#define NUM(name, lo, hi)              \
    if (!strcmp(k, #name)) {           \
        if (parse_long(v, lo, hi, &x)) \
            return -1;                 \
        c->name = x;                   \
        return 1;                      \
    }
#define BOOL(name)             \
    if (!strcmp(k, #name)) {   \
        if (parse_bool(v, &b)) \
            return -1;         \
        c->name = b;           \
        return 1;              \
    }
    if (!strcmp(k, "listen"))
        return sg__parse_listen(c, v) ? -1 : 1;
    STR(data)
    STR(rules)
    STR(web)
    STR(nudge_catalogue)
    NUM(threads, 1, 256)
    NUM(max_connections, 1, 1000000)
    NUM(connection_timeout_s, 1, 3600)
    NUM(max_body_bytes, 1024, 1L << 30)
    NUM(max_json_body_bytes, 1024, 16L << 20)
    NUM(max_batch_events, 1, 1000000)
    NUM(max_total_body_bytes, 1L << 20, 1L << 40)
    NUM(max_inflight_ingest, 1, 100000)
    NUM(store_queue_max, 1, 10000000)
    NUM(store_batch_max, 1, 1000000)
    NUM(store_max_lag_ms, 1, 3600000)
    BOOL(store_sync_full)
    NUM(checkpoint_interval_s, 1, 86400)
    NUM(retention_days, 1, 36500)
    NUM(sse_heartbeat_s, 1, 3600)
    NUM(sse_max_clients, 0, 100000)
    NUM(context_streams, 1, 10000000)
    NUM(context_users, 1, 100000000)
    BOOL(log_requests)
    if (!strcmp(k, "rate_limit_rps") || !strcmp(k, "rate_limit_burst")) {
        char *end;
        double d = strtod(v, &end);
        if (!*v || *end || d < 0 || d > 1e9)
            return -1;
        if (k[11] == 'r')
            c->rate_limit_rps = d;
        else
            c->rate_limit_burst = d;
        return 1;
    }
#undef STR
#undef NUM
#undef BOOL
    return 0;
}

/* The engine's keys (sg_config_load, src/config.c), to warn on typos. */
static bool engine_key(const char *k)
{
    static const char *const keys[] = { "max_conversations",  "max_streams",
                                        "max_users",          "conversation_idle",
                                        "decay_half_life",    "flood_window",
                                        "flood_min_users",    "serial_window",
                                        "serial_min_streams", "nudge_min_interval" };
    if (!strncmp(k, "hold_risk.", 10) || !strncmp(k, "block_risk.", 11) ||
        !strncmp(k, "alert_risk.", 11) || !strncmp(k, "hold_after_alert.", 17) ||
        !strncmp(k, "hold_new_accounts_days.", 23) ||
        !strncmp(k, "block_gifts_from_non_followers.", 31))
        return true;
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (!strcmp(k, keys[i]))
            return true;
    return false;
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = 0;
    return s;
}

int sg__serve_cfg_load(sg__serve_cfg *c, const char *path, char *engine_path, size_t epcap,
                       int *engine_fd, char *err, size_t errcap)
{
    FILE *f = fopen(path, "r");
    FILE *eng = NULL;
    char line[4096];
    int lineno = 0, rc = -1;
    *engine_fd = -1;
    if (!f) {
        snprintf(err, errcap, "%s: %s", path, strerror(errno));
        return -1;
    }
    int fd = memfd_create("streamguard-engine-conf", MFD_CLOEXEC);
    if (fd < 0 || !(eng = fdopen(dup(fd), "w"))) {
        snprintf(err, errcap, "cannot create a memory file: %s", strerror(errno));
        goto out;
    }
    while (fgets(line, sizeof line, f)) {
        lineno++;
        size_t n = strlen(line);
        if (n == sizeof line - 1 && line[n - 1] != '\n') {
            snprintf(err, errcap, "%s:%d: line too long", path, lineno);
            goto out;
        }
        char copy[4096];
        memcpy(copy, line, n + 1);
        char *s = trim(copy);
        char *hash = strchr(s, '#');
        if (hash)
            *hash = 0;
        s = trim(s);
        char *eq = strchr(s, '=');
        int r = 0;
        if (*s && eq) {
            *eq = 0;
            char *k = trim(s), *v = trim(eq + 1);
            r = apply(c, k, v);
            if (r < 0) {
                snprintf(err, errcap, "%s:%d: bad value for '%s'", path, lineno, k);
                goto out;
            }
            if (r == 0 && !engine_key(k))
                sg__daemon_log(SG_LOG_WARN, "%s:%d: unknown key '%s' ignored", path, lineno, k);
        }
        /* daemon lines are blanked for the engine, keeping line numbers */
        fputs(r == 1 ? "\n" : line, eng);
        if (n && line[n - 1] != '\n' && r != 1)
            fputc('\n', eng);
    }
    if (fclose(eng)) {
        eng = NULL;
        snprintf(err, errcap, "cannot write the memory file");
        goto out;
    }
    eng = NULL;
    snprintf(engine_path, epcap, "/proc/self/fd/%d", fd);
    *engine_fd = fd;
    fd = -1;
    rc = 0;
out:
    if (eng)
        fclose(eng);
    if (fd >= 0)
        close(fd);
    fclose(f);
    return rc;
}

static sg_log_level log_min = SG_LOG_INFO;

void sg__daemon_log(sg_log_level level, const char *fmt, ...)
{
    static const char *const names[] = { "debug", "info", "warn", "error" };
    if (level < log_min)
        return;
    char msg[2048], ts[32];
    struct timespec now;
    struct tm tm;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    clock_gettime(CLOCK_REALTIME, &now);
    gmtime_r(&now.tv_sec, &tm);
    strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%S", &tm);
    fprintf(stderr, "%s.%03ldZ %s %s\n", ts, now.tv_nsec / 1000000,
            names[level <= SG_LOG_ERROR ? level : SG_LOG_ERROR], msg);
}
