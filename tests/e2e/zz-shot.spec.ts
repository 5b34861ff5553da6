import { test } from './fixtures';
import { shippedWalkthroughs } from '../support/kiosk-setup';
import { openWalkthrough, setPrefs } from '../support/kiosk-page';

const W = shippedWalkthroughs()[0]!.content;
for (const [w, h, size] of [[1366, 768, 0], [1366, 768, 1], [1366, 768, 2], [1920, 1080, 0], [1920, 1080, 2]] as const) {
  test(`shot ${w}x${h} size ${size}`, async ({ point, page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto(point.host.info.kiosk);
    await setPrefs(page, { sizeStep: size });
    await page.screenshot({ path: `/tmp/shots/home-${w}-${size}.png` });
    await openWalkthrough(page, W, 'vi', 'guide');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/step-${w}-${size}.png` });
  });
}
