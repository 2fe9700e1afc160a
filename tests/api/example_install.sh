#!/bin/sh
# example_install.sh CMAKE BUILD_DIR SOURCE_DIR
#
# The installed library is usable the way examples/README.md says: install
# the build tree into a temporary prefix, build examples/scan_summary.c
# against it with pkg-config only (a shared link, and a static one with
# pkg-config --static), run both on tests/data/sample.csv.gz, and compare
# what they print with the installed `vocal scan` on the same file: rows
# read with --stats, and each theme's comments, NPS and mean compound with
# the "all" rows of the theme table.
set -eu
cmake=$1
build=$2
src=$3
cc=${CC:-cc}
data=$src/tests/data/sample.csv.gz
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "example_install: $*" >&2; exit 1; }

"$cmake" --install "$build" --prefix "$tmp/prefix" >/dev/null
pc=$(find "$tmp/prefix" -name libvocal.pc)
[ -n "$pc" ] || fail "no libvocal.pc installed"
PKG_CONFIG_PATH=$(dirname "$pc")
export PKG_CONFIG_PATH
libdir=$(pkg-config --variable=libdir libvocal)
for f in "$tmp/prefix/bin/vocal" "$libdir/libvocal.a" "$libdir/libvocal.so" "$tmp/prefix/include/vocal/vocal.h"; do
  [ -e "$f" ] || fail "not installed: $f"
done
for h in "$tmp/prefix"/include/vocal/*_internal.h; do
  [ -e "$h" ] && fail "internal header installed: $h"
done

# shared: the linker takes libvocal.so; static: the archive, named explicitly
"$cc" -std=c11 -Wall -Wextra -Werror -o "$tmp/shared" "$src/examples/scan_summary.c" \
  $(pkg-config --cflags --libs libvocal)
"$cc" -std=c11 -Wall -Wextra -Werror -o "$tmp/static" "$src/examples/scan_summary.c" \
  $(pkg-config --cflags libvocal) $(pkg-config --static --libs libvocal | sed 's/-lvocal\b/-l:libvocal.a/')
readelf -d "$tmp/shared" | grep -q 'NEEDED.*libvocal\.so\.0' || fail "shared example does not load libvocal.so.0"
readelf -d "$tmp/static" | grep -q 'NEEDED.*libvocal' && fail "static example loads libvocal"

LD_LIBRARY_PATH=$libdir "$tmp/shared" "$data" > "$tmp/shared.out"
"$tmp/static" "$data" > "$tmp/static.out"
cmp -s "$tmp/shared.out" "$tmp/static.out" || fail "shared and static examples differ"
"$tmp/prefix/bin/vocal" version | grep -q "^vocal $(pkg-config --modversion libvocal)\$" \
  || fail "vocal version is not the pkg-config version"
head -1 "$tmp/shared.out" | grep -q "^vocal $(pkg-config --modversion libvocal):" \
  || fail "vc_version() is not the pkg-config version"

"$tmp/prefix/bin/vocal" scan --stats "$tmp/stats.json" "$data" > "$tmp/table.csv"
rows_cli=$(sed -n 's/^  "rows_read": \([0-9]*\),$/\1/p' "$tmp/stats.json" | head -1)
rows_ex=$(sed -n 's/^rows read \([0-9]*\),.*/\1/p' "$tmp/shared.out")
[ -n "$rows_cli" ] && [ "$rows_cli" -gt 0 ] || fail "no rows_read in vocal's --stats"
[ "$rows_cli" = "$rows_ex" ] || fail "rows read: example $rows_ex, vocal scan --stats $rows_cli"

# "theme comments nps compound" from the table's "all" rows and from the
# example (whose base row is "(all comments)", two words)
awk -F, '$1 == "all" && $2 == "all" {
  print ($3 == "*" ? "(all-comments)" : $3), $4, ($8 == "" ? "-" : $8), ($12 == "" ? "-" : $12) }' \
  "$tmp/table.csv" | sort > "$tmp/want"
awk 'go && $1 == "(all" { print "(all-comments)", $3, $4, $5; next }
     go { print $1, $2, $3, $4 }
     $1 == "theme" { go = 1 }' "$tmp/shared.out" | sort > "$tmp/got"
[ "$(wc -l < "$tmp/want")" -gt 2 ] || fail "no theme rows in vocal's table"
diff "$tmp/want" "$tmp/got" >&2 || fail "theme rows differ from vocal scan"
echo "example: $rows_ex rows, $(($(wc -l < "$tmp/got") - 1)) themes, same as vocal scan (shared and static link)"
