/* cmd_rules.c — `streamguard rules`: not built yet (placeholder so the binary links). */
#include <stdio.h>

#include "cli/cli.h"

int sg_cmd_rules(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "streamguard rules: not available in this build yet\n");
    return 2;
}
