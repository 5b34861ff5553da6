import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { callOverHttp, visitorKeyOf } from '../support/host-process';

async function signIn(page: Page, desk: string, name: string): Promise<void> {
  await page.getByRole('group', { name: 'Bàn số' }).getByRole('button', { name: desk }).click();
  await page.getByRole('textbox', { name: 'Họ và tên' }).fill(name);
  await page.getByRole('button', { name: 'Vào bàn', exact: true }).click();
  await expect(page.getByText(`${desk} — ${name}`)).toBeVisible();
}

test('a desk calls a number out of turn, marks a no-show only after two calls, puts it back, and transfers', async ({ point, browser }) => {
  const visitor = await visitorKeyOf(point.host.info);
  for (const body of [{ category: 'other' }, { category: 'other' }, { category: 'other' }]) await callOverHttp(point.host.info.origin, visitor, 'queue.issueTicket', body);
  const one = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  const two = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await one.goto(point.host.info.desk);
  await two.goto(point.host.info.desk);
  await signIn(one, 'Bàn 1', 'An');
  await signIn(two, 'Bàn 2', 'Bình');

  // Desk 1 calls A002 directly (the person is standing right there).
  await one.getByRole('button', { name: 'Gọi A002' }).click();
  await expect(one.getByRole('heading', { name: 'Đang gọi A002' })).toBeVisible();
  await expect(one.getByText('Việc khác · gọi trực tiếp')).toBeVisible();
  // Desk 2 sees it taken, live.
  await expect(two.getByText('A002 ở bàn 1')).toBeVisible();
  await expect(two.getByRole('table').getByRole('rowheader')).toHaveText(['A001', 'A003']);

  // "Did not come" waits for a second call.
  await expect(one.getByRole('button', { name: 'Không đến' })).toBeDisabled();
  await one.getByRole('button', { name: 'Gọi lại' }).click();
  await one.getByRole('button', { name: 'Không đến' }).click();
  await expect(one.getByRole('button', { name: 'Cho A002 vào hàng lại' })).toBeVisible();
  // Put back: in line again at the original time, ahead of A003.
  await two.getByRole('button', { name: 'Cho A002 vào hàng lại' }).click();
  await expect(one.getByRole('table').getByRole('rowheader')).toHaveText(['A001', 'A002', 'A003']);

  // Desk 1 calls next (A001) and transfers it to desk 2; desk 2's next call gets it first.
  await one.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
  await expect(one.getByRole('heading', { name: 'Đang gọi A001' })).toBeVisible();
  await one.getByRole('button', { name: 'Chuyển' }).click();
  await one.getByRole('group', { name: 'Đến bàn' }).getByRole('button', { name: 'Bàn 2' }).click();
  await one.getByRole('button', { name: 'Xác nhận chuyển' }).click();
  await expect(one.getByRole('button', { name: 'Gọi số tiếp theo' })).toBeVisible();
  await expect(two.getByText('chờ bàn 2')).toBeVisible();
  await two.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
  await expect(two.getByRole('heading', { name: 'Đang gọi A001' })).toBeVisible();

  // Cancel with a reason, in two taps.
  await two.getByRole('button', { name: 'Hủy số' }).click();
  await two.getByRole('button', { name: 'Khách đã về' }).click();
  await expect(two.getByRole('button', { name: 'Gọi số tiếp theo' })).toBeVisible();
  await expect(two.getByRole('table').getByRole('rowheader')).toHaveText(['A002', 'A003']);
});

test('after the host is killed, the desk and the board show the queue exactly as before', async ({ point, browser }) => {
  const visitor = await visitorKeyOf(point.host.info);
  for (const body of [{ category: 'other' }, { category: 'other', priorityReason: 'disability' }, { category: 'other' }]) {
    await callOverHttp(point.host.info.origin, visitor, 'queue.issueTicket', body);
  }
  const desk = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  const board = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await desk.goto(point.host.info.desk);
  await board.goto(point.host.info.board);
  await signIn(desk, 'Bàn 1', 'An');
  await desk.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
  await desk.getByRole('button', { name: 'Bắt đầu hỗ trợ' }).click();
  await expect(desk.getByRole('heading', { name: 'Ghi nhận buổi hỗ trợ A002' })).toBeVisible();
  const serving = board.getByRole('list', { name: 'Đang phục vụ' }).getByRole('listitem');
  const next = board.getByRole('list', { name: 'Số tiếp theo' }).getByRole('listitem');
  await expect(serving).toHaveText(['A002→Bàn 1']);
  await expect(next).toHaveText(['A001', 'A003']);

  const restarted = await point.restart();
  await board.goto(restarted.info.board);
  await expect(serving).toHaveText(['A002→Bàn 1']);
  await expect(next).toHaveText(['A001', 'A003']);
  // A new launch means a new desk address; the volunteer is still signed in at desk 1 with the record open.
  await desk.goto(restarted.info.desk);
  await desk.getByRole('group', { name: 'Bàn số' }).getByRole('button', { name: 'Bàn 1 (An)' }).click();
  await desk.getByRole('group', { name: 'Chọn tên của bạn' }).getByRole('button', { name: 'An' }).click();
  await expect(desk.getByRole('heading', { name: 'Ghi nhận buổi hỗ trợ A002' })).toBeVisible();
  await expect(desk.getByRole('table').getByRole('rowheader')).toHaveText(['A001', 'A003']);
});
