"""vocal.run / scan / comments: one scan of files or of a DataFrame.

A DataFrame goes to the engine through a record feed (feed.h): each column
is turned into one bytes object holding its cells as UTF-8 and an int64
array of offsets, spelled the way a CSV export spells them (pandas'
to_csv: integers as digits, a float that is a whole number as one, NaN and
None empty, dates ISO), so the numbers equal those of the same data read
from a CSV file. The engine runs on a thread of its own with the GIL
released (ctypes releases it around every foreign call); the calling thread
waits in short steps, so Ctrl-C sets the scan's stop flag and the scan
ends promptly with KeyboardInterrupt.
"""
import ctypes
import io
import json
import os
import threading
import warnings

import numpy as np
import pandas as pd

from . import _errors
from ._lib import Buf, Error, ScanOptions, c_char_pp, lib, libc

_TEXT_COLUMNS = ("dimension", "segment", "theme", "label", "id", "themes", "sentiment", "signals", "language",
                 "file", "reason", "record", "nps_group", "csat_group", "ces_group", "term", "covered_by",
                 "example", "section", "status", "level")


class VocalWarning(UserWarning):
    """What `vocal scan` prints as a warning: invalid scores, languages without sentiment, ..."""


def _b(s):
    return None if s is None else os.fsencode(s) if isinstance(s, os.PathLike) else str(s).encode("utf-8")


def _read_csv(data):
    if not data:
        return pd.DataFrame()
    head = data.split(b"\n", 1)[0].decode("utf-8").split(",")
    dtypes = {c: str for c in head if c in _TEXT_COLUMNS}
    return pd.read_csv(io.BytesIO(data), dtype=dtypes, keep_default_na=False, na_values=[""])


class _MemFile:
    """A FILE* writing into memory (open_memstream), for the side outputs."""

    def __init__(self):
        self.ptr = ctypes.c_void_p()
        self.size = ctypes.c_size_t()
        self.fp = libc.open_memstream(ctypes.byref(self.ptr), ctypes.byref(self.size))
        if not self.fp:
            raise MemoryError("vocal: open_memstream failed")

    def close(self):
        if self.fp:
            libc.fclose(self.fp)
            self.fp = None
        data = ctypes.string_at(self.ptr, self.size.value) if self.ptr else b""
        libc.free(self.ptr)
        self.ptr = ctypes.c_void_p()
        return data


def _buf_text(fn, *args):
    b = Buf()
    st = fn(ctypes.byref(b), *args)
    data = b.bytes()
    lib.vc_buf_free(ctypes.byref(b))
    if st and st < 0:
        _errors.raise_for(st, "vocal: " + lib.vc_strerror(st).decode())
    return data


# ---- DataFrame cells as CSV spells them --------------------------------------

def _strings(col):
    """A column as a list of str, the cells as pandas' to_csv writes them (vectorised where pandas
    and numpy can; the per-cell work left is one str() or none)."""
    s = col
    if isinstance(s.dtype, pd.CategoricalDtype):
        s = s.astype(object)
    kind = s.dtype.kind
    if kind in "iu":
        return list(map(str, s.to_numpy().tolist()))
    if kind == "b":
        return ["True" if v else "False" for v in s.to_numpy().tolist()]
    if kind == "f":
        a = s.to_numpy(dtype=np.float64)
        finite = np.isfinite(a)
        whole = finite & (np.abs(np.where(finite, a, 0)) < 2 ** 53)
        whole &= a == np.floor(np.where(finite, a, 0))
        out = list(map(repr, a.tolist()))
        for i in np.flatnonzero(whole).tolist():
            out[i] = str(int(a[i]))
        for i in np.flatnonzero(np.isnan(a)).tolist():
            out[i] = ""
        return out
    if kind == "M":
        if getattr(s.dt, "tz", None) is None and (s.dropna().dt.normalize() == s.dropna()).all():
            s = s.dt.strftime("%Y-%m-%d")
        else:
            s = s.astype(str).where(s.notna(), None)
    # objects and strings: None and NaN are empty cells
    if s.hasnans:
        s = s.astype(object).where(s.notna(), "")
    cells = s.tolist()
    if pd.api.types.infer_dtype(cells, skipna=False) != "string":
        cells = [v if isinstance(v, str) else str(v) for v in cells]
    return cells


def _encode(cells):
    """Cells (str) -> (bytes, int64 offsets): one join for ASCII columns, one encode per cell
    otherwise; never a join of wide strings."""
    n = len(cells)
    offsets = np.zeros(n + 1, dtype=np.int64)
    if n == 0:
        return b"", offsets
    if all(map(str.isascii, cells)):
        np.cumsum(np.fromiter(map(len, cells), dtype=np.int64, count=n), out=offsets[1:])
        return "".join(cells).encode("ascii"), offsets
    enc = [c.encode("utf-8", "surrogateescape") for c in cells]
    np.cumsum(np.fromiter(map(len, enc), dtype=np.int64, count=n), out=offsets[1:])
    return b"".join(enc), offsets


class _Feed:
    """A DataFrame's columns as a vc_feed; owns the bytes the feed borrows."""

    def __init__(self, df):
        names = [str(c) for c in df.columns]
        self.keep = []
        err = Error()
        arr = (ctypes.c_char_p * len(names))(*[n.encode("utf-8") for n in names])
        self.handle = ctypes.c_void_p()
        st = lib.vc_feed_new(arr, len(names), ctypes.byref(self.handle), ctypes.byref(err))
        if st:
            _errors.raise_for(st, err.msg.decode("utf-8", "replace"))
        cells = (ctypes.c_char_p * len(names))()
        offs = (ctypes.c_void_p * len(names))()
        for i in range(len(names)):
            data, off = _encode(_strings(df.iloc[:, i]))
            self.keep.append((data, off))
            cells[i] = data
            offs[i] = off.ctypes.data
        st = lib.vc_feed_add(self.handle, len(df), cells, offs, ctypes.byref(err))
        if st:
            self.close()
            _errors.raise_for(st, err.msg.decode("utf-8", "replace"))

    def close(self):
        if self.handle:
            lib.vc_feed_free(self.handle)
            self.handle = ctypes.c_void_p()


# ---- the run ----------------------------------------------------------------

class Run:
    """A finished scan: the theme table, the per-comment rows (when asked for), the rejected rows and
    the accounting (`vocal scan --stats`)."""

    def __init__(self, table, comments, rejects, stats):
        self.table = table
        self.comments = comments
        self.rejects = rejects
        self.stats = stats

    rows_read = property(lambda self: self.stats["rows_read"])
    rows_analyzed = property(lambda self: self.stats["rows_analyzed"])
    rows_rejected = property(lambda self: self.stats["rows_rejected"])

    def __repr__(self):
        return "<vocal.Run rows_read=%d rows_analyzed=%d rows_rejected=%d themes=%d>" % (
            self.rows_read, self.rows_analyzed, self.rows_rejected,
            0 if self.table is None or self.table.empty else self.table["theme"].nunique())


def _load_lexicon(themes, signals):
    err = Error()
    lex = ctypes.c_void_p()
    if signals is not False:
        sig = None if signals is True or signals is None else _b(signals)
        st = lib.vc_lexicon_load_with_signals(_b(themes), sig, None, ctypes.byref(lex), ctypes.byref(err))
    elif themes is None:
        st = lib.vc_lexicon_load_default(ctypes.byref(lex), ctypes.byref(err))
    elif str(themes).startswith("builtin:"):
        st = lib.vc_lexicon_load_builtin(_b(str(themes)[8:]), None, ctypes.byref(lex), ctypes.byref(err))
    else:
        st = lib.vc_lexicon_load_file(_b(themes), None, ctypes.byref(lex), ctypes.byref(err))
    if st:
        _errors.raise_for(st, err.msg.decode("utf-8", "replace"))
    return lex


def _load_sentiment(sentiment):
    if sentiment is False or sentiment is None:
        return None
    err = Error()
    sent = ctypes.c_void_p()
    if sentiment is True:
        st = lib.vc_sentiment_lexicon_load_default(ctypes.byref(sent), ctypes.byref(err))
    else:
        st = lib.vc_sentiment_lexicon_load_file(_b(sentiment), ctypes.byref(sent), ctypes.byref(err))
    if st:
        _errors.raise_for(st, err.msg.decode("utf-8", "replace"))
    return sent


def _parse(fn, value, what, choices):
    out = ctypes.c_int()
    if fn(_b(value), ctypes.byref(out)):
        raise _errors.UsageError("vocal: unknown %s '%s' (%s)" % (what, value, choices), _errors.USAGE)
    return out.value


def _strs(values, keep):
    arr = (ctypes.c_char_p * max(len(values), 1))(*[_b(v) for v in values])
    keep.append(arr)
    return ctypes.cast(arr, c_char_pp)


def _call_stoppable(fn, stop):
    """fn() on its own thread; Ctrl-C here sets *stop and waits for fn to end, since what fn reads
    is freed once this returns."""
    box = {}
    done = threading.Event()
    lock = threading.Lock()
    state = {"cancelled": False, "running": False}

    def target():
        with lock:
            if state["cancelled"]:
                return
            state["running"] = True
        try:
            box["value"] = fn()
        except BaseException as e:  # handed to the caller
            box["error"] = e
        finally:
            done.set()

    t = threading.Thread(target=target, name="vocal-scan", daemon=True)
    interrupted = False
    try:
        t.start()
    except KeyboardInterrupt:  # the thread may or may not run fn: settle which under the lock
        stop.value = 1
        interrupted = True
        with lock:
            state["cancelled"] = True
            if not state["running"]:
                raise KeyboardInterrupt("vocal: scan interrupted")
    while True:
        try:
            if done.wait(0.1):
                break
        except KeyboardInterrupt:
            stop.value = 1
            interrupted = True
    if interrupted:
        raise KeyboardInterrupt("vocal: scan interrupted")
    if "error" in box:
        raise box["error"]
    return box["value"]


def run(source, *, themes=None, text=None, score=None, by=(), period=None, scale="nps", sentiment=True,
        signals=True, language=True, threads=None, id=None, score_group=None, language_column=None,
        sentiment_mode="cx", date_order=None, format=None, delimiter=None, encoding=None, records=None,
        header_rows=None, skip_lines=0, max_segments=None, max_record_size=None, batch_size=None,
        scale_check=True, comments=False, warn=True):
    """Scan `source` and return a Run (table, comments, rejects, stats).

    source: a path, a list of paths, or a pandas DataFrame (fed in memory, no temporary file).
    The keywords are `vocal scan`'s options: themes=--themes (a file or "builtin:NAME"),
    text=--text (a name or a list of names), score=--score, by=--by (a name or a list),
    period="COL" or "COL:UNIT", scale="nps"|"csat"|"ces", sentiment=False for --no-sentiment (or a
    VADER-format file), signals=False for --no-signals (or a signals lexicon file),
    language=False for --no-language, threads=--threads, id=--id, score_group=--score-group,
    language_column=--language-column, sentiment_mode="cx"|"vader", date_order="mdy"|"dmy",
    format, delimiter, encoding, records, header_rows, skip_lines, max_segments,
    max_record_size, batch_size, scale_check=False for --no-scale-check.
    comments=True also returns one row per comment (Run.comments).
    """
    keep = []
    o = ScanOptions()
    lib.vc_scan_options_init(ctypes.byref(o))
    feed = None
    if isinstance(source, pd.DataFrame):
        feed = _Feed(source)
        names = ["<DataFrame>"]
        feeds = (ctypes.c_void_p * 1)(feed.handle)
        keep.append(feeds)
        o.feeds = feeds
        o.header_rows = 1
    else:
        names = [source] if isinstance(source, (str, bytes, os.PathLike)) else list(source)
        if not names:
            raise _errors.UsageError("vocal: no input files", _errors.USAGE)
        for n in names:
            if not isinstance(n, (str, bytes, os.PathLike)):
                raise TypeError("vocal: a source is a path, a list of paths or a pandas DataFrame, not %r"
                                % type(n).__name__)
    o.inputs = _strs(names, keep)
    o.ninputs = len(names)
    texts = [text] if isinstance(text, str) else list(text or [])
    if texts:
        o.text_col = _b(texts[0])
        o.text_cols = _strs(texts, keep)
        o.ntext_cols = len(texts)
    bys = [by] if isinstance(by, str) else list(by or ())
    o.by = _strs(bys, keep)
    o.nby = len(bys)
    o.score_col = _b(score)
    o.score_group_col = _b(score_group)
    o.id_col = _b(id)
    if period:
        col, _, unit = str(period).partition(":")
        o.period_col = _b(col)
        o.period_unit = _parse(lib.vc_period_unit_parse, unit or "month", "period unit",
                               "day, week, month or quarter")
    if date_order:
        orders = {"mdy": 1, "dmy": 2}
        if date_order not in orders:
            raise _errors.UsageError("vocal: date_order is mdy or dmy, not '%s'" % date_order, _errors.USAGE)
        o.date_order = orders[date_order]
    o.scale = _parse(lib.vc_scale_parse, scale, "scale", "nps, csat or ces")
    o.sentiment_mode = _parse(lib.vc_sentiment_mode_parse, sentiment_mode, "sentiment mode", "cx or vader")
    if threads is not None:
        if int(threads) < 1:
            raise _errors.UsageError("vocal: threads must be 1 or more", _errors.USAGE)
        o.threads = int(threads)
    if feed is None:
        if format or delimiter:
            o.dialect.format = {"csv": 1, "tsv": 2, "jsonl": 3, "ndjson": 3, "json": 4}.get(format or "csv", -1)
            if o.dialect.format < 0:
                raise _errors.UsageError("vocal: format is csv, tsv, jsonl or json, not '%s'" % format,
                                         _errors.USAGE)
            if delimiter:
                o.dialect.delimiter = _b(delimiter)[:1]
        o.encoding = _b(encoding)
        o.json_records = _b(records)
        if header_rows is not None:
            o.header_rows = -1 if header_rows == 0 else int(header_rows)
        o.skip_lines = int(skip_lines)
    if max_record_size:
        o.dialect.max_record = int(max_record_size)
    if max_segments:
        o.max_segments = int(max_segments)
    if batch_size:
        o.batch_bytes = int(batch_size)
    o.no_language = 0 if language else 1
    o.language_col = _b(language_column)

    lex = sent = scan = langs = None
    rejects = cfile = None
    stop = ctypes.c_int(0)
    o.stop = ctypes.pointer(stop)
    try:
        lex = _load_lexicon(themes, signals)
        sent = _load_sentiment(sentiment)
        o.lex = lex
        o.sentiment = sent
        if sent:
            # as `vocal scan`: the shipped lexicons of other languages score their comments
            langs = lib.vc_sentiment_languages_new()
            if not langs:
                raise MemoryError("vocal: out of memory")
            lerr = Error()
            st = lib.vc_sentiment_languages_add_shipped(langs, ctypes.byref(lerr))
            if st:
                _errors.raise_for(st, lerr.msg.decode("utf-8", "replace"))
            o.sentiment_languages = langs
        rejects = _MemFile()
        o.rejects = rejects.fp
        if comments:
            cfile = _MemFile()
            o.comments = cfile.fp
        err = Error()
        handle = ctypes.c_void_p()
        st = _call_stoppable(lambda: lib.vc_scan_run(ctypes.byref(o), ctypes.byref(handle), ctypes.byref(err)),
                             stop)
        scan = handle
        rej_rows = rejects.close()
        com_rows = cfile.close() if cfile else None
        if st and not scan:
            _errors.raise_for(st, err.msg.decode("utf-8", "replace"))
        stats = json.loads(_buf_text(lib.vc_scan_result_stats, scan, ctypes.byref(o)).decode("utf-8"))
        rej = _read_csv(_buf_text(lib.vc_rejects_header) + rej_rows)
        com = None
        if com_rows is not None:
            head = _buf_text(lib.vc_comments_header_language, o.scale, lex, 0 if o.no_language else 1)
            com = _read_csv(head + com_rows)
        result = Run(None, com, rej, stats)
        if st:
            _errors.raise_for(st, err.msg.decode("utf-8", "replace"), result)
        if stats["rows_analyzed"] == 0:
            why = ""
            for f in stats.get("files", []):
                if f.get("first_reject"):
                    why = ": %s" % f["first_reject"]
                    break
            raise _errors.DataError("vocal: no rows analyzed (%d read, %d rejected)%s" % (
                stats["rows_read"], stats["rows_rejected"], why), _errors.DATA, result)
        if scale_check:
            b = Buf()
            bad = lib.vc_scan_result_scale_check(ctypes.byref(b), scan, ctypes.byref(o))
            msg = b.bytes().decode("utf-8", "replace").strip()
            lib.vc_buf_free(ctypes.byref(b))
            if bad:
                raise _errors.DataError("vocal: %s; pass scale_check=False to scan anyway" % msg, _errors.DATA,
                                        result)
        if warn:
            for line in _buf_text(lib.vc_scan_result_warnings, scan, ctypes.byref(o)).decode(
                    "utf-8", "replace").splitlines():
                warnings.warn(line, VocalWarning, stacklevel=3)
        result.table = _read_csv(_buf_text(lib.vc_scan_result_table, scan, ctypes.byref(o), 0))
        result.table.attrs["stats"] = stats
        return result
    finally:
        if rejects is not None:
            rejects.close()
        if cfile is not None:
            cfile.close()
        lib.vc_scan_free(scan)
        lib.vc_lexicon_free(lex)
        lib.vc_sentiment_lexicon_free(sent)
        if langs:
            lib.vc_sentiment_languages_free(langs)
        if feed is not None:
            feed.close()


def scan(source, **options):
    """The theme table of `source` as a DataFrame, with `vocal scan`'s columns (see run() for the
    options). The accounting is in .attrs["stats"]; vocal.run() gives rejects and comments too."""
    return run(source, **options).table


def comments(source, **options):
    """One row per analyzed comment (`vocal scan --comments`): id (the id= column, else the record
    number), themes, compound, sentiment, the score group, signals and language."""
    return run(source, comments=True, **options).comments
