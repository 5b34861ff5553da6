import { usePreferences } from '../../state/preferences';
import { useSpeech } from '../../speech/speech-store';
import { clipUrl } from '../../speech/clip-url';
import type { Saying } from './view-speech';


/** Speaks in the visitor's current language; a newer saying replaces the older one. */
export function useSay(): (saying: Saying) => void {
  return sayNow;
}

export function sayNow({ text, clips }: Saying): void {
  const lang = usePreferences.getState().lang;
  void useSpeech.getState().speak({ text, lang, clipUrl: clipUrl(clips?.[lang]) });
}
