import type { speechMethods } from '../../contract/methods/speech';
import { ServiceError } from '../../contract/errors';
import type { HandlersFor } from '../dispatcher';
import type { Services } from '../services';

export function speechHandlers(s: Services): HandlersFor<keyof typeof speechMethods> {
  return {
    'speech.status': async () => ({ engine: s.speech ? await s.speech.status() : { vi: false, en: false } }),
    'speech.synthesize': async ({ text, lang }) => {
      if (!s.speech) throw new ServiceError('unavailable', 'error.speechUnavailable');
      const wav = await s.speech.synthesize(text, lang);
      return { mime: 'audio/wav' as const, base64: Buffer.from(wav.buffer, wav.byteOffset, wav.byteLength).toString('base64') };
    },
  };
}
