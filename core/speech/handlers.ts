import type { speechMethods } from '../../contract/methods/speech';
import { ServiceError } from '../../contract/errors';
import type { HandlersFor } from '../dispatcher';
import type { SpeechEngine } from './speech-engine';

/** `engine` is the host's reading voice; null when the point runs without one. */
export function speechHandlers({ engine }: { engine: SpeechEngine | null }): HandlersFor<keyof typeof speechMethods> {
  return {
    'speech.status': async () => ({ engine: engine ? await engine.status() : { vi: false, en: false } }),
    'speech.synthesize': async ({ text, lang }) => {
      if (!engine) throw new ServiceError('unavailable', 'error.speechUnavailable');
      const wav = await engine.synthesize(text, lang);
      return { mime: 'audio/wav' as const, base64: Buffer.from(wav.buffer, wav.byteOffset, wav.byteLength).toString('base64') };
    },
  };
}
