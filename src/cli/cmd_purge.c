/* cmd_purge.c — `streamguard purge`: not built yet (placeholder so the binary links). */
#include <stdio.h>

#include "cli/cli.h"

int sg_cmd_purge(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "streamguard purge: not available in this build yet\n");
    return 2;
}
