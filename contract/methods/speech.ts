import { z } from 'zod';
import { LANGS, type Lang } from '../labels';
import { Empty, method } from './define';

export const SPEECH_TEXT_MAX = 1500;

/** Which languages the host's own reading voice (e.g. espeak-ng) can speak; false for both when it has none. */
export interface SpeechEngineStatus {
  engine: Record<Lang, boolean>;
}

export interface SynthesizedSpeech {
  mime: 'audio/wav';
  base64: string;
}

export const SynthesizeInput = z
  .object({
    /** NFC first, so decomposed Vietnamese marks are read (and counted) like composed ones. */
    text: z
      .string()
      .transform((s) => s.normalize('NFC').trim())
      .pipe(z.string().min(1).max(SPEECH_TEXT_MAX)),
    lang: z.enum(LANGS),
  })
  .strict();

export const speechMethods = {
  'speech.status': method<SpeechEngineStatus>()('visitor', Empty),
  /** Fails with `error.speechUnavailable` when the host has no voice for the language. */
  'speech.synthesize': method<SynthesizedSpeech>()('visitor', SynthesizeInput),
};
