import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

/*
 * Opening the screens in Debian's Chromium (`--kiosk --app`). The argument builder,
 * the screen-size sources and the exit-reason mapper are pure and tested in Node
 * (tests/unit/browser-shell-chromium.test.ts); `openScreen` only spawns and watches.
 */

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** A Chromium to show the screens in: $CHROMIUM_PATH first, then the usual install places. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((c) => fs.existsSync(c)) ?? null;
}

export function hasDisplay(): boolean {
  if (process.platform === 'win32' || process.platform === 'darwin') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** Chromium refuses to run as root without --no-sandbox, which the kiosk never passes (finding F5). */
export function runningAsRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

export const ROOT_REFUSED =
  'Chromium will not run as root, and the kiosk does not switch its sandbox off: start Digital Help Point from a normal user account (not root, not sudo), e.g. the kiosk user.';

// ---------------------------------------------------------------------------------------
// The screen's size (finding F4: with no window manager, `--kiosk` alone leaves the window
// at about half the screen; an explicit position and size fill it).

export interface ScreenSize {
  width: number;
  height: number;
}
export type ScreenSizeSource = 'DHP_SCREEN_SIZE' | 'xdpyinfo' | 'drm' | 'default';
export const DEFAULT_SCREEN_SIZE: ScreenSize = { width: 1920, height: 1080 };

/** "1920x1080", "1920×1080" or "1920,1080" → a size, if both are whole numbers from 200 to 16384. */
export function parseScreenSize(text: string | undefined | null): ScreenSize | null {
  const m = /^\s*(\d{3,5})\s*[x×,]\s*(\d{3,5})\s*$/i.exec(text ?? '');
  if (!m) return null;
  const width = Number(m[1]);
  const height = Number(m[2]);
  const ok = (n: number) => Number.isInteger(n) && n >= 200 && n <= 16384;
  return ok(width) && ok(height) ? { width, height } : null;
}

/**
 * The size of X screen `screen` in `xdpyinfo`'s output ("screen #0: … dimensions:
 * 1920x1080 pixels"). Note it is the whole X screen: with two monitors side by side
 * it spans both (set DHP_SCREEN_SIZE there).
 */
export function sizeFromXdpyinfo(output: string, screen = 0): ScreenSize | null {
  const sections = output.split(/^screen #/m).slice(1);
  const section = sections.length > 0 ? sections.find((s) => s.startsWith(`${screen}:`)) : screen === 0 ? output : undefined;
  const m = /dimensions:\s+(\d+)x(\d+)\s+pixels/.exec(section ?? '');
  return m ? parseScreenSize(`${m[1]}x${m[2]}`) : null;
}

/** The X screen number in a DISPLAY value (":0.1" → 1; ":0" → 0). */
export function screenNumber(display: string | undefined): number {
  const m = /\.(\d+)$/.exec(display ?? '');
  return m ? Number(m[1]) : 0;
}

/** What `sizeFromDrm` reads: a folder listing and a file read, so tests pass a fake /sys. */
export interface DrmReader {
  list(dir: string): string[];
  read(file: string): string | null;
}

export const realDrm: DrmReader = {
  list: (dir) => {
    try {
      return fs.readdirSync(dir);
    } catch {
      return [];
    }
  },
  read: (file) => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  },
};

/**
 * The preferred mode (the first line of `modes`) of the first connected display
 * connector under /sys/class/drm (card0-HDMI-A-1, card0-eDP-1, …), by name: the
 * kernel's view, with no X tool needed.
 */
export function sizeFromDrm(reader: DrmReader = realDrm, root = '/sys/class/drm'): ScreenSize | null {
  const connectors = reader
    .list(root)
    .filter((name) => /^card\d+-.+/.test(name))
    .sort();
  for (const name of connectors) {
    if (reader.read(path.join(root, name, 'status'))?.trim() !== 'connected') continue;
    const first = reader.read(path.join(root, name, 'modes'))?.split('\n')[0]?.trim();
    // A mode may carry a suffix such as "1920x1080i".
    const size = parseScreenSize(first?.replace(/[a-z]+$/i, ''));
    if (size) return size;
  }
  return null;
}

export interface ScreenSizeSources {
  env: NodeJS.ProcessEnv;
  /** `xdpyinfo`'s output for the display, or null where it is not installed or fails. */
  xdpyinfo(): string | null;
  drm(): ScreenSize | null;
}

/**
 * The kiosk window's size, from the first source that gives one:
 *   1. `DHP_SCREEN_SIZE` ("1366x768"): the installer's word wins over any guess;
 *   2. `xdpyinfo` (Debian's x11-utils, usually present with X): the X screen itself;
 *   3. /sys/class/drm: the first connected connector's preferred mode;
 *   4. 1920×1080.
 * (xrandr is not guaranteed on a minimal install, so it is not used.)
 */
export function detectScreenSize(sources: ScreenSizeSources): { size: ScreenSize; source: ScreenSizeSource } {
  const fromEnv = parseScreenSize(sources.env.DHP_SCREEN_SIZE);
  if (fromEnv) return { size: fromEnv, source: 'DHP_SCREEN_SIZE' };
  const xdpy = sources.xdpyinfo();
  const fromX = xdpy ? sizeFromXdpyinfo(xdpy, screenNumber(sources.env.DISPLAY)) : null;
  if (fromX) return { size: fromX, source: 'xdpyinfo' };
  const fromDrm = sources.drm();
  if (fromDrm) return { size: fromDrm, source: 'drm' };
  return { size: DEFAULT_SCREEN_SIZE, source: 'default' };
}

/** Runs `xdpyinfo` for $DISPLAY, for at most 3 s; null without X, without the tool, or on failure. */
export function runXdpyinfo(env: NodeJS.ProcessEnv = process.env): string | null {
  if (process.platform !== 'linux' || !env.DISPLAY) return null;
  const result = spawnSync('xdpyinfo', [], { env, encoding: 'utf8', timeout: 3_000, stdio: ['ignore', 'pipe', 'ignore'] });
  return result.status === 0 && typeof result.stdout === 'string' ? result.stdout : null;
}

/** The screen size on this PC, from the real sources. */
export function screenSize(env: NodeJS.ProcessEnv = process.env): { size: ScreenSize; source: ScreenSizeSource } {
  return detectScreenSize({ env, xdpyinfo: () => runXdpyinfo(env), drm: () => (process.platform === 'linux' ? sizeFromDrm() : null) });
}

// ---------------------------------------------------------------------------------------
// The command line.

export interface ScreenLaunch {
  url: string;
  profileDir: string;
  /** The visitor's screen: `--kiosk`, placed at 0,0 and sized to the screen. */
  kiosk: boolean;
  /** The screen's size; used for the kiosk only. */
  size?: ScreenSize;
}

/**
 * The `--window-size` that fills a W×H screen: W × (H+1). Measured with Debian's
 * Chromium 156 on X with no window manager: asked for exactly the screen's size,
 * Chromium makes the window 1 px smaller each way (1366,768 → 1365×767, leaving a
 * black line at the right and bottom); any other size is kept as asked. One extra row
 * below the screen's edge is hidden and avoids that, and the width stays exact.
 */
export function kioskWindowSize(size: ScreenSize): [number, number] {
  return [size.width, size.height + 1];
}

/**
 * Chromium's switches for one screen: an app window (no tabs, no address bar) on its
 * own profile; background networking off because these PCs are usually offline and
 * Chromium's retries only add noise; no pinch zoom or swipe-back; no error dialogs;
 * speech without a tap. The kiosk also gets `--kiosk` and an explicit geometry, which
 * is what fills the screen where no window manager does it (F4). Never `--no-sandbox`.
 */
export function chromiumArgs(launch: ScreenLaunch): string[] {
  const size = launch.size ?? DEFAULT_SCREEN_SIZE;
  return [
    ...(launch.kiosk ? ['--kiosk', '--window-position=0,0', `--window-size=${kioskWindowSize(size).join(',')}`] : []),
    `--app=${launch.url}`,
    `--user-data-dir=${path.resolve(launch.profileDir)}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    '--noerrdialogs',
    '--autoplay-policy=no-user-gesture-required',
    '--lang=vi',
  ];
}

// ---------------------------------------------------------------------------------------
// Why Chromium ended (F5: it used to end silently, leaving a black screen).

/** Chromium's log prefix: "[1234:1234:0901/080000.123456:ERROR:bus.cc(408)] ". */
const LOG_PREFIX = /^\[\d+:\d+:[\d/.]+:[A-Z]+:[^\]]*\]\s*/;
/** Lines Chromium prints on every healthy start of a kiosk PC: never the reason it ended. */
const NOISE = [/bus\.cc/, /dbus/i, /Failed to connect to the bus/, /Fontconfig/i, /libva/i, /gcm/i, /object_proxy/, /TensorFlow/i, /ALSA/, /viz_main_impl/, /^\s*$/];

export function stripChromiumPrefix(line: string): string {
  return line.replace(LOG_PREFIX, '').trim();
}

export interface ChromiumExit {
  code: number | null;
  signal: string | null;
  /** The last lines Chromium wrote to stderr. */
  stderr: readonly string[];
  display?: string;
  profileDir?: string;
}

interface KnownCause {
  test: RegExp;
  say(exit: ChromiumExit, match: RegExpExecArray): string;
}

const KNOWN: KnownCause[] = [
  { test: /Running as root without --no-sandbox is not supported/, say: () => ROOT_REFUSED },
  {
    test: /Missing X server or \$DISPLAY|cannot open display|Unable to open X display|Authorization required|Can't open display/i,
    say: (e) => `Chromium could not open the display${e.display ? ` ${e.display}` : ''}: is the X server (or cage) running, and may this user use it (XAUTHORITY)?`,
  },
  {
    test: /profile appears to be in use|ProcessSingleton|SingletonLock/i,
    say: (e) => `another Chromium is using the profile folder${e.profileDir ? ` ${e.profileDir}` : ''}: close it (or, if none runs, delete its Singleton* files)`,
  },
  { test: /Opening in existing browser session/i, say: () => 'a Chromium already running with this profile took the window over, and this one ended' },
  {
    test: /No usable sandbox|setuid sandbox|Failed to move to new namespace|namespace sandbox|clone.*Operation not permitted/i,
    say: () => 'Chromium’s sandbox could not start (are unprivileged user namespaces switched off?); fix the system setting rather than running without a sandbox',
  },
  { test: /error while loading shared libraries: (\S+)/, say: (_e, m) => `a library Chromium needs is missing (${m[1]!.replace(/:$/, '')}): reinstall it (sudo apt-get install --reinstall chromium)` },
];

/**
 * One line saying why Chromium ended: a known cause found anywhere in its last
 * stderr lines, else its last line that is not start-up noise, else how it ended.
 */
export function chromiumExitReason(exit: ChromiumExit): string {
  const raw = exit.stderr;
  const lines = raw.map(stripChromiumPrefix);
  for (const cause of KNOWN) {
    for (let i = lines.length - 1; i >= 0; i--) {
      const m = cause.test.exec(lines[i]!);
      if (m) return cause.say(exit, m);
    }
  }
  const meaningful = lines.filter((l, i) => l.length > 0 && !NOISE.some((n) => n.test(l) || n.test(raw[i]!)));
  const last = meaningful.at(-1) ?? lines.filter((l) => l.length > 0).at(-1);
  const how = exit.signal ? `killed by ${exit.signal}${exit.signal === 'SIGKILL' ? ' (out of memory?)' : ''}` : exit.code === 0 ? 'the window was closed' : `exit code ${exit.code ?? 'unknown'}`;
  return last ? `${how}: ${last.length > 240 ? `${last.slice(0, 237)}…` : last}` : how;
}

/** The whole one-line report of a screen's Chromium that ended while the host goes on serving. */
export function chromiumEndedLine(screen: string, exit: ChromiumExit, origin: string): string {
  const how = exit.signal ? exit.signal : `exit code ${exit.code ?? '?'}`;
  const reason = chromiumExitReason(exit);
  return `The ${screen} window (Chromium) ended (${how}): ${reason}${/[.?!…]$/.test(reason) ? '' : '.'} Still serving on ${origin}: open the addresses above in a browser.`;
}

/** Keeps the last `max` lines of a stream (draining it, so Chromium never blocks on a full pipe). */
export function lineTail(max = 40): { push(chunk: string): void; lines(): string[] } {
  const kept: string[] = [];
  let partial = '';
  return {
    push(chunk) {
      const parts = (partial + chunk).split(/\r?\n/);
      partial = parts.pop() ?? '';
      for (const p of parts) {
        kept.push(p);
        if (kept.length > max) kept.shift();
      }
    },
    lines: () => (partial ? [...kept, partial].slice(-max) : [...kept]),
  };
}

/**
 * Opens one screen as an app window and watches it: when Chromium ends, `onEnded`
 * gets its exit code or signal and its last stderr lines (unless `stopping()` says
 * the host itself is ending it).
 */
export function openScreen(chromium: string, launch: ScreenLaunch, onEnded: (exit: ChromiumExit) => void, stopping: () => boolean = () => false): ChildProcess {
  fs.mkdirSync(launch.profileDir, { recursive: true });
  const child = spawn(chromium, chromiumArgs(launch), { stdio: ['ignore', 'ignore', 'pipe'], detached: false });
  const tail = lineTail();
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => tail.push(chunk));
  child.stderr?.on('error', () => undefined);
  let reported = false;
  const report = (exit: ChromiumExit) => {
    if (reported || stopping()) return;
    reported = true;
    onEnded(exit);
  };
  child.on('error', (err) => report({ code: null, signal: null, stderr: [`could not start ${chromium}: ${err.message}`] }));
  child.on('exit', (code, signal) => {
    // The last stderr chunk may arrive just after `exit`: wait for the pipe to close, briefly.
    const done = () => report({ code, signal, stderr: tail.lines(), display: process.env.DISPLAY, profileDir: launch.profileDir });
    const timer = setTimeout(done, 300);
    child.stderr?.once('close', () => {
      clearTimeout(timer);
      done();
    });
  });
  return child;
}
