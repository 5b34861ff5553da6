/**
 * Who is called next: the fairness rule of the queue, as one pure function so it
 * can be proved by property tests and replayed by the wait estimate.
 *
 * 1. Anyone who has waited at least `maxWaitMinutes` goes first, longest wait first
 *    ('max-wait'), so no one — priority or not — waits forever.
 * 2. After `consecutivePriorityCap` priority calls in a row, if someone without
 *    priority is waiting, the longest-waiting of them is called ('consecutive-cap').
 * 3. Otherwise priority tickets first ('priority'), earliest issued first.
 * 4. Otherwise everyone else, earliest issued first ('fifo').
 *
 * "Waiting since" is always the ticket's original issue time: a transfer or a
 * put-back never sends anyone to the back of the line.
 */

import type { DispatchReason } from '../../contract/codes';

export type { DispatchReason };

export interface QueueCandidate {
  id: number;
  /** True when the ticket carries any priority reason. */
  priority: boolean;
  /** Original issue time, ms since the epoch. */
  issuedAtMs: number;
}

/** One past call of today, oldest first; recalls are not calls. */
export interface PastCall {
  priority: boolean;
}

export interface OrderingConfig {
  /** N: priority calls in a row before a waiting non-priority ticket gets its turn. */
  consecutivePriorityCap: number;
  /** M: minutes after which a ticket goes to the front. */
  maxWaitMinutes: number;
}

/** A new point's rule parameters: the settings' defaults are these. */
export const DEFAULT_ORDERING: OrderingConfig = { consecutivePriorityCap: 2, maxWaitMinutes: 45 };

/** The rule's two numbers out of something that holds more of them, e.g. the point's settings. */
export function orderingOf(settings: OrderingConfig): OrderingConfig {
  return { consecutivePriorityCap: settings.consecutivePriorityCap, maxWaitMinutes: settings.maxWaitMinutes };
}

export interface NextPick<T extends QueueCandidate> {
  ticket: T;
  reason: DispatchReason;
}

/** Earlier issue first; the id breaks ties so the order is total and stable. */
export function byIssueTime(a: QueueCandidate, b: QueueCandidate): number {
  return a.issuedAtMs - b.issuedAtMs || a.id - b.id;
}

/** How many of the most recent calls were priority calls, without a break. */
export function priorityStreak(history: readonly PastCall[]): number {
  let streak = 0;
  for (let i = history.length - 1; i >= 0 && history[i]!.priority; i--) streak++;
  return streak;
}

export function pickNext<T extends QueueCandidate>(waiting: readonly T[], history: readonly PastCall[], config: OrderingConfig, nowMs: number): NextPick<T> | null {
  if (waiting.length === 0) return null;
  const sorted = [...waiting].sort(byIssueTime);
  const maxWaitMs = config.maxWaitMinutes * 60_000;
  const overdue = sorted.find((t) => nowMs - t.issuedAtMs >= maxWaitMs);
  if (overdue) return { ticket: overdue, reason: 'max-wait' };
  const firstPriority = sorted.find((t) => t.priority);
  const firstOther = sorted.find((t) => !t.priority);
  if (firstPriority && firstOther && priorityStreak(history) >= config.consecutivePriorityCap) return { ticket: firstOther, reason: 'consecutive-cap' };
  if (firstPriority) return { ticket: firstPriority, reason: 'priority' };
  return { ticket: firstOther!, reason: 'fifo' };
}

/**
 * The whole waiting list in the order it would be called if no one else arrived
 * and every call happened at `nowMs`. Only the property tests use it, as the plain
 * replay of `pickNext`; the desk and the board show `estimateWaits` (wait-estimate.ts),
 * which replays the same rule at the times the desks come free.
 */
export function dispatchOrder<T extends QueueCandidate>(waiting: readonly T[], history: readonly PastCall[], config: OrderingConfig, nowMs: number): NextPick<T>[] {
  const left = [...waiting];
  const past = [...history];
  const order: NextPick<T>[] = [];
  for (;;) {
    const pick = pickNext(left, past, config, nowMs);
    if (!pick) return order;
    order.push(pick);
    past.push({ priority: pick.ticket.priority });
    left.splice(left.indexOf(pick.ticket), 1);
  }
}
