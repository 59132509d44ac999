/* cmd_watch.c — `streamguard watch`: not built yet (placeholder so the binary links). */
#include <stdio.h>

#include "cli/cli.h"

int sg_cmd_watch(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "streamguard watch: not available in this build yet\n");
    return 2;
}
