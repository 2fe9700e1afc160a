#!/usr/bin/env python3
"""A realistic feedback export with scores, built from the team's own
hand-written comments, for the tests and the README of `vocal discover` and
`vocal lexicon expand`.

The texts are those of tests/eval/cx_gold_dev.csv and
tests/eval/cx_gold_independent.csv (never a held-out *_test.csv). Each
comment gets a 0-10 score that agrees with its sentiment label: negative
0-6, mixed 4-8, neutral 6-8, positive 8-10 (mostly 9-10). With --copies N
the set is written N times, each copy with a small variation of the text
that carries no meaning and is the same for every score (original, lower
case, a "Honestly, " in front, "(second visit)" at the end, the full stop
dropped), so a term's spread over scores is that of the hand-written set.

--plant "PHRASE:SHARE" appends PHRASE as its own sentence to SHARE of the
detractor comments (score 0-6) and to no other, chosen at random; the count
is round(SHARE x detractors). Everything follows from --seed, so a run is
the same bytes every time (gzip with no time stamp when -o ends in .gz).

usage: tools/cx_corpus.py [--copies N] [--seed S] [--plant "PHRASE:SHARE"] -o OUT
Columns: id, domain, nps, comment. Python 3 standard library only.
"""
import argparse
import csv
import gzip
import io
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = ["tests/eval/cx_gold_dev.csv", "tests/eval/cx_gold_independent.csv"]
SCORES = {
    "negative": [0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6],
    "mixed": [4, 5, 6, 6, 7, 7, 8],
    "neutral": [6, 7, 7, 8, 8],
    "positive": [8, 9, 9, 9, 10, 10, 10],
}


def vary(text, k):
    if k == 1:
        return text.lower()
    if k == 2:
        return "Honestly, " + text[:1].lower() + text[1:]
    if k == 3:
        return text + " (second visit)"
    if k == 4 and text.endswith("."):
        return text[:-1]
    return text


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--plant", default=None, help="PHRASE:SHARE")
    ap.add_argument("-o", "--output", required=True)
    a = ap.parse_args()
    root = os.path.dirname(HERE)
    base = []
    for src in SOURCES:
        with open(os.path.join(root, src), newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                base.append((r["domain"], r["text"], r["sentiment"]))
    rng = random.Random(a.seed)
    rows = []
    for k in range(a.copies):
        for domain, text, sentiment in base:
            rows.append([domain, rng.choice(SCORES[sentiment]), vary(text, k % 5)])
    if a.plant:
        phrase, _, share = a.plant.rpartition(":")
        if not phrase:
            sys.exit("--plant: expected PHRASE:SHARE")
        detractors = [i for i, r in enumerate(rows) if r[1] <= 6]
        n = round(float(share) * len(detractors))
        for i in sorted(rng.sample(detractors, n)):
            t = rows[i][2].rstrip()
            sep = " " if t.endswith((".", "!", "?")) else ". "
            rows[i][2] = t + sep + phrase[:1].upper() + phrase[1:] + "."
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "domain", "nps", "comment"])
    for i, r in enumerate(rows, 1):
        w.writerow([i] + r)
    data = buf.getvalue().encode("utf-8")
    if a.output.endswith(".gz"):
        data = gzip.compress(data, mtime=0)
    with open(a.output, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
