import { clearPrintArea } from '../../print/print-area';
import { usePreferences } from '../../state/preferences';
import { useSpeech } from '../../speech/speech-store';
import { useKiosk } from './kiosk-store';

/**
 * Everything back to how the next visitor should find it: first page, Vietnamese,
 * normal text and contrast, silence, nothing left in the print area. Used by Start over, Done and the idle reset.
 */
export function resetForNextVisitor(): void {
  useSpeech.getState().reset();
  clearPrintArea();
  useKiosk.getState().startOver();
  usePreferences.getState().resetPreferences();
}
