import fs from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_INSTALL_HINT = 'No Chromium found for the end-to-end tests. Install one with:  npm run setup:test  (or sudo apt-get install -y chromium, or set CHROMIUM_PATH to a Chromium/Chrome binary).';

/**
 * Without a Chromium the end-to-end tests skip, each saying why — except under CI,
 * where the setup step must have installed one and a missing browser is a failure.
 */
export function chromiumMissingReason(): string | null {
  if (findTestChromium()) return null;
  return process.env.CI ? null : CHROMIUM_INSTALL_HINT;
}

/**
 * The Chromium the end-to-end tests drive: $CHROMIUM_PATH, then Playwright's own
 * download if one exists, then Debian's /usr/bin/chromium.
 */
export function findTestChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, safePlaywrightPath(), '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((c): c is string => Boolean(c && fs.existsSync(c))) ?? null;
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Flags for a closed network: without them Chromium retries Google's hosts at every start. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
  '--autoplay-policy=no-user-gesture-required',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
