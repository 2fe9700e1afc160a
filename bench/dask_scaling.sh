#!/usr/bin/env bash
# bench/dask_scaling.sh - tools/vocal_dask.py on 1, 2 and 4 local Dask workers.
#
#   bench/dask_scaling.sh [--rows N] [--shards N] [--workers "1 2 4"] [--build DIR]
#
# Builds a Release vocal in build-bench/ (or uses DIR), generates once a
# multi-member gzip corpus (gencorpus --members 64 --seed 1, cached in
# bench/data/), and measures on it, with --by region --period date and the
# quotes and changes outputs:
#   scan       one `vocal scan` at every core, the single-machine figure
#   dask W     the driver with --local W (W worker processes, --threads
#              cores/W each) and --shards-per-file N (default 16), then 2
#              workers with 64 shards: wall time of the whole command
#              (Python start, cluster start and stop included), the scan
#              phase, the merge, the summed task time and task CPU time
#   merge      `vocal merge` alone over 16, 64 and 256 partials of small
#              inputs (3 runs each, median), for the cost per partial
# Every output is compared with the single scan's (cmp); the 1-minute load
# average before each run is recorded, since a busy machine skews a run. Writes
# bench/out/dask.md.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=10000000
shards=16
workers_list="1 2 4"
build=build-bench
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows="$2"; shift ;;
    --shards) shards="$2"; shift ;;
    --workers) workers_list="$2"; shift ;;
    --build) build="$2"; shift ;;
    *) echo "usage: bench/dask_scaling.sh [--rows N] [--shards N] [--workers \"1 2 4\"] [--build DIR]" >&2; exit 2 ;;
  esac
  shift
done
PY=""
for cand in python3 /usr/bin/python3; do
  if command -v "$cand" > /dev/null && "$cand" -c 'import distributed' 2> /dev/null; then PY=$cand; break; fi
done
[ -n "$PY" ] || { echo "bench: no Python that can import dask.distributed (apt-get install python3-distributed)" >&2; exit 1; }
mkdir -p bench/data bench/out
if [ "$build" = build-bench ]; then
  cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DVOCAL_TESTS=OFF > /dev/null
  cmake --build build-bench -j"$(nproc)" > /dev/null
fi
V=$(pwd)/$build/engine/vocal
M=$build/bench/bench_measure
nproc=$(nproc)
f=bench/data/survey-$rows-m64.csv.gz
if [ ! -s "$f" ]; then
  echo "bench: generating $f" >&2
  "$build/tools/gencorpus" --rows "$rows" --seed 1 --members 64 -o "$f"
fi
size_mb=$(awk -v b="$(stat -c %s "$f")" 'BEGIN {printf "%.1f", b/1e6}')
opts="--by region --period date"
work=bench/out/dask
rm -rf "$work"
mkdir -p "$work/ref"

median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }
now() { date +%s.%N; }
load() { cut -d' ' -f1 /proc/loadavg; }
same() { # dir
  local o
  for o in themes.csv quotes.csv changes.csv; do
    cmp -s "$work/ref/$o" "$1/$o" || { echo "bench: $1/$o differs from the single scan" >&2; exit 1; }
  done
}

echo "bench: single scan, $nproc threads" >&2
scan_load=$(load)
line=$($M -- "$V" scan -q $opts -o "$work/ref/themes.csv" --quotes-file "$work/ref/quotes.csv" \
  --changes "$work/ref/changes.csv" "$f")
scan_wall=$(echo "$line" | field wall_s)
scan_cpu=$(awk -v u="$(echo "$line" | field user_s)" -v s="$(echo "$line" | field sys_s)" 'BEGIN {print u + s}')
echo "bench: $line" >&2

declare -A wall scanph merge tasks cpu psize loadavg
run_dask() { # workers shards dir
  local w=$1 n=$2 d=$3 t0 t1 log
  mkdir -p "$d"
  log="$d/driver.log"
  loadavg[$w-$n]=$(load)
  t0=$(now)
  "$PY" tools/vocal_dask.py --local "$w" --vocal "$V" --shards-per-file "$n" --workdir "$d/parts" \
    -o "$d/themes.csv" --quotes-file "$d/quotes.csv" --changes "$d/changes.csv" "$f" -- $opts 2> "$log"
  t1=$(now)
  cat "$log" >&2
  same "$d"
  wall[$w-$n]=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}')
  summary() { sed -n "s/.*: scans \([0-9.]*\) s (tasks \([0-9.]*\) s, CPU \([0-9.]*\) s), merge \([0-9.]*\) s.*/\\$1/p" "$log"; }
  scanph[$w-$n]=$(summary 1)
  tasks[$w-$n]=$(summary 2)
  cpu[$w-$n]=$(summary 3)
  merge[$w-$n]=$(summary 4)
  psize[$w-$n]=$(du -cb "$d"/parts/*.vpart | tail -1 | cut -f1)
}
for w in $workers_list; do
  echo "bench: --local $w, $shards shards" >&2
  run_dask "$w" "$shards" "$work/w$w-s$shards"
done
echo "bench: --local 2, 64 shards" >&2
run_dask 2 64 "$work/w2-s64"

# The merge's cost per partial: partials of many small inputs (same columns,
# so about the size of a real shard's partial, which grows with segments,
# periods and themes, not rows), merged 16, 64 and 256 at a time.
small=bench/data/merge-small
mkdir -p "$small" "$work/merge"
for i in $(seq 1 256); do
  [ -s "$small/s-$i.csv.gz" ] || "$build/tools/gencorpus" --rows 2000 --seed $((1000 + i)) -o "$small/s-$i.csv.gz"
done
echo "bench: 256 small partials for the merge" >&2
seq 1 256 | xargs -P "$nproc" -I{} "$V" scan -q $opts --partial "$work/merge/p-{}.vpart" "$small/s-{}.csv.gz"
# and wider: four --by columns and a period per day (a table of about 7,800 rows)
wide="--by region --by product --by channel --by plan --period date:day"
mkdir -p "$work/merge-wide"
seq 1 64 | xargs -P "$nproc" -I{} "$V" scan -q $wide --partial "$work/merge-wide/p-{}.vpart" "$small/s-{}.csv.gz"
merge_time() { # number of partials [dir] -> "median_wall median_maxrss_kb bytes"
  local k=$1 dir=${2:-$work/merge} ws="" rs="" r line parts
  parts=$(for i in $(seq 1 "$k"); do echo "$dir/p-$i.vpart"; done)
  for r in 1 2 3; do
    line=$($M -- "$V" merge -q -o /dev/null --quotes-file /dev/null --changes /dev/null $parts)
    ws="$ws $(echo "$line" | field wall_s)"
    rs="$rs $(echo "$line" | field maxrss_kb)"
  done
  echo "$(echo $ws | tr ' ' '\n' | median) $(echo $rs | tr ' ' '\n' | median) $(du -cb $parts | tail -1 | cut -f1)"
}
declare -A mw mr mb
for k in 16 64 256; do
  read mw[$k] mr[$k] mb[$k] < <(merge_time "$k")
done
for k in 16 64; do
  read mw[w$k] mr[w$k] mb[w$k] < <(merge_time "$k" "$work/merge-wide")
done
wide_rows=$("$V" merge -q -o - "$work"/merge-wide/*.vpart | wc -l)
first_w=$(echo $workers_list | awk '{print $1}')

out=bench/out/dask.md
{
  echo "# tools/vocal_dask.py on local workers"
  echo
  echo "- date: $(date -u +%Y-%m-%d)"
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $nproc online CPUs"
  echo "- corpus: $f ($rows rows, 64 gzip members, $size_mb MB), options: $opts, quotes and changes written"
  echo "- Dask: $("$PY" -c 'import distributed; print(distributed.__version__)'), Python $("$PY" -c 'import platform; print(platform.python_version())')"
  echo
  echo "| run | shards | wall s | speed-up vs 1 worker | vs single scan | scan phase s | task s (sum) | task CPU s (sum) | CPU µs/row | merge s | partials MB | load before |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  awk -v s="$scan_wall" -v c="$scan_cpu" -v rows="$rows" -v l="$scan_load" -v th="$nproc" \
    'BEGIN {printf "| `vocal scan --threads %d` | | %.2f | | 1.00 | | | %.2f | %.2f | | | %s |\n", th, s, c, c / rows * 1e6, l}'
  base=${wall[$first_w-$shards]}
  for key in $(for w in $workers_list; do echo "$w-$shards"; done) 2-64; do
    w=${key%-*}
    n=${key#*-}
    awk -v w="$w" -v n="$n" -v wall="${wall[$key]}" -v base="$base" -v s="$scan_wall" -v sp="${scanph[$key]}" \
      -v t="${tasks[$key]}" -v c="${cpu[$key]}" -v rows="$rows" -v m="${merge[$key]}" -v p="${psize[$key]}" \
      -v th="$nproc" -v l="${loadavg[$key]}" \
      'BEGIN {tt = int(th / w); if (tt < 1) tt = 1;
              printf "| `--local %d` (--threads %d each) | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %s |\n",
                     w, tt, n, wall, base / wall, s / wall, sp, t, c, c / rows * 1e6, m, p / 1e6, l}'
  done
  echo
  echo "\`vocal merge\` alone over partials of 2,000-row inputs (median of 3 runs):"
  echo
  echo "| scan options | partials | MB | wall s | peak RSS MB |"
  echo "|---|---:|---:|---:|---:|"
  for k in 16 64 256 w16 w64; do
    case $k in w*) o="$wide" ;; *) o="$opts" ;; esac
    awk -v o="$o" -v k="${k#w}" -v b="${mb[$k]}" -v w="${mw[$k]}" -v r="${mr[$k]}" \
      'BEGIN {printf "| `%s` | %d | %.2f | %.3f | %.1f |\n", o, k, b / 1e6, w, r / 1024}'
  done
  awk -v a="${mw[16]}" -v b="${mw[256]}" -v c="${mw[w16]}" -v d="${mw[w64]}" -v wr="$wide_rows" \
    'BEGIN {printf "\nMerge cost per extra partial: %.2f ms; %.2f ms with the wider options (a %d-line table).\n",
            (b - a) / 240 * 1000, (d - c) / 48 * 1000, wr}'
  echo
  echo "Every run's theme table, quotes and changes are identical (cmp) to the single scan's."
} > "$out"
echo "bench: wrote $out" >&2
cat "$out"
