import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';

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

/**
 * Opens one screen as a full-screen app window. Background networking is off
 * because these PCs are usually offline and Chromium's retries only add noise.
 */
export function openScreen(chromium: string, url: string, profileDir: string, kiosk: boolean): ChildProcess {
  fs.mkdirSync(profileDir, { recursive: true });
  const args = [
    `--app=${url}`,
    `--user-data-dir=${path.resolve(profileDir)}`,
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
  if (kiosk) args.unshift('--kiosk');
  const child = spawn(chromium, args, { stdio: 'ignore', detached: false });
  child.on('error', (err) => console.error(`Could not open Chromium: ${err.message}`));
  return child;
}
