/* bench_normalize.c — cost of sg__normalize() per chat line, ASCII and
 * mixed-script, against whole-message utf8proc_map (NFKC + casefold +
 * strip marks) as a baseline measured in the same run. Prints one line per
 * figure: "<name>: N ns/msg", the best of several timed batches. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <utf8proc.h>

#include "normalize.h"

/* Representative chat: short banter like tests/scenarios, and longer lines
 * around 100 bytes, some of them with the evasions the normaliser undoes. */
static const char *const ASCII_LINES[] = {
    "half our class is here lol",
    "is there a schedule somewhere",
    "ball cam on or off?",
    "two more rounds then we switch",
    "WHAT LEGEND IS BEST RN",
    "it's 3am for me help",
    "where are you based? i run a studio and could give you a free session sometime this week",
    "how do u know when to take it off",
    "got a spelling test tomorrow",
    "lmaooo",
    "josh_lfc06 never misses a stream",
    "gg that was close, the boss nearly had you at the end there, what build are you running now?",
    "i'll send you 500 coins if u do it, just turn the camera a bit and show me your room ok",
    "r u a boy or a girl",
    "add me on s n a p its the same name as here, i'll explain there where nobody can see",
    "t4ke ur h00die 0ff and i gift u five hundred gems",
    "pleeeease say hi to me, been watching every stream since the start of the season!!!",
    "nearly 300 followers!!",
    "this joystick is older than my car",
    "what time zone are u in? it's already dark here lol, my mum says i should be asleep",
    "build an arena for the boss fr",
    "who said hello? hello!",
    "don't tell your parents about our chats, they wouldn't understand, it's just between us",
    "how old are you? 14? 15? you look mature for your age honestly",
    "skill issue (for them)",
};

static const char *const MIXED_LINES[] = {
    "W chat \xf0\x9f\x92\x80",
    "got a spelling test tomorrow \xf0\x9f\x98\xa9",
    "potions before the fight \xf0\x9f\x91\x80",
    "CHAT SPEED \xf0\x9f\x93\x88",
    "i can literally hear u through the wall \xf0\x9f\x98\x82",
    "add me on \xf0\x9f\x91\xbb s.n.a.p",
    "\xd1\x95\xd0\xb5nd me \xd0\xb0 \xd1\x80ic \xf0\x9f\x93\xb8 pls",
    "\xd1\x80riv\xd0\xb0te ch\xd0\xb0t? \xf0\x9f\x94\x92\xf0\x9f\xa4\xab",
    "caf\xc3\xa9 stream \xe2\x98\x95 na\xc3\xafve question: are you on discord?",
    "\xef\xbc\xb3\xef\xbc\xae\xef\xbc\xa1\xef\xbc\xb0 me",
    "that was so good \xe2\x9d\xa4\xef\xb8\x8f\xe2\x9d\xa4\xef\xb8\x8f\xe2\x9d\xa4\xef\xb8\x8f",
    "sn\xe2\x80\x8b"
    "ap \xe2\x80\x94 same name",
    "i\xe2\x80\x99ll gift u \xf0\x9f\x92\x8e\xf0\x9f\x92\x8e if u show \xf0\x9f\x8d\x91",
    "\xe4\xbd\xa0\xe5\xa5\xbd \xe4\xb8\xbb\xe6\x92\xad",
    "GG \xf0\x9f\x8e\x89\xf0\x9f\x8e\x89 that last round was insane, you\xe2\x80\x99re getting so "
    "much better",
    "where do u live? \xf0\x9f\x8f\xa0 i could come visit \xf0\x9f\x98\x88",
    "ol\xc3\xa1 do brasil \xf0\x9f\x87\xa7\xf0\x9f\x87\xb7",
    "\xce\xb1\xce\xbd\xce\xbd\xce\xb1 is my name",
    "MVP MVP \xf0\x9f\x94\xa5\xf0\x9f\x94\xa5",
    "\xf0\x9f\x98\xac",
    "wanna v\xd1\x96\xd0\xb4"
    "eo call? \xf0\x9f\x93\xb9 just u and me",
    "na\xc3\xafve r\xc3\xa9sum\xc3\xa9 fa\xc3\xa7"
    "ade",
    "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 family stream today",
    "hello \xf0\x9f\x91\x8b\xf0\x9f\x8f\xbd new here",
    "\xf0\x9f\x8e\x81 for the best streamer \xf0\x9f\x92\xb0",
};

#define NLINES(a) (sizeof(a) / sizeof((a)[0]))

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static size_t sink;

/* Each figure is the best of TRIALS timed batches: the machine is shared,
 * and the minimum is the figure least disturbed by other processes. */
#define TRIALS     60
#define BATCH_REPS 20

static double bench_norm(sg__norm *n, const char *const *lines, size_t count)
{
    size_t lens[64];
    for (size_t i = 0; i < count; i++)
        lens[i] = strlen(lines[i]);
    for (size_t i = 0; i < count; i++) /* warm up: buffers grow once */
        sg__normalize(n, lines[i], lens[i]);
    double best = 1e300;
    for (int trial = 0; trial < TRIALS; trial++) {
        double start = now_ns();
        for (int rep = 0; rep < BATCH_REPS; rep++)
            for (size_t i = 0; i < count; i++) {
                if (sg__normalize(n, lines[i], lens[i]) != 0) {
                    fprintf(stderr, "normalize failed on %s\n", lines[i]);
                    exit(1);
                }
                sink += n->len;
            }
        double per = (now_ns() - start) / (double)(BATCH_REPS * count);
        if (per < best)
            best = per;
    }
    return best;
}

static double bench_utf8proc(const char *const *lines, size_t count)
{
    const utf8proc_option_t opts = UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                   UTF8PROC_STRIPMARK | UTF8PROC_IGNORE | UTF8PROC_LUMP;
    size_t lens[64];
    for (size_t i = 0; i < count; i++)
        lens[i] = strlen(lines[i]);
    double best = 1e300;
    for (int trial = 0; trial < TRIALS; trial++) {
        double start = now_ns();
        for (int rep = 0; rep < BATCH_REPS; rep++)
            for (size_t i = 0; i < count; i++) {
                utf8proc_uint8_t *out = NULL;
                utf8proc_ssize_t k = utf8proc_map((const utf8proc_uint8_t *)lines[i],
                                                  (utf8proc_ssize_t)lens[i], &out, opts);
                if (k < 0) {
                    fprintf(stderr, "utf8proc_map failed on %s\n", lines[i]);
                    exit(1);
                }
                sink += (size_t)k;
                free(out);
            }
        double per = (now_ns() - start) / (double)(BATCH_REPS * count);
        if (per < best)
            best = per;
    }
    return best;
}

static double mean_len(const char *const *lines, size_t count)
{
    size_t total = 0;
    for (size_t i = 0; i < count; i++)
        total += strlen(lines[i]);
    return (double)total / (double)count;
}

int main(void)
{
    sg__norm n;
    sg__norm_init(&n);
    /* Long lines alone: the "typical 100-byte line" of the target. */
    const char *longl[NLINES(ASCII_LINES)];
    size_t nlong = 0;
    for (size_t i = 0; i < NLINES(ASCII_LINES); i++)
        if (strlen(ASCII_LINES[i]) >= 80)
            longl[nlong++] = ASCII_LINES[i];

    printf("lines: ascii %zu (mean %.0f bytes), ascii_long %zu (mean %.0f bytes), "
           "mixed %zu (mean %.0f bytes)\n",
           NLINES(ASCII_LINES), mean_len(ASCII_LINES, NLINES(ASCII_LINES)), nlong,
           mean_len(longl, nlong), NLINES(MIXED_LINES), mean_len(MIXED_LINES, NLINES(MIXED_LINES)));
    printf("normalize_ascii: %.0f ns/msg\n", bench_norm(&n, ASCII_LINES, NLINES(ASCII_LINES)));
    printf("normalize_ascii_long: %.0f ns/msg\n", bench_norm(&n, longl, nlong));
    printf("normalize_mixed: %.0f ns/msg\n", bench_norm(&n, MIXED_LINES, NLINES(MIXED_LINES)));
    printf("utf8proc_map_ascii: %.0f ns/msg\n", bench_utf8proc(ASCII_LINES, NLINES(ASCII_LINES)));
    printf("utf8proc_map_ascii_long: %.0f ns/msg\n", bench_utf8proc(longl, nlong));
    printf("utf8proc_map_mixed: %.0f ns/msg\n", bench_utf8proc(MIXED_LINES, NLINES(MIXED_LINES)));
    sg__norm_free(&n);
    return sink == 0;
}
