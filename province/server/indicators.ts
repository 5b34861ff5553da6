import { COUNTERS } from '../../contract/codes';
import { computeIndicatorRows, counterIndicatorCode, periodOf, sumIndicatorRows, type IndicatorRow, type PeriodGrain, type SessionFact } from '../../contract/indicators';
import type { Pool } from './db';

import { GROUPINGS, type Grouping } from '../../contract/province-admin';

export { GROUPINGS, type Grouping };

const TRUNC: Record<PeriodGrain, string> = { day: 'day', week: 'week', month: 'month' };

/**
 * The session indicators in families, each needing only a few columns. PostgreSQL groups a
 * period's facts on each family's columns (one scan, GROUPING SETS), which keeps every result
 * small, where grouping on all columns at once returns nearly one row per session. Lists are
 * grouped as their jsonb text (equal lists have equal text). Counters are summed per counter.
 */
const FAMILIES: { columns: readonly { name: string; expr: string }[]; indicators: ReadonlySet<string> }[] = [
  { columns: [{ name: 'services', expr: 's.services::text' }, { name: 'outcome', expr: 's.outcome' }], indicators: new Set(['visits', 'visits_by_service', 'visits_by_outcome']) },
  { columns: [{ name: 'target_group', expr: 's.target_group' }], indicators: new Set(['visits_by_target_group']) },
  { columns: [{ name: 'age_band', expr: 's.age_band' }, { name: 'sex', expr: 's.sex' }], indicators: new Set(['visits_by_age_sex']) },
  { columns: [{ name: 'priority', expr: 's.priority::text' }], indicators: new Set(['visits_by_priority']) },
  { columns: [{ name: 'reason', expr: 's.reason' }, { name: 'referral', expr: 's.referral' }], indicators: new Set(['visits_by_reason', 'visits_by_referral']) },
];
const COUNTER_INDICATORS: ReadonlySet<string> = new Set(COUNTERS.map(counterIndicatorCode));
const FAMILY_COLUMNS = FAMILIES.flatMap((f) => f.columns);
/** GROUPING(…) over FAMILY_COLUMNS: a 1 bit (leftmost column highest) for each column a grouping set leaves out. */
const FAMILY_BY_MASK = new Map(
  FAMILIES.map((f) => [FAMILY_COLUMNS.reduce((mask, c, i) => mask | (f.columns.includes(c) ? 0 : 1 << (FAMILY_COLUMNS.length - 1 - i)), 0), f]),
);

interface FamilyRow {
  point_code: string;
  start: string;
  g: number;
  services: string | null;
  outcome: string | null;
  target_group: string | null;
  age_band: string | null;
  sex: string | null;
  priority: string | null;
  reason: string | null;
  referral: string | null;
  n: string;
}

const list = (text: string | null): string[] => (text ? (JSON.parse(text) as string[]) : []);

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
  const exprs = FAMILY_COLUMNS.map((c) => c.expr).join(', ');
  const named = FAMILY_COLUMNS.map((c) => `${c.expr} AS ${c.name}`).join(', ');
  const sets = FAMILIES.map((f) => `(${f.columns.map((c) => c.expr).join(', ')})`).join(', ');

  // One read-only transaction with room to hash the groups in memory (no sorting to disk) and no JIT
  // (compiling costs more than it saves on these queries).
  const client = await pool.connect();
  let sessions, counters, feedback, tickets;
  try {
    await client.query('BEGIN READ ONLY');
    await client.query("SET LOCAL work_mem = '64MB'");
    await client.query('SET LOCAL jit = off');
    sessions = await client.query<FamilyRow>(
      `${head('s')}, ${named}, GROUPING(${exprs}) AS g, count(*) AS n FROM session_fact s JOIN point p ON p.id = s.point_id
       WHERE s.day BETWEEN $1 AND $2 AND NOT s.deleted ${filter} GROUP BY 1, 2, GROUPING SETS (${sets})`,
      params,
    );
    counters = await client.query<{ point_code: string; start: string; counter: string; v: string }>(
      `${head('s')}, c.key AS counter, sum(c.value::int) AS v FROM session_fact s JOIN point p ON p.id = s.point_id
       CROSS JOIN LATERAL jsonb_each_text(s.counters) c
       WHERE s.day BETWEEN $1 AND $2 AND NOT s.deleted AND c.value <> '0' ${filter} GROUP BY 1, 2, 3`,
      params,
    );
    feedback = await client.query<{ point_code: string; start: string; rating: string; n: string }>(
      `${head('f')}, f.rating, count(*) AS n FROM feedback_fact f JOIN point p ON p.id = f.point_id
       WHERE f.day BETWEEN $1 AND $2 AND NOT f.deleted ${filter} GROUP BY 1, 2, 3`,
      params,
    );
    tickets = await client.query<{ point_code: string; start: string; status: string; source: string; n: string }>(
      `${head('t')}, t.status, t.source, count(*) AS n FROM ticket_fact t JOIN point p ON p.id = t.point_id
       WHERE t.day BETWEEN $1 AND $2 AND NOT t.deleted ${filter} GROUP BY 1, 2, 3, 4`,
      params,
    );
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }

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
  const none = { services: [], outcome: null, reason: null, referral: null, targetGroup: null, ageBand: null, sex: null, priority: [], counters: {} } satisfies Omit<SessionFact, 'day'>;

  const byFamily = new Map<(typeof FAMILIES)[number], FamilyRow[]>();
  for (const r of sessions.rows) {
    const family = FAMILY_BY_MASK.get(r.g);
    if (!family) throw new Error(`unexpected grouping ${r.g}`);
    let rowsOf = byFamily.get(family);
    if (!rowsOf) byFamily.set(family, (rowsOf = []));
    rowsOf.push(r);
  }
  for (const [family, familyRows] of byFamily) {
    for (const b of group(familyRows)) {
      const facts: SessionFact[] = b.rows.map((r) => ({
        day: r.start,
        services: list(r.services),
        outcome: r.outcome,
        reason: r.reason,
        referral: r.referral,
        targetGroup: r.target_group,
        ageBand: r.age_band,
        sex: r.sex,
        priority: list(r.priority),
        counters: {},
        count: Number(r.n),
      }));
      rows.push(...computeIndicatorRows({ pointCode: b.pointCode, period: b.period, sessions: facts, only: family.indicators }));
    }
  }
  // Counters: one fact per point and period carrying the sums (count 1), so value × count is the sum.
  for (const b of group(counters.rows)) {
    const sums = Object.fromEntries(b.rows.map((r) => [r.counter, Number(r.v)]));
    rows.push(...computeIndicatorRows({ pointCode: b.pointCode, period: b.period, sessions: [{ day: b.rows[0]!.start, ...none, counters: sums, count: 1 }], only: COUNTER_INDICATORS }));
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
