/**
 * The uploader inside the point's core (issue 14, phase 2), against the real province server on
 * a throwaway PostgreSQL: staff enrol through the dispatcher, a ticket and a session recorded
 * through the dispatcher reach the province in the background, and a cut link backs off and
 * heals without duplicates while the point keeps answering its screens. Skips with a reason
 * when the PostgreSQL server binaries are not on this machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PointSyncStatus } from '../../contract/methods/sync';
import type { StaffSignIn } from '../../contract/staff-dto';
import type { CallContext } from '../../core/dispatcher';
import { openHelpPoint, type HelpPoint } from '../../core/help-point';
import { pendingCount } from '../../core/sync/outbox';
import { cuttingProxy, pgSkipReason, startProvince, type ProvinceFixture } from '../support/province';
import { makeTempDir, SHIPPED_ASSETS } from '../support/temp-dirs';

if (pgSkipReason) console.warn(`province-point-sync: skipped — ${pgSkipReason}`);

const DESK: CallContext = { role: 'volunteer', actor: 'desk' };
const KIOSK: CallContext = { role: 'visitor', actor: 'kiosk' };

const until = async (check: () => boolean | Promise<boolean>, ms = 20_000, what = 'condition') => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe.skipIf(pgSkipReason !== null)('the point’s background uploader, on the real province server', () => {
  let p: ProvinceFixture;
  const temps: ReturnType<typeof makeTempDir>[] = [];
  const points: HelpPoint[] = [];

  beforeAll(async () => {
    p = await startProvince();
    expect((await p.admin.signIn()).status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    for (const hp of points) hp.close();
    for (const t of temps) t.cleanup();
    await p?.stop();
  });

  /** A point with its own data folder, its staff signed in, and `fetch` for the uploader. */
  async function openPoint(fetchImpl: typeof fetch, uploader: NonNullable<Parameters<typeof openHelpPoint>[0]['sync']>['uploader']) {
    const temp = makeTempDir('dhp-point-');
    temps.push(temp);
    const hp = openHelpPoint({ dataDir: temp.dir, assetsDir: SHIPPED_ASSETS, log: () => undefined, version: '0.1.0', sync: { fetch: fetchImpl, uploader } });
    points.push(hp);
    const first = (await hp.dispatch('staffAuth.setFirstPin', { pin: '24681012' }, DESK)) as { ok: true; value: StaffSignIn };
    const staff: CallContext = { ...DESK, staffToken: first.value.token };
    const call = async <T,>(method: string, input: unknown, ctx: CallContext = staff): Promise<T> => {
      const r = await hp.dispatch(method, input, ctx);
      if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
      return r.value as T;
    };
    return { hp, call };
  }

  const factCount = async (table: string, pointCode: string) =>
    Number((await p.pool.query(`SELECT count(*) AS n FROM ${table} t JOIN point ON point.id = t.point_id WHERE point.point_code = $1`, [pointCode])).rows[0].n);

  it('staff enrol on the Sync tab; a ticket and a session recorded at the point reach PostgreSQL by themselves', async () => {
    const issued = await p.admin.createPoint('00004', 'Điểm Ba Đình');
    const { hp, call } = await openPoint(fetch, { changeDelayMs: 100 });
    const status = await call<PointSyncStatus>('staff.sync.enrol', { serverUrl: p.server.url, enrolmentCode: issued.enrolmentCode });
    expect(status).toMatchObject({ enrolled: true, running: true, pointCode: issued.pointCode });
    expect(await call('staff.settings', {})).toMatchObject({ provinceCode: '01', communeCode: '00004', commune: 'Phường Ba Đình' });

    // A visitor takes a ticket at the kiosk; a volunteer serves them at the desk.
    const ticket = await call<{ id: number }>('queue.issueTicket', { category: 'other', ageBand: '60-69' }, KIOSK);
    await until(async () => (await factCount('ticket_fact', issued.pointCode)) === 1, 20_000, 'the ticket at the province');
    const desks = (await call<{ desks: { id: number }[] }>('desk.overview', {}, DESK)).desks;
    const deskId = desks[0]!.id;
    await call('desk.signIn', { deskId, name: 'Nguyễn Văn An', team: 'Đoàn' }, DESK);
    await call('queue.callNext', { deskId }, DESK);
    await call('queue.startSession', { deskId, ticketId: ticket.id }, DESK);
    await call('queue.finishSession', { deskId, ticketId: ticket.id, record: { services: ['other'], outcome: 'done-assisted', counters: { vneidActivated: true }, visitorName: null } }, DESK);
    await until(async () => (await factCount('session_fact', issued.pointCode)) === 1, 20_000, 'the session at the province');
    await until(() => pendingCount(hp.db) === 0, 20_000, 'the outbox to empty');
    // The ticket's later changes (called, served) superseded its first copy: still one fact.
    expect(await factCount('ticket_fact', issued.pointCode)).toBe(1);
    const fact = (await p.pool.query('SELECT s.* FROM session_fact s JOIN point ON point.id = s.point_id WHERE point.point_code = $1', [issued.pointCode])).rows[0];
    expect(fact).toMatchObject({ outcome: 'done-assisted' });
    // Categories, times and counters only: the volunteer's name stays at the point.
    expect(JSON.stringify(fact)).not.toContain('Nguyễn');
    const after = await call<PointSyncStatus>('staff.sync.status', {});
    expect(after).toMatchObject({ pending: 0, lastError: null });
    expect(after.lastSuccessAt).not.toBeNull();
  }, 90_000);

  it('a cut link: the uploader backs off (doubling), the point answers its screens meanwhile, and the healed link sends everything once', async () => {
    const issued = await p.admin.createPoint('00008', 'Điểm Ngọc Hà');
    const proxy = await cuttingProxy(p.server, 'request');
    let cut = false;
    // While cut, every request goes through a proxy that drops the link mid-request.
    const throughLink: typeof fetch = (input, init) => fetch(cut ? String(input).replace(p.server.url, proxy.url) : input, init);
    const { hp, call } = await openPoint(throughLink, { changeDelayMs: 50, baseBackoffMs: 600, jitter: 0, intervalMs: 60_000 });
    try {
      await call('staff.sync.enrol', { serverUrl: p.server.url, enrolmentCode: issued.enrolmentCode });
      await until(() => (hp.db.prepare('SELECT last_success_at FROM sync_state').pluck().get() as string | null) !== null, 20_000, 'the first (empty) pass');
      cut = true;
      for (let i = 0; i < 3; i++) await call('queue.issueTicket', { category: 'other' }, KIOSK);
      const failures = () => hp.db.prepare('SELECT failures FROM sync_state').pluck().get() as number;
      await until(() => failures() >= 1, 20_000, 'the first failure');
      const first = await call<PointSyncStatus>('staff.sync.status', {});
      expect(first.lastError?.messageKey).toMatch(/^error\.sync_(unreachable|timeout)$/);
      const wait = (s: PointSyncStatus) => Date.parse(s.nextAttemptAt!) - Date.parse(s.lastError!.at);
      expect(wait(first)).toBeGreaterThanOrEqual(600);
      expect(wait(first)).toBeLessThan(650);

      // Screens are answered at once while the uploader waits and retries.
      const started = Date.now();
      for (let i = 0; i < 5; i++) {
        await call('queue.board', {}, KIOSK);
        await call('staff.sync.status', {});
      }
      expect(Date.now() - started).toBeLessThan(2_000);

      await until(() => failures() >= 2, 20_000, 'the second failure');
      const second = await call<PointSyncStatus>('staff.sync.status', {});
      expect(wait(second)).toBeGreaterThanOrEqual(1_200);
      expect(wait(second)).toBeLessThan(1_250);
      expect(second.pending).toBeGreaterThan(0);
      expect(await factCount('ticket_fact', issued.pointCode)).toBe(0);

      cut = false;
      // Staff need not wait for the back-off: "sync now".
      await call('staff.sync.now', {});
      // The pass records its success just after the last answer: wait for both.
      await until(() => pendingCount(hp.db) === 0 && failures() === 0, 20_000, 'the healed link to empty the outbox');
      expect(await factCount('ticket_fact', issued.pointCode)).toBe(3);
      expect(await call<PointSyncStatus>('staff.sync.status', {})).toMatchObject({ pending: 0, lastError: null });
      const dup = await p.pool.query('SELECT local_id, count(*) AS n FROM ticket_fact t JOIN point ON point.id = t.point_id WHERE point.point_code = $1 GROUP BY local_id HAVING count(*) > 1', [issued.pointCode]);
      expect(dup.rows).toEqual([]);
    } finally {
      await proxy.close();
    }
  }, 90_000);
});
