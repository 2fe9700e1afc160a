#!/bin/sh
# Fails when a layer of engine/ includes a header of a layer above it.
# Public headers live in include/vocal/; each is owned by one layer.
set -eu
root=${1:-engine}
owner() {
  case "$1" in
    status.h|buf.h|wire.h) echo base ;;
    stream.h|record.h) echo io ;;
    text.h) echo text ;;
    lexicon.h|matcher.h|lint.h) echo match ;;
    sentiment.h) echo vader ;;
    agg.h|period.h|keyness.h) echo agg ;;
    pipeline.h|analyze.h|quotes.h|discover.h|partial.h) echo run ;;
    report.h) echo report ;;
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
    report) echo "base agg report" ;;
    run) echo "base io text match vader agg run" ;;
    cli) echo "base io text match vader agg run report cli" ;;
  esac
}
bad=0
for layer in base io text match vader agg run report cli; do
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
exit $bad
