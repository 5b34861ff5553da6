import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { openHelpPoint, type HelpPoint } from '../../core/help-point';
import { startHost, type RunningHost } from '../../browser-shell/host';
import { createEspeakEngine, fixWavSizes, speechEngineSwitchedOff } from '../../core/speech/speech-engine';
import { FIXTURE_ASSETS, PROJECT_ROOT, makeTempDir } from '../support/temp-dirs';
import { callOverHttp, startHostProcess, visitorKeyOf } from '../support/host-process';

/** espeak-ng is installed on the development machines and in CI; elsewhere the engine tests say why they skip. */
const ESPEAK = spawnSync('espeak-ng', ['--version'], { encoding: 'utf8' });
const hasEspeak = ESPEAK.status === 0;
if (!hasEspeak) console.warn('speech-host: espeak-ng is not installed (apt-get install espeak-ng); skipping the tests that synthesise speech.');

/** A stand-in renderer folder, as tests/integration/host.test.ts uses. */
function fakeRenderer(dir: string): string {
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir, { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head><meta name="dhp-key" content=""></head><body>kiosk</body></html>');
  return rendererDir;
}

async function startPoint(dir: string, withEngine: boolean): Promise<{ hp: HelpPoint; host: RunningHost }> {
  const hp = openHelpPoint({
    dataDir: path.join(dir, 'data'),
    assetsDir: FIXTURE_ASSETS,
    log: () => undefined,
    speechEngine: withEngine ? createEspeakEngine() : null,
  });
  const host = await startHost({ helpPoint: hp, rendererDir: fakeRenderer(dir), assetsDir: FIXTURE_ASSETS, port: 0 });
  return { hp, host };
}

function decodeWav(base64: string): Buffer {
  return Buffer.from(base64, 'base64');
}

/** A help point and host for one describe block: started before its tests, closed and removed after. */
function pointForThisBlock(withEngine: boolean) {
  const temp = makeTempDir();
  let started: { hp: HelpPoint; host: RunningHost } | null = null;
  beforeAll(async () => {
    started = await startPoint(temp.dir, withEngine);
  });
  afterAll(async () => {
    await started?.host.close();
    started?.hp.close();
    temp.cleanup();
  });
  const current = () => {
    if (!started) throw new Error('the help point is not started yet');
    return started;
  };
  return {
    get host() {
      return current().host;
    },
    get hp() {
      return current().hp;
    },
    callAsVisitor: (method: string, input: unknown = {}) => callOverHttp(current().host.origin, current().host.keys.visitor, method, input),
  };
}

describe('host speech over HTTP, with the espeak-ng engine', () => {
  const point = pointForThisBlock(true);
  const call = point.callAsVisitor;

  it.skipIf(!hasEspeak)('reports both voices as available to the visitor key', async () => {
    expect(await call('speech.status')).toEqual({ status: 200, body: { ok: true, value: { engine: { vi: true, en: true } } } });
  });

  it.skipIf(!hasEspeak)('speaks Vietnamese and English as complete WAV files', async () => {
    for (const [lang, text] of [
      ['vi', 'Chạm vào biểu tượng ứng dụng VNeID.'],
      ['en', 'Tap the VNeID app icon.'],
    ] as const) {
      const res = await call('speech.synthesize', { text, lang });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ ok: true, value: { mime: 'audio/wav' } });
      const wav = decodeWav((res.body.value as { base64: string }).base64);
      expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
      expect(wav.toString('ascii', 8, 12)).toBe('WAVE');
      // The sizes espeak-ng leaves open on a pipe are filled in, so every player reads to the end.
      expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
      expect(wav.toString('ascii', 36, 40)).toBe('data');
      expect(wav.readUInt32LE(40)).toBe(wav.length - 44);
      // More than a header: about a second of 22,050 Hz 16-bit audio at least.
      expect(wav.length).toBeGreaterThan(30_000);
    }
  });

  it.skipIf(!hasEspeak)('reads decomposed Vietnamese the same as composed (NFC before speaking)', async () => {
    const composed = await call('speech.synthesize', { text: 'Mở ứng dụng', lang: 'vi' });
    const decomposed = await call('speech.synthesize', { text: '  Mở ứng dụng  '.normalize('NFD'), lang: 'vi' });
    expect((decomposed.body.value as { base64: string }).base64).toBe((composed.body.value as { base64: string }).base64);
  });

  it.skipIf(!hasEspeak)('passes text that looks like options or markup as words, never to a shell', async () => {
    const res = await call('speech.synthesize', { text: '--version; rm -rf / $(reboot) <speak>`id`</speak>', lang: 'en' });
    expect(res.body).toMatchObject({ ok: true, value: { mime: 'audio/wav' } });
    expect(decodeWav((res.body.value as { base64: string }).base64).toString('ascii', 0, 4)).toBe('RIFF');
  });

  it('refuses bad input with the typed invalid-input error', async () => {
    const longest = 'a'.repeat(1500);
    for (const input of [
      { text: '', lang: 'vi' },
      { text: '   ', lang: 'vi' },
      { text: 'a'.repeat(1501), lang: 'vi' },
      { text: 'Bonjour', lang: 'fr' },
      { text: 'Xin chào', lang: 'vi', voice: 'x' },
      { text: 42, lang: 'en' },
      { lang: 'en' },
    ]) {
      const res = await call('speech.synthesize', input);
      expect(res.body, JSON.stringify(input).slice(0, 60)).toMatchObject({ ok: false, error: { code: 'invalid_input', messageKey: 'error.invalid_input' } });
    }
    expect((await call('speech.status', { lang: 'vi' })).body).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (hasEspeak) expect((await call('speech.synthesize', { text: longest, lang: 'en' })).body).toMatchObject({ ok: true });
  });

  it('needs a launch key', async () => {
    expect((await callOverHttp(point.host.origin, 'made-up', 'speech.synthesize', { text: 'a', lang: 'en' })).status).toBe(401);
  });
});

describe('host speech over HTTP, with the engine switched off', () => {
  const point = pointForThisBlock(false);
  const call = point.callAsVisitor;

  it('reports no voice, and refuses to speak with the typed error', async () => {
    expect((await call('speech.status')).body).toEqual({ ok: true, value: { engine: { vi: false, en: false } } });
    expect((await call('speech.synthesize', { text: 'Xin chào', lang: 'vi' })).body).toEqual({
      ok: false,
      error: { code: 'unavailable', messageKey: 'error.speechUnavailable' },
    });
  });

  it('still checks the input first', async () => {
    expect((await call('speech.synthesize', { text: '', lang: 'vi' })).body).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('lets the page play host audio from blob: URLs and loosens nothing else', async () => {
    const csp = (await fetch(`${point.host.origin}/kiosk`)).headers.get('content-security-policy') ?? '';
    const directives: Record<string, string> = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name ?? '', values.join(' ')]));
    expect(directives['media-src']).toBe("'self' blob:");
    expect(Object.entries(directives).filter(([, v]) => v.includes('blob:')).map(([k]) => k)).toEqual(['media-src']);
    // The page's own CSP (the only one in Electron) says the same.
    const html = fs.readFileSync(path.join(PROJECT_ROOT, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(meta).toContain("media-src 'self' blob:;");
    expect(meta.match(/blob:/g)).toHaveLength(1);
  });
});

describe('the browser-shell command line', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  /** Starts the built host with DHP_SPEECH_ENGINE set (or unset) for that process only. */
  async function startBuiltHost(name: string, extraArgs: string[], speechEnv: string | undefined) {
    if (!fs.existsSync(path.join(PROJECT_ROOT, 'dist', 'browser-shell', 'main.mjs'))) throw new Error('The host is not built: run `npm run build` first.');
    const saved = process.env.DHP_SPEECH_ENGINE;
    if (speechEnv === undefined) delete process.env.DHP_SPEECH_ENGINE;
    else process.env.DHP_SPEECH_ENGINE = speechEnv;
    try {
      const host = await startHostProcess({ dataDir: path.join(temp.dir, name), assetsDir: FIXTURE_ASSETS, extraArgs });
      return { host, key: await visitorKeyOf(host.info) };
    } finally {
      if (saved === undefined) delete process.env.DHP_SPEECH_ENGINE;
      else process.env.DHP_SPEECH_ENGINE = saved;
    }
  }

  it.each([
    ['flag', ['--no-speech-engine'], undefined],
    ['env', [], 'off'],
  ])('runs without the engine when switched off (%s)', async (name, extraArgs, env) => {
    const { host, key } = await startBuiltHost(name, extraArgs, env);
    try {
      expect((await callOverHttp(host.info.origin, key, 'speech.status')).body).toEqual({ ok: true, value: { engine: { vi: false, en: false } } });
      expect((await callOverHttp(host.info.origin, key, 'speech.synthesize', { text: 'Xin chào', lang: 'vi' })).body).toMatchObject({ ok: false, error: { messageKey: 'error.speechUnavailable' } });
    } finally {
      await host.kill('SIGKILL');
    }
  });

  it.skipIf(!hasEspeak)('uses espeak-ng by default', async () => {
    const { host, key } = await startBuiltHost('default', [], undefined);
    try {
      expect((await callOverHttp(host.info.origin, key, 'speech.status')).body).toEqual({ ok: true, value: { engine: { vi: true, en: true } } });
    } finally {
      await host.kill('SIGKILL');
    }
  });
});

describe('the espeak-ng adapter', () => {
  it('reports no voice, and a typed error, when the program is missing', async () => {
    const logs: string[] = [];
    const engine = createEspeakEngine({ command: path.join(PROJECT_ROOT, 'no-such-espeak-ng'), log: (m) => logs.push(m) });
    expect(await engine.status()).toEqual({ vi: false, en: false });
    await expect(engine.synthesize('Xin chào', 'vi')).rejects.toMatchObject({ code: 'unavailable', messageKey: 'error.speechUnavailable' });
    expect(logs.join('\n')).toMatch(/no vi voice/);
  });

  it.skipIf(!hasEspeak)('gives up on output beyond its size cap, with the typed error', async () => {
    const engine = createEspeakEngine({ maxBytes: 100_000, log: () => undefined });
    expect(await engine.status()).toEqual({ vi: true, en: true });
    await expect(engine.synthesize('This sentence takes far more than a hundred thousand bytes of audio to say.', 'en')).rejects.toMatchObject({ messageKey: 'error.speechUnavailable' });
  });

  it.skipIf(!hasEspeak)('gives up after its time limit, with the typed error', async () => {
    const slow = createEspeakEngine({ timeoutMs: 1, log: () => undefined });
    // Status is found out with the same limit, so a 1 ms engine has no voice at all.
    expect(await slow.status()).toEqual({ vi: false, en: false });
    await expect(slow.synthesize('Xin chào', 'vi')).rejects.toMatchObject({ messageKey: 'error.speechUnavailable' });
  });

  it('fills in the WAV sizes a pipe leaves open', () => {
    const wav = Buffer.alloc(44 + 10);
    wav.write('RIFF', 0, 'ascii');
    wav.writeUInt32LE(0x7fffffff, 4);
    wav.write('WAVEfmt ', 8, 'ascii');
    wav.writeUInt32LE(16, 16);
    wav.write('data', 36, 'ascii');
    wav.writeUInt32LE(0x7fffffff, 40);
    const fixed = fixWavSizes(wav);
    expect(fixed.readUInt32LE(4)).toBe(46);
    expect(fixed.readUInt32LE(40)).toBe(10);
    expect(() => fixWavSizes(Buffer.from('not a wav file at all'))).toThrow();
  });

  it('is switched off by --no-speech-engine or DHP_SPEECH_ENGINE=off', () => {
    expect(speechEngineSwitchedOff(true, undefined)).toBe(true);
    expect(speechEngineSwitchedOff(false, 'off')).toBe(true);
    expect(speechEngineSwitchedOff(false, ' OFF ')).toBe(true);
    expect(speechEngineSwitchedOff(false, '0')).toBe(true);
    expect(speechEngineSwitchedOff(false, undefined)).toBe(false);
    expect(speechEngineSwitchedOff(false, 'on')).toBe(false);
    expect(speechEngineSwitchedOff(false, '')).toBe(false);
  });
});
