/* fuzz_config.c — libFuzzer driver for the settings parsers: the engine's
 * `key = value` config (sg_config_load), the daemon's config
 * (sg__serve_cfg_load, src/daemon/config.c compiled in) and the nudge
 * catalogue (sg__catalogue_load). Both read files, so the input goes through a
 * temporary file; both must refuse bad input with a message, never crash. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "daemon/daemon.h"
#include "engine.h"
#include "streamguard.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char path[64];
    if (!path[0])
        snprintf(path, sizeof path, "/tmp/sg-fuzz-config-%ld", (long)getpid());
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    sg_config cfg;
    sg_config_init(&cfg);
    char err[256];
    if (sg_config_load(&cfg, path, err, sizeof err) == 0) {
        /* whatever loaded must still make a valid engine configuration */
        for (int i = 0; i < SG_AGE__COUNT; i++)
            if (cfg.hold_risk[i] <= 0 || cfg.hold_risk[i] > 1)
                abort();
    }
    sg__serve_cfg sc;
    sg__serve_cfg_init(&sc);
    char epath[256];
    int efd = -1;
    if (sg__serve_cfg_load(&sc, path, epath, sizeof epath, &efd, err, sizeof err) == 0 && efd >= 0)
        close(efd);
    sg__catalogue *c = NULL;
    if (sg__catalogue_load(path, &c, err, sizeof err) == 0) {
        (void)sg__catalogue_pick(c, 0x7ff, NULL, SG_AGE_13_15);
        (void)sg__catalogue_pick(c, 0, "flood", SG_AGE_UNDER13);
        sg__catalogue_free(c);
    }
    return 0;
}
