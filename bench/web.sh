#!/usr/bin/env bash
# Issue #3's goal for the web application (see bench/README.md, "Web (issue #3)"):
#   the overview page (/oversikt) of a förbund with 50 insatser and five years of quarterly
#   reports serves >= 1,000 requests/s with 32 connections on this 2-core machine, with a 99th
#   percentile latency under 50 ms and the server's memory under 100 MB;
# plus, for information, one insats's page (/insatser/ID) and the overview's JSON
# (/api/v1/oversikt).
#
# The overview is measured twice: on `finsam serve` as configured by default (the overview's
# content comes from a 5-second page cache, emptied by any change made through the web
# application; PASS/FAIL is judged on this one), and on a second server started with
# `--page-cache 0`, where every request queries the database and renders the page (printed
# beside it, no verdict).
#
# Builds a release binary in build-bench-web/, generates 50 insatser x 20 quarterly reports
# (bench/make-web-reports.awk) and imports them into a new SQLite database, adds a kansli user,
# starts `finsam serve` on a free port, logs in with curl, and loads each page with wrk
# (5 s warm-up, then 30 s; 2 threads, 32 connections). Prints a summary with PASS/FAIL per
# goal, then stops the server and removes the temporary folder. The whole run is bounded
# (FINSAM_BENCH_TIME_LIMIT seconds, default 600).
#
#   bench/web.sh              everything
#   bench/web.sh --profile    also: perf (cpu-clock samples with call graphs) of each server
#                             during a 10 s wrk run of the overview (cached and uncached);
#                             where the time goes
#   bench/web.sh --quick      5 s runs, 2 s warm-up (a smoke test of the script)
#
# Environment: FINSAM_BENCH_BUILD_DIR (build-bench-web), FINSAM_BENCH_SKIP_BUILD=1,
# FINSAM_BENCH_KEEP=1 (keep the temporary folder: database, reports, wrk and server output),
# FINSAM_BENCH_DURATION (30), FINSAM_BENCH_WARMUP (5), FINSAM_BENCH_CONNECTIONS (32),
# FINSAM_BENCH_WRK_THREADS (2), FINSAM_BENCH_SERVER_THREADS (finsam serve --threads for both
# servers; empty: the server's default, 64 threads over 8 database connections),
# FINSAM_BENCH_SERVER_CPUS and FINSAM_BENCH_WRK_CPUS (taskset lists; default 0,1 for both:
# the server may use the whole machine, and wrk shares it), FINSAM_BENCH_INSATSER (50),
# FINSAM_BENCH_QUARTERS (20), FINSAM_BENCH_TIME_LIMIT (600), FINSAM_BENCH_PAGES (which runs:
# default "overview insats api uncached"; "uncached" is the overview with --page-cache 0).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
time_limit="${FINSAM_BENCH_TIME_LIMIT:-600}"

# Bound the whole run: re-run this script under timeout, which signals every process of the
# run when the time is up; the EXIT trap below still stops the server and removes the folder.
if [[ -z "${FINSAM_BENCH_BOUNDED:-}" ]]; then
    export FINSAM_BENCH_BOUNDED=1
    status=0
    timeout -k 20 "$time_limit" bash "${BASH_SOURCE[0]}" "$@" || status=$?
    if [[ $status -eq 124 ]]; then
        echo "bench/web.sh: stopped after the time limit of ${time_limit} s" >&2
    fi
    exit "$status"
fi

profile=0
quick=0
for argument in "$@"; do
    case "$argument" in
    --profile) profile=1 ;;
    --quick) quick=1 ;;
    -h | --help)
        awk 'NR > 1 && !/^#/ { exit } NR > 1' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "bench/web.sh: unknown argument $argument (try --help)" >&2
        exit 2
        ;;
    esac
done

build_dir="${FINSAM_BENCH_BUILD_DIR:-$root/build-bench-web}"
duration="${FINSAM_BENCH_DURATION:-30}"
warmup="${FINSAM_BENCH_WARMUP:-5}"
connections="${FINSAM_BENCH_CONNECTIONS:-32}"
wrk_threads="${FINSAM_BENCH_WRK_THREADS:-2}"
server_threads="${FINSAM_BENCH_SERVER_THREADS:-}"
server_cpus="${FINSAM_BENCH_SERVER_CPUS:-0,1}"
wrk_cpus="${FINSAM_BENCH_WRK_CPUS:-0,1}"
insatser="${FINSAM_BENCH_INSATSER:-50}"
quarters="${FINSAM_BENCH_QUARTERS:-20}"
pages="${FINSAM_BENCH_PAGES:-overview insats api uncached}"
ended=5
[[ $insatser -gt 10 ]] || ended=1
if [[ $quick -eq 1 ]]; then
    duration=5 warmup=2
fi
forbund="Samordningsförbundet Benchdalen"
password="benchmark-password"

# Goals.
goal_rate=1000        # requests per second
goal_p99_ms=50        # 99th percentile latency
goal_rss_kb=97656     # 100 MB (100,000,000 bytes) in KiB

log() { printf '\n== %s\n' "$*" >&2; }
die() {
    echo "bench/web.sh: $*" >&2
    exit 2
}

# --- tools -------------------------------------------------------------------------------
missing_packages=()
need() { # need COMMAND PACKAGE
    command -v "$1" >/dev/null 2>&1 || missing_packages+=("$2")
}
need cmake cmake
need ninja ninja-build
need wrk wrk
need curl curl
need taskset util-linux
need timeout coreutils
[[ -x /usr/bin/time ]] || missing_packages+=(time)
[[ $profile -eq 0 ]] || need perf linux-perf
if [[ ${#missing_packages[@]} -gt 0 ]]; then
    log "installing ${missing_packages[*]}"
    sudo_if_needed=()
    [[ $(id -u) -eq 0 ]] || sudo_if_needed=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_if_needed[@]}" apt-get update -qq
    "${sudo_if_needed[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing_packages[@]}" >/dev/null
fi
cpus=$(nproc)
[[ $cpus -ge 2 ]] || server_cpus=0 wrk_cpus=0

work="$(mktemp -d -t finsam-web-bench.XXXXXX)"
server_pid=""
stop_server() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=""
}
cleanup() {
    stop_server
    if [[ "${FINSAM_BENCH_KEEP:-0}" == 1 ]]; then
        echo "bench/web.sh: kept $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'echo "bench/web.sh: failed at line $LINENO" >&2' ERR
trap 'exit 143' TERM
trap 'exit 130' INT

# --- build -------------------------------------------------------------------------------
if [[ "${FINSAM_BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    log "building the release binary in $build_dir"
    # One job when another compiler is running on this shared machine.
    jobs=2
    if pgrep -x cc1plus >/dev/null 2>&1; then
        jobs=1
    fi
    if ! { cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DBUILD_TESTING=OFF -DFINSAM_BENCH=OFF &&
        cmake --build "$build_dir" --target finsam -j"$jobs"; } >"$work/build.log" 2>&1; then
        tail -n 40 "$work/build.log" >&2
        die "the build failed"
    fi
    tail -n 1 "$work/build.log" >&2
fi
finsam="$build_dir/src/cli/finsam"
[[ -x "$finsam" ]] || die "no finsam binary at $finsam"

calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
at_least() { awk "BEGIN { exit !($1 >= $2) }"; }
at_most() { awk "BEGIN { exit !($1 <= $2) }"; }
below() { awk "BEGIN { exit !($1 < $2) }"; }
verdict() { if "$@"; then echo PASS; else echo FAIL; fi; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
started_at="$(date -u +%Y-%m-%dT%H:%MZ)"
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ $(git -C "$root" status --porcelain 2>/dev/null | wc -l) -gt 0 ]]; then
    commit="$commit (+ uncommitted changes)"
fi

# --- data --------------------------------------------------------------------------------
# The current quarter and the one before it (the overview's default, and the one measured).
year=$(date +%Y)
month=$((10#$(date +%m)))
quarter=$(((month - 1) / 3 + 1))
previous_year=$year previous_quarter=$((quarter - 1))
if [[ $previous_quarter -eq 0 ]]; then
    previous_year=$((year - 1)) previous_quarter=4
fi
measured_quarter=$(printf '%04d-%02d-01' "$previous_year" $((3 * (previous_quarter - 1) + 1)))

log "generating $insatser insatser x $quarters quarterly reports (ending $year Q$quarter) and $ended slutrapporter"
reports="$work/reports"
mkdir -p "$reports"
awk -v out="$reports" -v year="$year" -v quarter="$quarter" -v insatser="$insatser" \
    -v quarters="$quarters" -v ended="$ended" -f "$root/bench/make-web-reports.awk"
report_files=$(find "$reports" -type f | wc -l)
echo "$report_files files, $(du -sk "$reports" | cut -f1) KiB" >&2

db="$work/bench.db"
log "importing them into $db"
import_started=$(date +%s.%N)
"$finsam" --db "$db" --forbund "$forbund" import "$reports" >"$work/import.out" 2>"$work/import.err" ||
    { tail -n 20 "$work/import.err" >&2; die "the import failed"; }
import_seconds=$(calc "$(date +%s.%N) - $import_started" 1)
tail -n 1 "$work/import.err" >&2
"$finsam" --db "$db" --forbund "$forbund" list >"$work/list.out"
insats_count=$(awk 'NR > 1 && $1 ~ /^[0-9]+$/' "$work/list.out" | wc -l)
report_count=$(awk 'NR > 1 && $1 ~ /^[0-9]+$/ { s += $NF } END { print s + 0 }' "$work/list.out")
echo "finsam list: $insats_count insatser, $report_count reports" >&2
[[ $insats_count -eq $insatser ]] || { cat "$work/list.out" >&2; die "expected $insatser insatser"; }
[[ $report_count -ge $((insatser * quarters)) ]] ||
    die "expected at least $((insatser * quarters)) reports, found $report_count"
insats_id=$(awk 'NR > 1 && $1 ~ /^[0-9]+$/ { print $1; exit }' "$work/list.out")
db_kib=$(du -sk "$db" | cut -f1)

log "adding the kansli user bench"
FINSAM_PASSWORD="$password" "$finsam" --db "$db" --forbund "$forbund" \
    user add bench --role kansli --name "Bench" >"$work/user.out" 2>&1 ||
    { cat "$work/user.out" >&2; die "cannot add the user"; }

# --- server ------------------------------------------------------------------------------
thread_option=()
[[ -z "$server_threads" ]] || thread_option=(--threads "$server_threads")
server_out=""
# start_server LABEL [OPTION...]: starts finsam serve with those options, waits until it
# answers, and logs in as the kansli user; sets server_pid, base and cookie.
start_server() {
    local label="$1" port=""
    shift
    server_out="$work/server-$label"
    log "starting finsam serve ${thread_option[*]} $* on cpus $server_cpus ($label)"
    taskset -c "$server_cpus" "$finsam" --db "$db" serve --port 0 "${thread_option[@]}" "$@" \
        >"$server_out.out" 2>"$server_out.err" &
    server_pid=$!
    for _ in $(seq 100); do
        port=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$server_out.out" 2>/dev/null | grep -o '[0-9]*$' || true)
        [[ -z "$port" ]] || break
        kill -0 "$server_pid" 2>/dev/null || { cat "$server_out.err" >&2; die "the server exited"; }
        sleep 0.1
    done
    [[ -n "$port" ]] || die "the server did not say which port it listens on"
    base="http://127.0.0.1:$port"
    for _ in $(seq 100); do
        [[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/login" || true)" == 200 ]] && break
        sleep 0.1
    done
    echo "listening on $base (pid $server_pid)" >&2

    # Log in as the kansli user: the login form's CSRF token (and its cookie), then the session.
    local jar="$work/cookies-$label.txt" csrf login_status session
    curl -s -c "$jar" -b "$jar" "$base/login" >"$work/login-$label.html"
    csrf=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$work/login-$label.html" | head -n 1)
    [[ -n "$csrf" ]] || die "the login page has no _csrf field"
    login_status=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' \
        --data-urlencode "_csrf=$csrf" --data-urlencode "username=bench" \
        --data-urlencode "password=$password" "$base/login")
    session=$(awk '$6 == "finsam_session" { print $7 }' "$jar")
    [[ -n "$session" ]] || die "logging in failed (HTTP $login_status): no finsam_session cookie"
    cookie="Cookie: finsam_session=$session"
    overview_url="$base/oversikt?kvartal=$measured_quarter"
    insats_url="$base/insatser/$insats_id"
    api_url="$base/api/v1/oversikt?kvartal=$measured_quarter"
}

# proc_status FIELD: a field of the server's /proc/PID/status in KiB.
proc_status() { awk -v field="$1:" '$1 == field { print $2 }' "/proc/$server_pid/status"; }
# server_cpu_ticks: user + system clock ticks the server has used so far.
server_cpu_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$server_pid/stat"; }
ticks_per_second=$(getconf CLK_TCK)

check_page() { # check_page URL FILE: 200 or die
    local code
    code=$(curl -s -H "$cookie" -o "$2" -w '%{http_code}' "$1")
    [[ $code == 200 ]] || die "GET $1 answered $code"
}
check_overview() { # check_overview FILE: the overview lists the insatser, or die
    check_page "$overview_url" "$1"
    local expected_in_page linked_insatser
    expected_in_page=$(sed -n 's/.*counts__number">\([0-9]*\)<\/span> insatser ska rapportera.*/\1/p' "$1")
    linked_insatser=$(grep -o 'href="/insatser/[0-9]*"' "$1" | sort -u | wc -l)
    overview_bytes=$(stat -c %s "$1")
    echo "GET /oversikt?kvartal=$measured_quarter: 200, $overview_bytes bytes," \
        "${expected_in_page:-?} insatser ska rapportera, $linked_insatser insatser linked" >&2
    [[ "$expected_in_page" == "$insatser" && $linked_insatser -eq $insatser ]] ||
        die "the overview does not list $insatser insatser"
}

# --- load --------------------------------------------------------------------------------
# to_ms VALUE: wrk's latency (e.g. 812.00us, 12.34ms, 1.02s) in milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000;
        printf "%.2f", n }'
}
# measure LABEL URL: warm-up, then the measured run; sets rate, p50, p99, errors, cpu_ms.
measure() {
    local label="$1" url="$2" before after wrk_cpu
    log "$label: warm-up ${warmup} s, then wrk -t$wrk_threads -c$connections -d${duration}s (cpus $wrk_cpus)"
    taskset -c "$wrk_cpus" wrk -t"$wrk_threads" -c"$connections" -d"${warmup}s" -H "$cookie" "$url" \
        >"$work/$label.warmup" 2>&1 || die "wrk failed: $(cat "$work/$label.warmup")"
    before=$(server_cpu_ticks)
    local load="$(cut -d' ' -f1 /proc/loadavg)"
    /usr/bin/time -o "$work/$label.wrk-time" -f '%U %S' taskset -c "$wrk_cpus" \
        wrk -t"$wrk_threads" -c"$connections" -d"${duration}s" --latency -H "$cookie" "$url" \
        >"$work/$label.wrk" 2>&1 || die "wrk failed: $(cat "$work/$label.wrk")"
    after=$(server_cpu_ticks)
    load="$load–$(cut -d' ' -f1 /proc/loadavg)"
    cat "$work/$label.wrk" >&2
    local requests non2xx socket_errors
    requests=$(awk '/requests in/ { print $1 }' "$work/$label.wrk")
    rate=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$work/$label.wrk")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$work/$label.wrk")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$work/$label.wrk")")
    mean=$(to_ms "$(awk '$1 == "Latency" { print $2; exit }' "$work/$label.wrk")")
    # Little's law: how many connections had a request in flight on average. Fewer than
    # $connections means that some connections waited without an answer (wrk only times
    # the requests that were answered).
    in_flight=$(calc "$(awk '/^Requests\/sec:/ { print $2 }' "$work/$label.wrk") * $mean / 1000" 1)
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$work/$label.wrk")
    socket_errors=$(awk '/Socket errors:/ { sub(/.*Socket errors: /, ""); print }' "$work/$label.wrk")
    errors="${non2xx:-0} non-2xx${socket_errors:+; socket errors: $socket_errors}"
    cpu_ms=$(calc "($after - $before) * 1000 / $ticks_per_second / $requests" 3)
    server_cores=$(calc "($after - $before) / $ticks_per_second / $duration" 2)
    wrk_cpu=$(awk '{ print $1 + $2 }' "$work/$label.wrk-time")
    wrk_cores=$(calc "$wrk_cpu / $duration" 2)
    run_load="$load"
}

skipped() { rate=0 p50=- p99=- mean=- in_flight=- errors="not measured" cpu_ms=- server_cores=- wrk_cores=- run_load=-; }
runs() { [[ " $pages " == *" $1 "* ]]; }

# --- optional profile --------------------------------------------------------------------
# perf samples the server's CPU clock (this VM has no hardware counters) with DWARF call graphs
# during a 10 s wrk run of the overview; the release binary has symbols but no frame pointers.
# Shown: the functions with most self time, the parts of a request (bench/web-profile.awk),
# and the inclusive share of the functions that name those parts.
# profile LABEL: appends to profile_summary.
profile_summary=""
profile() {
    local label="$1" samples perf_pid
    log "profile ($label): perf record of the server during a 10 s wrk run of the overview"
    perf record -e cpu-clock -F 199 --call-graph dwarf,8192 -p "$server_pid" \
        -o "$work/perf-$label.data" -- sleep 11 >"$work/perf-$label-record.log" 2>&1 &
    perf_pid=$!
    sleep 0.5
    taskset -c "$wrk_cpus" wrk -t"$wrk_threads" -c"$connections" -d10s -H "$cookie" \
        "$overview_url" >"$work/profile-$label.wrk" 2>&1 || true
    wait "$perf_pid" || true
    perf report -i "$work/perf-$label.data" --no-children --sort dso,symbol --percent-limit 1.5 \
        --stdio 2>/dev/null | grep -E '^ +[0-9.]+%' | head -n 20 >"$work/perf-$label-self.txt" || true
    perf report -i "$work/perf-$label.data" --children --sort symbol --stdio -g none 2>/dev/null |
        grep -E '^ +[0-9.]+% +[0-9.]+%' | sed -E 's/[ -]+$//' >"$work/perf-$label-children.txt" || true
    samples=$(grep -o '([0-9]* samples)' "$work/perf-$label-record.log" | grep -o '[0-9]*' || echo "?")
    perf script -i "$work/perf-$label.data" 2>/dev/null | awk -f "$root/bench/web-profile.awk" \
        >"$work/perf-$label-parts.txt" || true
    profile_summary+=$'\n'"Profile, overview $label (perf, cpu-clock samples of the server, 10 s;"
    profile_summary+=" $(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$work/profile-$label.wrk") requests/s under perf):"$'\n'
    profile_summary+="$samples samples; self time, top functions (% of the server's CPU):"$'\n'
    profile_summary+="$(sed -E 's/^ +//; s/([[:space:]]+-)*[[:space:]]*$//; s/  +/  /g' "$work/perf-$label-self.txt" | cut -c1-130)"
    profile_summary+=$'\n'"the request's parts (bench/web-profile.awk):"$'\n'"$(cat "$work/perf-$label-parts.txt")"
    profile_summary+=$'\n'"inclusive (with callees) / self:"$'\n'
    profile_summary+="$(grep -E '\] (httplib::Server::process_request|finsam::\(anonymous namespace\)::(show_overview|render_overview)|finsam::PageCache::(find|store)|finsam::OverviewQueries::(pending_warnings|quarter|final_reports)|finsam::RequestScope::(page|page_content|authenticate_page|frame)|finsam::Views::(render|render_in_layout)|finsam::overview_view.*|mstch::render|mstch::template_type::template_type|mstch::render_context::render|sqlite3_step|sqlite3_prepare_v2|soci::details::statement_impl::fetch|pthread_mutex_lock.*|operator new|finsam::AssociationStore::load)$' \
        "$work/perf-$label-children.txt" | sed -E 's/^ +//; s/ +\[\.\] / /' | head -n 30 | cut -c1-130)"$'\n'
}

# --- the default server: the overview (cached), one insats, the API ----------------------
start_server default
check_overview "$work/overview.html"
check_page "$insats_url" "$work/insats.html"
check_page "$api_url" "$work/overview.json"
insats_bytes=$(stat -c %s "$work/insats.html")
api_bytes=$(stat -c %s "$work/overview.json")

idle_rss=$(proc_status VmRSS)
server_threads_running=$(proc_status Threads)
echo "server idle after login: VmRSS $idle_rss KiB, $server_threads_running threads" >&2

if runs overview; then measure overview "$overview_url"; else skipped; fi
overview_rate=$rate overview_p50=$p50 overview_p99=$p99 overview_errors=$errors
overview_cpu_ms=$cpu_ms overview_cores=$server_cores overview_wrk_cores=$wrk_cores
overview_load=$run_load overview_in_flight=$in_flight overview_mean=$mean
overview_hwm=$(proc_status VmHWM)

if runs insats; then measure insats "$insats_url"; else skipped; fi
insats_rate=$rate insats_p50=$p50 insats_p99=$p99 insats_errors=$errors insats_cpu_ms=$cpu_ms
insats_cores=$server_cores insats_in_flight=$in_flight insats_load=$run_load

if runs api; then measure api "$api_url"; else skipped; fi
api_rate=$rate api_p50=$p50 api_p99=$p99 api_errors=$errors api_cpu_ms=$cpu_ms api_cores=$server_cores
api_in_flight=$in_flight api_load=$run_load

peak_rss=$(proc_status VmHWM)
final_rss=$(proc_status VmRSS)
[[ $profile -eq 0 ]] || ! runs overview || profile cached
stop_server

# --- a second server with --page-cache 0: the overview, queried and rendered every time --
uncached_rate=0 uncached_p50=- uncached_p99=- uncached_errors="not measured" uncached_cpu_ms=-
uncached_cores=- uncached_wrk_cores=- uncached_load=- uncached_in_flight=- uncached_mean=-
uncached_idle_rss=- uncached_peak_rss=- uncached_bytes=-
if runs uncached; then
    start_server uncached --page-cache 0
    check_overview "$work/overview-uncached.html"
    uncached_bytes=$overview_bytes
    uncached_idle_rss=$(proc_status VmRSS)
    measure uncached "$overview_url"
    uncached_rate=$rate uncached_p50=$p50 uncached_p99=$p99 uncached_errors=$errors
    uncached_cpu_ms=$cpu_ms uncached_cores=$server_cores uncached_wrk_cores=$wrk_cores
    uncached_load=$run_load uncached_in_flight=$in_flight uncached_mean=$mean
    uncached_peak_rss=$(proc_status VmHWM)
    [[ $profile -eq 0 ]] || profile uncached
    stop_server
fi
kib_mib() { if [[ "$1" == - ]]; then echo "-"; else echo "$1 KiB = $(calc "$1 / 1024" 1) MiB"; fi; }

# --- summary -------------------------------------------------------------------------------
goal_rate_verdict=$(verdict at_least "$overview_rate" "$goal_rate")
goal_p99_verdict=$(verdict below "${overview_p99/-/999999}" "$goal_p99_ms")
goal_rss_verdict=$(verdict below "$peak_rss" "$goal_rss_kb")
cat <<SUMMARY

================================================================================
finsam web benchmark summary  ($started_at, commit $commit)
machine: $cpus cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo),
         load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)
data:    $insats_count insatser, $report_count reports ($report_files files imported in $import_seconds s),
         database $((db_kib / 1024)) MiB; user bench (kansli)
server:  finsam serve ${thread_option[*]:-(default threads)} on cpus $server_cpus; wrk -t$wrk_threads -c$connections
         on cpus $wrk_cpus; ${warmup} s warm-up, then ${duration} s per page
         "default": the server's defaults (the overview's content cached for 5 s);
         "uncached": a second server with --page-cache 0 (every request queries and renders)

Goal: GET /oversikt?kvartal=$measured_quarter ($overview_bytes bytes, $insatser insatser); verdicts on "default"
                   default                    uncached (--page-cache 0)
  requests/s       $(printf '%-26s' "$overview_rate")$uncached_rate   (goal >= $goal_rate)   [$goal_rate_verdict]
  latency p99      $(printf '%-26s' "$overview_p99 ms")$uncached_p99 ms   (goal < $goal_p99_ms ms)   [$goal_p99_verdict]
  latency p50      $(printf '%-26s' "$overview_p50 ms")$uncached_p50 ms
  server CPU       $(printf '%-26s' "$overview_cpu_ms ms/request")$uncached_cpu_ms ms/request
  cores busy       $(printf '%-26s' "$overview_cores (wrk $overview_wrk_cores)")$uncached_cores (wrk $uncached_wrk_cores)
  in flight        $(printf '%-26s' "$overview_in_flight of $connections")$uncached_in_flight of $connections   (Little's law: requests/s x mean latency)
  errors           default: $overview_errors; uncached: $uncached_errors
  load average     default: $overview_load; uncached: $uncached_load (1-minute, start–end of the run)
  server peak RSS  default: $(kib_mib "$peak_rss") (VmHWM after its three runs; $overview_hwm KiB after
                   the overview run)   (goal < 100 MB)   [$goal_rss_verdict]
                   uncached: $(kib_mib "$uncached_peak_rss") (VmHWM after its run)
  server RSS       default: idle after login $idle_rss KiB, after the runs $final_rss KiB
                   ($server_threads_running threads in the server when idle); uncached: idle $uncached_idle_rss KiB

Informational (default server):
  GET /insatser/$insats_id ($insats_bytes bytes): $insats_rate requests/s, p50 $insats_p50 ms, p99 $insats_p99 ms,
      $insats_cpu_ms ms CPU per request ($insats_cores cores); $insats_errors; in flight $insats_in_flight; load $insats_load
  GET /api/v1/oversikt ($api_bytes bytes): $api_rate requests/s, p50 $api_p50 ms, p99 $api_p99 ms,
      $api_cpu_ms ms CPU per request ($api_cores cores); $api_errors; in flight $api_in_flight; load $api_load
SUMMARY
if [[ -n "$profile_summary" ]]; then
    printf '%s' "$profile_summary"
fi
echo "================================================================================"
