import { z } from 'zod';
import type { BoardView, IssuedTicket, WaitingTicket } from '../dto';
import { PRIORITY_REASONS } from '../dto';
import { Empty, Id, method } from './define';

export const queueMethods = {
  'queue.issueTicket': method<IssuedTicket>()(
    'visitor',
    z
      .object({
        /** A walkthrough id, or "other". */
        category: Id,
        priorityReason: z.enum(PRIORITY_REASONS).nullable().default(null),
        walkthroughId: Id.nullable().default(null),
        stepReached: z.number().int().min(0).max(50).nullable().default(null),
      })
      .strict(),
  ),
  'queue.board': method<BoardView>()('visitor', Empty),
  'queue.waiting': method<WaitingTicket[]>()('volunteer', Empty),
};
