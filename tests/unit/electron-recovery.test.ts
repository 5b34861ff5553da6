import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
// Pure: electron/recovery.ts imports nothing from Electron.
import {
  formatRelaunchLedger,
  INITIAL_RECOVERY,
  parseRelaunchLedger,
  RECOVERY_POLICY,
  recoveryStep,
  relaunchDecision,
  type RecoveryAction,
  type RecoveryEvent,
  type RecoveryState,
} from '../../electron/recovery';

const S = 1_000;
const MIN = 60 * S;
const T0 = Date.parse('2026-09-01T08:00:00Z');

/** Runs events through the machine; returns every action and the last state. */
function run(events: RecoveryEvent[], start: RecoveryState = INITIAL_RECOVERY): { actions: RecoveryAction[]; state: RecoveryState } {
  let state = start;
  const actions: RecoveryAction[] = [];
  for (const e of events) {
    const next = recoveryStep(state, e);
    state = next.state;
    actions.push(next.action);
  }
  return { actions, state };
}
const crash = (at: number, reason = 'crashed'): RecoveryEvent => ({ kind: 'gone', reason, at });
const types = (actions: RecoveryAction[]) => actions.map((a) => a.type);

describe('recovery policy: crashes', () => {
  it('uses the numbers the issue asks for: 3 failures in 5 minutes', () => {
    expect(RECOVERY_POLICY.windowMs).toBe(5 * MIN);
    expect(RECOVERY_POLICY.reloadDelaysMs.length + 1).toBe(3);
  });

  it('reloads after the 1st and 2nd crash with a growing delay, recreates on the 3rd, relaunches on the next', () => {
    const { actions } = run([crash(T0), crash(T0 + 10 * S), crash(T0 + 20 * S), crash(T0 + 30 * S)]);
    expect(actions).toEqual([
      { type: 'reload', delayMs: 1_000, killFirst: false, cause: 'crashed', failures: 1 },
      { type: 'reload', delayMs: 5_000, killFirst: false, cause: 'crashed', failures: 2 },
      { type: 'recreate', cause: 'crashed', failures: 3 },
      { type: 'relaunch', cause: 'crashed', failures: 1 },
    ]);
    const delays = actions.filter((a) => a.type === 'reload').map((a) => (a as { delayMs: number }).delayMs);
    expect(delays[1]!).toBeGreaterThan(delays[0]!);
  });

  it('forgets crashes older than 5 minutes: one crash every 6 minutes only ever reloads, after the first delay', () => {
    const { actions } = run(Array.from({ length: 10 }, (_, i) => crash(T0 + i * 6 * MIN)));
    expect(actions.every((a) => a.type === 'reload' && a.delayMs === 1_000 && a.failures === 1)).toBe(true);
  });

  it('counts only the crashes inside the window: the boundary is exclusive at 5 minutes', () => {
    // Two at T0, the third exactly 5 minutes later: the first two are out of the window.
    expect(types(run([crash(T0), crash(T0 + 1), crash(T0 + 5 * MIN + 1)]).actions)).toEqual(['reload', 'reload', 'reload']);
    expect(types(run([crash(T0), crash(T0 + 1), crash(T0 + 5 * MIN - 1)]).actions)).toEqual(['reload', 'reload', 'recreate']);
  });

  it('after a recreate, a crash more than 5 minutes later starts over with a reload, not a relaunch', () => {
    const { actions } = run([crash(T0), crash(T0 + S), crash(T0 + 2 * S), crash(T0 + 2 * S + 5 * MIN + 1)]);
    expect(types(actions)).toEqual(['reload', 'reload', 'recreate', 'reload']);
  });

  it('after a relaunch decision the state is clean (the next run starts from nothing)', () => {
    const { state } = run([crash(T0), crash(T0 + S), crash(T0 + 2 * S), crash(T0 + 3 * S)]);
    expect(state).toEqual(INITIAL_RECOVERY);
  });

  it('a clean exit (the window closed) is no failure', () => {
    const { actions, state } = run([crash(T0, 'clean-exit'), crash(T0 + S, 'clean-exit'), crash(T0 + 2 * S, 'clean-exit')]);
    expect(types(actions)).toEqual(['none', 'none', 'none']);
    expect(state.failures).toEqual([]);
  });

  it.each(['crashed', 'oom', 'killed', 'abnormal-exit', 'launch-failed', 'integrity-failure', 'memory-eviction', 'something-new'])('reason %s is a failure', (reason) => {
    expect(run([crash(T0, reason)]).actions[0]).toMatchObject({ type: 'reload', cause: reason });
  });

  it('events out of order (a clock step back) never count a failure twice or throw', () => {
    const { actions } = run([crash(T0 + 10 * S), crash(T0), crash(T0 + 20 * S)]);
    expect(actions.length).toBe(3);
    expect(actions[0]!.type).toBe('reload');
  });
});

describe('recovery policy: hangs', () => {
  it('waits for the grace period first; a page that answers again is no failure', () => {
    const { actions, state } = run([{ kind: 'unresponsive', at: T0 }, { kind: 'responsive', at: T0 + 3 * S }, { kind: 'hang-timeout', at: T0 + 10 * S, since: T0 }]);
    expect(actions).toEqual([{ type: 'wait', ms: RECOVERY_POLICY.hangGraceMs, since: T0 }, { type: 'none', note: 'answered-again' }, { type: 'none', note: 'stale-timer' }]);
    expect(state.failures).toEqual([]);
  });

  it('a page still hung when the timer fires is reloaded, its renderer ended first; that end is not another failure', () => {
    const { actions, state } = run([
      { kind: 'unresponsive', at: T0 },
      { kind: 'hang-timeout', at: T0 + 10 * S, since: T0 },
      crash(T0 + 10 * S + 50, 'killed'),
    ]);
    expect(actions[1]).toEqual({ type: 'reload', delayMs: 1_000, killFirst: true, cause: 'unresponsive', failures: 1 });
    expect(actions[2]).toEqual({ type: 'none', note: 'expected-kill' });
    expect(state.failures).toEqual([T0 + 10 * S]);
    expect(state.expectingKill).toBe(false);
  });

  it('a second "unresponsive" while waiting does not start a second timer', () => {
    const { actions } = run([{ kind: 'unresponsive', at: T0 }, { kind: 'unresponsive', at: T0 + S }]);
    expect(actions[1]).toEqual({ type: 'none', note: 'already-waiting' });
  });

  it('a timer from an earlier hang does nothing to a later one', () => {
    const { actions } = run([
      { kind: 'unresponsive', at: T0 },
      { kind: 'responsive', at: T0 + S },
      { kind: 'unresponsive', at: T0 + 5 * S },
      { kind: 'hang-timeout', at: T0 + 10 * S, since: T0 },
      { kind: 'hang-timeout', at: T0 + 15 * S, since: T0 + 5 * S },
    ]);
    expect(types(actions)).toEqual(['wait', 'none', 'wait', 'none', 'reload']);
  });

  it('hangs and crashes count together: hang, crash, hang → reload, reload, recreate', () => {
    const { actions } = run([
      { kind: 'unresponsive', at: T0 },
      { kind: 'hang-timeout', at: T0 + 10 * S, since: T0 },
      crash(T0 + 10 * S + 10, 'killed'),
      { kind: 'loaded', at: T0 + 12 * S },
      crash(T0 + 30 * S),
      { kind: 'loaded', at: T0 + 36 * S },
      { kind: 'unresponsive', at: T0 + 40 * S },
      { kind: 'hang-timeout', at: T0 + 50 * S, since: T0 + 40 * S },
    ]);
    expect(types(actions).filter((t) => t !== 'none' && t !== 'wait')).toEqual(['reload', 'reload', 'recreate']);
  });

  it('a renderer that never reported its end is not owed one: a later load clears the expectation', () => {
    const { state } = run([{ kind: 'unresponsive', at: T0 }, { kind: 'hang-timeout', at: T0 + 10 * S, since: T0 }, { kind: 'loaded', at: T0 + 12 * S }]);
    expect(state.expectingKill).toBe(false);
    expect(run([crash(T0 + 20 * S)], state).actions[0]).toMatchObject({ type: 'reload', failures: 2 });
  });

  it('a crash while waiting on a hang ends the wait: the late timer does nothing', () => {
    const { actions } = run([{ kind: 'unresponsive', at: T0 }, crash(T0 + 2 * S), { kind: 'hang-timeout', at: T0 + 10 * S, since: T0 }]);
    expect(types(actions)).toEqual(['wait', 'reload', 'none']);
  });
});

describe('recovery policy: properties', () => {
  const event = fc.oneof(
    fc.record({ kind: fc.constant('gone' as const), reason: fc.constantFrom('crashed', 'oom', 'killed', 'clean-exit'), dt: fc.integer({ min: 0, max: 10 * MIN }) }),
    fc.record({ kind: fc.constantFrom('unresponsive' as const, 'responsive' as const, 'loaded' as const), dt: fc.integer({ min: 0, max: 10 * MIN }) }),
    fc.record({ kind: fc.constant('hang-timeout' as const), dt: fc.integer({ min: 0, max: 10 * MIN }) }),
  );

  it('never relaunches without a recreate first, never recreates before 3 failures in the window, keeps at most 2 failures', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (raw) => {
        let at = T0;
        let state = INITIAL_RECOVERY;
        let recreatedAt: number | null = null;
        const failureTimes: number[] = [];
        for (const r of raw) {
          at += r.dt;
          const e: RecoveryEvent =
            r.kind === 'gone' ? { kind: 'gone', reason: (r as { reason: string }).reason, at } : r.kind === 'hang-timeout' ? { kind: 'hang-timeout', at, since: state.hangSince ?? -1 } : { kind: r.kind, at };
          const { state: next, action } = recoveryStep(state, e);
          if (action.type === 'reload' || action.type === 'recreate' || action.type === 'relaunch') failureTimes.push(at);
          if (action.type === 'relaunch') {
            expect(recreatedAt).not.toBeNull();
            expect(at - recreatedAt!).toBeLessThan(RECOVERY_POLICY.windowMs);
            recreatedAt = null;
          }
          if (action.type === 'recreate') {
            expect(failureTimes.filter((t) => t > at - RECOVERY_POLICY.windowMs).length).toBeGreaterThanOrEqual(3);
            recreatedAt = at;
          }
          if (action.type === 'reload') expect(RECOVERY_POLICY.reloadDelaysMs).toContain(action.delayMs);
          expect(next.failures.length).toBeLessThanOrEqual(RECOVERY_POLICY.reloadDelaysMs.length);
          state = next;
        }
      }),
    );
  });
});

describe('relaunches across runs', () => {
  it('allows 3 relaunches in 30 minutes, then gives up until the oldest is 30 minutes old', () => {
    let history: number[] = [];
    const answers: boolean[] = [];
    for (const t of [T0, T0 + MIN, T0 + 2 * MIN, T0 + 3 * MIN]) {
      const d = relaunchDecision(history, t);
      answers.push(d.relaunch);
      history = d.history;
    }
    expect(answers).toEqual([true, true, true, false]);
    expect(relaunchDecision(history, T0 + 30 * MIN + 1).relaunch).toBe(true);
  });

  it('ignores entries in the future (a clock set back) and garbage', () => {
    expect(relaunchDecision([T0 + 10 * MIN, T0 + 11 * MIN, T0 + 12 * MIN], T0)).toEqual({ relaunch: true, history: [T0] });
    expect(relaunchDecision([Number.NaN, Infinity, -Infinity], T0)).toEqual({ relaunch: true, history: [T0] });
  });

  it('reads its ledger file back, and an unreadable one as empty', () => {
    expect(parseRelaunchLedger(formatRelaunchLedger([T0, T0 + 1]))).toEqual([T0, T0 + 1]);
    for (const bad of [null, '', '{', 'null', '[]', '{"relaunches":"x"}', '{"relaunches":[1,"2",null,3]}']) {
      const parsed = parseRelaunchLedger(bad);
      expect(Array.isArray(parsed)).toBe(true);
      expect(parsed.every((t) => typeof t === 'number')).toBe(true);
    }
    expect(parseRelaunchLedger('{"relaunches":[1,"2",null,3]}')).toEqual([1, 3]);
  });
});
