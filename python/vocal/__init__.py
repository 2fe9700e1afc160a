"""vocal from Python: theme x segment x NPS tables from customer feedback, with pandas in and out.

    import vocal
    table = vocal.scan("export.csv.gz", by="region")
    table = vocal.scan(df, text="comment", score="nps", by=["region"])

Everything runs in libvocal (the C engine, through ctypes); this package turns arguments into the
engine's options and its outputs into DataFrames.
"""
from ._errors import DataError, LexiconError, UsageError, VocalError
from ._lib import LibraryNotFound, lib as _lib
from ._scan import Run, VocalWarning, comments, run, scan
from ._discover import discover
from ._lexicon import Lexicon
from ._sentiment import sentiment
from ._explain import explain

__all__ = ["scan", "run", "comments", "sentiment", "explain", "Lexicon", "discover", "Run", "VocalError", "UsageError", "DataError", "LexiconError",
           "VocalWarning", "LibraryNotFound", "library_version"]


def library_version():
    """The version of the libvocal this package runs on."""
    return _lib.vc_version().decode()
