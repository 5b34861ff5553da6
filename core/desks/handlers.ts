import type { deskMethods } from '../../contract/methods/desk';
import type { HandlersFor } from '../dispatcher';
import type { DayRollover } from '../queue/day-rollover';
import type { DeskOverviewReader } from './desk-overview';
import type { DeskService } from './desks';

export interface DeskHandlerDeps {
  rollover: DayRollover;
  overview: DeskOverviewReader;
  desks: DeskService;
}

export function deskHandlers({ rollover, overview, desks }: DeskHandlerDeps): HandlersFor<keyof typeof deskMethods> {
  return {
    'desk.overview': () => overview.read(rollover.currentDay()),
    'desk.signIn': ({ deskId, name, team }) => desks.signIn(deskId, name, team),
    'desk.signOut': ({ deskId }) => desks.signOut(deskId),
  };
}
