#!/bin/sh
# Fails when a layer of engine/ includes a header of a layer above it, when
# two files include each other, or when two .c files share a name.
# Public headers live in include/vocal/; each is owned by one layer.
set -eu
root=${1:-engine}
owner() {
  case "$1" in
    status.h|buf.h|wire.h|version.h|export.h|vocal.h|table_sink.h) echo base ;;
    stream.h|record.h|transcode.h|header.h|feed.h) echo io ;;
    text.h|language.h) echo text ;;
    lexicon.h|matcher.h|lint.h|model.h) echo match ;;
    sentiment.h) echo vader ;;
    agg.h|period.h|keyness.h) echo agg ;;
    pipeline.h|analyze.h|quotes.h|partial.h|rows.h) echo run ;;
    discover.h|expand.h|eval.h|lexdiff.h|coverage.h|stopwords.h|example.h|lexlist.h|sentiment_eval.h|language_eval.h|learn.h) echo lab ;;
    report.h|lab_report.h|run_out.h|scan_result.h|explain.h) echo report ;;
    *) echo unknown ;;
  esac
}
allowed() { # layer -> layers it may use
  case "$1" in
    base) echo "base" ;;
    io) echo "base io" ;;
    text) echo "base text" ;;
    match) echo "base text match" ;;
    vader) echo "base text vader" ;;
    agg) echo "base agg" ;;
    report) echo "base agg run lab report" ;;
    run) echo "base io text match vader agg run" ;;
    lab) echo "base io text match vader agg run lab" ;;
    cli) echo "base io text match vader agg run lab report cli" ;;
  esac
}
bad=0
for layer in base io text match vader agg run lab report cli; do
  [ -d "$root/$layer" ] || continue
  ok=$(allowed $layer)
  for f in "$root/$layer"/*.[ch]; do
    [ -e "$f" ] || continue
    for h in $(sed -n 's/^#include "vocal\/\([a-z_]*\.h\)".*/\1/p' "$f"); do
      o=$(owner "$h")
      case " $ok " in
        *" $o "*) ;;
        *) echo "$f: layer '$layer' includes vocal/$h of layer '$o'"; bad=1 ;;
      esac
    done
  done
done
[ $bad -eq 0 ] && echo "layers: every include looks down"

# No include circles: list every #include "..." edge between files of
# engine/ (a name is looked up beside the including file, then in include/)
# and fail on any pair of files that include each other.
edges=$(for f in $(find "$root" -name '*.[ch]' | sort); do
  d=$(dirname "$f")
  for h in $(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f"); do
    if [ -e "$d/$h" ]; then echo "$f $d/$h"
    elif [ -e "$root/include/$h" ]; then echo "$f $root/include/$h"
    fi
  done
done)
circles=$(printf '%s\n' "$edges" | awk 'NF == 2 { e[$1 " " $2] = 1 }
  END { for (k in e) { split(k, p, " "); if (p[1] < p[2] && ((p[2] " " p[1]) in e)) print p[1] " <-> " p[2] } }')
if [ -n "$circles" ]; then
  printf '%s\n' "$circles" | sed 's/$/: these files include each other/'
  bad=1
else
  echo "layers: no two files include each other"
fi

# No file name twice: two .c files of engine/ with one base name confuse
# readers and debuggers alike.
dups=$(find "$root" -name '*.c' | sed 's|.*/||' | sort | uniq -d || true)
if [ -n "$dups" ]; then
  for n in $dups; do echo "$(find "$root" -name "$n" | sort | tr '\n' ' '): one file name in two places"; done
  bad=1
else
  echo "layers: every .c file name is used once"
fi
exit $bad
