import { test as base, expect } from '@playwright/test';
import { makeTempDir, SHIPPED_ASSETS } from '../support/temp-dirs';
import { startHostProcess, type HostProcess } from '../support/host-process';
import { chromiumMissingReason } from '../support/chromium';

const NO_CHROMIUM = chromiumMissingReason();

export interface HostFixture {
  host: HostProcess;
  dataDir: string;
  /** Starts the host again on the same data folder (after a kill). */
  restart(): Promise<HostProcess>;
}

/** Each test gets its own host process and data folder: nothing leaks between tests. */
export const test = base.extend<{ point: HostFixture; needsChromium: void }>({
  // Runs before any browser is launched: a machine without Chromium skips each test with the install hint.
  needsChromium: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, testInfo) => {
      testInfo.skip(NO_CHROMIUM !== null, NO_CHROMIUM ?? '');
      await use();
    },
    { auto: true },
  ],
  // Playwright reads the fixture's dependencies from the first argument's pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  point: async ({}, use) => {
    const temp = makeTempDir('dhp-e2e-');
    let current = await startHostProcess({ dataDir: temp.dir, assetsDir: SHIPPED_ASSETS });
    const fixture: HostFixture = {
      get host() {
        return current;
      },
      dataDir: temp.dir,
      async restart() {
        await current.kill('SIGKILL');
        current = await startHostProcess({ dataDir: temp.dir, assetsDir: SHIPPED_ASSETS });
        return current;
      },
    };
    await use(fixture);
    await current.kill('SIGKILL');
    temp.cleanup();
  },
});

export { expect };
