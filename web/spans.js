// spans.js — evidence spans: UTF-8 byte offsets (as the engine reports them)
// turned into segments of a JavaScript (UTF-16) string for highlighting.
//
// The engine reports spans as byte offsets into the UTF-8 encoding of the
// original message. JavaScript strings are UTF-16, so "byte 12" is not
// "character 12" as soon as the text holds Cyrillic (2 bytes per letter),
// CJK (3) or emoji (4 bytes, 2 UTF-16 units). We walk the string code point
// by code point, and record the UTF-8 byte offset where each one starts
// (TextEncoder.encodeInto gives the byte length of each code point). A span
// whose offset falls inside a code point is widened to whole code points,
// out-of-range offsets are clamped, and overlapping spans are merged so that
// every byte is in at most one highlighted segment.

const encoder = new TextEncoder();
const scratch = new Uint8Array(4);

/** Byte offset of each code point start, plus the total, with UTF-16 index. */
function boundaries(text) {
  const bytes = [];   // UTF-8 offset at which code point i starts
  const units = [];   // UTF-16 index at which code point i starts
  let b = 0;
  let u = 0;
  for (const ch of text) {
    bytes.push(b);
    units.push(u);
    b += encoder.encodeInto(ch, scratch).written;
    u += ch.length;
  }
  bytes.push(b);
  units.push(u);
  return { bytes, units, total: b };
}

/** UTF-8 byte length of a string. */
export function utf8Length(text) {
  return encoder.encode(text).length;
}

/**
 * Splits text into [{text, spans: [span...] | null}] segments, where the
 * segments with spans are the highlighted ones. spans: [{start, end, ...}]
 * in UTF-8 bytes, end exclusive. Invalid spans are ignored.
 */
export function segmentByBytes(text, spans) {
  text = String(text ?? '');
  const { bytes, units, total } = boundaries(text);
  // Map a byte offset to a code point index: floor for starts, ceil for ends.
  const idxFloor = (off) => {
    let lo = 0, hi = bytes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bytes[mid] <= off) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const idxCeil = (off) => {
    let lo = 0, hi = bytes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bytes[mid] >= off) hi = mid; else lo = mid + 1;
    }
    return lo;
  };
  const ranges = [];
  for (const s of spans || []) {
    if (!s) continue;
    let start = Number(s.start), end = Number(s.end);
    if (!Number.isFinite(start) || !Number.isFinite(end)) continue;
    start = Math.max(0, Math.min(total, Math.trunc(start)));
    end = Math.max(0, Math.min(total, Math.trunc(end)));
    if (end <= start) continue;
    const a = units[idxFloor(start)];
    const z = units[idxCeil(end)];
    if (z > a) ranges.push({ a, z, spans: [s] });
  }
  ranges.sort((x, y) => x.a - y.a || x.z - y.z);
  const merged = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.a < last.z) {
      last.z = Math.max(last.z, r.z);
      last.spans.push(...r.spans);
    } else {
      merged.push({ a: r.a, z: r.z, spans: [...r.spans] });
    }
  }
  const out = [];
  let pos = 0;
  for (const r of merged) {
    if (r.a > pos) out.push({ text: text.slice(pos, r.a), spans: null });
    out.push({ text: text.slice(r.a, r.z), spans: r.spans });
    pos = r.z;
  }
  if (pos < text.length || out.length === 0) out.push({ text: text.slice(pos), spans: null });
  return out;
}
