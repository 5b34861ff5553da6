import fs from 'node:fs';
import crypto from 'node:crypto';
import { test, expect } from './fixtures';
import { openDatabase } from '../../core/storage/database';
import { localDay } from '../../contract/calendar';
import { insertSessions, session } from '../support/session-day';

const PIN = '24681012';

/** Two sessions of today, written straight into the running point's data file (the desk UI is another screen's). */
function seedToday(dataFile: string): string {
  const day = localDay(new Date(), 'Asia/Ho_Chi_Minh');
  const db = openDatabase(dataFile);
  try {
    insertSessions(db, [
      session({ day, ticketNumber: 901, issuedAt: `${day}T01:00:00Z`, startedAt: `${day}T01:10:00Z`, finishedAt: `${day}T01:25:00Z`, services: ['other'], outcome: 'done-assisted', ageBand: '70-79', sex: 'female', priority: ['elderly'], counters: { vneidActivated: 1 }, visitorName: 'Nguyễn Thị Ánh', visitorPhone: '0912345678' }),
      session({ day, ticketNumber: 902, volunteer: 'Lan', issuedAt: `${day}T02:00:00Z`, startedAt: `${day}T02:05:00Z`, finishedAt: `${day}T02:30:00Z`, services: ['other'], outcome: 'referred', referral: 'commune-police', note: '=1+1' }),
    ]);
  } finally {
    db.close();
  }
  return day;
}

test('ward staff: desk → first PIN → sign in → export today’s CSV → the downloaded bytes and checksum are right', async ({ point, page }) => {
  const day = seedToday(point.host.info.dataFile);
  await page.goto(point.host.info.desk);
  await page.getByRole('button', { name: 'Khu vực cán bộ (mã PIN)' }).click();
  const area = page.getByRole('dialog', { name: 'Khu vực cán bộ phường' });
  await expect(area.getByRole('heading', { name: 'Đặt mã PIN cán bộ' })).toBeVisible();

  // A PIN too short is refused on the spot.
  await area.getByLabel('Mã PIN mới').fill('1234');
  await area.getByLabel('Nhập lại mã PIN').fill('1234');
  await area.getByRole('button', { name: 'Đặt mã PIN' }).click();
  await expect(area.getByRole('alert')).toContainText('6 đến 12 chữ số');
  await area.getByLabel('Mã PIN mới').fill(PIN);
  await area.getByLabel('Nhập lại mã PIN').fill(PIN);
  await area.getByRole('button', { name: 'Đặt mã PIN' }).click();
  await expect(area.getByRole('navigation', { name: 'Các mục' })).toBeVisible();

  // Sign out, and back in with the PIN (one wrong try first).
  await area.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
  await expect(area.getByRole('heading', { name: 'Đăng nhập cán bộ' })).toBeVisible();
  await area.getByLabel('Mã PIN').fill('11111111');
  await area.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(area.getByRole('alert')).toContainText('Mã PIN chưa đúng');
  await area.getByLabel('Mã PIN').fill(PIN);
  await area.getByRole('button', { name: 'Đăng nhập' }).click();

  // The dashboard shows today's totals with a chart and its table.
  await expect(area.getByText('Số phiên hỗ trợ: 2')).toBeVisible();
  await expect(area.getByRole('img', { name: /Biểu đồ cột: Theo kết quả/ })).toBeVisible();

  await area.getByRole('button', { name: 'Xuất báo cáo' }).click();
  await area.getByRole('button', { name: 'Xuất dữ liệu' }).click();
  const base = `nhat-ky-phien_diem-binh-dan-hoc-vu-so_${day}`;
  await expect(area.getByRole('status').filter({ hasText: 'Đã xuất 2 phiên' })).toBeVisible();

  const csvDownload = page.waitForEvent('download');
  await area.getByRole('link', { name: `Tải về ${base}.csv` }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe(`${base}.csv`);
  const bytes = fs.readFileSync((await csv.path()));
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.split('\r\n')[0]!.startsWith('Mã phiên,Ngày,Số thứ tự,Bàn,Tình nguyện viên,')).toBe(true);
  expect(text).toContain("'=1+1");
  // Names were not ticked, so they are not in the file.
  expect(text).not.toContain('Nguyễn Thị Ánh');
  expect(text.endsWith('\r\n')).toBe(true);

  const sumDownload = page.waitForEvent('download');
  await area.getByRole('link', { name: `Tải về ${base}.sha256` }).click();
  const sums = fs.readFileSync((await (await sumDownload).path()), 'utf8');
  expect(sums).toContain(`${crypto.createHash('sha256').update(bytes).digest('hex')}  ${base}.csv\n`);

  // Leaving the area signs staff out: the desk's own calls cannot reach staff methods afterwards.
  if (process.env.STAFF_SCREENSHOTS) {
    await page.screenshot({ path: 'test-results/staff-export.png', fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: 'test-results/staff-print.png', fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await area.getByRole('button', { name: 'Tổng quan' }).click();
    await page.screenshot({ path: 'test-results/staff-dashboard.png' });
    await area.getByRole('button', { name: 'Cài đặt' }).click();
    await page.screenshot({ path: 'test-results/staff-settings.png' });
    await area.getByRole('button', { name: 'Xuất báo cáo' }).click();
  }
  await area.getByRole('button', { name: 'Đăng xuất và về bàn hỗ trợ' }).click();
  await expect(page.getByRole('button', { name: 'Khu vực cán bộ (mã PIN)' })).toBeVisible();
  await page.getByRole('button', { name: 'Khu vực cán bộ (mã PIN)' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng nhập cán bộ' })).toBeVisible();
});

test('the visitor kiosk has no way into the staff area', async ({ point, page }) => {
  await page.goto(point.host.info.kiosk);
  await expect(page.getByRole('heading').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /cán bộ|staff|PIN/i })).toHaveCount(0);
});

test('a bad setting gets a message in the staff’s language and changes nothing', async ({ point, page }) => {
  await page.goto(point.host.info.desk);
  await page.getByRole('button', { name: 'Khu vực cán bộ (mã PIN)' }).click();
  await expect(page.getByRole('dialog', { name: 'Khu vực cán bộ phường' })).toBeVisible();
  // The dialog's name follows the language, which this test switches.
  const area = page.getByRole('dialog');
  await area.getByLabel('Mã PIN mới').fill(PIN);
  await area.getByLabel('Nhập lại mã PIN').fill(PIN);
  await area.getByRole('button', { name: 'Đặt mã PIN' }).click();
  await area.getByRole('button', { name: 'Cài đặt' }).click();
  await area.getByLabel('Tên điểm').fill('Điểm BDHVS Phường Hoàn Kiếm');
  await area.getByLabel('Múi giờ').fill('Sao Hỏa/Không có');
  await area.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(area.getByRole('alert')).toContainText('Chưa lưu');
  await expect(area.getByRole('alert')).toContainText('Múi giờ: giá trị không hợp lệ');
  // In English too.
  await area.getByRole('button', { name: 'English' }).click();
  await expect(area.getByRole('alert')).toContainText('Time zone: not a valid value');
  await area.getByRole('button', { name: 'Personal data' }).click();
  await area.getByRole('button', { name: 'Settings' }).click();
  // Nothing was saved: the point name is still the default.
  await expect(area.getByLabel('Point name')).toHaveValue('Điểm Bình dân học vụ số');
  await area.getByLabel('Time zone').fill('Asia/Ho_Chi_Minh');
  await area.getByLabel('Point name').fill('Điểm BDHVS Phường Hoàn Kiếm');
  await area.getByRole('button', { name: 'Save settings' }).click();
  await expect(area.getByRole('status')).toContainText('Settings saved.');
});
