/* token.c — `streamguard token create|list` and the daemon's token checks
 * (auth.h). SHA-256 comes from libavutil's av_sha (store.h: sg__sha256),
 * which the binary already links through the media modules: no new
 * dependency and no hand-written crypto to get wrong. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "cli/cli.h"
#include "daemon/auth.h"
#include "streamguard.h"

#define MAX_TOKENS 4096

typedef struct tok {
    char id[SG_TOKEN_ID_MAX];
    int role;
    uint8_t hash[32];
} tok;

struct sg__auth {
    sg__store *store;
    pthread_rwlock_t lock;
    tok *toks;
    size_t n;
    pthread_mutex_t reload_mu;
    int64_t last_reload_ms;
};

static int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

const char *sg__role_name(int role)
{
    switch (role) {
    case SG_ROLE_INGEST: return "ingest";
    case SG_ROLE_MODERATOR: return "moderator";
    case SG_ROLE_ADMIN: return "admin";
    case SG_ROLE_FAMILY: return "family";
    default: return "none";
    }
}

int sg__role_parse(const char *name)
{
    static const int roles[] = { SG_ROLE_INGEST, SG_ROLE_MODERATOR, SG_ROLE_ADMIN, SG_ROLE_FAMILY };
    for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
        if (!strcmp(name, sg__role_name(roles[i])))
            return roles[i];
    return -1;
}

typedef struct load_ctx {
    tok *toks;
    size_t n;
} load_ctx;

static void load_one(void *ud, const char *id, const char *role, const uint8_t hash[32])
{
    load_ctx *lc = ud;
    int r = sg__role_parse(role ? role : "");
    if (lc->n >= MAX_TOKENS || r < 0 || !id || strlen(id) >= SG_TOKEN_ID_MAX)
        return;
    tok *t = &lc->toks[lc->n++];
    snprintf(t->id, sizeof t->id, "%s", id);
    t->role = r;
    memcpy(t->hash, hash, 32);
}

static int auth_reload(sg__auth *a)
{
    load_ctx lc = { calloc(MAX_TOKENS, sizeof(tok)), 0 };
    if (!lc.toks)
        return SG_ENOMEM;
    int rc = a->store->ops->token_each(a->store, load_one, &lc);
    if (rc) {
        free(lc.toks);
        return rc;
    }
    pthread_rwlock_wrlock(&a->lock);
    free(a->toks);
    a->toks = lc.toks;
    a->n = lc.n;
    pthread_rwlock_unlock(&a->lock);
    return 0;
}

int sg__auth_new(sg__store *store, sg__auth **out)
{
    sg__auth *a = calloc(1, sizeof *a);
    if (!a)
        return SG_ENOMEM;
    a->store = store;
    pthread_rwlock_init(&a->lock, NULL);
    pthread_mutex_init(&a->reload_mu, NULL);
    int rc = auth_reload(a);
    if (rc) {
        sg__auth_free(a);
        return rc;
    }
    a->last_reload_ms = mono_ms();
    *out = a;
    return 0;
}

void sg__auth_free(sg__auth *a)
{
    if (!a)
        return;
    free(a->toks);
    pthread_rwlock_destroy(&a->lock);
    pthread_mutex_destroy(&a->reload_mu);
    free(a);
}

/* Compares h with every stored hash; no branch depends on the bytes. */
static int lookup(sg__auth *a, const uint8_t h[32], int *role, char id[SG_TOKEN_ID_MAX])
{
    int found = -1;
    pthread_rwlock_rdlock(&a->lock);
    for (size_t i = 0; i < a->n; i++) {
        unsigned diff = 0;
        for (int k = 0; k < 32; k++)
            diff |= (unsigned)(a->toks[i].hash[k] ^ h[k]);
        /* mask is all ones when diff == 0 */
        int mask = -(int)((diff - 1u) >> 31 & 1u);
        found = (found & ~mask) | ((int)i & mask);
    }
    if (found >= 0) {
        *role = a->toks[found].role;
        memcpy(id, a->toks[found].id, SG_TOKEN_ID_MAX);
    }
    pthread_rwlock_unlock(&a->lock);
    return found >= 0 ? 0 : SG_EAUTH;
}

int sg__auth_check(sg__auth *a, const char *token, size_t len, int *role, char id[SG_TOKEN_ID_MAX])
{
    uint8_t h[32];
    if (!token || len < 8 || len > 256)
        return SG_EAUTH;
    sg__sha256(token, len, h);
    if (!lookup(a, h, role, id))
        return 0;
    /* Unknown: maybe created since we loaded. Reload at most every 100 ms. */
    pthread_mutex_lock(&a->reload_mu);
    int64_t now = mono_ms();
    bool reload = now - a->last_reload_ms >= 100;
    if (reload)
        a->last_reload_ms = now;
    pthread_mutex_unlock(&a->reload_mu);
    if (reload && !auth_reload(a))
        return lookup(a, h, role, id);
    return SG_EAUTH;
}

/* ------------------------------------------------------------------------
 * streamguard token create --role ROLE --data DIR
 * ---------------------------------------------------------------------- */

static void b64url(const uint8_t *in, size_t n, char *out)
{
    static const char tbl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    size_t o = 0, i = 0;
    for (; i + 2 < n; i += 3) {
        uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2];
        out[o++] = tbl[v >> 18 & 63];
        out[o++] = tbl[v >> 12 & 63];
        out[o++] = tbl[v >> 6 & 63];
        out[o++] = tbl[v & 63];
    }
    if (n - i == 2) {
        uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8;
        out[o++] = tbl[v >> 18 & 63];
        out[o++] = tbl[v >> 12 & 63];
        out[o++] = tbl[v >> 6 & 63];
    } else if (n - i == 1) {
        uint32_t v = (uint32_t)in[i] << 16;
        out[o++] = tbl[v >> 18 & 63];
        out[o++] = tbl[v >> 12 & 63];
    }
    out[o] = 0;
}

static int fill_random(void *buf, size_t n)
{
    size_t got = 0;
    while (got < n) {
        ssize_t r = getrandom((char *)buf + got, n - got, 0);
        if (r < 0)
            return SG_EIO;
        got += (size_t)r;
    }
    return 0;
}

static void usage(void)
{
    fprintf(stderr, "usage: streamguard token create --role ingest|moderator|admin --data DIR\n"
                    "       streamguard token create --role family --broadcaster ID --data DIR\n"
                    "       streamguard token list --data DIR\n"
                    "Prints a new token once; only its SHA-256 hash is stored in DIR.\n");
}

static void list_one(void *ud, const char *id, const char *role, const uint8_t hash[32])
{
    (void)ud;
    (void)hash;
    printf("%s\t%s\n", id, role);
}

int sg_cmd_token(int argc, char **argv)
{
    const char *role = NULL, *data = NULL, *broadcaster = NULL;
    sg__store *store = NULL;
    char err[256] = "";
    int rc = 2;
    if (argc < 2 || (strcmp(argv[1], "create") && strcmp(argv[1], "list"))) {
        usage();
        return 2;
    }
    bool create = !strcmp(argv[1], "create");
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--role") && i + 1 < argc)
            role = argv[++i];
        else if (!strcmp(argv[i], "--data") && i + 1 < argc)
            data = argv[++i];
        else if (!strcmp(argv[i], "--broadcaster") && i + 1 < argc)
            broadcaster = argv[++i];
        else {
            usage();
            return 2;
        }
    }
    if (!data || (create && !role)) {
        usage();
        return 2;
    }
    if (create && sg__role_parse(role) < 0) {
        fprintf(stderr, "streamguard token: unknown role '%s' (ingest, moderator, admin, family)\n",
                role);
        return 2;
    }
    /* a family token reads one child's digest: it names the child */
    if (broadcaster && (!*broadcaster || strlen(broadcaster) >= SG_MAX_ID_BYTES)) {
        fprintf(stderr, "streamguard token: --broadcaster must be a broadcaster id\n");
        return 2;
    }
    if (create && !strcmp(role, "family") && !broadcaster)
        fprintf(stderr, "streamguard token: warning: a family token without --broadcaster ID "
                        "can read no digest\n");
    if (create && broadcaster && strcmp(role, "family")) {
        fprintf(stderr, "streamguard token: --broadcaster applies to --role family only\n");
        return 2;
    }
    if (sg__store_sqlite_open(data, true, &store, err, sizeof err)) {
        fprintf(stderr, "streamguard token: %s\n", err);
        return 1;
    }
    if (!create) {
        rc = store->ops->token_each(store, list_one, NULL) ? 1 : 0;
        goto out;
    }
    uint8_t idb[4], secret[32], hash[32];
    char id[SG_TOKEN_ID_MAX], sec[48], token[80];
    for (int attempt = 0; attempt < 5; attempt++) {
        if (fill_random(idb, sizeof idb) || fill_random(secret, sizeof secret)) {
            fprintf(stderr, "streamguard token: no randomness available\n");
            rc = 1;
            goto out;
        }
        snprintf(id, sizeof id, "t-%02x%02x%02x%02x", idb[0], idb[1], idb[2], idb[3]);
        b64url(secret, sizeof secret, sec);
        snprintf(token, sizeof token, "sgt_%s_%s", id + 2, sec);
        sg__sha256(token, strlen(token), hash);
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        int r = store->ops->token_add(store, id, role, hash,
                                      (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000);
        if (r == SG_EEXISTS)
            continue;
        if (!r && broadcaster)
            r = store->ops->token_set_scope(store, id, broadcaster);
        if (r) {
            fprintf(stderr, "streamguard token: cannot store the token: %s\n", sg_strerror(r));
            rc = 1;
            goto out;
        }
        printf("%s\n", token);
        fprintf(stderr, "created token %s with role %s%s%s (shown once; only its hash is stored)\n",
                id, role, broadcaster ? " for broadcaster " : "", broadcaster ? broadcaster : "");
        rc = 0;
        goto out;
    }
    fprintf(stderr, "streamguard token: could not pick a unique id\n");
    rc = 1;
out:
    if (store)
        store->ops->close(store);
    explicit_bzero(secret, sizeof secret);
    explicit_bzero(token, sizeof token);
    return rc;
}
