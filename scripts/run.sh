#!/usr/bin/env bash
# Sets up and runs the product on SQLite: installs dependencies, builds a release binary, and
# on first start imports the example reports and creates example users. Without arguments it
# starts the web application; with arguments it runs `finsam` with them instead.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DFINSAM_BENCH=OFF >/dev/null
cmake --build build/release --target finsam >/dev/null

export FINSAM_DB="${FINSAM_DB:-data/finsam.db}"
export FINSAM_FORBUND="${FINSAM_FORBUND:-Samordningsförbundet Exempeldalen}"
finsam=build/release/src/cli/finsam
example_password="exempel-losenord"

first_start() {
    echo "Första start: importerar exempelrapporterna i examples/ till $FINSAM_DB"
    "$finsam" import examples/*/ || true
    local insatser=()
    while IFS= read -r name; do insatser+=(--insats "$name"); done < <(
        "$finsam" list | awk -F '  +' 'NR > 1 && $2 ~ /Vägvisaren|Jobbspåret|Unga på väg/ {print $2}')
    FINSAM_PASSWORD="$example_password" "$finsam" user add admin --role admin --name "Ada Admin" >/dev/null
    FINSAM_PASSWORD="$example_password" "$finsam" user add kansli --role kansli --name "Karin Kansli" >/dev/null
    FINSAM_PASSWORD="$example_password" "$finsam" user add agare --role insatsagare \
        --name "Anna Ägare" "${insatser[@]}" >/dev/null
    FINSAM_PASSWORD="$example_password" "$finsam" user add styrelse --role styrelse --name "Sture Styrelse" >/dev/null
    cat <<TEXT
Exempelanvändare (lösenord: $example_password, byt med: scripts/run.sh user passwd NAMN):
  kansli    kansliet: översikt, registrering, insatser, import
  agare     insatsägare för Vägvisaren och förbundets nyare insatser
  styrelse  styrelsen: läser granskade rapporter och översikten
  admin     administratör
TEXT
}

if [[ ! -e "$FINSAM_DB" && "$FINSAM_DB" != postgresql://* ]]; then
    first_start
fi

if [[ $# -eq 0 ]]; then
    port="${FINSAM_PORT:-8080}"
    echo "Öppna http://127.0.0.1:$port/ och logga in. Andra kommandon: scripts/run.sh --help"
    exec "$finsam" serve --port "$port"
fi
exec "$finsam" "$@"
