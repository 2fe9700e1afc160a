#!/usr/bin/env python3
"""Score sentences with the reference VADER implementation.

The reference is vaderSentiment by C.J. Hutto (MIT), version 3.3.x. It is not
part of vocal; point this tool at a checkout of that repository:

    git clone https://github.com/cjhutto/vaderSentiment REF
    tools/vader_sentences.py > tests/data/vader_sentences.txt
    tools/vader_reference.py REF < tests/data/vader_sentences.txt > tests/data/vader_fixture.tsv

Output: a header line, then one line per input line:
    neg TAB neu TAB pos TAB compound TAB sentence
with the numbers as the reference returns them (already rounded by it) and
the sentence as read (input lines never contain tabs).

    tools/vader_reference.py REF --bench < sentences.txt
times the reference on the same texts and prints texts per second.
"""
import os
import sys
import time
import types


def load(ref):
    # Some 3.3.x releases import `requests` for a demo; it is not needed to score.
    sys.modules.setdefault("requests", types.ModuleType("requests"))
    sys.path.insert(0, ref)
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    return SentimentIntensityAnalyzer()


def main():
    if len(sys.argv) < 2 or not os.path.isdir(sys.argv[1]):
        sys.stderr.write(__doc__)
        return 2
    analyzer = load(sys.argv[1])
    lines = sys.stdin.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if "--bench" in sys.argv[2:]:
        best = None
        for _ in range(3):
            t0 = time.perf_counter()
            for s in lines:
                analyzer.polarity_scores(s)
            dt = time.perf_counter() - t0
            best = dt if best is None or dt < best else best
        print("reference: %d texts in %.3f s, %.0f texts/s" % (len(lines), best, len(lines) / best))
        return 0
    out = sys.stdout
    out.write("neg\tneu\tpos\tcompound\tsentence\n")
    for s in lines:
        d = analyzer.polarity_scores(s)
        out.write("%r\t%r\t%r\t%r\t%s\n" % (d["neg"], d["neu"], d["pos"], d["compound"], s))
    return 0


if __name__ == "__main__":
    sys.exit(main())
