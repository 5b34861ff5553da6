/**
 * When to ask "are you still here?" and when to reset, from the last touch. Pure so
 * the timing rules are tested without a screen: the warning comes after `idleMs`
 * without a touch, the visitor then has `answerMs` (at least a minute) to answer, and
 * every answer starts the count again, without limit.
 */
export type IdlePhase = { phase: 'active' } | { phase: 'warning'; secondsLeft: number } | { phase: 'reset' };

export interface IdleRules {
  idleMs: number;
  answerMs: number;
}

export const MIN_ANSWER_MS = 60_000;

export function idlePhase(now: number, lastTouch: number, rules: IdleRules): IdlePhase {
  const answerMs = Math.max(rules.answerMs, MIN_ANSWER_MS);
  const quiet = now - lastTouch;
  if (quiet < rules.idleMs) return { phase: 'active' };
  const left = rules.idleMs + answerMs - quiet;
  if (left <= 0) return { phase: 'reset' };
  return { phase: 'warning', secondsLeft: Math.ceil(left / 1000) };
}
