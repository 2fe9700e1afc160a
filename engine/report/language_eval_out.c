/*
 * language_eval_out.c - the text report of a language evaluation
 * (`vocal language --eval`): accuracy over every labeled comment and over
 * those of five words or more, then per labeled language its precision,
 * recall and how many of its comments were called "und", then every
 * confusion (labeled one language, identified as another).
 *
 * Ownership: the result is borrowed; the writer only appends to out.
 */
#include <string.h>

#include "vocal/lab_report.h"

static void pct(vc_buf *b, uint64_t n, uint64_t d)
{
    if (d)
        vc_buf_printf(b, "%5.1f%%", 100.0 * (double)n / (double)d);
    else
        vc_buf_append_str(b, "     -");
}

vc_status vc_language_eval_write(const vc_language_eval_result *r, const char *gold_name, vc_buf *out)
{
    uint64_t labeled = 0, correct = 0, nlong = 0, long_correct = 0;
    for (size_t i = 0; i < r->npairs; i++) {
        const vc_language_pair *p = &r->pairs[i];
        int ok = strcmp(p->gold, p->identified) == 0;
        labeled += p->comments;
        correct += ok ? p->comments : 0;
        nlong += p->long_comments;
        long_correct += ok ? p->long_comments : 0;
    }
    vc_buf_printf(out, "language identification against %s: %llu comments, %llu labeled\n", gold_name,
                  (unsigned long long)r->comments, (unsigned long long)labeled);
    vc_buf_append_str(out, "accuracy: ");
    pct(out, correct, labeled);
    vc_buf_printf(out, " (%llu of %llu); comments of %d words or more: ", (unsigned long long)correct,
                  (unsigned long long)labeled, VC_LANGUAGE_EVAL_LONG_WORDS);
    pct(out, long_correct, nlong);
    vc_buf_printf(out, " (%llu of %llu)\n\n", (unsigned long long)long_correct, (unsigned long long)nlong);
    vc_buf_append_str(out, "language  labeled  identified  correct  precision  recall  as und\n");
    /* pairs are sorted by gold code: one row per run of a gold code */
    for (size_t i = 0; i < r->npairs;) {
        const char *g = r->pairs[i].gold;
        uint64_t n = 0, ok = 0, und = 0, called = 0;
        size_t j = i;
        for (; j < r->npairs && strcmp(r->pairs[j].gold, g) == 0; j++) {
            n += r->pairs[j].comments;
            ok += strcmp(r->pairs[j].identified, g) == 0 ? r->pairs[j].comments : 0;
            und += strcmp(r->pairs[j].identified, "und") == 0 ? r->pairs[j].comments : 0;
        }
        for (size_t k = 0; k < r->npairs; k++)
            if (strcmp(r->pairs[k].identified, g) == 0)
                called += r->pairs[k].comments;
        vc_buf_printf(out, "%-8s  %7llu  %10llu  %7llu     ", g, (unsigned long long)n, (unsigned long long)called,
                      (unsigned long long)ok);
        pct(out, ok, called);
        vc_buf_append_str(out, "  ");
        pct(out, ok, n);
        vc_buf_printf(out, "  %6llu\n", (unsigned long long)und);
        i = j;
    }
    int any = 0;
    for (size_t i = 0; i < r->npairs; i++) {
        const vc_language_pair *p = &r->pairs[i];
        if (strcmp(p->gold, p->identified) == 0)
            continue;
        if (!any++)
            vc_buf_append_str(out, "\nconfusions (labeled -> identified: comments, of 5+ words):\n");
        vc_buf_printf(out, "  %s -> %s: %llu, %llu\n", p->gold, p->identified, (unsigned long long)p->comments,
                      (unsigned long long)p->long_comments);
    }
    if (r->unlabeled)
        vc_buf_printf(out, "\n%llu comments without a readable label were skipped\n",
                      (unsigned long long)r->unlabeled);
    return vc_buf_status(out);
}
