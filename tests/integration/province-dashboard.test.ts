/**
 * The province dashboard in a real Chromium against the real server on PostgreSQL: sign in,
 * see every point with its last sync, indicators as a chart with its table, no axe violations,
 * and the Vietnamese/English switch. Skips with a reason without PostgreSQL or Chromium.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from '../../bench/province-demo';
import { CHROMIUM_ARGS, findTestChromium } from '../support/chromium';
import { pgSkipReason } from '../support/province';
import { PROJECT_ROOT, SHIPPED_ASSETS } from '../support/temp-dirs';

const chromiumPath = findTestChromium();
const skipReason = pgSkipReason ?? (chromiumPath ? null : 'no Chromium (set CHROMIUM_PATH or install Debian’s chromium)');
if (skipReason) console.warn(`province-dashboard: skipped — ${skipReason}`);

describe.skipIf(skipReason !== null)('province dashboard in a browser', () => {
  let demo: Awaited<ReturnType<typeof startDemo>>;
  let browser: Browser;

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'build', 'bundle-province.mjs'), '--quiet'], { cwd: PROJECT_ROOT });
    demo = await startDemo(0, () => undefined, { assetsDir: SHIPPED_ASSETS, dashboardDir: path.join(PROJECT_ROOT, 'dist', 'province', 'dashboard') });
    browser = await chromium.launch({ executablePath: chromiumPath!, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it('signs in, lists the points, shows indicators as a chart with its table, and passes axe', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1600 } });
    const page = await context.newPage();
    await page.goto(demo.url);
    await page.getByLabel('Mật khẩu').fill(demo.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const points = page.getByRole('table', { name: 'Các điểm' });
    await expect.poll(() => points.getByRole('row').count(), { timeout: 15_000 }).toBe(5); // header + 4 points
    await expect.poll(() => points.innerText()).toContain('01-00004-01');
    expect(await points.innerText()).toMatch(/Phường Ba Đình/);
    expect(await points.innerText()).toMatch(/\(USB\)/);
    expect(await points.innerText()).toMatch(/Chờ đăng ký/);
    const chart = page.getByRole('img', { name: /Biểu đồ cột: Lượt hỗ trợ/ });
    await expect.poll(() => chart.count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('figure figcaption').first().innerText()).toContain('Lượt hỗ trợ (lượt)');
    expect(await page.locator('figure table tbody tr').count()).toBeGreaterThan(10);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    fs.mkdirSync(path.join(PROJECT_ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(PROJECT_ROOT, 'test-results', 'province-dashboard.png'), fullPage: true });

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 5_000 }).toBe('Province dashboard — Digital Help Point');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  }, 90_000);

  it('issues a one-time enrolment code from the commune picker', async () => {
    const page = await browser.newPage();
    await page.goto(demo.url);
    await page.getByLabel('Mật khẩu').fill(demo.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByLabel('Tìm xã/phường (gõ tên hoặc mã)').fill('ngoc ha');
    await page.getByRole('option').getByRole('button', { name: /Phường Ngọc Hà/ }).click();
    await page.getByRole('button', { name: 'Tạo điểm và mã đăng ký' }).click();
    await expect.poll(() => page.locator('.notice[role=status]').innerText(), { timeout: 15_000 }).toContain('01-00008-03');
    expect(await page.locator('.code').innerText()).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await page.close();
  }, 60_000);
});
