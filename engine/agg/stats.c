/*
 * stats.c - is a change between two periods real? Two-sided tests on the
 * counters the aggregator keeps, so they merge and re-run like every other
 * figure.
 *
 * Mention rate: the two-proportion z-test with the pooled proportion,
 *   z = (p2 - p1) / sqrt(p(1-p)(1/n1 + 1/n2)).
 * NPS: the score of a comment is +1 (promoter), 0 or -1 (detractor); its
 * mean is NPS/100 and its variance p_pro + p_det - (p_pro - p_det)^2, so
 *   SE(NPS) = 100 sqrt(var / n),  z = (NPS2 - NPS1) / sqrt(SE1^2 + SE2^2).
 * CSAT (% satisfied) is a proportion and uses the two-proportion test.
 * p = erfc(|z| / sqrt 2), the two-sided normal tail.
 */
#include <math.h>

#include "vocal/agg.h"

vc_test vc_two_proportion_test(uint64_t x1, uint64_t n1, uint64_t x2, uint64_t n2)
{
    vc_test t = {NAN, NAN, NAN, NAN};
    if (!n1 || !n2)
        return t;
    double p1 = (double)x1 / (double)n1, p2 = (double)x2 / (double)n2;
    double p = (double)(x1 + x2) / (double)(n1 + n2);
    t.diff = p2 - p1;
    t.se = sqrt(p * (1 - p) * (1.0 / (double)n1 + 1.0 / (double)n2));
    if (t.se > 0) {
        t.z = t.diff / t.se;
        t.p = erfc(fabs(t.z) / sqrt(2.0));
    }
    return t;
}

static int nps_moments(const uint64_t g[3], double *nps, double *se)
{
    double n = (double)(g[0] + g[1] + g[2]);
    if (n == 0)
        return -1;
    double pro = (double)g[2] / n, det = (double)g[0] / n;
    *nps = 100 * (pro - det);
    double var = pro + det - (pro - det) * (pro - det);
    *se = 100 * sqrt(var / n);
    return 0;
}

vc_test vc_headline_test(vc_scale s, const vc_cell *a, const vc_cell *b)
{
    vc_test t = {NAN, NAN, NAN, NAN};
    if (s == VC_SCALE_CSAT) {
        t = vc_two_proportion_test(a->group[2], a->group[0] + a->group[1] + a->group[2], b->group[2],
                                   b->group[0] + b->group[1] + b->group[2]);
        t.diff *= 100;
        t.se *= 100;
        return t;
    }
    if (s != VC_SCALE_NPS)
        return t; /* a CES mean needs sums of squares, which are not kept */
    double n1, s1, n2, s2;
    if (nps_moments(a->group, &n1, &s1) || nps_moments(b->group, &n2, &s2))
        return t;
    t.diff = n2 - n1;
    t.se = sqrt(s1 * s1 + s2 * s2);
    if (t.se > 0) {
        t.z = t.diff / t.se;
        t.p = erfc(fabs(t.z) / sqrt(2.0));
    }
    return t;
}

double vc_headline_se(vc_scale s, const vc_cell *c)
{
    uint64_t n = c->group[0] + c->group[1] + c->group[2];
    if (!n)
        return NAN;
    if (s == VC_SCALE_CSAT) {
        double p = (double)c->group[2] / (double)n;
        return 100 * sqrt(p * (1 - p) / (double)n);
    }
    double nps, se;
    if (s != VC_SCALE_NPS || nps_moments(c->group, &nps, &se))
        return NAN;
    return se;
}
