import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSpeechPort, type SpeakingSource, type SpeechRequest, type VoiceProvider } from '../../renderer/speech/speech-port';
import { createSpeechStore, useSpeech, VOLUME_STEPS } from '../../renderer/speech/speech-store';
import { clipProvider, hostProvider, pickVoice, platformProvider, type AudioLike, type SynthLike, type UtteranceLike, type VoiceLike } from '../../renderer/speech/providers';
import { clipUrl, stepClipUrl } from '../../renderer/speech/clip-url';
import { CallFailed, type HelpPointClient } from '../../renderer/platform/client';

/** Lets pending promise callbacks run. */
const flush = () => new Promise((r) => setTimeout(r, 0));

interface FakeOptions {
  /** Whether it has a voice for the request (default: yes). */
  can?: boolean | ((req: SpeechRequest) => boolean);
  /** speak() rejects: the clip is missing, the voice errors. */
  fails?: boolean;
  /** speak() resolves at once instead of waiting for end(). */
  instant?: boolean;
}

/** A provider that records what it was asked and speaks until the test calls end(). */
function fake(source: SpeakingSource, options: FakeOptions = {}) {
  const spoken: { text: string; lang: string; volume: number; signal: AbortSignal }[] = [];
  const ends: (() => void)[] = [];
  const volumes: number[] = [];
  let stops = 0;
  const provider: VoiceProvider = {
    source,
    canSpeak: async (req) => (typeof options.can === 'function' ? options.can(req) : (options.can ?? true)),
    speak: (req, volume, signal) =>
      new Promise<void>((resolve, reject) => {
        spoken.push({ text: req.text, lang: req.lang, volume, signal });
        if (options.fails) return reject(new Error(`${source} failed`));
        if (options.instant) return resolve();
        ends.push(resolve);
        // A well-behaved provider stops when told; the port must not depend on it, though.
        signal.addEventListener('abort', () => {
          ends.splice(ends.indexOf(resolve), 1);
          resolve();
        });
      }),
    stop: () => {
      stops += 1;
    },
    setVolume: (v) => volumes.push(v),
  };
  return { provider, spoken, volumes, stops: () => stops, end: () => ends.shift()?.() };
}

const REQ: SpeechRequest = { text: 'Chạm vào biểu tượng ứng dụng.', lang: 'vi' };
const WITH_CLIP: SpeechRequest = { ...REQ, clipUrl: '/content/walkthroughs/w01-1.ogg' };
const clipOnlyWithUrl = (req: SpeechRequest) => Boolean(req.clipUrl);

describe('the speech port', () => {
  it('plays the recorded clip first when the step has one, whatever order the providers come in', async () => {
    const clip = fake('clip', { can: clipOnlyWithUrl, instant: true });
    const platform = fake('platform', { instant: true });
    const host = fake('host', { instant: true });
    const port = createSpeechPort([host.provider, platform.provider, clip.provider]);
    expect(await port.speak(WITH_CLIP, 0.8)).toBe('clip');
    expect(platform.spoken).toEqual([]);
    expect(host.spoken).toEqual([]);
    // Without a clip the platform voice reads the text.
    expect(await port.speak(REQ, 0.8)).toBe('platform');
    expect(clip.spoken).toHaveLength(1);
  });

  it('falls through from a clip that cannot play to the platform voice', async () => {
    const clip = fake('clip', { fails: true });
    const platform = fake('platform', { instant: true });
    const port = createSpeechPort([clip.provider, platform.provider, fake('host').provider]);
    expect(await port.speak(WITH_CLIP, 0.6)).toBe('platform');
    expect(clip.spoken).toHaveLength(1);
    expect(clip.stops()).toBe(1);
    expect(platform.spoken).toEqual([expect.objectContaining({ text: REQ.text, lang: 'vi', volume: 0.6 })]);
  });

  it('uses the host engine when there is no platform voice for the language', async () => {
    const platform = fake('platform', { can: (r) => r.lang === 'en' });
    const host = fake('host', { instant: true });
    const port = createSpeechPort([fake('clip', { can: clipOnlyWithUrl }).provider, platform.provider, host.provider]);
    expect(await port.speak(REQ, 1)).toBe('host');
    expect(platform.spoken).toEqual([]);
    expect(host.spoken).toEqual([expect.objectContaining({ text: REQ.text, lang: 'vi' })]);
  });

  it('falls through a platform voice that errors to the host', async () => {
    const host = fake('host', { instant: true });
    const port = createSpeechPort([fake('platform', { fails: true }).provider, host.provider]);
    expect(await port.speak(REQ, 1)).toBe('host');
  });

  it('answers none when nothing can speak, and the store says there is no voice', async () => {
    const providers = () => [fake('clip', { can: clipOnlyWithUrl }).provider, fake('platform', { can: false }).provider, fake('host', { can: false }).provider];
    expect(await createSpeechPort(providers()).speak(REQ, 1)).toBe('none');
    const store = createSpeechStore(providers);
    store.getState().attach({} as HelpPointClient);
    expect(await store.getState().speak(REQ)).toBe('none');
    expect(store.getState()).toMatchObject({ speaking: false, source: 'none', noVoice: true });
  });

  it('never throws, whatever the providers do', async () => {
    const throwing: VoiceProvider = {
      source: 'clip',
      canSpeak: () => {
        throw new Error('sync throw');
      },
      speak: () => {
        throw new Error('sync throw');
      },
      stop: () => {
        throw new Error('sync throw');
      },
    };
    const speakThrows: VoiceProvider = {
      source: 'platform',
      canSpeak: async () => true,
      speak: () => {
        throw new Error('sync throw');
      },
      stop: () => {
        throw new Error('cannot stop');
      },
    };
    const rejecting: VoiceProvider = { source: 'host', canSpeak: () => Promise.reject(new Error('offline')), speak: () => Promise.reject(new Error('x')), stop: () => undefined };
    const port = createSpeechPort([throwing, speakThrows, rejecting]);
    await expect(port.speak(WITH_CLIP, 1)).resolves.toBe('none');
    expect(() => port.stop()).not.toThrow();
    expect(() => port.setVolume(0.5)).not.toThrow();
  });

  it('stop() silences what is playing and the request resolves at once with its voice', async () => {
    const platform = fake('platform');
    const port = createSpeechPort([platform.provider]);
    const speaking = port.speak(REQ, 1);
    await flush();
    expect(platform.spoken).toHaveLength(1);
    port.stop();
    expect(platform.stops()).toBe(1);
    expect(platform.spoken[0]!.signal.aborted).toBe(true);
    await expect(speaking).resolves.toBe('platform');
  });

  it('a newer request cancels the older one, even from a provider that ignores the signal', async () => {
    const stubborn = { ...fake('platform').provider };
    let started = 0;
    stubborn.speak = () => {
      started += 1;
      return new Promise<void>(() => undefined); // never ends on its own
    };
    const port = createSpeechPort([stubborn]);
    const first = port.speak(REQ, 1);
    await flush();
    const second = port.speak({ text: 'Bước tiếp theo.', lang: 'vi' }, 1);
    await expect(first).resolves.toBe('platform');
    await flush();
    expect(started).toBe(2);
    port.stop();
    await expect(second).resolves.toBe('platform');
  });

  it('a request cancelled while providers are still checking resolves none and speaks nothing', async () => {
    let answer: (v: boolean) => void = () => undefined;
    const slow: VoiceProvider = { source: 'platform', canSpeak: () => new Promise((r) => (answer = r)), speak: vi.fn(async () => undefined), stop: () => undefined };
    const port = createSpeechPort([slow]);
    const speaking = port.speak(REQ, 1);
    await flush();
    port.stop();
    answer(true);
    await expect(speaking).resolves.toBe('none');
    expect(slow.speak).not.toHaveBeenCalled();
  });

  it('does not wait for ever on a provider that never says whether it can speak', async () => {
    vi.useFakeTimers();
    try {
      const host = fake('host', { instant: true });
      const hanging: VoiceProvider = { source: 'platform', canSpeak: () => new Promise(() => undefined), speak: async () => undefined, stop: () => undefined };
      const speaking = createSpeechPort([hanging, host.provider]).speak(REQ, 1);
      await vi.advanceTimersByTimeAsync(3000);
      await expect(speaking).resolves.toBe('host');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the speech store', () => {
  function storeWith(...providers: ReturnType<typeof fake>[]) {
    const store = createSpeechStore(() => providers.map((p) => p.provider));
    store.getState().attach({} as HelpPointClient);
    return store;
  }

  it('speaks at (step + 1) / 5 of full volume, 0.8 by default, in five steps', async () => {
    const platform = fake('platform', { instant: true });
    const store = storeWith(platform);
    expect(VOLUME_STEPS).toBe(5);
    expect(store.getState().volumeStep).toBe(3);
    await store.getState().speak(REQ);
    store.getState().volumeUp();
    store.getState().volumeUp(); // already at the top
    await store.getState().speak(REQ);
    for (let i = 0; i < 6; i++) store.getState().volumeDown();
    await store.getState().speak(REQ);
    expect(platform.spoken.map((s) => s.volume)).toEqual([0.8, 1, 0.2]);
    expect(store.getState().volumeStep).toBe(0);
  });

  it('changes the volume of what is playing', async () => {
    const clip = fake('clip');
    const store = storeWith(clip);
    const speaking = store.getState().speak(WITH_CLIP);
    await flush();
    store.getState().volumeDown();
    expect(clip.volumes).toEqual([0.6]);
    clip.end();
    await speaking;
  });

  it('shows speaking and the voice while it speaks, and only the latest request writes the state', async () => {
    const platform = fake('platform');
    const store = storeWith(platform);
    const first = store.getState().speak(REQ);
    await flush();
    expect(store.getState()).toMatchObject({ speaking: true, source: 'platform', noVoice: false });
    const second = store.getState().speak({ text: 'Tiếp.', lang: 'vi' });
    await first;
    // The cancelled first request did not mark the store idle: the second still speaks.
    expect(store.getState().speaking).toBe(true);
    await flush();
    platform.end();
    await expect(second).resolves.toBe('platform');
    expect(store.getState()).toMatchObject({ speaking: false, source: 'platform' });
  });

  it('stop() ends speaking; a voice found again clears the no-voice notice', async () => {
    let can = false;
    const host = fake('host', { can: () => can });
    const store = storeWith(host);
    await store.getState().speak(REQ);
    expect(store.getState().noVoice).toBe(true);
    can = true;
    const speaking = store.getState().speak(REQ);
    await flush();
    store.getState().stop();
    expect(store.getState().speaking).toBe(false);
    await expect(speaking).resolves.toBe('host');
    expect(store.getState()).toMatchObject({ speaking: false, noVoice: true });
    const again = store.getState().speak(REQ);
    await flush();
    host.end();
    await again;
    expect(store.getState()).toMatchObject({ speaking: false, source: 'host', noVoice: false });
  });

  it('reset() silences and restores the defaults for the next visitor', async () => {
    const platform = fake('platform');
    const store = storeWith(platform);
    store.getState().volumeUp();
    const speaking = store.getState().speak(REQ);
    await flush();
    store.getState().reset();
    expect(platform.stops()).toBe(1);
    await speaking;
    expect(store.getState()).toMatchObject({ speaking: false, source: null, noVoice: false, volumeStep: 3 });
  });

  it('speaks nothing before it is attached', async () => {
    const store = createSpeechStore(() => [fake('platform', { instant: true }).provider]);
    expect(await store.getState().speak(REQ)).toBe('none');
    expect(store.getState().noVoice).toBe(true);
  });
});

/** A stand-in for HTMLAudioElement: play() fails for URLs containing "missing", else ends when told. */
class FakeAudio implements AudioLike {
  static all: FakeAudio[] = [];
  src = '';
  volume = 1;
  paused = true;
  private readonly listeners = new Map<string, Set<() => void>>();
  constructor() {
    FakeAudio.all.push(this);
  }
  play() {
    if (this.src.includes('missing')) return Promise.reject(new Error('NotSupportedError'));
    this.paused = false;
    return Promise.resolve();
  }
  pause() {
    this.paused = true;
  }
  addEventListener(type: string, l: () => void) {
    const set = this.listeners.get(type) ?? new Set();
    set.add(l);
    this.listeners.set(type, set);
  }
  removeEventListener(type: string, l: () => void) {
    this.listeners.get(type)?.delete(l);
  }
  end() {
    for (const l of [...(this.listeners.get('ended') ?? [])]) l();
  }
}

class FakeUtterance implements UtteranceLike {
  lang = '';
  volume = 1;
  rate = 1;
  voice: VoiceLike | null = null;
  readonly listeners: Record<string, ((e: { error?: string }) => void)[]> = {};
  constructor(public text: string) {}
  addEventListener(type: 'end' | 'error', l: (e: { error?: string }) => void) {
    (this.listeners[type] ??= []).push(l);
  }
  fire(type: 'end' | 'error', e: { error?: string } = {}) {
    for (const l of this.listeners[type] ?? []) l(e);
  }
}

function fakeSynth(initial: VoiceLike[]) {
  let voices = initial;
  const changed = new Set<() => void>();
  const spoken: FakeUtterance[] = [];
  let cancels = 0;
  const synth: SynthLike = {
    getVoices: () => voices,
    speak: (u) => spoken.push(u as FakeUtterance),
    cancel: () => {
      cancels += 1;
    },
    addEventListener: (_t, l) => changed.add(l),
    removeEventListener: (_t, l) => changed.delete(l),
  };
  return {
    synth,
    spoken,
    cancels: () => cancels,
    load(list: VoiceLike[]) {
      voices = list;
      for (const l of [...changed]) l();
    },
  };
}

const voice = (lang: string, localService = true): VoiceLike => ({ lang, name: `Voice ${lang}`, localService });

describe('the browser voices', () => {
  afterEach(() => {
    FakeAudio.all = [];
  });

  it('picks a voice of the request language, vi-VN first, one on this machine before a network one', () => {
    const voices = [voice('en-US'), voice('vi-VN', false), voice('vi'), voice('vi-VN'), voice('fr-FR')];
    expect(pickVoice(voices, 'vi')).toBe(voices[3]);
    expect(pickVoice(voices, 'en')).toBe(voices[0]);
    expect(pickVoice([voice('en-GB'), voice('fr-FR')], 'vi')).toBeNull();
    expect(pickVoice([voice('vie')], 'vi')).toBeNull();
  });

  it('platform: waits for a voice list that fills in late, then speaks with its language and volume', async () => {
    const s = fakeSynth([]);
    const provider = platformProvider(s.synth, (text) => new FakeUtterance(text), { voiceWaitMs: 1000 });
    const able = provider.canSpeak(REQ);
    setTimeout(() => s.load([voice('en-US'), voice('vi-VN')]), 20);
    expect(await able).toBe(true);
    const controller = new AbortController();
    const speaking = provider.speak(REQ, 0.4, controller.signal);
    await flush();
    const u = s.spoken[0]!;
    expect(u).toMatchObject({ text: REQ.text, lang: 'vi-VN', volume: 0.4 });
    expect(u.voice?.lang).toBe('vi-VN');
    u.fire('end');
    await expect(speaking).resolves.toBeUndefined();
  });

  it('platform: with no voices it waits once only, then answers at once', async () => {
    const s = fakeSynth([]);
    const provider = platformProvider(s.synth, (text) => new FakeUtterance(text), { voiceWaitMs: 50 });
    const t0 = Date.now();
    expect(await provider.canSpeak(REQ)).toBe(false);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(45);
    const t1 = Date.now();
    expect(await provider.canSpeak(REQ)).toBe(false);
    expect(Date.now() - t1).toBeLessThan(20);
  });

  it('platform: an error other than an interruption fails the request (so the host can try)', async () => {
    const s = fakeSynth([voice('vi-VN')]);
    const provider = platformProvider(s.synth, (text) => new FakeUtterance(text));
    const speaking = provider.speak(REQ, 1, new AbortController().signal);
    await flush();
    s.spoken[0]!.fire('error', { error: 'synthesis-failed' });
    await expect(speaking).rejects.toThrow(/synthesis-failed/);
  });

  it('clip: plays the URL at the volume, and fails for a clip that cannot load', async () => {
    const provider = clipProvider(() => new FakeAudio());
    expect(await provider.canSpeak(REQ)).toBe(false);
    expect(await provider.canSpeak(WITH_CLIP)).toBe(true);
    const speaking = provider.speak(WITH_CLIP, 0.6, new AbortController().signal);
    await flush();
    const audio = FakeAudio.all[0]!;
    expect(audio).toMatchObject({ src: WITH_CLIP.clipUrl, volume: 0.6, paused: false });
    audio.end();
    await expect(speaking).resolves.toBeUndefined();
    await expect(provider.speak({ ...REQ, clipUrl: '/content/walkthroughs/missing.ogg' }, 1, new AbortController().signal)).rejects.toThrow();
  });

  it('host: asks the engine once per attach, plays the WAV from an object URL and revokes it', async () => {
    const calls: string[] = [];
    const client = {
      call: async (method: string, input: unknown) => {
        calls.push(method);
        if (method === 'speech.status') return { engine: { vi: true, en: false } };
        expect(input).toEqual({ text: REQ.text, lang: 'vi' });
        return { mime: 'audio/wav', base64: Buffer.from('RIFF....WAVE').toString('base64') };
      },
    } as unknown as HelpPointClient;
    const made: { bytes: string; mime: string }[] = [];
    const revoked: string[] = [];
    const urls = {
      create: (bytes: Uint8Array, mime: string) => {
        made.push({ bytes: Buffer.from(bytes).toString('latin1'), mime });
        return `blob:fake/${made.length}`;
      },
      revoke: (url: string) => revoked.push(url),
    };
    const provider = hostProvider(client, () => new FakeAudio(), urls);
    expect(await provider.canSpeak(REQ)).toBe(true);
    expect(await provider.canSpeak({ ...REQ, lang: 'en' })).toBe(false);
    const speaking = provider.speak(REQ, 0.8, new AbortController().signal);
    await flush();
    expect(made).toEqual([{ bytes: 'RIFF....WAVE', mime: 'audio/wav' }]);
    expect(FakeAudio.all[0]).toMatchObject({ src: 'blob:fake/1', volume: 0.8 });
    expect(revoked).toEqual([]);
    FakeAudio.all[0]!.end();
    await speaking;
    expect(revoked).toEqual(['blob:fake/1']);
    expect(calls).toEqual(['speech.status', 'speech.synthesize']);
  });

  it('host: a failed status check says no, and is asked again next time', async () => {
    let up = false;
    const client = {
      call: async () => {
        if (!up) throw new CallFailed({ code: 'unavailable', messageKey: 'error.unavailable' });
        return { engine: { vi: true, en: true } };
      },
    } as unknown as HelpPointClient;
    const provider = hostProvider(client, () => new FakeAudio());
    expect(await provider.canSpeak(REQ)).toBe(false);
    up = true;
    expect(await provider.canSpeak(REQ)).toBe(true);
  });

  it('useSpeech with the real wiring: host speech when the page has Audio but no platform voice', async () => {
    const g = globalThis as { Audio?: unknown };
    g.Audio = FakeAudio;
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    try {
      const client = {
        call: async (method: string) =>
          method === 'speech.status' ? { engine: { vi: true, en: true } } : { mime: 'audio/wav', base64: Buffer.from('RIFF').toString('base64') },
      } as unknown as HelpPointClient;
      useSpeech.getState().attach(client);
      const speaking = useSpeech.getState().speak(REQ);
      await vi.waitFor(() => expect(FakeAudio.all).toHaveLength(1));
      expect(FakeAudio.all[0]!.src).toMatch(/^blob:/);
      expect(useSpeech.getState()).toMatchObject({ speaking: true, source: 'host' });
      FakeAudio.all[0]!.end();
      await expect(speaking).resolves.toBe('host');
      expect(revoke).toHaveBeenCalledWith(FakeAudio.all[0]!.src);
    } finally {
      delete g.Audio;
      revoke.mockRestore();
      useSpeech.getState().reset();
    }
  });
});

describe('clip URLs', () => {
  it('serves a step’s clip from the active pack’s path, in both shells', () => {
    expect(clipUrl('w01-step1.ogg')).toBe('/content/walkthroughs/w01-step1.ogg');
    expect(clipUrl('audio/w01 bước 1.mp3')).toBe('/content/walkthroughs/audio/w01%20b%C6%B0%E1%BB%9Bc%201.mp3');
    expect(stepClipUrl({ audio: { vi: 'a.ogg', en: 'b.ogg' } }, 'en')).toBe('/content/walkthroughs/b.ogg');
    expect(stepClipUrl({ audio: { vi: 'a.ogg' } }, 'en')).toBeNull();
    expect(stepClipUrl({}, 'vi')).toBeNull();
  });

  it.each(['', '../secret.ogg', 'audio/../../x.ogg', '/etc/x.ogg', 'audio//x.ogg', './x.ogg', 'a\\b.ogg', 'C:x.ogg', 'http://evil.example/x.ogg', 'x.ogg?y', 'x.ogg#t', '%2e%2e/x.ogg', 'x\u0000.ogg', ' x.ogg', 'notes.txt', 'picture.png', 'x.ogg/'])(
    'refuses %j',
    (name) => {
      expect(clipUrl(name)).toBeNull();
    },
  );

  it('refuses what is not a string', () => {
    expect(clipUrl(null)).toBeNull();
    expect(clipUrl(undefined)).toBeNull();
  });
});
