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
import { findChromium, hasDisplay, openScreen } from './chromium';

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
  if (!values['no-open']) {
    const chromium = findChromium();
    if (!chromium) process.stdout.write('No Chromium found (set CHROMIUM_PATH, or: sudo apt-get install chromium); open the addresses above in a browser.\n');
    else if (!hasDisplay()) process.stdout.write('No display found; open the addresses above from a machine with a screen. Serving until stopped (Ctrl+C).\n');
    else {
      const screens: ScreenName[] = screen === 'all' ? [...SCREEN_NAMES] : isScreenName(screen) ? [screen] : [];
      for (const s of screens) windows.push(openScreen(chromium, host.urlFor(s), path.join(dataDir, 'chromium', s), s === 'kiosk'));
    }
  }

  const stop = async () => {
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
