import { spawn } from 'node:child_process';
import { ServiceError } from '../../contract/errors';
import type { Lang } from '../../contract/labels';

/**
 * The host's own reading voice, for text that has no recorded clip and no voice in
 * the browser (Linux Chromium often has none). Optional: a point without one still
 * shows every word on screen.
 */
export interface SpeechEngine {
  /** Which languages this engine can speak; never throws. */
  status(): Promise<Record<Lang, boolean>>;
  /** A complete WAV file; throws ServiceError('unavailable', 'error.speechUnavailable') when it cannot. */
  synthesize(text: string, lang: Lang): Promise<Uint8Array>;
}

export interface EspeakOptions {
  /** Program to run; found on PATH unless a full path is given. */
  command?: string;
  /** Words per minute; espeak-ng's own default (175) is too quick for many older listeners. */
  wordsPerMinute?: number;
  timeoutMs?: number;
  /** Largest WAV accepted from one run (22,050 Hz 16-bit mono is about 2.6 MB a minute). */
  maxBytes?: number;
  log?: (message: string) => void;
}

const VOICES: Record<Lang, string> = { vi: 'vi', en: 'en' };
const PROBE_TEXT: Record<Lang, string> = { vi: 'xin chào', en: 'hello' };

/**
 * espeak-ng (GPL-3.0, run as a separate program, never linked): `espeak-ng -v vi
 * --stdout`, text on stdin. Spawned with an argument array and no shell, so the
 * text can never become a command or an option. One run at a time: a low-spec PC
 * serves one visitor, and a newer request supersedes an older one in the renderer anyway.
 */
export function createEspeakEngine(options: EspeakOptions = {}): SpeechEngine {
  const command = options.command ?? 'espeak-ng';
  const wpm = options.wordsPerMinute ?? 130;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
  const log = options.log ?? (() => undefined);
  let available: Promise<Record<Lang, boolean>> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const run = (text: string, lang: Lang): Promise<Uint8Array> =>
    new Promise((resolve, reject) => {
      const args = ['-v', VOICES[lang], '-s', String(wpm), '-b', '1', '--stdin', '--stdout'];
      const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], shell: false, windowsHide: true });
      const chunks: Buffer[] = [];
      let size = 0;
      let stderr = '';
      let failed: Error | null = null;
      const fail = (err: Error) => {
        failed ??= err;
        child.kill('SIGKILL');
      };
      const timer = setTimeout(() => fail(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
      child.stdout.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) fail(new Error(`output larger than ${maxBytes} bytes`));
        else chunks.push(chunk);
      });
      child.stderr.on('data', (chunk: Buffer) => {
        if (stderr.length < 2000) stderr += chunk.toString();
      });
      child.on('error', (err) => fail(err));
      child.on('close', (code) => {
        clearTimeout(timer);
        if (failed) return reject(failed);
        if (code !== 0) return reject(new Error(`exited with ${code}: ${stderr.trim()}`));
        try {
          resolve(fixWavSizes(Buffer.concat(chunks)));
        } catch (err) {
          reject(err);
        }
      });
      // EPIPE when the program is missing or died early: reported through 'error'/'close'.
      child.stdin.on('error', () => undefined);
      child.stdin.end(text, 'utf8');
    });

  /** Runs one job after the one before it, whatever became of that one. */
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  const probe = async (lang: Lang): Promise<boolean> => {
    try {
      const wav = await serial(() => run(PROBE_TEXT[lang], lang));
      return wav.length > 44;
    } catch (err) {
      log(`speech: espeak-ng has no ${lang} voice here (${(err as Error).message})`);
      return false;
    }
  };

  const engine: SpeechEngine = {
    // Found out once, by speaking a word in each language; the answer is kept for the life of the process.
    status: () => (available ??= Promise.all([probe('vi'), probe('en')]).then(([vi, en]) => ({ vi, en }))),
    async synthesize(text, lang) {
      if (!(await engine.status())[lang]) throw new ServiceError('unavailable', 'error.speechUnavailable');
      try {
        return await serial(() => run(text, lang));
      } catch (err) {
        log(`speech: espeak-ng failed (${(err as Error).message})`);
        throw new ServiceError('unavailable', 'error.speechUnavailable');
      }
    },
  };
  return engine;
}

/**
 * Writing to a pipe, espeak-ng cannot go back to fill in the RIFF and data sizes,
 * so it leaves placeholders; set them from the real length so every player agrees.
 */
export function fixWavSizes(wav: Buffer): Buffer {
  if (wav.length < 12 || wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE') throw new Error('not a WAV file');
  wav.writeUInt32LE(wav.length - 8, 4);
  let offset = 12;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4);
    if (id === 'data') {
      wav.writeUInt32LE(wav.length - offset - 8, offset + 4);
      return wav;
    }
    const size = wav.readUInt32LE(offset + 4);
    offset += 8 + size + (size % 2); // chunks are padded to an even length
  }
  throw new Error('WAV without a data chunk');
}

/** The engine both shells use unless told to run without one. */
export function defaultSpeechEngine(log?: (message: string) => void): SpeechEngine {
  return createEspeakEngine(log ? { log } : {});
}

/** The shells' switch: `--no-speech-engine`, or DHP_SPEECH_ENGINE=off (also 0/false/no). */
export function speechEngineSwitchedOff(flag: boolean, env: string | undefined): boolean {
  return flag || ['off', '0', 'false', 'no'].includes((env ?? '').trim().toLowerCase());
}
