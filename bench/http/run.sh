#!/usr/bin/env bash
# run.sh — HTTP benchmarks of `streamguard serve` with wrk on loopback:
# single-event requests/s with p50/p99, NDJSON batches of 100 in events/s,
# and the daemon's RSS after sustained load. Prints one line per figure.
#   bash bench/http/run.sh build/streamguard [seconds]
# Environment: SG_WRK_THREADS (2), SG_SINGLE_CONNS (64), SG_BATCH_CONNS (8),
# SG_SERVE_THREADS (2), SG_RULES (default rules).
set -euo pipefail
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
SECS=${2:-20}
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
WORK=$(mktemp -d); PID=
trap '[ -n "$PID" ] && kill -TERM $PID 2>/dev/null; sleep 0.5; rm -rf "$WORK"' EXIT
cat >"$WORK/bench.conf" <<CONF
rate_limit_rps = 0
threads = ${SG_SERVE_THREADS:-2}
max_connections = 4096
CONF
TOKEN=$("$BIN" token create --role ingest --data "$WORK/data" 2>/dev/null)
"$BIN" serve --config "$WORK/bench.conf" --listen 127.0.0.1:0 --data "$WORK/data" \
  ${SG_RULES:+--rules "$SG_RULES"} >"$WORK/log" 2>&1 &
PID=$!
for _ in $(seq 1 3000); do
  PORT=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$WORK/log")
  [ -n "$PORT" ] && curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
  sleep 0.1
done
[ -n "${PORT:-}" ] || { echo "daemon did not start"; cat "$WORK/log"; exit 1; }
URL=http://127.0.0.1:$PORT
export SG_TOKEN=$TOKEN
echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
rss() { awk '/VmRSS/ {print $2}' "/proc/$PID/status"; }
echo "rss_idle_kb $(rss)"
wrk -t"${SG_WRK_THREADS:-2}" -c"${SG_SINGLE_CONNS:-64}" -d"${SECS}s" --latency -s bench/http/single.lua "$URL" >"$WORK/single"
rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/single")
p50=$(awk '$1 == "50%" {print $2}' "$WORK/single"); p99=$(awk '$1 == "99%" {print $2}' "$WORK/single")
errs=$(grep -E 'Non-2xx|Socket errors' "$WORK/single" | tr '\n' ' ' || true)
echo "single_event_requests_per_s $rps p50 $p50 p99 $p99 ${errs}"
echo "rss_after_single_kb $(rss)"
wrk -t"${SG_WRK_THREADS:-2}" -c"${SG_BATCH_CONNS:-8}" -d"${SECS}s" --latency -s bench/http/batch.lua "$URL" >"$WORK/batch"
brps=$(awk '/Requests\/sec/ {print $2}' "$WORK/batch")
bp99=$(awk '$1 == "99%" {print $2}' "$WORK/batch")
errs=$(grep -E 'Non-2xx|Socket errors' "$WORK/batch" | tr '\n' ' ' || true)
echo "batch100_events_per_s $(awk -v r="$brps" 'BEGIN {printf "%.0f", r * 100}') (requests/s $brps, p99 $bp99) ${errs}"
echo "rss_after_batch_kb $(rss)"
curl -fsS "$URL/metrics" | grep -E '^streamguard_(events_total|alerts_total\{type="grooming",change="opened"\}|engine_conversations|engine_state_bytes|store_commits_total) '
