import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHelpPoint, type HelpPoint } from '../../core/help-point';
import type { StaffSignIn } from '../../contract/staff-dto';
import { FIXTURE_ASSETS, makeTempDir } from '../support/temp-dirs';

const DESK = { role: 'volunteer' as const, actor: 'desk' };

describe('staff settings', () => {
  const temp = makeTempDir();
  let hp: HelpPoint;
  let staff: { role: 'volunteer'; actor: string; staffToken: string };
  const current = async () => ((await hp.dispatch('staff.settings', {}, staff)) as { ok: true; value: Record<string, unknown> }).value;

  beforeAll(async () => {
    hp = openHelpPoint({ dataDir: temp.dir, assetsDir: FIXTURE_ASSETS, log: () => undefined });
    const signIn = (await hp.dispatch('staffAuth.setFirstPin', { pin: '24681012' }, DESK)) as { ok: true; value: StaffSignIn };
    staff = { ...DESK, staffToken: signIn.value.token };
  });
  afterAll(() => {
    hp.close();
    temp.cleanup();
  });

  it('starts from the defaults: 30 days for names and phones, 24 months for sessions, 10 idle minutes', async () => {
    expect(await current()).toMatchObject({ personalRetentionDays: 30, sessionRetentionMonths: 24, staffIdleMinutes: 10, timeZone: 'Asia/Ho_Chi_Minh', enabledWalkthroughs: null });
  });

  it('saves good values and reports each bad one by field, changing nothing', async () => {
    const good = { pointName: '  Điểm BDHVS Phường Hoàn Kiếm ', province: 'Hà Nội', commune: 'Phường Hoàn Kiếm', openingHours: { open: '07:30', close: '11:30', days: [1, 2, 3, 4, 5] }, consecutivePriorityCap: 3, maxWaitMinutes: 40, deskLabels: ['1', '2', '3'] };
    expect(await hp.dispatch('staff.updateSettings', good, staff)).toMatchObject({ ok: true, value: { pointName: 'Điểm BDHVS Phường Hoàn Kiếm', commune: 'Phường Hoàn Kiếm' } });
    const before = await current();
    const bad = [
      [{ timeZone: 'Asia/Hanoi_Nowhere' }, 'timeZone'],
      [{ openingHours: { open: '17:00', close: '07:00', days: [1] } }, 'openingHours.close'],
      [{ personalRetentionDays: 0 }, 'personalRetentionDays'],
      [{ sessionRetentionMonths: 1000 }, 'sessionRetentionMonths'],
      [{ boardLanguages: [] }, 'boardLanguages'],
      [{ boardLanguages: ['en', 'vi'] }, 'boardLanguages'],
      [{ deskLabels: ['1', '1'] }, 'deskLabels'],
      [{ exportColumns: ['sessionId', 'password'] }, 'exportColumns.1'],
      [{ pointName: '   ' }, 'pointName'],
      [{ district: 'Quận 1' }, ''],
      [{ pointName: 'OK', staffIdleMinutes: 600 }, 'staffIdleMinutes'],
    ] as const;
    for (const [patch, field] of bad) {
      const result = (await hp.dispatch('staff.updateSettings', patch, staff)) as { ok: false; error: { code: string; issues: { path: string }[] } };
      expect(result.ok, JSON.stringify(patch)).toBe(false);
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.issues.map((i) => i.path)).toContain(field);
    }
    expect(await hp.dispatch('staff.updateSettings', { enabledWalkthroughs: ['no-such-guide'] }, staff)).toMatchObject({ ok: false, error: { messageKey: 'error.settings_unknown_walkthrough' } });
    expect(await current()).toEqual(before);
    const audits = hp.db.prepare("SELECT detail FROM audit_log WHERE action = 'staff.settings.update'").all() as { detail: string }[];
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0]!.detail).changed).toEqual(['pointName', 'province', 'commune', 'openingHours', 'consecutivePriorityCap', 'maxWaitMinutes', 'deskLabels']);
  });

  it('keeps the volunteer list; a volunteer is marked inactive, never deleted', async () => {
    const saved = (await hp.dispatch('staff.saveVolunteer', { displayName: 'Ánh', team: 'Đoàn TN' }, staff)) as { ok: true; value: { id: number } };
    await hp.dispatch('staff.saveVolunteer', { displayName: 'Bình', team: 'Sinh viên' }, staff);
    await hp.dispatch('staff.saveVolunteer', { id: saved.value.id, displayName: 'Ánh', team: 'Đoàn TN', active: false }, staff);
    expect(await hp.dispatch('staff.volunteers', {}, staff)).toMatchObject({ ok: true, value: [{ displayName: 'Bình', active: true }, { displayName: 'Ánh', active: false }] });
  });
});
