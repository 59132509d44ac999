#!/usr/bin/env bash
# rules_cli.sh — `streamguard rules check|test|scan`: exit codes and output
# on the small good and bad rule files in tests/data/rules/, and `rules test`
# over the production rules in rules/en (their examples must keep passing).
#
#   bash tests/rules_cli.sh build/streamguard
set -uo pipefail

BIN=${1:?usage: rules_cli.sh PATH_TO_streamguard}
cd "$(dirname "$0")/.."
D=tests/data/rules
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
failures=0

fail() { echo "rules_cli: FAIL: $*" >&2; failures=$((failures + 1)); }

# run NAME EXPECTED_RC ARGS... : runs the binary, keeps stdout/stderr in $T
run() {
  local name=$1 want=$2
  shift 2
  "$BIN" "$@" >"$T/$name.out" 2>"$T/$name.err" <"${STDIN:-/dev/null}"
  local rc=$?
  [ "$rc" -eq "$want" ] || fail "$name: exit $rc, expected $want ($(head -c 400 "$T/$name.err"))"
}

# expect NAME FILE(out|err) GREP_PATTERN : a line matching the fixed string
expect() {
  grep -qF -- "$3" "$T/$1.$2" || fail "$1: $2 lacks '$3'; got: $(head -c 600 "$T/$1.$2")"
}

# ---- check -------------------------------------------------------------------
run check_good 0 rules check "$D/good"
expect check_good out "ok: 5 rules from 2 files"
[ ! -s "$T/check_good.err" ] || fail "check_good: unexpected stderr"

run check_file 0 rules check "$D/good/20_secrecy.rules"
expect check_file out "ok: 3 rules from 1 files"

run check_syntax 1 rules check "$D/bad/syntax.rules"
expect check_syntax err "$D/bad/syntax.rules:3: rule t.bad.one: unknown tactic 'flirting'"
expect check_syntax err "$D/bad/syntax.rules:4: rule t.bad.one: weight '1.5' is not a number in [0,1]"
expect check_syntax err "$D/bad/syntax.rules:5: rule t.bad.one: unknown key 'colour'"
expect check_syntax err "$D/bad/syntax.rules:7: duplicate rule id 't.bad.one' (first defined at $D/bad/syntax.rules:2)"
[ ! -s "$T/check_syntax.out" ] || fail "check_syntax: nothing should go to stdout"

run check_compile 1 rules check "$D/bad/compile.rules"
expect check_compile err "$D/bad/compile.rules:8: rule t.broken: pattern does not compile:"

# a bad file next to good ones refuses the whole set
run check_mixed 1 rules check "$D/good" "$D/bad/syntax.rules"
[ ! -s "$T/check_mixed.out" ] || fail "check_mixed: printed ok for a refused set"

run check_missing 1 rules check "$D/no-such.rules"
expect check_missing err "$D/no-such.rules: cannot open"

# --cost: the whole set's time per line, then the costliest patterns
run check_cost 0 rules check --cost=2 "$D/good"
expect check_cost out "ok: 5 rules from 2 files"
expect check_cost out "cost: the whole set scans a ~100-byte chat line in"
[ "$(grep -c ': scan [0-9]* ns per line, compile ' "$T/check_cost.out")" -eq 2 ] ||
  fail "check_cost: expected 2 pattern lines; got: $(cat "$T/check_cost.out")"
run check_badcost 2 rules check --costly "$D/good"

run usage 2 rules
run unknown_sub 2 rules frobnicate

# ---- test --------------------------------------------------------------------
run test_good 0 rules test "$D/good"
expect test_good out "9 passed, 0 failed"

run test_failing 1 rules test "$D/failing_examples.rules"
expect test_failing out "1 passed, 2 failed"
expect test_failing err "$D/failing_examples.rules:5: rule t.fail.dare: example does not fire the rule; fired: none"
expect test_failing err "$D/failing_examples.rules:6: rule t.fail.dare: counter fires the rule; fired: t.fail.dare"

run test_bad 1 rules test "$D/bad/syntax.rules"

# the production rules: every example and counter must pass
if compgen -G "rules/en/*.rules" >/dev/null; then
  run test_en 0 rules test rules/en
  grep -qE '^[0-9]+ passed, 0 failed$' "$T/test_en.out" ||
    fail "test_en: $(tail -n 1 "$T/test_en.out"); $(head -c 2000 "$T/test_en.err")"
fi

# ---- scan --------------------------------------------------------------------
printf '%s\n' "hey DON'T tell ur mom ok" "add me on snap" "Free Robux" "nice build" \
  "send 500 coins to the team bank if u can" >"$T/lines.txt"
STDIN="$T/lines.txt" run scan_text 0 rules scan --text "$D/good"
printf '1\tsecrecy\tt.secret.dont_tell:4-21\they don'"'"'t tell ur mom ok\n' >"$T/want1"
grep -qxF "$(cat "$T/want1")" "$T/scan_text.out" || fail "scan_text line 1: $(cat "$T/scan_text.out")"
expect scan_text out "$(printf '2\t-\t-\tadd me on snap')"
expect scan_text out "$(printf '3\tgift_offer\tt.gift.coins_for_act:0-10\tfree robux')"
expect scan_text out "$(printf '4\t-\t-\tnice build')"
# the gift rule is suppressed by the context rule, which is listed
expect scan_text out "$(printf '5\t-\tt.ctx.team_bank:22-31\t')"
[ "$(wc -l <"$T/scan_text.out")" -eq 5 ] || fail "scan_text: expected 5 lines"

# when: minor — the gift rule does not apply to an adult broadcaster
STDIN="$T/lines.txt" run scan_adult 0 rules scan --text --age adult "$D/good"
expect scan_adult out "$(printf '3\t-\t-\tfree robux')"
# from: broadcaster + when: adult
printf 'im 25 btw\n' >"$T/bc.txt"
STDIN="$T/bc.txt" run scan_bc 0 rules scan --text --age adult --broadcaster "$D/good"
expect scan_bc out "$(printf '1\tpersonal_info\tt.shadow.broadcaster_age:0-5\tim 25 btw')"
STDIN="$T/bc.txt" run scan_viewer 0 rules scan --text --age adult "$D/good"
expect scan_viewer out "$(printf '1\t-\t-\tim 25 btw')"

# NDJSON: age band from stream_start, broadcaster's own lines, bad lines reported
cat >"$T/events.ndjson" <<'EOF'
{"type":"stream_start","ts":1,"stream":"s1","broadcaster":"kid","broadcaster_age":"13-15"}
{"type":"stream_start","ts":2,"stream":"s2","broadcaster":"grownup","broadcaster_age":"adult"}
{"type":"chat","ts":3,"stream":"s1","id":"m1","user":"v","text":"free robux"}
{"type":"chat","ts":4,"stream":"s2","id":"m2","user":"v","text":"free robux"}
{"type":"gift","ts":5,"stream":"s1","id":"g1","user":"v","item":"coins","amount":5}
{"type":"chat","ts":6,"stream":"s2","id":"m3","user":"grownup","text":"im 30"}
{"type":"chat","ts":7,"stream":"s2","id":"m4","user":"v","text":"im 30"}
not json
EOF
STDIN="$T/events.ndjson" run scan_ndjson 1 rules scan "$D/good"
expect scan_ndjson out "$(printf 'm1\tgift_offer\tt.gift.coins_for_act:0-10\tfree robux')"
expect scan_ndjson out "$(printf 'm2\t-\t-\tfree robux')"
expect scan_ndjson out "$(printf 'm3\tpersonal_info\tt.shadow.broadcaster_age:0-5\tim 30')"
expect scan_ndjson out "$(printf 'm4\t-\t-\tim 30')"
expect scan_ndjson err "stdin:8:"
[ "$(wc -l <"$T/scan_ndjson.out")" -eq 4 ] || fail "scan_ndjson: expected 4 lines"

run scan_badage 2 rules scan --age teen "$D/good"
expect scan_badage err "unknown age band 'teen'"

if [ "$failures" -ne 0 ]; then
  echo "rules_cli: $failures failure(s)" >&2
  exit 1
fi
echo "rules_cli: all passed"
