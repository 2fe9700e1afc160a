/*
 * rows.c - the two row files a run writes beside its tables: rejected rows
 * (--rejects) and one row per analyzed comment (--comments), header and
 * rows alike.
 *
 * Both are streamed side outputs of the pipeline: its workers format the
 * rows of a batch into the batch's buffers, which are written out in
 * order when the batch is committed (pipeline.c); the commands write the
 * headers (scan, merge, discover). Keeping the header beside the row
 * writer keeps the column names and the columns in one place.
 *
 * Every cell goes through vc_buf_csv_field with formula neutralization,
 * since both files are opened in spreadsheets. Rows are appended to a
 * caller's vc_buf; a failure stays in the buffer (sticky error), and each
 * call returns the buffer's status.
 */
#include <string.h>

#include "vocal/rows.h"

vc_status vc_rejects_header(vc_buf *b) { return vc_buf_append_str(b, "file,line,byte_offset,reason,record\n"); }

vc_status vc_comments_header(vc_buf *b, vc_scale scale)
{
    return vc_buf_printf(b, "id,themes,compound,sentiment,%s_group\n", vc_scale_name(scale));
}

vc_status vc_comments_header_lex(vc_buf *b, vc_scale scale, const vc_lexicon *lex)
{
    if (vc_lexicon_signal_start(lex) == vc_lexicon_theme_count(lex))
        return vc_comments_header(b, scale);
    return vc_buf_printf(b, "id,themes,compound,sentiment,%s_group,signals\n", vc_scale_name(scale));
}

vc_status vc_comments_header_language(vc_buf *b, vc_scale scale, const vc_lexicon *lex, int language)
{
    vc_status st = vc_comments_header_lex(b, scale, lex);
    if (st || !language)
        return st;
    b->len--; /* the header's line end, put back after the column */
    return vc_buf_append_str(b, ",language\n");
}

vc_status vc_reject_row(vc_buf *b, const char *file, uint64_t line, uint64_t byte_offset, const char *reason,
                        const char *record, size_t record_len)
{
    vc_buf_csv_field(b, file, strlen(file), 1);
    vc_buf_printf(b, ",%llu,%llu,", (unsigned long long)line, (unsigned long long)byte_offset);
    vc_buf_csv_field(b, reason, strlen(reason), 1);
    vc_buf_append_char(b, ',');
    vc_buf_csv_field(b, record, record_len < VC_REJECT_RECORD_MAX ? record_len : VC_REJECT_RECORD_MAX, 1);
    vc_buf_append_char(b, '\n');
    return vc_buf_status(b);
}

vc_status vc_comment_row(vc_buf *b, vc_buf *scratch, const char *id, size_t id_len, const char *file,
                         uint64_t recno, const vc_lexicon *lex, const vc_analysis *a, vc_scale scale, int group)
{
    return vc_comment_row_language(b, scratch, id, id_len, file, recno, lex, a, scale, group, NULL);
}

vc_status vc_comment_row_language(vc_buf *b, vc_buf *scratch, const char *id, size_t id_len, const char *file,
                                  uint64_t recno, const vc_lexicon *lex, const vc_analysis *a, vc_scale scale,
                                  int group, const char *language)
{
    if (id) {
        vc_buf_csv_field(b, id, id_len, 1);
    } else if (file) {
        vc_buf_reset(scratch);
        vc_buf_printf(scratch, "%s:%llu", file, (unsigned long long)recno);
        if (vc_buf_status(scratch))
            return vc_buf_status(scratch);
        vc_buf_csv_field(b, scratch->data, scratch->len, 1);
    } else {
        vc_buf_printf(b, "%llu", (unsigned long long)recno);
    }
    vc_buf_append_char(b, ',');
    /* themes, then (with signals) the signals' own names: signal ids come
     * after every theme's (vc_lexicon_signal_start) */
    size_t sig = vc_lexicon_signal_start(lex), nsig = 0;
    vc_buf_reset(scratch);
    for (size_t t = 0; t < a->nthemes; t++) {
        if (a->themes[t].theme >= sig) {
            nsig++;
            continue;
        }
        if (scratch->len)
            vc_buf_append_char(scratch, ';');
        vc_buf_append_str(scratch, vc_lexicon_theme_name(lex, a->themes[t].theme));
    }
    if (vc_buf_status(scratch))
        return vc_buf_status(scratch);
    vc_buf_csv_field(b, scratch->data ? scratch->data : "", scratch->len, 1);
    if (a->has_sentiment) {
        int cls = vc_sentiment_class(a->sentiment.compound);
        vc_buf_printf(b, ",%.4f,%s,", a->sentiment.compound,
                      cls == 0 ? "positive" : cls == 2 ? "negative" : "neutral");
    } else {
        vc_buf_append_str(b, ",,,");
    }
    vc_buf_append_str(b, vc_scale_group_label(scale, group));
    if (sig < vc_lexicon_theme_count(lex)) {
        vc_buf_append_char(b, ',');
        vc_buf_reset(scratch);
        for (size_t t = 0; nsig && t < a->nthemes; t++) {
            if (a->themes[t].theme < sig)
                continue;
            if (scratch->len)
                vc_buf_append_char(scratch, ';');
            vc_buf_append_str(scratch, vc_lexicon_theme_name(lex, a->themes[t].theme) + strlen(VC_SIGNAL_PREFIX));
        }
        if (vc_buf_status(scratch))
            return vc_buf_status(scratch);
        vc_buf_csv_field(b, scratch->data ? scratch->data : "", scratch->len, 1);
    }
    if (language) { /* a code: letters only, never quoted */
        vc_buf_append_char(b, ',');
        vc_buf_append_str(b, language);
    }
    vc_buf_append_char(b, '\n');
    return vc_buf_status(b);
}
