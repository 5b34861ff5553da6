import { COUNTERS } from '../../contract/codes';
import { computeIndicatorRows, counterIndicatorCode, periodOf, sumIndicatorRows, type IndicatorRow, type PeriodGrain, type SessionFact } from '../../contract/indicators';
import type { Pool } from './db';

import { GROUPINGS, type Grouping } from '../../contract/province-admin';

export { GROUPINGS, type Grouping };

const TRUNC: Record<PeriodGrain, string> = { day: 'day', week: 'week', month: 'month' };

/**
 * The session indicators in families, each needing only a few columns. Grouping a period's facts
 * on one family's columns at a time keeps every result small (a handful of rows per point and
 * period), where grouping on all columns at once returns nearly one row per session.
 */
const FAMILIES: { columns: readonly string[]; indicators: ReadonlySet<string> }[] = [
  { columns: ['services', 'outcome'], indicators: new Set(['visits', 'visits_by_service', 'visits_by_outcome']) },
  { columns: ['target_group'], indicators: new Set(['visits_by_target_group']) },
  { columns: ['age_band', 'sex'], indicators: new Set(['visits_by_age_sex']) },
  { columns: ['priority'], indicators: new Set(['visits_by_priority']) },
  { columns: ['reason', 'referral'], indicators: new Set(['visits_by_reason', 'visits_by_referral']) },
  { columns: ['counters'], indicators: new Set(COUNTERS.map(counterIndicatorCode)) },
];
const FAMILY_COLUMNS = FAMILIES.flatMap((f) => f.columns);
/** GROUPING(…) over FAMILY_COLUMNS: a 1 bit (leftmost column highest) for each column a grouping set leaves out. */
const FAMILY_BY_MASK = new Map(
  FAMILIES.map((f) => [FAMILY_COLUMNS.reduce((mask, c, i) => mask | (f.columns.includes(c) ? 0 : 1 << (FAMILY_COLUMNS.length - 1 - i)), 0), f]),
);

interface FamilyRow {
  point_code: string;
  g: number;
  start: string;
  services?: string[];
  outcome?: string | null;
  target_group?: string | null;
  age_band?: string | null;
  sex?: string | null;
  priority?: string[];
  reason?: string | null;
  referral?: string | null;
  counters?: Record<string, number>;
  n: string;
}

/**
 * Long rows for the province, computed by the same pure function the points use
 * (contract/indicators.ts), over facts that PostgreSQL first groups: identical facts of one
 * point and period become one fact with a count, one indicator family at a time. Tombstoned
 * rows are left out.
 */
export async function provinceIndicatorRows(
  pool: Pool,
  q: { from: string; to: string; grain: PeriodGrain; by: Grouping; pointCodes?: readonly string[] | undefined },
): Promise<IndicatorRow[]> {
  const trunc = TRUNC[q.grain];
  const filter = q.pointCodes?.length ? 'AND p.point_code = ANY($3)' : '';
  const params: unknown[] = [q.from, q.to, ...(q.pointCodes?.length ? [q.pointCodes] : [])];
  const head = (alias: string) => `SELECT p.point_code, to_char(date_trunc('${trunc}', ${alias}.day), 'YYYY-MM-DD') AS start`;
  const cols = FAMILY_COLUMNS.map((c) => `s.${c}`).join(', ');
  const sets = FAMILIES.map((f) => `(${f.columns.map((c) => `s.${c}`).join(', ')})`).join(', ');
  const [sessions, feedback, tickets] = await Promise.all([
    // One scan for every family: GROUPING SETS, one set per family.
    pool.query<FamilyRow>(
      `${head('s')}, ${cols}, GROUPING(${cols}) AS g, count(*) AS n FROM session_fact s JOIN point p ON p.id = s.point_id
       WHERE s.day BETWEEN $1 AND $2 AND NOT s.deleted ${filter} GROUP BY 1, 2, GROUPING SETS (${sets})`,
      params,
    ),
    pool.query<{ point_code: string; start: string; rating: string; n: string }>(
      `${head('f')}, f.rating, count(*) AS n FROM feedback_fact f JOIN point p ON p.id = f.point_id
       WHERE f.day BETWEEN $1 AND $2 AND NOT f.deleted ${filter} GROUP BY 1, 2, 3`,
      params,
    ),
    pool.query<{ point_code: string; start: string; status: string; source: string; n: string }>(
      `${head('t')}, t.status, t.source, count(*) AS n FROM ticket_fact t JOIN point p ON p.id = t.point_id
       WHERE t.day BETWEEN $1 AND $2 AND NOT t.deleted ${filter} GROUP BY 1, 2, 3, 4`,
      params,
    ),
  ]);
  const rows: IndicatorRow[] = [];
  const reported = new Map<string, { pointCode: string; period: string }>();
  const group = <R extends { point_code: string; start: string }>(list: R[]) => {
    const byBucket = new Map<string, { pointCode: string; period: string; rows: R[] }>();
    for (const r of list) {
      const period = periodOf(r.start, q.grain);
      const key = `${r.point_code}|${period}`;
      let b = byBucket.get(key);
      if (!b) byBucket.set(key, (b = { pointCode: r.point_code, period, rows: [] }));
      b.rows.push(r);
      reported.set(key, { pointCode: r.point_code, period });
    }
    return byBucket.values();
  };
  const byFamily = new Map<(typeof FAMILIES)[number], FamilyRow[]>();
  for (const r of sessions.rows) {
    const family = FAMILY_BY_MASK.get(r.g);
    if (!family) throw new Error(`unexpected grouping ${r.g}`);
    let list = byFamily.get(family);
    if (!list) byFamily.set(family, (list = []));
    list.push(r);
  }
  for (const [family, list] of byFamily) {
    for (const b of group(list)) {
      const sessionFacts: SessionFact[] = b.rows.map((r) => ({
        day: r.start,
        services: r.services ?? [],
        outcome: r.outcome ?? null,
        reason: r.reason ?? null,
        referral: r.referral ?? null,
        targetGroup: r.target_group ?? null,
        ageBand: r.age_band ?? null,
        sex: r.sex ?? null,
        priority: r.priority ?? [],
        counters: r.counters ?? {},
        count: Number(r.n),
      }));
      rows.push(...computeIndicatorRows({ pointCode: b.pointCode, period: b.period, sessions: sessionFacts, only: family.indicators }));
    }
  }
  for (const b of group(feedback.rows)) {
    rows.push(...computeIndicatorRows({ pointCode: b.pointCode, period: b.period, sessions: [], feedback: b.rows.map((r) => ({ day: r.start, rating: r.rating, count: Number(r.n) })), only: new Set(['feedback']) }));
  }
  for (const b of group(tickets.rows)) {
    rows.push(...computeIndicatorRows({ pointCode: b.pointCode, period: b.period, sessions: [], tickets: b.rows.map((r) => ({ day: r.start, status: r.status, source: r.source, count: Number(r.n) })), only: new Set(['tickets_by_status']) }));
  }
  // Every point and period that reported anything has its visits row, 0 when no session (as at the point).
  for (const { pointCode, period } of reported.values()) rows.push({ pointCode, period, indicator: 'visits', dimensions: {}, value: 0 });

  const regroup = (r: IndicatorRow) => ({ pointCode: groupCode(r.pointCode, q.by), period: r.period });
  return sumIndicatorRows(rows, regroup).sort((a, b) => a.period.localeCompare(b.period) || a.pointCode.localeCompare(b.pointCode));
}

/** "01-00004-03" → the point, its commune "01-00004", or its province "01". */
export function groupCode(pointCode: string, by: Grouping): string {
  return by === 'point' ? pointCode : by === 'commune' ? pointCode.slice(0, 8) : pointCode.slice(0, 2);
}
