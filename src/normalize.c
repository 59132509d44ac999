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
 * read, so the write index trails the read index.
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
 * O(n) per message, four linear scans; utf8proc is called once per
 * non-ASCII character only (the whole-message utf8proc_map costs several
 * microseconds per line, the hybrid a fraction of one: see
 * bench/bench_normalize.c). No allocation once the buffers have grown to
 * the largest message seen.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "normalize.h"
#include "streamguard.h"

/* Headroom reserved before folding one non-ASCII character: at most 18
 * code points of 4 bytes, or a pending space + an emoji word + space. */
#define CHAR_HEADROOM 80
#define BUF_MAX ((size_t)SG_NORM_MAX_EXPANSION * SG_MAX_TEXT_BYTES + CHAR_HEADROOM + 1)

#define UP_OPTIONS                                                             \
    (UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |                \
     UTF8PROC_IGNORE | UTF8PROC_LUMP | UTF8PROC_DECOMPOSE)

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

static inline int is_lower(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}

static inline int is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* A byte that belongs to a word for boundary purposes. */
static inline int is_wordish(unsigned char c)
{
    return is_lower(c) || is_digit(c) || c == '\'' || c >= 0x80;
}

/* Leet digit -> letter, 0 if the digit has no letter reading. */
static inline char leet_digit(unsigned char c)
{
    static const char map[10] = {'o', 'i', 0, 'e', 'a', 's', 0, 't', 'b', 'g'};
    return is_digit(c) ? map[c - '0'] : 0;
}

/* ======================================================================
 * Pass 1: fold (Unicode -> lowercase ASCII-ish, spaces collapsed)
 * ====================================================================== */

typedef struct fold_state {
    sg__norm *n;
    size_t w;          /* write index */
    int pending;       /* a space is owed before the next visible byte */
    uint32_t ps, pe;   /* span of the owed space */
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
    case 0x1F47B: return "snapchat";                  /* ghost */
    case 0x1F4F8: case 0x1F4F7: return "pic";         /* cameras */
    case 0x1F3A5: case 0x1F4F9: return "cam";         /* movie/video camera */
    case 0x1F512: case 0x1F510: return "private";     /* locks */
    case 0x1F92B: case 0x1F910: return "secret";      /* shush, zipper */
    case 0x1F346: case 0x1F351: case 0x1F4A6:
    case 0x1F445: case 0x1F975: case 0x1F608:
        return "sexemoji";
    case 0x1F459: case 0x1FA72: return "underwear";
    case 0x1F4F1: return "phone";
    case 0x1F381: return "gift";
    case 0x1F48E: return "gems";
    case 0x1FA99: case 0x1F4B0: case 0x1F4B5: case 0x1F4B8: return "coins";
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
            /* 0391 */ 'a', 'b', 0, 0, 'e', 'z', 'h', 0, 'i', 'k', 0, 'm', 'n', 0,
            /* 039F */ 'o', 0, 'p', 0, 0, 't', 'y', 0, 'x'};
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
    case UTF8PROC_CATEGORY_CS:
        return;
    default:
        break;
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

static int fold(sg__norm *n, const unsigned char *in, size_t len)
{
    fold_state f = {n, 0, 0, 0, 0};
    size_t r = 0;
    int rc;
    while (r < len) {
        unsigned char c = in[r];
        if (c < 0x80) {
            put_ascii(&f, c, (uint32_t)r, (uint32_t)r + 1);
            r++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(in + r, (utf8proc_ssize_t)(len - r), &cp);
        if (k <= 0 || cp < 0)
            return SG_EUTF8;
        /* Everything after r is at most 1:1 for ASCII; this character may
         * expand to CHAR_HEADROOM bytes. */
        if ((rc = reserve(n, f.w + CHAR_HEADROOM + (len - r))) != 0)
            return rc;
        fold_char(&f, cp, (uint32_t)r, (uint32_t)(r + (size_t)k));
        r += (size_t)k;
    }
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
    case 'a': case 'i': case 'u': case 'r': case 'y':
    case 'o': case 'k': case 'n': case 'b': case 'c':
        return 1;
    default:
        return 0;
    }
}

static inline int is_join_sep(unsigned char c)
{
    return c == ' ' || c == '.' || c == '-' || c == '_' || c == '*';
}

#define JOIN_MAX_ITEMS 64
#define JOIN_MAX_SEP 3

/* A run that starts at the single letter t[i]. Fills pos[] with the item
 * positions (letters, and leet digits between letters), returns the item
 * count, sets *all_chat and *spaced (a separator holds a space). */
static size_t scan_run(const char *t, size_t len, size_t i, size_t *pos,
                       int *all_chat, int *spaced, int *first_spaced)
{
    size_t count = 0, last_letter = 0;
    int chat = 1, sp_first = 0;
    int sp_so_far = 0;
    int sp_at_last_letter = 0;
    size_t p = i;
    pos[count++] = p;
    chat = is_chat_letter((unsigned char)t[p]);
    last_letter = 1;
    size_t sep_at = 0, sep_len = 0; /* the run's separator, e.g. " . " */
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
        if (count == 1) {
            sep_at = p + 1;
            sep_len = nsep;
        } else if (nsep != sep_len || memcmp(t + sep_at, t + p + 1, nsep) != 0) {
            break;
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
    return last_letter; /* a run ends on a letter */
}

static void join_runs(sg__norm *n)
{
    char *t = n->text;
    uint32_t *os = n->ostart, *oe = n->oend;
    size_t len = n->len, w = 0, r = 0;
    size_t pos[JOIN_MAX_ITEMS];
    while (r < len) {
        unsigned char c = (unsigned char)t[r];
        if (is_lower(c) && (r == 0 || !is_wordish((unsigned char)t[r - 1])) &&
            (r + 1 >= len || !is_wordish((unsigned char)t[r + 1]))) {
            int all_chat, spaced, first_spaced;
            size_t k = scan_run(t, len, r, pos, &all_chat, &spaced, &first_spaced);
            int join = (k >= 3 && !all_chat) || (k >= 2 && !spaced);
            if (join && k >= 4 && is_chat_letter(c) && first_spaced &&
                is_lower((unsigned char)t[pos[1]])) {
                /* "u r a g i r l": leave the leading chat word alone when
                 * the rest of the run is a join on its own. */
                int rest_chat, rest_spaced, rest_first;
                size_t pos2[JOIN_MAX_ITEMS];
                size_t k2 = scan_run(t, len, pos[1], pos2, &rest_chat, &rest_spaced,
                                     &rest_first);
                if (k2 >= 3 && !rest_chat)
                    join = 0;
            }
            if (join) {
                uint32_t s = os[pos[0]], e = oe[pos[k - 1]];
                for (size_t i = 0; i < k; i++) {
                    t[w] = t[pos[i]];
                    os[w] = s;
                    oe[w] = e;
                    w++;
                }
                r = pos[k - 1] + 1;
                continue;
            }
        }
        t[w] = t[r];
        os[w] = os[r];
        oe[w] = oe[r];
        w++;
        r++;
    }
    n->len = w;
}

/* ======================================================================
 * Pass 3: leetspeak and stretched letters, token by token
 * ====================================================================== */

static inline int is_token_char(unsigned char c)
{
    return is_lower(c) || is_digit(c) || c == '@' || c == '$' || c == '!' || c == '|';
}

/* Chat spellings whose digits are not leet; kept verbatim. */
static int is_kept_token(const char *s, size_t k)
{
    static const char *const kept[] = {
        "gr8", "l8", "l8r", "l8er", "l8ter", "m8", "m8s", "h8", "h8r", "w8",
        "sk8", "str8", "4u", "4ever", "4eva", "b4", "any1", "some1", "no1",
        "every1", "sum1", "ne1", "ps1", "ps2", "ps3", "ps4", "ps5", "mp3",
        "mp4", "3ds", "n64", "gta4", "gta5", "gta6", "w3", "1v1", NULL};
    for (size_t i = 0; kept[i]; i++)
        if (strlen(kept[i]) == k && memcmp(kept[i], s, k) == 0)
            return 1;
    return 0;
}

/* A short unit after a leading number: "5pm", "14yo", "13f", "1st". */
static int is_unit_suffix(const char *s, size_t k)
{
    static const char *const units[] = {
        "yo", "yr", "yrs", "yro", "y", "f", "m", "pm", "am", "k", "th", "st",
        "nd", "rd", "s", "x", "h", "hr", "hrs", "min", "mins", "d", NULL};
    for (size_t i = 0; units[i]; i++)
        if (strlen(units[i]) == k && memcmp(units[i], s, k) == 0)
            return 1;
    return 0;
}

typedef struct emit_state {
    sg__norm *n;
    size_t w;
    size_t run_start; /* output index of the current letter run */
    size_t run_len;
    char run_char;
    int collapse;
} emit_state;

static inline void emit(emit_state *e, char c, uint32_t s, uint32_t en)
{
    sg__norm *n = e->n;
    if (e->collapse && is_lower((unsigned char)c) && c == e->run_char) {
        e->run_len++;
        if (e->run_len >= 3) {
            /* Keep one letter for the whole run, spanning all of it. */
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
 * When the digit runs left to fold outnumber the letters ("1v1", "7h3") the
 * token is a code, not a word, and stays as it is. '$' becomes s except
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
    size_t k = b - a;
    int verbatim = letters == 0 || is_kept_token(t + a, k);
    e->collapse = !(k == 3 && ((t[a] == 'w' && t[a + 1] == 'w' && t[a + 2] == 'w') ||
                               (t[a] == 'x' && t[a + 1] == 'x' && t[a + 2] == 'x')));
    if (!verbatim && (digits || special)) {
        /* Leading number (after an optional currency '$'). */
        size_t lead_at = a + (t[a] == '$' && a + 1 < b && is_digit((unsigned char)t[a + 1]));
        size_t lead = 0, trail = 0;
        while (lead_at + lead < b && is_digit((unsigned char)t[lead_at + lead]))
            lead++;
        int keep_lead = 0, keep_trail = 0;
        if (lead && lead_at + lead < b) {
            keep_lead = (lead >= 2 && t[lead_at] != '0') ||
                        is_unit_suffix(t + lead_at + lead, b - lead_at - lead);
        }
        while (trail < k && is_digit((unsigned char)t[b - 1 - trail]))
            trail++;
        if (trail && trail < k && trail >= 2)
            keep_trail = 1;
        /* Digit runs left to fold, a run of one digit counting once
         * ("h000t" is a stretched word, "1v1" a code). */
        size_t fold_runs = 0;
        for (size_t i = a; i < b; i++) {
            int kept = (keep_lead && i >= lead_at && i < lead_at + lead) ||
                       (keep_trail && i >= b - trail);
            if (is_digit((unsigned char)t[i]) && !kept &&
                (i == a || t[i - 1] != t[i]))
                fold_runs++;
        }
        if (fold_runs > letters)
            verbatim = 1;
        if (!verbatim) {
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
                               (keep_trail && i >= b - trail);
                    if (!kept && leet_digit(c))
                        out = leet_digit(c);
                } else if (c == '$') {
                    if (!(i == a && lead_at > a))
                        out = 's';
                } else if (c == '|') {
                    out = 'l';
                } else if (c == '!' || c == '@') {
                    int between = (is_lower(prev) || is_digit(prev)) &&
                                  (is_lower(next) || is_digit(next));
                    if (between && (c == '!' || !email))
                        out = c == '!' ? 'i' : 'a';
                }
                prev = c;
                emit(e, out, s, en);
            }
            return;
        }
    }
    for (size_t i = a; i < b; i++)
        emit(e, t[i], os[i], oe[i]);
}

static void fold_tokens(sg__norm *n)
{
    char *t = n->text;
    size_t len = n->len, r = 0;
    emit_state e = {n, 0, 0, 0, 0, 1};
    while (r < len) {
        if (!is_token_char((unsigned char)t[r])) {
            e.run_char = 0;
            e.collapse = 1;
            emit(&e, t[r], n->ostart[r], n->oend[r]);
            r++;
            continue;
        }
        size_t b = r + 1;
        while (b < len && is_token_char((unsigned char)t[b]))
            b++;
        e.run_char = 0;
        fold_token(&e, t, len, r, b);
        e.run_char = 0;
        r = b;
    }
    n->len = e.w;
}

/* ======================================================================
 * Pass 4: number words to digits
 * ====================================================================== */

enum num_kind { NK_NONE, NK_ZERO, NK_UNIT, NK_TEEN, NK_TENS, NK_HUNDRED, NK_THOUSAND,
                NK_A, NK_AND, NK_DIGITS };

typedef struct num_word {
    const char *w;
    unsigned char len;
    unsigned char kind;
    unsigned short value;
} num_word;

static const num_word NUM_WORDS[] = {
    {"zero", 4, NK_ZERO, 0},       {"one", 3, NK_UNIT, 1},
    {"two", 3, NK_UNIT, 2},        {"three", 5, NK_UNIT, 3},
    {"four", 4, NK_UNIT, 4},       {"five", 4, NK_UNIT, 5},
    {"six", 3, NK_UNIT, 6},        {"seven", 5, NK_UNIT, 7},
    {"eight", 5, NK_UNIT, 8},      {"nine", 4, NK_UNIT, 9},
    {"ten", 3, NK_TEEN, 10},       {"eleven", 6, NK_TEEN, 11},
    {"twelve", 6, NK_TEEN, 12},    {"thirteen", 8, NK_TEEN, 13},
    {"fourteen", 8, NK_TEEN, 14},  {"fifteen", 7, NK_TEEN, 15},
    {"sixteen", 7, NK_TEEN, 16},   {"seventeen", 9, NK_TEEN, 17},
    {"eighteen", 8, NK_TEEN, 18},  {"nineteen", 8, NK_TEEN, 19},
    {"twenty", 6, NK_TENS, 20},    {"thirty", 6, NK_TENS, 30},
    {"forty", 5, NK_TENS, 40},     {"fourty", 6, NK_TENS, 40},
    {"fifty", 5, NK_TENS, 50},     {"sixty", 5, NK_TENS, 60},
    {"seventy", 7, NK_TENS, 70},   {"eighty", 6, NK_TENS, 80},
    {"ninety", 6, NK_TENS, 90},    {"hundred", 7, NK_HUNDRED, 100},
    {"thousand", 8, NK_THOUSAND, 1000},
    {"a", 1, NK_A, 0},             {"and", 3, NK_AND, 0},
};

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
    if (k > 9)
        return NK_NONE;
    switch (t[a]) {
    case 'z': case 'o': case 't': case 'f': case 's': case 'e': case 'n':
    case 'h': case 'a':
        break;
    default:
        return NK_NONE;
    }
    for (size_t i = 0; i < sizeof NUM_WORDS / sizeof NUM_WORDS[0]; i++) {
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
    int last;          /* kind of the last accepted word */
    int have_thousand;
    int have_hundred;  /* in the current group */
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
        if (!(p->last == NK_NONE || p->last == NK_UNIT || p->last == NK_TEEN ||
              p->last == NK_A || p->last == NK_DIGITS) ||
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
    default:
        return 0;
    }
    p->current += v;
    p->last = k;
    return 1;
}

/* Tries a number phrase at t[a]; on success writes its digits at e->w and
 * returns the end of the phrase, else returns 0. */
static size_t number_phrase(sg__norm *n, size_t *wp, size_t a)
{
    const char *t = n->text;
    size_t len = n->len;
    num_parse p = {0, 0, NK_NONE, 0, 0};
    size_t pos = a, end = 0;
    int words = 0, numeric_words = 0;
    for (;;) {
        size_t b = word_end(t, len, pos);
        if (b == pos || !word_boundary_after(t, len, b))
            break;
        unsigned v = 0;
        int k = classify_word(t, pos, b, &v);
        if (k == NK_NONE)
            break;
        if (k == NK_A || k == NK_DIGITS) {
            /* Only as the first word, and only before hundred/thousand. */
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
            numeric_words++;
            end = b;
        }
        words++;
        if (p.last == NK_ZERO)
            break;
        /* "a" and digits need a multiplier next */
        if (b + 1 >= len || (t[b] != ' ' && t[b] != '-'))
            break;
        pos = b + 1;
        if (!(is_lower((unsigned char)t[pos]) || is_digit((unsigned char)t[pos])))
            break;
    }
    if (!end || !numeric_words)
        return 0;
    /* A phrase cannot end on "a", "and" or bare digits: end is the last
     * number word accepted. If it began with "a" or digits, the next word
     * must have been a multiplier, which num_accept guaranteed. */
    unsigned long value = p.total + p.current;
    char digits[24];
    size_t nd = 0;
    do {
        digits[nd++] = (char)('0' + value % 10);
        value /= 10;
    } while (value && nd < sizeof digits);
    uint32_t s = n->ostart[a], en = n->oend[end - 1];
    for (size_t i = a; i < end; i++) {
        if (n->ostart[i] < s)
            s = n->ostart[i];
        if (n->oend[i] > en)
            en = n->oend[i];
    }
    size_t w = *wp;
    while (nd) {
        n->text[w] = digits[--nd];
        n->ostart[w] = s;
        n->oend[w] = en;
        w++;
    }
    *wp = w;
    return end;
}

static void number_words(sg__norm *n)
{
    char *t = n->text;
    size_t len = n->len, w = 0, r = 0;
    while (r < len) {
        unsigned char c = (unsigned char)t[r];
        int at_start = r == 0 || !is_wordish((unsigned char)t[r - 1]) || t[r - 1] == '\'';
        if (at_start && (is_lower(c) || is_digit(c))) {
            size_t b = word_end(t, len, r);
            if (word_boundary_after(t, len, b)) {
                size_t end = number_phrase(n, &w, r);
                if (end) {
                    r = end;
                    continue;
                }
            }
            /* copy the whole word: no phrase starts inside it */
            while (r < b) {
                t[w] = t[r];
                n->ostart[w] = n->ostart[r];
                n->oend[w] = n->oend[r];
                w++;
                r++;
            }
            continue;
        }
        t[w] = t[r];
        n->ostart[w] = n->ostart[r];
        n->oend[w] = n->oend[r];
        w++;
        r++;
    }
    n->len = w;
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
    if ((rc = fold(n, (const unsigned char *)text, len)) != 0)
        goto out;
    join_runs(n);
    fold_tokens(n);
    number_words(n);
out:
    if (rc)
        n->len = 0;
    n->text[n->len] = '\0';
    return rc;
}

void sg__norm_span(const sg__norm *n, size_t nstart, size_t nend, uint32_t *ostart,
                   uint32_t *oend)
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
