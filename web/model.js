// model.js — normalises the daemon's JSON into the shapes the views use, so
// that a missing optional field never breaks a page. Field names follow
// docs/openapi.yaml and DESIGN.md (alert: id, type, severity, status, stream,
// user, users, streams, ts, opened_ts, tactics, risk, events, summary,
// outcome, note).

import { SEVERITY_RANK } from './tactics.js';

const arr = (v) => (Array.isArray(v) ? v : []);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : Number(v));
const str = (v) => (v === null || v === undefined ? '' : String(v));

const OUTCOME_STATUSES = new Set(['confirmed', 'dismissed', 'escalated']);

export function normAlert(raw, labels) {
  const a = raw && typeof raw === 'object' && raw.alert && typeof raw.alert === 'object' ? raw.alert : raw;
  if (!a || typeof a !== 'object' || a.id === undefined || a.id === null) return null;
  labels = arr(labels ?? raw?.labels);
  const last = labels.length ? labels[labels.length - 1] : null;
  let status = str(a.status || 'open');
  if (status === 'resolved' && a.outcome) status = str(a.outcome);
  const outcome = OUTCOME_STATUSES.has(status) ? status : (last ? str(last.outcome) : null);
  const ts = num(a.ts ?? a.opened_ts);
  const created = num(a.created_at);
  return {
    id: str(a.id),
    engine_id: str(a.engine_id ?? ''),
    type: str(a.type || 'grooming'),
    severity: str(a.severity || 'low'),
    status,
    stream: a.stream ?? null,
    user: a.user ?? null,
    users: arr(a.users).map(str),
    streams: arr(a.streams).map(str),
    ts,
    opened_ts: num(a.opened_ts ?? a.ts),
    // how long the alert has waited for a moderator: wall clock when stored
    age_ts: Number.isFinite(created) ? created : ts,
    updated_at: num(a.updated_at),
    seq: num(a.seq),
    tactics: arr(a.tactics).map(str),
    risk: num(a.risk),
    events: arr(a.events).map(str),
    summary: str(a.summary),
    outcome,
    labels: labels.map((l) => ({ outcome: str(l.outcome), note: str(l.note), by: str(l.by), at: num(l.at) })),
    note: str(a.note ?? last?.note ?? ''),
    resolved_by: str(a.resolved_by ?? last?.by ?? ''),
    resolved_ts: num(a.resolved_ts ?? last?.at),
  };
}

export const sevRank = (s) => SEVERITY_RANK[s] ?? -1;

/** Comparator: 'severity' (most severe, then newest) or 'age' (newest first). */
export function compareAlerts(sort) {
  return (x, y) => {
    if (sort === 'severity') {
      const d = sevRank(y.severity) - sevRank(x.severity);
      if (d) return d;
    }
    const idc = x.id.localeCompare(y.id, undefined, { numeric: true });
    if (sort === 'oldest') return (x.age_ts || 0) - (y.age_ts || 0) || idc;
    return (y.age_ts || 0) - (x.age_ts || 0) || -idc;
  };
}

function normSpan(s) {
  if (!s || typeof s !== 'object') return null;
  return { tactic: str(s.tactic), rule: str(s.rule), start: num(s.start), end: num(s.end) };
}

function normMessage(m) {
  if (!m || typeof m !== 'object') return null;
  const spans = arr(m.evidence ?? m.spans).map(normSpan).filter(Boolean);
  return {
    id: str(m.id ?? m.event ?? ''),
    kind: str(m.type || (m.item !== undefined ? 'gift' : 'chat')),
    ts: num(m.ts),
    stream: m.stream ?? null,
    user: m.user ?? null,
    text: str(m.text),
    item: m.item ?? null,
    amount: m.amount ?? null,
    spans,
    flagged: Boolean(m.flagged) || spans.length > 0,
    action: m.action ?? null,
  };
}

/**
 * An alert detail: {alert, messages} where messages is the conversation
 * (context and evidence merged, ordered by time, one entry per event id).
 */
export function normDetail(raw) {
  const alert = normAlert(raw, raw?.labels);
  const src = raw && raw.alert && typeof raw.alert === 'object' ? { ...raw.alert, ...raw } : raw || {};
  // (messages: docs/openapi.yaml; context/evidence: older or other shapes)
  const byId = new Map();
  const order = [];
  const add = (m, fromEvidence) => {
    const n = normMessage(m);
    if (!n) return;
    const key = n.id || `${n.ts}/${n.user}/${order.length}`;
    const prev = byId.get(key);
    if (prev) {
      if (n.spans.length) prev.spans = prev.spans.concat(n.spans.filter((s) => !prev.spans.some((p) => p.start === s.start && p.end === s.end && p.tactic === s.tactic)));
      if (!prev.text && n.text) prev.text = n.text;
      prev.flagged = prev.flagged || n.flagged || fromEvidence;
      return;
    }
    if (fromEvidence) n.flagged = true;
    byId.set(key, n);
    order.push(n);
  };
  for (const m of arr(src.messages ?? src.context ?? src.conversation)) add(m, Boolean(m && m.flagged));
  if (Array.isArray(src.evidence) && src.evidence.some((m) => m && (m.text !== undefined || m.event !== undefined))) {
    for (const m of src.evidence) add(m, true);
  }
  order.sort((x, y) => (x.ts || 0) - (y.ts || 0));
  return { alert, messages: order, broadcaster: src.broadcaster ?? src.stream_info?.broadcaster ?? null };
}
