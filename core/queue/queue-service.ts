import type { Db } from '../storage/database';
import type { Clock } from '../clock';
import type { EventHub } from '../events';
import type { AuditLog } from '../audit';
import type { QueueTicket, SessionFinished, SessionStarted } from '../../contract/dto';
import type { CancelReason, DispatchReason, TicketStatus } from '../../contract/codes';
import type { SessionRecordInput } from '../../contract/methods/queue';
import { ServiceError } from '../../contract/errors';
import { orderingOf, pickNext } from './next-ticket';
import { toCandidate, toQueueTicket, type TicketRow, type Tickets } from './tickets';
import type { SessionService } from './sessions';
import type { SettingsService } from '../settings';
import type { CatalogService } from '../catalog/catalog';
import type { DeskService, SignedInDesk } from '../desks/desks';

/** Which `queue.changed` the screens hear after a desk action. */
type ChangeReason = 'called' | 'updated';

/**
 * What the desks do with the queue: call the next visitor (the rule picks), call one
 * out of turn, call again, mark "did not come", put back, transfer, cancel, and start
 * and finish the assisted session. Every change is one SQLite transaction that also
 * writes the ticket's event and an audit entry, committed before anyone is told;
 * screens hear of it through `queue.changed` and read again.
 */
export class QueueService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
    private readonly catalog: CatalogService,
    private readonly events: EventHub,
    private readonly audit: AuditLog,
    private readonly desks: DeskService,
    private readonly sessions: SessionService,
    private readonly tickets: Tickets,
  ) {}

  /**
   * "Call next": the pick and the mark happen in one IMMEDIATE transaction, which
   * takes SQLite's write lock before reading, so two desks — even in two processes
   * on the same file — can never be handed the same ticket.
   */
  callNext(day: string, deskId: number): QueueTicket | null {
    const called = this.db
      .transaction(() => {
        const desk = this.desks.requireSignedIn(deskId);
        this.requireFree(desk);
        const now = this.clock.now();
        const candidates = this.tickets.waitingFor(day, deskId).map(toCandidate);
        const pick = pickNext(candidates, this.tickets.callHistory(day), orderingOf(this.settings.get()), now.getTime());
        if (!pick) return null;
        this.markCalled(pick.ticket.row, desk, pick.reason, now.toISOString());
        return pick.ticket.id;
      })
      .immediate();
    if (called === null) return null;
    this.events.emit('queue.changed', { reason: 'called', ticketId: called });
    return toQueueTicket(this.tickets.get(called));
  }

  /** A volunteer calls one number out of turn (e.g. the person is right there): reason "manual". */
  callTicket(day: string, deskId: number, ticketId: number): QueueTicket {
    return this.change(day, deskId, ticketId, 'called', (t, desk, at) => {
      this.requireStatus(t, ['waiting']);
      this.requireFree(desk);
      this.markCalled(t, desk, 'manual', at);
    });
  }

  recall(day: string, deskId: number, ticketId: number): QueueTicket {
    return this.change(day, deskId, ticketId, 'called', (t, desk, at) => {
      this.requireAtDesk(t, desk, ['called']);
      this.db.prepare<[string, number]>('UPDATE tickets SET call_count = call_count + 1, called_at = ? WHERE id = ?').run(at, t.id);
      this.tickets.writeEvent(t.id, 'recalled', at, desk.id, { callCount: t.call_count + 1 });
      this.audit.record(desk.actor, 'queue.recall', { ticketId: t.id, displayNumber: t.display_number });
    });
  }

  noShow(day: string, deskId: number, ticketId: number): QueueTicket {
    return this.change(day, deskId, ticketId, 'updated', (t, desk, at) => {
      this.requireAtDesk(t, desk, ['called']);
      if (t.call_count < this.settings.get().noShowAfterCalls) throw new ServiceError('conflict', 'error.noshow_too_early');
      this.db.prepare<[number]>("UPDATE tickets SET status = 'no-show' WHERE id = ?").run(t.id);
      this.tickets.writeEvent(t.id, 'no-show', at, desk.id, { callCount: t.call_count });
      this.audit.record(desk.actor, 'queue.noShow', { ticketId: t.id, displayNumber: t.display_number });
    });
  }

  /** The person came back after all: waiting again, at their original issue time. */
  putBack(day: string, deskId: number, ticketId: number): QueueTicket {
    return this.change(day, deskId, ticketId, 'updated', (t, desk, at) => {
      this.requireStatus(t, ['no-show']);
      this.db.prepare<[number]>("UPDATE tickets SET status = 'waiting', desk_id = NULL, called_at = NULL, call_count = 0, assigned_desk_id = NULL WHERE id = ?").run(t.id);
      this.tickets.writeEvent(t.id, 'put-back', at, desk.id, null);
      this.audit.record(desk.actor, 'queue.putBack', { ticketId: t.id, displayNumber: t.display_number });
    });
  }

  /** To another desk and/or category; the original issue time is kept, so no one loses their place. */
  transfer(day: string, deskId: number, ticketId: number, toDeskId: number | null, toCategory: string | null): QueueTicket {
    if (toCategory !== null && !this.catalog.isCategory(toCategory)) throw new ServiceError('invalid_input', 'error.unknown_category');
    return this.change(day, deskId, ticketId, 'updated', (t, desk, at) => {
      this.requireStatus(t, ['waiting', 'called']);
      if (t.status === 'called') this.requireAtDesk(t, desk, ['called']);
      if (toDeskId !== null && this.desks.label(toDeskId) === null) throw new ServiceError('not_found', 'error.desk_not_found');
      this.db
        .prepare<[number | null, string, number]>("UPDATE tickets SET status = 'waiting', desk_id = NULL, called_at = NULL, call_count = 0, assigned_desk_id = ?, category = ? WHERE id = ?")
        .run(toDeskId, toCategory ?? t.category, t.id);
      const detail = { fromDeskId: t.desk_id, toDeskId, fromCategory: t.category, toCategory: toCategory ?? t.category };
      this.tickets.writeEvent(t.id, 'transferred', at, desk.id, detail);
      this.audit.record(desk.actor, 'queue.transfer', { ticketId: t.id, displayNumber: t.display_number, ...detail });
    });
  }

  cancel(day: string, deskId: number, ticketId: number, reason: CancelReason): QueueTicket {
    return this.change(day, deskId, ticketId, 'updated', (t, desk, at) => {
      this.requireStatus(t, ['waiting', 'called']);
      if (t.status === 'called') this.requireAtDesk(t, desk, ['called']);
      this.db.prepare<[string, number]>("UPDATE tickets SET status = 'cancelled', closed_reason = ? WHERE id = ?").run(reason, t.id);
      this.tickets.writeEvent(t.id, 'cancelled', at, desk.id, { reason });
      this.audit.record(desk.actor, 'queue.cancel', { ticketId: t.id, displayNumber: t.display_number, reason });
    });
  }

  startSession(day: string, deskId: number, ticketId: number): SessionStarted {
    const sessionId = this.act(day, deskId, ticketId, 'updated', (t, desk, at) => {
      this.requireAtDesk(t, desk, ['called']);
      this.db.prepare<[number]>("UPDATE tickets SET status = 'serving' WHERE id = ?").run(t.id);
      this.tickets.writeEvent(t.id, 'started', at, desk.id, null);
      const opened = this.sessions.open({ ticketId: t.id, day: t.business_day, deskId: desk.id, volunteerId: desk.volunteerId, at, dispatchReason: t.dispatch_reason });
      this.audit.record(desk.actor, 'session.start', { ticketId: t.id, displayNumber: t.display_number, sessionId: opened });
      return opened;
    });
    return { sessionId, ticketId };
  }

  finishSession(day: string, deskId: number, ticketId: number, record: SessionRecordInput): SessionFinished {
    for (const service of record.services) if (!this.catalog.isCategory(service)) throw new ServiceError('invalid_input', 'error.unknown_category');
    return this.act(day, deskId, ticketId, 'updated', (t, desk, at) => {
      this.requireAtDesk(t, desk, ['serving']);
      const finished = this.sessions.finish(t.id, record, at);
      this.db.prepare<[number]>("UPDATE tickets SET status = 'done' WHERE id = ?").run(t.id);
      this.tickets.writeEvent(t.id, 'finished', at, desk.id, { sessionId: finished.sessionId, outcome: record.outcome });
      // No note, name or phone in the audit: it is kept longer than personal data may be.
      this.audit.record(desk.actor, 'session.finish', { ticketId: t.id, displayNumber: t.display_number, sessionId: finished.sessionId, outcome: record.outcome });
      return finished;
    });
  }

  // — inside transactions —

  /**
   * One desk action on one of today's tickets: the desk must be signed in and the
   * ticket today's; `apply` runs inside an IMMEDIATE transaction and its result is
   * returned once committed and announced.
   */
  private act<T>(day: string, deskId: number, ticketId: number, reason: ChangeReason, apply: (t: TicketRow, desk: SignedInDesk, at: string) => T): T {
    const result = this.db
      .transaction(() => {
        const desk = this.desks.requireSignedIn(deskId);
        const row = this.tickets.find(ticketId);
        if (!row || row.business_day !== day) throw new ServiceError('not_found', 'error.ticket_not_found');
        return apply(row, desk, this.clock.now().toISOString());
      })
      .immediate();
    this.events.emit('queue.changed', { reason, ticketId });
    return result;
  }

  /** A desk action whose answer is the ticket as it now stands. */
  private change(day: string, deskId: number, ticketId: number, reason: ChangeReason, apply: (t: TicketRow, desk: SignedInDesk, at: string) => void): QueueTicket {
    this.act(day, deskId, ticketId, reason, apply);
    return toQueueTicket(this.tickets.get(ticketId));
  }

  private markCalled(t: TicketRow, desk: SignedInDesk, reason: DispatchReason, at: string): void {
    const { changes } = this.db
      .prepare<[number, string, DispatchReason, number]>(
        "UPDATE tickets SET status = 'called', desk_id = ?, called_at = ?, call_count = 1, dispatch_reason = ?, assigned_desk_id = NULL WHERE id = ? AND status = 'waiting'",
      )
      .run(desk.id, at, reason, t.id);
    if (changes !== 1) throw new ServiceError('conflict', 'error.ticket_moved');
    this.tickets.writeEvent(t.id, 'called', at, desk.id, { reason, priority: t.priority_reason !== null });
    this.audit.record(desk.actor, 'queue.call', { ticketId: t.id, displayNumber: t.display_number, reason });
  }

  private requireFree(desk: SignedInDesk): void {
    if (this.tickets.deskIsBusy(desk.id)) throw new ServiceError('conflict', 'error.desk_busy');
  }

  private requireStatus(t: TicketRow, allowed: TicketStatus[]): void {
    if (!allowed.includes(t.status)) throw new ServiceError('conflict', 'error.ticket_moved');
  }

  private requireAtDesk(t: TicketRow, desk: SignedInDesk, allowed: TicketStatus[]): void {
    this.requireStatus(t, allowed);
    if (t.desk_id !== desk.id) throw new ServiceError('conflict', 'error.ticket_other_desk');
  }
}
