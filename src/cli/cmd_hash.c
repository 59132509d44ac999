/* cmd_hash.c — `streamguard hash`: not built yet (placeholder so the binary links). */
#include <stdio.h>

#include "cli/cli.h"

int sg_cmd_hash(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "streamguard hash: not available in this build yet\n");
    return 2;
}
