import type { catalogMethods } from '../../contract/methods/catalog';
import type { HandlersFor } from '../dispatcher';
import type { CatalogService } from './catalog';

export function catalogHandlers({ catalog }: { catalog: CatalogService }): HandlersFor<keyof typeof catalogMethods> {
  return {
    'catalog.list': () => catalog.list(),
    'catalog.get': ({ id }) => catalog.get(id),
  };
}
