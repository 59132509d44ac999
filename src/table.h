/* table.h — a bounded hash table of fixed-size records keyed by 64-bit
 * hashes, with least-recently-touched order (internal).
 *
 * Every piece of engine state (conversations, streams, users, open alerts)
 * lives in one of these. The table owns a slab of records of one size, an
 * open-addressing index (linear probing, backward-shift deletion, load
 * factor <= 1/2) and an intrusive doubly-linked list in touch order. It
 * never holds more than `max` records: inserting into a full table evicts
 * the least recently touched one first (the caller is told, so it can
 * release what the record points to). Time is the caller's event time;
 * the table never reads a clock.
 *
 * Memory: slab = cap * (record size + 24 bytes of links/key), index = 2 *
 * cap * 8 bytes (slot number + a 32-bit tag of the key, so probing for an
 * absent key never reads the slab), the index rounded up to a power of
 * two. Both grow by doubling up to `max`, never beyond. */
#ifndef SG_TABLE_H
#define SG_TABLE_H

#include <stddef.h>
#include <stdint.h>

typedef void (*sg__table_evict_fn)(void *ud, uint64_t key, void *rec);

typedef struct sg__table_ient {
    uint32_t n;   /* record number + 1, 0 = empty */
    uint32_t tag; /* low 32 bits of the key's mixed hash (see table.c) */
} sg__table_ient;

typedef struct sg__table {
    size_t rec_size;  /* caller's record size */
    size_t slot_size; /* rec_size + header, aligned */
    size_t max;       /* hard cap on records */
    size_t count;
    size_t cap; /* records allocated in the slab */
    unsigned char *slab;
    sg__table_ient *index; /* >= 2*cap entries, a power of two */
    size_t index_mask;
    uint32_t free_head;          /* free list through the header, 0 = none */
    uint32_t used_top;           /* records [1, used_top] have been handed out */
    uint32_t lru_head, lru_tail; /* most / least recently touched */
    uint32_t pending;            /* found by upsert, not yet moved to the head (table.c) */
    sg__table_evict_fn on_evict;
    void *ud;
} sg__table;

void sg__table_init(sg__table *t, size_t rec_size, size_t max, sg__table_evict_fn on_evict,
                    void *ud);
void sg__table_free(sg__table *t);

/* Finds the record for key; NULL if absent. Does not change touch order. */
void *sg__table_get(sg__table *t, uint64_t key);
/* Finds or creates (zero-filled) the record for key and marks it most
 * recently touched. *created tells which. NULL only on allocation failure. */
void *sg__table_upsert(sg__table *t, uint64_t key, int *created);
/* Marks a record most recently touched. */
void sg__table_touch(sg__table *t, void *rec);
/* Removes key (on_evict is not called). */
void sg__table_remove(sg__table *t, uint64_t key);
/* The least recently touched record and its key, or NULL. */
void *sg__table_oldest(sg__table *t, uint64_t *key);
/* Evicts the least recently touched record (on_evict is called). */
void sg__table_evict_oldest(sg__table *t);
/* Iterates records in least-recently-touched-first order. */
void *sg__table_next(sg__table *t, void *rec, uint64_t *key);
size_t sg__table_bytes(const sg__table *t);

/* Hints for a lookup that comes a little later: sg__table_prefetch starts
 * loading the index entry where key lives (or would); once that has had
 * time to arrive, sg__table_prefetch_rec starts loading key's record, if
 * present. Neither changes anything: they only hide memory latency behind
 * other work (engine.c scans the line in between). */
static inline uint64_t sg__table_pos(uint64_t key)
{
    return (key * 0x9e3779b97f4a7c15ull) >> 16; /* home = low bits, tag = low 32 */
}
static inline void sg__table_prefetch(const sg__table *t, uint64_t key)
{
    if (t->index)
        __builtin_prefetch(&t->index[(size_t)sg__table_pos(key) & t->index_mask]);
}
void sg__table_prefetch_rec(const sg__table *t, uint64_t key);

/* 64-bit hash of a string (wyhash-style mixing of 8-byte words). */
uint64_t sg__hash_str(const char *s, size_t n, uint64_t seed);
static inline uint64_t sg__hash_mix(uint64_t a, uint64_t b)
{
    uint64_t x = a ^ (b + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2));
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x ? x : 1;
}

#endif
