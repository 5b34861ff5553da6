import type { Db } from '../storage/database';
import type { QueueTicket } from '../../contract/dto';
import type { AgeBand, DispatchReason, PriorityReason, TicketSource, TicketStatus } from '../../contract/codes';
import type { PastCall, QueueCandidate } from './next-ticket';
import { roundWaitMinutes, type WaitEstimate } from './wait-estimate';

/**
 * The bottom of the queue: the `tickets` row as read, how it maps to what the rule
 * and the screens see, and the ticket's event log. The view, the day rollover,
 * issuing and the desk actions all build on this file and never on each other.
 */

export interface TicketRow {
  id: number;
  business_day: string;
  display_number: string;
  category: string;
  priority_reason: PriorityReason | null;
  source: TicketSource;
  issued_at: string;
  walkthrough_id: string | null;
  step_reached: number | null;
  status: TicketStatus;
  age_band: AgeBand | null;
  call_count: number;
  called_at: string | null;
  desk_id: number | null;
  assigned_desk_id: number | null;
  dispatch_reason: DispatchReason | null;
  desk_label: string | null;
}

/** A waiting ticket as the fairness rule and the wait estimate see it, with its row. */
export type Candidate = QueueCandidate & { category: string; row: TicketRow };

/** A ticket being called or served, for the wait estimate: which desk, and since when. */
export interface BusyDeskRow {
  desk_id: number;
  status: TicketStatus;
  category: string;
  started_at: string | null;
}

/** The last "please come to desk N" of a day, for the board's announcement. */
export interface LastCallRow {
  seq: number;
  display_number: string;
  label: string;
}

const TICKET_SELECT = `
  SELECT t.id, t.business_day, t.display_number, t.category, t.priority_reason, t.source, t.issued_at, t.walkthrough_id,
         t.step_reached, t.status, t.age_band, t.call_count, t.called_at, t.desk_id, t.assigned_desk_id, t.dispatch_reason,
         COALESCE(d.label, ad.label) AS desk_label
  FROM tickets t LEFT JOIN desks d ON d.id = t.desk_id LEFT JOIN desks ad ON ad.id = t.assigned_desk_id`;

/** Reads of the `tickets` table and writes to its event log. */
export class Tickets {
  constructor(private readonly db: Db) {}

  find(id: number): TicketRow | undefined {
    return this.db.prepare<[number], TicketRow>(`${TICKET_SELECT} WHERE t.id = ?`).get(id);
  }

  /** A ticket known to exist (just written in this request). */
  get(id: number): TicketRow {
    const row = this.find(id);
    if (!row) throw new Error(`ticket ${id} is missing`);
    return row;
  }

  /** Called and being served, the latest call first. */
  active(day: string): TicketRow[] {
    return this.db.prepare<[string], TicketRow>(`${TICKET_SELECT} WHERE t.business_day = ? AND t.status IN ('called', 'serving') ORDER BY t.called_at DESC`).all(day);
  }

  /** Everyone waiting, in no particular order: the rule decides the order. */
  waiting(day: string): TicketRow[] {
    return this.db.prepare<[string], TicketRow>(`${TICKET_SELECT} WHERE t.business_day = ? AND t.status = 'waiting'`).all(day);
  }

  /** Waiting tickets this desk may call: those sent to no desk in particular, or to this one. */
  waitingFor(day: string, deskId: number): TicketRow[] {
    return this.db
      .prepare<[string, number], TicketRow>(`${TICKET_SELECT} WHERE t.business_day = ? AND t.status = 'waiting' AND (t.assigned_desk_id IS NULL OR t.assigned_desk_id = ?)`)
      .all(day, deskId);
  }

  /** "Did not come", in the order they were issued. */
  missed(day: string): TicketRow[] {
    return this.db.prepare<[string], TicketRow>(`${TICKET_SELECT} WHERE t.business_day = ? AND t.status = 'no-show' ORDER BY t.id`).all(day);
  }

  /** True while a visitor is called to or being served at this desk. */
  /** The latest day after `day` that still has tickets waiting, called or being served (the PC's clock went back), or null. */
  latestOpenDayAfter(day: string): string | null {
    const row = this.db
      .prepare<[string], { day: string | null }>("SELECT MAX(business_day) AS day FROM tickets WHERE business_day > ? AND status IN ('waiting', 'called', 'serving')")
      .get(day);
    return row?.day ?? null;
  }

  deskIsBusy(deskId: number): boolean {
    return this.db.prepare<[number], { display_number: string }>("SELECT display_number FROM tickets WHERE desk_id = ? AND status IN ('called', 'serving')").get(deskId) !== undefined;
  }

  /** Tickets at a desk now, with the time their session started (null while only called). */
  atDesks(day: string): BusyDeskRow[] {
    return this.db
      .prepare<[string], BusyDeskRow>(
        `SELECT t.desk_id, t.status, t.category, (SELECT MAX(at) FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'started') AS started_at
         FROM tickets t WHERE t.business_day = ? AND t.status IN ('called', 'serving')`,
      )
      .all(day);
  }

  lastCall(day: string): LastCallRow | undefined {
    return this.db
      .prepare<[string], LastCallRow>(
        `SELECT e.id AS seq, t.display_number, d.label FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id JOIN desks d ON d.id = e.desk_id
         WHERE e.kind IN ('called', 'recalled') AND t.business_day = ? ORDER BY e.id DESC LIMIT 1`,
      )
      .get(day);
  }

  /**
   * Today's calls in order (recalls are not calls), for the "N priority calls in a
   * row" rule. Priority is the called ticket's own `priority_reason`, the one fact
   * the rule needs; the event log only says which ticket was called when.
   */
  callHistory(day: string): PastCall[] {
    return this.db
      .prepare<[string], { priority: number }>(
        "SELECT t.priority_reason IS NOT NULL AS priority FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id WHERE e.kind = 'called' AND t.business_day = ? ORDER BY e.id",
      )
      .all(day)
      .map((r) => ({ priority: r.priority === 1 }));
  }

  /** One line of the ticket's history; runs inside the change's own transaction. */
  writeEvent(ticketId: number, kind: string, at: string, deskId: number | null, detail: Record<string, unknown> | null): void {
    this.db
      .prepare<[number, string, string, number | null, string | null]>('INSERT INTO ticket_events (ticket_id, kind, at, desk_id, detail) VALUES (?, ?, ?, ?, ?)')
      .run(ticketId, kind, at, deskId, detail ? JSON.stringify(detail) : null);
  }
}

export function toCandidate(row: TicketRow): Candidate {
  return { id: row.id, priority: row.priority_reason !== null, issuedAtMs: Date.parse(row.issued_at), category: row.category, row };
}

export function toQueueTicket(row: TicketRow, estimate?: WaitEstimate): QueueTicket {
  return {
    id: row.id,
    displayNumber: row.display_number,
    category: row.category,
    priorityReason: row.priority_reason,
    source: row.source,
    issuedAt: row.issued_at,
    walkthroughId: row.walkthrough_id,
    stepReached: row.step_reached,
    status: row.status,
    ageBand: row.age_band,
    callCount: row.call_count,
    calledAt: row.called_at,
    deskId: row.desk_id ?? row.assigned_desk_id,
    deskLabel: row.desk_label,
    assignedDeskId: row.assigned_desk_id,
    dispatchReason: estimate ? estimate.reason : row.dispatch_reason,
    peopleAhead: estimate ? estimate.peopleAhead : null,
    estimatedWaitMinutes: estimate ? roundWaitMinutes(estimate.minutes) : null,
  };
}
