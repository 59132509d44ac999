#!/usr/bin/env python3
"""mock_server.py — a stand-in for `streamguard serve`, for developing the
console (web/) without the daemon. It follows docs/openapi.yaml for the
endpoints the console uses; its "engine" is a handful of regexes. Not used by
ctest (tests/console_browser.sh runs the real daemon).

  python3 tests/browser/mock/mock_server.py --port 8471 [--seed]
  tokens: moderator "mod-token", ingest "ingest-token"
"""
import argparse
import json
import os
import queue
import re
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse, unquote

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
WEB = os.path.join(ROOT, 'web')
TOKENS = {'mod-token': ('moderator', 't-1'), 'ingest-token': ('ingest', 't-2'), 'admin-token': ('admin', 't-3')}
RULES = [
    ('off_platform', 'mock.off_platform', r"add me on snap|snap(chat)?|discord|dm me|somewhere private"),
    ('gift_offer', 'mock.gift', r"\d+k? ?(gems|coins)|free (gems|coins)"),
    ('personal_info', 'mock.age', r"how old are you|where do you live|are you alone|what school"),
    ('dare', 'mock.dare', r"dare( time)?"),
    ('nudity_request', 'mock.undress', r"(take|get) (your|ur) \w+ off|turn the cam on"),
    ('secrecy', 'mock.secret', r"don'?t tell|our secret"),
    ('flattery', 'mock.flattery', r"funniest streamer|so pretty|so cute"),
]
SEV = ['low', 'medium', 'high', 'critical']

lock = threading.Lock()
alerts = {}          # id -> alert dict
messages = {}        # id -> [message]
labels = {}          # id -> [label]
open_by_subject = {}  # (stream, user) -> id
recent = {}          # stream -> [last messages]
flag_count = {}      # (stream, user) -> n
seq = [0]
subscribers = []     # queues


def now_ms():
    return int(time.time() * 1000)


def publish(a):
    seq[0] += 1
    a['seq'] = seq[0]
    for q in list(subscribers):
        q.put((seq[0], json.dumps(a)))


def evidence(text):
    ev = []
    low = text.lower()
    for tactic, rule, pat in RULES:
        for m in re.finditer(pat, low):
            # byte offsets into UTF-8 (lowercasing keeps lengths for our data)
            start = len(text[:m.start()].encode('utf-8'))
            end = len(text[:m.end()].encode('utf-8'))
            ev.append({'tactic': tactic, 'rule': rule, 'start': start, 'end': end})
    return ev


def process(e):
    t = e.get('type')
    if t in ('stream_start', 'stream_end'):
        return {'kind': 'ack', 'type': t}, None
    if t not in ('chat', 'gift'):
        return {'kind': 'error', 'error': "field 'type': unknown event type"}, None
    st, user = e.get('stream'), e.get('user')
    msg = {'event': e.get('id'), 'type': t, 'stream': st, 'user': user, 'ts': e.get('ts'),
           'text': e.get('text') if t == 'chat' else None, 'item': e.get('item'), 'amount': e.get('amount'),
           'flagged': False, 'action': 'allow', 'risk': 0.0, 'evidence': []}
    ev = evidence(e.get('text', '')) if t == 'chat' else []
    key = (st, user)
    buf = recent.setdefault(st, [])
    changed = None
    if ev or (t == 'gift' and key in open_by_subject):
        msg['flagged'] = bool(ev)
        msg['evidence'] = ev
        n = flag_count[key] = flag_count.get(key, 0) + (1 if ev else 0)
        msg['risk'] = min(0.99, 0.25 * n)
        msg['action'] = 'hold' if n >= 3 else 'allow'
        if n >= 2:
            aid = open_by_subject.get(key)
            if aid is None:
                aid = 'a-%d' % (len(alerts) + 1)
                open_by_subject[key] = aid
                alerts[aid] = {'kind': 'alert', 'id': aid, 'engine_id': 'al-%d' % (len(alerts) + 1), 'type': 'grooming',
                               'severity': 'medium', 'status': 'open', 'stream': st, 'user': user, 'users': [], 'streams': [],
                               'ts': e['ts'], 'opened_ts': e['ts'], 'risk': 0.0, 'tactics': [], 'events': [],
                               'summary': '', 'created_at': now_ms(), 'updated_at': now_ms(), 'version': 0}
                ctx = [m for m in buf[-3:] if m['event'] != msg['event']]
                messages[aid] = list(ctx)
                # earlier flagged messages of this user in this stream
                for m in buf:
                    if m['user'] == user and m['flagged'] and m not in messages[aid]:
                        messages[aid].append(m)
            a = alerts[aid]
            if a['status'] != 'open':
                a['status'] = 'open'
            a['ts'] = e['ts']
            a['severity'] = SEV[min(3, n - 1)] if n >= 2 else 'low'
            a['risk'] = msg['risk']
            for x in ev:
                if x['tactic'] not in a['tactics']:
                    a['tactics'].append(x['tactic'])
            if e.get('id') and e['id'] not in a['events']:
                a['events'].append(e['id'])
            a['summary'] = '%s used %d tactics towards %s' % (user, len(a['tactics']), st)
            a['updated_at'] = now_ms()
            a['version'] += 1
            if msg not in messages[aid]:
                messages[aid].append(msg)
            messages[aid].sort(key=lambda m: m['ts'] or 0)
            changed = a
    buf.append(msg)
    del buf[:-20]
    dec = {'kind': 'decision', 'event': e.get('id'), 'stream': st, 'user': user, 'ts': e.get('ts'),
           'action': msg['action'], 'risk': msg['risk'], 'tactics': sorted({x['tactic'] for x in ev}), 'evidence': ev}
    return dec, changed


class H(SimpleHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def __init__(self, *a, **kw):
        super().__init__(*a, directory=WEB, **kw)

    def log_message(self, fmt, *args):
        if os.environ.get('MOCK_LOG'):
            super().log_message(fmt, *args)

    def send_json(self, code, obj):
        body = json.dumps(obj).encode()
        self.send_response(code)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def err(self, code, error, message):
        self.send_json(code, {'error': error, 'message': message})

    def role(self, url, allow_query=False):
        tok = None
        auth = self.headers.get('Authorization', '')
        if auth.startswith('Bearer '):
            tok = auth[7:]
        elif allow_query:
            q = parse_qs(url.query)
            tok = (q.get('token') or q.get('access_token') or [None])[0]
        if tok not in TOKENS:
            self.err(401, 'unauthorized', 'missing or unknown token')
            return None
        return TOKENS[tok]

    def need(self, url, roles, allow_query=False):
        r = self.role(url, allow_query)
        if r is None:
            return None
        if r[0] not in roles and r[0] != 'admin':
            self.err(403, 'forbidden', 'this token has role %s' % r[0])
            return None
        return r

    def do_GET(self):
        url = urlparse(self.path)
        p = url.path
        if not p.startswith('/v1/') and p not in ('/healthz', '/readyz'):
            return super().do_GET()
        if p in ('/healthz', '/readyz'):
            return self.send_json(200, {'status': 'ok'})
        if p == '/v1/alerts/stream':
            if not self.need(url, ('moderator',), allow_query=True):
                return
            return self.sse()
        r = self.need(url, ('moderator',))
        if not r:
            return
        q = {k: v[0] for k, v in parse_qs(url.query).items()}
        if p == '/v1/whoami':
            return self.send_json(200, {'token_id': r[1], 'role': r[0]})
        if p == '/v1/alerts':
            with lock:
                lst = list(alerts.values())
            st = q.get('status')
            if st == 'resolved':
                lst = [a for a in lst if a['status'] != 'open']
            elif st:
                lst = [a for a in lst if a['status'] == st]
            for f in ('type', 'severity', 'stream', 'user'):
                if q.get(f):
                    lst = [a for a in lst if a.get(f) == q[f]]
            sort = q.get('sort', 'newest')
            lst.sort(key=lambda a: a['seq'], reverse=sort != 'oldest')
            if sort == 'severity':
                lst.sort(key=lambda a: SEV.index(a['severity']), reverse=True)
            return self.send_json(200, {'alerts': lst[:int(q.get('limit', 50))], 'next_cursor': None})
        m = re.fullmatch(r'/v1/alerts/([^/]+)', p)
        if m:
            aid = unquote(m.group(1))
            with lock:
                if aid not in alerts:
                    return self.err(404, 'not_found', 'no alert ' + aid)
                return self.send_json(200, {'alert': alerts[aid], 'messages': messages.get(aid, []), 'labels': labels.get(aid, [])})
        m = re.fullmatch(r'/v1/(users|streams)/([^/]+)', p)
        if m:
            kind, sid = m.group(1), unquote(m.group(2))
            f = 'user' if kind == 'users' else 'stream'
            other = 'stream' if f == 'user' else 'user'
            with lock:
                lst = sorted([a for a in alerts.values() if a.get(f) == sid], key=lambda a: -a['seq'])
            counts = {}
            for a in lst:
                counts[a['status']] = counts.get(a['status'], 0) + 1
            return self.send_json(200, {'id': sid, 'risk': max([a['risk'] for a in lst if a['status'] == 'open'] or [0]),
                                        'alert_counts': counts, 'alerts': lst,
                                        'related': sorted({a[other] for a in lst if a.get(other)}),
                                        'counters': {'events': 12, 'holds': 2, 'blocks': 0, 'max_risk': 0.75, 'last_ts': lst[0]['ts'] if lst else None}})
        return self.err(404, 'not_found', 'no route')

    def sse(self):
        q = queue.Queue()
        self.send_response(200)
        self.send_header('Content-Type', 'text/event-stream')
        self.send_header('Cache-Control', 'no-store')
        self.send_header('Connection', 'close')
        self.end_headers()
        self.close_connection = True
        subscribers.append(q)
        try:
            self.wfile.write(b': hello\n\n')
            self.wfile.flush()
            while True:
                try:
                    s, data = q.get(timeout=10)
                    self.wfile.write(('id: %d\nevent: alert\ndata: %s\n\n' % (s, data)).encode())
                except queue.Empty:
                    self.wfile.write(b': ping\n\n')
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            subscribers.remove(q)

    def do_POST(self):
        url = urlparse(self.path)
        p = url.path
        n = int(self.headers.get('Content-Length') or 0)
        body = self.rfile.read(n) if n else b''
        if p == '/v1/events':
            if not self.need(url, ('ingest',)):
                return
            out, changed = [], []
            with lock:
                for line in body.decode('utf-8', 'replace').splitlines():
                    if not line.strip():
                        continue
                    try:
                        d, a = process(json.loads(line))
                    except ValueError as e:
                        d, a = {'kind': 'error', 'error': str(e)}, None
                    out.append(d)
                    if a and a not in changed:
                        changed.append(a)
                for a in changed:
                    publish(a)
            out += changed
            data = ('\n'.join(json.dumps(x) for x in out) + '\n').encode()
            self.send_response(200)
            self.send_header('Content-Type', 'application/x-ndjson')
            self.send_header('Content-Length', str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        m = re.fullmatch(r'/v1/alerts/([^/]+)/resolve', p)
        if m:
            r = self.need(url, ('moderator',))
            if not r:
                return
            aid = unquote(m.group(1))
            try:
                req = json.loads(body or b'{}')
            except ValueError:
                return self.err(400, 'bad_request', 'body is not JSON')
            if req.get('outcome') not in ('confirmed', 'dismissed', 'escalated'):
                return self.err(400, 'bad_request', "field 'outcome': must be confirmed, dismissed or escalated")
            with lock:
                a = alerts.get(aid)
                if not a:
                    return self.err(404, 'not_found', 'no alert ' + aid)
                a['status'] = req['outcome']
                a['version'] += 1
                a['updated_at'] = now_ms()
                labels.setdefault(aid, []).append({'outcome': req['outcome'], 'note': req.get('note', ''), 'by': r[1], 'at': now_ms()})
                publish(a)
                return self.send_json(200, {'alert': a, 'labels': labels[aid]})
        return self.err(404, 'not_found', 'no route')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--port', type=int, default=8471)
    ap.add_argument('--seed', action='store_true', help='ingest the shared scenarios at start')
    args = ap.parse_args()
    if args.seed:
        d = os.path.join(ROOT, 'tests', 'scenarios')
        for f in sorted(os.listdir(d)):
            if f.endswith('.ndjson'):
                with open(os.path.join(d, f), encoding='utf-8') as fh, lock:
                    for line in fh:
                        if line.strip():
                            _, a = process(json.loads(line))
                            if a:
                                publish(a)
    srv = ThreadingHTTPServer(('127.0.0.1', args.port), H)
    srv.daemon_threads = True
    print('mock listening on http://127.0.0.1:%d' % args.port, flush=True)
    srv.serve_forever()


if __name__ == '__main__':
    main()
