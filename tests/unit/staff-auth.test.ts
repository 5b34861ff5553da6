import { afterEach, describe, expect, it } from 'vitest';
import { openHelpPoint, type HelpPoint } from '../../core/help-point';
import { FIXTURE_ASSETS, makeTempDir } from '../support/temp-dirs';
import { ManualClock } from '../support/staff-helpers';
import type { StaffSignIn } from '../../contract/staff-dto';

const DESK = { role: 'volunteer' as const, actor: 'desk' };
const START = '2026-11-23T01:00:00.000Z';

describe('staff PIN', () => {
  const temps: { cleanup(): void }[] = [];
  const open: HelpPoint[] = [];
  function point(dir: string, clock: ManualClock): HelpPoint {
    const hp = openHelpPoint({ dataDir: dir, assetsDir: FIXTURE_ASSETS, clock, log: () => undefined });
    open.push(hp);
    return hp;
  }
  function fresh(): { dir: string; clock: ManualClock; hp: HelpPoint } {
    const temp = makeTempDir();
    temps.push(temp);
    const clock = new ManualClock(Date.parse(START));
    return { dir: temp.dir, clock, hp: point(temp.dir, clock) };
  }
  afterEach(() => {
    for (const hp of open.splice(0)) hp.close();
    for (const t of temps.splice(0)) t.cleanup();
  });

  it('asks for a first PIN of at least 6 digits, and sets it only once', async () => {
    const { hp } = fresh();
    expect(await hp.dispatch('staffAuth.status', {}, DESK)).toMatchObject({ ok: true, value: { pinSet: false } });
    expect(await hp.dispatch('staffAuth.setFirstPin', { pin: '12345' }, DESK)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await hp.dispatch('staffAuth.setFirstPin', { pin: '12a456' }, DESK)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const first = await hp.dispatch('staffAuth.setFirstPin', { pin: '246810' }, DESK);
    expect(first).toMatchObject({ ok: true, value: { idleMinutes: 10 } });
    expect(await hp.dispatch('staffAuth.setFirstPin', { pin: '999999' }, DESK)).toMatchObject({ ok: false, error: { code: 'conflict', messageKey: 'error.pin_already_set' } });
    // The visitor screen cannot set or try a PIN at all.
    expect(await hp.dispatch('staffAuth.setFirstPin', { pin: '999999' }, { role: 'visitor', actor: 'kiosk' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await hp.dispatch('staffAuth.signIn', { pin: '246810' }, { role: 'visitor', actor: 'kiosk' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('stores a salted scrypt hash, never the PIN, and never writes the PIN into the audit log', async () => {
    const { hp } = fresh();
    await hp.dispatch('staffAuth.setFirstPin', { pin: '246810' }, DESK);
    await hp.dispatch('staffAuth.signIn', { pin: '135799' }, DESK);
    await hp.dispatch('staffAuth.signIn', { pin: '246810' }, DESK);
    const row = hp.db.prepare('SELECT salt, hash, params FROM staff_pin').get() as { salt: string; hash: string; params: string };
    expect(JSON.parse(row.params)).toMatchObject({ N: 32768, r: 8, p: 1 });
    expect(Buffer.from(row.salt, 'base64')).toHaveLength(16);
    const everything = JSON.stringify(hp.db.prepare('SELECT * FROM audit_log').all()) + JSON.stringify(row);
    expect(everything).not.toContain('246810');
    expect(everything).not.toContain('135799');
    const actions = (hp.db.prepare("SELECT action, detail FROM audit_log WHERE action LIKE 'staff.%' ORDER BY id").all() as { action: string; detail: string | null }[]).map((r) => `${r.action} ${r.detail ?? ''}`);
    expect(actions).toEqual(['staff.pin.setup ', expect.stringMatching(/^staff.sign-in .*"result":"failure"/), expect.stringMatching(/^staff.sign-in .*"result":"success"/)]);
  });

  it('locks out after 5 wrong tries for 30 s, then 60 s, 120 s; the lockout survives a restart', async () => {
    const { dir, clock, hp } = fresh();
    await hp.dispatch('staffAuth.setFirstPin', { pin: '246810' }, DESK);
    for (let i = 1; i <= 4; i++) {
      expect(await hp.dispatch('staffAuth.signIn', { pin: '000000' }, DESK)).toMatchObject({ ok: false, error: { messageKey: 'error.pin_wrong' } });
    }
    expect(await hp.dispatch('staffAuth.signIn', { pin: '000000' }, DESK)).toMatchObject({ ok: false, error: { messageKey: 'error.pin_locked' } });
    // Even the right PIN is refused while locked.
    expect(await hp.dispatch('staffAuth.signIn', { pin: '246810' }, DESK)).toMatchObject({ ok: false, error: { messageKey: 'error.pin_locked' } });
    const status = (await hp.dispatch('staffAuth.status', {}, DESK)) as { ok: true; value: { lockedUntil: string } };
    expect(Date.parse(status.value.lockedUntil) - clock.now().getTime()).toBe(30_000);

    // Pulling the plug does not reset the lockout.
    hp.close();
    open.splice(open.indexOf(hp), 1);
    const again = point(dir, clock);
    clock.advance(29_000);
    expect(await again.dispatch('staffAuth.signIn', { pin: '246810' }, DESK)).toMatchObject({ ok: false, error: { messageKey: 'error.pin_locked' } });
    clock.advance(1_001);
    // One more wrong try after a lockout locks again, twice as long.
    expect(await again.dispatch('staffAuth.signIn', { pin: '000000' }, DESK)).toMatchObject({ ok: false, error: { messageKey: 'error.pin_locked' } });
    let s = (await again.dispatch('staffAuth.status', {}, DESK)) as { ok: true; value: { lockedUntil: string } };
    expect(Date.parse(s.value.lockedUntil) - clock.now().getTime()).toBe(60_000);
    clock.advance(60_001);
    expect(await again.dispatch('staffAuth.signIn', { pin: '000000' }, DESK)).toMatchObject({ ok: false, error: { messageKey: 'error.pin_locked' } });
    s = (await again.dispatch('staffAuth.status', {}, DESK)) as { ok: true; value: { lockedUntil: string } };
    expect(Date.parse(s.value.lockedUntil) - clock.now().getTime()).toBe(120_000);
    clock.advance(120_001);
    // The right PIN after the lockout works and clears the count.
    expect(await again.dispatch('staffAuth.signIn', { pin: '246810' }, DESK)).toMatchObject({ ok: true });
    expect(await again.dispatch('staffAuth.status', {}, DESK)).toMatchObject({ ok: true, value: { lockedUntil: null, failedAttempts: 0 } });
    const refused = again.db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'staff.sign-in.refused'").get() as { n: number };
    expect(refused.n).toBe(2);
  });

  it('ends a staff sign-in after 10 idle minutes (sliding) and on sign-out', async () => {
    const { clock, hp } = fresh();
    const first = (await hp.dispatch('staffAuth.setFirstPin', { pin: '246810' }, DESK)) as { ok: true; value: StaffSignIn };
    const staff = { ...DESK, staffToken: first.value.token };
    expect(await hp.dispatch('staff.settings', {}, staff)).toMatchObject({ ok: true });
    clock.advance(9 * 60_000);
    expect(await hp.dispatch('staff.settings', {}, staff)).toMatchObject({ ok: true });
    clock.advance(9 * 60_000); // 18 min after sign-in, 9 after the last use: still on
    expect(await hp.dispatch('staff.settings', {}, staff)).toMatchObject({ ok: true });
    clock.advance(10 * 60_000 + 1);
    expect(await hp.dispatch('staff.settings', {}, staff)).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const second = (await hp.dispatch('staffAuth.signIn', { pin: '246810' }, DESK)) as { ok: true; value: StaffSignIn };
    const again = { ...DESK, staffToken: second.value.token };
    expect(await hp.dispatch('staff.settings', {}, again)).toMatchObject({ ok: true });
    await hp.dispatch('staffAuth.signOut', {}, again);
    expect(await hp.dispatch('staff.settings', {}, again)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('changes the PIN only with the current one', async () => {
    const { hp } = fresh();
    const first = (await hp.dispatch('staffAuth.setFirstPin', { pin: '246810' }, DESK)) as { ok: true; value: StaffSignIn };
    const staff = { ...DESK, staffToken: first.value.token };
    expect(await hp.dispatch('staff.changePin', { currentPin: '111111', newPin: '97531086' }, staff)).toMatchObject({ ok: false, error: { messageKey: 'error.pin_wrong' } });
    expect(await hp.dispatch('staff.changePin', { currentPin: '246810', newPin: '123' }, staff)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await hp.dispatch('staff.changePin', { currentPin: '246810', newPin: '97531086' }, staff)).toMatchObject({ ok: true });
    expect(await hp.dispatch('staffAuth.signIn', { pin: '246810' }, DESK)).toMatchObject({ ok: false });
    expect(await hp.dispatch('staffAuth.signIn', { pin: '97531086' }, DESK)).toMatchObject({ ok: true });
  });
});
