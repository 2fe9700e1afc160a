/*
 * bench_inflate.c - inflate alone: how fast a gzip file's decompressed bytes
 * reach a reader through vc_stream, with 1, 2, ... inflate threads.
 *
 *   bench_inflate FILE [--threads 1,2] [--runs 3] [--unit BYTES]
 *
 * For each thread count, reads FILE to its end --runs times (the reader
 * only counts bytes) and prints the median run: decompressed MB/s (10^6
 * bytes), wall and CPU seconds of the process, and the units the pool read
 * (0: read in order, as for 1 thread, a single-member file or plain input).
 * Run it twice to see it with a warm page cache. VOCAL_INFLATE=zlib
 * measures zlib instead of ISA-L.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "vocal/stream.h"

#define BUF_BYTES (256u * 1024u)

typedef struct run {
    double wall, cpu, mbps;
    unsigned long long out;
    unsigned units;
} run;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double cpu_seconds(void)
{
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return (double)u.ru_utime.tv_sec + (double)u.ru_utime.tv_usec / 1e6 + (double)u.ru_stime.tv_sec +
           (double)u.ru_stime.tv_usec / 1e6;
}

static int read_all(const char *path, unsigned threads, size_t unit, char *buf, run *r)
{
    vc_stream *s = NULL;
    vc_error err;
    double c0 = cpu_seconds(), t0 = now();
    if (vc_stream_open(path, &s, &err)) {
        fprintf(stderr, "bench_inflate: %s\n", err.msg);
        return -1;
    }
    vc_stream_set_inflate_threads(s, threads, unit);
    ssize_t n;
    unsigned long long out = 0;
    while ((n = vc_stream_read(s, buf, BUF_BYTES, &err)) > 0)
        out += (unsigned long long)n;
    r->units = vc_stream_inflate_units(s);
    vc_stream_free(s);
    r->wall = now() - t0;
    r->cpu = cpu_seconds() - c0;
    r->out = out;
    r->mbps = (double)out / 1e6 / r->wall;
    if (n < 0) {
        fprintf(stderr, "bench_inflate: %s\n", err.msg);
        return -1;
    }
    return 0;
}

static int by_mbps(const void *a, const void *b)
{
    double x = ((const run *)a)->mbps, y = ((const run *)b)->mbps;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    const char *path = NULL, *list = "1,2";
    int runs = 3;
    size_t unit = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--threads") && i + 1 < argc)
            list = argv[++i];
        else if (!strcmp(argv[i], "--runs") && i + 1 < argc)
            runs = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--unit") && i + 1 < argc)
            unit = (size_t)strtoull(argv[++i], NULL, 10);
        else if (argv[i][0] != '-' && !path)
            path = argv[i];
        else
            path = NULL, i = argc;
    }
    if (!path || runs < 1 || runs > 99) {
        fprintf(stderr, "usage: bench_inflate FILE [--threads 1,2] [--runs 3] [--unit BYTES]\n");
        return 2;
    }
    char *buf = malloc(BUF_BYTES);
    if (!buf)
        return 1;
    const char *backend = getenv("VOCAL_INFLATE");
    printf("file %s, inflate %s, median of %d runs\n", path, backend && !strcmp(backend, "zlib") ? "zlib" : "default",
           runs);
    printf("%-8s %12s %10s %8s %8s %6s\n", "threads", "out_bytes", "MB/s", "wall_s", "cpu_s", "units");
    for (const char *t = list; *t;) {
        unsigned threads = (unsigned)strtoul(t, (char **)&t, 10);
        while (*t == ',')
            t++;
        run rs[99];
        for (int k = 0; k < runs; k++)
            if (read_all(path, threads, unit, buf, &rs[k])) {
                free(buf);
                return 1;
            }
        qsort(rs, (size_t)runs, sizeof *rs, by_mbps);
        run *m = &rs[runs / 2];
        printf("%-8u %12llu %10.1f %8.3f %8.3f %6u\n", threads, m->out, m->mbps, m->wall, m->cpu, m->units);
    }
    free(buf);
    return 0;
}
