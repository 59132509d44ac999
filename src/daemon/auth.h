/* auth.h — bearer tokens for the daemon: roles, the in-memory table of
 * token hashes, constant-time checks (token.c).
 *
 * A token is "sgt_<8 hex id>_<43 base64url chars of 32 random bytes>". The
 * store keeps only SHA-256(token), the id and the role. A check hashes the
 * presented token and compares it with EVERY stored hash without an early
 * exit, so the time taken does not depend on which bytes match. Tokens are
 * never logged; the id ("t-<8 hex>") is what the audit log and logs show. */
#ifndef SG_DAEMON_AUTH_H
#define SG_DAEMON_AUTH_H

#include <stddef.h>

#include "daemon/store.h"

enum {
    SG_ROLE_INGEST = 1,
    SG_ROLE_MODERATOR = 2,
    SG_ROLE_ADMIN = 4,
    SG_ROLE_FAMILY = 8, /* reserved: no endpoint accepts it yet */
};

#define SG_TOKEN_ID_MAX 16

typedef struct sg__auth sg__auth;

int sg__auth_new(sg__store *store, sg__auth **out);
void sg__auth_free(sg__auth *a);
/* 0 and *role/id filled for a known token; SG_EAUTH otherwise. Unknown
 * tokens trigger a reload of the table from the store at most every
 * 100 ms, so tokens created while the daemon runs are accepted. */
int sg__auth_check(sg__auth *a, const char *token, size_t len, int *role, char id[SG_TOKEN_ID_MAX]);
const char *sg__role_name(int role);
int sg__role_parse(const char *name);

#endif
