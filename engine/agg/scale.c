/*
 * scale.c - survey score scales (NPS, CSAT, CES), their groups, headline
 * figures and sentiment classes.
 *
 * A score field is valid when, after trimming whitespace, it is an integer in
 * the scale's range, optionally with a fraction of zeros ("9.0"): exports
 * from spreadsheets and BI tools write integers as floats. Anything else
 * ("9.5", "ten", "11") is invalid and counted; an empty field is unscored.
 * The comment itself is analyzed either way.
 */
#include <math.h>
#include <string.h>

#include "vocal/agg.h"

static const struct {
    const char *name;
    int min, max, low_max, mid_max; /* low: min..low_max, mid: ..mid_max */
    const char *col[3];
    const char *label[3];
} SCALES[] = {
    {"nps", 0, 10, 6, 8, {"detractors", "passives", "promoters"}, {"detractor", "passive", "promoter"}},
    {"csat", 1, 5, 2, 3, {"dissatisfied", "neutral", "satisfied"}, {"dissatisfied", "neutral", "satisfied"}},
    {"ces", 1, 7, 3, 4, {"high_effort", "neutral", "low_effort"}, {"high_effort", "neutral", "low_effort"}},
};

int vc_scale_parse(const char *name, vc_scale *out)
{
    for (int i = 0; i < 3; i++)
        if (strcmp(name, SCALES[i].name) == 0) {
            *out = (vc_scale)i;
            return 0;
        }
    return -1;
}

const char *vc_scale_name(vc_scale s) { return SCALES[s].name; }

const char *vc_scale_group_column(vc_scale s, int group)
{
    return (group >= 0 && group < 3) ? SCALES[s].col[group] : "";
}

const char *vc_scale_group_label(vc_scale s, int group)
{
    return (group >= 0 && group < 3) ? SCALES[s].label[group] : "";
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

int vc_scale_classify(vc_scale s, const char *text, size_t len, int *score)
{
    size_t i = 0, n = len;
    while (i < n && is_space(text[i]))
        i++;
    while (n > i && is_space(text[n - 1]))
        n--;
    if (i == n)
        return VC_GROUP_UNSCORED;
    if (text[i] == '+')
        i++;
    int v = 0, digits = 0;
    while (i < n && text[i] >= '0' && text[i] <= '9') {
        if (v > 1000)
            return VC_GROUP_INVALID;
        v = v * 10 + (text[i] - '0');
        i++;
        digits++;
    }
    if (!digits)
        return VC_GROUP_INVALID;
    if (i < n && text[i] == '.') {
        i++;
        while (i < n && text[i] == '0')
            i++;
    }
    if (i != n)
        return VC_GROUP_INVALID;
    if (v < SCALES[s].min || v > SCALES[s].max)
        return VC_GROUP_INVALID;
    if (score)
        *score = v;
    if (v <= SCALES[s].low_max)
        return VC_GROUP_LOW;
    if (v <= SCALES[s].mid_max)
        return VC_GROUP_MID;
    return VC_GROUP_HIGH;
}

int vc_sentiment_class(double compound)
{
    if (compound >= 0.05)
        return VC_SENT_POS;
    if (compound <= -0.05)
        return VC_SENT_NEG;
    return VC_SENT_NEU;
}

int64_t vc_compound_fixed(double compound) { return (int64_t)llround(compound * 1e8); }

double vc_headline(vc_scale s, const vc_cell *c)
{
    uint64_t scored = c->group[0] + c->group[1] + c->group[2];
    if (!scored)
        return NAN;
    switch (s) {
    case VC_SCALE_NPS:
        return 100.0 * ((double)c->group[2] - (double)c->group[0]) / (double)scored;
    case VC_SCALE_CSAT:
        return 100.0 * (double)c->group[2] / (double)scored;
    case VC_SCALE_CES:
        return (double)c->score_sum / (double)scored;
    }
    return NAN;
}

double vc_net_sentiment(const vc_cell *c)
{
    uint64_t n = c->sent[0] + c->sent[1] + c->sent[2];
    if (!n)
        return NAN;
    return 100.0 * ((double)c->sent[VC_SENT_POS] - (double)c->sent[VC_SENT_NEG]) / (double)n;
}

double vc_avg_compound(const vc_cell *c)
{
    if (!c->sentiment_n)
        return NAN;
    return (double)c->compound_sum / 1e8 / (double)c->sentiment_n;
}

double vc_impact(vc_scale s, const vc_cell *segment, const vc_cell *theme)
{
    vc_cell rest = *segment;
    for (int g = 0; g < 3; g++)
        rest.group[g] -= theme->group[g];
    rest.score_sum -= theme->score_sum;
    double all = vc_headline(s, segment), without = vc_headline(s, &rest);
    if (isnan(all))
        return NAN;
    if (isnan(without)) /* every scored comment mentions the theme */
        return NAN;
    return all - without;
}
