/* test_image.c — image decoding for PDQ: every PNG colour type and depth,
 * grey / CMYK / progressive JPEG, WebP, the fast mode, and bad input
 * (truncated, corrupt, zero-byte, wrong format, decompression bombs). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jpeglib.h>
#include <png.h>
#include <turbojpeg.h>
#if defined(__has_include)
#if __has_include(<webp/encode.h>)
#include <webp/encode.h>
#define SG_HAVE_WEBP_TEST 1
#endif
#endif

#include "media/pdq_internal.h"
#include "streamguard.h"

#define DATA SG_SOURCE_DIR "/tests/data/pdq/"

static uint8_t *load(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *buf = malloc((size_t)n + 1);
    assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    *len = (size_t)n;
    return buf;
}

/* A 96x80 test picture with structure in every channel. */
#define TW 96
#define TH 80
static void picture(uint8_t rgb[TH][TW][3])
{
    for (int y = 0; y < TH; y++)
        for (int x = 0; x < TW; x++) {
            rgb[y][x][0] = (uint8_t)(x * 255 / TW);
            rgb[y][x][1] = (uint8_t)(((x / 12 + y / 10) & 1) ? 200 : 40);
            rgb[y][x][2] = (uint8_t)(y * 255 / TH);
        }
}

/* ---- PNG writer to memory ------------------------------------------- */

typedef struct membuf {
    uint8_t *data;
    size_t len, cap;
} membuf;

static void mem_write(png_structp png, png_bytep p, png_size_t n)
{
    membuf *m = png_get_io_ptr(png);
    if (m->len + n > m->cap) {
        m->cap = (m->len + n) * 2;
        m->data = realloc(m->data, m->cap);
    }
    memcpy(m->data + m->len, p, n);
    m->len += n;
}

static void mem_flush(png_structp png)
{
    (void)png;
}

/* Writes rows (already in the PNG's layout) as a PNG. */
static membuf write_png(int w, int h, int color, int depth, int interlace, uint8_t **rows,
                        png_colorp palette, int npal, png_bytep trans, int ntrans)
{
    membuf m = { NULL, 0, 0 };
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png_create_info_struct(png);
    if (setjmp(png_jmpbuf(png)))
        fail_msg("png write failed");
    png_set_write_fn(png, &m, mem_write, mem_flush);
    png_set_IHDR(png, info, (png_uint_32)w, (png_uint_32)h, depth, color, interlace,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (palette)
        png_set_PLTE(png, info, palette, npal);
    if (trans)
        png_set_tRNS(png, info, trans, ntrans, NULL);
    png_write_info(png, info);
    png_write_image(png, rows);
    png_write_end(png, NULL);
    png_destroy_write_struct(&png, &info);
    return m;
}

static void hash_mem(const uint8_t *d, size_t n, sg_pdq_result *r)
{
    char err[256] = "";
    int rc = sg_pdq_hash_image(d, n, NULL, r, err, sizeof err);
    if (rc)
        fail_msg("decode failed: %s (%s)", err, sg_strerror(rc));
}

static void test_png_variants(void **state)
{
    (void)state;
    static uint8_t rgb[TH][TW][3];
    picture(rgb);
    sg_pdq_result want_rgb, want_grey, r;
    assert_int_equal(sg_pdq_hash_rgb(&rgb[0][0][0], TW, TH, TW * 3, &want_rgb), 0);
    static uint8_t grey[TH][TW];
    for (int y = 0; y < TH; y++)
        for (int x = 0; x < TW; x++)
            grey[y][x] = rgb[y][x][0];
    assert_int_equal(sg__pdq_hash_gray8(&grey[0][0], TW, TH, TW, &want_grey), 0);

    uint8_t *rows[TH];
    static uint8_t buf[TH][TW * 8];

    /* RGB 8-bit, plain and interlaced */
    for (int il = 0; il <= 1; il++) {
        for (int y = 0; y < TH; y++)
            rows[y] = &rgb[y][0][0];
        membuf m = write_png(TW, TH, PNG_COLOR_TYPE_RGB, 8,
                             il ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE, rows, NULL, 0, NULL, 0);
        hash_mem(m.data, m.len, &r);
        assert_memory_equal(r.hash, want_rgb.hash, sizeof r.hash);
        assert_int_equal(r.width, TW);
        free(m.data);
    }
    /* RGBA: alpha ignored (no compositing), even where fully transparent */
    for (int y = 0; y < TH; y++) {
        for (int x = 0; x < TW; x++) {
            memcpy(&buf[y][x * 4], rgb[y][x], 3);
            buf[y][x * 4 + 3] = (uint8_t)(x < TW / 2 ? 0 : 255);
        }
        rows[y] = buf[y];
    }
    membuf m = write_png(TW, TH, PNG_COLOR_TYPE_RGB_ALPHA, 8, 0, rows, NULL, 0, NULL, 0);
    hash_mem(m.data, m.len, &r);
    assert_memory_equal(r.hash, want_rgb.hash, sizeof r.hash);
    free(m.data);

    /* RGB 16-bit: the high byte is the sample */
    for (int y = 0; y < TH; y++) {
        for (int x = 0; x < TW; x++)
            for (int c = 0; c < 3; c++) {
                buf[y][x * 6 + 2 * c] = rgb[y][x][c];
                buf[y][x * 6 + 2 * c + 1] = (uint8_t)(x * 31 + y);
            }
        rows[y] = buf[y];
    }
    m = write_png(TW, TH, PNG_COLOR_TYPE_RGB, 16, 0, rows, NULL, 0, NULL, 0);
    hash_mem(m.data, m.len, &r);
    assert_memory_equal(r.hash, want_rgb.hash, sizeof r.hash);
    free(m.data);

    /* grey 8, grey 16, grey + alpha: one channel, the grey is the luma */
    for (int y = 0; y < TH; y++)
        rows[y] = grey[y];
    m = write_png(TW, TH, PNG_COLOR_TYPE_GRAY, 8, 0, rows, NULL, 0, NULL, 0);
    hash_mem(m.data, m.len, &r);
    assert_memory_equal(r.hash, want_grey.hash, sizeof r.hash);
    free(m.data);
    for (int y = 0; y < TH; y++) {
        for (int x = 0; x < TW; x++) {
            buf[y][2 * x] = grey[y][x];
            buf[y][2 * x + 1] = (uint8_t)(x * 3);
        }
        rows[y] = buf[y];
    }
    m = write_png(TW, TH, PNG_COLOR_TYPE_GRAY, 16, 0, rows, NULL, 0, NULL, 0);
    hash_mem(m.data, m.len, &r);
    assert_memory_equal(r.hash, want_grey.hash, sizeof r.hash);
    free(m.data);
    m = write_png(TW, TH, PNG_COLOR_TYPE_GRAY_ALPHA, 8, 0, rows, NULL, 0, NULL, 0);
    hash_mem(m.data, m.len, &r);
    assert_memory_equal(r.hash, want_grey.hash, sizeof r.hash);
    free(m.data);

    /* palette (with a transparent entry): expands to RGB */
    png_color pal[4] = { { 0, 0, 0 }, { 255, 0, 0 }, { 0, 128, 255 }, { 250, 250, 250 } };
    png_byte trans[1] = { 0 };
    static uint8_t prgb[TH][TW][3];
    for (int y = 0; y < TH; y++) {
        for (int x = 0; x < TW; x++) {
            int idx = ((x / 8) + (y / 16) * 3) & 3;
            buf[y][x] = (uint8_t)idx;
            prgb[y][x][0] = pal[idx].red;
            prgb[y][x][1] = pal[idx].green;
            prgb[y][x][2] = pal[idx].blue;
        }
        rows[y] = buf[y];
    }
    sg_pdq_result want_pal;
    assert_int_equal(sg_pdq_hash_rgb(&prgb[0][0][0], TW, TH, TW * 3, &want_pal), 0);
    m = write_png(TW, TH, PNG_COLOR_TYPE_PALETTE, 8, 0, rows, pal, 4, trans, 1);
    hash_mem(m.data, m.len, &r);
    assert_memory_equal(r.hash, want_pal.hash, sizeof r.hash);

    /* truncated PNG: an error, not a hash */
    sg_pdq_result bad;
    char err[256] = "";
    int rc = sg_pdq_hash_image(m.data, m.len / 2, NULL, &bad, err, sizeof err);
    assert_int_equal(rc, SG_EDECODE);
    assert_true(strlen(err) > 0);
    /* corrupt IDAT (CRC mismatch on a critical chunk) */
    uint8_t *c = malloc(m.len);
    memcpy(c, m.data, m.len);
    c[m.len - 20] ^= 0x55;
    rc = sg_pdq_hash_image(c, m.len, NULL, &bad, err, sizeof err);
    assert_int_equal(rc, SG_EDECODE);
    free(c);
    free(m.data);
}

/* ---- JPEG ------------------------------------------------------------- */

static void test_jpeg_grey_cmyk_progressive(void **state)
{
    (void)state;
    static uint8_t rgb[TH][TW][3];
    picture(rgb);
    tjhandle tj = tjInitCompress();
    unsigned char *a = NULL, *b = NULL;
    unsigned long alen = 0, blen = 0;
    sg_pdq_result ra, rb;

    /* progressive and baseline carry the same coefficients: same pixels */
    assert_int_equal(
        tjCompress2(tj, &rgb[0][0][0], TW, 0, TH, TJPF_RGB, &a, &alen, TJSAMP_444, 90, 0), 0);
    assert_int_equal(tjCompress2(tj, &rgb[0][0][0], TW, 0, TH, TJPF_RGB, &b, &blen, TJSAMP_444, 90,
                                 TJFLAG_PROGRESSIVE),
                     0);
    hash_mem(a, alen, &ra);
    hash_mem(b, blen, &rb);
    assert_memory_equal(ra.hash, rb.hash, sizeof ra.hash);
    tjFree(b);
    b = NULL;
    /* a fresh handle: TurboJPEG 2.1 keeps the progressive scan script */
    tjDestroy(tj);
    tj = tjInitCompress();

    /* grey JPEG: decoded as one channel */
    static uint8_t grey[TH][TW];
    for (int y = 0; y < TH; y++)
        for (int x = 0; x < TW; x++)
            grey[y][x] = rgb[y][x][0];
    assert_int_equal(
        tjCompress2(tj, &grey[0][0], TW, 0, TH, TJPF_GRAY, &b, &blen, TJSAMP_GRAY, 95, 0), 0);
    sg__image img;
    char err[256];
    if (sg__image_decode(b, blen, NULL, &img, err, sizeof err))
        fail_msg("grey JPEG: %s", err);
    assert_int_equal(img.channels, 1);
    free(img.px);
    tjFree(b);
    b = NULL;

    /* CMYK JPEG (Adobe-inverted samples, as Photoshop and TurboJPEG write
     * them), made from a real photo: converts back to about the same RGB,
     * and hashes within a few bits of it. */
    size_t plen;
    uint8_t *photo = load(DATA "images/bridge-mods/shrink-a-little.jpg", &plen);
    sg__image src;
    assert_int_equal(sg__image_decode(photo, plen, NULL, &src, err, sizeof err), 0);
    size_t npx = (size_t)src.w * src.h;
    uint8_t *cmyk = malloc(npx * 4);
    for (size_t i = 0; i < npx; i++) {
        /* no black ink: stored k = 255, stored c/m/y = the RGB value */
        memcpy(cmyk + 4 * i, src.px + 3 * i, 3);
        cmyk[4 * i + 3] = 255;
    }
    assert_int_equal(
        tjCompress2(tj, cmyk, src.w, 0, src.h, TJPF_CMYK, &b, &blen, TJSAMP_444, 95, 0), 0);
    assert_int_equal(sg__image_decode(b, blen, NULL, &img, err, sizeof err), 0);
    assert_int_equal(img.channels, 3);
    int maxdiff = 0;
    for (size_t i = 0; i < npx * 3; i++) {
        int d = abs(img.px[i] - src.px[i]);
        if (d > maxdiff)
            maxdiff = d;
    }
    assert_true(maxdiff <= 40); /* JPEG loss only: an inversion would be ~255 */
    free(img.px);
    sg_pdq_result want;
    assert_int_equal(sg_pdq_hash_rgb(src.px, src.w, src.h, (size_t)src.w * 3, &want), 0);
    hash_mem(b, blen, &rb);
    print_message("CMYK vs RGB: max sample diff %d, %d bits\n", maxdiff,
                  sg_pdq_distance(&want.hash[0], &rb.hash[0]));
    assert_true(sg_pdq_distance(&want.hash[0], &rb.hash[0]) <= 16);
    free(cmyk);
    free(src.px);
    free(photo);
    tjFree(b);
    tjFree(a);
    tjDestroy(tj);
}

static void test_jpeg_fast_mode(void **state)
{
    (void)state;
    size_t len;
    uint8_t *d = load(DATA "images/reg-test-input/dih/bridge-1-original.jpg", &len);
    sg_pdq_result full, fast;
    char err[256];
    sg_image_opts o = { 0, true };
    assert_int_equal(sg_pdq_hash_image(d, len, NULL, &full, err, sizeof err), 0);
    assert_int_equal(sg_pdq_hash_image(d, len, &o, &fast, err, sizeof err), 0);
    int dist = sg_pdq_distance(&full.hash[0], &fast.hash[0]);
    print_message("fast mode drift on the bridge: %d bits\n", dist);
    assert_true(dist <= 31);
    assert_true(fast.width < full.width); /* it really decoded smaller */
    free(d);
}

#ifdef SG_HAVE_WEBP_TEST
static void test_webp(void **state)
{
    (void)state;
    static uint8_t rgb[TH][TW][3];
    picture(rgb);
    uint8_t *out = NULL;
    size_t n = WebPEncodeLosslessRGB(&rgb[0][0][0], TW, TH, TW * 3, &out);
    assert_true(n > 0);
    sg_pdq_result want, r;
    assert_int_equal(sg_pdq_hash_rgb(&rgb[0][0][0], TW, TH, TW * 3, &want), 0);
    hash_mem(out, n, &r);
    assert_memory_equal(r.hash, want.hash, sizeof r.hash);
    char err[256];
    assert_int_equal(sg_pdq_hash_image(out, n - 10, NULL, &r, err, sizeof err), SG_EDECODE);
    WebPFree(out);
}
#endif

/* ---- the streamed JPEG path equals the TurboJPEG buffer path ----------- */

static uint32_t rng_state = 777;
static uint32_t rnd(void)
{
    rng_state = rng_state * 1664525u + 1013904223u;
    return rng_state >> 8;
}

/* Colour ramps, hard edges and noise: chroma that upsampling must get
 * right at every edge, and values near 0 and 255 so the colour
 * conversion's clamping is exercised. */
static uint8_t *busy_rgb(int w, int h)
{
    uint8_t *p = malloc((size_t)w * h * 3 + 1);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
            for (int c = 0; c < 3; c++) {
                int v = (x * (c + 1) * 255) / (w + 1) + (y * (3 - c) * 97) / (h + 1);
                if (((x / 5) ^ (y / 3) ^ c) & 1)
                    v = 255 - v;
                v += (int)(rnd() % 61) - 30;
                p[((size_t)y * w + x) * 3 + c] = (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v);
            }
    return p;
}

static float *luma_plane(const sg__image *im)
{
    size_t n = (size_t)im->w * im->h;
    float *l = malloc(n * sizeof(float) + 1);
    for (size_t i = 0; i < n; i++)
        l[i] = im->channels == 1 ? (float)im->px[i]
                                 : 0.299f * im->px[3 * i] + 0.587f * im->px[3 * i + 1] +
                                       0.114f * im->px[3 * i + 2];
    return l;
}

/* Decodes j both ways (TurboJPEG into one buffer, libjpeg row by row) and
 * requires the same pixels, the same luma plane and the same hash. */
static void check_same_pixels(const uint8_t *j, size_t n, const sg_image_opts *o, const char *what)
{
    sg__image a, b;
    char err[256];
    if (sg__image_decode(j, n, o, &a, err, sizeof err))
        fail_msg("%s: TurboJPEG decode: %s", what, err);
    if (sg__jpeg_decode_streamed(j, n, o, &b, err, sizeof err))
        fail_msg("%s: streamed decode: %s", what, err);
    if (a.w != b.w || a.h != b.h || a.channels != b.channels)
        fail_msg("%s: %dx%dx%d vs %dx%dx%d", what, a.w, a.h, a.channels, b.w, b.h, b.channels);
    size_t bytes = (size_t)a.w * a.h * a.channels;
    if (memcmp(a.px, b.px, bytes)) {
        size_t i = 0;
        while (a.px[i] == b.px[i])
            i++;
        fail_msg("%s: pixels differ first at byte %zu (%u vs %u)", what, i, a.px[i], b.px[i]);
    }
    float *la = luma_plane(&a), *lb = luma_plane(&b);
    if (memcmp(la, lb, (size_t)a.w * a.h * sizeof(float)))
        fail_msg("%s: luma planes differ", what);
    sg_pdq_result want, got;
    if (a.channels == 1)
        assert_int_equal(sg__pdq_hash_gray8(a.px, a.w, a.h, (size_t)a.w, &want), 0);
    else
        assert_int_equal(sg_pdq_hash_rgb(a.px, a.w, a.h, (size_t)a.w * 3, &want), 0);
    if (sg_pdq_hash_image(j, n, o, &got, err, sizeof err))
        fail_msg("%s: sg_pdq_hash_image: %s", what, err);
    if (memcmp(&want, &got, sizeof want))
        fail_msg("%s: hash of the streamed path differs from decode + hash", what);
    free(la);
    free(lb);
    free(a.px);
    free(b.px);
}

static void test_jpeg_streamed_equals_buffer_decode(void **state)
{
    (void)state;
    static const int samps[] = { TJSAMP_444,  TJSAMP_422, TJSAMP_420,
                                 TJSAMP_GRAY, TJSAMP_440, TJSAMP_411 };
    static const char *const sampname[] = { "444", "422", "420", "grey", "440", "411" };
    static const int sizes[][2] = { { 1, 1 },   { 2, 2 },     { 3, 1 },     { 4, 7 },   { 7, 5 },
                                    { 17, 9 },  { 9, 17 },    { 33, 31 },   { 64, 64 }, { 65, 63 },
                                    { 130, 3 }, { 257, 129 }, { 1023, 769 } };
    static const int quals[] = { 35, 90, 100 };
    sg_image_opts fast = { 0, true };
    int checked = 0;
    for (size_t z = 0; z < sizeof sizes / sizeof sizes[0]; z++) {
        int w = sizes[z][0], h = sizes[z][1];
        uint8_t *rgb = busy_rgb(w, h);
        for (size_t s = 0; s < sizeof samps / sizeof samps[0]; s++)
            for (size_t q = 0; q < sizeof quals / sizeof quals[0]; q++) {
                /* the big image at one quality per subsampling is enough */
                if (w > 1000 && q != 1)
                    continue;
                for (int prog = 0; prog < 2; prog++) {
                    if (prog && (w > 1000 || q != 1))
                        continue;
                    /* a fresh handle each time: TurboJPEG 2.1 keeps the
                     * progressive scan script */
                    tjhandle tj = tjInitCompress();
                    unsigned char *j = NULL;
                    unsigned long n = 0;
                    int flags = prog ? TJFLAG_PROGRESSIVE : 0;
                    if (tjCompress2(tj, rgb, w, 0, h, TJPF_RGB, &j, &n, samps[s], quals[q], flags) <
                        0)
                        fail_msg("compress %dx%d: %s", w, h, tjGetErrorStr2(tj));
                    char what[96];
                    snprintf(what, sizeof what, "%dx%d %s q%d%s", w, h, sampname[s], quals[q],
                             prog ? " progressive" : "");
                    check_same_pixels(j, n, NULL, what);
                    if (w >= 257) { /* fast mode scales these */
                        strcat(what, " fast");
                        check_same_pixels(j, n, &fast, what);
                    }
                    checked++;
                    tjFree(j);
                    tjDestroy(tj);
                }
            }
        free(rgb);
    }
    print_message("%d JPEGs: streamed pixels, luma and hash equal TurboJPEG's\n", checked);
}

/* A JPEG stored as RGB (Adobe transform 0, no YCbCr), written with
 * libjpeg itself: TurboJPEG cannot make one. */
static void write_rgb_colorspace_jpeg(const uint8_t *rgb, int w, int h, unsigned char **out,
                                      unsigned long *n)
{
    struct jpeg_compress_struct c;
    struct jpeg_error_mgr e;
    c.err = jpeg_std_error(&e);
    jpeg_create_compress(&c);
    jpeg_mem_dest(&c, out, n);
    c.image_width = (JDIMENSION)w;
    c.image_height = (JDIMENSION)h;
    c.input_components = 3;
    c.in_color_space = JCS_RGB;
    jpeg_set_defaults(&c);
    jpeg_set_colorspace(&c, JCS_RGB);
    jpeg_set_quality(&c, 85, TRUE);
    jpeg_start_compress(&c, TRUE);
    for (int y = 0; y < h; y++) {
        JSAMPROW row = (JSAMPROW)(rgb + (size_t)y * w * 3);
        jpeg_write_scanlines(&c, &row, 1);
    }
    jpeg_finish_compress(&c);
    jpeg_destroy_compress(&c);
}

static void test_jpeg_streamed_rgb_and_cmyk(void **state)
{
    (void)state;
    int w = 211, h = 97;
    uint8_t *rgb = busy_rgb(w, h);
    unsigned char *j = NULL;
    unsigned long n = 0;
    write_rgb_colorspace_jpeg(rgb, w, h, &j, &n);
    check_same_pixels(j, n, NULL, "RGB colour space");
    free(j);

    /* CMYK at two subsamplings (TurboJPEG writes YCCK) */
    uint8_t *cmyk = malloc((size_t)w * h * 4);
    for (size_t i = 0; i < (size_t)w * h; i++) {
        memcpy(cmyk + 4 * i, rgb + 3 * i, 3);
        cmyk[4 * i + 3] = (uint8_t)(128 + (rnd() % 128));
    }
    for (int s = 0; s < 2; s++) {
        tjhandle tj = tjInitCompress();
        unsigned char *c = NULL;
        unsigned long cn = 0;
        assert_int_equal(
            tjCompress2(tj, cmyk, w, 0, h, TJPF_CMYK, &c, &cn, s ? TJSAMP_420 : TJSAMP_444, 90, 0),
            0);
        check_same_pixels(c, cn, NULL, s ? "CMYK 420" : "CMYK 444");
        tjFree(c);
        tjDestroy(tj);
    }
    free(cmyk);
    free(rgb);
}

/* Truncated or corrupt JPEGs fail the streamed hash with the error and the
 * words the buffer decoder gives, also when the image is too small to be
 * hashed (the rest of the file is still read and checked). */
static void test_jpeg_streamed_errors_match(void **state)
{
    (void)state;
    static const int sizes[][2] = { { 3000, 4 }, { 40, 24 }, { 300, 200 } };
    for (size_t z = 0; z < sizeof sizes / sizeof sizes[0]; z++) {
        int w = sizes[z][0], h = sizes[z][1];
        uint8_t *rgb = busy_rgb(w, h);
        tjhandle tj = tjInitCompress();
        unsigned char *j = NULL;
        unsigned long n = 0;
        assert_int_equal(tjCompress2(tj, rgb, w, 0, h, TJPF_RGB, &j, &n, TJSAMP_420, 90, 0), 0);
        for (int cut = 1; cut <= 7; cut++) {
            size_t len = n * cut / 8;
            for (int corrupt = 0; corrupt < 2; corrupt++) {
                uint8_t *d = malloc(n);
                memcpy(d, j, n);
                size_t dl = len;
                if (corrupt) { /* a marker in the middle of the scan */
                    dl = n;
                    d[len] = 0xFF;
                    d[len + 1 < n ? len + 1 : len] = 0xD0 + (uint8_t)cut;
                }
                sg__image img;
                sg_pdq_result r;
                char e1[256] = "", e2[256] = "";
                int rc1 = sg__image_decode(d, dl, NULL, &img, e1, sizeof e1);
                if (rc1 == 0)
                    free(img.px);
                int rc2 = sg_pdq_hash_image(d, dl, NULL, &r, e2, sizeof e2);
                if (rc1 != rc2 || (rc1 && strcmp(e1, e2)))
                    fail_msg("%dx%d cut %d/8%s: buffer %d '%s', streamed %d '%s'", w, h, cut,
                             corrupt ? " corrupt" : "", rc1, e1, rc2, e2);
                free(d);
            }
        }
        tjFree(j);
        tjDestroy(tj);
        free(rgb);
    }
}

/* ---- bad input -------------------------------------------------------- */

static void expect_error(const uint8_t *d, size_t n, int want, const char *what)
{
    sg_pdq_result r;
    char err[256] = "";
    memset(&r, 0x5a, sizeof r);
    int rc = sg_pdq_hash_image(d, n, NULL, &r, err, sizeof err);
    if (rc != want)
        fail_msg("%s: got %d (%s) want %d", what, rc, err, want);
    assert_true(strlen(err) > 0);
    print_message("%s -> %s\n", what, err);
}

static void test_bad_input(void **state)
{
    (void)state;
    size_t len;
    uint8_t *d = load(DATA "images/reg-test-input/dih/bridge-1-original.jpg", &len);
    expect_error(d, 0, SG_EFORMAT, "zero bytes");
    expect_error(d, 2, SG_EFORMAT, "two bytes");
    expect_error(d, len / 2, SG_EDECODE, "truncated JPEG");
    expect_error(d, 200, SG_EDECODE, "JPEG cut in the header");
    /* corrupt: scan data replaced by a marker soup */
    uint8_t *c = malloc(len);
    memcpy(c, d, len);
    for (size_t i = len / 3; i < len / 3 + 64; i += 2) {
        c[i] = 0xFF;
        c[i + 1] = 0xD9; /* premature EOI markers */
    }
    expect_error(c, len, SG_EDECODE, "corrupt JPEG");
    free(c);
    const char text[] = "hello, this is not an image at all\n";
    expect_error((const uint8_t *)text, sizeof text - 1, SG_EFORMAT, "text");
    const uint8_t gif[] = "GIF89a\x01\x00\x01\x00\x00\x00\x00";
    expect_error(gif, sizeof gif - 1, SG_EFORMAT, "GIF");
    sg_pdq_result r;
    char err[256];
    assert_int_equal(sg_pdq_hash_file(SG_SOURCE_DIR "/tests/data/pdq/no-such-file.jpg", NULL, &r,
                                      err, sizeof err),
                     SG_EIO);
    free(d);
}

/* IHDR crc for a crafted header. */
static uint32_t crc32_of(const uint8_t *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
    }
    return c ^ 0xFFFFFFFFu;
}

static void test_decompression_bombs(void **state)
{
    (void)state;
    /* PNG header claiming 100000 x 100000, and nothing else */
    uint8_t png[8 + 25];
    memcpy(png, "\x89PNG\r\n\x1a\n", 8);
    uint8_t *ih = png + 8;
    memcpy(ih, "\x00\x00\x00\x0dIHDR", 8);
    uint32_t dim = 100000;
    for (int i = 0; i < 2; i++) {
        ih[8 + 4 * i] = (uint8_t)(dim >> 24);
        ih[9 + 4 * i] = (uint8_t)(dim >> 16);
        ih[10 + 4 * i] = (uint8_t)(dim >> 8);
        ih[11 + 4 * i] = (uint8_t)dim;
    }
    ih[16] = 8; /* depth */
    ih[17] = 2; /* RGB */
    ih[18] = ih[19] = ih[20] = 0;
    uint32_t crc = crc32_of(ih + 4, 17);
    ih[21] = (uint8_t)(crc >> 24);
    ih[22] = (uint8_t)(crc >> 16);
    ih[23] = (uint8_t)(crc >> 8);
    ih[24] = (uint8_t)crc;
    expect_error(png, sizeof png - 0, SG_ELIMIT, "PNG 100000x100000");

    /* JPEG: patch the SOF of a real file to 65000 x 65000 */
    size_t len;
    uint8_t *d = load(DATA "images/misc-images/wee.jpg", &len);
    size_t sof = 0;
    for (size_t i = 2; i + 9 < len && d[i] == 0xFF;) { /* walk the segments */
        if (d[i + 1] >= 0xC0 && d[i + 1] <= 0xC2) {
            sof = i;
            break;
        }
        i += 2 + ((size_t)d[i + 2] << 8 | d[i + 3]);
    }
    assert_true(sof > 0);
    d[sof + 5] = 0xFD; /* height 65000 = 0xFDE8 */
    d[sof + 6] = 0xE8;
    d[sof + 7] = 0xFD;
    d[sof + 8] = 0xE8;
    expect_error(d, len, SG_ELIMIT, "JPEG 65000x65000");

    /* a configured cap below a real image */
    free(d);
    d = load(DATA "images/misc-images/c.png", &len);
    sg_image_opts o = { 1000, false };
    sg_pdq_result r;
    char err[256];
    assert_int_equal(sg_pdq_hash_image(d, len, &o, &r, err, sizeof err), SG_ELIMIT);
    assert_non_null(strstr(err, "cap"));
    free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_png_variants),
        cmocka_unit_test(test_jpeg_grey_cmyk_progressive),
        cmocka_unit_test(test_jpeg_fast_mode),
        cmocka_unit_test(test_jpeg_streamed_equals_buffer_decode),
        cmocka_unit_test(test_jpeg_streamed_rgb_and_cmyk),
        cmocka_unit_test(test_jpeg_streamed_errors_match),
#ifdef SG_HAVE_WEBP_TEST
        cmocka_unit_test(test_webp),
#endif
        cmocka_unit_test(test_bad_input),
        cmocka_unit_test(test_decompression_bombs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
