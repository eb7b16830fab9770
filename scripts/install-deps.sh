#!/usr/bin/env bash
# Installs the Debian 12 packages the product needs; with --test, also what the test suite
# needs. Idempotent: does nothing when everything is already installed.
set -euo pipefail

runtime_packages=(
    build-essential cmake ninja-build pkg-config
    libsoci-dev libboost-dev libsqlite3-dev libpq-dev
    libcli11-dev nlohmann-json3-dev libspdlog-dev libexpected-dev
    libpoppler-cpp-dev libzip-dev libpugixml-dev libgmime-3.0-dev
    libutf8proc-dev libstemmer-dev libsodium-dev libcpp-httplib-dev libmstch-dev libxlsxwriter-dev
    libcairo2-dev libpango1.0-dev fonts-dejavu-core libcurl4-openssl-dev libqrencode-dev
    libgtest-dev libbenchmark-dev
)
test_packages=(
    clang libclang-rt-14-dev clang-format
    poppler-utils libreoffice-writer-nogui hyperfine unzip postgresql
    chromium fonts-liberation curl python3-aiosmtpd
)

wanted=("${runtime_packages[@]}")
if [[ "${1:-}" == "--test" ]]; then
    wanted+=("${test_packages[@]}")
    # The browser tests need Node.js and npm; a machine may already have them from elsewhere
    # (NodeSource), and Debian's packages would conflict with those.
    if ! command -v npm >/dev/null 2>&1; then
        wanted+=(nodejs npm)
    fi
fi

missing=()
for package in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo_if_needed=()
if [[ $(id -u) -ne 0 ]]; then
    sudo_if_needed=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_if_needed[@]}" apt-get update -qq
"${sudo_if_needed[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
