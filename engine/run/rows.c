/*
 * rows.c - the two row files a run writes beside its tables: rejected rows
 * (--rejects) and one row per analyzed comment (--comments), head, rows and
 * tail alike, in CSV, JSON or NDJSON.
 *
 * Both are streamed side outputs of the pipeline: its workers format the
 * rows of a batch into the batch's buffers, which are written out in
 * order when the batch is committed (pipeline.c); the commands write the
 * head and the tail (scan, merge, discover). Keeping the head beside the
 * row writer keeps the column names and the columns in one place.
 *
 * Every row goes through the table sink (vocal/table_sink.h): in CSV each
 * text cell is formula-neutralized, since both files are opened in
 * spreadsheets; in JSON and NDJSON the themes and signals are arrays, the
 * compound a number or null. A row of a JSON file starts with ",\n"
 * (vc_sink_init_rows): the batch does not know whether a row came before
 * it, the pipeline's commit drops the first comma. Rows are appended to a
 * caller's vc_buf; a failure stays in the buffer (sticky error), and each
 * call returns the buffer's status.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/rows.h"

static const char *const REJECT_COLS[] = {"file", "line", "byte_offset", "reason", "record"};
static const int REJECT_KINDS[] = {VC_SINK_TEXT, VC_SINK_NUMBER, VC_SINK_NUMBER, VC_SINK_TEXT, VC_SINK_TEXT};

/* The comments' columns: id,themes,compound,sentiment,<scale>_group, then
 * signals (a lexicon with signals) and language; their count. `group` holds
 * the group column's name. */
static size_t comment_cols(const char **cols, int *kinds, char group[32], vc_scale scale, int signals,
                           int language)
{
    size_t n = 0;
    snprintf(group, 32, "%s_group", vc_scale_name(scale));
    cols[n] = "id";
    kinds[n++] = VC_SINK_TEXT;
    cols[n] = "themes";
    kinds[n++] = VC_SINK_LIST;
    cols[n] = "compound";
    kinds[n++] = VC_SINK_NUMBER;
    cols[n] = "sentiment";
    kinds[n++] = VC_SINK_OPTIONAL;
    cols[n] = group;
    kinds[n++] = VC_SINK_OPTIONAL;
    if (signals) {
        cols[n] = "signals";
        kinds[n++] = VC_SINK_LIST;
    }
    if (language) {
        cols[n] = "language";
        kinds[n++] = VC_SINK_TEXT;
    }
    return n;
}

static int has_signals(const vc_lexicon *lex)
{
    return lex && vc_lexicon_signal_start(lex) < vc_lexicon_theme_count(lex);
}

vc_status vc_rejects_head(vc_buf *b, vc_table_format fmt)
{
    vc_sink s;
    vc_sink_init(&s, fmt, b);
    return s.begin(&s, REJECT_COLS, 5);
}

vc_status vc_comments_head(vc_buf *b, vc_table_format fmt, vc_scale scale, const vc_lexicon *lex, int language)
{
    const char *cols[7];
    int kinds[7];
    char group[32];
    size_t n = comment_cols(cols, kinds, group, scale, has_signals(lex), language);
    vc_sink s;
    vc_sink_init(&s, fmt, b);
    return s.begin(&s, cols, n);
}

vc_status vc_rows_tail(vc_buf *b, vc_table_format fmt)
{
    vc_sink s;
    vc_sink_init(&s, fmt, b);
    return s.end(&s);
}

vc_status vc_rejects_header(vc_buf *b) { return vc_rejects_head(b, VC_TABLE_CSV); }

vc_status vc_comments_header(vc_buf *b, vc_scale scale) { return vc_comments_head(b, VC_TABLE_CSV, scale, NULL, 0); }

vc_status vc_comments_header_lex(vc_buf *b, vc_scale scale, const vc_lexicon *lex)
{
    return vc_comments_head(b, VC_TABLE_CSV, scale, lex, 0);
}

vc_status vc_comments_header_language(vc_buf *b, vc_scale scale, const vc_lexicon *lex, int language)
{
    return vc_comments_head(b, VC_TABLE_CSV, scale, lex, language);
}

vc_status vc_reject_row(vc_buf *b, const char *file, uint64_t line, uint64_t byte_offset, const char *reason,
                        const char *record, size_t record_len)
{
    return vc_reject_row_format(b, VC_TABLE_CSV, file, line, byte_offset, reason, record, record_len);
}

vc_status vc_reject_row_format(vc_buf *b, vc_table_format fmt, const char *file, uint64_t line,
                               uint64_t byte_offset, const char *reason, const char *record, size_t record_len)
{
    char l[24], o[24];
    snprintf(l, sizeof l, "%llu", (unsigned long long)line);
    snprintf(o, sizeof o, "%llu", (unsigned long long)byte_offset);
    const char *cells[] = {file, l, o, reason, record};
    size_t lens[] = {strlen(file), strlen(l), strlen(o), strlen(reason),
                     record_len < VC_REJECT_RECORD_MAX ? record_len : VC_REJECT_RECORD_MAX};
    vc_sink s;
    vc_sink_init_rows(&s, fmt, b, REJECT_COLS);
    return vc_sink_row_n(&s, cells, lens, REJECT_KINDS, 5);
}

vc_status vc_comment_row(vc_buf *b, vc_buf *scratch, const char *id, size_t id_len, const char *file,
                         uint64_t recno, const vc_lexicon *lex, const vc_analysis *a, vc_scale scale, int group)
{
    return vc_comment_row_format(b, VC_TABLE_CSV, scratch, id, id_len, file, recno, lex, a, scale, group, NULL);
}

vc_status vc_comment_row_language(vc_buf *b, vc_buf *scratch, const char *id, size_t id_len, const char *file,
                                  uint64_t recno, const vc_lexicon *lex, const vc_analysis *a, vc_scale scale,
                                  int group, const char *language)
{
    return vc_comment_row_format(b, VC_TABLE_CSV, scratch, id, id_len, file, recno, lex, a, scale, group, language);
}

/* The names of the analysis' themes from `from` on (below `to`) joined with
 * ';' into scratch, each without its first `skip` bytes; returns the start
 * offset of the list in scratch. */
static size_t join_themes(vc_buf *scratch, const vc_lexicon *lex, const vc_analysis *a, size_t from, size_t to,
                          size_t skip)
{
    size_t at = scratch->len;
    for (size_t t = 0; t < a->nthemes; t++) {
        if (a->themes[t].theme < from || a->themes[t].theme >= to)
            continue;
        if (scratch->len > at)
            vc_buf_append_char(scratch, ';');
        vc_buf_append_str(scratch, vc_lexicon_theme_name(lex, a->themes[t].theme) + skip);
    }
    return at;
}

vc_status vc_comment_row_format(vc_buf *b, vc_table_format fmt, vc_buf *scratch, const char *id, size_t id_len,
                                const char *file, uint64_t recno, const vc_lexicon *lex, const vc_analysis *a,
                                vc_scale scale, int group, const char *language)
{
    const char *cols[7], *cells[7];
    int kinds[7];
    size_t lens[7];
    char gname[32], num[24], compound[32] = "";
    int signals = has_signals(lex);
    size_t n = comment_cols(cols, kinds, gname, scale, signals, language != NULL);
    /* scratch holds the id made from the record number, the themes and the
     * signals one after the other: offsets first, pointers once it stops
     * growing */
    vc_buf_reset(scratch);
    size_t id_at = 0, id_n = id_len;
    if (!id && file)
        vc_buf_printf(scratch, "%s:%llu", file, (unsigned long long)recno);
    id_n = id ? id_len : file ? scratch->len : 0;
    if (!id && !file) {
        snprintf(num, sizeof num, "%llu", (unsigned long long)recno);
        id_n = strlen(num);
    }
    size_t sig = vc_lexicon_signal_start(lex), nth = vc_lexicon_theme_count(lex);
    size_t themes_at = join_themes(scratch, lex, a, 0, sig, 0);
    size_t themes_n = scratch->len - themes_at;
    size_t signals_at = join_themes(scratch, lex, a, sig, nth, strlen(VC_SIGNAL_PREFIX));
    size_t signals_n = scratch->len - signals_at;
    if (vc_buf_status(scratch))
        return vc_buf_status(scratch);
    const char *sd = scratch->data ? scratch->data : "";
    const char *sentiment = "";
    if (a->has_sentiment) {
        int cls = vc_sentiment_class(a->sentiment.compound);
        snprintf(compound, sizeof compound, "%.4f", a->sentiment.compound);
        sentiment = cls == 0 ? "positive" : cls == 2 ? "negative" : "neutral";
    }
    const char *glabel = vc_scale_group_label(scale, group);
    size_t k = 0;
    cells[k] = id ? id : file ? sd + id_at : num;
    lens[k++] = id_n;
    cells[k] = sd + themes_at;
    lens[k++] = themes_n;
    cells[k] = compound;
    lens[k++] = strlen(compound);
    cells[k] = sentiment;
    lens[k++] = strlen(sentiment);
    cells[k] = glabel;
    lens[k++] = strlen(glabel);
    if (signals) {
        cells[k] = sd + signals_at;
        lens[k++] = signals_n;
    }
    if (language) { /* a code: letters only, never quoted */
        cells[k] = language;
        lens[k++] = strlen(language);
    }
    vc_sink s;
    vc_sink_init_rows(&s, fmt, b, cols);
    return vc_sink_row_n(&s, cells, lens, kinds, n);
}

/* One field of a CSV row vc_reject_row wrote, from *at: its text into
 * cell (unquoted, the formula guard taken off), *at past its delimiter.
 * -1 at a malformed field. */
static int csv_cell(const char *p, size_t n, size_t *at, vc_buf *cell)
{
    size_t i = *at;
    vc_buf_reset(cell);
    if (i < n && p[i] == '"') {
        size_t start = ++i;
        for (;; i++) {
            if (i >= n)
                return -1;
            if (p[i] == '"' && i + 1 < n && p[i + 1] == '"') {
                vc_buf_append(cell, p + start, i + 1 - start);
                start = ++i + 1;
            } else if (p[i] == '"') {
                vc_buf_append(cell, p + start, i - start);
                i++;
                break;
            }
        }
        /* a formula cell was written as "'=..." (vc_buf_csv_field) */
        if (cell->len >= 2 && cell->data[0] == '\'' && strchr("=+-@\t\r", cell->data[1]) && p[*at + 1] == '\'') {
            memmove(cell->data, cell->data + 1, cell->len - 1);
            cell->len--;
        }
    } else {
        size_t start = i;
        while (i < n && p[i] != ',' && p[i] != '\n')
            i++;
        vc_buf_append(cell, p + start, i - start);
    }
    vc_buf_append_char(cell, 0);
    cell->len--;
    if (i < n && (p[i] == ',' || p[i] == '\n'))
        i++;
    else if (i < n)
        return -1;
    *at = i;
    return 0;
}

vc_status vc_reject_rows_convert(vc_buf *out, vc_table_format fmt, const char *rows, size_t len, int first)
{
    if (fmt == VC_TABLE_CSV)
        return vc_buf_append(out, rows, len);
    vc_buf cell[5] = {VC_BUF_INIT, VC_BUF_INIT, VC_BUF_INIT, VC_BUF_INIT, VC_BUF_INIT};
    vc_status st = VC_OK;
    size_t at = 0;
    vc_sink s;
    vc_sink_init_rows(&s, fmt, out, REJECT_COLS);
    if (first)
        s.nrows = 0;
    while (at < len && !st) {
        const char *cells[5];
        size_t lens[5];
        for (int k = 0; k < 5 && !st; k++) {
            if (csv_cell(rows, len, &at, &cell[k]))
                st = VC_ERR_DATA;
            st = st ? st : vc_buf_status(&cell[k]);
            cells[k] = cell[k].data ? cell[k].data : "";
            lens[k] = cell[k].len;
        }
        if (!st)
            st = vc_sink_row_n(&s, cells, lens, REJECT_KINDS, 5);
    }
    for (int k = 0; k < 5; k++)
        vc_buf_free(&cell[k]);
    return st;
}
