import type { EventMessage, EventName, EventPayloads } from '../contract/events';

type Listener = (message: EventMessage) => void;

/** What a transport needs of the events: to hear every one until it stops. */
export interface EventSource {
  subscribe(listener: Listener): () => void;
}

/** Fan-out of contract events to every transport (IPC windows, SSE clients). */
export class EventHub implements EventSource {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    const message = { event, payload } as EventMessage;
    for (const listener of [...this.listeners]) {
      try {
        listener(message);
      } catch {
        // One broken subscriber (a closed window, a dropped socket) must not stop the others.
      }
    }
  }
}
