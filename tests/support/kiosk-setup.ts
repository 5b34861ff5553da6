import fs from 'node:fs';
import path from 'node:path';
import { Walkthrough } from '../../contract/walkthrough';
import { callOverHttp, deskKeyOf, visitorKeyOf, type HostInfo } from './host-process';
import { callWithToken } from './staff-helpers';
import { SHIPPED_ASSETS } from './temp-dirs';

/** The province that unlocks every province-only walkthrough shipped today (iHanoi). */
export const HANOI = 'Hà Nội';

/** A PIN of the accepted shape; the test point is thrown away after each test. */
const TEST_PIN = '24681012';

/**
 * Sets the point's province through the staff API, as a staff member would at the
 * desk: first PIN with the desk key (from the desk URL's fragment), then
 * staff.updateSettings with the returned X-Staff-Token. Call before the kiosk page loads
 * its catalogue.
 */
export async function setProvince(info: HostInfo, province: string = HANOI): Promise<void> {
  const first = await callWithToken(info.origin, 'staffAuth.setFirstPin', { pin: TEST_PIN }, { key: deskKeyOf(info) });
  if (!first.body.ok) throw new Error(`staffAuth.setFirstPin failed: ${JSON.stringify(first.body)}`);
  const token = (first.body.value as { token: string }).token;
  const updated = await callWithToken(info.origin, 'staff.updateSettings', { province }, { key: deskKeyOf(info), staffToken: token });
  if (!updated.body.ok) throw new Error(`staff.updateSettings failed: ${JSON.stringify(updated.body)}`);
}

/** The kiosk's idle time from the point's settings, as the renderer reads it (app.info). */
export async function kioskIdleSeconds(info: HostInfo): Promise<number> {
  const res = await callOverHttp(info.origin, await visitorKeyOf(info), 'app.info', {});
  if (!res.body.ok) throw new Error(`app.info failed: ${JSON.stringify(res.body)}`);
  return (res.body.value as { kioskIdleSeconds: number }).kioskIdleSeconds;
}

export interface ShippedWalkthrough {
  file: string;
  content: Walkthrough;
}

/**
 * Every walkthrough file shipped under assets/walkthroughs/, parsed with the contract's
 * schema, in the kiosk's order. Read at test collection time, so a new file gets its
 * tests without touching the specs.
 */
export function shippedWalkthroughs(): ShippedWalkthrough[] {
  const dir = path.join(SHIPPED_ASSETS, 'walkthroughs');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, content: Walkthrough.parse(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))) }))
    .sort((a, b) => a.content.order - b.content.order || a.file.localeCompare(b.file));
}

/** Whether a walkthrough needs the point's province set before it is offered. */
export function needsProvince(w: Walkthrough): string | null {
  return w.provinces?.[0] ?? null;
}
