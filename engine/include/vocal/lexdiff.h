/*
 * lexdiff.h - what a lexicon change does to the numbers: two versions of a
 * lexicon matched over the same comments in one pass. Per theme (by name,
 * over the union of both lexicons): comments matched by old and new, gained,
 * lost, the score groups behind NPS and NPS impact under each; themes added,
 * removed, or renamed (a removed and an added theme matching mostly the same
 * comments: Jaccard >= 0.5, best pair); the first gained and lost comments
 * with the entries responsible; and the CPU time of each lexicon (normalize
 * + match). Gates ("--fail-if") are parsed and evaluated here too:
 *   [THEME:]METRIC OP NUMBER, OP one of > >= < <= == !=;
 *   metrics: changed, gained, lost (comments), added, removed, renamed
 *   (themes), slowdown (new time / old time); per theme: gained, lost,
 *   delta (new - old mentions).
 *
 * Counters are integers merged at the end and examples are the first in
 * input order, so everything but the times is the same for any thread count.
 *
 * Ownership: options are borrowed during vc_lexdiff_run(); the result owns
 * its themes, examples and scan, and borrows theme names from both
 * lexicons, which must outlive it (vc_lexdiff_result_free).
 */
#ifndef VOCAL_LEXDIFF_H
#define VOCAL_LEXDIFF_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/agg.h"
#include "vocal/example.h"
#include "vocal/lexicon.h"
#include "vocal/pipeline.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_lexdiff_options {
    vc_scan_options scan;       /* inputs, dialect, columns, scale, threads, stop;
                                   lex and the hook fields are vc_lexdiff_run's */
    const vc_lexicon *old_lex, *new_lex;
    size_t examples;            /* gained and lost comments kept per theme */
} vc_lexdiff_options;

/* The defaults of `vocal lexicon diff`: vc_scan_options_init() for the scan,
 * 3 examples, no lexicons. */
void vc_lexdiff_options_init(vc_lexdiff_options *o);

typedef struct vc_lexdiff_theme {
    const char *name;
    int in_old, in_new;             /* the theme is in that lexicon */
    uint64_t n_old, n_new;          /* comments matched */
    uint64_t gained, lost;
    uint64_t g_old[4], g_new[4];    /* low, mid, high score groups of the matched
                                       comments, then their score sum */
    long renamed_to;                /* index of the added theme it became, or -1 */
    double jaccard;                 /* ... and the share of comments in common */
    vc_example_list gained_examples; /* entries: "new 'x' (file:line)" */
    vc_example_list lost_examples;   /* "old ..." and "new exclusion ..." */
} vc_lexdiff_theme;

typedef struct vc_lexdiff_result {
    vc_scale scale;
    size_t nthemes;               /* union of both lexicons, by name */
    vc_lexdiff_theme *themes;
    uint64_t comments, changed;   /* comments whose themes changed */
    uint64_t gained, lost;        /* comments that gained (lost) a theme */
    uint64_t base[4];             /* score groups of all comments, score sum */
    double t_old, t_new;          /* CPU seconds of each lexicon */
    size_t added, removed, renamed;
    size_t examples;              /* the options' */
    vc_scan *scan;                /* accounting; its stats name the files of examples */
} vc_lexdiff_result;

/* Returns VC_OK and sets *out; otherwise what vc_scan_run returns (err says
 * where) or VC_ERR_NOMEM. */
vc_status vc_lexdiff_run(const vc_lexdiff_options *o, vc_lexdiff_result **out, vc_error *err);
/* Frees the result; accepts NULL. */
void vc_lexdiff_result_free(vc_lexdiff_result *r);

/* "kept", "added", "removed" or "renamed". */
const char *vc_lexdiff_status(const vc_lexdiff_theme *t);
/* The scale's headline figure (NPS) of the comments the theme matched under
 * the old (side 0) or new (side 1) lexicon; *ok 0 when undefined. */
double vc_lexdiff_headline(const vc_lexdiff_result *r, const vc_lexdiff_theme *t, int side, int *ok);
/* The theme's impact under that lexicon, as in the scan table (vc_impact). */
double vc_lexdiff_impact(const vc_lexdiff_result *r, const vc_lexdiff_theme *t, int side, int *ok);
/* Comments per CPU second of each lexicon (0 without time), and new time /
 * old time (1 without time). */
double vc_lexdiff_rate(const vc_lexdiff_result *r, int side);
double vc_lexdiff_slowdown(const vc_lexdiff_result *r);

/* A gate: [THEME:]METRIC OP NUMBER. */
typedef struct vc_lexdiff_gate {
    char theme[256]; /* "" for a whole-corpus metric */
    char metric[16];
    char op[3];
    double value;
    const char *text; /* the expression, borrowed */
} vc_lexdiff_gate;

/* VC_OK, or VC_ERR_USAGE when s is not a gate (unknown metric, bad operator
 * or number, a theme name of 256 bytes or more). */
vc_status vc_lexdiff_gate_parse(const char *s, vc_lexdiff_gate *g);
/* 1 when the gate holds, 0 when not, -1 when its theme is in neither
 * lexicon; *value is the metric's value. */
int vc_lexdiff_gate_eval(const vc_lexdiff_gate *g, const vc_lexdiff_result *r, double *value);

VC_API_END

#endif
