"""vocal.discover: what the lexicon misses, as `vocal discover --output-format csv` lists it."""
import ctypes

from . import _errors
from ._lib import Buf, DiscoverOptions, Error, StopWords, lib
from ._lexicon import Lexicon, _scan_options
from ._scan import _b, _call_stoppable, _parse, _read_csv

LAB_CSV = 1


def discover(source, *, themes=None, text=None, score=None, compare="score", period=None, scale="nps",
             ngrams=3, min_count=5, alpha=0.05, correction="bh", stop_words=True, all=False, collapse=True,
             top=30, rank="g2", examples=3, threads=None):
    """Word n-grams unusually frequent in one group of comments against another and not matched by
    the lexicon: one row per term (rank, term, counts per group, g2, log ratio, p, NPS, covered,
    candidate theme, an example, its section). compare is "score" (detractors against promoters),
    "period:LATEST" or "period:LABEL" (with period="COL[:UNIT]"), or "COL=VALUE"; the other
    keywords are `vocal discover`'s options (stop_words: True for the built-in list, False for
    none, or a file). source: a path or a list of paths (read more than once)."""
    lex = themes if isinstance(themes, Lexicon) else Lexicon(themes)
    o = DiscoverOptions()
    lib.vc_discover_defaults(ctypes.byref(o))
    keep = [lex]
    stop = ctypes.c_int(0)
    _scan_options(o.scan, source, keep, text, score, threads, stop)
    o.scan.lex = lex._lex
    o.scan.scale = _parse(lib.vc_scale_parse, scale, "scale", "nps, csat or ces")
    if period:
        col, _, unit = str(period).partition(":")
        o.scan.period_col = _b(col)
        o.scan.period_unit = _parse(lib.vc_period_unit_parse, unit or "month", "period unit",
                                    "day, week, month or quarter")
    if compare == "score":
        o.compare = 0
    elif str(compare).startswith("period:"):
        if not period:
            raise _errors.UsageError("vocal: compare='%s' needs period='COL'" % compare, _errors.USAGE)
        label = compare[7:]
        o.compare = 1
        o.compare_col = o.scan.period_col
        o.compare_value = None if label.upper() == "LATEST" else _b(label)
    elif "=" in str(compare):
        col, _, value = compare.partition("=")
        o.compare = 2
        o.compare_col = _b(col)
        o.compare_value = _b(value)
    else:
        raise _errors.UsageError("vocal: compare is score, period:LATEST, period:LABEL or COL=VALUE, not '%s'"
                                 % compare, _errors.USAGE)
    o.max_words = int(ngrams)
    o.min_count = int(min_count)
    o.alpha = float(alpha)
    o.correction = _parse(lib.vc_correction_parse, correction, "correction", "bh, bonferroni or none")
    o.include_covered = 1 if all else 0
    o.no_collapse = 0 if collapse else 1
    o.rank_log_ratio = {"g2": 0, "log-ratio": 1}.get(rank, -1)
    if o.rank_log_ratio < 0:
        raise _errors.UsageError("vocal: rank is g2 or log-ratio, not '%s'" % rank, _errors.USAGE)
    o.top = int(top)
    o.examples = int(examples)
    words = StopWords()
    err = Error()
    if stop_words is not False:
        st = lib.vc_stopwords_load(None if stop_words is True else _b(stop_words), ctypes.byref(words),
                                   ctypes.byref(err))
        if st:
            _errors.raise_for(st, err.msg.decode("utf-8", "replace"))
        o.stop_words = words.v
        o.nstop_words = words.n
    res = ctypes.c_void_p()
    try:
        st = _call_stoppable(lambda: lib.vc_discover_run(ctypes.byref(o), ctypes.byref(res), ctypes.byref(err)),
                             stop)
        if st:
            _errors.raise_for(st, err.msg.decode("utf-8", "replace"))
        buf = Buf()
        wst = lib.vc_discovery_write(res, ctypes.byref(o), LAB_CSV, ctypes.byref(buf))
        data = buf.bytes()
        lib.vc_buf_free(ctypes.byref(buf))
        if wst:
            _errors.raise_for(wst, "vocal: " + lib.vc_strerror(wst).decode())
        return _read_csv(data)
    finally:
        lib.vc_discovery_free(res)
        lib.vc_stopwords_free(ctypes.byref(words))
