import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const VNEID = 'Cài VNeID và kích hoạt định danh điện tử mức 2';

async function openDesk(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Vào bàn' })).toBeVisible();
}

test('from inside a guide, the visitor asks for help in three taps and the desk sees the guide and the step reached', async ({ point, page, browser }) => {
  await page.goto(point.host.info.kiosk);
  await page.getByRole('button', { name: VNEID }).tap();
  await page.getByRole('button', { name: 'Xem hướng dẫn từng bước' }).tap();
  // Step 1 has a safety warning: going on needs it read.
  await expect(page.getByRole('button', { name: 'Tiếp tục' })).toBeDisabled();
  await page.getByRole('button', { name: 'Tôi đã đọc lưu ý này' }).tap();
  await page.getByRole('button', { name: 'Tiếp tục' }).tap();
  await expect(page.getByText('Bước 2 trên 7')).toBeVisible();

  await page.getByRole('button', { name: 'Gọi tình nguyện viên' }).tap();
  await expect(page.getByRole('heading', { name: 'Bạn cần giúp việc gì?' })).toBeVisible();
  // Pre-filled: the guide they were on comes first and says so.
  const first = page.getByRole('list', { name: 'Bạn cần giúp việc gì?' }).getByRole('button').first();
  await expect(first).toContainText('Việc bạn đang xem');
  await expect(first).toContainText(VNEID);
  await first.tap();
  await expect(page.getByRole('heading', { name: 'Bạn có thuộc nhóm được ưu tiên không?' })).toBeVisible();
  // A shaky double tap takes one number, not two.
  await page.getByRole('button', { name: 'Từ 60 tuổi trở lên' }).dblclick();
  await expect(page.getByText('A001', { exact: true })).toBeVisible();
  await expect(page.getByText('Bạn là người tiếp theo')).toBeVisible();
  await expect(page.getByText(/Thời gian chờ (dưới|khoảng)/)).toBeVisible();
  const size = await page.getByText('A001', { exact: true }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(120);

  const deskPage = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await openDesk(deskPage, point.host.info.desk);
  const row = deskPage.getByRole('row').filter({ has: deskPage.getByRole('rowheader', { name: 'A001' }) });
  await expect(row).toContainText(VNEID);
  await expect(row).toContainText('Đã đến bước 2');
  await expect(row).toContainText('60 tuổi');
  await expect(deskPage.getByRole('rowheader')).toHaveText(['A001']);

  // While waiting, the visitor goes back to the step they were on; asking again shows the same number.
  await page.getByRole('button', { name: 'Xem tiếp hướng dẫn trong lúc chờ' }).tap();
  await expect(page.getByText('Bước 2 trên 7')).toBeVisible();
  await page.getByRole('button', { name: 'Gọi tình nguyện viên' }).tap();
  await expect(page.getByRole('heading', { name: 'Số của bạn' })).toBeVisible();
  await expect(page.getByText('A001', { exact: true })).toBeVisible();
  await expect(deskPage.getByRole('rowheader')).toHaveText(['A001']);

  // "Xong" leaves nothing of this visitor behind.
  await page.getByRole('button', { name: 'Xong' }).tap();
  await expect(page.getByRole('heading', { name: 'Bạn cần làm gì hôm nay?' })).toBeVisible();
  await expect(page.getByText('A001')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Quay lại' })).toBeDisabled();
});

test('in English, from the first page: something else, no priority', async ({ point, page }) => {
  await page.goto(point.host.info.kiosk);
  await page.getByRole('button', { name: 'English' }).tap();
  await expect(page.getByRole('heading', { name: 'What would you like to do today?' })).toBeVisible();
  await page.getByRole('button', { name: 'Call a volunteer' }).tap();
  await page.getByRole('button', { name: 'Something else' }).tap();
  await page.getByRole('button', { name: 'No, I will wait my turn' }).tap();
  await expect(page.getByRole('heading', { name: 'Your number' })).toBeVisible();
  await expect(page.getByText('A001', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print my ticket' })).toBeVisible();
  // No guide was open, so there is nothing to go back to reading.
  await expect(page.getByRole('button', { name: 'Keep reading the guide while you wait' })).toHaveCount(0);
});

test('when the host is down, taking a number says so plainly and the choice is kept for a retry', async ({ point, page }) => {
  await page.goto(point.host.info.kiosk);
  await page.getByRole('button', { name: 'Gọi tình nguyện viên' }).tap();
  await page.getByRole('button', { name: 'Việc khác' }).tap();
  await point.host.kill('SIGKILL');
  await page.getByRole('button', { name: 'Không, tôi chờ theo lượt' }).tap();
  await expect(page.getByRole('alert')).toContainText('Xin thử lại');
  // Still on the same question: nothing the visitor chose is lost.
  await expect(page.getByRole('heading', { name: 'Bạn có thuộc nhóm được ưu tiên không?' })).toBeVisible();
});

test('when the guides cannot be read the kiosk says so plainly, then shows them by itself once the core answers again', async ({ point, page }) => {
  await page.route('**/api/call/**', (route) => route.abort('connectionrefused'));
  await page.goto(point.host.info.kiosk);
  await expect(page.getByRole('alert')).toContainText('Máy đang bận hoặc mất kết nối');
  await page.unroute('**/api/call/**');
  // No reload, no touch: it tries again every few seconds.
  await expect(page.getByRole('list', { name: 'Bạn cần làm gì hôm nay?' }).getByRole('button').first()).toBeVisible({ timeout: 12_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
});
