#!/usr/bin/env bash
# install-deps.sh — install everything streamguard needs to build, test,
# fuzz and benchmark, from Debian's packages. Used by the README and .ci/run.
# Idempotent: packages already installed are skipped by apt.
set -euo pipefail

pkgs=(
  build-essential cmake pkg-config clang libclang-rt-14-dev llvm
  clang-format
  libvectorscan-dev        # multi-pattern matching (Hyperscan API)
  libpcre2-dev             # match spans of the rules that fired (PCRE2 DFA)
  libjsmn-dev              # JSON tokens
  libutf8proc-dev          # Unicode NFKC + casefold
  libmicrohttpd-dev        # HTTP server
  libsqlite3-dev sqlite3   # embedded store
  libcmocka-dev            # unit tests
  libnats-dev nats-server  # scale-out transport
  libturbojpeg0-dev libjpeg-dev libpng-dev libwebp-dev   # image decoding
  libavformat-dev libavcodec-dev libavutil-dev libswscale-dev ffmpeg  # video
  curl python3 jq time
  python3-jsonschema       # validates CyberTip drafts (tests/family_api.sh)
  wrk                      # HTTP benchmarks
  chromium                 # headless browser for the console test (tests/console_browser.sh)
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "install-deps: all ${#pkgs[@]} packages present"
