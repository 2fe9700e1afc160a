/*
 * scale.c - survey score scales (NPS, CSAT, CES), their groups, headline
 * figures and sentiment classes.
 *
 * A score field is valid when, after trimming whitespace, it is an integer in
 * the scale's range, optionally with a fraction of zeros ("9.0"): exports
 * from spreadsheets and BI tools write integers as floats. Anything else
 * ("9.5", "ten", "11") is invalid and counted; an empty field is unscored.
 * The comment itself is analyzed either way.
 *
 * Survey tools that export the answer's "choice text" write the label with
 * its number first: "10 - Extremely likely", "0 - Not at all likely",
 * "5 (Very satisfied)", "9 \u2013 Very likely". Such a label is read as its
 * number when the number is followed by spaces and a separator (-, en or
 * em dash, '(', ':', '=') or directly by a space, and the rest holds a
 * letter; one pair of double quotes around the value is dropped ("\"7\"").
 * "10/10", "1e1", "7 8" and "ten" stay invalid: they are not clearly one
 * number. The plain number is tried first and the label path only runs
 * when it fails, so numeric columns cost what they did.
 *
 * A score group column (--score-group) holds the group's name instead of
 * a number: vc_scale_group_parse reads detractor/passive/promoter,
 * satisfied/neutral/dissatisfied, Zendesk's good/bad (also "good with
 * comment" as its search names them), and its offered/unoffered (asked
 * but not rated: unscored).
 *
 * vc_scale_check is the rule that stops a run whose scores clearly do not
 * fit the scale (docs/exports-scores.md).
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

/* text[*i..*n) without the spaces at either end */
static void trim(const char *text, size_t *i, size_t *n)
{
    while (*i < *n && is_space(text[*i]))
        (*i)++;
    while (*n > *i && is_space(text[*n - 1]))
        (*n)--;
}

static int is_letter(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }

/* After the number of a choice label, text[i..n): a separator and a label
 * with a letter in it. Returns 1 when it is one. */
static int label_tail(const char *text, size_t i, size_t n)
{
    size_t start = i;
    while (i < n && (text[i] == ' ' || text[i] == '\t'))
        i++;
    if (i == n)
        return 0;
    unsigned char c = (unsigned char)text[i];
    if (c == '-' || c == '(' || c == ':' || c == '=')
        i++;
    else if (c == 0xE2 && i + 2 < n && (unsigned char)text[i + 1] == 0x80 &&
             ((unsigned char)text[i + 2] == 0x93 || (unsigned char)text[i + 2] == 0x94))
        i += 3; /* en dash, em dash */
    else if (i == start || !(is_letter(c) || c >= 0x80))
        return 0; /* directly after the number, or "7 8" */
    for (; i < n; i++)
        if (is_letter((unsigned char)text[i]) || (unsigned char)text[i] >= 0x80)
            return 1;
    return 0;
}

int vc_scale_classify(vc_scale s, const char *text, size_t len, int *score)
{
    size_t i = 0, n = len;
    trim(text, &i, &n);
    if (i == n)
        return VC_GROUP_UNSCORED;
    if (n - i >= 2 && text[i] == '"' && text[n - 1] == '"') { /* "\"7\"" */
        i++;
        n--;
        trim(text, &i, &n);
        if (i == n)
            return VC_GROUP_INVALID;
    }
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
    if (i != n && !label_tail(text, i, n))
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

/* Lower-cased word equal to `w`, or to `w` plus a plural 's'. */
static int word_is(const char *t, size_t n, const char *w)
{
    size_t k = strlen(w);
    if (n != k && !(n == k + 1 && (t[k] | 32) == 's'))
        return 0;
    for (size_t i = 0; i < k; i++) {
        char c = t[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c == ' ' || c == '-')
            c = '_';
        if (c != w[i])
            return 0;
    }
    return 1;
}

int vc_scale_group_parse(vc_scale s, const char *text, size_t len)
{
    size_t i = 0, n = len;
    trim(text, &i, &n);
    if (i == n)
        return VC_GROUP_UNSCORED;
    const char *t = text + i;
    n -= i;
    for (int g = 0; g < 3; g++)
        if (word_is(t, n, SCALES[s].label[g]))
            return g;
    if (s == VC_SCALE_CSAT) {
        if (word_is(t, n, "bad") || word_is(t, n, "bad_with_comment") || word_is(t, n, "unsatisfied"))
            return VC_GROUP_LOW;
        if (word_is(t, n, "good") || word_is(t, n, "good_with_comment"))
            return VC_GROUP_HIGH;
    }
    if (word_is(t, n, "offered") || word_is(t, n, "unoffered"))
        return VC_GROUP_UNSCORED; /* asked, not answered (Zendesk) */
    return VC_GROUP_INVALID;
}

int vc_scale_check(vc_scale s, const vc_scale_counts *c)
{
    uint64_t numeric = c->in_1_to_5 + c->outside_1_to_5;
    if (c->invalid > c->valid) /* more than half of the non-empty ones */
        return VC_SCALE_MOSTLY_INVALID;
    if (s == VC_SCALE_NPS && numeric >= VC_SCALE_CHECK_MIN && c->outside_1_to_5 == 0)
        return VC_SCALE_LOOKS_1_TO_5;
    return VC_SCALE_FITS;
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
