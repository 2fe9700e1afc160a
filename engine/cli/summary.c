/*
 * summary.c - the end of every command that read rows: one summary of what
 * was read, and the verdict on whether the run may exit 0.
 *
 * Loud by default. A number that changed because of the input (rows
 * rejected, scores that could not be read, comments without a score, text
 * whose invalid UTF-8 was replaced) is said on stderr whether or not stderr
 * is a terminal: a scheduled job's log is where a wrong month is noticed.
 * A clean run prints nothing off a terminal unless -v asks; -q silences the
 * summary (never an error).
 *
 * A run that analyzed no row exits 1 whatever else happened, and says why
 * (no records at all, or every record rejected, with the first rejected
 * row's reason): an empty table that exits 0 reads as "nobody complained".
 * --strict also fails on rejected rows, invalid scores and repaired text.
 *
 * scan, report, discover, lexicon eval/diff/lint --corpus and merge all end
 * here, so the rules are the same everywhere.
 */
#include <stdio.h>

#include "cli.h"
#include "summary.h"

int vc_cli_summary_due(const vc_scan_stats *s)
{
    return s->rows_rejected || s->invalid_scores || s->unscored || s->utf8_repaired || s->match_limit_hits ||
           s->comments_no_sentiment_language;
}

void vc_cli_summary(const vc_scan_stats *s, const char *rejects_path, int verbose, int quiet)
{
    if (quiet || (!verbose && !vc_cli_summary_due(s)))
        return;
    int see = rejects_path && s->rows_rejected;
    fprintf(stderr,
            "vocal: %llu rows read, %llu analyzed, %llu rejected%s%s%s; %llu invalid scores; "
            "%llu pattern limit hits",
            (unsigned long long)s->rows_read, (unsigned long long)s->rows_analyzed,
            (unsigned long long)s->rows_rejected, see ? " (see " : "", see ? rejects_path : "", see ? ")" : "",
            (unsigned long long)s->invalid_scores, (unsigned long long)s->match_limit_hits);
    if (s->unscored)
        fprintf(stderr, "; %llu unscored", (unsigned long long)s->unscored);
    if (s->utf8_repaired)
        fprintf(stderr, "; %llu invalid UTF-8 sequences replaced by U+FFFD", (unsigned long long)s->utf8_repaired);
    if (s->comments_no_sentiment_language)
        fprintf(stderr, "; %llu without sentiment for their language",
                (unsigned long long)s->comments_no_sentiment_language);
    fputc('\n', stderr);
}

static const vc_file_stats *first_rejecting(const vc_scan_stats *s)
{
    for (size_t i = 0; i < s->nfiles; i++)
        if (s->files[i].first_reject)
            return &s->files[i];
    return NULL;
}

int vc_cli_verdict(const vc_scan_stats *s, int strict, int allow_empty, const char *not_written)
{
    if (s->rows_analyzed == 0 && !allow_empty) {
        const vc_file_stats *f = first_rejecting(s);
        if (s->rows_read == 0)
            vc_cli_error("no row was analyzed: %s no records%s%s", s->nfiles == 1 ? "the input holds" : "the inputs hold",
                         not_written ? "; " : "", not_written ? not_written : "");
        else if (f)
            vc_cli_error("no row was analyzed: all %llu rows were rejected; the first, %s:%llu: %s%s%s",
                         (unsigned long long)s->rows_read, f->name, (unsigned long long)f->first_reject_line,
                         f->first_reject, not_written ? "; " : "", not_written ? not_written : "");
        else
            vc_cli_error("no row was analyzed: all %llu rows were rejected%s%s", (unsigned long long)s->rows_read,
                         not_written ? "; " : "", not_written ? not_written : "");
        return EXIT_FAIL;
    }
    if (!strict)
        return EXIT_OK;
    if (s->rows_rejected)
        vc_cli_error("--strict: %llu rows were rejected", (unsigned long long)s->rows_rejected);
    if (s->invalid_scores)
        vc_cli_error("--strict: %llu scores could not be read", (unsigned long long)s->invalid_scores);
    if (s->utf8_repaired)
        vc_cli_error("--strict: %llu invalid UTF-8 sequences were replaced by U+FFFD",
                     (unsigned long long)s->utf8_repaired);
    return s->rows_rejected || s->invalid_scores || s->utf8_repaired ? EXIT_FAIL : EXIT_OK;
}
