/* daemon.h — the internals shared by the files of `streamguard serve`:
 * configuration (config.c) and logging. The HTTP layer, the engine lock,
 * the writer thread and SSE live in serve.c. */
#ifndef SG_DAEMON_DAEMON_H
#define SG_DAEMON_DAEMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "streamguard.h"

#define SG_PATH_MAX 1024

/* Daemon settings (docs/config.md, streamguard.example.conf). */
typedef struct sg__serve_cfg {
    char listen_host[64]; /* listen = 127.0.0.1:8470 */
    int listen_port;
    char data[SG_PATH_MAX];            /* data = ./streamguard-data */
    char rules[SG_PATH_MAX];           /* rules = <source>/rules/en (file or directory) */
    char web[SG_PATH_MAX];             /* web = <source>/web ("" disables the console) */
    char nudge_catalogue[SG_PATH_MAX]; /* nudge_catalogue = <source>/messages/en/nudges.txt */
    int threads;                       /* MHD worker threads */
    int max_connections;
    int connection_timeout_s;       /* idle connections (slow clients) are closed */
    size_t max_body_bytes;          /* POST /v1/events and media bodies (413 beyond) */
    size_t max_json_body_bytes;     /* other JSON bodies */
    size_t max_batch_events;        /* lines per NDJSON batch (413 beyond) */
    long long max_total_body_bytes; /* all request bodies in memory (503 beyond) */
    double rate_limit_rps;          /* requests per second per token (0 = off) */
    double rate_limit_burst;
    int max_inflight_ingest; /* concurrent POST /v1/events (503 beyond) */
    int store_queue_max;     /* pending store writes (503 beyond) */
    int store_batch_max;     /* writes per transaction */
    int store_max_lag_ms;    /* oldest pending write older than this -> 503 */
    bool store_sync_full;    /* synchronous=FULL (else NORMAL) */
    int checkpoint_interval_s;
    int retention_days; /* evidence messages deleted after this */
    int sse_heartbeat_s;
    int sse_max_clients;
    size_t context_streams; /* streams whose recent chat is remembered */
    size_t context_users;   /* users with decision counters */
    bool log_requests;      /* one line per request (never the token) */
} sg__serve_cfg;

void sg__serve_cfg_init(sg__serve_cfg *c);

/* Reads key = value lines: daemon keys go into *c; every other key is left
 * for sg_config_load. *engine_path receives a path (a memfd under
 * /proc/self/fd) holding the file with the daemon's lines blanked, so the
 * engine's loader sees the same line numbers; *engine_fd must be closed by
 * the caller. Errors name the line. */
int sg__serve_cfg_load(sg__serve_cfg *c, const char *path, char *engine_path, size_t epcap,
                       int *engine_fd, char *err, size_t errcap);

/* Parses "host:port" or ":port" or "port". */
int sg__parse_listen(sg__serve_cfg *c, const char *s);

void sg__daemon_log(sg_log_level level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
