import type { Db } from '../storage/database';
import type { Clock } from '../clock';
import { localDay } from '../../contract/calendar';
import type { EventHub } from '../events';
import type { BoardView, IssuedTicket, SessionFinished, SessionStarted, QueueTicket } from '../../contract/dto';
import { OTHER_SERVICE, OTHER_SERVICE_LABEL, type AgeBand, type DispatchReason, type PriorityReason, type TicketSource, type TicketStatus } from '../../contract/codes';
import type { SessionRecordInput } from '../../contract/methods/queue';
import type { BilingualText } from '../../contract/walkthrough';
import { ServiceError } from '../../contract/errors';
import { contactToKeep } from '../../contract/contact';
import { pickNext, type OrderingConfig, type PastCall, type QueueCandidate } from './next-ticket';
import { estimateWaits, roundWaitMinutes, type WaitEstimate } from './wait-estimate';
import type { SettingsService } from '../settings';
import type { CatalogService } from '../catalog/catalog';
import type { AuditLog } from '../audit';
import type { DeskService, SignedInDesk } from '../desks/desks';
import type { SessionService } from './sessions';

export interface IssueTicketInput {
  category: string;
  priorityReason: PriorityReason | null;
  walkthroughId: string | null;
  stepReached: number | null;
  ageBand?: AgeBand | null;
  visitorName?: string | null;
  visitorPhone?: string | null;
  consent?: boolean;
}

interface TicketRow {
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

type Candidate = QueueCandidate & { category: string; row: TicketRow };

const TICKET_SELECT = `
  SELECT t.id, t.business_day, t.display_number, t.category, t.priority_reason, t.source, t.issued_at, t.walkthrough_id,
         t.step_reached, t.status, t.age_band, t.call_count, t.called_at, t.desk_id, t.assigned_desk_id, t.dispatch_reason,
         COALESCE(d.label, ad.label) AS desk_label
  FROM tickets t LEFT JOIN desks d ON d.id = t.desk_id LEFT JOIN desks ad ON ad.id = t.assigned_desk_id`;

/**
 * Today's queue: issuing numbered tickets, the desks' actions on them and what the
 * board shows. Every change is one SQLite transaction that also writes the ticket's
 * event and an audit entry, committed before anyone is told; screens hear of it
 * through `queue.changed` and read again.
 */
export class QueueService {
  /** The local day last checked for rollover; null until the first check. */
  private checkedDay: string | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
    private readonly catalog: CatalogService,
    private readonly events: EventHub,
    private readonly audit: AuditLog,
    private readonly desks: DeskService,
    private readonly sessions: SessionService,
  ) {}

  /** The point's local day; numbering restarts when it changes. */
  today(): string {
    return localDay(this.clock.now(), this.settings.get().timeZone);
  }

  /**
   * End of day, done lazily: at start-up and at the first read or write after local
   * midnight, tickets of earlier days still open are closed as "day-ended" (never
   * deleted), so a morning never starts with yesterday's queue.
   */
  rollOver(): string {
    const day = this.today();
    if (day === this.checkedDay) return day;
    const at = this.clock.now().toISOString();
    const closed = this.db
      .transaction(() => {
        const open = this.db
          .prepare("SELECT id, business_day, display_number, status FROM tickets WHERE business_day < ? AND status IN ('waiting', 'called', 'serving')")
          .all(day) as { id: number; business_day: string; display_number: string; status: TicketStatus }[];
        const close = this.db.prepare("UPDATE tickets SET status = 'closed', closed_reason = 'day-ended' WHERE id = ?");
        for (const t of open) {
          close.run(t.id);
          this.event(t.id, 'closed', at, null, { reason: 'day-ended', from: t.status });
        }
        // A desk left signed in overnight is signed out: the morning's volunteer signs in afresh.
        const timeZone = this.settings.get().timeZone;
        const signedIn = this.db.prepare('SELECT id, signed_in_at FROM desks WHERE volunteer_id IS NOT NULL').all() as { id: number; signed_in_at: string | null }[];
        const stale = signedIn.filter((d) => !d.signed_in_at || localDay(new Date(d.signed_in_at), timeZone) < day);
        const signOut = this.db.prepare('UPDATE desks SET volunteer_id = NULL, signed_in_at = NULL WHERE id = ?');
        for (const d of stale) signOut.run(d.id);
        this.db.prepare('UPDATE business_days SET closed_at = ? WHERE day < ? AND closed_at IS NULL').run(at, day);
        if (open.length || stale.length) {
          this.audit.record('system', 'queue.dayEnded', { day, closedTickets: open.map((t) => t.display_number), desksSignedOut: stale.length });
        }
        return open.length + stale.length;
      })
      .immediate();
    const wasRunning = this.checkedDay !== null;
    this.checkedDay = day;
    if (closed || wasRunning) this.events.emit('queue.changed', { reason: 'day-rollover' });
    return day;
  }

  issueTicket(input: IssueTicketInput, source: TicketSource): IssuedTicket {
    if (!this.catalog.isCategory(input.category)) throw new ServiceError('invalid_input', 'error.unknown_category');
    const day = this.rollOver();
    const now = this.clock.now().toISOString();
    const settings = this.settings.get();
    const contact = contactToKeep({ visitorName: input.visitorName ?? null, visitorPhone: input.visitorPhone ?? null, consent: input.consent ?? false });
    const id = this.db
      .transaction(() => {
        this.db.prepare('INSERT INTO business_days (day, opened_at) VALUES (?, ?) ON CONFLICT(day) DO NOTHING').run(day, now);
        const { last_number: number } = this.db
          .prepare('UPDATE business_days SET last_number = last_number + 1 WHERE day = ? RETURNING last_number')
          .get(day) as { last_number: number };
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
            input.ageBand ?? null,
            now,
            contact?.name ?? null,
            contact?.phone ?? null,
            contact ? now : null,
          );
        const ticketId = Number(lastInsertRowid);
        this.event(ticketId, 'issued', now, null, { source, priority: input.priorityReason !== null });
        this.audit.record(source === 'kiosk' ? 'kiosk' : 'desk', 'queue.issue', { ticketId, displayNumber, source });
        return ticketId;
      })
      .immediate();
    this.events.emit('queue.changed', { reason: 'issued', ticketId: id });
    const row = this.row(id);
    const estimate = this.estimates(day).get(id);
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

  /** Being served first, then everyone waiting in the order the rule will call them. */
  waiting(): QueueTicket[] {
    const day = this.rollOver();
    return [...this.active(day), ...this.waitingInOrder(day)];
  }

  active(day = this.rollOver()): QueueTicket[] {
    const rows = this.db.prepare(`${TICKET_SELECT} WHERE t.business_day = ? AND t.status IN ('called', 'serving') ORDER BY t.called_at DESC`).all(day) as TicketRow[];
    return rows.map((r) => toQueueTicket(r));
  }

  waitingInOrder(day = this.rollOver()): QueueTicket[] {
    const estimates = this.estimates(day);
    const rows = this.db.prepare(`${TICKET_SELECT} WHERE t.business_day = ? AND t.status = 'waiting'`).all(day) as TicketRow[];
    return rows
      .map((r) => toQueueTicket(r, estimates.get(r.id)))
      .sort((a, b) => (a.peopleAhead ?? 0) - (b.peopleAhead ?? 0));
  }

  missed(day = this.rollOver()): QueueTicket[] {
    const rows = this.db.prepare(`${TICKET_SELECT} WHERE t.business_day = ? AND t.status = 'no-show' ORDER BY t.id`).all(day) as TicketRow[];
    return rows.map((r) => toQueueTicket(r));
  }

  /** Numbers and desks only: the board is a visitor screen. */
  board(): BoardView {
    const day = this.rollOver();
    const settings = this.settings.get();
    const serving = this.active(day)
      .filter((t) => t.deskLabel !== null)
      .slice(0, 6)
      .map((t) => ({ displayNumber: t.displayNumber, desk: t.deskLabel! }));
    const waiting = this.waitingInOrder(day);
    const last = this.db
      .prepare(
        `SELECT e.id AS seq, t.display_number, d.label FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id JOIN desks d ON d.id = e.desk_id
         WHERE e.kind IN ('called', 'recalled') AND t.business_day = ? ORDER BY e.id DESC LIMIT 1`,
      )
      .get(day) as { seq: number; display_number: string; label: string } | undefined;
    return {
      nowServing: serving,
      next: waiting.slice(0, 6).map((t) => t.displayNumber),
      waitingCount: waiting.length,
      lastCall: last ? { seq: last.seq, displayNumber: last.display_number, desk: last.label } : null,
      languages: settings.boardLanguages.includes('en') ? ['vi', 'en'] : ['vi'],
      pointName: settings.pointName,
      timeZone: settings.timeZone,
    };
  }

  /**
   * "Call next": the pick and the mark happen in one IMMEDIATE transaction, which
   * takes SQLite's write lock before reading, so two desks — even in two processes
   * on the same file — can never be handed the same ticket.
   */
  callNext(deskId: number): QueueTicket | null {
    const day = this.rollOver();
    const called = this.db
      .transaction(() => {
        const desk = this.desks.requireSignedIn(deskId);
        this.requireFree(desk);
        const now = this.clock.now();
        const rows = this.db
          .prepare(`${TICKET_SELECT} WHERE t.business_day = ? AND t.status = 'waiting' AND (t.assigned_desk_id IS NULL OR t.assigned_desk_id = ?)`)
          .all(day, deskId) as TicketRow[];
        const pick = pickNext(rows.map(toCandidate), this.history(day), this.ordering(), now.getTime());
        if (!pick) return null;
        this.markCalled(pick.ticket.row, desk, pick.reason, now.toISOString());
        return pick.ticket.id;
      })
      .immediate();
    if (called === null) return null;
    this.events.emit('queue.changed', { reason: 'called', ticketId: called });
    return toQueueTicket(this.row(called));
  }

  /** A volunteer calls one number out of turn (e.g. the person is right there): reason "manual". */
  callTicket(deskId: number, ticketId: number): QueueTicket {
    return this.act(deskId, ticketId, 'called', (t, desk, at) => {
      this.requireStatus(t, ['waiting']);
      this.requireFree(desk);
      this.markCalled(t, desk, 'manual', at);
    });
  }

  recall(deskId: number, ticketId: number): QueueTicket {
    return this.act(deskId, ticketId, 'called', (t, desk, at) => {
      this.requireAtDesk(t, desk, ['called']);
      this.db.prepare('UPDATE tickets SET call_count = call_count + 1, called_at = ? WHERE id = ?').run(at, t.id);
      this.event(t.id, 'recalled', at, desk.id, { callCount: t.call_count + 1 });
      this.audit.record(desk.actor, 'queue.recall', { ticketId: t.id, displayNumber: t.display_number });
    });
  }

  noShow(deskId: number, ticketId: number): QueueTicket {
    return this.act(deskId, ticketId, 'updated', (t, desk, at) => {
      this.requireAtDesk(t, desk, ['called']);
      if (t.call_count < this.settings.get().noShowAfterCalls) throw new ServiceError('conflict', 'error.noshow_too_early');
      this.db.prepare("UPDATE tickets SET status = 'no-show' WHERE id = ?").run(t.id);
      this.event(t.id, 'no-show', at, desk.id, { callCount: t.call_count });
      this.audit.record(desk.actor, 'queue.noShow', { ticketId: t.id, displayNumber: t.display_number });
    });
  }

  /** The person came back after all: waiting again, at their original issue time. */
  putBack(deskId: number, ticketId: number): QueueTicket {
    return this.act(deskId, ticketId, 'updated', (t, desk, at) => {
      this.requireStatus(t, ['no-show']);
      this.db.prepare("UPDATE tickets SET status = 'waiting', desk_id = NULL, called_at = NULL, call_count = 0, assigned_desk_id = NULL WHERE id = ?").run(t.id);
      this.event(t.id, 'put-back', at, desk.id, null);
      this.audit.record(desk.actor, 'queue.putBack', { ticketId: t.id, displayNumber: t.display_number });
    });
  }

  /** To another desk and/or category; the original issue time is kept, so no one loses their place. */
  transfer(deskId: number, ticketId: number, toDeskId: number | null, toCategory: string | null): QueueTicket {
    if (toCategory !== null && !this.catalog.isCategory(toCategory)) throw new ServiceError('invalid_input', 'error.unknown_category');
    return this.act(deskId, ticketId, 'updated', (t, desk, at) => {
      this.requireStatus(t, ['waiting', 'called']);
      if (t.status === 'called') this.requireAtDesk(t, desk, ['called']);
      if (toDeskId !== null && this.desks.label(toDeskId) === null) throw new ServiceError('not_found', 'error.desk_not_found');
      this.db
        .prepare("UPDATE tickets SET status = 'waiting', desk_id = NULL, called_at = NULL, call_count = 0, assigned_desk_id = ?, category = ? WHERE id = ?")
        .run(toDeskId, toCategory ?? t.category, t.id);
      const detail = { fromDeskId: t.desk_id, toDeskId, fromCategory: t.category, toCategory: toCategory ?? t.category };
      this.event(t.id, 'transferred', at, desk.id, detail);
      this.audit.record(desk.actor, 'queue.transfer', { ticketId: t.id, displayNumber: t.display_number, ...detail });
    });
  }

  cancel(deskId: number, ticketId: number, reason: string): QueueTicket {
    return this.act(deskId, ticketId, 'updated', (t, desk, at) => {
      this.requireStatus(t, ['waiting', 'called']);
      if (t.status === 'called') this.requireAtDesk(t, desk, ['called']);
      this.db.prepare("UPDATE tickets SET status = 'cancelled', closed_reason = ? WHERE id = ?").run(reason, t.id);
      this.event(t.id, 'cancelled', at, desk.id, { reason });
      this.audit.record(desk.actor, 'queue.cancel', { ticketId: t.id, displayNumber: t.display_number, reason });
    });
  }

  startSession(deskId: number, ticketId: number): SessionStarted {
    let sessionId = 0;
    this.act(deskId, ticketId, 'updated', (t, desk, at) => {
      this.requireAtDesk(t, desk, ['called']);
      this.db.prepare("UPDATE tickets SET status = 'serving' WHERE id = ?").run(t.id);
      this.event(t.id, 'started', at, desk.id, null);
      sessionId = this.sessions.open({ ticketId: t.id, day: t.business_day, deskId: desk.id, volunteerId: desk.volunteerId, at, dispatchReason: t.dispatch_reason });
      this.audit.record(desk.actor, 'session.start', { ticketId: t.id, displayNumber: t.display_number, sessionId });
    });
    return { sessionId, ticketId };
  }

  finishSession(deskId: number, ticketId: number, record: SessionRecordInput): SessionFinished {
    for (const service of record.services) if (!this.catalog.isCategory(service)) throw new ServiceError('invalid_input', 'error.unknown_category');
    let finished: SessionFinished | null = null;
    this.act(deskId, ticketId, 'updated', (t, desk, at) => {
      this.requireAtDesk(t, desk, ['serving']);
      finished = this.sessions.finish(t.id, record, at);
      this.db.prepare("UPDATE tickets SET status = 'done' WHERE id = ?").run(t.id);
      this.event(t.id, 'finished', at, desk.id, { sessionId: finished.sessionId, outcome: record.outcome });
      // No note, name or phone in the audit: it is kept longer than personal data may be.
      this.audit.record(desk.actor, 'session.finish', { ticketId: t.id, displayNumber: t.display_number, sessionId: finished.sessionId, outcome: record.outcome });
    });
    return finished!;
  }

  // — inside transactions —

  private act(deskId: number, ticketId: number, reason: 'called' | 'updated', change: (t: TicketRow, desk: SignedInDesk, at: string) => void): QueueTicket {
    const day = this.rollOver();
    this.db
      .transaction(() => {
        const desk = this.desks.requireSignedIn(deskId);
        const row = this.db.prepare(`${TICKET_SELECT} WHERE t.id = ?`).get(ticketId) as TicketRow | undefined;
        if (!row || row.business_day !== day) throw new ServiceError('not_found', 'error.ticket_not_found');
        change(row, desk, this.clock.now().toISOString());
      })
      .immediate();
    this.events.emit('queue.changed', { reason, ticketId });
    return toQueueTicket(this.row(ticketId));
  }

  private markCalled(t: TicketRow, desk: SignedInDesk, reason: DispatchReason, at: string): void {
    const { changes } = this.db
      .prepare("UPDATE tickets SET status = 'called', desk_id = ?, called_at = ?, call_count = 1, dispatch_reason = ?, assigned_desk_id = NULL WHERE id = ? AND status = 'waiting'")
      .run(desk.id, at, reason, t.id);
    if (changes !== 1) throw new ServiceError('conflict', 'error.ticket_moved');
    this.event(t.id, 'called', at, desk.id, { reason, priority: t.priority_reason !== null });
    this.audit.record(desk.actor, 'queue.call', { ticketId: t.id, displayNumber: t.display_number, reason });
  }

  private requireFree(desk: SignedInDesk): void {
    const busy = this.db.prepare("SELECT display_number FROM tickets WHERE desk_id = ? AND status IN ('called', 'serving')").get(desk.id);
    if (busy) throw new ServiceError('conflict', 'error.desk_busy');
  }

  private requireStatus(t: TicketRow, allowed: TicketStatus[]): void {
    if (!allowed.includes(t.status)) throw new ServiceError('conflict', 'error.ticket_moved');
  }

  private requireAtDesk(t: TicketRow, desk: SignedInDesk, allowed: TicketStatus[]): void {
    this.requireStatus(t, allowed);
    if (t.desk_id !== desk.id) throw new ServiceError('conflict', 'error.ticket_other_desk');
  }

  private event(ticketId: number, kind: string, at: string, deskId: number | null, detail: Record<string, unknown> | null): void {
    this.db
      .prepare('INSERT INTO ticket_events (ticket_id, kind, at, desk_id, detail) VALUES (?, ?, ?, ?, ?)')
      .run(ticketId, kind, at, deskId, detail ? JSON.stringify(detail) : null);
  }

  // — reads —

  private row(id: number): TicketRow {
    return this.db.prepare(`${TICKET_SELECT} WHERE t.id = ?`).get(id) as TicketRow;
  }

  /** Today's calls in order (recalls are not calls), for the "in a row" rule. */
  private history(day: string): PastCall[] {
    const rows = this.db
      .prepare("SELECT e.detail FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id WHERE e.kind = 'called' AND t.business_day = ? ORDER BY e.id")
      .all(day) as { detail: string | null }[];
    return rows.map((r) => ({ priority: Boolean(r.detail && (JSON.parse(r.detail) as { priority?: boolean }).priority) }));
  }

  private ordering(): OrderingConfig {
    const s = this.settings.get();
    return { consecutivePriorityCap: s.consecutivePriorityCap, maxWaitMinutes: s.maxWaitMinutes };
  }

  private estimates(day: string): Map<number, WaitEstimate> {
    const now = this.clock.now().getTime();
    const waiting = (this.db.prepare(`${TICKET_SELECT} WHERE t.business_day = ? AND t.status = 'waiting'`).all(day) as TicketRow[]).map(toCandidate);
    const serviceMinutes = this.sessions.serviceMinutesFor(day);
    const busy = this.db
      .prepare(
        `SELECT t.desk_id, t.status, t.category, (SELECT MAX(at) FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'started') AS started_at
         FROM tickets t WHERE t.business_day = ? AND t.status IN ('called', 'serving')`,
      )
      .all(day) as { desk_id: number; status: TicketStatus; category: string; started_at: string | null }[];
    const loads = this.desks.openDeskIds().map((deskId) => {
      const current = busy.find((b) => b.desk_id === deskId);
      if (!current) return { freeInMinutes: 0 };
      const elapsed = current.started_at ? (now - Date.parse(current.started_at)) / 60_000 : 0;
      return { freeInMinutes: Math.max(0, serviceMinutes(current.category) - elapsed) };
    });
    const list = estimateWaits(waiting, this.history(day), this.ordering(), now, loads, serviceMinutes);
    return new Map(list.map((e) => [e.id, e]));
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

function toCandidate(row: TicketRow): Candidate {
  return { id: row.id, priority: row.priority_reason !== null, issuedAtMs: Date.parse(row.issued_at), category: row.category, row };
}

function toQueueTicket(row: TicketRow, estimate?: WaitEstimate): QueueTicket {
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
