#!/usr/bin/env bash
# media_hash.sh — `streamguard hash`: plain and JSON output, the normative
# hashes, per-file errors that do not stop the others, the pixel cap.
# usage: bash tests/media_hash.sh PATH_TO_streamguard (from the repo root)
set -u
SG=${1:?usage: media_hash.sh PATH_TO_streamguard}
IMG=tests/data/pdq/images
fails=0
check() { # name, condition result
    if [ "$2" = 0 ]; then echo "ok   $1"; else echo "FAIL $1"; fails=$((fails + 1)); fi
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# plain: HASH<TAB>QUALITY<TAB>FILE, the published full-resolution hash
out=$("$SG" hash "$IMG/reg-test-input/dih/bridge-1-original.jpg")
check "plain output" $([ "$out" = "$(printf 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22\t100\t%s' "$IMG/reg-test-input/dih/bridge-1-original.jpg")" ]; echo $?)

# several files, one line each, in order
n=$("$SG" hash "$IMG"/bridge-mods/*.jpg | wc -l)
check "one line per file" $([ "$n" = 11 ]; echo $?)

# JSON: every field, the reference's dihedral names
js=$("$SG" hash --json "$IMG/misc-images/wee.jpg")
for k in '"file":' '"pdq":"6227401f601ff4ccafcc9fad4b0d95d371a2eb7265a3285234d228ca94deeb2d"' \
         '"quality":100' '"width":34' '"height":42' '"rot90":' '"rot180":' '"rot270":' \
         '"flipx":' '"flipy":' '"flipp":' '"flipm":'; do
    case "$js" in *"$k"*) check "json has $k" 0 ;; *) check "json has $k" 1 ;; esac
done
if command -v python3 >/dev/null; then
    echo "$js" | python3 -c 'import json,sys; d=json.loads(sys.stdin.read()); assert len(d["dihedral"])==7' 2>/dev/null
    check "json parses" $?
fi

# a bad file: error on stderr naming it, the others still hashed, exit 1
printf 'not an image' > "$tmp/bad.jpg"
: > "$tmp/empty.png"
"$SG" hash "$IMG/misc-images/wee.jpg" "$tmp/bad.jpg" "$tmp/empty.png" "$IMG/misc-images/c.png" \
    > "$tmp/out" 2> "$tmp/err"
rc=$?
check "exit 1 when a file fails" $([ $rc = 1 ]; echo $?)
check "good files still hashed" $([ "$(wc -l < "$tmp/out")" = 2 ]; echo $?)
check "stderr names the bad file" $(grep -q "bad.jpg" "$tmp/err"; echo $?)
check "stderr names the empty file" $(grep -q "empty.png: empty file" "$tmp/err"; echo $?)
check "stdout has no error text" $(! grep -q "bad.jpg" "$tmp/out"; echo $?)

# the pixel cap
"$SG" hash --max-pixels 1000 "$IMG/misc-images/c.png" > /dev/null 2> "$tmp/err"
rc=$?
check "pixel cap refuses" $([ $rc = 1 ] && grep -q "above the cap" "$tmp/err"; echo $?)

# fast mode gives a hash close to the full one
full=$("$SG" hash "$IMG/reg-test-input/dih/bridge-1-original.jpg" | cut -f1)
fast=$("$SG" hash --fast "$IMG/reg-test-input/dih/bridge-1-original.jpg" | cut -f1)
if command -v python3 >/dev/null; then
    d=$(python3 -c "print(bin(int('$full',16)^int('$fast',16)).count('1'))")
    check "fast mode within 31 bits ($d)" $([ "$d" -le 31 ]; echo $?)
fi

# usage errors
"$SG" hash > /dev/null 2>&1
check "no files is a usage error" $([ $? = 2 ]; echo $?)
"$SG" hash --bogus x > /dev/null 2>&1
check "unknown option is a usage error" $([ $? = 2 ]; echo $?)

[ $fails = 0 ] && echo "all passed" || echo "$fails failed"
exit $([ $fails = 0 ] && echo 0 || echo 1)
