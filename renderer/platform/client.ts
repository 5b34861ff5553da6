import type { MethodInput, MethodName, MethodOutput } from '../../contract/methods';
import type { CallError, CallResult, FieldIssue, MessageKey } from '../../contract/errors';
import type { EventMessage, EventName, EventPayloads } from '../../contract/events';

/**
 * Calling the core and hearing its events, whichever shell the page runs in: the
 * part of the `Platform` (platform.ts) that the stores and the speech port need.
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

const UNAVAILABLE: CallError = { code: 'unavailable', messageKey: 'error.unavailable' };

/** The message key of whatever a call threw: the core's own key, or "unavailable" for a transport that failed. */
export function messageKeyOf(err: unknown): MessageKey {
  return err instanceof CallFailed ? err.error.messageKey : UNAVAILABLE.messageKey;
}

/** The fields the core named as wrong, when it refused an input (empty otherwise). */
export function issuesOf(err: unknown): FieldIssue[] {
  return err instanceof CallFailed ? (err.error.issues ?? []) : [];
}

/** One transport's way of sending a call: the result as the core wrote it. May reject when the transport itself fails. */
export type Send = (method: MethodName, input: unknown, staffToken: string | null) => Promise<CallResult<unknown>>;
/** One transport's way of hearing the core: hands every event message to `dispatch`. */
export type Subscribe = (dispatch: (message: EventMessage) => void) => void;

/** The client and the staff token it keeps, for the platform calls that are not contract methods (saving an export). */
export interface ClientCore extends HelpPointClient {
  staffToken(): string | null;
}

/**
 * The skeleton every transport shares: per-event listeners, the staff token riding
 * along with each call, and one way to fail (`CallFailed`). A transport supplies
 * only how a call is sent and how events arrive.
 */
export function createClient(send: Send, subscribe: Subscribe): ClientCore {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let staffToken: string | null = null;
  subscribe((message) => {
    for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
  });
  return {
    async call(method, input) {
      let result: CallResult<unknown>;
      try {
        result = await send(method, input ?? {}, staffToken);
      } catch {
        // The host is gone or the answer was not JSON: to the screen, the kiosk is not connected.
        throw new CallFailed(UNAVAILABLE);
      }
      if (!result.ok) throw new CallFailed(result.error);
      // The transport cannot know M; the contract's dispatcher made the value MethodOutput<M>.
      return result.value as MethodOutput<typeof method>;
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      const untyped = listener as (payload: unknown) => void;
      set.add(untyped);
      listeners.set(event, set);
      return () => set.delete(untyped);
    },
    setStaffToken(token) {
      staffToken = token;
    },
    staffToken: () => staffToken,
  };
}
