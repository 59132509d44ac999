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

#endif
