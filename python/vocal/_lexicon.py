"""vocal.Lexicon: a theme lexicon with the lexicon tools of the command (lint, eval, diff)."""
import ctypes
import os

import pandas as pd

from . import _errors
from ._lib import Buf, Error, EvalOptions, LexdiffOptions, LINT_FN, lib
from ._scan import _b, _call_stoppable, _parse, _read_csv, _strs

LAB_CSV = 1


def _load(path):
    err = Error()
    lex = ctypes.c_void_p()
    if path is None:
        st = lib.vc_lexicon_load_default(ctypes.byref(lex), ctypes.byref(err))
    elif str(path).startswith("builtin:"):
        st = lib.vc_lexicon_load_builtin(_b(str(path)[8:]), None, ctypes.byref(lex), ctypes.byref(err))
    else:
        st = lib.vc_lexicon_load_file(_b(path), None, ctypes.byref(lex), ctypes.byref(err))
    if st:
        _errors.raise_for(st, err.msg.decode("utf-8", "replace"))
    return lex


def _scan_options(o, sources, keep, text, score, threads, stop):
    names = [sources] if isinstance(sources, (str, bytes, os.PathLike)) else list(sources)
    o.inputs = _strs(names, keep)
    o.ninputs = len(names)
    o.text_col = _b(text)
    o.score_col = _b(score)
    if threads is not None:
        o.threads = int(threads)
    o.stop = ctypes.pointer(stop)


class Lexicon:
    """A theme lexicon: a file (native, LIWC .dic, YAML) or "builtin:NAME"; None is the default.
    The lexicon is loaded once, here; its errors raise LexiconError."""

    def __init__(self, path=None):
        self.path = path
        self.name = "default.lex" if path is None else os.fspath(path)
        self._lex = _load(path)

    def __del__(self):
        lex, self._lex = getattr(self, "_lex", None), None
        if lex:
            lib.vc_lexicon_free(lex)

    def __repr__(self):
        return "vocal.Lexicon(%r)" % (self.path,)

    def lint(self):
        """`vocal lexicon lint`'s static checks: one row per finding (level, check, file, line,
        column, message), in the command's order."""
        rows = []

        def on(ctx, f):
            f = f.contents
            rows.append((lib.vc_lint_level_name(f.level).decode(), f.check.decode(), f.file.decode("utf-8", "replace"),
                         f.line, f.column, f.message.decode("utf-8", "replace")))

        cb = LINT_FN(on)
        st = lib.vc_lexicon_lint(self._lex, cb, None)
        if st:
            _errors.raise_for(st, "vocal: lint: " + lib.vc_strerror(st).decode())
        return pd.DataFrame(rows, columns=["level", "check", "file", "line", "column", "message"])

    def eval(self, gold, *, text=None, labels=None, sentiment_labels=None, sentiment_mode="cx", examples=3,
             threads=None):
        """`vocal lexicon eval --output-format csv`: per theme support, predicted, tp, fp, fn,
        precision, recall and F1 against the hand labels in `gold` (a path or list of paths)."""
        o = EvalOptions()
        lib.vc_eval_options_init(ctypes.byref(o))
        keep = []
        stop = ctypes.c_int(0)
        _scan_options(o.scan, gold, keep, text, None, threads, stop)
        o.scan.lex = self._lex
        o.labels_col = _b(labels)
        o.sentiment_col = _b(sentiment_labels)
        o.examples = int(examples)
        if sentiment_mode == "both":
            o.sentiment_modes = 3
        else:
            o.sentiment_modes = 1 << _parse(lib.vc_sentiment_mode_parse, sentiment_mode, "sentiment mode",
                                            "cx, vader or both")
        return self._run(lib.vc_eval_run, lib.vc_eval_write, lib.vc_eval_result_free, o, stop,
                         _b(self.name), _b(gold if isinstance(gold, (str, os.PathLike)) else ", ".join(map(str, gold))))

    def diff(self, other, source, *, text=None, score=None, examples=3, threads=None):
        """`vocal lexicon diff --output-format csv` of this lexicon (old) against `other` (new, a
        Lexicon or what Lexicon() takes) over the comments of `source` (a path or list of paths)."""
        other = other if isinstance(other, Lexicon) else Lexicon(other)
        o = LexdiffOptions()
        lib.vc_lexdiff_options_init(ctypes.byref(o))
        keep = [other]
        stop = ctypes.c_int(0)
        _scan_options(o.scan, source, keep, text, score, threads, stop)
        o.old_lex = self._lex
        o.new_lex = other._lex
        o.examples = int(examples)
        return self._run(lib.vc_lexdiff_run, lib.vc_lexdiff_write, lib.vc_lexdiff_result_free, o, stop,
                         _b(self.name), _b(other.name))

    @staticmethod
    def _run(run, write, free, o, stop, a, b):
        err = Error()
        res = ctypes.c_void_p()
        st = _call_stoppable(lambda: run(ctypes.byref(o), ctypes.byref(res), ctypes.byref(err)), stop)
        try:
            if st:
                _errors.raise_for(st, err.msg.decode("utf-8", "replace"))
            buf = Buf()
            wst = write(res, a, b, LAB_CSV, ctypes.byref(buf))
            data = buf.bytes()
            lib.vc_buf_free(ctypes.byref(buf))
            if wst:
                _errors.raise_for(wst, "vocal: " + lib.vc_strerror(wst).decode())
            return _read_csv(data)
        finally:
            free(res)
