import type { HelpPointBridge } from '../../contract/bridge';
import { isScreenName, type ScreenName } from '../../contract/screens';
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron';
import type { Platform } from './platform';

declare global {
  interface Window {
    helpPoint?: HelpPointBridge;
  }
}

export interface Connection {
  platform: Platform;
  screen: ScreenName;
  /** False when the desk was opened without its key (browser shell only). */
  authorised: boolean;
}

const DESK_KEY = 'dhp-desk-key';

/** Picks the platform for this window and works out which screen it is. */
export function connect(): Connection {
  const bridge = window.helpPoint;
  if (bridge) return { platform: createElectronPlatform(bridge), screen: bridge.screen, authorised: true };
  const screen = screenFromPath(location.pathname);
  let key = document.querySelector<HTMLMetaElement>('meta[name="dhp-key"]')?.content ?? '';
  let authorised = true;
  if (screen === 'desk') {
    const fromHash = new URLSearchParams(location.hash.slice(1)).get('key');
    if (fromHash) {
      sessionStorage.setItem(DESK_KEY, fromHash);
      // Keep the key out of the visible address once it is safely stored.
      history.replaceState(null, '', location.pathname);
    }
    const deskKey = sessionStorage.getItem(DESK_KEY);
    if (deskKey) key = deskKey;
    else authorised = false;
  }
  return { platform: createBrowserPlatform(key), screen, authorised };
}

function screenFromPath(pathname: string): ScreenName {
  const first = pathname.split('/').filter(Boolean)[0];
  return isScreenName(first) ? first : 'kiosk';
}
