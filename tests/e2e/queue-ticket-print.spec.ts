import { execFileSync } from 'node:child_process';
import { test, expect } from './fixtures';
import { TICKET_PAGE, ticketDocument } from '../../renderer/print/ticket-template';
import type { IssuedTicket } from '../../contract/dto';
import { hasPdftotext } from '../support/pdf-text';

const TICKET: IssuedTicket = {
  id: 12,
  displayNumber: 'A012',
  category: 'vneid-activate',
  issuedAt: '2025-03-04T02:05:00.000Z',
  peopleAhead: 3,
  estimatedWaitMinutes: 15,
  serviceTitle: { vi: 'Kích hoạt tài khoản VNeID', en: 'Activate VNeID' },
  takeHomeLink: 'https://vneid.gov.vn',
  pointName: 'Điểm Bình dân học vụ số phường Hàng Bạc',
  timeZone: 'Asia/Ho_Chi_Minh',
};


test('the ticket template renders to an 80 mm PDF with the number, service, time, wait and QR', async ({ page }) => {
  await page.setContent(await ticketDocument(TICKET));
  // What the paper says, read from the rendered page (the same layout the PDF is cut from).
  const text = await page.locator('.dhp-ticket').innerText();
  for (const expected of ['A012', 'Kích hoạt tài khoản VNeID', '09:05', '04/03/2025', 'Trước bạn: 3 người', 'khoảng 15 phút', 'Điểm Bình dân học vụ số phường Hàng Bạc']) {
    expect(text).toContain(expected);
  }
  // The number is the biggest thing on the ticket, and everything fits the roll's width.
  const numberPt = await page.locator('.number').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(numberPt).toBeGreaterThanOrEqual(60);
  const widths = await page.locator('.dhp-ticket').evaluate((el) => ({ box: el.getBoundingClientRect().width, scroll: el.scrollWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(Math.ceil(widths.box));
  await expect(page.locator('.qr svg')).toHaveCount(1);
  const height = await page.locator('.dhp-ticket').evaluate((el) => el.getBoundingClientRect().height);
  expect(height / 96 * 25.4).toBeLessThanOrEqual(TICKET_PAGE.heightMm);

  const pdf = await page.pdf({ width: `${TICKET_PAGE.widthMm}mm`, height: `${TICKET_PAGE.heightMm}mm`, preferCSSPageSize: true, printBackground: false });
  const raw = pdf.toString('latin1');
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(raw);
  expect(box).not.toBeNull();
  // 80 mm = 226.77 pt; one page only.
  expect(Number(box![1])).toBeCloseTo((80 / 25.4) * 72, 0);
  expect(raw.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);

  if (hasPdftotext()) {
    const fs = await import('node:fs');
    const file = test.info().outputPath('ticket.pdf');
    fs.writeFileSync(file, pdf);
    const pdfText = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const expected of ['A012', 'VNeID', '09:05', 'khoảng 15 phút']) expect(pdfText).toContain(expected);
  } else {
    // No poppler here: the text checks above read the rendered page; the PDF must at least carry fonts and content.
    expect(raw).toMatch(/\/FontFile2|\/FontFile/);
    expect(pdf.length).toBeGreaterThan(5_000);
  }
});

test('the browser shell prints only the ticket, with the page’s strict CSP', async ({ point, page }) => {
  await page.goto(point.host.info.desk);
  await page.getByRole('group', { name: 'Bàn số' }).getByRole('button', { name: 'Bàn 1' }).click();
  await page.getByRole('textbox', { name: 'Họ và tên' }).fill('Lê Bình');
  await page.getByRole('button', { name: 'Vào bàn', exact: true }).click();
  await page.evaluate(() => {
    (window as unknown as { __printed: number }).__printed = 0;
    window.print = () => {
      (window as unknown as { __printed: number }).__printed++;
    };
  });
  const cspErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });

  // A walk-in visitor gets a number at the desk, aged 60+.
  await page.getByRole('button', { name: 'Cấp số cho khách tại bàn' }).click();
  await page.getByRole('group', { name: 'Lý do ưu tiên (nếu có)' }).getByRole('button', { name: 'Người từ 60 tuổi' }).click();
  // Name and phone stay locked until the visitor agrees.
  await expect(page.getByRole('textbox', { name: 'Họ và tên' })).toBeDisabled();
  await page.getByRole('button', { name: 'Cấp số', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Đã cấp số A001');
  await page.getByRole('button', { name: 'In phiếu' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.dhp-ticket')).toBeVisible();
  await expect(page.locator('.dhp-ticket .number')).toHaveText('A001');
  await expect(page.getByRole('heading', { name: 'Bàn hỗ trợ' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.dhp-ticket')).toBeHidden();
  expect(cspErrors).toEqual([]);
});
