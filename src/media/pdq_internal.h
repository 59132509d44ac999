/* pdq_internal.h — internal entry points of the PDQ hasher and the image
 * decoder, shared by image.c, video.c, the tests and the benchmarks. */
#ifndef SG_PDQ_INTERNAL_H
#define SG_PDQ_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "streamguard.h"

/* Default pixel cap for decoders when the caller passes 0. */
#define SG__DEFAULT_MAX_PIXELS 100000000ull

/* Hashes 8-bit grey pixels (stride in bytes); the value is the luma, as the
 * reference does for one-channel images. */
int sg__pdq_hash_gray8(const uint8_t *px, int w, int h, size_t stride, sg_pdq_result *out);

/* A decoder that hands out rows one at a time: returns row y (w pixels of
 * 1 or 3 bytes, valid until the next call) or NULL on a decode error.
 * Rows are asked for in order 0, 1, ..., h-1, each once, possibly not all
 * of them (images under 5 pixels a side are not read). */
typedef const uint8_t *(*sg__row_pull)(void *ctx, int y);

/* Hashes rows pulled from a decoder, so no image-sized buffer exists: the
 * same hash as sg_pdq_hash_rgb / sg__pdq_hash_gray8 on the same pixels.
 * SG_EDECODE as soon as pull returns NULL (the decoder keeps the reason). */
int sg__pdq_hash_pulled(sg__row_pull pull, void *ctx, int channels, int w, int h,
                        sg_pdq_result *out);

/* The same hash computed the way the reference code walks memory (a
 * column-major column pass over two full-size float buffers). Kept for the
 * benchmark baseline and to check the fast path against it. */
int sg__pdq_hash_luma_naive(const float *luma, int w, int h, sg_pdq_result *out);

/* A decoded image: 1 (grey) or 3 (RGB) channels, 8 bits, rows packed. */
typedef struct sg__image {
    uint8_t *px;
    int w, h;
    int channels;
} sg__image;

/* Decodes JPEG / PNG / WebP from memory (format found by magic bytes).
 * On success img->px is malloc'd and owned by the caller. Errors:
 * SG_EFORMAT (not an image we know), SG_EDECODE (corrupt, truncated),
 * SG_ELIMIT (declared size above max_pixels; nothing allocated). */
int sg__image_decode(const uint8_t *data, size_t len, const sg_image_opts *opts, sg__image *img,
                     char *err, size_t errcap);

/* The pixels sg_pdq_hash_image hashes for a JPEG, read through the same
 * row-streaming libjpeg reader, into one buffer: for the tests, which
 * check they equal sg__image_decode's (TurboJPEG tjDecompress2) exactly. */
int sg__jpeg_decode_streamed(const uint8_t *data, size_t len, const sg_image_opts *opts,
                             sg__image *img, char *err, size_t errcap);

#endif
