// console.test.mjs — drives the moderator console (web/) in headless Debian
// chromium through playwright-core, against a running streamguard daemon:
// log in (after a wrong and a wrong-role token), ingest a grooming scenario
// through the API, see its alert arrive live in the queue without a reload,
// open it, check an evidence span is highlighted on the right characters and
// the offender's text is blurred until clicked, confirm it with the keyboard
// shortcut, and check through GET /v1/alerts/{id} that the outcome is stored.
//
// Environment (tests/console_browser.sh sets it):
//   SG_BASE          http://127.0.0.1:PORT
//   SG_MOD_TOKEN     a moderator token
//   SG_INGEST_TOKEN  an ingest token
//   SG_SCENARIO      NDJSON file to ingest
//   SG_OFFENDER      the user the alert must be about
//   SG_SHOT_DIR      where screenshots go (default: a fresh temp dir)
//   SG_CHROMIUM      browser binary (default /usr/bin/chromium)
// Exit status 0 only if every step passed; a step that fails names itself.

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BASE = process.env.SG_BASE || 'http://127.0.0.1:8471';
const MOD = process.env.SG_MOD_TOKEN || 'mod-token';
const INGEST = process.env.SG_INGEST_TOKEN || 'ingest-token';
const SCENARIO = process.env.SG_SCENARIO || 'tests/scenarios/g01_gems_hoodie_dare_1315.ndjson';
const OFFENDER = process.env.SG_OFFENDER || 'gemgiver_neil';
const SHOTS = process.env.SG_SHOT_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'sg-console-shots-'));
const CHROMIUM = process.env.SG_CHROMIUM || '/usr/bin/chromium';
const TOTAL_MS = Number(process.env.SG_TEST_TIMEOUT_MS || 60000);
const NOTE = 'checked by the browser test: gems for snap, hoodie dare — Проверено 👍';

let step = 'start';
let passed = 0;
const t0 = Date.now();
function log(msg) { console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`); }
function ok(msg) { passed++; log(`ok - ${step}${msg ? ': ' + msg : ''}`); }
function assert(cond, msg) { if (!cond) throw new Error(msg); }

async function apiJson(method, p, token, body, type = 'application/json') {
  const res = await fetch(BASE + p, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body !== undefined ? { 'Content-Type': type } : {}) },
    body,
  });
  const text = await res.text();
  return { status: res.status, text };
}

function parseEntries(text) {
  const t = text.trim();
  if (t.startsWith('[')) return JSON.parse(t);
  return t.split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

const watchdog = setTimeout(() => {
  console.error(`not ok - ${step}: the test did not finish within ${TOTAL_MS / 1000} s`);
  process.exit(1);
}, TOTAL_MS);

let context;
let page;
const pageErrors = [];
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-chromium-profile-'));

async function main() {
  step = 'launch chromium';
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1360, height: 900 },
    timeout: 20000,
  });
  context.setDefaultTimeout(10000);
  page = context.pages()[0] || await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') log(`browser console: ${m.text()}`); });
  ok(CHROMIUM);

  step = 'login page';
  await page.goto(BASE + '/', { waitUntil: 'domcontentloaded' });
  const tokenInput = page.getByLabel('Moderator token');
  await tokenInput.waitFor();
  ok();

  step = 'a wrong token is refused';
  await tokenInput.fill('not-a-real-token');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.locator('#login-error', { hasText: 'not valid' }).waitFor();
  ok();

  step = 'an ingest token is refused (wrong role)';
  await tokenInput.fill(INGEST);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.locator('#login-error', { hasText: 'moderator role' }).waitFor();
  ok();

  step = 'log in with the moderator token';
  await tokenInput.fill(MOD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Alert queue' }).waitFor();
  assert(!page.url().includes(MOD), 'the token leaked into the page URL');
  const stored = await page.evaluate(() => sessionStorage.getItem('streamguard.token'));
  assert(stored === MOD, 'the token is not kept in sessionStorage');
  await page.locator('#live[data-state="live"]').waitFor({ timeout: 10000 });
  ok('queue shown, live stream connected');

  step = 'ingest the scenario through the API';
  // mark this document: if the page reloads, the mark is gone
  await page.evaluate(() => { window.__sgNoReload = 'still-here'; });
  // plus one hostile line from the offender: markup in chat must stay text
  const lines = fs.readFileSync(SCENARIO, 'utf8').split('\n').filter((l) => l.trim());
  const lastEv = JSON.parse(lines[lines.length - 1]);
  const hostile = { type: 'chat', ts: lastEv.ts - 1, stream: lastEv.stream, id: 'mx-html', user: OFFENDER,
    text: 'add me on snap <img src=x onerror="window.__sgXss=1"><b>now</b>' };
  if (lastEv.type === 'stream_end') lines.splice(lines.length - 1, 0, JSON.stringify(hostile));
  else lines.push(JSON.stringify(hostile));
  const body = lines.join('\n') + '\n';
  const r = await apiJson('POST', '/v1/events', INGEST, body, 'application/x-ndjson');
  assert(r.status === 200, `POST /v1/events returned ${r.status}: ${r.text.slice(0, 300)}`);
  const entries = parseEntries(r.text);
  const alerts = entries.filter((e) => e.kind === 'alert');
  const errors = entries.filter((e) => e.kind === 'error');
  assert(errors.length === 0, `line errors: ${JSON.stringify(errors).slice(0, 300)}`);
  const mine = alerts.filter((a) => a.user === OFFENDER);
  assert(mine.length > 0, `no alert about ${OFFENDER} in the response (${alerts.length} alerts)`);
  const alertId = mine[mine.length - 1].id;
  ok(`${entries.length} entries, ${alerts.length} alert entries, alert ${alertId}`);

  step = 'the alert arrives live in the queue';
  const row = page.locator(`#queue-rows tr[data-id="${alertId}"]`);
  await row.waitFor({ timeout: 15000 });
  assert(await page.evaluate(() => window.__sgNoReload) === 'still-here', 'the page was reloaded');
  assert(await row.locator('td.who').innerText() === OFFENDER, 'the row does not name the offender');
  const chips = await row.locator('.chip').allInnerTexts();
  assert(chips.length > 0, 'the row lists no tactics');
  assert(!chips.some((c) => /_/.test(c)), `tactics are not in plain words: ${chips.join(', ')}`);
  ok(`row shown with tactics: ${chips.join(' | ')}`);
  await page.screenshot({ path: path.join(SHOTS, 'queue.png'), fullPage: true });

  step = 'open the alert';
  await row.locator('a.open').click();
  await page.locator('#alert-title').waitFor();
  const title = await page.locator('#alert-title').innerText();
  assert(title.includes(OFFENDER), `alert title "${title}" does not name ${OFFENDER}`);
  await page.locator('ol.convo').waitFor();
  ok(title);

  step = 'an evidence span is highlighted on the right characters';
  const d = await apiJson('GET', `/v1/alerts/${encodeURIComponent(alertId)}`, MOD);
  assert(d.status === 200, `GET alert: ${d.status}`);
  const detail = JSON.parse(d.text);
  const flagged = (detail.messages || []).filter((m) => m.text && Array.isArray(m.evidence) && m.evidence.length);
  assert(flagged.length > 0, 'the alert detail has no message with evidence spans');
  let checked = 0;
  for (const m of flagged) {
    const li = page.locator(`ol.convo li[data-id="${m.event}"]`);
    assert(await li.count() === 1, `message ${m.event} is not shown once`);
    const marks = (await li.locator('mark.ev').allTextContents()).map((t) => t.replace(/ \[evidence: .*\]$/, ''));
    const buf = Buffer.from(m.text, 'utf8');
    for (const s of m.evidence) {
      // independent of web/spans.js: slice the UTF-8 bytes with Node's Buffer
      const want = buf.subarray(s.start, s.end).toString('utf8');
      assert(marks.some((t) => t.includes(want)), `message ${m.event}: span ${s.start}-${s.end} "${want}" not highlighted (marks: ${JSON.stringify(marks)})`);
      checked++;
    }
  }
  ok(`${checked} spans in ${flagged.length} messages`);

  step = 'chat markup is shown as text, never run';
  const hostileLi = page.locator('ol.convo li[data-id="mx-html"]');
  if (await hostileLi.count()) {
    assert(await hostileLi.locator('img, b').count() === 0, 'chat markup became elements');
    assert((await hostileLi.locator('.text').textContent()).includes('<img src=x'), 'the markup is not shown literally');
  }
  assert(await page.evaluate(() => window.__sgXss) === undefined, 'a chat line ran script');
  ok((await hostileLi.count()) ? 'the hostile line is shown literally' : 'the hostile line was not stored with the alert; no script ran');

  step = 'the offender text is blurred until clicked';
  const first = page.locator(`ol.convo li[data-id="${flagged[0].event}"] .blurwrap`);
  assert(await first.evaluate((el) => el.classList.contains('blurred')), 'flagged message is not blurred');
  const filterBefore = await first.locator('.text').evaluate((el) => getComputedStyle(el).filter);
  assert(/blur/.test(filterBefore), `blurred text has filter "${filterBefore}"`);
  await first.locator('.text').click();
  await page.waitForFunction((sel) => document.querySelector(sel)?.classList.contains('revealed'), `ol.convo li[data-id="${flagged[0].event}"] .blurwrap`);
  // (the blur fades out over 150 ms)
  await first.locator('.text').evaluate((el) => new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`revealed text still has filter "${getComputedStyle(el).filter}"`)), 3000);
    const poll = () => (/blur/.test(getComputedStyle(el).filter) ? requestAnimationFrame(poll) : (clearTimeout(t), resolve()));
    poll();
  }));
  const filterAfter = await first.locator('.text').evaluate((el) => getComputedStyle(el).filter);
  ok(`filter ${filterBefore} -> ${filterAfter}`);

  step = 'the help dialog opens with ?';
  await page.locator('body').click({ position: { x: 5, y: 300 } }).catch(() => {});
  await page.keyboard.press('?');
  await page.locator('dialog#help[open]').waitFor();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog#help').open);
  ok();

  step = 'confirm with the keyboard shortcut c';
  await page.getByLabel('Note (optional)').fill(NOTE);
  await page.keyboard.press('Escape'); // leave the field: shortcuts are off while typing
  await page.screenshot({ path: path.join(SHOTS, 'alert.png'), fullPage: true });
  await page.keyboard.press('c');
  await page.locator('#actions .outcome', { hasText: 'Confirmed' }).waitFor();
  ok();

  step = 'the outcome is stored (GET /v1/alerts/{id})';
  const after = await apiJson('GET', `/v1/alerts/${encodeURIComponent(alertId)}`, MOD);
  assert(after.status === 200, `GET alert: ${after.status}`);
  const stored2 = JSON.parse(after.text);
  assert(stored2.alert?.status === 'confirmed', `status is ${stored2.alert?.status}`);
  const labels = stored2.labels || [];
  const last = labels[labels.length - 1];
  assert(last && last.outcome === 'confirmed', `labels: ${JSON.stringify(labels)}`);
  assert(last.note === NOTE, `note stored as ${JSON.stringify(last.note)}`);
  ok(`status confirmed, label note kept (${labels.length} label(s))`);

  step = 'the queue shows it resolved';
  await page.keyboard.press('u');
  await page.getByRole('heading', { name: 'Alert queue' }).waitFor();
  await page.waitForFunction((id) => !document.querySelector(`#queue-rows tr[data-id="${id}"]`), alertId);
  await page.locator('#f-status').selectOption('resolved');
  await page.locator(`#queue-rows tr[data-id="${alertId}"] .status`, { hasText: 'Confirmed' }).waitFor();
  ok('gone from the open filter, listed as Confirmed under resolved');
  await page.screenshot({ path: path.join(SHOTS, 'resolved.png'), fullPage: true });

  step = 'no script errors in the page';
  assert(pageErrors.length === 0, pageErrors.join('\n'));
  ok();
}

let failed = false;
try {
  await main();
} catch (e) {
  failed = true;
  console.error(`not ok - ${step}: ${e.message}`);
  if (page) await page.screenshot({ path: path.join(SHOTS, 'failure.png'), fullPage: true }).catch(() => {});
} finally {
  clearTimeout(watchdog);
  if (context) await context.close().catch(() => {});
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
log(`screenshots in ${SHOTS}`);
console.log(`console: ${passed} passed, ${failed ? 1 : 0} failed`);
process.exit(failed ? 1 : 0);
