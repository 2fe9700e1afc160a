"""Every function gives the numbers `vocal scan` gives, on the sample and on a file with rejects, and a
DataFrame source gives the numbers of the same data read from its CSV file."""
import io
import os
import json

import numpy as np
import pandas as pd
import pandas.testing as pdt
import pytest

import vocal
from conftest import ROOT, SAMPLE, read


def test_table_equals_the_cli_on_the_sample(cli):
    got = vocal.scan(SAMPLE, by=["region", "plan"], threads=2)
    want = read(cli("scan", SAMPLE, "--by", "region", "--by", "plan")["stdout"])
    pdt.assert_frame_equal(got, want)
    assert len(got) > 100


def test_table_columns_and_dtypes(cli):
    t = vocal.scan(SAMPLE, by="region")
    assert list(t.columns[:4]) == ["dimension", "segment", "theme", "comments"]
    for c in ("comments", "detractors", "passives", "promoters", "pos", "neu", "neg"):
        assert t[c].dtype == np.int64, c
    for c in ("nps", "avg_compound", "nps_impact", "detractor_share", "promoter_share"):
        assert t[c].dtype == np.float64, c
    overall = t[(t.dimension == "all") & (t.theme == "*")].iloc[0]
    assert overall.comments == 2000
    assert np.isnan(overall.nps_impact)  # empty in the CSV


def test_options_equal_the_cli(cli):
    got = vocal.scan(SAMPLE, by="channel", period="date:quarter", scale="nps", sentiment=False, signals=False,
                     language=False, sentiment_mode="vader", threads=1)
    want = read(cli("scan", SAMPLE, "--by", "channel", "--period", "date:quarter", "--no-sentiment",
                    "--no-signals", "--no-language", "--sentiment-mode", "vader")["stdout"])
    pdt.assert_frame_equal(got, want)
    assert "pos" not in got.columns


def test_builtin_pack_equals_the_cli(cli):
    got = vocal.scan(SAMPLE, themes="builtin:retail", by="product")
    want = read(cli("scan", SAMPLE, "--themes", "builtin:retail", "--by", "product")["stdout"])
    pdt.assert_frame_equal(got, want)


def test_comments_equal_the_cli(cli):
    got = vocal.comments(SAMPLE, id="id")
    want = read(cli("scan", SAMPLE, "--id", "id", "--comments", "{comments}", "-o", "{table}",
                    outputs=("comments", "table"))["comments"])
    pdt.assert_frame_equal(got, want)
    assert got["id"].iloc[0] == "R00000001"


def test_accounting_and_rejects_equal_the_cli(cli, rejects_file):
    r = vocal.run(rejects_file, by="region", max_record_size=200, comments=True)
    out = cli("scan", rejects_file, "--by", "region", "--max-record-size", "200", "--stats", "{stats}",
              "--rejects", "{rejects}", "--comments", "{comments}", outputs=("stats", "rejects", "comments"))
    stats = json.loads(out["stats"])
    for key in ("rows_read", "rows_analyzed", "rows_rejected", "invalid_scores", "unscored"):
        assert r.stats[key] == stats[key], key
    assert (r.rows_read, r.rows_analyzed, r.rows_rejected) == (7, 5, 2)
    pdt.assert_frame_equal(r.rejects, read(out["rejects"]))
    assert list(r.rejects["line"]) == [4, 8]
    pdt.assert_frame_equal(r.comments, read(out["comments"]))
    pdt.assert_frame_equal(r.table, read(out["stdout"]))


def test_a_list_of_paths_equals_the_cli(cli, rejects_file):
    got = vocal.scan([SAMPLE, rejects_file], by="region", max_record_size=200)
    want = read(cli("scan", SAMPLE, rejects_file, "--by", "region", "--max-record-size", "200",
                    check=False)["stdout"])
    pdt.assert_frame_equal(got, want)


def test_a_dataframe_equals_its_csv_file(cli):
    df = pd.read_csv(SAMPLE)
    assert df["nps"].dtype == np.int64
    for by in (["region"], ["product", "channel"]):
        pdt.assert_frame_equal(vocal.scan(df, by=by, period="date"),
                               vocal.scan(SAMPLE, by=by, period="date"))
    pdt.assert_frame_equal(vocal.comments(df, id="id"), vocal.comments(SAMPLE, id="id"))


def test_a_dataframe_with_gaps_and_floats_equals_its_csv_file(tmp_path):
    df = pd.read_csv(SAMPLE, nrows=300)
    df.loc[::7, "nps"] = np.nan          # the column becomes float64: 9.0 must read as 9
    df.loc[::11, "region"] = None
    df.loc[5, "comment"] = 'He said "fine", then\nleft; ünïcödé ✓'
    assert df["nps"].dtype == np.float64
    path = tmp_path / "gaps.csv"
    df.to_csv(path, index=False)
    file_run = vocal.run(str(path), by="region", comments=True, id="id")
    df_run = vocal.run(df, by="region", comments=True, id="id")
    pdt.assert_frame_equal(df_run.table, file_run.table)
    pdt.assert_frame_equal(df_run.comments, file_run.comments)
    assert df_run.stats["unscored"] == file_run.stats["unscored"] > 0


def test_dataframe_rejects_have_record_numbers(rejects_file):
    df = pd.read_csv(rejects_file, on_bad_lines="skip", engine="python", quoting=3)
    r = vocal.run(df, max_record_size=200)
    assert r.rows_rejected == 1
    assert r.rejects["file"].iloc[0] == "<DataFrame>"
    assert r.rejects["line"].iloc[0] == 3  # the third record


@pytest.mark.parametrize("mode", ["vader", "cx"])
def test_sentiment_equals_the_cli(cli, mode):
    texts = [t for t in pd.read_csv(SAMPLE, nrows=200)["comment"].dropna() if "\n" not in t and "\r" not in t]
    texts += ["never again", "no problems at all 👍"]  # one text a line on stdin
    got = vocal.sentiment(texts, mode=mode)
    stdin = "".join(t + "\n" for t in texts).encode()
    want = pd.read_csv(io.BytesIO(cli("sentiment", "--mode", mode, stdin=stdin, quiet=False)["stdout"]))
    assert len(got) == len(texts)
    pdt.assert_frame_equal(got.round({"neg": 3, "neu": 3, "pos": 3, "compound": 4}), want)
    assert (got["compound"] != 0).sum() > 150


def test_sentiment_keeps_a_series_index():
    s = pd.Series(["great staff", None, "awful wait"], index=["a", "b", "c"])
    got = vocal.sentiment(s)
    assert list(got.index) == ["a", "b", "c"]
    assert got.loc["a", "compound"] > 0 > got.loc["c", "compound"]
    assert got.loc["b", "compound"] == 0


GOLD = os.path.join(ROOT, "tests", "eval", "cx_gold_dev.csv")


def test_lexicon_eval_equals_the_cli(cli):
    got = vocal.Lexicon("builtin:default").eval(GOLD, sentiment_labels="sentiment")
    want = read(cli("lexicon", "eval", "--output-format", "csv", "--sentiment-labels", "sentiment",
                    "builtin:default", GOLD, quiet=False)["stdout"])
    pdt.assert_frame_equal(got, want)
    assert "(micro)" in set(got["theme"])


def test_lexicon_diff_equals_the_cli(cli):
    got = vocal.Lexicon("builtin:default").diff("builtin:retail", SAMPLE)
    want = read(cli("lexicon", "diff", "--output-format", "csv", "builtin:default", "builtin:retail",
                    SAMPLE, quiet=False)["stdout"])
    pdt.assert_frame_equal(got, want)
    assert len(got) > 20


def test_lexicon_lint_equals_the_cli(cli, tmp_path):
    lex = tmp_path / "t.lex"
    lex.write_text("[price]\nprice\nprice\nexpensive\n[staff]\nstaff\nexpensive\n")
    got = vocal.Lexicon(str(lex)).lint()
    out = cli("lexicon", "lint", str(lex), check=False, quiet=False)["stdout"].decode().splitlines()
    lines = ["%s:%d:%d: %s: %s [%s]" % (r.file, r.line, r.column, r.level, r.message, r.check)
             for r in got.itertuples()]
    assert lines == out[:-1] and len(lines) >= 2
    assert out[-1].startswith("lint: ")


@pytest.mark.parametrize("compare", ["score", "region=DACH"])
def test_discover_equals_the_cli(cli, compare):
    got = vocal.discover(SAMPLE, compare=compare, top=20)
    want = read(cli("discover", "--output-format", "csv", "--compare", compare, "--top", "20", SAMPLE)["stdout"])
    pdt.assert_frame_equal(got, want)
    assert list(got.columns[:3]) == ["rank", "term", "words"]
    if compare == "score":  # the sample's detractors share terms; its regions do not differ
        assert len(got) >= 10 and set(got["section"]) <= {"topic", "sentiment"}
