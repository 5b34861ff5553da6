import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { setProvince, shippedWalkthroughs } from '../support/kiosk-setup';
import { currentPrefs, openWalkthrough, phoneFigure, setPrefs, textSizeButton, toolbar, TEXT_SIZES } from '../support/kiosk-page';
import { installFakeSpeech } from '../support/fake-speech';
import { K, type Lang } from '../support/kiosk-text';

/**
 * "One screen is enough": on every step of every shipped guide, in both languages,
 * - at 1920 × 1080 at all three text sizes, and at 1366 × 768 at the two smaller ones,
 *   the instruction, the short body, the safety box with its confirm button, the place
 *   to tap on the drawing and Continue are all inside the viewport, nothing scrolled;
 * - at 1366 × 768 at the largest size, Continue (and the place to tap) stay on screen and,
 *   where the text does not fit, it scrolls inside its column with a "more below" cue.
 * One page per screen × language walks every guide by Continue (guide mode); on each step
 * the toolbar cycles the three text sizes. Things are found by role and name (the place to
 * tap is the highlighted part of the drawing, found inside the figure found by its name),
 * then measured with getBoundingClientRect against the viewport and clipping ancestors.
 */
const WALKTHROUGHS = shippedWalkthroughs().map((x) => x.content);
const MORE_BELOW: Record<Lang, string> = { vi: 'Còn nữa ở dưới, kéo lên để đọc tiếp', en: 'More below: swipe up to read on' };
const SCREENS = [
  { width: 1920, height: 1080, mustFitBelow: 3 },
  { width: 1366, height: 768, mustFitBelow: 2 },
] as const;

test.use({ reducedMotion: 'reduce' });

type Part = 'instruction' | 'body' | 'safety box' | 'safety confirm' | 'place to tap' | 'Continue' | 'more below';

/** Marks the located elements so one evaluate can measure them all at each text size. */
async function mark(parts: [Part, Locator][]): Promise<void> {
  for (const [name, locator] of parts) await locator.evaluate((el, n) => el.setAttribute('data-one-screen', n), name);
}

/** For each marked part: fully inside the viewport and every clipping ancestor, with nothing scrolled? */
async function measure(page: Page): Promise<{ parts: Record<string, { fully: boolean; rect: string }>; pageScrolls: boolean; textOverflows: boolean; scrolled: boolean }> {
  return page.evaluate(() => {
    const parts: Record<string, { fully: boolean; rect: string }> = {};
    let scrolled = window.scrollY !== 0;
    for (const el of document.querySelectorAll('[data-one-screen]')) {
      const r = el.getBoundingClientRect();
      let box = { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth };
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (cs.overflowY === 'visible' && cs.overflowX === 'visible') continue;
        const ar = a.getBoundingClientRect();
        box = { top: Math.max(box.top, ar.top), left: Math.max(box.left, ar.left), bottom: Math.min(box.bottom, ar.bottom), right: Math.min(box.right, ar.right) };
        if (a.scrollTop !== 0) scrolled = true;
      }
      const fully = r.width > 0 && r.height > 0 && r.top >= box.top - 1 && r.left >= box.left - 1 && r.bottom <= box.bottom + 1 && r.right <= box.right + 1;
      parts[el.getAttribute('data-one-screen')!] = { fully, rect: `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}` };
    }
    const text = document.querySelector('.step-text');
    return {
      parts,
      scrolled,
      pageScrolls: document.scrollingElement!.scrollHeight > window.innerHeight + 1,
      textOverflows: !!text && text.scrollHeight > text.clientHeight + 1,
    };
  });
}

for (const screen of SCREENS) {
  for (const lang of ['vi', 'en'] as Lang[]) {
    test(`${screen.width}×${screen.height}, ${lang}: every step of every guide at text ${TEXT_SIZES.join('/')} px`, async ({ point, page }, info) => {
      test.setTimeout(420_000);
      await installFakeSpeech(page, { voices: ['vi-VN', 'en-US'] }); // no host synthesis while walking
      await setProvince(point.host.info); // the Hanoi-only guide is walked too
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.goto(point.host.info.kiosk);
      await expect(page.getByRole('heading', { level: 1, name: K.homeTitle.vi })).toBeVisible();

      const problems: string[] = [];
      const started = Date.now();
      let steps = 0;
      let withScroll = 0;
      for (const w of WALKTHROUGHS) {
        await setPrefs(page, { lang, sizeStep: 0 });
        await openWalkthrough(page, w, lang, 'guide');
        for (const [i, step] of w.steps.entries()) {
          const where = `${w.code}/${step.id}`;
          await expect(page.getByText(K.stepOf(i + 1, w.steps.length)[lang], { exact: true })).toBeVisible();
          const heading = page.getByRole('heading', { level: 1, name: step.instruction[lang], exact: true });
          const cont = page.getByRole('button', { name: K.continue[lang], exact: true });
          const safety = page.getByRole('region', { name: K.safetyTitle[lang] });
          const confirm = safety.getByRole('button', { name: K.safetyRead[lang], exact: true });
          const parts: [Part, Locator][] = [
            ['instruction', heading],
            ['body', page.getByText(step.body?.[lang] ?? step.readAloud[lang], { exact: true })],
            ['place to tap', phoneFigure(page, step, lang).locator('.mock.highlighted')],
            ['Continue', cont],
          ];
          if (step.safety) parts.push(['safety box', safety], ['safety confirm', confirm]);
          await mark(parts);
          for (const sizeStep of [0, 1, 2]) {
            if ((await currentPrefs(page)).sizeStep !== sizeStep) await textSizeButton(page, lang).tap();
            await expect(page.locator('html')).toHaveAttribute('style', new RegExp(`--text-base:\\s*${TEXT_SIZES[sizeStep]}px`));
            await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
            const m = await measure(page);
            const at = `${where} @ ${TEXT_SIZES[sizeStep]} px`;
            if (m.pageScrolls) problems.push(`${at}: the page itself scrolls`);
            const mustFit = sizeStep < screen.mustFitBelow;
            const needed: Part[] = mustFit ? parts.map(([n]) => n) : ['instruction', 'place to tap', 'Continue'];
            for (const n of needed) if (!m.parts[n]?.fully) problems.push(`${at}: ${n} not fully on screen (${m.parts[n]?.rect ?? 'missing'})`);
            if (mustFit && m.scrolled) problems.push(`${at}: something is scrolled`);
            if (!mustFit && m.textOverflows) {
              withScroll++;
              const cue = page.getByText(MORE_BELOW[lang]);
              const seen = await expect(cue).toBeVisible({ timeout: 2_000 }).then(() => true, () => false);
              if (!seen) problems.push(`${at}: the text scrolls but shows no "more below" cue`);
            }
          }
          steps++;
          if (step.safety) await confirm.tap(); // at the largest size this scrolls the text to it
          await expect(cont).toBeEnabled();
          await cont.tap();
        }
        await toolbar(page, lang).getByRole('button', { name: K.startOver[lang], exact: true }).tap();
        await expect(page.getByRole('heading', { level: 1, name: K.homeTitle.vi })).toBeVisible();
      }
      const summary = `${steps} steps × 3 text sizes (${withScroll} with scrolling text at the largest size) in ${((Date.now() - started) / 1000).toFixed(1)} s\n${problems.join('\n') || 'no problems'}\n`;
      fs.writeFileSync(info.outputPath('one-screen.txt'), summary);
      await info.attach('one-screen.txt', { body: summary, contentType: 'text/plain' });
      expect(steps).toBe(WALKTHROUGHS.reduce((n, w) => n + w.steps.length, 0));
      expect(problems, `one-screen problems (${problems.length})`).toEqual([]);
    });
  }
}
