/**
 * Read-aloud, whatever voice this machine has. One request is tried against the
 * voices in a fixed order — the recorded clip, the browser's own voice, the host's
 * engine — and the first that can speak it does; when none can, the words stay on
 * screen and the caller hears 'none'. Pure: no window access here, so it is tested
 * with fake providers and used by both shells.
 */
import type { Lang } from '../../contract/labels';

export type VoiceSource = 'clip' | 'platform' | 'host' | 'none';
export type SpeakingSource = Exclude<VoiceSource, 'none'>;
export interface SpeechRequest {
  /** What is read, exactly as shown on screen. */
  text: string;
  lang: Lang;
  /** A recorded clip of the same words (see clip-url.ts); tried first when given. */
  clipUrl?: string | null;
}

/** One way of speaking. `speak` settles when the speech has ended; it rejects when it could not speak. */
export interface VoiceProvider {
  readonly source: SpeakingSource;
  /** Cheap check before speaking: is there a voice (or clip) for this request? Never meant to throw. */
  canSpeak(req: SpeechRequest): Promise<boolean>;
  /** Speaks at `volume` (0..1); stops promptly, without rejecting, when `signal` aborts. */
  speak(req: SpeechRequest, volume: number, signal: AbortSignal): Promise<void>;
  /** Silences whatever this provider is playing. */
  stop(): void;
  /** Changes the volume of what is playing now, where the medium allows it. */
  setVolume?(volume: number): void;
}

export interface SpeakHooks {
  /** Called when a provider starts on the request (again for each fall-through). */
  onStart?(source: SpeakingSource): void;
}

export interface SpeechPort {
  /**
   * Speaks `req`, cancelling anything still playing. Resolves with the source that
   * spoke, or 'none' when nothing could; a request cancelled by `stop()` or a newer
   * `speak()` resolves at once with the source that had started ('none' if none had).
   * Never rejects.
   */
  speak(req: SpeechRequest, volume: number, hooks?: SpeakHooks): Promise<VoiceSource>;
  stop(): void;
  setVolume(volume: number): void;
}

/** The order voices are tried in, whatever order the providers are given in. */
export const VOICE_ORDER: readonly SpeakingSource[] = ['clip', 'platform', 'host'];

/** How long a provider may take to say whether it can speak (voice lists load lazily; the host may be slow). */
const CAN_SPEAK_TIMEOUT_MS = 3000;

export function clampVolume(volume: number): number {
  return Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : 1;
}

export function createSpeechPort(providers: readonly VoiceProvider[]): SpeechPort {
  const ordered = VOICE_ORDER.flatMap((source) => providers.filter((p) => p.source === source));
  let current: { controller: AbortController; provider: VoiceProvider | null } | null = null;

  const cancelCurrent = () => {
    if (!current) return;
    current.controller.abort();
    safely(() => current?.provider?.stop());
    current = null;
  };

  return {
    async speak(req, volume, hooks) {
      cancelCurrent();
      const controller = new AbortController();
      const mine: { controller: AbortController; provider: VoiceProvider | null } = { controller, provider: null };
      current = mine;
      const { signal } = controller;
      const aborted = untilAborted(signal);
      let started: SpeakingSource | null = null;
      const level = clampVolume(volume);
      try {
        for (const provider of ordered) {
          if (signal.aborted) break;
          const able = await Promise.race([withTimeout(attempt(() => provider.canSpeak(req)), CAN_SPEAK_TIMEOUT_MS, false), aborted.then(() => false)]);
          if (!able || signal.aborted) continue;
          mine.provider = provider;
          started = provider.source;
          safely(() => hooks?.onStart?.(provider.source));
          const outcome = await Promise.race([
            attempt(() => provider.speak(req, level, signal)).then(() => 'spoke' as const, () => 'failed' as const),
            aborted.then(() => 'cancelled' as const),
          ]);
          if (outcome === 'spoke' || outcome === 'cancelled') return provider.source;
          // It could not speak after all (clip missing, voice error): the next one tries.
          safely(() => provider.stop());
          mine.provider = null;
          started = null;
        }
        return started ?? 'none';
      } catch {
        return started ?? 'none';
      } finally {
        if (current === mine) current = null;
      }
    },
    stop: cancelCurrent,
    setVolume(volume) {
      safely(() => current?.provider?.setVolume?.(clampVolume(volume)));
    },
  };
}

/** Runs `fn`, turning a synchronous throw into a rejection. */
function attempt<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (err) {
    return Promise.reject(err);
  }
}

function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // A provider that fails to stop must not stop the next one from speaking.
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
