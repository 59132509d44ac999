/* normalize.c — raw chat text to the canonical form rules match against.
 *
 * The idea
 * --------
 * Rule authors write one lowercase pattern ("snap") and expect it to catch
 * every way a groomer disguises the word: "SNAP", "ｓｎａｐ", "𝐬𝐧𝐚𝐩",
 * "sn\u200bap", "ѕnар" (Cyrillic), "$n4p", "s n a p", "s.n.a.p",
 * "snaaaap". We undo those disguises once per message, and keep for every
 * output byte the original span it came from, so evidence still points at
 * what the user typed.
 *
 * Four passes over one buffer:
 *
 *   1. fold      input -> buffer. ASCII bytes are lowercased inline (the
 *                fast path: no utf8proc call for ASCII). Each non-ASCII
 *                character goes through utf8proc_decompose_char with
 *                COMPAT|CASEFOLD|STRIPMARK|IGNORE|LUMP (NFKC + casefold,
 *                accents and default-ignorable characters dropped, curly
 *                quotes and odd dashes/spaces lumped to ASCII), then is
 *                recomposed (Hangul). Every resulting code point is
 *                folded once more: look-alike Cyrillic/Greek/Latin letters
 *                to ASCII, spaces and controls to a space, format chars
 *                and marks dropped, symbols and emoji to a space, except
 *                the emoji of the table below, which become a word with
 *                spaces around. Whitespace runs become one space here and
 *                the text is trimmed, so later passes see single spaces.
 *   2. join      runs of single letters separated by " . - _ *" are joined
 *                ("s n a p" -> "snap"); see join_runs() for the chat-word
 *                exception ("r u a boy" stays).
 *   3. leet      inside tokens of [a-z0-9@$!|] that hold a letter, leet
 *                characters become letters and runs of 3+ identical letters
 *                collapse to one; see fold_token() for which digits stay.
 *   4. numbers   number words become digits ("five hundred" -> "500").
 *
 * Passes 2-4 run in place: none of them ever writes more bytes than it has
 * read, so the write index trails the read index, and untouched stretches
 * are moved down lazily in one memmove. Most chat lines need none of them:
 * while folding ASCII, pass 1 notes whether there are two single-letter
 * words (join), a digit, leet symbol or run of three (leet), or a word
 * starting like a number word (numbers), and a pass that changes the text
 * re-arms the later ones it can affect. sg__norm.all_passes turns the
 * hints off; tests and the fuzzer check that the results are identical.
 *
 * Invariants (checked by tests/unit/test_normalize.c and the fuzzer)
 * ----------
 *   - the output is valid UTF-8, NUL-terminated, lowercase for ASCII, with
 *     no leading/trailing space and no two spaces in a row;
 *   - for every output byte i, ostart[i] < oend[i] <= input length, and both
 *     lie on character boundaries of the input: a span is always a union of
 *     whole input characters;
 *   - spans never go backwards: ostart and oend are non-decreasing in i;
 *   - len <= SG_NORM_MAX_EXPANSION * input length (U+FDFA, 3 bytes, becomes
 *     33 bytes under NFKC; nothing else we do expands more), so the buffers
 *     never exceed SG_NORM_MAX_EXPANSION * SG_MAX_TEXT_BYTES + a small pad.
 *
 * Costs
 * -----
 * O(n) per message: one scan for pass 1, one more per pass the hints ask
 * for. utf8proc is called once per non-ASCII character only. On the shared
 * 2-core dev box (bench/bench_normalize.c, best of 60 batches): a plain
 * 92-byte ASCII line ~190 ns, 85-90-byte lines that need two or three
 * passes 350-450 ns, 28-byte mixed-script lines ~200 ns; whole-message
 * utf8proc_map alone costs 4-5x as much. No allocation once the buffers
 * have grown to the largest message seen; spans cost 8 bytes per output
 * byte.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "normalize.h"
#include "streamguard.h"

/* Headroom reserved before folding one non-ASCII character: at most 18
 * code points of 4 bytes, or a pending space + an emoji word + space. */
#define CHAR_HEADROOM 80
#define BUF_MAX       ((size_t)SG_NORM_MAX_EXPANSION * SG_MAX_TEXT_BYTES + CHAR_HEADROOM + 1)

#define UP_OPTIONS                                                                                \
    (UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE | UTF8PROC_LUMP | \
     UTF8PROC_DECOMPOSE)

void sg__norm_init(sg__norm *n)
{
    memset(n, 0, sizeof *n);
}

void sg__norm_free(sg__norm *n)
{
    if (!n)
        return;
    free(n->text);
    free(n->ostart);
    free(n->oend);
    free(n->scratch);
    memset(n, 0, sizeof *n);
}

/* Grows the three parallel buffers to hold at least need bytes (+ NUL).
 * Geometric growth, never shrinks, never above BUF_MAX. */
static int reserve(sg__norm *n, size_t need)
{
    if (need + 1 <= n->cap)
        return 0;
    if (need + 1 > BUF_MAX)
        return SG_ETOOBIG;
    size_t ncap = n->cap ? n->cap : 256;
    while (ncap < need + 1)
        ncap *= 2;
    if (ncap > BUF_MAX)
        ncap = BUF_MAX;
    char *t = realloc(n->text, ncap);
    if (!t)
        return SG_ENOMEM;
    n->text = t;
    uint32_t *s = realloc(n->ostart, ncap * sizeof *s);
    if (!s)
        return SG_ENOMEM;
    n->ostart = s;
    uint32_t *e = realloc(n->oend, ncap * sizeof *e);
    if (!e)
        return SG_ENOMEM;
    n->oend = e;
    n->cap = ncap;
    return 0;
}

/* ======================================================================
 * Character classes (ASCII, after lowercasing)
 * ====================================================================== */

enum {
    C_LOWER = 1,   /* a-z */
    C_DIGIT = 2,   /* 0-9 */
    C_WORDISH = 4, /* belongs to a word for boundaries: a-z 0-9 ' and >= 0x80 */
    C_TOKEN = 8,   /* leet token: a-z 0-9 @ $ ! | */
    C_SEP = 16,    /* joins spaced letters: space . - _ * */
    C_LEETSYM = 32 /* @ $ ! | */
};

#define L_ C_LOWER | C_WORDISH | C_TOKEN
#define D_ C_DIGIT | C_WORDISH | C_TOKEN
#define S_ C_TOKEN | C_LEETSYM
static const unsigned char CC[256] = {
    [' '] = C_SEP, ['.'] = C_SEP, ['-'] = C_SEP, ['_'] = C_SEP,      ['*'] = C_SEP, ['@'] = S_,
    ['$'] = S_,    ['!'] = S_,    ['|'] = S_,    ['\''] = C_WORDISH, ['0'] = D_,    ['1'] = D_,
    ['2'] = D_,    ['3'] = D_,    ['4'] = D_,    ['5'] = D_,         ['6'] = D_,    ['7'] = D_,
    ['8'] = D_,    ['9'] = D_,    ['a'] = L_,    ['b'] = L_,         ['c'] = L_,    ['d'] = L_,
    ['e'] = L_,    ['f'] = L_,    ['g'] = L_,    ['h'] = L_,         ['i'] = L_,    ['j'] = L_,
    ['k'] = L_,    ['l'] = L_,    ['m'] = L_,    ['n'] = L_,         ['o'] = L_,    ['p'] = L_,
    ['q'] = L_,    ['r'] = L_,    ['s'] = L_,    ['t'] = L_,         ['u'] = L_,    ['v'] = L_,
    ['w'] = L_,    ['x'] = L_,    ['y'] = L_,    ['z'] = L_,
#define X4(b)  [b] = C_WORDISH, [b + 1] = C_WORDISH, [b + 2] = C_WORDISH, [b + 3] = C_WORDISH
#define X16(b) X4(b), X4(b + 4), X4(b + 8), X4(b + 12)
    X16(0x80),     X16(0x90),     X16(0xA0),     X16(0xB0),          X16(0xC0),     X16(0xD0),
    X16(0xE0),     X16(0xF0),
#undef X4
#undef X16
};
#undef L_
#undef D_
#undef S_

static inline int is_lower(unsigned char c)
{
    return CC[c] & C_LOWER;
}

static inline int is_digit(unsigned char c)
{
    return CC[c] & C_DIGIT;
}

/* A byte that belongs to a word for boundary purposes. */
static inline int is_wordish(unsigned char c)
{
    return CC[c] & C_WORDISH;
}

/* Moves k bytes (and their spans) from r down to w, w <= r: the passes
 * below copy untouched stretches lazily, in one go, only once something
 * before them has shrunk. */
static void move_down(sg__norm *n, size_t w, size_t r, size_t k)
{
    if (w == r || k == 0)
        return;
    memmove(n->text + w, n->text + r, k);
    memmove(n->ostart + w, n->ostart + r, k * sizeof *n->ostart);
    memmove(n->oend + w, n->oend + r, k * sizeof *n->oend);
}

/* Leet digit -> letter, 0 if the digit has no letter reading. */
static inline char leet_digit(unsigned char c)
{
    static const char map[10] = { 'o', 'i', 0, 'e', 'a', 's', 0, 't', 'b', 'g' };
    return is_digit(c) ? map[c - '0'] : 0;
}

/* ======================================================================
 * Pass 1: fold (Unicode -> lowercase ASCII-ish, spaces collapsed)
 * ====================================================================== */

typedef struct fold_state {
    sg__norm *n;
    size_t w;        /* write index */
    int pending;     /* a space is owed before the next visible byte */
    uint32_t ps, pe; /* span of the owed space */
} fold_state;

static inline void owe_space(fold_state *f, uint32_t os, uint32_t oe)
{
    if (!f->pending) {
        f->pending = 1;
        f->ps = os;
    }
    f->pe = oe;
}

static inline void put(fold_state *f, char c, uint32_t os, uint32_t oe)
{
    sg__norm *n = f->n;
    if (f->pending) {
        f->pending = 0;
        if (f->w > 0) {
            n->text[f->w] = ' ';
            n->ostart[f->w] = f->ps;
            n->oend[f->w] = f->pe;
            f->w++;
        }
    }
    n->text[f->w] = c;
    n->ostart[f->w] = os;
    n->oend[f->w] = oe;
    f->w++;
}

static inline void put_ascii(fold_state *f, unsigned char c, uint32_t os, uint32_t oe)
{
    if (c >= 'A' && c <= 'Z')
        put(f, (char)(c | 0x20), os, oe);
    else if (c <= 0x20 || c == 0x7f)
        owe_space(f, os, oe);
    else
        put(f, (char)c, os, oe);
}

/* Emoji that stand for an app or an act (normalize.h lists them). */
static const char *emoji_word(int32_t cp)
{
    switch (cp) {
    case 0x1F47B: return "snapchat"; /* ghost */
    case 0x1F4F8:
    case 0x1F4F7: return "pic"; /* cameras */
    case 0x1F3A5:
    case 0x1F4F9: return "cam"; /* movie/video camera */
    case 0x1F512:
    case 0x1F510: return "private"; /* locks */
    case 0x1F92B:
    case 0x1F910: return "secret"; /* shush, zipper */
    case 0x1F346:
    case 0x1F351:
    case 0x1F4A6:
    case 0x1F445:
    case 0x1F975:
    case 0x1F608: return "sexemoji";
    case 0x1F459:
    case 0x1FA72: return "underwear";
    case 0x1F4F1: return "phone";
    case 0x1F381: return "gift";
    case 0x1F48E: return "gems";
    case 0x1FA99:
    case 0x1F4B0:
    case 0x1F4B5:
    case 0x1F4B8: return "coins";
    case 0x1F3E0: return "home";
    default: return NULL;
    }
}

/* Look-alikes decided on the ORIGINAL code point, before casefolding loses
 * the distinction (Greek capital Ν looks like N, its lowercase ν like v),
 * or where NFKC has no mapping (negative circled/squared letters). */
static char homoglyph_before(int32_t cp)
{
    if (cp >= 0x0391 && cp <= 0x03A7) {
        static const char greek_caps[] = {
            /* 0391 */ 'a', 'b', 0,   0, 'e', 'z', 'h', 0, 'i', 'k', 0, 'm', 'n', 0,
            /* 039F */ 'o', 0,   'p', 0, 0,   't', 'y', 0, 'x'
        };
        return greek_caps[cp - 0x0391];
    }
    if (cp >= 0x1F150 && cp <= 0x1F169)
        return (char)('a' + (cp - 0x1F150));
    if (cp >= 0x1F170 && cp <= 0x1F189)
        return (char)('a' + (cp - 0x1F170));
    return 0;
}

/* Look-alikes among the code points utf8proc produced (lowercase). */
static char homoglyph_after(int32_t cp)
{
    switch (cp) {
    /* Cyrillic */
    case 0x0430: return 'a';
    case 0x0432: return 'b';
    case 0x0435: return 'e';
    case 0x0454: return 'e';
    case 0x043A: return 'k';
    case 0x043C: return 'm';
    case 0x043D: return 'h';
    case 0x043E: return 'o';
    case 0x0440: return 'p';
    case 0x0441: return 'c';
    case 0x0442: return 't';
    case 0x0443: return 'y';
    case 0x0445: return 'x';
    case 0x0455: return 's';
    case 0x0456: return 'i';
    case 0x0458: return 'j';
    case 0x04AF: return 'y';
    case 0x04BB: return 'h';
    case 0x04CF: return 'l';
    case 0x0501: return 'd';
    case 0x051B: return 'q';
    case 0x051D: return 'w';
    /* Greek */
    case 0x03B1: return 'a';
    case 0x03B2: return 'b';
    case 0x03B5: return 'e';
    case 0x03B9: return 'i';
    case 0x03BA: return 'k';
    case 0x03BD: return 'v';
    case 0x03BF: return 'o';
    case 0x03C1: return 'p';
    case 0x03C4: return 't';
    case 0x03C5: return 'u';
    case 0x03C7: return 'x';
    case 0x03F2: return 'c';
    case 0x03F3: return 'j';
    /* Latin and Armenian letters NFKC leaves alone */
    case 0x0131: return 'i';
    case 0x0237: return 'j';
    case 0x0251: return 'a';
    case 0x0261: return 'g';
    case 0x0585: return 'o';
    case 0x057D: return 'u';
    default: return 0;
    }
}

/* Folds one code point produced by utf8proc for input span [os, oe). */
static void fold_cp(fold_state *f, int32_t cp, uint32_t os, uint32_t oe)
{
    if (cp < 0x80) {
        put_ascii(f, (unsigned char)cp, os, oe);
        return;
    }
    char h = homoglyph_after(cp);
    if (h) {
        put(f, h, os, oe);
        return;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_SO:
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN: /* includes emoji newer than our tables */
        owe_space(f, os, oe);
        return;
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_CS: return;
    default: break;
    }
    /* Hangul fillers are letters that render as nothing. */
    if (cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0)
        return;
    utf8proc_uint8_t b[4];
    utf8proc_ssize_t k = utf8proc_encode_char(cp, b);
    for (utf8proc_ssize_t i = 0; i < k; i++)
        put(f, (char)b[i], os, oe);
}

static void fold_char(fold_state *f, int32_t cp, uint32_t os, uint32_t oe)
{
    const char *word = emoji_word(cp);
    if (word) {
        owe_space(f, os, oe);
        for (; *word; word++)
            put(f, *word, os, oe);
        owe_space(f, os, oe);
        return;
    }
    char h = homoglyph_before(cp);
    if (h) {
        put(f, h, os, oe);
        return;
    }
    utf8proc_int32_t dec[64];
    int boundclass = UTF8PROC_BOUNDCLASS_START;
    utf8proc_ssize_t k = utf8proc_decompose_char(cp, dec, 64, UP_OPTIONS, &boundclass);
    if (k < 0 || k > 64) { /* cannot happen for a valid code point */
        owe_space(f, os, oe);
        return;
    }
    if (k > 1)
        k = utf8proc_normalize_utf32(dec, k, UP_OPTIONS | UTF8PROC_COMPOSE);
    for (utf8proc_ssize_t i = 0; i < k; i++)
        fold_cp(f, dec[i], os, oe);
}

/* Whether a word starting with these three letters may be a number word
 * (every number word but "a" has at least three letters). */
static int number_prefix(unsigned char c0, unsigned char c1, unsigned char c2)
{
    /* a table of case labels, kept as written: */
    // clang-format off
    switch ((unsigned)c0 << 16 | (unsigned)c1 << 8 | c2) {
#define P3(a, b, c) case ((unsigned)(a) << 16 | (unsigned)(b) << 8 | (unsigned)(c)):
    P3('z', 'e', 'r') P3('o', 'n', 'e') P3('t', 'w', 'o') P3('t', 'h', 'r')
    P3('t', 'h', 'i') P3('t', 'h', 'o') P3('t', 'e', 'n') P3('t', 'w', 'e')
    P3('f', 'o', 'u') P3('f', 'i', 'v') P3('f', 'i', 'f') P3('f', 'o', 'r')
    P3('s', 'i', 'x') P3('s', 'e', 'v') P3('e', 'i', 'g') P3('e', 'l', 'e')
    P3('n', 'i', 'n') P3('h', 'u', 'n')
#undef P3
        return 1;
    default: return 0;
    }
    // clang-format on
}

/* Which of passes 2-4 the folded text needs: ASCII text tells us while we
 * fold it, so the common chat line skips passes that would change nothing. */
enum { NEED_JOIN = 1, NEED_TOKENS = 2, NEED_NUMBERS = 4, NEED_ALL = 7 };

/* ASCII byte -> folded byte, 0 for whitespace and controls (a space). */
static const unsigned char FOLD_ASCII[128] = {
#define R8(b) b, b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7
#define Z8    0, 0, 0, 0, 0, 0, 0, 0
    Z8,      Z8,      Z8,      Z8,                                       /* 0..31: controls */
    0,       R8(33),  R8(41),  R8(49), R8(57),                           /* space, 33..64 */
    R8('a'), R8('i'), R8('q'), 'y',    'z',                              /* A..Z */
    91,      92,      93,      94,     95,     R8(96), R8(104), R8(112), /* 91..119 */
    120,     121,     122,     123,    124,    125,    126,     0,       /* 120..126, DEL */
#undef R8
#undef Z8
};
_Static_assert(sizeof FOLD_ASCII == 128, "FOLD_ASCII covers ASCII");

static int fold(sg__norm *n, const unsigned char *in, size_t len, int *need)
{
    fold_state f = { n, 0, 0, 0, 0 };
    size_t r = 0;
    int rc, h = 0;
    unsigned singles = 0, wl = 0; /* single-letter words; current word length */
    unsigned char p1 = 0, p2 = 0; /* the two previous folded bytes */
    unsigned char w0 = 0, w1 = 0; /* first letters of the current word */
    while (r < len) {
        /* The ASCII fast path, on locals: the compiler cannot keep fields
         * of f in registers across stores through char pointers. */
        char *tx = n->text;
        uint32_t *so = n->ostart, *eo = n->oend;
        size_t w = f.w;
        int pending = f.pending;
        uint32_t ps = f.ps, pe = f.pe;
        for (; r < len && in[r] < 0x80; r++) {
            unsigned char o = FOLD_ASCII[in[r]];
            if (!o) {
                if (!pending) {
                    pending = 1;
                    ps = (uint32_t)r;
                }
                pe = (uint32_t)r + 1;
                singles += wl == 1;
                wl = 0;
                continue;
            }
            if (pending) {
                pending = 0;
                if (w) {
                    tx[w] = ' ';
                    so[w] = ps;
                    eo[w] = pe;
                    w++;
                }
            }
            tx[w] = (char)o;
            so[w] = (uint32_t)r;
            eo[w] = (uint32_t)r + 1;
            w++;
            unsigned char cls = CC[o];
            if ((cls & (C_DIGIT | C_LEETSYM)) || (o == p1 && o == p2))
                h |= NEED_TOKENS;
            p2 = p1;
            p1 = o;
            if ((cls & C_WORDISH) && o != '\'') {
                if (wl == 0)
                    w0 = o;
                else if (wl == 1)
                    w1 = o;
                else if (wl == 2 && number_prefix(w0, w1, o))
                    h |= NEED_NUMBERS;
                wl++;
            } else {
                singles += wl == 1;
                wl = 0;
            }
        }
        f.w = w;
        f.pending = pending;
        f.ps = ps;
        f.pe = pe;
        if (r >= len)
            break;
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(in + r, (utf8proc_ssize_t)(len - r), &cp);
        if (k <= 0 || cp < 0)
            return SG_EUTF8;
        /* Everything after r is at most 1:1 for ASCII; this character may
         * expand to CHAR_HEADROOM bytes. */
        if ((rc = reserve(n, f.w + CHAR_HEADROOM + (len - r))) != 0)
            return rc;
        fold_char(&f, cp, (uint32_t)r, (uint32_t)(r + (size_t)k));
        h = NEED_ALL; /* not worth tracking through Unicode folding */
        r += (size_t)k;
    }
    singles += wl == 1;
    if (singles >= 2)
        h |= NEED_JOIN;
    *need = h;
    n->len = f.w;
    return 0;
}

/* ======================================================================
 * Pass 2: join single letters spaced or dotted out
 * ====================================================================== */

/* Single letters that are words in chat: a runs made only of these is
 * ordinary text ("r u a boy", "u c", "k"). */
static inline int is_chat_letter(unsigned char c)
{
    switch (c) {
    case 'a':
    case 'i':
    case 'u':
    case 'r':
    case 'y':
    case 'o':
    case 'k':
    case 'n':
    case 'b':
    case 'c': return 1;
    default: return 0;
    }
}

static inline int is_join_sep(unsigned char c)
{
    return CC[c] & C_SEP;
}

/* The width, in the original text, of the separator bytes t[a..b] (pass-1
 * output), when they all came from separator characters there; else 0
 * ("unknown": an emoji or other expansion next to a space). */
static uint32_t gap_width(const char *orig, const uint32_t *os, const uint32_t *oe, size_t a,
                          size_t b)
{
    uint32_t from = os[a], to = oe[b];
    if (to <= from || to - from > 16)
        return 0;
    for (uint32_t k = from; k < to; k++)
        if (!is_join_sep((unsigned char)orig[k]) && orig[k] != '\t')
            return 0;
    return to - from;
}

#define JOIN_MAX_ITEMS 64
#define JOIN_MAX_SEP   3

/* A run that starts at the single letter t[i]. Fills pos[] with the item
 * positions (letters, and leet digits between letters) and returns their
 * count up to the last letter; sets *all_chat (every letter a chat word),
 * *spaced (a separator holds a space) and *first_spaced (the first one).
 * Separators are compared as written: pass 1 collapsed "h o w  o l d"
 * into single spaces, but the wider gap (os/oe: its original bytes) is
 * where the writer put a word break, so it ends the run; only a wider
 * first gap is taken as a typo ("s  n a p"). */
static size_t scan_run(const char *t, const char *orig, const uint32_t *os, const uint32_t *oe,
                       size_t len, size_t i, size_t *pos, int *all_chat, int *spaced,
                       int *first_spaced, int *worded)
{
    int wide_end = 0;
    size_t p = i, count = 1, last_letter = 1;
    int chat = is_chat_letter((unsigned char)t[i]);
    int sp_first = 0, sp_so_far = 0, sp_at_last_letter = 0;
    size_t sep_at = 0, sep_len = 0; /* the run's separator, e.g. " . " */
    uint32_t sep_width = 0;         /* ...and its width in the original text */
    uint32_t prev_gap = i > 0 && is_join_sep((unsigned char)t[i - 1])
                            ? gap_width(orig, os, oe, i - 1, i - 1)
                            : 0; /* the gap before the run */
    pos[0] = i;
    while (count < JOIN_MAX_ITEMS) {
        size_t j = p + 1, nsep = 0;
        int has_space = 0;
        while (j < len && nsep < JOIN_MAX_SEP && is_join_sep((unsigned char)t[j])) {
            has_space |= t[j] == ' ';
            j++;
            nsep++;
        }
        if (nsep == 0 || j >= len)
            break;
        /* One run, one separator: "s_n_a_p s*n*a*p" is two runs. */
        uint32_t width = gap_width(orig, os, oe, p + 1, j - 1);
        if (count == 1) {
            sep_at = p + 1;
            sep_len = nsep;
            sep_width = width;
        } else if (nsep != sep_len || memcmp(t + sep_at, t + p + 1, nsep) != 0) {
            break;
        } else if (width != sep_width && width && sep_width) {
            if (count == 2 && width < sep_width && prev_gap < sep_width)
                sep_width = width; /* "s  n a p": a wide first gap is a typo... */
            else { /* ...unless the letter before it stood alone too ("b e t  u  w o n t") */
                wide_end = width > sep_width;
                break; /* "h o w  o l d": a wider gap ends the word */
            }
        }
        unsigned char c = (unsigned char)t[j];
        if (!(is_lower(c) || leet_digit(c)))
            break;
        if (j + 1 < len && is_wordish((unsigned char)t[j + 1]))
            break;
        if (count == 1)
            sp_first = has_space;
        sp_so_far |= has_space;
        p = j;
        pos[count++] = p;
        if (is_lower(c)) {
            chat &= is_chat_letter(c);
            last_letter = count;
            sp_at_last_letter = sp_so_far;
        }
    }
    *all_chat = chat;
    *spaced = sp_at_last_letter;
    *first_spaced = sp_first;
    /* A word of a spaced-out sentence: a wider gap before or after it
     * ("d o n t  t e l l  u r  m u m": "u r" is a word there). */
    *worded = count > 1 && sep_width && (wide_end || prev_gap > sep_width);
    if (last_letter < count)
        *worded = 0;    /* the wide gap came after a leet digit, not a letter */
    return last_letter; /* a run ends on a letter */
}

/* Returns whether it joined anything. */
static int join_runs(sg__norm *n, const char *orig)
{
    int joined = 0;
    char *t = n->text;
    uint32_t *os = n->ostart, *oe = n->oend;
    size_t len = n->len, w = 0, done = 0, r = 0;
    size_t pos[JOIN_MAX_ITEMS];
    /* Bytes before done are final (written below w); bytes from done on
     * are still as pass 1 left them, so reading ahead is safe. */
    while (r < len) {
        unsigned char c = (unsigned char)t[r];
        if (!is_lower(c)) {
            r++;
            continue;
        }
        /* r > done here: t[done] is never a letter (see below) */
        if ((r > 0 && is_wordish((unsigned char)t[r - 1])) ||
            (r + 1 < len && is_wordish((unsigned char)t[r + 1]))) {
            while (r < len && is_wordish((unsigned char)t[r]))
                r++;
            continue;
        }
        int all_chat, spaced, first_spaced, worded;
        size_t k =
            scan_run(t, orig, os, oe, len, r, pos, &all_chat, &spaced, &first_spaced, &worded);
        int join = (k >= 3 && !all_chat) || (k >= 2 && !spaced) || (k >= 2 && worded);
        if (join && !worded && k >= 4 && is_chat_letter(c) && first_spaced &&
            is_lower((unsigned char)t[pos[1]])) {
            /* "u r a g i r l": leave the leading chat word alone when
             * the rest of the run is a join on its own. */
            int rest_chat, rest_spaced, rest_first, rest_worded;
            size_t pos2[JOIN_MAX_ITEMS];
            size_t k2 = scan_run(t, orig, os, oe, len, pos[1], pos2, &rest_chat, &rest_spaced,
                                 &rest_first, &rest_worded);
            if (k2 >= 3 && !rest_chat)
                join = 0;
        }
        if (!join) {
            r++;
            continue;
        }
        joined = 1;
        move_down(n, w, done, r - done);
        w += r - done;
        uint32_t s = os[pos[0]], e = oe[pos[k - 1]];
        for (size_t i = 0; i < k; i++) {
            t[w] = t[pos[i]];
            os[w] = s;
            oe[w] = e;
            w++;
        }
        /* The byte after the last item is not a letter (items are single
         * letters), so the loop never looks behind done. */
        r = done = pos[k - 1] + 1;
    }
    move_down(n, w, done, len - done);
    n->len = w + (len - done);
    return joined;
}

/* ======================================================================
 * Pass 3: leetspeak and stretched letters, token by token
 * ====================================================================== */

static inline int is_token_char(unsigned char c)
{
    return CC[c] & C_TOKEN;
}

typedef struct word_entry {
    const char *w;
    size_t len;
} word_entry;

#define W(s)             \
    {                    \
        s, sizeof(s) - 1 \
    }

static int in_list(const word_entry *list, const char *s, size_t k)
{
    for (; list->w; list++)
        if (list->len == k && list->w[0] == s[0] && memcmp(list->w, s, k) == 0)
            return 1;
    return 0;
}

/* Chat spellings whose digits are not leet; kept verbatim. */
static int is_kept_token(const char *s, size_t k)
{
    static const word_entry kept[] = {
        W("gr8"),  W("l8"),    W("l8r"), W("l8er"),   W("l8ter"), W("m8"),    W("m8s"),  W("h8"),
        W("h8r"),  W("w8"),    W("sk8"), W("str8"),   W("4u"),    W("4ever"), W("4eva"), W("b4"),
        W("any1"), W("some1"), W("no1"), W("every1"), W("sum1"),  W("ne1"),   W("ps1"),  W("ps2"),
        W("ps3"),  W("ps4"),   W("ps5"), W("mp3"),    W("mp4"),   W("3ds"),   W("n64"),  W("gta4"),
        W("gta5"), W("gta6"),  W("w3"),  W("1v1"),    { NULL, 0 }
    };
    return in_list(kept, s, k);
}

/* A short unit after a one-digit leading number d: "5pm", "9yo", "4k",
 * "1st"; ordinals only where they fit ("2nd", but "4nd" is leet "and"). */
static int is_unit_suffix(char d, const char *s, size_t k)
{
    static const word_entry units[] = { W("yo"), W("yr"),    W("yrs"), W("yro"), W("y"),    W("f"),
                                        W("m"),  W("pm"),    W("am"),  W("k"),   W("s"),    W("x"),
                                        W("h"),  W("hr"),    W("hrs"), W("min"), W("mins"), W("d"),
                                        W("g"),  W("gb"),    W("mb"),  W("p"),   W("fps"),  W("hz"),
                                        W("hp"), { NULL, 0 } };
    if (k == 2 && s[0] == 's' && s[1] == 't')
        return d == '1';
    if (k == 2 && s[0] == 'n' && s[1] == 'd')
        return d == '2';
    if (k == 2 && s[0] == 'r' && s[1] == 'd')
        return d == '3';
    if (k == 2 && s[0] == 't' && s[1] == 'h')
        return d != '1' && d != '2' && d != '3';
    return k <= 4 && in_list(units, s, k);
}

/* Match-ups and sizes: "1v1", "5v5", "2x2", "1920x1080". */
static int is_versus(const char *s, size_t k)
{
    size_t i = 0;
    while (i < k && is_digit((unsigned char)s[i]))
        i++;
    if (i == 0 || i + 1 >= k || (s[i] != 'v' && s[i] != 'x'))
        return 0;
    for (i++; i < k; i++)
        if (!is_digit((unsigned char)s[i]))
            return 0;
    return 1;
}

typedef struct emit_state {
    sg__norm *n;
    size_t w;
    size_t run_start; /* output index of the current letter run */
    size_t run_len;
    char run_char;
    int collapse;
    int changed; /* a letter was folded or a run collapsed */
} emit_state;

static inline void emit(emit_state *e, char c, uint32_t s, uint32_t en)
{
    sg__norm *n = e->n;
    if (e->collapse && is_lower((unsigned char)c) && c == e->run_char) {
        e->run_len++;
        if (e->run_len >= 3) {
            /* Keep one letter for the whole run, spanning all of it. */
            e->changed = 1;
            e->w = e->run_start + 1;
            if (en > n->oend[e->run_start])
                n->oend[e->run_start] = en;
            return;
        }
    } else {
        e->run_char = is_lower((unsigned char)c) ? c : 0;
        e->run_start = e->w;
        e->run_len = 1;
    }
    n->text[e->w] = c;
    n->ostart[e->w] = s;
    n->oend[e->w] = en;
    e->w++;
}

/* Folds the token t[a, b) (read in place, written through e).
 *
 * Which digits are leet: the token must hold a letter; a leading number of
 * two or more digits not starting with 0 stays ("500coins", "14yo"), as
 * does a one-digit leading number before a unit ("5pm", "1st"); a trailing
 * number of two or more digits stays ("fifa23", "user2010"); every other
 * digit with a leet reading is folded ("sh0w", "t4ke", "l0v3", "0ff").
 * Match-ups and sizes ("1v1", "2x2") and chess squares ("f5", "e4", but
 * not "h1" or "b3") stay as they are; trailing '!' is
 * punctuation, not part of the word. '$' becomes s except
 * as a currency sign before a digit, '|' becomes l, '!' becomes i between
 * two alphanumerics, '@' becomes a between two alphanumerics unless the
 * token looks like an e-mail address (followed by ".letter"); a leading
 * '@' is a mention and stays. */
static void fold_token(emit_state *e, const char *t, size_t len, size_t a, size_t b)
{
    const uint32_t *os = e->n->ostart, *oe = e->n->oend;
    size_t letters = 0, digits = 0, special = 0;
    for (size_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)t[i];
        letters += is_lower(c);
        digits += is_digit(c);
        special += !is_lower(c) && !is_digit(c);
    }
    /* The word proper: trailing '!' is punctuation ("gr8!", "user901!"). */
    size_t cb = b;
    while (cb > a && t[cb - 1] == '!')
        cb--;
    size_t k = cb - a;
    /* a chess square ("f5", "e4"); "t0", "h1" (hi), "b3" (be) are leet */
    int square = k == 2 && t[a] >= 'a' && t[a] <= 'h' && t[a + 1] >= '1' && t[a + 1] <= '8' &&
                 memcmp(t + a, "h1", 2) != 0 && memcmp(t + a, "b3", 2) != 0;
    int verbatim =
        letters == 0 || (digits && (square || is_kept_token(t + a, k) || is_versus(t + a, k)));
    e->collapse = !(k == 3 && ((t[a] == 'w' && t[a + 1] == 'w' && t[a + 2] == 'w') ||
                               (t[a] == 'x' && t[a + 1] == 'x' && t[a + 2] == 'x')));
    if (!verbatim && (digits || special)) {
        /* Leading number (after an optional currency '$'). */
        size_t lead_at = a + (t[a] == '$' && a + 1 < b && is_digit((unsigned char)t[a + 1]));
        size_t lead = 0, trail = 0;
        while (lead_at + lead < b && is_digit((unsigned char)t[lead_at + lead]))
            lead++;
        int keep_lead = 0, keep_trail = 0;
        if (lead && lead_at + lead < cb) {
            keep_lead =
                (lead >= 2 && t[lead_at] != '0') ||
                (lead == 1 && is_unit_suffix(t[lead_at], t + lead_at + lead, cb - lead_at - lead));
        }
        while (trail < k && is_digit((unsigned char)t[cb - 1 - trail]))
            trail++;
        if (trail && trail < k && trail >= 2)
            keep_trail = 1;
        int email = b + 1 < len && t[b] == '.' && is_lower((unsigned char)t[b + 1]);
        /* prev holds the original byte before i: t[i-1] may already
         * have been overwritten by the in-place write. */
        unsigned char prev = 0;
        for (size_t i = a; i < b; i++) {
            unsigned char c = (unsigned char)t[i];
            unsigned char next = i + 1 < b ? (unsigned char)t[i + 1] : 0;
            uint32_t s = os[i], en = oe[i];
            char out = (char)c;
            if (is_digit(c)) {
                int kept = (keep_lead && i >= lead_at && i < lead_at + lead) ||
                           (keep_trail && i >= cb - trail && i < cb);
                if (!kept && leet_digit(c))
                    out = leet_digit(c);
            } else if (c == '$') {
                if (!(i == a && lead_at > a))
                    out = 's';
            } else if (c == '|') {
                out = 'l';
            } else if (c == '!' || c == '@') {
                int between =
                    (is_lower(prev) || is_digit(prev)) && (is_lower(next) || is_digit(next));
                if (between && (c == '!' || !email))
                    out = c == '!' ? 'i' : 'a';
            }
            prev = c;
            e->changed |= out != (char)c;
            emit(e, out, s, en);
        }
        return;
    }
    for (size_t i = a; i < b; i++)
        emit(e, t[i], os[i], oe[i]);
}

/* Returns whether it changed anything. */
static int fold_tokens(sg__norm *n)
{
    const char *t = n->text;
    size_t len = n->len, r = 0, done = 0;
    emit_state e = { n, 0, 0, 0, 0, 1, 0 };
    while (r < len) {
        if (!is_token_char((unsigned char)t[r])) {
            r++;
            continue;
        }
        /* Most tokens are plain words: letters, no run of three. */
        int work = !is_lower((unsigned char)t[r]);
        size_t b = r + 1;
        for (; b < len && is_token_char((unsigned char)t[b]); b++) {
            unsigned char c = (unsigned char)t[b];
            work |= !is_lower(c) || (b >= r + 2 && c == t[b - 1] && c == t[b - 2]);
        }
        if (work) {
            move_down(n, e.w, done, r - done);
            e.w += r - done;
            e.run_char = 0;
            fold_token(&e, t, len, r, b);
            done = b;
        }
        r = b;
    }
    move_down(n, e.w, done, len - done);
    n->len = e.w + (len - done);
    return e.changed;
}

/* ======================================================================
 * Pass 4: number words to digits
 * ====================================================================== */

enum num_kind {
    NK_NONE,
    NK_ZERO,
    NK_UNIT,
    NK_TEEN,
    NK_TENS,
    NK_HUNDRED,
    NK_THOUSAND,
    NK_A,
    NK_AND,
    NK_DIGITS
};

typedef struct num_word {
    const char *w;
    unsigned char len;
    unsigned char kind;
    unsigned short value;
} num_word;

/* Grouped by first letter; NUM_FIRST gives each letter's slice. */
static const num_word NUM_WORDS[] = {
    /* a 0 */ { "a", 1, NK_A, 0 },
    { "and", 3, NK_AND, 0 },
    /* e 2 */ { "eight", 5, NK_UNIT, 8 },
    { "eleven", 6, NK_TEEN, 11 },
    { "eighteen", 8, NK_TEEN, 18 },
    { "eighty", 6, NK_TENS, 80 },
    /* f 6 */ { "four", 4, NK_UNIT, 4 },
    { "five", 4, NK_UNIT, 5 },
    { "fourteen", 8, NK_TEEN, 14 },
    { "fifteen", 7, NK_TEEN, 15 },
    { "forty", 5, NK_TENS, 40 },
    { "fourty", 6, NK_TENS, 40 },
    { "fifty", 5, NK_TENS, 50 },
    /* h 13 */ { "hundred", 7, NK_HUNDRED, 100 },
    /* n 14 */ { "nine", 4, NK_UNIT, 9 },
    { "nineteen", 8, NK_TEEN, 19 },
    { "ninety", 6, NK_TENS, 90 },
    /* o 17 */ { "one", 3, NK_UNIT, 1 },
    /* s 18 */ { "six", 3, NK_UNIT, 6 },
    { "seven", 5, NK_UNIT, 7 },
    { "sixteen", 7, NK_TEEN, 16 },
    { "seventeen", 9, NK_TEEN, 17 },
    { "sixty", 5, NK_TENS, 60 },
    { "seventy", 7, NK_TENS, 70 },
    /* t 24 */ { "two", 3, NK_UNIT, 2 },
    { "three", 5, NK_UNIT, 3 },
    { "ten", 3, NK_TEEN, 10 },
    { "twelve", 6, NK_TEEN, 12 },
    { "thirteen", 8, NK_TEEN, 13 },
    { "twenty", 6, NK_TENS, 20 },
    { "thirty", 6, NK_TENS, 30 },
    { "thousand", 8, NK_THOUSAND, 1000 },
    /* z 32 */ { "zero", 4, NK_ZERO, 0 },
};

static const unsigned char NUM_FIRST[26][2] = {
    ['a' - 'a'] = { 0, 2 },   ['e' - 'a'] = { 2, 6 },   ['f' - 'a'] = { 6, 13 },
    ['h' - 'a'] = { 13, 14 }, ['n' - 'a'] = { 14, 17 }, ['o' - 'a'] = { 17, 18 },
    ['s' - 'a'] = { 18, 24 }, ['t' - 'a'] = { 24, 32 }, ['z' - 'a'] = { 32, 33 },
};

_Static_assert(sizeof NUM_WORDS / sizeof NUM_WORDS[0] == 33, "NUM_FIRST slices");

/* The word at [a, b) of t: its kind and value. Digit tokens of up to three
 * digits are NK_DIGITS (they may start "5 hundred"). */
static int classify_word(const char *t, size_t a, size_t b, unsigned *value)
{
    size_t k = b - a;
    if (is_digit((unsigned char)t[a])) {
        if (k > 3)
            return NK_NONE;
        unsigned v = 0;
        for (size_t i = a; i < b; i++) {
            if (!is_digit((unsigned char)t[i]))
                return NK_NONE;
            v = v * 10 + (unsigned)(t[i] - '0');
        }
        *value = v;
        return v ? NK_DIGITS : NK_NONE;
    }
    if (k > 9 || !is_lower((unsigned char)t[a]))
        return NK_NONE;
    const unsigned char *slice = NUM_FIRST[t[a] - 'a'];
    for (size_t i = slice[0]; i < slice[1]; i++) {
        const num_word *nw = &NUM_WORDS[i];
        if (nw->len == k && memcmp(nw->w, t + a, k) == 0) {
            *value = nw->value;
            return nw->kind;
        }
    }
    return NK_NONE;
}

/* End of the word starting at a: letters, or digits. */
static size_t word_end(const char *t, size_t len, size_t a)
{
    size_t b = a;
    if (is_digit((unsigned char)t[a])) {
        while (b < len && is_digit((unsigned char)t[b]))
            b++;
    } else {
        while (b < len && is_lower((unsigned char)t[b]))
            b++;
    }
    return b;
}

static inline int word_boundary_after(const char *t, size_t len, size_t b)
{
    return b >= len || !(is_wordish((unsigned char)t[b])) || t[b] == '\'';
}

typedef struct num_parse {
    unsigned long total, current;
    int last; /* kind of the last accepted word */
    int have_thousand;
    int have_hundred; /* in the current group */
} num_parse;

/* Whether word kind k with value v may follow the state p; applies it. */
static int num_accept(num_parse *p, int k, unsigned v)
{
    switch (k) {
    case NK_ZERO:
        if (p->last != NK_NONE)
            return 0;
        p->last = NK_ZERO;
        return 1;
    case NK_UNIT:
        if (!(p->last == NK_NONE || p->last == NK_TENS || p->last == NK_HUNDRED ||
              p->last == NK_THOUSAND || p->last == NK_AND))
            return 0;
        break;
    case NK_TEEN:
    case NK_TENS:
        if (!(p->last == NK_NONE || p->last == NK_HUNDRED || p->last == NK_THOUSAND ||
              p->last == NK_AND))
            return 0;
        break;
    case NK_HUNDRED:
        if (!(p->last == NK_NONE || p->last == NK_UNIT || p->last == NK_TEEN || p->last == NK_A ||
              p->last == NK_DIGITS) ||
            p->have_hundred || p->current >= 100)
            return 0;
        p->current = (p->current ? p->current : 1) * 100;
        p->have_hundred = 1;
        p->last = NK_HUNDRED;
        return 1;
    case NK_THOUSAND:
        if (!(p->last == NK_NONE || p->last == NK_UNIT || p->last == NK_TEEN ||
              p->last == NK_TENS || p->last == NK_HUNDRED || p->last == NK_A ||
              p->last == NK_DIGITS) ||
            p->have_thousand)
            return 0;
        p->total = (p->current ? p->current : 1) * 1000;
        p->current = 0;
        p->have_thousand = 1;
        p->have_hundred = 0;
        p->last = NK_THOUSAND;
        return 1;
    default: return 0;
    }
    p->current += v;
    p->last = k;
    return 1;
}

/* Parses a number phrase starting at the word t[a]. Returns the end of
 * the phrase (0 if there is none) and its value in *value. */
static size_t number_phrase(const char *t, size_t len, size_t a, unsigned long *value)
{
    num_parse p = { 0, 0, NK_NONE, 0, 0 };
    size_t pos = a, end = 0;
    int words = 0;
    for (;;) {
        size_t b = word_end(t, len, pos);
        if (b == pos || !word_boundary_after(t, len, b))
            break;
        unsigned v = 0;
        int k = classify_word(t, pos, b, &v);
        if (k == NK_NONE)
            break;
        if (k == NK_A || k == NK_DIGITS) {
            /* Only first, and only before hundred/thousand (num_accept
             * refuses anything else after them). */
            if (words)
                break;
            p.current = k == NK_A ? 1 : v;
            p.last = k;
        } else if (k == NK_AND) {
            if (!(p.last == NK_HUNDRED || p.last == NK_THOUSAND))
                break;
            p.last = NK_AND;
        } else {
            if (!num_accept(&p, k, v))
                break;
            end = b; /* a phrase ends on a number word, never "a"/"and" */
        }
        words++;
        if (p.last == NK_ZERO)
            break;
        if (b + 1 >= len || (t[b] != ' ' && t[b] != '-'))
            break;
        pos = b + 1;
        if (!(is_lower((unsigned char)t[pos]) || is_digit((unsigned char)t[pos])))
            break;
    }
    *value = p.total + p.current;
    return end;
}

static void number_words(sg__norm *n)
{
    char *t = n->text;
    size_t len = n->len, w = 0, r = 0, done = 0;
    while (r < len) {
        unsigned char c = (unsigned char)t[r];
        if (!(is_lower(c) || is_digit(c))) {
            r++;
            continue;
        }
        size_t b = word_end(t, len, r);
        /* t[r - 1] is unread-only territory: r > done, or r == 0 */
        int at_start = r == 0 || !is_wordish((unsigned char)t[r - 1]) || t[r - 1] == '\'';
        unsigned v;
        size_t end = 0;
        unsigned long value = 0;
        /* cheap filter first: most words are not number words */
        int maybe = is_digit(c) ? b - r <= 3
                                : (b - r == 1 && c == 'a') ||
                                      (b - r >= 3 && number_prefix(c, (unsigned char)t[r + 1],
                                                                   (unsigned char)t[r + 2]));
        if (maybe && at_start && word_boundary_after(t, len, b) &&
            classify_word(t, r, b, &v) != NK_NONE)
            end = number_phrase(t, len, r, &value);
        if (!end) {
            while (b < len && is_wordish((unsigned char)t[b]) && t[b] != '\'')
                b++;
            r = b;
            continue;
        }
        uint32_t s = n->ostart[r], e = n->oend[end - 1];
        for (size_t i = r; i < end; i++) {
            if (n->ostart[i] < s)
                s = n->ostart[i];
            if (n->oend[i] > e)
                e = n->oend[i];
        }
        char digits[24];
        size_t nd = 0;
        do {
            digits[nd++] = (char)('0' + value % 10);
            value /= 10;
        } while (value && nd < sizeof digits);
        move_down(n, w, done, r - done);
        w += r - done;
        while (nd) { /* never longer than the words it replaces */
            t[w] = digits[--nd];
            n->ostart[w] = s;
            n->oend[w] = e;
            w++;
        }
        /* t[end] is not a letter or digit: the loop won't look behind */
        r = done = end;
    }
    move_down(n, w, done, len - done);
    n->len = w + (len - done);
}

/* ======================================================================
 * Entry points
 * ====================================================================== */

int sg__normalize(sg__norm *n, const char *text, size_t len)
{
    int rc;
    if (!n || (!text && len))
        return SG_EINVAL;
    n->len = 0;
    if (n->text)
        n->text[0] = '\0';
    if (len > SG_MAX_TEXT_BYTES)
        return SG_ETOOBIG;
    if ((rc = reserve(n, len + CHAR_HEADROOM)) != 0)
        return rc;
    int need = 0;
    if ((rc = fold(n, (const unsigned char *)text, len, &need)) != 0)
        goto out;
    if (n->all_passes)
        need = NEED_ALL;
    /* A join can make a run of letters ("c-a-a-a") or a number word
     * ("t e n"); leet can make a number word ("f1ve"). */
    if ((need & NEED_JOIN) && join_runs(n, text))
        need |= NEED_TOKENS | NEED_NUMBERS;
    if ((need & NEED_TOKENS) && fold_tokens(n))
        need |= NEED_NUMBERS;
    if (need & NEED_NUMBERS)
        number_words(n);
out:
    if (rc)
        n->len = 0;
    n->text[n->len] = '\0';
    return rc;
}

void sg__norm_span(const sg__norm *n, size_t nstart, size_t nend, uint32_t *ostart, uint32_t *oend)
{
    if (!n || n->len == 0) {
        *ostart = *oend = 0;
        return;
    }
    if (nend > n->len)
        nend = n->len;
    if (nstart >= nend) {
        /* Empty or inverted: an empty span at the mapped position. */
        size_t i = nstart < n->len ? nstart : n->len - 1;
        *ostart = *oend = nstart < n->len ? n->ostart[i] : n->oend[i];
        return;
    }
    uint32_t s = n->ostart[nstart], e = n->oend[nstart];
    for (size_t i = nstart + 1; i < nend; i++) {
        if (n->ostart[i] < s)
            s = n->ostart[i];
        if (n->oend[i] > e)
            e = n->oend[i];
    }
    *ostart = s;
    *oend = e;
}
