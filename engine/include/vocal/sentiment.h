/*
 * sentiment.h - VADER sentiment (Hutto & Gilbert, ICWSM 2014), exactly as
 * the reference implementation vaderSentiment 3.3.x computes it.
 *
 * The scorer works on the raw comment text (VADER reads capitalization and
 * punctuation), not on the normalized text used for theme matching.
 *
 * Ownership: a vc_sentiment_lexicon is immutable after loading (overlays are
 * applied before it is shared) and shared read-only by all threads; a
 * vc_sentiment_scratch is per-thread working memory.
 */
#ifndef VOCAL_SENTIMENT_H
#define VOCAL_SENTIMENT_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/status.h"
#include "vocal/text.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_sentiment_lexicon vc_sentiment_lexicon;

/* VADER's vader_lexicon.txt and emoji_utf8_lexicon.txt, embedded. */
vc_status vc_sentiment_lexicon_load_default(vc_sentiment_lexicon **out,
                                            vc_error *err);
/* A lexicon in VADER's format (token TAB mean TAB sd TAB ratings); the
 * default emoji lexicon is used with it. */
vc_status vc_sentiment_lexicon_load_file(const char *path,
                                         vc_sentiment_lexicon **out,
                                         vc_error *err);
/* Overlay: lines "token TAB valence" (extra columns ignored) add or replace
 * entries; a token with spaces is a multi-word phrase. Errors name
 * file:line. */
vc_status vc_sentiment_lexicon_overlay_file(vc_sentiment_lexicon *lex,
                                            const char *path, vc_error *err);
void vc_sentiment_lexicon_free(vc_sentiment_lexicon *lex);
size_t vc_sentiment_lexicon_size(const vc_sentiment_lexicon *lex);

/* What VADER makes of one word on its own, as bits: VC_WORD_VALENCE when the
 * lexicon gives it a valence other than 0 (*valence, when not NULL, gets
 * it), VC_WORD_BOOSTER when it raises or lowers a neighbour's ("very",
 * "barely"), VC_WORD_NEGATION when it negates one ("not", "never",
 * "nothing"); 0 for a word that carries no sentiment. The word is looked up
 * as given: VADER's keys are lower case, as normalized text is. */
enum { VC_WORD_VALENCE = 1, VC_WORD_BOOSTER = 2, VC_WORD_NEGATION = 4 };
unsigned vc_sentiment_word_kind(const vc_sentiment_lexicon *lex, const char *word, size_t len, double *valence);

typedef struct vc_sentiment_scratch vc_sentiment_scratch;
vc_sentiment_scratch *vc_sentiment_scratch_new(void);
void vc_sentiment_scratch_free(vc_sentiment_scratch *s);

typedef struct vc_sentiment {
    double neg, neu, pos, compound;
} vc_sentiment;

/* VADER polarity_scores(text). */
vc_status vc_sentiment_score(const vc_sentiment_lexicon *lex,
                             vc_sentiment_scratch *s, const char *text,
                             size_t len, vc_sentiment *out);

/* The whole text and each sentence (byte ranges of `text`, as
 * vc_split_sentences() gives them), with exactly the scores that separate
 * vc_sentiment_score() calls would give. When the text needs no emoji
 * rewriting and the sentences start and end between whitespace-separated
 * tokens (the usual case), it tokenizes and looks words up once and only
 * re-runs VADER's rules per sentence; otherwise it scores each sentence
 * separately. `need`, when not NULL, has one flag per sentence: only the
 * sentences flagged are scored, the others' `out` entries are left as they
 * were (a caller that wants a few sentences pays for those only). */
vc_status vc_sentiment_score_sentences(const vc_sentiment_lexicon *lex, vc_sentiment_scratch *s,
                                       const char *text, size_t len, const vc_span_range *sentences,
                                       size_t nsentences, const unsigned char *need, vc_sentiment *whole,
                                       vc_sentiment *out);

/* The scoring mode. VC_SENTIMENT_VADER is VADER exactly, as above.
 * VC_SENTIMENT_CX is VADER's rules plus the CX rules of vader/cx.c:
 * complaint phrases that carry no sentiment word score negative ("never
 * again", "still hasn't arrived", "waited 40 minutes"), a problem word under
 * a negator is not negative ("no problems", "nothing to complain about"),
 * and request politeness ("please", "kindly") carries no valence. */
typedef enum vc_sentiment_mode { VC_SENTIMENT_VADER = 0, VC_SENTIMENT_CX = 1 } vc_sentiment_mode;

/* "vader" or "cx" (the spellings of --sentiment-mode); VC_ERR_USAGE for
 * anything else, with *out left as it was. */
vc_status vc_sentiment_mode_parse(const char *name, vc_sentiment_mode *out);
/* "vader" or "cx". */
const char *vc_sentiment_mode_name(vc_sentiment_mode mode);

/* vc_sentiment_score() and vc_sentiment_score_sentences() in a given mode;
 * with VC_SENTIMENT_VADER they are those functions. The ranges given to
 * the second may be any sorted, non-overlapping spans (sentences or the
 * clauses of vc_split_clauses()). */
vc_status vc_sentiment_score_mode(const vc_sentiment_lexicon *lex, vc_sentiment_scratch *s,
                                  vc_sentiment_mode mode, const char *text, size_t len, vc_sentiment *out);
vc_status vc_sentiment_score_spans(const vc_sentiment_lexicon *lex, vc_sentiment_scratch *s,
                                   vc_sentiment_mode mode, const char *text, size_t len,
                                   const vc_span_range *spans, size_t nspans, const unsigned char *need,
                                   vc_sentiment *whole, vc_sentiment *out);

/* Sentiment for languages other than English (vader/langsent.c): a
 * lexicon of valences for one language, in the format of
 * lexicons/README.md "Sentiment lexicons" (an "@lang CODE" line, "word
 * TAB valence" lines, @negator, @negator-after, @booster, @contrast),
 * scored by VADER's rules; compound keeps VADER's scale, so +-0.05 are
 * still the thresholds. Words are compared after vocal's normalization
 * with Latin accents folded (an entry matches with or without them);
 * entries in scripts written without spaces (Han, Hiragana, Katakana,
 * Thai) match as substrings. A lexicon is immutable once loaded and may
 * be shared by threads; a vc_lang_scratch is one thread's. */
typedef struct vc_lang_sentiment vc_lang_sentiment;
typedef struct vc_lang_scratch vc_lang_scratch;

/* `lang` (NULL: the file's @lang line says) is the language it is for;
 * an @lang line naming another is an error. `name` is what error messages
 * call it (file:line:column, as for theme lexicons). VC_ERR_LEXICON with
 * the place and reason on a bad line. */
vc_status vc_lang_sentiment_load_text(const char *name, const char *text, size_t len, const char *lang,
                                      vc_lang_sentiment **out, vc_error *err);
vc_status vc_lang_sentiment_load_file(const char *path, const char *lang, vc_lang_sentiment **out, vc_error *err);
void vc_lang_sentiment_free(vc_lang_sentiment *ls);
/* Its language code, its name ("builtin:de" or the path), its number of
 * entries, and a fingerprint of its text (what partials record). */
const char *vc_lang_sentiment_language(const vc_lang_sentiment *ls);
const char *vc_lang_sentiment_name(const vc_lang_sentiment *ls);
size_t vc_lang_sentiment_size(const vc_lang_sentiment *ls);
uint64_t vc_lang_sentiment_fingerprint(const vc_lang_sentiment *ls);

vc_lang_scratch *vc_lang_scratch_new(void);
void vc_lang_scratch_free(vc_lang_scratch *s);
/* neg, neu, pos and compound of the text, as VADER's polarity_scores
 * gives them for English. */
vc_status vc_lang_sentiment_score(const vc_lang_sentiment *ls, vc_lang_scratch *s, const char *text, size_t len,
                                  vc_sentiment *out);

/* The lexicons of a run, one per language (vader/langset.c), sorted by
 * code. The set owns what is put in it; put replaces a lexicon of the
 * same language (and frees it, or the given one when out of memory). */
typedef struct vc_sentiment_languages vc_sentiment_languages;
vc_sentiment_languages *vc_sentiment_languages_new(void);
void vc_sentiment_languages_free(vc_sentiment_languages *set);
/* The lexicons vocal ships: de, es, fr, it, ja, nl, pt. */
vc_status vc_sentiment_languages_add_shipped(vc_sentiment_languages *set, vc_error *err);
vc_status vc_sentiment_languages_put(vc_sentiment_languages *set, vc_lang_sentiment *ls);
/* NULL when the set (which may be NULL) has no lexicon for code. */
const vc_lang_sentiment *vc_sentiment_languages_get(const vc_sentiment_languages *set, const char *code);
size_t vc_sentiment_languages_count(const vc_sentiment_languages *set);
const vc_lang_sentiment *vc_sentiment_languages_at(const vc_sentiment_languages *set, size_t i);
/* 1 when a comment in language `code` gets sentiment: English, "und" and
 * NULL (not known) from VADER, any other code from a lexicon of the set
 * (NULL: none). */
int vc_sentiment_covers(const vc_sentiment_languages *set, const char *code);

VC_API_END

#endif
