/*
 * scan_summary.c - embed vocal: scan one feedback export and print how many
 * comments mention each theme of the default lexicon and each CX signal,
 * with their NPS.
 *
 *   scan_summary FILE          (CSV, TSV or JSONL, plain or gzip; "-": stdin)
 *
 * The program does what `vocal scan FILE` does for the "all" rows of its
 * table, through the public API only: load the default themes with the
 * built-in signals (one lexicon, matched in one pass) and the sentiment
 * lexicon once, fill scan options with vc_scan_options_init() and set what
 * differs, run the scan, and read the counters of dimension 0 ("all",
 * segment 0). Build it against an installed vocal with pkg-config (see
 * README.md in this directory).
 *
 * Ownership: the program owns both lexicons and the scan result and frees
 * them; the counters it reads belong to the scan.
 */
#include <stdio.h>
#include <stdlib.h>

#include <vocal/vocal.h>

/* A derived figure as `vocal scan` prints it; NaN (undefined) as "-". */
static void print_figure(double v, int decimals)
{
    if (v != v)
        printf(" %10s", "-");
    else
        printf(" %10.*f", decimals, v);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    vc_error err;
    vc_error_clear(&err);
    vc_lexicon *lex = NULL;
    vc_sentiment_lexicon *sent = NULL;
    vc_scan *scan = NULL;
    int rc = 1;

    if (vc_lexicon_load_with_signals(NULL, NULL, NULL, &lex, &err) || vc_sentiment_lexicon_load_default(&sent, &err)) {
        fprintf(stderr, "scan_summary: %s\n", err.msg);
        goto done;
    }

    const char *inputs[] = {argv[1]};
    vc_scan_options o;
    vc_scan_options_init(&o); /* defaults first: the struct may grow */
    o.inputs = inputs;
    o.ninputs = 1;
    o.lex = lex;
    o.sentiment = sent;
    o.sentiment_mode = VC_SENTIMENT_CX; /* vocal scan's default; the library's is exact VADER */
    if (vc_scan_run(&o, &scan, &err)) {
        fprintf(stderr, "scan_summary: %s\n", err.msg);
        goto done;
    }

    const vc_scan_stats *st = vc_scan_stats_get(scan);
    printf("vocal %s: %s\n", vc_version(), argv[1]);
    printf("rows read %llu, analyzed %llu, rejected %llu\n", (unsigned long long)st->rows_read,
           (unsigned long long)st->rows_analyzed, (unsigned long long)st->rows_rejected);
    printf("text column %s, score column %s\n\n", st->text_col, st->score_col ? st->score_col : "(none)");

    const vc_agg *agg = vc_scan_agg(scan);
    const vc_cell *all = vc_agg_cell(agg, 0, 0, VC_AGG_BASE);
    printf("%-32s %10s %10s %10s\n", "theme", "comments", "nps", "compound");
    printf("%-32s %10llu", "(all comments)", (unsigned long long)all->comments);
    print_figure(vc_headline(o.scale, all), 1);
    print_figure(vc_avg_compound(all), 4);
    putchar('\n');
    for (uint32_t t = 0; t < vc_lexicon_theme_count(lex); t++) {
        const vc_cell *c = vc_agg_cell(agg, 0, 0, t);
        printf("%-32s %10llu", vc_lexicon_theme_name(lex, t), (unsigned long long)c->comments);
        print_figure(vc_headline(o.scale, c), 1);
        print_figure(vc_avg_compound(c), 4);
        putchar('\n');
    }
    rc = 0;
done:
    vc_scan_free(scan);
    vc_sentiment_lexicon_free(sent);
    vc_lexicon_free(lex);
    return rc;
}
