import { expect, type Locator, type Page } from '@playwright/test';
import type { Walkthrough, WalkthroughStep } from '../../contract/walkthrough';
import { K, type Lang } from './kiosk-text';

/** The kiosk's three text sizes (CSS px of --text-base), as the toolbar cycles them. */
export const TEXT_SIZES = [28, 36, 44] as const;

export interface KioskPrefs {
  lang: Lang;
  highContrast: boolean;
  /** 0, 1 or 2: index into TEXT_SIZES. */
  sizeStep: number;
}

/** What the page shows now, read from <html> (the renderer mirrors its preferences there). */
export async function currentPrefs(page: Page): Promise<KioskPrefs> {
  const html = page.locator('html');
  const style = (await html.getAttribute('style')) ?? '';
  const raw = {
    lang: (await html.getAttribute('lang')) ?? '',
    contrast: (await html.getAttribute('data-contrast')) ?? '',
    // The renderer sets --text-base inline on <html>; 28 px when it has not set it yet.
    base: /--text-base:\s*([\d.]+px)/.exec(style)?.[1] ?? '28px',
  };
  const sizeStep = TEXT_SIZES.indexOf(Number.parseFloat(raw.base) as (typeof TEXT_SIZES)[number]);
  if (raw.lang !== 'vi' && raw.lang !== 'en') throw new Error(`unexpected <html lang="${raw.lang}">`);
  if (sizeStep < 0) throw new Error(`unexpected --text-base "${raw.base}"`);
  return { lang: raw.lang, highContrast: raw.contrast === 'high', sizeStep };
}

export function toolbar(page: Page, lang: Lang): Locator {
  return page.getByRole('navigation', { name: K.controls[lang], exact: true });
}

/** The toolbar's text-size button; its name is its visible text with the state ("Cỡ chữ 1/3"). */
export function textSizeButton(page: Page, lang: Lang): Locator {
  return toolbar(page, lang).getByRole('button', { name: new RegExp(`^${K.textSize[lang]}`) });
}

/** Taps the toolbar (as a visitor would) until the screen shows `want`. */
export async function setPrefs(page: Page, want: Partial<KioskPrefs>): Promise<void> {
  let now = await currentPrefs(page);
  if (want.lang && want.lang !== now.lang) {
    await toolbar(page, now.lang).getByRole('button', { name: K.otherLanguage[now.lang], exact: true }).tap();
    await expect(page.locator('html')).toHaveAttribute('lang', want.lang);
    now = await currentPrefs(page);
  }
  if (want.highContrast !== undefined && want.highContrast !== now.highContrast) {
    const button = toolbar(page, now.lang).getByRole('button', { name: K.contrast[now.lang], exact: true });
    await button.tap();
    await expect(button).toHaveAttribute('aria-pressed', String(want.highContrast));
  }
  if (want.sizeStep !== undefined) {
    for (let i = 0; i < TEXT_SIZES.length && (await currentPrefs(page)).sizeStep !== want.sizeStep; i++) {
      await textSizeButton(page, now.lang).tap();
    }
    expect((await currentPrefs(page)).sizeStep).toBe(want.sizeStep);
  }
}

/** The place to tap on a step's phone drawing. */
export function targetOf(step: WalkthroughStep) {
  const target = step.screen.elements.find((e) => e.id === step.screen.target);
  if (!target) throw new Error(`step ${step.id}: no target element`);
  return target;
}

/** The phone drawing of a step, by its accessible name (a figure labelled with the screen title). */
export function phoneFigure(page: Page, step: WalkthroughStep, lang: Lang): Locator {
  const name = step.screen.title ? K.phoneCaption(step.screen.title)[lang] : K.phoneCaptionUntitled[lang];
  return page.getByRole('figure', { name, exact: true });
}

/** The practice-mode button on the drawing: "Chạm vào đây: <label>". */
export function practiceTarget(page: Page, step: WalkthroughStep, lang: Lang): Locator {
  const label = targetOf(step).label;
  if (!label) throw new Error(`step ${step.id}: the target has no label`);
  return page.getByRole('button', { name: K.tapHere(label)[lang], exact: true });
}

/**
 * Taps the phone drawing away from the place to tap: picks, among a few points on the
 * drawn phone, the one farthest from the target button.
 */
export async function tapOffTarget(page: Page, step: WalkthroughStep, lang: Lang): Promise<void> {
  const figure = phoneFigure(page, step, lang);
  const fig = (await figure.boundingBox())!;
  const target = (await practiceTarget(page, step, lang).boundingBox())!;
  // The drawn phone is the top part of the figure (the caption is below it): 720 × 1.1 + borders.
  const phoneHeight = Math.min(fig.height, 720 * 1.1 + 28);
  const candidates = [0.15, 0.5, 0.85].flatMap((fx) => [0.1, 0.35, 0.6, 0.9].map((fy) => ({ x: fig.width * fx, y: phoneHeight * fy })));
  const distance = (p: { x: number; y: number }) => {
    const px = fig.x + p.x;
    const py = fig.y + p.y;
    const dx = Math.max(target.x - px, 0, px - (target.x + target.width));
    const dy = Math.max(target.y - py, 0, py - (target.y + target.height));
    return Math.hypot(dx, dy);
  };
  const best = candidates.sort((a, b) => distance(b) - distance(a))[0]!;
  expect(distance(best), 'a spot on the drawing away from the target').toBeGreaterThan(40);
  await figure.tap({ position: best });
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Opens a walkthrough from the home tiles and starts it in the given mode. */
export async function openWalkthrough(page: Page, w: Walkthrough, lang: Lang, mode: 'practice' | 'guide' = 'practice'): Promise<void> {
  await page.getByRole('list', { name: K.homeTitle[lang], exact: true }).getByRole('button', { name: new RegExp(`^${escapeRegExp(w.title[lang])}`) }).tap();
  await expect(page.getByRole('heading', { level: 1, name: w.title[lang] })).toBeVisible();
  await page.getByRole('button', { name: (mode === 'practice' ? K.startPractice : K.startGuide)[lang], exact: true }).tap();
  await expect(page.getByText(K.stepOf(1, w.steps.length)[lang], { exact: true })).toBeVisible();
}

/** Confirms the safety warning on the current step, when it has one. */
export async function acknowledgeSafety(page: Page, step: WalkthroughStep, lang: Lang): Promise<void> {
  if (!step.safety) return;
  const section = page.getByRole('region', { name: K.safetyTitle[lang] });
  await expect(section).toBeVisible();
  // Already confirmed earlier in this visit (e.g. before a Back): nothing to do.
  if (await section.getByText(K.safetyDone[lang]).isVisible()) return;
  await section.getByRole('button', { name: K.safetyRead[lang], exact: true }).tap();
  await expect(section.getByText(K.safetyDone[lang])).toBeVisible();
}

/** Practice mode: goes through every step by tapping the right place on the drawing. */
export async function practiseAllSteps(page: Page, w: Walkthrough, lang: Lang, opts: { checkGate?: boolean } = {}): Promise<void> {
  for (const [i, step] of w.steps.entries()) {
    await expect(page.getByText(K.stepOf(i + 1, w.steps.length)[lang], { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: step.instruction[lang], exact: true })).toBeVisible();
    const target = practiceTarget(page, step, lang);
    if (step.safety && opts.checkGate !== false) {
      // The warning cannot be skipped: both ways on are disabled until it is confirmed.
      await expect(target).toBeDisabled();
      await expect(page.getByRole('button', { name: K.skipPractice[lang], exact: true })).toBeDisabled();
    }
    await acknowledgeSafety(page, step, lang);
    await expect(target).toBeEnabled();
    await target.tap();
  }
}

/** Answers every question with its (first) correct option and checks the kind feedback. */
export async function answerAllQuestions(page: Page, w: Walkthrough, lang: Lang): Promise<void> {
  for (const [i, q] of w.questions.entries()) {
    await expect(page.getByText(K.questionOf(i + 1, w.questions.length)[lang], { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: q.prompt[lang], exact: true })).toBeVisible();
    const right = q.options.find((o) => o.correct)!;
    const choices = page.getByRole('group', { name: q.prompt[lang], exact: true });
    await choices.getByRole('button', { name: right.label[lang], exact: true }).tap();
    await expect(choices.getByRole('button', { name: right.label[lang], exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status').filter({ hasText: right.feedback[lang] })).toBeVisible();
    await page.getByRole('button', { name: K.continue[lang], exact: true }).tap();
  }
}
