/* cmd_digest.c — `streamguard digest`: not built yet (placeholder so the binary links). */
#include <stdio.h>

#include "cli/cli.h"

int sg_cmd_digest(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "streamguard digest: not available in this build yet\n");
    return 2;
}
