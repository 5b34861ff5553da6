import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { HelpPointClient } from '../platform/client';
import { createSpeechPort, type SpeechPort, type SpeechRequest, type VoiceProvider, type VoiceSource } from './speech-port';
import { browserVoiceProviders } from './providers';

/** Volume buttons step through 5 levels: volume = (step + 1) / 5, i.e. 0.2 … 1.0. */
export const VOLUME_STEPS = 5;
export const DEFAULT_VOLUME_STEP = 3;

export function volumeOf(step: number): number {
  return (step + 1) / VOLUME_STEPS;
}

export interface SpeechState {
  /** True from a request until its speech ends or is stopped. */
  speaking: boolean;
  /** The voice of the current or last request; null before any, or after stop/reset. */
  source: VoiceSource | null;
  /** True after a request nothing could speak (no clip, no voice, no host engine); cleared by the next that speaks. */
  noVoice: boolean;
  /** 0 … VOLUME_STEPS − 1. */
  volumeStep: number;
  /** Connects the store to the core (for the host engine); builds fresh voices, so the engine is asked again. */
  attach(client: HelpPointClient): void;
  /** Speaks, cancelling anything playing; resolves with the voice used ('none' when nothing could, or when not attached). Never rejects. */
  speak(req: SpeechRequest): Promise<VoiceSource>;
  stop(): void;
  volumeUp(): void;
  volumeDown(): void;
  /** For the next visitor: silence, default volume, no "no voice" notice. Stays attached. */
  reset(): void;
}

const DEFAULTS = { speaking: false, source: null, noVoice: false, volumeStep: DEFAULT_VOLUME_STEP } satisfies Partial<SpeechState>;

export type SpeechStore = UseBoundStore<StoreApi<SpeechState>>;

/** A speech store whose voices come from `makeProviders` (the browser's real ones in `useSpeech`). */
export function createSpeechStore(makeProviders: (client: HelpPointClient) => VoiceProvider[]): SpeechStore {
  let port: SpeechPort | null = null;
  let attachedTo: HelpPointClient | null = null;
  /** Bumped by every speak/stop/reset: only the latest request may write the state. */
  let generation = 0;

  return create<SpeechState>()((set, get) => ({
    ...DEFAULTS,
    attach(client) {
      if (client === attachedTo && port) return;
      port?.stop();
      generation += 1;
      attachedTo = client;
      port = createSpeechPort(makeProviders(client));
      set({ speaking: false });
    },
    async speak(req) {
      const mine = ++generation;
      if (!port) {
        set({ speaking: false, source: 'none', noVoice: true });
        return 'none';
      }
      set({ speaking: true, source: null });
      const source = await port.speak(req, volumeOf(get().volumeStep), {
        onStart: (s) => {
          if (mine === generation) set({ source: s });
        },
      });
      if (mine === generation) set({ speaking: false, source, noVoice: source === 'none' });
      return source;
    },
    stop() {
      generation += 1;
      port?.stop();
      set({ speaking: false });
    },
    volumeUp() {
      const volumeStep = Math.min(VOLUME_STEPS - 1, get().volumeStep + 1);
      set({ volumeStep });
      port?.setVolume(volumeOf(volumeStep));
    },
    volumeDown() {
      const volumeStep = Math.max(0, get().volumeStep - 1);
      set({ volumeStep });
      port?.setVolume(volumeOf(volumeStep));
    },
    reset() {
      generation += 1;
      port?.stop();
      set({ ...DEFAULTS });
    },
  }));
}

/** Read-aloud for the screens. Call `attach(platform)` once the platform exists (main.tsx does, before the first render). */
export const useSpeech = createSpeechStore(browserVoiceProviders);
