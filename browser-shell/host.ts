import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { HelpPoint } from '../core/help-point';
import type { CallContext } from '../core/dispatcher';
import type { Role } from '../contract/roles';
import { failure } from '../contract/errors';
import { CONTENT_PACK_MAX_BYTES } from '../contract/methods/staff';
import { isScreenName, type ScreenName } from '../contract/screens';
import { LaunchKeys } from './tokens';
import { contentType, resolveInside } from '../core/shell-support/static-files';

export interface HostOptions {
  helpPoint: HelpPoint;
  rendererDir: string;
  assetsDir: string;
  port: number;
}

export interface RunningHost {
  origin: string;
  port: number;
  keys: LaunchKeys;
  urlFor(screen: ScreenName): string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 256 * 1024;
/** Per-method exception: a content pack (base64 zip) is far larger than any other call; only the desk may send one. */
const maxBodyBytes = (method: string, role: Role) => (method === 'staff.importContent' && role !== 'visitor' ? CONTENT_PACK_MAX_BYTES : MAX_BODY_BYTES);

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  // Host speech plays from object URLs (blob:) made in the page; nothing else is loosened.
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The browser shell's loopback host: serves the built renderer and carries the
 * contract over HTTP (calls) and server-sent events (events). Only 127.0.0.1,
 * only requests whose Host and Origin name this host, only with a launch key.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const { helpPoint, rendererDir, assetsDir } = options;
  const keys = new LaunchKeys();
  const indexHtml = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const sseClients = new Set<http.ServerResponse>();
  let allowedHosts = new Set<string>();

  const unsubscribe = helpPoint.events.subscribe((message) => {
    const frame = `event: ${message.event}\ndata: ${JSON.stringify(message.payload)}\n\n`;
    for (const res of sseClients) res.write(frame);
  });

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('host: request failed', err);
      if (!res.headersSent) sendJson(res, 500, failure('internal'));
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    // Host guards against DNS rebinding; Origin against other sites' pages calling in.
    if (!allowedHosts.has(req.headers.host ?? '')) return sendText(res, 421, 'Unknown host');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(originHost(origin))) return sendText(res, 403, 'Cross-origin requests are refused');

    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const route = url.pathname;

    if (route.startsWith('/api/call/')) {
      if (req.method !== 'POST') return sendText(res, 405, 'POST only');
      const role = keys.roleOf(bearer(req));
      if (!role) return sendJson(res, 401, failure('forbidden', 'error.session_expired'));
      const method = decodeURIComponent(route.slice('/api/call/'.length));
      const body = await readBody(req, maxBodyBytes(method, role));
      if (body === 'too-large') return sendJson(res, 413, failure('invalid_input', 'error.too_large'));
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body) : {};
      } catch {
        return sendJson(res, 400, failure('invalid_input', 'error.invalid_input'));
      }
      const staffToken = req.headers['x-staff-token'];
      const ctx: CallContext = { role, actor: actorFor(role), staffToken: typeof staffToken === 'string' ? staffToken : null };
      const result = await helpPoint.dispatch(method, input, ctx);
      return sendJson(res, 200, result);
    }

    if (route === '/api/events') {
      if (!keys.roleOf(url.searchParams.get('key'))) return sendText(res, 401, 'Key required');
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write('retry: 1000\n\n');
      sseClients.add(res);
      const ping = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
      req.on('close', () => {
        clearInterval(ping);
        sseClients.delete(res);
      });
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'GET only');

    if (route === '/') {
      res.writeHead(302, { Location: '/kiosk' });
      return void res.end();
    }
    if (isScreenName(route.slice(1))) {
      // Every page gets the visitor key; the desk key arrives only in the desk address's fragment.
      const html = indexHtml.replace('<meta name="dhp-key" content="">', `<meta name="dhp-key" content="${keys.visitor}">`);
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' });
      return void res.end(req.method === 'HEAD' ? undefined : html);
    }
    if (route.startsWith('/content/walkthroughs/')) {
      // Pictures and clips come from the content pack in use, which staff may have replaced.
      return sendFile(res, resolveInside(helpPoint.contentFolder(), route.slice('/content/walkthroughs'.length)));
    }
    if (route.startsWith('/content/')) {
      return sendFile(res, resolveInside(assetsDir, route.slice('/content'.length)));
    }
    return sendFile(res, resolveInside(rendererDir, route));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    keys,
    urlFor: (screen) => (screen === 'desk' ? `${origin}/desk#key=${keys.desk}` : `${origin}/${screen}`),
    close: async () => {
      unsubscribe();
      for (const res of sseClients) res.end();
      sseClients.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}

function actorFor(role: Role): string {
  return role === 'visitor' ? 'kiosk' : role === 'volunteer' ? 'desk' : 'staff';
}

function bearer(req: http.IncomingMessage): string | null {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : null;
}

function originHost(origin: string): string {
  try {
    const u = new URL(origin);
    return u.protocol === 'http:' ? u.host : '';
  } catch {
    return '';
  }
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

function sendFile(res: http.ServerResponse, file: string | null): void {
  if (!file) return sendText(res, 404, 'Not found');
  res.writeHead(200, { 'Content-Type': contentType(file), 'Cache-Control': 'no-cache' });
  fs.createReadStream(file).pipe(res);
}
