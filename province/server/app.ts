import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { z } from 'zod';
import type { CommunesFile, ProvincesFile } from '../../contract/admin-units';
import { toLongCsv } from '../../contract/indicators';
import { EnrolRequest, MAX_BATCH_BYTES, MAX_BUNDLE_BYTES, SyncBatch, syncError, type CursorResponse, type SyncMessageKey } from '../../contract/sync';
import { CreatePointInput, IndicatorQuery, SignInInput } from './admin-api';
import { BundleRefusal, importBundle } from './bundles';
import { Partitions, type Pool } from './db';
import { ingest, IngestRefusal } from './ingest';
import { provinceIndicatorRows } from './indicators';
import { PointRefusal, Points } from './points';
import { sha256, verifySecret } from './secrets';
import { writeLongXlsx } from './xlsx';

export interface ProvinceServerOptions {
  pool: Pool;
  port: number;
  /** 127.0.0.1 by default: TLS terminates in a reverse proxy in front (see the README). */
  host?: string;
  assetsDir: string;
  /** The built dashboard (index.html, dashboard.js); absent in API-only tests. */
  dashboardDir?: string | undefined;
  /** Limit enrolment to one province's communes. */
  provinceCode?: string | null;
  /** Read the client address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy?: boolean;
  log?: (line: string) => void;
}

export interface RunningProvinceServer {
  url: string;
  port: number;
  points: Points;
  close(): Promise<void>;
}

const SMALL_BODY = 16 * 1024;
const ADMIN_COOKIE = 'dhp_admin';
const ADMIN_SESSION_HOURS = 8;

const CSP = ["default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"].join('; ');

class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly messageKey: SyncMessageKey,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(messageKey);
  }
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new HttpRefusal(400, 'sync.error.invalid_request', r.error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message })));
  return r.data;
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      return reject(new HttpRefusal(413, 'sync.error.too_large'));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => (tooLarge ? reject(new HttpRefusal(413, 'sync.error.too_large')) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
    req.on('aborted', () => reject(new Error('aborted')));
  });
}

async function readJson(req: http.IncomingMessage, limit: number): Promise<unknown> {
  const text = await readBody(req, limit);
  try {
    return text.length ? JSON.parse(text) : {};
  } catch {
    throw new HttpRefusal(400, 'sync.error.invalid_request');
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function cookie(req: http.IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return null;
}

/**
 * The province server: the points' sync API (enrolment, batches) and the admin dashboard with
 * its API (points, indicators, exports, bundle import). Every request is validated with the
 * contract's schemas; every refusal is a bilingual message key; nothing internal leaks.
 */
export async function startProvinceServer(options: ProvinceServerOptions): Promise<RunningProvinceServer> {
  const { pool } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const communes = (JSON.parse(fs.readFileSync(path.join(options.assetsDir, 'admin-units', 'communes.json'), 'utf8')) as CommunesFile).communes;
  const provinces = (JSON.parse(fs.readFileSync(path.join(options.assetsDir, 'admin-units', 'provinces.json'), 'utf8')) as ProvincesFile).provinces;
  const communeByCode = new Map(communes.map((c) => [c.code, c]));
  const partitions = new Partitions();
  await partitions.prepare(pool);
  const points = new Points(pool, options.provinceCode ?? null, (code) => communeByCode.get(code));
  const failedSignIns = new Map<string, { count: number; until: number }>();

  const dashboardHtml = options.dashboardDir && fs.existsSync(path.join(options.dashboardDir, 'index.html')) ? fs.readFileSync(path.join(options.dashboardDir, 'index.html'), 'utf8') : null;

  const clientAddress = (req: http.IncomingMessage) =>
    (options.trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim() : '') || req.socket.remoteAddress || '';

  const bearer = (req: http.IncomingMessage) => {
    const h = req.headers.authorization ?? '';
    return h.startsWith('Bearer ') ? h.slice(7).trim() : null;
  };

  async function requireAdmin(req: http.IncomingMessage): Promise<void> {
    const value = cookie(req, ADMIN_COOKIE);
    if (!value) throw new HttpRefusal(401, 'sync.error.sign_in_required');
    const { rowCount } = await pool.query('SELECT 1 FROM admin_session WHERE id = $1 AND expires_at > now()', [sha256(value)]);
    if (!rowCount) throw new HttpRefusal(401, 'sync.error.sign_in_required');
  }

  /** Admin writes come from the dashboard's own origin only (with SameSite=Strict, a second fence against forged requests). */
  function requireSameOrigin(req: http.IncomingMessage): void {
    const origin = req.headers.origin;
    if (origin === undefined) return;
    const host = (options.trustProxy ? req.headers['x-forwarded-host'] : undefined) ?? req.headers.host;
    let originHost = '';
    try {
      originHost = new URL(origin).host;
    } catch {
      /* refused below */
    }
    if (originHost !== host) throw new HttpRefusal(403, 'sync.error.invalid_request');
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    const url = new URL(req.url ?? '/', 'http://province.invalid');
    const route = url.pathname;
    const method = req.method ?? 'GET';

    // --- The points' API ---
    if (route === '/api/v1/enrol' && method === 'POST') {
      const input = parse(EnrolRequest, await readJson(req, SMALL_BODY));
      const { id: _id, ...answer } = await points.enrol(input);
      log(`province: point ${answer.pointCode} enrolled`);
      return sendJson(res, 200, answer);
    }
    if (route === '/api/v1/batches' && method === 'POST') {
      // The body is read first (within its limit), so a refusal always reaches the point as an answer.
      const body = await readJson(req, MAX_BATCH_BYTES);
      const pointId = await points.authenticate(bearer(req));
      const batch = parse(SyncBatch, body);
      const result = await ingest(pool, partitions, { pointId, pointUuid: batch.pointId, fromSeq: batch.fromSeq, rows: batch.rows, pendingAfter: batch.pendingAfter, via: 'online', appVersion: batch.appVersion });
      return sendJson(res, 200, result);
    }
    if (route === '/api/v1/cursor' && method === 'GET') {
      const pointId = await points.authenticate(bearer(req));
      const { rows } = await pool.query('SELECT point_code, last_seq FROM point WHERE id = $1', [pointId]);
      const answer: CursorResponse = { pointCode: rows[0].point_code, lastSeq: Number(rows[0].last_seq) };
      return sendJson(res, 200, answer);
    }
    if (route === '/healthz' && method === 'GET') {
      await pool.query('SELECT 1');
      return sendJson(res, 200, { ok: true });
    }

    // --- The admin API ---
    if (route === '/admin/api/sign-in' && method === 'POST') {
      requireSameOrigin(req);
      const who = clientAddress(req);
      const failed = failedSignIns.get(who);
      if (failed && failed.count >= 10 && failed.until > Date.now()) throw new HttpRefusal(429, 'sync.error.rate_limited');
      const { password } = parse(SignInInput, await readJson(req, SMALL_BODY));
      const { rows } = await pool.query<{ password_hash: string }>('SELECT password_hash FROM admin_account WHERE id = 1');
      if (!rows[0] || !(await verifySecret(password, rows[0].password_hash))) {
        failedSignIns.set(who, { count: (failed && failed.until > Date.now() ? failed.count : 0) + 1, until: Date.now() + 15 * 60_000 });
        throw new HttpRefusal(401, 'sync.error.sign_in_failed');
      }
      failedSignIns.delete(who);
      const value = crypto.randomBytes(32).toString('base64url');
      await pool.query("DELETE FROM admin_session WHERE expires_at < now()");
      await pool.query(`INSERT INTO admin_session (id, expires_at) VALUES ($1, now() + interval '${ADMIN_SESSION_HOURS} hours')`, [sha256(value)]);
      res.setHeader('Set-Cookie', `${ADMIN_COOKIE}=${value}; HttpOnly; Secure; SameSite=Strict; Path=/; Max-Age=${ADMIN_SESSION_HOURS * 3600}`);
      return sendJson(res, 200, { ok: true });
    }
    if (route === '/admin/api/sign-out' && method === 'POST') {
      requireSameOrigin(req);
      const value = cookie(req, ADMIN_COOKIE);
      if (value) await pool.query('DELETE FROM admin_session WHERE id = $1', [sha256(value)]);
      res.setHeader('Set-Cookie', `${ADMIN_COOKIE}=; HttpOnly; Secure; SameSite=Strict; Path=/; Max-Age=0`);
      return sendJson(res, 200, { ok: true });
    }
    if (route.startsWith('/admin/api/')) {
      await requireAdmin(req);
      if (method !== 'GET') requireSameOrigin(req);
      const sub = route.slice('/admin/api/'.length);
      if (sub === 'me' && method === 'GET') return sendJson(res, 200, { ok: true, provinceCode: options.provinceCode ?? null });
      if (sub === 'units' && method === 'GET') {
        const only = options.provinceCode ?? null;
        return sendJson(res, 200, { provinces: only ? provinces.filter((p) => p.code === only) : provinces, communes: only ? communes.filter((c) => c.provinceCode === only) : communes });
      }
      if (sub === 'points' && method === 'GET') return sendJson(res, 200, { points: await points.list() });
      if (sub === 'points' && method === 'POST') {
        const input = parse(CreatePointInput, await readJson(req, SMALL_BODY));
        const issued = await points.create(input);
        log(`province: point ${issued.pointCode} created, awaiting enrolment`);
        return sendJson(res, 200, issued);
      }
      const action = /^points\/(\d+)\/(retire|reissue)$/.exec(sub);
      if (action && method === 'POST') {
        const id = Number(action[1]);
        if (action[2] === 'retire') {
          await points.retire(id);
          log(`province: point #${id} retired`);
          return sendJson(res, 200, { ok: true });
        }
        return sendJson(res, 200, await points.reissue(id));
      }
      if ((sub === 'indicators' || sub === 'export.csv' || sub === 'export.xlsx') && method === 'GET') {
        const q = parse(IndicatorQuery, Object.fromEntries(url.searchParams));
        const rows = await provinceIndicatorRows(pool, { from: q.from, to: q.to, grain: q.grain, by: q.by, pointCodes: q.points });
        const base = `chi-tieu_${q.by}_${q.grain}_${q.from}_${q.to}`;
        if (sub === 'indicators') return sendJson(res, 200, { ...q, rows });
        if (sub === 'export.csv') {
          res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${base}.csv"`, 'Cache-Control': 'no-store' });
          // A BOM so spreadsheet programs read the Vietnamese as UTF-8.
          return void res.end('\uFEFF' + toLongCsv(rows));
        }
        res.writeHead(200, {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': `attachment; filename="${base}.xlsx"`,
          'Cache-Control': 'no-store',
        });
        await writeLongXlsx(res, rows, q);
        return;
      }
      if (sub === 'bundles' && method === 'POST') {
        const result = await importBundle(pool, partitions, points, await readBody(req, MAX_BUNDLE_BYTES));
        log(`province: bundle from ${result.pointCode}: ${result.rows} rows, ${result.applied} applied`);
        return sendJson(res, 200, result);
      }
      throw new HttpRefusal(404, 'sync.error.not_found');
    }

    // --- The dashboard page ---
    if (method === 'GET' && (route === '/' || route === '/index.html') && dashboardHtml) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' });
      return void res.end(dashboardHtml);
    }
    if (method === 'GET' && options.dashboardDir && /^\/[a-z0-9.-]+\.(js|css|map)$/.test(route)) {
      const file = path.join(options.dashboardDir, route.slice(1));
      if (fs.existsSync(file)) {
        res.writeHead(200, { 'Content-Type': route.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
        return void fs.createReadStream(file).pipe(res);
      }
    }
    throw new HttpRefusal(404, 'sync.error.not_found');
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const known =
        err instanceof HttpRefusal || err instanceof PointRefusal || err instanceof IngestRefusal || err instanceof BundleRefusal
          ? (err as { status: number; messageKey: SyncMessageKey; issues?: { path: string; message: string }[] })
          : null;
      if (!known) {
        if ((err as Error).message !== 'aborted') log(`province: request ${req.method} ${req.url?.split('?')[0]} failed: ${(err as Error).message}`);
      }
      if (res.headersSent) return void res.destroy();
      if (known) return sendJson(res, known.status, syncError(known.messageKey, known.issues));
      sendJson(res, 500, syncError('sync.error.internal'));
    });
  });
  server.requestTimeout = 120_000;
  server.headersTimeout = 30_000;
  // Longer than a point's pause between batches and a typical proxy's idle timeout.
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    points,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
