#!/bin/sh
# run.sh BUILD_DIR - the Python package's tests as a user meets the package:
# the library installed (cmake --install) into BUILD_DIR/py-prefix, a venv
# made with --system-site-packages (Debian's pandas, pytest, matplotlib),
# the package installed with the README's command, and pytest run against
# the command in BUILD_DIR for the expected numbers.
set -eu
build=$(cd "$1" && pwd)
src=$(cd "$(dirname "$0")/../.." && pwd)
prefix=$build/py-prefix
venv=$build/py-venv
py=${PYTHON:-/usr/bin/python3}
cmake --install "$build" --prefix "$prefix" >/dev/null
rm -rf "$venv"
"$py" -m venv --system-site-packages "$venv"
(cd "$src" && "$venv/bin/pip" install -q --no-build-isolation ./python)
pc=$(find "$prefix" -name libvocal.pc | head -n 1)
PKG_CONFIG_PATH=$(dirname "$pc")
VOCAL_CLI=$build/engine/vocal
export PKG_CONFIG_PATH VOCAL_CLI
cd "$build"
exec "$venv/bin/python" -m pytest -q -p no:cacheprovider "$src/python/tests"
