#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server on 127.0.0.1 and FINSAM_TEST_POSTGRES_URL
# pointing at an empty database in it. The server and its files are removed afterwards.
# Usage: scripts/with-postgres.sh COMMAND [ARGS…]
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z "$bin" ]]; then
    echo "PostgreSQL is not installed (scripts/install-deps.sh --test installs it)" >&2
    exit 1
fi

data=$(mktemp -d /tmp/finsam-postgres.XXXXXX)
port=${FINSAM_TEST_POSTGRES_PORT:-54329}
# PostgreSQL refuses to run as root: run it as the postgres user then.
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
    chown postgres:postgres "$data"
    as_owner=(runuser -u postgres --)
fi

stop_server() {
    "${as_owner[@]}" "$bin/pg_ctl" -D "$data/cluster" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$data"
}
trap stop_server EXIT

"${as_owner[@]}" "$bin/initdb" -D "$data/cluster" -A trust -U postgres -E UTF8 \
    --locale=C.UTF-8 >/dev/null
"${as_owner[@]}" "$bin/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off" start >/dev/null
"$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres finsam_test

export FINSAM_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/finsam_test"
"$@"
