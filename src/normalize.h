/* normalize.h — text normalisation for matching (internal).
 *
 * Turns raw chat text into the canonical form the rules are written
 * against, and keeps a map back to the original byte offsets so that
 * evidence spans point into the original text. The canonical form
 * (docs/rules.md "What patterns see") is:
 *   - NFKC + casefold (utf8proc), with an ASCII fast path; combining marks
 *     stripped (é -> e);
 *   - zero-width / invisible / format characters removed;
 *   - homoglyphs folded to Latin (Cyrillic а е о р с у х і ј ѕ ..., Greek);
 *   - leetspeak inside words that contain letters folded to letters
 *     (0->o 1->i 3->e 4->a 5->s 7->t 8->b 9->g @->a $->s !->i |->l);
 *     tokens of digits alone stay digits ("500 coins", "13");
 *   - runs of 3+ identical letters collapsed to one ("pleeease" -> "please");
 *   - runs of single letters separated by spaces, dots, dashes, underscores
 *     or asterisks joined ("s n a p", "s.n.a.p" -> "snap") when the run has
 *     at least 3 letters and is not made only of chat words (a i u r y o k
 *     n b c), so "r u a boy" stays as it is;
 *   - number words to digits ("five hundred" -> "500", "eleven" -> "11");
 *   - emoji that stand for apps or acts replaced by a word surrounded by
 *     spaces (👻 -> snapchat, 📸/📷 -> pic, 🎥/📹 -> cam, 🔒/🔐 -> private,
 *     🤫/🤐 -> secret, 🍆🍑💦👅🥵😈 -> sexemoji, 👙/🩲 -> underwear,
 *     📱 -> phone, 🎁 -> gift, 💎 -> gems, 🪙💰💵💸 -> coins, 🏠 -> home);
 *     other emoji and symbols become a space;
 *   - runs of whitespace collapsed to one space; leading/trailing trimmed.
 * The output is NUL-terminated.
 *
 * Choices a rule author should know (details in normalize.c):
 *   - utf8proc LUMP is on too: curly quotes become ' and ", odd dashes -,
 *     odd spaces a space. Non-ASCII letters without a Latin look-alike
 *     (CJK, Arabic, ...) are kept; currency signs (£ €) are kept; other
 *     symbols, pictographs and unassigned code points become a space.
 *   - which digits are leet: only in a token of [a-z0-9@$!|] holding a
 *     letter. A leading number of 2+ digits not starting with 0 stays
 *     ("500coins", "14yo", "13f"); a one-digit leading number stays before
 *     a unit (yo yr yrs yro y f m pm am k s x h hr hrs min mins d g gb mb
 *     p fps hz hp, and the ordinal that fits: 1st 2nd 3rd 4th: "5pm",
 *     "4k"; but "4nd" -> "and"); a trailing number of 2+ digits stays
 *     ("fifa23"); other digits fold ("sh0w", "l0v3", "0ff", "h00die",
 *     "0n3" -> "one" -> "1", "1000g3ms" -> "1000gems"). Match-ups and
 *     sizes stay ("1v1", "5v5", "2x2"), and so do chess squares a-h +
 *     1-8 ("f5", "e4"; but "h1" -> "hi", "b3" -> "be", "t0" -> "to"). Trailing '!' does not count
 *     as part of the word ("gr8!", "user901!"). 2 and 6 have no letter
 *     reading ("2nite" stays).
 *     Chat spellings gr8 l8 l8r l8er l8ter m8 m8s h8 h8r w8 sk8 str8 4u
 *     4ever 4eva b4 any1 some1 no1 every1 sum1 ne1 ps1-ps5 mp3 mp4 3ds n64
 *     gta4-gta6 w3 1v1 stay verbatim. '$' before a digit is a currency sign
 *     and stays ("$5k"); '@' and '!' fold only between two alphanumerics,
 *     and '@' not in an e-mail address ("me@gmail.com" stays).
 *   - "www" and "xxx" are not collapsed; other runs of 3+ letters are.
 *   - spaced letters: leet digits may sit inside a run ("s n 4 p" -> "snap");
 *     with only . - _ * between them 2 letters join ("d.m" -> "dm"); a
 *     leading chat letter stays apart when the rest joins on its own
 *     ("u r a g i r l" -> "u r a girl"); a run keeps one separator
 *     throughout ("s_n_a_p s*n*a*p" -> "snap snap").
 *   - number words: "one" is always 1 ("no one" -> "no 1"); "a" counts as
 *     1 only before hundred/thousand ("a thousand" -> "1000"); a number of
 *     up to 3 digits before hundred/thousand joins ("5 hundred" -> "500");
 *     words join only in number grammar ("five six" -> "5 6", "twenty one"
 *     and "twenty-one" -> "21", "two thousand and five" -> "2005").
 *
 * Every output byte maps to the original characters it came from; joined
 * letters, collapsed runs and number phrases map to the whole source span. */
#ifndef SG_NORMALIZE_H
#define SG_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

/* Output bytes per input byte, at most: U+FDFA (3 bytes) is 33 bytes after
 * NFKC; every other step shrinks or expands less (an emoji word is at most
 * 9 bytes + a space for 4 input bytes). The buffers of a sg__norm therefore
 * never exceed SG_NORM_MAX_EXPANSION * SG_MAX_TEXT_BYTES (+ a small pad). */
#define SG_NORM_MAX_EXPANSION 11

typedef struct sg__norm {
    char *text; /* normalised text, NUL-terminated */
    size_t len;
    uint32_t *ostart; /* ostart[i]: original offset of the char that produced output byte i */
    uint32_t *oend;   /* oend[i]: original end offset (exclusive) of that char */
    size_t cap;       /* capacity of text/ostart/oend */
    void *scratch;    /* implementation scratch, owned */
    int all_passes;   /* tests/fuzzing: run every pass even when the fast
                          path's hints say it would change nothing */
} sg__norm;

void sg__norm_init(sg__norm *n);
void sg__norm_free(sg__norm *n);

/* Normalises text (must be valid UTF-8, at most SG_MAX_TEXT_BYTES). Reuses
 * the buffers of n. Returns 0 or a negative SG_E* code. */
int sg__normalize(sg__norm *n, const char *text, size_t len);

/* Maps the normalised span [nstart, nend) to the smallest original span
 * [*ostart, *oend) covering whole original characters. nend > nstart. */
void sg__norm_span(const sg__norm *n, size_t nstart, size_t nend, uint32_t *ostart, uint32_t *oend);

#endif
