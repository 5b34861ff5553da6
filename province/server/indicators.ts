import { computeIndicatorRows, periodOf, sumIndicatorRows, type IndicatorRow, type PeriodGrain, type SessionFact } from '../../contract/indicators';
import type { Pool } from './db';

import { GROUPINGS, type Grouping } from '../../contract/province-admin';

export { GROUPINGS, type Grouping };

const TRUNC: Record<PeriodGrain, string> = { day: 'day', week: 'week', month: 'month' };

interface CubeRow {
  point_code: string;
  start: string;
  services: string[];
  outcome: string | null;
  reason: string | null;
  referral: string | null;
  target_group: string | null;
  age_band: string | null;
  sex: string | null;
  priority: string[];
  counters: Record<string, number>;
  n: string;
}

/**
 * Long rows for the province, computed by the same pure function the points use
 * (contract/indicators.ts), over facts that PostgreSQL first groups: identical facts of one
 * point and period become one fact with a count. Tombstoned rows are left out.
 */
export async function provinceIndicatorRows(
  pool: Pool,
  q: { from: string; to: string; grain: PeriodGrain; by: Grouping; pointCodes?: readonly string[] | undefined },
): Promise<IndicatorRow[]> {
  const trunc = TRUNC[q.grain];
  const filter = q.pointCodes?.length ? 'AND p.point_code = ANY($3)' : '';
  const params: unknown[] = [q.from, q.to, ...(q.pointCodes?.length ? [q.pointCodes] : [])];
  const [sessions, feedback, tickets] = await Promise.all([
    pool.query<CubeRow>(
      `SELECT p.point_code, to_char(date_trunc('${trunc}', s.day), 'YYYY-MM-DD') AS start, s.services, s.outcome, s.reason, s.referral, s.target_group,
              s.age_band, s.sex, s.priority, s.counters, count(*) AS n
       FROM session_fact s JOIN point p ON p.id = s.point_id
       WHERE s.day BETWEEN $1 AND $2 AND NOT s.deleted ${filter}
       GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11`,
      params,
    ),
    pool.query<{ point_code: string; start: string; rating: string; n: string }>(
      `SELECT p.point_code, to_char(date_trunc('${trunc}', f.day), 'YYYY-MM-DD') AS start, f.rating, count(*) AS n
       FROM feedback_fact f JOIN point p ON p.id = f.point_id
       WHERE f.day BETWEEN $1 AND $2 AND NOT f.deleted ${filter} GROUP BY 1, 2, 3`,
      params,
    ),
    pool.query<{ point_code: string; start: string; status: string; source: string; n: string }>(
      `SELECT p.point_code, to_char(date_trunc('${trunc}', t.day), 'YYYY-MM-DD') AS start, t.status, t.source, count(*) AS n
       FROM ticket_fact t JOIN point p ON p.id = t.point_id
       WHERE t.day BETWEEN $1 AND $2 AND NOT t.deleted ${filter} GROUP BY 1, 2, 3, 4`,
      params,
    ),
  ]);
  type Bucket = { pointCode: string; period: string; sessions: SessionFact[]; feedback: { day: string; rating: string; count: number }[]; tickets: { day: string; status: string; source: string; count: number }[] };
  const buckets = new Map<string, Bucket>();
  const bucket = (pointCode: string, start: string) => {
    const period = periodOf(start, q.grain);
    const key = `${pointCode}|${period}`;
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = { pointCode, period, sessions: [], feedback: [], tickets: [] }));
    return b;
  };
  for (const r of sessions.rows) {
    bucket(r.point_code, r.start).sessions.push({
      day: r.start,
      services: r.services,
      outcome: r.outcome,
      reason: r.reason,
      referral: r.referral,
      targetGroup: r.target_group,
      ageBand: r.age_band,
      sex: r.sex,
      priority: r.priority,
      counters: r.counters,
      count: Number(r.n),
    });
  }
  for (const r of feedback.rows) bucket(r.point_code, r.start).feedback.push({ day: r.start, rating: r.rating, count: Number(r.n) });
  for (const r of tickets.rows) bucket(r.point_code, r.start).tickets.push({ day: r.start, status: r.status, source: r.source, count: Number(r.n) });

  const rows: IndicatorRow[] = [];
  for (const b of buckets.values()) rows.push(...computeIndicatorRows(b));
  const regroup = (r: IndicatorRow) => ({ pointCode: groupCode(r.pointCode, q.by), period: r.period });
  return sumIndicatorRows(rows, regroup).sort((a, b) => a.period.localeCompare(b.period) || a.pointCode.localeCompare(b.pointCode));
}

/** "01-00004-03" → the point, its commune "01-00004", or its province "01". */
export function groupCode(pointCode: string, by: Grouping): string {
  return by === 'point' ? pointCode : by === 'commune' ? pointCode.slice(0, 8) : pointCode.slice(0, 2);
}
