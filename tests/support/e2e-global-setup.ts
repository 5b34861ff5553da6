import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM_INSTALL_HINT, chromiumMissingReason, findTestChromium } from './chromium';
import { PROJECT_ROOT } from './temp-dirs';

export default function globalSetup(): void {
  if (!findTestChromium()) {
    if (process.env.CI) throw new Error(CHROMIUM_INSTALL_HINT);
    console.log(`Browser-shell tests: skipped — ${chromiumMissingReason()}`);
  }
  if (!fs.existsSync(path.join(PROJECT_ROOT, 'dist', 'renderer', 'index.html'))) {
    throw new Error('The app is not built: run `npm run build` first (npm test does).');
  }
  if (!process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    console.log('Electron shell tests: skipped — no Electron binary here (set ELECTRON_OVERRIDE_DIST_PATH to a folder holding one to run them).');
  }
}
