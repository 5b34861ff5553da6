import type { BilingualText, Walkthrough } from './walkthrough';

/** Values that cross the boundary: JSON-safe, times as ISO strings. */

export interface AppInfo {
  pointName: string;
  province: string;
  timeZone: string;
  /** The point's local day, YYYY-MM-DD. */
  today: string;
  version: string;
}

export interface WalkthroughSummary {
  id: string;
  code: string;
  icon: string;
  title: BilingualText;
  goal: BilingualText;
  stepCount: number;
}

export type WalkthroughContent = Walkthrough;

export interface IssuedTicket {
  id: number;
  /** What is shown and announced, e.g. "A012". */
  displayNumber: string;
  category: string;
  issuedAt: string;
  peopleAhead: number;
  /** Rounded estimate in minutes, null while there is too little history to say. */
  estimatedWaitMinutes: number | null;
}

export interface WaitingTicket {
  id: number;
  displayNumber: string;
  category: string;
  priorityReason: PriorityReason | null;
  source: TicketSource;
  issuedAt: string;
  walkthroughId: string | null;
  stepReached: number | null;
  status: TicketStatus;
}

export interface BoardView {
  nowServing: { displayNumber: string; desk: string }[];
  next: string[];
  waitingCount: number;
}

export const PRIORITY_REASONS = ['age60', 'disability', 'pregnant', 'poor-household', 'other'] as const;
export type PriorityReason = (typeof PRIORITY_REASONS)[number];

export const TICKET_SOURCES = ['kiosk', 'desk'] as const;
export type TicketSource = (typeof TICKET_SOURCES)[number];

export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'done', 'no-show', 'cancelled', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
