/*
 * quotes.h - example verbatims per theme and score group, for the review.
 *
 * For every comment, each theme it mentions offers one candidate: the
 * sentence (raw text, as the customer wrote it) that mentions the theme and
 * scores best, where the score prefers strong sentiment (|compound|) of the
 * sign that fits the group (negative for detractors, positive for
 * promoters) and sentences of 40 to 160 bytes; sentences over 300 bytes are
 * not quoted. Each (theme, group) keeps its K best under a total order:
 * score, then a hash of the text, then file and line, and the same text is
 * quoted once (at its first place). So the quotes depend only on the input,
 * never on threads or batch sizes, and per-worker sets merge exactly.
 *
 * A quote keeps the context of the comment it comes from: the respondent's
 * score, the comment's segments and the matched phrase. The same sentence
 * met again at an earlier place takes that place's context with its file
 * and line, so the context too is the same for any threads or merge order.
 * The matched phrase is the first hit of the theme (or of a theme below
 * it) in the quoted sentence, found in the normalized text and carried to
 * the raw sentence word by word: the raw sentence is cut into runs of word
 * and non-word characters, each run normalized alone and its words counted;
 * when the counts add up to the normalized sentence's word count, the hit's
 * first and last words are the runs that hold them, otherwise the quote
 * has no marked phrase. A mark therefore starts and ends on whole
 * characters inside the text.
 *
 * Ownership: a vc_quotes owns its quote texts and their segments (one
 * allocation per quote); the lexicon and analysis passed to vc_quotes_offer
 * and the segment arrays passed to vc_quotes_commit are borrowed for the
 * call. A vc_quotes is used by one thread at a time.
 */
#ifndef VOCAL_QUOTES_H
#define VOCAL_QUOTES_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/analyze.h"
#include "vocal/buf.h"
#include "vocal/lexicon.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

/* A respondent without a numeric score (--score-group, no score column). */
#define VC_QUOTE_NO_SCORE INT32_MIN

typedef struct vc_quote {
    char *text;      /* the sentence, raw */
    double compound; /* its VADER compound (NAN without sentiment) */
    double score;    /* how well it fits its list (the order above) */
    uint64_t hash;
    uint64_t file, line; /* input index and line of the comment */
    /* the context, from the comment at (file, line): */
    int32_t respondent_score; /* VC_QUOTE_NO_SCORE: none */
    char *segments;  /* the comment's segment in each dimension after "all", in
                      * dimension order, separated by '\x1f'; a dimension of
                      * several values joins them with ", "; blank is
                      * "(blank)". In the allocation of text; NULL: no
                      * dimension but "all" */
    size_t mark, mark_len; /* the matched phrase, bytes of text; mark_len 0: none */
} vc_quote;

typedef struct vc_quotes vc_quotes;

vc_quotes *vc_quotes_new(const vc_lexicon *lex, size_t k);
void vc_quotes_free(vc_quotes *q); /* accepts NULL */

/* Quotes without a lexicon, to hold saved state (nothing can be offered). */
vc_quotes *vc_quotes_new_themes(size_t nthemes, size_t k);
size_t vc_quotes_themes(const vc_quotes *q);

/* Saved state (partial results): append every quote to b (wire.h), and add
 * encoded quotes into q (same themes and k) as vc_quotes_merge would, with
 * each quote's line raised by line_base[file] (NULL: none) and its file
 * index mapped through file_map (NULL: kept); the encoded file indexes must
 * be below nfiles. VC_ERR_DATA when malformed (a mark outside its text or
 * inside a character included). */
struct vc_wire_reader;
vc_status vc_quotes_encode(const vc_quotes *q, vc_buf *b);
vc_status vc_quotes_decode_merge(vc_quotes *q, struct vc_wire_reader *r, const uint64_t *file_map,
                                 const uint64_t *line_base, size_t nfiles);

/* Offer the sentences of one analyzed comment (VC_ANALYZE_DETAIL) of score
 * group `group` (0..2; others hold nothing), at input `file`, line `line`,
 * from a respondent of score `score` (VC_QUOTE_NO_SCORE: none). For each
 * theme its best sentence, with its matched phrase, is held (copied) when
 * it can still enter its list, until vc_quotes_commit adds it under the
 * comment's segments. A comment of several answers offers each answer (one
 * offer per call, held or not) before its segments are known. */
vc_status vc_quotes_offer(vc_quotes *q, const vc_analysis *a, int group, int32_t score, uint64_t file,
                          uint64_t line);

/* Add what the oldest n offers not yet committed hold (SIZE_MAX: every
 * offer) under the comment's segments: seg[d] / seg_len[d] for d = 1 ..
 * ndims-1, nvals[d] values as vc_agg_add_values reads them (1: the value;
 * more: each followed by '\0'; 0: blank; nvals NULL: one each), trimmed,
 * a value given twice once, as the aggregator counts them. */
vc_status vc_quotes_commit(vc_quotes *q, const char *const *seg, const size_t *seg_len, const size_t *nvals,
                           size_t ndims, size_t n);
/* Candidates held by offers not yet committed. */
size_t vc_quotes_held(const vc_quotes *q);

/* Add every quote of `from` to `into` (same lexicon and k). */
vc_status vc_quotes_merge(vc_quotes *into, const vc_quotes *from);

/* The quotes of (theme, group), best first. */
const vc_quote *vc_quotes_get(const vc_quotes *q, uint32_t theme, int group, size_t *n);
size_t vc_quotes_k(const vc_quotes *q);

VC_API_END

#endif
