import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHelpPoint, type HelpPoint } from '../../core/help-point';
import { FIXTURE_ASSETS, makeTempDir } from '../support/temp-dirs';
import type { CallContext } from '../../core/dispatcher';

const KIOSK: CallContext = { role: 'visitor', actor: 'kiosk' };
const STAFF: CallContext = { role: 'staff', actor: 'staff' };

/** 23:59:59 in Hà Nội on 4 March 2025 is 16:59:59 UTC; a second later it is the 5th there, still the 4th in UTC. */
const BEFORE_MIDNIGHT = Date.parse('2025-03-04T16:59:59Z');
const AFTER_MIDNIGHT = Date.parse('2025-03-04T17:00:01Z');

describe('visitor feedback through the dispatcher', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let point: HelpPoint;
  let now = BEFORE_MIDNIGHT;

  const rows = () => point.db.prepare('SELECT * FROM feedback ORDER BY id').all() as Record<string, unknown>[];

  beforeEach(() => {
    temp = makeTempDir();
    now = BEFORE_MIDNIGHT;
    // A real SQLite file in a temp folder, with a clock the test moves.
    point = openHelpPoint({ dataDir: temp.dir, assetsDir: FIXTURE_ASSETS, clock: { now: () => new Date(now) }, log: () => undefined });
  });
  afterEach(() => {
    point.close();
    temp.cleanup();
  });

  it('stores one row on the point’s local day either side of Hà Nội midnight, whatever UTC says', async () => {
    expect(await point.dispatch('feedback.submit', { rating: 'helpful', walkthroughId: 'sample-guide' }, KIOSK)).toEqual({ ok: true, value: { ok: true } });
    now = AFTER_MIDNIGHT;
    expect(await point.dispatch('feedback.submit', { rating: 'okay' }, KIOSK)).toEqual({ ok: true, value: { ok: true } });
    expect(rows()).toEqual([
      { id: 1, business_day: '2025-03-04', at: '2025-03-04T16:59:59.000Z', rating: 'helpful', walkthrough_id: 'sample-guide', session_id: null, rev: 1 },
      // UTC is still on the 4th; the point's day has turned.
      { id: 2, business_day: '2025-03-05', at: '2025-03-04T17:00:01.000Z', rating: 'okay', walkthrough_id: null, session_id: null, rev: 1 },
    ]);
  });

  it('follows the time zone in the point’s settings', async () => {
    expect(await point.dispatch('staff.updateSettings', { timeZone: 'UTC' }, STAFF)).toMatchObject({ ok: true });
    now = AFTER_MIDNIGHT;
    await point.dispatch('feedback.submit', { rating: 'not-helpful' }, KIOSK);
    expect(rows()[0]).toMatchObject({ business_day: '2025-03-04' });
  });

  it('keeps the rating but not a walkthrough id the catalog does not know', async () => {
    expect(await point.dispatch('feedback.submit', { rating: 'helpful', walkthroughId: 'no-such-guide' }, KIOSK)).toEqual({ ok: true, value: { ok: true } });
    expect(rows()).toEqual([expect.objectContaining({ rating: 'helpful', walkthrough_id: null })]);
  });

  it('refuses a rating outside the three, a malformed id and extra fields, storing nothing', async () => {
    for (const input of [{ rating: 'excellent' }, { rating: '' }, {}, { rating: 'okay', walkthroughId: 'Bad Id!' }, { rating: 'okay', name: 'Nguyễn Văn An' }, { rating: 'okay', sessionId: 1 }]) {
      const result = await point.dispatch('feedback.submit', input, KIOSK);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', messageKey: 'error.invalid_input' } });
    }
    expect(rows()).toEqual([]);
  });

  it('writes nothing that could identify the visitor', async () => {
    await point.dispatch('queue.issueTicket', { category: 'other', visitorName: 'Nguyễn Văn An', visitorPhone: '0912 345 678', consent: true }, KIOSK);
    await point.dispatch('feedback.submit', { rating: 'helpful', walkthroughId: 'sample-guide' }, KIOSK);
    const [row] = rows();
    // Only these columns exist, and the one that could link a person to a session stays empty.
    expect(Object.keys(row!).sort()).toEqual(['at', 'business_day', 'id', 'rating', 'rev', 'session_id', 'walkthrough_id']);
    expect(row!.session_id).toBeNull();
    expect(JSON.stringify(row)).not.toMatch(/Nguyễn|0912|kiosk/);
  });

  it('is counted in the staff totals of its day', async () => {
    await point.dispatch('feedback.submit', { rating: 'helpful' }, KIOSK);
    await point.dispatch('feedback.submit', { rating: 'helpful' }, KIOSK);
    now = AFTER_MIDNIGHT;
    await point.dispatch('feedback.submit', { rating: 'okay' }, KIOSK);
    const day4 = await point.dispatch('staff.totals', { from: '2025-03-04', to: '2025-03-04' }, STAFF);
    const day5 = await point.dispatch('staff.totals', { from: '2025-03-05' }, STAFF);
    expect(day4).toMatchObject({ ok: true, value: { feedback: { helpful: 2, okay: 0, 'not-helpful': 0 } } });
    expect(day5).toMatchObject({ ok: true, value: { feedback: { helpful: 0, okay: 1, 'not-helpful': 0 } } });
  });

  it('is open to the visitor screen, no PIN needed', async () => {
    const volunteer: CallContext = { role: 'volunteer', actor: 'desk' };
    expect(await point.dispatch('feedback.submit', { rating: 'okay' }, volunteer)).toMatchObject({ ok: true });
  });
});
