/* hashdb_int.h — internals shared by the hash-bank store (hashdb.c), its
 * importer (hashdb_import.c) and the multi-index (hashdb_index.c). Internal
 * to streamguard: nothing here is part of the public API. */
#ifndef SG_HASHDB_INT_H
#define SG_HASHDB_INT_H

#include <stddef.h>
#include <stdint.h>

#include "streamguard.h"

/* A hash is kept as 4 x uint64: words[0] holds bytes[0..7] of the
 * sg_pdq_hash big-endian, and so on. Hamming distance is the popcount of
 * the XOR of the four words whatever the order, so the order only has to be
 * the same everywhere. */
void sg__hash_to_words(const sg_pdq_hash *h, uint64_t w[4]);
void sg__words_to_hash(const uint64_t w[4], sg_pdq_hash *h);
/* Parses exactly 64 hex digits into words; 0 or SG_EINVAL. */
int sg__hex_to_words(const char *s, size_t len, uint64_t w[4]);

/* Large arrays: anonymous mmap with transparent huge pages requested.
 * sg__big_alloc returns zeroed memory; free with the size allocated. */
void *sg__big_alloc(size_t bytes);
void *sg__big_realloc(void *p, size_t old, size_t bytes);
void sg__big_free(void *p, size_t bytes);

/* ------------------------------------------------------------------------
 * The multi-index (hashdb_index.c)
 * ---------------------------------------------------------------------- */

#define SG__MIH_MIN_CHUNKS 11
#define SG__MIH_MAX_CHUNKS 32

typedef struct sg__mih_chunk {
    unsigned start; /* first bit (0..255) of the chunk in the 256-bit word array */
    unsigned bits;  /* width, 8..32 */
    uint32_t *off;  /* 2^bits + 1 offsets into ids (CSR) */
    uint32_t *ids;  /* n hash indexes sorted by chunk value */
} sg__mih_chunk;

typedef struct sg__mih_masks {
    unsigned bits, radius; /* all masks of `bits` bits with popcount <= radius */
    uint32_t *mask;
    size_t n;
} sg__mih_masks;

typedef struct sg__mih {
    int m;                                /* number of chunks, 0 = not built */
    size_t n;                             /* hashes indexed: [0, n) */
    sg__mih_chunk ch[SG__MIH_MAX_CHUNKS]; /* narrowest chunks first */
    sg__mih_masks masks[8];               /* cache of probe mask lists */
    size_t nmasks;
    uint32_t *cand; /* candidate scratch, SG__MIH_BATCH */
} sg__mih;

/* Called once per (hash index, query variant) within the radius; a hash may
 * be reported more than once (from several chunks or variants). */
typedef void (*sg__mih_hit_fn)(void *ud, uint32_t idx, int distance, int variant);

/* Chooses the number of chunks for n hashes (auto mode): the count with the
 * lowest modelled cost at radius 31 whose index fits the memory budget. */
int sg__mih_choose_chunks(size_t n);
/* Builds over words[0 .. 4n) with m chunks (0 = auto). Replaces x. */
int sg__mih_build(sg__mih *x, const uint64_t *words, size_t n, int m);
void sg__mih_free(sg__mih *x);
/* Exact radius query for nq hashes (4 words each) against the indexed
 * range. Falls back to a linear scan when probing would cost more. */
int sg__mih_query(sg__mih *x, const uint64_t *words, const uint64_t *q, size_t nq, int radius,
                  sg__mih_hit_fn fn, void *ud);
/* Linear scan of words[lo .. hi) (the not-yet-indexed tail, or brute force). */
void sg__scan(const uint64_t *words, size_t lo, size_t hi, const uint64_t *q, size_t nq, int radius,
              sg__mih_hit_fn fn, void *ud);
size_t sg__mih_bytes(const sg__mih *x);
/* Distance between two word-hashes. */
int sg__words_distance(const uint64_t *a, const uint64_t *b);

/* ------------------------------------------------------------------------
 * The importer (hashdb_import.c) hands staged rows to the store.
 * ---------------------------------------------------------------------- */

typedef struct sg__staged {
    uint64_t w[4];
    uint32_t id, label, source; /* offsets into the staging pool; 0 = none */
    uint32_t line;
} sg__staged;

typedef struct sg__stage {
    sg__staged *rows;
    size_t n, cap;
    char *pool; /* NUL-separated strings; offset 0 is "" */
    size_t pool_len, pool_cap;
} sg__stage;

/* Parses a bank file held in memory; name is used in error messages. On
 * error nothing is staged (the caller frees st) and err names the line. */
int sg__bank_parse(const char *data, size_t len, const char *name, size_t max_rows, size_t max_line,
                   sg__stage *st, char *err, size_t errcap);
/* Commits staged rows to bank (all or nothing). Returns rows added. */
int sg__hashdb_commit(sg_hashdb *db, const char *bank, const char *name, sg__stage *st, char *err,
                      size_t errcap);
void sg__stage_free(sg__stage *st);

#endif
