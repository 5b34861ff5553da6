/** Named events pushed from the core to every open screen. */
export interface EventPayloads {
  /** Something in today's queue changed; screens re-read what they show. */
  'queue.changed': { reason: QueueChangeReason; ticketId?: number };
}

export type QueueChangeReason = 'issued' | 'called' | 'updated' | 'day-rollover';
export type EventName = keyof EventPayloads;
export const EVENT_NAMES: readonly EventName[] = ['queue.changed'];

export interface EventMessage<E extends EventName = EventName> {
  event: E;
  payload: EventPayloads[E];
}
