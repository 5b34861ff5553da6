import { OutboxRow, type SyncEntity } from '../../contract/sync';
import type { Db } from '../storage/database';
import { PAYLOAD_SQL } from '../storage/migrations/004-point-identity-and-outbox';

interface RawOutboxRow {
  seq: number;
  entity: SyncEntity;
  local_id: number;
  rev: number;
  day: string;
  op: 'upsert' | 'delete';
  payload: string | null;
}

export interface OutboxSlice {
  rows: OutboxRow[];
  /** The first seq this slice stands for (acked + 1, or the given start). */
  fromSeq: number;
  /** The last seq covered: rows up to it are either in `rows` or superseded by a later row. */
  throughSeq: number;
  /** Rows dropped because even after cleaning they did not fit the wire format (never expected). */
  dropped: number;
}

const CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;
const code = (v: unknown): string | null => (typeof v === 'string' && CODE.test(v) ? v : null);
const codes = (v: unknown): string[] => (Array.isArray(v) ? [...new Set(v.map(code).filter((c): c is string => c !== null))] : []);

/**
 * A hand-edited or older row could hold a value that is not code-shaped; the province would
 * refuse the whole batch, and the point would retry it forever. Such a value goes up as null.
 */
function clean(entity: SyncEntity, payload: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...payload };
  const nullableCodes: Record<SyncEntity, string[]> = {
    session: ['outcome', 'reason', 'referral', 'targetGroup', 'ageBand', 'sex', 'dispatchReason'],
    ticket: ['priorityReason', 'walkthroughId', 'ageBand', 'closedReason', 'dispatchReason'],
    feedback: ['walkthroughId'],
  };
  for (const k of nullableCodes[entity]) out[k] = code(out[k]);
  if (entity === 'session') {
    out.services = codes(out.services);
    out.priority = codes(out.priority);
  }
  if (entity === 'ticket') {
    out.category = code(out.category) ?? 'other';
    out.source = code(out.source) ?? 'desk';
    out.status = code(out.status) ?? 'closed';
  }
  return out;
}

const SELECT_LIVE = `
  SELECT o.seq, o.entity, o.local_id, o.rev, o.day, o.op, o.payload FROM outbox o
  WHERE o.seq >= ? AND NOT EXISTS (SELECT 1 FROM outbox n WHERE n.entity = o.entity AND n.local_id = o.local_id AND n.seq > o.seq)
  ORDER BY o.seq LIMIT ?`;

/**
 * Reads the next rows to send from `fromSeq` on, at most `limit`, skipping any row a later row
 * of the same record supersedes (the province keeps only the highest revision anyway).
 */
export function readOutbox(db: Db, fromSeq: number, limit: number): OutboxSlice {
  const raw = db.prepare(SELECT_LIVE).all(fromSeq, limit) as RawOutboxRow[];
  const rows: OutboxRow[] = [];
  let dropped = 0;
  for (const r of raw) {
    const candidate = {
      seq: r.seq,
      entity: r.entity,
      localId: r.local_id,
      rev: r.rev,
      day: r.day,
      op: r.op,
      payload: r.op === 'delete' || r.payload === null ? null : clean(r.entity, JSON.parse(r.payload) as Record<string, unknown>),
    };
    const parsed = OutboxRow.safeParse(candidate);
    if (parsed.success) rows.push(parsed.data);
    else dropped += 1;
  }
  const throughSeq = raw.length ? raw.at(-1)!.seq : fromSeq - 1;
  return { rows, fromSeq, throughSeq, dropped };
}

export function ackedSeq(db: Db): number {
  return (db.prepare('SELECT acked_seq FROM sync_state WHERE id = 1').get() as { acked_seq: number }).acked_seq;
}

/** Outbox rows not yet safe at the province. */
export function pendingCount(db: Db, afterSeq: number = ackedSeq(db)): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM outbox WHERE seq > ?').get(afterSeq) as { n: number }).n;
}

/** Everything up to `seq` is safe at the province: remember it and let the rows go. */
export function acknowledge(db: Db, seq: number): void {
  db.transaction(() => {
    db.prepare('UPDATE sync_state SET acked_seq = max(acked_seq, ?) WHERE id = 1').run(seq);
    db.prepare('DELETE FROM outbox WHERE seq <= (SELECT acked_seq FROM sync_state WHERE id = 1)').run();
  })();
}

/**
 * Queues every record again at its current revision, after the province lost its copy (a
 * restored backup answers sync.error.gap). Idempotent at the province: equal revisions change nothing
 * there, so the province must have lost them for this to add anything.
 */
export function requeueAll(db: Db): number {
  return db.transaction(() => {
    db.prepare('UPDATE sync_state SET acked_seq = 0 WHERE id = 1').run();
    let n = 0;
    n += db.prepare(`INSERT INTO outbox (entity, local_id, rev, day, op, payload) SELECT 'ticket', id, rev, business_day, 'upsert', ${PAYLOAD_SQL.ticket('t')} FROM tickets t ORDER BY id`).run().changes;
    n += db.prepare(`INSERT INTO outbox (entity, local_id, rev, day, op, payload) SELECT 'session', id, rev, business_day, 'upsert', ${PAYLOAD_SQL.session('s')} FROM sessions s ORDER BY id`).run().changes;
    n += db.prepare(`INSERT INTO outbox (entity, local_id, rev, day, op, payload) SELECT 'feedback', id, rev, business_day, 'upsert', ${PAYLOAD_SQL.feedback('f')} FROM feedback f ORDER BY id`).run().changes;
    return n;
  })();
}
