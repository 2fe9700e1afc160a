/*
 * lexdiff.c - two versions of a lexicon over the same comments (lexdiff.h).
 *
 * One streaming pass through the normal pipeline; the record hook analyzes
 * every comment with both lexicons (sentiment off), one after the other on
 * the same thread, timing each with the thread's CPU clock so the two
 * throughputs are comparable, and alternating which goes first so neither
 * always meets a warm cache. Themes are compared by name over the union of
 * both lexicons (both name lists are sorted, so they merge). A comment that
 * changed is analyzed again with hits to name the entries responsible (for a
 * lost comment also the new lexicon's exclusions that fired). Each worker
 * counts in its own arrays, so no locks; after the scan the workers are
 * merged into the first, renames are found from the merged old x new
 * co-occurrence counts, and the merged counters move into the result.
 * The pipeline's own lexicon is an empty one: the hook does the analysis.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vocal/analyze.h"
#include "vocal/buf.h"
#include "vocal/lexdiff.h"

typedef struct diff_worker {
    vc_analyzer *old, *new;
    uint8_t *in_old, *in_new;            /* per union theme, this comment */
    uint64_t *n_old, *n_new, *gained, *lost;
    uint64_t (*g_old)[4], (*g_new)[4];   /* score groups of matched comments, then score sum */
    uint64_t *pair;                      /* old theme x new theme co-occurrence */
    uint64_t base[4];
    uint64_t rows, changed, any_gained, any_lost;
    double t_old, t_new;
    vc_example_list *gain_ex, *lost_ex;
    vc_buf scratch;
} diff_worker;

typedef struct diff_ctx {
    const vc_lexicon *lo, *ln;
    size_t nu, no, nn;          /* union, old, new theme counts */
    char **names;               /* union names, sorted */
    uint32_t *map_old, *map_new; /* theme id -> union index */
    int32_t *u_old, *u_new;     /* union index -> theme id, -1 absent */
    size_t examples;
    diff_worker *w;
    unsigned nw;
} diff_ctx;

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Entries of `lex` behind theme t (hits of t or of a theme below it); with
 * `exclusions`, the exclusions on t or above it instead. */
static void entries_for(const vc_lexicon *lex, const vc_analysis *a, uint32_t t, int exclusions, const char *tag,
                        vc_buf *b)
{
    for (size_t h = 0; h < a->nhits; h++) {
        const vc_hit *hit = &a->hits[h];
        if (hit->exclude != exclusions)
            continue;
        int related = 0;
        if (!exclusions) {
            for (uint32_t u = hit->theme; u != VC_NO_THEME && !related; u = vc_lexicon_theme_parent(lex, u))
                related = u == t;
        } else {
            for (uint32_t u = t; u != VC_NO_THEME && !related; u = vc_lexicon_theme_parent(lex, u))
                related = u == hit->theme;
        }
        if (!related)
            continue;
        vc_entry_info e;
        vc_lexicon_entry(lex, hit->entry, &e);
        vc_buf_printf(b, "%s%s '%s' (%s:%u)", b->len ? ", " : "", tag, e.text, e.file, e.line);
    }
}

static vc_status add_example(diff_ctx *dc, diff_worker *w, const vc_record_view *r, size_t u, int gained)
{
    vc_analysis a;
    vc_status st;
    vc_buf_reset(&w->scratch);
    if (gained) {
        if ((st = vc_analyze_lang(w->new, r->text, r->text_len, r->language, VC_ANALYZE_DETAIL, &a)))
            return st;
        entries_for(dc->ln, &a, (uint32_t)dc->u_new[u], 0, "new", &w->scratch);
    } else {
        if ((st = vc_analyze_lang(w->old, r->text, r->text_len, r->language, VC_ANALYZE_DETAIL, &a)))
            return st;
        if (dc->u_old[u] >= 0)
            entries_for(dc->lo, &a, (uint32_t)dc->u_old[u], 0, "old", &w->scratch);
        if (dc->u_new[u] >= 0) {
            if ((st = vc_analyze_lang(w->new, r->text, r->text_len, r->language, VC_ANALYZE_DETAIL, &a)))
                return st;
            entries_for(dc->ln, &a, (uint32_t)dc->u_new[u], 1, "new exclusion", &w->scratch);
        }
    }
    vc_example e = {r->file, r->recno, r->line, vc_strndup(r->text, r->text_len < 300 ? r->text_len : 300),
                 vc_strndup(w->scratch.data ? w->scratch.data : "", w->scratch.len)};
    if (!e.text || !e.entries) {
        free(e.text);
        free(e.entries);
        return VC_ERR_NOMEM;
    }
    vc_example_list_add(gained ? &w->gain_ex[u] : &w->lost_ex[u], dc->examples, e);
    return VC_OK;
}

static vc_status diff_hook(void *ctx, unsigned wi, const vc_record_view *r)
{
    diff_ctx *dc = ctx;
    diff_worker *w = &dc->w[wi];
    vc_analysis a;
    vc_status st;
    memset(w->in_old, 0, dc->nu);
    memset(w->in_new, 0, dc->nu);
    /* alternate which lexicon goes first, so neither always meets a warm cache */
    vc_analysis b;
    int old_first = (r->recno & 1) != 0;
    double t0 = cpu_now();
    if ((st = vc_analyze_lang(old_first ? w->old : w->new, r->text, r->text_len, r->language, 0, old_first ? &a : &b)))
        return st;
    double t1 = cpu_now();
    if ((st = vc_analyze_lang(old_first ? w->new : w->old, r->text, r->text_len, r->language, 0, old_first ? &b : &a)))
        return st;
    double t2 = cpu_now();
    for (size_t i = 0; i < a.nthemes; i++)
        w->in_old[dc->map_old[a.themes[i].theme]] = 1;
    for (size_t i = 0; i < b.nthemes; i++)
        w->in_new[dc->map_new[b.themes[i].theme]] = 1;
    w->t_old += old_first ? t1 - t0 : t2 - t1;
    w->t_new += old_first ? t2 - t1 : t1 - t0;
    w->rows++;
    int g = r->group >= 0 && r->group <= 2 ? r->group : -1;
    uint64_t sc = g >= 0 && r->score > 0 ? (uint64_t)r->score : 0;
    if (g >= 0) {
        w->base[g]++;
        w->base[3] += sc;
    }
    int any_gain = 0, any_loss = 0;
    for (size_t u = 0; u < dc->nu; u++) {
        if (w->in_old[u]) {
            w->n_old[u]++;
            if (g >= 0) {
                w->g_old[u][g]++;
                w->g_old[u][3] += sc;
            }
            if (dc->u_old[u] >= 0)
                for (size_t v = 0; v < dc->nu; v++)
                    if (w->in_new[v] && dc->u_new[v] >= 0)
                        w->pair[(size_t)dc->u_old[u] * dc->nn + (size_t)dc->u_new[v]]++;
        }
        if (w->in_new[u]) {
            w->n_new[u]++;
            if (g >= 0) {
                w->g_new[u][g]++;
                w->g_new[u][3] += sc;
            }
        }
        if (w->in_new[u] && !w->in_old[u]) {
            w->gained[u]++;
            any_gain = 1;
            if (dc->examples && (st = add_example(dc, w, r, u, 1)))
                return st;
        } else if (w->in_old[u] && !w->in_new[u]) {
            w->lost[u]++;
            any_loss = 1;
            if (dc->examples && (st = add_example(dc, w, r, u, 0)))
                return st;
        }
    }
    w->any_gained += any_gain;
    w->any_lost += any_loss;
    w->changed += any_gain || any_loss;
    return VC_OK;
}

/* g: detractors, passives, promoters (or the scale's groups), score sum */
static vc_cell cell_of(const uint64_t g[4])
{
    vc_cell c;
    memset(&c, 0, sizeof c);
    for (int i = 0; i < 3; i++)
        c.group[i] = g[i];
    c.score_sum = g[3];
    c.comments = g[0] + g[1] + g[2];
    return c;
}

/* The scale's headline figure (NPS) of the comments counted in g. */
static double nps(vc_scale scale, const uint64_t g[4], int *ok)
{
    vc_cell c = cell_of(g);
    double v = vc_headline(scale, &c);
    *ok = !isnan(v);
    return v;
}

/* Impact as in the scan table (vc_impact). */
static double impact(vc_scale scale, const uint64_t base[4], const uint64_t g[4], int *ok)
{
    vc_cell b = cell_of(base), t = cell_of(g);
    double v = vc_impact(scale, &b, &t);
    *ok = !isnan(v) && t.comments > 0;
    return v;
}

vc_status vc_lexdiff_gate_parse(const char *s, vc_lexdiff_gate *f)
{
    memset(f, 0, sizeof *f);
    f->text = s;
    const char *colon = strrchr(s, ':');
    const char *m = s;
    if (colon) {
        if ((size_t)(colon - s) >= sizeof f->theme)
            return VC_ERR_USAGE;
        memcpy(f->theme, s, (size_t)(colon - s));
        m = colon + 1;
    }
    size_t k = 0;
    while (m[k] && ((m[k] >= 'a' && m[k] <= 'z') || m[k] == '_') && k + 1 < sizeof f->metric)
        f->metric[k] = m[k], k++;
    const char *op = m + k;
    size_t ol = (op[0] == '>' || op[0] == '<' || op[0] == '=' || op[0] == '!') ? (op[1] == '=' ? 2 : 1) : 0;
    if (!ol || (ol == 1 && (op[0] == '=' || op[0] == '!')))
        return VC_ERR_USAGE;
    memcpy(f->op, op, ol);
    char *end;
    f->value = strtod(op + ol, &end);
    if (end == op + ol || *end)
        return VC_ERR_USAGE;
    static const char *global[] = {"changed", "gained", "lost", "added", "removed", "renamed", "slowdown"};
    static const char *per_theme[] = {"gained", "lost", "delta"};
    const char **list = f->theme[0] ? per_theme : global;
    size_t n = f->theme[0] ? 3 : 7;
    for (size_t i = 0; i < n; i++)
        if (strcmp(f->metric, list[i]) == 0)
            return VC_OK;
    return VC_ERR_USAGE;
}

static int compare(double a, const char *op, double b)
{
    if (!strcmp(op, ">"))
        return a > b;
    if (!strcmp(op, ">="))
        return a >= b;
    if (!strcmp(op, "<"))
        return a < b;
    if (!strcmp(op, "<="))
        return a <= b;
    if (!strcmp(op, "=="))
        return a == b;
    return a != b;
}


const char *vc_lexdiff_status(const vc_lexdiff_theme *t)
{
    return !t->in_old ? "added" : !t->in_new ? (t->renamed_to >= 0 ? "renamed" : "removed") : "kept";
}

double vc_lexdiff_headline(const vc_lexdiff_result *r, const vc_lexdiff_theme *t, int side, int *ok)
{
    return nps(r->scale, side ? t->g_new : t->g_old, ok);
}

double vc_lexdiff_impact(const vc_lexdiff_result *r, const vc_lexdiff_theme *t, int side, int *ok)
{
    return impact(r->scale, r->base, side ? t->g_new : t->g_old, ok);
}

double vc_lexdiff_rate(const vc_lexdiff_result *r, int side)
{
    double t = side ? r->t_new : r->t_old;
    return t > 0 ? (double)r->comments / t : 0;
}

double vc_lexdiff_slowdown(const vc_lexdiff_result *r)
{
    return r->t_old > 0 ? r->t_new / r->t_old : 1.0;
}

int vc_lexdiff_gate_eval(const vc_lexdiff_gate *f, const vc_lexdiff_result *r, double *value)
{
    double v = 0;
    int found = 1;
    if (f->theme[0]) {
        found = 0;
        for (size_t u = 0; u < r->nthemes && !found; u++) {
            const vc_lexdiff_theme *t = &r->themes[u];
            if (strcmp(t->name, f->theme) != 0)
                continue;
            found = 1;
            v = !strcmp(f->metric, "gained") ? (double)t->gained
                : !strcmp(f->metric, "lost") ? (double)t->lost
                                             : (double)t->n_new - (double)t->n_old;
        }
    } else {
        v = !strcmp(f->metric, "changed")   ? (double)r->changed
            : !strcmp(f->metric, "gained")  ? (double)r->gained
            : !strcmp(f->metric, "lost")    ? (double)r->lost
            : !strcmp(f->metric, "added")   ? (double)r->added
            : !strcmp(f->metric, "removed") ? (double)r->removed
            : !strcmp(f->metric, "renamed") ? (double)r->renamed
                                            : vc_lexdiff_slowdown(r);
    }
    *value = v;
    if (!found)
        return -1;
    return compare(v, f->op, f->value);
}

/* The union of theme names: both lists are sorted, so merge them. */
static int union_themes(diff_ctx *dc)
{
    dc->no = vc_lexicon_theme_count(dc->lo);
    dc->nn = vc_lexicon_theme_count(dc->ln);
    dc->names = vc_xcalloc(dc->no + dc->nn + 1, sizeof *dc->names);
    dc->map_old = vc_xcalloc(dc->no + 1, sizeof *dc->map_old);
    dc->map_new = vc_xcalloc(dc->nn + 1, sizeof *dc->map_new);
    dc->u_old = vc_xcalloc(dc->no + dc->nn + 1, sizeof *dc->u_old);
    dc->u_new = vc_xcalloc(dc->no + dc->nn + 1, sizeof *dc->u_new);
    if (!dc->names || !dc->map_old || !dc->map_new || !dc->u_old || !dc->u_new)
        return -1;
    for (size_t i = 0, j = 0; i < dc->no || j < dc->nn;) {
        const char *a = i < dc->no ? vc_lexicon_theme_name(dc->lo, (uint32_t)i) : NULL;
        const char *b = j < dc->nn ? vc_lexicon_theme_name(dc->ln, (uint32_t)j) : NULL;
        int cmp = !a ? 1 : !b ? -1 : strcmp(a, b);
        size_t u = dc->nu++;
        dc->u_old[u] = dc->u_new[u] = -1;
        if (cmp <= 0) {
            dc->names[u] = (char *)a;
            dc->map_old[i] = (uint32_t)u;
            dc->u_old[u] = (int32_t)i++;
        }
        if (cmp >= 0) {
            dc->names[u] = (char *)b;
            dc->map_new[j] = (uint32_t)u;
            dc->u_new[u] = (int32_t)j++;
        }
    }
    return 0;
}

static int workers_alloc(diff_ctx *dc)
{
    dc->w = vc_xcalloc(dc->nw, sizeof *dc->w);
    if (!dc->w)
        return -1;
    for (unsigned i = 0; i < dc->nw; i++) {
        diff_worker *w = &dc->w[i];
        size_t nu = dc->nu + 1;
        w->old = vc_analyzer_new(dc->lo, NULL);
        w->new = vc_analyzer_new(dc->ln, NULL);
        w->in_old = vc_xcalloc(nu, 1);
        w->in_new = vc_xcalloc(nu, 1);
        w->n_old = vc_xcalloc(nu, sizeof *w->n_old);
        w->n_new = vc_xcalloc(nu, sizeof *w->n_new);
        w->gained = vc_xcalloc(nu, sizeof *w->gained);
        w->lost = vc_xcalloc(nu, sizeof *w->lost);
        w->g_old = vc_xcalloc(nu, sizeof *w->g_old);
        w->g_new = vc_xcalloc(nu, sizeof *w->g_new);
        w->pair = vc_xcalloc(dc->no * dc->nn + 1, sizeof *w->pair);
        w->gain_ex = vc_xcalloc(nu, sizeof *w->gain_ex);
        w->lost_ex = vc_xcalloc(nu, sizeof *w->lost_ex);
        if (!w->old || !w->new || !w->in_old || !w->in_new || !w->n_old || !w->n_new || !w->gained || !w->lost ||
            !w->g_old || !w->g_new || !w->pair || !w->gain_ex || !w->lost_ex)
            return -1;
        for (size_t u = 0; u < dc->nu && dc->examples; u++) {
            w->gain_ex[u].v = vc_xcalloc(dc->examples, sizeof(vc_example));
            w->lost_ex[u].v = vc_xcalloc(dc->examples, sizeof(vc_example));
            if (!w->gain_ex[u].v || !w->lost_ex[u].v)
                return -1;
        }
    }
    return 0;
}

static void ctx_free(diff_ctx *dc)
{
    for (unsigned i = 0; dc->w && i < dc->nw; i++) {
        diff_worker *w = &dc->w[i];
        vc_analyzer_free(w->old);
        vc_analyzer_free(w->new);
        free(w->in_old);
        free(w->in_new);
        free(w->n_old);
        free(w->n_new);
        free(w->gained);
        free(w->lost);
        free(w->g_old);
        free(w->g_new);
        free(w->pair);
        for (size_t u = 0; u < dc->nu; u++) {
            if (w->gain_ex)
                vc_example_list_free(&w->gain_ex[u]);
            if (w->lost_ex)
                vc_example_list_free(&w->lost_ex[u]);
        }
        free(w->gain_ex);
        free(w->lost_ex);
        vc_buf_free(&w->scratch);
    }
    free(dc->w);
    free(dc->names);
    free(dc->map_old);
    free(dc->map_new);
    free(dc->u_old);
    free(dc->u_new);
}

/* Workers 1.. into worker 0 (their examples move). */
static void merge_workers(diff_ctx *dc)
{
    diff_worker *m = &dc->w[0];
    for (unsigned i = 1; i < dc->nw; i++) {
        diff_worker *w = &dc->w[i];
        for (size_t u = 0; u < dc->nu; u++) {
            m->n_old[u] += w->n_old[u];
            m->n_new[u] += w->n_new[u];
            m->gained[u] += w->gained[u];
            m->lost[u] += w->lost[u];
            for (int g = 0; g < 4; g++) {
                m->g_old[u][g] += w->g_old[u][g];
                m->g_new[u][g] += w->g_new[u][g];
            }
            for (size_t k = 0; k < w->gain_ex[u].n; k++)
                vc_example_list_add(&m->gain_ex[u], dc->examples, w->gain_ex[u].v[k]);
            for (size_t k = 0; k < w->lost_ex[u].n; k++)
                vc_example_list_add(&m->lost_ex[u], dc->examples, w->lost_ex[u].v[k]);
            w->gain_ex[u].n = w->lost_ex[u].n = 0;
        }
        for (size_t k = 0; k < dc->no * dc->nn; k++)
            m->pair[k] += w->pair[k];
        for (int g = 0; g < 4; g++)
            m->base[g] += w->base[g];
        m->rows += w->rows;
        m->changed += w->changed;
        m->any_gained += w->any_gained;
        m->any_lost += w->any_lost;
        m->t_old += w->t_old;
        m->t_new += w->t_new;
    }
}

/* The merged worker 0 becomes the result; renames are each removed theme's
 * best added partner, if they match mostly the same comments. */
static void fill_result(diff_ctx *dc, vc_lexdiff_result *r)
{
    diff_worker *m = &dc->w[0];
    r->comments = m->rows;
    r->changed = m->changed;
    r->gained = m->any_gained;
    r->lost = m->any_lost;
    memcpy(r->base, m->base, sizeof r->base);
    r->t_old = m->t_old;
    r->t_new = m->t_new;
    r->examples = dc->examples;
    r->nthemes = dc->nu;
    vc_lexdiff_theme *td = r->themes;
    for (size_t u = 0; u < dc->nu; u++) {
        td[u] = (vc_lexdiff_theme){dc->names[u], dc->u_old[u] >= 0, dc->u_new[u] >= 0, m->n_old[u], m->n_new[u],
                                   m->gained[u], m->lost[u],
                                   {m->g_old[u][0], m->g_old[u][1], m->g_old[u][2], m->g_old[u][3]},
                                   {m->g_new[u][0], m->g_new[u][1], m->g_new[u][2], m->g_new[u][3]},
                                   -1, 0, m->gain_ex[u], m->lost_ex[u]};
        m->gain_ex[u] = m->lost_ex[u] = (vc_example_list){NULL, 0};
        r->added += !td[u].in_old;
        r->removed += !td[u].in_new;
    }
    for (size_t u = 0; u < dc->nu; u++) {
        if (td[u].in_new)
            continue;
        double best = 0;
        long bv = -1;
        for (size_t v = 0; v < dc->nu; v++) {
            if (td[v].in_old)
                continue;
            uint64_t both = m->pair[(size_t)dc->u_old[u] * dc->nn + (size_t)dc->u_new[v]];
            uint64_t uni = td[u].n_old + td[v].n_new - both;
            double j = uni ? (double)both / (double)uni : 0;
            if (j > best) {
                best = j;
                bv = (long)v;
            }
        }
        if (bv >= 0 && best >= 0.5) {
            td[u].renamed_to = bv;
            td[u].jaccard = best;
            r->renamed++;
        }
    }
}

void vc_lexdiff_options_init(vc_lexdiff_options *o)
{
    memset(o, 0, sizeof *o);
    vc_scan_options_init(&o->scan);
    o->examples = 3;
}

vc_status vc_lexdiff_run(const vc_lexdiff_options *o, vc_lexdiff_result **out, vc_error *err)
{
    *out = NULL;
    vc_lexicon *empty = NULL;
    vc_status st = vc_lexicon_load_string("(none)", "", 0, NULL, &empty, err);
    if (st)
        return st;
    diff_ctx dc;
    memset(&dc, 0, sizeof dc);
    dc.lo = o->old_lex;
    dc.ln = o->new_lex;
    dc.examples = o->examples;
    dc.nw = vc_scan_thread_count(o->scan.threads);
    vc_lexdiff_result *r = vc_xcalloc(1, sizeof *r);
    if (!r || union_themes(&dc) || workers_alloc(&dc) || !(r->themes = vc_xcalloc(dc.nu + 1, sizeof *r->themes)))
        st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    if (!st) {
        vc_scan_options so = o->scan;
        so.lex = empty;
        so.hook = diff_hook;
        so.hook_ctx = &dc;
        so.hook_only = 1;
        so.quotes = 0;
        r->scale = so.scale;
        st = vc_scan_run(&so, &r->scan, err);
    }
    if (!st) {
        merge_workers(&dc);
        fill_result(&dc, r);
        *out = r;
    } else {
        vc_lexdiff_result_free(r);
    }
    ctx_free(&dc);
    vc_lexicon_free(empty);
    return st;
}

void vc_lexdiff_result_free(vc_lexdiff_result *r)
{
    if (!r)
        return;
    for (size_t u = 0; r->themes && u < r->nthemes; u++) {
        vc_example_list_free(&r->themes[u].gained_examples);
        vc_example_list_free(&r->themes[u].lost_examples);
    }
    free(r->themes);
    vc_scan_free(r->scan);
    free(r);
}
