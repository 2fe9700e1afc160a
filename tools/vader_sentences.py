#!/usr/bin/env python3
"""Write the sentences of vocal's VADER fixture, one per line, to stdout.

Deterministic (fixed seed): the same file every run. The sentences exercise
every VADER rule: negations (incl. contractions with straight and curly
apostrophes), boosters and dampeners at distance 1-3, "kind of"/"sort of",
ALL-CAPS emphasis, "but", "least"/"at least", "never so", "without doubt",
"no" before lexicon words, punctuation runs (! ? ?!), emoji and emoticons,
special idioms, accented and non-Latin words, long multi-sentence comments
and near-empty inputs. Tabs and newlines never occur inside a sentence.

usage: tools/vader_sentences.py [--count N] > sentences.txt
"""
import random
import sys

SUBJECTS = ["The staff", "Customer service", "The app", "Delivery", "The food", "Our waiter", "The price",
            "Support", "The manager", "This product", "The checkout", "Billing", "The hotel room", "It",
            "The new update", "Shipping", "The agent on the phone", "Everything", "The battery"]
VERBS = ["was", "is", "seemed", "felt", "has been", "looks", "were"]
ADJ = ["good", "great", "bad", "terrible", "helpful", "rude", "slow", "fast", "awesome", "horrible", "nice",
       "friendly", "useless", "excellent", "disappointing", "ok", "fine", "amazing", "annoying", "perfect",
       "poor", "happy", "sad", "cheap", "expensive", "broken", "clean", "dirty", "worst", "best", "love",
       "hate", "confusing", "easy", "wonderful", "awful", "pleasant", "unacceptable", "reliable", "lovely"]
BOOST = ["very", "extremely", "really", "so", "incredibly", "totally", "absolutely", "quite", "barely",
         "hardly", "slightly", "somewhat", "kind of", "sort of", "kinda", "sorta", "marginally", "most",
         "utterly", "just enough", "especially", "fucking", "friggin"]
NEG = ["not", "never", "isn't", "wasn't", "don't", "doesn't", "didn't", "can't", "won't", "ain't", "dont",
       "isnt", "wasnt", "without", "nothing", "rarely", "seldom", "n't", "neither", "nor", "cannot",
       "don\u2019t", "isn\u2019t", "wasn\u2019t", "couldn't", "shouldn't", "hardly"]
EMO = [":)", ":(", ":-)", ":D", ";)", "<3", ":/", ":'(", "xD", "=)", "\U0001F600", "\U0001F621", "\U0001F44D",
       "\U0001F44E", "\U0001F622", "\u2764\ufe0f", "\U0001F60D", "\U0001F92C", "\U0001F389", "\U0001F4A9",
       "\U0001F644", "\u2639", "\u263A"]
IDIOMS = ["the bomb", "the shit", "kiss of death", "yeah right", "to die for", "bad ass", "badass",
          "cut the mustard", "hand to mouth", "under the weather", "beating heart", "broken heart", "bus stop",
          "in the red", "on the ball", "upper hand"]
PUNCT = [".", "!", "!!", "!!!", "!!!!", "!!!!!", "?", "??", "???", "????", "?!", "!?", "...", "", ",", ";"]
FILLER = ["honestly", "overall", "today", "again", "this time", "at the store", "on the website", "for me",
          "as usual", "last week", "after three calls", "in the end", "to be fair", "lol", "tbh", "imo"]
ACCENTED = ["caf\u00e9", "na\u00efve", "M\u00fcller", "cr\u00e8me br\u00fbl\u00e9e", "se\u00f1or",
            "\u00e9tait tr\u00e8s bien", "tr\u00e8s mauvais", "sehr gut", "\u0445\u043e\u0440\u043e\u0448\u043e",
            "\u597d", "\u0628\u0633\u064a\u0637", "\u00dcBERRASCHEND", "fa\u00e7ade"]


def caps(word, rng):
    r = rng.random()
    if r < 0.12:
        return word.upper()
    if r < 0.18:
        return word.capitalize()
    return word


def clause(rng):
    parts = [rng.choice(SUBJECTS), rng.choice(VERBS)]
    r = rng.random()
    if r < 0.35:
        parts.append(rng.choice(NEG))
    if rng.random() < 0.45:
        parts.append(rng.choice(BOOST))
    if rng.random() < 0.15:
        parts.append(rng.choice(BOOST))
    parts.append(rng.choice(ADJ))
    if rng.random() < 0.25:
        parts += ["and", rng.choice(ADJ)]
    if rng.random() < 0.2:
        parts.append(rng.choice(FILLER))
    words = " ".join(parts).split(" ")
    return " ".join(caps(w, rng) for w in words)


def special(rng):
    forms = [
        lambda: "At least it isn't a %s %s" % (rng.choice(ADJ), rng.choice(["book", "app", "meal", "call"])),
        lambda: "it was the least %s experience" % rng.choice(ADJ),
        lambda: "least %s ever" % rng.choice(ADJ),
        lambda: "very least %s" % rng.choice(ADJ),
        lambda: "I have never been so %s" % rng.choice(ADJ),
        lambda: "never this %s before" % rng.choice(ADJ),
        lambda: "without doubt %s" % rng.choice(ADJ),
        lambda: "without a doubt the %s" % rng.choice(ADJ),
        lambda: "no %s at all" % rng.choice(ADJ),
        lambda: "no problem, %s" % rng.choice(ADJ),
        lambda: "there was no or %s help" % rng.choice(ADJ),
        lambda: "no one was %s" % rng.choice(ADJ),
        lambda: "%s but %s" % (clause(rng), clause(rng).lower()),
        lambda: "%s, BUT %s" % (clause(rng), clause(rng)),
        lambda: "It was kind of %s" % rng.choice(ADJ),
        lambda: "sort of %s, kind of %s" % (rng.choice(ADJ), rng.choice(ADJ)),
        lambda: "This place is %s" % rng.choice(IDIOMS),
        lambda: "honestly the food was %s %s" % (rng.choice(IDIOMS), rng.choice(EMO)),
        lambda: "%s %s %s" % (rng.choice(EMO), clause(rng), rng.choice(EMO)),
        lambda: "%s%s" % (rng.choice(EMO), rng.choice(ADJ)),
        lambda: "%s %s" % (rng.choice(ACCENTED), rng.choice(ADJ)),
        lambda: "%s was %s" % (rng.choice(ACCENTED), rng.choice(ADJ)),
        lambda: " ".join(rng.choice(ADJ).upper() for _ in range(rng.randint(1, 4))),
        lambda: rng.choice(EMO),
        lambda: rng.choice(["ok", "meh", "k", "fine", "N/A", "-", "...", "??", "!!!", "no", "yes", "lol"]),
        lambda: "'%s' \"%s\" (%s)" % (rng.choice(ADJ), rng.choice(ADJ), rng.choice(ADJ)),
        lambda: "%s-%s and %s/%s" % (rng.choice(ADJ), rng.choice(ADJ), rng.choice(ADJ), rng.choice(ADJ)),
        lambda: "%s, %s, %s!" % (rng.choice(ADJ), rng.choice(BOOST), rng.choice(ADJ)),
        lambda: "not %s %s %s" % (rng.choice(BOOST), rng.choice(BOOST), rng.choice(ADJ)),
        lambda: "%s %s not %s" % (rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(ADJ)),
    ]
    return rng.choice(forms)()


def sentence(rng):
    r = rng.random()
    if r < 0.45:
        s = clause(rng) + rng.choice(PUNCT)
    elif r < 0.85:
        s = special(rng) + rng.choice(PUNCT)
    else:
        n = rng.randint(2, 7)
        s = " ".join((clause(rng) if rng.random() < 0.6 else special(rng)) + rng.choice(PUNCT[:6])
                     for _ in range(n))
    if rng.random() < 0.05:
        s = "  " + s + "   "
    return s


def main():
    count = 3200
    if len(sys.argv) == 3 and sys.argv[1] == "--count":
        count = int(sys.argv[2])
    rng = random.Random(20141)
    seen = set()
    out = sys.stdout
    fixed = ["VADER is smart, handsome, and funny.", "VADER is VERY SMART, handsome, and FUNNY!!!",
             "The book was only kind of good.", "Today SUX!", "Today only kinda sux! But I'll get by, lol",
             "Make sure you :) or :D today!", "Not bad at all", "", " ", "\U0001F600\U0001F600",
             "Catch utf-8 emoji such as \U0001F498 and \U0001F48B and \U0001F601"]
    lines = list(fixed)
    while len(lines) < count:
        s = sentence(rng)
        if s not in seen:
            seen.add(s)
            lines.append(s)
    for s in lines:
        assert "\t" not in s and "\n" not in s
        out.write(s + "\n")


if __name__ == "__main__":
    main()
