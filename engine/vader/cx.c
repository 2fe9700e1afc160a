/*
 * cx.c - the CX sentiment mode: VADER's rules plus what customer feedback
 * needs that a lexicon of sentiment words cannot give.
 *
 * VADER scores words. Complaints in CX feedback often hold none: "Never
 * again.", "waited 40 minutes for a table", "the refund still hasn't
 * arrived" all score 0. Praise often denies a problem ("no problems at
 * all", "nothing to complain about"), and a request is polite without being
 * positive ("Kindly stop calling me" scores +0.25 in VADER). The CX mode
 * keeps every VADER rule and then rewrites the per-token valences of step 3
 * (before the "but" rule and the sums) with the rules of one table, RULES[]
 * below:
 *
 *   - PHRASE: a complaint phrase. Its first token gets the rule's valence
 *     and its other tokens 0, the way a VADER phrase overlay does. A guarded
 *     phrase does not fire when a negator stands within the three tokens
 *     before it in the same clause ("didn't have to wait 20 minutes").
 *   - PROBLEM: a problem word. Under a negator within three tokens of the
 *     same clause it gets NEGATED_PROBLEM ("no problems", "never had an
 *     issue", "nobody was rude"), whatever VADER made of it, and the negator
 *     loses its own valence ("no" is -1.2 in VADER); otherwise, if
 *     VADER gives it nothing ("issue" is not in VADER's lexicon), the rule's
 *     own valence.
 *   - PRAISE: a praise word VADER's lexicon lacks ("sorted", "polite"):
 *     its valence, times VADER's negation factor under a negator.
 *   - NEUTRAL: a politeness word ("please", "kindly") gets 0, and so do
 *     the lukewarm words that CX comments labeled neutral use ("fine",
 *     "ok", "average": VADER scores "It's fine." +0.20).
 *
 * A PHRASE of valence 0 takes away what only looks like sentiment: "like"
 * in a comparison ("felt like a nightclub"), "promised", and wishes ("would
 * love a dark mode").
 *
 * A pattern is words separated by spaces; a word lists alternatives with
 * '|'; an alternative ending in '*' matches any word it begins; '#' matches
 * a quantity (digits, "40mins", "two", "an", "several", ...); '_' matches
 * any one word; a word starting with '?' may be absent. Words are compared
 * on lowercase letters with apostrophes ignored, so "hasnt", "hasn't" and
 * "hasn’t" are one word and the table lists only the first.
 *
 * The valences are in VADER's units (its lexicon runs -4..+4; "bad" is
 * -2.5). They were chosen on the dev files of tests/eval/ only.
 *
 * Threading: the table is constant; the function writes only `sent`.
 */
#include <string.h>

#include "sentiment_internal.h"
#include "vocal/sentiment.h"

enum cx_kind { PHRASE, PROBLEM, PRAISE, NEUTRAL };

typedef struct cx_rule {
    enum cx_kind kind;
    const char *pattern;
    double val;
    int guard; /* PHRASE: not after a negator */
} cx_rule;

/* A complaint with no sentiment word weighs about as much as "bad" (-2.5);
 * praise with none about as much as "good" (1.9). */
#define COMPLAINT (-2.0)
#define PRAISED 1.5
/* What a problem word (or a phrase denying one) is worth under a negator:
 * a mild positive. */
#define NEGATED_PROBLEM 0.9
/* A CX word VADER's lexicon lacks ("slow", "crashes", "nightmare"). */
#define CX_WORD (-1.5)
/* VADER's negation factor, for the praise words added here. */
#define CX_NEGATE (-0.74)

static const cx_rule RULES[] = {
    /* never again, and not coming back */
    {PHRASE, "never again", COMPLAINT, 0},
    {PHRASE, "never|wont|not|aint _ ?_ ?_ ?_ again", COMPLAINT, 0},
    {PHRASE, "never|wont|not|aint be|coming|going|come|go back", COMPLAINT, 0},
    {PHRASE, "never|wont|not be returning|using|ordering|shopping|booking|buying", COMPLAINT, 0},
    {PHRASE, "last|final time", COMPLAINT, 1},
    /* waiting, and things that have not come */
    {PHRASE, "still waiting|wating|chasing|no|nothing|not|hasnt|havent|isnt|doesnt|cant|wont|without|pending|broken|"
             "dropping|crashing|charging|getting|showing|says|being|wrong|happening",
     COMPLAINT, 0},
    {PHRASE, "waited|waiting|wait|waits|sat|queued|queueing|queuing ?for|over|nearly|almost|about|around|like|another "
             "?over|about|an # min*|hour*|hr*|day*|week*|wk*|month*",
     COMPLAINT, 1},
    {PHRASE, "queue|wait|waiting|delay was|of|took ?over|about|nearly|almost|around|like|well # min*|hour*|hr*|day*|week*|month*",
     COMPLAINT, 1},
    {PHRASE, "# min*|hour*|hr*|day*|week*|wks|month* wait|waiting|queue|queuing|late|later|on hold", COMPLAINT, 1},
    {PHRASE, "on hold", COMPLAINT, 1},
    {PHRASE, "took|takes|taking|take|spent ?me|us|them|him|her ?over|nearly|almost|well|about # hour*|hr*|day*|week*|wks|month*",
     COMPLAINT, 1},
    {PHRASE, "took|takes|taking|take ?me|us|them forever|ages", COMPLAINT, 1},
    {PHRASE, "waited|waiting forever|ages", COMPLAINT, 1},
    {PHRASE, "never|not|hasnt|havent|didnt|doesnt arrived|arrive|came|come|turned|showed|delivered|received|got",
     COMPLAINT, 0},
    {PHRASE, "no show|shows|reply|replies|response|answer|callback|refund|update|updates|way|explanation|warning|apology|"
             "apologies|help|signal|service|wifi|idea|communication|contact|followup",
     COMPLAINT, 1},
    {PHRASE, "no one|body ?ever called|calls|rang|got|gets|replied|replies|responded|answered|came|showed|bothered|cared|"
             "told|mentioned|reads|read|explained|warned|informed|knew|helped|listened|checked",
     COMPLAINT, 0},
    {PHRASE, "nobody|noone ?ever called|calls|rang|got|gets|replied|replies|responded|answered|came|showed|bothered|cared|"
             "told|mentioned|reads|read|explained|warned|informed|knew|helped|listened|checked",
     COMPLAINT, 0},
    {PHRASE, "never heard|called|rang|got|replied|responded|answered back|me|from", COMPLAINT, 0},
    /* effort: contacts, repeats, chasing */
    {PHRASE, "# ?phone calls|emails|chats|visits|attempts|trips|tries", COMPLAINT, 1},
    {PHRASE, "had|have|having to call|ring|phone|chase|email|explain|repeat|go|ask|send|wait|contact|watch|stand",
     COMPLAINT, 1},
    {PHRASE, "keeps|kept|keep crashing|freezing|logging|kicking|dropping|timing|failing|breaking|asking|cutting|pasting|"
             "sending|charging|going|happening|getting|cancelling|losing|saying|erroring|refusing|disconnecting|buffering",
     COMPLAINT, 1},
    /* broken and wrong */
    {PHRASE, "stopped|stops|stop working|charging|responding|loading|syncing|sending", COMPLAINT, 1},
    {PHRASE, "doesnt|didnt|dont|wont|isnt|not|cant|never work|working|works|load|loads|fit|fits|open|opens|connect|turn|"
             "pair|sync|charge|start|boot|print|log|install|respond",
     COMPLAINT, 0},
    {PHRASE, "fell|falling|came|coming apart|undone", COMPLAINT, 1},
    {PHRASE, "charged|billed|taken twice|double|again|extra", COMPLAINT, 1},
    {PHRASE, "double|over charged|billed", COMPLAINT, 1},
    {PHRASE, "waste of money|time|space|effort", COMPLAINT, 0},
    {PHRASE, "would|will|wouldnt|wont|cant|cannot|could|do|dont not ?ever recommend*", COMPLAINT, 0},
    {PHRASE, "wouldnt|wont|cant|cannot|dont|never recommend*", COMPLAINT, 0},
    {PHRASE, "not|isnt|wasnt|arent|werent|aint worth", COMPLAINT, 0},
    {PHRASE, "a|an|absolute|complete|total joke|shambles|farce|disgrace|nightmare", COMPLAINT, 0},
    {PHRASE, "out of stock|order", COMPLAINT, 1},
    {PHRASE, "nowhere near", COMPLAINT, 0},
    {PHRASE, "been|was|were|left without", COMPLAINT, 1},
    {PHRASE, "passed|pushed|bounced between|around", COMPLAINT, 1},
    {PHRASE, "waiting list", COMPLAINT, 1},
    {PHRASE, "uninstalled|uninstalling|deleted", COMPLAINT, 1},
    {PHRASE, "went|gone|going downhill", COMPLAINT, 1},
    {PHRASE, "down the pan|drain|toilet", COMPLAINT, 1},
    /* praise with no sentiment word */
    {PHRASE, "cant|cannot thank _ ?_ enough", PRAISED, 0},
    {PHRASE, "fixed|solved|resolved|sorted _ ?_ problem*|issue*|bug*|fault*", PRAISED, 0},
    {PHRASE, "no questions asked", PRAISED, 0},
    {PHRASE, "no notes", PRAISED, 0},
    {PHRASE, "in a heartbeat", PRAISED, 1},
    {PHRASE, "on time", PRAISED, 1},
    {PHRASE, "within|in under # min*|hour*|hrs|day", PRAISED, 1},
    {PHRASE, "will|ill|definitely|def|defo|deffo|certainly be back", PRAISED, 1},
    {PHRASE, "would|will|id|definitely|def _ ?_ ?_ again", PRAISED, 1},
    /* what only looks like sentiment: comparisons, promises, wishes */
    {PHRASE, "was|felt|feel|feels|looks|look|looked|seems|seemed|is|its|sounds|more|just|treated|treat|me like", 0, 0},
    {PHRASE, "promised|promise|promises", 0, 0},
    {PHRASE, "would|itd|id love|like|appreciate", 0, 0},
    {PHRASE, "would|itd be nice|good|great|helpful|lovely|better|useful", 0, 0},
    /* problem words */
    {PROBLEM, "problem*|issue|issues|complaint*|complain*|hassle*|fuss|trouble*|rude|fault*|hiccup*|glitch*|bother*",
     0, 0},
    {PROBLEM, "drama|errors|bugs|worries|stress|delay*|niggle*|qualms|jargon|queue|queues|downtime|bloat|lag|wait|"
              "waiting|late|dramas",
     0, 0},
    {PROBLEM, "slow|crashes|crashing|crashed|froze|freezes|freezing|declined|cracked|soggy|burnt|cramped|rubbish|"
              "overpriced|nightmare|buggy|glitchy|laggy|cold|damaged|stained|filthy|overcharged|engaged|lost|expensive|"
              "pricey|ads|adverts|paywall|outage*|misled|sticky|stain*|snapped|noisy|loud|tiny|slower|unusable|"
              "cancelled|canceled|overbooked|bumped|delayed|postponed",
     CX_WORD, 0},
    /* praise words VADER's lexicon lacks */
    {PRAISE, "sorted|smoothly|smooth|quick|quickly|fast|prompt|promptly|polite|tidy|crisp|juicy|spotless|simple|"
             "stars|blast|gent|seamless|painless|attentive|knowledgeable|efficient|reliable|spacious",
     PRAISED, 0},
    /* politeness, and the lukewarm words CX comments use for "neutral" */
    {NEUTRAL, "please|pls|plz|kindly", 0, 0},
    {NEUTRAL, "fine|ok|okay|alright|average", 0, 0},
};

static const char *const QUANTITY_WORDS[] = {
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fourty", "fifty", "sixty", "ninety", "hundred", "few", "several",
    "couple", "multiple", "many", "countless", "numerous", "half", "another", "endless", NULL};

/* Words before a token that negate it. VADER's negation words (and any
 * n't form) are flagged on the token already. */
static const char *const NEGATORS[] = {"no", "nobody", "noone", "zero", "nor", "hardly", "barely", "never", NULL};

typedef struct word {
    const char *p;
    size_t n;
} word;

/* The token's lowercase form without leading or trailing punctuation. */
static word token_word(const vc_vader_tok *t, const char *low)
{
    const char *p = low + t->lo;
    size_t n = t->lolen;
    while (n && ((unsigned char)*p < 0x80) && !((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
        p++, n--;
    while (n && ((unsigned char)p[n - 1] < 0x80) && !((p[n - 1] >= 'a' && p[n - 1] <= 'z') ||
                                                      (p[n - 1] >= '0' && p[n - 1] <= '9')))
        n--;
    return (word){p, n};
}

/* Does word w equal pattern alternative a[0..an), apostrophes ignored? A
 * trailing '*' in the alternative is a prefix match. */
static int alt_matches(word w, const char *a, size_t an)
{
    int prefix = an && a[an - 1] == '*';
    if (prefix)
        an--;
    size_t i = 0, j = 0;
    while (i < w.n && j < an) {
        if (w.p[i] == '\'') {
            i++;
            continue;
        }
        if (i + 3 <= w.n && memcmp(w.p + i, "\xE2\x80\x99", 3) == 0) {
            i += 3;
            continue;
        }
        if (w.p[i] != a[j])
            return 0;
        i++, j++;
    }
    while (i < w.n && (w.p[i] == '\'' || (i + 3 <= w.n && memcmp(w.p + i, "\xE2\x80\x99", 3) == 0)))
        i += w.p[i] == '\'' ? 1 : 3;
    return j == an && (prefix || i == w.n) && (i > 0 || an > 0);
}

static int is_negator_word(word w)
{
    for (size_t k = 0; NEGATORS[k]; k++)
        if (strlen(NEGATORS[k]) == w.n && memcmp(NEGATORS[k], w.p, w.n) == 0)
            return 1;
    static const char *const NT[] = {"not", "wont", "dont", "didnt", "cant", "cannot", "wouldnt", "isnt", NULL};
    for (size_t k = 0; NT[k]; k++)
        if (alt_matches(w, NT[k], strlen(NT[k])))
            return 1;
    return 0;
}

static int is_quantity(word w)
{
    if (!w.n)
        return 0;
    if (w.p[0] >= '0' && w.p[0] <= '9')
        return 1;
    for (size_t k = 0; QUANTITY_WORDS[k]; k++)
        if (strlen(QUANTITY_WORDS[k]) == w.n && memcmp(QUANTITY_WORDS[k], w.p, w.n) == 0)
            return 1;
    return 0;
}

/* Does word w match pattern word s[0..sn) (alternatives split by '|')? */
static int slot_matches(word w, const char *s, size_t sn)
{
    for (size_t a = 0; a < sn;) {
        size_t b = a;
        while (b < sn && s[b] != '|')
            b++;
        if (b - a == 1 && s[a] == '#') {
            if (is_quantity(w))
                return 1;
        } else if (b - a == 1 && s[a] == '_') {
            if (w.n && !is_negator_word(w))
                return 1;
        } else if (alt_matches(w, s + a, b - a)) {
            return 1;
        }
        a = b + 1;
    }
    return 0;
}

/* Match pattern p against the words from index i on (limited to n); the
 * number of tokens matched, 0 if no match. Optional words backtrack. */
static size_t match_at(const word *w, size_t i, size_t n, const char *p)
{
    while (*p == ' ')
        p++;
    if (!*p)
        return i;
    const char *e = strchr(p, ' ');
    size_t sn = e ? (size_t)(e - p) : strlen(p);
    const char *rest = p + sn;
    int optional = *p == '?';
    const char *s = optional ? p + 1 : p;
    size_t len = optional ? sn - 1 : sn;
    if (i < n && slot_matches(w[i], s, len)) {
        size_t r = match_at(w, i + 1, n, rest);
        if (r)
            return r;
    }
    return optional ? match_at(w, i, n, rest) : 0;
}

/* Does the raw token end a clause (a trailing ',' ';' ':' or a sentence
 * end), or is it a word that opens one? */
static int ends_clause(const vc_vader_tok *t, const char *text)
{
    char c = t->rawlen ? text[t->off + t->rawlen - 1] : 0;
    return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?';
}

static int opens_clause(word w)
{
    static const char *const OPEN[] = {"but", "though", "although", "however", NULL};
    for (size_t k = 0; OPEN[k]; k++)
        if (strlen(OPEN[k]) == w.n && memcmp(OPEN[k], w.p, w.n) == 0)
            return 1;
    return 0;
}

static int is_negator(const vc_vader_tok *t, word w)
{
    if (t->negated)
        return 1;
    for (size_t k = 0; NEGATORS[k]; k++)
        if (strlen(NEGATORS[k]) == w.n && memcmp(NEGATORS[k], w.p, w.n) == 0)
            return 1;
    return 0;
}

/* How far back the negator within the three tokens before token i in its
 * clause stands (1..3), 0 when there is none. */
static size_t negator_before(const vc_vader_tok *t, const word *w, const char *text, size_t i)
{
    for (size_t k = 1; k <= 3 && k <= i; k++) {
        const vc_vader_tok *b = &t[i - k];
        if (ends_clause(b, text))
            return 0;
        if (is_negator(b, w[i - k]))
            return k;
        if (opens_clause(w[i - k]))
            return 0;
    }
    return 0;
}

void vc_cx_rules(const vc_vader_tok *t, const char *low, const char *text, size_t n, double *sent)
{
    enum { CHUNK = 256 };
    /* words of up to CHUNK tokens at a time; a phrase never crosses a
     * chunk's end (phrases are a few words: the loss is negligible) */
    word w[CHUNK];
    for (size_t base = 0; base < n; base += CHUNK - 8) {
        size_t m = n - base < CHUNK ? n - base : CHUNK;
        for (size_t i = 0; i < m; i++)
            w[i] = token_word(&t[base + i], low);
        size_t from = base ? 8 : 0;
        for (size_t i = from; i < m;) {
            size_t adv = 1;
            for (size_t r = 0; r < sizeof RULES / sizeof *RULES; r++) {
                const cx_rule *rule = &RULES[r];
                size_t end = match_at(w, i, m, rule->pattern);
                if (!end)
                    continue;
                /* a phrase stays inside its clause */
                size_t k = i;
                while (k + 1 < end && !ends_clause(&t[base + k], text))
                    k++;
                if (k + 1 < end)
                    continue;
                if (rule->kind == NEUTRAL) {
                    sent[base + i] = 0;
                } else if (rule->kind == PROBLEM) {
                    size_t neg = negator_before(t + base, w, text, i);
                    if (neg) {
                        sent[base + i] = NEGATED_PROBLEM;
                        sent[base + i - neg] = 0; /* VADER's "no" is -1.2 */
                    } else if (sent[base + i] == 0) {
                        sent[base + i] = rule->val;
                    }
                } else if (rule->kind == PRAISE) {
                    if (sent[base + i] == 0)
                        sent[base + i] = negator_before(t + base, w, text, i) ? rule->val * CX_NEGATE : rule->val;
                } else {
                    if (rule->guard && negator_before(t + base, w, text, i))
                        continue;
                    sent[base + i] = rule->val;
                    for (size_t j = i + 1; j < end; j++)
                        sent[base + j] = 0;
                    adv = end - i;
                }
                break;
            }
            i += adv;
        }
        if (base + m >= n)
            break;
    }
}

vc_status vc_sentiment_mode_parse(const char *name, vc_sentiment_mode *out)
{
    if (name && strcmp(name, "vader") == 0)
        *out = VC_SENTIMENT_VADER;
    else if (name && strcmp(name, "cx") == 0)
        *out = VC_SENTIMENT_CX;
    else
        return VC_ERR_USAGE;
    return VC_OK;
}

const char *vc_sentiment_mode_name(vc_sentiment_mode mode) { return mode == VC_SENTIMENT_CX ? "cx" : "vader"; }
