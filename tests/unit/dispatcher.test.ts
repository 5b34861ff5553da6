import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHelpPoint, type HelpPoint } from '../../core/help-point';
import { FIXTURE_ASSETS, makeTempDir } from '../support/temp-dirs';
import type { EventMessage } from '../../contract/events';

describe('the dispatcher', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let hp: HelpPoint;
  const visitor = { role: 'visitor' as const, actor: 'kiosk' };
  const volunteer = { role: 'volunteer' as const, actor: 'desk' };

  beforeEach(() => {
    temp = makeTempDir();
    hp = openHelpPoint({ dataDir: temp.dir, assetsDir: FIXTURE_ASSETS, log: () => undefined });
  });
  afterEach(() => {
    hp.close();
    temp.cleanup();
  });

  it('refuses a method that is not in the contract', async () => {
    expect(await hp.dispatch('queue.deleteEverything', {}, volunteer)).toEqual({ ok: false, error: { code: 'unknown_method', messageKey: 'error.unknown_method' } });
    expect(await hp.dispatch('constructor', {}, volunteer)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('refuses input that does not match the schema, naming the field', async () => {
    const result = await hp.dispatch('queue.issueTicket', { category: 'Robert"); DROP TABLE tickets;--' }, visitor);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.messageKey).toBe('error.invalid_input');
    expect(result.error.issues?.[0]?.path).toBe('category');
    const extra = await hp.dispatch('queue.issueTicket', { category: 'other', admin: true }, visitor);
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses a visitor calling a desk method', async () => {
    expect(await hp.dispatch('queue.waiting', {}, visitor)).toEqual({ ok: false, error: { code: 'forbidden', messageKey: 'error.forbidden' } });
  });

  it('turns an expected service failure into a message key', async () => {
    expect(await hp.dispatch('catalog.get', { id: 'no-such-guide' }, visitor)).toEqual({ ok: false, error: { code: 'not_found', messageKey: 'error.walkthrough_not_found' } });
    expect(await hp.dispatch('queue.issueTicket', { category: 'not-a-category' }, visitor)).toMatchObject({ ok: false, error: { messageKey: 'error.unknown_category' } });
  });

  it('issues numbered tickets, stores them, and tells every listener', async () => {
    const heard: EventMessage[] = [];
    hp.events.subscribe((m) => heard.push(m));
    const first = await hp.dispatch('queue.issueTicket', { category: 'sample-guide' }, visitor);
    const second = await hp.dispatch('queue.issueTicket', { category: 'other', priorityReason: 'age60' }, visitor);
    expect(first).toMatchObject({ ok: true, value: { displayNumber: 'A001', peopleAhead: 0 } });
    // Aged 60+: the queue rule puts A002 ahead of A001 (queue issue), so nobody is ahead of it.
    expect(second).toMatchObject({ ok: true, value: { displayNumber: 'A002', peopleAhead: 0 } });
    expect(heard.map((m) => m.event)).toEqual(['queue.changed', 'queue.changed']);
    const waiting = await hp.dispatch('queue.waiting', {}, volunteer);
    expect(waiting).toMatchObject({ ok: true, value: [{ displayNumber: 'A002', priorityReason: 'age60' }, { displayNumber: 'A001', source: 'kiosk' }] });
  });

  it('hands back plain JSON values', async () => {
    const result = await hp.dispatch('catalog.get', { id: 'sample-guide' }, visitor);
    expect(result.ok).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('reports an unexpected failure as internal without leaking details', async () => {
    const logs: string[] = [];
    const broken = openHelpPoint({ dataDir: makeTempDir().dir, assetsDir: FIXTURE_ASSETS, log: (m) => logs.push(m) });
    broken.db.exec('DROP TABLE ticket_events');
    const result = await broken.dispatch('queue.issueTicket', { category: 'other' }, visitor);
    expect(result).toEqual({ ok: false, error: { code: 'internal', messageKey: 'error.internal' } });
    expect(logs.join('\n')).toMatch(/internal error in queue.issueTicket/);
    // The failed call left no half-issued ticket behind.
    expect(broken.db.prepare('SELECT COUNT(*) AS n FROM tickets').get()).toEqual({ n: 0 });
    broken.close();
  });
});
