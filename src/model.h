/* model.h — the tactic model (internal): one logistic-regression classifier
 * per tactic code over the words and word pairs of a normalised message.
 *
 * Hand-written rules catch the phrasings their authors thought of; on chat
 * written by people who never saw them, per-line recall stays near a third
 * to a half (docs/tactics.md). The model is trained on every labelled
 * session in the repository (tools/train_tactics.py), and fires a tactic
 * the rules did not. It ships as a text file beside the rules
 * (rules/en/tactics.model), is loaded, checked and swapped with them, and
 * is off when the file is absent. See model.c for the format and docs/rules.md
 * for how it is trained and measured. */
#ifndef SG_MODEL_H
#define SG_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "streamguard.h"

#define SG__MODEL_MAX_FEATURES 500000
#define SG__MODEL_MAX_FEATURE  128 /* bytes of a feature's text */
#define SG__MODEL_MAX_TOKENS   256 /* tokens of a message looked at */

typedef struct sg__model sg__model;

/* Parses a model file. On error returns SG_ERULE (or SG_ENOMEM) and sets
 * *errline (1-based; 0 = whole file) and err. */
int sg__model_parse(const char *data, size_t len, sg__model **out, int *errline, char *err,
                    size_t errcap);
void sg__model_free(sg__model *m);

size_t sg__model_nfeatures(const sg__model *m);
uint32_t sg__model_tactics(const sg__model *m); /* bit t: tactic t is a column */
float sg__model_threshold(const sg__model *m);
float sg__model_weight(const sg__model *m);
const char *sg__model_unless(const sg__model *m); /* comma list or NULL */

/* Scores the normalised text of a viewer's message to a broadcaster who may
 * be a minor. For each tactic t whose probability reaches the threshold,
 * sets bit t of the result and span[t] to the bytes of the word or word
 * pair that weighed most for it (the evidence a moderator sees). prob may
 * be NULL. Allocation-free; reads nothing but m and norm. */
uint32_t sg__model_fire(const sg__model *m, const char *norm, size_t len,
                        uint32_t span_start[SG_T__COUNT], uint32_t span_end[SG_T__COUNT],
                        float prob[SG_T__COUNT]);

#endif
