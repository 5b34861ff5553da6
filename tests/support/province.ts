import net from 'node:net';
import { createPool, migrate, type Pool } from '../../province/server/db';
import { setAdminPassword } from '../../province/server/admin-password';
import { startProvinceServer, type RunningProvinceServer } from '../../province/server/app';
import { findPostgres, startCluster, type TestCluster } from './postgres';
import { SHIPPED_ASSETS } from './temp-dirs';

export const ADMIN_PASSWORD = 'mat-khau-tinh-2026';

/** Why PostgreSQL tests skip on this machine, or null when they can run. */
export const pgSkipReason: string | null = (() => {
  const found = findPostgres();
  return found.bin ? null : found.reason;
})();

export interface ProvinceFixture {
  cluster: TestCluster;
  pool: Pool;
  server: RunningProvinceServer;
  admin: AdminClient;
  stop(): Promise<void>;
}

export async function startProvince(options: { dashboardDir?: string; log?: (line: string) => void } = {}): Promise<ProvinceFixture> {
  const found = findPostgres();
  if (!found.bin) throw new Error(found.reason);
  const cluster = await startCluster(found.bin);
  try {
    const url = await cluster.createDatabase('province');
    const pool = createPool(url);
    await migrate(pool);
    await setAdminPassword(pool, ADMIN_PASSWORD);
    const server = await startProvinceServer({ pool, port: 0, assetsDir: SHIPPED_ASSETS, dashboardDir: options.dashboardDir, log: options.log ?? (() => undefined) });
    const admin = new AdminClient(server.url);
    return {
      cluster,
      pool,
      server,
      admin,
      async stop() {
        await server.close();
        await pool.end();
        await cluster.stop();
      },
    };
  } catch (err) {
    await cluster.stop();
    throw err;
  }
}

/** The dashboard's calls, as a signed-in admin. */
export class AdminClient {
  cookie = '';
  constructor(readonly base: string) {}

  async signIn(password = ADMIN_PASSWORD): Promise<Response> {
    const res = await fetch(`${this.base}/admin/api/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ password }) });
    const set = res.headers.get('set-cookie');
    if (res.ok && set) this.cookie = set.split(';')[0]!;
    return res;
  }

  async call<T = unknown>(path: string, init: { method?: string; json?: unknown; body?: string } = {}): Promise<{ status: number; body: T }> {
    const res = await this.raw(path, init);
    return { status: res.status, body: (await res.json()) as T };
  }

  raw(path: string, init: { method?: string; json?: unknown; body?: string } = {}): Promise<Response> {
    const headers: Record<string, string> = { Cookie: this.cookie };
    if (init.json !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(`${this.base}${path}`, { method: init.method ?? (init.json !== undefined || init.body !== undefined ? 'POST' : 'GET'), headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body });
  }

  async createPoint(communeCode: string, label = ''): Promise<{ pointId: number; pointCode: string; enrolmentCode: string }> {
    const r = await this.call<{ pointId: number; pointCode: string; enrolmentCode: string }>('/admin/api/points', { json: { communeCode, label } });
    if (r.status !== 200) throw new Error(`createPoint: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }
}

/**
 * A loopback TCP proxy that cuts the link: `request` forwards only the first part of each
 * request and then drops both sides (the server sees a half batch); `response` forwards the
 * whole request, waits for the server's first answer bytes, and drops the link before the
 * point sees them (the batch committed, the point does not know).
 */
export async function cuttingProxy(target: { port: number }, mode: 'request' | 'response'): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    const upstream = net.connect(target.port, '127.0.0.1');
    sockets.add(upstream);
    let forwarded = 0;
    client.on('data', (chunk: Buffer) => {
      if (mode === 'request') {
        const room = Math.max(0, 600 - forwarded);
        if (room > 0) upstream.write(chunk.subarray(0, room));
        forwarded += chunk.length;
        if (forwarded >= 600) {
          setTimeout(() => {
            upstream.destroy();
            client.destroy();
          }, 50);
        }
      } else upstream.write(chunk);
    });
    upstream.on('data', () => {
      upstream.destroy();
      client.destroy();
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end);
    upstream.on('error', end);
    client.on('close', () => sockets.delete(client));
    upstream.on('close', () => sockets.delete(upstream));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
