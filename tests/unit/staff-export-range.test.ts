import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHelpPoint, type HelpPoint } from '../../core/help-point';
import type { StaffSignIn } from '../../contract/staff-dto';
import { SaveExportRequest } from '../../contract/bridge';
import { FIXTURE_ASSETS, makeTempDir } from '../support/temp-dirs';
import { ManualClock } from '../support/staff-helpers';

const DESK = { role: 'volunteer' as const, actor: 'desk' };

/** An export covers at most a year, like the totals: the biggest job a ward PC is asked for has a bound. */
describe('the export range', () => {
  const temp = makeTempDir('dhp-export-range-');
  let hp: HelpPoint;
  let staff: { role: 'volunteer'; actor: string; staffToken: string };

  beforeAll(async () => {
    hp = openHelpPoint({ dataDir: temp.dir, assetsDir: FIXTURE_ASSETS, clock: new ManualClock(Date.parse('2026-11-23T10:00:00Z')), log: () => undefined });
    const signIn = (await hp.dispatch('staffAuth.setFirstPin', { pin: '24681012' }, DESK)) as { ok: true; value: StaffSignIn };
    staff = { ...DESK, staffToken: signIn.value.token };
  });
  afterAll(() => {
    hp.close();
    temp.cleanup();
  });

  it('accepts a whole year and refuses more, in both the call and the Electron save request', async () => {
    expect(await hp.dispatch('staff.export', { from: '2025-11-23', to: '2026-11-23', formats: ['csv'] }, staff)).toMatchObject({ ok: true });
    expect(await hp.dispatch('staff.export', { from: '2024-11-23', to: '2026-11-23', formats: ['csv'] }, staff)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'to', message: 'at most one year at a time' }] },
    });
    expect(SaveExportRequest.safeParse({ from: '2024-01-01', to: '2026-01-01', staffToken: 't' }).success).toBe(false);
    expect(SaveExportRequest.safeParse({ from: '2026-01-01', to: '2026-03-01', staffToken: 't' }).success).toBe(true);
  });

  it('refuses a range that ends before it starts', async () => {
    expect(await hp.dispatch('staff.export', { from: '2026-11-23', to: '2026-11-01' }, staff)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
