#!/usr/bin/env python3
"""Precision and recall of the default lexicon with the industry pack that
fits each comment, as a CX team would run it: a restaurant's comments with
builtin:restaurant, a shop's with builtin:retail, and so on.

The gold file's rows are split by their `domain` column, each part is
measured by `vocal lexicon eval` with the lexicon its domain maps to, and
the true and false positives and false negatives of each theme are added up
over the parts. A theme counts in the averages when the gold file labels it
at least once (the rule of `vocal lexicon eval`), so a pack's industry
themes never count against a gold file labeled with the 13 default themes.

usage: tools/eval_by_domain.py VOCAL GOLD [DOMAIN=LEXICON ...]
DOMAIN=LEXICON pairs override or add to the built-in mapping below; a
domain that maps to nothing is measured with builtin:default. Prints CSV:
theme,support,tp,fp,fn,precision,recall,f1 and the micro and macro rows (macro:
the mean of the themes' figures, as vocal lexicon eval computes it).
Python 3 standard library only.
"""
import csv
import io
import os
import subprocess
import sys
import tempfile

MAPPING = {
    "retail": "builtin:retail",
    "ecommerce": "builtin:retail",
    "electronics": "builtin:retail",
    "restaurant": "builtin:restaurant",
    "hotel": "builtin:restaurant",
    "software": "builtin:software",
    "app": "builtin:software",
    "telecom": "builtin:telecom",
    "utilities": "builtin:telecom",
    "banking": "builtin:banking",
    "travel": "builtin:travel",
    "healthcare": "builtin:healthcare",
}


def ratio(a, b):
    return a / b if b else 0.0


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    if len(sys.argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    vocal, gold = sys.argv[1], sys.argv[2]
    mapping = dict(MAPPING)
    for arg in sys.argv[3:]:
        dom, _, lex = arg.partition("=")
        mapping[dom] = lex
    with open(gold, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        rows = list(reader)
    parts = {}
    for r in rows:
        parts.setdefault(mapping.get(r["domain"], "builtin:default"), []).append(r)
    totals = {}  # theme -> [support, tp, fp, fn]
    with tempfile.TemporaryDirectory() as tmp:
        for lex in sorted(parts):
            path = os.path.join(tmp, "part.csv")
            with open(path, "w", newline="", encoding="utf-8") as f:
                w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
                w.writeheader()
                w.writerows(parts[lex])
            out = subprocess.run([vocal, "lexicon", "eval", "--output-format", "csv", lex, path],
                                 check=True, capture_output=True, text=True).stdout
            for r in csv.DictReader(io.StringIO(out)):
                if r["level"] != "leaf":
                    continue
                t = totals.setdefault(r["theme"], [0, 0, 0, 0])
                for i, k in enumerate(("support", "tp", "fp", "fn")):
                    t[i] += int(r[k])
    labeled = sorted(t for t, v in totals.items() if v[0] > 0)
    print("theme,support,tp,fp,fn,precision,recall,f1")
    s = [0, 0, 0, 0]
    ps, rs, fs = [], [], []
    for t in labeled:
        sup, tp, fp, fn = totals[t]
        p, r = ratio(tp, tp + fp), ratio(tp, tp + fn)
        ps.append(p)
        rs.append(r)
        fs.append(f1(p, r))
        s = [a + b for a, b in zip(s, totals[t])]
        print(f"{t},{sup},{tp},{fp},{fn},{p:.4f},{r:.4f},{f1(p, r):.4f}")
    p, r = ratio(s[1], s[1] + s[2]), ratio(s[1], s[1] + s[3])
    print(f"(micro),{s[0]},{s[1]},{s[2]},{s[3]},{p:.4f},{r:.4f},{f1(p, r):.4f}")
    n = len(ps) or 1
    print(f"(macro),,,,,{sum(ps) / n:.4f},{sum(rs) / n:.4f},{sum(fs) / n:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
