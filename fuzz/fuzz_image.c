/* fuzz_image.c — libFuzzer driver for the image decode + PDQ path
 * (sg_pdq_hash_image) with a small pixel cap, full and fast decode. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "streamguard.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sg_pdq_result r;
    char err[256];
    /* 1M pixels: big enough for the seeds, small enough to keep runs fast
     * and to exercise the cap. */
    sg_image_opts opts = { 1u << 20, (size & 1) != 0 };
    int rc = sg_pdq_hash_image(data, size, &opts, &r, err, sizeof err);
    if (rc == 0) {
        /* success means a real hash of a real image */
        if (r.width <= 0 || r.height <= 0 || r.quality < 0 || r.quality > 100)
            __builtin_trap();
    } else if (rc != SG_EDECODE && rc != SG_EFORMAT && rc != SG_ELIMIT && rc != SG_ENOMEM) {
        __builtin_trap();
    } else if (!err[0] || !memchr(err, '\0', sizeof err)) {
        __builtin_trap(); /* every error has a message */
    }
    return 0;
}
