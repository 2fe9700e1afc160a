/*
 * quotes.c - the best example sentences per theme and score group, with
 * the context of the comment each comes from (see quotes.h for the choice,
 * the context and why both are deterministic).
 *
 * An offer looks at one analysis while it is valid: per theme the best
 * sentence and its first hit, and, for a sentence that can still enter
 * its list (lists only get harder to enter), the matched phrase carried to
 * the raw text. The candidate is copied into the held list, because the
 * comment's segments are complete only after all its answers are analyzed;
 * the commit builds the segments string once and inserts the held
 * candidates. Held texts live in one reused buffer, so a steady scan
 * allocates only for quotes that enter a list.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/agg.h"
#include "vocal/buf.h"
#include "vocal/quotes.h"
#include "vocal/text.h"
#include "vocal/wire.h"

#define MAX_QUOTE 300

/* A candidate between offer and commit; its text is held_text[off..off+len). */
typedef struct held {
    vc_quote c; /* text and segments NULL */
    size_t list, off, len;
    uint64_t offer;
} held;

struct vc_quotes {
    const vc_lexicon *lex;
    size_t nthemes, k;
    vc_quote *q;   /* nthemes * 3 lists of k */
    size_t *n;     /* fill of each list */
    /* per-comment scratch, stamped with gen: themes of the verdict, and the
     * best sentence found so far per theme, with the hit that found it */
    uint32_t *verdict, *stamp, gen;
    size_t *best_si, *best_hit;
    double *best_score;
    /* offered, not yet committed: candidates from offers noffers_done ..
     * noffers-1, oldest first from held[first] */
    held *held;
    size_t nheld, first, cap_held;
    uint64_t noffers, noffers_done;
    vc_buf held_text, segs;
    vc_normalizer *norm; /* marks: one run of the raw text at a time */
    vc_buf run;
};

vc_quotes *vc_quotes_new(const vc_lexicon *lex, size_t k)
{
    vc_quotes *q = vc_quotes_new_themes(vc_lexicon_theme_count(lex), k);
    if (q && !(q->norm = vc_normalizer_new())) {
        vc_quotes_free(q);
        return NULL;
    }
    if (q)
        q->lex = lex;
    return q;
}

vc_quotes *vc_quotes_new_themes(size_t nthemes, size_t k)
{
    vc_quotes *q = calloc(1, sizeof *q);
    if (!q)
        return NULL;
    q->nthemes = nthemes;
    q->k = k;
    size_t lists = (q->nthemes ? q->nthemes : 1) * 3;
    q->q = vc_xcalloc(lists * (k ? k : 1), sizeof *q->q);
    q->n = vc_xcalloc(lists, sizeof *q->n);
    q->stamp = vc_xcalloc(q->nthemes + 1, sizeof *q->stamp);
    q->verdict = vc_xcalloc(q->nthemes + 1, sizeof *q->verdict);
    q->best_si = vc_xcalloc(q->nthemes + 1, sizeof *q->best_si);
    q->best_hit = vc_xcalloc(q->nthemes + 1, sizeof *q->best_hit);
    q->best_score = vc_xcalloc(q->nthemes + 1, sizeof *q->best_score);
    if (!q->q || !q->n || !q->stamp || !q->verdict || !q->best_si || !q->best_hit || !q->best_score) {
        vc_quotes_free(q);
        return NULL;
    }
    return q;
}

void vc_quotes_free(vc_quotes *q)
{
    if (!q)
        return;
    size_t lists = (q->nthemes ? q->nthemes : 1) * 3;
    for (size_t l = 0; q->n && l < lists; l++)
        for (size_t i = 0; i < q->n[l]; i++)
            free(q->q[l * q->k + i].text);
    free(q->q);
    free(q->n);
    free(q->stamp);
    free(q->verdict);
    free(q->best_si);
    free(q->best_hit);
    free(q->best_score);
    free(q->held);
    vc_buf_free(&q->held_text);
    vc_buf_free(&q->segs);
    vc_buf_free(&q->run);
    vc_normalizer_free(q->norm);
    free(q);
}

size_t vc_quotes_k(const vc_quotes *q) { return q->k; }

const vc_quote *vc_quotes_get(const vc_quotes *q, uint32_t theme, int group, size_t *n)
{
    size_t l = (size_t)theme * 3 + (size_t)group;
    *n = q->n[l];
    return &q->q[l * q->k];
}

/* a before b? */
static int better(const vc_quote *a, const vc_quote *b)
{
    if (a->score != b->score)
        return a->score > b->score;
    if (a->hash != b->hash)
        return a->hash < b->hash;
    if (a->file != b->file)
        return a->file < b->file;
    return a->line < b->line;
}

static int cmp_segments(const char *a, const char *b)
{
    if (!a || !b)
        return (a != NULL) - (b != NULL);
    return strcmp(a, b);
}

/* The same sentence at two places: is a's place (and context) first? A
 * total order, so which context a quote keeps does not depend on the
 * order quotes meet in. */
static int earlier_place(const vc_quote *a, const vc_quote *b)
{
    if (a->file != b->file)
        return a->file < b->file;
    if (a->line != b->line)
        return a->line < b->line;
    int c = cmp_segments(a->segments, b->segments);
    if (c)
        return c < 0;
    if (a->mark != b->mark)
        return a->mark < b->mark;
    if (a->mark_len != b->mark_len)
        return a->mark_len < b->mark_len;
    return a->respondent_score < b->respondent_score;
}

/* One allocation: text, '\0', then segments and '\0' (segments NULL: none). */
static char *quote_block(const char *text, size_t len, const char *segments, char **seg_out)
{
    size_t sl = segments ? strlen(segments) + 1 : 0;
    if (len > SIZE_MAX - 1 - sl)
        return NULL;
    char *b = malloc(len + 1 + sl);
    if (!b)
        return NULL;
    memcpy(b, text, len);
    b[len] = 0;
    if (segments)
        memcpy(b + len + 1, segments, sl);
    *seg_out = segments ? b + len + 1 : NULL;
    return b;
}

static int same_text(const vc_quote *v, uint64_t hash, const char *text, size_t len)
{
    return v->hash == hash && strlen(v->text) == len && memcmp(v->text, text, len) == 0;
}

/* Insert a copy of c (its text, given as text/len, and its segments) into
 * list l. The same sentence already there keeps its rank and takes the
 * earlier place with its context. */
static vc_status insert(vc_quotes *q, size_t l, const vc_quote *c, const char *text, size_t len)
{
    vc_quote *v = &q->q[l * q->k];
    size_t n = q->n[l];
    for (size_t i = 0; i < n; i++) {
        if (!same_text(&v[i], c->hash, text, len))
            continue;
        if (!earlier_place(c, &v[i]))
            return VC_OK;
        char *seg, *copy = quote_block(v[i].text, len, c->segments, &seg);
        if (!copy)
            return VC_ERR_NOMEM;
        free(v[i].text);
        v[i].text = copy;
        v[i].segments = seg;
        v[i].file = c->file;
        v[i].line = c->line;
        v[i].respondent_score = c->respondent_score;
        v[i].mark = c->mark;
        v[i].mark_len = c->mark_len;
        return VC_OK;
    }
    size_t pos = n;
    while (pos > 0 && better(c, &v[pos - 1]))
        pos--;
    if (pos >= q->k)
        return VC_OK;
    char *seg, *copy = quote_block(text, len, c->segments, &seg);
    if (!copy)
        return VC_ERR_NOMEM;
    if (n == q->k) {
        free(v[n - 1].text);
        n--;
    }
    memmove(&v[pos + 1], &v[pos], (n - pos) * sizeof *v);
    v[pos] = *c;
    v[pos].text = copy;
    v[pos].segments = seg;
    q->n[l] = n + 1;
    return VC_OK;
}

/* Could c enter list l (as insert would take it, whatever its segments)?
 * A list only gets harder to enter, so a candidate refused now would be
 * refused at its commit too. */
static int can_enter(const vc_quotes *q, size_t l, const vc_quote *c, const char *text, size_t len)
{
    const vc_quote *v = &q->q[l * q->k];
    size_t n = q->n[l];
    for (size_t i = 0; i < n; i++)
        if (same_text(&v[i], c->hash, text, len))
            return c->file < v[i].file || (c->file == v[i].file && c->line <= v[i].line);
    size_t pos = n;
    while (pos > 0 && better(c, &v[pos - 1]))
        pos--;
    return pos < q->k;
}

static size_t sentence_of(const vc_analysis *a, size_t pos)
{
    size_t lo = 0, hi = a->nsentences;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (a->norm_sentences[mid].start <= pos)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static double score_of(const vc_analysis *a, size_t si, int group, size_t len)
{
    double c = a->sentence_sentiment ? a->sentence_sentiment[si].compound : NAN;
    double strength = isnan(c) ? 0.5 : fabs(c);
    if (!isnan(c) && ((group == 0 && c > 0) || (group == 2 && c < 0)))
        strength *= 0.25; /* a detractor's praise is not what their quote should show */
    double fit = len < 40 ? (double)len / 40.0 : len > 160 ? 160.0 / (double)len : 1.0;
    return strength * fit;
}

/* Words in s[0..len) (text.h words). */
static size_t count_words(const char *s, size_t len)
{
    size_t pos = 0, a, b, n = 0;
    while (vc_next_word(s, len, &pos, &a, &b))
        n++;
    return n;
}

/* The matched phrase of hit h, a span of sentence si's normalized form, as
 * bytes of the raw sentence (quotes.h says how); *mark_len 0 when the
 * words do not line up. */
static vc_status find_mark(vc_quotes *q, const vc_analysis *a, size_t si, const vc_hit *h, size_t *mark,
                           size_t *mark_len)
{
    *mark = *mark_len = 0;
    const char *norm = a->normalized + a->norm_sentences[si].start;
    size_t nlen = a->norm_sentences[si].end - a->norm_sentences[si].start;
    size_t hs = h->start - a->norm_sentences[si].start;
    size_t he = (h->end < a->norm_sentences[si].end ? h->end : a->norm_sentences[si].end) -
                a->norm_sentences[si].start;
    /* the hit's first and last words, and the sentence's word count */
    size_t pos = 0, ws, we, nw = 0, first = SIZE_MAX, last = SIZE_MAX;
    while (vc_next_word(norm, nlen, &pos, &ws, &we)) {
        if (first == SIZE_MAX && we > hs && ws < he)
            first = nw;
        if (ws < he && we > hs)
            last = nw;
        nw++;
    }
    if (first == SIZE_MAX)
        return VC_OK; /* no word in the hit */
    const char *raw = a->text + a->sentences[si].start;
    size_t rlen = a->sentences[si].end - a->sentences[si].start;
    size_t i = 0, w = 0, start = SIZE_MAX, end = SIZE_MAX;
    while (i < rlen) {
        size_t from = i;
        int32_t cp;
        int ascii = (unsigned char)raw[i] < 0x80;
        i += (size_t)vc_utf8_decode(raw + i, rlen - i, &cp);
        int word = vc_is_word_cp(cp);
        while (i < rlen) {
            int step = vc_utf8_decode(raw + i, rlen - i, &cp);
            if (vc_is_word_cp(cp) != word)
                break;
            ascii &= (unsigned char)raw[i] < 0x80;
            i += (size_t)step;
        }
        size_t k;
        if (ascii) {
            k = (size_t)word; /* lower-cased as it is: one word or none */
        } else {
            vc_status st = vc_normalize(q->norm, raw + from, i - from, &q->run, NULL);
            if (st)
                return st;
            k = count_words(q->run.data ? q->run.data : "", q->run.len);
        }
        if (k && first >= w && first < w + k)
            start = from;
        if (k && last >= w && last < w + k)
            end = i;
        w += k;
    }
    if (w != nw || start == SIZE_MAX || end == SIZE_MAX || end <= start)
        return VC_OK;
    *mark = start;
    *mark_len = end - start;
    return VC_OK;
}

static vc_status hold(vc_quotes *q, size_t list, const vc_quote *c, const char *text, size_t len)
{
    if (q->nheld == q->cap_held) {
        size_t cap = q->cap_held ? 2 * q->cap_held : 16;
        held *h = vc_xrealloc_array(q->held, cap, sizeof *h);
        if (!h)
            return VC_ERR_NOMEM;
        q->held = h;
        q->cap_held = cap;
    }
    held *h = &q->held[q->nheld];
    h->c = *c;
    h->list = list;
    h->off = q->held_text.len;
    h->len = len;
    h->offer = q->noffers - 1;
    vc_buf_append(&q->held_text, text, len);
    vc_status st = vc_buf_status(&q->held_text);
    if (!st)
        q->nheld++;
    return st;
}

vc_status vc_quotes_offer(vc_quotes *q, const vc_analysis *a, int group, int32_t score, uint64_t file,
                          uint64_t line)
{
    q->noffers++; /* held or not, one offer */
    if (group < 0 || group > 2 || !q->k || !a->nsentences)
        return VC_OK;
    if (++q->gen == 0) {
        memset(q->stamp, 0, (q->nthemes + 1) * sizeof *q->stamp);
        memset(q->verdict, 0, (q->nthemes + 1) * sizeof *q->verdict);
        q->gen = 1;
    }
    for (size_t t = 0; t < a->nthemes; t++)
        q->verdict[a->themes[t].theme] = q->gen;
    for (size_t h = 0; h < a->nhits; h++) {
        if (a->hits[h].exclude)
            continue;
        size_t si = sentence_of(a, a->hits[h].start);
        const vc_span_range *r = &a->sentences[si];
        size_t len = r->end - r->start;
        if (len > MAX_QUOTE)
            continue;
        double s = score_of(a, si, group, len);
        for (uint32_t t = a->hits[h].theme; t != VC_NO_THEME; t = vc_lexicon_theme_parent(q->lex, t)) {
            if (q->verdict[t] != q->gen)
                break; /* vetoed: so is every theme above it */
            if (q->stamp[t] == q->gen && q->best_score[t] >= s)
                continue; /* hits come by start: the first in a sentence stays */
            q->stamp[t] = q->gen;
            q->best_score[t] = s;
            q->best_si[t] = si;
            q->best_hit[t] = h;
        }
    }
    vc_status st = VC_OK;
    for (size_t t = 0; t < a->nthemes && !st; t++) {
        uint32_t th = a->themes[t].theme;
        if (q->stamp[th] != q->gen)
            continue;
        size_t si = q->best_si[th];
        const vc_span_range *r = &a->sentences[si];
        const char *text = a->text + r->start;
        size_t len = r->end - r->start;
        vc_quote c = {NULL, a->sentence_sentiment ? a->sentence_sentiment[si].compound : NAN,
                      q->best_score[th], vc_hash_bytes(text, len), file, line, score, NULL, 0, 0};
        size_t list = (size_t)th * 3 + (size_t)group;
        if (!can_enter(q, list, &c, text, len))
            continue;
        if (!(st = find_mark(q, a, si, &a->hits[q->best_hit[th]], &c.mark, &c.mark_len)))
            st = hold(q, list, &c, text, len);
    }
    return st;
}

size_t vc_quotes_held(const vc_quotes *q) { return q->nheld - q->first; }

/* Value v of a dimension's values (k of them: one, or each followed by
 * '\0'), trimmed as the aggregator trims, blank as "(blank)". */
static void dim_value(const char *s, size_t len, size_t k, size_t v, const char **p, size_t *n)
{
    const char *cur = s, *end = s + len;
    *p = cur;
    *n = len;
    for (size_t i = 0; k > 1 && i <= v; i++) {
        const char *z = memchr(cur, 0, (size_t)(end - cur));
        *p = cur;
        *n = (size_t)((z ? z : end) - cur);
        cur = z ? z + 1 : end;
    }
    while (*n && (**p == ' ' || **p == '\t' || **p == '\r' || **p == '\n'))
        (*p)++, (*n)--;
    while (*n && ((*p)[*n - 1] == ' ' || (*p)[*n - 1] == '\t' || (*p)[*n - 1] == '\r' || (*p)[*n - 1] == '\n'))
        (*n)--;
    if (!*n) {
        *p = VC_AGG_BLANK;
        *n = strlen(VC_AGG_BLANK);
    }
}

/* The segments string of quotes.h into q->segs ('\0'-terminated). A '\x1f'
 * or '\0' inside a value becomes a space: it would cut the string. */
static vc_status build_segments(vc_quotes *q, const char *const *seg, const size_t *seg_len, const size_t *nvals,
                                size_t ndims)
{
    vc_buf *b = &q->segs;
    vc_buf_reset(b);
    for (size_t d = 1; d < ndims; d++) {
        if (d > 1)
            vc_buf_append_char(b, '\x1f');
        size_t k = nvals ? nvals[d] : 1, len = k ? seg_len[d] : 0, listed = 0;
        const char *s = k ? seg[d] : "";
        for (size_t v = 0; v < (k ? k : 1); v++) {
            const char *p, *o;
            size_t n, m;
            dim_value(s, len, k, v, &p, &n);
            int dup = 0;
            for (size_t u = 0; u < v && !dup; u++) {
                dim_value(s, len, k, u, &o, &m);
                dup = m == n && memcmp(o, p, n) == 0;
            }
            if (dup)
                continue;
            if (listed++)
                vc_buf_append_str(b, ", ");
            size_t at = b->len;
            vc_buf_append(b, p, n);
            for (size_t i = at; b->data && i < b->len; i++)
                if (b->data[i] == '\x1f' || b->data[i] == 0)
                    b->data[i] = ' ';
        }
    }
    vc_buf_append_char(b, 0);
    return vc_buf_status(b);
}

vc_status vc_quotes_commit(vc_quotes *q, const char *const *seg, const size_t *seg_len, const size_t *nvals,
                           size_t ndims, size_t n)
{
    uint64_t pending = q->noffers - q->noffers_done;
    uint64_t upto = n >= pending ? q->noffers : q->noffers_done + n;
    vc_status st = VC_OK;
    if (q->first < q->nheld && q->held[q->first].offer < upto)
        st = build_segments(q, seg, seg_len, nvals, ndims);
    for (; !st && q->first < q->nheld && q->held[q->first].offer < upto; q->first++) {
        held *h = &q->held[q->first];
        h->c.segments = ndims > 1 ? q->segs.data : NULL;
        st = insert(q, h->list, &h->c, q->held_text.data + h->off, h->len);
    }
    q->noffers_done = upto;
    if (q->first == q->nheld) {
        q->first = q->nheld = 0;
        vc_buf_reset(&q->held_text);
    }
    if (q->noffers_done == q->noffers)
        q->noffers = q->noffers_done = 0;
    return st;
}

vc_status vc_quotes_merge(vc_quotes *into, const vc_quotes *from)
{
    size_t lists = (from->nthemes ? from->nthemes : 1) * 3;
    vc_status st = VC_OK;
    for (size_t l = 0; l < lists && !st; l++)
        for (size_t i = 0; i < from->n[l] && !st; i++) {
            const vc_quote *c = &from->q[l * from->k + i];
            st = insert(into, l, c, c->text, strlen(c->text));
        }
    return st;
}

size_t vc_quotes_themes(const vc_quotes *q) { return q->nthemes; }

/* nthemes k, then per (theme, group) list: n, and per quote its text,
 * compound and score (IEEE bits: ties must compare as they did), hash,
 * file, line, respondent's score, segments, mark and mark length. */
vc_status vc_quotes_encode(const vc_quotes *q, vc_buf *b)
{
    size_t lists = (q->nthemes ? q->nthemes : 1) * 3;
    vc_status st = vc_wire_put_u64(b, q->nthemes);
    if (!st)
        st = vc_wire_put_u64(b, q->k);
    for (size_t l = 0; l < lists && !st; l++) {
        st = vc_wire_put_u64(b, q->n[l]);
        for (size_t i = 0; i < q->n[l] && !st; i++) {
            const vc_quote *v = &q->q[l * q->k + i];
            st = vc_wire_put_cstr(b, v->text);
            if (!st)
                st = vc_wire_put_f64(b, v->compound);
            if (!st)
                st = vc_wire_put_f64(b, v->score);
            if (!st)
                st = vc_wire_put_u64(b, v->hash);
            if (!st)
                st = vc_wire_put_u64(b, v->file);
            if (!st)
                st = vc_wire_put_u64(b, v->line);
            if (!st)
                st = vc_wire_put_i64(b, v->respondent_score);
            if (!st)
                st = vc_wire_put_cstr(b, v->segments);
            if (!st)
                st = vc_wire_put_u64(b, v->mark);
            if (!st)
                st = vc_wire_put_u64(b, v->mark_len);
        }
    }
    return st;
}

/* A decoded mark: inside the text, on character boundaries. */
static int mark_fits(const char *text, size_t len, uint64_t mark, uint64_t mark_len)
{
    if (!mark_len)
        return mark == 0;
    if (mark > len || mark_len > len - mark)
        return 0;
    size_t end = (size_t)(mark + mark_len);
    return ((unsigned char)text[mark] & 0xC0) != 0x80 && (end == len || ((unsigned char)text[end] & 0xC0) != 0x80);
}

vc_status vc_quotes_decode_merge(vc_quotes *q, vc_wire_reader *r, const uint64_t *file_map,
                                 const uint64_t *line_base, size_t nfiles)
{
    uint64_t nthemes = vc_wire_get_u64(r), k = vc_wire_get_u64(r);
    if (r->bad || nthemes != q->nthemes || k != q->k)
        return VC_ERR_DATA;
    size_t lists = (q->nthemes ? q->nthemes : 1) * 3;
    vc_status st = VC_OK;
    for (size_t l = 0; l < lists && !st && !r->bad; l++) {
        uint64_t n = vc_wire_get_u64(r);
        if (n > k)
            r->bad = 1;
        for (uint64_t i = 0; i < n && !st && !r->bad; i++) {
            vc_quote c;
            size_t len;
            const char *text = vc_wire_get_str(r, &len);
            c.text = NULL;
            c.compound = vc_wire_get_f64(r);
            c.score = vc_wire_get_f64(r);
            c.hash = vc_wire_get_u64(r);
            c.file = vc_wire_get_u64(r);
            c.line = vc_wire_get_u64(r);
            int64_t score = vc_wire_get_i64(r);
            size_t seglen;
            const char *segments = vc_wire_get_str(r, &seglen);
            uint64_t mark = vc_wire_get_u64(r), mark_len = vc_wire_get_u64(r);
            if (r->bad || !text || memchr(text, 0, len) || c.file >= nfiles || score < INT32_MIN ||
                score > INT32_MAX || (segments && memchr(segments, 0, seglen)) ||
                !mark_fits(text, len, mark, mark_len)) {
                r->bad = 1;
                break;
            }
            /* the segments are copied by insert: a '\0'-terminated copy */
            vc_buf_reset(&q->segs);
            if (segments)
                vc_buf_append(&q->segs, segments, seglen);
            vc_buf_append_char(&q->segs, 0);
            if ((st = vc_buf_status(&q->segs)))
                break;
            c.respondent_score = (int32_t)score;
            c.segments = segments ? q->segs.data : NULL;
            c.mark = (size_t)mark;
            c.mark_len = (size_t)mark_len;
            if (line_base)
                c.line += line_base[c.file];
            if (file_map)
                c.file = file_map[c.file];
            st = insert(q, l, &c, text, len);
        }
    }
    return st ? st : r->bad ? VC_ERR_DATA : VC_OK;
}
