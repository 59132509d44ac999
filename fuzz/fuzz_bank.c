/* fuzz_bank.c — libFuzzer driver for the bank importer (plain lists,
 * CSV/TSV exports) and the snapshot loader (inputs starting "SGHDBv01"):
 * whatever the input, a load either succeeds or fails with an error
 * message, never crashes; what was loaded can be indexed and queried. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
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
    bool snapshot = size >= 16 && memcmp(data, "SGHDBv01", 8) == 0;
    int n;
    if (snapshot) {
        /* give the mutated snapshot a valid checksum so that the structural
         * checks behind it get exercised */
        uint8_t *copy = malloc(size);
        if (!copy) {
            sg_hashdb_free(db);
            return 0;
        }
        memcpy(copy, data, size);
        uint64_t sum = 1469598103934665603ull;
        for (size_t i = 0; i + 8 < size; i++) {
            sum ^= copy[i];
            sum *= 1099511628211ull;
        }
        memcpy(copy + size - 8, &sum, 8);
        n = sg_hashdb_load_mem(db, copy, size, "fuzz.snap", err, sizeof err);
        free(copy);
    } else {
        n = sg_hashdb_import_mem(db, "fuzz", (const char *)data, size, "fuzz.txt", err, sizeof err);
    }
    if (n < 0 && !err[0])
        __builtin_trap(); /* every failure must say why */
    if (n < 0 && sg_hashdb_size(db) != 0)
        __builtin_trap(); /* all or nothing */
    if (n > 0 && !snapshot) {
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
    if (n > 0 && snapshot) {
        sg_pdq_hash q;
        memset(&q, 0, sizeof q);
        sg_match m[8];
        sg_hashdb_query_ex(db, &q, 1, 256, -1, 0, m, 8);
    }
    sg_hashdb_free(db);
    return 0;
}
