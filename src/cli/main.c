/* main.c — the streamguard binary: dispatches to a subcommand. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "streamguard.h"

static const struct command {
    const char *name;
    int (*fn)(int, char **);
    const char *help;
} commands[] = {
    { "replay", sg_cmd_replay, "replay FILE...           decide NDJSON events, merged by ts" },
    { "rules", sg_cmd_rules, "rules test|check PATH... validate rules and run their examples" },
    { "serve", sg_cmd_serve, "serve [--config FILE]    run the daemon (HTTP API, console)" },
    { "token", sg_cmd_token, "token create --role R   create an API token" },
    { "hash", sg_cmd_hash, "hash [--json] FILE...    PDQ-hash images" },
    { "match", sg_cmd_match, "match --bank FILE Q...   match images or hashes against a bank" },
    { "watch", sg_cmd_watch, "watch --bank F --stream ID SRC  hash live video frames" },
    { "digest", sg_cmd_digest, "digest --data DIR --broadcaster ID  parent digest" },
    { "purge", sg_cmd_purge, "purge --data DIR         delete expired evidence" },
};

/* Where compiled rule databases are cached (sg_ruleset_set_cache_dir):
 * $STREAMGUARD_CACHE_DIR ("off" disables), else $XDG_CACHE_HOME/streamguard,
 * else $HOME/.cache/streamguard. Set for every subcommand, so replay,
 * rules and serve all start in milliseconds when the rules did not change. */
static void setup_rules_cache(void)
{
    char dir[1024];
    const char *env = getenv("STREAMGUARD_CACHE_DIR");
    if (env) {
        if (strcmp(env, "off") != 0)
            sg_ruleset_set_cache_dir(env);
        return;
    }
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    int n;
    if (xdg && *xdg)
        n = snprintf(dir, sizeof dir, "%s/streamguard", xdg);
    else if (home && *home)
        n = snprintf(dir, sizeof dir, "%s/.cache/streamguard", home);
    else
        return;
    if (n <= 0 || (size_t)n >= sizeof dir)
        return;
    /* the parent of the cache dir must exist; create ~/.cache if needed */
    if (!(xdg && *xdg) && home) {
        char parent[1024];
        snprintf(parent, sizeof parent, "%s/.cache", home);
        (void)mkdir(parent, 0700);
    }
    sg_ruleset_set_cache_dir(dir);
}

static void usage(FILE *f)
{
    fprintf(f, "streamguard %s — live-stream child-safety engine\n\nusage:\n", SG_VERSION);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  streamguard %s\n", commands[i].help);
}

int main(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") ||
        !strcmp(argv[1], "help")) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
        printf("streamguard %s\n", SG_VERSION);
        return 0;
    }
    setup_rules_cache();
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "streamguard: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
