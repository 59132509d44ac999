/* cli.h — the subcommands of the streamguard binary. Each lives in its own
 * file (src/cli/cmd_NAME.c, src/daemon/) and is called with argv starting
 * at the subcommand name. Returns the process exit code. */
#ifndef SG_CLI_H
#define SG_CLI_H

int sg_cmd_replay(int argc, char **argv); /* src/cli/cmd_replay.c */
int sg_cmd_rules(int argc, char **argv);  /* src/cli/cmd_rules.c */
int sg_cmd_hash(int argc, char **argv);   /* src/cli/cmd_hash.c */
int sg_cmd_match(int argc, char **argv);  /* src/cli/cmd_match.c */
int sg_cmd_watch(int argc, char **argv);  /* src/cli/cmd_watch.c */
int sg_cmd_serve(int argc, char **argv);  /* src/daemon/serve.c */
int sg_cmd_token(int argc, char **argv);  /* src/daemon/token.c */
int sg_cmd_digest(int argc, char **argv); /* src/cli/cmd_digest.c */
int sg_cmd_purge(int argc, char **argv);  /* src/cli/cmd_purge.c */

#endif
