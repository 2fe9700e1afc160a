/*
 * example.c - the example lists of the lexicon tools (example.h).
 *
 * A list is a sorted array with a fixed room: an example goes in at its
 * place in input order and pushes the last one out when the list is full.
 * Each worker keeps its own lists; the merge adds one worker's examples to
 * another's, so the lists are the first in input order for any thread count.
 */
#include <stdlib.h>
#include <string.h>

#include "vocal/example.h"

static int example_cmp(const vc_example *a, const vc_example *b)
{
    return a->file != b->file ? (a->file < b->file ? -1 : 1) : (a->recno < b->recno ? -1 : a->recno > b->recno);
}

void vc_example_list_add(vc_example_list *l, size_t cap, vc_example e)
{
    size_t pos = l->n;
    while (pos > 0 && example_cmp(&e, &l->v[pos - 1]) < 0)
        pos--;
    if (pos >= cap) {
        free(e.text);
        free(e.entries);
        return;
    }
    if (l->n == cap) {
        free(l->v[cap - 1].text);
        free(l->v[cap - 1].entries);
        l->n--;
    }
    memmove(&l->v[pos + 1], &l->v[pos], (l->n - pos) * sizeof *l->v);
    l->v[pos] = e;
    l->n++;
}

void vc_example_list_free(vc_example_list *l)
{
    for (size_t k = 0; l->v && k < l->n; k++) {
        free(l->v[k].text);
        free(l->v[k].entries);
    }
    free(l->v);
    l->v = NULL;
    l->n = 0;
}
