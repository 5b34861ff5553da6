import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { kioskIdleSeconds, needsProvince, shippedWalkthroughs } from '../support/kiosk-setup';
import { acknowledgeSafety, currentPrefs, openWalkthrough, practiceTarget, setPrefs, textSizeButton, toolbar } from '../support/kiosk-page';
import { K, type Lang } from '../support/kiosk-text';

/**
 * The idle reset (WCAG 2.2.1, reference §1): after the settings' idle time without a
 * touch, a warning with one "I'm still here" button and at least 60 s to answer, as many
 * times as needed; left alone, everything is cleared for the next visitor.
 * Time is driven with page.clock (installed before the page loads).
 */
const W = shippedWalkthroughs().find((x) => !needsProvince(x.content) && x.content.steps[0]!.safety)!.content;
const MIN_ANSWER_SECONDS = 60;
const EXTENSIONS = 12;

const dialog = (page: Page) => page.getByRole('alertdialog');

/** The seconds the warning says are left ("… sau 60 giây …" / "… in 60 seconds …"). */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await dialog(page).innerText()).replace(/\s+/g, ' ');
  const m = /(\d+) (giây|seconds)/.exec(text);
  if (!m) throw new Error(`no countdown in the warning: ${text}`);
  return Number(m[1]);
}

async function expectWarning(page: Page, lang: Lang): Promise<void> {
  await expect(page.getByRole('alertdialog', { name: K.idleTitle[lang] })).toBeVisible();
  await expect(dialog(page).getByRole('button', { name: K.stillHere[lang], exact: true })).toBeVisible();
  await expect(dialog(page).getByRole('button')).toHaveCount(1);
}

test('an idle visitor is warned, can stay without limit, and is cleared away when gone', async ({ point, page }) => {
  test.setTimeout(120_000);
  const idleSeconds = await kioskIdleSeconds(point.host.info);
  expect(idleSeconds, 'idle time from the settings (app.info.kioskIdleSeconds)').toBeGreaterThanOrEqual(120);
  await page.clock.install();
  await page.goto(point.host.info.kiosk);

  // A visitor reading step 2, holding ticket A001.
  await openWalkthrough(page, W, 'vi', 'practice');
  await acknowledgeSafety(page, W.steps[0]!, 'vi');
  await practiceTarget(page, W.steps[0]!, 'vi').tap();
  await toolbar(page, 'vi').getByRole('button', { name: K.callVolunteer.vi, exact: true }).tap();
  await page.getByRole('button', { name: new RegExp(`^${K.topicCurrent.vi}`) }).tap();
  await page.getByRole('button', { name: K.priorityNone.vi, exact: true }).tap();
  await expect(page.getByText('A001', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: K.keepLearning.vi, exact: true }).tap();
  const step2 = page.getByRole('heading', { level: 1, name: W.steps[1]!.instruction.vi, exact: true });
  await expect(step2).toBeVisible();
  await expect(page.getByText(K.stepOf(2, W.steps.length).vi, { exact: true })).toBeVisible();

  // Warned at the idle time (not before), with at least a minute to answer; "still here" keeps everything. Again and again.
  for (let i = 0; i < EXTENSIONS; i++) {
    await page.clock.fastForward((idleSeconds - 3) * 1000);
    await page.clock.runFor(1000);
    await expect(dialog(page), `no warning ${idleSeconds - 2} s after the last touch`).toHaveCount(0);
    // Step up to the idle time a quarter second at a time, so the countdown is read as it first appears.
    const quietBefore = idleSeconds - 2;
    let waited = 0;
    while (!(await dialog(page).isVisible())) {
      expect(waited, 'the warning appears within 2 s of the idle time').toBeLessThan(3000);
      await page.clock.runFor(250);
      waited += 250;
    }
    // The page clock also runs on its own while the test works, up to about a second per round.
    expect(quietBefore * 1000 + waited, 'the warning does not come before the idle time').toBeGreaterThanOrEqual(idleSeconds * 1000 - 1000);
    await expectWarning(page, 'vi');
    expect(await secondsLeft(page), `countdown when the warning appears (round ${i + 1})`).toBeGreaterThanOrEqual(MIN_ANSWER_SECONDS);
    // Near the end of the minute the visitor is still in time.
    await page.clock.fastForward((MIN_ANSWER_SECONDS - 3) * 1000);
    await expectWarning(page, 'vi');
    expect(await secondsLeft(page)).toBeLessThanOrEqual(3);
    await dialog(page).getByRole('button', { name: K.stillHere.vi, exact: true }).tap();
    await expect(dialog(page)).toHaveCount(0);
    await expect(step2).toBeVisible();
    await expect(page.getByText(K.stepOf(2, W.steps.length).vi, { exact: true })).toBeVisible();
  }

  // The visitor changed the screen for themself, then walked away.
  await setPrefs(page, { lang: 'en', highContrast: true, sizeStep: 2 });
  await page.clock.fastForward(idleSeconds * 1000);
  await expectWarning(page, 'en');
  await page.clock.fastForward(MIN_ANSWER_SECONDS * 1000);

  // Everything is back to how the next visitor should find it.
  await expect(page.getByRole('heading', { level: 1, name: K.homeTitle.vi, exact: true })).toBeVisible();
  await expect(dialog(page)).toHaveCount(0);
  expect(await currentPrefs(page)).toEqual({ lang: 'vi', highContrast: false, sizeStep: 0 });
  await expect(textSizeButton(page, 'vi')).toHaveAccessibleName('Cỡ chữ 1/3');
  await expect(toolbar(page, 'vi').getByRole('button', { name: K.contrast.vi, exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(toolbar(page, 'vi').getByRole('button', { name: K.back.vi, exact: true })).toBeDisabled();
  const text = await page.evaluate(() => document.body.textContent ?? '');
  const leftovers = [
    'A001',
    K.yourNumber.vi,
    K.yourNumber.en,
    ...W.steps.flatMap((s) => [s.instruction.vi, s.instruction.en, s.readAloud.vi, s.readAloud.en, ...(s.safety ? [s.safety.vi, s.safety.en] : [])]),
    ...W.questions.flatMap((q) => [q.prompt.vi, q.prompt.en]),
  ].filter((t) => text.includes(t));
  expect(leftovers, 'text of the previous visit still in the DOM').toEqual([]);

  // No ticket and no open guide left: asking for help starts afresh.
  await toolbar(page, 'vi').getByRole('button', { name: K.callVolunteer.vi, exact: true }).tap();
  await expect(page.getByRole('heading', { level: 1, name: K.topicTitle.vi, exact: true })).toBeVisible();
  await expect(page.getByText(K.topicCurrent.vi)).toHaveCount(0);
});

test('the untouched first page is never interrupted by the idle warning', async ({ point, page }) => {
  const idleSeconds = await kioskIdleSeconds(point.host.info);
  await page.clock.install();
  await page.goto(point.host.info.kiosk);
  await expect(page.getByRole('heading', { level: 1, name: K.homeTitle.vi, exact: true })).toBeVisible();
  await page.clock.fastForward(idleSeconds * 3 * 1000);
  await page.clock.runFor(2000);
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: K.homeTitle.vi, exact: true })).toBeVisible();
});

test('a change of the wall clock neither throws a visitor out nor stops the idle reset', async ({ point, page }) => {
  const idleSeconds = await kioskIdleSeconds(point.host.info);
  await page.clock.install({ time: new Date('2026-12-03T08:00:00+07:00') });
  await page.goto(point.host.info.kiosk);
  await openWalkthrough(page, W, 'vi', 'guide');
  // The PC's clock is corrected by two hours (NTP, or staff fixing the time): nothing happens.
  await page.clock.setSystemTime(new Date('2026-12-03T10:00:00+07:00'));
  await page.clock.runFor(5_000);
  await expect(dialog(page)).toHaveCount(0);
  await page.clock.setSystemTime(new Date('2026-12-03T06:00:00+07:00'));
  await page.clock.runFor(5_000);
  await expect(dialog(page)).toHaveCount(0);
  // Real quiet time still counts as it should.
  await page.clock.runFor(idleSeconds * 1000);
  await expectWarning(page, 'vi');
});
