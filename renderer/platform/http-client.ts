import type { CallResult } from '../../contract/errors';
import { EVENT_NAMES, type EventName } from '../../contract/events';
import { CallFailed, EventRouter, type HelpPointClient } from './client';

/**
 * Browser-shell transport: calls are POSTs to the loopback host, events arrive as
 * server-sent events. The key is the visitor key from the page, or the desk key
 * from the desk address.
 */
export function createHttpClient(key: string): HelpPointClient {
  const router = new EventRouter();
  let staffToken: string | null = null;
  const source = new EventSource(`/api/events?key=${encodeURIComponent(key)}`);
  for (const name of EVENT_NAMES) {
    source.addEventListener(name, (e) => router.dispatch({ event: name as EventName, payload: JSON.parse((e as MessageEvent<string>).data) }));
  }
  return {
    async call(method, input) {
      let response: Response;
      try {
        response = await fetch(`/api/call/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}`, ...(staffToken ? { 'X-Staff-Token': staffToken } : {}) },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        throw new CallFailed({ code: 'unavailable', messageKey: 'error.unavailable' });
      }
      let result: CallResult<unknown>;
      try {
        result = (await response.json()) as CallResult<unknown>;
      } catch {
        throw new CallFailed({ code: 'unavailable', messageKey: 'error.unavailable' });
      }
      if (!result.ok) throw new CallFailed(result.error);
      return result.value as never;
    },
    on: (event, listener) => router.add(event, listener),
    setStaffToken: (token) => {
      staffToken = token;
    },
  };
}
