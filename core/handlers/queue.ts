import type { queueMethods } from '../../contract/methods/queue';
import type { HandlersFor } from '../dispatcher';
import type { Services } from '../services';

export function queueHandlers(s: Services): HandlersFor<keyof typeof queueMethods> {
  return {
    'queue.issueTicket': (input, ctx) => s.queue.issueTicket(input, ctx.role === 'visitor' ? 'kiosk' : 'desk'),
    'queue.board': () => s.queue.board(),
    'queue.waiting': () => s.queue.waiting(),
  };
}
