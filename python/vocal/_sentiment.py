"""vocal.sentiment: VADER (or the CX mode) scores of texts, as `vocal sentiment` gives them."""
import ctypes

import numpy as np
import pandas as pd

from . import _errors
from ._lib import Sentiment, lib
from ._scan import _load_sentiment, _parse


def sentiment(texts, *, mode="vader", lexicon=True):
    """neg, neu, pos and compound of each text (a string, or an iterable or Series of them; None and
    NaN score as empty), in a DataFrame indexed like `texts`. mode is "vader" (exact VADER, the
    default of `vocal sentiment`) or "cx"; lexicon a VADER-format file instead of the built-in one."""
    if isinstance(texts, str):
        texts = [texts]
    index = texts.index if isinstance(texts, pd.Series) else None
    values = list(texts)
    m = _parse(lib.vc_sentiment_mode_parse, mode, "sentiment mode", "vader or cx")
    lex = _load_sentiment(lexicon)
    scratch = lib.vc_sentiment_scratch_new()
    out = np.zeros((len(values), 4))
    try:
        if not scratch:
            raise MemoryError("vocal: out of memory")
        s = Sentiment()
        for i, t in enumerate(values):
            b = b"" if t is None or (isinstance(t, float) and t != t) else str(t).encode("utf-8", "surrogateescape")
            st = lib.vc_sentiment_score_mode(lex, scratch, m, b, len(b), ctypes.byref(s))
            if st:
                _errors.raise_for(st, "vocal: sentiment of text %d: %s" % (i + 1, lib.vc_strerror(st).decode()))
            out[i] = (s.neg, s.neu, s.pos, s.compound)
    finally:
        lib.vc_sentiment_scratch_free(scratch)
        lib.vc_sentiment_lexicon_free(lex)
    return pd.DataFrame(out, columns=["neg", "neu", "pos", "compound"], index=index)
