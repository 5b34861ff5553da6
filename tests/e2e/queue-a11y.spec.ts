import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { callOverHttp, visitorKeyOf } from '../support/host-process';

/** The desk's record form and the board pass axe (WCAG 2.1 AA rules plus AAA contrast). */
test('the desk, its record form and the board have no axe violations', async ({ point, browser }) => {
  const visitor = await visitorKeyOf(point.host.info);
  await callOverHttp(point.host.info.origin, visitor, 'queue.issueTicket', { category: 'other', priorityReason: 'age60' });
  await callOverHttp(point.host.info.origin, visitor, 'queue.issueTicket', { category: 'other' });
  const desk = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await desk.goto(point.host.info.desk);
  const scan = async (page: typeof desk) =>
    (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag2aaa']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(await scan(desk)).toEqual([]);
  await desk.getByRole('textbox', { name: 'Họ và tên' }).fill('An');
  await desk.getByRole('button', { name: 'Vào bàn', exact: true }).click();
  await desk.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
  await desk.getByRole('button', { name: 'Bắt đầu hỗ trợ' }).click();
  await desk.getByRole('group', { name: 'Kết quả', exact: true }).getByRole('button', { name: 'Chưa hoàn thành' }).click();
  await expect(desk.getByRole('group', { name: 'Lý do chưa xong' })).toBeVisible();
  expect(await scan(desk)).toEqual([]);
  await desk.screenshot({ path: test.info().outputPath('record-form.png'), fullPage: true });

  const board = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await board.goto(point.host.info.board);
  await expect(board.getByRole('list', { name: 'Đang phục vụ' })).toBeVisible();
  expect(await scan(board)).toEqual([]);
});
