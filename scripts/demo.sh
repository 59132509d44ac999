#!/usr/bin/env bash
# demo.sh — `make demo`: start the daemon on loopback with a fresh data dir
# and the default rules, create a moderator token, and feed a grooming
# session (tests/scenarios/g01…) and a benign one (b01…) through
# POST /v1/events, paced over about 30 seconds, so a newcomer watching the
# console sees the alerts arrive. Ctrl-C stops everything.
#
#   DEMO_NONINTERACTIVE=1  feed everything at once, print the alerts, exit
#   DEMO_PORT=8470         port to listen on (loopback only)
#   DEMO_SECONDS=30        how long the paced feed takes
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${SG_BINARY:-build/streamguard}
PORT=${DEMO_PORT:-8470}
SECONDS_TOTAL=${DEMO_SECONDS:-30}
NONINTERACTIVE=${DEMO_NONINTERACTIVE:-0}
[ -x "$BIN" ] || { echo "demo: $BIN not found; run 'make build' first" >&2; exit 1; }
for t in curl jq; do command -v $t >/dev/null || { echo "demo: $t is required" >&2; exit 1; }; done

DATA=$(mktemp -d "${TMPDIR:-/tmp}/streamguard-demo.XXXXXX")
LOG=$DATA/serve.log
PID=
cleanup() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill -TERM "$PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$DATA"
}
trap cleanup EXIT
trap 'echo; echo "demo: stopping"; exit 0' INT TERM

MOD=$("$BIN" token create --role moderator --data "$DATA/db" 2>/dev/null)
INGEST=$("$BIN" token create --role ingest --data "$DATA/db" 2>/dev/null)
"$BIN" serve --listen "127.0.0.1:$PORT" --data "$DATA/db" >"$LOG" 2>&1 &
PID=$!
echo "demo: starting streamguard on 127.0.0.1:$PORT (compiling the rules can take a moment)..."
for i in $(seq 1 6000); do
  kill -0 "$PID" 2>/dev/null || { echo "demo: the daemon exited:" >&2; tail -5 "$LOG" >&2; exit 1; }
  curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
  sleep 0.1
done
BASE=http://127.0.0.1:$PORT

# the two sessions, merged by time
FEED=$DATA/feed.ndjson
jq -c -s 'sort_by(.ts)[]' tests/scenarios/g01_gems_hoodie_dare_1315.ndjson \
  tests/scenarios/b01_gaming_dare_banter.ndjson >"$FEED"
N=$(wc -l <"$FEED")

post() { curl -fsS -H "Authorization: Bearer $INGEST" -H "Content-Type: $1" --data-binary "$2" "$BASE/v1/events"; }

if [ "$NONINTERACTIVE" = 1 ]; then
  post application/x-ndjson "@$FEED" >"$DATA/decisions.ndjson"
  echo "demo: fed $N events; $(jq -s 'map(select(.kind == "decision" and .action != "allow")) | length' "$DATA/decisions.ndjson") held or blocked"
  echo "demo: alerts:"
  curl -fsS -H "Authorization: Bearer $MOD" "$BASE/v1/alerts?sort=severity" |
    jq -r '.alerts[] | "  \(.id)  \(.type)  \(.severity)  \(.user // "-")  \(.summary)"'
  exit 0
fi

cat <<MSG

  streamguard is running.

  Console:          $BASE/
  Moderator token:  $MOD

  Open the console, paste the token, and watch the queue: a grooming
  session (a new account offering gems to a 14-year-old) and a benign gaming
  chat are being fed over ~${SECONDS_TOTAL} s. Press Ctrl-C to stop.

MSG
delay=$(awk -v s="$SECONDS_TOTAL" -v n="$N" 'BEGIN { printf "%.3f", s / n }')
i=0
while IFS= read -r line; do
  i=$((i + 1))
  out=$(post application/json "$line" || echo '[]')
  printf '%s\n' "$out" | jq -r '.[] | select(.kind == "alert") | "  alert \(.id): \(.type) \(.severity) — \(.summary)"' 2>/dev/null || true
  sleep "$delay"
done <"$FEED"
echo "demo: all $N events fed; the console stays up. Ctrl-C to stop."
while kill -0 "$PID" 2>/dev/null; do sleep 1; done
