import type { Db } from '../storage/database';
import type { Clock } from '../clock';
import type { EventHub } from '../events';
import type { AuditLog } from '../audit';
import type { IssuedTicket } from '../../contract/dto';
import type { MethodParsedInput } from '../../contract/methods';
import { OTHER_SERVICE, OTHER_SERVICE_LABEL, type TicketSource } from '../../contract/codes';
import type { BilingualText } from '../../contract/walkthrough';
import { ServiceError } from '../../contract/errors';
import { contactToKeep } from '../../contract/contact';
import { roundWaitMinutes } from './wait-estimate';
import type { Tickets } from './tickets';
import type { QueueView } from './queue-view';
import type { SettingsService } from '../settings';
import type { CatalogService } from '../catalog/catalog';

/**
 * Taking a number, at the kiosk or for a walk-in at the desk: the day's next number,
 * the ticket, its first event and the audit entry in one transaction, then what the
 * printed ticket says (people ahead, the rough wait, the service and its link).
 */
export class TicketIssuer {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
    private readonly catalog: CatalogService,
    private readonly events: EventHub,
    private readonly audit: AuditLog,
    private readonly tickets: Tickets,
    private readonly view: QueueView,
  ) {}

  issue(day: string, input: MethodParsedInput<'queue.issueTicket'>, source: TicketSource): IssuedTicket {
    if (!this.catalog.isCategory(input.category)) throw new ServiceError('invalid_input', 'error.unknown_category');
    const now = this.clock.now().toISOString();
    const settings = this.settings.get();
    const contact = contactToKeep(input);
    const id = this.db
      .transaction(() => {
        this.db.prepare<[string, string]>('INSERT INTO business_days (day, opened_at) VALUES (?, ?) ON CONFLICT(day) DO NOTHING').run(day, now);
        const counter = this.db.prepare<[string], { last_number: number }>('UPDATE business_days SET last_number = last_number + 1 WHERE day = ? RETURNING last_number').get(day);
        if (!counter) throw new Error(`business day ${day} has no row`);
        const number = counter.last_number;
        // One series per day for every service: the board never reveals a category or a priority.
        const displayNumber = `${settings.ticketPrefix}${String(number).padStart(3, '0')}`;
        const { lastInsertRowid } = this.db
          .prepare(
            `INSERT INTO tickets (business_day, number, display_number, category, priority_reason, source, status, walkthrough_id, step_reached,
               age_band, issued_at, visitor_name, visitor_phone, consent_at)
             VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            day,
            number,
            displayNumber,
            input.category,
            input.priorityReason,
            source,
            input.walkthroughId,
            input.stepReached,
            input.ageBand,
            now,
            contact?.name ?? null,
            contact?.phone ?? null,
            contact ? now : null,
          );
        const ticketId = Number(lastInsertRowid);
        this.tickets.writeEvent(ticketId, 'issued', now, null, { source, priority: input.priorityReason !== null });
        this.audit.record(source, 'queue.issue', { ticketId, displayNumber, source });
        return ticketId;
      })
      .immediate();
    this.events.emit('queue.changed', { reason: 'issued', ticketId: id });
    const row = this.tickets.get(id);
    const estimate = this.view.estimates(day).get(id);
    return {
      id,
      displayNumber: row.display_number,
      category: row.category,
      issuedAt: row.issued_at,
      peopleAhead: estimate?.peopleAhead ?? 0,
      estimatedWaitMinutes: estimate ? roundWaitMinutes(estimate.minutes) : null,
      serviceTitle: this.titleOf(row.category),
      takeHomeLink: this.linkOf(row.category),
      pointName: settings.pointName,
      timeZone: settings.timeZone,
    };
  }

  private titleOf(category: string): BilingualText {
    return this.catalog.list().find((w) => w.id === category)?.title ?? OTHER_SERVICE_LABEL;
  }

  private linkOf(category: string): string | null {
    if (category === OTHER_SERVICE) return null;
    try {
      return this.catalog.get(category).officialLink?.url ?? null;
    } catch {
      return null;
    }
  }
}
