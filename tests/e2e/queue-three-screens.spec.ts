import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * The whole desk loop, live across three screens at once: a visitor takes a number
 * at the kiosk, a volunteer calls it at the desk, the board shows and announces
 * it, and the volunteer records the session.
 */

/**
 * Headless Chromium has no voices: give the board one Vietnamese voice and record
 * what it is asked to say. The board speaks through the speech port, which waits
 * for each utterance's 'end' before the next: the fake ends each one at once.
 */
async function recordSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { __spoken: string[] }).__spoken = spoken;
    class FakeUtterance {
      voice: unknown = null;
      lang = '';
      rate = 1;
      volume = 1;
      readonly ends: (() => void)[] = [];
      constructor(readonly text: string) {}
      addEventListener(type: string, listener: () => void) {
        if (type === 'end') this.ends.push(listener);
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => [{ lang: 'vi-VN', name: 'Tiếng Việt' }],
        speak: (u: FakeUtterance) => {
          spoken.push(u.text);
          setTimeout(() => u.ends.forEach((end) => end()), 10);
        },
        cancel: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      },
    });
  });
}

async function issueFromKiosk(kiosk: Page, input: Record<string, unknown>): Promise<{ displayNumber: string; peopleAhead: number; estimatedWaitMinutes: number | null }> {
  // The kiosk's own key, from its own page, exactly as its screens call the core.
  return kiosk.evaluate(async (body) => {
    const key = document.querySelector<HTMLMetaElement>('meta[name="dhp-key"]')!.content;
    const res = await fetch('/api/call/queue.issueTicket', { method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const result = await res.json();
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value;
  }, input);
}

test('kiosk, desk and board: issue, call, announce, recall, record — all live', async ({ point, browser }) => {
  const open = async (url: string) => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    return { page, url };
  };
  const board = await open(point.host.info.board);
  await recordSpeech(board.page);
  await board.page.goto(board.url);
  const desk = await open(point.host.info.desk);
  await desk.page.goto(desk.url);
  const kiosk = await open(point.host.info.kiosk);
  await kiosk.page.goto(kiosk.url);

  // The volunteer signs in: desk, name, team — all by accessible names.
  const d = desk.page;
  await expect(d.getByRole('heading', { name: 'Vào bàn' })).toBeVisible();
  await d.getByRole('group', { name: 'Bàn số' }).getByRole('button', { name: 'Bàn 1' }).click();
  await d.getByRole('textbox', { name: 'Họ và tên' }).fill('Nguyễn Văn An');
  await d.getByRole('button', { name: 'Đoàn thanh niên' }).click();
  await d.getByRole('button', { name: 'Vào bàn', exact: true }).click();
  await expect(d.getByText('Bàn 1 — Nguyễn Văn An')).toBeVisible();

  // Two visitors: the second is aged 60+ and will be called first.
  const first = await issueFromKiosk(kiosk.page, { category: 'other' });
  expect(first).toMatchObject({ displayNumber: 'A001', peopleAhead: 0 });
  // The second takes a number on the kiosk screen itself, by touch.
  const k = kiosk.page;
  await k.getByRole('button', { name: 'Gọi tình nguyện viên' }).tap();
  await k.getByRole('button', { name: 'Việc khác' }).tap();
  await k.getByRole('button', { name: 'Từ 60 tuổi trở lên' }).tap();
  await expect(k.getByRole('heading', { name: 'Số của bạn' })).toBeVisible();
  await expect(k.getByText('A002', { exact: true })).toBeVisible();
  await expect(k.getByText('Bạn là người tiếp theo')).toBeVisible();
  await expect(k.getByText('Thời gian chờ dưới 5 phút')).toBeVisible();

  // Live on the desk and the board, without a reload.
  const rows = d.getByRole('table').getByRole('rowheader');
  await expect(rows).toHaveText(['A002', 'A001']);
  await expect(board.page.getByRole('list', { name: 'Số tiếp theo' }).getByRole('listitem')).toHaveText(['A002', 'A001']);
  // The board shows numbers only: nothing about priority.
  await expect(board.page.getByText('60 tuổi')).toHaveCount(0);

  await d.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
  await expect(d.getByRole('heading', { name: 'Đang gọi A002' })).toBeVisible();

  const announcement = board.page.getByRole('status');
  await expect(announcement).toHaveText('Mời số A002 đến bàn số 1');
  await expect(board.page.getByRole('list', { name: 'Đang phục vụ' }).getByRole('listitem')).toHaveText(['A002→Bàn 1']);
  await expect.poll(() => board.page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)).toEqual(['Mời số A002 đến bàn số 1']);
  // Readable from 5 m: the called number is at least 120 px tall on a 1080p screen.
  const numberSize = await board.page.getByRole('list', { name: 'Đang phục vụ' }).getByText('A002').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(numberSize).toBeGreaterThanOrEqual(120);
  const nextSize = await board.page.getByRole('list', { name: 'Số tiếp theo' }).getByText('A001').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(nextSize).toBeGreaterThanOrEqual(120);

  // Recall: announced again.
  const seq = await board.page.locator('[data-announcement-seq]').getAttribute('data-announcement-seq');
  await d.getByRole('button', { name: 'Gọi lại' }).click();
  await expect(board.page.locator('[data-announcement-seq]')).not.toHaveAttribute('data-announcement-seq', seq!);
  await expect.poll(() => board.page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)).toEqual(['Mời số A002 đến bàn số 1', 'Mời số A002 đến bàn số 1']);
  await expect(d.getByText('Đã gọi 2 lần')).toBeVisible();

  // Start, then record in taps: the form is pre-filled from the ticket.
  await d.getByRole('button', { name: 'Bắt đầu hỗ trợ' }).click();
  await expect(d.getByRole('heading', { name: 'Ghi nhận buổi hỗ trợ A002' })).toBeVisible();
  await expect(d.getByRole('group', { name: 'Nhóm ưu tiên' }).getByRole('button', { name: 'Người cao tuổi' })).toHaveAttribute('aria-pressed', 'true');
  await expect(d.getByRole('group', { name: 'Đã hỗ trợ việc gì' }).getByRole('button', { name: 'Việc khác' })).toHaveAttribute('aria-pressed', 'true');
  await d.getByRole('button', { name: 'Hoàn tất' }).click();
  await expect(d.getByRole('alert')).toHaveText('Chọn kết quả.');
  await d.getByRole('group', { name: 'Kết quả', exact: true }).getByRole('button', { name: 'Hoàn thành (có hỗ trợ)' }).click();
  await d.getByRole('group', { name: 'Kết quả cần báo cáo' }).getByRole('button', { name: 'Kích hoạt VNeID' }).click();
  await d.getByRole('group', { name: 'Độ tuổi' }).getByRole('button', { name: '70–79' }).click();
  await d.getByRole('button', { name: 'Hoàn tất' }).click();
  await expect(d.getByRole('status')).toHaveText('Đã lưu buổi hỗ trợ A002.');
  await expect(d.getByText('Đã phục vụ hôm nay: 1')).toBeVisible();

  // The board and the desk move on together.
  await expect(board.page.getByRole('heading', { name: 'Đang phục vụ' })).toBeVisible();
  await expect(board.page.getByRole('list', { name: 'Đang phục vụ' })).toHaveCount(0);
  await expect(rows).toHaveText(['A001']);
  await d.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
  await expect(announcement).toHaveText('Mời số A001 đến bàn số 1');
  await board.page.screenshot({ path: 'test-results/queue-board.png' });
  await d.screenshot({ path: 'test-results/queue-desk.png', fullPage: true });
});
