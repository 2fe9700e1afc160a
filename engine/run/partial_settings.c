/*
 * partial_settings.c - the canonical settings text a partial carries
 * (partial.h): one "key=value" line per setting that can change a number
 * or a quote, from the scan options that made it.
 *
 * Merging compares these texts line by line and names the first line that
 * differs, so the text is meant to be read: the vocal version, the scale,
 * the theme lexicon's fingerprint and size (signals included: a line says
 * how many signal themes it holds), where sentiment came from (the
 * fingerprints of a lexicon file and an overlay, or the built-in lexicon),
 * the columns as the options name them ("(detect)" when they do not), the
 * breakdown, the period, the input format and the limits, and the header
 * rows and skipped lines when an option sets them (header_rows -1: none),
 * and where each comment's language came from (identified, a column, or
 * off) and, when other languages get sentiment, each one's lexicon
 * fingerprint ("sentiment_languages=de=HASH es=HASH"). Options that
 * cannot change a result (threads, batch size, progress) are left out, so
 * shards run with different resources still merge.
 *
 * Ownership: everything is borrowed; the text is appended to the caller's
 * buffer, whose sticky status is returned.
 */
#include "vocal/partial.h"
#include "vocal/version.h"

/* Fingerprint of a file's bytes (a sentiment lexicon or overlay). */
static vc_status file_hash(const char *path, uint64_t *h, vc_error *err)
{
    vc_buf b = VC_BUF_INIT;
    vc_status st = vc_buf_read_settings_file(&b, path, err);
    *h = st ? 0 : vc_hash_bytes(b.data ? b.data : "", b.len);
    vc_buf_free(&b);
    return st;
}

vc_status vc_partial_settings_write(vc_buf *b, const vc_scan_options *o, const char *sentiment_path,
                                    const char *overlay_path, vc_error *err)
{
    const vc_lexicon *lex = o->lex;
    uint64_t sh = 0, oh = 0;
    vc_status st = sentiment_path ? file_hash(sentiment_path, &sh, err) : VC_OK;
    if (!st && overlay_path)
        st = file_hash(overlay_path, &oh, err);
    if (st)
        goto fail;
    vc_buf_printf(b, "vocal=%s\nscale=%s\nthemes=%016llx (%zu entries)\n", vc_version(), vc_scale_name(o->scale),
                  (unsigned long long)vc_lexicon_fingerprint(lex), vc_lexicon_entry_count(lex));
    size_t sig = vc_lexicon_signal_start(lex), nt = vc_lexicon_theme_count(lex);
    if (sig < nt) /* only with signals: partials without them keep their text */
        vc_buf_printf(b, "signals=%zu signal themes\n", nt - sig);
    if (!o->sentiment)
        vc_buf_append_str(b, "sentiment=off\n");
    else
        vc_buf_printf(b, "sentiment=%s%016llx overlay=%016llx\n", sentiment_path ? "file " : "built-in ",
                      (unsigned long long)sh, (unsigned long long)oh);
    if (o->sentiment && o->sentiment_mode != VC_SENTIMENT_VADER) /* only when set: VADER partials keep their text */
        vc_buf_printf(b, "sentiment_mode=%s\n", vc_sentiment_mode_name(o->sentiment_mode));
    vc_buf_printf(b, "text=%s", o->text_col ? o->text_col : "(detect)");
    for (size_t i = 1; i < o->ntext_cols; i++) /* several questions: every one, in order */
        vc_buf_printf(b, "\t%s", o->text_cols[i]);
    vc_buf_printf(b, "\nscore=%s\nid=%s\nby=", o->score_col ? o->score_col : "(detect)",
                  o->id_col ? o->id_col : "(none)");
    for (size_t i = 0; i < o->nby; i++)
        vc_buf_printf(b, "%s%s", i ? "\t" : "", o->by[i]);
    if (o->score_group_col)
        vc_buf_printf(b, "\nscore_group=%s", o->score_group_col);
    vc_buf_printf(b, "\nperiod=%s:%s\ndate_order=%s\n", o->period_col ? o->period_col : "(none)",
                  vc_period_unit_name(o->period_unit),
                  o->date_order == VC_DATE_MDY ? "mdy" : o->date_order == VC_DATE_DMY ? "dmy" : "auto");
    vc_buf_printf(b, "format=%s delimiter=%d max_record=%zu\nmax_segments=%zu\nquotes=%zu\n",
                  vc_format_name(o->dialect.format), o->dialect.delimiter, o->dialect.max_record,
                  o->max_segments ? o->max_segments : 1000, o->quotes);
    if (o->model) /* only with a model: partials without one keep their text */
        vc_buf_printf(b, "model=%016llx\n", (unsigned long long)vc_model_fingerprint(o->model));
    if (o->no_language)
        vc_buf_append_str(b, "language=off\n");
    else
        vc_buf_printf(b, "language=%s%s\n", o->language_col ? "column " : "identified",
                      o->language_col ? o->language_col : "");
    size_t nl = o->sentiment && !o->no_language ? vc_sentiment_languages_count(o->sentiment_languages) : 0;
    if (nl) { /* only with lexicons of other languages, so English-only partials keep their text */
        vc_buf_append_str(b, "sentiment_languages=");
        for (size_t i = 0; i < nl; i++) {
            const vc_lang_sentiment *ls = vc_sentiment_languages_at(o->sentiment_languages, i);
            vc_buf_printf(b, "%s%s=%016llx", i ? " " : "", vc_lang_sentiment_language(ls),
                          (unsigned long long)vc_lang_sentiment_fingerprint(ls));
        }
        vc_buf_append_char(b, '\n');
    }
    if (o->encoding) /* only when named, so partials of earlier runs still merge */
        vc_buf_printf(b, "encoding=%s\n", o->encoding);
    if (o->header_rows || o->skip_lines) /* only when set: older partials keep their text */
        vc_buf_printf(b, "header_rows=%d skip_lines=%zu\n", o->header_rows, o->skip_lines);
    st = vc_buf_status(b);
fail:
    if (st && err && !err->msg[0])
        vc_error_set(err, st, "%s", vc_strerror(st));
    return st;
}
