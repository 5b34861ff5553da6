import { usePreferences } from '../../state/preferences';
import { useSpeech } from '../../speech/speech-store';
import { useKiosk } from './kiosk-store';

/**
 * Everything back to how the next visitor should find it: first page, Vietnamese,
 * normal text and contrast, silence. Used by Start over, Done and the idle reset.
 */
export function resetForNextVisitor(): void {
  useSpeech.getState().reset();
  useKiosk.getState().startOver();
  usePreferences.getState().resetPreferences();
}
