import type { HelpPointClient } from '../platform/client';
import { base64ToBytes } from '../platform/bytes';
import type { Lang } from '../../contract/labels';
import type { SpeechRequest, VoiceProvider } from './speech-port';

/*
 * The three voices behind the speech port. Each takes the browser objects it uses
 * (Audio, speechSynthesis) as parameters, typed by the little they need, so they
 * run against fakes in unit tests; `browserVoiceProviders` wires the real ones.
 */

/** What the providers use of an HTMLAudioElement. */
export interface AudioLike {
  src: string;
  volume: number;
  play(): Promise<void>;
  pause(): void;
  addEventListener(type: 'ended' | 'error', listener: () => void): void;
  removeEventListener(type: 'ended' | 'error', listener: () => void): void;
}
export type CreateAudio = () => AudioLike;

/** What the platform provider uses of SpeechSynthesisVoice, SpeechSynthesisUtterance and speechSynthesis. */
export interface VoiceLike {
  readonly lang: string;
  readonly name: string;
  readonly localService?: boolean;
}
export interface UtteranceLike {
  text: string;
  lang: string;
  volume: number;
  rate: number;
  voice: VoiceLike | null;
  addEventListener(type: 'end' | 'error', listener: (event: { error?: string }) => void): void;
}
export interface SynthLike {
  getVoices(): readonly VoiceLike[];
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}
export type CreateUtterance = (text: string) => UtteranceLike;

/** Plays one URL to its end; settles early (resolving) when `signal` aborts. Rejects when it cannot play. */
function playUrl(createAudio: CreateAudio, url: string, volume: number, signal: AbortSignal, onAudio: (audio: AudioLike | null) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) return resolve();
    const audio = createAudio();
    const finish = (fn: () => void) => {
      audio.removeEventListener('ended', onEnded);
      audio.removeEventListener('error', onError);
      signal.removeEventListener('abort', onAbort);
      onAudio(null);
      fn();
    };
    const onEnded = () => finish(resolve);
    const onError = () => finish(() => reject(new Error(`cannot play ${url}`)));
    const onAbort = () => {
      audio.pause();
      finish(resolve);
    };
    audio.addEventListener('ended', onEnded);
    audio.addEventListener('error', onError);
    signal.addEventListener('abort', onAbort, { once: true });
    audio.volume = volume;
    audio.src = url;
    onAudio(audio);
    audio.play().catch((err: unknown) => {
      if (signal.aborted) return;
      finish(() => reject(err instanceof Error ? err : new Error(String(err))));
    });
  });
}

/** A recorded clip shipped with the walkthrough: the best voice there is, when the step has one. */
export function clipProvider(createAudio: CreateAudio | null): VoiceProvider {
  let playing: AudioLike | null = null;
  return {
    source: 'clip',
    canSpeak: async (req) => Boolean(createAudio && req.clipUrl),
    speak: (req, volume, signal) => playUrl(createAudio!, req.clipUrl!, volume, signal, (a) => (playing = a)),
    stop: () => playing?.pause(),
    setVolume: (volume) => {
      if (playing) playing.volume = volume;
    },
  };
}

/** How long to wait for a voice list that fills in late ('voiceschanged'). */
export const VOICE_WAIT_MS = 1000;

/** A voice for the language: Vietnamese prefers vi-VN; a voice on this machine beats a network one. */
export function pickVoice(voices: readonly VoiceLike[], lang: Lang): VoiceLike | null {
  const norm = (v: VoiceLike) => v.lang.toLowerCase().replace('_', '-');
  const matching = voices.filter((v) => norm(v) === lang || norm(v).startsWith(`${lang}-`));
  const rank = (v: VoiceLike) => (lang === 'vi' && norm(v) === 'vi-vn' ? 0 : 2) + (v.localService === false ? 1 : 0);
  return [...matching].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/**
 * The browser's own voice (Web Speech API). Chromium on Windows has "Microsoft An"
 * for Vietnamese when the speech pack is installed; Linux Chromium often has none.
 */
export function platformProvider(synth: SynthLike | null, createUtterance: CreateUtterance | null, options: { rate?: number; voiceWaitMs?: number } = {}): VoiceProvider {
  const rate = options.rate ?? 0.9;
  const waitMs = options.voiceWaitMs ?? VOICE_WAIT_MS;
  let waited = false;

  const voices = async (): Promise<readonly VoiceLike[]> => {
    if (!synth) return [];
    const now = synth.getVoices();
    // Wait for a late list once only: a machine without voices must not delay every request.
    if (now.length || waited) return now;
    waited = true;
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        synth.removeEventListener('voiceschanged', done);
        resolve(synth.getVoices());
      };
      const timer = setTimeout(done, waitMs);
      synth.addEventListener('voiceschanged', done);
    });
  };

  return {
    source: 'platform',
    canSpeak: async (req) => Boolean(synth && createUtterance && pickVoice(await voices(), req.lang)),
    async speak(req, volume, signal) {
      const voice = pickVoice(await voices(), req.lang);
      if (!synth || !createUtterance || !voice) throw new Error('no platform voice');
      if (signal.aborted) return;
      await new Promise<void>((resolve, reject) => {
        const utterance = createUtterance(req.text);
        utterance.voice = voice;
        utterance.lang = voice.lang || (req.lang === 'vi' ? 'vi-VN' : 'en-US');
        utterance.volume = volume;
        utterance.rate = rate;
        const settle = (fn: () => void) => {
          clearTimeout(watchdog);
          signal.removeEventListener('abort', onAbort);
          fn();
        };
        const onAbort = () => {
          synth.cancel();
          settle(resolve);
        };
        // Some Chromium voices never fire 'end'; the request must not stay "speaking" for ever.
        const watchdog = setTimeout(() => settle(resolve), 10_000 + req.text.length * 200);
        utterance.addEventListener('end', () => settle(resolve));
        utterance.addEventListener('error', (event) => {
          if (signal.aborted || event.error === 'interrupted' || event.error === 'canceled') settle(resolve);
          else settle(() => reject(new Error(`speech error: ${event.error ?? 'unknown'}`)));
        });
        signal.addEventListener('abort', onAbort, { once: true });
        synth.cancel();
        synth.speak(utterance);
      });
    },
    stop: () => synth?.cancel(),
  };
}

/** What the host provider uses of the page: base64 → bytes → an object URL. */
export interface BlobUrls {
  create(bytes: Uint8Array<ArrayBuffer>, mime: string): string;
  revoke(url: string): void;
}

export const browserBlobUrls: BlobUrls = {
  create: (bytes, mime) => URL.createObjectURL(new Blob([bytes], { type: mime })),
  revoke: (url) => URL.revokeObjectURL(url),
};

/**
 * The host's engine (espeak-ng) through the contract: `speech.status` once per
 * attach (a failed check is asked again next time), then `speech.synthesize` → WAV
 * → object URL → audio, the URL revoked when done.
 */
export function hostProvider(client: HelpPointClient, createAudio: CreateAudio | null, urls: BlobUrls = browserBlobUrls): VoiceProvider {
  let status: Record<Lang, boolean> | null = null;
  let playing: AudioLike | null = null;
  const engine = async () => {
    if (!status) {
      try {
        status = (await client.call('speech.status', {})).engine;
      } catch {
        return null;
      }
    }
    return status;
  };
  return {
    source: 'host',
    canSpeak: async (req) => Boolean(createAudio && (await engine())?.[req.lang]),
    async speak(req: SpeechRequest, volume, signal) {
      const wav = await client.call('speech.synthesize', { text: req.text, lang: req.lang });
      if (signal.aborted) return;
      const url = urls.create(base64ToBytes(wav.base64), wav.mime);
      try {
        await playUrl(createAudio!, url, volume, signal, (a) => (playing = a));
      } finally {
        urls.revoke(url);
      }
    },
    stop: () => playing?.pause(),
    setVolume: (volume) => {
      if (playing) playing.volume = volume;
    },
  };
}

/** The page's real Audio and speechSynthesis, where it has them. Reads `globalThis` only when called. */
export function browserVoiceProviders(client: HelpPointClient): VoiceProvider[] {
  const g = globalThis as unknown as {
    Audio?: new () => AudioLike;
    speechSynthesis?: SynthLike;
    SpeechSynthesisUtterance?: new (text: string) => UtteranceLike;
  };
  const Audio = g.Audio;
  const Utterance = g.SpeechSynthesisUtterance;
  const createAudio: CreateAudio | null = Audio ? () => new Audio() : null;
  return [
    clipProvider(createAudio),
    platformProvider(g.speechSynthesis ?? null, Utterance ? (text) => new Utterance(text) : null),
    hostProvider(client, createAudio),
  ];
}
