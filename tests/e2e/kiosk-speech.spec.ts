import { test, expect } from './fixtures';
import { missingToolReason } from '../support/tools';
import { installFakeSpeech, spoken } from '../support/fake-speech';
import { startHostProcess } from '../support/host-process';
import { makeTempDir, SHIPPED_ASSETS } from '../support/temp-dirs';

const VNEID = 'Cài VNeID và kích hoạt định danh điện tử mức 2';

test('each step reads itself in the screen’s language; listen again repeats; a tap stops it; volume follows the buttons', async ({ point, page }) => {
  await installFakeSpeech(page, { voices: ['vi-VN', 'en-US'], durationMs: 5_000 });
  await page.goto(point.host.info.kiosk);
  // The first page does not talk to an empty room.
  await page.waitForTimeout(300);
  expect(await spoken(page)).toEqual([]);

  await page.getByRole('button', { name: VNEID }).tap();
  await expect.poll(async () => (await spoken(page)).at(-1)?.text ?? '').toContain(VNEID);
  await page.getByRole('button', { name: 'Xem hướng dẫn từng bước' }).tap();
  // Step 1 has a safety warning: it is read first, in Vietnamese.
  await expect.poll(async () => (await spoken(page)).at(-1)?.text ?? '').toContain('Lưu ý an toàn');
  expect((await spoken(page)).at(-1)?.lang).toMatch(/^vi/);
  await expect(page.getByRole('status').filter({ hasText: 'Đang đọc…' })).toBeVisible();

  // Stop reading, then listen again: the same words again.
  await page.getByRole('button', { name: 'Dừng đọc' }).tap();
  await expect(page.getByRole('button', { name: 'Dừng đọc' })).toBeDisabled();
  const count = (await spoken(page)).length;
  await page.getByRole('button', { name: 'Nghe lại' }).tap();
  await expect.poll(async () => (await spoken(page)).length).toBe(count + 1);
  expect((await spoken(page)).at(-1)?.text).toBe((await spoken(page)).at(-2)?.text);

  // Louder: the next utterance is at full volume (step 5 of 5).
  await page.getByRole('button', { name: 'To hơn' }).tap();
  await expect(page.getByText('Âm lượng 5 trên 5')).toBeVisible();
  await expect(page.getByRole('button', { name: 'To hơn' })).toBeDisabled();
  // Any other tap counts as the visitor acting: speech stops, then the confirmed step is read.
  await page.getByRole('button', { name: 'Tôi đã đọc lưu ý này' }).tap();
  await expect.poll(async () => (await spoken(page)).at(-1)?.text ?? '').toContain('CH Play');
  expect((await spoken(page)).at(-1)?.volume).toBe(1);

  // In English, in English.
  await page.getByRole('button', { name: 'English' }).tap();
  await expect.poll(async () => (await spoken(page)).at(-1)?.lang ?? '').toMatch(/^en/);
  expect((await spoken(page)).at(-1)?.text).toContain('Step 1 of 7');

  // Start over: silence and the default volume for the next visitor.
  await page.getByRole('button', { name: 'Start over' }).tap();
  await expect(page.getByText('Âm lượng 4 trên 5')).toBeVisible();
});

test('with no platform voice the host’s engine reads the step', async ({ point, page }) => {
  const noEngine = missingToolReason('espeak-ng');
  test.skip(noEngine !== null, noEngine ?? '');
  await installFakeSpeech(page, { voices: [] });
  const synthesised: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/call/speech.synthesize')) synthesised.push(r.postData() ?? '');
  });
  await page.goto(point.host.info.kiosk);
  await page.getByRole('button', { name: VNEID }).tap();
  await page.getByRole('button', { name: 'Xem hướng dẫn từng bước' }).tap();
  await expect.poll(() => synthesised.length).toBeGreaterThan(0);
  expect(JSON.parse(synthesised.at(-1)!)).toMatchObject({ lang: 'vi' });
  expect(await spoken(page)).toEqual([]);
});

test('with no voice anywhere the visitor is told so, and the text is all on screen', async ({ page }) => {
  const temp = makeTempDir('dhp-e2e-novoice-');
  const host = await startHostProcess({ dataDir: temp.dir, assetsDir: SHIPPED_ASSETS, extraArgs: ['--no-speech-engine'] });
  try {
    await installFakeSpeech(page, { voices: [] });
    await page.goto(host.info.kiosk);
    await page.getByRole('button', { name: VNEID }).tap();
    await expect(page.getByText('Máy này chưa có giọng đọc. Xin đọc chữ trên màn hình, hoặc gọi tình nguyện viên.')).toBeVisible();
    await expect(page.getByRole('heading', { name: VNEID })).toBeVisible();
  } finally {
    await host.kill('SIGKILL');
    temp.cleanup();
  }
});
