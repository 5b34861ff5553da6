import type { queueMethods } from '../../contract/methods/queue';
import type { HandlersFor } from '../dispatcher';
import type { DayRollover } from './day-rollover';
import type { QueueView } from './queue-view';
import type { TicketIssuer } from './issue-ticket';
import type { QueueService } from './queue-service';

export interface QueueHandlerDeps {
  rollover: DayRollover;
  view: QueueView;
  issuer: TicketIssuer;
  queue: QueueService;
}

/** Every queue call first settles which day it is (closing earlier days once), then reads or acts on that day. */
export function queueHandlers({ rollover, view, issuer, queue }: QueueHandlerDeps): HandlersFor<keyof typeof queueMethods> {
  const day = () => rollover.currentDay();
  return {
    // The visitor's kiosk issues kiosk tickets; a desk issuing for a walk-in, desk tickets.
    'queue.issueTicket': (input, ctx) => issuer.issue(day(), input, ctx.role === 'visitor' ? 'kiosk' : 'desk'),
    'queue.board': () => view.board(day()),
    'queue.waiting': () => view.waiting(day()),
    'queue.callNext': ({ deskId }) => ({ ticket: queue.callNext(day(), deskId) }),
    'queue.callTicket': ({ deskId, ticketId }) => queue.callTicket(day(), deskId, ticketId),
    'queue.recall': ({ deskId, ticketId }) => queue.recall(day(), deskId, ticketId),
    'queue.noShow': ({ deskId, ticketId }) => queue.noShow(day(), deskId, ticketId),
    'queue.putBack': ({ deskId, ticketId }) => queue.putBack(day(), deskId, ticketId),
    'queue.transfer': ({ deskId, ticketId, toDeskId, toCategory }) => queue.transfer(day(), deskId, ticketId, toDeskId, toCategory),
    'queue.cancel': ({ deskId, ticketId, reason }) => queue.cancel(day(), deskId, ticketId, reason),
    'queue.startSession': ({ deskId, ticketId }) => queue.startSession(day(), deskId, ticketId),
    'queue.finishSession': ({ deskId, ticketId, record }) => queue.finishSession(day(), deskId, ticketId, record),
  };
}
