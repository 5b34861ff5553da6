import { localDay } from '../contract/calendar';
import type { Clock } from './clock';

/**
 * "Today at the point": the local day in the point's own time zone (from settings),
 * never the PC's. The date arithmetic itself is the contract's (`contract/calendar.ts`).
 */
export class PointCalendar {
  constructor(
    private readonly clock: Clock,
    private readonly timeZone: () => string,
  ) {}

  /** The point's local day now, YYYY-MM-DD. */
  today(): string {
    return this.dayOf(this.clock.now());
  }

  /** The point's local day at an instant (a Date or an ISO string). */
  dayOf(instant: Date | string): string {
    return localDay(typeof instant === 'string' ? new Date(instant) : instant, this.timeZone());
  }
}
