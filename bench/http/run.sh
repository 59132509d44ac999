#!/usr/bin/env bash
# run.sh — HTTP benchmarks of `streamguard serve` with wrk on loopback:
# single-event requests/s with p50/p99, NDJSON batches of 100 in events/s,
# and the daemon's RSS after sustained load. Prints one line per figure.
#   bash bench/http/run.sh build/streamguard [seconds]
# Environment: SG_WRK_THREADS (2), SG_SINGLE_CONNS (64), SG_BATCH_CONNS (8),
# SG_SERVE_THREADS (2), SG_RULES (default rules), SG_BENCH (both | single |
# batch: which runs), SG_PERF (a file: perf record -g of the daemon during
# the batch run).
set -euo pipefail
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
SECS=${2:-20}
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sg-http-bench.XXXXXX"); PID=
trap '[ -n "$PID" ] && kill -TERM $PID 2>/dev/null; sleep 0.5; rm -rf "$WORK"' EXIT
cat >"$WORK/bench.conf" <<CONF
rate_limit_rps = 0
threads = ${SG_SERVE_THREADS:-2}
max_connections = 4096
CONF
TOKEN=$("$BIN" token create --role ingest --data "$WORK/data" 2>/dev/null)
: >"$WORK/log" # the child opens it after fork: sed must not race it (set -e)
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
# CPU ticks (utime + stime) of the daemon, and of the whole machine (busy, all)
cpu_ticks() {
  for t in /proc/$PID/task/*; do echo "${t##*/} $(cat "$t/comm" | tr ' ' _) $(awk '{print $14 + $15}' "$t/stat")"; done >"$WORK/tasks.$1"
  awk '{print $14 + $15}' "/proc/$PID/stat"
}
sys_ticks() { awk '/^cpu / {b = $2 + $3 + $4 + $7 + $8; print b, b + $5 + $6}' /proc/stat; }
events() { curl -fsS "$URL/metrics" | awk '$1 == "streamguard_events_total" {print $2}'; }
# after a run: daemon CPU per event (less sensitive to the machine's load
# than events/s), its share of the cores, and how busy the machine was
cpu_line() { # $1 $2 = daemon ticks and events before, $3 $4 = machine busy/all before
  local t1 e1 hz w1; t1=$(cpu_ticks 1); w1=$(awk '$1 == "wchar:" {print $2}' "/proc/$PID/io"); e1=$(events); hz=$(getconf CLK_TCK)
  read -r b1 a1 < <(sys_ticks)
  awk -v t="$((t1 - $1))" -v e="$((e1 - $2))" -v hz="$hz" -v s="$SECS" -v b="$((b1 - $3))" -v a="$((a1 - $4))" \
    'BEGIN {printf "  daemon_cpu_us_per_event %.2f daemon_cores %.2f machine_busy %.0f%%\n", e ? t / hz * 1e6 / e : 0, t / hz / s, a ? 100 * b / a : 0}'
  echo "  daemon_bytes_written_per_event $(awk -v w="$((w1 - W0))" -v e="$((e1 - $2))" 'BEGIN {printf "%.0f", e ? w / e : 0}')"
  # per thread (the writer is the unnamed thread with the most CPU after the workers)
  awk -v e="$((e1 - $2))" -v hz="$hz" 'NR == FNR {t0[$1] = $3; next}
    {d = $3 - t0[$1]; if (d > 0) c[$2] += d} END {printf "  us_per_event_by_thread"; for (k in c) printf " %s %.2f", k, e ? c[k] / hz * 1e6 / e : 0; print ""}' \
    "$WORK/tasks.0" "$WORK/tasks.1"
}
echo "rss_idle_kb $(rss)"
if [ "${SG_BENCH:-both}" != batch ]; then
W0=$(awk '$1 == "wchar:" {print $2}' "/proc/$PID/io"); T0=$(cpu_ticks 0); E0=$(events); read -r B0 A0 < <(sys_ticks)
wrk -t"${SG_WRK_THREADS:-2}" -c"${SG_SINGLE_CONNS:-64}" -d"${SECS}s" --latency -s bench/http/single.lua "$URL" >"$WORK/single"
rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/single")
p50=$(awk '$1 == "50%" {print $2}' "$WORK/single"); p99=$(awk '$1 == "99%" {print $2}' "$WORK/single")
errs=$(grep -E 'Non-2xx|Socket errors' "$WORK/single" | tr '\n' ' ' || true)
echo "single_event_requests_per_s $rps p50 $p50 p99 $p99 ${errs}"
cpu_line "$T0" "$E0" "$B0" "$A0"
echo "rss_after_single_kb $(rss)"
fi
if [ "${SG_BENCH:-both}" != single ]; then
PERFPID=
if [ -n "${SG_PERF:-}" ]; then
  perf record -g -o "$SG_PERF" -p "$PID" >/dev/null 2>&1 & PERFPID=$!
fi
W0=$(awk '$1 == "wchar:" {print $2}' "/proc/$PID/io"); T0=$(cpu_ticks 0); E0=$(events); read -r B0 A0 < <(sys_ticks)
wrk -t"${SG_WRK_THREADS:-2}" -c"${SG_BATCH_CONNS:-8}" -d"${SECS}s" --latency -s bench/http/batch.lua "$URL" >"$WORK/batch"
brps=$(awk '/Requests\/sec/ {print $2}' "$WORK/batch")
[ -n "$PERFPID" ] && { kill -INT "$PERFPID"; wait "$PERFPID" || true; }
bp99=$(awk '$1 == "99%" {print $2}' "$WORK/batch")
errs=$(grep -E 'Non-2xx|Socket errors' "$WORK/batch" | tr '\n' ' ' || true)
echo "batch100_events_per_s $(awk -v r="$brps" 'BEGIN {printf "%.0f", r * 100}') (requests/s $brps, p99 $bp99) ${errs}"
cpu_line "$T0" "$E0" "$B0" "$A0"
echo "rss_after_batch_kb $(rss)"
fi
curl -fsS "$URL/metrics" | grep -E "^streamguard_(events_total|alerts_total\{type=\"grooming\",change=\"(opened|updated)\"\}|decisions_total\{[^}]*\}|engine_conversations|engine_state_bytes|store_commits_total|store_writes_total)[ {]"
