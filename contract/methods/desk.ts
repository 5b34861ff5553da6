import { z } from 'zod';
import type { DeskInfo, DeskOverview } from '../dto';
import { method } from './define';

const DeskId = z.number().int().positive();

export const deskMethods = {
  /** The desk screen's one read: desks, known volunteers, the queue in call order. */
  'desk.overview': method<DeskOverview>()('volunteer', z.object({}).strict()),
  /** A volunteer takes a desk: name and team, remembered for the pick list next time. */
  'desk.signIn': method<DeskInfo>()(
    'volunteer',
    z.object({ deskId: DeskId, name: z.string().trim().min(1).max(60), team: z.string().trim().max(60).default('') }).strict(),
  ),
  'desk.signOut': method<DeskInfo>()('volunteer', z.object({ deskId: DeskId }).strict()),
};
