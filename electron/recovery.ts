/*
 * What a screen window does when its page crashes or hangs (pure: a state machine
 * over timestamps, tested in Node; electron/windows.ts carries the actions out).
 *
 *   - a crash (`render-process-gone`, any reason but `clean-exit`) is a failure;
 *   - a hang (`unresponsive`) becomes a failure if the page has not answered again
 *     (`responsive`) within `hangGraceMs`;
 *   - the 1st and 2nd failure within `windowMs` reload the page, after
 *     `reloadDelaysMs[0]` and `[1]` (back-off);
 *   - the 3rd failure within `windowMs` recreates the window;
 *   - a failure within `windowMs` after a recreate relaunches the app;
 *   - relaunches are counted across runs (the ledger below): past `maxRelaunches`
 *     within `relaunchWindowMs` the app stops relaunching and shows a static
 *     "ask a volunteer" page in place of the screen.
 */

export interface RecoveryPolicy {
  /** Failures older than this are forgotten (5 minutes). */
  windowMs: number;
  /** The delay before each reload, the 1st failure first; one entry per reload before a recreate. */
  reloadDelaysMs: readonly number[];
  /** How long a hung page has to answer again before it counts as a failure. */
  hangGraceMs: number;
  /** Relaunches allowed within `relaunchWindowMs`, counted across runs. */
  maxRelaunches: number;
  relaunchWindowMs: number;
}

export const RECOVERY_POLICY: RecoveryPolicy = {
  windowMs: 5 * 60_000,
  reloadDelaysMs: [1_000, 5_000],
  hangGraceMs: 10_000,
  maxRelaunches: 3,
  relaunchWindowMs: 30 * 60_000,
};

/** The failures a window can have: a crash with Electron's reason, or a hang that did not end. */
export type FailureCause = 'crashed' | 'oom' | 'killed' | 'abnormal-exit' | 'launch-failed' | 'integrity-failure' | 'memory-eviction' | 'unresponsive' | (string & {});

export type RecoveryEvent =
  | { kind: 'gone'; reason: string; at: number }
  | { kind: 'unresponsive'; at: number }
  | { kind: 'responsive'; at: number }
  /** The timer a `wait` action asked for has fired; `since` is the one that action carried. */
  | { kind: 'hang-timeout'; at: number; since: number }
  /** The page finished loading (`did-finish-load`): it answers. */
  | { kind: 'loaded'; at: number };

export type RecoveryAction =
  | { type: 'none'; note?: 'clean-exit' | 'answered-again' | 'already-waiting' | 'expected-kill' | 'stale-timer' }
  /** Start a timer of `ms`; when it fires, send `hang-timeout` with this `since`. */
  | { type: 'wait'; ms: number; since: number }
  /** Reload after `delayMs`; `killFirst`: the renderer is hung, end it first (its `gone` is then expected). */
  | { type: 'reload'; delayMs: number; killFirst: boolean; cause: FailureCause; failures: number }
  | { type: 'recreate'; cause: FailureCause; failures: number }
  | { type: 'relaunch'; cause: FailureCause; failures: number };

export interface RecoveryState {
  /** Failure times within the window, oldest first. */
  failures: readonly number[];
  /** When the window was last recreated, while that is within the window. */
  recreatedAt: number | null;
  /** When the page stopped answering, while it has not answered again. */
  hangSince: number | null;
  /** The shell ended a hung renderer itself; its `gone` is not another failure. */
  expectingKill: boolean;
}

export const INITIAL_RECOVERY: RecoveryState = { failures: [], recreatedAt: null, hangSince: null, expectingKill: false };

export interface RecoveryStep {
  state: RecoveryState;
  action: RecoveryAction;
}

/** One event → the next state and what to do now. */
export function recoveryStep(state: RecoveryState, event: RecoveryEvent, policy: RecoveryPolicy = RECOVERY_POLICY): RecoveryStep {
  switch (event.kind) {
    case 'unresponsive':
      if (state.hangSince !== null) return { state, action: { type: 'none', note: 'already-waiting' } };
      return { state: { ...state, hangSince: event.at }, action: { type: 'wait', ms: policy.hangGraceMs, since: event.at } };
    case 'responsive':
      return { state: { ...state, hangSince: null }, action: { type: 'none', note: 'answered-again' } };
    case 'loaded':
      return { state: { ...state, hangSince: null, expectingKill: false }, action: { type: 'none', note: 'answered-again' } };
    case 'hang-timeout':
      // The page answered in the meantime, or this timer belongs to an earlier hang.
      if (state.hangSince === null || state.hangSince !== event.since) return { state, action: { type: 'none', note: 'stale-timer' } };
      return failure({ ...state, hangSince: null }, 'unresponsive', event.at, policy, true);
    case 'gone':
      if (event.reason === 'clean-exit') return { state: { ...state, hangSince: null }, action: { type: 'none', note: 'clean-exit' } };
      if (state.expectingKill) return { state: { ...state, expectingKill: false, hangSince: null }, action: { type: 'none', note: 'expected-kill' } };
      return failure({ ...state, hangSince: null }, event.reason, event.at, policy, false);
  }
}

function failure(state: RecoveryState, cause: FailureCause, at: number, policy: RecoveryPolicy, hung: boolean): RecoveryStep {
  const since = at - policy.windowMs;
  const earlier = state.failures.filter((t) => t > since && t <= at);
  const recreatedAt = state.recreatedAt !== null && state.recreatedAt > since ? state.recreatedAt : null;
  const failures = [...earlier, at];
  const count = failures.length;
  if (recreatedAt !== null) {
    // A new window did not help: start from nothing in the relaunched app.
    return { state: INITIAL_RECOVERY, action: { type: 'relaunch', cause, failures: count } };
  }
  if (count > policy.reloadDelaysMs.length) {
    return { state: { failures: [], recreatedAt: at, hangSince: null, expectingKill: false }, action: { type: 'recreate', cause, failures: count } };
  }
  const delayMs = policy.reloadDelaysMs[count - 1] ?? 0;
  return {
    state: { failures, recreatedAt: null, hangSince: null, expectingKill: hung },
    action: { type: 'reload', delayMs, killFirst: hung, cause, failures: count },
  };
}

/**
 * Relaunches across runs: a crash that survives a relaunch would otherwise restart
 * the app every minute for ever. `history` holds earlier relaunch times (ms), read
 * from a small file beside the data; the answer says whether to relaunch now and
 * what to write back.
 */
export function relaunchDecision(history: readonly number[], now: number, policy: RecoveryPolicy = RECOVERY_POLICY): { relaunch: boolean; history: number[] } {
  const recent = history.filter((t) => Number.isFinite(t) && t > now - policy.relaunchWindowMs && t <= now);
  if (recent.length >= policy.maxRelaunches) return { relaunch: false, history: recent };
  return { relaunch: true, history: [...recent, now] };
}

/** The ledger file's content, or an empty history for anything unreadable. */
export function parseRelaunchLedger(text: string | null): number[] {
  if (!text) return [];
  try {
    const value = JSON.parse(text) as unknown;
    const list = (value as { relaunches?: unknown } | null)?.relaunches;
    return Array.isArray(list) ? list.filter((t): t is number => typeof t === 'number' && Number.isFinite(t)) : [];
  } catch {
    return [];
  }
}

export function formatRelaunchLedger(history: readonly number[]): string {
  return `${JSON.stringify({ relaunches: history })}\n`;
}
