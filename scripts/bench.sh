#!/usr/bin/env bash
# bench.sh — run the benchmarks and print one line per figure.
#   scripts/bench.sh [engine|media|all]   (default all)
# Figures are recorded, with the machine and this command, in
# docs/benchmarks.md. Benchmarks measure; they never fail a build.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; $(date -u +%Y-%m-%d)"
# Two workloads (bench/gen_workload.py): live chat, where viewers write
# several lines in one to three streams, and --spread, where nearly every
# event opens a new conversation (the state worst case: 1M conversations).
wl=build/workload-chat-1m.ndjson
wls=build/workload-1m.ndjson
[ -f "$wl" ] || python3 bench/gen_workload.py --events 1000000 > "$wl"
[ -f "$wls" ] || python3 bench/gen_workload.py --events 1000000 --spread > "$wls"

if [ "$what" = all ] || [ "$what" = engine ]; then
  for b in build/bench_event build/bench_normalize build/bench_rules; do
    [ -x "$b" ] && "$b" rules/en || true
  done
  build/bench_engine rules/en "$wls" 1000000
  # End to end: the replay command from NDJSON on disk to NDJSON on stdout.
  for w in "$wl" "$wls"; do
    s=$(date +%s.%N)
    build/streamguard replay "$w" > /dev/null
    e=$(date +%s.%N)
    n=$(wc -l < "$w")
    python3 -c "print(f'replay_end_to_end $(basename "$w"): {$n/($e-$s):.0f} events/s ({$n} events, {$e-$s:.2f} s)')"
    peak=$( { /usr/bin/time -f '%M' build/streamguard replay "$w" > /dev/null; } 2>&1 | tail -1)
    echo "replay_peak_rss $(basename "$w"): ${peak} KiB"
    # the same with a reader thread (--threads 2: parse and match ahead)
    s=$(date +%s.%N)
    build/streamguard replay --threads 2 "$w" > /dev/null
    e=$(date +%s.%N)
    python3 -c "print(f'replay_end_to_end_threads2 $(basename "$w"): {$n/($e-$s):.0f} events/s ({$n} events, {$e-$s:.2f} s)')"
  done
  python3 bench/baseline.py rules/en "$wl"
fi
if [ "$what" = all ] || [ "$what" = media ]; then
  [ -x build/bench_pdq ] && build/bench_pdq || true
  [ -x build/bench_index ] && build/bench_index || true
  [ -x build/bench_video ] && build/bench_video || true
fi
