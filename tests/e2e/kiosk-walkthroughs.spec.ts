import { test, expect } from './fixtures';
import { needsProvince, setProvince, shippedWalkthroughs } from '../support/kiosk-setup';
import {
  acknowledgeSafety,
  escapeRegExp,
  answerAllQuestions,
  openWalkthrough,
  practiceTarget,
  practiseAllSteps,
  setPrefs,
  tapOffTarget,
  targetOf,
} from '../support/kiosk-page';
import { K, type Lang } from '../support/kiosk-text';

/**
 * Every shipped walkthrough, from its tile to the finish screen, in practice mode, in
 * both languages, with touch and by accessible names only. Generated from the content
 * files, so a new file is covered without editing this spec.
 */
const WALKTHROUGHS = shippedWalkthroughs();
const LANGS: Lang[] = ['vi', 'en'];

test('the content folder ships walkthroughs for these tests to cover', () => {
  expect(WALKTHROUGHS.length).toBeGreaterThanOrEqual(12);
});

for (const { file, content: w } of WALKTHROUGHS) {
  for (const lang of LANGS) {
    test(`${w.code} ${w.title.vi} (${file}) — practice mode end to end, ${lang}`, async ({ point, page }) => {
      const province = needsProvince(w);
      if (province) await setProvince(point.host.info, province);
      await page.goto(point.host.info.kiosk);
      await expect(page.getByRole('heading', { level: 1, name: K.homeTitle.vi })).toBeVisible();
      if (lang === 'en') {
        await setPrefs(page, { lang: 'en' });
        await expect(page.getByRole('heading', { level: 1, name: K.homeTitle.en })).toBeVisible();
      }

      await openWalkthrough(page, w, lang, 'practice');
      await practiseAllSteps(page, w, lang);
      await answerAllQuestions(page, w, lang);

      await expect(page.getByRole('heading', { level: 1, name: K.finishedTitle[lang] })).toBeVisible();
      await expect(page.getByRole('img', { name: K.qrLabel(w.officialLink.label)[lang], exact: true })).toBeVisible();
      const faces = page.getByRole('group', { name: K.feedbackQuestion[lang] });
      const helpful = faces.getByRole('button', { name: K.feedbackFaces[2][lang], exact: true });
      await helpful.tap();
      await expect(helpful).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByRole('status').filter({ hasText: K.feedbackThanks[lang] })).toBeVisible();

      await page.getByRole('button', { name: K.backHome[lang], exact: true }).tap();
      // Back to the first page also hands the screen to the next visitor: Vietnamese again.
      await expect(page.getByRole('heading', { level: 1, name: K.homeTitle.vi })).toBeVisible();
    });
  }
}

test('a province-only guide shows only where the point is in that province', async ({ point, page }) => {
  const local = WALKTHROUGHS.filter((x) => needsProvince(x.content));
  // iHanoi (W5) ships as a Hà Nội-only guide, so there is always one to check.
  expect(local.map((x) => x.content.code)).toContain('W5');
  const tiles = page.getByRole('list', { name: K.homeTitle.vi, exact: true });
  await page.goto(point.host.info.kiosk);
  await expect(tiles.getByRole('button')).toHaveCount(WALKTHROUGHS.length - local.length);
  for (const { content } of local) await expect(tiles.getByRole('button', { name: new RegExp(`^${escapeRegExp(content.title.vi)}`) })).toHaveCount(0);

  await setProvince(point.host.info, needsProvince(local[0]!.content)!);
  await page.reload();
  await expect(tiles.getByRole('button', { name: new RegExp(`^${escapeRegExp(local[0]!.content.title.vi)}`) })).toBeVisible();
});

test('a tap beside the place to tap gives a gentle hint and does not advance', async ({ point, page }) => {
  const w = WALKTHROUGHS.find((x) => !needsProvince(x.content))!.content;
  const step = w.steps[0]!;
  const lang: Lang = 'vi';
  await page.goto(point.host.info.kiosk);
  await openWalkthrough(page, w, lang, 'practice');
  await acknowledgeSafety(page, step, lang);

  await tapOffTarget(page, step, lang);
  const label = targetOf(step).label!;
  await expect(page.getByRole('status').filter({ hasText: K.gentleHint(label)[lang] })).toBeVisible();
  await expect(page.getByText(K.stepOf(1, w.steps.length)[lang], { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: step.instruction[lang], exact: true })).toBeVisible();

  // A second miss still keeps the visitor here; the right place then goes on.
  await tapOffTarget(page, step, lang);
  await expect(page.getByText(K.stepOf(1, w.steps.length)[lang], { exact: true })).toBeVisible();
  await practiceTarget(page, step, lang).tap();
  await expect(page.getByText(K.stepOf(2, w.steps.length)[lang], { exact: true })).toBeVisible();
});
