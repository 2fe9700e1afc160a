"""Exceptions carrying vocal's own messages, one class per kind of failure."""

OK, NOMEM, IO, USAGE, DATA, LEXICON, GZIP, LIMIT, INTERNAL, INTERRUPTED = 0, -1, -2, -3, -4, -5, -6, -7, -8, -9


class VocalError(Exception):
    """Any failure reported by the engine; .status is its vc_status."""

    def __init__(self, message, status=None, result=None):
        super().__init__(message)
        self.status = status
        self.result = result  # a Run with what was counted, when there is one


class UsageError(VocalError, ValueError):
    """A bad argument: an unknown column, scale, option value (vocal's exit 2)."""


class DataError(VocalError):
    """The data could not be read or used: a broken or truncated file, scores that do not fit the
    scale, nothing analyzed (vocal's exit 1)."""


class LexiconError(VocalError, ValueError):
    """A theme or sentiment lexicon that does not load (syntax, a missing file)."""


def raise_for(status, message, result=None):
    if status == USAGE:
        raise UsageError(message, status, result)
    if status == LEXICON:
        raise LexiconError(message, status, result)
    if status == INTERRUPTED:
        raise KeyboardInterrupt(message)
    if status == NOMEM:
        raise MemoryError(message)
    if status in (IO, GZIP, DATA, LIMIT):
        raise DataError(message, status, result)
    raise VocalError(message, status, result)
