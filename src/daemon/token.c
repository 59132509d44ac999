/* token.c — `streamguard token`: not built yet (placeholder so the binary links). */
#include <stdio.h>

#include "cli/cli.h"

int sg_cmd_token(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "streamguard token: not available in this build yet\n");
    return 2;
}
