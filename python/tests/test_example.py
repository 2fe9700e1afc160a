"""The README's walk-through (examples/python_priority.py) runs and writes its figure."""
import os
import subprocess
import sys

from conftest import ROOT


def test_the_priority_example_runs(tmp_path):
    png = tmp_path / "priority.png"
    script = os.path.join(ROOT, "examples", "python_priority.py")
    p = subprocess.run([sys.executable, script, os.path.join(ROOT, "tests", "data", "sample.csv.gz"), str(png)],
                       capture_output=True, text=True, env=dict(os.environ, MPLBACKEND="Agg"))
    assert p.returncode == 0, p.stderr
    assert "rows read 2000, analyzed 2000, rejected 0" in p.stdout
    assert "relationship/loyalty" in p.stdout
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
