/* test_hashdb.c — hash banks and the match index: recall against brute
 * force (random and clustered sets, at the radius and one beyond), dihedral
 * multi-queries, bank modes, hash status and automatic quarantine, import
 * formats and errors, and the published needles-vs-haystack ground truth. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "media/hashdb_int.h"
#include "streamguard.h"

#define MAXM 4096

static uint64_t rng_state = 1;
static uint64_t rnd(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static void random_hash(sg_pdq_hash *h)
{
    for (int i = 0; i < 32; i += 8) {
        uint64_t v = rnd();
        memcpy(h->bytes + i, &v, 8);
    }
}

/* Flips exactly k distinct bits. */
static void flip_bits(sg_pdq_hash *h, int k)
{
    uint8_t used[256] = { 0 };
    while (k > 0) {
        unsigned b = (unsigned)(rnd() % 256);
        if (used[b])
            continue;
        used[b] = 1;
        h->bytes[b / 8] ^= (uint8_t)(1u << (b % 8));
        k--;
    }
}

static int hdist(const sg_pdq_hash *a, const sg_pdq_hash *b)
{
    int d = 0;
    for (int i = 0; i < 32; i++)
        d += __builtin_popcount((unsigned)(a->bytes[i] ^ b->bytes[i]));
    return d;
}

static sg_pdq_hash from_hex(const char *s)
{
    uint64_t w[4];
    sg_pdq_hash h;
    assert_int_equal(sg__hex_to_words(s, strlen(s), w), 0);
    sg__words_to_hash(w, &h);
    return h;
}

static sg_hashdb *new_db(int chunks, int quarantine)
{
    sg_hashdb *db;
    sg_hashdb_config cfg;
    assert_int_equal(sg_hashdb_new(&db), 0);
    sg_hashdb_config_init(&cfg);
    cfg.index_chunks = chunks;
    cfg.quarantine_matches = quarantine;
    assert_int_equal(sg_hashdb_configure(db, &cfg), 0);
    return db;
}

/* Compares the index with brute force for one query set: same hashes (by
 * id), same best distance. */
static void check_against_brute(sg_hashdb *db, const sg_pdq_hash *bank, size_t n,
                                const sg_pdq_hash *q, size_t nq, int radius)
{
    static sg_match out[MAXM];
    int m = sg_hashdb_query_ex(db, q, nq, radius, -1, 0, out, MAXM);
    assert_true(m >= 0 && m <= MAXM);
    size_t expect = 0;
    for (size_t i = 0; i < n; i++) {
        int best = 999;
        for (size_t v = 0; v < nq; v++) {
            int d = hdist(&bank[i], &q[v]);
            if (d < best)
                best = d;
        }
        if (best > radius)
            continue;
        expect++;
        char id[32];
        snprintf(id, sizeof id, "%zu", i);
        int found = 0;
        for (int j = 0; j < m; j++) {
            if (strcmp(out[j].id, id) == 0) {
                found++;
                assert_int_equal(out[j].distance, best);
                assert_int_equal(hdist(&out[j].hash, &q[out[j].variant]), best);
            }
        }
        if (found != 1)
            fail_msg("hash %zu at distance %d: reported %d times (radius %d)", i, best, found,
                     radius);
    }
    assert_int_equal((size_t)m, expect);
}

static void fill(sg_hashdb *db, const sg_pdq_hash *bank, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char id[32];
        snprintf(id, sizeof id, "%zu", i);
        assert_int_equal(sg_hashdb_add(db, "b", &bank[i], id, NULL), 0);
    }
}

/* Random bank, plus hashes planted at exactly r-1, r and r+1 bits from each
 * query, for several chunk counts and radii (including ones that fall back
 * to a linear scan). */
static void test_recall_random(void **state)
{
    (void)state;
    enum { NQ = 6, NR = 3000 };
    static const int radii[] = { 0, 1, 8, 15, 16, 31, 32, 47, 64, 90 };
    static const int chunk_counts[] = { 0, 13, 16, 21, 32 };
    rng_state = 7;
    for (size_t ri = 0; ri < sizeof radii / sizeof radii[0]; ri++) {
        int r = radii[ri];
        sg_pdq_hash q[NQ], *bank = malloc((NR + NQ * 4) * sizeof *bank);
        assert_non_null(bank);
        for (size_t i = 0; i < NR; i++)
            random_hash(&bank[i]);
        size_t n = NR;
        for (int k = 0; k < NQ; k++) {
            random_hash(&q[k]);
            for (int dd = -1; dd <= 2; dd++) {
                int d = r + dd < 0 ? 0 : r + dd;
                bank[n] = q[k];
                flip_bits(&bank[n], d);
                n++;
            }
        }
        for (size_t ci = 0; ci < sizeof chunk_counts / sizeof chunk_counts[0]; ci++) {
            sg_hashdb *db = new_db(chunk_counts[ci], -1);
            fill(db, bank, n);
            assert_int_equal(sg_hashdb_build(db), 0);
            for (int k = 0; k < NQ; k++)
                check_against_brute(db, bank, n, &q[k], 1, r);
            check_against_brute(db, bank, n, q, NQ, r); /* all at once */
            sg_hashdb_free(db);
        }
        free(bank);
    }
}

/* Clustered: many hashes within small distances of a few centres, the way
 * real near-duplicate banks look; queries near the centres. */
static void test_recall_clustered(void **state)
{
    (void)state;
    enum { NC = 8, PER = 600 };
    rng_state = 99;
    sg_pdq_hash centres[NC], *bank = malloc(NC * PER * sizeof *bank);
    assert_non_null(bank);
    size_t n = 0;
    for (int c = 0; c < NC; c++) {
        random_hash(&centres[c]);
        for (int i = 0; i < PER; i++) {
            bank[n] = centres[c];
            flip_bits(&bank[n], (int)(rnd() % 48));
            n++;
        }
    }
    static const int chunk_counts[] = { 0, 11, 16, 32 };
    for (size_t ci = 0; ci < 4; ci++) {
        sg_hashdb *db = new_db(chunk_counts[ci], -1);
        fill(db, bank, n);
        assert_int_equal(sg_hashdb_build(db), 0);
        for (int c = 0; c < NC; c++) {
            sg_pdq_hash q = centres[c];
            flip_bits(&q, (int)(rnd() % 20));
            check_against_brute(db, bank, n, &q, 1, 31);
            check_against_brute(db, bank, n, &q, 1, 10);
        }
        sg_hashdb_free(db);
    }
    free(bank);
}

/* A hash exactly at the radius matches, one bit beyond does not. */
static void test_radius_boundary(void **state)
{
    (void)state;
    rng_state = 5;
    sg_hashdb *db = new_db(0, -1);
    sg_pdq_hash q, at, beyond;
    random_hash(&q);
    at = beyond = q;
    flip_bits(&at, 31);
    beyond = at;
    for (int b = 0; b < 256; b++) { /* one more bit that differs from q */
        if (!((at.bytes[b / 8] ^ q.bytes[b / 8]) & (1u << (b % 8)))) {
            beyond.bytes[b / 8] ^= (uint8_t)(1u << (b % 8));
            break;
        }
    }
    assert_int_equal(hdist(&q, &at), 31);
    assert_int_equal(hdist(&q, &beyond), 32);
    assert_int_equal(sg_hashdb_add(db, "b", &at, "at", NULL), 0);
    assert_int_equal(sg_hashdb_add(db, "b", &beyond, "beyond", NULL), 0);
    assert_int_equal(sg_hashdb_build(db), 0);
    sg_match out[4];
    assert_int_equal(sg_hashdb_query_ex(db, &q, 1, 31, -1, 0, out, 4), 1);
    assert_string_equal(out[0].id, "at");
    assert_int_equal(out[0].distance, 31);
    assert_int_equal(sg_hashdb_query_ex(db, &q, 1, 32, -1, 0, out, 4), 2);
    assert_int_equal(sg_hashdb_query_ex(db, &q, 1, 30, -1, 0, out, 4), 0);
    sg_hashdb_free(db);
}

/* 8 variants at once: each bank hash once, with its best distance and the
 * variant that gave it. */
static void test_dihedral_multi_query(void **state)
{
    (void)state;
    rng_state = 11;
    sg_hashdb *db = new_db(0, -1);
    sg_pdq_hash var[8];
    for (int v = 0; v < 8; v++)
        random_hash(&var[v]);
    sg_pdq_hash near5 = var[5], both = var[2];
    flip_bits(&near5, 3);
    flip_bits(&both, 10); /* close to variant 2 ... */
    var[6] = both;
    flip_bits(&var[6], 4); /* ... and closer to variant 6 */
    assert_int_equal(sg_hashdb_add(db, "b", &near5, "n5", "lbl"), 0);
    assert_int_equal(sg_hashdb_add(db, "b", &both, "both", NULL), 0);
    assert_int_equal(sg_hashdb_build(db), 0);
    sg_match out[8];
    int m = sg_hashdb_query_ex(db, var, 8, 31, -1, 0, out, 8);
    assert_int_equal(m, 2);
    /* sorted by distance: n5 (3) first */
    assert_string_equal(out[0].id, "n5");
    assert_int_equal(out[0].variant, SG_DIH_FLIPY);
    assert_int_equal(out[0].distance, 3);
    assert_string_equal(out[0].label, "lbl");
    assert_string_equal(out[0].bank, "b");
    assert_string_equal(out[1].id, "both");
    assert_int_equal(out[1].variant, 6);
    assert_int_equal(out[1].distance, 4);
    assert_null(out[1].label);
    /* cap smaller than the count: the count is still returned */
    assert_int_equal(sg_hashdb_query_ex(db, var, 8, 31, -1, 0, out, 1), 2);
    sg_hashdb_free(db);
}

static void test_bank_modes(void **state)
{
    (void)state;
    rng_state = 13;
    sg_hashdb *db = new_db(0, -1);
    sg_pdq_hash q, a, neg;
    random_hash(&q);
    a = neg = q;
    flip_bits(&a, 5);
    flip_bits(&neg, 20);
    assert_int_equal(sg_hashdb_add(db, "csam", &a, "a1", NULL), 0);
    assert_int_equal(sg_hashdb_add(db, "fp", &neg, "known-logo", NULL), 0);
    assert_int_equal(sg_hashdb_build(db), 0);
    sg_match out[4];
    /* both enabled: two matches */
    assert_int_equal(sg_hashdb_query_ex(db, &q, 1, 31, -1, 0, out, 4), 2);
    /* negative bank suppresses the query entirely */
    assert_int_equal(sg_hashdb_set_bank_mode(db, "fp", SG_BANK_NEGATIVE), 0);
    assert_int_equal(sg_hashdb_query_ex(db, &q, 1, 31, -1, 0, out, 4), 0);
    /* outside the negative hash's radius the csam match is back */
    assert_int_equal(sg_hashdb_query_ex(db, &q, 1, 10, -1, 0, out, 4), 1);
    assert_string_equal(out[0].bank, "csam");
    /* disabled bank: not matched */
    assert_int_equal(sg_hashdb_set_bank_mode(db, "fp", SG_BANK_DISABLED), 0);
    assert_int_equal(sg_hashdb_set_bank_mode(db, "csam", SG_BANK_DISABLED), 0);
    assert_int_equal(sg_hashdb_query_ex(db, &q, 1, 31, -1, 0, out, 4), 0);
    assert_int_equal(sg_hashdb_set_bank_mode(db, "csam", SG_BANK_ENABLED), 0);
    assert_int_equal(sg_hashdb_query_ex(db, &q, 1, 31, -1, 0, out, 4), 1);
    assert_int_equal(sg_hashdb_set_bank_mode(db, "nope", SG_BANK_ENABLED), SG_ENOTFOUND);
    assert_int_equal(sg_hashdb_bank_count(db), 2);
    sg_bank_info bi;
    assert_int_equal(sg_hashdb_bank_info(db, 1, &bi), 0);
    assert_string_equal(bi.name, "fp");
    assert_int_equal(bi.mode, SG_BANK_DISABLED);
    assert_int_equal(bi.size, 1);
    sg_hashdb_stats st;
    sg_hashdb_get_stats(db, &st);
    assert_int_equal(st.suppressed, 1);
    sg_hashdb_free(db);
}

static void test_hash_status_and_quality(void **state)
{
    (void)state;
    rng_state = 17;
    sg_hashdb *db = new_db(0, -1);
    sg_pdq_hash q, a;
    random_hash(&q);
    a = q;
    flip_bits(&a, 2);
    assert_int_equal(sg_hashdb_add(db, "b", &a, "x", NULL), 0);
    /* not built yet: the tail is scanned, still found */
    sg_match out[2];
    assert_int_equal(sg_hashdb_query(db, &q, 1, 31, out, 2), 1);
    assert_int_equal(sg_hashdb_build(db), 0);
    assert_int_equal(sg_hashdb_set_hash_status(db, "b", "x", SG_HASH_QUARANTINED), 0);
    assert_int_equal(sg_hashdb_query(db, &q, 1, 31, out, 2), 0);
    assert_int_equal(sg_hashdb_set_hash_status(db, "b", "x", SG_HASH_CONFIRMED), 0);
    assert_int_equal(sg_hashdb_query(db, &q, 1, 31, out, 2), 1);
    assert_int_equal(sg_hashdb_set_hash_status(db, "b", "nope", SG_HASH_CONFIRMED), SG_ENOTFOUND);
    sg_hash_info hi;
    assert_int_equal(sg_hashdb_get(db, "b", "x", &hi), 0);
    assert_int_equal(hi.status, SG_HASH_CONFIRMED);
    assert_int_equal(hdist(&hi.hash, &a), 0);
    /* quality: below 50 not matched, 50 matched, unknown (-1) matched */
    assert_int_equal(sg_hashdb_query_ex(db, &q, 1, 31, 49, 0, out, 2), 0);
    assert_int_equal(sg_hashdb_query_ex(db, &q, 1, 31, 50, 0, out, 2), 1);
    sg_hashdb_config cfg;
    sg_hashdb_config_init(&cfg);
    cfg.quarantine_matches = -1;
    cfg.min_quality = 80;
    assert_int_equal(sg_hashdb_configure(db, &cfg), 0);
    assert_int_equal(sg_hashdb_query_ex(db, &q, 1, 31, 79, 0, out, 2), 0);
    /* same id, same hash: idempotent; same id, other hash: refused */
    assert_int_equal(sg_hashdb_add(db, "b", &a, "x", NULL), 0);
    assert_int_equal(sg_hashdb_size(db), 1);
    assert_int_equal(sg_hashdb_add(db, "b", &q, "x", NULL), SG_EEXISTS);
    /* added after the build: found through the tail scan */
    assert_int_equal(sg_hashdb_add(db, "b", &q, "y", NULL), 0);
    assert_int_equal(sg_hashdb_query_ex(db, &q, 1, 0, 90, 0, out, 2), 1);
    assert_string_equal(out[0].id, "y");
    sg_hashdb_free(db);
}

/* More than 5 matches within 1000 ms quarantines the hash and queues one
 * event; matches spread out over time do not. */
static void test_auto_quarantine(void **state)
{
    (void)state;
    rng_state = 19;
    sg_hashdb *db;
    sg_hashdb_config cfg;
    assert_int_equal(sg_hashdb_new(&db), 0);
    sg_hashdb_config_init(&cfg);
    cfg.quarantine_matches = 5;
    cfg.quarantine_window_ms = 1000;
    assert_int_equal(sg_hashdb_configure(db, &cfg), 0);
    sg_pdq_hash hot, slow;
    random_hash(&hot);
    random_hash(&slow);
    assert_int_equal(sg_hashdb_add(db, "b", &hot, "hot", NULL), 0);
    assert_int_equal(sg_hashdb_add(db, "b", &slow, "slow", NULL), 0);
    assert_int_equal(sg_hashdb_build(db), 0);
    sg_match out[2];
    sg_hashdb_event ev;
    for (int i = 0; i < 5; i++)
        assert_int_equal(sg_hashdb_query_ex(db, &hot, 1, 31, -1, 100 * i, out, 2), 1);
    assert_int_equal(sg_hashdb_next_event(db, &ev), 0);
    /* the 6th match inside the window trips it */
    assert_int_equal(sg_hashdb_query_ex(db, &hot, 1, 31, -1, 600, out, 2), 0);
    assert_int_equal(sg_hashdb_next_event(db, &ev), 1);
    assert_string_equal(ev.bank, "b");
    assert_string_equal(ev.id, "hot");
    assert_int_equal(ev.ts_ms, 600);
    assert_int_equal(ev.matches, 6);
    assert_int_equal(sg_hashdb_next_event(db, &ev), 0);
    assert_int_equal(sg_hashdb_query_ex(db, &hot, 1, 31, -1, 100000, out, 2), 0);
    sg_hash_info hi;
    assert_int_equal(sg_hashdb_get(db, "b", "hot", &hi), 0);
    assert_int_equal(hi.status, SG_HASH_QUARANTINED);
    /* 30 matches at 300 ms intervals: never more than 5 in 1000 ms */
    for (int i = 0; i < 30; i++)
        assert_int_equal(sg_hashdb_query_ex(db, &slow, 1, 31, -1, 300 * i, out, 2), 1);
    assert_int_equal(sg_hashdb_next_event(db, &ev), 0);
    sg_hashdb_stats st;
    sg_hashdb_get_stats(db, &st);
    assert_int_equal(st.auto_quarantined, 1);
    assert_int_equal(st.quarantined, 1);
    sg_hashdb_free(db);
}

/* A hot hash is still caught while thousands of other hashes match once
 * each in between (the tracking table is bounded and evicts idle slots). */
static void test_auto_quarantine_with_noise(void **state)
{
    (void)state;
    rng_state = 23;
    enum { NOISE = 6000 };
    sg_hashdb *db;
    sg_hashdb_config cfg;
    assert_int_equal(sg_hashdb_new(&db), 0);
    sg_hashdb_config_init(&cfg);
    cfg.quarantine_matches = 5;
    cfg.quarantine_window_ms = 100000;
    assert_int_equal(sg_hashdb_configure(db, &cfg), 0);
    sg_pdq_hash hot, *noise = malloc(NOISE * sizeof *noise);
    assert_non_null(noise);
    random_hash(&hot);
    assert_int_equal(sg_hashdb_add(db, "b", &hot, "hot", NULL), 0);
    for (int i = 0; i < NOISE; i++) {
        char id[32];
        random_hash(&noise[i]);
        snprintf(id, sizeof id, "n%d", i);
        assert_int_equal(sg_hashdb_add(db, "b", &noise[i], id, NULL), 0);
    }
    assert_int_equal(sg_hashdb_build(db), 0);
    sg_match out[2];
    int64_t t = 0;
    for (int round = 0; round < 6; round++) {
        int m = sg_hashdb_query_ex(db, &hot, 1, 0, -1, t++, out, 2);
        assert_int_equal(m, round < 5 ? 1 : 0);
        for (int i = round * 1000; i < (round + 1) * 1000; i++)
            assert_int_equal(sg_hashdb_query_ex(db, &noise[i], 1, 0, -1, t++, out, 2), 1);
    }
    sg_hashdb_event ev;
    assert_int_equal(sg_hashdb_next_event(db, &ev), 1);
    assert_string_equal(ev.id, "hot");
    assert_int_equal(sg_hashdb_next_event(db, &ev), 0);
    free(noise);
    sg_hashdb_free(db);
}

#define H1 "f8f8f0cee0f4a84f06370a2a038f63f0b36e26d596621e1d33e6b39c4e9c9b22"
#define H2 "30a10efd71c83f429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af"
#define H3 "adad5a64b5a102e55b62a08056dacd5ae63b8c7fc337b4b766b319361bc93188"

static int import_str(sg_hashdb *db, const char *bank, const char *text, char *err)
{
    return sg_hashdb_import_mem(db, bank, text, strlen(text), "t.txt", err, 256);
}

static void expect_id(sg_hashdb *db, const char *bank, const char *id, const char *hex,
                      const char *label, const char *source)
{
    sg_hash_info hi;
    if (sg_hashdb_get(db, bank, id, &hi) != 0)
        fail_msg("id '%s' not in bank '%s'", id, bank);
    sg_pdq_hash h = from_hex(hex);
    assert_int_equal(hdist(&hi.hash, &h), 0);
    if (label)
        assert_string_equal(hi.label, label);
    else
        assert_null(hi.label);
    if (source)
        assert_string_equal(hi.source, source);
}

static void test_import_formats(void **state)
{
    (void)state;
    sg_hashdb *db = new_db(0, -1);
    char err[256];
    /* plain, with comments, blank lines, CRLF, ids after space or comma */
    assert_int_equal(
        import_str(db, "plain", "# a comment\r\n\r\n" H1 "\r\n" H2 "  id two\n" H3 ",three\n", err),
        3);
    expect_id(db, "plain", H1, H1, NULL, "t.txt");
    expect_id(db, "plain", "id two", H2, NULL, NULL);
    expect_id(db, "plain", "three", H3, NULL, NULL);
    /* re-importing the same file adds nothing */
    assert_int_equal(import_str(db, "plain", H1 "\n", err), 0);
    /* CSV with header, quoted fields, BOM, uppercase hex */
    assert_int_equal(import_str(db, "csv",
                                "\xef\xbb\xbfid,Hash,label,source\n"
                                "c1," H1 ",\"abuse, category A\",ncmec\n"
                                "\"c \"\"2\"\"\",\"" H2 "\",,\n",
                                err),
                     2);
    expect_id(db, "csv", "c1", H1, "abuse, category A", "ncmec");
    expect_id(db, "csv", "c \"2\"", H2, NULL, "t.txt");
    /* TSV */
    assert_int_equal(import_str(db, "tsv", "pdq\tid\tlabel\n" H3 "\tt1\tx y\n", err), 1);
    expect_id(db, "tsv", "t1", H3, "x y", NULL);
    /* HMA / ThreatExchange style */
    assert_int_equal(import_str(db, "hma",
                                "signal_type,signal_value,signal_id,tags\n"
                                "pdq," H1 ",1001,\n"
                                "PDQ," H2 ",1002,\"a b\"\n",
                                err),
                     2);
    expect_id(db, "hma", "1002", H2, "a b", NULL);
    /* a header-only file and a comment-only file are empty banks */
    assert_int_equal(import_str(db, "empty", "hash,id\n", err), 0);
    assert_int_equal(import_str(db, "empty2", "# nothing\n\n", err), 0);
    assert_int_equal(sg_hashdb_size(db), 8);
    sg_hashdb_free(db);
}

static void expect_import_error(const char *text, const char *msg)
{
    sg_hashdb *db = new_db(0, -1);
    char err[256] = "";
    assert_int_equal(import_str(db, "ok", H3 " keep\n", err), 1);
    int rc = import_str(db, "b", text, err);
    if (rc >= 0)
        fail_msg("import of '%s' succeeded (%d), expected '%s'", text, rc, msg);
    if (!strstr(err, msg))
        fail_msg("error '%s' does not contain '%s'", err, msg);
    /* nothing half-imported, no bank created */
    assert_int_equal(sg_hashdb_size(db), 1);
    assert_int_equal(sg_hashdb_bank_count(db), 1);
    sg_hashdb_free(db);
}

static void test_import_errors(void **state)
{
    (void)state;
    expect_import_error(H1 "\n" H2 "\nnot-a-hash\n", "t.txt:3: expected a 64-hex");
    expect_import_error(H1 "\n" H2 "00\n", "t.txt:2: expected a 64-hex");
    expect_import_error("# c\n" H1 "x\n", "t.txt:2: neither a 64-hex PDQ hash nor a header");
    expect_import_error("id,name\n1,2\n", "t.txt:1: neither");
    expect_import_error("signal_type,signal_value\npdq," H1 "\nmd5,abc\n",
                        "t.txt:3: signal_type is 'md5'");
    expect_import_error("hash,id\n" H1 ",a\n" H2 ",a\n",
                        "t.txt:3: id 'a' was given to another hash on line 2");
    expect_import_error("hash,id\n" H1 ",a\n\"" H2 ",b\n", "t.txt:3: unclosed quote");
    expect_import_error("id,hash\n7\n", "t.txt:2: missing the hash column");
    expect_import_error("hash,id\n" H1 ",\x01x\n", "t.txt:2: id is not valid UTF-8");
    expect_import_error("hash,id\n" H1 ",\xff\n", "t.txt:2: id is not valid UTF-8");
    {
        static const char nul[] = "hash\n" H1 "\n" H1 "\n\0\n";
        sg_hashdb *db = new_db(0, -1);
        char err[256];
        assert_int_equal(sg_hashdb_import_mem(db, "b", nul, sizeof nul - 1, "t.txt", err, 256),
                         SG_EFORMAT);
        assert_non_null(strstr(err, "t.txt:4: NUL byte"));
        assert_int_equal(sg_hashdb_size(db), 0);
        sg_hashdb_free(db);
    }
    expect_import_error("\n\n" H2 "\n" H1 "ff\n", "t.txt:4:");
    /* id already in the bank with another hash */
    sg_hashdb *db = new_db(0, -1);
    char err[256];
    assert_int_equal(import_str(db, "b", H1 " a\n", err), 1);
    assert_int_equal(import_str(db, "b", H3 " z\n" H2 " a\n", err), SG_EEXISTS);
    assert_non_null(strstr(err, "t.txt:2: id 'a' is already in bank 'b'"));
    assert_int_equal(sg_hashdb_size(db), 1);
    /* a line longer than max_line */
    char *big = malloc(70000);
    assert_non_null(big);
    memcpy(big, H1 " ", 65);
    memset(big + 65, 'x', 70000 - 66);
    big[70000 - 1] = '\0';
    assert_true(import_str(db, "b", big, err) < 0);
    assert_non_null(strstr(err, "t.txt:1: line longer than"));
    free(big);
    /* files: a regular file (mmap'd), a character device (read), a
     * directory, a missing path */
    char path[] = "/tmp/test_hashdb_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    assert_non_null(f);
    fprintf(f, "hash,id\n%s,file-1\n", H2);
    fclose(f);
    assert_int_equal(sg_hashdb_import(db, "file", path, err, sizeof err), 1);
    expect_id(db, "file", "file-1", H2, NULL, path);
    unlink(path);
    assert_int_equal(sg_hashdb_import(db, "devnull", "/dev/null", err, sizeof err), 0);
    assert_true(sg_hashdb_import(db, "dir", "/tmp", err, sizeof err) < 0);
    assert_non_null(strstr(err, "/tmp: is a directory"));
    assert_int_equal(sg_hashdb_import(db, "b", "/nonexistent/bank.txt", err, sizeof err),
                     SG_ENOTFOUND);
    assert_non_null(strstr(err, "/nonexistent/bank.txt"));
    sg_hashdb_free(db);
}

/* tests/data/pdq/hash-lists: every (needle, haystack) pair within 32 bits,
 * exactly the published brute-force ground truth. */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
    buf[n] = '\0';
    fclose(f);
    *len = (size_t)n;
    return buf;
}

static size_t read_lines(const char *path, sg_pdq_hash *out, size_t max)
{
    size_t len, n = 0;
    char *buf = slurp(path, &len);
    for (char *line = strtok(buf, "\n"); line && n < max; line = strtok(NULL, "\n")) {
        size_t l = strlen(line);
        while (l && (line[l - 1] == '\r' || line[l - 1] == ' '))
            line[--l] = '\0';
        out[n++] = from_hex(line);
    }
    free(buf);
    return n;
}

static void test_needles_vs_haystack(void **state)
{
    (void)state;
    static sg_pdq_hash needles[200], hay[2000];
    size_t nn = read_lines("tests/data/pdq/hash-lists/needles.txt", needles, 200);
    size_t nh = read_lines("tests/data/pdq/hash-lists/haystack.txt", hay, 2000);
    assert_int_equal(nn, 100);
    assert_int_equal(nh, 1350);
    static const int chunk_counts[] = { 0, 16, 11 };
    for (size_t ci = 0; ci < 3; ci++) {
        sg_hashdb *db = new_db(chunk_counts[ci], -1);
        for (size_t i = 0; i < nh; i++) {
            char id[32];
            snprintf(id, sizeof id, "%zu", i);
            assert_int_equal(sg_hashdb_add(db, "haystack", &hay[i], id, NULL), 0);
        }
        assert_int_equal(sg_hashdb_build(db), 0);
        /* produce the tsv: needle_line0 haystack_line0 distance, in order */
        char *got = malloc(1 << 16);
        assert_non_null(got);
        size_t glen = (size_t)snprintf(got, 1 << 16, "needle_line0\thaystack_line0\tdistance\n");
        static sg_match out[MAXM];
        for (size_t k = 0; k < nn; k++) {
            int m = sg_hashdb_query_ex(db, &needles[k], 1, 32, -1, 0, out, MAXM);
            assert_true(m >= 0 && m < MAXM);
            /* order by haystack line */
            long lines[MAXM];
            int dist[MAXM];
            for (int j = 0; j < m; j++) {
                lines[j] = strtol(out[j].id, NULL, 10);
                dist[j] = out[j].distance;
            }
            for (int a = 1; a < m; a++)
                for (int b = a; b > 0 && lines[b - 1] > lines[b]; b--) {
                    long tl = lines[b];
                    lines[b] = lines[b - 1];
                    lines[b - 1] = tl;
                    int td = dist[b];
                    dist[b] = dist[b - 1];
                    dist[b - 1] = td;
                }
            for (int j = 0; j < m; j++)
                glen += (size_t)snprintf(got + glen, (1 << 16) - glen, "%zu\t%ld\t%d\n", k,
                                         lines[j], dist[j]);
        }
        size_t elen;
        char *want = slurp("tests/data/pdq/hash-lists/needles-vs-haystack-matches-d32.tsv", &elen);
        assert_string_equal(got, want);
        free(want);
        free(got);
        sg_hashdb_free(db);
    }
}

static uint64_t fnv_bytes(const unsigned char *p, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 1099511628211ull;
    }
    return h;
}

/* Save, load into a fresh db: same banks, modes, statuses, metadata and
 * query results. Corrupt, truncated, foreign and hostile snapshots are
 * refused with SG_EFORMAT and leave the db empty. */
static void test_snapshot(void **state)
{
    (void)state;
    rng_state = 29;
    char err[256], path[] = "/tmp/test_hashdb_snap_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    sg_hashdb *db = new_db(0, -1);
    assert_int_equal(
        import_str(db, "csv", "id,hash,label,source\nc1," H1 ",lab,src\nc2," H2 ",lab,\n", err), 2);
    assert_int_equal(import_str(db, "fp", H3 " neg\n", err), 1);
    assert_int_equal(sg_hashdb_set_bank_mode(db, "fp", SG_BANK_NEGATIVE), 0);
    assert_int_equal(sg_hashdb_set_hash_status(db, "csv", "c2", SG_HASH_QUARANTINED), 0);
    sg_pdq_hash q = from_hex(H1);
    sg_match out[4];
    assert_int_equal(sg_hashdb_query_ex(db, &q, 1, 31, -1, 0, out, 4), 1);
    assert_int_equal(sg_hashdb_save(db, path, err, sizeof err), 0);

    sg_hashdb *db2 = new_db(0, -1);
    assert_int_equal(sg_hashdb_load(db2, path, err, sizeof err), 3);
    assert_int_equal(sg_hashdb_size(db2), 3);
    assert_int_equal(sg_hashdb_bank_count(db2), 2);
    sg_bank_info bi;
    assert_int_equal(sg_hashdb_bank_info(db2, 1, &bi), 0);
    assert_string_equal(bi.name, "fp");
    assert_int_equal(bi.mode, SG_BANK_NEGATIVE);
    assert_int_equal(bi.size, 1);
    expect_id(db2, "csv", "c1", H1, "lab", "src");
    expect_id(db2, "csv", "c2", H2, "lab", "t.txt");
    sg_hash_info hi;
    assert_int_equal(sg_hashdb_get(db2, "csv", "c2", &hi), 0);
    assert_int_equal(hi.status, SG_HASH_QUARANTINED);
    assert_int_equal(sg_hashdb_query_ex(db2, &q, 1, 31, -1, 0, out, 4), 1);
    assert_string_equal(out[0].id, "c1");
    sg_pdq_hash q3 = from_hex(H3);
    assert_int_equal(sg_hashdb_query_ex(db2, &q3, 1, 31, -1, 0, out, 4), 0); /* negative */
    /* interned strings still shared: adding with the same label reuses it */
    assert_int_equal(sg_hashdb_add(db2, "csv", &q3, "c3", "lab"), 0);
    expect_id(db2, "csv", "c3", H3, "lab", NULL);
    /* not into a db that holds hashes */
    assert_int_equal(sg_hashdb_load(db2, path, err, sizeof err), SG_ESTATE);
    sg_hashdb_free(db2);

    /* damaged copies */
    size_t len;
    char *img = slurp(path, &len);
    unsigned char *bad = malloc(len);
    assert_non_null(bad);
    for (int k = 0; k < 5; k++) {
        memcpy(bad, img, len);
        size_t blen = len;
        int fix_sum = 0;
        switch (k) {
        case 0: bad[len / 2] ^= 1; break;     /* checksum mismatch */
        case 1: blen = len - 9; break;        /* truncated */
        case 2: bad[0] = 'X'; break;          /* not a snapshot */
        case 3: {                             /* bad bank index, valid checksum */
            size_t off = 32 + 2 * 8 + 3 * 32; /* header, 2 banks, 3 hashes */
            bad[off] = 7;
            fix_sum = 1;
            break;
        }
        case 4: { /* id offset past the pool */
            size_t off = 32 + 2 * 8 + 3 * 32 + 3 * 2 + 3;
            memset(bad + off, 0xff, 4);
            fix_sum = 1;
            break;
        }
        }
        if (fix_sum) {
            uint64_t sum = fnv_bytes(bad, blen - 8);
            memcpy(bad + blen - 8, &sum, 8);
        }
        sg_hashdb *db3 = new_db(0, -1);
        err[0] = '\0';
        int rc = sg_hashdb_load_mem(db3, bad, blen, "snap", err, sizeof err);
        if (rc != SG_EFORMAT)
            fail_msg("damage %d: rc %d (%s)", k, rc, err);
        assert_non_null(strstr(err, "snap: "));
        assert_int_equal(sg_hashdb_size(db3), 0);
        assert_int_equal(sg_hashdb_bank_count(db3), 0);
        /* still usable */
        assert_int_equal(sg_hashdb_add(db3, "b", &q, "x", NULL), 0);
        assert_int_equal(sg_hashdb_query_ex(db3, &q, 1, 0, -1, 0, out, 4), 1);
        sg_hashdb_free(db3);
    }
    free(bad);
    free(img);
    unlink(path);
    sg_hashdb_free(db);
}

static void test_bad_args(void **state)
{
    (void)state;
    sg_hashdb *db = new_db(0, -1);
    sg_pdq_hash h;
    sg_match out[1];
    memset(&h, 0, sizeof h);
    assert_int_equal(sg_hashdb_query(db, &h, 1, -1, out, 1), SG_EINVAL);
    assert_int_equal(sg_hashdb_query(db, &h, 1, 257, out, 1), SG_EINVAL);
    assert_int_equal(sg_hashdb_query(db, &h, 1, 31, out, 1), 0); /* empty db */
    /* regression: the first query of a db finding nothing sorted a NULL
     * hit list (qsort(NULL, 0), undefined behaviour caught by UBSan) */
    {
        sg_hashdb *db2 = new_db(0, -1);
        sg_pdq_hash far = h;
        memset(far.bytes, 0xff, sizeof far.bytes);
        assert_int_equal(sg_hashdb_add(db2, "b", &far, "far", NULL), 0);
        assert_int_equal(sg_hashdb_build(db2), 0);
        assert_int_equal(sg_hashdb_query(db2, &h, 1, 31, out, 1), 0);
        sg_hashdb_free(db2);
    }
    assert_int_equal(sg_hashdb_build(db), 0);
    assert_int_equal(sg_hashdb_add(db, "", &h, "x", NULL), SG_EINVAL);
    assert_int_equal(sg_hashdb_add(db, "b", &h, "", NULL), SG_EINVAL);
    sg_hashdb_config cfg;
    sg_hashdb_config_init(&cfg);
    cfg.index_chunks = 5;
    assert_int_equal(sg_hashdb_configure(db, &cfg), SG_EINVAL);
    cfg.index_chunks = 0;
    cfg.max_hashes = 2;
    assert_int_equal(sg_hashdb_configure(db, &cfg), 0);
    char err[256];
    assert_true(import_str(db, "b", H1 "\n" H2 "\n" H3 "\n", err) < 0);
    assert_non_null(strstr(err, "t.txt:3:"));
    assert_int_equal(sg_hashdb_size(db), 0);
    assert_int_equal(import_str(db, "b", H1 "\n" H2 "\n", err), 2);
    assert_int_equal(sg_hashdb_add(db, "b", &h, "x", NULL), SG_ELIMIT);
    sg_hashdb_free(db);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_recall_random),
        cmocka_unit_test(test_recall_clustered),
        cmocka_unit_test(test_radius_boundary),
        cmocka_unit_test(test_dihedral_multi_query),
        cmocka_unit_test(test_bank_modes),
        cmocka_unit_test(test_hash_status_and_quality),
        cmocka_unit_test(test_auto_quarantine),
        cmocka_unit_test(test_auto_quarantine_with_noise),
        cmocka_unit_test(test_import_formats),
        cmocka_unit_test(test_import_errors),
        cmocka_unit_test(test_needles_vs_haystack),
        cmocka_unit_test(test_snapshot),
        cmocka_unit_test(test_bad_args),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
