import type { HelpPointBridge } from '../../contract/bridge';
import { CallFailed, EventRouter, type HelpPointClient } from './client';

/** Electron transport: the named functions the preload exposed on window.helpPoint. */
export function createElectronClient(bridge: HelpPointBridge): HelpPointClient {
  const router = new EventRouter();
  bridge.onEvent((message) => router.dispatch(message));
  return {
    async call(method, input) {
      const result = await bridge.methods[method](input ?? {});
      if (!result.ok) throw new CallFailed(result.error);
      return result.value as never;
    },
    on: (event, listener) => router.add(event, listener),
  };
}
