import type { HelpPointBridge } from '../../contract/bridge';
import { CallFailed, EventRouter, type HelpPointClient } from './client';

/** Electron transport: the named functions the preload exposed on window.helpPoint. */
export function createElectronClient(bridge: HelpPointBridge): HelpPointClient {
  const router = new EventRouter();
  let staffToken: string | null = null;
  bridge.onEvent((message) => router.dispatch(message));
  return {
    async call(method, input) {
      const result = await bridge.methods[method](input ?? {}, staffToken);
      if (!result.ok) throw new CallFailed(result.error);
      return result.value as never;
    },
    on: (event, listener) => router.add(event, listener),
    setStaffToken: (token) => {
      staffToken = token;
    },
  };
}
