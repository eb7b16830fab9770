#!/usr/bin/env bash
# End-to-end browser tests of `finsam serve`.
#
# Usage: tests/e2e/run.sh PATH_TO_FINSAM_BINARY [TEST_FILE...]
#
# Creates a fresh database in a temporary directory, imports the example reports, adds the
# test users, starts the server on a free port on 127.0.0.1 and runs the tests in
# tests/e2e/specs/ (or the given test files) with node's test runner against Debian's
# chromium. The server is stopped and the directory removed however the script ends.
#
# Needs: node >= 20 with npm, chromium (/usr/bin/chromium, or FINSAM_E2E_CHROMIUM).
# Failing tests leave the page's HTML and a screenshot in tests/e2e/test-results/.
set -euo pipefail

if [[ $# -lt 1 || "$1" == "-h" || "$1" == "--help" ]]; then
    echo "Usage: $0 PATH_TO_FINSAM_BINARY [TEST_FILE...]" >&2
    exit 2
fi

e2e_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(cd "$e2e_dir/../.." && pwd)

finsam_arg=$1
finsam=$1
shift
if [[ "$finsam" != */* ]]; then
    finsam=$(command -v "$finsam" || true)
fi
if [[ -z "$finsam" || ! -x "$finsam" ]]; then
    echo "e2e: not an executable finsam binary: $finsam_arg" >&2
    exit 2
fi
finsam=$(cd "$(dirname "$finsam")" && pwd)/$(basename "$finsam")

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [[ "$node_major" -lt 20 ]]; then
    echo "e2e: needs node >= 20 (found: $(node --version 2>/dev/null || echo none))" >&2
    exit 2
fi

chromium=${FINSAM_E2E_CHROMIUM:-/usr/bin/chromium}
if [[ ! -x "$chromium" ]]; then
    echo "e2e: chromium not found at $chromium (apt-get install chromium)" >&2
    exit 2
fi

# Test files: the arguments (relative to the current directory), else every spec.
test_files=()
for file in "$@"; do
    test_files+=("$(cd "$(dirname "$file")" && pwd)/$(basename "$file")")
done
if [[ ${#test_files[@]} -eq 0 ]]; then
    test_files=("$e2e_dir"/specs/*.test.mjs)
fi

# JavaScript dependencies, pinned by package-lock.json.
if [[ ! -d "$e2e_dir/node_modules" || "$e2e_dir/package-lock.json" -nt "$e2e_dir/node_modules" ]]; then
    echo "e2e: installing JavaScript dependencies (npm ci)"
    (cd "$e2e_dir" && npm ci --no-audit --no-fund --loglevel=error)
    touch "$e2e_dir/node_modules"
fi

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/finsam-e2e.XXXXXX")
server_pid=""
smtp_pid=""
tests_pid=""
cleanup() {
    local status=$?
    if [[ -n "$smtp_pid" ]] && kill -0 "$smtp_pid" 2>/dev/null; then
        kill "$smtp_pid" 2>/dev/null || true
        wait "$smtp_pid" 2>/dev/null || true
    fi
    if [[ -n "$tests_pid" ]] && kill -0 "$tests_pid" 2>/dev/null; then
        kill "$tests_pid" 2>/dev/null || true
        wait "$tests_pid" 2>/dev/null || true
    fi
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$server_pid" 2>/dev/null; then
            kill -9 "$server_pid" 2>/dev/null || true
        fi
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work_dir"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

db="$work_dir/finsam.db"
# The example förbund, for every command (import also gets it as --forbund).
forbund="Samordningsförbundet Exempeldalen"
export FINSAM_FORBUND="$forbund"
export FINSAM_E2E_PASSWORD="e2e-Hemligt-$RANDOM$RANDOM"

# The example kvartalsrapporter (one folder per year: 2024, 2025, ...) and slutrapporter.
example_dirs=("$repo_dir"/examples/[0-9][0-9][0-9][0-9] "$repo_dir/examples/slutrapporter")
echo "e2e: importing the example reports into $db"
"$finsam" --db "$db" import --forbund "$forbund" "${example_dirs[@]}" \
    >"$work_dir/import.log" 2>&1 || {
    echo "e2e: the import failed:" >&2
    cat "$work_dir/import.log" >&2
    exit 1
}

echo "e2e: adding the users kansli, agare, annan, unga, styrelse"
add_user() {
    FINSAM_PASSWORD="$FINSAM_E2E_PASSWORD" "$finsam" --db "$db" user add "$@" </dev/null
}
add_user kansli --role kansli --name "Karin Kansli" --email kansli@exempeldalen.example
add_user agare --role insatsagare --name "Anna Ägare" --insats "Stegvis" \
    --email agare@exempeldalen.example
add_user annan --role insatsagare --name "Arne Annan" --insats "Vägvisaren" \
    --email annan@exempeldalen.example
add_user unga --role insatsagare --name "Ulla Unga" --insats "Unga på väg" \
    --email unga@exempeldalen.example
add_user styrelse --role styrelse --name "Sture Styrelse"
# An API key for admin.test.mjs to revoke in the browser (the key itself is not needed).
"$finsam" --db "$db" user token annan "E2E-skript" >/dev/null 2>&1

# A free port: the kernel picks one for a throw-away listener.
port=$(node -e '
    const server = require("net").createServer();
    server.listen(0, "127.0.0.1", () => { console.log(server.address().port); server.close(); });')
url="http://127.0.0.1:$port"

# A loopback SMTP server that keeps each message it receives as a file in $mail_dir
# (tests/support/smtp_sink.py, Debian's python3-aiosmtpd); the server sends its e-mail there,
# its notifier waking every second. Without it the e-mail tests are skipped.
mail_dir="$work_dir/mail"
"$repo_dir/tests/support/smtp_sink.py" "$mail_dir" >"$work_dir/smtp.port" 2>"$work_dir/smtp.log" &
smtp_pid=$!
for _ in $(seq 100); do
    [[ -s "$work_dir/smtp.port" ]] || ! kill -0 "$smtp_pid" 2>/dev/null && break
    sleep 0.1
done
if [[ -s "$work_dir/smtp.port" ]]; then
    export FINSAM_SMTP_HOST=127.0.0.1
    FINSAM_SMTP_PORT=$(head -n 1 "$work_dir/smtp.port")
    export FINSAM_SMTP_PORT
    export FINSAM_SMTP_STARTTLS=off
    export FINSAM_MAIL_FROM=uppfoljning@exempeldalen.example
    export FINSAM_BASE_URL="$url"
    export FINSAM_E2E_MAIL_DIR="$mail_dir"
    echo "e2e: test SMTP server on 127.0.0.1:$FINSAM_SMTP_PORT, messages in $mail_dir"
else
    echo "e2e: no test SMTP server ($(cat "$work_dir/smtp.log")); the e-mail tests are skipped" >&2
    smtp_pid=""
fi
# For tests that run finsam themselves (finsam remind), on the same database.
export FINSAM_E2E_FINSAM="$finsam"
export FINSAM_E2E_DB="$db"
# For tests that read what the server logged (survey-answer.test.mjs).
export FINSAM_E2E_SERVER_LOG="$work_dir/server.log"

echo "e2e: starting the server on $url"
"$finsam" --db "$db" serve --port "$port" --bind 127.0.0.1 --mail-interval 1 \
    >"$work_dir/server.log" 2>&1 &
server_pid=$!

server_log_tail() {
    echo "---- server output (last 40 lines) ----" >&2
    tail -n 40 "$work_dir/server.log" >&2 || true
    echo "---------------------------------------" >&2
}

ready=""
for _ in $(seq 150); do
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "e2e: the server exited before answering" >&2
        server_log_tail
        exit 1
    fi
    if node -e 'fetch(process.argv[1], { redirect: "manual" })
            .then((r) => process.exit(r.status < 500 ? 0 : 1), () => process.exit(1))' "$url/login"; then
        ready=yes
        break
    fi
    sleep 0.2
done
if [[ -z "$ready" ]]; then
    echo "e2e: the server did not answer GET /login within 30 s" >&2
    server_log_tail
    exit 1
fi

rm -rf "$e2e_dir/test-results"
echo "e2e: running ${#test_files[@]} test file(s)"
cd "$e2e_dir"
status=0
# In the background and waited for, so that INT/TERM reach the trap at once.
FINSAM_URL="$url" FINSAM_E2E_CHROMIUM="$chromium" \
    node --test --test-concurrency=1 --test-timeout=180000 --test-reporter=spec "${test_files[@]}" &
tests_pid=$!
wait "$tests_pid" || status=$?
tests_pid=""

if [[ $status -ne 0 ]]; then
    echo "e2e: tests failed (exit $status); pages of failed tests are in $e2e_dir/test-results/" >&2
    server_log_tail
fi
exit "$status"
