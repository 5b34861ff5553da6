import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Call a volunteer from the first page: something else, no priority. */
async function takeNumber(kiosk: Page): Promise<void> {
  await kiosk.getByRole('button', { name: 'Gọi tình nguyện viên' }).tap();
  await kiosk.getByRole('button', { name: 'Việc khác' }).tap();
  await kiosk.getByRole('button', { name: 'Không, tôi chờ theo lượt' }).tap();
}

test.describe('the first slice: kiosk → ticket → desk, live and durable', () => {
  test('a visitor calls a volunteer and the desk sees the ticket without reloading', async ({ point, browser }) => {
    const deskContext = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
    const desk = await deskContext.newPage();
    await desk.goto(point.host.info.desk);
    await expect(desk.getByRole('heading', { name: 'Bàn hỗ trợ' })).toBeVisible();
    await expect(desk.getByText('Chưa có ai chờ.')).toBeVisible();

    const kioskContext = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
    const kiosk = await kioskContext.newPage();
    await kiosk.goto(point.host.info.kiosk);
    await expect(kiosk.getByRole('heading', { name: 'Bạn cần làm gì hôm nay?' })).toBeVisible();
    // The tiles come from the content files under assets/.
    await expect(kiosk.getByRole('list', { name: 'Bạn cần làm gì hôm nay?' }).getByRole('button').first()).toBeVisible();

    await takeNumber(kiosk);
    await expect(kiosk.getByRole('heading', { name: 'Số của bạn' })).toBeVisible();
    await expect(kiosk.getByText('A001', { exact: true })).toBeVisible();

    // Live: the desk updates by itself.
    await expect(desk.getByRole('rowheader', { name: 'A001' })).toBeVisible();
    await deskContext.close();
    await kioskContext.close();
  });

  test('the ticket is still there after the host is killed and started again', async ({ point, page }) => {
    await page.goto(point.host.info.kiosk);
    await takeNumber(page);
    await expect(page.getByText('A001', { exact: true })).toBeVisible();

    const restarted = await point.restart();
    await page.goto(restarted.info.desk);
    await expect(page.getByRole('rowheader', { name: 'A001' })).toBeVisible();
  });

  test('the desk opened without its key says how to open it, and reaches nothing', async ({ point, page }) => {
    await page.goto(`${point.host.info.origin}/desk`);
    await expect(page.getByRole('alert')).toContainText('mã khóa');
    await expect(page.getByRole('table')).toHaveCount(0);
  });

  test('the visitor screen cannot call desk methods even by hand', async ({ point, page }) => {
    await page.goto(point.host.info.kiosk);
    const result = await page.evaluate(async () => {
      const key = document.querySelector<HTMLMetaElement>('meta[name="dhp-key"]')!.content;
      const res = await fetch('/api/call/queue.waiting', { method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' }, body: '{}' });
      return res.json();
    });
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', messageKey: 'error.forbidden' } });
  });

  test('the board lists the next number live', async ({ point, browser }) => {
    const boardPage = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
    await boardPage.goto(point.host.info.board);
    await expect(boardPage.getByRole('heading', { name: 'Số tiếp theo' })).toBeVisible();
    const kiosk = await (await browser.newContext({ hasTouch: true, viewport: { width: 1920, height: 1080 } })).newPage();
    await kiosk.goto(point.host.info.kiosk);
    await takeNumber(kiosk);
    await expect(boardPage.getByRole('list', { name: 'Số tiếp theo' }).getByText('A001')).toBeVisible();
  });
});
