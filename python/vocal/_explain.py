"""vocal.explain: why a comment mentions its themes, as `vocal explain --json` says it."""
import ctypes
import json

from . import _errors
from ._lib import Buf, Error, lib
from ._scan import _b, _load_sentiment


def explain(text, *, themes=None, signals=True, sentiment=True, model=None):
    """The audit trail of one comment as a dict, the object `vocal explain --json` prints: the
    normalized text, its sentences, every entry that matched ("hits", with file:line:column), the
    ~guarded entries a negator held off ("held_off"), the themes with their compound, whether the
    PCRE2 reference evaluator agrees ("reference_agrees") and, with model= (a `vocal learn` file),
    the themes the model finds and the words that weighed ("model"). themes, signals and sentiment
    are as in vocal.scan (a path, "builtin:NAME", True/False)."""
    err = Error()
    lex, open_lex, themes_only, only_open = ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_void_p()
    sent, mdl, x = None, ctypes.c_void_p(), None
    buf = Buf()
    try:
        with_signals = signals is not False
        sig = None if signals is True or signals is None or signals is False else _b(signals)
        st = lib.vc_explain_lexicons(_b(themes), sig, 1 if with_signals else 0, ctypes.byref(lex),
                                     ctypes.byref(open_lex), ctypes.byref(err))
        if st:
            _errors.raise_for(st, err.msg.decode("utf-8", "replace"))
        sent = _load_sentiment(sentiment)
        if model is not None:
            # a model is checked against the theme lexicon alone, what `vocal learn` trained from
            st = lib.vc_explain_lexicons(_b(themes), None, 0, ctypes.byref(themes_only),
                                         ctypes.byref(only_open), ctypes.byref(err))
            if not st:
                st = lib.vc_model_load(_b(model), themes_only, ctypes.byref(mdl), ctypes.byref(err))
            if st:
                _errors.raise_for(st, "vocal: model: " + err.msg.decode("utf-8", "replace"))
        x = lib.vc_explainer_new(lex, open_lex, sent, mdl if model is not None else None)
        if not x:
            raise MemoryError("vocal: out of memory")
        data = b"" if text is None else str(text).encode("utf-8", "surrogateescape")
        agree = ctypes.c_int(1)
        st = lib.vc_explain(x, data, len(data), 1, ctypes.byref(buf), ctypes.byref(agree), ctypes.byref(err))
        if st:
            _errors.raise_for(st, err.msg.decode("utf-8", "replace"))
        return json.loads(buf.bytes().decode("utf-8"))
    finally:
        lib.vc_buf_free(ctypes.byref(buf))
        if x:
            lib.vc_explainer_free(x)
        if model is not None:
            lib.vc_model_free(mdl)
        lib.vc_lexicon_free(themes_only)
        lib.vc_lexicon_free(only_open)
        lib.vc_sentiment_lexicon_free(sent)
        lib.vc_lexicon_free(open_lex)
        lib.vc_lexicon_free(lex)
