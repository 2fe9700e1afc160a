/*
 * explain.c - the audit trail of one comment (explain.h), as `vocal
 * explain` prints it and the Python package returns it: its normalized
 * form, its sentences with their compound, every entry that matched
 * (theme, entry as written, file:line:column, byte span in the normalized
 * text, sentence), the ~guarded entries a negator held off, the exclusions
 * that fired and what they vetoed, the themes with the sentiment each one
 * gets, how many /regex/ entries hit a PCRE2 limit, with a theme model the
 * themes it finds and the words that weighed, and whether the PCRE2
 * reference evaluator agrees. Text for reading, or one JSON object.
 *
 * The comment is analyzed in the language it is identified as, as a scan
 * does, so entries scoped to other languages do not match.
 *
 * Ownership: the explainer borrows its lexicons, sentiment and model, and
 * owns its analyzers; a report is appended to the caller's buffer.
 */
#include <stdlib.h>
#include <string.h>

#include "vocal/explain.h"
#include "vocal/report.h"

struct vc_explainer {
    const vc_lexicon *lex;
    vc_analyzer *an, *ref;
    vc_analyzer *open;  /* the lexicon read with its ~guards dropped: what a negator held off */
    int json;
    unsigned n;
    vc_buf *out;        /* this call's */
    uint32_t *ref_themes;
    const vc_model *model; /* NULL: none */
};

typedef struct vc_explainer explainer;

static int in_result(const vc_analysis *a, uint32_t theme);

/* ---- the model's part --------------------------------------------------------- */

typedef struct contrib {
    size_t a, b;   /* the word or pair's span in the normalized text */
    uint32_t id;
    double w;
} contrib;

static int by_weight(const void *p, const void *q)
{
    const contrib *x = p, *y = q;
    if (x->w != y->w)
        return x->w > y->w ? -1 : 1;
    return x->a < y->a ? -1 : x->a > y->a;
}

/* The comment's words and pairs as the model cuts them (model.h), each
 * bucket once, into *out (caller frees). */
static size_t model_terms(const vc_analysis *a, unsigned bits, contrib **out)
{
    const char *s = a->normalized;
    size_t len = a->normalized_len, pos = 0, ws, we, ps = 0, pe = 0, n = 0, cap = 0;
    int prev = 0;
    contrib *v = NULL;
    while (vc_next_word(s, len, &pos, &ws, &we)) {
        for (int pair = 0; pair < 2; pair++) {
            if (pair && (!prev || memchr(s + pe, '\n', ws - pe)))
                break;
            uint32_t id = pair ? vc_feature_id(s + ps, pe - ps, s + ws, we - ws, bits)
                               : vc_feature_id(s + ws, we - ws, NULL, 0, bits);
            int seen = 0;
            for (size_t k = 0; k < n && !seen; k++)
                seen = v[k].id == id;
            if (seen)
                continue;
            contrib *g = vc_grow(v, &cap, n, sizeof *v, 32);
            if (!g)
                break;
            v = g;
            v[n++] = (contrib){pair ? ps : ws, we, id, 0};
        }
        ps = ws;
        pe = we;
        prev = 1;
    }
    *out = v;
    return n;
}

#define MODEL_TOP 5

static void model_report(explainer *x, const vc_analysis *a)
{
    const vc_model *m = x->model;
    vc_buf *o = x->out;
    contrib *terms = NULL;
    size_t n = model_terms(a, vc_model_bits(m), &terms);
    vc_features f = {0};
    double *logit = calloc(vc_model_theme_count(m) + 1, sizeof *logit);
    int any = 0;
    if (logit && vc_features_of(a->normalized, a->normalized_len, vc_model_bits(m), NULL, 0, &f) == VC_OK)
        vc_model_logits(m, &f, logit);
    if (x->json)
        vc_buf_append_str(o, ",\"model\":[");
    for (size_t i = 0; logit && i < vc_model_theme_count(m); i++) {
        double p = vc_model_probability(logit[i]);
        if (p < vc_model_threshold(m, i))
            continue;
        const char *name = vc_model_theme_name(m, i);
        uint32_t t = 0;
        while (t < vc_lexicon_theme_count(x->lex) && strcmp(vc_lexicon_theme_name(x->lex, t), name) != 0)
            t++;
        int both = in_result(a, t);
        for (size_t k = 0; k < n; k++)
            terms[k].w = vc_model_weight(m, i, terms[k].id);
        qsort(terms, n, sizeof *terms, by_weight);
        if (x->json) {
            vc_buf_append_str(o, any ? ",{\"theme\":" : "{\"theme\":");
            vc_json_cstr(o, name);
            vc_buf_printf(o, ",\"probability\":%.4f,\"threshold\":%.4f,\"source\":\"%s\",\"features\":[", p,
                          vc_model_threshold(m, i), both ? "both" : "model");
            for (size_t k = 0; k < n && k < MODEL_TOP && terms[k].w > 0; k++) {
                vc_buf_append_str(o, k ? ",{\"feature\":" : "{\"feature\":");
                vc_buf_json_string(o, a->normalized + terms[k].a, terms[k].b - terms[k].a);
                vc_buf_printf(o, ",\"weight\":%.4f}", terms[k].w);
            }
            vc_buf_append_str(o, "]}");
        } else {
            vc_buf_printf(o, "  model    %s  p %.3f (threshold %.3f)  %s\n", name, p, vc_model_threshold(m, i),
                          both ? "the lexicon found it too" : "found by the model alone");
            vc_buf_append_str(o, "           ");
            for (size_t k = 0; k < n && k < MODEL_TOP && terms[k].w > 0; k++)
                vc_buf_printf(o, " %+.2f \"%.*s\"", terms[k].w, (int)(terms[k].b - terms[k].a),
                              a->normalized + terms[k].a);
            vc_buf_append_char(o, '\n');
        }
        any = 1;
    }
    if (x->json)
        vc_buf_append_char(o, ']');
    else if (!any)
        vc_buf_append_str(o, "  model    (no theme reaches its threshold)\n");
    vc_features_free(&f);
    free(logit);
    free(terms);
}

static size_t sentence_of(const vc_analysis *a, size_t pos)
{
    size_t s = 0;
    while (s + 1 < a->nsentences && a->norm_sentences[s + 1].start <= pos)
        s++;
    return s;
}

static int in_result(const vc_analysis *a, uint32_t theme)
{
    for (size_t i = 0; i < a->nthemes; i++)
        if (a->themes[i].theme == theme)
            return 1;
    return 0;
}

/* A hit of a ~guarded entry that matches without its guard and not with
 * it: a negator held it off. */
static int held_off(const vc_analysis *a, const vc_analysis *open, const vc_lexicon *lex, size_t h,
                    vc_entry_info *e)
{
    const vc_hit *hit = &open->hits[h];
    vc_lexicon_entry(lex, hit->entry, e);
    const char *t = e->text[0] == '!' ? e->text + 1 : e->text;
    while (*t == ' ')
        t++;
    if (*t != '~')
        return 0;
    for (size_t k = 0; k < a->nhits; k++) {
        vc_entry_info o;
        vc_lexicon_entry(lex, a->hits[k].entry, &o);
        if (a->hits[k].start == hit->start && o.line == e->line && o.column == e->column && !strcmp(o.file, e->file))
            return 0;
    }
    return 1;
}

/* Both reports append to x->out and return its sticky status once. */
static vc_status text_report(explainer *x, const char *text, size_t len, const vc_analysis *a,
                             const vc_analysis *open, int agree)
{
    vc_buf *o = x->out;
    const vc_lexicon *lex = x->lex;
    vc_buf_printf(o, "comment %u: %.*s\n  normalized: ", x->n, (int)len, text);
    for (size_t i = 0; i < a->normalized_len; i++) /* sentences are joined by '\n' */
        vc_buf_append_str(o, a->normalized[i] == '\n' ? " | " : (char[]){a->normalized[i], 0});
    vc_buf_append_char(o, '\n');
    for (size_t s = 0; s < a->nsentences; s++) {
        const vc_span_range *r = &a->sentences[s];
        if (a->sentence_sentiment)
            vc_buf_printf(o, "  sentence %zu  compound %+.4f  \"%.*s\"\n", s + 1, a->sentence_sentiment[s].compound,
                          (int)(r->end - r->start), text + r->start);
        else
            vc_buf_printf(o, "  sentence %zu  \"%.*s\"\n", s + 1, (int)(r->end - r->start), text + r->start);
    }
    for (size_t h = 0; h < a->nhits; h++) {
        const vc_hit *hit = &a->hits[h];
        vc_entry_info e;
        vc_lexicon_entry(lex, hit->entry, &e);
        vc_buf_printf(o, "  %-8s %s  '%s'  %s:%u:%u  bytes %zu-%zu \"%.*s\"  sentence %zu",
                      hit->exclude ? "exclude" : "match", vc_lexicon_theme_name(lex, hit->theme), e.text, e.file,
                      e.line, e.column, hit->start, hit->end, (int)(hit->end - hit->start), a->normalized + hit->start,
                      sentence_of(a, hit->start) + 1);
        if (e.langs) /* a scoped entry: the languages it is for */
            vc_buf_printf(o, "  @lang %s", e.langs);
        vc_buf_append_char(o, '\n');
    }
    /* entries a negator held off (the guard) */
    for (size_t h = 0; open && h < open->nhits; h++) {
        vc_entry_info e;
        size_t ns, nl;
        const vc_hit *hit = &open->hits[h];
        if (!held_off(a, open, lex, h, &e))
            continue;
        vc_buf_printf(o, "  held off %s  '%s'  %s:%u:%u  bytes %zu-%zu \"%.*s\"  sentence %zu", 
                      vc_lexicon_theme_name(lex, hit->theme), e.text, e.file, e.line, e.column, hit->start, hit->end,
                      (int)(hit->end - hit->start), open->normalized + hit->start, sentence_of(open, hit->start) + 1);
        if (vc_lexicon_guard_negator(open->normalized, hit->start, &ns, &nl))
            vc_buf_printf(o, "  by \"%.*s\"", (int)nl, open->normalized + ns);
        vc_buf_append_char(o, '\n');
    }
    /* themes an entry matched that an exclusion vetoed */
    for (size_t h = 0; h < a->nhits; h++) {
        const vc_hit *hit = &a->hits[h];
        int first = 1;
        for (size_t k = 0; k < h && first; k++)
            first = a->hits[k].exclude || a->hits[k].theme != hit->theme;
        if (hit->exclude || !first || in_result(a, hit->theme))
            continue;
        vc_buf_printf(o, "  vetoed   %s  (an exclusion of it or of a theme above it matched)\n",
                      vc_lexicon_theme_name(lex, hit->theme));
    }
    if (a->nthemes == 0)
        vc_buf_append_str(o, "  themes   (none)\n");
    for (size_t t = 0; t < a->nthemes; t++) {
        if (a->has_sentiment)
            vc_buf_printf(o, "  theme    %s  compound %+.4f\n", vc_lexicon_theme_name(lex, a->themes[t].theme),
                          a->themes[t].compound);
        else
            vc_buf_printf(o, "  theme    %s\n", vc_lexicon_theme_name(lex, a->themes[t].theme));
    }
    if (a->limit_hits)
        vc_buf_printf(o, "  limit    %u /regex/ entr%s hit a PCRE2 limit on this comment (treated as not "
                         "matching; vocal lexicon lint finds such patterns)\n",
                      a->limit_hits, a->limit_hits == 1 ? "y" : "ies");
    if (a->has_sentiment)
        vc_buf_printf(o, "  comment  compound %+.4f  neg %.3f neu %.3f pos %.3f\n", a->sentiment.compound,
                      a->sentiment.neg, a->sentiment.neu, a->sentiment.pos);
    if (x->model)
        model_report(x, a);
    vc_buf_printf(o, "  check    %s\n",
                  agree ? "the PCRE2 reference evaluator finds the same themes"
                        : "MISMATCH: the PCRE2 reference evaluator finds other themes (please report)");
    return vc_buf_status(o);
}

static vc_status json_report(explainer *x, const char *text, size_t len, const vc_analysis *a,
                             const vc_analysis *open, int agree)
{
    vc_buf *o = x->out;
    const vc_lexicon *lex = x->lex;
    vc_buf_append_str(o, "{\"text\":");
    vc_buf_json_string(o, text, len);
    vc_buf_append_str(o, ",\"normalized\":");
    vc_buf_json_string(o, a->normalized, a->normalized_len);
    vc_buf_append_str(o, ",\"sentences\":[");
    for (size_t s = 0; s < a->nsentences; s++) {
        const vc_span_range *r = &a->sentences[s];
        vc_buf_printf(o, "%s{\"start\":%zu,\"end\":%zu,\"text\":", s ? "," : "", r->start, r->end);
        vc_buf_json_string(o, text + r->start, r->end - r->start);
        if (a->sentence_sentiment)
            vc_buf_printf(o, ",\"compound\":%.4f", a->sentence_sentiment[s].compound);
        vc_buf_append_char(o, '}');
    }
    vc_buf_append_str(o, "],\"hits\":[");
    for (size_t h = 0; h < a->nhits; h++) {
        const vc_hit *hit = &a->hits[h];
        vc_entry_info e;
        vc_lexicon_entry(lex, hit->entry, &e);
        vc_buf_printf(o, "%s{\"theme\":", h ? "," : "");
        vc_json_cstr(o, vc_lexicon_theme_name(lex, hit->theme));
        vc_buf_append_str(o, ",\"entry\":");
        vc_json_cstr(o, e.text);
        vc_buf_append_str(o, ",\"file\":");
        vc_json_cstr(o, e.file);
        vc_buf_printf(o, ",\"line\":%u,\"column\":%u,\"start\":%zu,\"end\":%zu,\"match\":", e.line, e.column,
                      hit->start, hit->end);
        vc_buf_json_string(o, a->normalized + hit->start, hit->end - hit->start);
        vc_buf_printf(o, ",\"exclude\":%s,\"sentence\":%zu", hit->exclude ? "true" : "false",
                      sentence_of(a, hit->start) + 1);
        if (e.langs) { /* only a scoped entry has the key */
            vc_buf_append_str(o, ",\"lang\":");
            vc_json_cstr(o, e.langs);
        }
        vc_buf_append_char(o, '}');
    }
    int any = 0; /* "held_off" only when a negator held an entry off: the usual object stays as it was */
    for (size_t h = 0; open && h < open->nhits; h++) {
        vc_entry_info e;
        size_t ns, nl;
        const vc_hit *hit = &open->hits[h];
        if (!held_off(a, open, lex, h, &e))
            continue;
        vc_buf_append_str(o, any ? ",{\"theme\":" : "],\"held_off\":[{\"theme\":");
        any = 1;
        vc_json_cstr(o, vc_lexicon_theme_name(lex, hit->theme));
        vc_buf_append_str(o, ",\"entry\":");
        vc_json_cstr(o, e.text);
        vc_buf_append_str(o, ",\"file\":");
        vc_json_cstr(o, e.file);
        vc_buf_printf(o, ",\"line\":%u,\"column\":%u,\"start\":%zu,\"end\":%zu,\"match\":", e.line, e.column,
                      hit->start, hit->end);
        vc_buf_json_string(o, open->normalized + hit->start, hit->end - hit->start);
        vc_buf_append_str(o, ",\"negator\":");
        if (vc_lexicon_guard_negator(open->normalized, hit->start, &ns, &nl))
            vc_buf_json_string(o, open->normalized + ns, nl);
        else
            vc_buf_append_str(o, "null");
        vc_buf_append_char(o, '}');
    }
    vc_buf_append_str(o, "],\"themes\":[");
    for (size_t t = 0; t < a->nthemes; t++) {
        vc_buf_append_str(o, t ? ",{\"theme\":" : "{\"theme\":");
        vc_json_cstr(o, vc_lexicon_theme_name(lex, a->themes[t].theme));
        const char *label = vc_lexicon_theme_label(lex, a->themes[t].theme);
        if (label) { /* only a labelled theme has the key: an unlabelled object stays as it was */
            vc_buf_append_str(o, ",\"label\":");
            vc_json_cstr(o, label);
        }
        if (a->has_sentiment)
            vc_buf_printf(o, ",\"compound\":%.4f", a->themes[t].compound);
        vc_buf_append_char(o, '}');
    }
    if (a->has_sentiment)
        vc_buf_printf(o, "],\"compound\":%.4f", a->sentiment.compound);
    else
        vc_buf_append_char(o, ']');
    if (a->limit_hits) /* only when there are some: the usual object stays as it was */
        vc_buf_printf(o, ",\"match_limit_hits\":%u", a->limit_hits);
    if (x->model) /* only with --model */
        model_report(x, a);
    vc_buf_printf(o, ",\"reference_agrees\":%s}\n", agree ? "true" : "false");
    return vc_buf_status(o);
}

vc_explainer *vc_explainer_new(const vc_lexicon *lex, const vc_lexicon *open_lex, const vc_sentiment_lexicon *sent,
                               const vc_model *model)
{
    vc_explainer *x = calloc(1, sizeof *x);
    if (!x)
        return NULL;
    x->lex = lex;
    x->model = model;
    x->an = vc_analyzer_new(lex, sent);
    x->ref = vc_analyzer_new(lex, NULL);
    /* the same entries with their guards dropped (same files: same
     * entries); another count means another lexicon: no held-off lines */
    if (open_lex && vc_lexicon_entry_count(open_lex) == vc_lexicon_entry_count(lex))
        x->open = vc_analyzer_new(open_lex, NULL);
    x->ref_themes = vc_xcalloc(vc_lexicon_theme_count(lex) + 1, sizeof(uint32_t));
    if (!x->an || !x->ref || !x->ref_themes) {
        vc_explainer_free(x);
        return NULL;
    }
    return x;
}

void vc_explainer_free(vc_explainer *x)
{
    if (!x)
        return;
    vc_analyzer_free(x->an);
    vc_analyzer_free(x->ref);
    vc_analyzer_free(x->open);
    free(x->ref_themes);
    free(x);
}

vc_status vc_explain(vc_explainer *x, const char *text, size_t len, int json, vc_buf *out, int *agree_out,
                     vc_error *err)
{
    x->n++;
    x->json = json;
    x->out = out;
    vc_analysis ref;
    /* the comment's language, as scan gives it: "@lang" entries of other
     * languages do not match */
    const char *lang = vc_analyze_identify_language(text, len);
    vc_status fail = vc_analyze_lang(x->ref, text, len, lang, VC_ANALYZE_REFERENCE, &ref);
    size_t nref = fail ? 0 : ref.nthemes;
    for (size_t i = 0; i < nref; i++)
        x->ref_themes[i] = ref.themes[i].theme;
    vc_analysis a;
    if (!fail)
        fail = vc_analyze_lang(x->an, text, len, lang, VC_ANALYZE_DETAIL, &a);
    if (fail)
        return vc_error_set(err, fail, "comment %u: %s%s", x->n, vc_strerror(fail),
                            fail == VC_ERR_LEXICON ? " (PCRE2 failed on a /regex/ entry; see vocal lexicon lint)" : "");
    int agree = a.nthemes == nref;
    for (size_t i = 0; i < nref && agree; i++)
        agree = a.themes[i].theme == x->ref_themes[i];
    vc_analysis open;
    int has_open = x->open && vc_analyze_lang(x->open, text, len, lang, VC_ANALYZE_DETAIL, &open) == VC_OK;
    vc_status st = json ? json_report(x, text, len, &a, has_open ? &open : NULL, agree)
                        : text_report(x, text, len, &a, has_open ? &open : NULL, agree);
    if (agree_out)
        *agree_out = agree;
    return st ? vc_error_set(err, st, "out of memory") : VC_OK;
}

vc_status vc_explain_lexicons(const char *themes, const char *signals, int with_signals, vc_lexicon **lex,
                              vc_lexicon **open_lex, vc_error *err)
{
    *lex = *open_lex = NULL;
    vc_status st;
    if (with_signals)
        st = vc_lexicon_load_with_signals(themes, signals, NULL, lex, err);
    else if (themes && strncmp(themes, "builtin:", 8) == 0)
        st = vc_lexicon_load_builtin(themes + 8, NULL, lex, err);
    else
        st = themes ? vc_lexicon_load_file(themes, NULL, lex, err) : vc_lexicon_load_default(lex, err);
    if (st)
        return st;
    vc_lexicon_options lo = {.ignore_guards = 1};
    vc_error oerr;
    vc_error_clear(&oerr);
    if (with_signals ? vc_lexicon_load_with_signals(themes, signals, &lo, open_lex, &oerr)
                     : themes && !strncmp(themes, "builtin:", 8) ? vc_lexicon_load_builtin(themes + 8, &lo, open_lex, &oerr)
                     : themes ? vc_lexicon_load_file(themes, &lo, open_lex, &oerr)
                              : vc_lexicon_load_builtin("default", &lo, open_lex, &oerr))
        *open_lex = NULL; /* no "held off" lines; the rest stands */
    return VC_OK;
}
