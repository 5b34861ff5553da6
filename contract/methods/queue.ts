import { z } from 'zod';
import type { BoardView, IssuedTicket, SessionFinished, SessionStarted, QueueTicket } from '../dto';
import {
  AGE_BANDS,
  CANCEL_REASONS,
  COUNTERS,
  OUTCOME_FIELDS,
  OUTCOMES,
  PRIORITY_FLAGS,
  PRIORITY_REASONS,
  REASON_CODES,
  REFERRAL_TARGETS,
  SEXES,
  TARGET_GROUPS,
} from '../codes';
import { contactAllowed } from '../contact';
import { Empty, Id, method } from './define';

const TicketId = z.number().int().positive();
const DeskId = z.number().int().positive();

/** Personal fields are optional and only ever stored with the visitor's consent tick. */
const ContactFields = {
  visitorName: z.string().trim().max(80).nullable().default(null),
  visitorPhone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{8,16}$/, 'phone')
    .nullable()
    .default(null),
  consent: z.boolean().default(false),
};

const CONSENT_ISSUE = { message: 'consent', path: ['consent'] };

export const IssueTicketInput = z
  .object({
    /** A walkthrough id, or "other". */
    category: Id,
    priorityReason: z.enum(PRIORITY_REASONS).nullable().default(null),
    walkthroughId: Id.nullable().default(null),
    stepReached: z.number().int().min(0).max(50).nullable().default(null),
    ageBand: z.enum(AGE_BANDS).nullable().default(null),
    ...ContactFields,
  })
  .strict()
  .refine(contactAllowed, CONSENT_ISSUE);

/** The record a volunteer fills in when a session ends: codes and taps, times computed. */
export const SessionRecordInput = z
  .object({
    services: z.array(Id).min(1).max(20),
    outcome: z.enum(OUTCOMES),
    reasonCode: z.enum(REASON_CODES).nullable().default(null),
    referralTo: z.enum(REFERRAL_TARGETS).nullable().default(null),
    counters: z.partialRecord(z.enum(COUNTERS), z.boolean()).default({}),
    targetGroup: z.enum(TARGET_GROUPS).nullable().default(null),
    ageBand: z.enum(AGE_BANDS).nullable().default(null),
    sex: z.enum(SEXES).nullable().default(null),
    priorityFlags: z.array(z.enum(PRIORITY_FLAGS)).max(PRIORITY_FLAGS.length).default([]),
    note: z.string().trim().max(300).nullable().default(null),
    ...ContactFields,
  })
  .strict()
  .refine((r) => OUTCOME_FIELDS[r.outcome].reason !== 'required' || r.reasonCode !== null, { message: 'reason', path: ['reasonCode'] })
  .refine((r) => OUTCOME_FIELDS[r.outcome].referral !== 'required' || r.referralTo !== null, { message: 'referral', path: ['referralTo'] })
  .refine(contactAllowed, CONSENT_ISSUE);
export type SessionRecordInput = z.output<typeof SessionRecordInput>;

const AtDesk = { deskId: DeskId, ticketId: TicketId };

export const queueMethods = {
  'queue.issueTicket': method<IssuedTicket>()('visitor', IssueTicketInput),
  'queue.board': method<BoardView>()('visitor', Empty),
  'queue.waiting': method<QueueTicket[]>()('volunteer', Empty),
  /** The queue rule picks; two desks at once never get the same ticket. Null when nobody waits. */
  'queue.callNext': method<{ ticket: QueueTicket | null }>()('volunteer', z.object({ deskId: DeskId }).strict()),
  'queue.callTicket': method<QueueTicket>()('volunteer', z.object(AtDesk).strict()),
  'queue.recall': method<QueueTicket>()('volunteer', z.object(AtDesk).strict()),
  'queue.noShow': method<QueueTicket>()('volunteer', z.object(AtDesk).strict()),
  'queue.putBack': method<QueueTicket>()('volunteer', z.object(AtDesk).strict()),
  'queue.transfer': method<QueueTicket>()(
    'volunteer',
    z
      .object({ ...AtDesk, toDeskId: DeskId.nullable().default(null), toCategory: Id.nullable().default(null) })
      .strict()
      .refine((v) => v.toDeskId !== null || v.toCategory !== null, { message: 'target', path: ['toDeskId'] }),
  ),
  'queue.cancel': method<QueueTicket>()('volunteer', z.object({ ...AtDesk, reason: z.enum(CANCEL_REASONS).default('visitor-left') }).strict()),
  'queue.startSession': method<SessionStarted>()('volunteer', z.object(AtDesk).strict()),
  'queue.finishSession': method<SessionFinished>()('volunteer', z.object({ ...AtDesk, record: SessionRecordInput }).strict()),
};
