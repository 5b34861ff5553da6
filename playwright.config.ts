import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findTestChromium } from './tests/support/chromium';

const chromiumPath = findTestChromium();

/**
 * Two projects: the browser shell in a real Chromium with touch (every screen),
 * and the Electron shell, which runs only where an Electron binary is supplied.
 */
export default defineConfig({
  globalSetup: './tests/support/e2e-global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    {
      name: 'browser-shell',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1920, height: 1080 },
        hasTouch: true,
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        launchOptions: { executablePath: chromiumPath ?? undefined, args: CHROMIUM_ARGS },
        trace: 'retain-on-failure',
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});
