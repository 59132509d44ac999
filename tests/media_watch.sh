#!/usr/bin/env bash
# media_watch.sh BINARY — `streamguard watch` end to end: a 6-second video in
# which a banked image is shown from second 2 to 4 (other pictures before and
# after) gives exactly one hash_match alert, with the DESIGN.md fields and a
# media timestamp inside the window, and nothing for the other frames. A
# missing file and a stalled live URL are errors (exit 1, reason on stderr).
set -euo pipefail
bin=$1
tmp=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
img=tests/data/pdq/images
fail() { echo "FAIL: $*"; exit 1; }
command -v ffmpeg > /dev/null || fail "ffmpeg is needed (scripts/install-deps.sh)"

known=$img/reg-test-input/dih/bridge-1-original.jpg
before=$img/reg-test-input/labelme-subset/q0746.jpg
after=$img/misc-images/c.png
ffmpeg -v error -y \
  -loop 1 -framerate 10 -t 2 -i "$before" \
  -loop 1 -framerate 10 -t 2 -i "$known" \
  -loop 1 -framerate 10 -t 2 -i "$after" \
  -filter_complex "[0]scale=640:400,setsar=1[a];[1]scale=640:400,setsar=1[b];[2]scale=640:400,setsar=1[c];[a][b][c]concat=n=3:v=1:a=0,format=yuv420p" \
  -r 10 -c:v mpeg4 -q:v 2 "$tmp/clip.mp4"

hash=$(awk -F'\t' '$1 == "reg-test-input/dih/bridge-1-original.jpg" { print $5 }' \
  tests/data/pdq/computed-hashes.tsv)
printf 'hash,id,label\n%s,bridge-001,test image\n' "$hash" > "$tmp/bank.csv"
# an unrelated hash in a second bank must stay silent
printf '%064d decoy\n' 0 > "$tmp/decoy.txt"

"$bin" watch --bank "$tmp/bank.csv" --bank "$tmp/decoy.txt" --stream st-42 --every 0.5 \
  "$tmp/clip.mp4" > "$tmp/out" 2> "$tmp/err" || fail "watch failed: $(cat "$tmp/err")"
[ "$(wc -l < "$tmp/out")" -eq 1 ] || fail "expected exactly one alert, got: $(cat "$tmp/out")"
jq -e --arg h "$hash" '.kind == "alert" and .id == "al-hm-1" and .type == "hash_match"
  and .severity == "critical" and .stream == "st-42" and .user == null
  and (.ts | type == "number") and .ts > 1600000000000
  and .media_ts >= 1.5 and .media_ts <= 4.5
  and .bank == "bank" and .hash_id == "bridge-001" and .hash == $h
  and .distance <= 31 and .variant == "original" and (.summary | length > 0)' "$tmp/out" \
  > /dev/null || fail "alert fields: $(cat "$tmp/out")"

# the same with the default 1 frame per second
"$bin" watch --bank "$tmp/bank.csv" --stream st-42 "$tmp/clip.mp4" > "$tmp/out1" 2> "$tmp/err1" \
  || fail "watch failed: $(cat "$tmp/err1")"
[ "$(wc -l < "$tmp/out1")" -eq 1 ] || fail "1 fps: expected one alert: $(cat "$tmp/out1")"
jq -e '.media_ts >= 1.5 and .media_ts <= 4.5' "$tmp/out1" > /dev/null \
  || fail "1 fps: media_ts out of the window: $(cat "$tmp/out1")"

# a video without the image: no output at all
ffmpeg -v error -y -loop 1 -framerate 10 -t 3 -i "$before" -vf scale=320:200,format=yuv420p \
  -c:v mpeg4 "$tmp/clean.mp4"
"$bin" watch --bank "$tmp/bank.csv" --stream st-1 "$tmp/clean.mp4" > "$tmp/out2" 2> /dev/null \
  || fail "watch failed on a clean video"
[ ! -s "$tmp/out2" ] || fail "alert on a clean video: $(cat "$tmp/out2")"

# errors: missing file; a live URL that accepts and then stalls
if "$bin" watch --bank "$tmp/bank.csv" --stream s "$tmp/missing.mp4" > "$tmp/out3" 2> "$tmp/err3"; then
  fail "a missing file was accepted"
fi
grep -q "missing.mp4" "$tmp/err3" || fail "missing file not named: $(cat "$tmp/err3")"
[ ! -s "$tmp/out3" ] || fail "output for a missing file"

port_file=$tmp/port
python3 - "$port_file" <<'EOF' &
import socket, sys, time
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(4)
open(sys.argv[1], "w").write(str(s.getsockname()[1]))
conns = []
end = time.time() + 30
while time.time() < end:
    s.settimeout(1)
    try:
        c, _ = s.accept()
        conns.append(c)  # accept, read nothing, answer nothing
    except socket.timeout:
        pass
EOF
pid=$!
for _ in $(seq 50); do [ -s "$port_file" ] && break; sleep 0.1; done
[ -s "$port_file" ] || fail "stall server did not start"
start=$(date +%s)
set +e
"$bin" watch --bank "$tmp/bank.csv" --stream s --timeout 2 "http://127.0.0.1:$(cat "$port_file")/live.m3u8" \
  > "$tmp/out4" 2> "$tmp/err4"
rc=$?
set -e
elapsed=$(( $(date +%s) - start ))
[ "$rc" -eq 1 ] || fail "stalled URL: exit $rc, expected 1 ($(cat "$tmp/err4"))"
[ "$elapsed" -le 20 ] || fail "stalled URL took ${elapsed}s despite --timeout 2"
[ -s "$tmp/err4" ] || fail "stalled URL: no reason on stderr"
[ ! -s "$tmp/out4" ] || fail "stalled URL: unexpected output"
echo "media_watch: ok"
