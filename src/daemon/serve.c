/* serve.c — `streamguard serve`: not built yet (placeholder so the binary links). */
#include <stdio.h>

#include "cli/cli.h"

int sg_cmd_serve(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "streamguard serve: not available in this build yet\n");
    return 2;
}
