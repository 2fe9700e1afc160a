/*
 * sentiment_internal.h - VADER's "but" rule, exposed to the tests.
 *
 * Ownership: vc_but_work is caller-owned scratch, reused across calls and
 * released with vc_but_work_free().
 */
#ifndef VOCAL_SENTIMENT_INTERNAL_H
#define VOCAL_SENTIMENT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/status.h"

typedef struct vc_but_work {
    uint32_t *left, *right, *rank; /* a leftist heap node per listed token */
    size_t cap;
    uint64_t *keys;  /* value -> heap of the tokens holding it */
    uint32_t *roots;
    size_t tcap;
} vc_but_work;

void vc_but_work_free(vc_but_work *w);

/* The rule as the reference applies it: for a = 0 .. n-1, the value
 * v = s[nz[a]] (when not 0) is looked up with list.index(), and the first
 * listed token b holding v gets v * 0.5 if nz[b] < but, v * 1.5 if
 * nz[b] > but. nz lists the tokens with a value, ascending. O(n log n)
 * (a heap of tokens per value); the direct search is O(n^2) when values
 * repeat. */
vc_status vc_but_rule(double *s, const size_t *nz, size_t n, size_t but, vc_but_work *w);

#endif
