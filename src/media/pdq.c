/* pdq.c — the PDQ perceptual hash (Meta's open standard), bit-exact with the
 * reference C++ implementation, with a cache-friendly box filter.
 *
 * ============================ The idea ===================================
 *
 * PDQ turns an image into 256 bits that survive re-encoding, resizing and
 * mild filtering:
 *
 *   1. luma Y = 0.299 R + 0.587 G + 0.114 B, in float (grey images: the
 *      value itself);
 *   2. a Jarosz filter: a box filter along rows, then along columns, done
 *      twice, with a window of ceil(dim/128) per axis (the window shrinks
 *      at the edges: the first outputs average fewer inputs); then
 *      decimation to 64x64 by sampling at floor((i+0.5)*dim/64);
 *   3. a quality score from the gradients of the 64x64 image;
 *   4. a 2-D DCT of which only the 16x16 lowest non-DC frequencies are
 *      kept: B = D A D^T with D 16x64;
 *   5. a bit per coefficient: 1 iff it is above the median of the 256.
 *
 * The eight dihedral variants (rotations, flips) need no re-hashing: a
 * transpose of B swaps the image axes, and negating the odd columns/rows of
 * B mirrors the image, so each variant is a signed permutation of B.
 *
 * ============================ Bit-exactness ==============================
 *
 * Hashes are compared bit by bit across implementations, so every float
 * operation must happen in the reference's order and precision: sums are
 * float, accumulated in the same sequence; box outputs are sum / count in
 * float; decimation indices are computed in double; the DCT matrix is
 * float(float(sqrt(2/64)) * cos(double)). No FMA contraction (C11 mode
 * turns it off; baseline x86-64 has no FMA anyway) and no reassociation.
 *
 * ============================ The fast filter ============================
 *
 * The reference filters a full-size float buffer in place with a column
 * pass that walks memory column by column — one cache miss per pixel on a
 * large image. Here the four passes run as a pipeline over blocks of 16
 * rows, and nothing full-size is ever allocated:
 *
 *   rows of luma (16 at a time) -> row box (16 rows as two vectors of 8
 *   lanes, so the running sums of 16 rows advance together, in two
 *   independent dependency chains: a row's running sum is a serial chain
 *   of adds, and with one chain the loop waited on add latency) -> ring
 *   of ~window rows -> column box (running sums of all columns, updated
 *   one whole row at a time: row-major) -> 16-row block -> second row box
 *   (two chains again), evaluated only at
 *   the 64 sampled columns (the running sums still cover the whole row) ->
 *   ring of rows 64 wide -> second column box, kept only at the 64 sampled
 *   rows.
 *
 * Each output is the same sequence of float adds, subtracts and one
 * division as in the reference; only the order in which independent
 * outputs are computed changes. Memory is O(window * width), and the work
 * is streaming and vectorised across rows or columns.
 * sg__pdq_hash_luma_naive keeps the reference's memory order, as a
 * baseline for the benchmark and a cross-check in the tests.
 */
#include <math.h>
#include <stdbool.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "media/pdq_internal.h"
#include "streamguard.h"

#define MIN_HASHABLE_DIM 5
#define LANES            8  /* vector lanes: rows a row-pass vector carries */
#define BLOCK            16 /* rows per block: two vectors, two independent chains */

typedef float v8f __attribute__((vector_size(32)));

static const float luma_r = 0.299f, luma_g = 0.587f, luma_b = 0.114f;

/* ------------------------------------------------------------------------
 * Hash formatting and distance
 * ---------------------------------------------------------------------- */

static const char *const dihedral_names[SG_DIH__COUNT] = { "original", "rot90", "rot180", "rot270",
                                                           "flipx",    "flipy", "flipp",  "flipm" };

const char *sg_dihedral_name(sg_dihedral d)
{
    if ((int)d < 0 || d >= SG_DIH__COUNT)
        return "unknown";
    return dihedral_names[d];
}

void sg_pdq_to_hex(const sg_pdq_hash *h, char out[65])
{
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < 32; i++) {
        out[2 * i] = digits[h->bytes[i] >> 4];
        out[2 * i + 1] = digits[h->bytes[i] & 15];
    }
    out[64] = '\0';
}

int sg_pdq_from_hex(const char *hex, size_t len, sg_pdq_hash *out)
{
    if (!hex || !out || len != 64)
        return SG_EINVAL;
    sg_pdq_hash h;
    for (int i = 0; i < 32; i++) {
        int hi = sg__hexval(hex[2 * i]), lo = sg__hexval(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return SG_EINVAL;
        h.bytes[i] = (uint8_t)(hi << 4 | lo);
    }
    *out = h;
    return 0;
}

int sg_pdq_distance(const sg_pdq_hash *a, const sg_pdq_hash *b)
{
    int d = 0;
    for (int i = 0; i < 32; i += 8) {
        uint64_t x, y;
        memcpy(&x, a->bytes + i, 8);
        memcpy(&y, b->bytes + i, 8);
        d += __builtin_popcountll(x ^ y);
    }
    return d;
}

/* ------------------------------------------------------------------------
 * 64x64 -> hash: quality, DCT, median threshold, dihedral variants
 * ---------------------------------------------------------------------- */

static float dct_matrix[16][64];
static pthread_once_t dct_once = PTHREAD_ONCE_INIT;

static void dct_init(void)
{
    const double pi = 3.14159265358979323846;
    const float scale = (float)sqrt(2.0 / 64.0);
    for (int i = 0; i < 16; i++)
        for (int j = 0; j < 64; j++)
            dct_matrix[i][j] =
                (float)(scale * cos((pi / 2.0 / 64.0) * (double)(i + 1) * (double)(2 * j + 1)));
}

static int quality_metric(float a[64][64])
{
    int gradient_sum = 0;
    for (int i = 0; i < 63; i++)
        for (int j = 0; j < 64; j++) {
            int d = (int)(((a[i][j] - a[i + 1][j]) * 100.0f) / 255.0f);
            gradient_sum += abs(d);
        }
    for (int i = 0; i < 64; i++)
        for (int j = 0; j < 63; j++) {
            int d = (int)(((a[i][j] - a[i][j + 1]) * 100.0f) / 255.0f);
            gradient_sum += abs(d);
        }
    int q = gradient_sum / 90;
    return q > 100 ? 100 : q;
}

/* B = D A D^T. Each sum runs k = 0..63 in order, in float, as the
 * reference does; vectorised across the independent outputs only. */
static void dct64_to_16(float a[64][64], float b[16][16])
{
    float t[16][64];
    for (int i = 0; i < 16; i++) {
        float row[64] = { 0 };
        for (int k = 0; k < 64; k++) {
            float d = dct_matrix[i][k];
            for (int j = 0; j < 64; j++)
                row[j] += d * a[k][j];
        }
        memcpy(t[i], row, sizeof row);
    }
    for (int i = 0; i < 16; i++)
        for (int j = 0; j < 16; j++) {
            float s = 0.0f;
            for (int k = 0; k < 64; k++)
                s += t[i][k] * dct_matrix[j][k];
            b[i][j] = s;
        }
}

static int cmp_float(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return (x > y) - (x < y);
}

/* Bit (i,j) is 1 iff b[i][j] > the 128th smallest coefficient; it is bit j
 * of 16-bit word i, and word 15 is printed (stored) first. */
static void bits_from_dct(float b[16][16], sg_pdq_hash *h)
{
    float sorted[256];
    memcpy(sorted, b, sizeof sorted);
    qsort(sorted, 256, sizeof(float), cmp_float);
    float median = sorted[127];
    memset(h, 0, sizeof *h);
    for (int i = 0; i < 16; i++) {
        unsigned word = 0;
        for (int j = 0; j < 16; j++)
            if (b[i][j] > median)
                word |= 1u << j;
        h->bytes[(15 - i) * 2] = (uint8_t)(word >> 8);
        h->bytes[(15 - i) * 2 + 1] = (uint8_t)word;
    }
}

/* The dihedral variant v of the DCT: a transpose for the variants that
 * swap the axes, and sign flips on odd/even rows or columns. */
static void dct_variant(float a[16][16], sg_dihedral v, float out[16][16])
{
    for (int i = 0; i < 16; i++)
        for (int j = 0; j < 16; j++) {
            float x = a[i][j];
            switch (v) {
            case SG_DIH_ROT90: out[j][i] = (j & 1) ? x : -x; break;
            case SG_DIH_ROT180: out[i][j] = ((i + j) & 1) ? -x : x; break;
            case SG_DIH_ROT270: out[j][i] = (i & 1) ? x : -x; break;
            case SG_DIH_FLIPX: out[i][j] = (i & 1) ? x : -x; break;
            case SG_DIH_FLIPY: out[i][j] = (j & 1) ? x : -x; break;
            case SG_DIH_FLIPP: out[j][i] = x; break;
            case SG_DIH_FLIPM: out[j][i] = ((i + j) & 1) ? -x : x; break;
            default: out[i][j] = x; break;
            }
        }
}

static void hash_from_64(float a[64][64], sg_pdq_result *out)
{
    float b[16][16], v[16][16];
    pthread_once(&dct_once, dct_init);
    out->quality = quality_metric(a);
    dct64_to_16(a, b);
    bits_from_dct(b, &out->hash[SG_DIH_ORIGINAL]);
    for (int d = SG_DIH_ROT90; d < SG_DIH__COUNT; d++) {
        dct_variant(b, (sg_dihedral)d, v);
        bits_from_dct(v, &out->hash[d]);
    }
}

static int too_small(int w, int h, sg_pdq_result *out)
{
    memset(out, 0, sizeof *out);
    out->width = w;
    out->height = h;
    return w < MIN_HASHABLE_DIM || h < MIN_HASHABLE_DIM;
}

/* ------------------------------------------------------------------------
 * Box filter geometry (shared by both implementations)
 * ---------------------------------------------------------------------- */

static int jarosz_window(int dim)
{
    return (dim + 2 * 64 - 1) / (2 * 64);
}

/* Phases of a 1-D box of window fw over a vector of length len, in the
 * reference's terms: p1 adds before the first output, p2 outputs that only
 * add, p3 outputs that add and subtract, then the rest only subtract. */
typedef struct box_geom {
    int len, fw, p1, p2, p3;
} box_geom;

static box_geom box_geometry(int len, int fw)
{
    int hw = (fw + 2) / 2;
    box_geom g = { len, fw, hw - 1, fw - hw + 1, len - fw };
    return g;
}

static void decimation_indices(int dim, int idx[64])
{
    for (int i = 0; i < 64; i++)
        idx[i] = (int)(((i + 0.5) * dim) / 64);
}

/* ------------------------------------------------------------------------
 * The reference-order implementation (baseline)
 * ---------------------------------------------------------------------- */

static void box1d(const float *in, float *out, int len, int stride, int fw)
{
    box_geom g = box_geometry(len, fw);
    int li = 0, ri = 0, oi = 0, count = 0;
    float sum = 0.0f;
    for (int i = 0; i < g.p1; i++) {
        sum += in[ri];
        count++;
        ri += stride;
    }
    for (int i = 0; i < g.p2; i++) {
        sum += in[ri];
        count++;
        out[oi] = sum / count;
        ri += stride;
        oi += stride;
    }
    for (int i = 0; i < g.p3; i++) {
        sum += in[ri];
        sum -= in[li];
        out[oi] = sum / count;
        li += stride;
        ri += stride;
        oi += stride;
    }
    for (int i = 0; i < g.p1; i++) {
        sum -= in[li];
        count--;
        out[oi] = sum / count;
        li += stride;
        oi += stride;
    }
}

int sg__pdq_hash_luma_naive(const float *luma, int w, int h, sg_pdq_result *out)
{
    if (!luma || !out)
        return SG_EINVAL;
    if (too_small(w, h, out))
        return 0;
    float a[64][64];
    if (w == 64 && h == 64) {
        memcpy(a, luma, sizeof a);
        hash_from_64(a, out);
        return 0;
    }
    size_t n = (size_t)w * (size_t)h;
    float *b1 = malloc(n * sizeof(float)), *b2 = malloc(n * sizeof(float));
    if (!b1 || !b2) {
        free(b1);
        free(b2);
        return SG_ENOMEM;
    }
    memcpy(b1, luma, n * sizeof(float));
    int fw_rows = jarosz_window(w), fw_cols = jarosz_window(h);
    for (int rep = 0; rep < 2; rep++) {
        for (int i = 0; i < h; i++)
            box1d(b1 + (size_t)i * w, b2 + (size_t)i * w, w, 1, fw_rows);
        for (int j = 0; j < w; j++)
            box1d(b2 + j, b1 + j, h, w, fw_cols);
    }
    int ri[64], ci[64];
    decimation_indices(h, ri);
    decimation_indices(w, ci);
    for (int i = 0; i < 64; i++)
        for (int j = 0; j < 64; j++)
            a[i][j] = b1[(size_t)ri[i] * w + ci[j]];
    free(b1);
    free(b2);
    hash_from_64(a, out);
    return 0;
}

/* ------------------------------------------------------------------------
 * The streaming implementation
 * ---------------------------------------------------------------------- */

/* Where luma rows come from: a float buffer, packed RGB or grey bytes,
 * either in memory (base + y * stride) or pulled row by row from a
 * decoder (pull != NULL; rows are asked for in order, each once). */
typedef enum { SRC_FLOAT, SRC_RGB, SRC_GRAY } src_kind;

typedef struct luma_src {
    src_kind kind;
    const void *base;
    size_t stride; /* bytes between rows */
    int w, h;
    sg__row_pull pull; /* NULL: rows are in memory at base */
    void *pull_ctx;
} luma_src;

/* A column box filter fed one row at a time: running sums for every
 * column, a ring holding the last fw+BLOCK input rows (for the subtracts),
 * one output row per input row once the window is primed. */
typedef struct colbox {
    box_geom g;
    int ncols;
    int ring_rows;
    float *ring; /* ring_rows x ncols */
    float *sums; /* ncols */
    int pushed;  /* input rows pushed so far */
    int emitted; /* output rows produced so far */
    int count;   /* current window population */
} colbox;

static int colbox_init(colbox *cb, int len, int fw, int ncols)
{
    memset(cb, 0, sizeof *cb);
    cb->g = box_geometry(len, fw);
    cb->ncols = ncols;
    cb->ring_rows = fw + BLOCK + 1;
    cb->ring = malloc((size_t)cb->ring_rows * ncols * sizeof(float));
    cb->sums = calloc((size_t)ncols, sizeof(float));
    if (!cb->ring || !cb->sums)
        return SG_ENOMEM;
    return 0;
}

static void colbox_free(colbox *cb)
{
    free(cb->ring);
    free(cb->sums);
}

static float *colbox_slot(colbox *cb, int row)
{
    return cb->ring + (size_t)(row % cb->ring_rows) * cb->ncols;
}

/* The output row index the next push produces, or -1 if it only primes. */
static int colbox_next_output(const colbox *cb)
{
    int oi = cb->pushed - cb->g.p1;
    return oi >= 0 ? oi : -1;
}

/* After the last push, the index of the next trailing output, or -1. */
static int colbox_drain_index(const colbox *cb)
{
    return cb->emitted < cb->g.len ? cb->emitted : -1;
}

/* Everything the pipeline carries between blocks. */
typedef struct stream_state {
    int w, h;
    box_geom grow;          /* row box geometry (both row passes) */
    int ri64[64], ci64[64]; /* decimation rows / columns */
    colbox cb1, cb2;        /* first column box (w wide), second (64 wide) */
    float *lumablk;         /* BLOCK x w luma rows */
    float *T, *T2;          /* two w x LANES transposed halves each (32-byte aligned) */
    float *bblk;            /* BLOCK x w outputs of the first column box */
    float *scratch;         /* w floats: destination of unused lanes */
    int b_rows;             /* rows collected in bblk */
    int next64;             /* next decimated row to fill in a */
    float a[64][64];        /* the 64x64 result */
} stream_state;

#define K(name)     name##_generic
#define SG_PDQ_AVX2 0
#include "media/pdq_kernels.h"
#undef K
#undef SG_PDQ_AVX2

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define HAVE_AVX2_PATH 1
#include <immintrin.h>
#pragma GCC push_options
#pragma GCC target("avx2")
#define K(name)     name##_avx2
#define SG_PDQ_AVX2 1
#include "media/pdq_kernels.h"
#undef K
#undef SG_PDQ_AVX2
#pragma GCC pop_options
#else
#define HAVE_AVX2_PATH 0
#endif

static void *alloc_aligned(size_t n)
{
    return aligned_alloc(32, (n + 31) / 32 * 32);
}

static int hash_stream(const luma_src *src, sg_pdq_result *out)
{
    int w = src->w, h = src->h;
    if (too_small(w, h, out))
        return 0;
    bool avx2 = false;
#if HAVE_AVX2_PATH
    avx2 = __builtin_cpu_supports("avx2");
#endif
    if (w == 64 && h == 64) {
        float a[64][64];
        for (int y = 0; y < 64; y++)
            if (!luma_row_generic(src, y, a[y]))
                return SG_EDECODE;
        hash_from_64(a, out);
        out->width = w;
        out->height = h;
        return 0;
    }
    int rc = SG_ENOMEM;
    stream_state *st = calloc(1, sizeof *st);
    if (!st)
        return SG_ENOMEM;
    st->w = w;
    st->h = h;
    st->grow = box_geometry(w, jarosz_window(w));
    decimation_indices(h, st->ri64);
    decimation_indices(w, st->ci64);
    int fw_cols = jarosz_window(h);
    int e1 = colbox_init(&st->cb1, h, fw_cols, w);
    int e2 = colbox_init(&st->cb2, h, fw_cols, 64);
    size_t blk = (size_t)BLOCK * w * sizeof(float);
    st->lumablk = malloc(blk);
    st->bblk = malloc(blk);
    st->T = alloc_aligned(blk);
    st->T2 = alloc_aligned(blk);
    st->scratch = malloc((size_t)w * sizeof(float));
    if (e1 || e2 || !st->lumablk || !st->bblk || !st->T || !st->T2 || !st->scratch)
        goto out;
#if HAVE_AVX2_PATH
    if (avx2)
        rc = run_stream_avx2(st, src);
    else
#endif
        rc = run_stream_generic(st, src);
    (void)avx2;
    if (rc)
        goto out;
    hash_from_64(st->a, out);
    out->width = w;
    out->height = h;
    rc = 0;
out:
    colbox_free(&st->cb1);
    colbox_free(&st->cb2);
    free(st->lumablk);
    free(st->bblk);
    free(st->T);
    free(st->T2);
    free(st->scratch);
    free(st);
    return rc;
}

/* ------------------------------------------------------------------------
 * Public entry points
 * ---------------------------------------------------------------------- */

int sg_pdq_hash_luma(const float *luma, int w, int h, sg_pdq_result *out)
{
    if (!luma || !out || w < 0 || h < 0)
        return SG_EINVAL;
    luma_src s = { SRC_FLOAT, luma, (size_t)w * sizeof(float), w, h, NULL, NULL };
    return hash_stream(&s, out);
}

int sg_pdq_hash_rgb(const uint8_t *rgb, int w, int h, size_t stride, sg_pdq_result *out)
{
    if (!rgb || !out || w < 0 || h < 0 || stride < (size_t)w * 3)
        return SG_EINVAL;
    luma_src s = { SRC_RGB, rgb, stride, w, h, NULL, NULL };
    return hash_stream(&s, out);
}

int sg__pdq_hash_gray8(const uint8_t *px, int w, int h, size_t stride, sg_pdq_result *out)
{
    if (!px || !out || w < 0 || h < 0 || stride < (size_t)w)
        return SG_EINVAL;
    luma_src s = { SRC_GRAY, px, stride, w, h, NULL, NULL };
    return hash_stream(&s, out);
}

int sg__pdq_hash_pulled(sg__row_pull pull, void *ctx, int channels, int w, int h,
                        sg_pdq_result *out)
{
    if (!pull || !out || w < 0 || h < 0 || (channels != 1 && channels != 3))
        return SG_EINVAL;
    luma_src s = { channels == 1 ? SRC_GRAY : SRC_RGB, NULL, 0, w, h, pull, ctx };
    return hash_stream(&s, out);
}
