import type { Page } from '@playwright/test';

/** One utterance the page asked the platform voice to say. */
export interface SpokenUtterance {
  text: string;
  lang: string;
  volume: number;
}

export interface FakeSpeechOptions {
  /** Voice languages the fake offers, e.g. ['vi-VN', 'en-US']; [] = this machine has no platform voice. */
  voices: string[];
  /** How long each utterance "speaks" before 'end' fires (default 100 ms). */
  durationMs?: number;
}

/** The page's global object as the fake sees it (globalThis is window in a page; typed here for both tsconfigs). */
type FakeGlobal = { __dhpSpoken?: SpokenUtterance[] };

/**
 * Replaces window.speechSynthesis and SpeechSynthesisUtterance before any page
 * script runs (headless Chromium has no voices, and a test must not make noise):
 * every utterance is recorded in window.__dhpSpoken and ends after ~100 ms;
 * cancel() ends what is speaking with an 'interrupted' error, as Chromium does.
 */
export async function installFakeSpeech(page: Page, options: FakeSpeechOptions): Promise<void> {
  await page.addInitScript(
    ({ voices, durationMs }) => {
      type Listener = (event: Event) => void;
      const spoken: SpokenUtterance[] = [];
      (globalThis as unknown as FakeGlobal).__dhpSpoken = spoken;

      class FakeEvents {
        private readonly listeners = new Map<string, Set<Listener>>();
        addEventListener(type: string, listener: Listener | null) {
          if (!listener) return;
          const set = this.listeners.get(type) ?? new Set<Listener>();
          set.add(listener);
          this.listeners.set(type, set);
        }
        removeEventListener(type: string, listener: Listener | null) {
          if (listener) this.listeners.get(type)?.delete(listener);
        }
        fire(type: string, extra: Record<string, unknown> = {}) {
          const event = Object.assign(new Event(type), extra);
          const handler = (this as unknown as Record<string, unknown>)[`on${type}`];
          if (typeof handler === 'function') (handler as Listener).call(this, event);
          for (const l of [...(this.listeners.get(type) ?? [])]) l.call(this, event);
        }
      }

      class FakeUtterance extends FakeEvents {
        text: string;
        lang = '';
        volume = 1;
        rate = 1;
        pitch = 1;
        voice: unknown = null;
        onstart: Listener | null = null;
        onend: Listener | null = null;
        onerror: Listener | null = null;
        constructor(text = '') {
          super();
          this.text = text;
        }
      }

      const voiceList = voices.map((lang, i) => ({ lang, name: `Fake ${lang}`, voiceURI: `fake-${lang}-${i}`, localService: true, default: i === 0 }));
      let current: { utterance: FakeUtterance; timer: ReturnType<typeof setTimeout> } | null = null;
      const queue: FakeUtterance[] = [];

      class FakeSynthesis extends FakeEvents {
        onvoiceschanged: Listener | null = null;
        get speaking() {
          return current !== null;
        }
        get pending() {
          return queue.length > 0;
        }
        get paused() {
          return false;
        }
        getVoices() {
          return voiceList.slice();
        }
        speak(utterance: FakeUtterance) {
          queue.push(utterance);
          if (!current) this.next();
        }
        private next() {
          const utterance = queue.shift();
          if (!utterance) return;
          spoken.push({ text: utterance.text, lang: utterance.lang, volume: utterance.volume });
          const timer = setTimeout(() => {
            current = null;
            utterance.fire('end');
            this.next();
          }, durationMs);
          current = { utterance, timer };
          utterance.fire('start');
        }
        cancel() {
          const dropped = queue.splice(0);
          const playing = current;
          current = null;
          if (playing) {
            clearTimeout(playing.timer);
            playing.utterance.fire('error', { error: 'interrupted' });
          }
          for (const u of dropped) u.fire('error', { error: 'canceled' });
        }
        pause() {}
        resume() {}
      }

      const synthesis = new FakeSynthesis();
      Object.defineProperty(globalThis, 'speechSynthesis', { configurable: true, get: () => synthesis });
      Object.defineProperty(globalThis, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: FakeUtterance });
    },
    { voices: options.voices, durationMs: options.durationMs ?? 100 },
  );
}

/** Everything the page has said through the platform voice so far, in order. */
export async function spoken(page: Page): Promise<SpokenUtterance[]> {
  return page.evaluate(() => (globalThis as unknown as FakeGlobal).__dhpSpoken ?? []);
}
