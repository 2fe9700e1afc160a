/*
 * inflate.c - the two gzip back ends behind vc_stream: zlib, and ISA-L's
 * igzip when built with it. One behaviour: both read member after member,
 * verify the CRC-32 and the length (ISIZE) of every member (ISA-L checks
 * only the CRC, so ISIZE is compared here), stop cleanly at a share's or
 * unit's stop offset on a member boundary, and warn about trailing data
 * after the last member as gzip(1) does.
 *
 * They read the stream's input buffer through vc_stream_refill and report
 * through vc_stream_fail (stream.c), so errors stay sticky and located the
 * same way for both. The handle belongs to the thread reading it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stream_internal.h"

/* Count (and consume) everything left, for the trailing-data warning. */
static void trailing(vc_stream *s, vc_error *err)
{
    uint64_t n = s->in_len - s->in_pos;
    int zeros = 1;
    for (size_t i = s->in_pos; i < s->in_len; i++)
        zeros &= s->in[i] == 0;
    s->in_pos = s->in_len;
    while (!s->in_eof) {
        if (vc_stream_refill(s, err))
            return;
        for (size_t i = s->in_pos; i < s->in_len; i++)
            zeros &= s->in[i] == 0;
        n += s->in_len - s->in_pos;
        s->in_pos = s->in_len;
    }
    snprintf(s->warn, sizeof s->warn, "%s: %llu bytes of %s after the last gzip member were ignored", s->name,
             (unsigned long long)n, zeros ? "zero padding" : "trailing data");
    s->has_warn = 1;
}

/* Before a member: returns 1 to start one, 0 at the clean end, <0 on error. */
static int next_member(vc_stream *s, vc_error *err)
{
    while (s->in_len - s->in_pos < 2 && !s->in_eof) {
        vc_status st = vc_stream_refill(s, err);
        if (st)
            return st;
    }
    size_t avail = s->in_len - s->in_pos;
    uint64_t at = s->start_off + (s->bytes_in - avail);
    if (s->has_stop) {
        /* a share ends where the next one starts, at a member boundary */
        if (at == s->stop_off)
            return 0;
        if (at > s->stop_off)
            return vc_stream_fail_at(s, err, VC_ERR_GZIP,
                           "share %u/%u: member %u (bytes %llu to %llu) contains byte %llu, where share %u/%u "
                           "was found to start; data inside the member looks like a member start there, so the "
                           "file cannot be split into %u shares",
                           s->share_index, s->share_count, s->members, (unsigned long long)s->member_off,
                           (unsigned long long)at, (unsigned long long)s->stop_off, s->share_index + 1,
                           s->share_count, s->share_count);
        if (avail < 2 || s->in[s->in_pos] != 0x1f || s->in[s->in_pos + 1] != 0x8b)
            return vc_stream_fail_at(s, err, VC_ERR_GZIP,
                           "share %u/%u: byte %llu, after member %u, does not start a gzip member, but the next "
                           "share starts further on, at byte %llu",
                           s->share_index, s->share_count, (unsigned long long)at, s->members,
                           (unsigned long long)s->stop_off);
    }
    s->member_off = at;
    if (avail == 0)
        return s->members == 0 ? vc_stream_fail(s, err, VC_ERR_GZIP, "empty gzip stream") : 0;
    if (avail >= 2 && s->in[s->in_pos] == 0x1f && s->in[s->in_pos + 1] == 0x8b)
        return 1;
    if (s->members == 0)
        return vc_stream_fail(s, err, VC_ERR_GZIP, "not a gzip stream");
    trailing(s, err);
    return 0;
}

static ssize_t read_zlib_inner(vc_stream *s, unsigned char *buf, size_t cap, vc_error *err)
{
    s->z.next_out = buf;
    s->z.avail_out = (uInt)(cap > UINT32_MAX ? UINT32_MAX : cap);
    while (s->z.avail_out == cap) {
        if (!s->member_open) {
            int r = next_member(s, err);
            if (r < 0)
                return r;
            if (r == 0) {
                s->done = 1;
                break;
            }
            if (s->members > 0 && inflateReset(&s->z) != Z_OK)
                return vc_stream_fail(s, err, VC_ERR_GZIP, "cannot reset zlib");
            s->member_open = 1;
        }
        if (s->in_pos == s->in_len) {
            vc_status st = vc_stream_refill(s, err);
            if (st)
                return st;
            if (s->in_pos == s->in_len)
                return vc_stream_fail(s, err, VC_ERR_GZIP,
                            "gzip stream truncated in member %u (after %llu compressed bytes)",
                            s->members + 1, (unsigned long long)s->bytes_in);
        }
        s->z.next_in = s->in + s->in_pos;
        s->z.avail_in = (uInt)(s->in_len - s->in_pos);
        int r = inflate(&s->z, Z_NO_FLUSH);
        s->in_pos = s->in_len - s->z.avail_in;
        if (r == Z_STREAM_END) {
            s->member_open = 0;
            s->members++;
        } else if (r == Z_NEED_DICT || r == Z_DATA_ERROR) {
            return vc_stream_fail(s, err, VC_ERR_GZIP, "corrupt gzip data in member %u: %s", s->members + 1,
                        s->z.msg ? s->z.msg : "invalid deflate data");
        } else if (r == Z_MEM_ERROR) {
            return vc_stream_fail(s, err, VC_ERR_NOMEM, "out of memory in zlib");
        } else if (r == Z_BUF_ERROR && s->in_eof && s->in_pos == s->in_len) {
            return vc_stream_fail(s, err, VC_ERR_GZIP, "gzip stream truncated in member %u (after %llu compressed bytes)",
                        s->members + 1, (unsigned long long)s->bytes_in);
        }
    }
    return (ssize_t)(cap - s->z.avail_out);
}

/* Bytes inflated before an error are delivered first; the (sticky) error
 * comes with the next read, so rows before a bad CRC are still counted. */
ssize_t vc_inflate_read_zlib(vc_stream *s, unsigned char *buf, size_t cap, vc_error *err)
{
    ssize_t r = read_zlib_inner(s, buf, cap, err);
    size_t produced = cap - s->z.avail_out;
    if (r < 0 && produced > 0 && produced <= cap)
        return (ssize_t)produced;
    return r;
}

#ifdef VOCAL_HAVE_ISAL
/* ISIZE of the member that ends just before in_pos (little endian). */
static uint32_t trailer_isize(const vc_stream *s)
{
    const unsigned char *t = s->in + s->in_pos - 4;
    return (uint32_t)t[0] | (uint32_t)t[1] << 8 | (uint32_t)t[2] << 16 | (uint32_t)t[3] << 24;
}

ssize_t vc_inflate_read_isal(vc_stream *s, unsigned char *buf, size_t cap, vc_error *err)
{
    struct inflate_state *st = s->isal;
    size_t produced = 0;
    ssize_t r_err = 0;
#define ISAL_FAIL(expr) do { r_err = (expr); goto failed; } while (0)
    while (produced == 0) {
        if (!s->member_open) {
            int r = next_member(s, err);
            if (r < 0)
                return r;
            if (r == 0) {
                s->done = 1;
                break;
            }
            /* RFC 1952: reserved FLG bits must be zero. zlib rejects them,
             * ISA-L does not look: check here so both back ends agree. */
            while (s->in_len - s->in_pos < 4 && !s->in_eof) {
                vc_status rs = vc_stream_refill(s, err);
                if (rs)
                    return rs;
            }
            if (s->in_len - s->in_pos >= 4 && (s->in[s->in_pos + 3] & 0xE0))
                ISAL_FAIL(vc_stream_fail(s, err, VC_ERR_GZIP, "corrupt gzip data in member %u: unknown header flags set",
                               s->members + 1));
            isal_inflate_init(st);
            st->crc_flag = ISAL_GZIP;
            s->member_open = 1;
            s->member_out = 0;
        }
        if (s->in_pos == s->in_len) {
            vc_status rs = vc_stream_refill(s, err);
            if (rs)
                return rs;
            if (s->in_pos == s->in_len)
                ISAL_FAIL(vc_stream_fail(s, err, VC_ERR_GZIP,
                               "gzip stream truncated in member %u (after %llu compressed bytes)",
                               s->members + 1, (unsigned long long)s->bytes_in));
        }
        st->next_in = s->in + s->in_pos;
        st->avail_in = (uint32_t)(s->in_len - s->in_pos);
        st->next_out = buf + produced;
        st->avail_out = (uint32_t)((cap - produced) > UINT32_MAX ? UINT32_MAX : cap - produced);
        uint32_t before_out = st->avail_out;
        size_t pos_before = s->in_pos;
        int r = isal_inflate(st);
        /* next_in may move back before pos_before (bytes handed back), never
         * before the kept history */
        s->in_pos = (size_t)(st->next_in - s->in);
        size_t used = s->in_pos > pos_before ? s->in_pos - pos_before : 0;
        size_t out_now = before_out - st->avail_out;
        produced += out_now;
        s->member_out += out_now;
        if (r == ISAL_INCORRECT_CHECKSUM) {
            /* ISA-L checks the trailer as a whole; tell CRC from length */
            uint32_t isize = s->in_pos >= 4 ? trailer_isize(s) : 0;
            ISAL_FAIL(vc_stream_fail(s, err, VC_ERR_GZIP, "corrupt gzip data in member %u: incorrect %s check",
                           s->members + 1, isize != (uint32_t)s->member_out ? "length" : "data"));
        }
        if (r < 0)
            ISAL_FAIL(vc_stream_fail(s, err, VC_ERR_GZIP, "corrupt gzip data in member %u: invalid %s", s->members + 1,
                           r == ISAL_INVALID_WRAPPER ? "gzip header" : "deflate data"));
        if (st->block_state == ISAL_BLOCK_FINISH) {
            uint32_t isize = s->in_pos >= 4 ? trailer_isize(s) : 0;
            if (isize != (uint32_t)s->member_out)
                ISAL_FAIL(vc_stream_fail(s, err, VC_ERR_GZIP, "corrupt gzip data in member %u: incorrect length check",
                               s->members + 1));
            s->member_open = 0;
            s->members++;
        } else if (used == 0 && out_now == 0 && s->in_eof && s->in_pos == s->in_len) {
            ISAL_FAIL(vc_stream_fail(s, err, VC_ERR_GZIP, "gzip stream truncated in member %u (after %llu compressed bytes)",
                           s->members + 1, (unsigned long long)s->bytes_in));
        } else if (out_now == 0 && used == 0 && s->in_pos < s->in_len && s->in_len == VC_IN_CAP + VC_IN_HISTORY) {
            /* ISA-L wants more input than fits after the unconsumed bytes */
            vc_status rs = vc_stream_refill(s, err);
            if (rs)
                return rs;
        }
    }
    return (ssize_t)produced;
failed:
    /* deliver what was inflated before the error; the error is sticky */
    return produced > 0 ? (ssize_t)produced : r_err;
#undef ISAL_FAIL
}
#endif
