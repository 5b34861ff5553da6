import type { deskMethods } from '../../contract/methods/desk';
import type { HandlersFor } from '../dispatcher';
import type { Services } from '../services';

export function deskHandlers(s: Services): HandlersFor<keyof typeof deskMethods> {
  return {
    'desk.overview': () => {
      const today = s.queue.rollOver();
      const settings = s.settings.get();
      return {
        today,
        desks: s.desks.list(),
        volunteers: s.volunteers.known(),
        waiting: s.queue.waitingInOrder(today),
        active: s.queue.active(today),
        missed: s.queue.missed(today),
        rules: { consecutivePriorityCap: settings.consecutivePriorityCap, maxWaitMinutes: settings.maxWaitMinutes, noShowAfterCalls: settings.noShowAfterCalls },
        servedToday: s.sessions.servedToday(today),
      };
    },
    'desk.signIn': ({ deskId, name, team }) => s.desks.signIn(deskId, name, team),
    'desk.signOut': ({ deskId }) => s.desks.signOut(deskId),
  };
}
