import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { openHelpPoint, type HelpPoint } from '../../core/help-point';
import { startHost, type RunningHost } from '../../browser-shell/host';
import { FIXTURE_ASSETS, makeTempDir } from '../support/temp-dirs';
import { callOverHttp } from '../support/host-process';

/** Raw request, so Host and Origin can be set to what a hostile page would send. */
function rawRequest(port: number, options: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the browser-shell host', () => {
  const temp = makeTempDir();
  let hp: HelpPoint;
  let host: RunningHost;
  let rendererDir: string;

  beforeAll(async () => {
    // A stand-in renderer folder: the host's job here is routing and guarding, not the UI.
    rendererDir = path.join(temp.dir, 'renderer');
    fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head><meta name="dhp-key" content=""></head><body>kiosk</body></html>');
    fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(temp.dir, 'secret.txt'), 'outside');
    hp = openHelpPoint({ dataDir: path.join(temp.dir, 'data'), assetsDir: FIXTURE_ASSETS, log: () => undefined });
    host = await startHost({ helpPoint: hp, rendererDir, assetsDir: FIXTURE_ASSETS, port: 0 });
  });
  afterAll(async () => {
    await host.close();
    hp.close();
    temp.cleanup();
  });

  it('listens on loopback only', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves the screens with the visitor key and a strict CSP, never the desk key', async () => {
    for (const screen of ['kiosk', 'desk', 'board']) {
      const res = await fetch(`${host.origin}/${screen}`);
      const html = await res.text();
      expect(res.status).toBe(200);
      expect(html).toContain(`content="${host.keys.visitor}"`);
      expect(html).not.toContain(host.keys.desk);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    expect((await rawRequest(host.port, { path: '/kiosk', headers: { Host: 'evil.example' } })).status).toBe(421);
    const foreign = await rawRequest(host.port, {
      path: '/api/call/queue.issueTicket',
      method: 'POST',
      headers: { Host: `127.0.0.1:${host.port}`, Origin: 'http://evil.example', Authorization: `Bearer ${host.keys.visitor}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ category: 'other' }),
    });
    expect(foreign.status).toBe(403);
    expect(hp.db.prepare('SELECT COUNT(*) AS n FROM tickets').get()).toEqual({ n: 0 });
  });

  it('needs a launch key for every call', async () => {
    expect((await callOverHttp(host.origin, 'made-up', 'catalog.list')).status).toBe(401);
    const res = await fetch(`${host.origin}/api/call/catalog.list`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(401);
  });

  it('gives the visitor key the visitor role only, and the desk key the volunteer role', async () => {
    expect((await callOverHttp(host.origin, host.keys.visitor, 'queue.waiting')).body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await callOverHttp(host.origin, host.keys.desk, 'queue.waiting')).body).toMatchObject({ ok: true, value: [] });
  });

  it('answers bad JSON and bad input with a typed error', async () => {
    const bad = await rawRequest(host.port, {
      path: '/api/call/queue.issueTicket',
      method: 'POST',
      headers: { Host: `127.0.0.1:${host.port}`, Authorization: `Bearer ${host.keys.visitor}` },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await callOverHttp(host.origin, host.keys.visitor, 'queue.issueTicket', { category: 42 })).body).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const huge = await callOverHttp(host.origin, host.keys.visitor, 'queue.issueTicket', { category: 'x'.repeat(400_000) });
    expect(huge.status).toBe(413);
  });

  it('pushes queue events to listeners over server-sent events', async () => {
    const controller = new AbortController();
    const res = await fetch(`${host.origin}/api/events?key=${host.keys.visitor}`, { signal: controller.signal });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.getReader();
    const issued = await callOverHttp(host.origin, host.keys.visitor, 'queue.issueTicket', { category: 'other' });
    expect(issued.body).toMatchObject({ ok: true });
    let text = '';
    while (!text.includes('event: queue.changed')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(text).toContain('event: queue.changed');
    expect(text).toContain('"reason":"issued"');
  });

  it('refuses events without a key', async () => {
    expect((await fetch(`${host.origin}/api/events`)).status).toBe(401);
  });

  it('serves built files but nothing outside the renderer folder', async () => {
    expect((await fetch(`${host.origin}/assets/app.js`)).status).toBe(200);
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/content/../../secret.txt']) {
      const res = await rawRequest(host.port, { path: p, headers: { Host: `127.0.0.1:${host.port}` } });
      expect(res.status, p).toBe(404);
      expect(res.body).not.toContain('outside');
    }
  });
});
