#!/bin/sh
# exported_symbols.sh LIBVOCAL_SO INCLUDE_DIR
#
# The shared library exports the public API and nothing else: every symbol
# in its dynamic table must start with vc_ and be declared in a header under
# include/vocal/ (comments stripped, so a name that is only mentioned does
# not count). Anything else is an internal that escaped -fvisibility=hidden
# and would become part of the ABI.
set -eu
lib=$1
inc=$2
cc=${CC:-cc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for h in "$inc"/vocal/*.h; do
  case "$h" in */export.h) continue ;; esac  # macros only, no declarations
  "$cc" -fpreprocessed -E -P -x c "$h"
done > "$tmp/decls"

nm -D --defined-only "$lib" | awk 'NF >= 3 { print $3 }' | sed 's/@.*//' | sort -u > "$tmp/syms"
[ -s "$tmp/syms" ] || { echo "no exported symbols in $lib"; exit 1; }

bad=0
while read -r sym; do
  case "$sym" in
    vc_*) ;;
    *) echo "exported but not vc_: $sym"; bad=1; continue ;;
  esac
  grep -qw -- "$sym" "$tmp/decls" || { echo "exported but in no public header: $sym"; bad=1; }
done < "$tmp/syms"
[ $bad -eq 0 ] && echo "exports: $(wc -l < "$tmp/syms") symbols, all declared in include/vocal/"
exit $bad
