/* bench_index.c — the hash match index: build time, memory, queries/s at
 * radius 31 against brute-force popcount in the same run, and a recall check.
 *
 * usage: bench_index [--chunks M] [--queries Q] [--radius R] [--clustered]
 *                    [--quarantine] [N...]
 *   N defaults to 1000000; pass 10000000 for the 10M figures.
 * Hashes are uniform random (splitmix64, fixed seed), ids "hN", one bank;
 * --clustered: groups of 1000 within 0..31 bits of a centre, queries 8..23
 * bits from a centre (hundreds of matches per query).
 * Prints one line per figure: "name value unit". Times are thread CPU time. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "media/hashdb_int.h"
#include "streamguard.h"

static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static int clustered;  /* --clustered: groups of 1000 hashes near a centre */
static int quarantine; /* --quarantine: default auto-quarantine on */

static void centre_hash(size_t c, uint64_t w[4])
{
    uint64_t s = 0xc3a7e000ull + c * 4;
    for (int k = 0; k < 4; k++)
        w[k] = splitmix(&s);
}

/* The i-th bank hash, regenerated on demand (brute force needs no copy).
 * Clustered: centre i/1000 with 0..31 random bits flipped, the way
 * near-duplicate hashes crowd real banks. */
static void bank_hash(size_t i, uint64_t w[4])
{
    uint64_t s = 0x5eed0000ull + i * 4;
    if (!clustered) {
        for (int k = 0; k < 4; k++)
            w[k] = splitmix(&s);
        return;
    }
    centre_hash(i / 1000, w);
    int flips = (int)(splitmix(&s) % 32);
    for (int f = 0; f < flips; f++) {
        unsigned b = (unsigned)(splitmix(&s) % 256);
        w[b / 64] ^= 1ull << (b % 64);
    }
}

/* A random query: uniform, or (clustered) 8..23 bits from a random centre. */
static void random_query(size_t n, uint64_t *seed, uint64_t q[4])
{
    if (!clustered) {
        for (int j = 0; j < 4; j++)
            q[j] = splitmix(seed);
        return;
    }
    centre_hash((size_t)(splitmix(seed) % ((n + 999) / 1000)), q);
    int flips = 8 + (int)(splitmix(seed) % 16);
    for (int f = 0; f < flips; f++) {
        unsigned b = (unsigned)(splitmix(seed) % 256);
        q[b / 64] ^= 1ull << (b % 64);
    }
}

/* CPU time of this thread: the machine this runs on is shared, and CPU
 * time is steadier than wall time under load (memory stalls still count). */
static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static long rss_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    if (!f)
        return -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0)
            kb = strtol(line + 6, NULL, 10);
    fclose(f);
    return kb;
}

/* Brute force: number of bank hashes within radius of any of the nq hashes,
 * and the sum of their best distances (a checksum to compare with). */
static void brute(size_t n, const uint64_t *q, size_t nq, int radius, size_t *count, uint64_t *dsum)
{
    *count = 0;
    *dsum = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t w[4];
        bank_hash(i, w);
        int best = 999;
        for (size_t v = 0; v < nq; v++) {
            int d = sg__words_distance(w, q + 4 * v);
            if (d < best)
                best = d;
        }
        if (best <= radius) {
            (*count)++;
            *dsum += (uint64_t)best;
        }
    }
}

/* A query near bank hash i: flip `flips` random bits. */
static void near_query(size_t n, uint64_t *seed, int flips, uint64_t q[4])
{
    bank_hash(splitmix(seed) % n, q);
    for (int f = 0; f < flips; f++) {
        unsigned b = (unsigned)(splitmix(seed) % 256);
        q[b / 64] ^= 1ull << (b % 64);
    }
}

static void to_hash(const uint64_t *w, sg_pdq_hash *h)
{
    sg__words_to_hash(w, h);
}

static int run(size_t n, int chunks, size_t nqueries, int radius)
{
    sg_hashdb *db = NULL;
    sg_hashdb_config cfg;
    sg_match *out = NULL;
    int rc = 0;
    size_t cap = 1 << 16;
    long rss0 = rss_kb();
    sg_hashdb_config_init(&cfg);
    cfg.index_chunks = chunks;
    if (!quarantine)
        cfg.quarantine_matches = -1; /* measure the index, not the quarantine */
    if ((rc = sg_hashdb_new(&db)) != 0 || (rc = sg_hashdb_configure(db, &cfg)) != 0)
        goto out;
    out = malloc(cap * sizeof *out);
    if (!out) {
        rc = SG_ENOMEM;
        goto out;
    }
    double t0 = now_s();
    for (size_t i = 0; i < n; i++) {
        uint64_t w[4];
        sg_pdq_hash h;
        char id[24];
        bank_hash(i, w);
        to_hash(w, &h);
        snprintf(id, sizeof id, "h%zu", i);
        if ((rc = sg_hashdb_add(db, "bench", &h, id, NULL)) != 0)
            goto out;
    }
    double t1 = now_s();
    if ((rc = sg_hashdb_build(db)) != 0)
        goto out;
    double t2 = now_s();
    sg_hashdb_stats st;
    sg_hashdb_get_stats(db, &st);
    long rss1 = rss_kb();
    printf("n %zu hashes%s\n", n, clustered ? " (clustered)" : "");
    printf("chunks %d\n", st.index_chunks);
    printf("load_time %.3f s\n", t1 - t0);
    printf("build_time %.3f s\n", t2 - t1);
    printf("index_bytes_per_hash %.1f B\n", (double)st.index_bytes / (double)n);
    printf("db_bytes_per_hash %.1f B\n", (double)st.bytes / (double)n);
    printf("db_bytes %.1f MB\n", (double)st.bytes / 1048576.0);
    printf("rss_delta %.1f MB\n", (double)(rss1 - rss0) / 1024.0);

    /* single random queries */
    uint64_t seed = 42;
    size_t found = 0;
    double t3 = now_s();
    for (size_t k = 0; k < nqueries; k++) {
        uint64_t q[4];
        sg_pdq_hash h;
        random_query(n, &seed, q);
        to_hash(q, &h);
        int m = sg_hashdb_query_ex(db, &h, 1, radius, -1, 0, out, cap);
        if (m < 0) {
            rc = m;
            goto out;
        }
        found += (size_t)m;
    }
    double t4 = now_s();
    printf("query1_rate %.0f q/s (radius %d, %zu queries, %zu matches)\n",
           (double)nqueries / (t4 - t3), radius, nqueries, found);

    /* 8-variant queries: 8 random hashes per query, as 8 dihedral variants */
    size_t n8 = nqueries / 8 ? nqueries / 8 : 1;
    t3 = now_s();
    for (size_t k = 0; k < n8; k++) {
        uint64_t q[32];
        sg_pdq_hash h[8];
        for (int v = 0; v < 8; v++) {
            random_query(n, &seed, q + 4 * v);
            to_hash(q + 4 * v, &h[v]);
        }
        int m = sg_hashdb_query_ex(db, h, 8, radius, -1, 0, out, cap);
        if (m < 0) {
            rc = m;
            goto out;
        }
    }
    t4 = now_s();
    printf("query8_rate %.0f q/s (8 variants per query, %zu queries)\n", (double)n8 / (t4 - t3),
           n8);

    /* brute force on fewer queries, and the recall check: half random
     * queries, half near a bank hash at 25..40 flipped bits */
    size_t nb = 24, agree = 0, total_idx = 0, total_bf = 0;
    double tbf = 0, tix = 0;
    for (size_t k = 0; k < nb; k++) {
        uint64_t q[32];
        sg_pdq_hash h[8];
        size_t nq = (k % 3 == 2) ? 8 : 1;
        for (size_t v = 0; v < nq; v++) {
            if (k % 2)
                near_query(n, &seed, 25 + (int)(k % 16), q + 4 * v);
            else
                random_query(n, &seed, q + 4 * v);
            to_hash(q + 4 * v, &h[v]);
        }
        size_t bc;
        uint64_t bsum;
        double a = now_s();
        brute(n, q, nq, radius, &bc, &bsum);
        double b = now_s();
        int m = sg_hashdb_query_ex(db, h, nq, radius, -1, 0, out, cap);
        double c = now_s();
        tbf += b - a;
        tix += c - b;
        if (m < 0) {
            rc = m;
            goto out;
        }
        uint64_t isum = 0;
        for (int j = 0; j < m && (size_t)j < cap; j++)
            isum += (uint64_t)out[j].distance;
        total_idx += (size_t)m;
        total_bf += bc;
        agree += ((size_t)m == bc && isum == bsum);
    }
    printf("brute_rate %.1f q/s (%zu queries, same run)\n", (double)nb / tbf, nb);
    printf("speedup %.0f x over brute force\n", tbf / tix);
    printf("recall %s (%zu/%zu queries identical, %zu of %zu matches)\n",
           agree == nb ? "1.0" : "FAIL", agree, nb, total_idx, total_bf);
    if (agree != nb)
        rc = SG_ESTATE;
out:
    if (rc)
        fprintf(stderr, "bench_index: %s\n", sg_strerror(rc));
    free(out);
    sg_hashdb_free(db);
    return rc ? 1 : 0;
}

int main(int argc, char **argv)
{
    int chunks = 0, radius = 31;
    size_t nqueries = 20000;
    size_t sizes[8];
    int nsizes = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--chunks") && i + 1 < argc)
            chunks = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--queries") && i + 1 < argc)
            nqueries = (size_t)strtoull(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--clustered"))
            clustered = 1;
        else if (!strcmp(argv[i], "--quarantine"))
            quarantine = 1;
        else if (!strcmp(argv[i], "--radius") && i + 1 < argc)
            radius = atoi(argv[++i]);
        else if (nsizes < 8)
            sizes[nsizes++] = (size_t)strtoull(argv[i], NULL, 10);
    }
    if (nsizes == 0)
        sizes[nsizes++] = 1000000;
    int rc = 0;
    for (int i = 0; i < nsizes; i++)
        rc |= run(sizes[i], chunks, nqueries, radius);
    return rc;
}
