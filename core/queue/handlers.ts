import type { queueMethods } from '../../contract/methods/queue';
import type { HandlersFor } from '../dispatcher';
import type { Services } from '../services';

export function queueHandlers(s: Services): HandlersFor<keyof typeof queueMethods> {
  return {
    'queue.issueTicket': (input, ctx) => s.queue.issueTicket(input, ctx.role === 'visitor' ? 'kiosk' : 'desk'),
    'queue.board': () => s.queue.board(),
    'queue.waiting': () => s.queue.waiting(),
    'queue.callNext': ({ deskId }) => ({ ticket: s.queue.callNext(deskId) }),
    'queue.callTicket': ({ deskId, ticketId }) => s.queue.callTicket(deskId, ticketId),
    'queue.recall': ({ deskId, ticketId }) => s.queue.recall(deskId, ticketId),
    'queue.noShow': ({ deskId, ticketId }) => s.queue.noShow(deskId, ticketId),
    'queue.putBack': ({ deskId, ticketId }) => s.queue.putBack(deskId, ticketId),
    'queue.transfer': ({ deskId, ticketId, toDeskId, toCategory }) => s.queue.transfer(deskId, ticketId, toDeskId, toCategory),
    'queue.cancel': ({ deskId, ticketId, reason }) => s.queue.cancel(deskId, ticketId, reason),
    'queue.startSession': ({ deskId, ticketId }) => s.queue.startSession(deskId, ticketId),
    'queue.finishSession': ({ deskId, ticketId, record }) => s.queue.finishSession(deskId, ticketId, record),
  };
}
