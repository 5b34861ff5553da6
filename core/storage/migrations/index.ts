import type { Migration } from './migration';
import { migration as initialSchema } from './001-initial-schema';
import { migration as callReasonsAndTransfers } from './002-call-reasons-and-transfers';
import { migration as staffPinAndContentPacks } from './003-staff-pin-and-content-packs';
import { migration as pointIdentityAndOutbox } from './004-point-identity-and-outbox';

export type { Migration };

/** Every schema change, oldest first; `openDatabase` applies the ones a data file has not had yet. */
export const MIGRATIONS: readonly Migration[] = [initialSchema, callReasonsAndTransfers, staffPinAndContentPacks, pointIdentityAndOutbox];
