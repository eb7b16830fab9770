#!/usr/bin/env bash
# Sets up and runs the product on SQLite: installs dependencies, builds a release binary,
# imports the example reports on first start, and then runs `finsam` with the arguments
# given (by default it lists the example insatser).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DFINSAM_BENCH=OFF >/dev/null
cmake --build build/release --target finsam >/dev/null

export FINSAM_DB="${FINSAM_DB:-data/finsam.db}"
finsam=build/release/src/cli/finsam
if [[ ! -e "$FINSAM_DB" && "$FINSAM_DB" != postgresql://* ]]; then
    echo "Första start: importerar exempelrapporterna i examples/ till $FINSAM_DB"
    "$finsam" import examples/*/
fi

if [[ $# -eq 0 ]]; then
    "$finsam" list
    echo
    echo "Fler kommandon: scripts/run.sh list --reports | show ID | import FIL_ELLER_MAPP | --help"
    exit 0
fi
exec "$finsam" "$@"
