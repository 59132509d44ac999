// spans.test.mjs — unit tests of web/spans.js (UTF-8 byte spans -> UTF-16
// string segments), run with `node --test` (no browser needed).
import test from 'node:test';
import assert from 'node:assert/strict';
import { segmentByBytes, utf8Length } from '../../web/spans.js';

// reference: slice the UTF-8 bytes with Node's Buffer
const bytes = (s, a, z) => Buffer.from(s, 'utf8').subarray(a, z).toString('utf8');
const marked = (segs) => segs.filter((s) => s.spans).map((s) => s.text);
const joined = (segs) => segs.map((s) => s.text).join('');

test('ASCII span', () => {
  const t = 'add me on snap, ill give you 5k gems';
  const segs = segmentByBytes(t, [{ start: 29, end: 36 }]);
  assert.deepEqual(marked(segs), ['5k gems']);
  assert.equal(joined(segs), t);
});

test('Cyrillic: 2 bytes per letter', () => {
  const t = 'привет, сколько тебе лет?';
  const start = utf8Length('привет, ');
  const end = start + utf8Length('сколько тебе лет');
  const segs = segmentByBytes(t, [{ start, end }]);
  assert.deepEqual(marked(segs), ['сколько тебе лет']);
  assert.equal(marked(segs)[0], bytes(t, start, end));
  assert.equal(joined(segs), t);
});

test('emoji (4 bytes, surrogate pair) before and inside the span', () => {
  const t = '😂😂 take ur 👕 off 4 coins 🙈';
  const start = utf8Length('😂😂 ');
  const end = utf8Length('😂😂 take ur 👕 off');
  const segs = segmentByBytes(t, [{ start, end }]);
  assert.deepEqual(marked(segs), ['take ur 👕 off']);
  assert.equal(marked(segs)[0], bytes(t, start, end));
  assert.equal(joined(segs), t);
});

test('offsets inside a code point widen to whole characters', () => {
  const t = 'a😀b';
  // byte 2 is inside the emoji (bytes 1..4): the span covers the emoji
  const segs = segmentByBytes(t, [{ start: 2, end: 3 }]);
  assert.deepEqual(marked(segs), ['😀']);
  assert.equal(joined(segs), t);
});

test('overlapping spans merge; each keeps its tactic', () => {
  const t = 'dare time. take your hoodie off for 1000 coins';
  const segs = segmentByBytes(t, [
    { tactic: 'dare', start: 0, end: 9 },
    { tactic: 'nudity_request', start: 11, end: 31 },
    { tactic: 'gift_offer', start: 26, end: 46 },
  ]);
  assert.deepEqual(marked(segs), ['dare time', 'take your hoodie off for 1000 coins']);
  assert.deepEqual(segs.filter((s) => s.spans)[1].spans.map((s) => s.tactic), ['nudity_request', 'gift_offer']);
  assert.equal(joined(segs), t);
});

test('bad spans are ignored or clamped, never thrown on', () => {
  const t = 'héllo';
  assert.deepEqual(marked(segmentByBytes(t, [{ start: 4, end: 2 }])), []);
  assert.deepEqual(marked(segmentByBytes(t, [{ start: 'x', end: 3 }])), []);
  assert.deepEqual(marked(segmentByBytes(t, [null, { start: -5, end: 3 }])), ['hé']);
  assert.deepEqual(marked(segmentByBytes(t, [{ start: 3, end: 1e9 }])), ['llo']);
  assert.equal(joined(segmentByBytes(t, [{ start: 3, end: 1e9 }])), t);
  assert.deepEqual(segmentByBytes('', []), [{ text: '', spans: null }]);
  assert.deepEqual(segmentByBytes(undefined, undefined), [{ text: '', spans: null }]);
});

test('every scenario line: a span on each word matches Buffer slicing', async () => {
  const fs = await import('node:fs');
  const dir = new URL('../scenarios/', import.meta.url);
  let n = 0;
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.ndjson'))) {
    for (const line of fs.readFileSync(new URL(f, dir), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const e = JSON.parse(line);
      if (typeof e.text !== 'string') continue;
      const buf = Buffer.from(e.text, 'utf8');
      // span each whitespace-separated word by its byte offsets
      let off = 0;
      for (const w of e.text.split(' ')) {
        const len = Buffer.byteLength(w, 'utf8');
        if (len) {
          const segs = segmentByBytes(e.text, [{ start: off, end: off + len }]);
          assert.deepEqual(marked(segs), [buf.subarray(off, off + len).toString('utf8')]);
          n++;
        }
        off += len + 1;
      }
    }
  }
  assert.ok(n > 1000, `only ${n} words checked`);
});
