#!/usr/bin/env bash
# console_browser.sh — ctest entry for the moderator console (web/): starts
# `streamguard serve` on a free loopback port with a fresh data dir, creates a
# moderator and an ingest token, and drives the console in headless Debian
# chromium through playwright-core (tests/browser/console.test.mjs). Installs
# what it needs: chromium (Debian) if missing, and `npm ci` in tests/browser.
# Always stops the daemon. Screenshots go to <build dir>/console-shots/.
#
#   bash tests/console_browser.sh build/streamguard
set -euo pipefail

BIN=${1:?usage: console_browser.sh PATH_TO_streamguard}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
CHROMIUM=${SG_CHROMIUM:-/usr/bin/chromium}
SHOTS=$(dirname "$BIN")/console-shots

fail() { echo "console_browser: FAIL: $*" >&2; exit 1; }

# ---- what the test needs -------------------------------------------------
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if [ ! -x "$CHROMIUM" ]; then
  echo "console_browser: installing Debian's chromium"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
[ -x "$CHROMIUM" ] || fail "no browser at $CHROMIUM"
command -v node >/dev/null || fail "node is not installed"
command -v npm >/dev/null || fail "npm is not installed"
want=$(node -e 'console.log(require("./tests/browser/package-lock.json").packages["node_modules/playwright-core"].version)')
have=$(node -e 'try{console.log(require("./tests/browser/node_modules/playwright-core/package.json").version)}catch{console.log("")}')
if [ "$want" != "$have" ]; then
  echo "console_browser: npm ci (playwright-core $want)"
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci failed"
fi

# ---- unit tests of the console's span arithmetic (no browser) ----------------
node --test tests/browser/spans.test.mjs >/tmp/sg-console-unit.$$ 2>&1 || { cat /tmp/sg-console-unit.$$; rm -f /tmp/sg-console-unit.$$; fail "web/spans.js unit tests"; }
grep -E '^# (pass|fail)' /tmp/sg-console-unit.$$ | tr '\n' ' '; echo "(web/spans.js unit tests)"
rm -f /tmp/sg-console-unit.$$

# ---- daemon ------------------------------------------------------------------
DATA=$(mktemp -d /tmp/sg-console-data.XXXXXX)
LOG=$DATA/serve.log
PID=""
cleanup() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill -TERM "$PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$PID" 2>/dev/null; then
      echo "console_browser: daemon did not stop on SIGTERM within 5 s; killing it" >&2
      kill -KILL "$PID" 2>/dev/null || true
    fi
    wait "$PID" 2>/dev/null || true
  fi
  rm -rf "$DATA"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

token() {
  local out
  out=$("$BIN" token create --role "$1" --data "$DATA" 2>>"$LOG") || fail "token create --role $1 failed: $(tail -3 "$LOG")"
  # the token is the last word printed
  printf '%s\n' "$out" | awk 'NF{t=$NF} END{print t}'
}
MOD=$(token moderator)
INGEST=$(token ingest)
[ -n "$MOD" ] && [ -n "$INGEST" ] || fail "empty token"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
"$BIN" serve --listen "127.0.0.1:$PORT" --data "$DATA" >>"$LOG" 2>&1 &
PID=$!
BASE="http://127.0.0.1:$PORT"
# Startup compiles the rule set (about 25 CPU seconds, 90 under ASan, on a 2-core
# machine), so readiness gets its own generous bound; the browser part is
# bounded separately below.
READY_S=${SG_READY_TIMEOUT_S:-600}
t_start=$SECONDS
until curl -fsS "$BASE/readyz" >/dev/null 2>&1; do
  kill -0 "$PID" 2>/dev/null || fail "the daemon exited: $(tail -5 "$LOG")"
  [ $((SECONDS - t_start)) -lt "$READY_S" ] || fail "the daemon is not ready after $READY_S s: $(tail -5 "$LOG")"
  sleep 0.2
done
echo "console_browser: daemon ready on port $PORT after $((SECONDS - t_start)) s"
curl -fsS "$BASE/" -o "$DATA/index.html" || fail "GET / failed"
grep -q "moderator console" "$DATA/index.html" || fail "the daemon does not serve web/ at /"

# ---- the browser test -------------------------------------------------------------
mkdir -p "$SHOTS"
rm -f "$SHOTS"/*.png
set +e
SG_BASE=$BASE SG_MOD_TOKEN=$MOD SG_INGEST_TOKEN=$INGEST SG_CHROMIUM=$CHROMIUM \
SG_SCENARIO=tests/scenarios/g01_gems_hoodie_dare_1315.ndjson SG_OFFENDER=gemgiver_neil \
SG_SHOT_DIR=$SHOTS SG_TEST_TIMEOUT_MS=60000 \
  timeout -k 5 90 node tests/browser/console.test.mjs
rc=$?
set -e
if [ $rc -ne 0 ]; then
  echo "console_browser: daemon log (last lines):" >&2
  tail -20 "$LOG" | grep -vF -e "$MOD" -e "$INGEST" >&2 || true
  fail "browser test failed (rc=$rc); screenshots in $SHOTS"
fi
grep -qF "$MOD" "$LOG" && fail "the moderator token appears in the daemon log"
echo "console_browser: ok (screenshots in $SHOTS)"
