/* fuzz_bank.c — libFuzzer driver for the bank importer (plain lists,
 * CSV/TSV exports): whatever the input, an import either succeeds or fails
 * with an error message, never crashes; what was imported can be indexed
 * and queried. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "streamguard.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sg_hashdb *db;
    sg_hashdb_config cfg;
    char err[256];
    if (sg_hashdb_new(&db) != 0)
        return 0;
    sg_hashdb_config_init(&cfg);
    cfg.max_hashes = 4096;
    cfg.max_line = 4096;
    cfg.quarantine_matches = 2;
    sg_hashdb_configure(db, &cfg);
    err[0] = '\0';
    int n = sg_hashdb_import_mem(db, "fuzz", (const char *)data, size, "fuzz.txt", err, sizeof err);
    if (n < 0 && !err[0])
        __builtin_trap(); /* every failure must say why */
    if (n > 0) {
        if ((size_t)n != sg_hashdb_size(db))
            __builtin_trap();
        /* a second import of the same input adds nothing */
        if (sg_hashdb_import_mem(db, "fuzz", (const char *)data, size, "fuzz.txt", err,
                                 sizeof err) != 0)
            __builtin_trap();
        sg_hashdb_build(db);
        sg_pdq_hash q[2];
        memset(q, 0, sizeof q);
        memcpy(q[0].bytes, data, size < 32 ? size : 32);
        sg_match m[8];
        for (int i = 0; i < 4; i++)
            sg_hashdb_query_ex(db, q, 2, 31 + 20 * i, -1, i, m, 8);
        sg_hashdb_stats st;
        sg_hashdb_get_stats(db, &st);
    }
    sg_hashdb_free(db);
    return 0;
}
