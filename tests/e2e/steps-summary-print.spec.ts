import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { Walkthrough } from '../../contract/walkthrough';
import { SUMMARY_PAGE, estimateStepsSummaryHeightMm, stepsSummaryDocument } from '../../renderer/print/steps-summary-template';
import { hasPdftotext } from '../support/pdf-text';

const FOLDER = path.resolve(import.meta.dirname, '../../assets/walkthroughs');
const FILES = fs.readdirSync(FOLDER).filter((f) => f.endsWith('.json')).sort();
const OPTS = { pointName: 'Điểm Bình dân học vụ số phường Hàng Bạc', timeZone: 'Asia/Ho_Chi_Minh', now: new Date('2025-03-04T02:05:00Z') };
const PX_PER_MM = 96 / 25.4;
const SAFETY = { vi: 'Lưu ý an toàn', en: 'Safety' } as const;

const PDFTOTEXT = hasPdftotext();

/** Be Vietnam Pro as the browser shell's page loads it (400 and 700, all three subsets), inlined as data: URLs. */
function beVietnamProCss(): string {
  const dir = path.resolve(import.meta.dirname, '../../node_modules/@fontsource/be-vietnam-pro');
  return [400, 700]
    .flatMap((weight) =>
      fs
        .readFileSync(path.join(dir, `${weight}.css`), 'utf8')
        .replace(/url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\), url\([^)]+\) format\('woff'\)/g, (_m, file: string) => {
          return `url(data:font/woff2;base64,${fs.readFileSync(path.join(dir, 'files', file)).toString('base64')}) format('woff2')`;
        }),
    )
    .join('\n');
}
const BE_VIETNAM_PRO = beVietnamProCss();

/** The summary's rendered size, and whether any box pokes out of its 80 mm. */
async function measure(page: Page) {
  return page.locator('.dhp-summary').evaluate((el) => {
    const box = el.getBoundingClientRect();
    const worst = Math.max(...[...el.querySelectorAll('*')].map((child) => child.getBoundingClientRect().right));
    return { width: box.width, right: box.right, worst, scroll: el.scrollWidth, client: el.clientWidth, height: box.height };
  });
}
const flat = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
/** For PDF text: pdftotext joins a word hyphenated across lines ("scan-" + "QR" → "scanQR"), so compare without spaces and hyphens. */
const loose = (s: string) => s.normalize('NFC').replace(/[\s\-‐]+/g, '');

test('there are shipped walkthroughs to print', () => {
  expect(FILES.length).toBeGreaterThan(0);
  if (!PDFTOTEXT) console.warn('steps-summary-print: pdftotext not installed (apt-get install poppler-utils): the PDF text checks are skipped; the rendered page is still checked.');
});

for (const file of FILES) {
  const walkthrough = Walkthrough.parse(JSON.parse(fs.readFileSync(path.join(FOLDER, file), 'utf8')));
  for (const lang of ['vi', 'en'] as const) {
    test(`${walkthrough.code} ${file} (${lang}) prints a summary on the 80 mm roll, nothing cut`, async ({ page }) => {
      const estimatedMm = estimateStepsSummaryHeightMm(walkthrough, lang, OPTS);
      await page.setContent(stepsSummaryDocument(walkthrough, lang, OPTS));
      const root = page.locator('.dhp-summary');

      // Everything fits the roll's width: no box pokes out of the 80 mm summary.
      // First in the fallback fonts, as Electron's script-less print window has them (DejaVu Sans here).
      const fit = await measure(page);
      expect(fit.width).toBeCloseTo(SUMMARY_PAGE.widthMm * PX_PER_MM, 0);
      expect(fit.scroll).toBeLessThanOrEqual(fit.client);
      expect(fit.worst).toBeLessThanOrEqual(fit.right + 0.5);

      // What the paper says: the title, every step and every safety note, marked.
      const text = flat(await root.innerText());
      expect(text).toContain(flat(walkthrough.title[lang]));
      for (const step of walkthrough.steps) {
        expect(text).toContain(flat(step.instruction[lang]));
        if (step.safety) expect(text).toContain(flat(`⚠ ${SAFETY[lang]}: ${step.safety[lang]}`));
      }
      expect(await root.locator('.safety').count()).toBe(walkthrough.steps.filter((s) => s.safety).length);
      expect(text).toContain(walkthrough.officialLink.url);
      await expect(root.locator('.qr svg')).toHaveCount(1);

      // The estimated page is at least as long as the rendered summary, and not wastefully longer.
      const renderedMm = fit.height / PX_PER_MM;
      test.info().annotations.push({ type: 'height', description: `rendered ${renderedMm.toFixed(1)} mm, estimated ${estimatedMm} mm` });
      expect(estimatedMm).toBeGreaterThanOrEqual(renderedMm);
      expect(estimatedMm).toBeLessThanOrEqual(renderedMm * 1.3 + 15);

      const pdf = await page.pdf({ width: `${SUMMARY_PAGE.widthMm}mm`, height: `${estimatedMm}mm`, preferCSSPageSize: true, printBackground: false });
      const raw = pdf.toString('latin1');
      const mediaBox = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(raw);
      expect(mediaBox).not.toBeNull();
      // In points, within Chromium's rounding of the page size to device pixels.
      expect(Math.abs(Number(mediaBox![1]) - (SUMMARY_PAGE.widthMm / 25.4) * 72)).toBeLessThan(1.5);
      expect(Math.abs(Number(mediaBox![2]) - (estimatedMm / 25.4) * 72)).toBeLessThan(1.5);
      // One page: the summary was not cut onto a second one.
      expect(raw.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);

      if (!PDFTOTEXT) {
        // No poppler here (see the first test's warning): at least the PDF carries fonts and content.
        expect(raw).toMatch(/\/FontFile2|\/FontFile/);
        return;
      }
      const out = test.info().outputPath(`${walkthrough.id}-${lang}.pdf`);
      fs.writeFileSync(out, pdf);
      const pdfText = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
      expect(loose(pdfText)).toContain(loose(walkthrough.title[lang]));
      // Vietnamese marks survive into the PDF, as written (the other-language title on an English summary).
      expect(loose(pdfText)).toContain(loose(walkthrough.title.vi));
      expect(flat(pdfText)).toContain(lang === 'vi' ? 'Cảnh giác lừa đảo' : 'Beware of scams');
      if (walkthrough.steps.some((s) => s.safety)) expect(flat(pdfText)).toContain(`⚠ ${SAFETY[lang]}:`);
      for (const step of walkthrough.steps) expect(loose(pdfText)).toContain(loose(step.instruction[lang]));
    });

    test(`${walkthrough.code} ${file} (${lang}) fits its estimated page in Be Vietnam Pro too (the browser shell's font)`, async ({ page }) => {
      const estimatedMm = estimateStepsSummaryHeightMm(walkthrough, lang, OPTS);
      await page.setContent(stepsSummaryDocument(walkthrough, lang, OPTS));
      await page.addStyleTag({ content: BE_VIETNAM_PRO });
      await page.evaluate(async () => {
        await document.fonts.load("400 12pt 'Be Vietnam Pro'", 'Lưu ý');
        await document.fonts.load("700 12pt 'Be Vietnam Pro'", 'Lưu ý');
        await document.fonts.ready;
      });
      expect(await page.evaluate(() => document.fonts.check("700 12pt 'Be Vietnam Pro'", 'Lưu ý'))).toBe(true);
      const fit = await measure(page);
      expect(fit.scroll).toBeLessThanOrEqual(fit.client);
      expect(fit.worst).toBeLessThanOrEqual(fit.right + 0.5);
      const renderedMm = fit.height / PX_PER_MM;
      test.info().annotations.push({ type: 'height', description: `rendered ${renderedMm.toFixed(1)} mm, estimated ${estimatedMm} mm` });
      expect(estimatedMm).toBeGreaterThanOrEqual(renderedMm);
    });
  }
}
