#!/usr/bin/env bash
# Issue #9's goals for participant statistics (see bench/README.md, "Statistics (issue #9)"),
# on the national demo data set (`finsam demo --scale national`: 80 förbund, 1,000 insatser,
# the quarters of 2015–2024), in SQLite and in PostgreSQL:
#   (a) the statistics of one förbund-year (`finsam statistics --period 2024 --forbund
#       "Samordningsförbundet Demo 01" --format json`) in under 100 ms;
#   (b) the national table of a year (`finsam statistics --period 2024 --all-forbund`; where
#       this finsam has no --all-forbund, (a) for each of the 80 förbund in turn) in under 1 s;
#   (c) the same figures computed by one hand-written SQL query in the database's own shell
#       (sqlite3, psql) take at least two thirds of the product's time: the product adds at
#       most 50 % over the database's own work. The query computes the figures as finsam
#       does (flows summed over the year's quarters, the rest from the latest report, the
#       förbund's totals), not the small-count protection or the goal follow-up.
# Also reports how long `finsam demo --scale national` takes to write the set.
#
# Builds a release binary (unless FINSAM_BENCH_SKIP_BUILD=1), writes the set into a new SQLite
# file and into a throwaway PostgreSQL server on 127.0.0.1 (started as scripts/with-postgres.sh
# does), then times every command with hyperfine, each pinned to one core. Prints a summary
# with PASS/FAIL per goal and removes the temporary folder and the server.
#
#   bench/statistics.sh           everything
#   bench/statistics.sh --quick   3 runs per command (a smoke test of the script)
#
# Environment: FINSAM_BENCH_BUILD_DIR (build-bench), FINSAM_BENCH_SKIP_BUILD=1,
# FINSAM_BENCH_KEEP=1 (keep the folder: databases, SQL, hyperfine's JSON), FINSAM_BENCH_RUNS
# (10), FINSAM_BENCH_CORE (0), FINSAM_BENCH_POSTGRES_PORT (54372), FINSAM_BENCH_TIME_LIMIT
# (900 s for the whole run).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
time_limit="${FINSAM_BENCH_TIME_LIMIT:-900}"

# Bound the whole run; the EXIT trap below still stops the server and removes the folder.
if [[ -z "${FINSAM_BENCH_BOUNDED:-}" ]]; then
    export FINSAM_BENCH_BOUNDED=1
    status=0
    timeout -k 20 "$time_limit" bash "${BASH_SOURCE[0]}" "$@" || status=$?
    [[ $status -ne 124 ]] || echo "bench/statistics.sh: stopped after ${time_limit} s" >&2
    exit "$status"
fi

runs="${FINSAM_BENCH_RUNS:-10}"
for argument in "$@"; do
    case "$argument" in
    --quick) runs=3 ;;
    -h | --help)
        awk 'NR > 1 && !/^#/ { exit } NR > 1' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "bench/statistics.sh: unknown argument $argument (try --help)" >&2
        exit 2
        ;;
    esac
done

build_dir="${FINSAM_BENCH_BUILD_DIR:-$root/build-bench}"
core="${FINSAM_BENCH_CORE:-0}"
port="${FINSAM_BENCH_POSTGRES_PORT:-54372}"
forbund="Samordningsförbundet Demo 01"
year=2024

# Goals, in seconds, and the least share of the product's time the database's own query takes.
goal_one_forbund=0.100
goal_national=1.0
goal_sql_share=0.667

log() { printf '\n== %s\n' "$*" >&2; }
die() {
    echo "bench/statistics.sh: $*" >&2
    exit 2
}

# --- tools -------------------------------------------------------------------------------
missing_packages=()
need() { command -v "$1" >/dev/null 2>&1 || missing_packages+=("$2"); }
need cmake cmake
need ninja ninja-build
need hyperfine hyperfine
need jq jq
need sqlite3 sqlite3
need psql postgresql-client
need taskset util-linux
[[ -x /usr/bin/time ]] || missing_packages+=(time)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || missing_packages+=(postgresql)
if [[ ${#missing_packages[@]} -gt 0 ]]; then
    log "installing ${missing_packages[*]}"
    sudo_if_needed=()
    [[ $(id -u) -eq 0 ]] || sudo_if_needed=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_if_needed[@]}" apt-get update -qq
    "${sudo_if_needed[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing_packages[@]}" >/dev/null
fi
postgres_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

work="$(mktemp -d -t finsam-statistics-bench.XXXXXX)"
# PostgreSQL refuses to run as root: run it as the postgres user then.
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
    chmod 755 "$work"
    mkdir "$work/postgres"
    chown postgres:postgres "$work/postgres"
    as_owner=(runuser -u postgres --)
else
    mkdir "$work/postgres"
fi
postgres_started=0
cleanup() {
    if [[ $postgres_started -eq 1 ]]; then
        "${as_owner[@]}" "$postgres_bin/pg_ctl" -D "$work/postgres/cluster" -m fast stop \
            >/dev/null 2>&1 || true
    fi
    if [[ "${FINSAM_BENCH_KEEP:-0}" == 1 ]]; then
        echo "bench/statistics.sh: kept $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'echo "bench/statistics.sh: failed at line $LINENO" >&2' ERR
trap 'exit 143' TERM
trap 'exit 130' INT

# --- build -------------------------------------------------------------------------------
if [[ "${FINSAM_BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    log "building the release binary in $build_dir"
    # GCC 12 at -O3 warns falsely (-Wrestrict) in std::string code, so no -Werror here.
    if ! { cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DBUILD_TESTING=OFF -DFINSAM_BENCH=OFF -DFINSAM_WERROR=OFF &&
        cmake --build "$build_dir" --target finsam -j2; } >"$work/build.log" 2>&1; then
        tail -n 40 "$work/build.log" >&2
        die "the build failed"
    fi
fi
finsam="$build_dir/src/cli/finsam"
[[ -x "$finsam" ]] || die "no finsam binary at $finsam"

calc() { awk "BEGIN { printf \"%.${2:-3}f\", $1 }"; }
verdict() { if awk "BEGIN { exit !($1) }"; then echo PASS; else echo FAIL; fi; }
pinned() { taskset -c "$core" "$@"; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
started_at="$(date -u +%Y-%m-%dT%H:%MZ)"
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"

# --- the data set --------------------------------------------------------------------------
sqlite_db="$work/national.sqlite"
log "starting PostgreSQL on 127.0.0.1:$port"
"${as_owner[@]}" "$postgres_bin/initdb" -D "$work/postgres/cluster" -A trust -U postgres \
    -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_owner[@]}" "$postgres_bin/pg_ctl" -D "$work/postgres/cluster" \
    -l "$work/postgres/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $work/postgres" start >/dev/null
postgres_started=1
"$postgres_bin/createdb" -h 127.0.0.1 -p "$port" -U postgres finsam_bench
postgres_url="postgresql://postgres@127.0.0.1:$port/finsam_bench"

# Writes the national set; prints "wall user system" in seconds.
generate() {
    /usr/bin/time -f '%e %U %S' -o "$work/generate.time" \
        taskset -c "$core" "$finsam" --db "$1" demo --scale national >"$work/generate.out"
    cat "$work/generate.time"
}
log "writing the national set into SQLite"
read -r sqlite_wall sqlite_user sqlite_system < <(generate "$sqlite_db")
cat "$work/generate.out" >&2
log "writing the national set into PostgreSQL"
read -r postgres_wall postgres_user postgres_system < <(generate "$postgres_url")
cat "$work/generate.out" >&2
reports=$(sqlite3 "$sqlite_db" 'SELECT COUNT(*) FROM reports')
figures=$(sqlite3 "$sqlite_db" 'SELECT COUNT(*) FROM report_figures')
sqlite_size=$(du -m "$sqlite_db" | cut -f1)
# Fresh planner statistics, as a running server's autovacuum would have them.
psql -X -q "$postgres_url" -c 'VACUUM ANALYZE' >/dev/null
sqlite3 "$sqlite_db" 'ANALYZE'

# --- the hand-written queries --------------------------------------------------------------
# The figures `finsam statistics --period YEAR` shows, as it computes them: for each insats,
# the flows of the period (new, ended, their splits) summed over its kvartalsrapporter ending
# within the year, and the other counts (in total, active, ended since the start...) from
# its latest report ending within it (a slutrapport before a kvartalsrapport of the same
# end); each from the report's latest version. Then the förbund's totals of each figure. For
# one förbund, or for all of them.
flows="'participants_new', 'ended_in_period', 'ended_by_reason', 'income_at_start', \
'income_at_end', 'referred_by', 'target_group'"
write_query() { # write_query FILE ASSOCIATION-CONDITION
    cat >"$1" <<SQL
WITH reported AS (
    SELECT a.name AS forbund, i.name AS insats, r.kind, v.id AS version_id,
           ROW_NUMBER() OVER (PARTITION BY r.intervention_id
                              ORDER BY r.period_end DESC, r.kind DESC, r.id DESC) AS recency
    FROM reports r
    JOIN interventions i ON i.id = r.intervention_id
    JOIN associations a ON a.id = i.association_id
    JOIN report_versions v ON v.report_id = r.id
     AND v.version = (SELECT MAX(x.version) FROM report_versions x WHERE x.report_id = r.id)
    WHERE $2 AND r.period_start IS NOT NULL
      AND r.period_end >= '$year-01-01' AND r.period_end <= '$year-12-31'
), cells AS (
    SELECT p.forbund, p.insats, f.measure, f.category, SUM(f.value) AS value
    FROM reported p JOIN report_figures f ON f.version_id = p.version_id
    WHERE f.unit = 'count'
      AND ((f.measure IN ($flows) AND p.kind = 'kvartalsrapport')
           OR (f.measure NOT IN ($flows) AND p.recency = 1))
    GROUP BY p.forbund, p.insats, f.measure, f.category
)
SELECT forbund, insats, measure, category, value FROM cells
UNION ALL
SELECT forbund, NULL, measure, category, SUM(value) FROM cells
WHERE measure <> 'participants_target' GROUP BY forbund, measure, category
ORDER BY 1, 2, 3, 4;
SQL
}
write_query "$work/one-forbund.sql" "a.name = '$forbund'"
write_query "$work/national.sql" "TRUE"

# --- measuring -----------------------------------------------------------------------------
statistics_one="statistics --period $year --forbund '$forbund' --format json"
if "$finsam" statistics --help 2>/dev/null | grep -q -- '--all-forbund'; then
    national_kind="finsam statistics --all-forbund"
    national_command() { echo "$finsam --db '$1' statistics --period $year --all-forbund --format json"; }
else
    national_kind="(a) for each of the 80 förbund in turn (no --all-forbund in this finsam)"
    national_command() {
        echo "for n in \$(seq -w 1 80); do $finsam --db '$1' statistics --period $year \
--forbund \"Samordningsförbundet Demo \$n\" --format json; done"
    }
fi

measure() { # measure NAME COMMAND...: hyperfine's median of each command, one per line
    pinned hyperfine --style basic --warmup 2 --runs "$runs" --shell bash \
        --export-json "$work/$1.json" "${@:2}" >"$work/$1.log" 2>&1 ||
        { cat "$work/$1.log" >&2; die "hyperfine failed on $1"; }
    jq -r '.results[].median' "$work/$1.json"
}
# The national table shares the förbund out over the machine's cores: measured on all of them
# too (the pinned figures are one core's).
measure_on_every_core() {
    taskset -c 0-"$(($(nproc) - 1))" hyperfine --style basic --warmup 2 --runs "$runs" \
        --shell bash --export-json "$work/$1.json" "${@:2}" >"$work/$1.log" 2>&1 ||
        { cat "$work/$1.log" >&2; die "hyperfine failed on $1"; }
    jq -r '.results[].median' "$work/$1.json"
}

log "measuring one förbund-year"
mapfile -t one < <(measure one-forbund \
    "$finsam --db '$sqlite_db' $statistics_one" \
    "sqlite3 '$sqlite_db' < '$work/one-forbund.sql'" \
    "$finsam --db '$postgres_url' $statistics_one" \
    "psql -X -q -A -t '$postgres_url' -f '$work/one-forbund.sql'")
log "measuring the national table of a year: $national_kind"
mapfile -t national < <(measure national \
    "$(national_command "$sqlite_db")" \
    "sqlite3 '$sqlite_db' < '$work/national.sql'" \
    "$(national_command "$postgres_url")" \
    "psql -X -q -A -t '$postgres_url' -f '$work/national.sql'")
log "measuring the national table on every core"
mapfile -t national_cores < <(measure_on_every_core national-cores \
    "$(national_command "$sqlite_db")" \
    "$(national_command "$postgres_url")")

ms() { calc "$1 * 1000" 1; }
row() { # row WHAT BACKEND PRODUCT SQL GOAL
    local share
    share=$(calc "$4 / $3" 2)
    printf '| %s | %s | %s ms | %s | %s ms | %s (%s) |\n' "$1" "$2" "$(ms "$3")" \
        "$(verdict "$3 < $5")" "$(ms "$4")" "$share" "$(verdict "$4 / $3 >= $goal_sql_share")"
}

cat <<EOF

Statistics benchmark ($started_at, commit $commit, load average before: $load_before)
Data: $reports reports, $figures figures; SQLite file ${sqlite_size} MiB
Writing the national set (wall / CPU user+system):
  SQLite:     ${sqlite_wall} s / $(calc "$sqlite_user + $sqlite_system" 2) s
  PostgreSQL: ${postgres_wall} s / $(calc "$postgres_user + $postgres_system" 2) s (finsam's CPU only)
National table: $national_kind
Medians of $runs runs, pinned to core $core:

| Figures | Database | finsam | Goal | SQL in the shell | SQL / finsam (≥ 0.67) |
|---|---|---|---|---|---|
EOF
row "one förbund-year" SQLite "${one[0]}" "${one[1]}" "$goal_one_forbund"
row "one förbund-year" PostgreSQL "${one[2]}" "${one[3]}" "$goal_one_forbund"
row "national table, $year" SQLite "${national[0]}" "${national[1]}" "$goal_national"
row "national table, $year" PostgreSQL "${national[2]}" "${national[3]}" "$goal_national"
cat <<EOF

The national table on all $(nproc) cores (the SQL as above, on one):

| Figures | Database | finsam | Goal | SQL in the shell | SQL / finsam (≥ 0.67) |
|---|---|---|---|---|---|
EOF
row "national table, $year, $(nproc) cores" SQLite "${national_cores[0]}" "${national[1]}" \
    "$goal_national"
row "national table, $year, $(nproc) cores" PostgreSQL "${national_cores[1]}" "${national[3]}" \
    "$goal_national"
