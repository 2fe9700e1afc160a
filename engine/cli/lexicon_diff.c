/*
 * lexicon_diff.c - `vocal lexicon diff OLD NEW FILE...`: what a lexicon
 * change does to the numbers, before it reaches the monthly review.
 *
 * One streaming pass through the normal pipeline; the record hook analyzes
 * every comment with both lexicons (sentiment off), one after the other on
 * the same thread, timing each with the thread's CPU clock so the two
 * throughputs are comparable. Themes are compared by name over the union of
 * both lexicons; per theme: comments matched by old and new, gained, lost,
 * NPS and NPS impact (NPS of all comments minus NPS of those that do not
 * mention the theme) under each lexicon. A comment that changed is analyzed
 * again with hits to name the entries responsible (for a lost comment also
 * the new lexicon's exclusions that fired). Removed and added themes that
 * match mostly the same comments (Jaccard >= 0.5, best pair) are reported as
 * renamed. Examples are the first ones in input order; counters are integers
 * merged at the end, so the output does not depend on threads.
 *
 * --fail-if '[THEME:]METRIC OP NUMBER' makes a lexicon repository's CI fail
 * on a change that moves too much (exit 1).
 */
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "vocal/agg.h"
#include "vocal/analyze.h"
#include "vocal/example.h"

static const char DIFF_USAGE[] =
    "usage: vocal lexicon diff [OPTIONS] OLD NEW FILE...\n"
    "\n"
    "Match two versions of a lexicon over the same comments in one pass and show\n"
    "what changed: per theme, comments matched by each, gained and lost, the change\n"
    "in mentions, NPS and NPS impact under each; themes added, removed or renamed;\n"
    "the first gained and lost comments with the entries responsible (file:line);\n"
    "and the throughput of each lexicon (normalize + match, comments per CPU second).\n"
    "\n"
    "  --text COL            comment column (default: detected)\n"
    "  --score COL           score column (default: detected)\n"
    "  --scale S             nps (default), csat or ces\n"
    "  --format FMT          csv, tsv or jsonl (default: sniffed)\n"
    "  --examples N          gained and lost comments shown per theme (default 3)\n"
    "  --fail-if EXPR        exit 1 when EXPR holds; repeatable. EXPR is\n"
    "                        [THEME:]METRIC OP NUMBER with OP one of > >= < <= == !=;\n"
    "                        metrics: changed, gained, lost (comments), added, removed,\n"
    "                        renamed (themes), slowdown (new time / old time); per theme:\n"
    "                        gained, lost, delta (new - old mentions)\n"
    "  -o, --output FILE     write the report to FILE (default: stdout)\n"
    "  --output-format F     text (default), csv or json\n"
    "  --threads N           analysis threads (default: online CPUs)\n"
    "  -h, --help            this help\n";

enum { OPT_TEXT = 256, OPT_SCORE, OPT_SCALE, OPT_FORMAT, OPT_EXAMPLES, OPT_FAILIF, OPT_OFORMAT, OPT_THREADS };

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
        if ((st = vc_analyze(w->new, r->text, r->text_len, VC_ANALYZE_DETAIL, &a)))
            return st;
        entries_for(dc->ln, &a, (uint32_t)dc->u_new[u], 0, "new", &w->scratch);
    } else {
        if ((st = vc_analyze(w->old, r->text, r->text_len, VC_ANALYZE_DETAIL, &a)))
            return st;
        if (dc->u_old[u] >= 0)
            entries_for(dc->lo, &a, (uint32_t)dc->u_old[u], 0, "old", &w->scratch);
        if (dc->u_new[u] >= 0) {
            if ((st = vc_analyze(w->new, r->text, r->text_len, VC_ANALYZE_DETAIL, &a)))
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
    if ((st = vc_analyze(old_first ? w->old : w->new, r->text, r->text_len, 0, old_first ? &a : &b)))
        return st;
    double t1 = cpu_now();
    if ((st = vc_analyze(old_first ? w->new : w->old, r->text, r->text_len, 0, old_first ? &b : &a)))
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

/* ---- results ------------------------------------------------------------------ */

typedef struct theme_diff {
    uint64_t n_old, n_new, gained, lost;
    uint64_t g_old[4], g_new[4];
    int in_old, in_new;
    long renamed_to; /* union index, -1 */
    double jaccard;
} theme_diff;

typedef struct totals {
    uint64_t rows, changed, gained, lost, base[4];
    double t_old, t_new;
    size_t added, removed, renamed;
} totals;

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

static vc_status fmt_num(vc_buf *b, double v, int ok, const char *fmt)
{
    if (!ok)
        return VC_OK;
    if (fabs(v) < 0.05)
        v = 0.0; /* no "-0.0" */
    return vc_buf_printf(b, fmt, v);
}

typedef struct failif {
    char theme[256];
    char metric[16];
    char op[3];
    double value;
    const char *text;
} failif;

static int parse_failif(const char *s, failif *f)
{
    memset(f, 0, sizeof *f);
    f->text = s;
    const char *colon = strrchr(s, ':');
    const char *m = s;
    if (colon) {
        if ((size_t)(colon - s) >= sizeof f->theme)
            return -1;
        memcpy(f->theme, s, (size_t)(colon - s));
        m = colon + 1;
    }
    size_t k = 0;
    while (m[k] && ((m[k] >= 'a' && m[k] <= 'z') || m[k] == '_') && k + 1 < sizeof f->metric)
        f->metric[k] = m[k], k++;
    const char *op = m + k;
    size_t ol = (op[0] == '>' || op[0] == '<' || op[0] == '=' || op[0] == '!') ? (op[1] == '=' ? 2 : 1) : 0;
    if (!ol || (ol == 1 && (op[0] == '=' || op[0] == '!')))
        return -1;
    memcpy(f->op, op, ol);
    char *end;
    f->value = strtod(op + ol, &end);
    if (end == op + ol || *end)
        return -1;
    static const char *global[] = {"changed", "gained", "lost", "added", "removed", "renamed", "slowdown"};
    static const char *per_theme[] = {"gained", "lost", "delta"};
    const char **list = f->theme[0] ? per_theme : global;
    size_t n = f->theme[0] ? 3 : 7;
    for (size_t i = 0; i < n; i++)
        if (strcmp(f->metric, list[i]) == 0)
            return 0;
    return -1;
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

int vc_cmd_lexicon_diff(int argc, char **argv)
{
    static const struct option opts[] = {
        {"text", required_argument, 0, OPT_TEXT},         {"score", required_argument, 0, OPT_SCORE},
        {"scale", required_argument, 0, OPT_SCALE},       {"format", required_argument, 0, OPT_FORMAT},
        {"examples", required_argument, 0, OPT_EXAMPLES}, {"fail-if", required_argument, 0, OPT_FAILIF},
        {"output", required_argument, 0, 'o'},            {"output-format", required_argument, 0, OPT_OFORMAT},
        {"threads", required_argument, 0, OPT_THREADS},   {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    vc_scan_options o;
    vc_cli_scan_defaults(&o);
    const char *out_path = "-";
    size_t examples = 3, nfail = 0;
    failif *fails = calloc((size_t)argc + 1, sizeof *fails);
    int format = 0, c, rc = EXIT_USAGE;
    if (!fails)
        return EXIT_FAIL;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
        switch (c) {
        case OPT_TEXT: o.text_col = optarg; break;
        case OPT_SCORE: o.score_col = optarg; break;
        case OPT_SCALE:
            if (vc_scale_parse(optarg, &o.scale)) {
                vc_cli_error("--scale: expected nps, csat or ces, got '%s'", optarg);
                goto done;
            }
            break;
        case OPT_FORMAT:
            if (vc_cli_set_format(&o, optarg))
                goto done;
            break;
        case OPT_EXAMPLES:
            if (vc_cli_parse_count("--examples", optarg, 1000, &examples))
                goto done;
            break;
        case OPT_FAILIF:
            if (parse_failif(optarg, &fails[nfail])) {
                vc_cli_error("--fail-if: cannot read '%s'; expected [THEME:]METRIC OP NUMBER, e.g. 'lost>100' or "
                             "'service/staff:delta<-50' (see `vocal lexicon diff --help`)",
                             optarg);
                goto done;
            }
            nfail++;
            break;
        case 'o': out_path = optarg; break;
        case OPT_OFORMAT:
            if ((format = vc_cli_report_format(optarg)) < 0)
                goto done;
            break;
        case OPT_THREADS:
            if (vc_cli_set_threads(&o, optarg))
                goto done;
            break;
        case 'h':
            fputs(DIFF_USAGE, stdout);
            rc = EXIT_OK;
            goto done;
        case ':': vc_cli_error("option '%s' needs a value; see `vocal lexicon diff --help`", argv[optind - 1]); goto done;
        default: vc_cli_error("unknown option '%s'; see `vocal lexicon diff --help`", argv[optind - 1]); goto done;
        }
    }
    if (argc - optind < 3) {
        vc_cli_error("lexicon diff: expected OLD, NEW and at least one FILE; see `vocal lexicon diff --help`");
        goto done;
    }
    rc = EXIT_OK;
    const char *old_path = argv[optind], *new_path = argv[optind + 1];
    vc_error err;
    vc_error_clear(&err);
    vc_lexicon *lo = NULL, *ln = NULL, *empty = NULL;
    vc_status st = vc_cli_load_lexicon(old_path, &lo, &err);
    if (!st)
        st = vc_cli_load_lexicon(new_path, &ln, &err);
    if (!st)
        st = vc_lexicon_load_string("(none)", "", 0, NULL, &empty, &err);
    diff_ctx dc;
    memset(&dc, 0, sizeof dc);
    if (st) {
        vc_cli_error("%s", err.msg);
        rc = st == VC_ERR_IO ? EXIT_USAGE : EXIT_FAIL;
        goto cleanup;
    }
    dc.lo = lo;
    dc.ln = ln;
    dc.no = vc_lexicon_theme_count(lo);
    dc.nn = vc_lexicon_theme_count(ln);
    dc.examples = examples;
    dc.names = vc_xcalloc(dc.no + dc.nn + 1, sizeof *dc.names);
    dc.map_old = vc_xcalloc(dc.no + 1, sizeof *dc.map_old);
    dc.map_new = vc_xcalloc(dc.nn + 1, sizeof *dc.map_new);
    dc.u_old = vc_xcalloc(dc.no + dc.nn + 1, sizeof *dc.u_old);
    dc.u_new = vc_xcalloc(dc.no + dc.nn + 1, sizeof *dc.u_new);
    if (!dc.names || !dc.map_old || !dc.map_new || !dc.u_old || !dc.u_new) {
        rc = EXIT_FAIL;
        goto cleanup;
    }
    /* union of names: both lists are sorted, so merge them */
    for (size_t i = 0, j = 0; i < dc.no || j < dc.nn;) {
        const char *a = i < dc.no ? vc_lexicon_theme_name(lo, (uint32_t)i) : NULL;
        const char *b = j < dc.nn ? vc_lexicon_theme_name(ln, (uint32_t)j) : NULL;
        int cmp = !a ? 1 : !b ? -1 : strcmp(a, b);
        size_t u = dc.nu++;
        dc.u_old[u] = dc.u_new[u] = -1;
        if (cmp <= 0) {
            dc.names[u] = (char *)a;
            dc.map_old[i] = (uint32_t)u;
            dc.u_old[u] = (int32_t)i++;
        }
        if (cmp >= 0) {
            dc.names[u] = (char *)b;
            dc.map_new[j] = (uint32_t)u;
            dc.u_new[u] = (int32_t)j++;
        }
    }
    dc.nw = vc_scan_thread_count(o.threads);
    dc.w = vc_xcalloc(dc.nw, sizeof *dc.w);
    if (!dc.w) {
        rc = EXIT_FAIL;
        goto cleanup;
    }
    for (unsigned i = 0; i < dc.nw && !rc; i++) {
        diff_worker *w = &dc.w[i];
        size_t nu = dc.nu + 1;
        w->old = vc_analyzer_new(lo, NULL);
        w->new = vc_analyzer_new(ln, NULL);
        w->in_old = vc_xcalloc(nu, 1);
        w->in_new = vc_xcalloc(nu, 1);
        w->n_old = vc_xcalloc(nu, sizeof *w->n_old);
        w->n_new = vc_xcalloc(nu, sizeof *w->n_new);
        w->gained = vc_xcalloc(nu, sizeof *w->gained);
        w->lost = vc_xcalloc(nu, sizeof *w->lost);
        w->g_old = vc_xcalloc(nu, sizeof *w->g_old);
        w->g_new = vc_xcalloc(nu, sizeof *w->g_new);
        w->pair = vc_xcalloc(dc.no * dc.nn + 1, sizeof *w->pair);
        w->gain_ex = vc_xcalloc(nu, sizeof *w->gain_ex);
        w->lost_ex = vc_xcalloc(nu, sizeof *w->lost_ex);
        if (!w->old || !w->new || !w->in_old || !w->in_new || !w->n_old || !w->n_new || !w->gained || !w->lost ||
            !w->g_old || !w->g_new || !w->pair || !w->gain_ex || !w->lost_ex)
            rc = EXIT_FAIL;
        for (size_t u = 0; u < dc.nu && !rc && examples; u++) {
            w->gain_ex[u].v = vc_xcalloc(examples, sizeof(vc_example));
            w->lost_ex[u].v = vc_xcalloc(examples, sizeof(vc_example));
            if (!w->gain_ex[u].v || !w->lost_ex[u].v)
                rc = EXIT_FAIL;
        }
    }
    vc_scan *scan = NULL;
    if (!rc) {
        o.inputs = (const char *const *)(argv + optind + 2);
        o.ninputs = (size_t)(argc - optind - 2);
        o.lex = empty;
        o.hook = diff_hook;
        o.hook_ctx = &dc;
        o.hook_only = 1;
        rc = vc_cli_run_corpus(&o, &scan);
    }
    /* merge into worker 0 */
    theme_diff *td = vc_xcalloc(dc.nu + 1, sizeof *td);
    totals tot;
    memset(&tot, 0, sizeof tot);
    if (!rc && !td)
        rc = EXIT_FAIL;
    if (!rc) {
        diff_worker *m = &dc.w[0];
        for (unsigned i = 1; i < dc.nw; i++) {
            diff_worker *w = &dc.w[i];
            for (size_t u = 0; u < dc.nu; u++) {
                m->n_old[u] += w->n_old[u];
                m->n_new[u] += w->n_new[u];
                m->gained[u] += w->gained[u];
                m->lost[u] += w->lost[u];
                for (int g = 0; g < 4; g++) {
                    m->g_old[u][g] += w->g_old[u][g];
                    m->g_new[u][g] += w->g_new[u][g];
                }
                for (size_t k = 0; k < w->gain_ex[u].n; k++)
                    vc_example_list_add(&m->gain_ex[u], examples, w->gain_ex[u].v[k]);
                for (size_t k = 0; k < w->lost_ex[u].n; k++)
                    vc_example_list_add(&m->lost_ex[u], examples, w->lost_ex[u].v[k]);
                w->gain_ex[u].n = w->lost_ex[u].n = 0;
            }
            for (size_t k = 0; k < dc.no * dc.nn; k++)
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
        tot = (totals){m->rows, m->changed, m->any_gained, m->any_lost, {m->base[0], m->base[1], m->base[2], m->base[3]},
                       m->t_old, m->t_new, 0, 0, 0};
        for (size_t u = 0; u < dc.nu; u++) {
            td[u] = (theme_diff){m->n_old[u], m->n_new[u], m->gained[u], m->lost[u],
                                 {m->g_old[u][0], m->g_old[u][1], m->g_old[u][2], m->g_old[u][3]},
                                 {m->g_new[u][0], m->g_new[u][1], m->g_new[u][2], m->g_new[u][3]},
                                 dc.u_old[u] >= 0, dc.u_new[u] >= 0, -1, 0};
            tot.added += !td[u].in_old;
            tot.removed += !td[u].in_new;
        }
        /* renames: each removed theme's best added partner, if mostly the same comments */
        for (size_t u = 0; u < dc.nu; u++) {
            if (td[u].in_new)
                continue;
            double best = 0;
            long bv = -1;
            for (size_t v = 0; v < dc.nu; v++) {
                if (td[v].in_old)
                    continue;
                uint64_t both = m->pair[(size_t)dc.u_old[u] * dc.nn + (size_t)dc.u_new[v]];
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
                tot.renamed++;
            }
        }
    }
    vc_buf b = VC_BUF_INIT;
    if (!rc) {
        double r_old = tot.t_old > 0 ? (double)tot.rows / tot.t_old : 0, r_new = tot.t_new > 0 ? (double)tot.rows / tot.t_new : 0;
        double slowdown = tot.t_old > 0 ? tot.t_new / tot.t_old : 1.0;
        int ok;
        st = VC_OK;
        if (format == 1) {
            st = vc_buf_printf(&b, "theme,status,old_comments,new_comments,gained,lost,delta,old_%s,new_%s,"
                                   "old_impact,new_impact\n",
                               vc_scale_name(o.scale), vc_scale_name(o.scale));
            for (size_t u = 0; u < dc.nu && !st; u++) {
                theme_diff *t = &td[u];
                st = vc_buf_csv_field(&b, dc.names[u], strlen(dc.names[u]), 1);
                if (!st)
                    st = vc_buf_printf(&b, ",%s,%llu,%llu,%llu,%llu,%lld,",
                                       !t->in_old ? "added" : !t->in_new ? (t->renamed_to >= 0 ? "renamed" : "removed") : "kept",
                                       (unsigned long long)t->n_old, (unsigned long long)t->n_new,
                                       (unsigned long long)t->gained, (unsigned long long)t->lost,
                                       (long long)t->n_new - (long long)t->n_old);
                double v = nps(o.scale, t->g_old, &ok);
                if (!st)
                    st = fmt_num(&b, v, ok && t->n_old, "%.1f");
                if (!st)
                    st = vc_buf_append_char(&b, ',');
                v = nps(o.scale, t->g_new, &ok);
                if (!st)
                    st = fmt_num(&b, v, ok && t->n_new, "%.1f");
                if (!st)
                    st = vc_buf_append_char(&b, ',');
                v = impact(o.scale, tot.base, t->g_old, &ok);
                if (!st)
                    st = fmt_num(&b, v, ok, "%.1f");
                if (!st)
                    st = vc_buf_append_char(&b, ',');
                v = impact(o.scale, tot.base, t->g_new, &ok);
                if (!st)
                    st = fmt_num(&b, v, ok, "%.1f");
                if (!st)
                    st = vc_buf_append_char(&b, '\n');
            }
        } else if (format == 2) {
            st = vc_buf_printf(&b,
                               "{\n  \"comments\": %llu,\n  \"changed\": %llu,\n  \"gained\": %llu,\n  \"lost\": %llu,\n"
                               "  \"old_comments_per_cpu_second\": %.0f,\n  \"new_comments_per_cpu_second\": %.0f,\n"
                               "  \"themes\": [",
                               (unsigned long long)tot.rows, (unsigned long long)tot.changed,
                               (unsigned long long)tot.gained, (unsigned long long)tot.lost, r_old, r_new);
            for (size_t u = 0; u < dc.nu && !st; u++) {
                theme_diff *t = &td[u];
                st = vc_buf_append_str(&b, u ? ",\n    {\"theme\": " : "\n    {\"theme\": ");
                if (!st)
                    st = vc_buf_json_string(&b, dc.names[u], strlen(dc.names[u]));
                if (!st)
                    st = vc_buf_printf(&b, ", \"status\": \"%s\", \"old\": %llu, \"new\": %llu, \"gained\": %llu, \"lost\": %llu",
                                       !t->in_old ? "added" : !t->in_new ? (t->renamed_to >= 0 ? "renamed" : "removed") : "kept",
                                       (unsigned long long)t->n_old, (unsigned long long)t->n_new,
                                       (unsigned long long)t->gained, (unsigned long long)t->lost);
                if (!st && t->renamed_to >= 0) {
                    st = vc_buf_append_str(&b, ", \"renamed_to\": ");
                    if (!st)
                        st = vc_buf_json_string(&b, dc.names[t->renamed_to], strlen(dc.names[t->renamed_to]));
                }
                for (int kind = 0; kind < 2 && !st; kind++) {
                    vc_example_list *l = kind ? &dc.w[0].lost_ex[u] : &dc.w[0].gain_ex[u];
                    st = vc_buf_append_str(&b, kind ? ", \"lost_examples\": [" : ", \"gained_examples\": [");
                    for (size_t k = 0; k < l->n && !st; k++) {
                        const char *fname = vc_scan_stats_get(scan)->files[l->v[k].file].name;
                        st = vc_buf_append_str(&b, k ? ", {\"file\": " : "{\"file\": ");
                        if (!st)
                            st = vc_buf_json_string(&b, fname, strlen(fname));
                        if (!st)
                            st = vc_buf_printf(&b, ", \"line\": %llu, \"text\": ", (unsigned long long)l->v[k].line);
                        if (!st)
                            st = vc_buf_json_string(&b, l->v[k].text, strlen(l->v[k].text));
                        if (!st)
                            st = vc_buf_append_str(&b, ", \"entries\": ");
                        if (!st)
                            st = vc_buf_json_string(&b, l->v[k].entries, strlen(l->v[k].entries));
                        if (!st)
                            st = vc_buf_append_char(&b, '}');
                    }
                    if (!st)
                        st = vc_buf_append_char(&b, ']');
                }
                if (!st)
                    st = vc_buf_append_char(&b, '}');
            }
            if (!st)
                st = vc_buf_append_str(&b, "\n  ]\n}\n");
        } else {
            st = vc_buf_printf(&b,
                               "lexicon diff: %s -> %s on %llu comments\n"
                               "comments whose themes changed: %llu (gained a theme: %llu, lost a theme: %llu)\n"
                               "themes added: %zu, removed: %zu, renamed: %zu\n"
                               "throughput, normalize + match, per CPU second: old %.0f, new %.0f comments (new takes "
                               "%.2fx the time)\n\n",
                               old_path, new_path, (unsigned long long)tot.rows, (unsigned long long)tot.changed,
                               (unsigned long long)tot.gained, (unsigned long long)tot.lost, tot.added, tot.removed,
                               tot.renamed, r_old, r_new, slowdown);
            if (!st)
            {
                char ho[16], hn[16];
                snprintf(ho, sizeof ho, "%s_old", vc_scale_name(o.scale));
                snprintf(hn, sizeof hn, "%s_new", vc_scale_name(o.scale));
                st = vc_buf_printf(&b, "%-30s %-8s %7s %7s %7s %6s %7s %8s %8s %8s %8s\n", "theme", "status", "old",
                                   "new", "gained", "lost", "delta", ho, hn, "imp_old", "imp_new");
            }
            for (size_t u = 0; u < dc.nu && !st; u++) {
                theme_diff *t = &td[u];
                char no[16] = "", nn[16] = "", io[16] = "", in[16] = "";
                double v = nps(o.scale, t->g_old, &ok);
                if (ok && t->n_old)
                    snprintf(no, sizeof no, "%.1f", fabs(v) < 0.05 ? 0.0 : v);
                v = nps(o.scale, t->g_new, &ok);
                if (ok && t->n_new)
                    snprintf(nn, sizeof nn, "%.1f", fabs(v) < 0.05 ? 0.0 : v);
                v = impact(o.scale, tot.base, t->g_old, &ok);
                if (ok)
                    snprintf(io, sizeof io, "%.1f", fabs(v) < 0.05 ? 0.0 : v);
                v = impact(o.scale, tot.base, t->g_new, &ok);
                if (ok)
                    snprintf(in, sizeof in, "%.1f", fabs(v) < 0.05 ? 0.0 : v);
                st = vc_buf_printf(&b, "%-30s %-8s %7llu %7llu %7llu %6llu %+7lld %8s %8s %8s %8s\n", dc.names[u],
                                   !t->in_old ? "added" : !t->in_new ? (t->renamed_to >= 0 ? "renamed" : "removed") : "kept",
                                   (unsigned long long)t->n_old, (unsigned long long)t->n_new,
                                   (unsigned long long)t->gained, (unsigned long long)t->lost,
                                   (long long)t->n_new - (long long)t->n_old, no, nn, io, in);
            }
            for (size_t u = 0; u < dc.nu && !st; u++)
                if (td[u].renamed_to >= 0)
                    st = vc_buf_printf(&b, "renamed: %s -> %s (%.0f%% of their comments in common)\n", dc.names[u],
                                       dc.names[td[u].renamed_to], 100 * td[u].jaccard);
            if (!st && examples)
                st = vc_buf_printf(&b, "\nfirst %zu gained (+) and lost (-) comments per theme, as file:line, with the "
                                       "entries responsible:\n",
                                   examples);
            for (size_t u = 0; u < dc.nu && !st && examples; u++) {
                vc_example_list *gl = &dc.w[0].gain_ex[u], *ll = &dc.w[0].lost_ex[u];
                if (!gl->n && !ll->n)
                    continue;
                st = vc_buf_printf(&b, "%s\n", dc.names[u]);
                for (int kind = 0; kind < 2 && !st; kind++) {
                    vc_example_list *l = kind ? ll : gl;
                    for (size_t k = 0; k < l->n && !st; k++)
                        st = vc_buf_printf(&b, "  %c %s:%llu \"%s\"%s%s\n", kind ? '-' : '+',
                                           vc_scan_stats_get(scan)->files[l->v[k].file].name,
                                           (unsigned long long)l->v[k].line, l->v[k].text,
                                           l->v[k].entries[0] ? " <- " : "", l->v[k].entries);
                }
            }
        }
        if (st)
            rc = EXIT_FAIL;
        if (!rc && vc_cli_write_output(out_path, &b))
            rc = EXIT_FAIL;
        /* the gates */
        for (size_t i = 0; i < nfail && !rc; i++) {
            failif *f = &fails[i];
            double v = 0;
            int found = 1;
            if (f->theme[0]) {
                found = 0;
                for (size_t u = 0; u < dc.nu && !found; u++) {
                    if (strcmp(dc.names[u], f->theme) != 0)
                        continue;
                    found = 1;
                    v = !strcmp(f->metric, "gained") ? (double)td[u].gained
                        : !strcmp(f->metric, "lost")  ? (double)td[u].lost
                                                      : (double)td[u].n_new - (double)td[u].n_old;
                }
            } else {
                v = !strcmp(f->metric, "changed")   ? (double)tot.changed
                    : !strcmp(f->metric, "gained")  ? (double)tot.gained
                    : !strcmp(f->metric, "lost")    ? (double)tot.lost
                    : !strcmp(f->metric, "added")   ? (double)tot.added
                    : !strcmp(f->metric, "removed") ? (double)tot.removed
                    : !strcmp(f->metric, "renamed") ? (double)tot.renamed
                                                    : slowdown;
            }
            if (!found) {
                vc_cli_error("--fail-if '%s': no theme %s in either lexicon", f->text, f->theme);
                rc = EXIT_USAGE;
            } else if (compare(v, f->op, f->value)) {
                vc_cli_error("--fail-if '%s' holds (%s = %g)", f->text, f->metric, v);
                rc = EXIT_FAIL;
            }
        }
    }
    vc_buf_free(&b);
    free(td);
    vc_scan_free(scan);
cleanup:
    for (unsigned i = 0; dc.w && i < dc.nw; i++) {
        diff_worker *w = &dc.w[i];
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
        for (size_t u = 0; u < dc.nu; u++) {
            if (w->gain_ex)
                vc_example_list_free(&w->gain_ex[u]);
            if (w->lost_ex)
                vc_example_list_free(&w->lost_ex[u]);
        }
        free(w->gain_ex);
        free(w->lost_ex);
        vc_buf_free(&w->scratch);
    }
    free(dc.w);
    free(dc.names);
    free(dc.map_old);
    free(dc.map_new);
    free(dc.u_old);
    free(dc.u_new);
    vc_lexicon_free(lo);
    vc_lexicon_free(ln);
    vc_lexicon_free(empty);
done:
    free(fails);
    return rc;
}
