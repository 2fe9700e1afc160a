/*
 * bench_transcode.c - decoding alone: a file's bytes through vc_stream and
 * its transcoding stage, written to stdout, so that it can be timed against
 * `iconv -f ENC -t UTF-8 FILE` doing the same work.
 *
 *   bench_transcode [--encoding NAME | --no-stage] FILE > /dev/null
 *
 * Without --encoding the stage detects a byte order mark (UTF-16/UTF-32) or
 * checks UTF-8 as it passes; --no-stage reads the bytes with no stage at all
 * (the cost of plain input before the stage existed). Prints the decoded
 * bytes and, on stderr, the invalid sequences the stage counted.
 * bench/transcode.sh runs it.
 */
#include <stdio.h>
#include <string.h>

#include "vocal/stream.h"

int main(int argc, char **argv)
{
    const char *enc = NULL, *path = NULL;
    int stage = 1;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--encoding") && i + 1 < argc)
            enc = argv[++i];
        else if (!strcmp(argv[i], "--no-stage"))
            stage = 0;
        else
            path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "usage: bench_transcode [--encoding NAME | --no-stage] FILE\n");
        return 2;
    }
    vc_stream *s = NULL;
    vc_error err;
    vc_error_clear(&err);
    if (vc_stream_open(path, &s, &err) || (stage && vc_stream_set_encoding(s, enc, &err))) {
        fprintf(stderr, "bench_transcode: %s\n", err.msg);
        vc_stream_free(s);
        return 1;
    }
    static char buf[256 * 1024];
    ssize_t n;
    while ((n = vc_stream_read(s, buf, sizeof buf, &err)) > 0)
        fwrite(buf, 1, (size_t)n, stdout);
    vc_transcode_info ti;
    if (vc_stream_transcode_info(s, &ti) == 0)
        fprintf(stderr, "%s: read as %s, %llu invalid sequences\n", path, ti.encoding,
                (unsigned long long)ti.invalid);
    vc_stream_free(s);
    return n < 0 ? 1 : 0;
}
