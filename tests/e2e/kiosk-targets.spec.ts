import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { kioskIdleSeconds, needsProvince, shippedWalkthroughs } from '../support/kiosk-setup';
import { escapeRegExp, toolbar, type KioskPrefs } from '../support/kiosk-page';
import { describePrefs, forEachPrefs, VIEW_NAMES, walkVisitorViews } from '../support/kiosk-walk';
import { K, type Lang } from '../support/kiosk-text';
import { CHROMIUM_ARGS, findTestChromium } from '../support/chromium';

/**
 * The kiosk's own size rules on every visitor view, at all three text sizes, in both
 * languages (default theme; the themes do not change sizes): targets ≥ 72 × 72 px and
 * ≥ 16 px apart, "Continue" ≥ 96 px tall, no horizontal scroll, text ≥ 24 px with line
 * height ≥ 1.3, no clipped text; and consistent help (WCAG 3.2.6): the same seven
 * toolbar controls in the same order everywhere, the volunteer button in the same box.
 */
const WALK = shippedWalkthroughs().find((x) => !needsProvince(x.content) && x.content.steps[0]!.safety)!.content;

/** The toolbar's accessible names, in order, as a visitor's screen reader meets them. */
const TOOLBAR_ORDER = (lang: Lang): RegExp[] => [
  new RegExp(`^${K.startOver[lang]}$`),
  new RegExp(`^${K.back[lang]}$`),
  new RegExp(`^${K.listenAgain[lang]}$`),
  new RegExp(`^${escapeRegExp(K.textSize[lang])}(\\s|$)`),
  new RegExp(`^${K.contrast[lang]}$`),
  new RegExp(`^${K.otherLanguage[lang]}$`),
  new RegExp(`^${K.callVolunteer[lang]}$`),
];


for (const lang of ['vi', 'en'] as Lang[]) {
  test(`sizes, spacing, text and consistent help on every visitor view, ${lang}, three text sizes`, async ({ point, page }, info) => {
    test.setTimeout(120_000);
    const idleSeconds = await kioskIdleSeconds(point.host.info);
    await page.clock.install();
    await page.goto(point.host.info.kiosk);

    const combos: KioskPrefs[] = [0, 1, 2].map((sizeStep) => ({ lang, highContrast: false, sizeStep }));
    const problems: string[] = [];
    const helpBoxes = new Map<number, { view: string; box: NonNullable<LayoutReport['helpBox']> }[]>();
    const visited: string[] = [];
    await walkVisitorViews(page, WALK, idleSeconds, async (stop) => {
      visited.push(stop.name);
      await forEachPrefs(page, stop, combos, async (prefs) => {
        const where = `${stop.name} @ ${describePrefs(prefs)}`;
        const report = await measureLayout(page, { continue: K.continue[lang], callVolunteer: K.callVolunteer[lang] });
        expect(report.counts.interactive, `${where}: controls measured`).toBeGreaterThan(0);
        for (const p of report.problems) problems.push(`${where}: ${p}`);

        if (!report.helpBox) problems.push(`${where}: no "${K.callVolunteer[lang]}" button`);
        else helpBoxes.set(prefs.sizeStep, [...(helpBoxes.get(prefs.sizeStep) ?? []), { view: stop.name, box: report.helpBox }]);

        const snapshot = await toolbar(page, lang).ariaSnapshot();
        const names = [...snapshot.matchAll(/^\s*- '?button "(.*?)"/gm)].map((m) => m[1]!);
        const order = TOOLBAR_ORDER(lang);
        const inOrder = names.length === order.length && names.every((n, i) => order[i]!.test(n));
        if (!inOrder) problems.push(`${where}: toolbar controls are ${JSON.stringify(names)}`);
      });
    });
    expect(new Set(visited)).toEqual(new Set(VIEW_NAMES));

    // Consistent help: the same box (±2 px) on every view at a given text size.
    for (const [sizeStep, boxes] of helpBoxes) {
      const first = boxes[0]!;
      for (const { view, box } of boxes.slice(1)) {
        const off = (['x', 'y', 'width', 'height'] as const).filter((k) => Math.abs(box[k] - first.box[k]) > 2);
        if (off.length) {
          problems.push(`help button moved, text ${sizeStep + 1}: ${first.view} ${JSON.stringify(first.box)} vs ${view} ${JSON.stringify(box)}`);
        }
      }
    }

    const summary = `${problems.join('\n') || 'no problems'}\n`;
    fs.writeFileSync(info.outputPath('layout-problems.txt'), summary);
    await info.attach('layout-problems.txt', { body: summary, contentType: 'text/plain' });
    expect(problems, `layout problems (${problems.length})`).toEqual([]);
  });
}

test('the home tiles\' step count is ≥ 24 px at text size 1', async ({ point, page }) => {
  // Guards a fixed defect: .tile-meta was 0.85em = 23.8 px at 28 px.
  await page.goto(point.host.info.kiosk);
  const meta = page.getByText(/^\d+ bước$/).first();
  await expect(meta).toBeVisible();
  expect(await meta.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(24);
});

test('the ticket number has a line height ≥ 1.3 × its size', async ({ point, page }) => {
  // Guards a fixed defect: .ticket-number had line-height 1.2.
  await page.goto(point.host.info.kiosk);
  await toolbar(page, 'vi').getByRole('button', { name: K.callVolunteer.vi, exact: true }).tap();
  await page.getByRole('button', { name: K.topicOther.vi, exact: true }).tap();
  await page.getByRole('button', { name: K.priorityNone.vi, exact: true }).tap();
  const number = page.getByText('A001', { exact: true });
  await expect(number).toBeVisible();
  const { size, lh } = await number.evaluate((el) => ({ size: Number.parseFloat(getComputedStyle(el).fontSize), lh: Number.parseFloat(getComputedStyle(el).lineHeight) }));
  expect(lh).toBeGreaterThanOrEqual(size * 1.3);
});

test('with classic scrollbars (as on a kiosk PC) the volunteer button keeps its box between a long and a short view', async ({ point, playwright }) => {
  // Guards a fixed defect: a tall view got a 15 px scrollbar and short ones did not, so the right-aligned button moved 15 px (now html { scrollbar-gutter: stable }).
  // Headless Chromium hides scrollbars; this browser shows them as a kiosk PC's Chromium/Electron does.
  const browser = await playwright.chromium.launch({ executablePath: findTestChromium() ?? undefined, args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--hide-scrollbars'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
    await page.goto(point.host.info.kiosk);
    const help = toolbar(page, 'vi').getByRole('button', { name: K.callVolunteer.vi, exact: true });
    await expect(page.getByRole('list', { name: K.homeTitle.vi }).getByRole('button').first()).toBeVisible();
    const onHome = (await help.boundingBox())!;
    await help.tap();
    await page.getByRole('button', { name: K.topicOther.vi, exact: true }).tap();
    await expect(page.getByRole('heading', { level: 1, name: K.priorityTitle.vi })).toBeVisible();
    const onPriority = (await help.boundingBox())!;
    expect(Math.abs(onPriority.x - onHome.x), `x on home ${onHome.x}, on the priority view ${onPriority.x}`).toBeLessThanOrEqual(2);
  } finally {
    await browser.close();
  }
});

// ---------------------------------------------------------------------------
// The measurements, run inside the page (kept in this spec: it needs the DOM typings
// that only the e2e tsconfig has).

/** The kiosk's own thresholds (shared/reference/accessibility.md §1), in CSS px. */
const LAYOUT_RULES = {
  minTarget: 72,
  minGap: 16,
  minPrimaryHeight: 96,
  minFontPx: 24,
  minLineHeightRatio: 1.3,
} as const;

interface LayoutReport {
  problems: string[];
  /** The "call a volunteer" button, in document coordinates. */
  helpBox: { x: number; y: number; width: number; height: number } | null;
  counts: { interactive: number; textNodes: number };
}

/**
 * Measures the current view in the page: target sizes and spacing, the primary
 * "Continue" height, horizontal scrolling, text size and line height, and clipped text.
 * Decorative subtrees (aria-hidden, such as the phone drawing) are skipped for text;
 * the drawing's target button is a real control and is measured. When a modal dialog
 * is open, only its controls are measured (the rest is behind the backdrop).
 */
async function measureLayout(page: Page, names: { continue: string; callVolunteer: string }): Promise<LayoutReport> {
  return page.evaluate(
    ({ rules, names }) => {
      const problems: string[] = [];
      const r1 = (n: number) => Math.round(n * 10) / 10;
      const describe = (el: Element) => {
        const label = el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? el.textContent ?? '';
        const cls = el.getAttribute('class');
        return `<${el.tagName.toLowerCase()}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''}> "${label.replace(/\s+/g, ' ').trim().slice(0, 60)}"`;
      };
      const visible = (el: Element) => {
        if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      };
      const hiddenFromAT = (el: Element | null) => !!el?.closest('[aria-hidden="true"]');
      const visuallyHiddenOnly = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.width <= 1 || r.height <= 1;
      };

      // 1. Targets: size, the primary button's height, spacing between pairs.
      const modal = document.querySelector('[aria-modal="true"]');
      const scope: ParentNode = modal ?? document;
      const selector = 'button, a[href], input, select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])';
      const controls = [...scope.querySelectorAll(selector)].filter(visible);
      const boxes = controls.map((el) => ({ el, r: el.getBoundingClientRect() }));
      for (const { el, r } of boxes) {
        if (r.width < rules.minTarget - 0.01 || r.height < rules.minTarget - 0.01) {
          problems.push(`target < ${rules.minTarget}×${rules.minTarget}: ${describe(el)} is ${r1(r.width)}×${r1(r.height)}`);
        }
        const name = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText).replace(/\s+/g, ' ').trim();
        if (name === names.continue && r.height < rules.minPrimaryHeight - 0.01) {
          problems.push(`primary "${name}" is ${r1(r.height)} px tall (< ${rules.minPrimaryHeight})`);
        }
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
          const dx = Math.max(0, b.r.left - a.r.right, a.r.left - b.r.right);
          const dy = Math.max(0, b.r.top - a.r.bottom, a.r.top - b.r.bottom);
          const gap = Math.hypot(dx, dy);
          if (gap < rules.minGap - 0.01) problems.push(`targets ${r1(gap)} px apart (< ${rules.minGap}): ${describe(a.el)} and ${describe(b.el)}`);
        }
      }

      // 2. No horizontal scrolling.
      const scroller = document.scrollingElement!;
      if (scroller.scrollWidth > window.innerWidth) problems.push(`horizontal scroll: scrollWidth ${scroller.scrollWidth} > innerWidth ${window.innerWidth}`);

      // 3. Visible text: font size and line height.
      let textNodes = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const reported = new Set<Element>();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.trim()) continue;
        const parent = n.parentElement;
        if (!parent || hiddenFromAT(parent) || !visible(parent) || visuallyHiddenOnly(parent)) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        const rr = range.getBoundingClientRect();
        if (rr.width === 0 || rr.height === 0) continue;
        textNodes++;
        if (reported.has(parent)) continue;
        const cs = getComputedStyle(parent);
        const size = Number.parseFloat(cs.fontSize);
        const lh = cs.lineHeight === 'normal' ? Number.NaN : Number.parseFloat(cs.lineHeight);
        const text = `"${n.textContent.replace(/\s+/g, ' ').trim().slice(0, 50)}" in ${describe(parent)}`;
        if (size < rules.minFontPx - 0.01) {
          problems.push(`font-size ${r1(size)} px (< ${rules.minFontPx}): ${text}`);
          reported.add(parent);
        }
        if (!(lh >= size * rules.minLineHeightRatio - 0.05)) {
          problems.push(`line-height ${cs.lineHeight} for font-size ${r1(size)} px (< ${rules.minLineHeightRatio}×): ${text}`);
          reported.add(parent);
        }
      }

      // 4. Text clipped by overflow hidden/clip.
      for (const el of document.body.querySelectorAll('*')) {
        if (hiddenFromAT(el) || !visible(el) || visuallyHiddenOnly(el) || !el.textContent?.trim()) continue;
        const cs = getComputedStyle(el);
        const clipsY = ['hidden', 'clip'].includes(cs.overflowY);
        const clipsX = ['hidden', 'clip'].includes(cs.overflowX);
        if (clipsY && el.scrollHeight > el.clientHeight + 1) problems.push(`text clipped vertically: ${describe(el)} scrollHeight ${el.scrollHeight} > clientHeight ${el.clientHeight}`);
        if (clipsX && el.scrollWidth > el.clientWidth + 1) problems.push(`text clipped horizontally: ${describe(el)} scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
      }

      // The help button's box in document coordinates, for the consistent-help check.
      const help = [...document.querySelectorAll('nav button')].find((b) => (b as HTMLElement).innerText.replace(/\s+/g, ' ').trim().endsWith(names.callVolunteer));
      const hr = help?.getBoundingClientRect();
      return {
        problems,
        helpBox: hr ? { x: r1(hr.x + window.scrollX), y: r1(hr.y + window.scrollY), width: r1(hr.width), height: r1(hr.height) } : null,
        counts: { interactive: controls.length, textNodes },
      };
    },
    { rules: LAYOUT_RULES, names },
  );
}
