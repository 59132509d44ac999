#!/usr/bin/env bash
# ab.sh — compare two binaries on this noisy shared machine: N alternating
# runs of each (A, B, A, B, ...), CPU time (perf stat task-clock, ms) of
# every run, sorted per binary. Alternating keeps both under the same load.
#   bench/ab.sh N BIN_A BIN_B ARGS...
#   e.g. bench/ab.sh 4 /tmp/streamguard-old build/streamguard replay build/workload-1m.ndjson
set -euo pipefail
[ $# -ge 3 ] || { sed -n '2,6p' "$0"; exit 2; }
n=$1 a=$2 b=$3
shift 3
command -v perf >/dev/null || { echo "ab.sh: perf is not installed"; exit 1; }
for _ in $(seq "$n"); do
  for which in A B; do
    bin=$a; [ "$which" = B ] && bin=$b
    ms=$(perf stat -x, -e task-clock "$bin" "$@" 2>&1 >/dev/null | awk -F, '/task-clock/ {printf "%d", $1}')
    echo "$which $ms"
  done
done | sort -k1,1 -k2n | awk '{v[$1] = v[$1] " " $2} END {print "A (" pa "):" v["A"]; print "B (" pb "):" v["B"]}' pa="$a" pb="$b"
