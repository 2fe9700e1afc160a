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
 */
#include <stdlib.h>
#include <string.h>

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
};

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
    if (d->format != VC_FORMAT_JSONL) {
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
    free(sp);
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

static int feed(vc_splitter *sp, const char *chunk, size_t len, vc_span_fn fn, void *ctx)
{
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
