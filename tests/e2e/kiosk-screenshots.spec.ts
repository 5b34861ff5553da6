import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { needsProvince, shippedWalkthroughs } from '../support/kiosk-setup';
import { acknowledgeSafety, openWalkthrough, setPrefs } from '../support/kiosk-page';
import { K } from '../support/kiosk-text';
import { PROJECT_ROOT } from '../support/temp-dirs';

/**
 * Screenshots for the README, written to docs/screenshots/ (committed): the first page
 * and a step, each in the default and the high-contrast theme, at 1920 × 1080.
 */
const OUT = path.join(PROJECT_ROOT, 'docs', 'screenshots');
const WALK = shippedWalkthroughs().find((x) => !needsProvince(x.content) && x.content.steps[0]!.safety)!.content;

test.use({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  // The bundled text font is loaded (the icons are checked as drawn pixels below).
  const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/["']/g, '')));
  expect(loaded).toContain('Be Vietnam Pro');
  const file = path.join(OUT, `${name}.png`);
  fs.rmSync(file, { force: true });
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });

  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${name}.png is a PNG`).toBe(true);
  expect(bytes.length, `${name}.png size`).toBeGreaterThan(20 * 1024);
  // IHDR: width and height, big-endian, at bytes 16–23.
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
}

test('README screenshots: the first page and a step, default and high contrast', async ({ point, page }) => {
  fs.mkdirSync(OUT, { recursive: true });
  await page.goto(point.host.info.kiosk);
  await expect(page.getByRole('list', { name: K.homeTitle.vi }).getByRole('button').first()).toBeVisible();
  await shoot(page, 'kiosk-home-default');
  await setPrefs(page, { highContrast: true });
  await shoot(page, 'kiosk-home-high-contrast');
  await setPrefs(page, { highContrast: false });

  await openWalkthrough(page, WALK, 'vi', 'guide');
  await acknowledgeSafety(page, WALK.steps[0]!, 'vi');
  await expect(page.getByRole('button', { name: K.continue.vi, exact: true })).toBeEnabled();
  await shoot(page, 'kiosk-step-default');
  await setPrefs(page, { highContrast: true });
  await shoot(page, 'kiosk-step-high-contrast');
});

/** Whether anything is drawn for an aria-hidden icon: its box with and without the icon shown. */
async function iconIsDrawn(page: Page, icon: ReturnType<Page['locator']>): Promise<boolean> {
  await page.evaluate(() => document.fonts.ready);
  const box = (await icon.boundingBox())!;
  const shown = await page.screenshot({ clip: box, animations: 'disabled' });
  await icon.evaluate((el) => ((el as HTMLElement).style.visibility = 'hidden'));
  const hidden = await page.screenshot({ clip: box, animations: 'disabled' });
  await icon.evaluate((el) => ((el as HTMLElement).style.visibility = ''));
  return !shown.equals(hidden);
}

test('icons are drawn: a content emoji on a tile and the SVG icon on the volunteer button', async ({ point, page }) => {
  // Emoji come from the system's colour emoji font; the bundled @fontsource/noto-color-emoji drew nothing in Debian Chromium.
  await page.goto(point.host.info.kiosk);
  const tile = page.getByRole('list', { name: K.homeTitle.vi }).getByRole('button').first();
  await expect(tile).toBeVisible();
  expect(await iconIsDrawn(page, tile.locator('[aria-hidden="true"]').first()), 'tile icon drawn').toBe(true);
  const help = page.getByRole('button', { name: K.callVolunteer.vi, exact: true });
  expect(await iconIsDrawn(page, help.locator('[aria-hidden="true"]').first()), 'toolbar icon drawn').toBe(true);
});
