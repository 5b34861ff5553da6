import type { Db } from '../storage/database';
import type { Clock } from '../clock';
import type { PointCalendar } from '../calendar';
import type { FeedbackRating } from '../../contract/codes';
import type { CatalogService } from '../catalog/catalog';

/**
 * Visitor feedback: one tap, stored as a rating, the point's local day and the time.
 * Nothing about who tapped: no ticket, no session, no screen, no address.
 */
export class FeedbackService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly calendar: PointCalendar,
    private readonly catalog: CatalogService,
  ) {}

  /**
   * A walkthrough id the catalog does not know (a content pack swapped mid-visit, a
   * stale screen) is kept as null rather than refused: the rating still counts, and
   * a visitor's last tap never ends in an error message.
   */
  submit(rating: FeedbackRating, walkthroughId: string | null): { ok: true } {
    const now = this.clock.now();
    const day = this.calendar.dayOf(now);
    const known = walkthroughId !== null && this.catalog.titleOf(walkthroughId) !== null ? walkthroughId : null;
    this.db.prepare('INSERT INTO feedback (business_day, at, rating, walkthrough_id, session_id) VALUES (?, ?, ?, ?, NULL)').run(day, now.toISOString(), rating, known);
    return { ok: true };
  }
}
