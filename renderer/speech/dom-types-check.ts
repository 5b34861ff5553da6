import type { AudioLike, SynthLike, UtteranceLike, VoiceLike } from './providers';

/*
 * Compile-time only (tsconfig.json, with the DOM library): the structural types the
 * providers use must accept the browser's real objects. Nothing here runs.
 */
type Assignable<T, U extends T> = U;
export type DomTypesFit = [
  Assignable<AudioLike, HTMLAudioElement>,
  Assignable<VoiceLike, SpeechSynthesisVoice>,
  Assignable<UtteranceLike, SpeechSynthesisUtterance>,
  Assignable<SynthLike, SpeechSynthesis>,
];
