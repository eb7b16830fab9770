#!/usr/bin/env bash
# Issue #2's performance goals, end to end (see bench/README.md):
#   1. 1,000 distinct text reports of the seeds' size import at >= 200 reports/s on one core;
#   2. importing a batch of PDFs takes at most 1.5x as long as pdftotext alone on them;
#   3. a 10,000-file batch imports in under 200 MB of resident memory;
# plus the ReportReader micro-benchmark (finsam_reader_bench).
#
# Builds a release binary in build-bench/, generates every input into a mktemp folder (copies
# of the seed texts with a varied insats name; the examples or bench/fixtures when the seeds
# are absent), measures, prints a summary with PASS/FAIL per goal and removes the folder.
# The whole run is bounded (FINSAM_BENCH_TIME_LIMIT seconds, default 840).
#
#   bench/run.sh             everything
#   bench/run.sh --profile   also callgrind on a small batch: where import time goes
#   bench/run.sh --quick     smaller batches and fewer runs (a smoke test of the script)
#
# Environment: FINSAM_BENCH_BUILD_DIR, FINSAM_SEEDS_DIR, FINSAM_BENCH_CORE (default 0),
# FINSAM_BENCH_RUNS (default 5), FINSAM_BENCH_TEXTS (1000), FINSAM_BENCH_PDFS (50),
# FINSAM_BENCH_MEMORY_FILES (10000), FINSAM_BENCH_SKIP_BUILD=1, FINSAM_BENCH_KEEP=1 (keep the
# temporary folder and print its path).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
time_limit="${FINSAM_BENCH_TIME_LIMIT:-840}"

# Bound the whole run: re-run this script under timeout, which signals every process of the
# run when the time is up; the EXIT trap below still removes the temporary folder.
if [[ -z "${FINSAM_BENCH_BOUNDED:-}" ]]; then
    export FINSAM_BENCH_BOUNDED=1
    status=0
    timeout -k 20 "$time_limit" bash "${BASH_SOURCE[0]}" "$@" || status=$?
    if [[ $status -eq 124 ]]; then
        echo "bench/run.sh: stopped after the time limit of ${time_limit} s" >&2
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
        sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "bench/run.sh: unknown argument $argument (try --help)" >&2
        exit 2
        ;;
    esac
done

build_dir="${FINSAM_BENCH_BUILD_DIR:-$root/build-bench}"
seeds_dir="${FINSAM_SEEDS_DIR:-$root/../shared/seeds}"
core="${FINSAM_BENCH_CORE:-0}"
runs="${FINSAM_BENCH_RUNS:-5}"
text_count="${FINSAM_BENCH_TEXTS:-1000}"
pdf_count="${FINSAM_BENCH_PDFS:-50}"
memory_count="${FINSAM_BENCH_MEMORY_FILES:-10000}"
if [[ $quick -eq 1 ]]; then
    runs=2 text_count=100 pdf_count=8 memory_count=500
fi

# Goals.
goal_rate=200          # reports (files) per second
goal_pdf_ratio=1.5     # finsam import time / pdftotext time
goal_rss_kb=195312     # 200 MB (200,000,000 bytes) in KiB

log() { printf '\n== %s\n' "$*" >&2; }
die() {
    echo "bench/run.sh: $*" >&2
    exit 2
}

# --- tools -------------------------------------------------------------------------------
missing_packages=()
need() { # need COMMAND PACKAGE
    command -v "$1" >/dev/null 2>&1 || missing_packages+=("$2")
}
need cmake cmake
need ninja ninja-build
need hyperfine hyperfine
need pdftotext poppler-utils
need soffice libreoffice-writer-nogui
need jq jq
need taskset util-linux
need timeout coreutils
[[ -x /usr/bin/time ]] || missing_packages+=(time)
[[ -f /usr/include/benchmark/benchmark.h ]] || missing_packages+=(libbenchmark-dev)
[[ $profile -eq 0 ]] || need valgrind valgrind
if [[ ${#missing_packages[@]} -gt 0 ]]; then
    log "installing ${missing_packages[*]}"
    sudo_if_needed=()
    [[ $(id -u) -eq 0 ]] || sudo_if_needed=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_if_needed[@]}" apt-get update -qq
    "${sudo_if_needed[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing_packages[@]}" >/dev/null
fi
if [[ $core -ge $(nproc) ]]; then
    core=0
fi
pin=(taskset -c "$core")

work="$(mktemp -d -t finsam-bench.XXXXXX)"
cleanup() {
    if [[ "${FINSAM_BENCH_KEEP:-0}" == 1 ]]; then
        echo "bench/run.sh: kept $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'echo "bench/run.sh: failed at line $LINENO" >&2' ERR
trap 'exit 143' TERM
trap 'exit 130' INT

# --- build -------------------------------------------------------------------------------
if [[ "${FINSAM_BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    log "building the release binary in $build_dir"
    if ! { cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DBUILD_TESTING=OFF -DFINSAM_BENCH=ON &&
        ninja -C "$build_dir" -j2 finsam finsam_reader_bench; } >"$work/build.log" 2>&1; then
        tail -n 40 "$work/build.log" >&2
        die "the build failed"
    fi
    tail -n 1 "$work/build.log" >&2
fi
finsam="$build_dir/src/cli/finsam"
reader_bench="$build_dir/bench/finsam_reader_bench"
[[ -x "$finsam" ]] || die "no finsam binary at $finsam"

# --- inputs ------------------------------------------------------------------------------
# Report texts to copy: the seed texts; without them the examples; without those the fictional
# report in bench/fixtures.
sources=()
source_kind=""
if compgen -G "$seeds_dir/*.txt" >/dev/null; then
    mapfile -t sources < <(find "$seeds_dir" -maxdepth 1 -type f -name '*.txt' | sort)
    source_kind="seed texts in $seeds_dir"
else
    mapfile -t sources < <(find "$root/examples" -type f \( -name '*.txt' -o -name '*.md' \) \
        ! -name 'README*' 2>/dev/null | sort)
    source_kind="examples/ (no seeds in $seeds_dir)"
    if [[ ${#sources[@]} -eq 0 ]]; then
        mapfile -t sources < <(find "$root/bench/fixtures" -type f -name '*.txt' | sort)
        source_kind="bench/fixtures (no seeds, no examples)"
    fi
fi
[[ ${#sources[@]} -gt 0 ]] || die "no report texts to copy"

# make_reports DIR COUNT SOURCE… : COUNT distinct copies cycling over the sources.
make_reports() {
    local out="$1" count="$2"
    shift 2
    local stride=$# index=0
    mkdir -p "$out"
    for source in "$@"; do
        index=$((index + 1))
        [[ $index -le $count ]] || break
        awk -v first="$index" -v stride="$stride" -v last="$count" -v out="$out" \
            -f "$root/bench/make-reports.awk" "$source"
    done
}

median() { # median of the numbers on standard input
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2];
                                           else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
at_least() { awk "BEGIN { exit !($1 >= $2) }"; }
at_most() { awk "BEGIN { exit !($1 <= $2) }"; }
verdict() { if "$@"; then echo PASS; else echo FAIL; fi; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
started_at="$(date -u +%Y-%m-%dT%H:%MZ)"
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ $(git -C "$root" status --porcelain 2>/dev/null | wc -l) -gt 0 ]]; then
    commit="$commit (+ uncommitted changes)"
fi

# --- ReportReader micro-benchmark ----------------------------------------------------------
reader_summary="(not built)"
if [[ -x "$reader_bench" ]]; then
    log "finsam_reader_bench (ReportReader::read, median of 3 repetitions, core $core)"
    if ! "${pin[@]}" "$reader_bench" --benchmark_repetitions=3 --benchmark_min_time=0.2 \
        --benchmark_report_aggregates_only=true --benchmark_out="$work/reader.json" \
        --benchmark_out_format=json >/dev/null 2>"$work/reader.err"; then
        cat "$work/reader.err" >&2
    fi
    grep '^skipping' "$work/reader.err" >&2 || true
    reader_summary="$(jq -r '.benchmarks[] | select(.aggregate_name == "median")
        | "  \(.run_name | sub("ReportReader_read/"; ""))  \(.KiB * 10 | round / 10) KiB  \(.items_per_second | round) docs/s (CPU \(.cpu_time / 10000 | round / 100) ms, wall \(.real_time / 10000 | round / 100) ms)"' \
        "$work/reader.json" 2>/dev/null || echo "  (no results)")"
    echo "$reader_summary" >&2
fi

# --- goal 1: 1,000 text reports ------------------------------------------------------------
log "goal 1: generating $text_count distinct text reports from ${#sources[@]} $source_kind"
texts="$work/texts"
make_reports "$texts" "$text_count" "${sources[@]}"
text_files=$(find "$texts" -type f | wc -l)
text_kib=$(du -sk "$texts" | cut -f1)
echo "$text_files files, $((text_kib / 1024)) MiB, mean $((text_kib / text_files)) KiB" >&2

# timed LABEL COMMAND… : one run under /usr/bin/time on the benchmark core; appends
# "wall user sys maxrss_kb" to $work/LABEL.times and keeps the last run's stderr.
timed() {
    local label="$1"
    shift
    if ! /usr/bin/time -o "$work/time.out" -f '%e %U %S %M' "${pin[@]}" "$@" \
        >/dev/null 2>"$work/$label.stderr"; then
        cat "$work/$label.stderr" >&2
        die "$label: the import failed"
    fi
    cat "$work/time.out" >>"$work/$label.times"
}
log "goal 1: importing them, $runs runs each of --dry-run (reading only) and a real import, core $core"
for run in $(seq "$runs"); do
    timed text_dry "$finsam" import --dry-run "$texts"
    rm -f "$work"/text.db*
    timed text_import "$finsam" --db "$work/text.db" import "$texts"
    echo "run $run: dry-run $(tail -n 1 "$work/text_dry.times" | cut -d' ' -f1) s," \
        "import $(tail -n 1 "$work/text_import.times" | cut -d' ' -f1) s (wall)" >&2
done
tail -n 1 "$work/text_import.stderr" >&2
reports_saved=$(grep -o '[0-9]* nya rapporter' "$work/text_import.stderr" | grep -o '^[0-9]*' || echo "?")
wall_import=$(awk '{ print $1 }' "$work/text_import.times" | median)
cpu_import=$(awk '{ print $2 + $3 }' "$work/text_import.times" | median)
wall_dry=$(awk '{ print $1 }' "$work/text_dry.times" | median)
cpu_dry=$(awk '{ print $2 + $3 }' "$work/text_dry.times" | median)
user_import=$(awk '{ print $2 }' "$work/text_import.times" | median)
sys_import=$(awk '{ print $3 }' "$work/text_import.times" | median)
user_dry=$(awk '{ print $2 }' "$work/text_dry.times" | median)
sys_dry=$(awk '{ print $3 }' "$work/text_dry.times" | median)
rss_text=$(awk '{ print $4 }' "$work/text_import.times" | median | awk '{ printf "%d", $1 }')
rate_wall=$(calc "$text_files / $wall_import" 0)
rate_cpu=$(calc "$text_files / $cpu_import" 0)
parse_share=$(calc "100 * $cpu_dry / $cpu_import" 0)
goal1_cpu=$(verdict at_least "$rate_cpu" "$goal_rate")
goal1_wall=$(verdict at_least "$rate_wall" "$goal_rate")

# --- goal 2: PDFs vs pdftotext -------------------------------------------------------------
log "goal 2: making $pdf_count PDFs with LibreOffice"
pdf_sources="$work/pdf-sources"
pdfs="$work/pdfs"
mkdir -p "$pdf_sources" "$pdfs"
mapfile -t all_texts < <(find "$texts" -type f | sort)
cp -t "$pdf_sources" "${all_texts[@]:0:$pdf_count}"
# A profile of its own, so a LibreOffice running elsewhere on the machine does not interfere.
timeout 300 soffice -env:UserInstallation="file://$work/libreoffice-profile" --headless \
    --convert-to pdf --outdir "$pdfs" "$pdf_sources"/* >"$work/soffice.log" 2>&1 ||
    { cat "$work/soffice.log" >&2; die "LibreOffice could not make the PDFs"; }
pdf_files=$(find "$pdfs" -name '*.pdf' | wc -l)
pdf_kib=$(du -sk "$pdfs" | cut -f1)
pdf_pages=$(for f in "$pdfs"/*.pdf; do pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ { print $2 }'; done |
    awk '{ s += $1 } END { print s + 0 }')
echo "$pdf_files PDFs, $pdf_pages pages, $((pdf_kib / 1024)) MiB" >&2
[[ $pdf_files -eq $pdf_count ]] || die "LibreOffice made $pdf_files PDFs of $pdf_count"
"$finsam" import --dry-run "$pdfs" 2>"$work/pdf-check.stderr" >/dev/null ||
    { cat "$work/pdf-check.stderr" >&2; die "finsam cannot read the generated PDFs"; }

log "goal 2: hyperfine, one invocation, $runs runs each, core $core"
"${pin[@]}" hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/pdf.json" \
    --prepare "rm -f '$work/pdf.db' '$work/pdf.db-wal' '$work/pdf.db-shm'" \
    -n "finsam import" "'$finsam' --db '$work/pdf.db' import '$pdfs'" \
    -n "finsam import --dry-run" "'$finsam' import --dry-run '$pdfs'" \
    -n "pdftotext -layout" "for f in '$pdfs'/*.pdf; do pdftotext -layout \"\$f\" -; done >/dev/null" \
    -n "pdftotext" "for f in '$pdfs'/*.pdf; do pdftotext \"\$f\" -; done >/dev/null" >&2
hf() { jq -r --arg name "$1" ".results[] | select(.command == \$name) | $2" "$work/pdf.json"; }
pdf_import=$(calc "$(hf "finsam import" .median)" 3)
pdf_dry=$(calc "$(hf "finsam import --dry-run" .median)" 3)
pdf_layout=$(calc "$(hf "pdftotext -layout" .median)" 3)
pdf_raw=$(calc "$(hf "pdftotext" .median)" 3)
cpu_of() { hf "$1" '.user + .system'; }
ratio_layout=$(calc "$pdf_import / $pdf_layout")
ratio_raw=$(calc "$pdf_import / $pdf_raw")
ratio_cpu=$(calc "$(cpu_of "finsam import") / $(cpu_of "pdftotext -layout")")
goal2=$(verdict at_most "$ratio_layout" "$goal_pdf_ratio")
goal2_raw=$(verdict at_most "$ratio_raw" "$goal_pdf_ratio")

# --- goal 3: memory for 10,000 files -------------------------------------------------------
# Small reports: the sources under 32 KiB (all of them when none is that small).
small_sources=()
for source in "${sources[@]}"; do
    if [[ $(stat -c %s "$source") -lt 32768 ]]; then
        small_sources+=("$source")
    fi
done
[[ ${#small_sources[@]} -gt 0 ]] || small_sources=("${sources[@]}")
log "goal 3: generating $memory_count small distinct reports from ${#small_sources[@]} sources"
many="$work/many"
make_reports "$many" "$memory_count" "${small_sources[@]}"
many_files=$(find "$many" -type f | wc -l)
many_kib=$(du -sk "$many" | cut -f1)
echo "$many_files files, $((many_kib / 1024)) MiB, mean $((many_kib / many_files)) KiB" >&2
# The input's own text is no longer needed for the earlier goals.
rm -rf "$texts" "$pdf_sources"
log "goal 3: /usr/bin/time -v finsam import of all $many_files files, core $core"
/usr/bin/time -v -o "$work/memory.time" "${pin[@]}" "$finsam" --db "$work/many.db" import "$many" \
    >/dev/null 2>"$work/memory.stderr" || { tail -n 5 "$work/memory.stderr" >&2; die "the import failed"; }
tail -n 1 "$work/memory.stderr" >&2
rss_many=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/memory.time")
wall_many=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$work/memory.time")
cpu_many=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$work/memory.time")
db_mib=$(($(du -sk "$work/many.db" | cut -f1) / 1024))
goal3=$(verdict at_most "$rss_many" "$goal_rss_kb")

# --- optional profile ----------------------------------------------------------------------
# Where the import's time goes: callgrind (user-space instructions) on a small batch, and
# the text batch once more with glibc's heap trimming off, which shows the kernel time spent
# shrinking and regrowing the heap (brk, page faults) around SQLite's per-statement buffers.
profile_summary=""
if [[ $profile -eq 1 ]]; then
    log "profile: callgrind on 40 text reports"
    small="$work/profile"
    make_reports "$small" 40 "${sources[@]}"
    valgrind --tool=callgrind --callgrind-out-file="$work/cg.import" "$finsam" \
        --db "$work/profile.db" import "$small" >/dev/null 2>&1
    profile_summary="$(callgrind_annotate --inclusive=yes "$work/cg.import" 2>/dev/null |
        grep -E '^ *[0-9,]+ +\( *[0-9.]+%\) +\?\?\?:(finsam::|soci::details::once_temp_type::~|sqlite3_step|sqlite3_prepare_v2)' |
        sed -n '1,30p' | sed -E 's/ \[[^]]*\] *$//; s/\(std::[^)]*\)//g; s/^ *//' | cut -c1-150 || true)"
    log "profile: $text_count text reports, default heap vs GLIBC_TUNABLES without trimming, $runs runs"
    make_reports "$work/profile-texts" "$text_count" "${sources[@]}"
    tunables="glibc.malloc.trim_threshold=268435456:glibc.malloc.top_pad=67108864"
    for run in $(seq "$runs"); do
        rm -f "$work"/profile.db*
        timed profile_default "$finsam" --db "$work/profile.db" import "$work/profile-texts"
        rm -f "$work"/profile.db*
        timed profile_notrim env GLIBC_TUNABLES="$tunables" "$finsam" --db "$work/profile.db" \
            import "$work/profile-texts"
    done
    for label in profile_default profile_notrim; do
        cpu=$(awk '{ print $2 + $3 }' "$work/$label.times" | median)
        profile_summary+=$'\n'"$(printf '%-16s median CPU %s s (user %s, system %s) -> %s files/s' \
            "${label#profile_}" "$cpu" "$(awk '{ print $2 }' "$work/$label.times" | median)" \
            "$(awk '{ print $3 }' "$work/$label.times" | median)" "$(calc "$text_count / $cpu" 0)")"
    done
fi

# --- summary -------------------------------------------------------------------------------
cat <<EOF

================================================================================
finsam benchmark summary  ($started_at, commit $commit)
machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo),
         load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)
         (shared machine: wall-clock times include time the core served other work)
inputs:  copies of $source_kind; pinned to core $core; medians of $runs runs

ReportReader::read (finsam_reader_bench, median of 3):
$reader_summary

Goal 1: $text_files text files ($((text_kib / text_files)) KiB mean, $reports_saved reports) into SQLite, >= $goal_rate/s
  import      median wall $wall_import s -> $rate_wall files/s   [$goal1_wall by wall clock]
              median CPU  $cpu_import s -> $rate_cpu files/s   [$goal1_cpu by CPU time]
              (user $user_import s, system $sys_import s)
  --dry-run   median wall $wall_dry s, CPU $cpu_dry s (user $user_dry s, system $sys_dry s)
              -> $(calc "$text_files / $cpu_dry" 0) files/s by CPU; reading is $parse_share% of the import's CPU
  peak RSS    $((rss_text / 1024)) MiB

Goal 2: $pdf_files PDFs ($pdf_pages pages), finsam import <= $goal_pdf_ratio x pdftotext (hyperfine medians)
  finsam import            $pdf_import s   (--dry-run: $pdf_dry s)
  pdftotext -layout loop   $pdf_layout s   ratio $ratio_layout  [$goal2]   (CPU-time ratio $ratio_cpu)
  pdftotext loop           $pdf_raw s   ratio $ratio_raw  [$goal2_raw]

Goal 3: $many_files small text files ($((many_kib / many_files)) KiB mean) in one import, peak RSS < 200 MB
  Maximum resident set size  $rss_many KiB ($((rss_many / 1024)) MiB)  [$goal3]
  (wall $wall_many, CPU ${cpu_many} s, database $db_mib MiB)
EOF
if [[ -n "$profile_summary" ]]; then
    printf '\nProfile (callgrind, inclusive instructions, 40-file import; then heap trimming):\n%s\n' \
        "$profile_summary"
fi
echo "================================================================================"
