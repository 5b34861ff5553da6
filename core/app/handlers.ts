import type { appMethods } from '../../contract/methods/app';
import type { HandlersFor } from '../dispatcher';
import type { SettingsService } from '../settings';
import type { PointCalendar } from '../calendar';

export interface AppHandlerDeps {
  settings: SettingsService;
  calendar: PointCalendar;
  /** The app's version, shown on the staff screens. */
  version: string;
}

export function appHandlers({ settings, calendar, version }: AppHandlerDeps): HandlersFor<keyof typeof appMethods> {
  return {
    'app.info': () => {
      const s = settings.get();
      return { pointName: s.pointName, province: s.province, timeZone: s.timeZone, today: calendar.today(), version, kioskIdleSeconds: s.kioskIdleSeconds };
    },
  };
}
