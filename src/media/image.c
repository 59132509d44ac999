/* image.c — decode JPEG (TurboJPEG), PNG (libpng) and WebP (libwebp) into
 * 8-bit grey or RGB for PDQ, refusing decompression bombs before allocating;
 * JPEGs being hashed are streamed from libjpeg into the hasher row by row.
 *
 * Rules every decoder here follows:
 *  - the format is found from magic bytes, never from a file name;
 *  - the header is read first and width*height is checked against the
 *    pixel cap before any pixel buffer exists (SG_ELIMIT);
 *  - warnings are errors: a truncated or corrupt file is SG_EDECODE, never
 *    a partly grey image hashed as if it were fine;
 *  - the libraries never print: TurboJPEG keeps its messages, libpng gets
 *    our error/warning handlers (longjmp back here), libwebp does not print.
 *
 * Pixel conventions follow what the PDQ reference saw when the published
 * hashes were made (libjpeg-turbo with default settings, libpng): grey
 * images stay one channel (the grey value is the luma), alpha is ignored
 * (no compositing), 16-bit samples keep their high byte, CMYK JPEGs are
 * converted as PIL does (Adobe-inverted samples, R = k - k*(255-c)/255).
 */
#include <errno.h>
#include <limits.h>
#include <png.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <jpeglib.h> /* after stdio.h */
#include <turbojpeg.h>
#ifdef SG_HAVE_WEBP
#include <webp/decode.h>
#endif

#include "media/pdq_internal.h"
#include "streamguard.h"

/* Files above this size are refused by sg_pdq_hash_file before reading. */
#define SG__MAX_IMAGE_FILE_BYTES (512ull << 20)
/* Fast mode: the DCT-domain scale keeps both sides at least this long. */
#define SG__FAST_MIN_SIDE 128

static void set_err(char *err, size_t errcap, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void set_err(char *err, size_t errcap, const char *fmt, ...)
{
    if (!err || !errcap)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errcap, fmt, ap);
    va_end(ap);
}

static uint64_t pixel_cap(const sg_image_opts *opts)
{
    return opts && opts->max_pixels ? opts->max_pixels : SG__DEFAULT_MAX_PIXELS;
}

static int check_dims(const char *fmt, uint64_t w, uint64_t h, uint64_t cap, char *err,
                      size_t errcap)
{
    if (w == 0 || h == 0) {
        set_err(err, errcap, "%s declares an empty image (%llux%llu)", fmt, (unsigned long long)w,
                (unsigned long long)h);
        return SG_EDECODE;
    }
    if (w > INT_MAX / 4 || h > INT_MAX / 4 || w * h > cap) {
        set_err(err, errcap, "%s declares %llux%llu = %llu pixels, above the cap of %llu", fmt,
                (unsigned long long)w, (unsigned long long)h, (unsigned long long)(w * h),
                (unsigned long long)cap);
        return SG_ELIMIT;
    }
    return 0;
}

/* ------------------------------------------------------------------------
 * JPEG
 * ---------------------------------------------------------------------- */

/* The smallest TurboJPEG scale that keeps both sides >= SG__FAST_MIN_SIDE
 * (or 1/1 when the image is already small). */
static tjscalingfactor fast_scale(int w, int h)
{
    tjscalingfactor best = { 1, 1 };
    int n = 0;
    tjscalingfactor *sf = tjGetScalingFactors(&n);
    for (int i = 0; sf && i < n; i++) {
        if (sf[i].num * best.denom >= best.num * sf[i].denom)
            continue; /* not smaller than the best so far */
        if (sf[i].num > sf[i].denom)
            continue;
        if (TJSCALED(w, sf[i]) >= SG__FAST_MIN_SIDE && TJSCALED(h, sf[i]) >= SG__FAST_MIN_SIDE)
            best = sf[i];
    }
    return best;
}

/* What the header says, checked: the output size at the chosen scale and
 * the colour space. Shared by the buffer decoder and the streaming hasher
 * so both accept and refuse exactly the same files, with the same words. */
typedef struct jpeg_info {
    int sw, sh;         /* output size */
    tjscalingfactor sf; /* DCT-domain scale (1/1 unless fast mode) */
    int cs;             /* TJCS_* */
} jpeg_info;

static int probe_jpeg(const uint8_t *data, size_t len, const sg_image_opts *opts, jpeg_info *ji,
                      char *err, size_t errcap)
{
    int rc = SG_EDECODE;
    tjhandle tj = tjInitDecompress();
    if (!tj) {
        set_err(err, errcap, "JPEG: cannot initialise the decoder");
        return SG_ENOMEM;
    }
    int w = 0, h = 0, subsamp = -1, cs = -1;
    if (len > ULONG_MAX ||
        tjDecompressHeader3(tj, data, (unsigned long)len, &w, &h, &subsamp, &cs) < 0) {
        set_err(err, errcap, "JPEG header: %s", tjGetErrorStr2(tj));
        goto out;
    }
    /* A header cut short can "succeed" without a frame header: JPEG sides
     * are 1..65535, anything else means we never saw a real SOF. */
    if (w < 1 || h < 1 || w > 65535 || h > 65535 || cs < 0) {
        set_err(err, errcap, "JPEG header: no valid frame header (truncated or corrupt)");
        goto out;
    }
    if ((rc = check_dims("JPEG", (uint64_t)w, (uint64_t)h, pixel_cap(opts), err, errcap)))
        goto out;
    ji->sf.num = ji->sf.denom = 1;
    if (opts && opts->fast)
        ji->sf = fast_scale(w, h);
    ji->sw = TJSCALED(w, ji->sf);
    ji->sh = TJSCALED(h, ji->sf);
    ji->cs = cs;
    rc = 0;
out:
    tjDestroy(tj);
    return rc;
}

/* PIL's CMYK conversion: samples are Adobe-inverted (s = 255 - ink), so
 * ink c = 255 - s_c, and R = (255-k) - (255-k)*c/255, rounded. */
static void cmyk_to_rgb(const uint8_t *cmyk, uint8_t *rgb, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const uint8_t *p = cmyk + 4 * i;
        unsigned nk = p[3];
        for (int c = 0; c < 3; c++) {
            unsigned t = (255u - p[c]) * nk + 128;
            rgb[3 * i + c] = (uint8_t)(nk - (((t >> 8) + t) >> 8));
        }
    }
}

static int decode_jpeg(const uint8_t *data, size_t len, const sg_image_opts *opts, sg__image *img,
                       char *err, size_t errcap)
{
    jpeg_info ji;
    int rc = probe_jpeg(data, len, opts, &ji, err, errcap);
    if (rc)
        return rc;
    rc = SG_EDECODE;
    uint8_t *px = NULL, *cmyk = NULL;
    tjhandle tj = tjInitDecompress();
    if (!tj) {
        set_err(err, errcap, "JPEG: cannot initialise the decoder");
        return SG_ENOMEM;
    }
    int sw = ji.sw, sh = ji.sh;
    int pf, channels;
    if (ji.cs == TJCS_GRAY) {
        pf = TJPF_GRAY;
        channels = 1;
    } else if (ji.cs == TJCS_CMYK || ji.cs == TJCS_YCCK) {
        pf = TJPF_CMYK;
        channels = 3;
    } else {
        pf = TJPF_RGB;
        channels = 3;
    }
    int out_bpp = tjPixelSize[pf];
    uint8_t *target = malloc((size_t)sw * sh * out_bpp);
    if (!target) {
        rc = SG_ENOMEM;
        set_err(err, errcap, "JPEG: out of memory for %dx%d", sw, sh);
        goto out;
    }
    if (pf == TJPF_CMYK)
        cmyk = target;
    else
        px = target;
    int flags = TJFLAG_STOPONWARNING | TJFLAG_LIMITSCANS;
    if (tjDecompress2(tj, data, (unsigned long)len, target, sw, 0, sh, pf, flags) < 0) {
        set_err(err, errcap, "JPEG: %s", tjGetErrorStr2(tj));
        goto out;
    }
    if (cmyk) {
        px = malloc((size_t)sw * sh * 3);
        if (!px) {
            rc = SG_ENOMEM;
            set_err(err, errcap, "JPEG: out of memory for %dx%d", sw, sh);
            goto out;
        }
        cmyk_to_rgb(cmyk, px, (size_t)sw * sh);
    }
    img->px = px;
    img->w = sw;
    img->h = sh;
    img->channels = channels;
    px = NULL;
    rc = 0;
out:
    free(px);
    free(cmyk);
    tjDestroy(tj);
    return rc;
}

/* ------------------------------------------------------------------------
 * JPEG, streamed into the hash
 *
 * decode_jpeg writes the whole image (36 MB for 12 megapixels, fresh pages
 * the kernel must fault in and zero) and the hasher reads it back. For a
 * hash nothing image-sized is needed: here libjpeg (the same library
 * TurboJPEG wraps, same build) hands out a few rows at a time and the
 * hasher turns each into luma while it is still in cache.
 *
 * The pixels are the ones tjDecompress2 gives, by construction: the same
 * library code with the settings tjDecompress2 makes (turbojpeg.c,
 * libjpeg-turbo 2.1.5): memory source, default decompression parameters
 * (islow IDCT, fancy upsampling), out_color_space JCS_EXT_RGB / GRAYSCALE /
 * CMYK, the same scale_num/scale_denom, and the same flags emulated:
 * TJFLAG_STOPONWARNING (the first libjpeg warning aborts) and
 * TJFLAG_LIMITSCANS (more than 500 scans aborts, from the progress
 * monitor). How many rows each jpeg_read_scanlines call returns does not
 * change the pixels. tests/unit/test_image.c checks pixel equality on
 * every subsampling, odd sizes and qualities, grey, CMYK and progressive.
 * ---------------------------------------------------------------------- */

#define SG__JPEG_READ_ROWS 8 /* rows per jpeg_read_scanlines call */
/* libjpeg-turbo's SIMD colour converters write rows that start on a 16- or
 * 32-byte boundary with non-temporal stores (jdcolext-avx2.asm, -sse2.asm):
 * right for a big output image, wrong here, where the hasher reads the row
 * straight back and would miss the cache on every load (measured: half of
 * the hasher's time). Rows start 8 bytes past a 64-byte boundary, so the
 * converter takes its ordinary-store path. */
#define SG__JPEG_ROW_SKEW 8

typedef struct jpeg_reader {
    struct jpeg_error_mgr pub; /* first: libjpeg hands us &pub */
    jmp_buf jb;                /* where errors and warnings land */
    char msg[JMSG_LENGTH_MAX]; /* the error or warning that stopped us */
    struct jpeg_progress_mgr progress;
    struct jpeg_decompress_struct d;
    bool created;     /* d needs jpeg_destroy_decompress */
    bool cmyk;        /* rows come as CMYK and are converted to RGB */
    size_t row_bytes; /* bytes per row as libjpeg writes it */
    size_t stride;    /* bytes between rows in `rows` (a multiple of 64) */
    uint8_t *block;   /* the allocation holding the rows */
    uint8_t *rows;    /* SG__JPEG_READ_ROWS rows from libjpeg (block + skew) */
    uint8_t *rgb;     /* one converted row (CMYK only) */
    int first, count; /* rows[0] is output row `first`; `count` are valid */
} jpeg_reader;

static void jpeg_on_error(j_common_ptr c)
{
    jpeg_reader *r = (jpeg_reader *)c->err;
    (*c->err->format_message)(c, r->msg);
    longjmp(r->jb, 1);
}

/* Trace messages are dropped (the library never prints); a warning
 * (level < 0) stops the decode, as TJFLAG_STOPONWARNING does. */
static void jpeg_on_message(j_common_ptr c, int level)
{
    if (level >= 0)
        return;
    jpeg_reader *r = (jpeg_reader *)c->err;
    (*c->err->format_message)(c, r->msg);
    longjmp(r->jb, 1);
}

static void jpeg_on_output(j_common_ptr c)
{
    (void)c;
}

/* TJFLAG_LIMITSCANS: a progressive file of more than 500 scans is a CPU
 * bomb; same limit and words as TurboJPEG. */
static void jpeg_on_progress(j_common_ptr c)
{
    if (!c->is_decompressor || ((j_decompress_ptr)c)->input_scan_number <= 500)
        return;
    jpeg_reader *r = (jpeg_reader *)c->err;
    snprintf(r->msg, sizeof r->msg, "Progressive JPEG image has more than 500 scans");
    longjmp(r->jb, 1);
}

/* Reads the next batch of rows; false (with r->msg) on a decode error. */
static bool jpeg_read_more(jpeg_reader *r)
{
    JSAMPROW ptr[SG__JPEG_READ_ROWS];
    for (int i = 0; i < SG__JPEG_READ_ROWS; i++)
        ptr[i] = r->rows + (size_t)i * r->stride;
    if (setjmp(r->jb))
        return false;
    r->first = (int)r->d.output_scanline;
    r->count = (int)jpeg_read_scanlines(&r->d, ptr, SG__JPEG_READ_ROWS);
    if (r->count <= 0) {
        snprintf(r->msg, sizeof r->msg, "decoder returned no rows at row %d", r->first);
        return false;
    }
    return true;
}

/* sg__row_pull over libjpeg: rows are asked for in order. */
static const uint8_t *jpeg_pull(void *ctx, int y)
{
    jpeg_reader *r = ctx;
    if (y >= r->first + r->count && (!jpeg_read_more(r) || y >= r->first + r->count))
        return NULL;
    const uint8_t *row = r->rows + (size_t)(y - r->first) * r->stride;
    if (!r->cmyk)
        return row;
    cmyk_to_rgb(row, r->rgb, r->d.output_width);
    return r->rgb;
}

static void jpeg_reader_close(jpeg_reader *r)
{
    if (!r)
        return;
    if (r->created)
        jpeg_destroy_decompress(&r->d);
    free(r->block);
    free(r->rgb);
    free(r);
}

/* Reads the header and starts libjpeg with tjDecompress2's settings. On
 * success *out is ready for jpeg_pull and *ji says what comes out
 * (*channels: 1 grey, 3 RGB). */
static int jpeg_reader_open(const uint8_t *data, size_t len, const sg_image_opts *opts,
                            jpeg_reader **out, jpeg_info *ji, int *channels, char *err,
                            size_t errcap)
{
    *out = NULL;
    int rc = probe_jpeg(data, len, opts, ji, err, errcap);
    if (rc)
        return rc;
    /* On the heap: nothing here is a local that longjmp could clobber. */
    jpeg_reader *r = calloc(1, sizeof *r);
    if (!r) {
        set_err(err, errcap, "JPEG: out of memory");
        return SG_ENOMEM;
    }
    rc = SG_EDECODE;
    r->d.err = jpeg_std_error(&r->pub);
    r->pub.error_exit = jpeg_on_error;
    r->pub.emit_message = jpeg_on_message;
    r->pub.output_message = jpeg_on_output;
    if (setjmp(r->jb)) {
        set_err(err, errcap, "JPEG: %s", r->msg);
        goto out;
    }
    jpeg_create_decompress(&r->d);
    r->created = true;
    r->progress.progress_monitor = jpeg_on_progress;
    r->d.progress = &r->progress;
    jpeg_mem_src(&r->d, data, (unsigned long)len);
    jpeg_read_header(&r->d, TRUE);
    int components = 3;
    *channels = 3;
    if (ji->cs == TJCS_GRAY) {
        r->d.out_color_space = JCS_GRAYSCALE;
        *channels = components = 1;
    } else if (ji->cs == TJCS_CMYK || ji->cs == TJCS_YCCK) {
        r->d.out_color_space = JCS_CMYK;
        components = 4;
        r->cmyk = true;
    } else {
        r->d.out_color_space = JCS_EXT_RGB;
    }
    r->d.scale_num = (unsigned)ji->sf.num;
    r->d.scale_denom = (unsigned)ji->sf.denom;
    jpeg_start_decompress(&r->d);
    if ((int)r->d.output_width != ji->sw || (int)r->d.output_height != ji->sh ||
        r->d.output_components != components) {
        set_err(err, errcap, "JPEG: decoder output is %ux%u x%d, header said %dx%d x%d",
                r->d.output_width, r->d.output_height, r->d.output_components, ji->sw, ji->sh,
                components);
        goto out;
    }
    r->row_bytes = (size_t)ji->sw * components;
    r->stride = (r->row_bytes + 63) / 64 * 64;
    r->block = aligned_alloc(64, r->stride * SG__JPEG_READ_ROWS + 64);
    r->rows = r->block ? r->block + SG__JPEG_ROW_SKEW : NULL;
    r->rgb = r->cmyk ? malloc((size_t)ji->sw * 3) : NULL;
    if (!r->block || (r->cmyk && !r->rgb)) {
        rc = SG_ENOMEM;
        set_err(err, errcap, "JPEG: out of memory");
        goto out;
    }
    *out = r;
    r = NULL;
    rc = 0;
out:
    jpeg_reader_close(r);
    return rc;
}

/* Reads whatever rows the consumer did not take (the hash skips images
 * under 5 pixels a side), then up to EOI: a warning or error anywhere in
 * the file is SG_EDECODE, as it is for decode_jpeg. */
static int jpeg_reader_finish(jpeg_reader *r, char *err, size_t errcap)
{
    while (r->d.output_scanline < r->d.output_height)
        if (!jpeg_read_more(r)) {
            set_err(err, errcap, "JPEG: %s", r->msg);
            return SG_EDECODE;
        }
    if (setjmp(r->jb)) {
        set_err(err, errcap, "JPEG: %s", r->msg);
        return SG_EDECODE;
    }
    jpeg_finish_decompress(&r->d);
    return 0;
}

static int hash_jpeg_streamed(const uint8_t *data, size_t len, const sg_image_opts *opts,
                              sg_pdq_result *out, char *err, size_t errcap)
{
    jpeg_reader *r;
    jpeg_info ji;
    int channels;
    int rc = jpeg_reader_open(data, len, opts, &r, &ji, &channels, err, errcap);
    if (rc)
        return rc;
    rc = sg__pdq_hash_pulled(jpeg_pull, r, channels, ji.sw, ji.sh, out);
    if (rc == SG_EDECODE)
        set_err(err, errcap, "JPEG: %s", r->msg);
    else if (rc)
        set_err(err, errcap, "hashing failed: %s", sg_strerror(rc));
    else
        rc = jpeg_reader_finish(r, err, errcap);
    if (rc)
        memset(out, 0, sizeof *out);
    jpeg_reader_close(r);
    return rc;
}

int sg__jpeg_decode_streamed(const uint8_t *data, size_t len, const sg_image_opts *opts,
                             sg__image *img, char *err, size_t errcap)
{
    if (!img || !data)
        return SG_EINVAL;
    memset(img, 0, sizeof *img);
    jpeg_reader *r;
    jpeg_info ji;
    int channels;
    int rc = jpeg_reader_open(data, len, opts, &r, &ji, &channels, err, errcap);
    if (rc)
        return rc;
    size_t row = (size_t)ji.sw * channels;
    uint8_t *px = malloc(row * ji.sh);
    if (!px) {
        rc = SG_ENOMEM;
        set_err(err, errcap, "JPEG: out of memory");
        goto out;
    }
    for (int y = 0; y < ji.sh; y++) {
        const uint8_t *p = jpeg_pull(r, y);
        if (!p) {
            rc = SG_EDECODE;
            set_err(err, errcap, "JPEG: %s", r->msg);
            goto out;
        }
        memcpy(px + row * y, p, row);
    }
    if ((rc = jpeg_reader_finish(r, err, errcap)))
        goto out;
    img->px = px;
    img->w = ji.sw;
    img->h = ji.sh;
    img->channels = channels;
    px = NULL;
out:
    free(px);
    jpeg_reader_close(r);
    return rc;
}

/* ------------------------------------------------------------------------
 * PNG
 * ---------------------------------------------------------------------- */

typedef struct png_ctx {
    const uint8_t *data;
    size_t len, pos;
    char msg[160];
} png_ctx;

static void png_read_mem(png_structp png, png_bytep out, png_size_t n)
{
    png_ctx *c = png_get_io_ptr(png);
    if (n > c->len - c->pos)
        png_error(png, "truncated file");
    memcpy(out, c->data + c->pos, n);
    c->pos += n;
}

static void png_on_error(png_structp png, png_const_charp msg)
{
    png_ctx *c = png_get_error_ptr(png);
    snprintf(c->msg, sizeof c->msg, "%s", msg);
    png_longjmp(png, 1);
}

static void png_on_warning(png_structp png, png_const_charp msg)
{
    /* Ancillary-chunk warnings are harmless; keep the first for context. */
    png_ctx *c = png_get_error_ptr(png);
    if (!c->msg[0])
        snprintf(c->msg, sizeof c->msg, "%s", msg);
}

static int decode_png(const uint8_t *data, size_t len, const sg_image_opts *opts, sg__image *img,
                      char *err, size_t errcap)
{
    png_ctx ctx = { data, len, 0, { 0 } };
    png_structp png = NULL;
    png_infop info = NULL;
    /* volatile: modified between setjmp and a possible longjmp. */
    uint8_t *volatile px = NULL;
    png_bytep *volatile rowp = NULL;
    volatile int rc = SG_EDECODE;

    png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &ctx, png_on_error, png_on_warning);
    if (!png || !(info = png_create_info_struct(png))) {
        set_err(err, errcap, "PNG: cannot initialise the decoder");
        rc = SG_ENOMEM;
        goto out;
    }
    if (setjmp(png_jmpbuf(png))) {
        if (rc == SG_EDECODE)
            set_err(err, errcap, "PNG: %s", ctx.msg[0] ? ctx.msg : "decode error");
        goto out;
    }
    png_set_read_fn(png, &ctx, png_read_mem);
    /* Check the IHDR dimensions before libpng reads on (it would read every
     * chunk up to the first IDAT before telling us the size). */
    if (len >= 24 && !memcmp(data + 12, "IHDR", 4)) {
        uint64_t w0 = (uint64_t)data[16] << 24 | (uint64_t)data[17] << 16 |
                      (uint64_t)data[18] << 8 | data[19];
        uint64_t h0 = (uint64_t)data[20] << 24 | (uint64_t)data[21] << 16 |
                      (uint64_t)data[22] << 8 | data[23];
        int r0 = check_dims("PNG", w0, h0, pixel_cap(opts), err, errcap);
        if (r0 == SG_ELIMIT) {
            rc = r0;
            goto out;
        }
    }
    /* Bound metadata chunks too (zTXt/iCCP bombs). */
    png_set_chunk_malloc_max(png, 8u << 20);
    png_read_info(png, info);

    png_uint_32 w = png_get_image_width(png, info), h = png_get_image_height(png, info);
    int r = check_dims("PNG", w, h, pixel_cap(opts), err, errcap);
    if (r) {
        rc = r;
        goto out;
    }
    int color = png_get_color_type(png, info);
    int depth = png_get_bit_depth(png, info);
    if (color == PNG_COLOR_TYPE_PALETTE)
        png_set_palette_to_rgb(png);
    if (color == PNG_COLOR_TYPE_GRAY && depth < 8)
        png_set_expand_gray_1_2_4_to_8(png);
    if (depth == 16)
        png_set_strip_16(png);
    png_set_strip_alpha(png); /* also drops tRNS-derived alpha */
    png_set_interlace_handling(png);
    png_read_update_info(png, info);

    int channels = png_get_channels(png, info);
    if (channels != 1 && channels != 3) {
        snprintf(ctx.msg, sizeof ctx.msg, "unexpected %d channels after conversion", channels);
        set_err(err, errcap, "PNG: %s", ctx.msg);
        goto out;
    }
    size_t rowbytes = png_get_rowbytes(png, info);
    if (rowbytes != (size_t)w * channels) {
        set_err(err, errcap, "PNG: unexpected row size");
        goto out;
    }
    px = malloc(rowbytes * h);
    rowp = malloc(sizeof(png_bytep) * h);
    if (!px || !rowp) {
        rc = SG_ENOMEM;
        set_err(err, errcap, "PNG: out of memory for %ux%u", (unsigned)w, (unsigned)h);
        goto out;
    }
    for (png_uint_32 y = 0; y < h; y++)
        rowp[y] = px + rowbytes * y;
    ctx.msg[0] = '\0';
    png_read_image(png, rowp);
    png_read_end(png, NULL);

    img->px = px;
    img->w = (int)w;
    img->h = (int)h;
    img->channels = channels;
    px = NULL;
    rc = 0;
out:
    png_destroy_read_struct(png ? &png : NULL, info ? &info : NULL, NULL);
    free(px);
    free(rowp);
    return rc;
}

/* ------------------------------------------------------------------------
 * WebP
 * ---------------------------------------------------------------------- */

#ifdef SG_HAVE_WEBP
static int decode_webp(const uint8_t *data, size_t len, const sg_image_opts *opts, sg__image *img,
                       char *err, size_t errcap)
{
    WebPBitstreamFeatures f;
    if (WebPGetFeatures(data, len, &f) != VP8_STATUS_OK) {
        set_err(err, errcap, "WebP: invalid header");
        return SG_EDECODE;
    }
    int rc =
        check_dims("WebP", (uint64_t)f.width, (uint64_t)f.height, pixel_cap(opts), err, errcap);
    if (rc)
        return rc;
    if (f.has_animation) {
        set_err(err, errcap, "WebP: animated images are not supported");
        return SG_EFORMAT;
    }
    size_t stride = (size_t)f.width * 3, size = stride * f.height;
    uint8_t *px = malloc(size);
    if (!px) {
        set_err(err, errcap, "WebP: out of memory");
        return SG_ENOMEM;
    }
    /* RGB output ignores alpha, as the other decoders do. */
    if (!WebPDecodeRGBInto(data, len, px, size, (int)stride)) {
        free(px);
        set_err(err, errcap, "WebP: corrupt or truncated data");
        return SG_EDECODE;
    }
    img->px = px;
    img->w = f.width;
    img->h = f.height;
    img->channels = 3;
    return 0;
}
#endif

/* ------------------------------------------------------------------------
 * Dispatch
 * ---------------------------------------------------------------------- */

static const char *sniff_other(const uint8_t *d, size_t len)
{
    if (len >= 6 && (!memcmp(d, "GIF87a", 6) || !memcmp(d, "GIF89a", 6)))
        return "GIF";
    if (len >= 2 && !memcmp(d, "BM", 2))
        return "BMP";
    if (len >= 4 && (!memcmp(d, "II*\0", 4) || !memcmp(d, "MM\0*", 4)))
        return "TIFF";
    if (len >= 12 && !memcmp(d + 4, "ftyp", 4))
        return "ISO media (HEIC/AVIF/MP4)";
    return NULL;
}

int sg__image_decode(const uint8_t *data, size_t len, const sg_image_opts *opts, sg__image *img,
                     char *err, size_t errcap)
{
    if (!img || (!data && len))
        return SG_EINVAL;
    memset(img, 0, sizeof *img);
    if (err && errcap)
        err[0] = '\0';
    if (len == 0) {
        set_err(err, errcap, "empty file");
        return SG_EFORMAT;
    }
    if (len >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
        return decode_jpeg(data, len, opts, img, err, errcap);
    if (len >= 8 && !memcmp(data, "\x89PNG\r\n\x1a\n", 8))
        return decode_png(data, len, opts, img, err, errcap);
    if (len >= 12 && !memcmp(data, "RIFF", 4) && !memcmp(data + 8, "WEBP", 4)) {
#ifdef SG_HAVE_WEBP
        return decode_webp(data, len, opts, img, err, errcap);
#else
        set_err(err, errcap, "WebP support not built");
        return SG_EFORMAT;
#endif
    }
    const char *other = sniff_other(data, len);
    if (other)
        set_err(err, errcap, "unsupported image format (%s); JPEG, PNG and WebP are", other);
    else
        set_err(err, errcap, "not a JPEG, PNG or WebP image");
    return SG_EFORMAT;
}

int sg_pdq_hash_image(const uint8_t *data, size_t len, const sg_image_opts *opts,
                      sg_pdq_result *out, char *err, size_t errcap)
{
    if (!out)
        return SG_EINVAL;
    memset(out, 0, sizeof *out);
    /* JPEG: decoded and hashed row by row (same pixels, no image buffer). */
    if (data && len >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF) {
        if (err && errcap)
            err[0] = '\0';
        return hash_jpeg_streamed(data, len, opts, out, err, errcap);
    }
    sg__image img;
    int rc = sg__image_decode(data, len, opts, &img, err, errcap);
    if (rc)
        return rc;
    if (img.channels == 1)
        rc = sg__pdq_hash_gray8(img.px, img.w, img.h, (size_t)img.w, out);
    else
        rc = sg_pdq_hash_rgb(img.px, img.w, img.h, (size_t)img.w * 3, out);
    free(img.px);
    if (rc)
        set_err(err, errcap, "hashing failed: %s", sg_strerror(rc));
    return rc;
}

int sg_pdq_hash_file(const char *path, const sg_image_opts *opts, sg_pdq_result *out, char *err,
                     size_t errcap)
{
    if (!path || !out)
        return SG_EINVAL;
    memset(out, 0, sizeof *out);
    int rc = SG_EIO;
    uint8_t *buf = NULL;
    FILE *f = fopen(path, "rb");
    if (!f) {
        set_err(err, errcap, "cannot open: %s", strerror(errno));
        return SG_EIO;
    }
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        set_err(err, errcap, "not a regular file");
        goto out;
    }
    if ((uint64_t)st.st_size > SG__MAX_IMAGE_FILE_BYTES) {
        set_err(err, errcap, "file is %lld bytes, above the cap of %llu", (long long)st.st_size,
                (unsigned long long)SG__MAX_IMAGE_FILE_BYTES);
        rc = SG_ELIMIT;
        goto out;
    }
    size_t size = (size_t)st.st_size;
    buf = malloc(size ? size : 1);
    if (!buf) {
        rc = SG_ENOMEM;
        set_err(err, errcap, "out of memory");
        goto out;
    }
    if (size && fread(buf, 1, size, f) != size) {
        set_err(err, errcap, "read error");
        goto out;
    }
    rc = sg_pdq_hash_image(buf, size, opts, out, err, errcap);
out:
    free(buf);
    fclose(f);
    return rc;
}
