/* fuzz_model.c — libFuzzer driver for the tactic model parser
 * (sg__model_parse) and scorer (sg__model_fire).
 *
 * Each input is a model file. A refused file must say why (non-empty
 * message, a line within the file); an accepted one is scored on a few
 * fixed lines and every span it gives must lie inside the line. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"

static const char *const lines[] = {
    "",
    "hi",
    "how old are you",
    "dont tell ur mum, its our secret !!",
    "snap me 👻 rn",
    "a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4 5 6 7 8 9",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 16))
        return 0;
    sg__model *m = NULL;
    char err[256] = "";
    int line = -1;
    int rc = sg__model_parse((const char *)data, size, &m, &line, err, sizeof err);
    if (rc) {
        if (m || !err[0] || line < 0)
            abort();
        return 0;
    }
    if (!m)
        abort();
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        uint32_t s[SG_T__COUNT], e[SG_T__COUNT];
        float p[SG_T__COUNT];
        size_t len = strlen(lines[i]);
        uint32_t fired = sg__model_fire(m, lines[i], len, s, e, p);
        for (int t = 0; t < SG_T__COUNT; t++)
            if ((fired & (1u << t)) && !(s[t] < e[t] && e[t] <= len))
                abort();
    }
    sg__model_free(m);
    return 0;
}
