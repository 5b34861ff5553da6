import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openDatabase } from '../../core/storage/database';
import { readFeedbackRows, readSessionRows } from '../../core/export/session-rows';
import { computeTotals } from '../../core/export/totals';
import { AGE_BANDS, COUNTERS, FEEDBACK_RATINGS, OUTCOMES, PRIORITY_FLAGS, REASON_CODES, REFERRAL_TARGETS, SEXES, TARGET_GROUPS, type Counter } from '../../contract/codes';
import { insertSessions, type SessionSpec } from '../support/session-day';

const DAY = '2026-11-23';
const OPEN_UTC = Date.parse('2026-11-23T00:00:00Z'); // 07:00 in Hà Nội
const SERVICES = ['vneid', 'dvc', 'payments', 'scams', 'other'];
const VOLUNTEERS = ['Minh', 'Lan', 'Hùng', 'Thảo'];

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

/** A realistic day at a point: 0–60 sessions between 07:00 and 17:00, some unfinished, some with gaps in the record. */
const sessionArb = fc
  .record({
    issuedMinute: fc.integer({ min: 0, max: 10 * 60 }),
    waitSeconds: fc.integer({ min: 0, max: 90 * 60 }),
    serviceSeconds: maybe(fc.integer({ min: 60, max: 60 * 60 })),
    desk: fc.constantFrom('Bàn 1', 'Bàn 2'),
    volunteer: maybe(fc.constantFrom(...VOLUNTEERS)),
    services: fc.uniqueArray(fc.constantFrom(...SERVICES), { maxLength: 3 }),
    outcome: maybe(fc.constantFrom(...OUTCOMES)),
    reason: maybe(fc.constantFrom(...REASON_CODES)),
    referral: maybe(fc.constantFrom(...REFERRAL_TARGETS)),
    targetGroup: maybe(fc.constantFrom(...TARGET_GROUPS)),
    ageBand: maybe(fc.constantFrom(...AGE_BANDS)),
    sex: maybe(fc.constantFrom(...SEXES)),
    priority: fc.uniqueArray(fc.constantFrom(...PRIORITY_FLAGS), { maxLength: 2 }),
    counters: fc.record(Object.fromEntries(COUNTERS.map((c) => [c, fc.integer({ min: 0, max: 2 })])) as Record<Counter, fc.Arbitrary<number>>),
    feedback: maybe(fc.constantFrom(...FEEDBACK_RATINGS)),
  });

type Drawn = typeof sessionArb extends fc.Arbitrary<infer T> ? T : never;

function toSpecs(drawn: Drawn[]): SessionSpec[] {
  return drawn.map((d, i) => {
    const issued = OPEN_UTC + d.issuedMinute * 60_000;
    const started = issued + d.waitSeconds * 1000;
    return {
      day: DAY,
      ticketNumber: i + 1,
      desk: d.desk,
      volunteer: d.volunteer,
      issuedAt: new Date(issued).toISOString(),
      startedAt: new Date(started).toISOString(),
      finishedAt: d.serviceSeconds === null ? null : new Date(started + d.serviceSeconds * 1000).toISOString(),
      services: d.services,
      outcome: d.outcome,
      reason: d.reason,
      referral: d.referral,
      targetGroup: d.targetGroup,
      ageBand: d.ageBand,
      sex: d.sex,
      priority: d.priority,
      note: null,
      counters: d.counters,
      feedback: d.feedback,
      visitorName: null,
      visitorPhone: null,
    };
  });
}

/** Nearest rank, written as its definition: the smallest value with at least p·n values at or below it. */
function referencePercentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  let best: number | null = null;
  for (const v of values) {
    let atOrBelow = 0;
    for (const w of values) if (w <= v) atOrBelow++;
    if (atOrBelow >= p * values.length && (best === null || v < best)) best = v;
  }
  return Math.round((best! / 60) * 10) / 10;
}

/** The totals again, by plain loops over what the test itself wrote. */
function reference(specs: SessionSpec[]) {
  const count = (pred: (s: SessionSpec) => boolean) => specs.filter(pred).length;
  const outcomeKey = (s: SessionSpec) => s.outcome ?? 'unrecorded';
  const byService: Record<string, Record<string, number>> = {};
  for (const s of specs) {
    for (const service of s.services.length ? s.services : ['other']) {
      byService[service] ??= {};
      byService[service][outcomeKey(s)] = (byService[service][outcomeKey(s)] ?? 0) + 1;
    }
  }
  const waits = specs.map((s) => (Date.parse(s.startedAt) - Date.parse(s.issuedAt)) / 1000);
  const services = specs.filter((s) => s.finishedAt).map((s) => (Date.parse(s.finishedAt!) - Date.parse(s.startedAt)) / 1000);
  let volunteerMs = 0;
  for (const v of VOLUNTEERS) {
    const mine = specs.filter((s) => s.volunteer === v);
    if (!mine.length) continue;
    const first = Math.min(...mine.map((s) => Date.parse(s.startedAt)));
    const last = Math.max(...mine.map((s) => Date.parse(s.finishedAt ?? s.startedAt)));
    volunteerMs += last - first;
  }
  const hours = Array.from({ length: 24 }, (_, h) => count((s) => (new Date(s.startedAt).getUTCHours() + 7) % 24 === h));
  return {
    sessions: specs.length,
    byService,
    byOutcome: Object.fromEntries([...OUTCOMES, 'unrecorded'].map((o) => [o, count((s) => outcomeKey(s) === o)])),
    ageSex: Object.fromEntries([...AGE_BANDS, 'unknown'].map((a) => [a, Object.fromEntries([...SEXES, 'unknown'].map((x) => [x, count((s) => (s.ageBand ?? 'unknown') === a && (s.sex ?? 'unknown') === x)]))])),
    priority: Object.fromEntries([...PRIORITY_FLAGS.map((p) => [p, count((s) => s.priority.includes(p))]), ['none', count((s) => s.priority.length === 0)]]),
    targetGroup: Object.fromEntries([...TARGET_GROUPS, 'unknown'].map((g) => [g, count((s) => (s.targetGroup ?? 'unknown') === g)])),
    counters: Object.fromEntries(COUNTERS.map((c) => [c, specs.reduce((n, s) => n + (s.counters[c] ?? 0), 0)])),
    referrals: Object.fromEntries(REFERRAL_TARGETS.map((r) => [r, count((s) => s.referral === r)])),
    reasons: Object.fromEntries(REASON_CODES.map((r) => [r, count((s) => s.reason === r)])),
    waiting: { count: waits.length, median: referencePercentile(waits, 0.5), p90: referencePercentile(waits, 0.9) },
    service: { count: services.length, median: referencePercentile(services, 0.5), p90: referencePercentile(services, 0.9) },
    volunteersOnDuty: new Set(specs.map((s) => s.volunteer).filter(Boolean)).size,
    volunteerHours: Math.round((volunteerMs / 3_600_000) * 10) / 10,
    feedback: Object.fromEntries(FEEDBACK_RATINGS.map((f) => [f, count((s) => s.feedback === f)])),
    byHour: hours,
  };
}

describe('summary totals', () => {
  it('match an independent reference over generated days of sessions', () => {
    fc.assert(
      fc.property(fc.array(sessionArb, { maxLength: 60 }), (drawn) => {
        const specs = toSpecs(drawn);
        const db = openDatabase(':memory:');
        try {
          insertSessions(db, specs);
          const t = computeTotals({ from: DAY, to: DAY, rows: readSessionRows(db, DAY, DAY), feedback: readFeedbackRows(db, DAY, DAY), timeZone: 'Asia/Ho_Chi_Minh', serviceLabel: (id) => ({ vi: id, en: id }) });
          const ref = reference(specs);
          expect(t.sessions).toBe(ref.sessions);
          expect(Object.fromEntries(t.byServiceOutcome.map((r) => [r.service, Object.fromEntries(Object.entries(r.byOutcome).filter(([, n]) => n > 0))]))).toEqual(ref.byService);
          for (const r of t.byServiceOutcome) expect(r.total).toBe(Object.values(r.byOutcome).reduce((a, b) => a + b, 0));
          expect(t.byOutcome).toEqual(ref.byOutcome);
          expect(Object.fromEntries(t.byAgeSex.map((r) => [r.ageBand, r.bySex]))).toEqual(ref.ageSex);
          expect(t.byPriority).toEqual(ref.priority);
          expect(t.byTargetGroup).toEqual(ref.targetGroup);
          expect(t.counters).toEqual(ref.counters);
          expect(t.referrals).toEqual(ref.referrals);
          expect(t.reasons).toEqual(ref.reasons);
          expect(t.waiting).toEqual(ref.waiting);
          expect(t.service).toEqual(ref.service);
          expect(t.volunteersOnDuty).toBe(ref.volunteersOnDuty);
          expect(t.volunteerHours).toBe(ref.volunteerHours);
          expect(t.feedback).toEqual(ref.feedback);
          expect(t.byHour).toEqual(ref.byHour);
          expect(t.byDay).toEqual([{ day: DAY, sessions: ref.sessions }]);
        } finally {
          db.close();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('count a range day by day, including days with no sessions', () => {
    const t = computeTotals({ from: '2026-11-28', to: '2026-12-02', rows: [], feedback: [], timeZone: 'Asia/Ho_Chi_Minh', serviceLabel: (id) => ({ vi: id, en: id }) });
    expect(t.byDay.map((d) => d.day)).toEqual(['2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
    expect(t.waiting).toEqual({ count: 0, median: null, p90: null });
  });
});
