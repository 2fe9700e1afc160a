/*
 * partial.c - saving, loading and merging the state behind a run's outputs.
 *
 * The state is kept by "part": one input file, or one share of a
 * multi-member gzip file. Parts are sorted by (name, share), and every
 * quote refers to its part and a line counted from the part's start. That
 * order is the order of (file, file line) once all shares are present, so
 * quotes compare and deduplicate the same way before and after lines are
 * rebased, and merging never needs the shares of a file at hand.
 *
 * vc_partial_finish() folds shares into files: a share's lines and byte
 * offsets move up by the line breaks and bytes of the shares before it,
 * in the quotes and in the rejected rows (whose line and byte_offset
 * fields are rewritten; the rest of each row is copied as it was).
 *
 * Everything is integers or bit-exact doubles, so encode/decode round
 * trips are exact and merge order cannot matter. A partial is checked when
 * loaded: besides decoding, its accounting must add up (check_accounting),
 * so a crafted or damaged one is refused before it reaches a merge.
 *
 * Rejected rows are the one part of the state that grows with the input,
 * so a scan keeps them through vc_rejects_keep: a stdio stream (glibc's
 * fopencookie) that passes every byte on to the scan's own rejects file
 * and keeps whole rows, in commit order, up to a byte cap. The rows past
 * the cap are counted per part (rejects_dropped), so the accounting still
 * adds up: kept rows + dropped = rows_rejected.
 */
#define _GNU_SOURCE /* fopencookie */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "langcount_internal.h"
#include "vocal/partial.h"
#include "vocal/stream.h"
#include "vocal/wire.h"

#define MAGIC "VOCALPRT"
#define MAGIC_LEN 8

typedef struct part {
    char *name, *format, *backend, *message;
    uint64_t rows_read, rows_analyzed, rows_rejected, bytes_in, bytes_out, newlines;
    unsigned members, share_index, share_count;
    uint64_t rejects_dropped; /* rejected rows over the cap, not in `rejects` */
    char *rejects;
    size_t rejects_len;
} part;

struct vc_partial {
    char *settings;
    uint64_t fingerprint;
    vc_partial_meta meta;
    char **dim_names, **theme_names, *lexicon_name;
    char **theme_labels; /* per theme, NULL: none */
    uint32_t *theme_parent;
    char *text_col, *score_col, *id_col;
    char **text_cols; /* several text columns (ntext > 1), text_cols[0] a copy of text_col */
    size_t ntext;
    int text_detected, score_detected;
    vc_scan_stats totals;
    vc_langtab langs; /* totals.languages point here (sync_languages) */
    char *sent_langs; /* totals.sentiment_languages points here (from the settings) */
    part *parts;
    size_t nparts;
    vc_agg *agg;
    vc_quotes *quotes; /* file = part index, line from the part's start */
    size_t quotes_k;
    /* after vc_partial_finish */
    int finished;
    vc_file_stats *files;
    vc_quotes *file_quotes; /* file = file index, file lines */
    vc_buf rejects;
};

static void part_free(part *t)
{
    free(t->name);
    free(t->format);
    free(t->backend);
    free(t->message);
    free(t->rejects);
}

void vc_partial_free(vc_partial *p)
{
    if (!p)
        return;
    free(p->settings);
    for (size_t i = 0; p->dim_names && i < p->meta.ndims; i++)
        free(p->dim_names[i]);
    for (size_t i = 0; p->theme_names && i < p->meta.nthemes; i++)
        free(p->theme_names[i]);
    for (size_t i = 0; p->theme_labels && i < p->meta.nthemes; i++)
        free(p->theme_labels[i]);
    free(p->dim_names);
    free(p->theme_names);
    free(p->theme_labels);
    free(p->theme_parent);
    free(p->lexicon_name);
    free(p->text_col);
    for (size_t i = 0; p->text_cols && i < p->ntext; i++)
        free(p->text_cols[i]);
    free(p->text_cols);
    free(p->score_col);
    free(p->id_col);
    for (size_t i = 0; i < p->nparts; i++)
        part_free(&p->parts[i]);
    free(p->parts);
    for (size_t i = 0; p->files && i < p->totals.nfiles; i++) {
        free(p->files[i].name);
        free(p->files[i].format);
        free(p->files[i].message);
    }
    free(p->files);
    vc_agg_free(p->agg);
    vc_langtab_free(&p->langs);
    free(p->sent_langs);
    vc_quotes_free(p->quotes);
    vc_quotes_free(p->file_quotes);
    vc_buf_free(&p->rejects);
    free(p);
}

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

static int part_cmp(const part *a, const part *b)
{
    int c = strcmp(a->name, b->name);
    if (c)
        return c;
    return a->share_index < b->share_index ? -1 : a->share_index > b->share_index;
}

/* Copy meta (and the arrays it points to) into p. */
static vc_status set_meta(vc_partial *p, const vc_partial_meta *m)
{
    p->meta = *m;
    p->dim_names = vc_xcalloc(m->ndims + 1, sizeof *p->dim_names);
    p->theme_names = vc_xcalloc(m->nthemes + 1, sizeof *p->theme_names);
    p->theme_parent = vc_xcalloc(m->nthemes + 1, sizeof *p->theme_parent);
    p->theme_labels = vc_xcalloc(m->nthemes + 1, sizeof *p->theme_labels);
    p->lexicon_name = strdup(m->lexicon_name ? m->lexicon_name : "");
    if (!p->dim_names || !p->theme_names || !p->theme_parent || !p->theme_labels || !p->lexicon_name)
        return VC_ERR_NOMEM;
    for (size_t i = 0; i < m->ndims; i++)
        if (!(p->dim_names[i] = strdup(m->dim_names[i])))
            return VC_ERR_NOMEM;
    for (size_t i = 0; i < m->nthemes; i++) {
        if (!(p->theme_names[i] = strdup(m->theme_names[i])))
            return VC_ERR_NOMEM;
        p->theme_parent[i] = m->theme_parent[i];
        if (m->theme_labels && m->theme_labels[i] && !(p->theme_labels[i] = strdup(m->theme_labels[i])))
            return VC_ERR_NOMEM;
    }
    p->meta.dim_names = (const char *const *)p->dim_names;
    p->meta.theme_names = (const char *const *)p->theme_names;
    p->meta.theme_parent = p->theme_parent;
    p->meta.theme_labels = (const char *const *)p->theme_labels;
    p->meta.lexicon_name = p->lexicon_name;
    return VC_OK;
}

/* Length of the CSV row at s (through its '\n'; quoted fields may hold line
 * breaks, and the writer quotes every field that does). */
static size_t csv_row_len(const char *s, size_t n)
{
    int quoted = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            quoted = !quoted;
        else if (s[i] == '\n' && !quoted)
            return i + 1;
    }
    return n;
}

/* ---- keeping rejected rows ------------------------------------------------ */

struct vc_rejects_keep {
    FILE *fp;
    FILE *tee;
    size_t cap;
    vc_buf kept;    /* whole rows, while they fit in cap */
    vc_buf row;     /* the row being written */
    int quoted;     /* inside a quoted field of `row` */
    int full;       /* a row did not fit: keep no more */
    int failed;     /* a write to tee or to memory failed */
    uint64_t dropped;
};

static void keep_row(vc_rejects_keep *k)
{
    if (!k->full && k->kept.len + k->row.len <= k->cap)
        vc_buf_append(&k->kept, k->row.data, k->row.len);
    else {
        k->full = 1;
        k->dropped++;
    }
    vc_buf_reset(&k->row);
}

static ssize_t keep_write(void *cookie, const char *data, size_t n)
{
    vc_rejects_keep *k = cookie;
    if (k->tee && n && fwrite(data, 1, n, k->tee) != n)
        k->failed = 1;
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        if (data[i] == '"')
            k->quoted = !k->quoted;
        else if (data[i] == '\n' && !k->quoted) {
            if (!k->full)
                vc_buf_append(&k->row, data + start, i + 1 - start);
            else
                k->row.len = 1; /* only its existence counts */
            keep_row(k);
            start = i + 1;
        }
    }
    if (start < n && !k->full)
        vc_buf_append(&k->row, data + start, n - start);
    else if (start < n)
        k->row.len = 1;
    if (vc_buf_status(&k->kept) || vc_buf_status(&k->row))
        k->failed = 1;
    return (ssize_t)n;
}

vc_rejects_keep *vc_rejects_keep_new(size_t cap, FILE *tee)
{
    vc_rejects_keep *k = calloc(1, sizeof *k);
    if (!k)
        return NULL;
    k->cap = cap;
    k->tee = tee;
    k->kept = (vc_buf)VC_BUF_INIT;
    k->row = (vc_buf)VC_BUF_INIT;
    cookie_io_functions_t io = {NULL, keep_write, NULL, NULL};
    if (!(k->fp = fopencookie(k, "w", io))) {
        free(k);
        return NULL;
    }
    return k;
}

FILE *vc_rejects_keep_stream(vc_rejects_keep *k) { return k->fp; }

int vc_rejects_keep_flush(vc_rejects_keep *k)
{
    if (fflush(k->fp) != 0)
        k->failed = 1;
    if (k->row.len) /* a last row without its line break */
        keep_row(k);
    return k->failed;
}

const char *vc_rejects_keep_rows(const vc_rejects_keep *k, size_t *len, uint64_t *dropped)
{
    *len = k->kept.len;
    *dropped = k->dropped;
    return k->kept.data;
}

void vc_rejects_keep_free(vc_rejects_keep *k)
{
    if (!k)
        return;
    fclose(k->fp);
    vc_buf_free(&k->kept);
    vc_buf_free(&k->row);
    free(k);
}

static void sum_totals(vc_scan_stats *a, const vc_scan_stats *b)
{
#define SUM(field, name, kind) a->field += b->field;
    VC_SCAN_COUNTERS(SUM)
#undef SUM
}

/* The comments per language in the totals, after any change to them. */
static void sync_languages(vc_partial *p)
{
    vc_langtab_sort(&p->langs);
    p->totals.languages = p->langs.v;
    p->totals.nlanguages = p->langs.n;
}

/* The codes of the settings' "sentiment_languages=de=HASH es=HASH" line
 * (partial_settings.c) as the scan gives them: "de es "; "" when the
 * line is not there (English only). */
static vc_status sync_sentiment_languages(vc_partial *p)
{
    const char *key = "\nsentiment_languages=", *l = p->settings ? strstr(p->settings, key) : NULL;
    size_t n = 0;
    free(p->sent_langs);
    p->sent_langs = calloc(1, l ? strcspn(l + strlen(key), "\n") + 2 : 1);
    if (!p->sent_langs)
        return VC_ERR_NOMEM;
    for (l = l ? l + strlen(key) : NULL; l && *l && *l != '\n';) {
        size_t code = strcspn(l, "= \n");
        memcpy(p->sent_langs + n, l, code);
        n += code;
        p->sent_langs[n++] = ' ';
        l += strcspn(l, " \n");
        if (*l == ' ')
            l++;
    }
    p->sent_langs[n] = 0;
    p->totals.sentiment_languages = p->sent_langs;
    return VC_OK;
}

static vc_partial *partial_new(void)
{
    vc_partial *p = calloc(1, sizeof *p);
    return p;
}

/* Add quotes to `into` through a map of part indexes (and a line base per
 * part, or NULL): encode, then decode-merge, so that every rule of
 * vc_quotes_decode_merge applies. */
static vc_status requote(const vc_quotes *from, const uint64_t *map, const uint64_t *line_base, size_t nparts,
                         vc_quotes *into)
{
    vc_buf b = VC_BUF_INIT;
    vc_status st = vc_quotes_encode(from, &b);
    if (!st) {
        vc_wire_reader r;
        vc_wire_reader_init(&r, b.data, b.len);
        st = vc_quotes_decode_merge(into, &r, map, line_base, nparts);
    }
    vc_buf_free(&b);
    return st;
}

vc_status vc_partial_from_scan(const vc_scan *scan, const vc_partial_meta *meta, const char *settings,
                               const char *rejects, size_t rejects_len, uint64_t rejects_dropped,
                               vc_partial **out, vc_error *err)
{
    *out = NULL;
    const vc_scan_stats *s = vc_scan_stats_get(scan);
    vc_partial *p = partial_new();
    vc_status st = p ? set_meta(p, meta) : VC_ERR_NOMEM;
    if (!st) {
        p->settings = strdup(settings);
        p->fingerprint = vc_hash_bytes(settings, strlen(settings));
        p->text_col = dup_or_null(s->text_col);
        if (s->ntext_cols > 1 && (p->text_cols = vc_xcalloc(s->ntext_cols, sizeof *p->text_cols))) {
            p->ntext = s->ntext_cols;
            for (size_t i = 0; i < p->ntext; i++)
                if (!(p->text_cols[i] = strdup(s->text_cols[i])))
                    st = VC_ERR_NOMEM;
        } else if (s->ntext_cols > 1) {
            st = VC_ERR_NOMEM;
        }
        p->score_col = dup_or_null(s->score_col);
        p->id_col = dup_or_null(s->id_col);
        p->text_detected = s->text_detected;
        p->score_detected = s->score_detected;
        sum_totals(&p->totals, s);
        for (size_t i = 0; i < s->nlanguages && !st; i++)
            st = vc_langtab_add(&p->langs, s->languages[i].code, s->languages[i].comments);
        sync_languages(p);
        if (!st && p->settings)
            st = sync_sentiment_languages(p);
        p->parts = vc_xcalloc(s->nfiles + 1, sizeof *p->parts);
        p->nparts = s->nfiles;
        p->agg = vc_agg_new(meta->ndims, meta->nthemes, vc_agg_max_segments(vc_scan_agg(scan)));
        if (!p->settings || !p->parts || !p->agg)
            st = VC_ERR_NOMEM;
    }
    if (!st)
        st = vc_agg_merge(p->agg, vc_scan_agg(scan));
    if (!st)
        vc_agg_sort(p->agg); /* equal counts, equal bytes: a rerun writes the same file */
    /* the parts, with their rejected rows (the rejects stream holds them
     * file by file, rows_rejected of each; past the cap, the rest of the
     * rows are counted as dropped) */
    size_t at = 0;
    uint64_t dropped = 0;
    for (size_t i = 0; i < s->nfiles && !st; i++) {
        const vc_file_stats *f = &s->files[i];
        if (f->status)
            return vc_partial_free(p), vc_error_set(err, VC_ERR_USAGE, "%s: the input failed; no partial", f->name);
        part *t = &p->parts[i];
        t->name = strdup(f->name);
        t->format = dup_or_null(f->format);
        t->backend = strdup(f->backend ? f->backend : "plain");
        t->message = dup_or_null(f->message);
        t->rows_read = f->rows_read;
        t->rows_analyzed = f->rows_analyzed;
        t->rows_rejected = f->rows_rejected;
        t->bytes_in = f->bytes_in;
        t->bytes_out = f->bytes_out;
        t->members = f->members;
        t->share_index = f->share_index;
        t->share_count = f->share_count;
        t->newlines = f->newlines;
        size_t start = at;
        uint64_t r = 0;
        for (; r < f->rows_rejected && at < rejects_len; r++)
            at += csv_row_len(rejects + at, rejects_len - at);
        t->rejects_dropped = f->rows_rejected - r;
        dropped += t->rejects_dropped;
        if (at > start && !(t->rejects = vc_strndup(rejects + start, at - start)))
            st = VC_ERR_NOMEM;
        t->rejects_len = at - start;
        if (!t->name || !t->backend)
            st = VC_ERR_NOMEM;
    }
    if (!st && (at != rejects_len || dropped != rejects_dropped))
        st = vc_error_set(err, VC_ERR_INTERNAL, "rejected rows do not match the rejected-row counts");
    /* sort the parts by name; quotes follow through a map */
    uint64_t *map = st ? NULL : vc_xcalloc(p->nparts + 1, sizeof *map);
    size_t *order = st ? NULL : vc_xcalloc(p->nparts + 1, sizeof *order);
    if (!st && (!map || !order))
        st = VC_ERR_NOMEM;
    if (!st) {
        for (size_t i = 0; i < p->nparts; i++)
            order[i] = i;
        for (size_t i = 1; i < p->nparts; i++) /* insertion sort: inputs are few */
            for (size_t j = i; j > 0 && part_cmp(&p->parts[order[j - 1]], &p->parts[order[j]]) > 0; j--) {
                size_t x = order[j];
                order[j] = order[j - 1];
                order[j - 1] = x;
            }
        part *sorted = vc_xcalloc(p->nparts + 1, sizeof *sorted);
        if (!sorted)
            st = VC_ERR_NOMEM;
        for (size_t i = 0; sorted && i < p->nparts; i++) {
            sorted[i] = p->parts[order[i]];
            map[order[i]] = i;
            if (i && part_cmp(&sorted[i - 1], &sorted[i]) == 0)
                st = vc_error_set(err, VC_ERR_USAGE, "%s is given twice", sorted[i].name);
        }
        if (sorted) {
            free(p->parts);
            p->parts = sorted;
        }
    }
    const vc_quotes *q = vc_scan_quotes(scan);
    if (!st && q) {
        p->quotes_k = vc_quotes_k(q);
        p->quotes = vc_quotes_new_themes(meta->nthemes, p->quotes_k);
        st = p->quotes ? requote(q, map, NULL, p->nparts, p->quotes) : VC_ERR_NOMEM;
    }
    free(map);
    free(order);
    if (st) {
        vc_partial_free(p);
        if (err && !err->status)
            vc_error_set(err, st, "%s", vc_strerror(st));
        return st;
    }
    *out = p;
    return VC_OK;
}

/* ---- encoding -------------------------------------------------------------- */

static vc_status encode_raw(const vc_partial *p, vc_buf *b)
{
    /* Every put appends to b, whose error is sticky: its status is read
     * once at the end. Only the counters' and the quotes' encoders can fail
     * on their own, so theirs are checked. */
    vc_buf_append(b, MAGIC, MAGIC_LEN);
    vc_wire_put_u64(b, VC_PARTIAL_VERSION);
    vc_wire_put_cstr(b, p->settings);
    vc_wire_put_u64(b, p->fingerprint);
    const vc_partial_meta *m = &p->meta;
    vc_wire_put_u64(b, (uint64_t)m->scale);
    vc_wire_put_u64(b, (uint64_t)m->sentiment);
    vc_wire_put_u64(b, m->ndims);
    for (size_t i = 0; i < m->ndims; i++)
        vc_wire_put_cstr(b, m->dim_names[i]);
    vc_wire_put_u64(b, (uint64_t)(m->period_dim + 1));
    vc_wire_put_u64(b, m->nthemes);
    for (size_t i = 0; i < m->nthemes; i++) {
        vc_wire_put_cstr(b, m->theme_names[i]);
        vc_wire_put_u64(b, m->theme_parent[i] == VC_NO_THEME ? 0 : (uint64_t)m->theme_parent[i] + 1);
    }
    for (size_t i = 0; i < m->nthemes; i++) /* labels: none is the "no string" of wire.h */
        vc_wire_put_cstr(b, m->theme_labels ? m->theme_labels[i] : NULL);
    vc_wire_put_cstr(b, m->lexicon_name);
    vc_wire_put_u64(b, m->lexicon_entries);
    vc_wire_put_u64(b, m->lexicon_fingerprint);
    vc_wire_put_cstr(b, p->text_col);
    vc_wire_put_cstr(b, p->score_col);
    vc_wire_put_cstr(b, p->id_col);
    vc_wire_put_u64(b, (uint64_t)p->text_detected);
    vc_wire_put_u64(b, (uint64_t)p->score_detected);
    vc_wire_put_u64(b, p->ntext); /* several text columns: each; 0 with one */
    for (size_t i = 0; i < p->ntext; i++)
        vc_wire_put_cstr(b, p->text_cols[i]);
    const vc_scan_stats *s = &p->totals;
#define TOTAL(field, name, kind) s->field,
    const uint64_t totals[] = {VC_SCAN_COUNTERS(TOTAL)};
#undef TOTAL
    for (size_t i = 0; i < sizeof totals / sizeof *totals; i++)
        vc_wire_put_u64(b, totals[i]);
    vc_langtab_encode(&p->langs, b);
    vc_wire_put_u64(b, p->nparts);
    for (size_t i = 0; i < p->nparts; i++) {
        const part *t = &p->parts[i];
        vc_wire_put_cstr(b, t->name);
        vc_wire_put_cstr(b, t->format);
        vc_wire_put_cstr(b, t->backend);
        vc_wire_put_cstr(b, t->message);
        const uint64_t v[] = {t->rows_read, t->rows_analyzed, t->rows_rejected, t->bytes_in,       t->bytes_out,
                              t->members,   t->share_index,   t->share_count,   t->newlines, t->rejects_dropped};
        for (size_t k = 0; k < sizeof v / sizeof *v; k++)
            vc_wire_put_u64(b, v[k]);
        vc_wire_put_str(b, t->rejects ? t->rejects : "", t->rejects_len);
    }
    vc_status st = vc_agg_encode(p->agg, b);
    vc_wire_put_u64(b, p->quotes != NULL);
    if (!st && p->quotes)
        st = vc_quotes_encode(p->quotes, b);
    vc_buf_append(b, "END", 3);
    return st ? st : vc_buf_status(b);
}

vc_status vc_partial_encode(const vc_partial *p, vc_buf *out)
{
    vc_buf raw = VC_BUF_INIT;
    vc_status st = encode_raw(p, &raw);
    z_stream z;
    memset(&z, 0, sizeof z);
    if (!st && deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        st = VC_ERR_NOMEM;
    if (!st) {
        uLong bound = deflateBound(&z, (uLong)raw.len);
        st = vc_buf_reserve(out, (size_t)bound);
        if (!st) {
            z.next_in = (Bytef *)raw.data;
            z.avail_in = (uInt)raw.len;
            z.next_out = (Bytef *)out->data + out->len;
            z.avail_out = (uInt)bound;
            if (deflate(&z, Z_FINISH) != Z_STREAM_END)
                st = VC_ERR_INTERNAL;
            else
                out->len += (size_t)z.total_out;
        }
        deflateEnd(&z);
    }
    vc_buf_free(&raw);
    return st;
}

/* ---- decoding -------------------------------------------------------------- */

static vc_status read_all(const char *path, vc_buf *b, size_t stop_after, vc_error *err)
{
    vc_stream *s;
    vc_status st = vc_stream_open(path, &s, err);
    while (!st) {
        if ((st = vc_buf_reserve(b, 1u << 16)))
            break;
        ssize_t n = vc_stream_read(s, b->data + b->len, 1u << 16, err);
        if (n < 0)
            st = (vc_status)n;
        if (n <= 0)
            break;
        b->len += (size_t)n;
        if (stop_after && b->len >= stop_after)
            break;
    }
    vc_stream_free(s);
    return st;
}

int vc_partial_sniff(const char *path)
{
    vc_buf b = VC_BUF_INIT;
    vc_error err;
    vc_error_clear(&err);
    int yes = read_all(path, &b, MAGIC_LEN, &err) == VC_OK && b.len >= MAGIC_LEN &&
              memcmp(b.data, MAGIC, MAGIC_LEN) == 0;
    vc_buf_free(&b);
    return yes;
}

/* A partial that decodes may still not add up (made by hand, or by a
 * vocal with a bug): every part must satisfy rows_read = rows_analyzed +
 * rows_rejected and hold rows_rejected rejected rows, kept or dropped, and the totals must
 * be the sums of the parts' per-file counters. A merge would otherwise pass
 * the error on as the month's numbers. */
static vc_status check_accounting(const vc_partial *p, const char *path, vc_error *err)
{
    uint64_t read = 0, analyzed = 0, rejected = 0, bytes_in = 0, bytes_out = 0;
    for (size_t i = 0; i < p->nparts; i++) {
        const part *t = &p->parts[i];
        uint64_t rows = 0;
        for (size_t at = 0; at < t->rejects_len; rows++)
            at += csv_row_len(t->rejects + at, t->rejects_len - at);
        if (t->rows_read != t->rows_analyzed + t->rows_rejected || t->rejects_dropped > t->rows_rejected ||
            rows != t->rows_rejected - t->rejects_dropped)
            return vc_error_set(err, VC_ERR_USAGE,
                                "%s: the partial does not add up: %s has rows_read %llu, rows_analyzed %llu, "
                                "rows_rejected %llu and %llu rejected rows%s (make it again)",
                                path, t->name, (unsigned long long)t->rows_read,
                                (unsigned long long)t->rows_analyzed, (unsigned long long)t->rows_rejected,
                                (unsigned long long)(rows + t->rejects_dropped),
                                t->rejects_dropped ? " kept or dropped" : "");
        read += t->rows_read;
        analyzed += t->rows_analyzed;
        rejected += t->rows_rejected;
        bytes_in += t->bytes_in;
        bytes_out += t->bytes_out;
    }
    const vc_scan_stats *s = &p->totals;
    if (s->rows_read != read || s->rows_analyzed != analyzed || s->rows_rejected != rejected ||
        s->bytes_in != bytes_in || s->bytes_out != bytes_out)
        return vc_error_set(err, VC_ERR_USAGE,
                            "%s: the partial does not add up: its totals (rows_read %llu, rows_analyzed %llu, "
                            "rows_rejected %llu) are not the sums of its inputs' (%llu, %llu, %llu) (make it again)",
                            path, (unsigned long long)s->rows_read, (unsigned long long)s->rows_analyzed,
                            (unsigned long long)s->rows_rejected, (unsigned long long)read,
                            (unsigned long long)analyzed, (unsigned long long)rejected);
    return VC_OK;
}

static vc_status decode(vc_partial *p, vc_wire_reader *r, const char *path, vc_error *err)
{
    if (!vc_wire_get_raw(r, MAGIC_LEN) || memcmp(r->p - MAGIC_LEN, MAGIC, MAGIC_LEN) != 0)
        return vc_error_set(err, VC_ERR_USAGE, "%s: not a vocal partial (write one with `vocal scan --partial`)",
                            path);
    uint64_t version = vc_wire_get_u64(r);
    if (version != VC_PARTIAL_VERSION)
        return vc_error_set(err, VC_ERR_USAGE,
                            "%s: partial format version %llu; this vocal reads version %d (make it again with "
                            "this vocal)",
                            path, (unsigned long long)version, VC_PARTIAL_VERSION);
    p->settings = vc_wire_get_strdup(r);
    p->fingerprint = vc_wire_get_u64(r);
    vc_partial_meta m;
    memset(&m, 0, sizeof m);
    uint64_t scale = vc_wire_get_u64(r);
    m.scale = scale <= VC_SCALE_CES ? (vc_scale)scale : VC_SCALE_NPS;
    m.sentiment = vc_wire_get_u64(r) != 0;
    uint64_t ndims = vc_wire_get_u64(r);
    if (r->bad || !p->settings || ndims == 0 || ndims > 64 || scale > VC_SCALE_CES)
        return VC_ERR_DATA;
    m.ndims = (size_t)ndims;
    p->dim_names = vc_xcalloc(m.ndims + 1, sizeof *p->dim_names);
    if (!p->dim_names)
        return VC_ERR_NOMEM;
    p->meta.ndims = m.ndims; /* so that vc_partial_free frees what was read */
    for (size_t i = 0; i < m.ndims; i++)
        if (!(p->dim_names[i] = vc_wire_get_strdup(r)))
            return VC_ERR_DATA;
    m.period_dim = (int)vc_wire_get_u64(r) - 1;
    uint64_t nthemes = vc_wire_get_u64(r);
    if (r->bad || nthemes > (uint64_t)(r->end - r->p) || m.period_dim >= (int)m.ndims)
        return VC_ERR_DATA;
    m.nthemes = (size_t)nthemes;
    p->theme_names = vc_xcalloc(m.nthemes + 1, sizeof *p->theme_names);
    p->theme_parent = vc_xcalloc(m.nthemes + 1, sizeof *p->theme_parent);
    p->theme_labels = vc_xcalloc(m.nthemes + 1, sizeof *p->theme_labels);
    if (!p->theme_names || !p->theme_parent || !p->theme_labels)
        return VC_ERR_NOMEM;
    p->meta.nthemes = m.nthemes;
    for (size_t i = 0; i < m.nthemes; i++) {
        p->theme_names[i] = vc_wire_get_strdup(r);
        uint64_t parent = vc_wire_get_u64(r);
        if (!p->theme_names[i] || parent > nthemes)
            return VC_ERR_DATA;
        p->theme_parent[i] = parent ? (uint32_t)(parent - 1) : VC_NO_THEME;
    }
    for (size_t i = 0; i < m.nthemes; i++)
        p->theme_labels[i] = vc_wire_get_strdup(r); /* NULL: none */
    if (r->bad)
        return VC_ERR_DATA;
    p->lexicon_name = vc_wire_get_strdup(r);
    m.lexicon_entries = (size_t)vc_wire_get_u64(r);
    m.lexicon_fingerprint = vc_wire_get_u64(r);
    p->text_col = vc_wire_get_strdup(r);
    p->score_col = vc_wire_get_strdup(r);
    p->id_col = vc_wire_get_strdup(r);
    p->text_detected = vc_wire_get_u64(r) != 0;
    p->score_detected = vc_wire_get_u64(r) != 0;
    uint64_t ntext = vc_wire_get_u64(r);
    if (r->bad || ntext == 1 || ntext > (uint64_t)(r->end - r->p))
        return VC_ERR_DATA;
    if (ntext) {
        if (!(p->text_cols = vc_xcalloc((size_t)ntext, sizeof *p->text_cols)))
            return VC_ERR_NOMEM;
        p->ntext = (size_t)ntext;
        for (size_t i = 0; i < p->ntext; i++)
            if (!(p->text_cols[i] = vc_wire_get_strdup(r)))
                return VC_ERR_DATA;
    }
    m.dim_names = (const char *const *)p->dim_names;
    m.theme_names = (const char *const *)p->theme_names;
    m.theme_parent = p->theme_parent;
    m.theme_labels = (const char *const *)p->theme_labels;
    m.lexicon_name = p->lexicon_name ? p->lexicon_name : "";
    p->meta = m;
    vc_scan_stats *s = &p->totals;
#define TOTAL(field, name, kind) &s->field,
    uint64_t *totals[] = {VC_SCAN_COUNTERS(TOTAL)};
#undef TOTAL
    for (size_t i = 0; i < sizeof totals / sizeof *totals; i++)
        *totals[i] = vc_wire_get_u64(r);
    vc_status lst = vc_langtab_decode_merge(&p->langs, r);
    if (!lst && p->settings)
        lst = sync_sentiment_languages(p);
    if (lst)
        return lst;
    sync_languages(p);
    uint64_t nparts = vc_wire_get_u64(r);
    if (r->bad || nparts > (uint64_t)(r->end - r->p))
        return VC_ERR_DATA;
    p->parts = vc_xcalloc((size_t)nparts + 1, sizeof *p->parts);
    if (!p->parts)
        return VC_ERR_NOMEM;
    for (size_t i = 0; i < nparts && !r->bad; i++) {
        part *t = &p->parts[i];
        p->nparts = i + 1;
        t->name = vc_wire_get_strdup(r);
        t->format = vc_wire_get_strdup(r);
        t->backend = vc_wire_get_strdup(r);
        t->message = vc_wire_get_strdup(r);
        uint64_t v[10];
        for (size_t k = 0; k < 10; k++)
            v[k] = vc_wire_get_u64(r);
        t->rows_read = v[0], t->rows_analyzed = v[1], t->rows_rejected = v[2], t->bytes_in = v[3];
        t->bytes_out = v[4], t->members = (unsigned)v[5], t->share_index = (unsigned)v[6];
        t->share_count = (unsigned)v[7], t->newlines = v[8], t->rejects_dropped = v[9];
        size_t n;
        const char *rj = vc_wire_get_str(r, &n);
        if (rj && n && !(t->rejects = vc_strndup(rj, n)))
            return VC_ERR_NOMEM;
        t->rejects_len = n;
        if (!t->name || !t->backend || (t->share_count && t->share_index >= t->share_count) ||
            (i && part_cmp(&p->parts[i - 1], t) >= 0))
            return VC_ERR_DATA;
    }
    if (r->bad)
        return VC_ERR_DATA;
    /* the counters: their shape comes first in the encoding */
    vc_wire_reader peek = *r;
    vc_wire_get_u64(&peek);
    vc_wire_get_u64(&peek);
    uint64_t maxseg = vc_wire_get_u64(&peek);
    if (peek.bad || maxseg == 0 || maxseg > (1u << 24))
        return VC_ERR_DATA;
    p->agg = vc_agg_new(m.ndims, m.nthemes, (size_t)maxseg);
    if (!p->agg)
        return VC_ERR_NOMEM;
    vc_status st = vc_agg_decode_merge(p->agg, r);
    if (st)
        return st;
    if (vc_wire_get_u64(r)) {
        vc_wire_reader q = *r;
        vc_wire_get_u64(&q);
        uint64_t k = vc_wire_get_u64(&q);
        if (q.bad || k > 1000)
            return VC_ERR_DATA;
        p->quotes_k = (size_t)k;
        p->quotes = vc_quotes_new_themes(m.nthemes, p->quotes_k);
        if (!p->quotes)
            return VC_ERR_NOMEM;
        if ((st = vc_quotes_decode_merge(p->quotes, r, NULL, NULL, p->nparts)))
            return st;
    }
    const char *end = vc_wire_get_raw(r, 3);
    if (r->bad || memcmp(end, "END", 3) != 0 || r->p != r->end)
        return VC_ERR_DATA;
    if (p->fingerprint != vc_hash_bytes(p->settings, strlen(p->settings)))
        return VC_ERR_DATA;
    return check_accounting(p, path, err);
}

vc_status vc_partial_load(const char *path, vc_partial **out, vc_error *err)
{
    *out = NULL;
    vc_buf b = VC_BUF_INIT;
    vc_status st = read_all(path, &b, 0, err);
    if (st) {
        vc_buf_free(&b);
        return st;
    }
    vc_partial *p = partial_new();
    if (!p) {
        vc_buf_free(&b);
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    }
    vc_wire_reader r;
    vc_wire_reader_init(&r, b.data ? b.data : "", b.len);
    vc_error_clear(err);
    st = decode(p, &r, path, err);
    vc_buf_free(&b);
    if (st) {
        vc_partial_free(p);
        if (err && !err->msg[0])
            vc_error_set(err, st == VC_ERR_DATA ? VC_ERR_USAGE : st, "%s: %s", path,
                         st == VC_ERR_DATA ? "damaged partial (it does not decode; make it again)"
                                           : vc_strerror(st));
        return st == VC_ERR_DATA ? VC_ERR_USAGE : st;
    }
    *out = p;
    return VC_OK;
}

/* ---- merging --------------------------------------------------------------- */

/* The first line of the settings where a and b differ, for the message. */
static void first_difference(const char *a, const char *b, char *da, char *db, size_t cap)
{
    for (;;) {
        const char *ea = strchr(a, '\n'), *eb = strchr(b, '\n');
        size_t la = ea ? (size_t)(ea - a) : strlen(a), lb = eb ? (size_t)(eb - b) : strlen(b);
        if (la != lb || memcmp(a, b, la) != 0 || (!ea && !eb)) {
            snprintf(da, cap, "%.*s", (int)la, la ? a : "(nothing)");
            snprintf(db, cap, "%.*s", (int)lb, lb ? b : "(nothing)");
            if (!la)
                snprintf(da, cap, "(nothing)");
            if (!lb)
                snprintf(db, cap, "(nothing)");
            return;
        }
        a = ea ? ea + 1 : "";
        b = eb ? eb + 1 : "";
    }
}

static int str_eq(const char *a, const char *b) { return (!a && !b) || (a && b && strcmp(a, b) == 0); }

vc_status vc_partial_merge(vc_partial *into, const vc_partial *from, const char *into_name,
                           const char *from_name, vc_error *err)
{
    if (into->finished)
        return vc_error_set(err, VC_ERR_INTERNAL, "merge after finish");
    if (into->fingerprint != from->fingerprint || strcmp(into->settings, from->settings) != 0) {
        char da[256], db[256];
        first_difference(into->settings, from->settings, da, db, sizeof da);
        return vc_error_set(err, VC_ERR_USAGE,
                            "%s and %s were made with different settings (%s against %s; fingerprints %016llx and "
                            "%016llx): scan every shard with the same lexicons and options",
                            into_name, from_name, da, db, (unsigned long long)into->fingerprint,
                            (unsigned long long)from->fingerprint);
    }
    if (into->meta.ndims != from->meta.ndims || into->meta.nthemes != from->meta.nthemes ||
        !into->quotes != !from->quotes || into->quotes_k != from->quotes_k)
        return vc_error_set(err, VC_ERR_USAGE, "%s and %s have the same settings but not the same shape: one of "
                                               "them is damaged; make it again", into_name, from_name);
    if (!str_eq(into->text_col, from->text_col) || !str_eq(into->score_col, from->score_col) ||
        !str_eq(into->id_col, from->id_col))
        return vc_error_set(err, VC_ERR_USAGE,
                            "%s and %s read different columns (text '%s' against '%s', score '%s' against '%s'): "
                            "name them with --text and --score",
                            into_name, from_name, into->text_col ? into->text_col : "",
                            from->text_col ? from->text_col : "", into->score_col ? into->score_col : "(none)",
                            from->score_col ? from->score_col : "(none)");
    /* the union of the parts, sorted; a part in both is refused */
    size_t n = into->nparts + from->nparts;
    part *parts = vc_xcalloc(n + 1, sizeof *parts);
    uint64_t *map_a = vc_xcalloc(into->nparts + 1, sizeof *map_a), *map_b = vc_xcalloc(from->nparts + 1, sizeof *map_b);
    vc_status st = parts && map_a && map_b ? VC_OK : VC_ERR_NOMEM;
    size_t i = 0, j = 0, k = 0;
    while (!st && (i < into->nparts || j < from->nparts)) {
        int c = i == into->nparts ? 1 : j == from->nparts ? -1 : part_cmp(&into->parts[i], &from->parts[j]);
        const part *a = i < into->nparts ? &into->parts[i] : NULL, *b = j < from->nparts ? &from->parts[j] : NULL;
        if (a && b && strcmp(a->name, b->name) == 0 &&
            (c == 0 || a->share_count != b->share_count || !a->share_count)) {
            if (a->share_count != b->share_count)
                st = vc_error_set(err, VC_ERR_USAGE,
                                  "%s is in %s and in %s, split differently (%s against %s): merge the shares of "
                                  "one split of a file",
                                  a->name, into_name, from_name, a->share_count ? "shares" : "whole",
                                  b->share_count ? "shares" : "whole");
            else
                st = vc_error_set(err, VC_ERR_USAGE,
                                  "%s%s is in both %s and %s: each input (or share) must be merged once", a->name,
                                  a->share_count ? " (the same share)" : "", into_name, from_name);
            break;
        }
        if (c < 0) {
            map_a[i] = k;
            parts[k++] = into->parts[i++];
        } else {
            map_b[j] = k;
            parts[k++] = from->parts[j++];
            part *t = &parts[k - 1];
            part copy = *t;
            t->name = strdup(copy.name);
            t->format = dup_or_null(copy.format);
            t->backend = strdup(copy.backend);
            t->message = dup_or_null(copy.message);
            t->rejects = copy.rejects_len ? vc_strndup(copy.rejects, copy.rejects_len) : NULL;
            if (!t->name || !t->backend || (copy.rejects_len && !t->rejects))
                st = VC_ERR_NOMEM;
        }
    }
    vc_quotes *q = NULL;
    if (!st && into->quotes) {
        q = vc_quotes_new_themes(into->meta.nthemes, into->quotes_k);
        st = q ? requote(into->quotes, map_a, NULL, into->nparts, q) : VC_ERR_NOMEM;
        if (!st)
            st = requote(from->quotes, map_b, NULL, from->nparts, q);
    }
    /* labels change no number and are no setting: a theme keeps the first
     * label it was given (partials made with one lexicon agree anyway) */
    for (size_t t = 0; !st && t < into->meta.nthemes; t++)
        if (!into->theme_labels[t] && from->theme_labels[t] &&
            !(into->theme_labels[t] = strdup(from->theme_labels[t])))
            st = VC_ERR_NOMEM;
    if (!st)
        st = vc_agg_merge(into->agg, from->agg);
    if (!st)
        vc_agg_sort(into->agg);
    if (st) {
        /* parts copied from `from` are ours to free; those of `into` stay its */
        for (size_t x = 0; parts && x < k; x++) {
            int mine = 1;
            for (size_t y = 0; y < i && mine; y++)
                if (map_a[y] == x)
                    mine = 0;
            if (mine)
                part_free(&parts[x]);
        }
        free(parts);
        free(map_a);
        free(map_b);
        vc_quotes_free(q);
        if (err && !err->msg[0])
            vc_error_set(err, st, "%s", vc_strerror(st));
        return st;
    }
    free(into->parts);
    into->parts = parts;
    into->nparts = k;
    if (q) {
        vc_quotes_free(into->quotes);
        into->quotes = q;
    }
    sum_totals(&into->totals, &from->totals);
    vc_status lst = vc_langtab_merge(&into->langs, &from->langs);
    sync_languages(into);
    free(map_a);
    free(map_b);
    if (lst && err)
        vc_error_set(err, lst, "%s", vc_strerror(lst));
    return lst;
}

/* ---- finishing --------------------------------------------------------------- */

/* Append one rejected row with its line and byte offset raised. The row is
 * ours (vc_reject_row): file,line,byte_offset,reason,record, the file field
 * maybe quoted. */
static vc_status rebase_row(vc_buf *out, const char *row, size_t n, uint64_t dline, uint64_t doff)
{
    size_t i = 0;
    if (n && row[0] == '"') {
        for (i = 1; i < n; i++)
            if (row[i] == '"') {
                if (i + 1 < n && row[i + 1] == '"')
                    i++;
                else
                    break;
            }
        i++;
    } else {
        while (i < n && row[i] != ',')
            i++;
    }
    if (i >= n || row[i] != ',')
        return VC_ERR_DATA;
    char *end;
    unsigned long long line = strtoull(row + i + 1, &end, 10);
    if (*end != ',')
        return VC_ERR_DATA;
    unsigned long long off = strtoull(end + 1, &end, 10);
    if (*end != ',')
        return VC_ERR_DATA;
    vc_buf_append(out, row, i);
    vc_buf_printf(out, ",%llu,%llu", line + (unsigned long long)dline, off + (unsigned long long)doff);
    vc_buf_append(out, end, n - (size_t)(end - row));
    return vc_buf_status(out);
}

vc_status vc_partial_finish(vc_partial *p, vc_error *err)
{
    if (p->finished)
        return VC_OK;
    /* every share of a sharded file, once */
    size_t nfiles = 0;
    for (size_t i = 0; i < p->nparts; i++) {
        const part *t = &p->parts[i];
        int first = i == 0 || strcmp(p->parts[i - 1].name, t->name) != 0;
        if (first)
            nfiles++;
        if (!t->share_count)
            continue;
        unsigned want = first ? 0 : p->parts[i - 1].share_index + 1;
        if (t->share_index != want)
            return vc_error_set(err, VC_ERR_USAGE,
                                "%s: share %u/%u is missing: merge every share of a file (--members I/%u for I = 0 "
                                "to %u)",
                                t->name, want, t->share_count, t->share_count, t->share_count - 1);
        int last = i + 1 == p->nparts || strcmp(p->parts[i + 1].name, t->name) != 0;
        if (last && t->share_index + 1 != t->share_count)
            return vc_error_set(err, VC_ERR_USAGE,
                                "%s: share %u/%u is missing: merge every share of a file (--members I/%u for I = 0 "
                                "to %u)",
                                t->name, t->share_index + 1, t->share_count, t->share_count, t->share_count - 1);
    }
    p->files = vc_xcalloc(nfiles + 1, sizeof *p->files);
    uint64_t *file_of = vc_xcalloc(p->nparts + 1, sizeof *file_of);
    uint64_t *line_base = vc_xcalloc(p->nparts + 1, sizeof *line_base);
    vc_status st = p->files && file_of && line_base ? VC_OK : VC_ERR_NOMEM;
    size_t f = (size_t)-1;
    uint64_t lines = 0, bytes = 0;
    for (size_t i = 0; i < p->nparts && !st; i++) {
        const part *t = &p->parts[i];
        if (i == 0 || strcmp(p->parts[i - 1].name, t->name) != 0) {
            f++;
            lines = bytes = 0;
            vc_file_stats *fs = &p->files[f];
            fs->name = strdup(t->name);
            fs->format = dup_or_null(t->format);
            fs->backend = t->backend; /* lives in the part */
            if (!fs->name)
                st = VC_ERR_NOMEM;
        }
        vc_file_stats *fs = &p->files[f];
        if (!fs->message && t->message && !(fs->message = strdup(t->message)))
            st = VC_ERR_NOMEM;
        fs->rows_read += t->rows_read;
        fs->rows_analyzed += t->rows_analyzed;
        fs->rows_rejected += t->rows_rejected;
        fs->bytes_in += t->bytes_in;
        fs->bytes_out += t->bytes_out;
        fs->members += t->members;
        fs->newlines += t->newlines;
        fs->rejects_dropped += t->rejects_dropped;
        file_of[i] = f;
        line_base[i] = lines;
        /* rejected rows, with share lines made file lines */
        for (size_t at = 0; at < t->rejects_len && !st;) {
            size_t len = csv_row_len(t->rejects + at, t->rejects_len - at);
            st = lines || bytes ? rebase_row(&p->rejects, t->rejects + at, len, lines, bytes)
                                : vc_buf_append(&p->rejects, t->rejects + at, len);
            at += len;
        }
        lines += t->newlines;
        bytes += t->bytes_out;
    }
    p->totals.nfiles = nfiles;
    p->totals.files = p->files;
    p->totals.files_failed = 0;
    p->totals.text_col = p->text_col;
    p->totals.text_cols = (const char *const *)p->text_cols;
    p->totals.ntext_cols = p->ntext;
    p->totals.score_col = p->score_col;
    p->totals.id_col = p->id_col;
    p->totals.text_detected = p->text_detected;
    p->totals.score_detected = p->score_detected;
    if (!st && p->quotes) {
        p->file_quotes = vc_quotes_new_themes(p->meta.nthemes, p->quotes_k);
        st = p->file_quotes ? requote(p->quotes, file_of, line_base, p->nparts, p->file_quotes) : VC_ERR_NOMEM;
    }
    free(file_of);
    free(line_base);
    if (st)
        return vc_error_set(err, st, "%s", st == VC_ERR_DATA ? "a rejected row in a partial is damaged"
                                                               : vc_strerror(st));
    vc_agg_sort(p->agg);
    p->finished = 1;
    return VC_OK;
}

const vc_partial_meta *vc_partial_meta_get(const vc_partial *p) { return &p->meta; }
const char *vc_partial_settings(const vc_partial *p) { return p->settings; }
uint64_t vc_partial_fingerprint(const vc_partial *p) { return p->fingerprint; }
const vc_agg *vc_partial_agg(const vc_partial *p) { return p->agg; }
const vc_quotes *vc_partial_quotes(const vc_partial *p) { return p->finished ? p->file_quotes : NULL; }
const vc_scan_stats *vc_partial_stats(const vc_partial *p) { return &p->totals; }

const char *vc_partial_rejects(const vc_partial *p, size_t *len)
{
    *len = p->rejects.len;
    return p->rejects.data ? p->rejects.data : "";
}
