/*
 * pstream.c - the rest of a multi-member gzip file inflated by a pool of
 * threads, read through the same vc_stream, byte for byte as one inflater
 * reads it.
 *
 * Units. From the member boundary where the pool starts, the file is cut
 * into units of whole members: unit k runs from bound[k] to bound[k+1],
 * where bound[k+1] is the first member start found at or after
 * bound[k] + unit_bytes (a header scan and a short trial inflate,
 * vc_stream_find_unit in stream.c). The bounds are planned in order, by
 * whichever worker first needs one, under plan_mu; when the scan finds no
 * further start (or cannot read), the unit before is the last and reads to
 * the end of the file (or of a share).
 *
 * Each worker takes the next unit, at most nslots ahead of the reader,
 * and inflates it with a unit stream of its own (a vc_stream reading the
 * shared descriptor with pread, ending at a member boundary at bound[k+1]),
 * into blocks of BLOCK_BYTES queued on the unit. The reader copies the
 * head unit's blocks out in order and recycles them.
 *
 * Memory is bounded: a worker takes a block only while the pool holds
 * fewer than `budget` blocks, except the worker of the head unit, which may
 * always hold HEAD_BLOCKS, since the reader drains those. One member larger
 * than a unit therefore makes the others wait until it is read: the pool
 * then runs at the speed of one inflater, never out of memory, and never
 * deadlocks (units are taken in order, so the head unit always has a
 * worker or is next to be taken).
 *
 * Exactness. A unit is only read after the unit before ended cleanly, and
 * that unit's stream ends cleanly only at a member boundary exactly at
 * this unit's first byte. So every byte handed out is one that reading in
 * order would hand out, at the same place, whatever the scan got wrong.
 * When a unit fails instead (corrupt data, truncation, a start that was
 * not one, out of memory), the reader first hands out the bytes it did
 * inflate, then stops the pool and goes on in order itself from the unit's
 * first byte with the members counted so far, dropping the output it has
 * already handed out (vc_stream_resume): the error, its message (member
 * numbers and byte offsets of the file) and everything after are then
 * exactly those of reading in order. The trailing-data warning of the last
 * unit is the one reading in order gives, and members and bytes consumed
 * add up per unit.
 *
 * Threads: the handle is the reader's. Workers read only the fields set
 * before they start (name, fd, backend, bounds of the file) and share the
 * rest under `mu` (units, blocks, head, cancel) or `plan_mu` (bounds).
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "stream_internal.h"

#define BLOCK_BYTES (256u * 1024u)
#define BLOCKS_PER_THREAD 32u /* output waiting ahead: 8 MiB per thread */
#define HEAD_BLOCKS 2u
#define SLOTS_PER_THREAD 4u /* units in flight ahead of the reader */
#define ARENA_ALIGN (2u << 20)

typedef struct block {
    struct block *next;
    size_t len;
    uint64_t in_at;   /* file offset the unit had consumed when it was full */
    unsigned members; /* members the unit had completed by then */
    unsigned char *data; /* BLOCK_BYTES in the pool's arena */
} block;

enum { U_IDLE = 0, U_RUNNING, U_DONE };

typedef struct unit {
    int state;
    block *first, *last; /* inflated, not yet taken by the reader */
    unsigned held;       /* blocks it holds: queued, being filled, being read */
    /* set by its worker before U_DONE */
    uint64_t start;   /* file offset of its first member */
    uint64_t end_in;  /* file offset consumed at its end */
    unsigned members; /* members it completed */
    int failed, is_last, has_warn;
    char warn[256];
} unit;

struct vc_pinflate {
    /* set before the workers start, then read-only */
    const char *name;
    int fd, backend;
    uint64_t end;      /* where reading ends: the file's size or a share's stop */
    uint64_t last_stop; /* stop of the last unit: VC_NO_OFFSET or a share's stop */
    uint64_t unit_bytes;
    unsigned nslots, budget;
    pthread_t *threads;
    unsigned nthreads;

    /* planning, under plan_mu */
    pthread_mutex_t plan_mu;
    uint64_t *bound; /* bound[k]: file offset where unit k starts */
    size_t nbound, cap_bound;
    int plan_end; /* no unit after nbound - 1 */
    vc_probe_ctx *probe;

    /* under mu */
    pthread_mutex_t mu;
    pthread_cond_t work_cv;  /* workers: a unit in the window, a block */
    pthread_cond_t ready_cv; /* reader: the head unit has a block or ended */
    unit *units;             /* unit k in units[k % nslots] */
    uint64_t head;           /* the unit the reader is on */
    uint64_t next;           /* the next unit a worker takes */
    uint64_t nunits;         /* UINT64_MAX until known */
    block *blocks;          /* budget + HEAD_BLOCKS headers */
    unsigned char *arena;   /* their data, touched only as blocks are first used */
    unsigned nblocks, used; /* blocks, and how many were ever handed out */
    block *spare;           /* handed back, most recent first (still in cache) */
    unsigned held;          /* handed out and not spare */
    int cancel;

    /* the reader's own */
    block *cur;
    size_t cur_pos;
    unsigned members_done; /* members before the head unit */
    uint64_t unit_out;     /* bytes handed out from the head unit */
};

/* The start of unit k and where it stops, planning the bounds up to it.
 * *start is VC_NO_OFFSET when there is no unit k. */
static void plan(vc_pinflate *p, uint64_t k, uint64_t *start, uint64_t *stop, int *last)
{
    pthread_mutex_lock(&p->plan_mu);
    while (!p->plan_end && p->nbound <= k + 1) {
        uint64_t prev = p->bound[p->nbound - 1], found = VC_NO_OFFSET;
        if (p->end - prev > p->unit_bytes &&
            vc_stream_find_unit(p->fd, &p->probe, prev + p->unit_bytes, p->end, &found) != 0)
            found = VC_NO_OFFSET; /* cannot plan further: the unit reads to the end */
        if (found != VC_NO_OFFSET && p->nbound == p->cap_bound) {
            uint64_t *b = realloc(p->bound, 2 * p->cap_bound * sizeof *b);
            if (b) {
                p->bound = b;
                p->cap_bound *= 2;
            } else {
                found = VC_NO_OFFSET;
            }
        }
        if (found == VC_NO_OFFSET)
            p->plan_end = 1;
        else
            p->bound[p->nbound++] = found;
    }
    *start = k < p->nbound ? p->bound[k] : VC_NO_OFFSET;
    *last = k + 1 >= p->nbound;
    *stop = *last ? p->last_stop : p->bound[k + 1];
    pthread_mutex_unlock(&p->plan_mu);
}

/* A block for unit k, once the budget allows; NULL when the pool stops or
 * memory runs out. */
static block *get_block(vc_pinflate *p, unit *u, uint64_t k)
{
    block *b = NULL;
    pthread_mutex_lock(&p->mu);
    while (!p->cancel && p->held >= p->budget && !(k == p->head && u->held < HEAD_BLOCKS))
        pthread_cond_wait(&p->work_cv, &p->mu);
    if (!p->cancel) {
        if (p->spare) {
            b = p->spare;
            p->spare = b->next;
        } else if (p->used < p->nblocks) {
            b = &p->blocks[p->used++];
        }
        if (b) {
            b->next = NULL;
            b->len = 0;
            p->held++;
            u->held++;
        }
    }
    pthread_mutex_unlock(&p->mu);
    return b;
}

static void put_block(vc_pinflate *p, unit *u, block *b)
{
    pthread_mutex_lock(&p->mu);
    if (u->last)
        u->last->next = b;
    else
        u->first = b;
    u->last = b;
    pthread_cond_signal(&p->ready_cv);
    pthread_mutex_unlock(&p->mu);
}

static void spare_block(vc_pinflate *p, unit *u, block *b)
{
    pthread_mutex_lock(&p->mu);
    b->next = p->spare;
    p->spare = b;
    p->held--;
    u->held--;
    pthread_cond_broadcast(&p->work_cv);
    pthread_mutex_unlock(&p->mu);
}

/* Inflate unit k into blocks with the worker's unit stream *usp (opened
 * on first use, then reused), then mark the unit done. */
static void inflate_unit(vc_pinflate *p, vc_stream **usp, unit *u, uint64_t k, uint64_t start, uint64_t stop,
                         int last)
{
    if (*usp && vc_stream_unit_restart(*usp, start, stop) != 0) {
        vc_stream_free(*usp);
        *usp = NULL;
    }
    if (!*usp)
        *usp = vc_stream_unit_open(p->name, p->fd, p->backend, start, stop);
    vc_stream *us = *usp;
    int failed = us == NULL;
    block *b = NULL;
    while (!failed) {
        if (!b && !(b = get_block(p, u, k))) {
            failed = 1;
            break;
        }
        ssize_t n = vc_stream_read_seq(us, b->data + b->len, BLOCK_BYTES - b->len, NULL);
        if (n > 0)
            b->len += (size_t)n;
        if (b->len == BLOCK_BYTES || (n <= 0 && b->len > 0)) {
            b->in_at = vc_stream_bytes_in(us);
            b->members = us->members;
            put_block(p, u, b);
            b = NULL;
        }
        if (n < 0)
            failed = 1;
        if (n <= 0)
            break;
    }
    if (b)
        spare_block(p, u, b);
    pthread_mutex_lock(&p->mu);
    u->start = start;
    u->failed = failed;
    u->is_last = last;
    u->members = us ? us->members : 0;
    u->end_in = us ? vc_stream_bytes_in(us) : start;
    u->has_warn = us && !failed && us->has_warn;
    if (u->has_warn)
        memcpy(u->warn, us->warn, sizeof u->warn);
    u->state = U_DONE;
    pthread_cond_signal(&p->ready_cv);
    pthread_mutex_unlock(&p->mu);
}

static void *worker_main(void *arg)
{
    vc_pinflate *p = arg;
    vc_stream *us = NULL;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->cancel && (p->next >= p->nunits || p->next >= p->head + p->nslots))
            pthread_cond_wait(&p->work_cv, &p->mu);
        if (p->cancel)
            break;
        uint64_t k = p->next++;
        unit *u = &p->units[k % p->nslots];
        u->state = U_RUNNING;
        pthread_mutex_unlock(&p->mu);
        uint64_t start, stop;
        int last;
        plan(p, k, &start, &stop, &last);
        if (start != VC_NO_OFFSET)
            inflate_unit(p, &us, u, k, start, stop, last);
        pthread_mutex_lock(&p->mu);
        if (start == VC_NO_OFFSET) { /* past the last unit */
            u->state = U_IDLE;
            if (k < p->nunits)
                p->nunits = k;
        }
    }
    pthread_mutex_unlock(&p->mu);
    vc_stream_free(us);
    return NULL;
}

void vc_pinflate_free(vc_pinflate *p)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    p->cancel = 1;
    pthread_cond_broadcast(&p->work_cv);
    pthread_mutex_unlock(&p->mu);
    for (unsigned i = 0; i < p->nthreads; i++)
        pthread_join(p->threads[i], NULL);
    vc_stream_probe_free(p->probe);
    pthread_mutex_destroy(&p->mu);
    pthread_mutex_destroy(&p->plan_mu);
    pthread_cond_destroy(&p->work_cv);
    pthread_cond_destroy(&p->ready_cv);
    free(p->units);
    free(p->blocks);
    free(p->arena);
    free(p->bound);
    free(p->threads);
    free(p);
}

int vc_pinflate_start(vc_stream *s, uint64_t at)
{
    vc_pinflate *p = calloc(1, sizeof *p);
    if (!p)
        return -1;
    p->name = s->name;
    p->fd = s->fd;
    p->backend = s->backend;
    p->end = s->has_stop ? s->stop_off : s->start_off + (uint64_t)s->size;
    p->last_stop = s->has_stop ? s->stop_off : VC_NO_OFFSET;
    p->unit_bytes = s->par_unit;
    p->nslots = SLOTS_PER_THREAD * s->par_threads;
    p->budget = BLOCKS_PER_THREAD * s->par_threads;
    p->nblocks = p->budget + HEAD_BLOCKS;
    p->nunits = UINT64_MAX;
    p->members_done = s->members;
    p->cap_bound = 64;
    p->bound = malloc(p->cap_bound * sizeof *p->bound);
    p->units = calloc(p->nslots, sizeof *p->units);
    p->threads = calloc(s->par_threads, sizeof *p->threads);
    pthread_mutex_init(&p->mu, NULL);
    pthread_mutex_init(&p->plan_mu, NULL);
    pthread_cond_init(&p->work_cv, NULL);
    pthread_cond_init(&p->ready_cv, NULL);
    p->blocks = calloc(p->nblocks, sizeof *p->blocks);
    /* one arena, in huge pages where the system gives them on request:
     * first touching 4 KiB pages one by one costs more than it looks */
    size_t arena = (size_t)p->nblocks * BLOCK_BYTES;
    if (posix_memalign((void **)&p->arena, ARENA_ALIGN, arena) != 0)
        p->arena = NULL;
#ifdef MADV_HUGEPAGE
    if (p->arena)
        madvise(p->arena, arena, MADV_HUGEPAGE);
#endif
    for (unsigned i = 0; p->blocks && p->arena && i < p->nblocks; i++)
        p->blocks[i].data = p->arena + (size_t)i * BLOCK_BYTES;
    if (p->bound && p->units && p->threads && p->blocks && p->arena) {
        p->bound[0] = at;
        p->nbound = 1;
        for (; p->nthreads < s->par_threads; p->nthreads++)
            if (pthread_create(&p->threads[p->nthreads], NULL, worker_main, p) != 0)
                break;
    }
    if (p->nthreads == 0) {
        vc_pinflate_free(p);
        return -1;
    }
    /* the pool reads from `at` on: the handle's read-ahead is dropped */
    s->par = p;
    s->in_pos = s->in_len = 0;
    s->bytes_in = at - s->start_off;
    return 0;
}

ssize_t vc_pinflate_read(vc_stream *s, unsigned char *buf, size_t cap, vc_error *err)
{
    vc_pinflate *p = s->par;
    for (;;) {
        unit *u = &p->units[p->head % p->nslots];
        if (p->cur) {
            size_t k = p->cur->len - p->cur_pos;
            if (k > cap)
                k = cap;
            memcpy(buf, p->cur->data + p->cur_pos, k);
            p->cur_pos += k;
            p->unit_out += k;
            if (p->cur_pos == p->cur->len) {
                s->members = p->members_done + p->cur->members;
                s->bytes_in = p->cur->in_at - s->start_off;
                spare_block(p, u, p->cur);
                p->cur = NULL;
            }
            return (ssize_t)k;
        }
        pthread_mutex_lock(&p->mu);
        while (!u->first && u->state != U_DONE)
            pthread_cond_wait(&p->ready_cv, &p->mu);
        if (u->first) {
            p->cur = u->first;
            p->cur_pos = 0;
            u->first = p->cur->next;
            if (!u->first)
                u->last = NULL;
            pthread_mutex_unlock(&p->mu);
            continue;
        }
        /* the head unit ended and all of it was handed out */
        unit done = *u;
        pthread_mutex_unlock(&p->mu);
        if (done.failed) {
            uint64_t skip = p->unit_out;
            unsigned members = p->members_done;
            vc_pinflate_free(p);
            s->par = NULL;
            s->par_threads = 0;
            s->par_handed_back = 1;
            vc_stream_resume(s, done.start, members, skip, err);
            return VC_PINFLATE_SEQ;
        }
        p->members_done += done.members;
        s->members = p->members_done;
        s->bytes_in = done.end_in - s->start_off;
        s->par_units++;
        if (done.has_warn) {
            memcpy(s->warn, done.warn, sizeof s->warn);
            s->has_warn = 1;
        }
        if (done.is_last) {
            vc_pinflate_free(p);
            s->par = NULL;
            s->par_threads = 0;
            s->done = 1;
            return 0;
        }
        pthread_mutex_lock(&p->mu);
        memset(u, 0, sizeof *u);
        p->head++;
        pthread_cond_broadcast(&p->work_cv);
        pthread_mutex_unlock(&p->mu);
        p->unit_out = 0;
    }
}
