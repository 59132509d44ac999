// app.js — the streamguard moderator console: login, live alert queue, alert
// page with highlighted evidence, resolve actions and keyboard shortcuts.
// Plain ES modules, no framework, no build step. All user-written text is
// inserted as text nodes (dom.js), never as markup.

import { api, auth, ApiError } from './api.js';
import { h, mount, ago, fmtTime } from './dom.js';
import { normAlert, normDetail, compareAlerts } from './model.js';
import { segmentByBytes } from './spans.js';
import { tacticLabel, tacticHelp, ALERT_TYPES } from './tactics.js';

const $ = (sel, root = document) => root.querySelector(sel);
const main = () => $('#main');

const OUTCOMES = {
  confirmed: { key: 'c', verb: 'Confirm', past: 'Confirmed', help: 'The alert is right: act on the user' },
  dismissed: { key: 'd', verb: 'Dismiss', past: 'Dismissed', help: 'A false alarm: nothing to do' },
  escalated: { key: 'e', verb: 'Escalate', past: 'Escalated', help: 'Needs a senior reviewer or a report to the authorities' },
};

const state = {
  alerts: new Map(),      // id -> alert
  filters: { status: 'open', type: '', severity: '' },
  sort: 'severity',       // 'severity' | 'age' | 'oldest'
  next: null,             // pagination cursor from the last page
  loaded: false,
  loadError: null,
  selected: null,         // id selected in the queue
  fresh: new Set(),       // ids that arrived live and are not yet seen
  es: null,
  current: null,          // {alert, messages, user, stream} on the alert page
  revealAll: false,
};

// ---------------------------------------------------------------- helpers

function announce(msg) {
  const el = $('#announce');
  el.textContent = '';
  setTimeout(() => { el.textContent = msg; }, 30);
}

let toastTimer = null;
function toast(msg, kind = 'info') {
  const el = $('#toast');
  el.textContent = msg;
  el.dataset.kind = kind;
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { el.hidden = true; }, 5000);
}

function handleError(e, where) {
  if (e instanceof ApiError && e.status === 401) {
    logout('Your session has ended or the token is no longer valid. Please log in again.');
    return;
  }
  if (e instanceof ApiError && e.status === 403) {
    toast('This token is not allowed to do that (a moderator token is needed).', 'error');
    return;
  }
  toast(`${where}: ${e.message}`, 'error');
}

function sevBadge(sev) {
  return h('span', { class: `sev sev-${sev}` }, sev);
}

function statusText(a) {
  return a.status === 'open' ? 'Open' : (OUTCOMES[a.status]?.past || OUTCOMES[a.outcome]?.past || a.status);
}

function statusBadge(a) {
  return h('span.status', { class: a.status === 'open' ? 'open' : `done st-${a.status}` }, statusText(a));
}

function typeLabel(t) {
  return (ALERT_TYPES[t] || t).replace(/ \(.*\)$/, '');
}

function subjectOf(a) {
  if (a.user) return a.user;
  if (a.users.length) return `${a.users.length} users`;
  return '—';
}

function streamOf(a) {
  if (a.stream) return a.stream;
  if (a.streams.length) return `${a.streams.length} streams`;
  return '—';
}

function matchesFilters(a) {
  const f = state.filters;
  if (f.status === 'open' && a.status !== 'open') return false;
  if (f.status === 'resolved' && a.status === 'open') return false;
  if (f.type && a.type !== f.type) return false;
  if (f.severity && a.severity !== f.severity) return false;
  return true;
}

function sortedAlerts() {
  return [...state.alerts.values()].filter(matchesFilters).sort(compareAlerts(state.sort));
}

// ---------------------------------------------------------------- routing

function route() {
  const hash = location.hash || '#/queue';
  if (!auth.token) {
    stopLive();
    return renderLogin();
  }
  $('#logout').hidden = false;
  $('#nav-queue').hidden = false;
  startLive();
  const m = /^#\/alert\/(.+)$/.exec(hash);
  if (m) return renderAlert(decodeURIComponent(m[1]));
  return renderQueue();
}

function logout(message) {
  auth.token = '';
  stopLive();
  state.alerts.clear();
  state.loaded = false;
  state.current = null;
  $('#logout').hidden = true;
  if (location.hash !== '#/login') history.replaceState(null, '', '#/login');
  renderLogin(message);
}

// ---------------------------------------------------------------- login

function renderLogin(message) {
  document.title = 'Log in — streamguard';
  $('#logout').hidden = true;
  $('#nav-queue').hidden = true;
  const err = h('p#login-error.error', { role: 'alert' }, message || '');
  if (!message) err.hidden = true;
  const input = h('input#token', {
    type: 'password', name: 'token', autocomplete: 'off', spellcheck: 'false',
    required: true, 'aria-describedby': 'token-help login-error',
  });
  const btn = h('button.primary', { type: 'submit' }, 'Log in');
  const form = h('form.login', {
    onsubmit: async (ev) => {
      ev.preventDefault();
      const token = input.value.trim();
      if (!token) return;
      btn.disabled = true;
      err.hidden = true;
      try {
        const me = await api.whoami(token);
        if (me && me.role && me.role !== 'moderator' && me.role !== 'admin') {
          throw new ApiError(403, 'forbidden');
        }
        auth.token = token;
        input.value = '';
        if (location.hash === '#/queue') route();
        else location.hash = '#/queue';
      } catch (e) {
        err.textContent = e.status === 401 ? 'This token is not valid.'
          : e.status === 403 ? 'This token does not have the moderator role.'
          : e.message;
        err.hidden = false;
        input.focus();
      } finally {
        btn.disabled = false;
      }
    },
  },
  h('h1', 'Moderator log in'),
  h('label', { for: 'token' }, 'Moderator token'),
  input,
  h('p#token-help.muted', 'Paste the token printed by ',
    h('code', 'streamguard token create --role moderator'),
    '. It is kept only in this browser tab and forgotten when you close it.'),
  err,
  btn);
  mount(main(), h('section.card.narrow', form));
  input.focus();
}

// ---------------------------------------------------------------- queue

async function loadQueue(more = false) {
  const f = state.filters;
  const q = {
    status: f.status === 'all' ? '' : f.status,
    type: f.type,
    severity: f.severity,
    sort: state.sort === 'age' ? 'newest' : state.sort,
    limit: 100,
  };
  if (more && state.next) q.cursor = state.next;
  try {
    const data = await api.listAlerts(q);
    const list = Array.isArray(data) ? data : (data?.alerts || data?.items || []);
    if (!more) {
      // keep live-arrived alerts that match; replace the rest
      for (const [id, a] of state.alerts) if (!state.fresh.has(id)) state.alerts.delete(id);
    }
    for (const raw of list) {
      const a = normAlert(raw);
      if (a) state.alerts.set(a.id, a);
    }
    state.next = (data && (data.next_cursor ?? data.next ?? data.cursor)) || null;
    state.loaded = true;
    state.loadError = null;
  } catch (e) {
    state.loadError = e;
    handleError(e, 'Loading alerts');
  }
}

function renderQueue() {
  document.title = 'Alert queue — streamguard';
  const filterSel = (id, label, key, options) => h('div.field',
    h('label', { for: id }, label),
    h('select', {
      id,
      onchange: async (ev) => {
        state.filters[key] = ev.target.value;
        await loadQueue();
        drawRows();
      },
    }, options.map(([v, t]) => h('option', { value: v, selected: state.filters[key] === v }, t))));

  const sortBtn = (key, text) => h('button.sort', {
    type: 'button',
    'aria-pressed': String(state.sort === key),
    onclick: async () => { state.sort = key; await loadQueue(); renderQueue(); },
  }, text);

  const tbody = h('tbody#queue-rows');
  const table = h('table.queue', { 'aria-describedby': 'queue-count' },
    h('caption.sr-only', 'Alerts'),
    h('thead', h('tr',
      h('th', { scope: 'col', 'aria-sort': state.sort === 'severity' ? 'descending' : 'none' }, 'Severity'),
      h('th', { scope: 'col' }, 'Alert'),
      h('th', { scope: 'col' }, 'Who'),
      h('th', { scope: 'col' }, 'Stream'),
      h('th', { scope: 'col' }, 'Tactics'),
      h('th', { scope: 'col', 'aria-sort': state.sort === 'age' ? 'descending' : state.sort === 'oldest' ? 'ascending' : 'none' }, 'Age'),
      h('th', { scope: 'col' }, 'Status'))),
    tbody);

  mount(main(),
    h('section.queue-head',
      h('h1', 'Alert queue'),
      h('p#queue-count.muted', { 'aria-live': 'polite' }, ''),
      h('div.controls', { role: 'group', 'aria-label': 'Filters and sorting' },
        filterSel('f-status', 'Status', 'status', [['open', 'Open'], ['resolved', 'Resolved'], ['all', 'All']]),
        filterSel('f-type', 'Type', 'type', [['', 'All types'], ...Object.keys(ALERT_TYPES).map((t) => [t, typeLabel(t)])]),
        filterSel('f-severity', 'Severity', 'severity', [['', 'All'], ['critical', 'Critical'], ['high', 'High'], ['medium', 'Medium'], ['low', 'Low']]),
        h('div.field', h('span.label#sort-label', 'Sort by'),
          h('div.seg', { role: 'group', 'aria-labelledby': 'sort-label' },
            sortBtn('severity', 'Most severe'), sortBtn('age', 'Newest'), sortBtn('oldest', 'Oldest'))))),
    h('div.table-wrap', table),
    h('p#queue-empty.empty', { hidden: true }),
    h('div.more', h('button#load-more', { type: 'button', hidden: true, onclick: async () => { await loadQueue(true); drawRows(); } }, 'Load more')));

  drawRows();
  if (!state.loaded) loadQueue().then(drawRows);
  main().focus({ preventScroll: true });
}

function drawRows() {
  const tbody = $('#queue-rows');
  if (!tbody) return;
  const hadFocus = tbody.contains(document.activeElement);
  const list = sortedAlerts();
  if (state.selected && !list.some((a) => a.id === state.selected)) state.selected = null;
  const rows = list.map((a) => {
    const link = h('a.open', { href: `#/alert/${encodeURIComponent(a.id)}`, 'aria-label': `Open ${a.severity} ${typeLabel(a.type)} alert ${a.id} about ${subjectOf(a)}` }, a.id);
    const tr = h('tr', {
      dataset: { id: a.id },
      class: [state.fresh.has(a.id) ? 'fresh' : '', state.selected === a.id ? 'selected' : ''].join(' '),
      onclick: (ev) => { if (ev.target.tagName !== 'A') location.hash = `#/alert/${encodeURIComponent(a.id)}`; },
    },
    h('td', sevBadge(a.severity)),
    h('td', h('div', link), h('div.muted.small', typeLabel(a.type))),
    h('td.who', subjectOf(a)),
    h('td.nowrap', streamOf(a)),
    h('td', h('ul.chips', a.tactics.map((t) => h('li.chip', { title: tacticHelp(t) }, tacticLabel(t))))),
    h('td.nowrap', h('time', { datetime: Number.isFinite(a.age_ts) ? new Date(a.age_ts).toISOString() : null, title: `raised ${fmtTime(a.age_ts)}; last evidence ${fmtTime(a.ts)}` }, ago(a.age_ts))),
    h('td', statusBadge(a)));
    return tr;
  });
  mount(tbody, rows);
  const n = list.length;
  const count = $('#queue-count');
  if (count) count.textContent = state.loaded ? `${n} alert${n === 1 ? '' : 's'} shown` : 'Loading…';
  const empty = $('#queue-empty');
  if (empty) {
    empty.hidden = !(state.loaded && n === 0);
    empty.textContent = state.filters.status === 'open' ? 'No open alerts. New ones appear here as they are raised.' : 'No alerts match these filters.';
  }
  const more = $('#load-more');
  if (more) more.hidden = !state.next;
  if (hadFocus && state.selected) $(`tr[data-id="${CSS.escape(state.selected)}"] a.open`)?.focus();
}

function moveSelection(delta) {
  const list = sortedAlerts();
  if (!list.length) return;
  let i = list.findIndex((a) => a.id === state.selected);
  i = i < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.max(0, Math.min(list.length - 1, i + delta));
  state.selected = list[i].id;
  drawRows();
  const link = $(`tr[data-id="${CSS.escape(state.selected)}"] a.open`);
  link?.focus();
  link?.scrollIntoView({ block: 'nearest' });
}

// ---------------------------------------------------------------- live updates

function setLive(text, kind) {
  const el = $('#live');
  el.hidden = false;
  el.textContent = text;
  el.dataset.state = kind;
}

let liveRetry = 0;
let liveTimer = null;

function startLive() {
  if (state.es || liveTimer) return;
  const es = new EventSource(api.streamUrl());
  state.es = es;
  setLive('Connecting…', 'connecting');
  es.onopen = () => {
    liveRetry = 0;
    setLive('Live', 'live');
    // catch up on anything raised while disconnected
    if (state.loaded) loadQueue().then(drawRows);
  };
  const onEvent = (ev) => {
    let data;
    try { data = JSON.parse(ev.data); } catch { return; }
    const a = normAlert(data);
    if (a) upsertLive(a, ev.type);
  };
  for (const name of ['message', 'alert', 'alert.new', 'alert.updated', 'alert.resolved', 'new', 'update', 'updated', 'resolved']) {
    es.addEventListener(name, onEvent);
  }
  es.onerror = () => {
    if (es.readyState === EventSource.CLOSED) {
      // the server refused (e.g. token revoked) or went away: retry with backoff
      stopLive();
      if (!auth.token) return;
      setLive('Disconnected — retrying', 'down');
      liveRetry = Math.min(liveRetry + 1, 6);
      liveTimer = setTimeout(() => { liveTimer = null; if (auth.token) startLive(); }, 500 * 2 ** liveRetry);
    } else {
      setLive('Reconnecting…', 'connecting');
    }
  };
}

function stopLive() {
  if (state.es) { state.es.close(); state.es = null; }
  if (liveTimer) { clearTimeout(liveTimer); liveTimer = null; }
  $('#live').hidden = true;
}

function upsertLive(a, evType) {
  const prev = state.alerts.get(a.id);
  state.alerts.set(a.id, prev ? { ...prev, ...a } : a);
  if (!prev && a.status === 'open') {
    state.fresh.add(a.id);
    announce(`New ${a.severity} alert: ${typeLabel(a.type)} about ${subjectOf(a)}`);
  }
  drawRows();
  const cur = state.current;
  if (cur && cur.alert.id === a.id) {
    const stale = (a.events.length !== cur.alert.events.length) || (a.status !== cur.alert.status);
    if (stale) {
      const note = $('#alert-live-note');
      if (note) { note.hidden = false; }
    }
  }
}

// ---------------------------------------------------------------- alert page

function neighbours(id) {
  const list = sortedAlerts();
  const i = list.findIndex((a) => a.id === id);
  return { list, i, prev: i > 0 ? list[i - 1] : null, next: i >= 0 && i + 1 < list.length ? list[i + 1] : (i < 0 ? list[0] || null : null) };
}

async function renderAlert(id) {
  state.selected = id;
  state.fresh.delete(id);
  state.revealAll = false;
  document.title = `Alert ${id} — streamguard`;
  mount(main(), h('p.muted', { role: 'status' }, `Loading alert ${id}…`));
  if (!state.loaded) loadQueue(); // for next/previous; not awaited
  let detail;
  try {
    detail = normDetail(await api.getAlert(id));
  } catch (e) {
    if (e.status === 404) {
      mount(main(), h('section.card', h('h1', 'Alert not found'), h('p', `There is no alert ${id}.`), h('a', { href: '#/queue' }, 'Back to the queue')));
      return;
    }
    handleError(e, 'Loading the alert');
    mount(main(), h('section.card', h('h1', 'Could not load the alert'), h('p', e.message), h('a', { href: '#/queue' }, 'Back to the queue')));
    return;
  }
  if (location.hash !== `#/alert/${encodeURIComponent(id)}` && location.hash !== `#/alert/${id}`) return; // navigated away
  const a = detail.alert;
  state.alerts.set(a.id, { ...(state.alerts.get(a.id) || {}), ...a });
  state.current = { ...detail, user: null, stream: null };
  drawAlert();
  main().focus({ preventScroll: true });
  $('#alert-title')?.focus();

  const uid = a.user;
  const sid = a.stream;
  const [user, stream] = await Promise.all([
    uid ? api.getUser(uid).catch(() => null) : null,
    sid ? api.getStream(sid).catch(() => null) : null,
  ]);
  if (state.current && state.current.alert.id === a.id) {
    state.current.user = user;
    state.current.stream = stream;
    drawSide();
  }
}

function offenders(a) {
  const s = new Set(a.users);
  if (a.user) s.add(a.user);
  return s;
}

function messageText(m, isOffender) {
  const segs = segmentByBytes(m.text, m.spans);
  const textEl = h('span.text', segs.map((s) => (s.spans
    ? h('mark.ev', {
      dataset: { tactic: s.spans.map((x) => x.tactic).join(' ') },
      title: s.spans.map((x) => `${tacticLabel(x.tactic)}${x.rule ? ` (rule ${x.rule})` : ''}`).join('; '),
    }, s.text, h('span.sr-only', ` [evidence: ${[...new Set(s.spans.map((x) => tacticLabel(x.tactic)))].join(', ')}]`))
    : s.text)));
  if (!isOffender) return textEl;
  const wrap = h('span.blurwrap', { class: state.revealAll ? 'revealed' : 'blurred' });
  const btn = h('button.reveal', {
    type: 'button',
    'aria-expanded': String(state.revealAll),
    'aria-label': `Show the message from ${m.user || 'this user'}`,
    onclick: (ev) => { ev.stopPropagation(); toggle(); },
  }, state.revealAll ? 'Hide' : 'Show');
  const toggle = () => {
    const show = wrap.classList.contains('blurred');
    wrap.classList.toggle('blurred', !show);
    wrap.classList.toggle('revealed', show);
    textEl.setAttribute('aria-hidden', String(!show));
    btn.setAttribute('aria-expanded', String(show));
    btn.textContent = show ? 'Hide' : 'Show';
  };
  textEl.setAttribute('aria-hidden', String(!state.revealAll));
  textEl.addEventListener('click', () => { if (wrap.classList.contains('blurred')) toggle(); });
  textEl.title = textEl.title || 'Blurred for your wellbeing: click to show';
  wrap.append(textEl, btn);
  return wrap;
}

function conversation(detail) {
  const a = detail.alert;
  const off = offenders(a);
  const bc = detail.broadcaster || state.current?.stream?.broadcaster || null;
  if (!detail.messages.length) return h('p.muted', 'No conversation context was stored with this alert.');
  return h('ol.convo', detail.messages.map((m) => {
    const isOff = m.user !== null && off.has(m.user);
    const isBc = bc && m.user === bc;
    const cls = ['msg', isOff ? 'offender' : '', isBc ? 'broadcaster' : '', m.flagged ? 'flagged' : '', m.kind === 'gift' ? 'gift' : ''].join(' ');
    const meta = h('div.meta',
      h('span.user', m.user ?? '—'),
      isBc ? h('span.tag.bc', 'streamer') : null,
      isOff ? h('span.tag.off', 'flagged user') : null,
      h('time', { datetime: Number.isFinite(m.ts) ? new Date(m.ts).toISOString() : null }, fmtTime(m.ts).slice(11, 19)),
      m.stream && a.type === 'serial_contact' ? h('span.muted', ` in ${m.stream}`) : null,
      m.action && m.action !== 'allow' ? h('span.tag.action', m.action) : null);
    let body;
    if (m.kind === 'gift') body = h('div.body', h('span.tag.gifttag', 'gift'), ' ', `${m.amount ?? ''} ${m.item ?? ''}`.trim());
    else body = h('div.body', messageText(m, isOff && m.kind === 'chat'));
    return h('li', { class: cls, dataset: { id: m.id } }, meta, body);
  }));
}

function drawAlert() {
  const cur = state.current;
  const a = cur.alert;
  const { prev, next } = neighbours(a.id);
  const giftsInContext = cur.messages.filter((m) => m.kind === 'gift' && offenders(a).has(m.user));

  const actions = h('section.card.actions#actions', { 'aria-labelledby': 'actions-title' },
    h('h2#actions-title', 'Decision'),
    a.status !== 'open'
      ? h('p.outcome', { role: 'status' }, h('strong', statusText(a)),
        a.note ? ` — “${a.note}”` : '', a.resolved_by ? h('span.muted', ` by ${a.resolved_by}`) : '')
      : null,
    a.status !== 'open' ? h('p.muted.small', 'Choose again to change the outcome; every decision is kept.') : null,
    h('label', { for: 'note' }, 'Note (optional)'),
    h('textarea#note', { rows: 3, maxlength: 2000, placeholder: 'What you saw, what you did' }),
    h('div.btns', Object.entries(OUTCOMES).map(([o, d]) => h(`button.act.act-${o}`, {
      type: 'button', title: `${d.help} (${d.key})`, 'aria-keyshortcuts': d.key, onclick: () => resolve(o),
    }, d.verb, ' ', h('kbd', { 'aria-hidden': 'true' }, d.key)))),
    h('p#resolve-status.muted', { role: 'status' }, ''));

  mount(main(),
    h('nav.crumbs', { 'aria-label': 'Alert navigation' },
      h('a', { href: '#/queue' }, '← Queue'),
      h('span.spacer'),
      prev ? h('a', { href: `#/alert/${encodeURIComponent(prev.id)}`, 'aria-keyshortcuts': 'k' }, '↑ Previous (k)') : null,
      next ? h('a#next-link', { href: `#/alert/${encodeURIComponent(next.id)}`, 'aria-keyshortcuts': 'j' }, 'Next (j) ↓') : null),
    h('div.alert-grid',
      h('div.col-main',
        h('section.card.alert-head',
          h('div.title-row',
            sevBadge(a.severity),
            h('h1#alert-title', { tabindex: '-1' }, `${typeLabel(a.type)}: ${subjectOf(a)}`),
            statusBadge(a)),
          a.summary ? h('p.summary', a.summary) : null,
          h('dl.facts',
            h('dt', 'Alert'), h('dd', a.id),
            h('dt', 'Stream'), h('dd', a.stream || (a.streams.length ? a.streams.join(', ') : '—')),
            a.users.length ? [h('dt', 'Users'), h('dd', a.users.join(', '))] : null,
            h('dt', 'Risk'), h('dd', Number.isFinite(a.risk) ? a.risk.toFixed(2) : '—'),
            h('dt', 'Opened'), h('dd', fmtTime(a.opened_ts)),
            h('dt', 'Last evidence'), h('dd', fmtTime(a.ts))),
          h('p#alert-live-note.notice', { hidden: true, role: 'status' }, 'This alert changed since you opened it. ',
            h('button.linklike', { type: 'button', onclick: () => renderAlert(a.id) }, 'Reload it'))),
        h('section.card', { 'aria-labelledby': 'tactics-title' },
          h('h2#tactics-title', 'What the engine saw'),
          a.tactics.length
            ? h('ul.tactics', a.tactics.map((t) => h('li', h('strong', tacticLabel(t)), tacticHelp(t) ? h('span.muted', ` — ${tacticHelp(t)}`) : null)))
            : h('p.muted', 'No tactic was named for this alert.')),
        h('section.card', { 'aria-labelledby': 'convo-title' },
          h('div.title-row',
            h('h2#convo-title', 'Conversation'),
            h('span.spacer'),
            h('button#reveal-all.ghost', { type: 'button', 'aria-keyshortcuts': 'r', 'aria-pressed': String(state.revealAll), onclick: toggleRevealAll }, state.revealAll ? 'Blur flagged messages (r)' : 'Show all flagged messages (r)')),
          h('p.muted.small', 'Messages from the flagged user are blurred: click one to read it. Highlighted words are the evidence.'),
          conversation(cur))),
      h('div.col-side',
        actions,
        h('section.card#user-card', { 'aria-labelledby': 'user-title' }, h('h2#user-title', 'User history'), a.user ? h('p.muted', 'Loading…') : [
          h('p.muted', a.users.length ? `This alert concerns ${a.users.length} users:` : 'This alert names no single user.'),
          a.users.length ? h('ul.chips.related', a.users.map((u) => h('li.chip.mono', u))) : null]),
        h('section.card#gifts-card', { 'aria-labelledby': 'gifts-title' }, h('h2#gifts-title', 'Gifts'),
          giftsInContext.length
            ? h('ul.plain', giftsInContext.map((g) => h('li', `${g.amount ?? ''} ${g.item ?? ''}`.trim(), h('span.muted', ` at ${fmtTime(g.ts).slice(11, 19)}`))))
            : h('p.muted', `No gifts from ${a.user ? 'this user' : 'these users'} in the stored context.`)),
        h('section.card#stream-card', { 'aria-labelledby': 'stream-title' }, h('h2#stream-title', 'Stream'), h('p.muted', a.stream ? 'Loading…' : '—')))));
}

function kv(label, value) {
  if (value === undefined || value === null || value === '') return null;
  return [h('dt', label), h('dd', typeof value === 'object' ? JSON.stringify(value) : String(value))];
}

function countsText(c) {
  if (!c || typeof c !== 'object') return null;
  const parts = ['open', 'confirmed', 'dismissed', 'escalated'].filter((k) => c[k]).map((k) => `${c[k]} ${k}`);
  return parts.length ? parts.join(', ') : 'none';
}

function riskText(v) {
  return v !== null && v !== undefined && Number.isFinite(Number(v)) ? Number(v).toFixed(2) : null;
}

function alertList(alerts, here) {
  if (!alerts.length) return h('p.muted', 'No alerts.');
  return h('ul.plain', alerts.map((x) => h('li',
    x.id === here ? h('span', x.id, ' (this one)') : h('a', { href: `#/alert/${encodeURIComponent(x.id)}` }, x.id),
    ' ', sevBadge(x.severity), ` ${typeLabel(x.type)}`,
    x.stream ? h('span.muted', ` in ${x.stream}`) : (x.user ? h('span.muted', ` by ${x.user}`) : ''),
    x.status !== 'open' ? h('span.muted', ` — ${statusText(x)}`) : '')));
}

/** The History blocks of GET /v1/users/{id} and /v1/streams/{id}. */
function historyBody(hist, a, kind) {
  if (!hist) return h('p.muted', `No history is available for this ${kind}.`);
  const alerts = (Array.isArray(hist.alerts) ? hist.alerts : []).map((x) => normAlert(x)).filter(Boolean);
  const related = (Array.isArray(hist.related) ? hist.related : []).map(String);
  const c = hist.counters && typeof hist.counters === 'object' ? hist.counters : null;
  return [
    h('dl.facts',
      kv('Risk', riskText(hist.risk)),
      kv('Alerts', countsText(hist.alert_counts)),
      c ? kv('Messages seen', c.events) : null,
      c ? kv('Held / blocked', `${c.holds ?? 0} / ${c.blocks ?? 0}`) : null,
      c ? kv('Highest risk', riskText(c.max_risk)) : null,
      c && c.last_ts ? kv('Last seen', fmtTime(c.last_ts)) : null),
    h('h3', kind === 'user' ? `Streams in this user's alerts (${related.length})` : `Users in this stream's alerts (${related.length})`),
    related.length
      ? h('ul.chips.related', related.map((r) => h('li.chip.mono', { class: (kind === 'user' ? r === a.stream : r === a.user) ? 'here' : null }, r)))
      : h('p.muted', 'None.'),
    h('h3', `Alerts (${alerts.length})`),
    alertList(alerts, a.id),
  ];
}

function drawSide() {
  const cur = state.current;
  const a = cur.alert;
  const userCard = $('#user-card');
  if (userCard && a.user) {
    mount(userCard, h('h2#user-title', 'User history: ', h('span.mono', a.user)),
      h('p.muted.small', 'Across every stream this user was flagged in.'),
      historyBody(cur.user, a, 'user'));
  }
  const sCard = $('#stream-card');
  if (sCard && a.stream) {
    mount(sCard, h('h2#stream-title', 'Stream: ', h('span.mono', a.stream)), historyBody(cur.stream, a, 'stream'));
  }
}

function toggleRevealAll() {
  state.revealAll = !state.revealAll;
  for (const w of document.querySelectorAll('.blurwrap')) {
    w.classList.toggle('blurred', !state.revealAll);
    w.classList.toggle('revealed', state.revealAll);
    w.querySelector('.text')?.setAttribute('aria-hidden', String(!state.revealAll));
    const b = w.querySelector('button.reveal');
    if (b) { b.textContent = state.revealAll ? 'Hide' : 'Show'; b.setAttribute('aria-expanded', String(state.revealAll)); }
  }
  const btn = $('#reveal-all');
  if (btn) {
    btn.textContent = state.revealAll ? 'Blur flagged messages (r)' : 'Show all flagged messages (r)';
    btn.setAttribute('aria-pressed', String(state.revealAll));
  }
}

let resolving = false;
async function resolve(outcome) {
  const cur = state.current;
  if (!cur || resolving) return;
  const a = cur.alert;
  const note = $('#note')?.value || '';
  const status = $('#resolve-status');
  resolving = true;
  for (const b of document.querySelectorAll('#actions button.act')) b.disabled = true;
  if (status) status.textContent = `${OUTCOMES[outcome].verb === 'Dismiss' ? 'Dismissing' : OUTCOMES[outcome].verb.replace(/e$/, '') + 'ing'}…`;
  try {
    const res = await api.resolve(a.id, outcome, note);
    const updated = normAlert(res) || { ...a, status: 'resolved', outcome, note };
    if (!updated.outcome) { updated.outcome = outcome; updated.note = note; }
    if (updated.status === 'open') updated.status = outcome;
    cur.alert = { ...a, ...updated };
    state.alerts.set(a.id, { ...(state.alerts.get(a.id) || {}), ...cur.alert });
    const msg = `Alert ${a.id} ${OUTCOMES[outcome].past.toLowerCase()}.`;
    const { next } = neighbours(a.id);
    drawAlert();
    drawSide();
    const st = $('#resolve-status');
    if (st) st.textContent = msg + (next ? ' Press j for the next alert.' : '');
    announce(msg);
    toast(msg, 'ok');
  } catch (e) {
    handleError(e, 'Resolving');
    if (status) status.textContent = '';
  } finally {
    resolving = false;
    for (const b of document.querySelectorAll('#actions button.act')) b.disabled = false;
  }
}

function goNeighbour(delta) {
  const cur = state.current;
  if (!cur) return;
  const { prev, next } = neighbours(cur.alert.id);
  const target = delta > 0 ? next : prev;
  if (target) location.hash = `#/alert/${encodeURIComponent(target.id)}`;
  else toast(delta > 0 ? 'This is the last alert in the queue.' : 'This is the first alert in the queue.');
}

// ---------------------------------------------------------------- keyboard

function onKey(ev) {
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const help = $('#help');
  const t = ev.target;
  const typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
  if (typing) {
    if (ev.key === 'Escape') t.blur();
    return;
  }
  if (help.open) return; // the dialog handles Esc itself
  if (!auth.token) return;
  const onAlert = /^#\/alert\//.test(location.hash);
  const k = ev.key;
  let done = true;
  if (k === '?') openHelp();
  else if (onAlert && (k === 'c' || k === 'd' || k === 'e')) resolve({ c: 'confirmed', d: 'dismissed', e: 'escalated' }[k]);
  else if (onAlert && (k === 'j' || k === 'n')) goNeighbour(1);
  else if (onAlert && (k === 'k' || k === 'p')) goNeighbour(-1);
  else if (onAlert && k === 'r') toggleRevealAll();
  else if (onAlert && k === '/') $('#note')?.focus();
  else if (onAlert && (k === 'u' || k === 'Escape')) location.hash = '#/queue';
  else if (!onAlert && (k === 'j' || k === 'n')) moveSelection(1);
  else if (!onAlert && (k === 'k' || k === 'p')) moveSelection(-1);
  else if (!onAlert && (k === 'o' || (k === 'Enter' && t?.tagName !== 'A' && t?.tagName !== 'BUTTON')) && state.selected) location.hash = `#/alert/${encodeURIComponent(state.selected)}`;
  else done = false;
  if (done) ev.preventDefault();
}

function openHelp() {
  const d = $('#help');
  if (!d.open) d.showModal();
}

// ---------------------------------------------------------------- start

function start() {
  $('#logout').addEventListener('click', () => logout('You are logged out.'));
  $('#help-btn').addEventListener('click', openHelp);
  document.addEventListener('keydown', onKey);
  window.addEventListener('hashchange', route);
  // a few minutes old alerts should read "3 min ago", not the time they loaded
  setInterval(() => { if (!/^#\/alert\//.test(location.hash)) drawRows(); }, 30000);
  route();
}

start();
