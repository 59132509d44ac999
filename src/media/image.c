/* image.c — decode JPEG (TurboJPEG), PNG (libpng) and WebP (libwebp) into
 * 8-bit grey or RGB for PDQ, refusing decompression bombs before allocating.
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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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

static int decode_jpeg(const uint8_t *data, size_t len, const sg_image_opts *opts, sg__image *img,
                       char *err, size_t errcap)
{
    int rc = SG_EDECODE;
    uint8_t *px = NULL, *cmyk = NULL;
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
    rc = SG_EDECODE;

    tjscalingfactor sf = { 1, 1 };
    if (opts && opts->fast)
        sf = fast_scale(w, h);
    int sw = TJSCALED(w, sf), sh = TJSCALED(h, sf);

    int pf, channels;
    if (cs == TJCS_GRAY) {
        pf = TJPF_GRAY;
        channels = 1;
    } else if (cs == TJCS_CMYK || cs == TJCS_YCCK) {
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
        /* PIL's conversion: samples are Adobe-inverted (s = 255 - ink), so
         * ink c = 255 - s_c, and R = (255-k) - (255-k)*c/255, rounded. */
        size_t n = (size_t)sw * sh;
        for (size_t i = 0; i < n; i++) {
            const uint8_t *p = cmyk + 4 * i;
            unsigned nk = p[3];
            for (int c = 0; c < 3; c++) {
                unsigned t = (255u - p[c]) * nk + 128;
                px[3 * i + c] = (uint8_t)(nk - (((t >> 8) + t) >> 8));
            }
        }
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
