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
 * Ownership: a vc_quotes owns its quote texts; the lexicon and analysis
 * passed to vc_quotes_offer are borrowed for the call.
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

typedef struct vc_quote {
    char *text;      /* the sentence, raw */
    double compound; /* its VADER compound (NAN without sentiment) */
    double score;
    uint64_t hash;
    uint64_t file, line; /* input index and line of the comment */
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
 * be below nfiles. VC_ERR_DATA when malformed. */
struct vc_wire_reader;
vc_status vc_quotes_encode(const vc_quotes *q, vc_buf *b);
vc_status vc_quotes_decode_merge(vc_quotes *q, struct vc_wire_reader *r, const uint64_t *file_map,
                                 const uint64_t *line_base, size_t nfiles);

/* Offer the sentences of one analyzed comment (VC_ANALYZE_DETAIL), of
 * score group `group` (0..2; others are ignored). */
vc_status vc_quotes_offer(vc_quotes *q, const vc_analysis *a, int group, uint64_t file, uint64_t line);

/* Add every quote of `from` to `into` (same lexicon and k). */
vc_status vc_quotes_merge(vc_quotes *into, const vc_quotes *from);

/* The quotes of (theme, group), best first. */
const vc_quote *vc_quotes_get(const vc_quotes *q, uint32_t theme, int group, size_t *n);
size_t vc_quotes_k(const vc_quotes *q);

VC_API_END

#endif
