"""Finding libvocal and declaring the C calls the package makes (ctypes).

The library is looked for in this order: the file named by the environment
variable VOCAL_LIBRARY, the libdir that `pkg-config libvocal` reports, then
the loader's own search path (ldconfig, LD_LIBRARY_PATH). Struct layouts
copied from the public headers are checked against the library's own sizes
when it is loaded, so a package and a library that disagree fail at import
with a message instead of corrupting memory.
"""
import ctypes
import ctypes.util
import os
import shutil
import subprocess

c_char_pp = ctypes.POINTER(ctypes.c_char_p)


class LibraryNotFound(ImportError):
    pass


def _candidates():
    env = os.environ.get("VOCAL_LIBRARY")
    if env:
        yield env, "VOCAL_LIBRARY"
        return
    if shutil.which("pkg-config"):
        try:
            libdir = subprocess.run(["pkg-config", "--variable=libdir", "libvocal"], capture_output=True,
                                    text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            libdir = ""
        for name in ("libvocal.so.0", "libvocal.so"):
            if libdir and os.path.exists(os.path.join(libdir, name)):
                yield os.path.join(libdir, name), "pkg-config libvocal"
                break
    found = ctypes.util.find_library("vocal")
    yield found or "libvocal.so.0", "the loader's search path"


def load():
    tried = []
    for path, how in _candidates():
        try:
            return ctypes.CDLL(path)
        except OSError as e:
            tried.append("%s (%s): %s" % (path, how, e))
    raise LibraryNotFound(
        "vocal: cannot load libvocal.so; build and install the library (cmake --install build), "
        "make pkg-config find libvocal.pc (PKG_CONFIG_PATH), or set VOCAL_LIBRARY to the file. Tried: "
        + "; ".join(tried))


class Dialect(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("delimiter", ctypes.c_char), ("quote", ctypes.c_char),
                ("max_record", ctypes.c_size_t)]


class ScanOptions(ctypes.Structure):
    """vc_scan_options (pipeline.h), field for field."""
    _fields_ = [
        ("inputs", c_char_pp), ("ninputs", ctypes.c_size_t),
        ("dialect", Dialect),
        ("text_col", ctypes.c_char_p), ("score_col", ctypes.c_char_p), ("id_col", ctypes.c_char_p),
        ("by", c_char_pp), ("nby", ctypes.c_size_t),
        ("period_col", ctypes.c_char_p), ("period_unit", ctypes.c_int), ("date_order", ctypes.c_int),
        ("quotes", ctypes.c_size_t), ("scale", ctypes.c_int),
        ("lex", ctypes.c_void_p), ("sentiment", ctypes.c_void_p), ("sentiment_mode", ctypes.c_int),
        ("sentiment_languages", ctypes.c_void_p),
        ("threads", ctypes.c_uint), ("share_index", ctypes.c_uint), ("share_count", ctypes.c_uint),
        ("batch_bytes", ctypes.c_size_t), ("inflate_threads", ctypes.c_uint), ("inflate_unit", ctypes.c_size_t),
        ("max_segments", ctypes.c_size_t),
        ("rejects", ctypes.c_void_p), ("comments", ctypes.c_void_p),
        ("rejects_format", ctypes.c_int), ("comments_format", ctypes.c_int),
        ("progress", ctypes.c_void_p), ("progress_ctx", ctypes.c_void_p),
        ("stop", ctypes.POINTER(ctypes.c_int)),
        ("hook", ctypes.c_void_p), ("hook_ctx", ctypes.c_void_p),
        ("hook_cols", c_char_pp), ("nhook_cols", ctypes.c_size_t),
        ("hook_flags", ctypes.c_uint), ("hook_only", ctypes.c_int),
        ("encoding", ctypes.c_char_p), ("json_records", ctypes.c_char_p),
        ("header_rows", ctypes.c_int), ("skip_lines", ctypes.c_size_t),
        ("note", ctypes.c_void_p), ("note_ctx", ctypes.c_void_p),
        ("score_group_col", ctypes.c_char_p),
        ("text_cols", c_char_pp), ("ntext_cols", ctypes.c_size_t),
        ("no_score", ctypes.c_int), ("no_language", ctypes.c_int), ("language_col", ctypes.c_char_p),
        ("model", ctypes.c_void_p),
        ("feeds", ctypes.POINTER(ctypes.c_void_p)),
    ]


class Error(ctypes.Structure):
    _fields_ = [("status", ctypes.c_int), ("msg", ctypes.c_char * 1024)]


class Buf(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("len", ctypes.c_size_t), ("cap", ctypes.c_size_t),
                ("err", ctypes.c_int)]

    def bytes(self):
        return ctypes.string_at(self.data, self.len) if self.data and self.len else b""


class EvalOptions(ctypes.Structure):
    """vc_eval_options (eval.h)."""
    _fields_ = [("scan", ScanOptions), ("labels_col", ctypes.c_char_p), ("sentiment_col", ctypes.c_char_p),
                ("examples", ctypes.c_size_t), ("sentiment_modes", ctypes.c_uint),
                ("model", ctypes.c_void_p), ("model_use", ctypes.c_int)]


class LexdiffOptions(ctypes.Structure):
    """vc_lexdiff_options (lexdiff.h)."""
    _fields_ = [("scan", ScanOptions), ("old_lex", ctypes.c_void_p), ("new_lex", ctypes.c_void_p),
                ("examples", ctypes.c_size_t)]


class DiscoverOptions(ctypes.Structure):
    """vc_discover_options (discover.h)."""
    _fields_ = [("scan", ScanOptions), ("compare", ctypes.c_int), ("compare_col", ctypes.c_char_p),
                ("compare_value", ctypes.c_char_p), ("max_words", ctypes.c_uint), ("min_count", ctypes.c_uint64),
                ("alpha", ctypes.c_double), ("correction", ctypes.c_int), ("collapse_share", ctypes.c_double),
                ("include_covered", ctypes.c_int), ("rank_log_ratio", ctypes.c_int), ("no_collapse", ctypes.c_int),
                ("top", ctypes.c_size_t), ("examples", ctypes.c_size_t), ("example_bytes", ctypes.c_size_t),
                ("memory_bytes", ctypes.c_size_t), ("stop_words", c_char_pp), ("nstop_words", ctypes.c_size_t),
                ("cluster_phi", ctypes.c_double), ("sentiment_lex", ctypes.c_void_p),
                ("sentiment_as_topics", ctypes.c_int)]


class StopWords(ctypes.Structure):
    _fields_ = [("v", c_char_pp), ("n", ctypes.c_size_t), ("text", ctypes.c_void_p)]


class LintFinding(ctypes.Structure):
    _fields_ = [("level", ctypes.c_int), ("check", ctypes.c_char_p), ("file", ctypes.c_char_p),
                ("line", ctypes.c_uint32), ("column", ctypes.c_uint32), ("message", ctypes.c_char * 512)]


LINT_FN = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.POINTER(LintFinding))
NOTE_FN = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_char_p)

_SIGS = {
    "vc_version": (ctypes.c_char_p, []),
    "vc_strerror": (ctypes.c_char_p, [ctypes.c_int]),
    "vc_buf_free": (None, [ctypes.c_void_p]),
    "vc_scan_options_init": (None, [ctypes.c_void_p]),
    "vc_scan_options_size": (ctypes.c_size_t, []),
    "vc_scan_run": (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p]),
    "vc_scan_free": (None, [ctypes.c_void_p]),
    "vc_scan_result_table": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int]),
    "vc_scan_result_stats": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]),
    "vc_scan_result_scale_check": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]),
    "vc_scan_result_warnings": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]),
    "vc_rejects_header": (ctypes.c_int, [ctypes.c_void_p]),
    "vc_comments_header_language": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_int]),
    "vc_scale_parse": (ctypes.c_int, [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]),
    "vc_period_unit_parse": (ctypes.c_int, [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]),
    "vc_sentiment_mode_parse": (ctypes.c_int, [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]),
    "vc_lexicon_load_file": (ctypes.c_int, [ctypes.c_char_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p),
                                            ctypes.c_void_p]),
    "vc_lexicon_load_builtin": (ctypes.c_int, [ctypes.c_char_p, ctypes.c_void_p,
                                               ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p]),
    "vc_lexicon_load_default": (ctypes.c_int, [ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p]),
    "vc_lexicon_load_with_signals": (ctypes.c_int, [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p,
                                                    ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p]),
    "vc_lexicon_free": (None, [ctypes.c_void_p]),
    "vc_sentiment_lexicon_load_default": (ctypes.c_int, [ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p]),
    "vc_sentiment_lexicon_load_file": (ctypes.c_int, [ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p),
                                                      ctypes.c_void_p]),
    "vc_sentiment_lexicon_free": (None, [ctypes.c_void_p]),
    "vc_sentiment_languages_new": (ctypes.c_void_p, []),
    "vc_sentiment_languages_add_shipped": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p]),
    "vc_sentiment_languages_free": (None, [ctypes.c_void_p]),
    "vc_explain_lexicons": (ctypes.c_int, [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]),
    "vc_explainer_new": (ctypes.c_void_p, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]),
    "vc_explainer_free": (None, [ctypes.c_void_p]),
    "vc_explain": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]),
    "vc_model_load": (ctypes.c_int, [ctypes.c_char_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]),
    "vc_model_free": (None, [ctypes.c_void_p]),
    "vc_feed_new": (ctypes.c_int, [c_char_pp, ctypes.c_size_t, ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p]),
    "vc_feed_add": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, c_char_pp,
                                   ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p]),
    "vc_feed_free": (None, [ctypes.c_void_p]),
    "vc_eval_options_init": (None, [ctypes.c_void_p]),
    "vc_eval_run": (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p]),
    "vc_eval_write": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int,
                                     ctypes.c_void_p]),
    "vc_eval_result_free": (None, [ctypes.c_void_p]),
    "vc_lexdiff_options_init": (None, [ctypes.c_void_p]),
    "vc_lexdiff_run": (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p]),
    "vc_lexdiff_write": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int,
                                        ctypes.c_void_p]),
    "vc_lexdiff_result_free": (None, [ctypes.c_void_p]),
    "vc_lexicon_lint": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]),
    "vc_lint_level_name": (ctypes.c_char_p, [ctypes.c_int]),
    "vc_discover_defaults": (None, [ctypes.c_void_p]),
    "vc_discover_run": (ctypes.c_int, [ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p]),
    "vc_discovery_write": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]),
    "vc_discovery_free": (None, [ctypes.c_void_p]),
    "vc_stopwords_load": (ctypes.c_int, [ctypes.c_char_p, ctypes.c_void_p, ctypes.c_void_p]),
    "vc_stopwords_free": (None, [ctypes.c_void_p]),
    "vc_correction_parse": (ctypes.c_int, [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]),
    "vc_sentiment_scratch_new": (ctypes.c_void_p, []),
    "vc_sentiment_scratch_free": (None, [ctypes.c_void_p]),
    "vc_sentiment_score_mode": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p,
                                               ctypes.c_size_t, ctypes.c_void_p]),
}


class Sentiment(ctypes.Structure):
    _fields_ = [("neg", ctypes.c_double), ("neu", ctypes.c_double), ("pos", ctypes.c_double),
                ("compound", ctypes.c_double)]


def declare(lib):
    for name, (res, args) in _SIGS.items():
        fn = getattr(lib, name)
        fn.restype = res
        fn.argtypes = args
    size = lib.vc_scan_options_size()
    if size != ctypes.sizeof(ScanOptions):
        raise ImportError("vocal: libvocal's vc_scan_options is %d bytes, this package's copy %d: the package and "
                          "the library come from different versions of vocal" % (size, ctypes.sizeof(ScanOptions)))
    return lib


lib = declare(load())

libc = ctypes.CDLL(None)
libc.open_memstream.restype = ctypes.c_void_p
libc.open_memstream.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_size_t)]
libc.fclose.argtypes = [ctypes.c_void_p]
libc.fflush.argtypes = [ctypes.c_void_p]
libc.free.argtypes = [ctypes.c_void_p]
