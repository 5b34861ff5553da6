import type { MethodInput, MethodName, MethodOutput } from '../../contract/methods';
import type { CallError } from '../../contract/errors';
import type { EventMessage, EventName, EventPayloads } from '../../contract/events';

/**
 * The one way screens talk to the core, whichever shell they run in. zustand
 * slices take a client, never `window.helpPoint` or `fetch` directly, so tests
 * and both shells share the same screens.
 */
export interface HelpPointClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  /** Sent with every call after a staff PIN sign-in; null signs out. Kept in memory only. */
  setStaffToken(token: string | null): void;
}

/** A typed failure from the core; `messageKey` is shown through the i18n catalogue. */
export class CallFailed extends Error {
  constructor(readonly error: CallError) {
    super(error.messageKey);
    this.name = 'CallFailed';
  }
}

export type RawListener = (message: EventMessage) => void;

/** Routes raw event messages to per-event listeners. */
export class EventRouter {
  private readonly listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  dispatch(message: EventMessage): void {
    for (const l of this.listeners.get(message.event) ?? []) l(message.payload);
  }

  add<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener as (payload: unknown) => void);
    this.listeners.set(event, set);
    return () => set.delete(listener as (payload: unknown) => void);
  }
}
