import { z } from 'zod';
import type { WalkthroughContent, WalkthroughSummary } from '../dto';
import { Empty, Id, method } from './define';

export const catalogMethods = {
  'catalog.list': method<WalkthroughSummary[]>()('visitor', Empty),
  'catalog.get': method<WalkthroughContent>()('visitor', z.object({ id: Id }).strict()),
};
