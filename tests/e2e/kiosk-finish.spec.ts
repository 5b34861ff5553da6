import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { Walkthrough } from '../../contract/walkthrough';
import { test, expect } from './fixtures';
import { callWithToken } from '../support/staff-helpers';
import { SHIPPED_ASSETS } from '../support/temp-dirs';

const FOLDER = path.join(SHIPPED_ASSETS, 'walkthroughs');
const shipped = fs
  .readdirSync(FOLDER)
  .filter((f) => f.endsWith('.json'))
  .map((f) => Walkthrough.parse(JSON.parse(fs.readFileSync(path.join(FOLDER, f), 'utf8'))))
  .filter((w) => !w.provinces);
const shortest = [...shipped].sort((a, b) => a.steps.length - b.steps.length)[0]!;

/** Read along in guide mode to the end: warnings confirmed, first answers taken. */
async function readToTheEnd(page: Page, w: Walkthrough): Promise<void> {
  await page.getByRole('button', { name: w.title.vi }).tap();
  await page.getByRole('button', { name: 'Xem hướng dẫn từng bước' }).tap();
  for (const step of w.steps) {
    await expect(page.getByRole('heading', { name: step.instruction.vi })).toBeVisible();
    if (step.safety) await page.getByRole('button', { name: 'Tôi đã đọc lưu ý này' }).tap();
    await page.getByRole('button', { name: 'Tiếp tục' }).tap();
  }
  for (const q of w.questions) {
    await page.getByRole('button', { name: q.options[0]!.label.vi, exact: true }).tap();
    await page.getByRole('button', { name: 'Tiếp tục' }).tap();
  }
  await expect(page.getByRole('heading', { name: 'Bạn đã học xong!' })).toBeVisible();
}

test('the end of a guide: official-page QR, the steps printed to take home, and one feedback tap stored without identity', async ({ point, page }) => {
  await page.goto(point.host.info.kiosk);
  await page.evaluate(() => {
    (window as unknown as { __printed: number }).__printed = 0;
    window.print = () => void (window as unknown as { __printed: number }).__printed++;
  });
  await readToTheEnd(page, shortest);

  const qr = page.getByRole('img', { name: `Mã QR đến trang chính thức: ${shortest.officialLink.label.vi}` });
  await expect(qr).toBeVisible();
  const box = (await qr.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(200);

  await page.getByRole('button', { name: 'In các bước để mang về' }).tap();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
  await expect(page.getByText('Đang in. Xin lấy giấy ở khe máy in.')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('#dhp-print-area');
  await expect(printed).toBeVisible();
  await expect(printed).toContainText(shortest.title.vi);
  for (const step of shortest.steps) await expect(printed).toContainText(step.instruction.vi);
  await expect(page.getByRole('heading', { name: 'Bạn đã học xong!' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // One tap; the other faces lock so a second tap cannot count twice.
  await page.getByRole('button', { name: 'Rất có ích' }).tap();
  await expect(page.getByText('Cảm ơn bạn đã cho biết!')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rất có ích' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Tạm được' })).toBeDisabled();

  // Ward staff see it in today's totals.
  const deskKey = new URL(point.host.info.desk).hash.replace(/^#key=/, '');
  const pin = await callWithToken(point.host.info.origin, 'staffAuth.setFirstPin', { pin: '20261203' }, { key: deskKey });
  const token = (pin.body.value as { token: string }).token;
  const totals = await callWithToken(point.host.info.origin, 'staff.totals', {}, { key: deskKey, staffToken: token });
  expect((totals.body.value as { feedback: Record<string, number> }).feedback).toEqual({ 'not-helpful': 0, okay: 0, helpful: 1 });

  await page.getByRole('button', { name: 'Về trang đầu' }).tap();
  await expect(page.getByRole('heading', { name: 'Bạn cần làm gì hôm nay?' })).toBeVisible();
  await expect(page.getByText(shortest.steps[0]!.instruction.vi)).toHaveCount(0);
});

test('Back walks the visitor back one screen at a time, to the first page', async ({ point, page }) => {
  await page.goto(point.host.info.kiosk);
  await expect(page.getByRole('button', { name: 'Quay lại' })).toBeDisabled();
  await page.getByRole('button', { name: shortest.title.vi }).tap();
  await page.getByRole('button', { name: 'Xem hướng dẫn từng bước' }).tap();
  const first = shortest.steps[0]!;
  if (first.safety) await page.getByRole('button', { name: 'Tôi đã đọc lưu ý này' }).tap();
  await page.getByRole('button', { name: 'Tiếp tục' }).tap();
  await expect(page.getByText(`Bước 2 trên ${shortest.steps.length}`)).toBeVisible();
  await page.getByRole('button', { name: 'Quay lại' }).tap();
  await expect(page.getByText(`Bước 1 trên ${shortest.steps.length}`)).toBeVisible();
  // A warning once confirmed stays confirmed for this visitor.
  if (first.safety) await expect(page.getByText('Bạn đã đọc lưu ý an toàn.')).toBeVisible();
  await page.getByRole('button', { name: 'Quay lại' }).tap();
  await expect(page.getByRole('heading', { name: shortest.title.vi })).toBeVisible();
  await page.getByRole('button', { name: 'Quay lại' }).tap();
  await expect(page.getByRole('heading', { name: 'Bạn cần làm gì hôm nay?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quay lại' })).toBeDisabled();
});

test('a wrong answer gets the content’s kind words and a pointer to the safer choice, never a failure', async ({ point, page }) => {
  const w = shipped.find((x) => x.questions.some((q) => q.options.some((o) => !o.correct)))!;
  const q = w.questions.find((x) => x.options.some((o) => !o.correct))!;
  const qIndex = w.questions.indexOf(q);
  await page.goto(point.host.info.kiosk);
  await page.getByRole('button', { name: w.title.vi }).tap();
  await page.getByRole('button', { name: 'Xem hướng dẫn từng bước' }).tap();
  for (const step of w.steps) {
    if (step.safety) await page.getByRole('button', { name: 'Tôi đã đọc lưu ý này' }).tap();
    await page.getByRole('button', { name: 'Tiếp tục' }).tap();
  }
  for (const earlier of w.questions.slice(0, qIndex)) {
    await page.getByRole('button', { name: earlier.options.find((o) => o.correct)!.label.vi, exact: true }).tap();
    await page.getByRole('button', { name: 'Tiếp tục' }).tap();
  }
  const wrong = q.options.find((o) => !o.correct)!;
  const right = q.options.find((o) => o.correct)!;
  await page.getByRole('button', { name: wrong.label.vi, exact: true }).tap();
  const status = page.getByRole('status').filter({ hasText: wrong.feedback.vi });
  await expect(status).toContainText('Cách làm an toàn hơn có dấu ✓.');
  await expect(page.getByRole('button', { name: wrong.label.vi, exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: right.label.vi, exact: true })).toHaveClass(/correct/);
  // The first answer stands; going on is always possible.
  await expect(page.getByRole('button', { name: right.label.vi, exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Tiếp tục' })).toBeEnabled();
});
