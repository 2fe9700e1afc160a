#!/usr/bin/env python3
"""vocal_dask.py - run `vocal scan` over many files on a Dask cluster, then merge.

One `vocal scan` uses every core of one machine. Past that, the work has to be
cut up, and vocal is built so that the cutting is free of arithmetic: a scan is
a fold of records into counters (and quote candidates, period buckets, reject
lists), and `vocal scan --partial OUT` writes that whole state to a file
instead of the tables. `vocal merge` adds any number of such files together
and writes exactly the tables, quotes, changes, stats and rejects that one
`vocal scan` over all the inputs would have written (with the inputs in
byte-wise sorted order). Every statistic is derived from the merged counters
at the end, never averaged from per-shard results, so nothing in this script
computes a number: it only decides who scans what, and runs the merge.

The unit of work is a shard: one input file, or, with --shards-per-file N,
share I of N of a multi-member gzip file (`vocal scan --members I/N` reads the
members whose first byte lies in the I-th Nth of the compressed bytes; the
members must begin at record boundaries, as `gencorpus --members K` writes
them, or an exporter that compresses each batch of whole records as a member
of its own; bgzip's fixed-size blocks do not qualify). Each shard is one Dask
task that runs the vocal binary as a subprocess on a worker, with the
client's working directory, and writes its partial to --workdir. Data never
travels through Dask: the task returns a few numbers, and the partials go to
storage that the workers and the client share. So the input paths, the
binary and --workdir must resolve to the same files on every worker (a shared
file system mounted at the same place).

Tasks are pure, so losing a worker costs only time. A shard's partial has a
path that depends on nothing but the shard (its position in the sorted input
list, the file name and the share), and vocal writes it to a temporary file
that it renames into place when complete. If a worker dies mid-task, the
scheduler runs the task again elsewhere, and the rerun writes the same bytes
to the same path; a half-written partial is never visible, and a task that
ran twice is not counted twice, because the client counts nothing. On Linux
the vocal process is tied to its worker (setpriv --pdeathsig), so a killed
worker does not leave an orphaned scan running. --retries re-runs tasks that
fail with an error (a flaky mount, a process killed for memory); an input
that vocal rejects fails the same way every time and stops the run with
vocal's own message.

The merge runs once, on the client by default (--merge-on-cluster makes it a
task too). Its cost grows with the number of partials and with the number of
distinct segments, not with rows, so for thousands of shards --fan-in K
merges groups of K partials on the cluster first (`vocal merge --partial`),
then merges those. The outputs are the same either way; the tests compare
them byte for byte with a single local scan, also after a worker is killed
while it runs a shard.
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

PROG = "vocal_dask.py"

# vocal scan's long options that take a value (to tell values from options
# when checking the pass-through arguments).
SCAN_VALUED = {
    "text", "score", "by", "id", "format", "delimiter", "max-record-size", "scale", "themes",
    "sentiment", "sentiment-overlay", "max-segments", "output", "output-format", "stats",
    "rejects", "comments", "threads", "batch-size", "period", "date-order", "changes",
    "compare", "quotes", "quotes-file", "title", "partial", "members",
}
SCAN_FLAGS = {"no-sentiment", "strict", "no-discover", "quiet", "verbose", "progress",
              "no-progress", "help"}
# Options that name outputs or shards: the driver sets them (per task or on the merge).
NOT_FOR_SCAN = {
    "output": "-o", "output-format": "--output-format", "stats": "--stats",
    "rejects": "--rejects", "changes": "--changes", "compare": "--compare",
    "quotes-file": "--quotes-file", "partial": "--partial", "members": "--shards-per-file",
    "comments": None, "title": None, "no-discover": None, "help": None,
}

EPILOG = """\
scan options:
  Everything after `--`, and each --scan-arg, goes to every `vocal scan`:
  --by, --period, --scale, --themes, --quotes K, --text, --score, --format and
  the rest (see `vocal scan --help`). They are recorded in the partials, and
  the merge refuses partials made with different settings. Outputs are options
  of this driver instead (-o, --stats, --rejects, --quotes-file, --changes,
  --compare, --output-format, --partial), given once to the merge; --comments
  (one row per comment) has no merged form and is refused.

example:
  %(prog)s --scheduler tcp://10.0.0.5:8786 --workdir /shared/vocal-2026-07 \\
      --shards-per-file 8 -o themes.csv --quotes-file quotes.csv \\
      --changes changes.csv --stats stats.json \\
      /shared/exports/*.csv.gz -- --by region --period date

environment:
  VOCAL_DASK_TASK_DELAY=SECONDS  each scan task sleeps this long before it starts
                                 vocal (to test recovery from a lost worker)

exit status: 0 success; 1 a scan or the merge failed (vocal's message is shown);
2 usage error (also vocal's usage errors)."""


class UsageError(Exception):
    pass


# --- what runs on a worker -------------------------------------------------

def run_vocal(argv, cwd, delay=0.0):
    """Runs one vocal command on a worker and returns its timing and stderr.

    Raises RuntimeError carrying vocal's exit status and stderr when it fails.
    Self-contained (imports inside), so that it pickles by value and the
    workers need nothing but the vocal binary.
    """
    import os as _os
    import shutil as _shutil
    import socket as _socket
    import subprocess as _subprocess
    import sys as _sys
    import tempfile as _tempfile
    import time as _time
    if delay > 0:
        _time.sleep(delay)
    cmd = list(argv)
    if _sys.platform.startswith("linux"):
        # Tie vocal's life to this worker's: if the worker is killed, so is
        # the scan, instead of running on as an orphan beside its own retry.
        setpriv = _shutil.which("setpriv")
        if setpriv and _subprocess.run([setpriv, "--pdeathsig", "KILL", "--", "true"],
                                       stdout=_subprocess.DEVNULL,
                                       stderr=_subprocess.DEVNULL).returncode == 0:
            cmd = [setpriv, "--pdeathsig", "KILL", "--"] + cmd
    t0 = _time.monotonic()
    with _tempfile.TemporaryFile() as out, _tempfile.TemporaryFile() as errf:
        try:
            p = _subprocess.Popen(cmd, cwd=cwd, stdin=_subprocess.DEVNULL, stdout=out, stderr=errf)
        except OSError as e:
            raise RuntimeError("%s: cannot run %s: %s" % (_socket.gethostname(), argv[0], e)) from None
        # wait4 rather than wait: the child's own CPU time, which a busy machine does not inflate
        _, status, usage = _os.wait4(p.pid, 0)
        p.returncode = returncode = _os.waitstatus_to_exitcode(status)
        seconds = _time.monotonic() - t0
        out.seek(0)
        errf.seek(0)
        stdout = out.read()
        err = errf.read().decode("utf-8", "replace")
    if returncode != 0:
        how = "exited %d" % returncode if returncode > 0 else "was killed by signal %d" % -returncode
        raise RuntimeError("on %s, `%s` %s:\n%s" % (
            _socket.gethostname(), " ".join(argv), how, err.rstrip()), returncode)
    try:
        from distributed import get_worker
        worker = get_worker().address
    except (ImportError, ValueError):
        worker = "%s:%d" % (_socket.gethostname(), _os.getpid())
    return {"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime, "worker": worker,
            "stderr": err, "stdout": stdout}


# --- the client ------------------------------------------------------------

def split_dashdash(argv):
    if "--" in argv:
        i = argv.index("--")
        return argv[:i], argv[i + 1:]
    return argv, []


def resolve_long(name):
    """The scan option a (possibly abbreviated) --name means, as getopt_long reads it."""
    known = SCAN_VALUED | SCAN_FLAGS
    if name in known:
        return name
    hits = [k for k in known if k.startswith(name)]
    return hits[0] if len(hits) == 1 else None


def check_scan_args(args):
    i = 0
    while i < len(args):
        a = args[i]
        if a.startswith("--") and len(a) > 2:
            name = a[2:].split("=", 1)[0]
            full = resolve_long(name)
            if full in NOT_FOR_SCAN:
                instead = NOT_FOR_SCAN[full]
                if instead:
                    raise UsageError("--%s is an option of %s itself (it applies to the merge or the "
                                     "shards); give %s before `--`" % (full, PROG, instead))
                raise UsageError("--%s has no distributed form; run `vocal %s` on one machine"
                                 % (full, "report" if full in ("title", "no-discover") else "scan"))
            if full in SCAN_VALUED and "=" not in a:
                i += 1
        elif re.match(r"-[qvh]*o", a):
            raise UsageError("-o is an option of %s itself; give it before `--`" % PROG)
        i += 1


def is_gzip(path):
    with open(path, "rb") as f:
        return f.read(2) == b"\x1f\x8b"


def parse_size(text):
    m = re.fullmatch(r"([0-9]+)([KMG]?)", text.strip(), re.IGNORECASE)
    if not m or int(m.group(1)) == 0:
        raise argparse.ArgumentTypeError("expected a size like 64M or 1G, got '%s'" % text)
    return int(m.group(1)) * 1024 ** " KMG".index(m.group(2).upper() or " ")


def shard_list(files, shards_per_file, shard_size=None):
    """(file, share, shares) for every shard, files in byte-wise sorted order."""
    shards = []
    for path in sorted(files, key=os.fsencode):
        n = shards_per_file
        if shard_size:
            n = max(1, -(-os.path.getsize(path) // shard_size))
        if n > 1 and not is_gzip(path):
            n = 1
        for i in range(n):
            shards.append((path, i, n))
    return shards


def partial_name(index, path, share, shares):
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", os.path.basename(path))[:80]
    return "%05d-%s.%dof%d.vpart" % (index, stem, share, shares)


def task_key(kind, argv, cwd):
    h = hashlib.sha1(json.dumps([argv, cwd]).encode()).hexdigest()[:16]
    return "vocal-%s-%s" % (kind, h)


def parse_args(argv):
    own, rest = split_dashdash(argv)
    ap = argparse.ArgumentParser(
        prog=PROG, formatter_class=argparse.RawDescriptionHelpFormatter,
        usage="%(prog)s (--scheduler ADDR | --scheduler-file FILE | --local N) [options] "
              "FILE... [-- SCAN-OPTION...]",
        description="Run `vocal scan --partial` on every shard of the inputs as a Dask task, "
                    "then one `vocal merge`: the outputs are those of one `vocal scan` over "
                    "all the inputs (in byte-wise sorted order).",
        epilog=EPILOG)
    where = ap.add_argument_group("cluster")
    g = where.add_mutually_exclusive_group(required=True)
    g.add_argument("--scheduler", metavar="ADDR",
                   help="address of a running scheduler, e.g. tcp://10.0.0.5:8786")
    g.add_argument("--scheduler-file", metavar="FILE",
                   help="the JSON file that `dask scheduler --scheduler-file` wrote")
    g.add_argument("--local", metavar="N", type=int,
                   help="start a cluster of N worker processes (one thread each) on this "
                        "machine, on the loopback interface, for this run only")
    where.add_argument("--vocal", metavar="PATH", default="vocal",
                       help="the vocal binary; a bare name is looked up on each machine's PATH, "
                            "a relative path is made absolute (default: vocal)")
    where.add_argument("--workdir", metavar="DIR",
                       help="directory for the partials, shared by the workers and this client "
                            "(required with --scheduler; with --local a temporary directory, "
                            "removed afterwards, when not given)")
    split = where.add_mutually_exclusive_group()
    split.add_argument("--shards-per-file", metavar="N", type=int, default=1,
                       help="scan each gzip input as N tasks, share I of N read with "
                            "`vocal scan --members I/N` (meant for multi-member gzip; a "
                            "single-member file is read whole by share 0 and the other shares "
                            "are empty). Plain files are one shard (default: 1)")
    split.add_argument("--shard-size", metavar="SIZE", type=parse_size,
                       help="instead of a fixed N: as many shares per gzip input as it has "
                            "SIZE compressed bytes (K, M, G suffixes; e.g. 256M), so small "
                            "files stay one task")
    where.add_argument("--threads", metavar="T", type=int,
                       help="--threads for each scan (default: with --local N, the cores divided "
                            "by N; otherwise vocal's default, every core of the worker's machine)")
    where.add_argument("--retries", metavar="N", type=int, default=2,
                       help="times Dask re-runs a task that raised (a worker that dies is "
                            "handled by the scheduler in any case) (default: 2)")
    where.add_argument("--fan-in", metavar="K", type=int, default=0,
                       help="merge in rounds: groups of K partials are merged on the cluster into "
                            "merged partials, then those; for thousands of shards (default: one merge)")
    where.add_argument("--merge-on-cluster", action="store_true",
                       help="run the final merge as a task too (its outputs must then be on "
                            "shared storage); by default it runs here")
    where.add_argument("--clean", action="store_true",
                       help="remove the shard partials from --workdir after a successful merge")
    out = ap.add_argument_group("outputs (options of the merge)")
    out.add_argument("-o", "--output", metavar="FILE", help="theme table (default: standard output)")
    out.add_argument("--output-format", choices=("csv", "json"))
    out.add_argument("--quotes-file", metavar="FILE")
    out.add_argument("--changes", metavar="FILE", help="needs --period COL among the scan options")
    out.add_argument("--compare", metavar="A..B")
    out.add_argument("--stats", metavar="FILE")
    out.add_argument("--rejects", metavar="FILE")
    out.add_argument("--partial", metavar="OUT",
                     help="also write the merged state, for a later `vocal merge` or `vocal report`")
    ap.add_argument("--scan-arg", metavar="ARG", action="append", default=[],
                    help="one argument for every `vocal scan` (repeatable; or put them after `--`)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="a line per finished task, with what its scan said on stderr (the merge "
                         "repeats the input warnings in any case)")
    ap.add_argument("files", metavar="FILE", nargs="+", help="inputs (CSV, TSV, JSONL; gzip or plain)")
    a = ap.parse_args(own)
    a.scan_args = a.scan_arg + rest
    try:
        check_scan_args(a.scan_args)
        if a.local is not None and a.local < 1:
            raise UsageError("--local: expected at least 1 worker")
        if a.shards_per_file < 1:
            raise UsageError("--shards-per-file: expected at least 1")
        if a.fan_in < 0 or a.fan_in == 1:
            raise UsageError("--fan-in: expected 2 or more")
        if a.retries < 0:
            raise UsageError("--retries: expected 0 or more")
        if a.threads is not None and a.threads < 1:
            raise UsageError("--threads: expected at least 1")
        if a.local is None and not a.workdir:
            raise UsageError("--workdir DIR is required with a remote cluster: the workers write "
                             "the partials there and the merge reads them")
        for f in a.files:
            if f == "-":
                raise UsageError("standard input cannot be shared out; give files")
            if not os.path.isfile(f):
                raise UsageError("%s: no such file (inputs must be visible here and, under the "
                                 "same path, on every worker)" % f)
    except UsageError as e:
        ap.error(str(e))
    return a


# the driver's output options, passed to the merge as they are
MERGE_OPTIONS = (("output", "-o"), ("output_format", "--output-format"), ("quotes_file", "--quotes-file"),
                 ("changes", "--changes"), ("compare", "--compare"), ("rejects", "--rejects"),
                 ("partial", "--partial"))


def merge_argv(a, vocal, parts, stats_path):
    m = [vocal, "merge"]
    for attr, flag in MERGE_OPTIONS:
        if getattr(a, attr):
            m += [flag, getattr(a, attr)]
    m += ["--stats", stats_path]
    return m + parts


def exit_status(e):
    """2 when vocal said usage error, else 1."""
    return 2 if isinstance(e, RuntimeError) and len(e.args) > 1 and e.args[1] == 2 else 1


def plural(n, word):
    return "%d %s%s" % (n, word, "" if n == 1 else "s")


def say(a, msg):
    if not a.quiet:
        print("%s: %s" % (PROG, msg), file=sys.stderr, flush=True)


def relay_stderr(label, text):
    for line in text.splitlines():
        print("%s: %s" % (label, line), file=sys.stderr)


def main(argv):
    a = parse_args(argv)
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as e:
        print("%s: this Python (%s) cannot import dask.distributed (%s); on Debian: apt-get "
              "install python3-distributed, and run this script with /usr/bin/python3"
              % (PROG, sys.executable, e), file=sys.stderr)
        return 2
    t_start = time.monotonic()
    cwd = os.getcwd()
    vocal = a.vocal
    if os.sep in vocal:
        vocal = os.path.abspath(vocal)
    local_vocal = vocal if os.sep in vocal else shutil.which(vocal)
    if not a.merge_on_cluster and not local_vocal:
        print("%s: no '%s' on PATH here, for the merge (give --vocal PATH)" % (PROG, vocal),
              file=sys.stderr)
        return 2

    tmp_workdir = None
    if a.workdir:
        workdir = os.path.abspath(a.workdir)
        os.makedirs(workdir, exist_ok=True)
    else:
        workdir = tmp_workdir = tempfile.mkdtemp(prefix="vocal-dask-")

    threads = a.threads
    if threads is None and a.local:
        threads = max(1, (os.cpu_count() or 1) // a.local)
    scan_args = list(a.scan_args)
    if threads is not None:
        scan_args = ["--threads", str(threads)] + scan_args
    delay = float(os.environ.get("VOCAL_DASK_TASK_DELAY", "0") or 0)

    shards = shard_list(a.files, a.shards_per_file, a.shard_size)
    tasks = []  # (label, argv, partial path)
    for k, (path, share, shares) in enumerate(shards):
        part = os.path.join(workdir, partial_name(k, path, share, shares))
        cmd = [vocal, "scan", "--partial", part]
        if shares > 1:
            cmd += ["--members", "%d/%d" % (share, shares)]
        cmd += scan_args + ["--", path]
        label = path if shares == 1 else "%s [%d/%d]" % (path, share, shares)
        tasks.append((label, cmd, part))

    cluster = None
    client = None
    rc = 0
    try:
        if a.local:
            import logging
            # no dashboard; the scheduler's small HTTP server on a free loopback port
            cluster = LocalCluster(n_workers=a.local, threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address=None,
                                   scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                                   silence_logs=logging.ERROR)
            client = Client(cluster)
        else:
            try:
                if a.scheduler_file:
                    client = Client(scheduler_file=a.scheduler_file)
                else:
                    client = Client(a.scheduler)
            except (OSError, ValueError) as e:
                print("%s: cannot reach the scheduler: %s" % (PROG, e), file=sys.stderr)
                return 1
        nworkers = len(client.scheduler_info().get("workers", {}))
        if nworkers == 0:
            say(a, "no workers yet; the tasks wait for the first to join")

        # 1. one task per shard
        t_scan = time.monotonic()
        futures = {}
        for label, cmd, part in tasks:
            fut = client.submit(run_vocal, cmd, cwd, delay, key=task_key("scan", cmd, cwd),
                                retries=a.retries, pure=False)
            futures[fut] = label
        if a.verbose:
            say(a, "submitted %d scan tasks" % len(futures))
        results = []
        for fut in as_completed(list(futures)):
            label = futures[fut]
            try:
                r = fut.result()
            except Exception as e:  # the task's own error, after its retries
                for other in futures:
                    other.cancel()
                print("%s: scan of %s failed: %s" % (PROG, label, e.args[0] if e.args else e),
                      file=sys.stderr)
                return exit_status(e)
            results.append(r)
            if r["stderr"] and a.verbose:  # the merge repeats the input warnings anyway
                relay_stderr(label, r["stderr"])
            if a.verbose:
                say(a, "%s: %.2f s (CPU %.2f s) on %s" % (label, r["seconds"], r["cpu"], r["worker"]))
        scan_seconds = time.monotonic() - t_scan
        task_seconds = sum(r["seconds"] for r in results)
        task_cpu = sum(r["cpu"] for r in results)
        hosts = {r["worker"] for r in results}

        # 2. optional rounds of merges on the cluster
        parts = [part for _, _, part in tasks]
        t_merge = time.monotonic()
        rounds = 0
        intermediate = []
        while a.fan_in and len(parts) > a.fan_in:
            rounds += 1
            groups = [parts[i:i + a.fan_in] for i in range(0, len(parts), a.fan_in)]
            round_futs = []
            next_parts = []
            for gi, group in enumerate(groups):
                out = os.path.join(workdir, "merge-r%d-%05d.vpart" % (rounds, gi))
                cmd = [vocal, "merge", "--partial", out] + group
                round_futs.append(client.submit(run_vocal, cmd, cwd, 0.0,
                                                key=task_key("merge", cmd, cwd),
                                                retries=a.retries, pure=False))
                next_parts.append(out)
            for fut in round_futs:
                try:
                    r = fut.result()
                except Exception as e:
                    print("%s: merge round %d failed: %s" % (PROG, rounds, e.args[0] if e.args else e),
                          file=sys.stderr)
                    return exit_status(e)
                if r["stderr"]:
                    relay_stderr("merge", r["stderr"])
            intermediate += next_parts
            parts = next_parts

        # 3. the final merge writes the outputs
        stats_path = a.stats or os.path.join(workdir, "merge-stats.json")
        cmd = merge_argv(a, vocal if a.merge_on_cluster else local_vocal, parts, stats_path)
        t_final = time.monotonic()
        if a.merge_on_cluster:
            try:
                r = client.submit(run_vocal, cmd, cwd, 0.0, key=task_key("merge", cmd, cwd),
                                  retries=a.retries, pure=False).result()
            except Exception as e:
                print("%s: the merge failed: %s" % (PROG, e.args[0] if e.args else e), file=sys.stderr)
                return exit_status(e)
            sys.stdout.buffer.write(r["stdout"])
            sys.stdout.flush()
            if r["stderr"]:
                sys.stderr.write(r["stderr"])
        else:
            sys.stdout.flush()
            p = subprocess.run(cmd, stdin=subprocess.DEVNULL)
            if p.returncode != 0:
                print("%s: `vocal merge` exited %d" % (PROG, p.returncode), file=sys.stderr)
                return p.returncode
        final_seconds = time.monotonic() - t_final
        merge_seconds = time.monotonic() - t_merge

        rows = ""
        try:
            with open(stats_path, encoding="utf-8") as f:
                st = json.load(f)
            rows = "; %s rows read, %s analyzed, %s rejected" % (
                format(st["rows_read"], ","), format(st["rows_analyzed"], ","),
                format(st["rows_rejected"], ","))
        except (OSError, ValueError, KeyError):
            pass
        nfiles = len(set(p for p, _, _ in shards))
        say(a, "%s of %s on %s: scans %.2f s (tasks %.2f s, CPU %.2f s), merge %.2f s%s, "
               "total %.2f s%s" % (
                   plural(len(tasks), "shard"), plural(nfiles, "file"), plural(len(hosts), "worker"),
                   scan_seconds, task_seconds, task_cpu, merge_seconds,
                   " (%s, then the final one %.2f s)" % (plural(rounds, "round"), final_seconds)
                   if rounds else "",
                   time.monotonic() - t_start, rows))

        # leftovers: temporary files of scans killed with their worker, and on request the partials
        ours = {os.path.basename(part) for _, _, part in tasks} | {os.path.basename(p) for p in intermediate}
        for name in os.listdir(workdir):
            if ".tmp-" in name and name.split(".tmp-", 1)[0] in ours:
                try:
                    os.unlink(os.path.join(workdir, name))
                except OSError:
                    pass
        if a.clean:
            for p in [part for _, _, part in tasks] + intermediate:
                try:
                    os.unlink(p)
                except OSError:
                    pass
        return rc
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
        if tmp_workdir:
            shutil.rmtree(tmp_workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
