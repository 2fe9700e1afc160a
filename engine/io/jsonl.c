/*
 * jsonl.c - one JSON object per line (JSON Lines / NDJSON).
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
 */
#include <stdio.h>
#include <string.h>

#include "parser_internal.h"

#define MAX_DEPTH 64

typedef struct jp {
    const char *s;
    size_t n, i;
    vc_error *err;
    vc_buf *scratch;
    size_t repaired; /* escapes replaced by U+FFFD in unescaped strings */
} jp;

static vc_status jerr(jp *j, const char *what)
{
    return vc_error_set(j->err, VC_ERR_DATA, "invalid JSON at column %zu: %s", j->i + 1, what);
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

/* Walk the top-level object; call on_key for each key with the parser
 * positioned at its value. */
typedef vc_status (*key_fn)(void *ctx, jp *j, const char *key, size_t keylen);

static vc_status walk_object(jp *j, key_fn fn, void *ctx, vc_buf *keybuf)
{
    ws(j);
    if (j->i >= j->n || j->s[j->i] != '{')
        return jerr(j, "a line must hold one JSON object");
    j->i++;
    ws(j);
    if (j->i < j->n && j->s[j->i] == '}') {
        j->i++;
    } else {
        for (;;) {
            ws(j);
            if (j->i >= j->n || j->s[j->i] != '"')
                return jerr(j, "expected a key");
            vc_buf_reset(keybuf);
            const char *raw = NULL;
            size_t rawn = 0;
            int esc;
            size_t repaired = j->repaired; /* a key's repairs reach no result */
            vc_status st = string(j, keybuf, &raw, &rawn, &esc);
            if (st)
                return st;
            j->repaired = repaired;
            const char *key = esc ? (keybuf->data ? keybuf->data : "") : raw;
            size_t keylen = esc ? keybuf->len : rawn;
            ws(j);
            if (j->i >= j->n || j->s[j->i] != ':')
                return jerr(j, "expected ':'");
            j->i++;
            ws(j);
            if ((st = fn(ctx, j, key, keylen)))
                return st;
            ws(j);
            if (j->i < j->n && j->s[j->i] == ',') {
                j->i++;
                continue;
            }
            if (j->i < j->n && j->s[j->i] == '}') {
                j->i++;
                break;
            }
            return jerr(j, "expected ',' or '}'");
        }
    }
    ws(j);
    if (j->i != j->n)
        return jerr(j, "text after the object");
    return VC_OK;
}

static vc_status header_key(void *ctx, jp *j, const char *key, size_t keylen)
{
    vc_parser *p = ctx;
    for (size_t i = 0; i < p->ncols; i++)
        if (strlen(p->names[i]) == keylen && memcmp(p->names[i], key, keylen) == 0)
            return value(j, 1);
    vc_status st = vc_parser_add_column(p, key, keylen);
    if (st)
        return vc_error_set(j->err, st, "out of memory");
    return value(j, 1);
}

vc_status vc_jsonl_header(vc_parser *p, const char *rec, size_t len, vc_error *err)
{
    vc_buf keybuf = VC_BUF_INIT;
    jp j = {rec, len, 0, err, NULL, 0};
    vc_status st = walk_object(&j, header_key, p, &keybuf);
    vc_buf_free(&keybuf);
    return st;
}

typedef struct rec_ctx {
    const vc_parser *p;
    vc_fields *f;
} rec_ctx;

static vc_status record_key(void *ctx, jp *j, const char *key, size_t keylen)
{
    rec_ctx *r = ctx;
    const vc_parser *p = r->p;
    size_t sel = SIZE_MAX;
    for (size_t s = 0; s < p->nsel; s++)
        if (strlen(p->sel_names[s]) == keylen && memcmp(p->sel_names[s], key, keylen) == 0) {
            sel = s;
            break;
        }
    if (sel == SIZE_MAX)
        return value(j, 1);
    vc_fields *f = r->f;
    if (f->v[sel].p || f->v[sel].is_null || f->offs[sel] != SIZE_MAX) {
        char name[128];
        snprintf(name, sizeof name, "%.*s", (int)(keylen > 100 ? 100 : keylen), key);
        return vc_error_set(j->err, VC_ERR_DATA, "duplicate key '%s' (its second value at column %zu)", name, j->i + 1);
    }
    char c = j->s[j->i];
    size_t start = j->i;
    const char *p_val = NULL;
    size_t n_val = 0, off = SIZE_MAX;
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
    } else if (c == '{' || c == '[') {
        char name[128];
        snprintf(name, sizeof name, "%.*s", (int)(keylen > 100 ? 100 : keylen), key);
        return vc_error_set(j->err, VC_ERR_DATA, "key '%s' holds %s, not text (column %zu)", name,
                            c == '{' ? "an object" : "an array", j->i + 1);
    } else {
        if ((st = value(j, 1)))
            return st;
        if (c == 'n')
            is_null = 1;
        else {
            p_val = j->s + start;
            n_val = j->i - start;
        }
    }
    /* every slot that selected this key */
    for (size_t s = 0; s < p->nsel; s++) {
        if (strlen(p->sel_names[s]) != keylen || memcmp(p->sel_names[s], key, keylen) != 0)
            continue;
        f->v[s].p = is_null ? NULL : (p_val ? p_val : "");
        f->v[s].n = n_val;
        f->v[s].is_null = is_null;
        f->offs[s] = off;
    }
    return VC_OK;
}

vc_status vc_jsonl_parse(const vc_parser *p, const char *rec, size_t len, vc_fields *f, vc_error *err)
{
    vc_buf keybuf = VC_BUF_INIT;
    rec_ctx r = {p, f};
    jp j = {rec, len, 0, err, &f->scratch, 0};
    vc_status st = walk_object(&j, record_key, &r, &keybuf);
    vc_buf_free(&keybuf);
    if (st)
        return st;
    f->repaired = j.repaired;
    vc_fields_fix(f);
    return VC_OK;
}
