/*
 * analyze.h - everything vocal learns from one comment: the themes it
 * mentions (with the entries that matched), its VADER sentiment, and the
 * sentiment of the sentences that mention each theme.
 *
 * The comment is split into sentences on the raw text (VADER needs the raw
 * casing and punctuation); each sentence is normalized and the normalized
 * sentences are joined with '\n' into one text that the matcher runs on once.
 * A theme's sentiment is the mean compound of the sentences holding its hits
 * (in the CX sentiment mode: of the clauses, vc_split_clauses()); a
 * signal's (vc_lexicon_load_with_signals) is the whole comment's.
 *
 * Ownership: a vc_analyzer is per-thread scratch over shared, read-only
 * lexicons that must outlive it. Results point into the analyzer and are
 * valid until its next call.
 */
#ifndef VOCAL_ANALYZE_H
#define VOCAL_ANALYZE_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/lexicon.h"
#include "vocal/matcher.h"
#include "vocal/sentiment.h"
#include "vocal/status.h"
#include "vocal/text.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_analyzer vc_analyzer;

/* sent may be NULL: no sentiment. */
vc_analyzer *vc_analyzer_new(const vc_lexicon *lex, const vc_sentiment_lexicon *sent);
void vc_analyzer_free(vc_analyzer *an);
/* The sentiment mode (default VC_SENTIMENT_VADER). In VC_SENTIMENT_CX the
 * comment, its sentences and its clauses are scored in the CX mode, and a
 * theme's compound is the mean over the clauses holding its hits. */
void vc_analyzer_set_sentiment_mode(vc_analyzer *an, vc_sentiment_mode mode);

/* The lexicons of languages other than English (NULL: none, the
 * default; borrowed, must outlive the analyzer): a comment analyzed with
 * vc_analyze_lang() in one of their languages is scored with its lexicon
 * (vc_lang_sentiment_score) instead of VADER or the CX mode, the whole
 * comment and the sentences (CX mode: clauses) holding themes alike.
 * VC_ERR_NOMEM when its scratch cannot be made. */
vc_status vc_analyzer_set_sentiment_languages(vc_analyzer *an, const vc_sentiment_languages *langs);

typedef struct vc_theme_result {
    uint32_t theme;
    double compound;   /* mean compound of the sentences (CX: clauses) mentioning it */
} vc_theme_result;

typedef struct vc_analysis {
    const vc_theme_result *themes; /* distinct, ascending theme id */
    size_t nthemes;
    int has_sentiment;
    vc_sentiment sentiment;        /* whole comment */
    size_t repaired;               /* invalid UTF-8 sequences repaired */
    uint32_t limit_hits;           /* PCRE2 limit hits */
    const char *normalized;        /* sentences joined by '\n' */
    size_t normalized_len;
    /* with VC_ANALYZE_DETAIL only: */
    const char *text;              /* the raw comment (as passed in) */
    const vc_span_range *sentences;     /* in the raw text */
    const vc_span_range *norm_sentences;/* in `normalized` */
    const vc_sentiment *sentence_sentiment;
    size_t nsentences;
    const vc_hit *hits;
    size_t nhits;
} vc_analysis;

/* VC_ANALYZE_NO_SENTIMENT: this comment gets no sentiment (has_sentiment
 * 0), as if the analyzer had no sentiment lexicon; a comment in a
 * language the sentiment does not cover (language.h). */
enum { VC_ANALYZE_DETAIL = 1, VC_ANALYZE_REFERENCE = 2, VC_ANALYZE_NO_SENTIMENT = 4 };

vc_status vc_analyze(vc_analyzer *an, const char *text, size_t len, unsigned flags,
                     vc_analysis *out);
/* vc_analyze() of a comment whose language is known: `lang` is its code
 * (language.h: "en", "de", "und", ...), or NULL when not known. The
 * analyzer keeps it for this call only, for the parts that depend on the
 * language (vc_analyzer_language()); vc_analyze() is this with NULL. */
vc_status vc_analyze_lang(vc_analyzer *an, const char *text, size_t len, const char *lang,
                          unsigned flags, vc_analysis *out);
/* The language of the comment being analyzed (NULL when not known). */
const char *vc_analyzer_language(const vc_analyzer *an);
/* The language a scan gives a comment identified from its text
 * (language.h vc_language_identify), for callers above the text layer. */
const char *vc_analyze_identify_language(const char *text, size_t len);

VC_API_END

#endif
