#!/usr/bin/env python3
"""An independent computation of `vocal scan`'s theme table, for testing.

Written separately from the C engine, with Python's standard library only
(csv, gzip, unicodedata, re), from the documented semantics: NFKC + case
folding; words are maximal runs of Unicode letters, numbers, marks or '_';
a word entry matches a whole word; the words of a phrase match across any
run of spaces or hyphens; `word*` matches any word starting with `word`.
Regex entries are not supported here (the engine's PCRE2 path has its own
reference tests).

usage: tools/crosscheck.py --themes LEX --text COL --score COL [--by COL]... FILE
Prints the CSV that `vocal scan --no-sentiment` prints for the same input.
"""
import argparse
import csv
import gzip
import io
import sys
import unicodedata

GAP = set(" \t\n-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")


def normalize(text):
    text = unicodedata.normalize("NFKC", text).casefold()
    return unicodedata.normalize("NFKC", text)


def is_word_char(c):
    return c == "_" or unicodedata.category(c)[0] in "LNM"


def tokens(text):
    """[(word, gap_before_is_space_or_hyphen)]"""
    out, i, n, prev_end = [], 0, len(text), 0
    while i < n:
        if not is_word_char(text[i]):
            i += 1
            continue
        j = i
        while j < n and is_word_char(text[j]):
            j += 1
        gap = text[prev_end:i]
        out.append((text[i:j], len(gap) > 0 and all(c in GAP for c in gap)))
        prev_end = j
        i = j
    return out


def read_lexicon(path):
    themes = {}
    theme = None
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                theme = line[1:-1].strip()
                themes.setdefault(theme, [])
                continue
            if line.startswith("/"):
                raise SystemExit("crosscheck: regex entries are not supported: " + line)
            words = []
            for raw in normalize(line).replace("-", " ").split():
                prefix = raw.endswith("*")
                words.append((raw.rstrip("*"), prefix))
            themes[theme].append(words)
    return themes


def entry_matches(entry, toks):
    k = len(entry)
    for start in range(len(toks) - k + 1):
        ok = True
        for w, (word, prefix) in enumerate(entry):
            tok, space_gap = toks[start + w]
            if w > 0 and not space_gap:
                ok = False
                break
            if not (tok.startswith(word) if prefix else tok == word):
                ok = False
                break
        if ok:
            return True
    return False


def score_group(field):
    s = (field or "").strip()
    if not s:
        return None
    t = s[1:] if s.startswith("+") else s
    whole, dot, frac = t.partition(".")
    if not whole.isdigit() or not whole.isascii() or (dot and frac.strip("0")):
        return "invalid"
    v = int(whole)
    if v > 10:
        return "invalid"
    return 0 if v <= 6 else 1 if v <= 8 else 2


def csv_cell(s):
    if s and (s[0] in "=+-@\t\r"):
        return '"\'' + s.replace('"', '""') + '"'
    if any(c in s for c in ',"\n\r') or (s and (s[0] == " " or s[-1] == " ")):
        return '"' + s.replace('"', '""') + '"'
    return s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--themes", required=True)
    ap.add_argument("--text", required=True)
    ap.add_argument("--score", required=True)
    ap.add_argument("--by", action="append", default=[])
    ap.add_argument("file")
    a = ap.parse_args()
    themes = read_lexicon(a.themes)
    names = sorted(themes, key=lambda t: t.encode())
    raw = open(a.file, "rb").read()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    text = raw.decode("utf-8", errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip() for h in next(reader)]
    ti, si = header.index(a.text), header.index(a.score)
    bi = [header.index(b) for b in a.by]
    dims = ["all"] + a.by
    counts = {}  # (dim, seg, theme) -> [comments, d, p, r]
    skipped = 0
    for row in reader:
        if not row:
            continue
        if len(row) != len(header):
            skipped += 1
            continue
        g = score_group(row[si])
        toks = tokens(normalize(row[ti]))
        mentioned = [t for t in names if any(entry_matches(e, toks) for e in themes[t])]
        segs = ["all"] + [(row[i].strip() or "(blank)") for i in bi]
        for d, seg in zip(dims, segs):
            for theme in ["*"] + mentioned:
                c = counts.setdefault((d, seg, theme), [0, 0, 0, 0])
                c[0] += 1
                if g in (0, 1, 2):
                    c[1 + g] += 1
    out = sys.stdout
    out.write("dimension,segment,theme,comments,detractors,passives,promoters,nps\n")
    for d in dims:
        segs = sorted({k[1] for k in counts if k[0] == d}, key=lambda s: s.encode())
        for seg in segs:
            for theme in ["*"] + names:
                c = counts.get((d, seg, theme), [0, 0, 0, 0])
                scored = c[1] + c[2] + c[3]
                nps = "" if not scored else "%.1f" % (100.0 * (c[3] - c[1]) / scored)
                if nps == "-0.0":
                    nps = "0.0"
                out.write(",".join([csv_cell(d), csv_cell(seg), csv_cell(theme)] + [str(x) for x in c] + [nps]) + "\n")
    if skipped:
        sys.stderr.write("crosscheck: %d malformed rows skipped\n" % skipped)


if __name__ == "__main__":
    main()
