import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './temp-dirs';

export interface HostInfo {
  origin: string;
  kiosk: string;
  desk: string;
  board: string;
  dataFile: string;
  pid: number;
}

export interface HostProcess {
  info: HostInfo;
  child: ChildProcess;
  /** Output so far, for failure messages. */
  output(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts the built browser-shell host as its own process, the way `npm start`
 * does, and waits for its DHP_READY line. Uses the Node running the tests (≥ 22).
 */
export function startHostProcess(options: { dataDir: string; assetsDir?: string; port?: number; extraArgs?: string[] }): Promise<HostProcess> {
  const args = [path.join(PROJECT_ROOT, 'dist', 'browser-shell', 'main.mjs'), '--no-open', '--data-dir', options.dataDir, '--port', String(options.port ?? 0)];
  if (options.assetsDir) args.push('--assets-dir', options.assetsDir);
  args.push(...(options.extraArgs ?? []));
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start within 20 s:\n${out}`)), 20_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('DHP_READY '));
      if (line) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
        const info = JSON.parse(line.slice('DHP_READY '.length)) as HostInfo;
        resolve({
          info,
          child,
          output: () => out,
          kill: (signal = 'SIGTERM') =>
            new Promise<void>((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill(signal);
            }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code} before it was ready:\n${out}`));
    });
  });
}

/** Calls one contract method over HTTP the way the renderer does. */
export async function callOverHttp(origin: string, key: string, method: string, input: unknown = {}): Promise<{ status: number; body: { ok: boolean; value?: unknown; error?: { code: string; messageKey: string } } }> {
  const res = await fetch(`${origin}/api/call/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as never };
}

export function deskKeyOf(info: HostInfo): string {
  return new URL(info.desk).hash.replace('#key=', '');
}

/** The visitor key is served inside every page; read it as the renderer would. */
export async function visitorKeyOf(info: HostInfo): Promise<string> {
  const html = await (await fetch(info.kiosk)).text();
  const match = /<meta name="dhp-key" content="([^"]+)">/.exec(html);
  if (!match) throw new Error('visitor key not found in the kiosk page');
  return match[1]!;
}
