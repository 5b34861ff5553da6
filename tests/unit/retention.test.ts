import { afterEach, describe, expect, it } from 'vitest';
import { openHelpPoint, type HelpPoint } from '../../core/help-point';
import { addMonths } from '../../contract/calendar';
import type { RetentionReport, StaffSignIn, VisitorRecord } from '../../contract/staff-dto';
import { FIXTURE_ASSETS, makeTempDir } from '../support/temp-dirs';
import { ManualClock } from '../support/staff-helpers';
import { insertSessions, session } from '../support/session-day';

const DESK = { role: 'volunteer' as const, actor: 'desk' };

function personalDay(day: string, n: number) {
  return session({ day, ticketNumber: n, issuedAt: `${day}T02:00:00Z`, startedAt: `${day}T02:10:00Z`, finishedAt: `${day}T02:30:00Z`, services: ['sample-guide'], outcome: 'done-assisted', ageBand: '70-79', visitorName: 'Lê Thị Hoa', visitorPhone: '0912345678' });
}

describe('retention', () => {
  const temps: { cleanup(): void }[] = [];
  const points: HelpPoint[] = [];
  afterEach(() => {
    for (const p of points.splice(0)) p.close();
    for (const t of temps.splice(0)) t.cleanup();
  });
  async function setup(now: string) {
    const temp = makeTempDir();
    temps.push(temp);
    const clock = new ManualClock(Date.parse(now));
    const hp = openHelpPoint({ dataDir: temp.dir, assetsDir: FIXTURE_ASSETS, clock, log: () => undefined });
    points.push(hp);
    const signIn = (await hp.dispatch('staffAuth.setFirstPin', { pin: '24681012' }, DESK)) as { ok: true; value: StaffSignIn };
    return { hp, clock, dir: temp.dir, staff: { ...DESK, staffToken: signIn.value.token } };
  }
  const personal = (hp: HelpPoint, table: 'sessions' | 'tickets') =>
    hp.db.prepare(`SELECT business_day AS day, visitor_name AS name, visitor_phone AS phone FROM ${table} ORDER BY business_day`).all() as { day: string; name: string | null; phone: string | null }[];

  it('erases names and phones after 30 days and deletes sessions after 24 months, keeping the categories in between', async () => {
    const { hp, staff } = await setup('2026-11-23T03:00:00Z');
    insertSessions(hp.db, [personalDay('2024-10-01', 1), personalDay('2024-12-01', 1), personalDay('2026-10-20', 1), personalDay('2026-10-24', 1), personalDay('2026-10-25', 1)]);
    hp.db.prepare("INSERT INTO feedback (business_day, at, rating) VALUES ('2024-10-01', '2024-10-01T03:00:00Z', 'okay')").run();
    const result = (await hp.dispatch('staff.runRetention', {}, staff)) as { ok: true; value: RetentionReport };
    expect(result.value).toMatchObject({ sessionsDeleted: 1 });
    expect(personal(hp, 'sessions')).toEqual([
      { day: '2024-12-01', name: null, phone: null },
      { day: '2026-10-20', name: null, phone: null },
      { day: '2026-10-24', name: 'Lê Thị Hoa', phone: '0912345678' },
      { day: '2026-10-25', name: 'Lê Thị Hoa', phone: '0912345678' },
    ]);
    expect(personal(hp, 'tickets').map((t) => [t.day, t.name])).toEqual([
      ['2024-12-01', null],
      ['2026-10-20', null],
      ['2026-10-24', 'Lê Thị Hoa'],
      ['2026-10-25', 'Lê Thị Hoa'],
    ]);
    // The categories of the kept sessions are intact.
    const kept = hp.db.prepare('SELECT business_day, services, outcome, age_band, consent_at IS NOT NULL AS consent FROM sessions ORDER BY business_day').all();
    expect(kept).toEqual(
      ['2024-12-01', '2026-10-20', '2026-10-24', '2026-10-25'].map((d) => ({ business_day: d, services: '["sample-guide"]', outcome: 'done-assisted', age_band: '70-79', consent: 1 })),
    );
    expect(hp.db.prepare("SELECT COUNT(*) AS n FROM feedback WHERE business_day < '2024-11-23'").get()).toEqual({ n: 0 });
    expect(hp.db.prepare("SELECT COUNT(*) AS n FROM business_days WHERE day = '2024-10-01'").get()).toEqual({ n: 0 });
    const audit = hp.db.prepare("SELECT actor, detail FROM audit_log WHERE action = 'retention.run' ORDER BY id DESC LIMIT 1").get() as { actor: string; detail: string };
    expect(audit.actor).toBe('staff');
    expect(JSON.parse(audit.detail)).toMatchObject({ personalErased: 6, sessionsDeleted: 1, personalCutoff: '2026-10-24', sessionCutoff: '2024-11-23' });
  });

  it('runs by itself at start, with the periods staff set', async () => {
    const { hp, clock, dir, staff } = await setup('2026-11-23T03:00:00Z');
    expect(await hp.dispatch('staff.updateSettings', { personalRetentionDays: 7, sessionRetentionMonths: 1 }, staff)).toMatchObject({ ok: true });
    insertSessions(hp.db, [personalDay('2026-10-01', 1), personalDay('2026-11-10', 1), personalDay('2026-11-20', 1)]);
    hp.close();
    points.splice(points.indexOf(hp), 1);
    clock.advance(86_400_000);
    const again = openHelpPoint({ dataDir: dir, assetsDir: FIXTURE_ASSETS, clock, log: () => undefined });
    points.push(again);
    expect(personal(again, 'sessions')).toEqual([
      { day: '2026-11-10', name: null, phone: null },
      { day: '2026-11-20', name: 'Lê Thị Hoa', phone: '0912345678' },
    ]);
    expect(again.db.prepare("SELECT actor FROM audit_log WHERE action = 'retention.run' ORDER BY id DESC LIMIT 1").get()).toEqual({ actor: 'retention-job' });
  });

  it('shows or erases one visitor’s personal fields on request, by ticket number and day, audited', async () => {
    const { hp, staff } = await setup('2026-11-23T03:00:00Z');
    insertSessions(hp.db, [personalDay('2026-11-22', 7), personalDay('2026-11-23', 7)]);
    const found = (await hp.dispatch('staff.findVisitor', { day: '2026-11-22', ticket: 'a007' }, staff)) as { ok: true; value: VisitorRecord };
    expect(found.value).toMatchObject({ ticket: 'A007', name: 'Lê Thị Hoa', phone: '0912345678', sessions: 1 });
    expect(await hp.dispatch('staff.findVisitor', { day: '2026-11-22', ticket: '7' }, staff)).toMatchObject({ ok: true, value: { ticket: 'A007' } });
    expect(await hp.dispatch('staff.findVisitor', { day: '2026-11-21', ticket: '7' }, staff)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const erased = (await hp.dispatch('staff.eraseVisitor', { day: '2026-11-22', ticket: 'A007' }, staff)) as { ok: true; value: VisitorRecord };
    expect(erased.value).toMatchObject({ name: null, phone: null });
    // Only that visitor: the same number on another day keeps its fields.
    expect(personal(hp, 'sessions')).toEqual([
      { day: '2026-11-22', name: null, phone: null },
      { day: '2026-11-23', name: 'Lê Thị Hoa', phone: '0912345678' },
    ]);
    const actions = (hp.db.prepare("SELECT action, detail FROM audit_log WHERE action LIKE 'privacy.%' ORDER BY id").all() as { action: string; detail: string }[]).map((a) => a.action);
    expect(actions).toEqual(['privacy.visitor.export', 'privacy.visitor.export', 'privacy.visitor.erase']);
    expect(JSON.stringify(hp.db.prepare("SELECT detail FROM audit_log WHERE action LIKE 'privacy.%'").all())).not.toContain('Hoa');
  });

  it('counts months on the calendar', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-11-23', -24)).toBe('2024-11-23');
  });
});
