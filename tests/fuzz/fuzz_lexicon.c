/*
 * fuzz_lexicon.c - the lexicon compiler and the matcher on arbitrary text.
 *
 * The input is a lexicon, up to a line "---", then a comment. Invariants:
 * loading either succeeds or fails with a "name:line:column: " message;
 * when it succeeds, the fast path and the PCRE2 reference find the same
 * themes and the same hits in the (normalized) comment.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/lexicon.h"
#include "vocal/matcher.h"
#include "vocal/text.h"

static int is_proximity(const vc_lexicon *lex, uint32_t entry)
{
    vc_entry_info e;
    vc_lexicon_entry(lex, entry, &e);
    return e.kind == VC_ENTRY_NEAR || e.kind == VC_ENTRY_BEFORE;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    const char *sep = NULL;
    for (size_t i = 0; i + 4 <= size; i++)
        if (memcmp(s + i, "\n---", 4) == 0) {
            sep = s + i;
            break;
        }
    size_t llen = sep ? (size_t)(sep - s) : size;
    vc_lexicon_options o = {.match_limit = 20000, .depth_limit = 500};
    vc_lexicon *lex = NULL;
    vc_error e;
    vc_error_clear(&e);
    vc_status st = vc_lexicon_load_string("f.lex", s, llen, &o, &lex, &e);
    if (st) {
        /* located: in f.lex, or in a file it included */
        if (!strstr(e.msg, ":") && st != VC_ERR_NOMEM)
            abort();
        return 0;
    }
    if (sep) {
        const char *text = sep + 4;
        size_t tlen = size - llen - 4;
        vc_normalizer *n = vc_normalizer_new();
        vc_buf norm = VC_BUF_INIT;
        vc_normalize(n, text, tlen, &norm, NULL);
        vc_matcher *a = vc_matcher_new(lex), *b = vc_matcher_new(lex);
        vc_match_result ra, rb;
        vc_matcher_run(a, norm.data ? norm.data : "", norm.len, VC_MATCH_HITS, &ra);
        vc_matcher_run(b, norm.data ? norm.data : "", norm.len, VC_MATCH_HITS | VC_MATCH_REFERENCE, &rb);
        if (!ra.limit_hits && !rb.limit_hits) {
            if (ra.nthemes != rb.nthemes)
                abort();
            for (size_t i = 0; i < ra.nthemes; i++)
                if (ra.themes[i] != rb.themes[i])
                    abort();
            /* hits must agree too, except those of NEAR/BEFORE entries: the
             * fast path reports one pair per first operand, the reference
             * pattern each non-overlapping match */
            size_t i = 0, j = 0;
            for (;;) {
                while (i < ra.nhits && is_proximity(lex, ra.hits[i].entry))
                    i++;
                while (j < rb.nhits && is_proximity(lex, rb.hits[j].entry))
                    j++;
                if (i == ra.nhits || j == rb.nhits)
                    break;
                if (ra.hits[i].entry != rb.hits[j].entry || ra.hits[i].start != rb.hits[j].start ||
                    ra.hits[i].end != rb.hits[j].end)
                    abort();
                i++;
                j++;
            }
            if (i != ra.nhits || j != rb.nhits)
                abort();
        }
        vc_matcher_free(a);
        vc_matcher_free(b);
        vc_buf_free(&norm);
        vc_normalizer_free(n);
    }
    vc_lexicon_free(lex);
    return 0;
}
