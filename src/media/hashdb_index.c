/* hashdb_index.c — exact Hamming-radius search over 256-bit hashes by
 * multi-index hashing (MIH) in flat, contiguous arrays.
 *
 * ==== The idea ====
 *
 * Cut the 256 bits into m disjoint chunks. If two hashes differ in at most r
 * bits, the differing bits fall into m chunks, so (pigeonhole) at least one
 * chunk differs in at most floor(r/m) bits. Sharper (Norouzi et al., "Fast
 * Exact Search in Hamming Space with Multi-Index Hashing"): write
 * r = m*s + a with 0 <= a < m; if chunks 0..a all differed by >= s+1 and the
 * other m-a-1 chunks by >= s, the total would be >= m*s + a + 1 > r. So it is
 * enough to probe chunks 0..a at chunk radius s and the others at s-1
 * (skipped when s-1 < 0). For every chunk we keep a table from chunk value
 * to the hashes having that value; a query enumerates every value within
 * the chunk radius of its own chunk value ("probes"), reads those buckets
 * ("candidates") and checks each candidate with a full 256-bit popcount. The
 * result is exact: recall 1.0, no false positives.
 *
 * ==== Layout ====
 *
 * Per chunk, a CSR table: off[2^bits + 1] and ids[n], the hash indexes
 * sorted by chunk value, built with one counting sort (two passes over the
 * hashes, no comparisons): bucket v is ids[off[v] .. off[v+1]). The hashes
 * themselves stay in the store's array of 4 x uint64, so the index costs
 * 4*m bytes per hash plus 4*2^bits per chunk, and a candidate check touches
 * one 32-byte line. Chunks are filled narrowest first and the narrow ones
 * take the larger chunk radius, since a probe list grows with the width.
 *
 * ==== Choosing m ====
 *
 * Cost per query ~ probes (one random read of off[]) + candidates (one
 * random read of a hash); with n hashes and b-bit chunks a probe yields
 * n / 2^b candidates on random data. Wide chunks mean few candidates but
 * many probes and big off[] tables; narrow chunks the reverse. The best b is
 * near log2(n) (1M: ~20 bits, 10M: ~21-22 bits); sg__mih_choose_chunks()
 * evaluates the model at radius 31 for m = 8..32 under a memory budget
 * (max(16 MB, 80 bytes per hash) for the index) and keeps the cheapest.
 * bench/bench_index.c measures the alternatives.
 *
 * ==== Costs and limits ====
 *
 * Build: O(m * (n + 2^bits)) time, no allocation beyond the tables and a
 * cursor array. Query: sum over chunks of C(bits, <=s) probes. Large radii
 * make the probe lists explode; when the modelled probe cost exceeds a
 * quarter of n the query scans all hashes linearly instead (still exact).
 * Real PDQ hashes are less uniform than random ones: their buckets are
 * uneven and a query yields more candidates than the model says.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "media/hashdb_int.h"

#define BATCH       4096 /* candidates checked per batch */
#define SPAN_BLOCK  512  /* probes resolved to buckets per block */
#define AHEAD_OFF   16   /* prefetch distances: off[] lookups, */
#define AHEAD_IDS   16   /* bucket reads, */
#define AHEAD_WORDS 24   /* candidate hashes */
#define MAX_MASKS   (1u << 20)
#define MIN_BITS    8
#define MAX_BITS    24

/* ==== popcount with and without the instruction ==== */

static inline __attribute__((always_inline)) int dist4(const uint64_t *a, const uint64_t *b)
{
    return __builtin_popcountll(a[0] ^ b[0]) + __builtin_popcountll(a[1] ^ b[1]) +
           __builtin_popcountll(a[2] ^ b[2]) + __builtin_popcountll(a[3] ^ b[3]);
}

int sg__words_distance(const uint64_t *a, const uint64_t *b)
{
    return dist4(a, b);
}

static inline __attribute__((always_inline)) uint32_t chunk_key(const uint64_t *w, unsigned start,
                                                                unsigned bits)
{
    unsigned wi = start >> 6, sh = start & 63;
    uint64_t v = w[wi] >> sh;
    if (sh + bits > 64)
        v |= w[wi + 1] << (64 - sh);
    return (uint32_t)(v & ((bits >= 64 ? 0 : (1ull << bits)) - 1));
}

/* ==== chunk geometry ==== */

/* Widths of m chunks covering 256 bits, narrowest first. */
static void chunk_widths(int m, unsigned *bits)
{
    unsigned base = 256u / (unsigned)m, extra = 256u % (unsigned)m;
    for (int i = 0; i < m; i++)
        bits[i] = base + ((unsigned)i >= (unsigned)m - extra ? 1u : 0u);
}

/* Chunk radius for chunk i of m at query radius r (-1: not probed). */
static int chunk_radius(int m, int r, int i)
{
    int s = r / m, a = r % m;
    return i <= a ? s : s - 1;
}

static double binom_sum(unsigned n, int s)
{
    double total = 0, c = 1;
    for (int k = 0; k <= s && k <= (int)n; k++) {
        total += c;
        c = c * (double)(n - (unsigned)k) / (double)(k + 1);
    }
    return s < 0 ? 0 : total;
}

static double model_cost(int m, size_t n, int r, double *index_bytes)
{
    unsigned bits[SG__MIH_MAX_CHUNKS];
    chunk_widths(m, bits);
    double cost = 0, bytes = 4.0 * (double)m * (double)n;
    for (int i = 0; i < m; i++) {
        double probes = binom_sum(bits[i], chunk_radius(m, r, i));
        cost += probes * (1.0 + (double)n / (double)(1ull << bits[i]));
        bytes += 4.0 * (double)((1ull << bits[i]) + 1);
    }
    if (index_bytes)
        *index_bytes = bytes;
    return cost;
}

int sg__mih_choose_chunks(size_t n)
{
    double budget = 80.0 * (double)n;
    if (budget < 16.0 * 1024 * 1024)
        budget = 16.0 * 1024 * 1024;
    int best = 16;
    double best_cost = -1;
    for (int m = SG__MIH_MIN_CHUNKS; m <= SG__MIH_MAX_CHUNKS; m++) {
        if (256 / m > MAX_BITS || (256 + m - 1) / m > MAX_BITS)
            continue;
        double bytes;
        double cost = model_cost(m, n, 31, &bytes);
        if (bytes > budget)
            continue;
        if (best_cost < 0 || cost < best_cost) {
            best_cost = cost;
            best = m;
        }
    }
    return best;
}

/* ==== build ==== */

/* ==== big arrays: mmap'd, with transparent huge pages requested ====
 *
 * The index and the hash array are read at random; with 4 KB pages nearly
 * every candidate check also misses the TLB. 2 MB pages (when the kernel's
 * THP is in "madvise" or "always" mode) remove most of those misses. */

#define HUGE_MIN (2u << 20)

static void advise_huge(void *p, size_t bytes)
{
#ifdef MADV_HUGEPAGE
    if (bytes >= HUGE_MIN)
        madvise(p, bytes, MADV_HUGEPAGE);
#else
    (void)p;
    (void)bytes;
#endif
}

void *sg__big_alloc(size_t bytes)
{
    if (bytes == 0)
        bytes = 1;
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    advise_huge(p, bytes);
    return p;
}

void *sg__big_realloc(void *p, size_t old, size_t bytes)
{
    if (!p)
        return sg__big_alloc(bytes);
    void *q = mremap(p, old ? old : 1, bytes ? bytes : 1, MREMAP_MAYMOVE);
    if (q == MAP_FAILED)
        return NULL;
    advise_huge(q, bytes);
    return q;
}

void sg__big_free(void *p, size_t bytes)
{
    if (p)
        munmap(p, bytes ? bytes : 1);
}

static size_t off_bytes(unsigned bits)
{
    return (((size_t)1 << bits) + 1) * sizeof(uint32_t);
}

void sg__mih_free(sg__mih *x)
{
    for (int i = 0; i < SG__MIH_MAX_CHUNKS; i++) {
        sg__big_free(x->ch[i].off, off_bytes(x->ch[i].bits));
        sg__big_free(x->ch[i].ids, x->n * sizeof(uint32_t));
    }
    for (size_t i = 0; i < x->nmasks; i++)
        free(x->masks[i].mask);
    free(x->cand);
    memset(x, 0, sizeof *x);
}

/* Sorts ids by chunk value with a two-pass LSD radix sort (stable, so each
 * bucket lists its hashes in insertion order) and fills off[]. Reads the
 * hashes once, sequentially; scatters go to at most 4096 streams at a time,
 * which the caches absorb, unlike one random write per hash. */
static void build_chunk(sg__mih_chunk *ch, const uint64_t *words, size_t n, uint32_t *keys,
                        uint32_t *tkeys, uint32_t *tids)
{
    uint32_t count[4097];
    unsigned lo_bits = (ch->bits + 1) / 2, hi_bits = ch->bits - lo_bits;
    uint32_t lo_mask = (1u << lo_bits) - 1;
    for (size_t i = 0; i < n; i++)
        keys[i] = chunk_key(words + 4 * i, ch->start, ch->bits);
    /* pass 1: low digit, keys/identity -> tkeys/tids */
    memset(count, 0, sizeof count);
    for (size_t i = 0; i < n; i++)
        count[(keys[i] & lo_mask) + 1]++;
    for (size_t d = 0; d < ((size_t)1 << lo_bits); d++)
        count[d + 1] += count[d];
    for (size_t i = 0; i < n; i++) {
        uint32_t pos = count[keys[i] & lo_mask]++;
        tkeys[pos] = keys[i];
        tids[pos] = (uint32_t)i;
    }
    /* pass 2: high digit, tkeys/tids -> keys/ids */
    memset(count, 0, sizeof count);
    for (size_t i = 0; i < n; i++)
        count[(tkeys[i] >> lo_bits) + 1]++;
    for (size_t d = 0; d < ((size_t)1 << hi_bits); d++)
        count[d + 1] += count[d];
    for (size_t i = 0; i < n; i++) {
        uint32_t pos = count[tkeys[i] >> lo_bits]++;
        keys[pos] = tkeys[i];
        ch->ids[pos] = tids[i];
    }
    /* offsets: keys are sorted now, so this walks off[] once, in order */
    for (size_t i = 0; i < n; i++)
        ch->off[keys[i] + 1]++;
    size_t nb = (size_t)1 << ch->bits;
    for (size_t v = 0; v < nb; v++)
        ch->off[v + 1] += ch->off[v];
}

int sg__mih_build(sg__mih *x, const uint64_t *words, size_t n, int m)
{
    int rc = 0;
    uint32_t *keys = NULL, *tkeys = NULL, *tids = NULL;
    size_t tmp_bytes = (n ? n : 1) * sizeof(uint32_t);
    sg__mih nx;
    memset(&nx, 0, sizeof nx);
    if (n > UINT32_MAX - 1)
        return SG_ELIMIT;
    if (m == 0)
        m = sg__mih_choose_chunks(n);
    if (m < SG__MIH_MIN_CHUNKS || m > SG__MIH_MAX_CHUNKS || (256 + m - 1) / m > MAX_BITS)
        return SG_EINVAL;
    unsigned bits[SG__MIH_MAX_CHUNKS];
    chunk_widths(m, bits);
    nx.m = m;
    nx.n = n;
    nx.cand = malloc(BATCH * sizeof *nx.cand);
    keys = sg__big_alloc(tmp_bytes);
    tkeys = sg__big_alloc(tmp_bytes);
    tids = sg__big_alloc(tmp_bytes);
    if (!nx.cand || !keys || !tkeys || !tids) {
        rc = SG_ENOMEM;
        goto out;
    }
    unsigned start = 0;
    for (int c = 0; c < m; c++) {
        sg__mih_chunk *ch = &nx.ch[c];
        ch->start = start;
        ch->bits = bits[c];
        start += bits[c];
        ch->off = sg__big_alloc(off_bytes(ch->bits)); /* zeroed */
        ch->ids = sg__big_alloc(n * sizeof(uint32_t));
        if (!ch->off || !ch->ids) {
            rc = SG_ENOMEM;
            goto out;
        }
        build_chunk(ch, words, n, keys, tkeys, tids);
    }
    sg__mih_free(x);
    *x = nx;
    memset(&nx, 0, sizeof nx);
out:
    sg__big_free(keys, tmp_bytes);
    sg__big_free(tkeys, tmp_bytes);
    sg__big_free(tids, tmp_bytes);
    sg__mih_free(&nx);
    return rc;
}

size_t sg__mih_bytes(const sg__mih *x)
{
    size_t b = 0;
    for (int i = 0; i < x->m; i++)
        b += (((size_t)1 << x->ch[i].bits) + 1 + x->n) * sizeof(uint32_t);
    for (size_t i = 0; i < x->nmasks; i++)
        b += x->masks[i].n * sizeof(uint32_t);
    return b + (x->cand ? BATCH * sizeof(uint32_t) : 0);
}

/* ==== probe masks: every `bits`-bit value with popcount <= radius ==== */

static const sg__mih_masks *get_masks(sg__mih *x, unsigned bits, int radius)
{
    for (size_t i = 0; i < x->nmasks; i++)
        if (x->masks[i].bits == bits && x->masks[i].radius == (unsigned)radius)
            return &x->masks[i];
    double total = binom_sum(bits, radius);
    if (total > MAX_MASKS)
        return NULL;
    if (x->nmasks == sizeof x->masks / sizeof x->masks[0]) {
        /* evict the oldest entry */
        free(x->masks[0].mask);
        memmove(&x->masks[0], &x->masks[1], (x->nmasks - 1) * sizeof x->masks[0]);
        x->nmasks--;
    }
    uint32_t *mask = malloc((size_t)total * sizeof *mask);
    if (!mask)
        return NULL;
    size_t n = 0;
    /* enumerate by weight: combinations of k positions, k = 0..radius */
    for (int k = 0; k <= radius && k <= (int)bits; k++) {
        unsigned pos[32];
        for (int i = 0; i < k; i++)
            pos[i] = (unsigned)i;
        for (;;) {
            uint32_t v = 0;
            for (int i = 0; i < k; i++)
                v |= 1u << pos[i];
            mask[n++] = v;
            int i = k - 1;
            while (i >= 0 && pos[i] == bits - (unsigned)(k - i))
                i--;
            if (i < 0)
                break;
            pos[i]++;
            for (int j = i + 1; j < k; j++)
                pos[j] = pos[j - 1] + 1;
        }
    }
    sg__mih_masks *e = &x->masks[x->nmasks++];
    e->bits = bits;
    e->radius = (unsigned)radius;
    e->mask = mask;
    e->n = n;
    return e;
}

/* ==== query kernels, compiled with and without the popcnt instruction ==== */

static inline __attribute__((always_inline)) void scan_body(const uint64_t *words, size_t lo,
                                                            size_t hi, const uint64_t *q, size_t nq,
                                                            int radius, sg__mih_hit_fn fn, void *ud)
{
    for (size_t i = lo; i < hi; i++) {
        const uint64_t *w = words + 4 * i;
        for (size_t v = 0; v < nq; v++) {
            int d = dist4(w, q + 4 * v);
            if (d <= radius)
                fn(ud, (uint32_t)i, d, (int)v);
        }
    }
}

static inline __attribute__((always_inline)) void
verify_body(const uint64_t *words, const uint32_t *cand, size_t nc, const uint64_t *q, int radius,
            int variant, sg__mih_hit_fn fn, void *ud)
{
    for (size_t j = 0; j < nc; j++) {
        if (j + AHEAD_WORDS < nc)
            __builtin_prefetch(words + 4 * (size_t)cand[j + AHEAD_WORDS]);
        int d = dist4(words + 4 * (size_t)cand[j], q);
        if (d <= radius)
            fn(ud, cand[j], d, variant);
    }
}

/* Probes one chunk for one query hash. Three phases per block of probes,
 * each prefetching well ahead so that the random reads (off[], the bucket,
 * the candidate's hash) overlap instead of waiting one after another:
 * resolve probe values to bucket spans, gather bucket ids, verify. */
static inline __attribute__((always_inline)) void
probe_body(sg__mih *x, const sg__mih_chunk *ch, const sg__mih_masks *mk, const uint64_t *words,
           const uint64_t *qw, int radius, int variant, sg__mih_hit_fn fn, void *ud)
{
    uint32_t key = chunk_key(qw, ch->start, ch->bits);
    const uint32_t *mask = mk->mask;
    const uint32_t *off = ch->off, *ids = ch->ids;
    size_t nm = mk->n, nc = 0;
    uint32_t span_lo[SPAN_BLOCK], span_hi[SPAN_BLOCK];
    for (size_t i = 0; i < AHEAD_OFF && i < nm; i++)
        __builtin_prefetch(off + (key ^ mask[i]));
    for (size_t blk = 0; blk < nm; blk += SPAN_BLOCK) {
        size_t end = blk + SPAN_BLOCK < nm ? blk + SPAN_BLOCK : nm, ns = 0;
        for (size_t i = blk; i < end; i++) {
            if (i + AHEAD_OFF < nm)
                __builtin_prefetch(off + (key ^ mask[i + AHEAD_OFF]));
            uint32_t v = key ^ mask[i];
            uint32_t lo = off[v], hi = off[v + 1];
            span_lo[ns] = lo;
            span_hi[ns] = hi;
            ns += lo < hi;
        }
        for (size_t j = 0; j < AHEAD_IDS && j < ns; j++)
            __builtin_prefetch(ids + span_lo[j]);
        for (size_t j = 0; j < ns; j++) {
            if (j + AHEAD_IDS < ns)
                __builtin_prefetch(ids + span_lo[j + AHEAD_IDS]);
            uint32_t lo = span_lo[j], hi = span_hi[j];
            while (lo < hi) {
                uint32_t take = hi - lo;
                if (take > BATCH - nc)
                    take = (uint32_t)(BATCH - nc);
                memcpy(x->cand + nc, ids + lo, take * sizeof *x->cand);
                nc += take;
                lo += take;
                if (nc == BATCH) {
                    verify_body(words, x->cand, nc, qw, radius, variant, fn, ud);
                    nc = 0;
                }
            }
        }
    }
    verify_body(words, x->cand, nc, qw, radius, variant, fn, ud);
}

static inline __attribute__((always_inline)) void
query_body(sg__mih *x, const sg__mih_masks *const *mk, const uint64_t *words, const uint64_t *q,
           size_t nq, int radius, sg__mih_hit_fn fn, void *ud)
{
    for (size_t v = 0; v < nq; v++)
        for (int c = 0; c < x->m; c++)
            if (mk[c])
                probe_body(x, &x->ch[c], mk[c], words, q + 4 * v, radius, (int)v, fn, ud);
}

__attribute__((target("popcnt"))) static void
query_popcnt(sg__mih *x, const sg__mih_masks *const *mk, const uint64_t *words, const uint64_t *q,
             size_t nq, int radius, sg__mih_hit_fn fn, void *ud)
{
    query_body(x, mk, words, q, nq, radius, fn, ud);
}

static void query_plain(sg__mih *x, const sg__mih_masks *const *mk, const uint64_t *words,
                        const uint64_t *q, size_t nq, int radius, sg__mih_hit_fn fn, void *ud)
{
    query_body(x, mk, words, q, nq, radius, fn, ud);
}

__attribute__((target("popcnt"))) static void scan_popcnt(const uint64_t *words, size_t lo,
                                                          size_t hi, const uint64_t *q, size_t nq,
                                                          int radius, sg__mih_hit_fn fn, void *ud)
{
    scan_body(words, lo, hi, q, nq, radius, fn, ud);
}

static void scan_plain(const uint64_t *words, size_t lo, size_t hi, const uint64_t *q, size_t nq,
                       int radius, sg__mih_hit_fn fn, void *ud)
{
    scan_body(words, lo, hi, q, nq, radius, fn, ud);
}

static int have_popcnt(void)
{
    static int cached = -1;
    if (cached < 0) {
        __builtin_cpu_init();
        cached = __builtin_cpu_supports("popcnt") ? 1 : 0;
    }
    return cached;
}

void sg__scan(const uint64_t *words, size_t lo, size_t hi, const uint64_t *q, size_t nq, int radius,
              sg__mih_hit_fn fn, void *ud)
{
    if (lo >= hi || nq == 0 || radius < 0)
        return;
    if (have_popcnt())
        scan_popcnt(words, lo, hi, q, nq, radius, fn, ud);
    else
        scan_plain(words, lo, hi, q, nq, radius, fn, ud);
}

int sg__mih_query(sg__mih *x, const uint64_t *words, const uint64_t *q, size_t nq, int radius,
                  sg__mih_hit_fn fn, void *ud)
{
    if (radius < 0 || nq == 0 || x->n == 0)
        return 0;
    if (x->m == 0)
        return SG_ESTATE;
    const sg__mih_masks *mk[SG__MIH_MAX_CHUNKS];
    double cost = 0;
    bool linear = radius >= 256;
    for (int c = 0; c < x->m && !linear; c++) {
        int s = chunk_radius(x->m, radius, c);
        double probes = binom_sum(x->ch[c].bits, s);
        cost += probes * (1.0 + (double)x->n / (double)(1ull << x->ch[c].bits));
        if (probes > MAX_MASKS)
            linear = true;
    }
    if (linear || cost > (double)x->n) {
        /* a full scan is cheaper (or the probe lists too long): still exact */
        sg__scan(words, 0, x->n, q, nq, radius, fn, ud);
        return 0;
    }
    /* copies, not pointers into the cache: a lookup may evict entries */
    sg__mih_masks lists[SG__MIH_MAX_CHUNKS];
    for (int c = 0; c < x->m; c++) {
        int s = chunk_radius(x->m, radius, c);
        mk[c] = NULL;
        if (s < 0)
            continue;
        const sg__mih_masks *e = get_masks(x, x->ch[c].bits, s);
        if (!e) {
            sg__scan(words, 0, x->n, q, nq, radius, fn, ud);
            return 0;
        }
        lists[c] = *e;
        mk[c] = &lists[c];
    }
    if (have_popcnt())
        query_popcnt(x, mk, words, q, nq, radius, fn, ud);
    else
        query_plain(x, mk, words, q, nq, radius, fn, ud);
    return 0;
}
