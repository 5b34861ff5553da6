import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateWaits, median, roundWaitMinutes } from '../../core/queue/wait-estimate';
import { DEFAULT_ORDERING, dispatchOrder } from '../../core/queue/next-ticket';

const MIN = 60_000;
const T0 = Date.parse('2025-03-04T01:00:00Z');

describe('the wait estimate', () => {
  it('counts people ahead in call order and shares them between open desks', () => {
    const waiting = [
      { id: 1, priority: false, issuedAtMs: T0, category: 'vneid' },
      { id: 2, priority: true, issuedAtMs: T0 + MIN, category: 'vneid' },
      { id: 3, priority: false, issuedAtMs: T0 + 2 * MIN, category: 'other' },
    ];
    const oneDesk = estimateWaits(waiting, [], DEFAULT_ORDERING, T0 + 3 * MIN, [{ freeInMinutes: 0 }], (c) => (c === 'vneid' ? 10 : 20));
    expect(oneDesk.map((e) => [e.id, e.peopleAhead, e.minutes])).toEqual([
      [2, 0, 0],
      [1, 1, 10],
      [3, 2, 20],
    ]);
    const twoDesks = estimateWaits(waiting, [], DEFAULT_ORDERING, T0 + 3 * MIN, [{ freeInMinutes: 0 }, { freeInMinutes: 4 }], () => 10);
    expect(twoDesks.map((e) => [e.id, e.minutes])).toEqual([
      [2, 0],
      [1, 4],
      [3, 10],
    ]);
  });

  it('follows the dispatcher order exactly when desks are free at once', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ priority: fc.boolean(), minute: fc.integer({ min: 0, max: 60 }) }), { maxLength: 25 }), (arrivals) => {
        const waiting = arrivals.map((a, i) => ({ id: i + 1, priority: a.priority, issuedAtMs: T0 + a.minute * MIN, category: 'x' }));
        const now = T0 + 61 * MIN;
        // With zero service time nobody's wait grows, so the simulation is the plain dispatch order.
        const estimated = estimateWaits(waiting, [], DEFAULT_ORDERING, now, [{ freeInMinutes: 0 }], () => 0).map((e) => e.id);
        expect(estimated).toEqual(dispatchOrder(waiting, [], DEFAULT_ORDERING, now).map((p) => p.ticket.id));
      }),
    );
  });

  it('never promises less for someone further back', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 30 }), fc.integer({ min: 1, max: 4 }), (priorities, desks) => {
        const waiting = priorities.map((p, i) => ({ id: i + 1, priority: p, issuedAtMs: T0 + i * MIN, category: 'x' }));
        const est = estimateWaits(waiting, [], DEFAULT_ORDERING, T0 + 30 * MIN, Array.from({ length: desks }, () => ({ freeInMinutes: 0 })), () => 10);
        for (let i = 1; i < est.length; i++) expect(est[i]!.minutes).toBeGreaterThanOrEqual(est[i - 1]!.minutes);
      }),
    );
  });

  it('rounds the way a person would say it', () => {
    expect([0, 3, 4.9, 5, 7.4, 7.6, 12, 58, 61, 68, 100].map(roundWaitMinutes)).toEqual([0, 0, 0, 5, 5, 10, 10, 60, 60, 75, 105]);
  });

  it('takes the median of service times', () => {
    expect(median([])).toBeNull();
    expect(median([7, 1, 30])).toBe(7);
    expect(median([4, 10, 6, 8])).toBe(7);
  });
});
