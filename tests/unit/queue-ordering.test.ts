import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_ORDERING, dispatchOrder, pickNext, type OrderingConfig, type PastCall, type QueueCandidate } from '../../core/queue/next-ticket';

const MIN = 60_000;
const T0 = Date.parse('2025-03-04T01:00:00Z');

function ticket(id: number, priority: boolean, minute: number): QueueCandidate {
  return { id, priority, issuedAtMs: T0 + minute * MIN };
}

describe('the call order, by example', () => {
  it('calls priority first, then everyone else in arrival order', () => {
    const waiting = [ticket(1, false, 0), ticket(2, true, 1), ticket(3, false, 2)];
    expect(pickNext(waiting, [], DEFAULT_ORDERING, T0 + 3 * MIN)).toEqual({ ticket: waiting[1], reason: 'priority' });
    expect(pickNext([waiting[0]!, waiting[2]!], [], DEFAULT_ORDERING, T0 + 3 * MIN)).toEqual({ ticket: waiting[0], reason: 'fifo' });
  });

  it('after two priority calls in a row the longest-waiting other visitor gets a turn', () => {
    const waiting = [ticket(1, false, 0), ticket(4, true, 3), ticket(5, false, 4)];
    const history: PastCall[] = [{ priority: false }, { priority: true }, { priority: true }];
    expect(pickNext(waiting, history, DEFAULT_ORDERING, T0 + 5 * MIN)).toEqual({ ticket: waiting[0], reason: 'consecutive-cap' });
    // One priority call is not yet a run of two.
    expect(pickNext(waiting, history.slice(0, 2), DEFAULT_ORDERING, T0 + 5 * MIN)?.reason).toBe('priority');
  });

  it('anyone waiting 45 minutes goes to the front, longest first', () => {
    const waiting = [ticket(1, false, 0), ticket(2, false, 5), ticket(3, true, 40)];
    expect(pickNext(waiting, [], DEFAULT_ORDERING, T0 + 44 * MIN)?.reason).toBe('priority');
    expect(pickNext(waiting, [], DEFAULT_ORDERING, T0 + 45 * MIN)).toEqual({ ticket: waiting[0], reason: 'max-wait' });
  });

  it('lists the whole queue in the order it would be called', () => {
    const waiting = [ticket(1, false, 0), ticket(2, true, 1), ticket(3, true, 2), ticket(4, true, 3), ticket(5, false, 4)];
    const order = dispatchOrder(waiting, [], DEFAULT_ORDERING, T0 + 5 * MIN).map((p) => [p.ticket.id, p.reason]);
    expect(order).toEqual([
      [2, 'priority'],
      [3, 'priority'],
      [1, 'consecutive-cap'],
      [4, 'priority'],
      [5, 'fifo'],
    ]);
  });
});

// A day at the point: visitors arrive (some with priority) and desks call, minutes apart.
type Step = { kind: 'arrive'; priority: boolean; gap: number } | { kind: 'call'; gap: number };
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('arrive' as const), priority: fc.boolean(), gap: fc.integer({ min: 0, max: 10 }) }),
  fc.record({ kind: fc.constant('call' as const), gap: fc.integer({ min: 0, max: 15 }) }),
);
const config: fc.Arbitrary<OrderingConfig> = fc.record({
  consecutivePriorityCap: fc.integer({ min: 1, max: 4 }),
  maxWaitMinutes: fc.integer({ min: 5, max: 90 }),
});

interface Replay {
  calls: { id: number; reason: string; priority: boolean; issuedAtMs: number }[];
  issued: QueueCandidate[];
  /** Tickets waiting when each ticket arrived. */
  aheadAtArrival: Map<number, number>;
  /** Calls made while each ticket waited, before its own. */
  callsWhileWaiting: Map<number, number>;
}

/** Runs the steps, then keeps calling until nobody waits (the end of the day). */
function replay(steps: Step[], cfg: OrderingConfig): Replay {
  let now = T0;
  let nextId = 1;
  const waiting: QueueCandidate[] = [];
  const history: PastCall[] = [];
  const result: Replay = { calls: [], issued: [], aheadAtArrival: new Map(), callsWhileWaiting: new Map() };
  const call = () => {
    const pick = pickNext(waiting, history, cfg, now);
    if (!pick) return;
    waiting.splice(waiting.indexOf(pick.ticket), 1);
    history.push({ priority: pick.ticket.priority });
    result.calls.push({ id: pick.ticket.id, reason: pick.reason, priority: pick.ticket.priority, issuedAtMs: pick.ticket.issuedAtMs });
    for (const w of waiting) result.callsWhileWaiting.set(w.id, (result.callsWhileWaiting.get(w.id) ?? 0) + 1);
  };
  for (const s of steps) {
    now += s.gap * MIN;
    if (s.kind === 'arrive') {
      const t = { id: nextId++, priority: s.priority, issuedAtMs: now };
      result.aheadAtArrival.set(t.id, waiting.length);
      waiting.push(t);
      result.issued.push(t);
    } else call();
  }
  while (waiting.length) {
    now += 7 * MIN;
    call();
  }
  return result;
}

describe('the call order, over random days (fast-check)', () => {
  const days = fc.tuple(fc.array(step, { maxLength: 120 }), config);

  it('never calls a ticket twice and loses no one', () => {
    fc.assert(
      fc.property(days, ([steps, cfg]) => {
        const r = replay(steps, cfg);
        const calledIds = r.calls.map((c) => c.id);
        expect(new Set(calledIds).size).toBe(calledIds.length);
        expect([...calledIds].sort((a, b) => a - b)).toEqual(r.issued.map((t) => t.id));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps arrival order within each class (priority, other)', () => {
    fc.assert(
      fc.property(days, ([steps, cfg]) => {
        const r = replay(steps, cfg);
        for (const cls of [true, false]) {
          const ids = r.calls.filter((c) => c.priority === cls).map((c) => c.id);
          expect(ids).toEqual([...ids].sort((a, b) => a - b));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('starves no one: each ticket is called within a bounded number of calls', () => {
    fc.assert(
      fc.property(days, ([steps, cfg]) => {
        const r = replay(steps, cfg);
        for (const t of r.issued) {
          const ahead = r.aheadAtArrival.get(t.id)!;
          // Those already waiting, plus at most N priority calls between two turns of the others.
          const bound = (ahead + 1) * (cfg.consecutivePriorityCap + 2);
          expect(r.callsWhileWaiting.get(t.id) ?? 0).toBeLessThanOrEqual(bound);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never makes more than N priority calls in a row while someone else waits, unless for max wait', () => {
    fc.assert(
      fc.property(days, ([steps, cfg]) => {
        const r = replay(steps, cfg);
        for (const c of r.calls) {
          if (c.reason === 'consecutive-cap') expect(c.priority).toBe(false);
          if (c.reason === 'priority') expect(c.priority).toBe(true);
          if (c.reason === 'fifo') expect(c.priority).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('calls an overdue ticket before anyone who has waited less', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ priority: fc.boolean(), minute: fc.integer({ min: 0, max: 120 }) }), { minLength: 1, maxLength: 30 }), config, fc.integer({ min: 0, max: 200 }), (arrivals, cfg, at) => {
        const waiting = arrivals.map((a, i) => ticket(i + 1, a.priority, a.minute));
        const now = T0 + at * MIN;
        const pick = pickNext(waiting, [], cfg, now)!;
        const overdue = waiting.filter((t) => now - t.issuedAtMs >= cfg.maxWaitMinutes * MIN);
        if (overdue.length) {
          expect(pick.reason).toBe('max-wait');
          expect(pick.ticket.issuedAtMs).toBe(Math.min(...overdue.map((t) => t.issuedAtMs)));
        } else expect(pick.reason).not.toBe('max-wait');
      }),
      { numRuns: 300 },
    );
  });
});
