/*
 * fuzz_slow.c - the whole analysis of one comment, to find inputs that
 * take superlinear time.
 *
 * Each input is one comment, analyzed as a scan would (sentences,
 * normalization, matching with hits, VADER per sentence) twice: with the
 * default lexicon, and with a small one built to be expensive (NEAR and
 * BEFORE over common words, leading-wildcard globs, a (*NO_JIT) regex).
 * The invariant checked here is only that analysis succeeds; the point is
 * the time limit of the fuzzing run, which reports any input that takes
 * too long (docs/hostile-input.md gives the command):
 *
 *   fuzz_slow -timeout=2 -max_len=400000 -rss_limit_mb=4096 CORPUS
 *
 * The saved corpus, pathological shapes among them (long runs of
 * combining marks, long NEAR/BEFORE sentences, long "but" sentences), is
 * replayed by CTest without a time limit, as every fuzz corpus is.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/analyze.h"
#include "vocal/lexicon.h"
#include "vocal/sentiment.h"

static const char expensive[] = "[near]\n"
                                "refund NEAR/3 late\n"
                                "the NEAR/5 the\n"
                                "a b NEAR/2 a\n"
                                "[before]\n"
                                "not BEFORE/2 happy\n"
                                "but BEFORE/9 good\n"
                                "[glob]\n"
                                "*ing\n"
                                "?a*\n"
                                "[regex]\n"
                                "/(*NO_JIT)refund(ed|s)?/\n"
                                "/\\bno\\s+(one|body)\\b/\n"
                                "!/(a|e)+\\s+b/\n";

static vc_lexicon *lex_default, *lex_expensive;
static vc_sentiment_lexicon *vader;
static vc_analyzer *an_default, *an_expensive;

static void setup(void)
{
    vc_error e;
    if (vc_lexicon_load_default(&lex_default, &e) ||
        vc_lexicon_load_string("expensive.lex", expensive, sizeof expensive - 1, NULL, &lex_expensive, &e) ||
        vc_sentiment_lexicon_load_default(&vader, &e))
        abort();
    an_default = vc_analyzer_new(lex_default, vader);
    an_expensive = vc_analyzer_new(lex_expensive, vader);
    if (!an_default || !an_expensive)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!an_default)
        setup();
    vc_analysis a;
    if (vc_analyze(an_default, (const char *)data, size, 0, &a) != VC_OK)
        abort();
    if (vc_analyze(an_expensive, (const char *)data, size, VC_ANALYZE_DETAIL, &a) != VC_OK)
        abort();
    if (a.limit_hits > 1) /* only the !exclusion can hit a limit */
        abort();
    return 0;
}
