/* cmd_match.c — `streamguard match`: not built yet (placeholder so the binary links). */
#include <stdio.h>

#include "cli/cli.h"

int sg_cmd_match(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "streamguard match: not available in this build yet\n");
    return 2;
}
