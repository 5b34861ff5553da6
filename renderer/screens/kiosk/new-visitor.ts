import type { Platform } from '../../platform/platform';
import { usePreferences } from '../../state/preferences';
import { useSpeech } from '../../speech/speech-store';
import type { KioskStore } from './kiosk-store';

/**
 * Everything back to how the next visitor should find it: silence, nothing left in
 * the print area, the first page, Vietnamese, normal text and contrast. One entry
 * per store, in this order; a new store with something of the visitor in it adds
 * its reset here. Used by Start over, Done and the idle reset.
 */
function nextVisitorResets(kiosk: KioskStore, platform: Pick<Platform, 'clearPrintArea'>): (() => void)[] {
  return [
    () => useSpeech.getState().reset(),
    () => platform.clearPrintArea(),
    () => kiosk.getState().resetVisit(),
    () => usePreferences.getState().resetPreferences(),
  ];
}

export function resetForNextVisitor(kiosk: KioskStore, platform: Pick<Platform, 'clearPrintArea'>): void {
  for (const reset of nextVisitorResets(kiosk, platform)) reset();
}
