import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHelpPoint, type HelpPoint } from '../../core/help-point';
import { FIXTURE_ASSETS, makeTempDir } from '../support/temp-dirs';
import type { CallContext } from '../../core/dispatcher';
import type { EventMessage } from '../../contract/events';

const DESK: CallContext = { role: 'volunteer', actor: 'desk' };
const KIOSK: CallContext = { role: 'visitor', actor: 'kiosk' };
const MIN = 60_000;

/** 09:00 in Hà Nội on 4 March 2025. */
const MORNING = Date.parse('2025-03-04T02:00:00Z');

describe('the queue service through the dispatcher', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let point: HelpPoint;
  let now = MORNING;
  let events: EventMessage[];

  async function call<T = unknown>(method: string, input: unknown = {}, ctx: CallContext = DESK): Promise<T> {
    const result = await point.dispatch(method, input, ctx);
    if (!result.ok) throw Object.assign(new Error(`${method}: ${result.error.messageKey}`), { error: result.error });
    return result.value as T;
  }
  async function failureOf(method: string, input: unknown, ctx: CallContext = DESK) {
    const result = await point.dispatch(method, input, ctx);
    if (result.ok) throw new Error(`${method} should have failed`);
    return result.error;
  }
  const issue = (category = 'sample-guide', priorityReason: string | null = null) =>
    call<{ id: number; displayNumber: string; peopleAhead: number; estimatedWaitMinutes: number | null; serviceTitle: { vi: string }; takeHomeLink: string | null }>(
      'queue.issueTicket',
      { category, priorityReason },
      KIOSK,
    );
  const deskIds = async () => (await call<{ desks: { id: number; label: string }[] }>('desk.overview')).desks.map((d) => d.id);

  beforeEach(() => {
    temp = makeTempDir();
    now = MORNING;
    point = openHelpPoint({ dataDir: temp.dir, assetsDir: FIXTURE_ASSETS, clock: { now: () => new Date(now) }, log: () => undefined });
    events = [];
    point.events.subscribe((m) => events.push(m));
  });
  afterEach(() => {
    point.close();
    temp.cleanup();
  });

  it('numbers tickets in one daily series and says how many are ahead and about how long', async () => {
    const [d1] = await deskIds();
    await call('desk.signIn', { deskId: d1, name: 'Nguyễn Văn An', team: 'Đoàn thanh niên' });
    const first = await issue();
    expect(first).toMatchObject({ displayNumber: 'A001', peopleAhead: 0, estimatedWaitMinutes: 0, serviceTitle: { vi: 'Hướng dẫn mẫu' }, takeHomeLink: 'https://vneid.gov.vn' });
    const second = await issue('other');
    // One desk, the seeded 10 minutes per visitor.
    expect(second).toMatchObject({ displayNumber: 'A002', peopleAhead: 1, estimatedWaitMinutes: 10, takeHomeLink: null });
    const priority = await issue('other', 'age60');
    expect(priority).toMatchObject({ displayNumber: 'A003', peopleAhead: 0 });
    expect(events.filter((e) => e.payload.reason === 'issued')).toHaveLength(3);
  });

  it('calls fairly, stores the reason of every call, and never hands a busy desk a second visitor', async () => {
    const [d1, d2] = await deskIds();
    await call('desk.signIn', { deskId: d1, name: 'An', team: 'Đoàn' });
    await call('desk.signIn', { deskId: d2, name: 'Bình', team: 'Tổ CNSCĐ' });
    const a = await issue();
    now += MIN;
    const b = await issue('other', 'disability');
    const first = await call<{ ticket: { id: number; dispatchReason: string; deskLabel: string; status: string } }>('queue.callNext', { deskId: d1 });
    expect(first.ticket).toMatchObject({ id: b.id, dispatchReason: 'priority', deskLabel: '1', status: 'called' });
    expect(await failureOf('queue.callNext', { deskId: d1 })).toMatchObject({ code: 'conflict', messageKey: 'error.desk_busy' });
    const second = await call<{ ticket: { id: number; dispatchReason: string } }>('queue.callNext', { deskId: d2 });
    expect(second.ticket).toMatchObject({ id: a.id, dispatchReason: 'fifo' });
    expect((await call<{ ticket: null }>('queue.callNext', { deskId: d2 }).catch((e: { error: unknown }) => e.error))).toMatchObject({ messageKey: 'error.desk_busy' });

    const rows = point.db.prepare("SELECT ticket_id, kind, desk_id, detail FROM ticket_events WHERE kind = 'called' ORDER BY id").all();
    expect(rows).toEqual([
      { ticket_id: b.id, kind: 'called', desk_id: d1, detail: JSON.stringify({ reason: 'priority', priority: true }) },
      { ticket_id: a.id, kind: 'called', desk_id: d2, detail: JSON.stringify({ reason: 'fifo', priority: false }) },
    ]);
    const audit = point.db.prepare("SELECT actor, action FROM audit_log WHERE action = 'queue.call' ORDER BY id").all();
    expect(audit).toEqual([
      { actor: 'desk 1', action: 'queue.call' },
      { actor: 'desk 2', action: 'queue.call' },
    ]);
  });

  it('refuses desk actions from a desk nobody signed in to, and from the visitor screen', async () => {
    const [d1] = await deskIds();
    await issue();
    expect(await failureOf('queue.callNext', { deskId: d1 })).toMatchObject({ messageKey: 'error.desk_not_signed_in' });
    expect(await failureOf('queue.callNext', { deskId: d1 }, KIOSK)).toMatchObject({ code: 'forbidden' });
    expect(await failureOf('desk.overview', {}, KIOSK)).toMatchObject({ code: 'forbidden' });
  });

  it('recalls, marks no-show only after the set number of calls, and puts back at the original time', async () => {
    const [d1] = await deskIds();
    await call('desk.signIn', { deskId: d1, name: 'An', team: '' });
    const a = await issue();
    now += 5 * MIN;
    const b = await issue();
    await call('queue.callNext', { deskId: d1 });
    expect(await failureOf('queue.noShow', { deskId: d1, ticketId: a.id })).toMatchObject({ messageKey: 'error.noshow_too_early' });
    const seqBefore = (await call<{ lastCall: { seq: number } }>('queue.board', {}, KIOSK)).lastCall.seq;
    const recalled = await call<{ callCount: number }>('queue.recall', { deskId: d1, ticketId: a.id });
    expect(recalled.callCount).toBe(2);
    // The board announces again: a new call sequence number.
    expect((await call<{ lastCall: { seq: number; displayNumber: string } }>('queue.board', {}, KIOSK)).lastCall).toMatchObject({ displayNumber: 'A001' });
    expect((await call<{ lastCall: { seq: number } }>('queue.board', {}, KIOSK)).lastCall.seq).toBeGreaterThan(seqBefore);
    expect(await call('queue.noShow', { deskId: d1, ticketId: a.id })).toMatchObject({ status: 'no-show' });
    const overview = await call<{ missed: { id: number }[]; waiting: { id: number }[] }>('desk.overview');
    expect(overview.missed.map((t) => t.id)).toEqual([a.id]);
    await call('queue.putBack', { deskId: d1, ticketId: a.id });
    // Back in line ahead of B, who came later.
    const next = await call<{ ticket: { id: number } }>('queue.callNext', { deskId: d1 });
    expect(next.ticket.id).toBe(a.id);
    expect(b.id).toBeGreaterThan(a.id);
  });

  it('transfers to another desk or category, keeping the original issue time', async () => {
    const [d1, d2] = await deskIds();
    await call('desk.signIn', { deskId: d1, name: 'An', team: '' });
    await call('desk.signIn', { deskId: d2, name: 'Bình', team: '' });
    const a = await issue();
    now += MIN;
    const b = await issue();
    await call('queue.callNext', { deskId: d1 });
    const moved = await call<{ status: string; assignedDeskId: number; category: string; issuedAt: string }>('queue.transfer', { deskId: d1, ticketId: a.id, toDeskId: d2, toCategory: 'other' });
    expect(moved).toMatchObject({ status: 'waiting', assignedDeskId: d2, category: 'other', issuedAt: new Date(MORNING).toISOString() });
    // Desk 1 skips a ticket sent to desk 2; desk 2 gets it first because it was issued first.
    expect((await call<{ ticket: { id: number } }>('queue.callNext', { deskId: d1 })).ticket.id).toBe(b.id);
    expect((await call<{ ticket: { id: number } }>('queue.callNext', { deskId: d2 })).ticket.id).toBe(a.id);
    const detail = point.db.prepare("SELECT detail FROM ticket_events WHERE kind = 'transferred'").get() as { detail: string };
    expect(JSON.parse(detail.detail)).toMatchObject({ fromDeskId: d1, toDeskId: d2, fromCategory: 'sample-guide', toCategory: 'other' });
  });

  it('records a session with computed waiting and service times, and contact details only with consent', async () => {
    const [d1] = await deskIds();
    await call('desk.signIn', { deskId: d1, name: 'An', team: 'Đoàn' });
    const a = await issue('sample-guide', 'age60');
    now += 12 * MIN;
    await call('queue.callNext', { deskId: d1 });
    now += 1 * MIN;
    const started = await call<{ sessionId: number }>('queue.startSession', { deskId: d1, ticketId: a.id });
    now += 20 * MIN;
    const record = {
      services: ['sample-guide', 'other'],
      outcome: 'not-done',
      reasonCode: 'no-otp',
      referralTo: 'commune-police',
      counters: { vneidActivated: true, scamReported: false },
      targetGroup: 'citizen',
      ageBand: '70-79',
      sex: 'female',
      priorityFlags: ['elderly'],
      note: 'Hẹn quay lại',
      visitorName: 'Trần Thị Bích',
    };
    expect(await failureOf('queue.finishSession', { deskId: d1, ticketId: a.id, record })).toMatchObject({ code: 'invalid_input' });
    expect(await failureOf('queue.finishSession', { deskId: d1, ticketId: a.id, record: { ...record, visitorName: null, reasonCode: null } })).toMatchObject({ code: 'invalid_input' });
    const finished = await call('queue.finishSession', { deskId: d1, ticketId: a.id, record: { ...record, consent: true } });
    expect(finished).toEqual({ sessionId: started.sessionId, ticketId: a.id, waitSeconds: 12 * 60, serviceSeconds: 20 * 60 });
    const row = point.db.prepare('SELECT * FROM sessions WHERE id = ?').get(started.sessionId);
    expect(row).toMatchObject({
      wait_seconds: 720,
      service_seconds: 1200,
      services: '["sample-guide","other"]',
      outcome: 'not-done',
      reason_code: 'no-otp',
      referral_to: 'commune-police',
      vneid_activated: 1,
      scam_reported: 0,
      target_group: 'citizen',
      age_band: '70-79',
      sex: 'female',
      priority_flags: '["elderly"]',
      note: 'Hẹn quay lại',
      visitor_name: 'Trần Thị Bích',
      consent_at: new Date(now).toISOString(),
      dispatch_reason: 'priority',
    });
    expect(point.db.prepare('SELECT status FROM tickets WHERE id = ?').get(a.id)).toEqual({ status: 'done' });
    const audit = point.db.prepare("SELECT detail FROM audit_log WHERE action = 'session.finish'").get() as { detail: string };
    expect(audit.detail).not.toContain('Bích');
    // The recorded 20 minutes now drive the estimate only after enough sessions; one is not enough.
    expect((await call<{ servedToday: number }>('desk.overview')).servedToday).toBe(1);
  });

  it('learns the service time from recent sessions', async () => {
    const [d1] = await deskIds();
    await call('desk.signIn', { deskId: d1, name: 'An', team: '' });
    const minimal = { services: ['other'], outcome: 'done-assisted' };
    for (let i = 0; i < 3; i++) {
      const t = await issue('other');
      await call('queue.callNext', { deskId: d1 });
      await call('queue.startSession', { deskId: d1, ticketId: t.id });
      now += 30 * MIN;
      await call('queue.finishSession', { deskId: d1, ticketId: t.id, record: minimal });
    }
    await issue('other');
    const behind = await issue('other');
    expect(behind).toMatchObject({ peopleAhead: 1, estimatedWaitMinutes: 30 });
  });

  it('closes yesterday’s open tickets at local midnight and starts numbering again, whatever the machine zone', async () => {
    const [d1] = await deskIds();
    now = Date.parse('2025-03-04T16:50:00Z'); // 23:50 in Hà Nội
    await call('desk.signIn', { deskId: d1, name: 'An', team: '' });
    const late = await issue();
    await issue();
    await call('queue.callNext', { deskId: d1 });
    expect(late.displayNumber).toBe('A001');
    events.length = 0;
    now = Date.parse('2025-03-04T17:10:00Z'); // 00:10 on 5 March in Hà Nội, still 4 March in UTC
    const board = await call<{ next: string[]; nowServing: unknown[]; waitingCount: number }>('queue.board', {}, KIOSK);
    expect(board).toMatchObject({ next: [], nowServing: [], waitingCount: 0 });
    expect(events.map((e) => e.payload.reason)).toContain('day-rollover');
    const closed = point.db.prepare("SELECT display_number, status, closed_reason FROM tickets WHERE business_day = '2025-03-04' ORDER BY id").all();
    expect(closed).toEqual([
      { display_number: 'A001', status: 'closed', closed_reason: 'day-ended' },
      { display_number: 'A002', status: 'closed', closed_reason: 'day-ended' },
    ]);
    expect(point.db.prepare("SELECT COUNT(*) AS n FROM ticket_events WHERE kind = 'closed'").get()).toEqual({ n: 2 });
    expect(point.db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'queue.dayEnded'").get()).toEqual({ n: 1 });
    // The overnight desk is signed out; the new day starts at A001.
    expect(await failureOf('queue.callNext', { deskId: d1 })).toMatchObject({ messageKey: 'error.desk_not_signed_in' });
    expect((await issue()).displayNumber).toBe('A001');
  });

  it('keeps the waiting visitors and their numbers when the PC clock is set back a day, then follows the clock again', async () => {
    const [d1] = await deskIds();
    await call('desk.signIn', { deskId: d1, name: 'An', team: '' });
    await issue();
    await issue();
    now = Date.parse('2025-03-03T08:00:00Z'); // the clock jumps back to 15:00 the day before
    const board = await call<{ next: string[]; waitingCount: number }>('queue.board', {}, KIOSK);
    expect(board).toMatchObject({ next: ['A001', 'A002'], waitingCount: 2 });
    // The series goes on; nobody is closed as "day ended".
    expect((await issue()).displayNumber).toBe('A003');
    expect(point.db.prepare("SELECT COUNT(*) AS n FROM tickets WHERE status = 'closed'").get()).toEqual({ n: 0 });
    for (let i = 0; i < 3; i++) {
      const called = await call<{ ticket: { id: number } }>('queue.callNext', { deskId: d1 });
      await call('queue.cancel', { deskId: d1, ticketId: called.ticket.id, reason: 'visitor-left' });
    }
    // With nobody left waiting on the later day, the queue follows the clock again.
    const next = await issue();
    expect(next.displayNumber).toBe('A001');
    expect(point.db.prepare('SELECT business_day FROM tickets WHERE id = ?').get(next.id)).toEqual({ business_day: '2025-03-03' });
  });

  it('shows the board numbers and desks only', async () => {
    const [d1] = await deskIds();
    await call('desk.signIn', { deskId: d1, name: 'An', team: '' });
    await issue('sample-guide', 'pregnant');
    await issue();
    await call('queue.callNext', { deskId: d1 });
    const board = await call<Record<string, unknown>>('queue.board', {}, KIOSK);
    expect(board).toMatchObject({ nowServing: [{ displayNumber: 'A001', desk: '1' }], next: ['A002'], waitingCount: 1, lastCall: { displayNumber: 'A001', desk: '1' }, languages: ['vi'] });
    expect(JSON.stringify(board)).not.toMatch(/pregnant|sample-guide|priority/);
  });
});
