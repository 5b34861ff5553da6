import type { Db } from '../storage/database';
import type { Clock } from '../clock';
import type { PointCalendar } from '../calendar';
import type { EventHub } from '../events';
import type { AuditLog } from '../audit';
import type { TicketStatus } from '../../contract/codes';
import type { DeskService } from '../desks/desks';
import type { Tickets } from './tickets';

/**
 * End of day, done lazily: at start-up and at the first read or write after local
 * midnight, tickets of earlier days still open are closed as "day-ended" (never
 * deleted), so a morning never starts with yesterday's queue.
 */
export class DayRollover {
  /** The local day last checked for rollover; null until the first check. */
  private checkedDay: string | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly calendar: PointCalendar,
    private readonly tickets: Tickets,
    private readonly desks: DeskService,
    private readonly audit: AuditLog,
    private readonly events: EventHub,
  ) {}

  /** The point's local day, once earlier days are closed; numbering restarts when it changes. Call once per request, where it comes in. */
  currentDay(): string {
    // A PC clock set back (a flat CMOS battery, a wrong correction) must not hide, close or
    // renumber the people already waiting: the queue stays on the latest day that still has
    // open tickets, and follows the clock again once they are served, cancelled or closed.
    const clockDay = this.calendar.today();
    const day = this.tickets.latestOpenDayAfter(clockDay) ?? clockDay;
    if (day === this.checkedDay) return day;
    const at = this.clock.now().toISOString();
    const closed = this.db
      .transaction(() => {
        const open = this.db
          .prepare<[string], { id: number; display_number: string; status: TicketStatus }>(
            "SELECT id, display_number, status FROM tickets WHERE business_day < ? AND status IN ('waiting', 'called', 'serving')",
          )
          .all(day);
        const close = this.db.prepare<[number]>("UPDATE tickets SET status = 'closed', closed_reason = 'day-ended' WHERE id = ?");
        for (const t of open) {
          close.run(t.id);
          this.tickets.writeEvent(t.id, 'closed', at, null, { reason: 'day-ended', from: t.status });
        }
        // A desk left signed in overnight is signed out: the morning's volunteer signs in afresh.
        const desksSignedOut = this.desks.signOutEarlierDays(day);
        this.db.prepare<[string, string]>('UPDATE business_days SET closed_at = ? WHERE day < ? AND closed_at IS NULL').run(at, day);
        if (open.length || desksSignedOut) {
          this.audit.record('system', 'queue.dayEnded', { day, closedTickets: open.map((t) => t.display_number), desksSignedOut });
        }
        return open.length + desksSignedOut;
      })
      .immediate();
    const wasRunning = this.checkedDay !== null;
    this.checkedDay = day;
    if (closed || wasRunning) this.events.emit('queue.changed', { reason: 'day-rollover' });
    return day;
  }
}
