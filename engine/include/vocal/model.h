/*
 * model.h - a theme model: per leaf theme of a lexicon, a linear classifier
 * over hashed word unigrams and bigrams of the normalized text, trained
 * from the lexicon's own matches (learn.h) and applied beside it.
 *
 * Features: the words of the normalized text (text.h vc_next_word), each
 * word and each pair of neighbouring words in one sentence (the normalized
 * sentences are joined by '\n', and a pair never spans one), hashed to
 * 2^bits buckets; a comment's features are the distinct buckets, in the
 * order they first occur.
 * Words inside `mask` spans are left out and break pairs (training masks
 * the lexicon's own hits so that the model learns their context).
 *
 * A model holds, per leaf theme, a bias, a threshold on the probability,
 * and a weight per bucket, stored sparsely (buckets with any non-zero
 * weight); it is tied to the lexicon it was trained from by the lexicon's
 * fingerprint and its leaf theme names, and refuses another. The file
 * format is in docs/model.md.
 *
 * Ownership: a vc_model is read-only once built and may be shared by
 * threads; vc_features is caller-owned scratch.
 */
#ifndef VOCAL_MODEL_H
#define VOCAL_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/buf.h"
#include "vocal/lexicon.h"
#include "vocal/status.h"
#include "vocal/text.h"

#include "vocal/export.h"

VC_API_BEGIN

#define VC_MODEL_VERSION 1
#define VC_MODEL_BITS_DEFAULT 18
#define VC_MODEL_BITS_MIN 10
#define VC_MODEL_BITS_MAX 24

typedef struct vc_features {
    uint32_t *v; /* distinct bucket ids, in the order they first occur */
    size_t n, cap;
    uint32_t *set; /* scratch: an open-addressing set of the ids seen */
    size_t set_cap;
} vc_features;

/* The features of normalized text s (vc_normalize output, sentences joined
 * by '\n'); words overlapping one of the nmask spans are skipped. */
vc_status vc_features_of(const char *s, size_t len, unsigned bits, const vc_span_range *mask, size_t nmask,
                         vc_features *out);
void vc_features_free(vc_features *f);
/* The bucket of one word, or of the pair "a b" (b may be NULL). */
uint32_t vc_feature_id(const char *a, size_t an, const char *b, size_t bn, unsigned bits);

typedef struct vc_model vc_model;

/* An empty model for the leaf themes of lex (themes below
 * vc_lexicon_signal_start with no child), all weights 0, thresholds 1
 * (nothing found). */
vc_model *vc_model_new(const vc_lexicon *lex, unsigned bits);
void vc_model_free(vc_model *m); /* accepts NULL */

unsigned vc_model_bits(const vc_model *m);
size_t vc_model_theme_count(const vc_model *m);
const char *vc_model_theme_name(const vc_model *m, size_t i);
/* The theme's id in the lexicon the model was checked against (or made from). */
uint32_t vc_model_theme_id(const vc_model *m, size_t i);
uint64_t vc_model_lexicon_fingerprint(const vc_model *m);
/* A fingerprint of the model's content (what vocal's partials record). */
uint64_t vc_model_fingerprint(const vc_model *m);

/* Training sets these: per theme, the bias, the threshold and the dense
 * weights (2^bits floats; the model copies what is non-zero). */
vc_status vc_model_set_theme(vc_model *m, size_t i, double bias, double threshold, const float *weights);
double vc_model_threshold(const vc_model *m, size_t i);
double vc_model_bias(const vc_model *m, size_t i);
/* The weight of bucket f for theme i (0 when none). */
double vc_model_weight(const vc_model *m, size_t i, uint32_t f);

/* Per theme, the logit (bias + the weights of the features) into logit[]
 * (vc_model_theme_count() values). */
void vc_model_logits(const vc_model *m, const vc_features *f, double *logit);
double vc_model_probability(double logit); /* the logistic function */

/* The file: write appends it to b; read checks the magic, version and
 * checksum, and that lex has the same fingerprint (VC_ERR_USAGE naming
 * both otherwise); `name` is for messages. vc_model_load reads a path. */
vc_status vc_model_write(const vc_model *m, vc_buf *b);
vc_status vc_model_read(const char *name, const void *data, size_t len, const vc_lexicon *lex, vc_model **out,
                        vc_error *err);
vc_status vc_model_load(const char *path, const vc_lexicon *lex, vc_model **out, vc_error *err);

VC_API_END

#endif
