"""vocal.explain gives the object `vocal explain --json` prints, comment for comment."""
import json

import pytest

import vocal

COMMENTS = [
    "The refund still hasn't arrived, no problems with the staff though",
    "Die Lieferung war pünktlich, alles bestens.",
    "ok",
]


@pytest.mark.parametrize("text", COMMENTS)
def test_explain_equals_the_cli(cli, text):
    want = json.loads(cli("explain", "--json", text, quiet=False)["stdout"])
    got = vocal.explain(text)
    assert got == want
    assert "themes" in got and "reference_agrees" in got


def test_explain_without_signals_or_sentiment(cli):
    text = COMMENTS[0]
    want = json.loads(cli("explain", "--json", "--no-signals", "--no-sentiment", text, quiet=False)["stdout"])
    assert vocal.explain(text, signals=False, sentiment=False) == want
    assert not any(t["theme"].startswith("signal/") for t in want["themes"])


def test_explain_errors_carry_vocal_messages(tmp_path):
    bad = tmp_path / "bad.lex"
    bad.write_text("[delivery\nlate\n")
    with pytest.raises(vocal.LexiconError, match="bad.lex:1"):
        vocal.explain("x", themes=str(bad))
