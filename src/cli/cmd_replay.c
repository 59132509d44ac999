/* cmd_replay.c — `streamguard replay`: not built yet (placeholder so the binary links). */
#include <stdio.h>

#include "cli/cli.h"

int sg_cmd_replay(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "streamguard replay: not available in this build yet\n");
    return 2;
}
