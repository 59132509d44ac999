/* fuzz_normalize.c — libFuzzer driver for sg__normalize(): any valid UTF-8
 * text up to SG_MAX_TEXT_BYTES must normalise without a crash, into valid
 * UTF-8 of bounded length, with every span inside the input and on its
 * character boundaries, non-decreasing, sg__norm_span() consistent, and
 * the same result with every pass forced on (all_passes). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "normalize.h"
#include "streamguard.h"

static int valid_utf8(const uint8_t *p, size_t len)
{
    size_t pos = 0;
    while (pos < len) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(p + pos, (utf8proc_ssize_t)(len - pos), &cp);
        if (k <= 0)
            return 0;
        pos += (size_t)k;
    }
    return 1;
}

static int is_cont(uint8_t c)
{
    return (c & 0xC0) == 0x80;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static sg__norm n;    /* reused across inputs, as the engine does */
    static sg__norm full; /* every pass run: the fast path's hints must
                             never skip a pass that would change the text */
    static int ready;
    if (!ready) {
        sg__norm_init(&n);
        sg__norm_init(&full);
        full.all_passes = 1;
        ready = 1;
    }
    int valid = valid_utf8(data, size);
    int rc = sg__normalize(&n, (const char *)data, size);
    if (!valid) {
        if (rc != SG_EUTF8 && !(rc == SG_ETOOBIG && size > SG_MAX_TEXT_BYTES))
            abort();
        return 0;
    }
    if (size > SG_MAX_TEXT_BYTES) {
        if (rc != SG_ETOOBIG)
            abort();
        return 0;
    }
    if (rc != 0)
        abort();
    if (n.len > (size_t)SG_NORM_MAX_EXPANSION * size || strlen(n.text) != n.len)
        abort();
    if (!valid_utf8((const uint8_t *)n.text, n.len))
        abort();
    if (n.len && (n.text[0] == ' ' || n.text[n.len - 1] == ' '))
        abort();
    for (size_t i = 0; i < n.len; i++) {
        if (n.text[i] >= 'A' && n.text[i] <= 'Z')
            abort();
        if (i && n.text[i] == ' ' && n.text[i - 1] == ' ')
            abort();
        if (!(n.ostart[i] < n.oend[i] && n.oend[i] <= size))
            abort();
        if (is_cont(data[n.ostart[i]]) || (n.oend[i] < size && is_cont(data[n.oend[i]])))
            abort();
        if (i && (n.ostart[i] < n.ostart[i - 1] || n.oend[i] < n.oend[i - 1]))
            abort();
    }
    if (sg__normalize(&full, (const char *)data, size) != 0 || full.len != n.len ||
        memcmp(full.text, n.text, n.len) != 0 ||
        memcmp(full.ostart, n.ostart, n.len * sizeof *n.ostart) != 0 ||
        memcmp(full.oend, n.oend, n.len * sizeof *n.oend) != 0)
        abort();
    if (n.len) {
        uint32_t os, oe;
        sg__norm_span(&n, 0, n.len, &os, &oe);
        if (os != n.ostart[0] || oe != n.oend[n.len - 1])
            abort();
        size_t mid = n.len / 2;
        sg__norm_span(&n, mid, mid + 1, &os, &oe);
        if (os != n.ostart[mid] || oe != n.oend[mid])
            abort();
    }
    return 0;
}
