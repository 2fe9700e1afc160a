/*
 * table_sink.c - the one row writer behind every table: CSV, JSON
 * ({"rows":[...]}) and NDJSON from column names and typed cells
 * (table_sink.h).
 *
 * The writers of the report layer (the theme table, changes, quotes, the
 * lab reports) and the run layer's streamed rows (rejects, comments) only
 * say which columns a table has and what each cell is; how a cell looks in
 * a format is decided here, once. A JSON row and an NDJSON line are the
 * same object bytes, so the two formats differ only in the wrapper.
 *
 * JSON strings are written by a local escaper rather than
 * vc_buf_json_string because a cell may be a span of a rejected record:
 * any bytes at all. Valid UTF-8 comes out exactly as vc_buf_json_string
 * writes it (the table's bytes did not change when it moved here); an
 * invalid sequence (a byte that starts no valid character, with the
 * continuation bytes after it) becomes one U+FFFD, so a JSON reader never
 * refuses a line.
 *
 * Everything appends to the caller's vc_buf without a check per write and
 * returns its sticky status; the sink itself holds no memory.
 */
#include <string.h>

#include "vocal/table_sink.h"

static const char *const FORMAT_NAMES[] = {"csv", "json", "ndjson"};

int vc_table_format_parse(const char *name, vc_table_format *out)
{
    for (int i = 0; i < 3; i++)
        if (strcmp(name, FORMAT_NAMES[i]) == 0) {
            *out = (vc_table_format)i;
            return 0;
        }
    return -1;
}

const char *vc_table_format_name(vc_table_format fmt)
{
    return (unsigned)fmt < 3 ? FORMAT_NAMES[fmt] : "csv";
}

/* The length of the valid UTF-8 sequence at p (at most n bytes), or 0. */
static size_t utf8_seq(const unsigned char *p, size_t n)
{
    unsigned char c = p[0];
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF; /* the range of the second byte */
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0; /* no overlong form */
        else if (c == 0xED)
            hi = 0x9F; /* no surrogate */
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F; /* nothing above U+10FFFF */
    } else
        return 0;
    if (n < len || p[1] < lo || p[1] > hi)
        return 0;
    for (size_t i = 2; i < len; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    return len;
}

/* s (n bytes) as a JSON string literal. */
static void json_text(vc_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s;
    vc_buf_append_char(b, '"');
    size_t start = 0, i = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            i++;
            continue;
        }
        size_t len = c >= 0x80 ? utf8_seq(p + i, n - i) : 1;
        if (c >= 0x80 && len) {
            i += len;
            continue;
        }
        vc_buf_append(b, s + start, i - start);
        if (!len) { /* invalid UTF-8: one U+FFFD, and on from the next byte */
            vc_buf_append_str(b, "\xEF\xBF\xBD");
            i++;
            while (i < n && (p[i] & 0xC0) == 0x80 && !utf8_seq(p + i, n - i))
                i++;
            start = i;
            continue;
        }
        char esc[7] = {'\\', 0, 0, 0, 0, 0, 0};
        size_t elen = 2;
        switch (c) {
        case '"': esc[1] = '"'; break;
        case '\\': esc[1] = '\\'; break;
        case '\n': esc[1] = 'n'; break;
        case '\r': esc[1] = 'r'; break;
        case '\t': esc[1] = 't'; break;
        default:
            esc[1] = 'u';
            esc[2] = '0';
            esc[3] = '0';
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            elen = 6;
        }
        vc_buf_append(b, esc, elen);
        start = ++i;
    }
    vc_buf_append(b, s + start, n - start);
    vc_buf_append_char(b, '"');
}

/* A ';'-separated value as a JSON array of strings ("" is []). */
static void json_list(vc_buf *b, const char *s, size_t n)
{
    vc_buf_append_char(b, '[');
    for (size_t i = 0, start = 0; n && i <= n; i++)
        if (i == n || s[i] == ';') {
            if (start)
                vc_buf_append_char(b, ',');
            json_text(b, s + start, i - start);
            start = i + 1;
        }
    vc_buf_append_char(b, ']');
}

static void json_cell(vc_buf *b, const char *cell, size_t n, int kind)
{
    switch (kind) {
    case VC_SINK_NUMBER: {
        /* empty, or no number at all ("inf", "nan"): null, never bad JSON */
        size_t d = n && cell[0] == '-';
        if (d < n && cell[d] >= '0' && cell[d] <= '9')
            vc_buf_append(b, cell, n);
        else
            vc_buf_append_str(b, "null");
        break;
    }
    case VC_SINK_LIST: json_list(b, cell, n); break;
    case VC_SINK_OPTIONAL:
        if (!n) {
            vc_buf_append_str(b, "null");
            break;
        }
        /* fall through */
    default: json_text(b, cell, n);
    }
}

static vc_status sink_begin(vc_sink *s, const char *const *cols, size_t n)
{
    s->cols = cols;
    if (s->fmt == VC_TABLE_JSON) {
        vc_buf_append_str(s->out, "{\"rows\":[");
    } else if (s->fmt == VC_TABLE_CSV) {
        for (size_t i = 0; i < n; i++) {
            if (i)
                vc_buf_append_char(s->out, ',');
            vc_buf_append_str(s->out, cols[i]);
        }
        vc_buf_append_char(s->out, '\n');
    }
    return vc_buf_status(s->out);
}

vc_status vc_sink_row_n(vc_sink *s, const char *const *cells, const size_t *lens, const int *kinds, size_t n)
{
    vc_buf *b = s->out;
    if (s->fmt == VC_TABLE_CSV) {
        for (size_t i = 0; i < n; i++) {
            size_t len = lens ? lens[i] : strlen(cells[i]);
            if (i)
                vc_buf_append_char(b, ',');
            if (kinds[i] == VC_SINK_NUMBER)
                vc_buf_append(b, cells[i], len);
            else
                vc_buf_csv_field(b, cells[i], len, 1);
        }
        vc_buf_append_char(b, '\n');
    } else {
        if (s->fmt == VC_TABLE_JSON)
            vc_buf_append_str(b, s->nrows ? ",\n{" : "\n{");
        else
            vc_buf_append_char(b, '{');
        for (size_t i = 0; i < n; i++) {
            if (i)
                vc_buf_append_char(b, ',');
            json_text(b, s->cols[i], strlen(s->cols[i]));
            vc_buf_append_char(b, ':');
            json_cell(b, cells[i], lens ? lens[i] : strlen(cells[i]), kinds[i]);
        }
        vc_buf_append_str(b, s->fmt == VC_TABLE_JSON ? "}" : "}\n");
    }
    s->nrows++;
    return vc_buf_status(b);
}

static vc_status sink_row(vc_sink *s, const char *const *cells, const int *kinds, size_t n)
{
    return vc_sink_row_n(s, cells, NULL, kinds, n);
}

static vc_status sink_end(vc_sink *s)
{
    if (s->fmt == VC_TABLE_JSON)
        vc_buf_append_str(s->out, "\n]}\n");
    return vc_buf_status(s->out);
}

void vc_sink_init(vc_sink *s, vc_table_format fmt, vc_buf *out)
{
    memset(s, 0, sizeof *s);
    s->out = out;
    s->fmt = (unsigned)fmt < 3 ? fmt : VC_TABLE_CSV;
    s->begin = sink_begin;
    s->row = sink_row;
    s->end = sink_end;
}

void vc_sink_init_rows(vc_sink *s, vc_table_format fmt, vc_buf *out, const char *const *cols)
{
    vc_sink_init(s, fmt, out);
    s->cols = cols;
    s->nrows = 1; /* in JSON, a separator before every row */
}

size_t vc_sink_lead_skip(vc_table_format fmt, const char *data, size_t len)
{
    return fmt == VC_TABLE_JSON && len && data[0] == ',' ? 1 : 0;
}
