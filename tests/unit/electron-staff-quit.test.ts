import { afterEach, describe, expect, it } from 'vitest';
import { openHelpPoint, type HelpPoint } from '../../core/help-point';
// Pure: the prompt's logic, without its window (electron/staff-quit-window.ts).
import { STAFF_QUIT_CALLER, staffQuitOutcome } from '../../electron/staff-quit';
import { shellAction } from '../../electron/shell-pages';
import { FIXTURE_ASSETS, makeTempDir } from '../support/temp-dirs';
import { ManualClock } from '../support/staff-helpers';

const DESK = { role: 'volunteer' as const, actor: 'desk' };
const PIN = '246810';

/**
 * The staff-quit prompt's whole path through the real core: the form's URL → the PIN →
 * `staffAuth.signIn` through the dispatcher, as the desk → quit or a message; the
 * sign-in ended at once. What the window adds (showing the page, quitting) needs Electron.
 */
async function tryQuit(hp: HelpPoint, pin: string) {
  const action = shellAction(`app://kiosk/.shell/staff-quit?pin=${encodeURIComponent(pin)}&do=quit`);
  if (action?.action !== 'staff-quit') throw new Error('not a quit');
  const outcome = staffQuitOutcome(await hp.dispatch('staffAuth.signIn', { pin: action.pin }, STAFF_QUIT_CALLER));
  if (outcome.quit) await hp.dispatch('staffAuth.signOut', {}, { ...STAFF_QUIT_CALLER, staffToken: outcome.token });
  return outcome;
}

describe('staff quit through the core', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });
  function point(): { hp: HelpPoint; clock: ManualClock } {
    const temp = makeTempDir();
    const clock = new ManualClock(Date.parse('2026-11-23T01:00:00.000Z'));
    const hp = openHelpPoint({ dataDir: temp.dir, assetsDir: FIXTURE_ASSETS, clock, log: () => undefined });
    cleanups.push(() => {
      hp.close();
      temp.cleanup();
    });
    return { hp, clock };
  }

  it('before any PIN is set, nothing quits: the prompt says to set one at the desk', async () => {
    const { hp } = point();
    const outcome = await tryQuit(hp, '000000');
    expect(outcome.quit).toBe(false);
    if (!outcome.quit) expect(outcome.message.en).toMatch(/No staff PIN is set yet/);
  });

  it('a wrong PIN stays and counts; the right PIN quits and its sign-in is ended at once', async () => {
    const { hp } = point();
    await hp.dispatch('staffAuth.setFirstPin', { pin: PIN }, DESK);
    const wrong = await tryQuit(hp, '135799');
    expect(wrong).toMatchObject({ quit: false, message: { en: 'That PIN is wrong. Try again.' } });
    expect(await hp.dispatch('staffAuth.status', {}, DESK)).toMatchObject({ ok: true, value: { failedAttempts: 1 } });
    const right = await tryQuit(hp, PIN);
    expect(right.quit).toBe(true);
    if (right.quit) expect(hp.isStaffToken(right.token)).toBe(false);
    const audit = hp.db.prepare("SELECT actor, action, detail FROM audit_log WHERE action LIKE 'staff.%' ORDER BY id").all() as { actor: string; action: string; detail: string | null }[];
    expect(audit.map((a) => `${a.actor} ${a.action}`)).toEqual(['desk staff.pin.setup', 'staff-quit staff.sign-in', 'staff-quit staff.sign-in', 'staff staff.sign-out']);
  });

  it('respects the lockout: after 5 wrong tries even the right PIN is refused until it ends', async () => {
    const { hp, clock } = point();
    await hp.dispatch('staffAuth.setFirstPin', { pin: PIN }, DESK);
    for (let i = 0; i < 4; i++) expect((await tryQuit(hp, '111111')).quit).toBe(false);
    const fifth = await tryQuit(hp, '111111');
    expect(fifth).toMatchObject({ quit: false, message: { en: expect.stringMatching(/locked/) } });
    expect(await tryQuit(hp, PIN)).toMatchObject({ quit: false, message: { en: expect.stringMatching(/locked/) } });
    clock.advance(31_000);
    expect((await tryQuit(hp, PIN)).quit).toBe(true);
  });

  it('a malformed PIN is refused by the core, not thrown on; full-width digits are the same PIN', async () => {
    const { hp } = point();
    await hp.dispatch('staffAuth.setFirstPin', { pin: PIN }, DESK);
    for (const pin of ['', '<script>', '9'.repeat(64)]) expect((await tryQuit(hp, pin)).quit).toBe(false);
    // The core normalises the PIN (NFKC): full-width digits from an input method are the same PIN.
    expect((await tryQuit(hp, '２４６８１０')).quit).toBe(true);
  });
});

describe('shell events reach the staff area', () => {
  it('recordShellEvent writes an audit entry by actor "shell" that staff.audit lists', async () => {
    const temp = makeTempDir();
    const hp = openHelpPoint({ dataDir: temp.dir, assetsDir: FIXTURE_ASSETS, log: () => undefined });
    try {
      hp.recordShellEvent('shell.window.reload', { screen: 'kiosk', cause: 'crashed', failures: 1, delayMs: 1000 });
      const signIn = await hp.dispatch('staffAuth.setFirstPin', { pin: PIN }, DESK);
      const token = (signIn as { ok: true; value: { token: string } }).value.token;
      const listed = await hp.dispatch('staff.audit', { limit: 10 }, { ...DESK, staffToken: token });
      expect(listed).toMatchObject({ ok: true });
      const entry = (listed as { ok: true; value: { actor: string; action: string; detail: string | null }[] }).value.find((e) => e.actor === 'shell');
      expect(entry).toMatchObject({ action: 'shell.window.reload' });
      expect(JSON.parse(entry!.detail!)).toEqual({ screen: 'kiosk', cause: 'crashed', failures: 1, delayMs: 1000 });
    } finally {
      hp.close();
      temp.cleanup();
    }
  });
});
