import type { FeedbackPayload, OutboxRow, SessionPayload, SyncBatchResult, SyncEntity, TicketPayload } from '../../contract/sync';
import type { Pool } from './db';
import type { Partitions } from './db';

/** An expected refusal: an HTTP status and a bilingual message key. */
export class IngestRefusal extends Error {
  constructor(
    readonly status: number,
    readonly messageKey: 'sync.error.point_retired' | 'sync.error.gap' | 'sync.error.token_invalid' | 'sync.error.point_mismatch',
  ) {
    super(messageKey);
  }
}

type Row = OutboxRow;

const rowsOf = <E extends SyncEntity>(rows: Row[], entity: E) => rows.filter((r) => r.entity === entity);

/** One statement per entity: `unnest` of column arrays, upsert that only a higher revision wins. */
const SESSION_UPSERT = `
  INSERT INTO session_fact AS t (point_id, local_id, day, rev, deleted, started_at, finished_at, wait_seconds, service_seconds, services, outcome,
    reason, referral, target_group, age_band, sex, priority, counters, dispatch_reason)
  SELECT $1, u.local_id, u.day, u.rev, u.deleted, u.started_at, u.finished_at, u.wait_seconds, u.service_seconds, COALESCE(u.services::jsonb, '[]'),
    u.outcome, u.reason, u.referral, u.target_group, u.age_band, u.sex, COALESCE(u.priority::jsonb, '[]'), COALESCE(u.counters::jsonb, '{}'), u.dispatch_reason
  FROM unnest($2::bigint[], $3::date[], $4::int[], $5::boolean[], $6::timestamptz[], $7::timestamptz[], $8::int[], $9::int[], $10::text[], $11::text[],
    $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::text[])
    AS u(local_id, day, rev, deleted, started_at, finished_at, wait_seconds, service_seconds, services, outcome, reason, referral, target_group,
      age_band, sex, priority, counters, dispatch_reason)
  ON CONFLICT (point_id, local_id, day) DO UPDATE SET rev = EXCLUDED.rev, deleted = EXCLUDED.deleted, started_at = EXCLUDED.started_at,
    finished_at = EXCLUDED.finished_at, wait_seconds = EXCLUDED.wait_seconds, service_seconds = EXCLUDED.service_seconds, services = EXCLUDED.services,
    outcome = EXCLUDED.outcome, reason = EXCLUDED.reason, referral = EXCLUDED.referral, target_group = EXCLUDED.target_group,
    age_band = EXCLUDED.age_band, sex = EXCLUDED.sex, priority = EXCLUDED.priority, counters = EXCLUDED.counters,
    dispatch_reason = EXCLUDED.dispatch_reason, received_at = now()
  WHERE t.rev < EXCLUDED.rev`;

const TICKET_UPSERT = `
  INSERT INTO ticket_fact AS t (point_id, local_id, day, rev, deleted, issued_at, category, source, status, priority_reason, walkthrough_id,
    step_reached, age_band, called_at, call_count, closed_reason, dispatch_reason)
  SELECT $1, u.* FROM unnest($2::bigint[], $3::date[], $4::int[], $5::boolean[], $6::timestamptz[], $7::text[], $8::text[], $9::text[], $10::text[],
    $11::text[], $12::int[], $13::text[], $14::timestamptz[], $15::int[], $16::text[], $17::text[])
    AS u(local_id, day, rev, deleted, issued_at, category, source, status, priority_reason, walkthrough_id, step_reached, age_band, called_at,
      call_count, closed_reason, dispatch_reason)
  ON CONFLICT (point_id, local_id, day) DO UPDATE SET rev = EXCLUDED.rev, deleted = EXCLUDED.deleted, issued_at = EXCLUDED.issued_at,
    category = EXCLUDED.category, source = EXCLUDED.source, status = EXCLUDED.status, priority_reason = EXCLUDED.priority_reason,
    walkthrough_id = EXCLUDED.walkthrough_id, step_reached = EXCLUDED.step_reached, age_band = EXCLUDED.age_band, called_at = EXCLUDED.called_at,
    call_count = EXCLUDED.call_count, closed_reason = EXCLUDED.closed_reason, dispatch_reason = EXCLUDED.dispatch_reason, received_at = now()
  WHERE t.rev < EXCLUDED.rev`;

const FEEDBACK_UPSERT = `
  INSERT INTO feedback_fact AS t (point_id, local_id, day, rev, deleted, at, rating, walkthrough_id, session_local_id)
  SELECT $1, u.* FROM unnest($2::bigint[], $3::date[], $4::int[], $5::boolean[], $6::timestamptz[], $7::text[], $8::text[], $9::bigint[])
    AS u(local_id, day, rev, deleted, at, rating, walkthrough_id, session_local_id)
  ON CONFLICT (point_id, local_id, day) DO UPDATE SET rev = EXCLUDED.rev, deleted = EXCLUDED.deleted, at = EXCLUDED.at, rating = EXCLUDED.rating,
    walkthrough_id = EXCLUDED.walkthrough_id, session_local_id = EXCLUDED.session_local_id, received_at = now()
  WHERE t.rev < EXCLUDED.rev`;

function columns<T>(rows: Row[], pick: (payload: T | null, row: Row) => unknown[]): unknown[][] {
  const width = pick(null, rows[0]!).length;
  const cols: unknown[][] = Array.from({ length: 4 + width }, () => []);
  for (const r of rows) {
    const values = [r.localId, r.day, r.rev, r.op === 'delete', ...pick(r.op === 'delete' ? null : (r.payload as T), r)];
    values.forEach((v, i) => cols[i]!.push(v));
  }
  return cols;
}

const sessionCols = (rows: Row[]) =>
  columns<SessionPayload>(rows, (p) => [
    p?.startedAt ?? null, p?.finishedAt ?? null, p?.waitSeconds ?? null, p?.serviceSeconds ?? null, p ? JSON.stringify(p.services) : null,
    p?.outcome ?? null, p?.reason ?? null, p?.referral ?? null, p?.targetGroup ?? null, p?.ageBand ?? null, p?.sex ?? null,
    p ? JSON.stringify(p.priority) : null, p ? JSON.stringify(p.counters) : null, p?.dispatchReason ?? null,
  ]);
const ticketCols = (rows: Row[]) =>
  columns<TicketPayload>(rows, (p) => [
    p?.issuedAt ?? null, p?.category ?? null, p?.source ?? null, p?.status ?? null, p?.priorityReason ?? null, p?.walkthroughId ?? null,
    p?.stepReached ?? null, p?.ageBand ?? null, p?.calledAt ?? null, p?.callCount ?? null, p?.closedReason ?? null, p?.dispatchReason ?? null,
  ]);
const feedbackCols = (rows: Row[]) => columns<FeedbackPayload>(rows, (p) => [p?.at ?? null, p?.rating ?? null, p?.walkthroughId ?? null, p?.sessionLocalId ?? null]);

/** Of several rows for one record in a batch, the highest revision (one statement cannot touch a row twice). */
function latestPerRecord(rows: readonly Row[]): Row[] {
  const best = new Map<string, Row>();
  for (const r of rows) {
    const key = `${r.entity}|${r.localId}|${r.day}`;
    const seen = best.get(key);
    if (!seen || r.rev > seen.rev || (r.rev === seen.rev && r.seq > seen.seq)) best.set(key, r);
  }
  return [...best.values()];
}

export interface IngestInput {
  pointId: number;
  /** When given (online batches), the batch's own point id must be the token's point. */
  pointUuid?: string;
  fromSeq: number;
  rows: readonly Row[];
  pendingAfter: number;
  via: 'online' | 'bundle';
  appVersion?: string | undefined;
}

/**
 * The one ingest path, for online batches and USB bundles alike. One PostgreSQL transaction:
 * lock the point's cursor row; refuse a retired point or a gap; skip rows at or below the cursor;
 * upsert the rest so that only a higher revision replaces a stored one; advance the cursor.
 * Replays and stale copies therefore change nothing, and a cut link either committed all of
 * a batch or none of it.
 */
export async function ingest(pool: Pool, partitions: Partitions, input: IngestInput): Promise<SyncBatchResult> {
  await partitions.ensure(pool, input.rows.map((r) => r.day.slice(0, 7)));
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows: found } = await client.query<{ last_seq: string; retired_at: Date | null; point_uuid: string | null }>(
      'SELECT last_seq, retired_at, point_uuid FROM point WHERE id = $1 FOR UPDATE',
      [input.pointId],
    );
    const point = found[0];
    if (!point) throw new IngestRefusal(401, 'sync.error.token_invalid');
    if (point.retired_at) throw new IngestRefusal(403, 'sync.error.point_retired');
    if (input.pointUuid !== undefined && point.point_uuid !== input.pointUuid) throw new IngestRefusal(403, 'sync.error.point_mismatch');
    const lastSeq = Number(point.last_seq);
    if (input.fromSeq > lastSeq + 1) throw new IngestRefusal(409, 'sync.error.gap');
    const fresh = input.rows.filter((r) => r.seq > lastSeq);
    const latest = latestPerRecord(fresh);
    let applied = 0;
    const sessions = rowsOf(latest, 'session');
    const tickets = rowsOf(latest, 'ticket');
    const feedback = rowsOf(latest, 'feedback');
    if (tickets.length) applied += (await client.query(TICKET_UPSERT, [input.pointId, ...ticketCols(tickets)])).rowCount ?? 0;
    if (sessions.length) applied += (await client.query(SESSION_UPSERT, [input.pointId, ...sessionCols(sessions)])).rowCount ?? 0;
    if (feedback.length) applied += (await client.query(FEEDBACK_UPSERT, [input.pointId, ...feedbackCols(feedback)])).rowCount ?? 0;
    const throughSeq = input.rows.length ? input.rows.at(-1)!.seq : lastSeq;
    const newSeq = Math.max(lastSeq, throughSeq);
    // The cursor and the log in one round trip, inside the same transaction as the facts.
    await client.query(
      `WITH cursor AS (
         UPDATE point SET last_seq = $2, last_sync_at = now(), last_sync_via = $3, pending_rows = $4, app_version = COALESCE($5, app_version) WHERE id = $1
       )
       INSERT INTO ingest_log (point_id, via, rows, applied, skipped, from_seq, through_seq) VALUES ($1, $3, $6, $7, $8, $9, $10)`,
      [input.pointId, newSeq, input.via, input.pendingAfter, input.appVersion ?? null, input.rows.length, applied, input.rows.length - applied, input.fromSeq, throughSeq],
    );
    await client.query('COMMIT');
    return { applied, skipped: input.rows.length - applied, lastSeq: newSeq, serverTime: new Date().toISOString() };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
