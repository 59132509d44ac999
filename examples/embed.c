/* embed.c — the smallest program that embeds libstreamguard: load the rules,
 * feed three events, print the decisions and any alert.
 *
 *   build/example_embed rules/en
 */
#include <stdio.h>
#include <string.h>

#include <streamguard.h>

static void on_alert(void *ud, const sg_alert *a)
{
    char line[4096];
    (void)ud;
    sg_alert_json(a, line, sizeof line);
    printf("%s\n", line);
}

int main(int argc, char **argv)
{
    const char *rules_path = argc > 1 ? argv[1] : "rules/en";
    static const char *const events[] = {
        "{\"type\":\"stream_start\",\"ts\":1764320000000,\"stream\":\"st-1\",\"broadcaster\":"
        "\"kid\",\"broadcaster_age\":\"13-15\"}",
        "{\"type\":\"chat\",\"ts\":1764320005000,\"stream\":\"st-1\",\"id\":\"m1\",\"user\":\"v1\","
        "\"text\":\"gg that was a sick play\"}",
        "{\"type\":\"chat\",\"ts\":1764320009000,\"stream\":\"st-1\",\"id\":\"m2\",\"user\":\"v2\","
        "\"text\":\"how old are u? are ur parents home\"}",
    };
    sg_ruleset *rules = NULL;
    sg_engine *engine = NULL;
    sg_event_parser *parser = NULL;
    int rc = sg_ruleset_load(&rules_path, 1, NULL, NULL, &rules);
    if (rc) {
        fprintf(stderr, "rules: %s\n", sg_strerror(rc));
        return 1;
    }
    if ((rc = sg_engine_new(NULL, rules, &engine)) || (rc = sg_event_parser_new(&parser)))
        goto out;
    sg_engine_set_alert_callback(engine, on_alert, NULL);
    for (size_t i = 0; i < sizeof events / sizeof events[0]; i++) {
        sg_event ev;
        sg_decision d;
        char err[256], line[8192];
        if (sg_event_parse(parser, events[i], strlen(events[i]), &ev, err, sizeof err)) {
            fprintf(stderr, "event %zu: %s\n", i, err);
            continue;
        }
        if (sg_engine_process(engine, &ev, &d) == 1) {
            sg_decision_json(&d, line, sizeof line);
            printf("%s\n", line);
        }
    }
out:
    sg_event_parser_free(parser);
    sg_engine_free(engine);
    sg_ruleset_free(rules);
    if (rc)
        fprintf(stderr, "error: %s\n", sg_strerror(rc));
    return rc ? 1 : 0;
}
