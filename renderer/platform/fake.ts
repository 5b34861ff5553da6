import type { MethodInput, MethodName, MethodOutput } from '../../contract/methods';
import type { EventMessage, EventName, EventPayloads } from '../../contract/events';
import type { SaveExportRequest, SaveSyncBundleRequest } from '../../contract/bridge';
import { CallFailed, createClient } from './client';
import type { Platform, PrintJob } from './platform';

/** What a test answers for each method it expects; throw a `CallFailed` to answer with an error. */
export type FakeHandlers = {
  [M in MethodName]?: (input: MethodInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export interface FakePlatform extends Platform {
  /** Every call made, in order, with its input. */
  readonly calls: { method: MethodName; input: unknown; staffToken: string | null }[];
  /** Every receipt printed, in order. */
  readonly printed: { kind: 'ticket' | 'receipt'; job: PrintJob; heightMm?: number }[];
  /** Every export saved (Electron's folder dialog), with the token the platform added. */
  readonly saved: SaveExportRequest[];
  /** Every sync bundle saved (Electron's folder dialog), with the token the platform added. */
  readonly savedBundles: SaveSyncBundleRequest[];
  /** Pushes an event to every listener, as the core would. */
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
}

/**
 * A platform for store and component tests, with no shell behind it (like Actual's
 * `initServer`): answers from `handlers`, records calls and prints. A method with
 * no handler fails as the core fails an unknown method.
 */
export function createFakePlatform(handlers: FakeHandlers = {}): FakePlatform {
  const calls: FakePlatform['calls'] = [];
  const printed: FakePlatform['printed'] = [];
  const saved: SaveExportRequest[] = [];
  const savedBundles: SaveSyncBundleRequest[] = [];
  let dispatch: (message: EventMessage) => void = () => undefined;
  const client = createClient(
    async (method, input, staffToken) => {
      calls.push({ method, input, staffToken });
      const handler = handlers[method] as ((input: unknown) => unknown) | undefined;
      if (!handler) return { ok: false, error: { code: 'unknown_method', messageKey: 'error.unknown_method' } };
      try {
        return { ok: true, value: await handler(input) };
      } catch (err) {
        // A handler answers with an error by throwing it; anything else is the core failing.
        if (err instanceof CallFailed) return { ok: false, error: err.error };
        return { ok: false, error: { code: 'internal', messageKey: 'error.internal' } };
      }
    },
    (d) => {
      dispatch = d;
    },
  );
  return {
    call: client.call,
    on: client.on,
    setStaffToken: client.setStaffToken,
    calls,
    printed,
    saved,
    savedBundles,
    emit: (event, payload) => dispatch({ event, payload }),
    async printTicket(job) {
      printed.push({ kind: 'ticket', job });
      return { ok: true };
    },
    async printReceipt(job, heightMm) {
      printed.push({ kind: 'receipt', job, heightMm });
      return { ok: true };
    },
    clearPrintArea: () => undefined,
    async saveSyncBundle(request) {
      const staffToken = client.staffToken();
      if (!staffToken) return { saved: false };
      savedBundles.push({ ...request, staffToken });
      return { saved: true, folder: '/fake', name: 'dhp-sync_fake.json', rows: 0 };
    },
    async saveExport(request) {
      const staffToken = client.staffToken();
      if (!staffToken) return { saved: false };
      saved.push({ ...request, staffToken });
      return { saved: true, folder: '/fake', files: [] };
    },
  };
}
