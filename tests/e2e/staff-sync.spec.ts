import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { BundleBody, BundleFile } from '../../contract/sync';
import { pgSkipReason, startProvince, type ProvinceFixture } from '../support/province';
import { callWithToken } from '../support/staff-helpers';
import { deskKeyOf } from '../support/host-process';

const PIN = '24681012';

/** WCAG 2.1 AA rules plus AAA contrast, as the other screens are held to. */
const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag2aaa']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/** Desk → staff area → first PIN; the staff dialog, signed in. */
async function openStaffArea(page: Page, desk: string) {
  await page.goto(desk);
  await page.getByRole('button', { name: 'Khu vực cán bộ (mã PIN)' }).click();
  const area = page.getByRole('dialog', { name: 'Khu vực cán bộ phường' });
  await area.getByLabel('Mã PIN mới').fill(PIN);
  await area.getByLabel('Nhập lại mã PIN').fill(PIN);
  await area.getByRole('button', { name: 'Đặt mã PIN' }).click();
  await expect(area.getByRole('navigation', { name: 'Các mục' })).toBeVisible();
  return area;
}

test.describe('the Sync tab against a province server', () => {
  test.skip(pgSkipReason !== null, pgSkipReason ?? '');
  let province: ProvinceFixture;

  test.beforeAll(async () => {
    province = await startProvince();
    expect((await province.admin.signIn()).status).toBe(200);
  });
  test.afterAll(async () => {
    await province?.stop();
  });

  test('staff enrol the point, see its status, save a USB sync file and the long CSV', async ({ point, page }) => {
    test.setTimeout(120_000);
    const issued = await province.admin.createPoint('00004', 'Điểm Ba Đình');
    const area = await openStaffArea(page, point.host.info.desk);
    await area.getByRole('button', { name: 'Đồng bộ', exact: true }).click();
    const status = area.getByRole('region', { name: 'Tình trạng' });
    await expect(status).toContainText('Chưa đăng ký với tỉnh.');

    // An address in the clear to another machine is refused before anything is sent.
    const enrol = area.getByRole('region', { name: 'Đăng ký điểm với tỉnh' });
    await enrol.getByLabel('Địa chỉ máy chủ của tỉnh').fill('http://tinh.example.gov.vn');
    await enrol.getByLabel('Mã đăng ký').fill(issued.enrolmentCode);
    await enrol.getByRole('button', { name: 'Đăng ký' }).click();
    await expect(enrol.getByRole('alert')).toContainText('https://');
    // A wrong code: the province's refusal, in the staff's language.
    await enrol.getByLabel('Địa chỉ máy chủ của tỉnh').fill(province.server.url);
    await enrol.getByLabel('Mã đăng ký').fill('AAAA-BBBB-CCCC');
    await enrol.getByRole('button', { name: 'Đăng ký' }).click();
    await expect(enrol.getByRole('alert')).toContainText('Mã đăng ký không đúng');
    await enrol.getByLabel('Mã đăng ký').fill(issued.enrolmentCode.toLowerCase());
    await enrol.getByRole('button', { name: 'Đăng ký' }).click();

    await expect(status).toContainText(`Đã đăng ký với tỉnh: mã điểm ${issued.pointCode}`);
    await expect(status).toContainText(province.server.url);
    await expect(status.getByText('Lỗi gần nhất')).toBeVisible();
    // The background uploader's first pass lands within the status refresh.
    await expect(status.locator('dd').nth(1)).not.toHaveText('Chưa có', { timeout: 20_000 });
    await expect(status).toContainText('Không có');
    await status.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    await expect(status.getByRole('status')).toContainText('Đã yêu cầu đồng bộ');

    // English, one tap away: the status reads in the staff's language.
    // (The dialog's own name follows the language too.)
    await area.getByRole('button', { name: 'English' }).click();
    const english = page.getByRole('dialog');
    await expect(english.getByRole('region', { name: 'Status' })).toContainText(`Enrolled with the province: point code ${issued.pointCode}`);
    await expect(english.getByRole('region', { name: 'Status' })).toContainText('Last error');
    await english.getByRole('button', { name: 'Tiếng Việt' }).click();

    // The USB sync file: downloaded in the browser shell, signed, named after the point.
    const bundleCard = area.getByRole('region', { name: 'Tệp đồng bộ USB (khi không có mạng)' });
    const bundleDownload = page.waitForEvent('download');
    await bundleCard.getByRole('button', { name: 'Tải tệp đồng bộ' }).click();
    const bundle = await bundleDownload;
    expect(bundle.suggestedFilename()).toMatch(new RegExp(`^dhp-sync_${issued.pointCode}_\\d{8}-\\d{6}_\\d+-\\d+\\.json$`));
    const bundleText = fs.readFileSync(await bundle.path(), 'utf8');
  const file = BundleFile.parse(JSON.parse(bundleText));
    expect(BundleBody.parse(JSON.parse(file.body)).pointCode).toBe(issued.pointCode);
    await expect(bundleCard.getByRole('status')).toContainText('Đã lưu dhp-sync_');
    // The province imports it through the same ingest: nothing new (the uploader sent it all already).
    const imported = await province.admin.call<{ pointCode: string }>('/admin/api/bundles', { body: bundleText });
    expect(imported.status).toBe(200);
    expect(imported.body.pointCode).toBe(issued.pointCode);

    // The long CSV: point_code, period, indicator, dimensions, value.
    const longCard = area.getByRole('region', { name: 'Bảng chỉ số (CSV dạng dọc, cho báo cáo phường)' });
    await longCard.getByLabel('Theo').selectOption('month');
    const csvDownload = page.waitForEvent('download');
    await longCard.getByRole('button', { name: 'Tải bảng chỉ số' }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toMatch(new RegExp(`^chi-so_${issued.pointCode}_.+_month\\.csv$`));
    const bytes = fs.readFileSync(await csv.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toBe('point_code,period,indicator,dimensions,value');

    // The enrolment filled the settings' official codes: the picker shows them.
    await area.getByRole('button', { name: 'Cài đặt' }).click();
    await expect(area.getByRole('combobox', { name: 'Tỉnh / thành phố' })).toHaveValue('Thành phố Hà Nội');
    await expect(area.getByRole('combobox', { name: 'Xã / phường / đặc khu' })).toHaveValue('Phường Ba Đình');
    await expect(area.getByText(`Mã điểm do tỉnh cấp: ${issued.pointCode}`)).toBeVisible();
    if (process.env.STAFF_SCREENSHOTS) {
      await area.getByRole('button', { name: 'Đồng bộ', exact: true }).click();
      await expect(area.getByRole('region', { name: 'Tình trạng' })).toContainText('Đã đăng ký');
      await page.screenshot({ path: 'test-results/staff-sync.png', fullPage: true });
    }
  });
});

test('Settings: the province and commune are picked by typing without marks, with the keyboard, and saved as official codes', async ({ point, page }) => {
  const area = await openStaffArea(page, point.host.info.desk);
  await area.getByRole('button', { name: 'Cài đặt' }).click();
  const province = area.getByRole('combobox', { name: 'Tỉnh / thành phố' });
  const commune = area.getByRole('combobox', { name: 'Xã / phường / đặc khu' });
  await expect(commune).toBeDisabled();

  await province.fill('ha noi');
  await expect(province).toHaveAttribute('aria-expanded', 'true');
  expect(await axeViolations(page)).toEqual([]);
  if (process.env.STAFF_SCREENSHOTS) await page.screenshot({ path: 'test-results/staff-settings-picker.png' });
  await area.getByRole('option', { name: /Thành phố Hà Nội/ }).click();
  await expect(province).toHaveValue('Thành phố Hà Nội');
  await expect(area.getByText('Đã chọn: Thành phố Hà Nội (mã 01)')).toBeVisible();

  // Keyboard only: type, arrow down to the first match, Enter.
  await commune.fill('ba dinh');
  await expect(area.getByRole('listbox', { name: 'Xã / phường / đặc khu' }).getByRole('option').first()).toContainText('Phường Ba Đình');
  await commune.press('ArrowDown');
  await expect(commune).toHaveAttribute('aria-activedescendant', /.+/);
  await commune.press('Enter');
  await expect(commune).toHaveValue('Phường Ba Đình');
  await expect(area.getByText('Đã chọn: Phường Ba Đình (mã 00004)')).toBeVisible();

  await area.getByLabel('Số thứ tự của điểm trong xã/phường').fill('3');
  await expect(area.getByText('Mã điểm: 01-00004-03')).toBeVisible();
  await area.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(area.getByText('Đã lưu cài đặt.')).toBeVisible();

  // Not enrolled yet: the Sync tab says so, and shows the code the settings make.
  await area.getByRole('button', { name: 'Đồng bộ', exact: true }).click();
  await expect(area.getByRole('region', { name: 'Tình trạng' })).toContainText('Chưa đăng ký với tỉnh.');
  expect(await axeViolations(page)).toEqual([]);

  // The kiosk offers Hà Nội's own guide now that the point is coded in Hà Nội.
  const kiosk = await page.context().newPage();
  await kiosk.goto(point.host.info.kiosk);
  await expect(kiosk.getByRole('button', { name: /^Ứng dụng iHaNoi/ })).toBeVisible();
  await kiosk.close();
});

test('Settings: an install’s free-text place names are matched, or shown to staff with what they may be', async ({ point, page }) => {
  // An older install typed its province and commune by hand; Phúc Xá joined Phường Hồng Hà in July 2025.
  const first = await callWithToken(point.host.info.origin, 'staffAuth.setFirstPin', { pin: PIN }, { key: deskKeyOf(point.host.info) });
  const staffToken = (first.body.value as { token: string }).token;
  const saved = await callWithToken(point.host.info.origin, 'staff.updateSettings', { province: 'Hà Nội', commune: 'Phường Phúc Xá' }, { key: deskKeyOf(point.host.info), staffToken });
  expect(saved.body.ok).toBe(true);
  await callWithToken(point.host.info.origin, 'staffAuth.signOut', {}, { key: deskKeyOf(point.host.info), staffToken });

  await page.goto(point.host.info.desk);
  await page.getByRole('button', { name: 'Khu vực cán bộ (mã PIN)' }).click();
  const area = page.getByRole('dialog', { name: 'Khu vực cán bộ phường' });
  await area.getByLabel('Mã PIN').fill(PIN);
  await area.getByRole('button', { name: 'Đăng nhập' }).click();
  await area.getByRole('button', { name: 'Cài đặt' }).click();

  // The province matched surely: saved at once, and said so.
  await expect(area.getByText('Đã gán mã chính thức cho tên cũ: Thành phố Hà Nội.')).toBeVisible();
  await expect(area.getByRole('combobox', { name: 'Tỉnh / thành phố' })).toHaveValue('Thành phố Hà Nội');
  // The commune is a former one: staff confirm what it became.
  await expect(area.getByText('“Phường Phúc Xá” là đơn vị trước 01/07/2025, nay thuộc:')).toBeVisible();
  if (process.env.STAFF_SCREENSHOTS) await page.screenshot({ path: 'test-results/staff-settings-legacy.png' });
  await area.getByRole('button', { name: 'Chọn Phường Hồng Hà (00097)' }).click();
  await expect(area.getByRole('combobox', { name: 'Xã / phường / đặc khu' })).toHaveValue('Phường Hồng Hà');
  await area.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(area.getByText('Đã lưu cài đặt.')).toBeVisible();
  await area.getByRole('button', { name: 'Đồng bộ', exact: true }).click();
  await area.getByRole('button', { name: 'Cài đặt' }).click();
  await expect(area.getByRole('combobox', { name: 'Xã / phường / đặc khu' })).toHaveValue('Phường Hồng Hà');
  await expect(area.getByText('nay thuộc:')).toHaveCount(0);
});
