/*
 * splitter.c - finding record boundaries in a decompressed byte stream.
 *
 * A small state machine fed with chunks of any size. For CSV/TSV it tracks
 * whether it is inside a quoted field (a quote opens a quoted field only at
 * the start of a field; inside one, a doubled quote is a literal quote), so
 * line breaks inside quotes stay in the record. JSONL records are lines.
 * LF, CRLF and lone CR all end a line; a CR at the end of a chunk is
 * remembered so that an LF at the start of the next one is not a second
 * line end. Physical lines and byte offsets are counted as we go, so every
 * record, and every rejected one, can be located in the file.
 *
 * Memory: a record that lies wholly inside a chunk is emitted by pointer,
 * without a copy. Only a record that crosses a chunk boundary is gathered in
 * `pending`, and never beyond max_record bytes: past that the record is
 * skipped to its end while only its first bytes are kept for the rejects
 * file, so a 5 GB "record" (a stray quote, say) costs 1 MiB of memory.
 *
 * Recovery from a quote left open at end of input: the record is reported
 * as unterminated at the line where it started, and the bytes after that
 * line are split again as fresh records, so one stray quote does not
 * swallow the rest of the file.
 *
 * JSON exports (VC_FORMAT_JSON) are a top-level array of records, or an
 * object one of whose members holds that array ({"tickets": [...],
 * "count": 12}). The splitter walks the outer structure byte by byte with
 * a small state machine, and inside an element counts only strings,
 * escapes and bracket depth, so each element comes out as one span (its
 * first byte's offset and line) exactly as a JSONL line does: the element
 * itself is parsed strictly by the worker (jsonl.c), the splitter never
 * holds more than one element (bounded by max_record, like any record),
 * and the other members of a wrapping object are skipped without being
 * kept. What cannot be split (no array of records, two of them and no key
 * naming one, bytes that are not JSON at the top level, input that ends
 * before the array is closed) is a sticky error read with
 * vc_splitter_status; spans already emitted stay records.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_internal.h"
#include "vocal/record.h"

#define KEEP_OVERSIZE 1024

enum { C_ORD = 0, C_QUOTE = 1, C_DELIM = 2, C_LF = 3, C_CR = 4 };

struct vc_splitter {
    vc_dialect d;
    size_t max;
    unsigned char cls[256];
    /* stream position */
    uint64_t offset; /* bytes consumed */
    uint64_t line;   /* current physical line (1-based) */
    int prev_cr;     /* last byte consumed was a CR ending a line */
    unsigned char bom[3];
    size_t bom_n;
    int bom_done;
    /* the open record */
    int open;        /* a record has started */
    uint64_t rec_offset, rec_line;
    uint32_t rec_lines;
    int in_quote, field_start, after_close;
    int qcr;         /* inside quotes, the last byte was a CR */
    vc_buf pending;  /* bytes of the open record from earlier chunks */
    int skipping;    /* oversize: not buffering */
    uint64_t rec_len;
    /* JSON: the outer structure (J_* state), the element or skipped value */
    const char *records_key; /* borrowed; NULL: the only array of objects */
    int js;
    int wrapped;     /* the current top-level value is an object */
    int chose;       /* this object's records array was found */
    int jcr;         /* the last byte was a CR (a following LF is no new line) */
    int in_str, esc;
    uint64_t depth;  /* open brackets of the element or skipped value */
    char key[128];   /* the member key being read (raw, cut at 127 bytes) */
    size_t key_n;
    vc_buf arrays;   /* "'a', 'b'": members seen holding arrays of objects */
    size_t narrays;
    uint64_t top_line, arr_line;
    vc_status jst;
    uint64_t jline;
    char jwhat[400];
};

enum { J_TOP, J_SEP, J_ELEM, J_KEY_WAIT, J_KEY, J_COLON, J_VAL, J_ARR, J_SKIP, J_AFTER, J_DONE, J_ERR };

vc_splitter *vc_splitter_new(const vc_dialect *d)
{
    vc_splitter *sp = calloc(1, sizeof *sp);
    if (!sp)
        return NULL;
    sp->d = *d;
    sp->max = d->max_record ? d->max_record : VC_DEFAULT_MAX_RECORD;
    sp->line = 1;
    sp->cls['\n'] = C_LF;
    sp->cls['\r'] = C_CR;
    sp->js = J_TOP;
    if (d->format != VC_FORMAT_JSONL && d->format != VC_FORMAT_JSON) {
        if (d->quote)
            sp->cls[(unsigned char)d->quote] = C_QUOTE;
        sp->cls[(unsigned char)d->delimiter] = C_DELIM;
    }
    return sp;
}

void vc_splitter_free(vc_splitter *sp)
{
    if (!sp)
        return;
    vc_buf_free(&sp->pending);
    vc_buf_free(&sp->arrays);
    free(sp);
}

void vc_splitter_set_records(vc_splitter *sp, const char *key)
{
    sp->records_key = key;
}

vc_status vc_splitter_status(const vc_splitter *sp, uint64_t *line, const char **what)
{
    if (line)
        *line = sp->jline;
    if (what)
        *what = sp->jst ? sp->jwhat : "";
    return sp->jst;
}

static void begin_record(vc_splitter *sp, uint64_t offset)
{
    sp->open = 1;
    sp->rec_offset = offset;
    sp->rec_line = sp->line;
    sp->rec_lines = 1;
    sp->in_quote = 0;
    sp->field_start = 1;
    sp->after_close = 0;
    sp->qcr = 0;
    sp->skipping = 0;
    sp->rec_len = 0;
    vc_buf_reset(&sp->pending);
}

/* Append record bytes to pending, switching to skipping past the limit.
 * A skipped record keeps its first KEEP_OVERSIZE bytes, however the input
 * was chunked (the fuzz target checks that chunking never matters). */
static int gather(vc_splitter *sp, const char *p, size_t n)
{
    sp->rec_len += n;
    if (!sp->skipping && sp->pending.len + n > sp->max) {
        sp->skipping = 1;
        if (sp->pending.len > KEEP_OVERSIZE)
            sp->pending.len = KEEP_OVERSIZE;
    }
    if (!sp->skipping)
        return vc_buf_append(&sp->pending, p, n) ? -1 : 0;
    if (sp->pending.len < KEEP_OVERSIZE) {
        size_t k = KEEP_OVERSIZE - sp->pending.len;
        if (vc_buf_append(&sp->pending, p, k < n ? k : n))
            return -1;
    }
    return 0;
}

static int emit(vc_splitter *sp, const char *data, size_t len, uint32_t kind, vc_span_fn fn, void *ctx)
{
    vc_span s;
    s.offset = sp->rec_offset;
    s.line = sp->rec_line;
    s.lines = sp->rec_lines;
    s.kind = kind;
    s.full_len = sp->rec_len;
    s.data = data ? data : "";
    s.len = len;
    sp->open = 0;
    return fn(ctx, &s);
}

/* Emit the gathered record: oversize when it was skipped, nothing for a
 * blank line, else a record. */
static int emit_pending(vc_splitter *sp, vc_span_fn fn, void *ctx)
{
    if (sp->skipping)
        return emit(sp, sp->pending.data, sp->pending.len, VC_SPAN_OVERSIZE, fn, ctx);
    if (sp->pending.len == 0) {
        sp->open = 0;
        return 0;
    }
    return emit(sp, sp->pending.data, sp->pending.len, VC_SPAN_RECORD, fn, ctx);
}

/* End of the open record at chunk position `end` (exclusive, line end not
 * included); `start` is where its bytes begin in this chunk. */
static int finish_record(vc_splitter *sp, const char *chunk, size_t start, size_t end, vc_span_fn fn, void *ctx)
{
    if (sp->pending.len == 0 && !sp->skipping && sp->rec_len == 0) {
        size_t n = end - start;
        sp->rec_len = n;
        if (n == 0) { /* blank line: not a record */
            sp->open = 0;
            return 0;
        }
        if (n > sp->max) {
            sp->rec_len = n;
            return emit(sp, chunk + start, n < KEEP_OVERSIZE ? n : KEEP_OVERSIZE, VC_SPAN_OVERSIZE, fn, ctx);
        }
        return emit(sp, chunk + start, n, VC_SPAN_RECORD, fn, ctx);
    }
    if (gather(sp, chunk + start, end - start))
        return -1;
    return emit_pending(sp, fn, ctx);
}

/* ---- JSON exports ------------------------------------------------------------ */

static void json_fail(vc_splitter *sp, vc_status st, const char *fmt, const char *a, const char *b)
{
    sp->js = J_ERR;
    sp->jst = st;
    sp->jline = sp->line;
    snprintf(sp->jwhat, sizeof sp->jwhat, fmt, a ? a : "", b ? b : "");
    sp->open = 0;
}

static int json_blank(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* A line end, counted once for CRLF; `in_rec` also counts it in the open
 * element's lines. */
static void json_newline(vc_splitter *sp, unsigned char c, int in_rec)
{
    if (c == '\n' && sp->jcr) {
        sp->jcr = 0;
        return;
    }
    sp->jcr = c == '\r';
    sp->line++;
    if (in_rec)
        sp->rec_lines++;
}

/* The member key just read, quoted and printable, for messages. */
static const char *json_key_shown(vc_splitter *sp, char *out, size_t cap)
{
    snprintf(out, cap, "'%.*s%s'", (int)sp->key_n, sp->key, sp->key_n >= sizeof sp->key - 1 ? "..." : "");
    return out;
}

/* The top-level object closed: it must have given its records. */
static void json_object_closed(vc_splitter *sp)
{
    sp->js = J_DONE;
    if (sp->chose)
        return;
    char line[32];
    snprintf(line, sizeof line, "%llu", (unsigned long long)sp->top_line);
    if (sp->records_key) {
        char key[200];
        snprintf(key, sizeof key, "%s' holding an array (arrays of objects: %.*s)", sp->records_key, 120,
                 sp->narrays ? sp->arrays.data : "none");
        json_fail(sp, VC_ERR_USAGE, "the JSON object that starts at line %s has no member '%s", line, key);
    }
    else
        json_fail(sp, VC_ERR_USAGE, "the JSON object that starts at line %s holds no array of objects to read as records%s",
                  line, "");
}

/* Scan an element (emit = 1) or a skipped member value (emit = 0) from
 * p[i]; returns the index after what was consumed and sets *ended when the
 * value ended (a closing bracket consumed, or a scalar's end seen but not
 * consumed). */
static size_t json_value(vc_splitter *sp, const unsigned char *p, size_t i, size_t len, int emit, int *ended)
{
    *ended = 0;
    for (; i < len; i++) {
        unsigned char c = p[i];
        if (sp->in_str) {
            if (sp->esc)
                sp->esc = 0;
            else if (c == '\\')
                sp->esc = 1;
            else if (c == '"')
                sp->in_str = 0;
            if (c == '\n' || c == '\r')
                json_newline(sp, c, emit);
            else
                sp->jcr = 0;
            continue;
        }
        switch (c) {
        case '"': sp->in_str = 1; sp->jcr = 0; break;
        case '{': case '[': sp->depth++; sp->jcr = 0; break;
        case '}': case ']':
            sp->jcr = 0;
            if (sp->depth == 0) { /* a scalar's end */
                *ended = 1;
                return i;
            }
            if (--sp->depth == 0) {
                *ended = 1;
                return i + 1;
            }
            break;
        case ',':
            sp->jcr = 0;
            if (sp->depth == 0) {
                *ended = 1;
                return i;
            }
            break;
        case '\n': case '\r': json_newline(sp, c, emit); break;
        default: sp->jcr = 0;
        }
    }
    return i;
}

static int feed_json(vc_splitter *sp, const char *chunk, size_t len, vc_span_fn fn, void *ctx)
{
    const unsigned char *p = (const unsigned char *)chunk;
    uint64_t base = sp->offset;
    size_t i = 0, start = 0;
    char shown[sizeof sp->key + 8];
    while (i < len && sp->js != J_ERR) {
        unsigned char c = p[i];
        switch (sp->js) {
        case J_ELEM: {
            int ended;
            size_t k = json_value(sp, p, i, len, 1, &ended);
            if (!ended) {
                i = len;
                break;
            }
            int rc = finish_record(sp, chunk, start, k, fn, ctx);
            if (rc)
                return rc;
            sp->js = J_SEP;
            i = k;
            break;
        }
        case J_SKIP: {
            int ended;
            i = json_value(sp, p, i, len, 0, &ended);
            if (ended)
                sp->js = J_AFTER;
            break;
        }
        case J_KEY:
            i++;
            sp->jcr = 0;
            if (sp->esc)
                sp->esc = 0;
            else if (c == '\\')
                sp->esc = 1;
            else if (c == '"') {
                sp->js = J_COLON;
                sp->key[sp->key_n] = 0;
                break;
            }
            if (c == '\n' || c == '\r')
                json_newline(sp, c, 0);
            if (sp->key_n < sizeof sp->key - 1)
                sp->key[sp->key_n++] = (char)c;
            break;
        default:
            if (json_blank(c)) {
                if (c == '\n' || c == '\r')
                    json_newline(sp, c, 0);
                else
                    sp->jcr = 0;
                i++;
                break;
            }
            sp->jcr = 0;
            switch (sp->js) {
            case J_TOP:
            case J_DONE:
                if (c != '[' && c != '{') {
                    char cs[8];
                    snprintf(cs, sizeof cs, c >= 0x20 && c < 0x7F ? "'%c'" : "byte %u", c);
                    json_fail(sp, VC_ERR_DATA,
                              sp->js == J_TOP ? "expected '[' or '{' (a JSON array of records, or an object "
                                                "holding one), found %s%s"
                                              : "%s after the end of the JSON value%s",
                              cs, "");
                    break;
                }
                sp->top_line = sp->line;
                sp->wrapped = c == '{';
                sp->chose = 0;
                if (!sp->wrapped && sp->records_key) {
                    json_fail(sp, VC_ERR_USAGE,
                              "the records key '%s' names a member of an object, but the input is a top-level "
                              "JSON array%s",
                              sp->records_key, "");
                    break;
                }
                sp->js = sp->wrapped ? J_KEY_WAIT : J_SEP;
                i++;
                break;
            case J_KEY_WAIT:
                if (c == '}')
                    json_object_closed(sp);
                else if (c == '"') {
                    sp->js = J_KEY;
                    sp->key_n = 0;
                    sp->esc = 0;
                } else
                    json_fail(sp, VC_ERR_DATA, "expected a member name in the JSON object%s%s", "", "");
                i++;
                break;
            case J_COLON:
                if (c != ':')
                    json_fail(sp, VC_ERR_DATA, "expected ':' after the member name %s%s",
                              json_key_shown(sp, shown, sizeof shown), "");
                sp->js = sp->js == J_ERR ? J_ERR : J_VAL;
                i++;
                break;
            case J_VAL:
                sp->arr_line = sp->line;
                if (c == '[') {
                    sp->js = J_ARR;
                    i++;
                    break;
                }
                if (sp->records_key && strcmp(sp->records_key, sp->key) == 0) {
                    json_fail(sp, VC_ERR_USAGE, "the member '%s' holds no array%s", sp->records_key, "");
                    break;
                }
                sp->js = J_SKIP;
                sp->depth = 0;
                sp->in_str = sp->esc = 0;
                break;
            case J_ARR: {
                int objects = c == '{';
                if (objects) {
                    vc_buf_printf(&sp->arrays, "%s%s", sp->narrays ? ", " : "",
                                  json_key_shown(sp, shown, sizeof shown));
                    sp->narrays++;
                }
                int take = sp->records_key ? strcmp(sp->records_key, sp->key) == 0 : objects;
                if (take && sp->chose && !sp->records_key) {
                    json_fail(sp, VC_ERR_USAGE,
                              "several members hold arrays of objects (%s); name the one that holds the "
                              "records with --records KEY%s",
                              sp->arrays.data ? sp->arrays.data : "", "");
                    break;
                }
                if (take) {
                    sp->chose = 1;
                    sp->js = J_SEP;
                } else {
                    sp->js = J_SKIP;
                    sp->depth = 1;
                    sp->in_str = sp->esc = 0;
                }
                break;
            }
            case J_SEP:
                if (c == ',') {
                    i++;
                    break;
                }
                if (c == ']') {
                    sp->js = sp->wrapped ? J_AFTER : J_DONE;
                    i++;
                    break;
                }
                begin_record(sp, base + i);
                start = i;
                if (c == '}') { /* a stray closer: an element of its own (rejected) */
                    int rc = finish_record(sp, chunk, start, i + 1, fn, ctx);
                    if (rc)
                        return rc;
                    i++;
                    break;
                }
                sp->depth = 0;
                sp->in_str = sp->esc = 0;
                sp->js = J_ELEM;
                break;
            case J_AFTER:
                if (c == ',')
                    sp->js = J_KEY_WAIT;
                else if (c == '}')
                    json_object_closed(sp);
                else
                    json_fail(sp, VC_ERR_DATA, "expected ',' or '}' after the member %s%s",
                              json_key_shown(sp, shown, sizeof shown), "");
                i++;
                break;
            }
        }
    }
    if (sp->js == J_ELEM && sp->open && start < len)
        if (gather(sp, chunk + start, len - start))
            return -1;
    sp->offset = base + len;
    return 0;
}

/* End of input: an element still open is emitted as it is (the reader
 * rejects it as invalid JSON), and an array or object never closed is a
 * truncated input. */
static int finish_json(vc_splitter *sp, vc_span_fn fn, void *ctx)
{
    if (sp->js == J_ERR || sp->js == J_TOP || sp->js == J_DONE)
        return 0;
    int rc = 0;
    char at[32];
    snprintf(at, sizeof at, "%llu", (unsigned long long)sp->top_line);
    if (sp->js == J_ELEM && sp->open)
        rc = emit_pending(sp, fn, ctx);
    json_fail(sp, VC_ERR_DATA,
              sp->wrapped ? "the input ends inside the JSON object that starts at line %s (truncated?)%s"
                          : "the input ends inside the JSON array that starts at line %s (truncated?)%s",
              at, "");
    return rc;
}

static int feed(vc_splitter *sp, const char *chunk, size_t len, vc_span_fn fn, void *ctx)
{
    if (sp->d.format == VC_FORMAT_JSON)
        return feed_json(sp, chunk, len, fn, ctx);
    const unsigned char *p = (const unsigned char *)chunk;
    const unsigned char *cls = sp->cls;
    size_t i = 0, start = 0;
    if (sp->prev_cr && len > 0) {
        sp->prev_cr = 0;
        if (p[0] == '\n' && !sp->open) {
            i = start = 1;
            sp->offset++;
        }
    }
    while (i < len) {
        if (!sp->open) {
            begin_record(sp, sp->offset);
            start = i;
        }
        /* scan the open record */
        int rc;
        size_t j = i;
        if (sp->in_quote) {
            int qcr = sp->qcr;
            for (; j < len; j++) {
                unsigned char c = p[j];
                if (cls[c] == C_QUOTE) {
                    sp->in_quote = 0;
                    sp->after_close = 1;
                    qcr = 0;
                    j++;
                    break;
                }
                if (c == '\n') {
                    if (!qcr)
                        sp->line++, sp->rec_lines++;
                    qcr = 0;
                } else if (c == '\r') {
                    sp->line++;
                    sp->rec_lines++;
                    qcr = 1;
                } else {
                    qcr = 0;
                }
            }
            sp->qcr = qcr;
            i = j;
            continue;
        }
        for (; j < len; j++) {
            unsigned char k = cls[p[j]];
            if (k == C_ORD) {
                sp->field_start = 0;
                sp->after_close = 0;
                continue;
            }
            if (k == C_DELIM) {
                sp->field_start = 1;
                sp->after_close = 0;
                continue;
            }
            if (k == C_QUOTE) {
                if (sp->field_start || sp->after_close) {
                    sp->in_quote = 1;
                    sp->field_start = 0;
                    sp->after_close = 0;
                    j++;
                    break;
                }
                continue;
            }
            break; /* line end */
        }
        if (sp->in_quote) {
            i = j;
            continue;
        }
        if (j >= len) {
            i = len;
            break;
        }
        /* line end at j */
        rc = finish_record(sp, chunk, start, j, fn, ctx);
        if (rc)
            return rc;
        sp->line++;
        size_t next = j + 1;
        if (p[j] == '\r') {
            if (next < len) {
                if (p[next] == '\n')
                    next++;
            } else {
                sp->prev_cr = 1;
            }
        }
        sp->offset += next - start;
        i = start = next;
    }
    if (sp->open && start < len) {
        if (gather(sp, chunk + start, len - start))
            return -1;
        sp->offset += len - start;
    }
    return 0;
}

int vc_splitter_feed(vc_splitter *sp, const char *chunk, size_t len, vc_span_fn fn, void *ctx)
{
    if (!sp->bom_done) {
        /* hold the first bytes until we know whether they are a BOM */
        while (len > 0 && sp->bom_n < 3) {
            sp->bom[sp->bom_n++] = (unsigned char)*chunk++;
            len--;
            if (memcmp(sp->bom, "\xEF\xBB\xBF", sp->bom_n) != 0)
                break;
        }
        if (sp->bom_n == 3 && memcmp(sp->bom, "\xEF\xBB\xBF", 3) == 0) {
            sp->bom_done = 1;
            sp->offset = 3;
        } else if (sp->bom_n > 0 && memcmp(sp->bom, "\xEF\xBB\xBF", sp->bom_n) != 0) {
            sp->bom_done = 1;
            int rc = feed(sp, (const char *)sp->bom, sp->bom_n, fn, ctx);
            if (rc)
                return rc;
        } else {
            return 0; /* still a BOM prefix; wait for more */
        }
    }
    return len ? feed(sp, chunk, len, fn, ctx) : 0;
}

int vc_splitter_finish(vc_splitter *sp, vc_span_fn fn, void *ctx)
{
    if (!sp->bom_done && sp->bom_n) {
        sp->bom_done = 1;
        int rc = feed(sp, (const char *)sp->bom, sp->bom_n, fn, ctx);
        if (rc)
            return rc;
    }
    if (sp->d.format == VC_FORMAT_JSON)
        return finish_json(sp, fn, ctx);
    while (sp->open) {
        if (!sp->in_quote)
            return emit_pending(sp, fn, ctx);
        /* quote open at end of input */
        if (sp->skipping) {
            return emit(sp, sp->pending.data, sp->pending.len, VC_SPAN_UNTERMINATED, fn, ctx);
        }
        vc_buf rest = sp->pending;
        vc_buf_init(&sp->pending);
        size_t cut = 0;
        while (cut < rest.len && rest.data[cut] != '\n' && rest.data[cut] != '\r')
            cut++;
        size_t after = cut;
        if (after < rest.len) {
            after++;
            if (rest.data[cut] == '\r' && after < rest.len && rest.data[after] == '\n')
                after++;
        }
        uint64_t start_line = sp->rec_line;
        sp->rec_lines = 1;
        sp->rec_len = cut;
        int rc = emit(sp, rest.data, cut, VC_SPAN_UNTERMINATED, fn, ctx);
        if (!rc && after < rest.len) {
            /* split again what followed the first line of the broken record */
            sp->line = start_line + 1;
            sp->offset = sp->rec_offset + after;
            sp->prev_cr = 0;
            rc = feed(sp, rest.data + after, rest.len - after, fn, ctx);
        }
        vc_buf_free(&rest);
        if (rc)
            return rc;
    }
    return 0;
}

int vc_json_sniff_wrapped(const char *data, size_t len)
{
    size_t i = 0;
    while (i < len && json_blank((unsigned char)data[i]))
        i++;
    if (i >= len || data[i] != '{')
        return 0;
    int in_str = 0, esc = 0, lines = 0, expect_value = 0, records = 0;
    uint64_t depth = 0;
    for (; i < len; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c == '\n' || c == '\r')
            lines = 1;
        if (in_str) {
            if (esc)
                esc = 0;
            else if (c == '\\')
                esc = 1;
            else if (c == '"')
                in_str = 0;
            continue;
        }
        if (json_blank(c))
            continue;
        if (expect_value) { /* the first byte of a member value of the object */
            expect_value = 0;
            if (c == '[') {
                size_t k = i + 1;
                while (k < len && json_blank((unsigned char)data[k]))
                    k++;
                if (k < len && data[k] == '{')
                    records = 1;
            }
        }
        if (c == '"')
            in_str = 1;
        else if (c == '{' || c == '[')
            depth++;
        else if (c == '}' || c == ']') {
            if (depth > 0 && --depth == 0)
                break;
        } else if (c == ':' && depth == 1)
            expect_value = 1;
    }
    if (!records)
        return 0;
    if (i >= len || lines) /* open at the end of data, or over several lines */
        return 1;
    for (i++; i < len; i++)
        if (!json_blank((unsigned char)data[i]))
            return 0; /* one line and more follows: JSON Lines */
    return 1;
}
