/*
 * lexicon_cmd.c - `vocal lexicon lint|convert|eval`: tools for lexicon
 * authors.
 *
 *   lint FILE...      static checks (lint.h), and with --corpus the entries
 *                     that never match and the coverage of each theme;
 *                     exit 1 on errors (and on warnings with --strict), so a
 *                     lexicon repository can gate merges on it;
 *   convert IN OUT    any readable format (native, LIWC .dic, YAML) to the
 *                     native format;
 *   eval LEX GOLD     precision, recall and F1 per theme against labeled
 *                     comments, micro and macro averages over leaf themes,
 *                     capped false positives and negatives with the entries
 *                     that fired, and sentiment accuracy when labels exist.
 * Corpus passes run through the normal pipeline (threads, any input format)
 * with a record hook; per-worker counters are merged at the end, and example
 * comments are the first ones in input order, so outputs are deterministic.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "vocal/agg.h"
#include "vocal/lint.h"
#include "vocal/pipeline.h"
#include "vocal/sentiment.h"

static const char LEXICON_USAGE[] =
    "usage: vocal lexicon COMMAND [OPTIONS] ARGS\n"
    "\n"
    "Tools for theme lexicons (native .lex, LIWC .dic, YAML .yml/.yaml).\n"
    "\n"
    "Commands:\n"
    "  lint FILE...          report errors, duplicates, shadowed entries, entries in several\n"
    "                        themes, catastrophic regexes, empty themes; with --corpus FILE\n"
    "                        also entries that never match and the coverage of each theme\n"
    "  convert IN OUT        write IN (any format) as a native lexicon to OUT ('-': stdout)\n"
    "  eval LEXICON GOLD     precision, recall and F1 per theme against labeled comments\n"
    "  diff OLD NEW FILE...  what a lexicon change does to each theme on a corpus: gained\n"
    "                        and lost comments with the entries responsible, NPS, speed\n"
    "\n"
    "Run `vocal lexicon COMMAND --help` for the options of a command.\n";

static const char LINT_USAGE[] =
    "usage: vocal lexicon lint [OPTIONS] FILE...\n"
    "\n"
    "Check lexicons: compile errors; duplicate entries; entries shadowed by a\n"
    "shorter or wildcard entry of the same theme; entries in several themes;\n"
    "regexes that backtrack catastrophically (a bounded probe); empty themes and\n"
    "themes with only exclusions. Findings are printed as FILE:LINE:COLUMN: level:\n"
    "message [check]. Exit 1 when there are errors.\n"
    "\n"
    "  --corpus FILE         also report entries that never match in FILE (CSV, TSV or\n"
    "                        JSONL, gzip or plain; repeatable) and each theme's coverage\n"
    "  --text COL            comment column of the corpus (default: detected)\n"
    "  --format FMT          corpus format: csv, tsv or jsonl (default: sniffed)\n"
    "  --threads N           analysis threads for the corpus (default: online CPUs)\n"
    "  --strict              exit 1 on warnings too\n"
    "  -h, --help            this help\n";

static const char CONVERT_USAGE[] =
    "usage: vocal lexicon convert IN OUT\n"
    "\n"
    "Read a lexicon in any supported format (native, LIWC .dic, YAML .yml/.yaml)\n"
    "and write it in the native format to OUT ('-' for stdout). Themes come in\n"
    "name order, each with its entries as written. Warnings about the input (such\n"
    "as LIWC lines that were skipped) go to stderr.\n"
    "\n"
    "  -h, --help            this help\n";

static const char EVAL_USAGE[] =
    "usage: vocal lexicon eval [OPTIONS] LEXICON GOLD...\n"
    "\n"
    "Compare the themes LEXICON finds with hand labels. GOLD is CSV, TSV or JSONL\n"
    "(gzip or plain) with a text column and a labels column: theme names separated\n"
    "by ';', empty for none. A label matches a theme by its full name\n"
    "(service/staff) or, without '/', by its last level (staff); a comment labeled\n"
    "with a theme also counts for the themes above it. Reports, per theme, support,\n"
    "predicted, tp, fp, fn, precision, recall and F1; micro and macro averages over\n"
    "leaf themes; the first false positives and negatives in input order with the\n"
    "entries that fired; and with --sentiment-labels, sentiment accuracy and a\n"
    "confusion matrix (labels positive, neutral, negative; others are listed).\n"
    "\n"
    "  --text COL             text column (default: detected)\n"
    "  --labels COL           labels column (default: themes)\n"
    "  --sentiment-labels COL sentiment label column (default: none)\n"
    "  --examples N           false positives and negatives shown per theme (default 3)\n"
    "  --format FMT           csv, tsv or jsonl (default: sniffed)\n"
    "  -o, --output FILE      write the report to FILE (default: stdout)\n"
    "  --output-format F      text (default), csv or json\n"
    "  --threads N            analysis threads (default: online CPUs)\n"
    "  -h, --help             this help\n";

/* ---- shared option parsing -------------------------------------------------- */

enum {
    OPT_CORPUS = 256, OPT_TEXT, OPT_FORMAT, OPT_THREADS, OPT_STRICT, OPT_LABELS, OPT_SLABELS, OPT_EXAMPLES,
    OPT_OFORMAT
};

int vc_cli_set_format(vc_scan_options *o, const char *arg)
{
    if (vc_format_parse(arg, &o->dialect)) {
        vc_cli_error("--format: expected csv, tsv or jsonl, got '%s'", arg);
        return -1;
    }
    return 0;
}

int vc_cli_set_threads(vc_scan_options *o, const char *arg)
{
    char *end;
    errno = 0;
    unsigned long v = strtoul(arg, &end, 10);
    if (errno || end == arg || *end || arg[0] == '-' || v < 1 || v > 1024) {
        vc_cli_error("--threads: expected a whole number from 1 to 1024, got '%s'", arg);
        return -1;
    }
    o->threads = (unsigned)v;
    return 0;
}

void vc_cli_scan_defaults(vc_scan_options *o)
{
    memset(o, 0, sizeof *o);
    o->dialect.format = VC_FORMAT_AUTO;
    o->dialect.delimiter = ',';
    o->dialect.quote = '"';
    o->scale = VC_SCALE_NPS;
    o->stop = &vc_cli_stop;
}

static int run_exit(vc_status st)
{
    return st == VC_ERR_USAGE ? EXIT_USAGE : st == VC_ERR_INTERRUPTED ? EXIT_INTERRUPTED : EXIT_FAIL;
}

/* Run a corpus scan with a hook; prints the error and returns an exit code
 * (EXIT_OK on success). */
int vc_cli_run_corpus(vc_scan_options *o, vc_scan **scan)
{
    vc_error err;
    vc_error_clear(&err);
    vc_cli_install_signals();
    vc_status st = vc_scan_run(o, scan, &err);
    if (st) {
        vc_cli_error("%s", err.msg);
        return run_exit(st);
    }
    const vc_scan_stats *s = vc_scan_stats_get(*scan);
    if (s->rows_rejected)
        fprintf(stderr, "vocal: note: %llu of %llu rows rejected (malformed); they are not counted\n",
                (unsigned long long)s->rows_rejected, (unsigned long long)s->rows_read);
    return EXIT_OK;
}

/* ---- lint ------------------------------------------------------------------- */

typedef struct lint_counts {
    unsigned errors, warnings, notes;
} lint_counts;

static void print_finding(void *ctx, const vc_lint_finding *f)
{
    lint_counts *c = ctx;
    if (f->level == VC_LINT_ERROR)
        c->errors++;
    else if (f->level == VC_LINT_WARNING)
        c->warnings++;
    else
        c->notes++;
    printf("%s:%u:%u: %s: %s [%s]\n", f->file, f->line, f->column, vc_lint_level_name(f->level), f->message,
           f->check);
}

typedef struct lint_corpus {
    const vc_lexicon *lex;
    uint64_t **entry_hits; /* per worker, per entry: comments it matched */
    uint64_t **theme_hits; /* per worker, per theme */
    uint64_t *any;         /* per worker: comments with any theme */
    uint32_t **seen;       /* per worker, per entry: last record stamp */
    uint64_t *stamp;
} lint_corpus;

static vc_status lint_hook(void *ctx, unsigned w, const vc_record_view *r)
{
    lint_corpus *lc = ctx;
    const vc_analysis *a = r->analysis;
    lc->stamp[w]++;
    for (size_t h = 0; h < a->nhits; h++) {
        uint32_t id = a->hits[h].entry;
        if (lc->seen[w][id] != (uint32_t)lc->stamp[w]) {
            lc->seen[w][id] = (uint32_t)lc->stamp[w];
            lc->entry_hits[w][id]++;
        }
    }
    for (size_t t = 0; t < a->nthemes; t++)
        lc->theme_hits[w][a->themes[t].theme]++;
    lc->any[w] += a->nthemes > 0;
    return VC_OK;
}

static int lint_with_corpus(const vc_lexicon *lex, vc_scan_options *o, lint_counts *counts)
{
    unsigned nw = vc_scan_thread_count(o->threads);
    size_t ne = vc_lexicon_entry_count(lex), nt = vc_lexicon_theme_count(lex);
    lint_corpus lc = {lex, vc_xcalloc(nw, sizeof(uint64_t *)), vc_xcalloc(nw, sizeof(uint64_t *)),
                      vc_xcalloc(nw, sizeof(uint64_t)), vc_xcalloc(nw, sizeof(uint32_t *)),
                      vc_xcalloc(nw, sizeof(uint64_t))};
    int rc = lc.entry_hits && lc.theme_hits && lc.any && lc.seen && lc.stamp ? EXIT_OK : EXIT_FAIL;
    for (unsigned w = 0; w < nw && !rc; w++) {
        lc.entry_hits[w] = vc_xcalloc(ne + 1, sizeof(uint64_t));
        lc.theme_hits[w] = vc_xcalloc(nt + 1, sizeof(uint64_t));
        lc.seen[w] = vc_xcalloc(ne + 1, sizeof(uint32_t));
        if (!lc.entry_hits[w] || !lc.theme_hits[w] || !lc.seen[w])
            rc = EXIT_FAIL;
    }
    vc_scan *scan = NULL;
    if (!rc) {
        o->lex = lex;
        o->hook = lint_hook;
        o->hook_ctx = &lc;
        o->hook_flags = VC_ANALYZE_DETAIL;
        rc = vc_cli_run_corpus(o, &scan);
    }
    if (!rc) {
        uint64_t rows = vc_scan_stats_get(scan)->rows_analyzed;
        if (rows == 0)
            printf("the corpus has no comments: nothing to say about unused entries\n");
        for (uint32_t id = 0; id < ne && rows; id++) {
            uint64_t n = 0;
            for (unsigned w = 0; w < nw; w++)
                n += lc.entry_hits[w][id];
            vc_entry_info e;
            vc_lexicon_entry(lex, id, &e);
            if (n == 0) {
                counts->warnings++;
                printf("%s:%u:%u: warning: '%s' never matches in the corpus (%llu comments) [unused]\n", e.file,
                       e.line, e.column, e.text, (unsigned long long)rows);
            }
        }
        printf("coverage of %llu comments:\n", (unsigned long long)rows);
        printf("  %-40s %10s %8s\n", "theme", "comments", "share");
        for (uint32_t t = 0; t < nt; t++) {
            uint64_t n = 0;
            for (unsigned w = 0; w < nw; w++)
                n += lc.theme_hits[w][t];
            printf("  %-40s %10llu %7.1f%%\n", vc_lexicon_theme_name(lex, t), (unsigned long long)n,
                   rows ? 100.0 * (double)n / (double)rows : 0.0);
        }
        uint64_t any = 0;
        for (unsigned w = 0; w < nw; w++)
            any += lc.any[w];
        printf("  %-40s %10llu %7.1f%%\n", "(any theme)", (unsigned long long)any,
               rows ? 100.0 * (double)any / (double)rows : 0.0);
    }
    for (unsigned w = 0; w < nw; w++) {
        if (lc.entry_hits)
            free(lc.entry_hits[w]);
        if (lc.theme_hits)
            free(lc.theme_hits[w]);
        if (lc.seen)
            free(lc.seen[w]);
    }
    free(lc.entry_hits);
    free(lc.theme_hits);
    free(lc.any);
    free(lc.seen);
    free(lc.stamp);
    vc_scan_free(scan);
    return rc;
}

static int cmd_lint(int argc, char **argv)
{
    static const struct option opts[] = {
        {"corpus", required_argument, 0, OPT_CORPUS}, {"text", required_argument, 0, OPT_TEXT},
        {"format", required_argument, 0, OPT_FORMAT}, {"threads", required_argument, 0, OPT_THREADS},
        {"strict", no_argument, 0, OPT_STRICT},       {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    vc_scan_options o;
    vc_cli_scan_defaults(&o);
    const char **corpus = calloc((size_t)argc + 1, sizeof *corpus);
    size_t ncorpus = 0;
    int strict = 0, c, rc = EXIT_USAGE;
    if (!corpus)
        return EXIT_FAIL;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        switch (c) {
        case OPT_CORPUS: corpus[ncorpus++] = optarg; break;
        case OPT_TEXT: o.text_col = optarg; break;
        case OPT_FORMAT:
            if (vc_cli_set_format(&o, optarg))
                goto done;
            break;
        case OPT_THREADS:
            if (vc_cli_set_threads(&o, optarg))
                goto done;
            break;
        case OPT_STRICT: strict = 1; break;
        case 'h':
            fputs(LINT_USAGE, stdout);
            rc = EXIT_OK;
            goto done;
        case ':': vc_cli_error("option '%s' needs a value; see `vocal lexicon lint --help`", argv[optind - 1]); goto done;
        default: vc_cli_error("unknown option '%s'; see `vocal lexicon lint --help`", argv[optind - 1]); goto done;
        }
    }
    if (optind >= argc) {
        vc_cli_error("lexicon lint: no lexicon files; see `vocal lexicon lint --help`");
        goto done;
    }
    o.inputs = corpus;
    o.ninputs = ncorpus;
    lint_counts counts = {0, 0, 0};
    rc = EXIT_OK;
    for (int i = optind; i < argc && rc != EXIT_INTERRUPTED && rc != EXIT_USAGE; i++) {
        vc_error err;
        vc_error_clear(&err);
        vc_lexicon *lex = NULL;
        vc_status st = vc_cli_load_lexicon(argv[i], &lex, &err);
        if (st == VC_ERR_LEXICON) {
            /* "file:line:col: message" -> "file:line:col: error: message [compile]" */
            const char *msg = err.msg;
            const char *p = msg;
            for (int colons = 0; *p && colons < 3; p++)
                colons += *p == ':';
            printf("%.*s error:%s [compile]\n", (int)(p - msg), msg, p);
            counts.errors++;
            continue;
        }
        if (st) {
            vc_cli_error("%s", err.msg);
            rc = EXIT_USAGE;
            break;
        }
        if (vc_lexicon_lint(lex, print_finding, &counts)) {
            vc_cli_error("out of memory");
            rc = EXIT_FAIL;
        }
        if (!rc && ncorpus)
            rc = lint_with_corpus(lex, &o, &counts);
        vc_lexicon_free(lex);
    }
    printf("lint: %u error%s, %u warning%s, %u note%s\n", counts.errors, counts.errors == 1 ? "" : "s",
           counts.warnings, counts.warnings == 1 ? "" : "s", counts.notes, counts.notes == 1 ? "" : "s");
    if (fflush(stdout) != 0 && !rc)
        rc = EXIT_FAIL;
    if (!rc && (counts.errors || (strict && counts.warnings)))
        rc = EXIT_FAIL;
done:
    free(corpus);
    return rc;
}

/* ---- convert ---------------------------------------------------------------- */

static int cmd_convert(int argc, char **argv)
{
    if (argc >= 2 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)) {
        fputs(CONVERT_USAGE, stdout);
        return EXIT_OK;
    }
    if (argc != 3) {
        vc_cli_error("lexicon convert: expected IN and OUT; see `vocal lexicon convert --help`");
        return EXIT_USAGE;
    }
    vc_error err;
    vc_error_clear(&err);
    vc_lexicon *lex = NULL;
    vc_status st = vc_cli_load_lexicon(argv[1], &lex, &err);
    if (st) {
        vc_cli_error("%s", err.msg);
        return st == VC_ERR_IO ? EXIT_USAGE : EXIT_FAIL;
    }
    vc_buf b = VC_BUF_INIT;
    st = vc_buf_printf(&b, "# converted from %s by vocal lexicon convert\n\n", argv[1]);
    if (!st)
        st = vc_lexicon_write_native(lex, &b);
    int rc = !st && vc_cli_write_output(argv[2], &b) == 0 ? EXIT_OK : EXIT_FAIL;
    vc_buf_free(&b);
    vc_lexicon_free(lex);
    return rc;
}

/* ---- eval ------------------------------------------------------------------- */

enum { SENT_POS = 0, SENT_NEU = 1, SENT_NEG = 2, SENT_OTHER = 3 };

typedef struct eval_worker {
    uint64_t *tp, *fp, *fn, *support, *predicted; /* per theme */
    uint8_t *gold, *pred;                          /* per theme, this record */
    ex_list *fps, *fns;                            /* per theme */
    uint64_t rows, labeled_sent, correct_sent, unknown_labels;
    uint64_t confusion[4][3]; /* gold (pos, neu, neg, other) x predicted */
    char unknown[8][64];      /* a few unknown label names */
    size_t nunknown;
    vc_buf scratch;
    int oom;
} eval_worker;

typedef struct eval_ctx {
    const vc_lexicon *lex;
    size_t nthemes;
    size_t examples;
    int with_sentiment;
    eval_worker *w;
    uint8_t *leaf;
} eval_ctx;

static int ex_cmp(const example *a, const example *b)
{
    return a->file != b->file ? (a->file < b->file ? -1 : 1) : (a->recno < b->recno ? -1 : a->recno > b->recno);
}

/* Keep the `cap` first examples in input order. Takes ownership of e's
 * strings (frees them when not kept). */
void vc_cli_ex_add(ex_list *l, size_t cap, example e)
{
    size_t pos = l->n;
    while (pos > 0 && ex_cmp(&e, &l->v[pos - 1]) < 0)
        pos--;
    if (pos >= cap) {
        free(e.text);
        free(e.entries);
        return;
    }
    if (l->n == cap) {
        free(l->v[cap - 1].text);
        free(l->v[cap - 1].entries);
        l->n--;
    }
    memmove(&l->v[pos + 1], &l->v[pos], (l->n - pos) * sizeof *l->v);
    l->v[pos] = e;
    l->n++;
}

void vc_cli_ex_free(ex_list *l)
{
    for (size_t k = 0; l->v && k < l->n; k++) {
        free(l->v[k].text);
        free(l->v[k].entries);
    }
    free(l->v);
    l->v = NULL;
    l->n = 0;
}

static int label_matches(const char *theme, const char *label, size_t n)
{
    if (strlen(theme) == n && memcmp(theme, label, n) == 0)
        return 1;
    if (memchr(label, '/', n))
        return 0;
    const char *leaf = strrchr(theme, '/');
    leaf = leaf ? leaf + 1 : theme;
    return strlen(leaf) == n && memcmp(leaf, label, n) == 0;
}

static char *dup_trunc(const char *s, size_t n, size_t max)
{
    return vc_strndup(s, n < max ? n : max);
}

static void fired_entries(const eval_ctx *ec, const vc_analysis *a, uint32_t theme, vc_buf *b)
{
    vc_buf_reset(b);
    for (size_t h = 0; h < a->nhits; h++) {
        uint32_t t = a->hits[h].theme; /* a hit counts for its theme and those above */
        while (t != VC_NO_THEME && t != theme)
            t = vc_lexicon_theme_parent(ec->lex, t);
        if (t == VC_NO_THEME)
            continue;
        vc_entry_info e;
        vc_lexicon_entry(ec->lex, a->hits[h].entry, &e);
        vc_buf_printf(b, "%s'%s' (%s:%u)", b->len ? ", " : "", e.text, e.file, e.line);
    }
}

static int sentiment_label(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n == 8 && strncasecmp(s, "positive", 8) == 0)
        return SENT_POS;
    if (n == 7 && strncasecmp(s, "neutral", 7) == 0)
        return SENT_NEU;
    if (n == 8 && strncasecmp(s, "negative", 8) == 0)
        return SENT_NEG;
    return n ? SENT_OTHER : -1;
}

static vc_status eval_hook(void *ctx, unsigned wi, const vc_record_view *r)
{
    eval_ctx *ec = ctx;
    eval_worker *w = &ec->w[wi];
    const vc_lexicon *lex = ec->lex;
    const vc_analysis *a = r->analysis;
    size_t nt = ec->nthemes;
    w->rows++;
    memset(w->gold, 0, nt);
    memset(w->pred, 0, nt);
    const vc_field *lab = &r->cols[0];
    const char *s = lab->p ? lab->p : "";
    size_t n = lab->p && !lab->is_null ? lab->n : 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && s[j] != ';')
            j++;
        size_t a0 = i, b0 = j;
        while (a0 < b0 && (s[a0] == ' ' || s[a0] == '\t'))
            a0++;
        while (b0 > a0 && (s[b0 - 1] == ' ' || s[b0 - 1] == '\t'))
            b0--;
        if (b0 > a0) {
            int known = 0;
            for (uint32_t t = 0; t < nt; t++) {
                if (!label_matches(vc_lexicon_theme_name(lex, t), s + a0, b0 - a0))
                    continue;
                known = 1;
                for (uint32_t u = t; u != VC_NO_THEME; u = vc_lexicon_theme_parent(lex, u))
                    w->gold[u] = 1;
            }
            if (!known) {
                w->unknown_labels++;
                int have = 0;
                for (size_t k = 0; k < w->nunknown && !have; k++)
                    have = strlen(w->unknown[k]) == b0 - a0 && memcmp(w->unknown[k], s + a0, b0 - a0) == 0;
                if (!have && w->nunknown < 8 && b0 - a0 < 64) {
                    memcpy(w->unknown[w->nunknown], s + a0, b0 - a0);
                    w->unknown[w->nunknown++][b0 - a0] = 0;
                }
            }
        }
        i = j + 1;
    }
    for (size_t t = 0; t < a->nthemes; t++)
        w->pred[a->themes[t].theme] = 1;
    for (uint32_t t = 0; t < nt; t++) {
        w->support[t] += w->gold[t];
        w->predicted[t] += w->pred[t];
        if (w->gold[t] && w->pred[t]) {
            w->tp[t]++;
        } else if (w->gold[t] || w->pred[t]) {
            (w->pred[t] ? w->fp : w->fn)[t]++;
            if (ec->examples) {
                fired_entries(ec, a, t, &w->scratch);
                example e = {r->file, r->recno, r->line, dup_trunc(r->text, r->text_len, 300),
                             vc_strndup(w->scratch.data ? w->scratch.data : "", w->scratch.len)};
                if (!e.text || !e.entries) {
                    free(e.text);
                    free(e.entries);
                    return VC_ERR_NOMEM;
                }
                vc_cli_ex_add(w->pred[t] ? &w->fps[t] : &w->fns[t], ec->examples, e);
            }
        }
    }
    if (ec->with_sentiment) {
        const vc_field *sl = &r->cols[1];
        int g = sl->p && !sl->is_null ? sentiment_label(sl->p, sl->n) : -1;
        if (g >= 0 && a->has_sentiment) {
            int p = vc_sentiment_class(a->sentiment.compound); /* 0 pos, 1 neutral, 2 neg */
            w->confusion[g][p]++;
            if (g != SENT_OTHER) {
                w->labeled_sent++;
                w->correct_sent += g == p;
            }
        }
    }
    return VC_OK;
}

typedef struct theme_score {
    uint64_t tp, fp, fn, support, predicted;
    double p, r, f1;
} theme_score;

static void score(theme_score *s)
{
    s->p = s->tp + s->fp ? (double)s->tp / (double)(s->tp + s->fp) : 0.0;
    s->r = s->tp + s->fn ? (double)s->tp / (double)(s->tp + s->fn) : 0.0;
    s->f1 = s->p + s->r > 0 ? 2 * s->p * s->r / (s->p + s->r) : 0.0;
}

static vc_status eval_report(eval_ctx *ec, unsigned nw, const char *lex_name, const char *gold_name, int format,
                             const vc_scan_stats *stats, vc_buf *o)
{
    const vc_lexicon *lex = ec->lex;
    size_t nt = ec->nthemes;
    eval_worker *m = &ec->w[0]; /* merged into worker 0 */
    for (unsigned i = 1; i < nw; i++) {
        eval_worker *w = &ec->w[i];
        for (size_t t = 0; t < nt; t++) {
            m->tp[t] += w->tp[t];
            m->fp[t] += w->fp[t];
            m->fn[t] += w->fn[t];
            m->support[t] += w->support[t];
            m->predicted[t] += w->predicted[t];
            for (size_t k = 0; k < w->fps[t].n; k++)
                vc_cli_ex_add(&m->fps[t], ec->examples, w->fps[t].v[k]);
            for (size_t k = 0; k < w->fns[t].n; k++)
                vc_cli_ex_add(&m->fns[t], ec->examples, w->fns[t].v[k]);
            w->fps[t].n = w->fns[t].n = 0;
        }
        m->rows += w->rows;
        m->labeled_sent += w->labeled_sent;
        m->correct_sent += w->correct_sent;
        m->unknown_labels += w->unknown_labels;
        for (int g = 0; g < 4; g++)
            for (int p = 0; p < 3; p++)
                m->confusion[g][p] += w->confusion[g][p];
        for (size_t k = 0; k < w->nunknown; k++) {
            int have = 0;
            for (size_t j = 0; j < m->nunknown && !have; j++)
                have = strcmp(m->unknown[j], w->unknown[k]) == 0;
            if (!have && m->nunknown < 8)
                strcpy(m->unknown[m->nunknown++], w->unknown[k]);
        }
    }
    theme_score *sc = vc_xcalloc(nt + 1, sizeof *sc);
    if (!sc)
        return VC_ERR_NOMEM;
    theme_score micro = {0};
    double macro_p = 0, macro_r = 0, macro_f = 0;
    size_t nleaf = 0;
    for (size_t t = 0; t < nt; t++) {
        sc[t] = (theme_score){m->tp[t], m->fp[t], m->fn[t], m->support[t], m->predicted[t], 0, 0, 0};
        score(&sc[t]);
        if (!ec->leaf[t])
            continue;
        nleaf++;
        micro.tp += sc[t].tp;
        micro.fp += sc[t].fp;
        micro.fn += sc[t].fn;
        micro.support += sc[t].support;
        micro.predicted += sc[t].predicted;
        macro_p += sc[t].p;
        macro_r += sc[t].r;
        macro_f += sc[t].f1;
    }
    score(&micro);
    if (nleaf) {
        macro_p /= (double)nleaf;
        macro_r /= (double)nleaf;
        macro_f /= (double)nleaf;
    }
    static const char *SENT_NAMES[] = {"positive", "neutral", "negative", "other"};
    vc_status st = VC_OK;
    if (format == 1) { /* csv */
        st = vc_buf_append_str(o, "theme,level,support,predicted,tp,fp,fn,precision,recall,f1\n");
        for (size_t t = 0; t < nt && !st; t++) {
            const char *name = vc_lexicon_theme_name(lex, (uint32_t)t);
            st = vc_buf_csv_field(o, name, strlen(name), 1);
            if (!st)
                st = vc_buf_printf(o, ",%s,%llu,%llu,%llu,%llu,%llu,%.4f,%.4f,%.4f\n", ec->leaf[t] ? "leaf" : "parent",
                                   (unsigned long long)sc[t].support, (unsigned long long)sc[t].predicted,
                                   (unsigned long long)sc[t].tp, (unsigned long long)sc[t].fp,
                                   (unsigned long long)sc[t].fn, sc[t].p, sc[t].r, sc[t].f1);
        }
        if (!st)
            st = vc_buf_printf(o, "(micro),average,%llu,%llu,%llu,%llu,%llu,%.4f,%.4f,%.4f\n",
                               (unsigned long long)micro.support, (unsigned long long)micro.predicted,
                               (unsigned long long)micro.tp, (unsigned long long)micro.fp,
                               (unsigned long long)micro.fn, micro.p, micro.r, micro.f1);
        if (!st)
            st = vc_buf_printf(o, "(macro),average,,,,,,%.4f,%.4f,%.4f\n", macro_p, macro_r, macro_f);
    } else if (format == 2) { /* json */
        st = vc_buf_printf(o, "{\n  \"comments\": %llu,\n  \"rows_rejected\": %llu,\n  \"themes\": [",
                           (unsigned long long)m->rows, (unsigned long long)stats->rows_rejected);
        for (size_t t = 0; t < nt && !st; t++) {
            const char *name = vc_lexicon_theme_name(lex, (uint32_t)t);
            st = vc_buf_append_str(o, t ? ",\n    {\"theme\": " : "\n    {\"theme\": ");
            if (!st)
                st = vc_buf_json_string(o, name, strlen(name));
            if (!st)
                st = vc_buf_printf(o,
                                   ", \"leaf\": %s, \"support\": %llu, \"predicted\": %llu, \"tp\": %llu, \"fp\": %llu, "
                                   "\"fn\": %llu, \"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f",
                                   ec->leaf[t] ? "true" : "false", (unsigned long long)sc[t].support,
                                   (unsigned long long)sc[t].predicted, (unsigned long long)sc[t].tp,
                                   (unsigned long long)sc[t].fp, (unsigned long long)sc[t].fn, sc[t].p, sc[t].r,
                                   sc[t].f1);
            for (int kind = 0; kind < 2 && !st; kind++) {
                ex_list *l = kind ? &m->fns[t] : &m->fps[t];
                st = vc_buf_append_str(o, kind ? ", \"false_negatives\": [" : ", \"false_positives\": [");
                for (size_t k = 0; k < l->n && !st; k++) {
                    const char *gname = stats->files[l->v[k].file].name;
                    st = vc_buf_append_str(o, k ? ", {\"file\": " : "{\"file\": ");
                    if (!st)
                        st = vc_buf_json_string(o, gname, strlen(gname));
                    if (!st)
                        st = vc_buf_printf(o, ", \"line\": %llu, \"text\": ", (unsigned long long)l->v[k].line);
                    if (!st)
                        st = vc_buf_json_string(o, l->v[k].text, strlen(l->v[k].text));
                    if (!st)
                        st = vc_buf_append_str(o, ", \"entries\": ");
                    if (!st)
                        st = vc_buf_json_string(o, l->v[k].entries, strlen(l->v[k].entries));
                    if (!st)
                        st = vc_buf_append_char(o, '}');
                }
                if (!st)
                    st = vc_buf_append_char(o, ']');
            }
            if (!st)
                st = vc_buf_append_char(o, '}');
        }
        if (!st)
            st = vc_buf_printf(o,
                               "\n  ],\n  \"micro\": {\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f},\n"
                               "  \"macro\": {\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f},\n"
                               "  \"unknown_labels\": %llu",
                               micro.p, micro.r, micro.f1, macro_p, macro_r, macro_f,
                               (unsigned long long)m->unknown_labels);
        if (!st && ec->with_sentiment) {
            st = vc_buf_printf(o, ",\n  \"sentiment\": {\"labeled\": %llu, \"accuracy\": %.4f, \"confusion\": {",
                               (unsigned long long)m->labeled_sent,
                               m->labeled_sent ? (double)m->correct_sent / (double)m->labeled_sent : 0.0);
            for (int g = 0; g < 4 && !st; g++)
                st = vc_buf_printf(o, "%s\"%s\": {\"positive\": %llu, \"neutral\": %llu, \"negative\": %llu}",
                                   g ? ", " : "", SENT_NAMES[g], (unsigned long long)m->confusion[g][0],
                                   (unsigned long long)m->confusion[g][1], (unsigned long long)m->confusion[g][2]);
            if (!st)
                st = vc_buf_append_str(o, "}}");
        }
        if (!st)
            st = vc_buf_append_str(o, "\n}\n");
    } else { /* text */
        st = vc_buf_printf(o, "eval of %s on %s: %llu comments, %zu leaf themes\n\n", lex_name, gold_name,
                           (unsigned long long)m->rows, nleaf);
        if (!st)
            st = vc_buf_printf(o, "%-34s %7s %9s %5s %5s %5s %9s %7s %6s\n", "theme", "support", "predicted", "tp",
                               "fp", "fn", "precision", "recall", "f1");
        for (size_t t = 0; t < nt && !st; t++)
            st = vc_buf_printf(o, "%-34s %7llu %9llu %5llu %5llu %5llu %9.3f %7.3f %6.3f\n",
                               vc_lexicon_theme_name(lex, (uint32_t)t), (unsigned long long)sc[t].support,
                               (unsigned long long)sc[t].predicted, (unsigned long long)sc[t].tp,
                               (unsigned long long)sc[t].fp, (unsigned long long)sc[t].fn, sc[t].p, sc[t].r,
                               sc[t].f1);
        if (!st)
            st = vc_buf_printf(o, "%-34s %7llu %9llu %5llu %5llu %5llu %9.3f %7.3f %6.3f\n", "micro average (leaves)",
                               (unsigned long long)micro.support, (unsigned long long)micro.predicted,
                               (unsigned long long)micro.tp, (unsigned long long)micro.fp,
                               (unsigned long long)micro.fn, micro.p, micro.r, micro.f1);
        if (!st)
            st = vc_buf_printf(o, "%-34s %7s %9s %5s %5s %5s %9.3f %7.3f %6.3f\n", "macro average (leaves)", "", "",
                               "", "", "", macro_p, macro_r, macro_f);
        if (!st && m->unknown_labels) {
            st = vc_buf_printf(o, "\n%llu labels name no theme of the lexicon:", (unsigned long long)m->unknown_labels);
            for (size_t k = 0; k < m->nunknown && !st; k++)
                st = vc_buf_printf(o, " %s", m->unknown[k]);
            if (!st)
                st = vc_buf_append_char(o, '\n');
        }
        if (!st && ec->with_sentiment) {
            st = vc_buf_printf(o, "\nsentiment: accuracy %.3f on %llu labeled comments (VADER compound >= 0.05 "
                                  "positive, <= -0.05 negative)\n%-10s %9s %8s %9s\n",
                               m->labeled_sent ? (double)m->correct_sent / (double)m->labeled_sent : 0.0,
                               (unsigned long long)m->labeled_sent, "gold", "positive", "neutral", "negative");
            for (int g = 0; g < 4 && !st; g++)
                st = vc_buf_printf(o, "%-10s %9llu %8llu %9llu\n", SENT_NAMES[g], (unsigned long long)m->confusion[g][0],
                                   (unsigned long long)m->confusion[g][1], (unsigned long long)m->confusion[g][2]);
        }
        if (!st && ec->examples)
            st = vc_buf_printf(o, "\nfirst %zu false positives (FP) and false negatives (FN) per theme, as file:line, with the entries that "
                                  "fired:\n",
                               ec->examples);
        for (size_t t = 0; t < nt && !st && ec->examples; t++) {
            if (!m->fps[t].n && !m->fns[t].n)
                continue;
            st = vc_buf_printf(o, "%s\n", vc_lexicon_theme_name(lex, (uint32_t)t));
            for (int kind = 0; kind < 2 && !st; kind++) {
                ex_list *l = kind ? &m->fns[t] : &m->fps[t];
                for (size_t k = 0; k < l->n && !st; k++)
                    st = vc_buf_printf(o, "  %s %s:%llu \"%s\"%s%s\n", kind ? "FN" : "FP",
                                       stats->files[l->v[k].file].name, (unsigned long long)l->v[k].line,
                                       l->v[k].text, l->v[k].entries[0] ? " <- " : "", l->v[k].entries);
            }
        }
    }
    free(sc);
    return st;
}

static int cmd_eval(int argc, char **argv)
{
    static const struct option opts[] = {
        {"text", required_argument, 0, OPT_TEXT},
        {"labels", required_argument, 0, OPT_LABELS},
        {"sentiment-labels", required_argument, 0, OPT_SLABELS},
        {"examples", required_argument, 0, OPT_EXAMPLES},
        {"format", required_argument, 0, OPT_FORMAT},
        {"output", required_argument, 0, 'o'},
        {"output-format", required_argument, 0, OPT_OFORMAT},
        {"threads", required_argument, 0, OPT_THREADS},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    vc_scan_options o;
    vc_cli_scan_defaults(&o);
    const char *labels = "themes", *slabels = NULL, *out_path = "-";
    size_t examples = 3;
    int format = 0, c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
        switch (c) {
        case OPT_TEXT: o.text_col = optarg; break;
        case OPT_LABELS: labels = optarg; break;
        case OPT_SLABELS: slabels = optarg; break;
        case OPT_EXAMPLES:
            if (vc_cli_parse_count("--examples", optarg, 1000, &examples))
                return EXIT_USAGE;
            break;
        case OPT_FORMAT:
            if (vc_cli_set_format(&o, optarg))
                return EXIT_USAGE;
            break;
        case 'o': out_path = optarg; break;
        case OPT_OFORMAT:
            if ((format = vc_cli_report_format(optarg)) < 0)
                return EXIT_USAGE;
            break;
        case OPT_THREADS:
            if (vc_cli_set_threads(&o, optarg))
                return EXIT_USAGE;
            break;
        case 'h': fputs(EVAL_USAGE, stdout); return EXIT_OK;
        case ':': vc_cli_error("option '%s' needs a value; see `vocal lexicon eval --help`", argv[optind - 1]); return EXIT_USAGE;
        default: vc_cli_error("unknown option '%s'; see `vocal lexicon eval --help`", argv[optind - 1]); return EXIT_USAGE;
        }
    }
    if (argc - optind < 2) {
        vc_cli_error("lexicon eval: expected LEXICON and GOLD; see `vocal lexicon eval --help`");
        return EXIT_USAGE;
    }
    vc_error err;
    vc_error_clear(&err);
    vc_lexicon *lex = NULL;
    vc_sentiment_lexicon *sent = NULL;
    vc_status st = vc_cli_load_lexicon(argv[optind], &lex, &err);
    if (!st && slabels)
        st = vc_sentiment_lexicon_load_default(&sent, &err);
    if (st) {
        vc_cli_error("%s", err.msg);
        vc_lexicon_free(lex);
        return st == VC_ERR_IO ? EXIT_USAGE : EXIT_FAIL;
    }
    unsigned nw = vc_scan_thread_count(o.threads);
    size_t nt = vc_lexicon_theme_count(lex);
    eval_ctx ec = {lex, nt, examples, slabels != NULL, vc_xcalloc(nw, sizeof(eval_worker)), vc_xcalloc(nt + 1, 1)};
    int rc = ec.w && ec.leaf ? EXIT_OK : EXIT_FAIL;
    for (uint32_t t = 0; t < nt && !rc; t++)
        ec.leaf[t] = 1;
    for (uint32_t t = 0; t < nt && !rc; t++)
        if (vc_lexicon_theme_parent(lex, t) != VC_NO_THEME)
            ec.leaf[vc_lexicon_theme_parent(lex, t)] = 0;
    for (unsigned i = 0; i < nw && !rc; i++) {
        eval_worker *w = &ec.w[i];
        w->tp = vc_xcalloc(nt + 1, sizeof *w->tp);
        w->fp = vc_xcalloc(nt + 1, sizeof *w->fp);
        w->fn = vc_xcalloc(nt + 1, sizeof *w->fn);
        w->support = vc_xcalloc(nt + 1, sizeof *w->support);
        w->predicted = vc_xcalloc(nt + 1, sizeof *w->predicted);
        w->gold = vc_xcalloc(nt + 1, 1);
        w->pred = vc_xcalloc(nt + 1, 1);
        w->fps = vc_xcalloc(nt + 1, sizeof *w->fps);
        w->fns = vc_xcalloc(nt + 1, sizeof *w->fns);
        if (!w->tp || !w->fp || !w->fn || !w->support || !w->predicted || !w->gold || !w->pred || !w->fps || !w->fns)
            rc = EXIT_FAIL;
        for (size_t t = 0; t < nt && !rc && examples; t++) {
            w->fps[t].v = vc_xcalloc(examples, sizeof(example));
            w->fns[t].v = vc_xcalloc(examples, sizeof(example));
            if (!w->fps[t].v || !w->fns[t].v)
                rc = EXIT_FAIL;
        }
    }
    const char *cols[2] = {labels, slabels};
    o.inputs = (const char *const *)(argv + optind + 1);
    o.ninputs = (size_t)(argc - optind - 1);
    o.lex = lex;
    o.sentiment = sent;
    o.hook = eval_hook;
    o.hook_ctx = &ec;
    o.hook_cols = cols;
    o.nhook_cols = slabels ? 2 : 1;
    o.hook_flags = VC_ANALYZE_DETAIL;
    vc_scan *scan = NULL;
    if (!rc)
        rc = vc_cli_run_corpus(&o, &scan);
    vc_buf b = VC_BUF_INIT;
    if (!rc && eval_report(&ec, nw, argv[optind], argv[optind + 1], format, vc_scan_stats_get(scan), &b))
        rc = EXIT_FAIL;
    if (!rc && vc_cli_write_output(out_path, &b))
        rc = EXIT_FAIL;
    vc_buf_free(&b);
    for (unsigned i = 0; ec.w && i < nw; i++) {
        eval_worker *w = &ec.w[i];
        for (size_t t = 0; t < nt; t++) {
            if (w->fps)
                vc_cli_ex_free(&w->fps[t]);
            if (w->fns)
                vc_cli_ex_free(&w->fns[t]);
        }
        free(w->tp);
        free(w->fp);
        free(w->fn);
        free(w->support);
        free(w->predicted);
        free(w->gold);
        free(w->pred);
        free(w->fps);
        free(w->fns);
        vc_buf_free(&w->scratch);
    }
    free(ec.w);
    free(ec.leaf);
    vc_scan_free(scan);
    vc_lexicon_free(lex);
    vc_sentiment_lexicon_free(sent);
    return rc;
}

int vc_cmd_lexicon(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "help") == 0) {
        fputs(LEXICON_USAGE, argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    if (strcmp(argv[1], "lint") == 0)
        return cmd_lint(argc - 1, argv + 1);
    if (strcmp(argv[1], "convert") == 0)
        return cmd_convert(argc - 1, argv + 1);
    if (strcmp(argv[1], "eval") == 0)
        return cmd_eval(argc - 1, argv + 1);
    if (strcmp(argv[1], "diff") == 0)
        return vc_cmd_lexicon_diff(argc - 1, argv + 1);
    vc_cli_error("unknown lexicon command '%s'; run `vocal lexicon --help`", argv[1]);
    return EXIT_USAGE;
}
