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
 * The output is NUL-terminated. */
#ifndef SG_NORMALIZE_H
#define SG_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

typedef struct sg__norm {
    char *text;        /* normalised text, NUL-terminated */
    size_t len;
    uint32_t *ostart;  /* ostart[i]: original offset of the char that produced output byte i */
    uint32_t *oend;    /* oend[i]: original end offset (exclusive) of that char */
    size_t cap;        /* capacity of text/ostart/oend */
    void *scratch;     /* implementation scratch, owned */
} sg__norm;

void sg__norm_init(sg__norm *n);
void sg__norm_free(sg__norm *n);

/* Normalises text (must be valid UTF-8, at most SG_MAX_TEXT_BYTES). Reuses
 * the buffers of n. Returns 0 or a negative SG_E* code. */
int sg__normalize(sg__norm *n, const char *text, size_t len);

/* Maps the normalised span [nstart, nend) to the smallest original span
 * [*ostart, *oend) covering whole original characters. nend > nstart. */
void sg__norm_span(const sg__norm *n, size_t nstart, size_t nend,
                   uint32_t *ostart, uint32_t *oend);

#endif
