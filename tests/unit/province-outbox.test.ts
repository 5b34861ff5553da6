import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BundleBody, BundleFile, OutboxRow, SyncBatch } from '../../contract/sync';
import { openDatabase, type Db } from '../../core/storage/database';
import { makeBundle, writeBundle } from '../../core/sync/bundle';
import { pointIdentity } from '../../core/sync/identity';
import { acknowledge, pendingCount, readOutbox, requeueAll } from '../../core/sync/outbox';
import { saveEnrolment, syncStatus } from '../../core/sync/state';
import { SyncUploader } from '../../core/sync/uploader';
import { PERSONAL_MARKERS, simulatePoint } from '../../bench/point-sim';

const dbs: Db[] = [];
const fresh = () => {
  const db = openDatabase(':memory:');
  dbs.push(db);
  return db;
};
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

const outbox = (db: Db) => db.prepare('SELECT * FROM outbox ORDER BY seq').all() as { seq: number; entity: string; local_id: number; rev: number; op: string; payload: string | null }[];

describe('point outbox (migration 4)', () => {
  it('gives the point a stable version-4 id and an Ed25519 key pair made on first need', () => {
    const db = fresh();
    const a = pointIdentity(db);
    const b = pointIdentity(db);
    expect(a.pointId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b.pointId).toBe(a.pointId);
    expect(b.publicKey).toBe(a.publicKey);
    const key = crypto.createPublicKey({ key: Buffer.from(a.publicKey, 'base64'), format: 'der', type: 'spki' });
    expect(key.asymmetricKeyType).toBe('ed25519');
  });

  it('writes an outbox row in the same transaction as the change, and none when it rolls back', () => {
    const db = fresh();
    db.prepare("INSERT INTO business_days (day, opened_at) VALUES ('2026-11-23', 'x')").run();
    expect(() =>
      db.transaction(() => {
        db.prepare("INSERT INTO feedback (business_day, at, rating) VALUES ('2026-11-23', '2026-11-23T02:00:00Z', 'helpful')").run();
        expect(outbox(db)).toHaveLength(1);
        throw new Error('power cut');
      })(),
    ).toThrow('power cut');
    expect(outbox(db)).toHaveLength(0);
    expect(db.prepare('SELECT COUNT(*) AS n FROM feedback').get()).toEqual({ n: 0 });
  });

  it('bumps rev on every synced change; carries no name, phone, note or consent time; personal-only updates write nothing', () => {
    const db = fresh();
    simulatePoint(db, { seed: 1, days: ['2026-11-23'], sessionsPerDay: 30, editShare: 0.3 });
    const rows = outbox(db);
    const text = JSON.stringify(rows);
    for (const marker of Object.values(PERSONAL_MARKERS)) expect(text).not.toContain(marker);
    expect(text).not.toMatch(/visitor_name|visitor_phone|consent|"note"/);
    const edited = db.prepare('SELECT id, rev FROM sessions WHERE rev > 2').all() as { id: number; rev: number }[];
    expect(edited.length).toBeGreaterThan(0);
    for (const s of edited) expect(rows.filter((r) => r.entity === 'session' && r.local_id === s.id).map((r) => r.rev)).toEqual(Array.from({ length: s.rev }, (_, i) => i + 1));
    const before = outbox(db).length;
    db.prepare("UPDATE sessions SET visitor_name = NULL, visitor_phone = NULL, note = 'x'").run();
    db.prepare('UPDATE tickets SET visitor_name = NULL, visitor_phone = NULL').run();
    expect(outbox(db)).toHaveLength(before);
    // Every row fits the wire format.
    for (const r of readOutbox(db, 1, 10_000).rows) expect(OutboxRow.safeParse(r).success).toBe(true);
  });

  it('writes tombstones when the retention job deletes', () => {
    const db = fresh();
    simulatePoint(db, { seed: 2, days: ['2026-11-23'], sessionsPerDay: 5 });
    const sessions = db.prepare('SELECT id, rev FROM sessions').all() as { id: number; rev: number }[];
    db.prepare('DELETE FROM feedback').run();
    db.prepare('DELETE FROM sessions').run();
    const tombstones = outbox(db).filter((r) => r.op === 'delete' && r.entity === 'session');
    expect(tombstones.map((t) => [t.local_id, t.rev])).toEqual(sessions.map((s) => [s.id, s.rev + 1]));
    expect(tombstones.every((t) => t.payload === null)).toBe(true);
  });

  it('reads batches that skip superseded rows, and acknowledging lets rows go', () => {
    const db = fresh();
    simulatePoint(db, { seed: 3, days: ['2026-11-23', '2026-11-24'], sessionsPerDay: 50 });
    const total = pendingCount(db);
    const first = readOutbox(db, 1, 100);
    expect(first.rows.length).toBeLessThanOrEqual(100);
    // Only the newest row of each record is sent.
    const all = readOutbox(db, 1, 100_000).rows;
    expect(new Set(all.map((r) => `${r.entity}|${r.localId}`)).size).toBe(all.length);
    acknowledge(db, first.throughSeq);
    expect(pendingCount(db)).toBe(outbox(db).length);
    expect(pendingCount(db)).toBeLessThan(total);
    expect(outbox(db)[0]!.seq).toBe(first.throughSeq + 1);
    expect(requeueAll(db)).toBeGreaterThan(0);
    expect(pendingCount(db)).toBeGreaterThan(0);
  });

  it('signs a USB bundle with the point key: the body verifies, a changed byte does not', () => {
    const db = fresh();
    simulatePoint(db, { seed: 4, days: ['2026-11-23'], sessionsPerDay: 10 });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dhp-bundle-'));
    try {
      const written = writeBundle(db, dir);
      const file = BundleFile.parse(JSON.parse(fs.readFileSync(written.file, 'utf8')));
      const body = BundleBody.parse(JSON.parse(file.body));
      expect(body.rows.length).toBe(written.rows);
      expect(body.fromSeq).toBe(1);
      const key = crypto.createPublicKey({ key: Buffer.from(pointIdentity(db).publicKey, 'base64'), format: 'der', type: 'spki' });
      expect(crypto.verify(null, Buffer.from(file.body), key, Buffer.from(file.signature, 'base64'))).toBe(true);
      expect(crypto.verify(null, Buffer.from(file.body.replace('"done"', '"no-show"')), key, Buffer.from(file.signature, 'base64'))).toBe(false);
      expect(fs.readdirSync(dir).filter((n) => n.endsWith('.part'))).toEqual([]);
      // Bundles leave the rows pending; an incremental one starts after the last.
      simulatePoint(db, { seed: 5, days: ['2026-11-24'], sessionsPerDay: 2 });
      expect(makeBundle(db, { mode: 'since-last-bundle' }).fromSeq).toBe(written.throughSeq + 1);
      expect(makeBundle(db).fromSeq).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('uploader', () => {
  const enrolled = () => {
    const db = fresh();
    saveEnrolment(db, { serverUrl: 'https://province.example/', token: 't', pointCode: '01-00004-01', provinceCode: '01', communeCode: '00004', label: '' }, '2026-11-23T00:00:00Z');
    simulatePoint(db, { seed: 9, days: ['2026-11-23'], sessionsPerDay: 120 });
    return db;
  };

  it('says "not enrolled" before enrolment, and backs off exponentially with jitter within bounds', async () => {
    const db = fresh();
    const up = new SyncUploader(db, { baseBackoffMs: 1000, maxBackoffMs: 60_000, random: () => 0.5 });
    expect((await up.runOnce()).error).toBe('sync.error.not_enrolled');
    expect([1, 2, 3, 4, 10].map((n) => up.backoffMs(n))).toEqual([1000, 2000, 4000, 8000, 60_000]);
    const jittery = new SyncUploader(db, { baseBackoffMs: 1000, jitter: 0.2, random: () => 0 });
    expect(jittery.backoffMs(1)).toBe(800);
  });

  it('sends batches (never over 500) in order, records success and what is pending', async () => {
    const db = enrolled();
    const seen: SyncBatch[] = [];
    const fetchStub: typeof fetch = async (_url, init) => {
      const batch = SyncBatch.parse(JSON.parse(String(init!.body)));
      seen.push(batch);
      return new Response(JSON.stringify({ applied: batch.rows.length, skipped: 0, lastSeq: batch.rows.at(-1)!.seq, serverTime: '' }), { status: 200 });
    };
    const up = new SyncUploader(db, { fetch: fetchStub, batchSize: 100 });
    const r = await up.runOnce();
    expect(r.error).toBeNull();
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((b) => b.rows.length <= 100)).toBe(true);
    expect(new SyncUploader(db, { batchSize: 10_000 })['o'].batchSize).toBe(500);
    expect(seen[1]!.fromSeq).toBe(seen[0]!.rows.at(-1)!.seq + 1);
    expect(up.status()).toMatchObject({ enrolled: true, pending: 0, lastError: null });
    expect(up.status().lastSuccessAt).not.toBeNull();
  });

  it('records the last error with a bilingual message, keeps the rows, and refuses to hammer a server that said no', async () => {
    const db = enrolled();
    const pending = pendingCount(db);
    const down = new SyncUploader(db, { fetch: async () => Promise.reject(new TypeError('fetch failed')), baseBackoffMs: 1000 });
    expect((await down.runOnce()).error).toBe('sync.error.unreachable');
    const s = syncStatus(db);
    expect(s.pending).toBe(pending);
    expect(s.lastError).toMatchObject({ messageKey: 'sync.error.unreachable', message: { vi: expect.stringContaining('Không kết nối'), en: expect.stringContaining('Cannot reach') } });
    const retired = new SyncUploader(db, {
      fetch: async () => new Response(JSON.stringify({ error: { messageKey: 'sync.error.point_retired' } }), { status: 403 }),
      maxBackoffMs: 3_600_000,
    });
    expect((await retired.runOnce()).error).toBe('sync.error.point_retired');
    const next = Date.parse(syncStatus(db).nextAttemptAt!);
    expect(next - Date.now()).toBeGreaterThan(3_000_000);
  });
});
