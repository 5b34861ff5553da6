import type { appMethods } from '../../contract/methods/app';
import type { HandlersFor } from '../dispatcher';
import type { Services } from '../services';

export function appHandlers(s: Services): HandlersFor<keyof typeof appMethods> {
  return {
    'app.info': () => {
      const settings = s.settings.get();
      return { pointName: settings.pointName, province: settings.province, timeZone: settings.timeZone, today: s.queue.today(), version: s.version, kioskIdleSeconds: settings.kioskIdleSeconds };
    },
  };
}
