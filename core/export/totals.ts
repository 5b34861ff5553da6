import { AGE_BANDS, COUNTERS, FEEDBACK_RATINGS, OUTCOMES, PRIORITY_FLAGS, REASON_CODES, REFERRAL_TARGETS, SEXES, TARGET_GROUPS } from '../../contract/codes';
import type { AgeSexRow, Percentiles, ServiceOutcomeRow, Totals } from '../../contract/staff-dto';
import type { FeedbackRow, SessionLogRow } from './session-rows';
import { daysBetween, localHour } from '../../contract/calendar';

export interface TotalsInput {
  from: string;
  to: string;
  rows: readonly SessionLogRow[];
  feedback: readonly FeedbackRow[];
  timeZone: string;
  serviceLabel(id: string): { vi: string; en: string };
}

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const oneOf = <K extends string>(keys: readonly K[], value: string | null, fallback: K): K => (value !== null && (keys as readonly string[]).includes(value) ? (value as K) : fallback);

/**
 * Everything the ward report adds up, from the session rows alone. Pure: the
 * dashboard, the XLSX totals sheet and the printable summary all call it.
 */
export function computeTotals(input: TotalsInput): Totals {
  const { rows } = input;
  const outcomeKeys = [...OUTCOMES, 'unrecorded'] as const;
  const byOutcome = zeroes(outcomeKeys);
  const services = new Map<string, ServiceOutcomeRow>();
  const ageKeys = [...AGE_BANDS, 'unknown'] as const;
  const sexKeys = [...SEXES, 'unknown'] as const;
  const byAgeSex = new Map<string, AgeSexRow>(ageKeys.map((a) => [a, { ageBand: a, bySex: zeroes(sexKeys), total: 0 }]));
  const byPriority = zeroes([...PRIORITY_FLAGS, 'none'] as const);
  const byTargetGroup = zeroes([...TARGET_GROUPS, 'unknown'] as const);
  const counters = zeroes(COUNTERS);
  const referrals = zeroes(REFERRAL_TARGETS);
  const reasons = zeroes(REASON_CODES);
  const byHour = Array.from({ length: 24 }, () => 0);
  const perDay = new Map<string, number>();
  const waits: number[] = [];
  const serviceTimes: number[] = [];
  const shifts = new Map<string, { start: number; end: number }>();

  for (const row of rows) {
    const outcome = oneOf(outcomeKeys, row.outcome, 'unrecorded');
    byOutcome[outcome] += 1;
    for (const service of new Set(row.services.length ? row.services : ['other'])) {
      let entry = services.get(service);
      if (!entry) {
        entry = { service, label: input.serviceLabel(service), byOutcome: zeroes(outcomeKeys), total: 0 };
        services.set(service, entry);
      }
      entry.byOutcome[outcome] += 1;
      entry.total += 1;
    }
    const age = byAgeSex.get(oneOf(ageKeys, row.ageBand, 'unknown'))!;
    age.bySex[oneOf(sexKeys, row.sex, 'unknown')] += 1;
    age.total += 1;
    const flags = new Set(row.priority.filter((f) => (PRIORITY_FLAGS as readonly string[]).includes(f)));
    if (flags.size === 0) byPriority.none += 1;
    for (const f of flags) byPriority[f] += 1;
    byTargetGroup[oneOf([...TARGET_GROUPS, 'unknown'] as const, row.targetGroup, 'unknown')] += 1;
    for (const c of COUNTERS) counters[c] += row.counters[c] ?? 0;
    if (row.referral && row.referral in referrals) referrals[row.referral] += 1;
    if (row.reason && row.reason in reasons) reasons[row.reason] += 1;
    if (row.waitSeconds !== null) waits.push(row.waitSeconds);
    if (row.serviceSeconds !== null) serviceTimes.push(row.serviceSeconds);
    byHour[localHour(row.startedAt, input.timeZone)]! += 1;
    perDay.set(row.day, (perDay.get(row.day) ?? 0) + 1);
    if (row.volunteerId !== null) {
      const start = Date.parse(row.startedAt);
      const end = row.finishedAt ? Date.parse(row.finishedAt) : start + (row.serviceSeconds ?? 0) * 1000;
      const key = `${row.volunteerId}|${row.day}`;
      const shift = shifts.get(key);
      if (!shift) shifts.set(key, { start, end: Math.max(start, end) });
      else {
        shift.start = Math.min(shift.start, start);
        shift.end = Math.max(shift.end, end);
      }
    }
  }

  const feedback = zeroes(FEEDBACK_RATINGS);
  for (const f of input.feedback) if (f.rating in feedback) feedback[f.rating] += 1;
  const volunteerMs = [...shifts.values()].reduce((sum, s) => sum + (s.end - s.start), 0);

  return {
    from: input.from,
    to: input.to,
    sessions: rows.length,
    byServiceOutcome: [...services.values()].sort((a, b) => b.total - a.total || a.service.localeCompare(b.service)),
    byOutcome,
    byAgeSex: [...byAgeSex.values()],
    byPriority,
    byTargetGroup,
    counters,
    referrals,
    reasons,
    waiting: percentiles(waits),
    service: percentiles(serviceTimes),
    volunteersOnDuty: new Set(rows.map((r) => r.volunteerId).filter((v) => v !== null)).size,
    volunteerHours: Math.round((volunteerMs / 3_600_000) * 10) / 10,
    feedback,
    byHour,
    byDay: daysBetween(input.from, input.to).map((day) => ({ day, sessions: perDay.get(day) ?? 0 })),
  };
}

/** Median and 90th percentile by the nearest-rank method, in minutes with one decimal. */
export function percentiles(seconds: readonly number[]): Percentiles {
  if (seconds.length === 0) return { count: 0, median: null, p90: null };
  const sorted = [...seconds].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
  const minutes = (s: number) => Math.round((s / 60) * 10) / 10;
  return { count: sorted.length, median: minutes(rank(0.5)), p90: minutes(rank(0.9)) };
}
