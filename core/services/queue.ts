import type { Db } from '../storage/database';
import { localDay, type Clock } from '../clock';
import type { EventHub } from '../events';
import type { BoardView, IssuedTicket, PriorityReason, TicketSource, TicketStatus, WaitingTicket } from '../../contract/dto';
import { ServiceError } from '../../contract/errors';
import type { SettingsService } from './settings';
import type { CatalogService } from './catalog';

export interface IssueTicketInput {
  category: string;
  priorityReason: PriorityReason | null;
  walkthroughId: string | null;
  stepReached: number | null;
}

interface TicketRow {
  id: number;
  display_number: string;
  category: string;
  priority_reason: PriorityReason | null;
  source: TicketSource;
  issued_at: string;
  walkthrough_id: string | null;
  step_reached: number | null;
  status: TicketStatus;
}

/** Today's queue: issuing numbered tickets and reading who is waiting. */
export class QueueService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
    private readonly catalog: CatalogService,
    private readonly events: EventHub,
  ) {}

  /** The point's local day; numbering restarts when it changes. */
  today(): string {
    return localDay(this.clock.now(), this.settings.get().timeZone);
  }

  issueTicket(input: IssueTicketInput, source: TicketSource): IssuedTicket {
    if (!this.catalog.isCategory(input.category)) throw new ServiceError('invalid_input', 'error.unknown_category');
    const now = this.clock.now().toISOString();
    const day = this.today();
    const prefix = this.settings.get().ticketPrefix;
    const issued = this.db.transaction(() => {
      this.db.prepare('INSERT INTO business_days (day, opened_at) VALUES (?, ?) ON CONFLICT(day) DO NOTHING').run(day, now);
      const { last_number: number } = this.db
        .prepare('UPDATE business_days SET last_number = last_number + 1 WHERE day = ? RETURNING last_number')
        .get(day) as { last_number: number };
      const displayNumber = `${prefix}${String(number).padStart(3, '0')}`;
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO tickets (business_day, number, display_number, category, priority_reason, source, status, walkthrough_id, step_reached, issued_at)
           VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?)`,
        )
        .run(day, number, displayNumber, input.category, input.priorityReason, source, input.walkthroughId, input.stepReached, now);
      const id = Number(lastInsertRowid);
      this.db.prepare("INSERT INTO ticket_events (ticket_id, kind, at) VALUES (?, 'issued', ?)").run(id, now);
      const { ahead } = this.db
        .prepare("SELECT COUNT(*) AS ahead FROM tickets WHERE business_day = ? AND status = 'waiting' AND id < ?")
        .get(day, id) as { ahead: number };
      return { id, displayNumber, category: input.category, issuedAt: now, peopleAhead: ahead, estimatedWaitMinutes: null };
    })();
    this.events.emit('queue.changed', { reason: 'issued', ticketId: issued.id });
    return issued;
  }

  waiting(): WaitingTicket[] {
    const rows = this.db
      .prepare(
        `SELECT id, display_number, category, priority_reason, source, issued_at, walkthrough_id, step_reached, status
         FROM tickets WHERE business_day = ? AND status IN ('waiting', 'called', 'serving') ORDER BY id`,
      )
      .all(this.today()) as TicketRow[];
    return rows.map(toWaitingTicket);
  }

  board(): BoardView {
    const waiting = this.waiting().filter((t) => t.status === 'waiting');
    return { nowServing: [], next: waiting.slice(0, 5).map((t) => t.displayNumber), waitingCount: waiting.length };
  }
}

function toWaitingTicket(row: TicketRow): WaitingTicket {
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
  };
}
