/**
 * A province server to look at: a throwaway PostgreSQL cluster, the real server, and a few
 * simulated points that enrol and sync (two online, one by USB bundle). Prints the address and
 * the admin password; stops everything on Ctrl+C. For trying the dashboard, and for phase 2.
 *
 *   node build/bundle-province.mjs && node dist/bench/province-demo.mjs [--port 8470]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../core/storage/database';
import { writeBundle } from '../core/sync/bundle';
import { enrolPoint } from '../core/sync/enrolment';
import { SyncUploader } from '../core/sync/uploader';
import { setAdminPassword } from '../province/server/admin-password';
import { startProvinceServer } from '../province/server/app';
import { createPool, migrate } from '../province/server/db';
import { findPostgres, startCluster } from '../tests/support/postgres';
import { dayRange, simulatePoint } from './point-sim';

/** Run from dist/bench/: the repository's assets and the built dashboard beside it. */
const here = path.dirname(new URL(import.meta.url).pathname);

export async function startDemo(
  port: number,
  log: (l: string) => void = console.log,
  dirs: { assetsDir: string; dashboardDir: string } = { assetsDir: path.join(here, '..', '..', 'assets'), dashboardDir: path.join(here, '..', 'province', 'dashboard') },
): Promise<{ url: string; password: string; stop(): Promise<void> }> {
  const found = findPostgres();
  if (!found.bin) throw new Error(found.reason);
  const cluster = await startCluster(found.bin, { log });
  const pool = createPool(await cluster.createDatabase('province_demo'));
  await migrate(pool);
  const password = 'demo-mat-khau-tinh';
  await setAdminPassword(pool, password);
  const server = await startProvinceServer({ pool, port, ...dirs, log });
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'dhp-demo-'));
  const signIn = await fetch(`${server.url}/admin/api/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ password }) });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  const create = async (communeCode: string, label: string) =>
    (await (await fetch(`${server.url}/admin/api/points`, { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body: JSON.stringify({ communeCode, label }) })).json()) as { enrolmentCode: string };
  const today = new Date().toISOString().slice(0, 10);
  const days = dayRange(new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10), 21).filter((d) => d <= today);
  const specs = [
    ['00004', 'UBND phường Ba Đình', 'online'],
    ['00004', 'Nhà văn hoá tổ 5', 'online'],
    ['00008', 'Chợ Ngọc Hà', 'usb'],
  ] as const;
  for (const [i, [commune, label, via]] of specs.entries()) {
    const { enrolmentCode } = await create(commune, label);
    const db = openDatabase(path.join(temp, `point-${i}.sqlite`));
    simulatePoint(db, { seed: 10 + i, days, sessionsPerDay: 25 + i * 10 });
    if (via === 'online') {
      await enrolPoint(db, { serverUrl: server.url, enrolmentCode });
      await new SyncUploader(db).runOnce();
    } else {
      const bundle = writeBundle(db, temp, { enrolmentCode });
      await fetch(`${server.url}/admin/api/bundles`, { method: 'POST', headers: { Cookie: cookie }, body: fs.readFileSync(bundle.file, 'utf8') });
    }
    db.close();
  }
  await create('00008', 'Điểm mới (chưa đăng ký)');
  return {
    url: server.url,
    password,
    async stop() {
      await server.close();
      await pool.end();
      await cluster.stop();
      fs.rmSync(temp, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const { values } = parseArgs({ options: { port: { type: 'string' } } });
  const demo = await startDemo(Number(values.port ?? 8470));
  console.log(`province demo: ${demo.url}  (admin password: ${demo.password}); Ctrl+C to stop`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await demo.stop();
}
