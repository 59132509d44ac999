/* test_table.c — the bounded hash table behind all engine state. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "table.h"

typedef struct rec {
    uint64_t value;
} rec;

static int evicted;
static uint64_t last_evicted;

static void on_evict(void *ud, uint64_t key, void *r)
{
    (void)ud;
    (void)r;
    evicted++;
    last_evicted = key;
}

static void test_insert_get_remove(void **state)
{
    (void)state;
    sg__table t;
    sg__table_init(&t, sizeof(rec), 100000, NULL, NULL);
    int created;
    for (uint64_t k = 1; k <= 50000; k++) {
        rec *r = sg__table_upsert(&t, k * 7919, &created);
        assert_non_null(r);
        assert_true(created);
        r->value = k;
    }
    assert_int_equal(t.count, 50000);
    for (uint64_t k = 1; k <= 50000; k++) {
        rec *r = sg__table_get(&t, k * 7919);
        assert_non_null(r);
        assert_int_equal(r->value, k);
    }
    assert_null(sg__table_get(&t, 3));
    /* Remove every other key; the rest must stay reachable (backward shift). */
    for (uint64_t k = 1; k <= 50000; k += 2)
        sg__table_remove(&t, k * 7919);
    assert_int_equal(t.count, 25000);
    for (uint64_t k = 1; k <= 50000; k++) {
        rec *r = sg__table_get(&t, k * 7919);
        if (k % 2)
            assert_null(r);
        else {
            assert_non_null(r);
            assert_int_equal(r->value, k);
        }
    }
    rec *r = sg__table_upsert(&t, 2 * 7919, &created);
    assert_false(created);
    assert_int_equal(r->value, 2);
    sg__table_free(&t);
}

static void test_cap_evicts_least_recent(void **state)
{
    (void)state;
    sg__table t;
    evicted = 0;
    sg__table_init(&t, sizeof(rec), 4, on_evict, NULL);
    int created;
    for (uint64_t k = 1; k <= 4; k++)
        sg__table_upsert(&t, k, &created);
    /* Touch 1 so 2 becomes the least recent. */
    sg__table_upsert(&t, 1, &created);
    assert_false(created);
    sg__table_upsert(&t, 5, &created);
    assert_int_equal(evicted, 1);
    assert_int_equal(last_evicted, 2);
    assert_int_equal(t.count, 4);
    assert_null(sg__table_get(&t, 2));
    uint64_t key;
    sg__table_oldest(&t, &key);
    assert_int_equal(key, 3);
    /* Iteration goes oldest first: 3 4 1 5. */
    uint64_t want[] = { 3, 4, 1, 5 }, got;
    int i = 0;
    for (void *p = sg__table_next(&t, NULL, &got); p; p = sg__table_next(&t, p, &got))
        assert_int_equal(got, want[i++]);
    assert_int_equal(i, 4);
    sg__table_free(&t);
}

/* A found record's move to the head is deferred (table.c); whatever the
 * mix of operations, the touch order seen through oldest/next, eviction and
 * removal must be exactly that of a plain LRU list. Checked against a
 * model: an array of keys, least recent first. */
static void test_touch_order_matches_model(void **state)
{
    (void)state;
    enum { CAP = 8, KEYS = 20 };
    sg__table t;
    uint64_t model[CAP];
    int nm = 0;
    evicted = 0;
    sg__table_init(&t, sizeof(rec), CAP, on_evict, NULL);
    unsigned seed = 12345;
    for (int step = 0; step < 20000; step++) {
        seed = seed * 1103515245u + 12345u;
        uint64_t key = 1 + (seed >> 16) % KEYS;
        int op = (int)((seed >> 8) % 10);
        int at = -1;
        for (int i = 0; i < nm; i++)
            if (model[i] == key)
                at = i;
        if (op < 7) { /* upsert: found -> most recent; new -> evict LRU if full */
            int created;
            evicted = 0;
            assert_non_null(sg__table_upsert(&t, key, &created));
            assert_int_equal(created, at < 0);
            if (at >= 0) {
                memmove(&model[at], &model[at + 1], (size_t)(nm - at - 1) * sizeof model[0]);
                nm--;
            } else if (nm == CAP) {
                assert_int_equal(evicted, 1);
                assert_int_equal(last_evicted, model[0]);
                memmove(&model[0], &model[1], (size_t)(nm - 1) * sizeof model[0]);
                nm--;
            }
            model[nm++] = key;
        } else if (op < 8) { /* remove */
            sg__table_remove(&t, key);
            if (at >= 0) {
                memmove(&model[at], &model[at + 1], (size_t)(nm - at - 1) * sizeof model[0]);
                nm--;
            }
        } else { /* walk the order, oldest first */
            uint64_t got;
            int i = 0;
            for (void *p = sg__table_next(&t, NULL, &got); p; p = sg__table_next(&t, p, &got)) {
                assert_true(i < nm);
                assert_int_equal(got, model[i++]);
            }
            assert_int_equal(i, nm);
            if (nm) {
                assert_non_null(sg__table_oldest(&t, &got));
                assert_int_equal(got, model[0]);
            }
        }
        assert_int_equal(t.count, (size_t)nm);
    }
    sg__table_free(&t);
}

static void test_churn_stays_bounded(void **state)
{
    (void)state;
    sg__table t;
    sg__table_init(&t, sizeof(rec), 1000, NULL, NULL);
    int created;
    for (uint64_t k = 1; k <= 200000; k++)
        assert_non_null(sg__table_upsert(&t, k, &created));
    assert_int_equal(t.count, 1000);
    assert_true(t.cap <= 1000);
    for (uint64_t k = 199001; k <= 200000; k++)
        assert_non_null(sg__table_get(&t, k));
    sg__table_free(&t);
}

static void test_hash_str(void **state)
{
    (void)state;
    assert_int_equal(sg__hash_str("abc", 3, 1), sg__hash_str("abc", 3, 1));
    assert_int_not_equal(sg__hash_str("abc", 3, 1), sg__hash_str("abd", 3, 1));
    assert_int_not_equal(sg__hash_str("abc", 3, 1), sg__hash_str("abc", 3, 2));
    assert_int_not_equal(sg__hash_str("abcdefgh1", 9, 1), sg__hash_str("abcdefgh2", 9, 1));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_insert_get_remove),
        cmocka_unit_test(test_cap_evicts_least_recent),
        cmocka_unit_test(test_touch_order_matches_model),
        cmocka_unit_test(test_churn_stays_bounded),
        cmocka_unit_test(test_hash_str),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
