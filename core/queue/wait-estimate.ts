import { pickNext, type DispatchReason, type OrderingConfig, type PastCall, type QueueCandidate } from './next-ticket';

/**
 * How long each waiting visitor will probably wait: the dispatcher's own rule is
 * replayed forward over the open desks, each visitor taking the recent median
 * service time of their category. Counting in dispatch order matters because the
 * fairness rule reorders the list.
 */

export interface EstimateCandidate extends QueueCandidate {
  category: string;
}

export interface DeskLoad {
  /** Minutes until this desk is free (0 when idle). */
  freeInMinutes: number;
}

export interface WaitEstimate {
  id: number;
  /** Position in the predicted call order: 0 = next. */
  peopleAhead: number;
  /** Raw minutes from now until this visitor is probably called. */
  minutes: number;
  reason: DispatchReason;
}

export function estimateWaits(
  waiting: readonly EstimateCandidate[],
  history: readonly PastCall[],
  config: OrderingConfig,
  nowMs: number,
  desks: readonly DeskLoad[],
  serviceMinutes: (category: string) => number,
): WaitEstimate[] {
  // With no desk signed in, assume one will open: a visitor is never told "never".
  const freeAt = (desks.length ? desks : [{ freeInMinutes: 0 }]).map((d) => nowMs + Math.max(0, d.freeInMinutes) * 60_000);
  const left = [...waiting];
  const past = [...history];
  const result: WaitEstimate[] = [];
  while (left.length) {
    const desk = freeAt.indexOf(Math.min(...freeAt));
    const at = freeAt[desk]!;
    const pick = pickNext(left, past, config, at)!;
    left.splice(left.indexOf(pick.ticket), 1);
    past.push({ priority: pick.ticket.priority });
    result.push({ id: pick.ticket.id, peopleAhead: result.length, minutes: (at - nowMs) / 60_000, reason: pick.reason });
    freeAt[desk] = at + serviceMinutes(pick.ticket.category) * 60_000;
  }
  return result;
}

/**
 * What a person is told: 0 means "under 5 minutes"; up to an hour, the nearest 5
 * minutes; beyond, the nearest 15. Precise-looking numbers promise too much.
 */
export function roundWaitMinutes(minutes: number): number {
  if (minutes < 5) return 0;
  if (minutes <= 60) return Math.round(minutes / 5) * 5;
  return Math.round(minutes / 15) * 15;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
