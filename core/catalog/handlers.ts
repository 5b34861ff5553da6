import type { catalogMethods } from '../../contract/methods/catalog';
import type { HandlersFor } from '../dispatcher';
import type { Services } from '../services';

export function catalogHandlers(s: Services): HandlersFor<keyof typeof catalogMethods> {
  return {
    'catalog.list': () => s.catalog.list(),
    'catalog.get': ({ id }) => s.catalog.get(id),
  };
}
