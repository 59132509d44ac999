# tests/lib/daemon.sh — helpers for the daemon's shell tests (sourced by
# tests/daemon_*.sh; not a test itself). Starts `streamguard serve` on a free
# loopback port (--listen 127.0.0.1:0; the port is read from the log), with
# a fresh data dir, and always stops it on exit.
set -euo pipefail

BIN=${1:?usage: $0 PATH_TO_streamguard}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sg-daemon-test.XXXXXX")
DATA=$WORK/data
LOG=$WORK/serve.log
PID=
PORT=
BASE=
READY_TIMEOUT=${SG_READY_TIMEOUT:-240}   # compiling the full rules can be slow on a busy machine

fail() { echo "FAIL: $*" >&2; [ -f "$LOG.cur" ] && { echo "--- daemon log (tail)" >&2; tail -20 "$LOG.cur" >&2; }; exit 1; }
pass() { echo "ok - $*"; }

cleanup() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill -TERM "$PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

token() { "$BIN" token create --role "$1" --data "$DATA" 2>/dev/null; }

# start_daemon [extra serve args...]: starts and waits for /readyz.
start_daemon() {
  : >"$LOG.cur"
  "$BIN" serve --listen 127.0.0.1:0 --data "$DATA" "$@" >>"$LOG.cur" 2>&1 &
  PID=$!
  local waited=0
  PORT=
  while [ "$waited" -lt $((READY_TIMEOUT * 10)) ]; do
    kill -0 "$PID" 2>/dev/null || fail "daemon exited at start"
    PORT=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$LOG.cur" | tail -1)
    if [ -n "$PORT" ] && curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1; then break; fi
    sleep 0.1; waited=$((waited + 1))
  done
  [ -n "$PORT" ] || fail "daemon not ready after ${READY_TIMEOUT}s"
  BASE=http://127.0.0.1:$PORT
}

# stop_daemon [SIGNAL]: default TERM (graceful); waits for the exit.
stop_daemon() {
  local sig=${1:-TERM}
  kill -"$sig" "$PID"
  for _ in $(seq 1 100); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$PID" 2>/dev/null && fail "daemon did not stop on SIG$sig"
  wait "$PID" 2>/dev/null || true
  PID=
  cat "$LOG.cur" >>"$LOG" 2>/dev/null || true
  if grep -qE "ERROR: (Address|Leak)Sanitizer|runtime error:" "$LOG.cur"; then fail "sanitizer report in the daemon log"; fi
}

# http METHOD PATH TOKEN [curl args...]: prints the body, sets CODE.
http() {
  local method=$1 path=$2 tok=$3; shift 3
  local auth=()
  [ -n "$tok" ] && auth=(-H "Authorization: Bearer $tok")
  CODE=$(curl -sS --max-time 60 -o "$WORK/body" -w '%{http_code}' -X "$method" "${auth[@]}" "$@" "$BASE$path") || CODE=000
  cat "$WORK/body"
}

# ingest FILE TOKEN: posts an NDJSON file as one batch, prints the response.
ingest() {
  http POST /v1/events "$2" -H 'Content-Type: application/x-ndjson' --data-binary "@$1"
}
