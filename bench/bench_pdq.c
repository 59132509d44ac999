/* bench_pdq.c — PDQ speed: JPEG decode + hash + 8 dihedral hashes at
 * 1024x768 and 4000x3000, full and fast (DCT-scaled) decode, against the
 * reference-order box filter in the same run. One line per figure.
 *
 * The test JPEGs are made here: the bridge photo from tests/data/pdq is
 * resized (bilinear) to each size and compressed with TurboJPEG at q90, so
 * the decoder sees photographic content, not noise or flat colour.
 *
 * end_to_end is sg_pdq_hash_image (JPEG rows streamed from libjpeg into
 * the hasher); buffer_decode_then_hash is the path it replaced (TurboJPEG
 * into one image buffer, then sg_pdq_hash_rgb), with a check that both
 * give the same result.
 *
 * usage: bench_pdq [REPS]   (run from the repository root) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <turbojpeg.h>

#include "media/pdq_internal.h"
#include "streamguard.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return v[n / 2];
}

static uint8_t *load_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *buf = malloc((size_t)n);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return buf;
}

static uint8_t *resize_bilinear(const uint8_t *src, int sw, int sh, int dw, int dh)
{
    uint8_t *dst = malloc((size_t)dw * dh * 3);
    if (!dst)
        return NULL;
    for (int y = 0; y < dh; y++) {
        double fy = (y + 0.5) * sh / dh - 0.5;
        int y0 = fy < 0 ? 0 : (int)fy;
        int y1 = y0 + 1 < sh ? y0 + 1 : sh - 1;
        double ty = fy - y0;
        if (ty < 0)
            ty = 0;
        for (int x = 0; x < dw; x++) {
            double fx = (x + 0.5) * sw / dw - 0.5;
            int x0 = fx < 0 ? 0 : (int)fx;
            int x1 = x0 + 1 < sw ? x0 + 1 : sw - 1;
            double tx = fx - x0;
            if (tx < 0)
                tx = 0;
            for (int c = 0; c < 3; c++) {
                double v = (1 - ty) * ((1 - tx) * src[(y0 * sw + x0) * 3 + c] +
                                       tx * src[(y0 * sw + x1) * 3 + c]) +
                           ty * ((1 - tx) * src[(y1 * sw + x0) * 3 + c] +
                                 tx * src[(y1 * sw + x1) * 3 + c]);
                dst[((size_t)y * dw + x) * 3 + c] = (uint8_t)(v + 0.5);
            }
        }
    }
    return dst;
}

static void bench_size(const sg__image *base, int w, int h, int reps)
{
    uint8_t *rgb = resize_bilinear(base->px, base->w, base->h, w, h);
    tjhandle tj = tjInitCompress();
    unsigned char *jpeg = NULL;
    unsigned long jlen = 0;
    if (!rgb || !tj ||
        tjCompress2(tj, rgb, w, 0, h, TJPF_RGB, &jpeg, &jlen, TJSAMP_420, 90, 0) < 0) {
        fprintf(stderr, "bench_pdq: cannot make the %dx%d JPEG\n", w, h);
        exit(1);
    }
    double *t = malloc(sizeof(double) * reps);
    sg_pdq_result full, fast, naive;
    char err[256];
    sg_image_opts o_full = { 0, false }, o_fast = { 0, true };
    sg__image img;

    /* decode only */
    for (int i = 0; i < reps; i++) {
        double t0 = now_ms();
        if (sg__image_decode(jpeg, jlen, &o_full, &img, err, sizeof err)) {
            fprintf(stderr, "decode: %s\n", err);
            exit(1);
        }
        t[i] = now_ms() - t0;
        free(img.px);
    }
    printf("pdq %dx%d jpeg_decode_ms %.2f\n", w, h, median(t, reps));

    /* end to end, full decode */
    for (int i = 0; i < reps; i++) {
        double t0 = now_ms();
        sg_pdq_hash_image(jpeg, jlen, &o_full, &full, err, sizeof err);
        t[i] = now_ms() - t0;
    }
    double e2e_full = median(t, reps);

    /* the same, the old way: TurboJPEG into a whole-image buffer, then hash */
    sg_pdq_result old;
    for (int i = 0; i < reps; i++) {
        double t0 = now_ms();
        if (sg__image_decode(jpeg, jlen, &o_full, &img, err, sizeof err) ||
            sg_pdq_hash_rgb(img.px, img.w, img.h, (size_t)img.w * 3, &old)) {
            fprintf(stderr, "decode + hash: %s\n", err);
            exit(1);
        }
        free(img.px);
        t[i] = now_ms() - t0;
    }
    printf("pdq %dx%d end_to_end_ms %.2f (decode + hash + 8 dihedral, streamed) "
           "buffer_decode_then_hash_ms %.2f identical %s\n",
           w, h, e2e_full, median(t, reps), memcmp(&full, &old, sizeof full) ? "NO" : "yes");

    /* end to end, fast mode */
    for (int i = 0; i < reps; i++) {
        double t0 = now_ms();
        sg_pdq_hash_image(jpeg, jlen, &o_fast, &fast, err, sizeof err);
        t[i] = now_ms() - t0;
    }
    printf("pdq %dx%d end_to_end_fast_ms %.2f (drift %d bits)\n", w, h, median(t, reps),
           sg_pdq_distance(&full.hash[0], &fast.hash[0]));

    /* hash only: streaming filter vs reference order, from the same pixels */
    for (int i = 0; i < reps; i++) {
        double t0 = now_ms();
        sg_pdq_hash_rgb(rgb, w, h, (size_t)w * 3, &full);
        t[i] = now_ms() - t0;
    }
    double hash_fast = median(t, reps);
    printf("pdq %dx%d hash_only_ms %.2f (luma + filter + DCT + 8 dihedral)\n", w, h, hash_fast);

    float *luma = malloc(sizeof(float) * (size_t)w * h);
    for (size_t i = 0; i < (size_t)w * h; i++)
        luma[i] = 0.299f * rgb[3 * i] + 0.587f * rgb[3 * i + 1] + 0.114f * rgb[3 * i + 2];
    int nreps = reps < 5 ? reps : 5; /* the baseline is slow */
    for (int i = 0; i < nreps; i++) {
        double t0 = now_ms();
        sg__pdq_hash_luma_naive(luma, w, h, &naive);
        t[i] = now_ms() - t0;
    }
    double hash_naive = median(t, nreps);
    for (int i = 0; i < reps; i++) {
        double t0 = now_ms();
        sg_pdq_hash_luma(luma, w, h, &full);
        t[i] = now_ms() - t0;
    }
    double hash_luma = median(t, reps);
    printf("pdq %dx%d hash_from_luma_ms %.2f baseline_reference_order_ms %.2f speedup %.1fx "
           "identical %s\n",
           w, h, hash_luma, hash_naive, hash_naive / hash_luma,
           memcmp(&full.hash, &naive.hash, sizeof full.hash) ? "NO" : "yes");
    free(luma);
    free(t);
    free(rgb);
    tjFree(jpeg);
    tjDestroy(tj);
}

int main(int argc, char **argv)
{
    int reps = argc > 1 ? atoi(argv[1]) : 21;
    if (reps < 1)
        reps = 1;
    size_t len;
    uint8_t *data =
        load_file("tests/data/pdq/images/reg-test-input/dih/bridge-1-original.jpg", &len);
    sg__image base;
    char err[256];
    if (!data || sg__image_decode(data, len, NULL, &base, err, sizeof err)) {
        fprintf(stderr, "bench_pdq: run from the repository root (needs tests/data/pdq)\n");
        return 1;
    }
    bench_size(&base, 1024, 768, reps);
    bench_size(&base, 4000, 3000, reps < 11 ? reps : 11);
    free(base.px);
    free(data);
    return 0;
}
