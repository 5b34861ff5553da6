/**
 * The province server's boundary on real PostgreSQL: admin sign-in, points and their codes,
 * downloads, limits, error answers, secrets at rest, the dashboard page and the command line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../core/storage/database';
import { DATA_FILE_NAME } from '../../core/help-point';
import { main as syncMain } from '../../core/sync/cli';
import { enrolPoint } from '../../core/sync/enrolment';
import { SyncUploader } from '../../core/sync/uploader';
import { dayRange, simulatePoint } from '../../bench/point-sim';
import { ADMIN_PASSWORD, AdminClient, pgSkipReason, startProvince, type ProvinceFixture } from '../support/province';
import { makeTempDir, PROJECT_ROOT } from '../support/temp-dirs';

if (pgSkipReason) console.warn(`province-server: skipped — ${pgSkipReason}`);

describe.skipIf(pgSkipReason !== null)('province server boundary', () => {
  let p: ProvinceFixture;
  let temp: ReturnType<typeof makeTempDir>;
  let point: Db;
  let token = '';
  const days = dayRange('2026-11-20', 10);

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'build', 'bundle-province.mjs'), '--quiet'], { cwd: PROJECT_ROOT });
    temp = makeTempDir('dhp-province-server-');
    p = await startProvince({ dashboardDir: path.join(PROJECT_ROOT, 'dist', 'province', 'dashboard') });
    await p.admin.signIn();
    const issued = await p.admin.createPoint('00004', 'Nhà văn hoá');
    point = openDatabase(path.join(temp.dir, 'point.sqlite'));
    simulatePoint(point, { seed: 42, days, sessionsPerDay: 20 });
    token = (await enrolPoint(point, { serverUrl: p.server.url, enrolmentCode: issued.enrolmentCode.toLowerCase() })).token;
    expect((await new SyncUploader(point).runOnce()).error).toBeNull();
  }, 120_000);

  afterAll(async () => {
    point?.close();
    await p?.stop();
    temp?.cleanup();
  });

  it('signs the admin in with a strict cookie, and refuses a wrong password or no session with clear keys', async () => {
    const fresh = new AdminClient(p.server.url);
    const wrong = await fresh.signIn('not the password');
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { messageKey: string } }).error.messageKey).toBe('sync.error.sign_in_failed');
    const none = await fresh.call<{ error: { messageKey: string } }>('/admin/api/points');
    expect(none.status).toBe(401);
    expect(none.body.error.messageKey).toBe('sync.error.sign_in_required');
    const ok = await fresh.signIn(ADMIN_PASSWORD);
    expect(ok.headers.get('set-cookie')).toMatch(/^dhp_admin=[A-Za-z0-9_-]{43}; HttpOnly; Secure; SameSite=Strict; Path=\/; Max-Age=28800$/);
    expect((await fresh.call('/admin/api/points')).status).toBe(200);
    await fresh.call('/admin/api/sign-out', { json: {} });
    expect((await fresh.call('/admin/api/points')).status).toBe(401);
  });

  it('refuses admin writes from another origin', async () => {
    const res = await fetch(`${p.server.url}/admin/api/points`, { method: 'POST', headers: { Cookie: p.admin.cookie, 'Content-Type': 'application/json', Origin: 'https://elsewhere.example' }, body: JSON.stringify({ communeCode: '00004' }) });
    expect(res.status).toBe(403);
  });

  it('numbers points within their commune, never reuses a retired code, and checks the commune against the official list', async () => {
    const second = await p.admin.createPoint('00004');
    expect(second.pointCode).toBe('01-00004-02');
    expect((await p.admin.call(`/admin/api/points/${second.pointId}/retire`, { json: {} })).status).toBe(200);
    expect((await p.admin.createPoint('00004')).pointCode).toBe('01-00004-03');
    const unknown = await p.admin.call<{ error: { messageKey: string; message: { vi: string } } }>('/admin/api/points', { json: { communeCode: '99999' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.messageKey).toBe('sync.error.commune_unknown');
    const bad = await p.admin.call<{ error: { messageKey: string; issues: { path: string }[] } }>('/admin/api/points', { json: { communeCode: '4', extra: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.messageKey).toBe('sync.error.invalid_request');
    expect(bad.body.error.issues.length).toBeGreaterThan(0);
    const reissued = await p.admin.call<{ enrolmentCode: string }>(`/admin/api/points/${(await p.admin.createPoint('00008')).pointId}/reissue`, { json: {} });
    expect(reissued.body.enrolmentCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  });

  it('keeps only scrypt hashes of the admin password, the point tokens and the enrolment codes', async () => {
    const { rows: admin } = await p.pool.query('SELECT password_hash FROM admin_account');
    expect(admin[0].password_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(admin[0].password_hash).not.toContain(ADMIN_PASSWORD);
    const { rows } = await p.pool.query("SELECT token_hash, enrolment_hash FROM point WHERE point_code = '01-00004-01'");
    expect(rows[0].token_hash).toMatch(/^scrypt\$/);
    expect(rows[0].token_hash).not.toContain(token.split('.')[1]);
    expect(rows[0].enrolment_hash).toBeNull(); // spent
    const all = JSON.stringify((await p.pool.query('SELECT * FROM point')).rows);
    expect(all).not.toContain(token.split('.')[1]);
  });

  it('serves the long CSV and the XLSX with its dictionary sheet', async () => {
    const q = `from=${days[0]}&to=${days.at(-1)}&grain=week&by=commune`;
    const csv = await p.admin.raw(`/admin/api/export.csv?${q}`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain('chi-tieu_commune_week_');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a BOM, so spreadsheets read UTF-8
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('point_code,period,indicator,dimensions,value\r\n')).toBe(true);
    expect(text).toMatch(/\r\n01-00004,2026W4[78],visits,,\d+\r\n/);
    const xlsx = await p.admin.raw(`/admin/api/export.xlsx?${q}`);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Dữ liệu', 'Định nghĩa']);
    expect(wb.getWorksheet('Dữ liệu')!.getRow(1).values).toEqual([undefined, 'point_code', 'period', 'indicator', 'dimensions', 'value', 'Chỉ tiêu', 'Đơn vị']);
    expect(wb.getWorksheet('Dữ liệu')!.rowCount).toBe(text.trim().split('\r\n').length);
    expect(String(wb.getWorksheet('Định nghĩa')!.getRow(2).getCell(6).value)).toBe('lượt / visits');
    const invalid = await p.admin.call<{ error: { messageKey: string } }>(`/admin/api/indicators?from=2026-12-01&to=2026-11-01`);
    expect(invalid.status).toBe(400);
  });

  it('answers every refusal as a bilingual key, never a stack trace; limits bodies', async () => {
    const big = await fetch(`${p.server.url}/api/v1/enrol`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ pad: 'x'.repeat(40_000) }) });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { messageKey: string } }).error.messageKey).toBe('sync.error.too_large');
    const broken = await fetch(`${p.server.url}/api/v1/batches`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{"protocol":' });
    expect(broken.status).toBe(400);
    const missing = await fetch(`${p.server.url}/no/such/page`);
    expect(missing.status).toBe(404);
    for (const res of [broken, missing]) {
      const text = await res.text();
      expect(text).toMatch(/"messageKey":"sync\.error\./);
      expect(text).toMatch(/"vi":/);
      expect(text).not.toMatch(/\.ts:|at [A-Za-z]+ \(|Error:/);
    }
    const batchTooBig = await fetch(`${p.server.url}/api/v1/batches`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: 'x'.repeat(3 * 1024 * 1024) });
    expect(batchTooBig.status).toBe(413);
  });

  it('serves the dashboard page with a strict content policy', async () => {
    const page = await fetch(`${p.server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const html = await page.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('/dashboard.js');
    const js = await fetch(`${p.server.url}/dashboard.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    const units = await p.admin.call<{ provinces: unknown[]; communes: unknown[] }>('/admin/api/units');
    expect(units.body.provinces).toHaveLength(34);
    expect(units.body.communes).toHaveLength(3321);
  });

  it('has a command line with --help, and says what is missing', () => {
    const server = path.join(PROJECT_ROOT, 'dist', 'province', 'server.mjs');
    const help = spawnSync(process.execPath, [server, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    for (const flag of ['--database', '--port', '--host', '--province', '--admin-password-file', '--trust-proxy']) expect(help.stdout).toContain(flag);
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const none = spawnSync(process.execPath, [server], { encoding: 'utf8', env });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('DATABASE_URL');
    const sync = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'sync', 'main.mjs'), '--data-dir', temp.dir, '--status'], { encoding: 'utf8' });
    expect(sync.status).toBe(0);
    expect(JSON.parse(sync.stdout)).toMatchObject({ enrolled: false, pending: 0 });
  });

  it('npm run sync: enrols with a code, uploads one pass, writes a bundle, and says why it failed in both languages', async () => {
    const dataDir = path.join(temp.dir, 'cli-point');
    const seeded = openDatabase(path.join(dataDir, DATA_FILE_NAME));
    simulatePoint(seeded, { seed: 77, days: days.slice(0, 2), sessionsPerDay: 5 });
    seeded.close();
    const { enrolmentCode } = await p.admin.createPoint('00008', 'CLI');
    const lines: string[] = [];
    const log = console.log;
    const err = console.error;
    console.log = (line: string) => lines.push(line);
    console.error = (line: string) => lines.push(line);
    try {
      expect(await syncMain(['--data-dir', dataDir, '--enrol', p.server.url, '--code', enrolmentCode])).toBe(0);
      expect(await syncMain(['--data-dir', dataDir, '--bundle', path.join(temp.dir, 'stick')])).toBe(0);
      expect(await syncMain(['--data-dir', dataDir, '--enrol', p.server.url, '--code', 'AAAA-BBBB-CCCC'])).toBe(1);
      expect(await syncMain(['--bogus'])).toBe(2);
    } finally {
      console.log = log;
      console.error = err;
    }
    expect(lines[0]).toMatch(/^enrolled as 01-00008-\d\d \(CLI\)$/);
    expect(lines[1]).toMatch(/^sync: \d+ rows in \d+ batches \(\d+ applied, 0 already there\); 0 pending$/);
    expect(lines[2]).toMatch(/^bundle: 0 rows/);
    expect(lines[3]).toContain('Mã đăng ký không đúng');
    expect(lines[3]).toContain('The enrolment code is wrong');
  });
});
