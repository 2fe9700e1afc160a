import os
import shutil
import subprocess

import pandas as pd
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "tests", "data", "sample.csv.gz")


def cli_path():
    exe = os.environ.get("VOCAL_CLI") or shutil.which("vocal")
    if not exe:
        pytest.skip("no vocal command (set VOCAL_CLI)")
    return exe


@pytest.fixture
def cli(tmp_path):
    """Run `vocal ARGS`; returns {name: bytes} of the files named by outputs=."""
    exe = cli_path()

    def run(*args, outputs=(), check=True, stdin=None, quiet=True):
        paths = {name: str(tmp_path / ("cli_" + name)) for name in outputs}
        argv = [exe] + [a.format(**paths) if paths else a for a in args] + (["-q"] if quiet else [])
        p = subprocess.run(argv, capture_output=True, input=stdin)
        if check and p.returncode != 0:
            raise AssertionError("%s failed (%d): %s" % (argv, p.returncode, p.stderr.decode()))
        out = {name: open(path, "rb").read() for name, path in paths.items() if os.path.exists(path)}
        out["stdout"], out["stderr"], out["rc"] = p.stdout, p.stderr, p.returncode
        return out

    return run


@pytest.fixture
def rejects_file(tmp_path):
    """A CSV with rows the engine rejects (over the record limit, an unterminated quote), an invalid
    and a missing score."""
    rows = ["id,comment,nps,region",
            "a1,The price is too high,3,north",
            "a2,Staff were lovely,10,south",
            "a3," + "very long " * 30 + ",9,north",
            "a4,Delivery was late,eleven,south",
            "a5,App crashes every time,,north",
            "a6,Great support,9,south",
            "a7,\"never closed,8,north"]
    path = tmp_path / "rejects.csv"
    path.write_text("\n".join(rows) + "\n")
    return str(path)


def read(data):
    from vocal._scan import _read_csv
    return _read_csv(data)
