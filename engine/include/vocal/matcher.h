/*
 * matcher.h - which themes does a (normalized) text mention, and why.
 *
 * Sentences: the text may hold several sentences joined by '\n'; NEAR and
 * BEFORE pair operands only inside one of them.
 *
 * Two evaluators with one meaning:
 *  - the fast path: the text is tokenized once into words (text.h's word
 *    definition); words, phrases and prefixes are found by hashed lookup of
 *    each token (prefix entries through a hashed table of prefixes by
 *    length), so cost grows with the text, not the lexicon; only /regex/
 *    entries run PCRE2 (JIT when available, interpreter as fallback);
 *  - the reference: every entry compiled to its own PCRE2 pattern with the
 *    same semantics, run one by one. Slow; used by tests and `explain`
 *    to check that the fast path and PCRE2 agree.
 *
 * Ownership: a vc_matcher is per-thread scratch (token arrays, PCRE2
 * match_data and JIT stack) over a shared, read-only vc_lexicon that must
 * outlive it. Results point into the matcher and are valid until the next
 * call on the same matcher.
 */
#ifndef VOCAL_MATCHER_H
#define VOCAL_MATCHER_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/lexicon.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_matcher vc_matcher;

vc_matcher *vc_matcher_new(const vc_lexicon *lex);
void vc_matcher_free(vc_matcher *m); /* accepts NULL */

typedef struct vc_hit {
    uint32_t entry;  /* entry id (vc_lexicon_entry) */
    uint32_t theme;  /* the entry's own theme */
    size_t start;    /* byte span in the normalized text */
    size_t end;
    int exclude;     /* an !exclusion matched here */
} vc_hit;

typedef struct vc_match_result {
    /* distinct theme ids, ascending: themes an entry matched, minus those
     * vetoed by an exclusion of theirs or of an ancestor, plus every
     * ancestor of what is left */
    const uint32_t *themes;
    size_t nthemes;
    const vc_hit *hits;     /* only with VC_MATCH_HITS: every hit, by start */
    size_t nhits;
    uint32_t limit_hits;    /* regex entries that hit a PCRE2 limit */
} vc_match_result;

enum {
    VC_MATCH_HITS = 1,      /* record every hit (explain, eval, diff) */
    VC_MATCH_REFERENCE = 2  /* use the pure-PCRE2 reference evaluator */
};

/* The language of the texts matched next (language.h's code; NULL or
 * "und" when not known): entries under "@lang" sets without it are left
 * out; unscoped entries always apply, and with the language not known
 * every entry does. Until called, every entry applies. */
void vc_matcher_set_language(vc_matcher *m, const char *lang);

/* Match one normalized text. Returns VC_OK; VC_ERR_NOMEM on allocation
 * failure; VC_ERR_LEXICON when PCRE2 fails on a pattern for a reason other
 * than a limit. A PCRE2 limit hit (match, depth, heap, JIT stack) is not an
 * error: it is counted in limit_hits and the entry is treated as not
 * matching for that text. Text that is not valid UTF-8 is not given to
 * PCRE2: its /regex/ entries match nothing there. */
vc_status vc_matcher_run(vc_matcher *m, const char *text, size_t len,
                         unsigned flags, vc_match_result *out);

VC_API_END

#endif
