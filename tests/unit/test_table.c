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
        cmocka_unit_test(test_churn_stays_bounded),
        cmocka_unit_test(test_hash_str),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
