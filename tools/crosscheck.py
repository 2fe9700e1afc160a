#!/usr/bin/env python3
"""An independent computation of `vocal scan`'s theme table, for testing.

Written separately from the C engine, with Python's standard library only
(csv, gzip, unicodedata, re), from the documented semantics (see
lexicons/README.md): the comment is split into sentences, each is
normalized (NFKC + case folding) and they are joined by line breaks; words
are maximal runs of Unicode letters, numbers, marks or '_'; a word entry
matches a whole word; the words of a phrase match across any run of spaces
or hyphens, other separators must be written exactly; in an entry word '?'
is one character and '*' any run; `a NEAR/n b` needs both within n words in
one sentence, `BEFORE/n` in that order; `!entry` vetoes its theme and the
themes below it; `~entry` does not match where a negator stands among the 3
words before its first word in its clause; a theme mentioned brings its
ancestors. Regex entries are not supported here (the engine's PCRE2 path has
its own reference tests).

usage: tools/crosscheck.py --themes LEX --text COL --score COL [--by COL]... FILE
Prints the CSV that `vocal scan --no-sentiment` prints for the same input.
"""
import argparse
import csv
import gzip
import io
import re
import sys
import unicodedata

GAP = set(" \t\n-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
WS = " \t\r\n\f\v"
TERM = ".!?\u2026"
CJK_TERM = "\u3002\uff01\uff1f"


# typographic apostrophes and quotes, as the engine's normalizer maps them
QUOTES = str.maketrans({c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\u02bc\uff07"} |
                       {c: '"' for c in "\u201c\u201d\u201e\u201f\u2033\uff02"})


def normalize(text):
    text = unicodedata.normalize("NFKC", text.translate(QUOTES)).casefold()
    return unicodedata.normalize("NFKC", text)


def is_word_char(c):
    return c == "_" or unicodedata.category(c)[0] in "LNM"


def sentences(text):
    out, start, i, n = [], 0, 0, len(text)

    def emit(a, b):
        piece = text[a:b].strip(WS)
        if piece:
            out.append(piece)

    while i < n:
        c = text[i]
        if c == "\n":
            emit(start, i)
            i += 1
            start = i
            continue
        if c not in TERM and c not in CJK_TERM:
            i += 1
            continue
        j, cjk = i, False
        while j < n and (text[j] in TERM or text[j] in CJK_TERM):
            cjk = cjk or text[j] in CJK_TERM
            j += 1
        if cjk or j >= n or text[j] in WS:
            emit(start, j)
            start = j
        i = j
    emit(start, n)
    return out


NEGATORS = set("""not no never without nothing nobody none nowhere neither nor zero hardly barely
scarcely cannot cant dont didnt doesnt isnt wasnt arent werent wont wouldnt couldnt shouldnt havent
hasnt hadnt aint""".split())
CLAUSE_WORDS = {"but", "though", "although", "however"}
CLAUSE_CHARS = set("\n,;:.!?")


def held_off(toks, k):
    """is a ~guarded entry whose first word is token k held off by a negator?"""
    j = k
    for _ in range(3):
        if j == 0 or any(c in CLAUSE_CHARS for c in toks[j][1]):
            return False
        first = j - 1  # a word: runs joined by one apostrophe ("didn't")
        while first > 0 and toks[first][1] == "'":
            first -= 1
        word = "'".join(t[0] for t in toks[first:j])
        if word in NEGATORS or word.endswith("n't"):
            return True
        if word in CLAUSE_WORDS:
            return False
        j = first
    return False


def tokens(text):
    """[(word, gap_before, sentence)] over sentences joined by newlines"""
    out, i, n, prev_end, sent = [], 0, len(text), 0, 0
    while i < n:
        if not is_word_char(text[i]):
            i += 1
            continue
        j = i
        while j < n and is_word_char(text[j]):
            j += 1
        gap = text[prev_end:i]
        sent += gap.count("\n")
        out.append((text[i:j], gap, sent))
        prev_end = j
        i = j
    return out


def compile_words(text):
    """[(word regex, gap)] where gap is None for 'any space/hyphen run'"""
    words, i, n, prev_end = [], 0, len(text), 0
    wordish = lambda c: c in "*?" or is_word_char(c)
    while i < n:
        if not wordish(text[i]):
            i += 1
            continue
        j = i
        while j < n and wordish(text[j]):
            j += 1
        gap = text[prev_end:i]
        pat = "".join("." if c == "?" else ".*" if c == "*" else re.escape(c) for c in text[i:j])
        words.append((re.compile(pat, re.S), None if gap and all(c in GAP for c in gap) else gap))
        prev_end = j
        i = j
    return words


def read_lexicon(path):
    themes = {}  # name -> [(exclude, kind, payload)]
    theme = None
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#") or line.startswith("@label"):
                continue  # a display label changes no match
            if line.startswith("["):
                theme = line[1:-1].strip()
                themes.setdefault(theme, [])
                continue
            exclude = guard = False
            while line[:1] in ("!", "~") and line:
                if line[0] == "!" and not exclude:
                    exclude = True
                elif line[0] == "~" and not guard:
                    guard = True
                else:
                    break
                line = line[1:].strip()
            if line.startswith("/"):
                raise SystemExit("crosscheck: regex entries are not supported: " + line)
            m = re.search(r"\s(NEAR|BEFORE)/(\d+)\s", line)
            if m:
                a = compile_words(normalize(line[: m.start()].strip()))
                b = compile_words(normalize(line[m.end():].strip()))
                themes[theme].append((exclude, m.group(1), (a, b, int(m.group(2)), guard)))
            else:
                themes[theme].append((exclude, "WORDS", (compile_words(normalize(line)), guard)))
    for name in list(themes):  # every ancestor is a theme
        parts = name.split("/")
        for k in range(1, len(parts)):
            themes.setdefault("/".join(parts[:k]), [])
    return themes


def occurrences(words, toks, one_sentence=False):
    """[(first token, last token)] where the words match"""
    k, found = len(words), []
    for start in range(len(toks) - k + 1):
        ok = True
        for w, (pat, gap) in enumerate(words):
            tok, tgap, _ = toks[start + w]
            if w > 0:
                if gap is None and not (tgap and all(c in GAP for c in tgap)):
                    ok = False
                elif gap is not None and tgap != gap:
                    ok = False
            if ok and not pat.fullmatch(tok):
                ok = False
            if not ok:
                break
        if ok and one_sentence and toks[start][2] != toks[start + k - 1][2]:
            ok = False
        if ok:
            found.append((start, start + k - 1))
    return found


def entry_matches(kind, payload, toks):
    if kind == "WORDS":
        words, guard = payload
        return any(not (guard and held_off(toks, k0)) for k0, _ in occurrences(words, toks))
    a, b, dist, guard = payload
    for a0, a1 in occurrences(a, toks, True):
        for b0, b1 in occurrences(b, toks, True):
            if toks[a0][2] != toks[b0][2]:
                continue
            if b0 > a1 and b0 - a1 - 1 <= dist and not (guard and held_off(toks, a0)):
                return True
            if kind == "NEAR" and a0 > b1 and a0 - b1 - 1 <= dist and not (guard and held_off(toks, b0)):
                return True
    return False


def mentioned_themes(themes, names, toks):
    found, vetoed = set(), set()
    for t in names:
        for exclude, kind, payload in themes[t]:
            if entry_matches(kind, payload, toks):
                (vetoed if exclude else found).add(t)
    out = set()
    for t in found:
        parts = t.split("/")
        chain = ["/".join(parts[:k]) for k in range(1, len(parts) + 1)]
        if any(c in vetoed for c in chain):
            continue
        out.update(chain)
    return [t for t in names if t in out]


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


def nps_of(detractors, promoters, scored):
    return None if not scored else 100.0 * (promoters - detractors) / scored


def fmt(v, decimals):
    if v is None:
        return ""
    t = "%.*f" % (decimals, v)
    return t[1:] if t.startswith("-") and float(t) == 0 else t


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
        toks = tokens("\n".join(normalize(x) for x in sentences(row[ti])))
        mentioned = mentioned_themes(themes, names, toks)
        segs = ["all"] + [(row[i].strip() or "(blank)") for i in bi]
        for d, seg in zip(dims, segs):
            for theme in ["*"] + mentioned:
                c = counts.setdefault((d, seg, theme), [0, 0, 0, 0])
                c[0] += 1
                if g in (0, 1, 2):
                    c[1 + g] += 1
    out = sys.stdout
    out.write("dimension,segment,theme,comments,detractors,passives,promoters,nps,"
              "nps_impact,detractor_share,promoter_share\n")
    for d in dims:
        segs = sorted({k[1] for k in counts if k[0] == d}, key=lambda s: s.encode())
        for seg in segs:
            for theme in ["*"] + names:
                c = counts.get((d, seg, theme), [0, 0, 0, 0])
                base = counts[(d, seg, "*")]
                nps = fmt(nps_of(c[1], c[3], c[1] + c[2] + c[3]), 1)
                impact = low = high = ""
                if theme != "*":
                    # NPS of the segment minus NPS of the segment without the theme
                    n_all, n_rest = sum(base[1:]), sum(base[1:]) - sum(c[1:])
                    if n_all and n_rest:
                        impact = fmt(nps_of(base[1], base[3], n_all)
                                     - nps_of(base[1] - c[1], base[3] - c[3], n_rest), 1)
                    low = fmt(c[1] / base[1], 4) if base[1] else ""
                    high = fmt(c[3] / base[3], 4) if base[3] else ""
                out.write(",".join([csv_cell(d), csv_cell(seg), csv_cell(theme)] + [str(x) for x in c]
                                   + [nps, impact, low, high]) + "\n")
    if skipped:
        sys.stderr.write("crosscheck: %d malformed rows skipped\n" % skipped)


if __name__ == "__main__":
    main()
