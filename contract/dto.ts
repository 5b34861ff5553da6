import type { BilingualText, Walkthrough } from './walkthrough';
import type { AgeBand, DispatchReason, PriorityReason, TicketSource, TicketStatus } from './codes';
import type { Lang } from './labels';

/** Values that cross the boundary: JSON-safe, times as ISO strings. */

export interface AppInfo {
  pointName: string;
  province: string;
  timeZone: string;
  /** The point's local day, YYYY-MM-DD. */
  today: string;
  version: string;
  /** Seconds without a touch before the kiosk asks "are you still here?". */
  kioskIdleSeconds: number;
}

export interface WalkthroughSummary {
  id: string;
  code: string;
  icon: string;
  /** The tile picture's file in the walkthrough folder, when the guide has one. */
  picture?: string;
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
  /** People the queue rule will call before this visitor. */
  peopleAhead: number;
  /**
   * Rounded estimate in minutes, always said with "about"/"khoảng": 0 means "under
   * 5 minutes"; up to an hour a multiple of 5, beyond a multiple of 15. Null while
   * nothing can be said. See `waitText` in renderer/i18n/wait-text.ts.
   */
  estimatedWaitMinutes: number | null;
  /** The service asked for, as printed on the ticket; "Việc khác / Something else" for "other". */
  serviceTitle: BilingualText;
  /** The walkthrough's official page for the ticket's QR code; null when there is none. */
  takeHomeLink: string | null;
  pointName: string;
  /** The point's time zone, so the ticket prints the point's local time. */
  timeZone: string;
}

/** A ticket of today's queue as the desk sees it (waiting, called, served or missed): who and why. */
export interface QueueTicket {
  id: number;
  displayNumber: string;
  category: string;
  priorityReason: PriorityReason | null;
  source: TicketSource;
  issuedAt: string;
  walkthroughId: string | null;
  stepReached: number | null;
  status: TicketStatus;
  ageBand: AgeBand | null;
  /** Times called (recalls included) since issued or put back. */
  callCount: number;
  calledAt: string | null;
  /** The desk now calling or serving it, or the desk it was transferred to. */
  deskId: number | null;
  deskLabel: string | null;
  /** Transferred to one desk: only that desk's "call next" picks it. */
  assignedDeskId: number | null;
  /** Why it was (or, while waiting, would be) called: the queue rule's reason. */
  dispatchReason: DispatchReason | null;
  /** While waiting: position in the predicted call order (0 = next) and rounded estimate. */
  peopleAhead: number | null;
  estimatedWaitMinutes: number | null;
}

/** The board shows numbers and desks only: no categories, no priorities. */
export interface BoardView {
  nowServing: { displayNumber: string; desk: string }[];
  next: string[];
  waitingCount: number;
  /** The latest call or recall; a new `seq` means "announce this". */
  lastCall: { seq: number; displayNumber: string; desk: string } | null;
  /** Announcement languages in order, Vietnamese first. */
  languages: Lang[];
  pointName: string;
  timeZone: string;
}

export interface VolunteerInfo {
  id: number;
  name: string;
  team: string;
}

export interface DeskInfo {
  id: number;
  label: string;
  volunteer: VolunteerInfo | null;
  signedInAt: string | null;
  /** The ticket this desk is calling or serving. */
  current: { ticketId: number; displayNumber: string; status: TicketStatus } | null;
}

export interface QueueRules {
  consecutivePriorityCap: number;
  maxWaitMinutes: number;
  noShowAfterCalls: number;
}

/** Everything the service desk screen shows, in one read. */
export interface DeskOverview {
  today: string;
  desks: DeskInfo[];
  /** Known volunteers to pick from at sign-in. */
  volunteers: VolunteerInfo[];
  /** Waiting tickets in the order the queue rule would call them. */
  waiting: QueueTicket[];
  /** Being called or served at any desk. */
  active: QueueTicket[];
  /** No-shows of today, which can be put back. */
  missed: QueueTicket[];
  rules: QueueRules;
  servedToday: number;
}

export interface SessionStarted {
  sessionId: number;
  ticketId: number;
}

export interface SessionFinished {
  sessionId: number;
  ticketId: number;
  waitSeconds: number | null;
  serviceSeconds: number;
}
