/* table.c — bounded hash table with touch order (see table.h for the idea).
 *
 * Layout: a slab of slots, slot n (1-based) at slab + (n-1)*slot_size. Each
 * slot starts with a header {key, prev, next} followed by the caller's
 * record. The index maps a key to a slot number with linear probing; it is
 * kept at most half full so probes stay short. Removal uses backward-shift
 * deletion, so there are no tombstones and lookups never degrade. Slots
 * freed by removal go on a free list threaded through `next`.
 *
 * Each index entry also holds a 32-bit tag: the bits of the key's mixed
 * hash that the home position is taken from. A probe compares tags and
 * reads a slot's full key only when the tag matches, so looking up a key
 * that is absent (every new conversation) touches the index alone, not one
 * random slot per probe step; and deletion finds an entry's home from its
 * tag without reading the slot. With a million records the slab is far
 * larger than the caches, so each slot read saved is a cache miss saved.
 *
 * Moving a found record to the head of the touch list writes its two list
 * neighbours, which are random slots: two more cache misses per event on a
 * warm conversation (perf: lru_unlink was ~4% of replay on chat where
 * viewers write several lines). So upsert only starts loading the
 * neighbours and remembers the record (`pending`); the move is done by the
 * next call that uses the list, by which time the loads have landed. Every
 * function that reads or changes the list settles `pending` first, so the
 * order callers see is exactly the touch order (test_table checks it
 * against a plain LRU model). Measured alone (bench/ab.sh, replay, quiet
 * machine): ~3% less CPU on both benchmark workloads. */
#include <stdlib.h>
#include <string.h>

#include "table.h"

typedef struct slot_hdr {
    uint64_t key;
    uint32_t prev, next; /* touch list; `next` doubles as free-list link */
    uint32_t live;
    uint32_t pad;
} slot_hdr;

#define HDR_SIZE sizeof(slot_hdr)

/* Bits 16.. of the key times the golden ratio: the home position is the low
 * bits of this, the tag its low 32 bits. */
static inline uint64_t key_pos(uint64_t key)
{
    return sg__table_pos(key);
}

static inline slot_hdr *slot(const sg__table *t, uint32_t n)
{
    return (slot_hdr *)(t->slab + (size_t)(n - 1) * t->slot_size);
}

static inline void *rec_of(slot_hdr *h)
{
    return (unsigned char *)h + HDR_SIZE;
}

static inline slot_hdr *hdr_of(void *rec)
{
    return (slot_hdr *)((unsigned char *)rec - HDR_SIZE);
}

static inline uint32_t slot_no(const sg__table *t, const slot_hdr *h)
{
    return (uint32_t)(((const unsigned char *)h - t->slab) / t->slot_size) + 1;
}

void sg__table_init(sg__table *t, size_t rec_size, size_t max, sg__table_evict_fn on_evict,
                    void *ud)
{
    memset(t, 0, sizeof *t);
    t->rec_size = rec_size;
    t->slot_size = (HDR_SIZE + rec_size + 7) & ~(size_t)7;
    t->max = max ? max : 1;
    t->on_evict = on_evict;
    t->ud = ud;
}

void sg__table_free(sg__table *t)
{
    free(t->slab);
    free(t->index);
    t->slab = NULL;
    t->index = NULL;
    t->count = t->cap = 0;
    t->pending = 0;
}

static size_t index_find(const sg__table *t, uint64_t key, int *found)
{
    uint64_t pos = key_pos(key);
    uint32_t tag = (uint32_t)pos;
    size_t i = (size_t)pos & t->index_mask;
    for (;;) {
        const sg__table_ient *en = &t->index[i];
        if (en->n == 0) {
            *found = 0;
            return i;
        }
        if (en->tag == tag && slot(t, en->n)->key == key) {
            *found = 1;
            return i;
        }
        i = (i + 1) & t->index_mask;
    }
}

/* Home position of an index entry. */
static inline size_t entry_home(const sg__table *t, const sg__table_ient *en)
{
    if (t->index_mask <= UINT32_MAX)
        return (size_t)en->tag & t->index_mask;
    return (size_t)key_pos(slot(t, en->n)->key) & t->index_mask; /* > 4G entries */
}

static int grow(sg__table *t)
{
    size_t ncap = t->cap ? t->cap * 2 : 16;
    if (ncap > t->max)
        ncap = t->max;
    if (ncap <= t->cap)
        return -1;
    unsigned char *slab = realloc(t->slab, ncap * t->slot_size);
    if (!slab)
        return -1;
    t->slab = slab;
    size_t isize = 16;
    while (isize < ncap * 2)
        isize *= 2;
    sg__table_ient *index = calloc(isize, sizeof *index);
    if (!index)
        return -1;
    free(t->index);
    t->index = index;
    t->index_mask = isize - 1;
    t->cap = ncap;
    for (uint32_t n = 1; n <= t->used_top; n++) {
        slot_hdr *h = slot(t, n);
        if (!h->live)
            continue;
        int found;
        size_t i = index_find(t, h->key, &found);
        t->index[i] = (sg__table_ient){ .n = n, .tag = (uint32_t)key_pos(h->key) };
    }
    return 0;
}

static void lru_unlink(sg__table *t, slot_hdr *h)
{
    if (h->prev)
        slot(t, h->prev)->next = h->next;
    else
        t->lru_head = h->next;
    if (h->next)
        slot(t, h->next)->prev = h->prev;
    else
        t->lru_tail = h->prev;
    h->prev = h->next = 0;
}

static void lru_push_head(sg__table *t, slot_hdr *h)
{
    uint32_t n = slot_no(t, h);
    h->prev = 0;
    h->next = t->lru_head;
    if (t->lru_head)
        slot(t, t->lru_head)->prev = n;
    t->lru_head = n;
    if (!t->lru_tail)
        t->lru_tail = n;
}

/* Does the deferred move to the head (see the top of the file). */
static inline void settle(sg__table *t)
{
    uint32_t n = t->pending;
    if (!n)
        return;
    t->pending = 0;
    slot_hdr *h = slot(t, n);
    if (h->live && t->lru_head != n) {
        lru_unlink(t, h);
        lru_push_head(t, h);
    }
}

void *sg__table_get(sg__table *t, uint64_t key)
{
    if (!t->count)
        return NULL;
    int found;
    size_t i = index_find(t, key, &found);
    return found ? rec_of(slot(t, t->index[i].n)) : NULL;
}

static void index_delete(sg__table *t, size_t i)
{
    /* Backward-shift deletion for linear probing. */
    size_t j = i;
    for (;;) {
        j = (j + 1) & t->index_mask;
        sg__table_ient en = t->index[j];
        if (en.n == 0)
            break;
        size_t home = entry_home(t, &en);
        /* Move the entry back to i if its home is not in (i, j]. */
        int in_range = (i <= j) ? (home > i && home <= j) : (home > i || home <= j);
        if (!in_range) {
            t->index[i] = en;
            i = j;
        }
    }
    t->index[i] = (sg__table_ient){ 0, 0 };
}

static void release_slot(sg__table *t, size_t idx, slot_hdr *h)
{
    index_delete(t, idx);
    lru_unlink(t, h);
    h->live = 0;
    h->next = t->free_head;
    t->free_head = slot_no(t, h);
    t->count--;
}

void sg__table_remove(sg__table *t, uint64_t key)
{
    if (!t->count)
        return;
    settle(t);
    int found;
    size_t i = index_find(t, key, &found);
    if (!found)
        return;
    release_slot(t, i, slot(t, t->index[i].n));
}

void sg__table_evict_oldest(sg__table *t)
{
    settle(t);
    if (!t->lru_tail)
        return;
    slot_hdr *h = slot(t, t->lru_tail);
    uint64_t key = h->key;
    if (t->on_evict)
        t->on_evict(t->ud, key, rec_of(h));
    sg__table_remove(t, key);
}

void *sg__table_upsert(sg__table *t, uint64_t key, int *created)
{
    *created = 0;
    if (t->count) {
        int found;
        size_t i = index_find(t, key, &found);
        if (found) {
            uint32_t n = t->index[i].n;
            slot_hdr *h = slot(t, n);
            if (t->pending != n) {
                settle(t);
                if (t->lru_head != n) { /* already first: nothing to move */
                    if (h->prev)
                        __builtin_prefetch(slot(t, h->prev), 1);
                    if (h->next)
                        __builtin_prefetch(slot(t, h->next), 1);
                    t->pending = n;
                }
            }
            return rec_of(h);
        }
    }
    settle(t);
    if (t->count >= t->max)
        sg__table_evict_oldest(t);
    if (!t->free_head && t->used_top >= t->cap && grow(t) != 0)
        return NULL;
    uint32_t n;
    if (t->free_head) {
        n = t->free_head;
        t->free_head = slot(t, n)->next;
    } else {
        n = ++t->used_top;
    }
    slot_hdr *h = slot(t, n);
    memset(h, 0, t->slot_size);
    h->key = key;
    h->live = 1;
    int found;
    size_t i = index_find(t, key, &found);
    t->index[i] = (sg__table_ient){ .n = n, .tag = (uint32_t)key_pos(key) };
    lru_push_head(t, h);
    t->count++;
    *created = 1;
    return rec_of(h);
}

void sg__table_touch(sg__table *t, void *rec)
{
    settle(t);
    slot_hdr *h = hdr_of(rec);
    if (t->lru_head == slot_no(t, h))
        return;
    lru_unlink(t, h);
    lru_push_head(t, h);
}

void *sg__table_oldest(sg__table *t, uint64_t *key)
{
    settle(t);
    if (!t->lru_tail)
        return NULL;
    slot_hdr *h = slot(t, t->lru_tail);
    if (key)
        *key = h->key;
    return rec_of(h);
}

void *sg__table_next(sg__table *t, void *rec, uint64_t *key)
{
    settle(t);
    uint32_t n = rec ? hdr_of(rec)->prev : t->lru_tail;
    if (!n)
        return NULL;
    slot_hdr *h = slot(t, n);
    if (key)
        *key = h->key;
    return rec_of(h);
}

void sg__table_prefetch_rec(const sg__table *t, uint64_t key)
{
    if (!t->count)
        return;
    /* Like index_find, but trusts the tag: reading the slot's key would
     * wait for the very load this starts. */
    uint64_t pos = key_pos(key);
    uint32_t tag = (uint32_t)pos;
    for (size_t i = (size_t)pos & t->index_mask; t->index[i].n; i = (i + 1) & t->index_mask) {
        if (t->index[i].tag == tag) {
            const unsigned char *p = (const unsigned char *)slot(t, t->index[i].n);
            for (size_t off = 0; off < t->slot_size; off += 64)
                __builtin_prefetch(p + off, 1);
            return;
        }
    }
}

size_t sg__table_bytes(const sg__table *t)
{
    return t->cap * t->slot_size + (t->index ? (t->index_mask + 1) * sizeof(sg__table_ient) : 0);
}

uint64_t sg__hash_str(const char *s, size_t n, uint64_t seed)
{
    uint64_t h = seed ^ (n * 0x9e3779b97f4a7c15ull);
    const unsigned char *p = (const unsigned char *)s;
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = sg__hash_mix(h, w);
        p += 8;
        n -= 8;
    }
    uint64_t w = 0;
    memcpy(&w, p, n);
    return sg__hash_mix(h, w ^ ((uint64_t)n << 56));
}
