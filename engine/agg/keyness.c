/*
 * keyness.c - log-likelihood keyness, log ratio, multiple-comparison
 * cut-offs and the collapsing of overlapping n-grams (see keyness.h).
 *
 * The G2 here is the full 2x2 statistic over comments (with and without the
 * term in each group), not the two-cell shortcut corpus tools use over word
 * counts; the two agree closely when the term is rare. p is the upper tail
 * of chi-square with one degree of freedom, erfc(sqrt(G2 / 2)).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vocal/keyness.h"

static double cell(double o, double e)
{
    return o > 0 && e > 0 ? o * log(o / e) : 0.0;
}

vc_keyness vc_keyness_compute(uint64_t a, uint64_t n1, uint64_t b, uint64_t n2)
{
    vc_keyness k = {0.0, NAN, 1.0};
    if (!n1 || !n2 || a > n1 || b > n2)
        return k;
    double A = (double)a, B = (double)b, N1 = (double)n1, N2 = (double)n2, N = N1 + N2;
    double r1 = A + B, r2 = N - r1;
    double g2 = 2 * (cell(A, N1 * r1 / N) + cell(B, N2 * r1 / N) + cell(N1 - A, N1 * r2 / N) +
                     cell(N2 - B, N2 * r2 / N));
    if (g2 < 0) /* rounding on a perfectly even table */
        g2 = 0;
    double fa = (a ? A : 0.5) / N1, fb = (b ? B : 0.5) / N2;
    k.log_ratio = log2(fa / fb);
    k.p = erfc(sqrt(g2 / 2));
    k.g2 = A / N1 < B / N2 ? -g2 : g2;
    return k;
}

int vc_correction_parse(const char *name, vc_correction *out)
{
    static const char *names[] = {"bh", "bonferroni", "none"};
    for (int i = 0; i < 3; i++)
        if (!strcmp(name, names[i])) {
            *out = (vc_correction)i;
            return 0;
        }
    return -1;
}

const char *vc_correction_name(vc_correction c)
{
    return c == VC_CORRECT_BH ? "bh" : c == VC_CORRECT_BONFERRONI ? "bonferroni" : "none";
}

static int dbl_cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double vc_significance_cutoff(const double *p, size_t m, double alpha, vc_correction c)
{
    if (!m)
        return -1;
    if (c == VC_CORRECT_NONE)
        return alpha;
    if (c == VC_CORRECT_BONFERRONI)
        return alpha / (double)m;
    double *s = malloc(m * sizeof *s);
    if (!s) /* fall back to the stricter Bonferroni cut-off */
        return alpha / (double)m;
    memcpy(s, p, m * sizeof *s);
    qsort(s, m, sizeof *s, dbl_cmp);
    double cut = -1;
    for (size_t k = m; k > 0; k--)
        if (s[k - 1] <= (double)k / (double)m * alpha) {
            cut = s[k - 1];
            break;
        }
    free(s);
    return cut;
}

void vc_term_free(vc_term *t)
{
    free(t->text);
    free(t->covered_by);
    for (size_t i = 0; i < t->nexamples; i++)
        free(t->examples[i]);
    free(t->examples);
    memset(t, 0, sizeof *t);
}

void vc_term_list_free(vc_term_list *l)
{
    for (size_t i = 0; l->v && i < l->n; i++)
        vc_term_free(&l->v[i]);
    free(l->v);
    l->v = NULL;
    l->n = 0;
}

int vc_term_is_covered(const vc_term *t)
{
    return t->cell.comments && 2 * t->covered >= t->cell.comments;
}

int vc_term_rank_cmp(const void *a, const void *b)
{
    const vc_term *x = a, *y = b;
    if (x->k.g2 != y->k.g2)
        return x->k.g2 > y->k.g2 ? -1 : 1;
    if (x->words != y->words)
        return x->words > y->words ? -1 : 1;
    return strcmp(x->text, y->text);
}

int vc_term_rank_lr_cmp(const void *a, const void *b)
{
    const vc_term *x = a, *y = b;
    if (x->k.log_ratio != y->k.log_ratio)
        return x->k.log_ratio > y->k.log_ratio ? -1 : 1;
    return vc_term_rank_cmp(a, b);
}

int vc_term_contains(const char *whole, const char *part)
{
    size_t pl = strlen(part);
    if (!pl)
        return 0;
    for (const char *s = strstr(whole, part); s; s = strstr(s + 1, part))
        if ((s == whole || s[-1] == ' ') && (s[pl] == '\0' || s[pl] == ' '))
            return 1;
    return 0;
}

size_t vc_terms_collapse(vc_term *t, size_t n, double share)
{
    uint8_t *keep = calloc(n + 1, 1);
    size_t *inside = malloc((n + 1) * sizeof *inside);
    if (!keep || !inside) { /* nothing collapsed rather than a wrong list */
        free(keep);
        free(inside);
        return n;
    }
    for (size_t i = 0; i < n; i++) {
        int drop = 0;
        size_t ni = 0;
        for (size_t j = 0; j < i && !drop; j++) {
            if (!keep[j] || t[j].words == t[i].words)
                continue;
            if (t[j].words > t[i].words) {
                if (vc_term_contains(t[j].text, t[i].text))
                    drop = 1;
            } else if (vc_term_contains(t[i].text, t[j].text) &&
                       (double)t[i].target >= share * (double)t[j].target) {
                inside[ni++] = j;
            }
        }
        if (drop)
            continue;
        for (size_t k = 0; k < ni; k++)
            keep[inside[k]] = 0;
        keep[i] = 1;
    }
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        if (keep[i])
            t[out++] = t[i];
        else
            vc_term_free(&t[i]);
    }
    free(keep);
    free(inside);
    return out;
}
