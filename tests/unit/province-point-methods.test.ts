/**
 * The point's sync methods (issue 14, phase 2) through the dispatcher, against a stand-in
 * province (a fake fetch): roles, the enrolment form's checks and refusals, the settings'
 * official codes, sync now, the USB bundle, the long CSV, unenrol, and the uploader's place
 * in the point's lifecycle. The real province on PostgreSQL is in
 * tests/integration/province-point-sync.test.ts.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syncMethods, type PointSyncStatus, type SyncBundleDownload } from '../../contract/methods/sync';
import { BundleBody, BundleFile, type EnrolResponse, type SyncBatch, type SyncBatchResult } from '../../contract/sync';
import { LONG_CSV_HEADER } from '../../contract/indicators';
import type { StaffSignIn } from '../../contract/staff-dto';
import type { CallContext } from '../../core/dispatcher';
import { openHelpPoint, type HelpPoint, type HelpPointOptions } from '../../core/help-point';
import { pointIdentity } from '../../core/sync/identity';
import { pendingCount } from '../../core/sync/outbox';
import { makeTempDir, SHIPPED_ASSETS } from '../support/temp-dirs';

const DESK: CallContext = { role: 'volunteer', actor: 'desk' };
const KIOSK: CallContext = { role: 'visitor', actor: 'kiosk' };
const SERVER = 'https://tinh.example.gov.vn/';
const CODE = 'K7QD-M2XP-9RTA';

/** A stand-in province: enrols one code, acknowledges every batch, and keeps what it was sent. */
class FakeProvince {
  batches: SyncBatch[] = [];
  enrolments = 0;
  /** While set, every request fails as a dropped link would. */
  down = false;
  /** While set, batch requests hang until the signal aborts them. */
  hang = false;
  readonly fetch: typeof fetch = async (input, init) => {
    const url = String(input);
    if (this.down) throw new TypeError('fetch failed');
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
    if (url.endsWith('/api/v1/enrol')) {
      if (body.enrolmentCode !== CODE.replace(/-/g, '')) return json(401, { error: { messageKey: 'sync.error.enrolment_code_invalid', message: { vi: '', en: '' } } });
      this.enrolments += 1;
      const answer: EnrolResponse = { pointCode: '01-00004-03', token: 'tok.secret', provinceCode: '01', communeCode: '00004', label: 'Điểm Ba Đình 3' };
      return json(200, answer);
    }
    if (url.endsWith('/api/v1/batches')) {
      if (this.hang) {
        return new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))));
      }
      const batch = body as unknown as SyncBatch;
      this.batches.push(batch);
      const result: SyncBatchResult = { applied: batch.rows.length, skipped: 0, lastSeq: batch.rows.at(-1)!.seq, serverTime: new Date().toISOString() };
      return json(200, result);
    }
    return json(404, { error: { messageKey: 'sync.error.not_found', message: { vi: '', en: '' } } });
  };
  rowsSent(): number {
    return this.batches.reduce((n, b) => n + b.rows.length, 0);
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const until = async (check: () => boolean, ms = 5_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('the point’s sync methods', () => {
  const opened: { hp: HelpPoint; cleanup(): void }[] = [];
  afterEach(() => {
    for (const o of opened.splice(0)) {
      o.hp.close();
      o.cleanup();
    }
  });

  async function open(province = new FakeProvince(), sync: HelpPointOptions['sync'] = {}) {
    const temp = makeTempDir('dhp-sync-');
    const hp = openHelpPoint({ dataDir: temp.dir, assetsDir: SHIPPED_ASSETS, log: () => undefined, version: '0.1.0', sync: { fetch: province.fetch, ...sync } });
    opened.push({ hp, cleanup: temp.cleanup });
    const signIn = (await hp.dispatch('staffAuth.setFirstPin', { pin: '24681012' }, DESK)) as { ok: true; value: StaffSignIn };
    const staff: CallContext = { ...DESK, staffToken: signIn.value.token };
    const call = async <T,>(method: string, input: unknown = {}): Promise<T> => {
      const r = await hp.dispatch(method, input, staff);
      if (!r.ok) throw Object.assign(new Error(`${method}: ${r.error.messageKey}`), { error: r.error });
      return r.value as T;
    };
    const failure = async (method: string, input: unknown = {}) => {
      const r = await hp.dispatch(method, input, staff);
      if (r.ok) throw new Error(`${method} should have failed`);
      return r.error;
    };
    return { hp, staff, call, failure, province, dir: temp.dir };
  }

  it('every sync method needs a live staff sign-in: the kiosk, the desk without a token, a wrong token and a stolen token on the kiosk are refused', async () => {
    const { hp, staff } = await open();
    const names = Object.keys(syncMethods);
    expect(names).toEqual(['staff.sync.status', 'staff.sync.enrol', 'staff.sync.now', 'staff.sync.bundle', 'staff.sync.longCsv', 'staff.sync.unenrol']);
    for (const name of names) {
      expect(syncMethods[name as keyof typeof syncMethods].role, name).toBe('staff');
      for (const caller of [KIOSK, DESK, { ...DESK, staffToken: 'not-a-token' }, { ...KIOSK, staffToken: staff.staffToken }]) {
        expect(await hp.dispatch(name, {}, caller), `${name} as ${caller.role}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
    expect(await hp.dispatch('staff.sync.status', {}, staff)).toMatchObject({ ok: true, value: { enrolled: false, running: false, pending: 0 } });
  });

  it('enrolment: the address must be https (http only to this PC), the code must look like one, and the province’s refusal reads in both languages', async () => {
    const { call, failure, province } = await open();
    expect(await failure('staff.sync.enrol', { serverUrl: 'not a url', enrolmentCode: CODE })).toMatchObject({ code: 'invalid_input', messageKey: 'error.sync_address_invalid' });
    expect(await failure('staff.sync.enrol', { serverUrl: 'ftp://tinh.example.gov.vn', enrolmentCode: CODE })).toMatchObject({ messageKey: 'error.sync_address_invalid' });
    expect(await failure('staff.sync.enrol', { serverUrl: 'http://10.0.0.5:8470', enrolmentCode: CODE })).toMatchObject({ messageKey: 'error.sync_address_insecure' });
    expect(await failure('staff.sync.enrol', { serverUrl: 'http://tinh.example.gov.vn', enrolmentCode: CODE })).toMatchObject({ messageKey: 'error.sync_address_insecure' });
    expect(await failure('staff.sync.enrol', { serverUrl: SERVER, enrolmentCode: 'ABC' })).toMatchObject({ code: 'invalid_input', messageKey: 'error.sync_enrolment_code_format' });
    expect(await failure('staff.sync.enrol', { serverUrl: SERVER, enrolmentCode: 'AAAA-BBBB-CCCC' })).toMatchObject({ code: 'invalid_input', messageKey: 'error.sync_enrolment_code_invalid' });
    province.down = true;
    expect(await failure('staff.sync.enrol', { serverUrl: SERVER, enrolmentCode: CODE })).toMatchObject({ code: 'unavailable', messageKey: 'error.sync_unreachable' });
    province.down = false;
    expect(province.enrolments).toBe(0);
    expect((await call<PointSyncStatus>('staff.sync.status')).enrolled).toBe(false);
  });

  it('enrols with a good code (typed in lower case, with spaces), starts the uploader, and fills the settings’ official codes the point had not chosen', async () => {
    const { call, hp } = await open();
    const status = await call<PointSyncStatus>('staff.sync.enrol', { serverUrl: ' https://tinh.example.gov.vn ', enrolmentCode: ' k7qd m2xp 9rta ' });
    expect(status).toMatchObject({ enrolled: true, running: true, pointCode: '01-00004-03', humanCode: '01-00004-03', serverUrl: SERVER, registered: { provinceCode: '01', communeCode: '00004' } });
    expect(await call('staff.settings')).toMatchObject({ provinceCode: '01', communeCode: '00004', province: 'Thành phố Hà Nội', commune: 'Phường Ba Đình' });
    const audit = hp.db.prepare("SELECT action, detail FROM audit_log WHERE action LIKE 'staff.sync.%'").all() as { action: string; detail: string }[];
    expect(audit.map((a) => a.action)).toContain('staff.sync.enrol');
    // The token never lands in the audit trail.
    expect(JSON.stringify(audit)).not.toContain('tok.secret');
  });

  it('settings: codes are checked against the official lists and each other, the names follow the codes, and the point code is made from them', async () => {
    const { call, failure } = await open();
    expect(await failure('staff.updateSettings', { provinceCode: '03' })).toMatchObject({ code: 'invalid_input', messageKey: 'error.settings_unknown_admin_unit' });
    expect(await failure('staff.updateSettings', { provinceCode: '79', communeCode: '00004' })).toMatchObject({ messageKey: 'error.settings_commune_not_in_province' });
    expect(await failure('staff.updateSettings', { provinceCode: '01', communeCode: '99999' })).toMatchObject({ messageKey: 'error.settings_unknown_admin_unit' });
    expect(await failure('staff.updateSettings', { provinceCode: '1' })).toMatchObject({ code: 'invalid_input', messageKey: 'error.invalid_input' });
    // A name sent with a code is replaced by the code's official name.
    expect(await call('staff.updateSettings', { provinceCode: '01', province: 'HN', communeCode: '00004', commune: 'p ba dinh', pointNumber: 3 })).toMatchObject({
      provinceCode: '01',
      province: 'Thành phố Hà Nội',
      communeCode: '00004',
      commune: 'Phường Ba Đình',
      pointNumber: 3,
    });
    expect(await call<PointSyncStatus>('staff.sync.status')).toMatchObject({ enrolled: false, pointCode: null, humanCode: '01-00004-03' });
    // Changing only the province while the commune lies elsewhere is refused: the picker sends both.
    expect(await failure('staff.updateSettings', { provinceCode: '79' })).toMatchObject({ messageKey: 'error.settings_commune_not_in_province' });
    // Free text still saves as before (an install without codes keeps working).
    expect(await call('staff.updateSettings', { provinceCode: '', communeCode: '', province: 'Hà Nội', commune: 'Phường Hoàn Kiếm' })).toMatchObject({ provinceCode: '', province: 'Hà Nội' });
  });

  it('the kiosk’s province-only guides follow the coded province, whatever form its name takes (iHanoi for Hà Nội)', async () => {
    const { call, hp } = await open();
    const guides = async () => {
      const r = await hp.dispatch('catalog.list', {}, KIOSK);
      if (!r.ok) throw new Error('catalog.list failed');
      return (r.value as { id: string }[]).map((w) => w.id);
    };
    const ihanoi = 'ihanoi';
    expect(await guides()).not.toContain(ihanoi);
    await call('staff.updateSettings', { provinceCode: '01', communeCode: '00004' });
    expect(await guides()).toContain(ihanoi);
    await call('staff.updateSettings', { provinceCode: '79', communeCode: '' });
    expect(await guides()).not.toContain(ihanoi);
    // The old free text, and the everyday form of the official name, still match.
    await call('staff.updateSettings', { provinceCode: '', province: 'Hà Nội' });
    expect(await guides()).toContain(ihanoi);
    await call('staff.updateSettings', { province: 'TP. Hà Nội' });
    expect(await guides()).toContain(ihanoi);
  });

  it('sync now needs an enrolment; once enrolled it sends the outbox at once, and a ticket issued at the kiosk follows by itself', async () => {
    const province = new FakeProvince();
    const { call, failure, hp } = await open(province, { uploader: { changeDelayMs: 50, intervalMs: 60_000 } });
    expect(await failure('staff.sync.now')).toMatchObject({ code: 'conflict', messageKey: 'error.sync_not_enrolled' });
    await call('staff.sync.enrol', { serverUrl: SERVER, enrolmentCode: CODE });
    await until(() => pendingCount(hp.db) === 0 && province.batches.length === 0);
    const issued = await hp.dispatch('queue.issueTicket', { category: 'other' }, KIOSK);
    expect(issued.ok).toBe(true);
    await until(() => province.rowsSent() >= 1 && pendingCount(hp.db) === 0);
    expect(province.batches[0]!.rows[0]).toMatchObject({ entity: 'ticket', op: 'upsert' });
    expect(await call<PointSyncStatus>('staff.sync.status')).toMatchObject({ pending: 0, lastError: null });
    expect((await call<PointSyncStatus>('staff.sync.now')).enrolled).toBe(true);
  });

  it('a dropped link: the last error is a key of the staff’s catalogue, the next try backs off, and other calls are answered meanwhile', async () => {
    const province = new FakeProvince();
    const { call, hp } = await open(province, { uploader: { changeDelayMs: 20, baseBackoffMs: 400, jitter: 0 } });
    await call('staff.sync.enrol', { serverUrl: SERVER, enrolmentCode: CODE });
    province.down = true;
    await hp.dispatch('queue.issueTicket', { category: 'other' }, KIOSK);
    await until(() => hp.db.prepare('SELECT failures FROM sync_state').pluck().get() === 1);
    const status = await call<PointSyncStatus>('staff.sync.status');
    expect(status.lastError).toMatchObject({ messageKey: 'error.sync_unreachable', syncKey: 'sync.error.unreachable' });
    const wait = (s: PointSyncStatus) => Date.parse(s.nextAttemptAt!) - Date.parse(s.lastError!.at);
    expect(wait(status)).toBeGreaterThanOrEqual(400);
    expect(wait(status)).toBeLessThan(420);
    // More changes do not cut the back-off short.
    await hp.dispatch('queue.issueTicket', { category: 'other' }, KIOSK);
    await until(() => hp.db.prepare('SELECT failures FROM sync_state').pluck().get() === 2, 3_000);
    const second = await call<PointSyncStatus>('staff.sync.status');
    expect(wait(second)).toBeGreaterThanOrEqual(800);
    expect(wait(second)).toBeLessThan(820);
    province.down = false;
    // The pass records its success just after the province's answer: wait for that, not only for the rows.
    await until(() => province.rowsSent() >= 2 && hp.db.prepare('SELECT failures FROM sync_state').pluck().get() === 0, 5_000);
    expect(await call<PointSyncStatus>('staff.sync.status')).toMatchObject({ pending: 0, lastError: null });
  });

  it('closing the point while a batch hangs cancels it; no pass writes into the closed file', async () => {
    const province = new FakeProvince();
    const { call, hp, staff } = await open(province, { uploader: { changeDelayMs: 10 } });
    await call('staff.sync.enrol', { serverUrl: SERVER, enrolmentCode: CODE });
    province.hang = true;
    await hp.dispatch('queue.issueTicket', { category: 'other' }, KIOSK);
    await until(() => hp.db.prepare('SELECT last_attempt_at FROM sync_state').pluck().get() !== null && pendingCount(hp.db) > 0);
    await new Promise((r) => setTimeout(r, 100));
    // The hanging upload blocks nobody: the kiosk and the staff still get answers at once.
    const started = Date.now();
    expect((await hp.dispatch('queue.board', {}, KIOSK)).ok).toBe(true);
    expect(await hp.dispatch('staff.sync.status', {}, staff)).toMatchObject({ ok: true, value: { running: true } });
    expect(Date.now() - started).toBeLessThan(1_000);
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on('unhandledRejection', onError);
    const o = opened.find((x) => x.hp === hp)!;
    opened.splice(opened.indexOf(o), 1);
    hp.close();
    await new Promise((r) => setTimeout(r, 200));
    process.off('unhandledRejection', onError);
    expect(errors).toEqual([]);
    o.cleanup();
  });

  it('the USB bundle: signed text for the browser download, written aside-and-renamed for Electron’s folder, and a mistyped code is refused', async () => {
    const { call, failure, hp, dir } = await open();
    await hp.dispatch('queue.issueTicket', { category: 'other' }, KIOSK);
    const made = await call<SyncBundleDownload>('staff.sync.bundle', { mode: 'all-pending' });
    expect(made.name).toMatch(/^dhp-sync_[0-9a-f]{8}_\d{8}-\d{6}_1-\d+\.json$/);
    const file = BundleFile.parse(JSON.parse(made.text));
    const body = BundleBody.parse(JSON.parse(file.body));
    expect(body.rows.length).toBe(made.rows);
    expect(made.rows).toBeGreaterThan(0);
    const { publicKey } = pointIdentity(hp.db);
    expect(crypto.verify(null, Buffer.from(file.body, 'utf8'), crypto.createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' }), Buffer.from(file.signature, 'base64'))).toBe(true);
    expect((await call<PointSyncStatus>('staff.sync.status')).lastBundleAt).not.toBeNull();
    // The rows stay pending: only the province's answer acknowledges them.
    expect(pendingCount(hp.db)).toBeGreaterThan(0);

    expect(await failure('staff.sync.bundle', { enrolmentCode: 'nope' })).toMatchObject({ messageKey: 'error.sync_enrolment_code_format' });
    const withCode = await call<SyncBundleDownload>('staff.sync.bundle', { mode: 'all-pending', enrolmentCode: CODE.toLowerCase() });
    expect(BundleBody.parse(JSON.parse(BundleFile.parse(JSON.parse(withCode.text)).body)).enrolment).toMatchObject({ enrolmentCode: CODE.replace(/-/g, '') });

    const folder = path.join(dir, 'usb');
    const saved = hp.saveSyncBundle({ mode: 'since-last-bundle' }, folder);
    expect(fs.readdirSync(folder)).toEqual([saved.name]);
    expect(saved.rows).toBe(0);
    const actions = (hp.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'staff.sync.bundle%'").pluck().all() as string[]).sort();
    expect(actions).toEqual(['staff.sync.bundle', 'staff.sync.bundle', 'staff.sync.bundle.saved']);
  });

  it('the long CSV: a byte-order mark, the five columns, the point’s code (or its id before it has one), a year at most', async () => {
    const { call, failure, hp } = await open();
    const today = ((await hp.dispatch('app.info', {}, KIOSK)) as { ok: true; value: { today: string } }).value.today;
    const before = await call<SyncBundleDownload & { rows: number }>('staff.sync.longCsv', {});
    const { pointId } = pointIdentity(hp.db);
    expect(before.text.startsWith('\uFEFF' + LONG_CSV_HEADER.join(','))).toBe(true);
    expect(before.name).toBe(`chi-so_${pointId}_${today}_${today}.csv`);
    expect(before.text).toContain(`${pointId},${today.replace(/-/g, '')},visits,,0`);
    await call('staff.updateSettings', { provinceCode: '01', communeCode: '00004', pointNumber: 7 });
    const month = await call<SyncBundleDownload & { rows: number }>('staff.sync.longCsv', { from: today, to: today, grain: 'month' });
    expect(month.name).toBe(`chi-so_01-00004-07_${today}_${today}_month.csv`);
    expect(month.text).toContain(`01-00004-07,${today.slice(0, 7).replace('-', '')},visits,,0`);
    expect(month.rows).toBe(1);
    expect(await failure('staff.sync.longCsv', { from: '2024-01-01', to: '2026-01-01' })).toMatchObject({ code: 'invalid_input' });
  });

  it('unenrol forgets the server and the token, keeps the rows, and stops the uploader', async () => {
    const province = new FakeProvince();
    const { call, hp } = await open(province);
    await call('staff.sync.enrol', { serverUrl: SERVER, enrolmentCode: CODE });
    province.down = true;
    await hp.dispatch('queue.issueTicket', { category: 'other' }, KIOSK);
    const after = await call<PointSyncStatus>('staff.sync.unenrol', { confirm: true });
    expect(after).toMatchObject({ enrolled: false, running: false, serverUrl: null, pointCode: null, lastError: null });
    expect(after.pending).toBeGreaterThan(0);
    expect(hp.db.prepare('SELECT token FROM sync_state').pluck().get()).toBeNull();
  });
});
