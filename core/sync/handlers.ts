import type { syncMethods } from '../../contract/methods/sync';
import type { HandlersFor } from '../dispatcher';
import type { PointSync } from './point-sync';

/** The staff's Sync tab (issue 14): every method is staff-only in the contract. */
export function syncHandlers({ sync }: { sync: PointSync }): HandlersFor<keyof typeof syncMethods> {
  return {
    'staff.sync.status': () => sync.status(),
    'staff.sync.enrol': (input, ctx) => sync.enrol(input, ctx.actor),
    'staff.sync.now': () => sync.now(),
    'staff.sync.bundle': (input, ctx) => sync.bundle(input, ctx.actor),
    'staff.sync.longCsv': (input, ctx) => sync.longCsv(input, ctx.actor),
    'staff.sync.unenrol': (_input, ctx) => sync.unenrol(ctx.actor),
  };
}
