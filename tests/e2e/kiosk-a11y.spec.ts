import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { kioskIdleSeconds, needsProvince, shippedWalkthroughs } from '../support/kiosk-setup';
import type { KioskPrefs } from '../support/kiosk-page';
import { describePrefs, forEachPrefs, VIEW_NAMES, walkVisitorViews } from '../support/kiosk-walk';
import type { Lang } from '../support/kiosk-text';

/**
 * axe on every visitor view, in both languages × both themes × all three text sizes:
 * WCAG 2.0/2.1 A and AA, 2.2 AA, plus AAA contrast (color-contrast-enhanced, which the
 * tags alone leave off). One page per language walks the views; at each view the toolbar
 * switches theme and size and axe runs again, so the walk is done once, not 12 times.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const EXTRA_RULES = ['color-contrast-enhanced'];

/** The walk needs a guide offered everywhere whose first step carries a safety note. */
const WALK = shippedWalkthroughs().find((x) => !needsProvince(x.content) && x.content.steps[0]!.safety)!.content;

async function axeViolations(page: Page): Promise<{ lines: string[]; ran: string[] }> {
  // The kiosk has no frames, so axe.run in the page (legacy mode) sees everything, and it
  // is ~2.5× faster than the default, which finishes each run in a fresh blank page.
  expect(page.frames()).toHaveLength(1);
  const result = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ rules: Object.fromEntries(EXTRA_RULES.map((id) => [id, { enabled: true }])) })
    .withTags(TAGS)
    .analyze();
  const ran = [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable].map((r) => r.id);
  const lines = result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} [${v.impact}] ${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 220)}`),
  );
  return { lines, ran };
}


for (const lang of ['vi', 'en'] as Lang[]) {
  test(`axe: every visitor view, ${lang}, both themes × three text sizes — zero violations`, async ({ point, page }, info) => {
    test.setTimeout(180_000);
    const idleSeconds = await kioskIdleSeconds(point.host.info);
    await page.clock.install();
    await page.goto(point.host.info.kiosk);

    const combos: KioskPrefs[] = [false, true].flatMap((highContrast) => [0, 1, 2].map((sizeStep) => ({ lang, highContrast, sizeStep })));
    const found: string[] = [];
    const visited: string[] = [];
    let runs = 0;
    const started = Date.now();
    await walkVisitorViews(page, WALK, idleSeconds, async (stop) => {
      visited.push(stop.name);
      await forEachPrefs(page, stop, combos, async (prefs) => {
        const { lines, ran } = await axeViolations(page);
        runs++;
        expect(ran, 'the AAA contrast rule ran').toEqual(expect.arrayContaining([...EXTRA_RULES, 'target-size']));
        for (const line of lines) found.push(`${stop.name} @ ${describePrefs(prefs)}: ${line}`);
      });
    });
    const summary = `${runs} axe runs in ${((Date.now() - started) / 1000).toFixed(1)} s\n\n${found.join('\n') || 'no violations'}\n`;
    fs.writeFileSync(info.outputPath('axe-summary.txt'), summary);
    await info.attach('axe-summary.txt', { body: summary, contentType: 'text/plain' });
    expect(new Set(visited)).toEqual(new Set(VIEW_NAMES));
    expect(runs).toBe(VIEW_NAMES.length * combos.length);
    expect(found, `axe violations (${found.length})`).toEqual([]);
  });
}

test('axe label-content-name-mismatch: the text-size button\'s name contains its visible text', async ({ point, page }) => {
  // Guards a fixed defect (WCAG 2.5.3): the text-size button once had an aria-label that did not contain its visible "Cỡ chữ 1/3".
  await page.goto(point.host.info.kiosk);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const result = await new AxeBuilder({ page }).setLegacyMode(true).withRules(['label-content-name-mismatch']).analyze();
  expect(result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
});
