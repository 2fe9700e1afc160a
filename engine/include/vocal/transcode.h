/*
 * transcode.h - bytes in some encoding in, UTF-8 out, streamed.
 *
 * A transcoder is given the encoding an input is read as (NULL: look at its
 * first bytes) and then fed the input's bytes in chunks of any size; it
 * appends UTF-8 to the caller's buffer. A character or code unit cut
 * between two chunks is carried to the next one, so memory stays bounded
 * by the chunk size whatever the input size.
 *
 * With no encoding named, a UTF-16 or UTF-32 byte order mark selects that
 * encoding (the mark itself is dropped); anything else is UTF-8 and passes
 * through unchanged, but is checked: invalid sequences are counted with the
 * line of the first, and the transcoder notes when they are all made of
 * bytes Windows-1252 defines (Excel's "CSV" export), so the caller can say which
 * --encoding to pass. UTF-16LE/BE and UTF-32LE/BE are decoded here; every
 * other name goes to the C library's iconv.
 *
 * Invalid input never stops the stream: a lone surrogate, a code point
 * out of range, a byte the named encoding does not define, or a unit cut
 * at the end of input becomes U+FFFD and is counted. Lines are physical
 * lines of the decoded text (line feeds before the sequence, plus one).
 *
 * Ownership: the transcoder owns its iconv descriptor and carried bytes;
 * the caller owns the buffers. One thread at a time uses a transcoder.
 */
#ifndef VOCAL_TRANSCODE_H
#define VOCAL_TRANSCODE_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/buf.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_transcoder vc_transcoder;

/* `encoding` NULL: detect a UTF-16/UTF-32 byte order mark, else UTF-8.
 * "utf-8" (any case, with or without the dash): UTF-8, checked. Any other
 * name iconv knows. VC_ERR_USAGE naming the encoding when iconv does not
 * know it; VC_ERR_NOMEM. */
vc_status vc_transcoder_new(const char *encoding, vc_transcoder **out, vc_error *err);
void vc_transcoder_free(vc_transcoder *t); /* accepts NULL */

/* Decode `n` bytes and append the UTF-8 to `out` (its sticky status says
 * whether memory ran out). Bytes of an unfinished character are kept for
 * the next call. */
void vc_transcoder_feed(vc_transcoder *t, const void *in, size_t n, vc_buf *out);
/* The end of input: what is still carried is an unfinished character,
 * one U+FFFD (or, for UTF-8 passed through, the bytes as they are). */
void vc_transcoder_finish(vc_transcoder *t, vc_buf *out);

/* Once the first bytes were seen: 1 when the input is UTF-8 passed
 * through as it is, so a caller may skip the copy and only check it with
 * vc_transcoder_check(). */
int vc_transcoder_passthrough(const vc_transcoder *t);
/* For a pass-through transcoder: check `n` more bytes that the caller
 * keeps as they are. */
void vc_transcoder_check(vc_transcoder *t, const void *in, size_t n);

typedef struct vc_transcode_info {
    /* what the bytes are read as: "UTF-8", "UTF-16LE", "UTF-16BE",
     * "UTF-32LE", "UTF-32BE", or the name given to iconv */
    const char *encoding;
    const char *bom;         /* the byte order mark the input starts with, NULL when none */
    int transcoded;          /* 0: UTF-8 passed through unchanged */
    int named;               /* the encoding was given, not detected */
    int bom_conflict;        /* the mark names another encoding than the one given */
    /* invalid sequences: replaced by U+FFFD when transcoded; when UTF-8
     * passes through, the fields that are read repair them later */
    uint64_t invalid;
    uint64_t first_invalid_line; /* 0 when none */
    /* UTF-8 passed through with invalid sequences, each made of bytes
     * Windows-1252 defines, and more of them than valid multi-byte
     * sequences: the input is most likely Windows-1252 */
    int looks_cp1252;
} vc_transcode_info;

/* The strings of `info` are valid while the transcoder (or the stream
 * that holds it) lives. */
void vc_transcoder_info(const vc_transcoder *t, vc_transcode_info *info);

/* 1 when `n` bytes (a header, say) are not valid UTF-8 but read cleanly as
 * Windows-1252 (the test of looks_cp1252). */
int vc_bytes_look_cp1252(const void *p, size_t n);

VC_API_END

#endif
