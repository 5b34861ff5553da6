import type { DeskOverview } from '../../contract/dto';
import type { SettingsService } from '../settings';
import type { QueueView } from '../queue/queue-view';
import type { SessionService } from '../queue/sessions';
import type { DeskService } from './desks';
import type { VolunteerService } from './volunteers';

/**
 * The desk screen's one read: the desks and who is at each, the volunteers to pick
 * from at sign-in, the day's queue in call order, and the rule's numbers. The one
 * file in desks/ that reads the queue; the queue reads desks/ the other way round.
 */
export class DeskOverviewReader {
  constructor(
    private readonly settings: SettingsService,
    private readonly desks: DeskService,
    private readonly volunteers: VolunteerService,
    private readonly queue: QueueView,
    private readonly sessions: SessionService,
  ) {}

  read(day: string): DeskOverview {
    const settings = this.settings.get();
    return {
      today: day,
      desks: this.desks.list(),
      volunteers: this.volunteers.known(),
      waiting: this.queue.waitingInOrder(day),
      active: this.queue.active(day),
      missed: this.queue.missed(day),
      rules: { consecutivePriorityCap: settings.consecutivePriorityCap, maxWaitMinutes: settings.maxWaitMinutes, noShowAfterCalls: settings.noShowAfterCalls },
      servedToday: this.sessions.servedToday(day),
    };
  }
}
