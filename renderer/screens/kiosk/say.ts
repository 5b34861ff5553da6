import { usePreferences } from '../../state/preferences';
import { useSpeech } from '../../speech/speech-store';
import { clipUrl } from '../../speech/clip-url';
import type { Saying } from './view-speech';

/**
 * Speaks in the visitor's current language; a newer saying replaces the older one.
 * A plain function, not a hook: it reads the stores at the moment it is called.
 */
export function say({ text, clips }: Saying): void {
  const lang = usePreferences.getState().lang;
  void useSpeech.getState().speak({ text, lang, clipUrl: clipUrl(clips?.[lang]) });
}
