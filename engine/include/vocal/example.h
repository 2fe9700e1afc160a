/*
 * example.h - example comments of the lexicon tools (eval, lexdiff): the
 * first `cap` comments of a kind in input order (file, then record), so a
 * list does not depend on the number of threads.
 *
 * Ownership: a list owns its examples' strings; vc_example_list_add() takes
 * over those of the example it is given.
 */
#ifndef VOCAL_EXAMPLE_H
#define VOCAL_EXAMPLE_H

#include <stddef.h>
#include <stdint.h>

#include "vocal/export.h"

VC_API_BEGIN

typedef struct vc_example {
    uint64_t file, recno, line; /* input index (vc_scan_stats files), record, line */
    char *text;                 /* the comment, cut to a few hundred bytes */
    char *entries;              /* the entries responsible, or "" */
} vc_example;

typedef struct vc_example_list {
    vc_example *v; /* room for the list's cap */
    size_t n;
} vc_example_list;

/* Keep e when it is among the `cap` first in input order (l->v has room for
 * cap); takes ownership of e's strings and frees them when e is not kept. */
void vc_example_list_add(vc_example_list *l, size_t cap, vc_example e);
/* Frees the examples and the array; accepts an empty list. */
void vc_example_list_free(vc_example_list *l);

VC_API_END

#endif
