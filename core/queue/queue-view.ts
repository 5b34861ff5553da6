import type { Clock } from '../clock';
import type { BoardView, QueueTicket } from '../../contract/dto';
import { orderingOf } from './next-ticket';
import { estimateWaits, type WaitEstimate } from './wait-estimate';
import { toCandidate, toQueueTicket, type Tickets } from './tickets';
import type { SettingsService } from '../settings';
import type { DeskService } from '../desks/desks';
import type { SessionService } from './sessions';

/**
 * What the screens read of one day's queue: who is at a desk, who waits and in which
 * order, who did not come, the board, and each visitor's estimated wait. Reads only;
 * the day is passed in, so the rollover runs once per request, where it comes in.
 */
export class QueueView {
  constructor(
    private readonly tickets: Tickets,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
    private readonly desks: DeskService,
    private readonly sessions: SessionService,
  ) {}

  /** Being served first, then everyone waiting in the order the rule will call them. */
  waiting(day: string): QueueTicket[] {
    return [...this.active(day), ...this.waitingInOrder(day)];
  }

  active(day: string): QueueTicket[] {
    return this.tickets.active(day).map((r) => toQueueTicket(r));
  }

  waitingInOrder(day: string): QueueTicket[] {
    const estimates = this.estimates(day);
    return this.tickets
      .waiting(day)
      .map((r) => toQueueTicket(r, estimates.get(r.id)))
      .sort((a, b) => (a.peopleAhead ?? 0) - (b.peopleAhead ?? 0));
  }

  missed(day: string): QueueTicket[] {
    return this.tickets.missed(day).map((r) => toQueueTicket(r));
  }

  /** Numbers and desks only: the board is a visitor screen. */
  board(day: string): BoardView {
    const settings = this.settings.get();
    const serving = this.active(day)
      .filter((t) => t.deskLabel !== null)
      .slice(0, 6)
      .map((t) => ({ displayNumber: t.displayNumber, desk: t.deskLabel! }));
    const waiting = this.waitingInOrder(day);
    const last = this.tickets.lastCall(day);
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

  /** Every waiting visitor's place and probable wait, by ticket id. */
  estimates(day: string): Map<number, WaitEstimate> {
    const now = this.clock.now().getTime();
    const waiting = this.tickets.waiting(day).map(toCandidate);
    const serviceMinutes = this.sessions.serviceMinutesFor(day);
    const busy = this.tickets.atDesks(day);
    const loads = this.desks.openDeskIds().map((deskId) => {
      const current = busy.find((b) => b.desk_id === deskId);
      if (!current) return { freeInMinutes: 0 };
      const elapsed = current.started_at ? (now - Date.parse(current.started_at)) / 60_000 : 0;
      return { freeInMinutes: Math.max(0, serviceMinutes(current.category) - elapsed) };
    });
    const list = estimateWaits(waiting, this.tickets.callHistory(day), orderingOf(this.settings.get()), now, loads, serviceMinutes);
    return new Map(list.map((e) => [e.id, e]));
  }
}
