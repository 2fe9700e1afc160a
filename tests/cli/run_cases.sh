#!/usr/bin/env bash
# run_cases.sh VOCAL CLI_DIR [CASE...]
#
# End-to-end tests of the vocal command against golden outputs. Each case is
# a folder tests/cli/cases/NAME/ with:
#   cmd              shell commands, run with cwd = a fresh temporary folder;
#                    $VOCAL is the binary (wrapped so that every scan's accounting
#                    is checked), $DATA is tests/data, $CASE the case folder,
#                    $LEXICONS the lexicons/ folder, $GENCORPUS tools/gencorpus
#   expected.stdout  exact expected standard output
#   expected.exit    expected exit status (default 0)
#   expected.stderr  exact expected standard error (optional)
#   files/NAME       exact expected content of file NAME left in the folder (optional)
# Set UPDATE=1 to rewrite the golden files from the current output (then review the diff).
set -u
VOCAL_REAL=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
CLI_DIR=$(cd "$2" && pwd)
shift 2
# Cases call $VOCAL: the binary behind a wrapper that checks the accounting of
# every scan (vocal_checked.sh).
VOCAL=$CLI_DIR/vocal_checked.sh
# $GENCORPUS: the corpus generator (tools/gencorpus) of the same build.
GENCORPUS=${GENCORPUS:-$(cd "$(dirname "$VOCAL_REAL")/../tools" 2>/dev/null && pwd)/gencorpus}
LEXICONS="$CLI_DIR/../../lexicons"
export VOCAL VOCAL_REAL DATA="$CLI_DIR/../data" GENCORPUS LEXICONS VOCAL_NO_PROGRESS=1 LC_ALL=C.UTF-8
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=($(ls "$CLI_DIR/cases"))
pass=0 fail=0
for name in "${cases[@]}"; do
  CASE="$CLI_DIR/cases/$name"
  export CASE
  tmp=$(mktemp -d)
  (cd "$tmp" && bash -e "$CASE/cmd" >"$tmp/.stdout" 2>"$tmp/.stderr"; echo $? >"$tmp/.exit")
  ok=1
  want_exit=0
  [ -f "$CASE/expected.exit" ] && want_exit=$(cat "$CASE/expected.exit")
  got_exit=$(cat "$tmp/.exit")
  if [ "${UPDATE:-0}" = 1 ]; then
    cp "$tmp/.stdout" "$CASE/expected.stdout"
    [ "$got_exit" = 0 ] && rm -f "$CASE/expected.exit" || echo "$got_exit" >"$CASE/expected.exit"
    [ -f "$CASE/expected.stderr" ] && cp "$tmp/.stderr" "$CASE/expected.stderr"
    if [ -d "$CASE/files" ]; then
      for f in "$CASE/files"/*; do cp "$tmp/$(basename "$f")" "$f"; done
    fi
  fi
  if [ "$got_exit" != "$want_exit" ]; then
    echo "FAIL $name: exit $got_exit, expected $want_exit"; ok=0
  fi
  if ! diff -u "$CASE/expected.stdout" "$tmp/.stdout" >"$tmp/.diff"; then
    echo "FAIL $name: stdout differs"; head -40 "$tmp/.diff"; ok=0
  fi
  if [ -f "$CASE/expected.stderr" ] && ! diff -u "$CASE/expected.stderr" "$tmp/.stderr" >"$tmp/.diff"; then
    echo "FAIL $name: stderr differs"; head -20 "$tmp/.diff"; ok=0
  fi
  if [ -d "$CASE/files" ]; then
    for f in "$CASE/files"/*; do
      b=$(basename "$f")
      if [ ! -f "$tmp/$b" ]; then echo "FAIL $name: file $b was not written"; ok=0
      elif ! diff -u "$f" "$tmp/$b" >"$tmp/.diff"; then echo "FAIL $name: file $b differs"; head -20 "$tmp/.diff"; ok=0; fi
    done
  fi
  if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "--- stderr of $name:"; head -20 "$tmp/.stderr"; fi
  rm -rf "$tmp"
done
echo "cli: $pass passed, $fail failed"
[ $fail = 0 ]
