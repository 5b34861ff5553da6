/**
 * Points → province over real PostgreSQL: totals, cut links, replays, stale revisions, USB
 * bundles, refusals, and no personal field in any column of any table. Skips with a reason
 * when the PostgreSQL server binaries are not on this machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDimensions, indicatorRowsFromTotals, sumIndicatorRows, type IndicatorRow } from '../../contract/indicators';
import { SYNC_PROTOCOL_VERSION, type SyncBatch } from '../../contract/sync';
import { computeTotals } from '../../core/export/totals';
import { readFeedbackRows, readSessionRows } from '../../core/export/session-rows';
import { openDatabase, type Db } from '../../core/storage/database';
import { writeBundle } from '../../core/sync/bundle';
import { enrolPoint } from '../../core/sync/enrolment';
import type { SyncFailure } from '../../core/sync/transport';
import { pointIdentity } from '../../core/sync/identity';
import { pointIndicatorRows } from '../../core/sync/long-csv';
import { pendingCount, readOutbox } from '../../core/sync/outbox';
import { enrolment, syncStatus } from '../../core/sync/state';
import { SyncUploader } from '../../core/sync/uploader';
import { provinceIndicatorRows } from '../../province/server/indicators';
import { dayRange, PERSONAL_MARKERS, simulatePoint } from '../../bench/point-sim';
import { cuttingProxy, pgSkipReason, startProvince, type ProvinceFixture } from '../support/province';
import { makeTempDir } from '../support/temp-dirs';

if (pgSkipReason) console.warn(`province-sync: skipped — ${pgSkipReason}`);

const DAYS = dayRange('2026-11-01', 14);
const FROM = DAYS[0]!;
const TO = DAYS.at(-1)!;

interface Point {
  db: Db;
  code: string;
  adminId: number;
  seed: number;
}

const key = (r: IndicatorRow) => `${r.pointCode}|${r.period}|${r.indicator}|${formatDimensions(r.dimensions)}`;
const asMap = (rows: readonly IndicatorRow[]) => new Map(rows.filter((r) => r.value !== 0).map((r) => [key(r), r.value]));

function totalsOf(db: Db, from = FROM, to = TO) {
  return computeTotals({ from, to, rows: readSessionRows(db, from, to), feedback: readFeedbackRows(db, from, to), timeZone: 'Asia/Ho_Chi_Minh', serviceLabel: (id) => ({ vi: id, en: id }) });
}

describe.skipIf(pgSkipReason !== null)('province sync on PostgreSQL', () => {
  let p: ProvinceFixture;
  let temp: ReturnType<typeof makeTempDir>;
  const points: Point[] = [];
  const recorded: { url: string; body: string; token: string }[] = [];
  /** A fetch that keeps a copy of every batch it sends, for the replay test. */
  const recordingFetch: typeof fetch = async (input, init) => {
    const auth = new Headers(init?.headers).get('authorization') ?? '';
    recorded.push({ url: String(input), body: String(init?.body), token: auth.slice(7) });
    return fetch(input, init);
  };

  /** Live (not tombstoned) rows of one point in a fact table. */
  const liveRows = async (table: string, pointCode: string) =>
    Number((await p.pool.query(`SELECT count(*) AS n FROM ${table} t JOIN point ON point.id = t.point_id WHERE point.point_code = $1 AND NOT t.deleted`, [pointCode])).rows[0].n);

  beforeAll(async () => {
    temp = makeTempDir('dhp-province-');
    p = await startProvince();
    expect((await p.admin.signIn()).status).toBe(200);
    const communes = ['00004', '00004', '00008'];
    for (const [i, commune] of communes.entries()) {
      const issued = await p.admin.createPoint(commune, `Điểm ${i + 1}`);
      const db = openDatabase(path.join(temp.dir, `point-${i}.sqlite`));
      simulatePoint(db, { seed: 100 + i, days: DAYS, sessionsPerDay: 40, editShare: 0.15 });
      const answer = await enrolPoint(db, { serverUrl: p.server.url, enrolmentCode: issued.enrolmentCode });
      expect(answer.pointCode).toBe(issued.pointCode);
      points.push({ db, code: issued.pointCode, adminId: issued.pointId, seed: 100 + i });
    }
    expect(points.map((x) => x.code)).toEqual(['01-00004-01', '01-00004-02', '01-00008-01']);
  }, 120_000);

  afterAll(async () => {
    for (const x of points) x.db.close();
    await p?.stop();
    temp?.cleanup();
  });

  it('three points sync, and the province totals equal the sum of each point’s own totals for the same days', async () => {
    for (const x of points) {
      const r = await new SyncUploader(x.db, { fetch: recordingFetch }).runOnce();
      expect(r.error).toBeNull();
      expect(r.batches).toBeGreaterThan(1);
      expect(syncStatus(x.db)).toMatchObject({ pending: 0, lastError: null });
    }
    // Per point and day: the province says what each point's own long rows say (tickets included).
    const provinceDaily = await provinceIndicatorRows(p.pool, { from: FROM, to: TO, grain: 'day', by: 'point' });
    const pointsDaily = points.flatMap((x) => pointIndicatorRows(x.db, { pointCode: x.code, from: FROM, to: TO, grain: 'day' }));
    expect(asMap(provinceDaily)).toEqual(asMap(pointsDaily));
    // The province as a whole, for the fortnight: the sum of each point's computeTotals.
    const provinceTotal = (await provinceIndicatorRows(p.pool, { from: FROM, to: TO, grain: 'month', by: 'province' })).filter((r) => r.indicator !== 'tickets_by_status');
    const summed = sumIndicatorRows(points.flatMap((x) => indicatorRowsFromTotals(totalsOf(x.db), '01', '202611')));
    expect(asMap(provinceTotal)).toEqual(asMap(summed));
    expect(provinceTotal.find((r) => r.indicator === 'visits')!.value).toBe(points.reduce((n, x) => n + totalsOf(x.db).sessions, 0));
    // The dashboard lists each point with its last sync and nothing pending.
    const list = await p.admin.call<{ points: { pointCode: string; lastSyncAt: string | null; pendingRows: number | null; state: string }[] }>('/admin/api/points');
    expect(list.body.points.map((q) => [q.pointCode, q.state, q.pendingRows, q.lastSyncAt !== null])).toEqual(points.map((x) => [x.code, 'enrolled', 0, true]));
  });

  it('an old batch replayed changes nothing', async () => {
    const snapshot = async () => (await p.pool.query(`SELECT md5(string_agg(f::text, '|' ORDER BY point_id, local_id)) AS h FROM (SELECT point_id, local_id, day, rev, deleted, outcome, services, counters FROM session_fact) f`)).rows[0].h;
    const before = await snapshot();
    const first = recorded[0]!;
    const res = await fetch(first.url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${first.token}` }, body: first.body });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { applied: number; skipped: number };
    expect(answer.applied).toBe(0);
    expect(answer.skipped).toBe((JSON.parse(first.body) as SyncBatch).rows.length);
    expect(await snapshot()).toBe(before);
  });

  it('a link cut mid-batch, then a retry, adds no duplicates', async () => {
    const a = points[0]!;
    simulatePoint(a.db, { seed: 555, days: [dayRange(TO, 2)[1]!], sessionsPerDay: 700, editShare: 0 }); // > 1 batch of new rows
    const expected = { sessions: (a.db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n, tickets: (a.db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n };
    const direct = enrolment(a.db)!.serverUrl;
    for (const mode of ['request', 'response'] as const) {
      const proxy = await cuttingProxy(p.server, mode);
      a.db.prepare('UPDATE sync_state SET server_url = ? WHERE id = 1').run(proxy.url);
      const cut = await new SyncUploader(a.db, { timeoutMs: 5_000 }).runOnce();
      expect(cut.error).toBe('sync.error.unreachable');
      expect(pendingCount(a.db)).toBeGreaterThan(0);
      await proxy.close();
    }
    a.db.prepare('UPDATE sync_state SET server_url = ? WHERE id = 1').run(direct);
    const retry = await new SyncUploader(a.db).runOnce();
    expect(retry.error).toBeNull();
    expect(retry.skipped).toBeGreaterThan(0); // the batch that committed behind the cut was not applied twice
    expect(await liveRows('session_fact', a.code)).toBe(expected.sessions);
    expect(await liveRows('ticket_fact', a.code)).toBe(expected.tickets);
    const { rows } = await p.pool.query('SELECT count(*) AS n FROM (SELECT point_id, local_id FROM session_fact GROUP BY 1, 2 HAVING count(*) > 1) d');
    expect(Number(rows[0].n)).toBe(0);
    const day = dayRange(TO, 2)[1]!;
    const province = await provinceIndicatorRows(p.pool, { from: day, to: day, grain: 'day', by: 'point', pointCodes: [a.code] });
    expect(asMap(province)).toEqual(asMap(pointIndicatorRows(a.db, { pointCode: a.code, from: day, to: day, grain: 'day' })));
  });

  it('a stale revision never overwrites a newer one', async () => {
    const b = points[1]!;
    const edited = b.db.prepare('SELECT id, business_day, rev FROM sessions WHERE rev >= 3 ORDER BY id LIMIT 1').get() as { id: number; business_day: string; rev: number };
    const stored = async () => (await p.pool.query('SELECT s.rev, s.outcome FROM session_fact s JOIN point ON point.id = s.point_id WHERE point.point_code = $1 AND local_id = $2', [b.code, edited.id])).rows[0];
    const before = await stored();
    expect(before).toEqual({ rev: edited.rev, outcome: 'referred' });
    // A copy of revision 1 arriving late with a fresh sequence number (say, a bundle made before the correction).
    const lastSeq = Number((await p.pool.query('SELECT last_seq FROM point WHERE point_code = $1', [b.code])).rows[0].last_seq);
    const batch: SyncBatch = {
      protocol: SYNC_PROTOCOL_VERSION,
      pointId: pointIdentity(b.db).pointId,
      fromSeq: lastSeq + 1,
      pendingAfter: 0,
      rows: [{ seq: lastSeq + 1, entity: 'session', localId: edited.id, rev: 1, day: edited.business_day, op: 'upsert', payload: { startedAt: '2026-11-01T02:00:00Z', finishedAt: null, waitSeconds: 1, serviceSeconds: 1, services: ['other'], outcome: 'done-self', reason: null, referral: null, targetGroup: null, ageBand: null, sex: null, priority: [], counters: {}, dispatchReason: null } }],
    };
    const res = await fetch(`${p.server.url}/api/v1/batches`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${enrolment(b.db)!.token}` }, body: JSON.stringify(batch) });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ applied: 0, skipped: 1 });
    expect(await stored()).toEqual(before);
    // Sequence numbers are the point's own: the forged row took one, so the point moves past it too.
    b.db.prepare("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'outbox'").run(lastSeq + 1);
  });

  it('retention deletes travel as tombstones: the province stops counting what the point deleted', async () => {
    const b = points[1]!;
    const day = DAYS[0]!;
    b.db.transaction(() => {
      b.db.prepare('DELETE FROM feedback WHERE business_day = ? OR session_id IN (SELECT id FROM sessions WHERE business_day = ?)').run(day, day);
      b.db.prepare('DELETE FROM sessions WHERE business_day = ?').run(day);
    })();
    expect((await new SyncUploader(b.db).runOnce()).error).toBeNull();
    const { rows } = await p.pool.query("SELECT count(*) FILTER (WHERE deleted) AS gone, count(*) FILTER (WHERE NOT deleted) AS live FROM session_fact s JOIN point ON point.id = s.point_id WHERE point.point_code = $1 AND day = $2", [b.code, day]);
    expect(Number(rows[0].gone)).toBeGreaterThan(0);
    expect(Number(rows[0].live)).toBe(0);
    const province = await provinceIndicatorRows(p.pool, { from: FROM, to: TO, grain: 'day', by: 'point', pointCodes: [b.code] });
    expect(asMap(province)).toEqual(asMap(pointIndicatorRows(b.db, { pointCode: b.code, from: FROM, to: TO, grain: 'day' })));
  });

  it('a USB bundle gives the same totals as online sync', async () => {
    // A fourth point with exactly the same activity as point 3, but no link at all: it enrols through its bundle.
    const twin = points[2]!;
    const issued = await p.admin.createPoint('00008', 'Điểm không có mạng');
    const db = openDatabase(path.join(temp.dir, 'usb-point.sqlite'));
    try {
      simulatePoint(db, { seed: twin.seed, days: DAYS, sessionsPerDay: 40, editShare: 0.15 });
      const written = writeBundle(db, path.join(temp.dir, 'usb'), { enrolmentCode: issued.enrolmentCode });
      const imported = await p.admin.call<{ pointCode: string; applied: number; rows: number }>('/admin/api/bundles', { body: fs.readFileSync(written.file, 'utf8') });
      expect(imported.status).toBe(200);
      expect(imported.body).toMatchObject({ pointCode: issued.pointCode, rows: written.rows });
      // Importing the same stick again changes nothing.
      const again = await p.admin.call<{ applied: number }>('/admin/api/bundles', { body: fs.readFileSync(written.file, 'utf8') });
      expect(again.body.applied).toBe(0);
      const viaUsb = await provinceIndicatorRows(p.pool, { from: FROM, to: TO, grain: 'day', by: 'point', pointCodes: [issued.pointCode] });
      const online = await provinceIndicatorRows(p.pool, { from: FROM, to: TO, grain: 'day', by: 'point', pointCodes: [twin.code] });
      const relabel = (rows: IndicatorRow[]) => asMap(rows.map((r) => ({ ...r, pointCode: 'same' })));
      expect(relabel(viaUsb)).toEqual(relabel(online));
      expect(viaUsb.length).toBeGreaterThan(100);
      // Later the point gets a link: a fresh code gives it a token, and its first online pass finds everything there.
      const reissued = await p.admin.call<{ enrolmentCode: string }>(`/admin/api/points/${issued.pointId}/reissue`, { json: {} });
      expect(reissued.status).toBe(200);
      await enrolPoint(db, { serverUrl: p.server.url, enrolmentCode: reissued.body.enrolmentCode });
      const online2 = await new SyncUploader(db).runOnce();
      expect(online2).toMatchObject({ error: null, applied: 0 });
      expect(online2.skipped).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });

  it('refuses a wrong token, a retired point and a tampered bundle with clear messages', async () => {
    const c = points[2]!;
    simulatePoint(c.db, { seed: 9, days: [dayRange(TO, 3)[2]!], sessionsPerDay: 2 });
    const batch = { protocol: 1, pointId: pointIdentity(c.db).pointId, fromSeq: 1, pendingAfter: 0, rows: readOutbox(c.db, 1, 1).rows };
    expect(batch.rows).toHaveLength(1);
    const wrong = await fetch(`${p.server.url}/api/v1/batches`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer AAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }, body: JSON.stringify(batch) });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: { messageKey: 'sync.error.token_invalid', message: { vi: expect.stringContaining('Mã truy cập'), en: expect.stringContaining('token') } } });
    // Another point's token with this point's rows.
    const other = await fetch(`${p.server.url}/api/v1/batches`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${enrolment(points[0]!.db)!.token}` }, body: JSON.stringify(batch) });
    expect(other.status).toBe(403);
    expect(((await other.json()) as { error: { messageKey: string } }).error.messageKey).toBe('sync.error.point_mismatch');
    const none = await fetch(`${p.server.url}/api/v1/batches`, { method: 'POST', body: '{}' });
    expect(((await none.json()) as { error: { messageKey: string } }).error.messageKey).toBe('sync.error.token_invalid');

    // A bundle made now, before the point is retired, then altered on the stick.
    const written = writeBundle(c.db, path.join(temp.dir, 'usb-c'));
    const file = JSON.parse(fs.readFileSync(written.file, 'utf8')) as { body: string };
    const tampered = { ...file, body: file.body.replace(/"rev":\d+/, '"rev":99') };
    expect(tampered.body).not.toBe(file.body);
    const bad = await p.admin.call<{ error: { messageKey: string; message: { vi: string; en: string } } }>('/admin/api/bundles', { body: JSON.stringify(tampered) });
    expect(bad.status).toBe(400);
    expect(bad.body.error.messageKey).toBe('sync.error.bundle_signature_invalid');
    expect(bad.body.error.message.en).toMatch(/signature/);
    const junk = await p.admin.call<{ error: { messageKey: string } }>('/admin/api/bundles', { body: 'not a bundle' });
    expect(junk.body.error.messageKey).toBe('sync.error.bundle_invalid');

    expect((await p.admin.call(`/admin/api/points/${c.adminId}/retire`, { json: {} })).status).toBe(200);
    const r = await new SyncUploader(c.db).runOnce();
    expect(r.error).toBe('sync.error.point_retired');
    expect(syncStatus(c.db).lastError).toMatchObject({ messageKey: 'sync.error.point_retired', message: { vi: expect.stringContaining('ngừng sử dụng') } });
    const retiredBundle = await p.admin.call<{ error: { messageKey: string } }>('/admin/api/bundles', { body: fs.readFileSync(written.file, 'utf8') });
    expect(retiredBundle.status).toBe(403);
    expect(retiredBundle.body.error.messageKey).toBe('sync.error.point_retired');

    // A spent or made-up enrolment code.
    await expect(enrolPoint(c.db, { serverUrl: p.server.url, enrolmentCode: 'ABCD-EFGH-JKLM' })).rejects.toMatchObject({ messageKey: 'sync.error.enrolment_code_invalid' } satisfies Partial<SyncFailure>);
  });

  it('a batch that would leave a gap is refused, and nothing is lost', async () => {
    const a = points[0]!;
    const lastSeq = Number((await p.pool.query('SELECT last_seq FROM point WHERE point_code = $1', [a.code])).rows[0].last_seq);
    const batch = { protocol: 1, pointId: pointIdentity(a.db).pointId, fromSeq: lastSeq + 10, pendingAfter: 0, rows: [{ seq: lastSeq + 10, entity: 'feedback', localId: 999_999, rev: 1, day: FROM, op: 'upsert', payload: { at: `${FROM}T03:00:00Z`, rating: 'okay', walkthroughId: null, sessionLocalId: null } }] };
    const res = await fetch(`${p.server.url}/api/v1/batches`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${enrolment(a.db)!.token}` }, body: JSON.stringify(batch) });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { messageKey: string } }).error.messageKey).toBe('sync.error.gap');
  });

  it('refuses a batch carrying a personal field, and no personal field ever reaches PostgreSQL (every column of every table)', async () => {
    const a = points[0]!;
    const lastSeq = Number((await p.pool.query('SELECT last_seq FROM point WHERE point_code = $1', [a.code])).rows[0].last_seq);
    const payload = { startedAt: `${FROM}T02:00:00Z`, finishedAt: null, waitSeconds: 1, serviceSeconds: 1, services: [], outcome: null, reason: null, referral: null, targetGroup: null, ageBand: null, sex: null, priority: [], counters: {}, dispatchReason: null };
    for (const sneaky of [{ ...payload, visitorName: PERSONAL_MARKERS.name }, { ...payload, outcome: PERSONAL_MARKERS.note }, { ...payload, services: [PERSONAL_MARKERS.phone + ' x'] }]) {
      const batch = { protocol: 1, pointId: pointIdentity(a.db).pointId, fromSeq: lastSeq + 1, pendingAfter: 0, rows: [{ seq: lastSeq + 1, entity: 'session', localId: 1, rev: 99, day: FROM, op: 'upsert', payload: sneaky }] };
      const res = await fetch(`${p.server.url}/api/v1/batches`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${enrolment(a.db)!.token}` }, body: JSON.stringify(batch) });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { messageKey: string; issues: unknown[] } };
      expect(body.error.messageKey).toBe('sync.error.invalid_request');
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|Error:|stack/);
    }
    // The points did hold names, phones, notes and consent times.
    expect(points[0]!.db.prepare('SELECT count(*) AS n FROM sessions WHERE visitor_name = ? OR note = ?').get(PERSONAL_MARKERS.name, PERSONAL_MARKERS.note)).not.toEqual({ n: 0 });
    const { rows: tables } = await p.pool.query<{ schema: string; name: string }>(
      "SELECT table_schema AS schema, table_name AS name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'",
    );
    expect(tables.length).toBeGreaterThan(8); // partitions included
    const { rows: columns } = await p.pool.query<{ column_name: string }>("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'");
    expect(columns.map((c) => c.column_name).filter((c) => /name|phone|note|consent/i.test(c) && c !== 'name')).toEqual([]);
    let scanned = 0;
    for (const t of tables) {
      const { rows } = await p.pool.query<{ t: string }>(`SELECT t::text AS t FROM "${t.schema}"."${t.name}" t`);
      for (const r of rows) {
        scanned += 1;
        for (const marker of Object.values(PERSONAL_MARKERS)) expect(r.t).not.toContain(marker);
        expect(r.t).not.toContain('0912345678');
      }
    }
    expect(scanned).toBeGreaterThan(5000);
  });
});
