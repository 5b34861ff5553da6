import { expect, type Page } from '@playwright/test';
import type { Walkthrough } from '../../contract/walkthrough';
import {
  acknowledgeSafety,
  currentPrefs,
  openWalkthrough,
  phoneFigure,
  practiceTarget,
  setPrefs,
  tapOffTarget,
  toolbar,
  type KioskPrefs,
} from './kiosk-page';
import { K, type Lang } from './kiosk-text';

/**
 * One place in the visitor's journey where the checks run. Most views stay put while the
 * toolbar changes language, contrast and text size; the idle warning does not (a tap
 * closes it), so it comes with `show`/`hide` to bring it back after each change.
 */
export interface ViewStop {
  name: string;
  show?: () => Promise<void>;
  hide?: () => Promise<void>;
}

export const VIEW_NAMES = [
  'home',
  'intro',
  'step (guide mode, safety unread)',
  'step (practice, safety unread)',
  'step (practice, safety read)',
  'step (practice, after a wrong tap)',
  'question (answered)',
  'finish (after feedback)',
  'help topic',
  'help priority',
  'ticket',
  'idle warning',
] as const;

const lang = async (page: Page): Promise<Lang> => (await currentPrefs(page)).lang;

/**
 * Walks one page through every visitor view, calling `at` on each. `at` may change the
 * preferences with the toolbar; the walk reads the language again before each tap. The
 * page needs `page.clock.install()` before it was opened (for the idle warning), and
 * the walkthrough's first step must carry a safety note.
 */
export async function walkVisitorViews(page: Page, w: Walkthrough, idleSeconds: number, at: (stop: ViewStop) => Promise<void>): Promise<void> {
  const first = w.steps[0]!;
  if (!first.safety) throw new Error(`${w.id}: the walk needs a walkthrough whose first step has a safety note`);
  const heading = async (name: string) => expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();

  await heading(K.homeTitle[await lang(page)]);
  await at({ name: 'home' });

  // Intro, then the first step in guide mode (the big Continue, held back by the safety note).
  await openWalkthrough(page, w, await lang(page), 'guide');
  let l = await lang(page);
  await expect(page.getByRole('button', { name: K.continue[l], exact: true })).toBeDisabled();
  await at({ name: 'step (guide mode, safety unread)' });
  l = await lang(page);
  await toolbar(page, l).getByRole('button', { name: K.back[l], exact: true }).tap();
  await expect(page.getByRole('heading', { level: 1, name: w.title[l] })).toBeVisible();
  await at({ name: 'intro' });

  // Practice mode on the same step: before and after the safety note, then a wrong tap.
  l = await lang(page);
  await page.getByRole('button', { name: K.startPractice[l], exact: true }).tap();
  await expect(practiceTarget(page, first, l)).toBeDisabled();
  await at({ name: 'step (practice, safety unread)' });
  l = await lang(page);
  await acknowledgeSafety(page, first, l);
  await at({ name: 'step (practice, safety read)' });
  l = await lang(page);
  await tapOffTarget(page, first, l);
  await expect(page.getByRole('status').filter({ hasText: /^(Gần đúng rồi!|Nearly!)/ })).toBeVisible();
  await at({ name: 'step (practice, after a wrong tap)' });

  for (const step of w.steps) {
    l = await lang(page);
    await expect(phoneFigure(page, step, l)).toBeVisible();
    await acknowledgeSafety(page, step, l);
    await practiceTarget(page, step, l).tap();
  }

  // The first question answered wrongly: the gentle feedback and the right answer shown.
  for (const [i, q] of w.questions.entries()) {
    l = await lang(page);
    await heading(q.prompt[l]);
    const option = i === 0 ? (q.options.find((o) => !o.correct) ?? q.options[0]!) : q.options.find((o) => o.correct)!;
    await page.getByRole('group', { name: q.prompt[l], exact: true }).getByRole('button', { name: option.label[l], exact: true }).tap();
    await expect(page.getByRole('button', { name: K.continue[l], exact: true })).toBeVisible();
    if (i === 0) await at({ name: 'question (answered)' });
    l = await lang(page);
    await page.getByRole('button', { name: K.continue[l], exact: true }).tap();
  }

  l = await lang(page);
  await heading(K.finishedTitle[l]);
  await page.getByRole('group', { name: K.feedbackQuestion[l] }).getByRole('button', { name: K.feedbackFaces[1][l], exact: true }).tap();
  await expect(page.getByRole('status').filter({ hasText: K.feedbackThanks[l] })).toBeVisible();
  await at({ name: 'finish (after feedback)' });

  l = await lang(page);
  await toolbar(page, l).getByRole('button', { name: K.callVolunteer[l], exact: true }).tap();
  await heading(K.topicTitle[l]);
  await at({ name: 'help topic' });
  l = await lang(page);
  await page.getByRole('button', { name: new RegExp(`^${K.topicCurrent[l]}`) }).tap();
  await heading(K.priorityTitle[l]);
  await at({ name: 'help priority' });
  l = await lang(page);
  await page.getByRole('button', { name: K.priorityNone[l], exact: true }).tap();
  await heading(K.yourNumber[l]);
  await at({ name: 'ticket' });

  // The idle warning over the ticket view.
  const dialog = () => page.getByRole('alertdialog');
  await at({
    name: 'idle warning',
    show: async () => {
      await page.clock.fastForward(idleSeconds * 1000 + 1000);
      const l2 = await lang(page);
      await expect(page.getByRole('alertdialog', { name: K.idleTitle[l2] })).toBeVisible();
    },
    hide: async () => {
      if (!(await dialog().isVisible())) return;
      const l2 = await lang(page);
      await dialog().getByRole('button', { name: K.stillHere[l2], exact: true }).tap();
      await expect(dialog()).toHaveCount(0);
    },
  });
}

/** Runs `check` at a stop once per preference combination, re-showing the stop as needed. */
export async function forEachPrefs(page: Page, stop: ViewStop, combos: KioskPrefs[], check: (prefs: KioskPrefs) => Promise<void>): Promise<void> {
  for (const prefs of combos) {
    if (stop.hide) await stop.hide();
    await setPrefs(page, prefs);
    if (stop.show) await stop.show();
    // Measure the page as the visitor sees it: with the bundled font, not a fallback still loading.
    await page.evaluate('document.fonts.ready.then(() => true)');
    await check(prefs);
  }
  if (stop.hide) await stop.hide();
}

export function describePrefs(p: KioskPrefs): string {
  return `${p.lang}/${p.highContrast ? 'high-contrast' : 'default'}/text ${p.sizeStep + 1}`;
}
