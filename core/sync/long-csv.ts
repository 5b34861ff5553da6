import { computeIndicatorRows, periodOf, sumIndicatorRows, toLongCsv, type IndicatorRow, type PeriodGrain, type SessionFact, type TicketFact } from '../../contract/indicators';
import { addDays } from '../../contract/calendar';
import type { Db } from '../storage/database';
import { readFeedbackRows, readSessionRows } from '../export/session-rows';

/** A session row as the indicators see it: categories only. */
export function sessionFactOf(row: ReturnType<typeof readSessionRows>[number]): SessionFact {
  return {
    day: row.day,
    services: row.services,
    outcome: row.outcome,
    reason: row.reason,
    referral: row.referral,
    targetGroup: row.targetGroup,
    ageBand: row.ageBand,
    sex: row.sex,
    priority: row.priority,
    counters: row.counters,
  };
}

/**
 * The point's long-format indicator rows for the local days `from`…`to`, one set per period of
 * `grain` (DHIS2 period codes). The province computes its rows with the same function.
 */
export function pointIndicatorRows(db: Db, input: { pointCode: string; from: string; to: string; grain: PeriodGrain }): IndicatorRow[] {
  const sessions = readSessionRows(db, input.from, input.to);
  const feedback = readFeedbackRows(db, input.from, input.to);
  const tickets = db
    .prepare('SELECT business_day AS day, status, source FROM tickets WHERE business_day BETWEEN ? AND ?')
    .all(input.from, input.to) as TicketFact[];
  const periods = new Map<string, { sessions: SessionFact[]; feedback: { day: string; rating: string }[]; tickets: TicketFact[] }>();
  const bucket = (day: string) => {
    const p = periodOf(day, input.grain);
    let b = periods.get(p);
    if (!b) periods.set(p, (b = { sessions: [], feedback: [], tickets: [] }));
    return b;
  };
  // Every period of the range has its rows, a quiet one too: `visits` 0 says "reported, nothing happened".
  for (let day = input.from; day <= input.to; day = addDays(day, 1)) bucket(day);
  for (const s of sessions) bucket(s.day).sessions.push(sessionFactOf(s));
  for (const f of feedback) bucket(f.day).feedback.push(f);
  for (const t of tickets) bucket(t.day).tickets.push(t);
  const rows: IndicatorRow[] = [];
  for (const [period, b] of [...periods].sort(([a], [b]) => a.localeCompare(b))) {
    rows.push(...computeIndicatorRows({ pointCode: input.pointCode, period, ...b }));
  }
  return sumIndicatorRows(rows);
}

/**
 * The "long CSV" staff export next to today's files.
 * @public the point's staff export offers it (issue 14, at the point).
 */
export function pointLongCsv(db: Db, input: { pointCode: string; from: string; to: string; grain: PeriodGrain }): string {
  return toLongCsv(pointIndicatorRows(db, input));
}
