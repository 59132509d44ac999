/* test_ndjson.c — the capped NDJSON line readers (FILE* and memory): line
 * numbers, skipped overlong lines, final line without newline, empty lines,
 * read-block boundaries, a 10 MB line, read errors. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "ndjson.h"
#include "streamguard.h"

/* One result of a reader call, for comparing readers with each other. */
typedef struct item {
    int rc;
    long lineno;
    size_t len;
    char text[64]; /* first bytes of the line */
} item;

/* Runs the FILE* reader over data with the given cap and read block. */
static size_t run_reader(const char *data, size_t n, size_t max, size_t block, item *out,
                         size_t cap)
{
    FILE *fp = fmemopen((void *)data, n, "rb");
    if (n == 0)
        fp = fopen("/dev/null", "rb");
    assert_non_null(fp);
    sg__linereader r;
    sg__linereader_init(&r, fp, max);
    if (block)
        r.block = block;
    size_t k = 0;
    for (;;) {
        const char *line;
        size_t len;
        long lineno = -7;
        int rc = sg__linereader_next(&r, &line, &len, &lineno);
        assert_true(k < cap);
        out[k] = (item){ .rc = rc, .lineno = rc == 0 ? 0 : lineno, .len = len };
        if (rc == 1) {
            assert_non_null(line);
            assert_int_equal(line[len], '\0');
            memcpy(out[k].text, line, len < 63 ? len : 63);
        } else {
            assert_null(line);
        }
        k++;
        if (rc <= 0 && rc != SG_ETOOBIG)
            break;
    }
    sg__linereader_free(&r);
    sg__linereader_free(&r); /* idempotent */
    fclose(fp);
    return k;
}

static size_t run_iter(const char *data, size_t n, size_t max, item *out, size_t cap)
{
    sg__ndjson_iter it;
    sg__ndjson_iter_init(&it, data, n, max);
    size_t k = 0;
    for (;;) {
        const char *line;
        size_t len;
        long lineno = -7;
        int rc = sg__ndjson_iter_next(&it, &line, &len, &lineno);
        assert_true(k < cap);
        out[k] = (item){ .rc = rc, .lineno = rc == 0 ? 0 : lineno, .len = len };
        if (rc == 1)
            memcpy(out[k].text, line, len < 63 ? len : 63);
        else
            assert_null(line);
        k++;
        if (rc <= 0 && rc != SG_ETOOBIG)
            break;
    }
    return k;
}

/* The obvious reference: split on '\n', drop the empty piece after a final
 * '\n'. */
static size_t run_reference(const char *data, size_t n, size_t max, item *out, size_t cap)
{
    size_t k = 0, start = 0;
    long lineno = 0;
    while (start < n) {
        size_t end = start;
        while (end < n && data[end] != '\n')
            end++;
        size_t len = end - start;
        assert_true(k < cap);
        out[k] = (item){ .rc = len > max ? SG_ETOOBIG : 1, .lineno = ++lineno, .len = len };
        if (len <= max)
            memcpy(out[k].text, data + start, len < 63 ? len : 63);
        k++;
        start = end + 1;
    }
    assert_true(k < cap);
    out[k++] = (item){ .rc = 0 };
    return k;
}

static void assert_same(const item *a, size_t na, const item *b, size_t nb, const char *what)
{
    if (na != nb)
        fail_msg("%s: %zu results vs %zu", what, na, nb);
    for (size_t i = 0; i < na; i++)
        if (a[i].rc != b[i].rc || a[i].lineno != b[i].lineno || a[i].len != b[i].len ||
            memcmp(a[i].text, b[i].text, sizeof a[i].text) != 0)
            fail_msg("%s: result %zu differs: rc %d/%d line %ld/%ld len %zu/%zu", what, i, a[i].rc,
                     b[i].rc, a[i].lineno, b[i].lineno, a[i].len, b[i].len);
}

static void test_basic_lines(void **state)
{
    (void)state;
    static const char data[] = "{\"a\":1}\n\n{\"b\":2}\r\n   \nlast";
    item got[16];
    size_t n = run_reader(data, sizeof data - 1, 0, 0, got, 16);
    assert_int_equal(n, 6);
    assert_int_equal(got[0].rc, 1);
    assert_int_equal(got[0].lineno, 1);
    assert_string_equal(got[0].text, "{\"a\":1}");
    assert_int_equal(got[1].rc, 1); /* empty line: a zero-length line */
    assert_int_equal(got[1].len, 0);
    assert_int_equal(got[1].lineno, 2);
    assert_string_equal(got[2].text, "{\"b\":2}\r"); /* CR kept */
    assert_int_equal(got[2].len, 8);
    assert_int_equal(got[3].len, 3);
    assert_string_equal(got[4].text, "last"); /* no trailing newline */
    assert_int_equal(got[4].lineno, 5);
    assert_int_equal(got[5].rc, 0);

    item it[16];
    assert_same(got, n, it, run_iter(data, sizeof data - 1, 0, it, 16), "iter");
}

static void test_trailing_newline_and_empty_input(void **state)
{
    (void)state;
    item got[8];
    assert_int_equal(run_reader("a\n", 2, 0, 0, got, 8), 2);
    assert_int_equal(got[0].rc, 1);
    assert_int_equal(got[1].rc, 0); /* no phantom empty line */
    assert_int_equal(run_reader("", 0, 0, 0, got, 8), 1);
    assert_int_equal(got[0].rc, 0);
    assert_int_equal(run_reader("\n", 1, 0, 0, got, 8), 2);
    assert_int_equal(got[0].rc, 1);
    assert_int_equal(got[0].len, 0);
    assert_int_equal(run_iter("", 0, 0, got, 8), 1);
    assert_int_equal(run_iter(NULL, 0, 0, got, 8), 1);
    assert_int_equal(got[0].rc, 0);
    assert_int_equal(run_iter("\n\n", 2, 0, got, 8), 3);
    assert_int_equal(got[1].lineno, 2);
}

static void test_long_line_skipped(void **state)
{
    (void)state;
    char data[512];
    int w = sprintf(data, "short1\n");
    memset(data + w, 'x', 100);
    w += 100;
    w += sprintf(data + w, "\nshort3\n0123456789abcdef\n0123456789abcdefg\nend");
    item got[16];
    size_t n = run_reader(data, (size_t)w, 16, 0, got, 16);
    assert_int_equal(n, 7);
    assert_int_equal(got[0].rc, 1);
    assert_int_equal(got[1].rc, SG_ETOOBIG);
    assert_int_equal(got[1].lineno, 2);
    assert_int_equal(got[1].len, 100);
    assert_int_equal(got[2].rc, 1);
    assert_int_equal(got[2].lineno, 3);
    assert_string_equal(got[2].text, "short3");
    assert_int_equal(got[3].rc, 1); /* exactly the cap */
    assert_int_equal(got[3].len, 16);
    assert_int_equal(got[4].rc, SG_ETOOBIG); /* cap + 1 */
    assert_int_equal(got[4].lineno, 5);
    assert_int_equal(got[5].rc, 1);
    assert_string_equal(got[5].text, "end");
    assert_int_equal(got[5].lineno, 6);

    item ref[16];
    size_t nr = run_reference(data, (size_t)w, 16, ref, 16);
    assert_same(got, n, ref, nr, "reference");
    /* every read block size gives the same answer */
    for (size_t block = 1; block <= 140; block++) {
        n = run_reader(data, (size_t)w, 16, block, got, 16);
        assert_same(got, n, ref, nr, "block");
    }
    item it[16];
    assert_same(it, run_iter(data, (size_t)w, 16, it, 16), ref, nr, "iter");
    /* an overlong final line without newline */
    n = run_reader("ok\nxxxxxxxxxxxxxxxxxxxxxxxx", 26, 16, 5, got, 16);
    assert_int_equal(n, 3);
    assert_int_equal(got[1].rc, SG_ETOOBIG);
    assert_int_equal(got[1].lineno, 2);
    assert_int_equal(got[2].rc, 0);
}

/* Random inputs: the FILE* reader (many block sizes), the memory iterator
 * and the reference splitter must agree exactly. */
static void test_readers_agree_on_random_input(void **state)
{
    (void)state;
    static const char alphabet[] = "\n\n\rab{}\0x";
    unsigned seed = 12345;
    enum { MAXN = 300, MAXITEMS = MAXN + 2 };
    static char data[MAXN];
    static item a[MAXITEMS], b[MAXITEMS], c[MAXITEMS];
    for (int round = 0; round < 400; round++) {
        seed = seed * 1103515245u + 12345u;
        size_t n = (seed >> 8) % MAXN;
        unsigned mode = (seed >> 20) % 4; /* mostly long runs, sometimes dense newlines */
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            unsigned r = seed >> 16;
            data[i] = (mode == 0 || r % 16 == 0) ? alphabet[r % (sizeof alphabet - 1)] : 'y';
        }
        size_t max = 1 + (seed >> 4) % 40, block = 1 + (seed >> 12) % 70;
        size_t nr = run_reference(data, n, max, a, MAXITEMS);
        assert_same(b, run_reader(data, n, max, block, b, MAXITEMS), a, nr, "reader");
        assert_same(c, run_iter(data, n, max, c, MAXITEMS), a, nr, "iter");
    }
}

/* A FILE that produces `line_bytes` bytes of one line, then "\nafter\n",
 * without ever holding them: proves the reader does not store what it
 * skips. */
typedef struct gen {
    unsigned long long left; /* bytes of the long line still to produce */
    const char *tail;
    size_t tail_left;
    int fail; /* return a read error instead */
} gen;

static ssize_t gen_read(void *cookie, char *buf, size_t size)
{
    gen *g = cookie;
    if (g->fail)
        return -1;
    size_t k = 0;
    while (k < size && g->left > 0) {
        size_t m = size - k < g->left ? size - k : (size_t)g->left;
        memset(buf + k, 'z', m);
        k += m;
        g->left -= m;
    }
    if (k < size && g->tail_left > 0) {
        size_t m = size - k < g->tail_left ? size - k : g->tail_left;
        memcpy(buf + k, g->tail, m);
        g->tail += m;
        g->tail_left -= m;
        k += m;
    }
    return (ssize_t)k;
}

static void test_ten_megabyte_line(void **state)
{
    (void)state;
    static const char tail[] = "\n{\"type\":\"stream_end\",\"ts\":1,\"stream\":\"s\"}\nlast\n";
    gen g = { .left = 10ull * 1024 * 1024, .tail = tail, .tail_left = sizeof tail - 1 };
    FILE *fp = fopencookie(&g, "r", (cookie_io_functions_t){ .read = gen_read });
    assert_non_null(fp);
    sg__linereader r;
    sg__linereader_init(&r, fp, 0);
    assert_int_equal(r.max, SG_MAX_EVENT_BYTES);
    const char *line;
    size_t len;
    long lineno;
    assert_int_equal(sg__linereader_next(&r, &line, &len, &lineno), SG_ETOOBIG);
    assert_int_equal(lineno, 1);
    assert_int_equal(len, 10u * 1024 * 1024);
    assert_null(line);
    assert_int_equal(sg__linereader_next(&r, &line, &len, &lineno), 1);
    assert_int_equal(lineno, 2);
    assert_int_equal(len, sizeof tail - 1 - 7); /* minus "\n" before and "\nlast\n" after */
    /* the line parses as an event */
    sg_event_parser *p;
    sg_event ev;
    char err[128];
    assert_int_equal(sg_event_parser_new(&p), 0);
    assert_int_equal(sg_event_parse(p, line, len, &ev, err, sizeof err), 0);
    sg_event_parser_free(p);
    assert_int_equal(sg__linereader_next(&r, &line, &len, &lineno), 1);
    assert_string_equal(line, "last");
    assert_int_equal(lineno, 3);
    assert_int_equal(sg__linereader_next(&r, &line, &len, &lineno), 0);
    assert_int_equal(sg__linereader_next(&r, &line, &len, &lineno), 0); /* stays at EOF */
    sg__linereader_free(&r);
    fclose(fp);

    /* the memory iterator skips a 10 MB line too */
    size_t big = 10u * 1024 * 1024;
    char *buf = malloc(big + 8);
    assert_non_null(buf);
    memset(buf, 'q', big);
    memcpy(buf + big, "\nnext", 5);
    sg__ndjson_iter it;
    sg__ndjson_iter_init(&it, buf, big + 5, 0);
    assert_int_equal(sg__ndjson_iter_next(&it, &line, &len, &lineno), SG_ETOOBIG);
    assert_int_equal(len, big);
    assert_int_equal(sg__ndjson_iter_next(&it, &line, &len, &lineno), 1);
    assert_int_equal(lineno, 2);
    assert_int_equal(len, 4);
    assert_memory_equal(line, "next", 4);
    assert_int_equal(sg__ndjson_iter_next(&it, &line, &len, &lineno), 0);
    free(buf);
}

static void test_read_error(void **state)
{
    (void)state;
    gen g = { .fail = 1 };
    FILE *fp = fopencookie(&g, "r", (cookie_io_functions_t){ .read = gen_read });
    assert_non_null(fp);
    sg__linereader r;
    sg__linereader_init(&r, fp, 0);
    const char *line;
    size_t len;
    long lineno;
    assert_int_equal(sg__linereader_next(&r, &line, &len, &lineno), SG_EIO);
    sg__linereader_free(&r);
    fclose(fp);
}

static void test_nul_bytes_kept(void **state)
{
    (void)state;
    static const char data[] = "a\0b\nc";
    item got[4];
    assert_int_equal(run_reader(data, sizeof data - 1, 0, 2, got, 4), 3);
    assert_int_equal(got[0].len, 3);
    assert_memory_equal(got[0].text, "a\0b", 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_basic_lines),
        cmocka_unit_test(test_trailing_newline_and_empty_input),
        cmocka_unit_test(test_long_line_skipped),
        cmocka_unit_test(test_readers_agree_on_random_input),
        cmocka_unit_test(test_ten_megabyte_line),
        cmocka_unit_test(test_read_error),
        cmocka_unit_test(test_nul_bytes_kept),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
