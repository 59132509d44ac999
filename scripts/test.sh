#!/usr/bin/env bash
# test.sh — the whole test suite, as CI runs it (via `make test`):
#   0. layout: clang-format --dry-run over the C sources (.clang-format)
#   1. release build + ctest (unit tests, CLI/scenario/daemon tests)
#   2. address+undefined sanitizer build + the same ctest suite
#   3. libFuzzer targets, briefly, over the committed corpus
# Set SG_SKIP_ASAN=1 or SG_SKIP_FUZZ=1 to skip a stage locally.
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS=$(nproc)
FUZZ_SECONDS=${FUZZ_SECONDS:-15}

echo "== format (clang-format)"
clang-format --dry-run -Werror src/*.c src/*.h src/*/*.c src/*/*.h include/*.h \
  tests/unit/*.c fuzz/*.c bench/*.c examples/*.c

echo "== build (RelWithDebInfo)"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$JOBS"
echo "== tests (RelWithDebInfo)"
ctest --test-dir build --output-on-failure -j"$JOBS"

if [ "${SG_SKIP_ASAN:-0}" != 1 ]; then
  echo "== build (address+undefined sanitizers)"
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DSG_SANITIZE=ON >/dev/null
  cmake --build build-asan -j"$JOBS"
  echo "== tests (address+undefined sanitizers)"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j"$JOBS"
fi

if [ "${SG_SKIP_FUZZ:-0}" != 1 ]; then
  echo "== fuzz (libFuzzer, ${FUZZ_SECONDS}s per target)"
  CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSG_FUZZ=ON >/dev/null
  cmake --build build-fuzz -j"$JOBS"
  shopt -s nullglob
  for f in build-fuzz/fuzz_*; do
    [ -x "$f" ] || continue
    name=$(basename "$f")
    corpus=fuzz/corpus/${name#fuzz_}
    [ -d "$corpus" ] || { echo "missing corpus $corpus"; exit 1; }
    work=$(mktemp -d)
    dict=()
    [ -f "fuzz/${name#fuzz_}.dict" ] && dict=(-dict="fuzz/${name#fuzz_}.dict")
    echo "-- $name"
    "$f" "${dict[@]}" -max_total_time="$FUZZ_SECONDS" -rss_limit_mb=2048 -timeout=10 \
         -artifact_prefix="$work/" "$work" "$corpus" 2>&1 | tail -n 2
    rm -rf "$work"
  done
fi
echo "== all test stages passed"
