import { describe, expect, it } from 'vitest';
import { CODE_LABELS, COUNTERS } from '../../contract/codes';
import {
  computeIndicatorRows,
  counterIndicatorCode,
  DIMENSIONS,
  formatDimensions,
  indicatorRowsFromTotals,
  INDICATORS,
  parseDimensions,
  periodOf,
  sumIndicatorRows,
  toLongCsv,
  type SessionFact,
} from '../../contract/indicators';
import { openDatabase } from '../../core/storage/database';
import { computeTotals } from '../../core/export/totals';
import { readFeedbackRows, readSessionRows } from '../../core/export/session-rows';
import { pointIndicatorRows, sessionFactOf } from '../../core/sync/long-csv';
import { dayRange, simulatePoint } from '../../bench/point-sim';

const key = (r: { pointCode: string; period: string; indicator: string; dimensions: Record<string, string> }) => `${r.pointCode}|${r.period}|${r.indicator}|${formatDimensions(r.dimensions)}`;
const asMap = (rows: { pointCode: string; period: string; indicator: string; dimensions: Record<string, string>; value: number }[]) =>
  new Map(rows.filter((r) => r.value !== 0).map((r) => [key(r), r.value]));

describe('indicator dictionary', () => {
  it('has one indicator per counter, named from the code lists, and every unit is visits (lượt)', () => {
    const codes = INDICATORS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of COUNTERS) {
      const def = INDICATORS.find((d) => d.code === counterIndicatorCode(c))!;
      expect(def.name).toEqual(CODE_LABELS.counter[c]);
    }
    expect(codes).toEqual(expect.arrayContaining(['visits', 'visits_by_service', 'visits_by_target_group', 'visits_by_age_sex', 'visits_by_priority', 'vneid_activated', 'public_service_submitted', 'feedback']));
    for (const d of INDICATORS) {
      expect(d.unit).toEqual({ code: 'visit', vi: 'lượt', en: 'visits' });
      expect(d.name.vi).not.toMatch(/\bngười\b(?! dân)/);
      expect(d.definition.vi.length).toBeGreaterThan(10);
      expect(d.definition.en.length).toBeGreaterThan(10);
      for (const dim of d.dimensions) expect(DIMENSIONS[dim]).toBeDefined();
    }
    expect(DIMENSIONS.age_band.values!.map((v) => v.code)).toEqual([...Object.keys(CODE_LABELS.ageBand), 'unknown']);
  });

  it('names periods as DHIS2 does', () => {
    expect(periodOf('2026-11-23', 'day')).toBe('20261123');
    expect(periodOf('2026-11-23', 'month')).toBe('202611');
    expect(periodOf('2026-11-23', 'week')).toBe('2026W48');
    expect(periodOf('2027-01-01', 'week')).toBe('2026W53'); // a Friday: ISO week of the previous year
    expect(periodOf('2024-12-30', 'week')).toBe('2025W1');
  });

  it('counts a two-service visit under both services, a no-flag visit as "none", and keeps visits at 0', () => {
    const fact: SessionFact = { day: '2026-11-23', services: ['a', 'b'], outcome: 'referred', reason: 'no-otp', referral: 'bank', targetGroup: null, ageBand: '60-69', sex: 'female', priority: [], counters: { vneidActivated: 1 } };
    const rows = computeIndicatorRows({ pointCode: '01-00004-01', period: '20261123', sessions: [fact, { ...fact, count: 2 }] });
    const m = asMap(rows);
    expect(m.get('01-00004-01|20261123|visits|')).toBe(3);
    expect(m.get('01-00004-01|20261123|visits_by_service|service=a;outcome=referred')).toBe(3);
    expect(m.get('01-00004-01|20261123|visits_by_service|service=b;outcome=referred')).toBe(3);
    expect(m.get('01-00004-01|20261123|visits_by_priority|priority=none')).toBe(3);
    expect(m.get('01-00004-01|20261123|visits_by_target_group|target_group=unknown')).toBe(3);
    expect(m.get('01-00004-01|20261123|vneid_activated|')).toBe(3);
    expect(computeIndicatorRows({ pointCode: 'x', period: 'p', sessions: [] })).toEqual([{ pointCode: 'x', period: 'p', indicator: 'visits', dimensions: {}, value: 0 }]);
    expect(parseDimensions('age_band=60-69;sex=female')).toEqual({ age_band: '60-69', sex: 'female' });
    // One family at a time, as the province's grouped query asks.
    const ageOnly = computeIndicatorRows({ pointCode: 'x', period: 'p', sessions: [fact], only: new Set(['visits_by_age_sex']) });
    expect(ageOnly).toEqual([{ pointCode: 'x', period: 'p', indicator: 'visits_by_age_sex', dimensions: { age_band: '60-69', sex: 'female' }, value: 1 }]);
  });

  it('says what the staff totals say, for a simulated month of a point', () => {
    const db = openDatabase(':memory:');
    const days = dayRange('2026-11-01', 30);
    simulatePoint(db, { seed: 7, days, sessionsPerDay: 40 });
    const rows = readSessionRows(db, days[0]!, days.at(-1)!);
    const feedback = readFeedbackRows(db, days[0]!, days.at(-1)!);
    const totals = computeTotals({ from: days[0]!, to: days.at(-1)!, rows, feedback, timeZone: 'Asia/Ho_Chi_Minh', serviceLabel: (id) => ({ vi: id, en: id }) });
    const fromTotals = indicatorRowsFromTotals(totals, '01-00004-01', '202611');
    const fromFacts = computeIndicatorRows({ pointCode: '01-00004-01', period: '202611', sessions: rows.map(sessionFactOf), feedback });
    expect(asMap(fromFacts)).toEqual(asMap(fromTotals));
    // The point's long rows by day add up to the month.
    const daily = pointIndicatorRows(db, { pointCode: '01-00004-01', from: days[0]!, to: days.at(-1)!, grain: 'day' });
    const monthly = sumIndicatorRows(daily, (r) => ({ pointCode: r.pointCode, period: r.period.slice(0, 6) })).filter((r) => r.indicator !== 'tickets_by_status');
    expect(asMap(monthly)).toEqual(asMap(fromTotals));
    db.close();
  });

  it('writes the long CSV: header, one figure a line, quoted where needed', () => {
    const csv = toLongCsv([{ pointCode: '01-00004-01', period: '20261123', indicator: 'visits_by_age_sex', dimensions: { age_band: '60-69', sex: 'female' }, value: 4 }]);
    expect(csv).toBe('point_code,period,indicator,dimensions,value\r\n01-00004-01,20261123,visits_by_age_sex,age_band=60-69;sex=female,4\r\n');
  });
});
