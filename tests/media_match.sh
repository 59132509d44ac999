#!/usr/bin/env bash
# media_match.sh BINARY — `streamguard match` end to end: a bank built from
# computed-hashes.tsv matches the images it lists, a rotated image matches
# the original through its dihedral variant, hex queries, NAME=FILE, negative
# banks, low-quality images, and clear errors for bad banks and queries.
set -euo pipefail
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
img=tests/data/pdq/images
fail() { echo "FAIL: $*"; exit 1; }

# A CSV bank from the published full-resolution hashes: id = image path.
awk -F'\t' 'NR == 1 { print "id,hash,label"; next } { print $1 "," $5 ",ref" }' \
  tests/data/pdq/computed-hashes.tsv > "$tmp/computed.csv"
orig=$(awk -F'\t' '$1 == "reg-test-input/dih/bridge-1-original.jpg" { print $5 }' \
  tests/data/pdq/computed-hashes.tsv)
[ ${#orig} -eq 64 ] || fail "no hash for bridge-1-original in computed-hashes.tsv"

# 1. every image of the bank matches its own entry at distance <= 2 (the
#    published hashes come from the reference with libjpeg-turbo/libpng)
"$bin" match --bank "$tmp/computed.csv" "$img/misc-images/c.png" \
  "$img/bridge-mods/blur-a-lot.jpg" "$img/reg-test-input/labelme-subset/q0746.jpg" > "$tmp/out1"
[ "$(wc -l < "$tmp/out1")" -eq 3 ] || fail "expected 3 lines: $(cat "$tmp/out1")"
for q in misc-images/c.png bridge-mods/blur-a-lot.jpg reg-test-input/labelme-subset/q0746.jpg; do
  jq -s -e --arg q "$img/$q" --arg id "$q" \
    '.[] | select(.query == $q) | .quality >= 50 and
     ([.matches[] | select(.id == $id and .bank == "computed" and .distance <= 2
                           and .variant == "original" and .label == "ref")] | length == 1)' \
    "$tmp/out1" > /dev/null || fail "$q did not match its own entry: $(grep -F "$q" "$tmp/out1")"
done
# the bridge edits all match each other within 31 bits; matches are sorted by distance
jq -s -e '.[] | select(.query | endswith("blur-a-lot.jpg")) |
       (.matches | length) >= 10 and ([.matches[].distance] == ([.matches[].distance] | sort))
       and all(.matches[]; .distance <= 31)' "$tmp/out1" > /dev/null \
  || fail "blur-a-lot should match the other bridge images, sorted"

# 2. a rotated image matches the original through a dihedral variant
echo "$orig bridge-original" > "$tmp/orig.txt"
"$bin" match --bank "$tmp/orig.txt" "$img/reg-test-input/dih/bridge-2-rotate-90.jpg" \
  "$img/reg-test-input/dih/bridge-6-flipy.jpg" "$img/misc-images/c.png" > "$tmp/out2"
jq -s -e '.[] | select(.query | endswith("rotate-90.jpg")) | .matches | length == 1 and
       .[0].id == "bridge-original" and .[0].variant != "original" and .[0].distance <= 31' \
  "$tmp/out2" > /dev/null || fail "rotated image did not match via a variant: $(head -1 "$tmp/out2")"
jq -s -e '.[] | select(.query | endswith("flipy.jpg")) | .matches[0].variant == "flipy"' "$tmp/out2" \
  > /dev/null || fail "mirrored image should match via flipy: $(sed -n 2p "$tmp/out2")"
jq -s -e '.[] | select(.query | endswith("c.png")) | .matches == []' "$tmp/out2" > /dev/null \
  || fail "an unrelated image matched"

# 3. hex queries, NAME=FILE, one line per query in order
near=$(python3 -c "h=int('$orig',16)^0b1011; print(format(h,'064x'))")
"$bin" match --bank refs="$tmp/orig.txt" --radius 2 "$orig" "$near" > "$tmp/out3"
jq -s -e --arg o "$orig" '.[0].query == $o and .[0].quality == null and
       .[0].matches[0] == {"bank":"refs","id":"bridge-original","hash":$o,"distance":0,"variant":"original"}
       and .[1].matches == []' "$tmp/out3" > /dev/null || fail "hex queries: $(cat "$tmp/out3")"
"$bin" match --bank refs="$tmp/orig.txt" --radius 3 "$near" | jq -e '.matches[0].distance == 3' \
  > /dev/null || fail "radius 3 should find the 3-bit neighbour"

# 4. a negative bank suppresses the match; a disabled-quality image is not matched
echo "$near" > "$tmp/neg.txt"
"$bin" match --bank "$tmp/orig.txt" --negative "$tmp/neg.txt" "$orig" \
  | jq -e '.matches == []' > /dev/null || fail "negative bank did not suppress"
"$bin" match --bank "$tmp/orig.txt" --negative "$tmp/neg.txt" --radius 2 "$orig" \
  | jq -e '.matches | length == 1' > /dev/null || fail "negative bank beyond its radius suppressed"
"$bin" match --bank "$tmp/computed.csv" "$img/misc-images/small.jpg" \
  | jq -e '.quality < 50 and .matches == [] and (.note | test("quality"))' > /dev/null \
  || fail "a quality-0 image was matched"

# 5. errors: a bad bank names file and line; a missing query fails with exit 1
printf '%s\n%s\nnot-a-hash\n' "$orig" "$near" > "$tmp/bad.txt"
if "$bin" match --bank "$tmp/bad.txt" "$orig" > "$tmp/out5" 2> "$tmp/err5"; then
  fail "a bad bank was accepted"
fi
grep -q "bad.txt:3:" "$tmp/err5" || fail "bank error does not name the line: $(cat "$tmp/err5")"
[ ! -s "$tmp/out5" ] || fail "output despite a bad bank"
set +e
"$bin" match --bank "$tmp/orig.txt" "$tmp/missing.jpg" "$orig" > "$tmp/out6" 2> "$tmp/err6"
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "missing query file: exit $rc, expected 1"
grep -q "missing.jpg" "$tmp/err6" || fail "missing query not reported on stderr"
jq -s -e '.[0].error != null and (.[1].matches | length) == 1' "$tmp/out6" > /dev/null \
  || fail "the query after a failing one must still be answered: $(cat "$tmp/out6")"
printf 'garbage that is not an image' > "$tmp/junk.jpg"
if "$bin" match --bank "$tmp/orig.txt" "$tmp/junk.jpg" > /dev/null 2>&1; then
  fail "a corrupt image was accepted"
fi
set +e
"$bin" match "$orig" > /dev/null 2>&1; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "no --bank should be a usage error (2), got $rc"
echo "media_match: ok"
