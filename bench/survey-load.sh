#!/usr/bin/env bash
# Issue 13's load goal for anonymous surveys (bench/README.md, "Surveys (issue 13)"): 200
# answers a second for a minute, on loopback, are all stored and none twice.
#
# Writes the small demo data set (`finsam demo --scale small`, the example förbund) into a new
# SQLite file, adds one open round of the förbund's own survey with a known token, starts
# `finsam serve` on a free loopback port and runs bench/survey_load.py against the JSON API
# (`POST /api/v1/enkater/{token}`), each answer with a unique free text. Then counts the
# stored rows: every answer sent and answered 201 is there once. Prints a summary with PASS or
# FAIL and removes its folder.
#
#   bench/survey-load.sh            200 answers/s for 60 s
#   bench/survey-load.sh --quick    200 answers/s for 5 s (a smoke test of the script)
#
# Environment: FINSAM_BENCH_BINARY (the finsam to run; default build-bench/src/cli/finsam, else
# build/dev/src/cli/finsam), FINSAM_BENCH_RATE (200), FINSAM_BENCH_SECONDS (60),
# FINSAM_BENCH_CONNECTIONS (16), FINSAM_BENCH_KEEP=1 (keep the folder),
# FINSAM_BENCH_POSTGRES_URL (an empty PostgreSQL database to use instead of SQLite; needs psql).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rate="${FINSAM_BENCH_RATE:-200}"
seconds="${FINSAM_BENCH_SECONDS:-60}"
connections="${FINSAM_BENCH_CONNECTIONS:-16}"
for argument in "$@"; do
    case "$argument" in
    --quick) seconds=5 ;;
    -h | --help)
        awk 'NR > 1 && !/^#/ { exit } NR > 1' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "bench/survey-load.sh: unknown argument $argument (try --help)" >&2
        exit 2
        ;;
    esac
done

finsam="${FINSAM_BENCH_BINARY:-}"
if [[ -z "$finsam" ]]; then
    for candidate in "$root/build-bench/src/cli/finsam" "$root/build/dev/src/cli/finsam"; do
        [[ -x "$candidate" ]] && finsam="$candidate" && break
    done
fi
[[ -x "$finsam" ]] || { echo "bench/survey-load.sh: no finsam binary (FINSAM_BENCH_BINARY)" >&2; exit 2; }
postgres_url="${FINSAM_BENCH_POSTGRES_URL:-}"
if [[ -n "$postgres_url" ]]; then
    command -v psql >/dev/null || { echo "bench/survey-load.sh: needs psql" >&2; exit 2; }
else
    command -v sqlite3 >/dev/null || { echo "bench/survey-load.sh: needs sqlite3" >&2; exit 2; }
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/finsam-survey-load.XXXXXX")"
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [[ -n "${FINSAM_BENCH_KEEP:-}" ]]; then
        echo "kept: $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

db="${postgres_url:-$work/finsam.db}"
sql() {
    if [[ -n "$postgres_url" ]]; then
        psql -X -q -t -A -v ON_ERROR_STOP=1 "$postgres_url" -c "$1"
    else
        sqlite3 "$db" "$1"
    fi
}
# The JSON value of the free-text question that makes each answer unique.
if [[ -n "$postgres_url" ]]; then
    improvement="answer_values::json->>'forbattra'"
else
    improvement="json_extract(answer_values, '$.forbattra')"
fi
export FINSAM_FORBUND="Samordningsförbundet Exempeldalen"
"$finsam" --db "$db" demo --scale small >/dev/null
token="belastningsprov0123456789abcdefghijklmnopqr"
sql "INSERT INTO survey_rounds (intervention_id, survey_id, survey_version, time_point,
    respondent, token, requires_code, is_open)
    SELECT MIN(id), 'exempeldalen_uppfoljning', 1, 'end', 'participant', '$token', 0, 1
    FROM interventions"

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$finsam" --db "$db" serve --port "$port" --bind 127.0.0.1 >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do
    curl -s -o /dev/null "http://127.0.0.1:$port/login" && break
    sleep 0.1
done

backend="SQLite"
[[ -n "$postgres_url" ]] && backend="PostgreSQL"
echo "finsam: $finsam, database: $backend"
echo "posting $rate answers/s for $seconds s over $connections connections ..."
result="$(python3 "$root/bench/survey_load.py" "http://127.0.0.1:$port" "$token" \
    --rate "$rate" --seconds "$seconds" --connections "$connections")"
echo "$result"

accepted="$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["statuses"].get("201", 0))' "$result")"
expected="$(python3 -c "print(int($rate * $seconds))")"
stored="$(sql "SELECT COUNT(*) FROM survey_answers WHERE answer_values LIKE '%belastning-%'")"
distinct="$(sql "SELECT COUNT(DISTINCT $improvement)
    FROM survey_answers WHERE answer_values LIKE '%belastning-%'")"
echo "sent $expected, answered 201: $accepted, stored: $stored, distinct: $distinct"
if [[ "$accepted" == "$expected" && "$stored" == "$expected" && "$distinct" == "$expected" ]]; then
    echo "PASS: every answer stored, none twice"
else
    echo "FAIL: answers lost or stored twice"
    exit 1
fi
