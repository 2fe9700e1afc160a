/*
 * transcode_stage.c - the transcoder (transcode.c) stacked on a stream,
 * after decompression: vc_stream_read then delivers UTF-8 whatever the
 * input's encoding, so the splitter, the header reader and every parser
 * see nothing else.
 *
 * The stage reads the stream's bytes in chunks of STAGE_RAW bytes, decodes
 * each into its output buffer and hands that out; it reads the next chunk
 * only once the buffer is empty, so it holds at most one chunk and its
 * decoded form (4x for a single-byte encoding through iconv) whatever the
 * input's size. Input that turns out to be UTF-8 (no encoding named and no
 * UTF-16/UTF-32 byte order mark) is read straight into the caller's
 * buffer after the first chunk and only checked, so plain input costs one
 * pass of the UTF-8 check and no copy.
 *
 * Ownership: the stream owns its stage and frees it; one thread reads.
 */
#include <stdlib.h>
#include <string.h>

#include "stream_internal.h"

#define STAGE_RAW (64u * 1024u)

struct vc_tstage {
    vc_transcoder *t;
    unsigned char *raw;
    vc_buf out;
    size_t pos; /* bytes of out handed out */
    int ended;
};

vc_status vc_stream_set_encoding(vc_stream *s, const char *encoding, vc_error *err)
{
    struct vc_tstage *g = calloc(1, sizeof *g);
    if (!g)
        return vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    vc_status st = vc_transcoder_new(encoding, &g->t, err);
    if (!st && !(g->raw = malloc(STAGE_RAW)))
        st = vc_error_set(err, VC_ERR_NOMEM, "out of memory");
    if (st) {
        vc_tstage_free(g);
        return st;
    }
    vc_tstage_free(s->tstage);
    s->tstage = g;
    return VC_OK;
}

void vc_tstage_free(struct vc_tstage *g)
{
    if (!g)
        return;
    vc_transcoder_free(g->t);
    free(g->raw);
    vc_buf_free(&g->out);
    free(g);
}

int vc_stream_transcode_info(const vc_stream *s, vc_transcode_info *info)
{
    if (!s->tstage)
        return -1;
    vc_transcoder_info(s->tstage->t, info);
    return 0;
}

ssize_t vc_tstage_read(vc_stream *s, unsigned char *buf, size_t cap, vc_error *err)
{
    struct vc_tstage *g = s->tstage;
    if (cap == 0)
        return 0;
    for (;;) {
        if (g->pos < g->out.len) {
            size_t k = g->out.len - g->pos < cap ? g->out.len - g->pos : cap;
            memcpy(buf, g->out.data + g->pos, k);
            g->pos += k;
            return (ssize_t)k;
        }
        g->pos = 0;
        vc_buf_reset(&g->out);
        if (g->ended)
            return 0;
        if (vc_transcoder_passthrough(g->t)) {
            ssize_t n = vc_stream_read_bytes(s, buf, cap, err);
            if (n > 0)
                vc_transcoder_check(g->t, buf, (size_t)n);
            if (n != 0)
                return n;
            vc_transcoder_finish(g->t, &g->out); /* counts a sequence cut at the end; adds nothing */
            g->ended = 1;
            continue;
        }
        ssize_t n = vc_stream_read_bytes(s, g->raw, STAGE_RAW, err);
        if (n < 0)
            return n;
        if (n == 0) {
            vc_transcoder_finish(g->t, &g->out);
            g->ended = 1;
        } else {
            vc_transcoder_feed(g->t, g->raw, (size_t)n, &g->out);
        }
        if (vc_buf_status(&g->out))
            return vc_stream_fail(s, err, VC_ERR_NOMEM, "out of memory");
    }
}
