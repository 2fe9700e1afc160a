"""Errors raise exceptions with vocal's own message, of the class that says what went wrong."""
import os
import signal
import subprocess
import sys
import textwrap
import threading

import pandas as pd
import pytest

import vocal
from conftest import SAMPLE, ROOT


def test_an_unknown_column_is_a_usage_error():
    with pytest.raises(vocal.UsageError) as e:
        vocal.scan(SAMPLE, by="nope")
    assert isinstance(e.value, ValueError)
    assert "nope" in str(e.value)


def test_an_unknown_column_of_a_dataframe_is_a_usage_error():
    with pytest.raises(ValueError, match="nope"):
        vocal.scan(pd.DataFrame({"comment": ["slow"], "nps": [3]}), text="nope")


def test_an_unknown_scale_is_a_usage_error():
    with pytest.raises(vocal.UsageError, match="scale"):
        vocal.scan(SAMPLE, scale="stars")


def test_a_missing_file_is_a_data_error(tmp_path):
    with pytest.raises(vocal.DataError, match="missing.csv"):
        vocal.scan(str(tmp_path / "missing.csv"))


def test_a_truncated_gzip_file_is_a_data_error(tmp_path):
    data = open(SAMPLE, "rb").read()
    path = tmp_path / "cut.csv.gz"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(vocal.DataError) as e:
        vocal.scan(str(path))
    assert e.value.result is not None and e.value.result.rows_read > 0


def test_scores_off_the_scale_are_a_data_error_unless_told():
    df = pd.DataFrame({"comment": ["slow app", "great staff"] * 20, "nps": [1, 5] * 20})
    with pytest.raises(vocal.DataError, match="scale"):
        vocal.scan(df)
    assert vocal.scan(df, scale_check=False)["comments"].iloc[0] == 40


def test_a_broken_lexicon_is_a_lexicon_error(tmp_path):
    lex = tmp_path / "bad.lex"
    lex.write_text("[price]\nprice NEAR/\n")
    with pytest.raises(vocal.LexiconError, match="bad.lex"):
        vocal.scan(SAMPLE, themes=str(lex), signals=False)


def test_nothing_analyzed_is_a_data_error():
    with pytest.raises(vocal.DataError, match="no rows analyzed"):
        vocal.scan(pd.DataFrame({"comment": ["x" * 300], "nps": [3]}), max_record_size=100)


def test_the_engine_runs_without_the_gil():
    df = pd.read_csv(SAMPLE)
    big = pd.concat([df] * 10, ignore_index=True)
    done = threading.Event()
    ticks = 0

    def scan():
        vocal.scan(big, threads=1)
        done.set()

    t = threading.Thread(target=scan)
    t.start()
    while not done.is_set():  # this thread runs while the engine does
        ticks += 1
        done.wait(0.001)
    t.join()
    assert ticks > 20


def test_ctrl_c_interrupts_a_scan(tmp_path):
    script = tmp_path / "long.py"
    script.write_text(textwrap.dedent("""
        import gzip, sys
        import vocal
        head, body = gzip.open(sys.argv[1], "rb").read().split(b"\\n", 1)
        with open(sys.argv[2], "wb") as f:   # 300k rows: many seconds on one thread
            f.write(head + b"\\n")
            for _ in range(150):
                f.write(body)
        print("scanning", flush=True)
        try:
            vocal.scan(sys.argv[2], threads=1)
        except KeyboardInterrupt:
            print("interrupted", flush=True)
            sys.exit(3)
        print("finished", flush=True)
    """))
    p = subprocess.Popen([sys.executable, str(script), SAMPLE, str(tmp_path / "big.csv")], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
    assert p.stdout.readline().strip() == "scanning"
    import time
    time.sleep(1.0)  # inside the engine by now
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=60)
    assert p.returncode == 3, err
    assert out.strip() == "interrupted"


def test_a_lexicon_that_does_not_load_is_a_lexicon_error(tmp_path):
    lex = tmp_path / "bad.lex"
    lex.write_text("price\n")  # an entry before any [theme]
    with pytest.raises(vocal.LexiconError, match="bad.lex"):
        vocal.Lexicon(str(lex))
