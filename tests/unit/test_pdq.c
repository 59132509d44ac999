/* test_pdq.c — PDQ conformance (every normative vector, bit-exact), the
 * streaming filter against the reference-order one, dihedral variants
 * against physically transformed pixels, robustness to re-encoding,
 * resizing and blur, and the hash helpers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <turbojpeg.h>

#include "media/pdq_internal.h"
#include "streamguard.h"

#define DATA SG_SOURCE_DIR "/tests/data/pdq/"

/* ---- helpers ---------------------------------------------------------- */

static int split_tabs(char *line, char **cols, int max)
{
    int n = 0;
    char *p = line;
    while (n < max) {
        cols[n++] = p;
        char *t = strchr(p, '\t');
        if (!t)
            break;
        *t = '\0';
        p = t + 1;
    }
    char *nl = strchr(cols[n - 1], '\n');
    if (nl)
        *nl = '\0';
    return n;
}

static sg_pdq_hash hex_hash(const char *hex)
{
    sg_pdq_hash h;
    assert_int_equal(sg_pdq_from_hex(hex, strlen(hex), &h), 0);
    return h;
}

static void hash_path(const char *rel, sg_pdq_result *r)
{
    char path[512], err[256] = "";
    snprintf(path, sizeof path, DATA "images/%s", rel);
    int rc = sg_pdq_hash_file(path, NULL, r, err, sizeof err);
    if (rc)
        fail_msg("%s: %s", rel, err);
}

static uint8_t *decode_rgb(const char *rel, int *w, int *h)
{
    char path[512], err[256];
    snprintf(path, sizeof path, DATA "images/%s", rel);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *buf = malloc((size_t)n);
    assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    sg__image img;
    assert_int_equal(sg__image_decode(buf, (size_t)n, NULL, &img, err, sizeof err), 0);
    assert_int_equal(img.channels, 3);
    free(buf);
    *w = img.w;
    *h = img.h;
    return img.px;
}

static int rgb_hash(const uint8_t *px, int w, int h, sg_pdq_result *r)
{
    return sg_pdq_hash_rgb(px, w, h, (size_t)w * 3, r);
}

/* ---- conformance ------------------------------------------------------ */

/* computed-hashes.tsv: the reference core at full resolution, all 8
 * dihedral hashes and the quality, for every image in the folder. */
static void test_conformance_computed(void **state)
{
    (void)state;
    FILE *f = fopen(DATA "computed-hashes.tsv", "r");
    assert_non_null(f);
    char line[4096];
    char *cols[16];
    assert_non_null(fgets(line, sizeof line, f)); /* header */
    int images = 0;
    /* columns: fullres_hash quality rot90 rot180 rot270 flipx flipy flipp flipm */
    static const int col_of[SG_DIH__COUNT] = { 4, 6, 7, 8, 9, 10, 11, 12 };
    while (fgets(line, sizeof line, f)) {
        int n = split_tabs(line, cols, 16);
        assert_int_equal(n, 13);
        sg_pdq_result r;
        hash_path(cols[0], &r);
        for (int d = 0; d < SG_DIH__COUNT; d++) {
            sg_pdq_hash want = hex_hash(cols[col_of[d]]);
            if (sg_pdq_distance(&want, &r.hash[d]) != 0) {
                char got[65];
                sg_pdq_to_hex(&r.hash[d], got);
                fail_msg("%s %s: got %s want %s", cols[0], sg_dihedral_name((sg_dihedral)d), got,
                         cols[col_of[d]]);
            }
        }
        assert_int_equal(r.quality, atoi(cols[5]));
        int w, h;
        assert_int_equal(sscanf(cols[1], "%dx%d", &w, &h), 2);
        assert_int_equal(r.width, w);
        assert_int_equal(r.height, h);
        images++;
    }
    fclose(f);
    assert_int_equal(images, 30);
}

/* published-hashes.tsv: the rows the README calls normative (python-
 * threatexchange get_examples and the Java port's test) must match 0 bits. */
static void test_conformance_published(void **state)
{
    (void)state;
    FILE *f = fopen(DATA "published-hashes.tsv", "r");
    assert_non_null(f);
    char line[4096];
    char *cols[8];
    assert_non_null(fgets(line, sizeof line, f));
    int normative = 0;
    while (fgets(line, sizeof line, f)) {
        split_tabs(line, cols, 8);
        bool is_normative = strstr(cols[0], "signal.py") || strstr(cols[0], "PDQHasherTest");
        if (!is_normative)
            continue;
        sg_pdq_result r;
        hash_path(cols[1], &r);
        sg_pdq_hash want = hex_hash(cols[2]);
        if (sg_pdq_distance(&want, &r.hash[SG_DIH_ORIGINAL]) != 0)
            fail_msg("%s (%s): %d bits off", cols[1], cols[0],
                     sg_pdq_distance(&want, &r.hash[SG_DIH_ORIGINAL]));
        normative++;
    }
    fclose(f);
    assert_int_equal(normative, 16);
}

/* ---- the fast filter equals the reference-order one -------------------- */

static uint32_t rng_state = 12345;
static uint32_t rnd(void)
{
    rng_state = rng_state * 1664525u + 1013904223u;
    return rng_state >> 8;
}

static void test_streaming_equals_reference_order(void **state)
{
    (void)state;
    /* Sizes around every edge: minimum, exact 64, windows of 1..n, odd
     * heights (partial 8-row blocks), widths below and above 8/64/128. */
    static const int sizes[][2] = { { 5, 5 },     { 7, 300 },   { 300, 7 },   { 63, 65 },
                                    { 65, 63 },   { 64, 65 },   { 127, 129 }, { 128, 128 },
                                    { 129, 257 }, { 1000, 37 }, { 37, 1000 }, { 255, 9 },
                                    { 333, 222 }, { 640, 360 }, { 17, 2049 } };
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        int w = sizes[s][0], h = sizes[s][1];
        float *luma = malloc(sizeof(float) * (size_t)w * h);
        uint8_t *rgb = malloc((size_t)w * h * 3);
        /* smooth gradients plus noise, so the hash has structure */
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                size_t i = (size_t)y * w + x;
                for (int c = 0; c < 3; c++)
                    rgb[3 * i + c] =
                        (uint8_t)((x * (c + 1) * 7 / (w + 1) * 16 + y * 255 / h + (rnd() % 40)) &
                                  255);
                luma[i] = 0.299f * rgb[3 * i] + 0.587f * rgb[3 * i + 1] + 0.114f * rgb[3 * i + 2];
            }
        sg_pdq_result fast, naive, from_rgb;
        assert_int_equal(sg_pdq_hash_luma(luma, w, h, &fast), 0);
        assert_int_equal(sg__pdq_hash_luma_naive(luma, w, h, &naive), 0);
        assert_int_equal(rgb_hash(rgb, w, h, &from_rgb), 0);
        if (memcmp(fast.hash, naive.hash, sizeof fast.hash) || fast.quality != naive.quality)
            fail_msg("%dx%d: streaming filter differs from the reference order", w, h);
        if (memcmp(fast.hash, from_rgb.hash, sizeof fast.hash))
            fail_msg("%dx%d: RGB path differs from the luma path", w, h);
        free(luma);
        free(rgb);
    }
}

static void test_deterministic(void **state)
{
    (void)state;
    sg_pdq_result a, b;
    hash_path("reg-test-input/pen-and-coaster.png", &a);
    hash_path("reg-test-input/pen-and-coaster.png", &b);
    assert_memory_equal(&a, &b, sizeof a);
    int w, h;
    uint8_t *px = decode_rgb("bridge-mods/shrink-a-little.jpg", &w, &h);
    assert_int_equal(rgb_hash(px, w, h, &a), 0);
    assert_int_equal(rgb_hash(px, w, h, &b), 0);
    assert_memory_equal(&a, &b, sizeof a);
    free(px);
}

/* ---- dihedral variants vs physically transformed pixels ---------------- */

/* out(x, y) = in(src_x, src_y) for each variant; W, H of the input. */
static void transform(const uint8_t *in, int w, int h, sg_dihedral d, uint8_t *out, int *ow,
                      int *oh)
{
    bool swap = d == SG_DIH_ROT90 || d == SG_DIH_ROT270 || d == SG_DIH_FLIPP || d == SG_DIH_FLIPM;
    *ow = swap ? h : w;
    *oh = swap ? w : h;
    for (int y = 0; y < *oh; y++)
        for (int x = 0; x < *ow; x++) {
            int sx, sy;
            switch (d) {
            case SG_DIH_ROT90:
                sx = w - 1 - y;
                sy = x;
                break; /* counter-clockwise */
            case SG_DIH_ROT180:
                sx = w - 1 - x;
                sy = h - 1 - y;
                break;
            case SG_DIH_ROT270:
                sx = y;
                sy = h - 1 - x;
                break;
            case SG_DIH_FLIPX:
                sx = x;
                sy = h - 1 - y;
                break; /* top <-> bottom */
            case SG_DIH_FLIPY:
                sx = w - 1 - x;
                sy = y;
                break; /* mirror */
            case SG_DIH_FLIPP:
                sx = y;
                sy = x;
                break; /* main diagonal */
            case SG_DIH_FLIPM:
                sx = w - 1 - y;
                sy = h - 1 - x;
                break; /* minor diagonal */
            default:
                sx = x;
                sy = y;
                break;
            }
            memcpy(out + ((size_t)y * *ow + x) * 3, in + ((size_t)sy * w + sx) * 3, 3);
        }
}

static void test_dihedral_matches_physical_transform(void **state)
{
    (void)state;
    /* Not exact: a mirrored image samples pixels one place over (the
     * decimation grid and an even box window are not symmetric), so a few
     * bits move. (labelme q0122, a fine regular texture, moves 66-100 bits
     * under mirroring in the reference too, and is left out.) */
    static const char *images[] = { "reg-test-input/dih/bridge-1-original.jpg",
                                    "reg-test-input/pen-and-coaster.png" };
    for (size_t i = 0; i < sizeof images / sizeof images[0]; i++) {
        int w, h, ow, oh;
        uint8_t *px = decode_rgb(images[i], &w, &h);
        uint8_t *t = malloc((size_t)w * h * 3);
        sg_pdq_result orig, moved;
        assert_int_equal(rgb_hash(px, w, h, &orig), 0);
        for (int d = SG_DIH_ROT90; d < SG_DIH__COUNT; d++) {
            transform(px, w, h, (sg_dihedral)d, t, &ow, &oh);
            assert_int_equal(rgb_hash(t, ow, oh, &moved), 0);
            int dist = sg_pdq_distance(&orig.hash[d], &moved.hash[SG_DIH_ORIGINAL]);
            if (dist > 16)
                fail_msg("%s %s: dihedral hash is %d bits from the transformed image", images[i],
                         sg_dihedral_name((sg_dihedral)d), dist);
            /* and it is far from the untransformed hash: the check has teeth */
            assert_true(sg_pdq_distance(&orig.hash[SG_DIH_ORIGINAL], &moved.hash[SG_DIH_ORIGINAL]) >
                        31);
        }
        free(t);
        free(px);
    }
}

/* The shipped dihedral files: the rotated JPEG's own hash against the
 * original's dihedral hash (different JPEG encodes: a few bits). */
static void test_dihedral_files(void **state)
{
    (void)state;
    static const struct {
        const char *file;
        sg_dihedral d;
    } cases[] = { { "reg-test-input/dih/bridge-2-rotate-90.jpg", SG_DIH_ROT90 },
                  { "reg-test-input/dih/bridge-3-rotate-180.jpg", SG_DIH_ROT180 },
                  { "reg-test-input/dih/bridge-4-rotate-270.jpg", SG_DIH_ROT270 },
                  { "reg-test-input/dih/bridge-5-flipx.jpg", SG_DIH_FLIPX },
                  { "reg-test-input/dih/bridge-6-flipy.jpg", SG_DIH_FLIPY },
                  { "reg-test-input/dih/bridge-7-flip-plus-1.jpg", SG_DIH_FLIPP },
                  { "reg-test-input/dih/bridge-8-flip-minus-1.jpg", SG_DIH_FLIPM } };
    sg_pdq_result orig, r;
    hash_path("reg-test-input/dih/bridge-1-original.jpg", &orig);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        hash_path(cases[i].file, &r);
        int dist = sg_pdq_distance(&orig.hash[cases[i].d], &r.hash[SG_DIH_ORIGINAL]);
        if (dist > 16)
            fail_msg("%s: %d bits from the original's %s hash", cases[i].file, dist,
                     sg_dihedral_name(cases[i].d));
    }
}

/* ---- robustness: re-encode, resize, blur stay within the threshold ---- */

static void test_robust_to_reencode_resize_blur(void **state)
{
    (void)state;
    int w, h;
    uint8_t *px = decode_rgb("reg-test-input/dih/bridge-1-original.jpg", &w, &h);
    sg_pdq_result orig, r;
    assert_int_equal(rgb_hash(px, w, h, &orig), 0);
    char err[256];

    /* JPEG at quality 30 */
    tjhandle tj = tjInitCompress();
    unsigned char *jpg = NULL;
    unsigned long jlen = 0;
    assert_int_equal(tjCompress2(tj, px, w, 0, h, TJPF_RGB, &jpg, &jlen, TJSAMP_420, 30, 0), 0);
    assert_int_equal(sg_pdq_hash_image(jpg, jlen, NULL, &r, err, sizeof err), 0);
    int d_jpeg = sg_pdq_distance(&orig.hash[0], &r.hash[0]);
    tjFree(jpg);
    tjDestroy(tj);

    /* resize to 40% (box average) */
    int sw = w * 2 / 5, sh = h * 2 / 5;
    uint8_t *small = malloc((size_t)sw * sh * 3);
    for (int y = 0; y < sh; y++)
        for (int x = 0; x < sw; x++)
            for (int c = 0; c < 3; c++) {
                int x0 = x * w / sw, x1 = (x + 1) * w / sw, y0 = y * h / sh, y1 = (y + 1) * h / sh;
                unsigned sum = 0, n = 0;
                for (int yy = y0; yy < y1; yy++)
                    for (int xx = x0; xx < x1; xx++, n++)
                        sum += px[((size_t)yy * w + xx) * 3 + c];
                small[((size_t)y * sw + x) * 3 + c] = (uint8_t)(sum / n);
            }
    assert_int_equal(rgb_hash(small, sw, sh, &r), 0);
    int d_resize = sg_pdq_distance(&orig.hash[0], &r.hash[0]);
    free(small);

    /* light blur: 3x3 box */
    uint8_t *blur = malloc((size_t)w * h * 3);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
            for (int c = 0; c < 3; c++) {
                unsigned sum = 0, n = 0;
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++) {
                        int yy = y + dy, xx = x + dx;
                        if (yy < 0 || yy >= h || xx < 0 || xx >= w)
                            continue;
                        sum += px[((size_t)yy * w + xx) * 3 + c];
                        n++;
                    }
                blur[((size_t)y * w + x) * 3 + c] = (uint8_t)(sum / n);
            }
    assert_int_equal(rgb_hash(blur, w, h, &r), 0);
    int d_blur = sg_pdq_distance(&orig.hash[0], &r.hash[0]);
    free(blur);

    print_message("distances: jpeg q30 %d, resize 40%% %d, 3x3 blur %d\n", d_jpeg, d_resize,
                  d_blur);
    assert_true(d_jpeg <= 31);
    assert_true(d_resize <= 31);
    assert_true(d_blur <= 31);

    /* and an unrelated image is far away */
    hash_path("misc-images/c.png", &r);
    assert_true(sg_pdq_distance(&orig.hash[0], &r.hash[0]) > 31);
    free(px);
}

/* ---- edge cases ------------------------------------------------------- */

static void test_too_small_gives_zero_hash(void **state)
{
    (void)state;
    uint8_t px[4 * 100 * 3];
    for (size_t i = 0; i < sizeof px; i++)
        px[i] = (uint8_t)(i * 37);
    sg_pdq_result r;
    sg_pdq_hash zero;
    memset(&zero, 0, sizeof zero);
    assert_int_equal(sg_pdq_hash_rgb(px, 4, 100, 12, &r), 0);
    for (int d = 0; d < SG_DIH__COUNT; d++)
        assert_memory_equal(&r.hash[d], &zero, sizeof zero);
    assert_int_equal(r.quality, 0);
    assert_int_equal(r.width, 4);
    assert_int_equal(r.height, 100);
    assert_int_equal(sg_pdq_hash_rgb(px, 100, 4, 300, &r), 0);
    assert_memory_equal(&r.hash[0], &zero, sizeof zero);
    assert_int_equal(r.quality, 0);
    /* 5x5 is hashed */
    assert_int_equal(sg_pdq_hash_rgb(px, 5, 5, 15, &r), 0);
    assert_true(memcmp(&r.hash[0], &zero, sizeof zero) != 0);
    /* invalid arguments */
    assert_int_equal(sg_pdq_hash_rgb(NULL, 5, 5, 15, &r), SG_EINVAL);
    assert_int_equal(sg_pdq_hash_rgb(px, 5, 5, 14, &r), SG_EINVAL);
    assert_int_equal(sg_pdq_hash_luma(NULL, 5, 5, &r), SG_EINVAL);
}

static void test_exactly_64_is_not_blurred(void **state)
{
    (void)state;
    /* At 64x64 the reference skips the filter: a one-pixel checkerboard
     * keeps its full contrast, so the quality is at the cap. */
    float luma[64 * 64];
    for (int i = 0; i < 64 * 64; i++)
        luma[i] = ((i / 64 + i % 64) & 1) ? 255.0f : 0.0f;
    sg_pdq_result r;
    assert_int_equal(sg_pdq_hash_luma(luma, 64, 64, &r), 0);
    assert_int_equal(r.quality, 100);
    sg_pdq_result n;
    assert_int_equal(sg__pdq_hash_luma_naive(luma, 64, 64, &n), 0);
    assert_memory_equal(r.hash, n.hash, sizeof r.hash);
}

static void test_hex_and_distance(void **state)
{
    (void)state;
    const char *hex = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    sg_pdq_hash h;
    char out[65];
    assert_int_equal(sg_pdq_from_hex(hex, 64, &h), 0);
    sg_pdq_to_hex(&h, out);
    assert_string_equal(out, hex);
    assert_int_equal(h.bytes[0], 0xf8);
    char upper[65];
    for (int i = 0; i < 65; i++)
        upper[i] = (char)(hex[i] >= 'a' && hex[i] <= 'f' ? hex[i] - 32 : hex[i]);
    sg_pdq_hash hu;
    assert_int_equal(sg_pdq_from_hex(upper, 64, &hu), 0);
    assert_memory_equal(&h, &hu, sizeof h);
    assert_int_equal(sg_pdq_from_hex(hex, 63, &hu), SG_EINVAL);
    assert_int_equal(
        sg_pdq_from_hex("g8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22", 64,
                        &hu),
        SG_EINVAL);
    sg_pdq_hash z;
    memset(&z, 0, sizeof z);
    sg_pdq_hash ones;
    memset(&ones, 0xff, sizeof ones);
    assert_int_equal(sg_pdq_distance(&z, &ones), 256);
    assert_int_equal(sg_pdq_distance(&h, &h), 0);
    assert_string_equal(sg_dihedral_name(SG_DIH_ROT90), "rot90");
    assert_string_equal(sg_dihedral_name(SG_DIH_FLIPM), "flipm");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_conformance_computed),
        cmocka_unit_test(test_conformance_published),
        cmocka_unit_test(test_streaming_equals_reference_order),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_dihedral_matches_physical_transform),
        cmocka_unit_test(test_dihedral_files),
        cmocka_unit_test(test_robust_to_reencode_resize_blur),
        cmocka_unit_test(test_too_small_gives_zero_hash),
        cmocka_unit_test(test_exactly_64_is_not_blurred),
        cmocka_unit_test(test_hex_and_distance),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
