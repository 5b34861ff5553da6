import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

/**
 * Windows' contrast themes (forced colours) replace the kiosk's colours; what carries
 * meaning must survive: the buttons' edges, the place to tap, and the safety box.
 */
test('in forced colours the controls, the place to tap and the safety box keep visible edges, and axe finds nothing', async ({ point, page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(point.host.info.kiosk);
  await page.getByRole('button', { name: 'Cài VNeID và kích hoạt định danh điện tử mức 2' }).tap();
  await page.getByRole('button', { name: 'Tập chạm trên hình điện thoại' }).tap();
  const edges = async (name: string) =>
    page.getByRole('button', { name }).evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.borderTopStyle, width: parseFloat(s.borderTopWidth) };
    });
  for (const name of ['Tôi đã đọc lưu ý này', 'Gọi tình nguyện viên', 'Bắt đầu lại']) {
    const e = await edges(name);
    expect(e.style, name).not.toBe('none');
    expect(e.width, name).toBeGreaterThanOrEqual(2);
  }
  const safety = await page.getByRole('region', { name: 'Lưu ý an toàn' }).evaluate((el) => getComputedStyle(el).borderTopStyle);
  expect(safety).not.toBe('none');
  await page.getByRole('button', { name: 'Tôi đã đọc lưu ý này' }).tap();
  const target = await edges('Chạm vào đây: Cài đặt');
  expect(target.style).not.toBe('none');
  expect(target.width).toBeGreaterThanOrEqual(4);

  const result = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
