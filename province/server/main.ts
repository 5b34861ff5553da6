/**
 * `npm run province-server -- --database postgres://… --port N`
 * The province's server: runs the PostgreSQL migrations, then serves the points' sync API and
 * the admin dashboard. Plain HTTP on 127.0.0.1 by default: put a TLS reverse proxy in front.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { hasAdminPassword, setAdminPassword } from './admin-password';
import { startProvinceServer } from './app';
import { createPool, migrate } from './db';

export const HELP = `Máy chủ tỉnh — Điểm Hỗ trợ Số / Province server — Digital Help Point

Usage: npm run province-server -- [flags]

  --database URL           PostgreSQL connection string (or DATABASE_URL), e.g. postgres://dhp@127.0.0.1/dhp
  --port N                 port to listen on (default 8470)
  --host ADDR              address to listen on (default 127.0.0.1; TLS terminates in a reverse proxy in front)
  --province CODE          only enrol points of this province (2-digit code of Decision 19/2025/QĐ-TTg)
  --admin-password-file F  set the admin password from the first line of F (or PROVINCE_ADMIN_PASSWORD)
  --assets DIR             the assets folder with admin-units/ (default: the one shipped)
  --dashboard DIR          the built dashboard (default: next to this server)
  --trust-proxy            read client addresses and host from X-Forwarded-* (only behind your own proxy)
  --migrate-only           apply the database migrations and exit
  -h, --help               this text
`;

export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        database: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        province: { type: 'string' },
        'admin-password-file': { type: 'string' },
        assets: { type: 'string' },
        dashboard: { type: 'string' },
        'trust-proxy': { type: 'boolean' },
        'migrate-only': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (err) {
    console.error((err as Error).message);
    console.error(HELP);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const database = values.database ?? process.env.DATABASE_URL;
  if (!database) {
    console.error('province-server: give --database postgres://… or set DATABASE_URL');
    return 2;
  }
  const port = Number(values.port ?? 8470);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('province-server: --port must be a number 0–65535');
    return 2;
  }
  if (values.province !== undefined && !/^\d{2}$/.test(values.province)) {
    console.error('province-server: --province takes a 2-digit province code');
    return 2;
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  const assetsDir = path.resolve(values.assets ?? path.join(here, '..', '..', 'assets'));
  const dashboardDir = path.resolve(values.dashboard ?? path.join(here, 'dashboard'));

  const pool = createPool(database);
  try {
    const applied = await migrate(pool);
    if (applied) console.log(`province-server: applied ${applied} database migration(s)`);
    const password = values['admin-password-file'] ? fs.readFileSync(values['admin-password-file'], 'utf8').split(/\r?\n/)[0]! : process.env.PROVINCE_ADMIN_PASSWORD;
    if (password) await setAdminPassword(pool, password);
    if (values['migrate-only']) {
      await pool.end();
      return 0;
    }
    if (!(await hasAdminPassword(pool))) console.warn('province-server: no admin password yet — start once with PROVINCE_ADMIN_PASSWORD=… or --admin-password-file to sign in to the dashboard');
  } catch (err) {
    console.error(`province-server: cannot prepare the database: ${(err as Error).message}`);
    await pool.end().catch(() => undefined);
    return 1;
  }
  const server = await startProvinceServer({ pool, port, host: values.host ?? '127.0.0.1', assetsDir, dashboardDir, provinceCode: values.province ?? null, trustProxy: values['trust-proxy'] ?? false });
  console.log(`province-server: listening on ${server.url}`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await pool.end();
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
