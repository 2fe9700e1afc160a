#!/usr/bin/env bash
# bootstrap.sh - everything from a fresh Debian 12 (as root) to a result.
#
#   tools/bootstrap.sh demo   install what is missing, build, scan the bundled sample
#   tools/bootstrap.sh test   install what is missing, build, run the whole test suite:
#                             the release build, then again under ASan+UBSan (built
#                             with zlib only, so both inflate back ends are tested),
#                             then the thread stress test under TSan; it installs
#                             Chromium too, for the test that renders the report,
#                             and python3-distributed, for the Dask cluster test
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-demo}
jobs=$(nproc 2>/dev/null || echo 2)

packages="build-essential cmake pkg-config libpcre2-dev libutf8proc-dev zlib1g-dev libyaml-dev libisal-dev libcriterion-dev python3 gzip"
# zstd, bzip2 and xz exports are read through their libraries; the command-line
# tools make the benchmark's files (bench/bench_decomp.sh)
packages="$packages libzstd-dev libbz2-dev liblzma-dev zstd bzip2 xz-utils"
# the language of each comment is identified with CLD2
packages="$packages libcld2-dev"
# the test suite also renders the HTML report in a headless browser (with a
# colour emoji font, as a reader's browser has, for the quotes), and runs
# tools/vocal_dask.py on a local Dask cluster
[ "$mode" = test ] && packages="$packages chromium fonts-dejavu-core fonts-noto-color-emoji python3-distributed"
# the Python package is installed into a venv and tested with pytest (its
# example plots with matplotlib)
[ "$mode" = test ] && packages="$packages python3-venv python3-setuptools python3-wheel python3-pandas python3-pytest python3-matplotlib"
install_missing() {
  local missing=""
  for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    echo "bootstrap: installing$missing"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
}

build() { # dir, extra cmake args...
  local dir=$1; shift
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$dir" -j"$jobs"
}

install_missing
case "$mode" in
  demo)
    build build
    echo
    echo '$ vocal scan --by region tests/data/sample.csv.gz -o build/sample-themes.csv --stats build/sample-stats.json'
    ./build/engine/vocal scan --by region tests/data/sample.csv.gz -o build/sample-themes.csv \
      --stats build/sample-stats.json
    head -n 22 build/sample-themes.csv
    echo "... ($(wc -l < build/sample-themes.csv) lines in build/sample-themes.csv; accounting in build/sample-stats.json)"
    ;;
  test)
    build build
    ctest --test-dir build --output-on-failure -j"$jobs"
    echo "bootstrap: release build passed; now the Python package (python/tests)"
    python/tests/run.sh build
    echo "bootstrap: Python package passed; now under ASan+UBSan (zlib inflate)"
    build build-asan -DVOCAL_SANITIZE=ON -DVOCAL_WITH_ISAL=OFF -DCMAKE_BUILD_TYPE=Debug
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      ctest --test-dir build-asan --output-on-failure -j"$jobs"
    echo "bootstrap: ASan+UBSan passed; now the thread stress test under TSan"
    build build-tsan -DVOCAL_TSAN=ON -DVOCAL_TESTS=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
    TSAN_OPTIONS=halt_on_error=1 ctest --test-dir build-tsan --output-on-failure -R stress
    ;;
  *)
    echo "usage: tools/bootstrap.sh demo|test" >&2
    exit 2
    ;;
esac
