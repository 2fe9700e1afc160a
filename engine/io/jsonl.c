/*
 * jsonl.c - one JSON object per line (JSON Lines / NDJSON), and the
 * elements of a JSON export's array (VC_FORMAT_JSON; splitter.c cuts them
 * out of the array, each is read here as a line is).
 *
 * A small strict RFC 8259 parser that never builds a tree: it walks the
 * top-level object once, and for each key that was selected it records the
 * value (strings unescaped into the thread's scratch; numbers and booleans
 * as their literal text; null flagged). Other values are skipped with the
 * same grammar checks. Nesting is limited to 64 levels, so a hostile line
 * cannot exhaust the stack. Errors say what was wrong and at which column
 * of the line.
 *
 * Text a selected value cannot carry is repaired and counted in the fields'
 * `repaired` (the run adds it to utf8_repaired): a lone surrogate escape
 * (\ud800 with no low half, or a low half alone) and \u0000, which would cut
 * the value wherever it is used as a C string, each become U+FFFD. A
 * selected key that appears twice in one object is an error naming the key
 * (a silent "last one wins" would hide a damaged export); other keys are not
 * compared, since they never reach a result.
 *
 * Nested keys are addressed by dotted paths, as pandas' json_normalize
 * names them ("via.channel"): the header's columns are the scalar leaves
 * (and arrays) of the first object, and a record enters an object only
 * when a selected path goes on below it, so flat records cost what they
 * did. A key that itself holds a dot is matched literally first: its value
 * wins over a nested one of the same path. An array of scalars is read
 * only into a slot given to vc_parser_allow_arrays (each element's text
 * and a '\0' in the scratch); anywhere else an array, like an object, is
 * an error naming the path. docs/exports-json.md has the rules.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser_internal.h"

#define MAX_DEPTH 64

typedef struct jp {
    const char *s;
    size_t n, i;
    vc_error *err;
    vc_buf *scratch;
    size_t repaired; /* escapes replaced by U+FFFD in unescaped strings */
    int element;     /* an element of a JSON array (VC_FORMAT_JSON), not a line */
} jp;

/* Where: the column of a one-line record; in an element over several
 * lines, the line within it (1 is the line where it starts) and the column
 * there. */
static vc_status jerr(jp *j, const char *what)
{
    size_t line = 1, col0 = 0, end = j->i < j->n ? j->i : j->n;
    for (size_t k = 0; k < end; k++)
        if (j->s[k] == '\n') {
            line++;
            col0 = k + 1;
        }
    if (line == 1)
        return vc_error_set(j->err, VC_ERR_DATA, "invalid JSON at column %zu: %s", j->i + 1, what);
    return vc_error_set(j->err, VC_ERR_DATA, "invalid JSON at line %zu of the record, column %zu: %s", line,
                        j->i - col0 + 1, what);
}

static void ws(jp *j)
{
    while (j->i < j->n && (j->s[j->i] == ' ' || j->s[j->i] == '\t' || j->s[j->i] == '\r' || j->s[j->i] == '\n'))
        j->i++;
}

static int hex4(const char *p, unsigned *v)
{
    *v = 0;
    for (int k = 0; k < 4; k++) {
        char c = p[k];
        *v <<= 4;
        if (c >= '0' && c <= '9')
            *v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            *v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            *v |= (unsigned)(c - 'A' + 10);
        else
            return -1;
    }
    return 0;
}

static void put_utf8(vc_buf *b, unsigned cp)
{
    char t[4];
    size_t n;
    if (cp < 0x80) {
        t[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        t[0] = (char)(0xC0 | (cp >> 6));
        t[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        t[0] = (char)(0xE0 | (cp >> 12));
        t[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        t[0] = (char)(0xF0 | (cp >> 18));
        t[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        t[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    vc_buf_append(b, t, n);
}

/* Parse a string at j->i (on the opening quote). With out != NULL the
 * unescaped text goes there; *raw and *rawn get the text between the quotes
 * when it had no escapes (then nothing is copied). */
static vc_status string(jp *j, vc_buf *out, const char **raw, size_t *rawn, int *escaped)
{
    size_t start = ++j->i;
    *escaped = 0;
    for (;;) {
        if (j->i >= j->n)
            return jerr(j, "unterminated string");
        unsigned char c = (unsigned char)j->s[j->i];
        if (c == '"')
            break;
        if (c < 0x20)
            return jerr(j, "control character in string");
        if (c == '\\') {
            if (!*escaped && out)
                vc_buf_append(out, j->s + start, j->i - start);
            *escaped = 1;
            if (j->i + 1 >= j->n)
                return jerr(j, "unterminated escape");
            char e = j->s[j->i + 1];
            const char *rep = NULL;
            switch (e) {
            case '"': rep = "\""; break;
            case '\\': rep = "\\"; break;
            case '/': rep = "/"; break;
            case 'b': rep = "\b"; break;
            case 'f': rep = "\f"; break;
            case 'n': rep = "\n"; break;
            case 'r': rep = "\r"; break;
            case 't': rep = "\t"; break;
            case 'u': {
                unsigned v;
                if (j->i + 6 > j->n || hex4(j->s + j->i + 2, &v))
                    return jerr(j, "bad \\u escape");
                j->i += 6;
                if (v >= 0xD800 && v <= 0xDBFF) {
                    unsigned lo;
                    if (j->i + 6 <= j->n && j->s[j->i] == '\\' && j->s[j->i + 1] == 'u' &&
                        !hex4(j->s + j->i + 2, &lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
                        v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
                        j->i += 6;
                    } else {
                        v = 0xFFFD;
                        if (out)
                            j->repaired++;
                    }
                } else if ((v >= 0xDC00 && v <= 0xDFFF) || v == 0) {
                    v = 0xFFFD;
                    if (out)
                        j->repaired++;
                }
                if (out)
                    put_utf8(out, v);
                continue;
            }
            default: return jerr(j, "bad escape");
            }
            if (out)
                vc_buf_append(out, rep, 1);
            j->i += 2;
            continue;
        }
        if (*escaped && out)
            vc_buf_append(out, j->s + j->i, 1);
        j->i++;
    }
    if (raw) {
        *raw = j->s + start;
        *rawn = j->i - start;
    }
    j->i++; /* closing quote */
    return VC_OK;
}

static vc_status value(jp *j, int depth);

static vc_status literal(jp *j, const char *word)
{
    size_t n = strlen(word);
    if (j->i + n > j->n || memcmp(j->s + j->i, word, n) != 0)
        return jerr(j, "unexpected character");
    j->i += n;
    return VC_OK;
}

static vc_status number(jp *j)
{
    size_t i = j->i;
    if (i < j->n && j->s[i] == '-')
        i++;
    if (i >= j->n || !(j->s[i] >= '0' && j->s[i] <= '9'))
        return jerr(j, "bad number");
    if (j->s[i] == '0')
        i++;
    else
        while (i < j->n && j->s[i] >= '0' && j->s[i] <= '9')
            i++;
    if (i < j->n && j->s[i] == '.') {
        i++;
        if (i >= j->n || !(j->s[i] >= '0' && j->s[i] <= '9'))
            return jerr(j, "bad number");
        while (i < j->n && j->s[i] >= '0' && j->s[i] <= '9')
            i++;
    }
    if (i < j->n && (j->s[i] == 'e' || j->s[i] == 'E')) {
        i++;
        if (i < j->n && (j->s[i] == '+' || j->s[i] == '-'))
            i++;
        if (i >= j->n || !(j->s[i] >= '0' && j->s[i] <= '9'))
            return jerr(j, "bad number");
        while (i < j->n && j->s[i] >= '0' && j->s[i] <= '9')
            i++;
    }
    j->i = i;
    return VC_OK;
}

static vc_status container(jp *j, int depth, char close)
{
    if (depth >= MAX_DEPTH)
        return jerr(j, "nesting deeper than 64");
    j->i++;
    ws(j);
    if (j->i < j->n && j->s[j->i] == close) {
        j->i++;
        return VC_OK;
    }
    for (;;) {
        ws(j);
        vc_status st;
        if (close == '}') {
            if (j->i >= j->n || j->s[j->i] != '"')
                return jerr(j, "expected a key");
            int esc;
            if ((st = string(j, NULL, NULL, NULL, &esc)))
                return st;
            ws(j);
            if (j->i >= j->n || j->s[j->i] != ':')
                return jerr(j, "expected ':'");
            j->i++;
        }
        if ((st = value(j, depth + 1)))
            return st;
        ws(j);
        if (j->i < j->n && j->s[j->i] == ',') {
            j->i++;
            continue;
        }
        if (j->i < j->n && j->s[j->i] == close) {
            j->i++;
            return VC_OK;
        }
        return jerr(j, close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
    }
}

static vc_status value(jp *j, int depth)
{
    ws(j);
    if (j->i >= j->n)
        return jerr(j, "unexpected end of line");
    char c = j->s[j->i];
    int esc;
    switch (c) {
    case '"': return string(j, NULL, NULL, NULL, &esc);
    case '{': return container(j, depth, '}');
    case '[': return container(j, depth, ']');
    case 't': return literal(j, "true");
    case 'f': return literal(j, "false");
    case 'n': return literal(j, "null");
    default: return number(j);
    }
}

/* Call fn for each member of the object at j->i (on its '{'), with the
 * parser positioned at the member's value. */
typedef vc_status (*key_fn)(void *ctx, jp *j, const char *key, size_t keylen);

static vc_status members(jp *j, key_fn fn, void *ctx)
{
    vc_buf keybuf = VC_BUF_INIT;
    vc_status st = VC_OK;
    j->i++;
    ws(j);
    if (j->i < j->n && j->s[j->i] == '}') {
        j->i++;
        return VC_OK;
    }
    for (;;) {
        ws(j);
        if (j->i >= j->n || j->s[j->i] != '"') {
            st = jerr(j, "expected a key");
            break;
        }
        vc_buf_reset(&keybuf);
        const char *raw = NULL;
        size_t rawn = 0;
        int esc;
        size_t repaired = j->repaired; /* a key's repairs reach no result */
        if ((st = string(j, &keybuf, &raw, &rawn, &esc)))
            break;
        j->repaired = repaired;
        const char *key = esc ? (keybuf.data ? keybuf.data : "") : raw;
        size_t keylen = esc ? keybuf.len : rawn;
        ws(j);
        if (j->i >= j->n || j->s[j->i] != ':') {
            st = jerr(j, "expected ':'");
            break;
        }
        j->i++;
        ws(j);
        if (j->i >= j->n) {
            st = jerr(j, "unexpected end of line");
            break;
        }
        if ((st = fn(ctx, j, key, keylen)))
            break;
        ws(j);
        if (j->i < j->n && j->s[j->i] == ',') {
            j->i++;
            continue;
        }
        if (j->i < j->n && j->s[j->i] == '}') {
            j->i++;
            break;
        }
        st = jerr(j, "expected ',' or '}'");
        break;
    }
    vc_buf_free(&keybuf);
    return st;
}

/* The record's one object, and nothing after it. */
static vc_status walk_object(jp *j, key_fn fn, void *ctx)
{
    ws(j);
    if (j->i >= j->n || j->s[j->i] != '{')
        return jerr(j, j->element ? "an element of the array must be a JSON object"
                                  : "a line must hold one JSON object");
    vc_status st = members(j, fn, ctx);
    if (st)
        return st;
    ws(j);
    if (j->i != j->n)
        return jerr(j, "text after the object");
    return VC_OK;
}

/* ---- paths ------------------------------------------------------------------- */

/* A member's dotted path (pandas' json_normalize names: "via.channel"):
 * the path of its object, a '.', its key. Paths longer than PATH_MAX - 1
 * bytes are not followed (no selected name is that long). */
#define PATH_MAX_BYTES 1024

typedef struct path {
    char s[PATH_MAX_BYTES];
    size_t len;  /* of the enclosing object's path; 0 at the top level */
    int level;   /* objects entered below the top level */
} path;

/* Put key after the enclosing path; returns the full path and its length,
 * or NULL when it does not fit. At the top level the key itself is the
 * path (no copy). */
static const char *path_join(path *pa, const char *key, size_t keylen, size_t *out_len)
{
    if (pa->len == 0) {
        *out_len = keylen;
        return key;
    }
    if (pa->len + 1 + keylen >= sizeof pa->s)
        return NULL;
    pa->s[pa->len] = '.';
    memcpy(pa->s + pa->len + 1, key, keylen);
    *out_len = pa->len + 1 + keylen;
    return pa->s;
}

static const char *shown(char *buf, size_t cap, const char *name, size_t n)
{
    snprintf(buf, cap, "%.*s%s", (int)(n > 200 ? 200 : n), name, n > 200 ? "..." : "");
    return buf;
}

/* ---- the header: columns --------------------------------------------------- */

typedef struct hdr_ctx {
    vc_parser *p;
    path pa;
} hdr_ctx;

static vc_status note_name(vc_parser *p, char kind, const char *name, size_t n)
{
    vc_buf_append_char(&p->json_names, kind);
    vc_buf_append(&p->json_names, name, n);
    vc_buf_append_char(&p->json_names, 0);
    return vc_buf_status(&p->json_names);
}

static int empty_object(const jp *j)
{
    size_t i = j->i + 1;
    while (i < j->n && (j->s[i] == ' ' || j->s[i] == '\t' || j->s[i] == '\r' || j->s[i] == '\n'))
        i++;
    return i < j->n && j->s[i] == '}';
}

/* Columns are the scalar leaves (strings, numbers, booleans, null) and the
 * arrays of the header object, nested keys joined with '.'; an object is
 * entered, not listed (its name is remembered for vc_jsonl_known_path). A
 * path already listed (a literal dotted key and a nested one alike) is
 * listed once. */
static vc_status header_key(void *ctx, jp *j, const char *key, size_t keylen)
{
    hdr_ctx *h = ctx;
    vc_parser *p = h->p;
    size_t n;
    const char *full = path_join(&h->pa, key, keylen, &n);
    if (!full)
        return value(j, 1 + h->pa.level);
    char c = j->s[j->i];
    if (c == '{') {
        int empty = empty_object(j);
        if (note_name(p, empty ? 'e' : 'o', full, n))
            return vc_error_set(j->err, VC_ERR_NOMEM, "out of memory");
        if (empty || 1 + h->pa.level >= MAX_DEPTH || n >= sizeof h->pa.s)
            return value(j, 1 + h->pa.level);
        size_t saved = h->pa.len;
        if (full != h->pa.s)
            memcpy(h->pa.s, full, n);
        h->pa.len = n;
        h->pa.level++;
        vc_status st = members(j, header_key, h);
        h->pa.len = saved;
        h->pa.level--;
        return st;
    }
    for (size_t i = 0; i < p->ncols; i++)
        if (strlen(p->names[i]) == n && memcmp(p->names[i], full, n) == 0)
            return value(j, 1 + h->pa.level);
    if (c == 'n' && note_name(p, 'n', full, n))
        return vc_error_set(j->err, VC_ERR_NOMEM, "out of memory");
    vc_status st = vc_parser_add_column(p, full, n);
    if (st)
        return vc_error_set(j->err, st, "out of memory");
    return value(j, 1 + h->pa.level);
}

vc_status vc_jsonl_header(vc_parser *p, const char *rec, size_t len, vc_error *err)
{
    hdr_ctx h;
    h.p = p;
    h.pa.len = 0;
    h.pa.level = 0;
    jp j = {rec, len, 0, err, NULL, 0, p->reader && p->reader->format == VC_FORMAT_JSON};
    return walk_object(&j, header_key, &h);
}

int vc_jsonl_known_path(const vc_parser *p, const char *name)
{
    size_t len = strlen(name);
    for (size_t at = 0; at < p->json_names.len;) {
        char kind = p->json_names.data[at];
        const char *known = p->json_names.data + at + 1;
        size_t kn = strlen(known);
        at += kn + 2;
        if (kind != 'n' && kn == len && memcmp(known, name, len) == 0)
            return 1; /* an object: rows say it is not text */
        if (kind != 'o' && kn < len && name[kn] == '.' && memcmp(known, name, kn) == 0)
            return 1; /* below a null or {}: nothing to check it against */
    }
    return 0;
}

vc_status vc_parser_allow_arrays(vc_parser *p, size_t slot)
{
    if (!p->reader || (p->reader->format != VC_FORMAT_JSONL && p->reader->format != VC_FORMAT_JSON) ||
        slot >= p->nsel)
        return VC_ERR_USAGE;
    if (!p->sel_arrays && !(p->sel_arrays = calloc(p->nsel, 1)))
        return VC_ERR_NOMEM;
    p->sel_arrays[slot] = 1;
    return VC_OK;
}

/* ---- records: the selected values ------------------------------------------ */

#define LEVELS_SMALL 32

typedef struct rec_ctx {
    const vc_parser *p;
    vc_fields *f;
    path pa;
    unsigned char *level; /* slot -> objects entered when it was set (literal keys win) */
    size_t *lens;         /* slot -> strlen of its name, measured once per record */
} rec_ctx;

/* An array of scalars into the scratch: each non-null element's text and a
 * '\0'; *count gets how many. */
static vc_status array_values(jp *j, vc_buf *out, size_t *count, const char *name, size_t n, int depth)
{
    *count = 0;
    j->i++;
    ws(j);
    if (j->i < j->n && j->s[j->i] == ']') {
        j->i++;
        return VC_OK;
    }
    for (;;) {
        ws(j);
        if (j->i >= j->n)
            return jerr(j, "unexpected end of line");
        char c = j->s[j->i];
        size_t start = j->i;
        vc_status st;
        if (c == '{' || c == '[') {
            char nm[256];
            return vc_error_set(j->err, VC_ERR_DATA, "key '%s' holds an array of %s, not text (column %zu)",
                                shown(nm, sizeof nm, name, n), c == '{' ? "objects" : "arrays", j->i + 1);
        }
        if (c == '"') {
            int esc;
            const char *raw;
            size_t rawn;
            if ((st = string(j, out, &raw, &rawn, &esc)))
                return st;
            if (!esc)
                vc_buf_append(out, raw, rawn);
            vc_buf_append_char(out, 0);
            (*count)++;
        } else {
            if ((st = value(j, depth)))
                return st;
            if (c != 'n') {
                vc_buf_append(out, j->s + start, j->i - start);
                vc_buf_append_char(out, 0);
                (*count)++;
            }
        }
        ws(j);
        if (j->i < j->n && j->s[j->i] == ',') {
            j->i++;
            continue;
        }
        if (j->i < j->n && j->s[j->i] == ']') {
            j->i++;
            return VC_OK;
        }
        return jerr(j, "expected ',' or ']'");
    }
}

static int is_slot(const rec_ctx *r, size_t s, const char *full, size_t n)
{
    return r->lens[s] == n && memcmp(r->p->sel_names[s], full, n) == 0;
}

static vc_status record_key(void *ctx, jp *j, const char *key, size_t keylen)
{
    rec_ctx *r = ctx;
    const vc_parser *p = r->p;
    int depth = 1 + r->pa.level;
    size_t n;
    const char *full = path_join(&r->pa, key, keylen, &n);
    if (!full)
        return value(j, depth);
    char c = j->s[j->i];
    size_t sel = SIZE_MAX;
    for (size_t s = 0; s < p->nsel; s++)
        if (is_slot(r, s, full, n)) {
            sel = s;
            break;
        }
    if (sel == SIZE_MAX) {
        if (c != '{' || depth >= MAX_DEPTH || n >= sizeof r->pa.s)
            return value(j, depth);
        /* enter an object only when a selected name goes on below it */
        int below = 0;
        for (size_t s = 0; s < p->nsel && !below; s++) {
            const char *nm = p->sel_names[s];
            below = r->lens[s] > n && nm[n] == '.' && memcmp(nm, full, n) == 0;
        }
        if (!below)
            return value(j, depth);
        size_t saved = r->pa.len;
        if (full != r->pa.s)
            memcpy(r->pa.s, full, n);
        r->pa.len = n;
        r->pa.level++;
        vc_status st = members(j, record_key, r);
        r->pa.len = saved;
        r->pa.level--;
        return st;
    }
    vc_fields *f = r->f;
    char name[256];
    if (f->v[sel].p || f->v[sel].is_null || f->offs[sel] != SIZE_MAX) {
        if (r->level[sel] < r->pa.level) /* a literal dotted key came first: it wins */
            return value(j, depth);
        if (r->level[sel] == r->pa.level)
            return vc_error_set(j->err, VC_ERR_DATA, "duplicate key '%s' (its second value at column %zu)",
                                shown(name, sizeof name, full, n), j->i + 1);
        /* else a nested value came first: this literal key replaces it */
    }
    size_t start = j->i;
    const char *p_val = NULL;
    size_t n_val = 0, off = SIZE_MAX, nvals = 0;
    int is_null = 0;
    vc_status st;
    if (c == '"') {
        size_t before = f->scratch.len;
        int esc;
        const char *raw;
        size_t rawn;
        if ((st = string(j, &f->scratch, &raw, &rawn, &esc)))
            return st;
        if (esc) {
            off = before;
            n_val = f->scratch.len - before;
            vc_buf_append_char(&f->scratch, 0);
        } else {
            p_val = raw;
            n_val = rawn;
        }
    } else if (c == '[') {
        for (size_t s = sel; s < p->nsel; s++)
            if ((!p->sel_arrays || !p->sel_arrays[s]) && is_slot(r, s, full, n))
                return vc_error_set(j->err, VC_ERR_DATA,
                                    "key '%s' holds an array; only --by accepts arrays (column %zu)",
                                    shown(name, sizeof name, full, n), j->i + 1);
        size_t before = f->scratch.len;
        if ((st = array_values(j, &f->scratch, &nvals, full, n, depth)))
            return st;
        if (nvals) {
            off = before;
            n_val = f->scratch.len - before;
        } else {
            is_null = -1; /* none: absent, as a missing key is */
        }
    } else if (c == '{') {
        return vc_error_set(j->err, VC_ERR_DATA, "key '%s' holds an object, not text (column %zu)",
                            shown(name, sizeof name, full, n), j->i + 1);
    } else {
        if ((st = value(j, depth)))
            return st;
        if (c == 'n')
            is_null = 1;
        else {
            p_val = j->s + start;
            n_val = j->i - start;
        }
    }
    /* every slot that selected this path */
    for (size_t s = sel; s < p->nsel; s++) {
        if (!is_slot(r, s, full, n))
            continue;
        f->v[s].p = is_null ? NULL : (p_val ? p_val : "");
        f->v[s].n = is_null ? 0 : n_val;
        f->v[s].is_null = is_null == 1;
        f->v[s].nvals = nvals;
        f->offs[s] = off;
        r->level[s] = (unsigned char)r->pa.level;
    }
    return VC_OK;
}

vc_status vc_jsonl_parse(const vc_parser *p, const char *rec, size_t len, vc_fields *f, vc_error *err)
{
    unsigned char small[LEVELS_SMALL];
    size_t small_lens[LEVELS_SMALL];
    rec_ctx r;
    r.p = p;
    r.f = f;
    r.pa.len = 0;
    r.pa.level = 0;
    r.level = p->nsel <= LEVELS_SMALL ? small : malloc(p->nsel);
    r.lens = p->nsel <= LEVELS_SMALL ? small_lens : malloc(p->nsel * sizeof *r.lens);
    if (!r.level || !r.lens) {
        if (r.level != small)
            free(r.level);
        if (r.lens != small_lens)
            free(r.lens);
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    }
    for (size_t s = 0; s < p->nsel; s++)
        r.lens[s] = strlen(p->sel_names[s]);
    jp j = {rec, len, 0, err, &f->scratch, 0, p->reader->format == VC_FORMAT_JSON};
    vc_status st = walk_object(&j, record_key, &r);
    if (r.level != small)
        free(r.level);
    if (r.lens != small_lens)
        free(r.lens);
    if (st)
        return st;
    f->repaired = j.repaired;
    vc_fields_fix(f);
    return VC_OK;
}
