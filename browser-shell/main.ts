import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ChildProcess } from 'node:child_process';
import { openHelpPoint } from '../core/help-point';
import { offsetClock, systemClock } from '../core/clock';
import { defaultSpeechEngine, speechEngineSwitchedOff } from '../core/speech/speech-engine';
import { SCREEN_NAMES, isScreenName, type ScreenName } from '../contract/screens';
import { startHost } from './host';
import { defaultDataDir } from './user-data';
import { chromiumEndedLine, findChromium, hasDisplay, openScreen, ROOT_REFUSED, runningAsRoot, screenSize } from './chromium';

const HELP = `Digital Help Point — browser shell (Điểm Hỗ trợ Số)

Usage: npm start -- [options]

  --data-dir DIR     folder for the data file (default: ${defaultDataDir()}; env DHP_DATA_DIR)
  --port N           loopback port (default 4780; 0 picks a free one; env DHP_PORT)
  --screen NAME      screen(s) to open in Chromium: kiosk, desk, board or all (default kiosk)
  --no-open          only serve and print the addresses; open no browser
  --assets-dir DIR   content folder (default: the shipped assets/)
  --clock-offset-ms  shift the clock (testing day rollover only)
  --no-speech-engine run without the host's reading voice (espeak-ng); the screens
                     then use recorded clips and the browser's own voices only
                     (env DHP_SPEECH_ENGINE=off)
  -h, --help         this help

The kiosk window fills the screen, window manager or not: its size comes from
DHP_SCREEN_SIZE=WxH if set, else xdpyinfo, else /sys/class/drm, else 1920x1080.
Chromium is never run as root: start the kiosk from a normal user account.
`;

function projectRoot(): string {
  // dist/browser-shell/main.mjs → project root two levels up.
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      screen: { type: 'string', default: 'kiosk' },
      'no-open': { type: 'boolean', default: false },
      'assets-dir': { type: 'string' },
      'clock-offset-ms': { type: 'string' },
      'no-speech-engine': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const root = projectRoot();
  const dataDir = path.resolve(values['data-dir'] ?? process.env.DHP_DATA_DIR ?? defaultDataDir());
  const port = Number(values.port ?? process.env.DHP_PORT ?? 4780);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, got "${values.port}"`);
  const screen = values.screen ?? 'kiosk';
  if (screen !== 'all' && !isScreenName(screen)) throw new Error(`--screen must be kiosk, desk, board or all, got "${screen}"`);
  const offset = Number(values['clock-offset-ms'] ?? 0);
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

  const helpPoint = openHelpPoint({
    dataDir,
    assetsDir: path.resolve(values['assets-dir'] ?? path.join(root, 'assets')),
    clock: offset ? offsetClock(offset) : systemClock,
    version,
    speechEngine: speechEngineSwitchedOff(values['no-speech-engine'] ?? false, process.env.DHP_SPEECH_ENGINE) ? null : defaultSpeechEngine(),
  });
  let host;
  try {
    host = await startHost({ helpPoint, rendererDir: path.join(root, 'dist', 'renderer'), assetsDir: path.resolve(values['assets-dir'] ?? path.join(root, 'assets')), port });
  } catch (err) {
    helpPoint.close();
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new Error(`Port ${port} is in use — is the kiosk already running? Use --port to pick another.`, { cause: err });
    throw err;
  }

  process.stdout.write(
    [
      `Digital Help Point is serving on ${host.origin} (data: ${helpPoint.dataFile})`,
      `  Visitor kiosk / Màn hình khách:   ${host.urlFor('kiosk')}`,
      `  Service desk / Bàn hỗ trợ:        ${host.urlFor('desk')}`,
      `  Queue board / Bảng gọi số:        ${host.urlFor('board')}`,
      `DHP_READY ${JSON.stringify({ origin: host.origin, kiosk: host.urlFor('kiosk'), desk: host.urlFor('desk'), board: host.urlFor('board'), dataFile: helpPoint.dataFile, pid: process.pid })}`,
      '',
    ].join('\n'),
  );

  const windows: ChildProcess[] = [];
  let stopping = false;
  if (!values['no-open']) {
    const chromium = findChromium();
    const screens: ScreenName[] = screen === 'all' ? [...SCREEN_NAMES] : isScreenName(screen) ? [screen] : [];
    if (!chromium) process.stdout.write('No Chromium found (set CHROMIUM_PATH, or: sudo apt-get install chromium); open the addresses above in a browser.\n');
    else if (!hasDisplay()) process.stdout.write('No display found; open the addresses above from a machine with a screen. Serving until stopped (Ctrl+C).\n');
    // Chromium refuses root without --no-sandbox, and the kiosk never passes it (finding F5).
    else if (runningAsRoot()) process.stderr.write(`${ROOT_REFUSED} Still serving on ${host.origin}: open the addresses above in a browser.\n`);
    else {
      // Full screen with or without a window manager: the kiosk is placed at 0,0 and sized to the screen (finding F4).
      const { size, source } = screenSize();
      if (screens.includes('kiosk')) process.stdout.write(`Kiosk window: ${size.width}×${size.height} at 0,0 (screen size from ${source}${source === 'default' ? '; set DHP_SCREEN_SIZE=WxH' : ''}).\n`);
      for (const s of screens) {
        const launch = { url: host.urlFor(s), profileDir: path.join(dataDir, 'chromium', s), kiosk: s === 'kiosk', size };
        // If Chromium ends while the host is serving, say why in one line and go on serving.
        windows.push(openScreen(chromium, launch, (exit) => process.stderr.write(`${chromiumEndedLine(s, exit, host.origin)}\n`), () => stopping));
      }
    }
  }

  const stop = async () => {
    stopping = true;
    for (const w of windows) w.kill();
    await host.close();
    helpPoint.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  process.stderr.write(`Digital Help Point could not start: ${(err as Error).message}\n`);
  process.exit(1);
});
