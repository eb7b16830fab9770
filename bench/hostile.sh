#!/usr/bin/env bash
# Issue #8's load test (see bench/README.md, "Hostile load (issue #8)"): while one client
# holds 200 idle connections and ten uploads of a Word file that inflates to about 60 MB are
# read at once, a logged-in user's overview still answers within 1 s and the server's peak
# memory stays under 500 MB.
#
# Builds a release binary in build-bench-hostile/, imports a small förbund (20 insatser x 8
# quarterly reports, bench/make-web-reports.awk) into a new SQLite database, adds a kansli
# user, starts `finsam serve` with its defaults on a free loopback port, and logs in with curl.
# Then, all on loopback:
#   - the user (127.0.0.1) asks for the overview every 0.1 s from start to end;
#   - after 2 s, a hostile client (127.0.0.2, bench/idle-connections.py) keeps 200 idle
#     connections open, opening a new one whenever the server closes one;
#   - after 4 s, ten uploads (127.0.0.3) of the same Word file start at once
#     (bench/make-large-docx.py: the fictional kvartalsrapport with section 2.1 repeated
#     until word/document.xml is 60 MB; about 330 KB on disk);
#   - 3 s after the last upload has its answer, everything stops.
# The server's RSS is sampled every 0.1 s and its VmHWM read at the end. Prints a summary
# with PASS/FAIL per goal, then stops the server and removes the temporary folder. Bounded by
# FINSAM_BENCH_TIME_LIMIT seconds (default 600).
#
#   bench/hostile.sh
#
# Environment: FINSAM_BENCH_BUILD_DIR (build-bench-hostile), FINSAM_BENCH_SKIP_BUILD=1,
# FINSAM_BENCH_KEEP=1 (keep the temporary folder), FINSAM_BENCH_IDLE (200 connections),
# FINSAM_BENCH_UPLOADS (10), FINSAM_BENCH_INFLATED_MB (60), FINSAM_BENCH_TIME_LIMIT (600),
# FINSAM_BENCH_SERVER_OPTIONS (extra `finsam serve` options, e.g. "--threads 64").
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
time_limit="${FINSAM_BENCH_TIME_LIMIT:-600}"

# Bound the whole run: re-run this script under timeout; the EXIT trap still cleans up.
if [[ -z "${FINSAM_BENCH_BOUNDED:-}" ]]; then
    export FINSAM_BENCH_BOUNDED=1
    status=0
    timeout -k 20 "$time_limit" bash "${BASH_SOURCE[0]}" "$@" || status=$?
    if [[ $status -eq 124 ]]; then
        echo "bench/hostile.sh: stopped after the time limit of ${time_limit} s" >&2
    fi
    exit "$status"
fi

for argument in "$@"; do
    case "$argument" in
    -h | --help)
        awk 'NR > 1 && !/^#/ { exit } NR > 1' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "bench/hostile.sh: unknown argument $argument (try --help)" >&2
        exit 2
        ;;
    esac
done

build_dir="${FINSAM_BENCH_BUILD_DIR:-$root/build-bench-hostile}"
idle_count="${FINSAM_BENCH_IDLE:-200}"
upload_count="${FINSAM_BENCH_UPLOADS:-10}"
inflated_mb="${FINSAM_BENCH_INFLATED_MB:-60}"
read -r -a server_options <<<"${FINSAM_BENCH_SERVER_OPTIONS:-}"
forbund="Samordningsförbundet Benchdalen"
password="benchmark-password"
insatser=20
quarters=8

# Goals.
goal_latency_ms=1000 # the overview's slowest answer
goal_rss_kb=488281   # 500 MB (500,000,000 bytes) in KiB

log() { printf '\n== %s\n' "$*" >&2; }
die() {
    echo "bench/hostile.sh: $*" >&2
    exit 2
}

# --- tools -------------------------------------------------------------------------------
missing_packages=()
need() { # need COMMAND PACKAGE
    command -v "$1" >/dev/null 2>&1 || missing_packages+=("$2")
}
need cmake cmake
need ninja ninja-build
need curl curl
need python3 python3
need timeout coreutils
if [[ ${#missing_packages[@]} -gt 0 ]]; then
    log "installing ${missing_packages[*]}"
    sudo_if_needed=()
    [[ $(id -u) -eq 0 ]] || sudo_if_needed=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_if_needed[@]}" apt-get update -qq
    "${sudo_if_needed[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing_packages[@]}" >/dev/null
fi

work="$(mktemp -d -t finsam-hostile-bench.XXXXXX)"
server_pid=""
background_pids=()
stop_server() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$server_pid" 2>/dev/null || true
    fi
    server_pid=""
}
cleanup() {
    for pid in "${background_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    stop_server
    if [[ "${FINSAM_BENCH_KEEP:-0}" == 1 ]]; then
        echo "bench/hostile.sh: kept $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'echo "bench/hostile.sh: failed at line $LINENO" >&2' ERR
trap 'exit 143' TERM
trap 'exit 130' INT

# --- build -------------------------------------------------------------------------------
if [[ "${FINSAM_BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    log "building the release binary in $build_dir"
    jobs=2
    if pgrep -x cc1plus >/dev/null 2>&1; then
        jobs=1 # another compiler runs on this shared machine
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

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
started_at="$(date -u +%Y-%m-%dT%H:%MZ)"
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ $(git -C "$root" status --porcelain 2>/dev/null | wc -l) -gt 0 ]]; then
    commit="$commit (+ uncommitted changes)"
fi

# --- data, user, server ---------------------------------------------------------------------
year=$(date +%Y)
month=$((10#$(date +%m)))
quarter=$(((month - 1) / 3 + 1))
log "generating and importing $insatser insatser x $quarters quarterly reports"
mkdir -p "$work/reports"
awk -v out="$work/reports" -v year="$year" -v quarter="$quarter" -v insatser="$insatser" \
    -v quarters="$quarters" -v ended=1 -f "$root/bench/make-web-reports.awk"
db="$work/bench.db"
"$finsam" --db "$db" --forbund "$forbund" import "$work/reports" >"$work/import.out" \
    2>"$work/import.err" || { tail -n 20 "$work/import.err" >&2; die "the import failed"; }
FINSAM_PASSWORD="$password" "$finsam" --db "$db" --forbund "$forbund" user add bench \
    --role kansli --name "Bänk Kansli" >"$work/user.out" 2>&1 ||
    { cat "$work/user.out" >&2; die "cannot add the user"; }

log "making the Word file: section 2.1 repeated until word/document.xml is $inflated_mb MB"
docx="$work/stor-rapport.docx"
python3 "$root/bench/make-large-docx.py" "$docx" "$root/bench/fixtures/fiktiv-kvartalsrapport.txt" \
    "$inflated_mb"
docx_bytes=$(stat -c %s "$docx")
inflated_bytes=$(python3 -c 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).getinfo("word/document.xml").file_size)' "$docx")
echo "$docx: $docx_bytes bytes, word/document.xml $inflated_bytes bytes" >&2

log "starting finsam serve ${server_options[*]}"
"$finsam" --db "$db" serve --port 0 "${server_options[@]}" >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
port=""
for _ in $(seq 100); do
    port=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/server.out" 2>/dev/null | grep -o '[0-9]*$' || true)
    [[ -z "$port" ]] || break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err" >&2; die "the server exited"; }
    sleep 0.1
done
[[ -n "$port" ]] || die "the server did not say which port it listens on"
base="http://127.0.0.1:$port"

jar="$work/cookies.txt"
curl -s -c "$jar" -b "$jar" "$base/login" >"$work/login.html"
csrf=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$work/login.html" | head -n 1)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$csrf" \
    --data-urlencode "username=bench" --data-urlencode "password=$password" "$base/login"
session=$(awk '$6 == "finsam_session" { print $7 }' "$jar")
[[ -n "$session" ]] || die "logging in failed: no finsam_session cookie"
cookie="Cookie: finsam_session=$session"
import_csrf=$(curl -s -H "$cookie" "$base/import" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
[[ -n "$import_csrf" ]] || die "the import page has no _csrf field"
overview_url="$base/oversikt"
[[ "$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "$overview_url")" == 200 ]] ||
    die "the overview does not answer 200"
idle_rss=$(awk '$1 == "VmRSS:" { print $2 }' "/proc/$server_pid/status")

# --- the load ------------------------------------------------------------------------------
stop_file="$work/stop"
log "probing the overview every 0.1 s; $idle_count idle connections from 127.0.0.2 after 2 s;" \
    "$upload_count uploads from 127.0.0.3 after 4 s"
(
    while [[ ! -e "$stop_file" ]]; do
        curl -s -o /dev/null -m 30 -w '%{http_code} %{time_total}\n' -H "$cookie" "$overview_url" || echo "000 30"
        sleep 0.1
    done
) >"$work/probe.txt" &
background_pids+=($!)
(
    while [[ ! -e "$stop_file" ]]; do
        awk '$1 == "VmRSS:" { print $2 }' "/proc/$server_pid/status" 2>/dev/null || true
        sleep 0.1
    done
) >"$work/rss.txt" &
background_pids+=($!)

sleep 2
python3 "$root/bench/idle-connections.py" 127.0.0.1 "$port" 127.0.0.2 "$idle_count" 600 \
    >"$work/idle.txt" 2>&1 &
idle_pid=$!
background_pids+=($idle_pid)
sleep 2

upload_pids=()
uploads_started=$(date +%s.%N)
for index in $(seq "$upload_count"); do
    curl -s -o "$work/upload-$index.html" -m 300 --interface 127.0.0.3 -H "$cookie" \
        -F "_csrf=$import_csrf" \
        -F "file=@$docx;type=application/vnd.openxmlformats-officedocument.wordprocessingml.document" \
        -w '%{http_code} %{time_total}\n' "$base/import" >"$work/upload-$index.txt" 2>&1 &
    upload_pids+=($!)
done
for pid in "${upload_pids[@]}"; do
    wait "$pid" || true
done
uploads_seconds=$(awk -v start="$uploads_started" -v end="$(date +%s.%N)" 'BEGIN { printf "%.1f", end - start }')
sleep 3
touch "$stop_file"
kill -TERM "$idle_pid" 2>/dev/null || true
wait "$idle_pid" 2>/dev/null || true
sleep 0.5
peak_rss=$(awk '$1 == "VmHWM:" { print $2 }' "/proc/$server_pid/status")
threads_now=$(awk '$1 == "Threads:" { print $2 }' "/proc/$server_pid/status")
stop_server

# --- summary -------------------------------------------------------------------------------
probe_count=$(wc -l <"$work/probe.txt")
probe_failures=$(awk '$1 != 200' "$work/probe.txt" | wc -l)
read -r probe_max probe_p99 probe_p50 < <(awk '{ print $2 * 1000 }' "$work/probe.txt" | sort -n |
    awk '{ v[NR] = $1 } END {
        p99 = v[int(NR * 0.99 + 0.999)]; p50 = v[int(NR * 0.5 + 0.999)];
        printf "%.1f %.1f %.1f\n", v[NR], p99, p50 }')
sampled_rss=$(sort -n "$work/rss.txt" | tail -n 1)
upload_statuses=$(cat "$work"/upload-*.txt | awk '{ print $1 }' | sort | uniq -c |
    awk '{ printf "%s%s x %s", (NR > 1 ? ", " : ""), $1, $2 }')
upload_times=$(cat "$work"/upload-*.txt | awk '{ print $2 }' | sort -n |
    awk '{ v[NR] = $1 } END { printf "fastest %.1f s, slowest %.1f s", v[1], v[NR] }')
idle_summary=$(cat "$work/idle.txt" 2>/dev/null || echo "no report")
below() { awk "BEGIN { exit !($1 < $2) }"; }
verdict() { if "$@"; then echo PASS; else echo FAIL; fi; }
latency_verdict=$(verdict below "$probe_max" "$goal_latency_ms")
[[ $probe_failures -eq 0 ]] || latency_verdict=FAIL
rss_verdict=$(verdict below "$peak_rss" "$goal_rss_kb")

cat <<SUMMARY

================================================================================
finsam hostile-load summary  ($started_at, commit $commit)
machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo),
         load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)
server:  finsam serve ${server_options[*]:-(defaults)} ($finsam); $insatser insatser
upload:  $(basename "$docx"), $docx_bytes bytes, word/document.xml $inflated_bytes bytes

Overview (/oversikt) as a logged-in user, every 0.1 s during the load:
  requests         $probe_count, not 200: $probe_failures
  latency max      $probe_max ms   (goal < $goal_latency_ms ms)   [$latency_verdict]
  latency p99      $probe_p99 ms, p50 $probe_p50 ms
Server memory:
  peak RSS         $peak_rss KiB = $(awk -v kb="$peak_rss" 'BEGIN { printf "%.1f", kb / 1024 }') MiB (VmHWM; sampled max $sampled_rss KiB; idle $idle_rss KiB)   (goal < 500 MB)   [$rss_verdict]
  threads          $threads_now
Hostile clients:
  idle (127.0.0.2) $idle_summary
  uploads          $upload_count at once: $upload_statuses; $upload_times; all answered in $uploads_seconds s
================================================================================
SUMMARY
