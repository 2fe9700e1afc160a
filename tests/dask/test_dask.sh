#!/usr/bin/env bash
# test_dask.sh VOCAL GENCORPUS OUTDIR - tools/vocal_dask.py on a real Dask cluster.
#
# Starts a Dask scheduler and three workers (one process, one thread each) on
# the loopback interface, generates a corpus of several gzip files (one of them
# multi-member, read as four shares), a plain CSV with a broken record, and
# checks that the driver's merged outputs (theme table, quotes, changes,
# rejects, row accounting) are byte-identical to one local `vocal scan` over
# all the files in sorted order:
#   1. a plain run, the multi-member files in four shares each;
#   2. the worker running a task is killed with SIGKILL mid-task (the tasks
#      sleep first, VOCAL_DASK_TASK_DELAY): the run completes on the others;
#   3. merged in rounds on the cluster (--fan-in, --merge-on-cluster), with
#      the merged state kept (--partial) and merged again locally;
#   4. a truncated gzip input: the run fails with vocal's message;
#   5. --local 2: a cluster started by the driver itself.
# Needs a Python that can import dask.distributed (Debian: python3-distributed,
# which tools/bootstrap.sh test installs); without one the test fails.
set -u
VOCAL=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
GEN=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
mkdir -p "$3"
W=$(cd "$3" && pwd)/dask
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DRIVER=$ROOT/tools/vocal_dask.py

PY=""
for cand in python3 /usr/bin/python3; do
  if command -v "$cand" > /dev/null && "$cand" -c 'import distributed' 2> /dev/null; then
    PY=$(command -v "$cand")
    break
  fi
done
if [ -z "$PY" ]; then
  echo "FAIL: no Python here can import dask.distributed (tried python3 and /usr/bin/python3)."
  echo "      Install it: apt-get install python3-distributed (tools/bootstrap.sh test does)."
  exit 1
fi
echo "python: $PY (distributed $("$PY" -c 'import distributed; print(distributed.__version__)'))"

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2> /dev/null; done
  wait 2> /dev/null
}
trap cleanup EXIT
trap 'exit 130' INT TERM

rm -rf "$W"
mkdir -p "$W/data" "$W/ref"
cd "$W"
fail=0
ok() { echo "ok: $*"; }
bad() { echo "FAIL: $*"; fail=1; }

# --- the corpus: sorted order is extra.csv, multi-a, multi-b, part-a, part-b, part-c
"$GEN" --rows 20000 --seed 21 -o data/part-a.csv.gz
"$GEN" --rows 20000 --seed 22 -o data/part-b.csv.gz
"$GEN" --rows 20000 --seed 23 -o data/part-c.csv.gz
"$GEN" --rows 20000 --seed 24 --members 16 -o data/multi-a.csv.gz
"$GEN" --rows 7000 --seed 25 --members 5 -o data/multi-b.csv.gz
printf 'id,date,region,product,channel,plan,nps,comment\n%s\n%s\n%s\n' \
  '1,2026-11-02,EMEA,app,web,pro,3,"the refund took weeks, support never answered"' \
  '2,2026-11-03,EMEA,app,web' \
  '3,2026-10-30,APAC,app,store,free,10,"lovely staff, quick delivery"' > data/extra.csv
files_given="data/part-c.csv.gz data/multi-a.csv.gz data/extra.csv data/part-a.csv.gz data/multi-b.csv.gz data/part-b.csv.gz"
files_sorted=$(printf '%s\n' $files_given | LC_ALL=C sort | tr '\n' ' ')
scan_opts="--by region --period date --quotes 2"

"$VOCAL" scan -q $scan_opts -o ref/themes.csv --quotes-file ref/quotes.csv --changes ref/changes.csv \
  --rejects ref/rejects.csv --stats ref/stats.json $files_sorted || { echo "FAIL: the reference scan"; exit 1; }

same_outputs() { # case dir: every output byte-identical to the single scan
  local d=$1 f
  for f in themes.csv quotes.csv changes.csv rejects.csv; do
    if cmp -s "ref/$f" "$d/$f"; then ok "$d: $f identical"; else bad "$d: $f differs from the single scan"; fi
  done
  if "$PY" - "ref/stats.json" "$d/stats.json" << 'EOF'; then ok "$d: row accounting identical"; else bad "$d: row accounting differs"; fi
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
keys = ["rows_read", "rows_analyzed", "rows_rejected", "invalid_scores", "unscored", "utf8_repaired",
        "invalid_dates", "ambiguous_dates"]
diff = [(k, a.get(k), b.get(k)) for k in keys if a.get(k) != b.get(k)]
print("   ", {k: b.get(k) for k in keys[:3]}, diff or "")
sys.exit(1 if diff else 0)
EOF
}

# --- the cluster: a scheduler on a port the system picks, three workers without nannies
"$PY" -m distributed.cli.dask_scheduler --host 127.0.0.1 --port 0 --no-dashboard --dashboard-address 127.0.0.1:0 \
  --scheduler-file "$W/scheduler.json" > scheduler.log 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do [ -s scheduler.json ] && break; sleep 0.1; done
ADDR=$("$PY" -c 'import json, sys; print(json.load(open(sys.argv[1]))["address"])' scheduler.json 2> /dev/null)
case "$ADDR" in
  tcp://127.0.0.1:*) ok "scheduler at $ADDR" ;;
  *) echo "FAIL: the scheduler did not start"; cat scheduler.log; exit 1 ;;
esac
wpids=()
for i in 1 2 3; do
  "$PY" -m distributed.cli.dask_worker "$ADDR" --nworkers 1 --nthreads 1 --no-nanny --no-dashboard \
    --host 127.0.0.1 --name "w$i" --local-directory "$W/w$i" --death-timeout 60 > "w$i.log" 2>&1 &
  pids+=($!)
  wpids+=($!)
done
for _ in $(seq 1 600); do
  [ "$(grep -l 'Registered to' w1.log w2.log w3.log 2> /dev/null | wc -l)" -eq 3 ] && break
  sleep 0.1
done
[ "$(grep -l 'Registered to' w1.log w2.log w3.log 2> /dev/null | wc -l)" -eq 3 ] ||
  { echo "FAIL: the workers did not register"; tail -n 20 scheduler.log w?.log; exit 1; }
ok "3 workers registered (pids ${wpids[*]})"

driver() { # case dir, driver options... (-- scan options follow inside)
  local d=$1
  shift
  mkdir -p "$d"
  "$PY" "$DRIVER" --vocal "$VOCAL" --workdir "$d/parts" -o "$d/themes.csv" --quotes-file "$d/quotes.csv" \
    --changes "$d/changes.csv" --rejects "$d/rejects.csv" --stats "$d/stats.json" "$@"
}

# 1. a plain run
echo "== 1. sharded run on 3 workers"
start=$(date +%s.%N)
driver run1 --scheduler "$ADDR" --shards-per-file 4 $files_given -- $scan_opts > run1.log 2>&1
rc=$?
cat run1.log
[ $rc -eq 0 ] && ok "run1 exit 0" || bad "run1 exited $rc"
grep -q '^vocal_dask.py: 21 shards of 6 files on 3 workers' run1.log && ok "run1 summary: 21 shards, 3 workers" ||
  bad "run1 summary"
[ "$(ls run1/parts/*.vpart | wc -l)" -eq 21 ] && ok "run1: 21 partials" || bad "run1: expected 21 partials"
same_outputs run1
echo "   ($(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}') s)"

# 2. kill the worker that runs a task
echo "== 2. a worker killed mid-task"
VOCAL_DASK_TASK_DELAY=1.5 driver run2 --scheduler "$ADDR" --shards-per-file 2 --retries 0 -v \
  $files_given -- $scan_opts > run2.log 2>&1 &
dpid=$!
pids+=($dpid)
busy=$("$PY" - "$ADDR" << 'EOF'
import sys, time
from distributed import Client
c = Client(sys.argv[1], timeout=30)
deadline = time.time() + 60
while time.time() < deadline:
    busy = [w for w, keys in c.processing().items() if any(k.startswith("vocal-scan-") for k in keys)]
    if busy:
        print(c.scheduler_info()["workers"][busy[0]]["name"])
        break
    time.sleep(0.05)
c.close()
EOF
)
victim=""
case "$busy" in
  w[123]) victim=${wpids[${busy#w} - 1]} ;;
esac
if [ -n "$victim" ]; then
  if { kill -9 "$victim" && wait "$victim"; } 2> /dev/null || ! kill -0 "$victim" 2> /dev/null; then
    ok "killed worker $busy (pid $victim) while it ran a scan task"
  else
    bad "could not kill $victim"
  fi
else
  bad "no worker of ours was seen running a task (got '$busy')"
fi
for _ in $(seq 1 900); do kill -0 "$dpid" 2> /dev/null || break; sleep 0.1; done
if kill -0 "$dpid" 2> /dev/null; then
  bad "run2 still running after 90 s"
  kill -9 "$dpid"
fi
wait "$dpid"
rc=$?
cat run2.log
[ $rc -eq 0 ] && ok "run2 exit 0 after losing a worker" || bad "run2 exited $rc"
grep -q '^vocal_dask.py: 11 shards of 6 files on [23] workers' run2.log && ok "run2: all 11 shards done" ||
  bad "run2 summary"
kill -0 "$victim" 2> /dev/null && bad "the killed worker is alive"
same_outputs run2
ls run2/parts | grep -q '\.tmp-' && bad "run2: temporary files left in the work directory"

# 3. merged in rounds on the cluster, the merged state kept and merged again
echo "== 3. --shard-size --fan-in 3 --merge-on-cluster --partial"
driver run3 --scheduler "$ADDR" --shard-size 300K --fan-in 3 --merge-on-cluster \
  --partial "$W/run3/all.vpart" $files_given -- $scan_opts > run3.log 2>&1
rc=$?
cat run3.log
[ $rc -eq 0 ] && ok "run3 exit 0" || bad "run3 exited $rc"
same_outputs run3
mkdir -p run3b
"$VOCAL" merge -o run3b/themes.csv --quotes-file run3b/quotes.csv --changes run3b/changes.csv \
  --rejects run3b/rejects.csv --stats run3b/stats.json run3/all.vpart || bad "merging the kept state failed"
same_outputs run3b

# 4. a broken input stops the run with vocal's message
echo "== 4. a truncated input"
mkdir -p data4
head -c 300000 data/part-a.csv.gz > data4/cut.csv.gz
cp data/part-b.csv.gz data4/
driver run4 --scheduler "$ADDR" --retries 0 data4/part-b.csv.gz data4/cut.csv.gz > run4.log 2>&1
rc=$?
cat run4.log
[ $rc -eq 1 ] && ok "run4 exit 1" || bad "run4 exited $rc, expected 1"
grep -q 'scan of data4/cut.csv.gz failed' run4.log && grep -q 'truncated' run4.log &&
  ok "run4 names the file and shows vocal's error" || bad "run4 message"
[ ! -e run4/themes.csv ] && ok "run4 wrote no theme table" || bad "run4 wrote a theme table"

# 5. a cluster of the driver's own
echo "== 5. --local 2"
driver run5 --local 2 --shards-per-file 4 $files_given -- $scan_opts > run5.log 2>&1
rc=$?
cat run5.log
[ $rc -eq 0 ] && ok "run5 exit 0" || bad "run5 exited $rc"
same_outputs run5

[ $fail -eq 0 ] && echo "dask: all cases passed" || echo "dask: FAILED"
exit $fail
