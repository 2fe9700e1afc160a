/*
 * analyze.c - one comment in, themes and sentiment out.
 *
 * Steps per comment (all buffers per analyzer, reused, so the steady state
 * allocates nothing):
 *   1. split the raw text into sentences (text.h rules);
 *   2. normalize each sentence and join them with '\n' into one text, keeping
 *      each sentence's range in the normalized text;
 *   3. run the matcher once over the joined text (hits only when sentiment is
 *      on and there is more than one sentence: otherwise every theme simply
 *      takes the comment's sentiment);
 *   4. VADER on the whole raw comment and on the raw sentences that hold a
 *      theme hit (every sentence for VC_ANALYZE_DETAIL), sharing one
 *      tokenization (vc_sentiment_score_sentences); a theme's compound is the
 *      mean over the distinct sentences that mention it.
 * A comment in a language with a sentiment lexicon of its own
 * (vc_analyzer_set_sentiment_languages) is scored with it in step 4 (the
 * comment, and each sentence or clause on its own), in either mode.
 * In the CX sentiment mode (vader/cx.c) step 4 scores in that mode and reads
 * a theme's compound from clauses instead of sentences (cx_theme_sentiment):
 * each sentence is cut into clauses on the raw text and on its normalized
 * form; when both give the same number of clauses they are paired by
 * position, otherwise the sentence stays one clause.
 * Signal hits (theme ids from vc_lexicon_signal_start) take no part in
 * this: a signal is said of the whole comment and takes its compound.
 * Per-theme accumulators are indexed by theme id and stamped with a
 * per-call generation number, so nothing is cleared per comment.
 */
#include <stdlib.h>
#include <string.h>

#include "vocal/analyze.h"
#include "vocal/language.h"
#include "vocal/buf.h"

struct vc_analyzer {
    const vc_lexicon *lex;
    const vc_sentiment_lexicon *sent;
    vc_normalizer *norm;
    vc_matcher *matcher;
    vc_sentiment_scratch *scratch;
    vc_buf joined, tmp;
    vc_span_range *raw, *normr;
    vc_sentiment *sent_scores;
    unsigned char *sent_done;
    size_t sent_cap;
    /* per theme, stamped with `gen` */
    uint32_t *theme_gen;
    double *theme_sum;
    uint32_t *theme_n;
    uint32_t *theme_last_sentence;
    uint32_t gen;
    vc_theme_result *themes;
    size_t ntheme;
    uint32_t sig; /* themes from here on are signals (vc_lexicon_signal_start) */
    vc_sentiment_mode mode;
    const char *lang; /* this call's comment language, NULL when not known */
    const vc_sentiment_languages *langs; /* lexicons of other languages, NULL: none */
    const vc_lang_sentiment *cur;        /* this call's: NULL scores with VADER/CX */
    vc_lang_scratch *lscratch;
    /* CX mode: clauses in the raw text and in `joined`, their scores */
    vc_span_range *craw, *cnorm;
    vc_sentiment *cscore;
    unsigned char *cneed;
    size_t ccap;
};

void vc_analyzer_set_sentiment_mode(vc_analyzer *an, vc_sentiment_mode mode) { an->mode = mode; }

vc_status vc_analyzer_set_sentiment_languages(vc_analyzer *an, const vc_sentiment_languages *langs)
{
    an->langs = langs;
    if (langs && !an->lscratch && !(an->lscratch = vc_lang_scratch_new()))
        return VC_ERR_NOMEM;
    return VC_OK;
}

/* One text's score: the comment's language lexicon, or VADER/CX. */
static vc_status score_text(vc_analyzer *an, vc_sentiment_mode mode, const char *t, size_t n, vc_sentiment *out)
{
    if (an->cur)
        return vc_lang_sentiment_score(an->cur, an->lscratch, t, n, out);
    return vc_sentiment_score_mode(an->sent, an->scratch, mode, t, n, out);
}

/* The whole text and the flagged spans (vc_sentiment_score_spans). A
 * language lexicon scores each span on its own. */
static vc_status score_spans(vc_analyzer *an, vc_sentiment_mode mode, const char *t, size_t n,
                             const vc_span_range *spans, size_t nspans, const unsigned char *need, vc_sentiment *whole,
                             vc_sentiment *out)
{
    if (!an->cur)
        return vc_sentiment_score_spans(an->sent, an->scratch, mode, t, n, spans, nspans, need, whole, out);
    vc_status st = score_text(an, mode, t, n, whole);
    for (size_t i = 0; i < nspans && !st; i++)
        if (!need || need[i])
            st = score_text(an, mode, t + spans[i].start, spans[i].end - spans[i].start, &out[i]);
    return st;
}

vc_analyzer *vc_analyzer_new(const vc_lexicon *lex, const vc_sentiment_lexicon *sent)
{
    vc_analyzer *an = calloc(1, sizeof *an);
    if (!an)
        return NULL;
    an->lex = lex;
    an->sent = sent;
    an->ntheme = vc_lexicon_theme_count(lex);
    an->sig = (uint32_t)vc_lexicon_signal_start(lex);
    an->norm = vc_normalizer_new();
    an->matcher = vc_matcher_new(lex);
    an->scratch = sent ? vc_sentiment_scratch_new() : NULL;
    an->theme_gen = vc_xcalloc(an->ntheme, sizeof *an->theme_gen);
    an->theme_sum = vc_xcalloc(an->ntheme, sizeof *an->theme_sum);
    an->theme_n = vc_xcalloc(an->ntheme, sizeof *an->theme_n);
    an->theme_last_sentence = vc_xcalloc(an->ntheme, sizeof *an->theme_last_sentence);
    an->themes = vc_xcalloc(an->ntheme, sizeof *an->themes);
    if (!an->norm || !an->matcher || (sent && !an->scratch) || !an->theme_gen ||
        !an->theme_sum || !an->theme_n || !an->theme_last_sentence || !an->themes) {
        vc_analyzer_free(an);
        return NULL;
    }
    return an;
}

void vc_analyzer_free(vc_analyzer *an)
{
    if (!an)
        return;
    vc_normalizer_free(an->norm);
    vc_matcher_free(an->matcher);
    vc_sentiment_scratch_free(an->scratch);
    vc_lang_scratch_free(an->lscratch);
    vc_buf_free(&an->joined);
    vc_buf_free(&an->tmp);
    free(an->raw);
    free(an->normr);
    free(an->sent_scores);
    free(an->sent_done);
    free(an->theme_gen);
    free(an->theme_sum);
    free(an->theme_n);
    free(an->theme_last_sentence);
    free(an->themes);
    free(an->craw);
    free(an->cnorm);
    free(an->cscore);
    free(an->cneed);
    free(an);
}

static vc_status ensure_sentences(vc_analyzer *an, size_t n)
{
    if (n <= an->sent_cap)
        return VC_OK;
    size_t cap = an->sent_cap ? an->sent_cap : 16;
    while (cap < n)
        cap *= 2;
    vc_span_range *raw = vc_xrealloc_array(an->raw, cap, sizeof *raw);
    if (!raw)
        return VC_ERR_NOMEM;
    an->raw = raw;
    vc_span_range *normr = vc_xrealloc_array(an->normr, cap, sizeof *normr);
    if (!normr)
        return VC_ERR_NOMEM;
    an->normr = normr;
    vc_sentiment *ss = vc_xrealloc_array(an->sent_scores, cap, sizeof *ss);
    if (!ss)
        return VC_ERR_NOMEM;
    an->sent_scores = ss;
    unsigned char *done = vc_xrealloc_array(an->sent_done, cap, 1);
    if (!done)
        return VC_ERR_NOMEM;
    an->sent_done = done;
    an->sent_cap = cap;
    return VC_OK;
}

/* A hit that gives its theme the sentiment of its sentence or clause: not
 * an exclusion, and not a signal's (a signal is said of the whole comment:
 * its rows take the comment's compound, and its hits cost no sentence or
 * clause scoring). */
static int theme_hit(const vc_analyzer *an, const vc_hit *h) { return !h->exclude && h->theme < an->sig; }

/* Sentence index holding normalized byte offset `pos` (sentences sorted). */
static size_t sentence_of(const vc_span_range *r, size_t n, size_t pos)
{
    size_t lo = 0, hi = n;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (r[mid].start <= pos)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static vc_status sentence_sentiment(vc_analyzer *an, const char *text, size_t i)
{
    if (an->sent_done[i])
        return VC_OK;
    vc_status st = score_text(an, an->mode, text + an->raw[i].start, an->raw[i].end - an->raw[i].start,
                              &an->sent_scores[i]);
    an->sent_done[i] = 1;
    return st;
}

static vc_status ensure_clauses(vc_analyzer *an, size_t n)
{
    if (n <= an->ccap)
        return VC_OK;
    size_t cap = an->ccap ? an->ccap : 16;
    while (cap < n)
        cap *= 2;
    vc_span_range *r = vc_xrealloc_array(an->craw, cap, sizeof *r);
    if (!r)
        return VC_ERR_NOMEM;
    an->craw = r;
    if (!(r = vc_xrealloc_array(an->cnorm, cap, sizeof *r)))
        return VC_ERR_NOMEM;
    an->cnorm = r;
    vc_sentiment *c = vc_xrealloc_array(an->cscore, cap, sizeof *c);
    if (!c)
        return VC_ERR_NOMEM;
    an->cscore = c;
    unsigned char *need = vc_xrealloc_array(an->cneed, cap, 1);
    if (!need)
        return VC_ERR_NOMEM;
    an->cneed = need;
    an->ccap = cap;
    return VC_OK;
}

/* The clauses of span r of s, appended at *nc (offsets in s). */
static vc_status add_clauses(vc_analyzer *an, vc_span_range *(*arr)(vc_analyzer *), const char *s, vc_span_range r,
                             size_t *nc, size_t *count)
{
    size_t n = vc_split_sentence_clauses(s + r.start, r.end - r.start, arr(an) + *nc, an->ccap - *nc);
    if (n > an->ccap - *nc) {
        vc_status st = ensure_clauses(an, *nc + n);
        if (st)
            return st;
        vc_split_sentence_clauses(s + r.start, r.end - r.start, arr(an) + *nc, an->ccap - *nc);
    }
    for (size_t k = 0; k < n; k++) {
        arr(an)[*nc + k].start += r.start;
        arr(an)[*nc + k].end += r.start;
    }
    *count = n;
    return VC_OK;
}

static vc_span_range *raw_clauses(vc_analyzer *an) { return an->craw; }
static vc_span_range *norm_clauses(vc_analyzer *an) { return an->cnorm; }

/* CX mode: the whole comment's score and each theme's mean over the clauses
 * holding its hits (only those clauses are scored). */
static vc_status cx_theme_sentiment(vc_analyzer *an, const char *text, size_t len, size_t nsent,
                                    const vc_match_result *mr, vc_analysis *out)
{
    vc_status st;
    size_t nc = 0;
    /* only the sentences holding a hit are cut into clauses (sent_done is 0
     * for every sentence here and is used as their flags) */
    unsigned char *hit = an->sent_done;
    for (size_t h = 0; h < mr->nhits; h++)
        if (theme_hit(an, &mr->hits[h]))
            hit[sentence_of(an->normr, nsent, mr->hits[h].start)] = 1;
    for (size_t i = 0; i < nsent; i++) {
        size_t nr, nn;
        if ((st = ensure_clauses(an, nc + 1)))
            return st;
        if (!hit[i]) {
            an->craw[nc] = an->raw[i];
            an->cnorm[nc++] = an->normr[i];
            continue;
        }
        if ((st = add_clauses(an, raw_clauses, text, an->raw[i], &nc, &nr)))
            return st;
        size_t keep = nc;
        /* the normalized clauses go at the same place in cnorm */
        if ((st = add_clauses(an, norm_clauses, an->joined.data, an->normr[i], &nc, &nn)))
            return st;
        if (nr != nn || nr == 0) { /* cannot pair them: the sentence is one clause */
            an->craw[keep] = an->raw[i];
            an->cnorm[keep] = an->normr[i];
            nr = 1;
        }
        nc = keep + nr;
    }
    memset(hit, 0, nsent);
    memset(an->cneed, 0, nc);
    for (size_t h = 0; h < mr->nhits; h++)
        if (theme_hit(an, &mr->hits[h]))
            an->cneed[sentence_of(an->cnorm, nc, mr->hits[h].start)] = 1;
    if (nc == 1) { /* one clause: it is the comment */
        if ((st = score_text(an, VC_SENTIMENT_CX, text, len, &out->sentiment)))
            return st;
        an->cscore[0] = out->sentiment;
    } else if ((st = score_spans(an, VC_SENTIMENT_CX, text, len, an->craw, nc, an->cneed, &out->sentiment,
                                 an->cscore))) {
        return st;
    }
    out->has_sentiment = 1;
    for (size_t t = 0; t < mr->nthemes; t++) {
        uint32_t th = mr->themes[t];
        an->theme_gen[th] = an->gen;
        an->theme_sum[th] = 0;
        an->theme_n[th] = 0;
        an->theme_last_sentence[th] = UINT32_MAX;
    }
    for (size_t h = 0; h < mr->nhits; h++) {
        if (!theme_hit(an, &mr->hits[h]))
            continue;
        size_t ci = sentence_of(an->cnorm, nc, mr->hits[h].start);
        for (uint32_t th = mr->hits[h].theme; th != VC_NO_THEME; th = vc_lexicon_theme_parent(an->lex, th)) {
            if (an->theme_gen[th] != an->gen)
                break; /* vetoed: so is every theme above it */
            if (an->theme_last_sentence[th] == ci)
                continue;
            an->theme_last_sentence[th] = (uint32_t)ci;
            an->theme_sum[th] += an->cscore[ci].compound;
            an->theme_n[th]++;
        }
    }
    for (size_t t = 0; t < mr->nthemes; t++) {
        uint32_t th = mr->themes[t];
        an->themes[t].theme = th;
        an->themes[t].compound = an->theme_n[th] ? an->theme_sum[th] / an->theme_n[th] : out->sentiment.compound;
    }
    return VC_OK;
}

const char *vc_analyzer_language(const vc_analyzer *an) { return an->lang; }

const char *vc_analyze_identify_language(const char *text, size_t len) { return vc_language_identify(text, len); }

vc_status vc_analyze(vc_analyzer *an, const char *text, size_t len, unsigned flags,
                     vc_analysis *out)
{
    return vc_analyze_lang(an, text, len, NULL, flags, out);
}

vc_status vc_analyze_lang(vc_analyzer *an, const char *text, size_t len, const char *lang,
                          unsigned flags, vc_analysis *out)
{
    memset(out, 0, sizeof *out);
    an->lang = lang;
    an->cur = an->langs && lang ? vc_sentiment_languages_get(an->langs, lang) : NULL;
    int detail = (flags & VC_ANALYZE_DETAIL) != 0;
    vc_status st;

    size_t nsent = vc_split_sentences(text, len, an->raw, an->sent_cap);
    if (nsent > an->sent_cap) {
        if ((st = ensure_sentences(an, nsent)))
            return st;
        nsent = vc_split_sentences(text, len, an->raw, an->sent_cap);
    }
    if ((st = ensure_sentences(an, nsent ? nsent : 1)))
        return st;

    /* normalize and join */
    vc_buf_reset(&an->joined);
    size_t repaired_total = 0;
    for (size_t i = 0; i < nsent; i++) {
        size_t repaired = 0;
        const char *s = text + an->raw[i].start;
        size_t n = an->raw[i].end - an->raw[i].start;
        if (nsent == 1) {
            st = vc_normalize(an->norm, s, n, &an->joined, &repaired);
            an->normr[0].start = 0;
            an->normr[0].end = an->joined.len;
        } else {
            st = vc_normalize(an->norm, s, n, &an->tmp, &repaired);
            if (!st && i > 0)
                st = vc_buf_append_char(&an->joined, '\n');
            an->normr[i].start = an->joined.len;
            if (!st)
                st = vc_buf_append(&an->joined, an->tmp.data, an->tmp.len);
            an->normr[i].end = an->joined.len;
        }
        if (st)
            return st;
        repaired_total += repaired;
        an->sent_done[i] = 0;
    }
    if (nsent == 0)
        repaired_total = vc_utf8_invalid_count(text, len);
    out->repaired = repaired_total;

    int want_sentiment = an->sent != NULL && nsent > 0 && !(flags & VC_ANALYZE_NO_SENTIMENT);
    int cx = an->mode == VC_SENTIMENT_CX;
    int need_hits = detail || (want_sentiment && (nsent > 1 || cx));
    unsigned mflags = (need_hits ? VC_MATCH_HITS : 0) |
                      ((flags & VC_ANALYZE_REFERENCE) ? VC_MATCH_REFERENCE : 0);
    vc_match_result mr;
    const char *joined = an->joined.data ? an->joined.data : "";
    vc_matcher_set_language(an->matcher, lang); /* "@lang" entries apply to their languages */
    if ((st = vc_matcher_run(an->matcher, joined, an->joined.len, mflags, &mr)))
        return st;
    out->limit_hits = mr.limit_hits;

    if (want_sentiment && !cx) {
        if (nsent == 1 || an->cur) {
            /* a language lexicon scores the sentences a theme needs
             * one by one (sentence_sentiment, below) */
            if ((st = score_text(an, an->mode, text, len, &out->sentiment)))
                return st;
            if (nsent == 1) {
                an->sent_scores[0] = out->sentiment;
                an->sent_done[0] = 1;
            }
        } else {
            /* one tokenization for the comment and its sentences; only the
             * sentences a theme hit lies in are scored (all for detail) */
            unsigned char *need = NULL;
            if (!detail) {
                need = an->sent_done; /* 0 for every sentence here */
                for (size_t h = 0; h < mr.nhits; h++)
                    if (theme_hit(an, &mr.hits[h]))
                        need[sentence_of(an->normr, nsent, mr.hits[h].start)] = 1;
            }
            st = vc_sentiment_score_sentences(an->sent, an->scratch, text, len, an->raw, nsent, need,
                                              &out->sentiment, an->sent_scores);
            if (st)
                return st;
            if (!need)
                memset(an->sent_done, 1, nsent);
        }
        out->has_sentiment = 1;
    }

    an->gen++;
    if (an->gen == 0) { /* wrapped: clear stamps once every 4 billion calls */
        memset(an->theme_gen, 0, an->ntheme * sizeof *an->theme_gen);
        an->gen = 1;
    }
    for (size_t t = 0; t < mr.nthemes; t++) {
        an->themes[t].theme = mr.themes[t];
        an->themes[t].compound = out->sentiment.compound;
    }
    if (want_sentiment && cx && (st = cx_theme_sentiment(an, text, len, nsent, &mr, out)))
        return st;
    if (want_sentiment && nsent > 1 && !cx) {
        /* a theme's sentences: those holding a hit of it or of a theme below
         * it; exclusion hits and vetoed themes give none */
        for (size_t t = 0; t < mr.nthemes; t++) {
            uint32_t th = mr.themes[t];
            an->theme_gen[th] = an->gen;
            an->theme_sum[th] = 0;
            an->theme_n[th] = 0;
            an->theme_last_sentence[th] = UINT32_MAX;
        }
        for (size_t h = 0; h < mr.nhits; h++) {
            if (!theme_hit(an, &mr.hits[h]))
                continue;
            size_t si = sentence_of(an->normr, nsent, mr.hits[h].start);
            for (uint32_t th = mr.hits[h].theme; th != VC_NO_THEME; th = vc_lexicon_theme_parent(an->lex, th)) {
                if (an->theme_gen[th] != an->gen)
                    break; /* vetoed: so is every theme above it */
                if (an->theme_last_sentence[th] == si)
                    continue;
                /* hits are sorted by start, so a theme's sentences arrive in order */
                an->theme_last_sentence[th] = (uint32_t)si;
                if ((st = sentence_sentiment(an, text, si)))
                    return st;
                an->theme_sum[th] += an->sent_scores[si].compound;
                an->theme_n[th]++;
            }
        }
        for (size_t t = 0; t < mr.nthemes; t++) {
            uint32_t th = mr.themes[t];
            if (an->theme_n[th])
                an->themes[t].compound = an->theme_sum[th] / an->theme_n[th];
        }
    }
    out->themes = an->themes;
    out->nthemes = mr.nthemes;
    out->normalized = joined; /* always: a theme model reads it too */
    out->normalized_len = an->joined.len;

    if (detail) {
        if (want_sentiment)
            for (size_t i = 0; i < nsent; i++)
                if ((st = sentence_sentiment(an, text, i)))
                    return st;
        out->text = text;
        out->normalized = joined;
        out->normalized_len = an->joined.len;
        out->sentences = an->raw;
        out->norm_sentences = an->normr;
        out->sentence_sentiment = want_sentiment ? an->sent_scores : NULL;
        out->nsentences = nsent;
        out->hits = mr.hits;
        out->nhits = mr.nhits;
    }
    return VC_OK;
}
