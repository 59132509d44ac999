// api.js — the daemon's HTTP API as the console uses it. The moderator token
// lives in sessionStorage (gone when the tab closes) and travels in the
// Authorization header; only the server-sent-events URL carries it as a query
// parameter, because EventSource cannot send headers (docs/console.md).

const KEY = 'streamguard.token';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export const auth = {
  get token() { return sessionStorage.getItem(KEY) || ''; },
  set token(t) {
    if (t) sessionStorage.setItem(KEY, t);
    else sessionStorage.removeItem(KEY);
  },
};

async function request(method, path, body, token = auth.token) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  let payload;
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(path, { method, headers, body: payload, cache: 'no-store' });
  } catch (e) {
    throw new ApiError(0, 'The streamguard server cannot be reached.');
  }
  const text = await res.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = null; }
  }
  if (!res.ok) {
    const msg = (data && (data.message || data.error?.message || data.error)) || res.statusText || 'request failed';
    throw new ApiError(res.status, typeof msg === 'string' ? msg : JSON.stringify(msg));
  }
  return data;
}

const enc = encodeURIComponent;

export const api = {
  /** Lists alerts. q: {status, type, severity, stream, user, sort, limit, cursor}. */
  listAlerts(q = {}, token) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
    const qs = p.toString();
    return request('GET', '/v1/alerts' + (qs ? '?' + qs : ''), undefined, token);
  },
  whoami(token) { return request('GET', '/v1/whoami', undefined, token); },
  getAlert(id) { return request('GET', '/v1/alerts/' + enc(id)); },
  resolve(id, outcome, note) {
    return request('POST', '/v1/alerts/' + enc(id) + '/resolve', { outcome, note: note || '' });
  },
  getUser(id) { return request('GET', '/v1/users/' + enc(id)); },
  getStream(id) { return request('GET', '/v1/streams/' + enc(id)); },
  streamUrl() { return '/v1/alerts/stream?token=' + enc(auth.token); },
};
