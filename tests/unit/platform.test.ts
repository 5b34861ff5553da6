import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Walkthrough } from '../../contract/walkthrough';
import type { IssuedTicket } from '../../contract/dto';
import type { CallResult } from '../../contract/errors';
import type { EventMessage } from '../../contract/events';
import { CallFailed, createClient, messageKeyOf } from '../../renderer/platform/client';
import { createFakePlatform } from '../../renderer/platform/fake';
import { printStepsSummary, printTicket } from '../../renderer/print/print';

/** The client skeleton both shells share, the fake that stands in for them, and how the print buttons reach the platform. */

describe('the client skeleton', () => {
  it('sends the staff token with every call once set, and unwraps the result', async () => {
    const sent: { method: string; input: unknown; token: string | null }[] = [];
    const client = createClient(
      async (method, input, token): Promise<CallResult<unknown>> => {
        sent.push({ method, input, token });
        return { ok: true, value: { today: '2025-03-04' } };
      },
      () => undefined,
    );
    expect((await client.call('app.info', {})).today).toBe('2025-03-04');
    client.setStaffToken('t0k3n');
    await client.call('staff.settings', {});
    client.setStaffToken(null);
    await client.call('app.info', {});
    expect(sent.map((s) => s.token)).toEqual([null, 't0k3n', null]);
  });

  it('fails one way: the core’s own error, or "unavailable" when the transport itself fails', async () => {
    const refused = createClient(async () => ({ ok: false, error: { code: 'forbidden', messageKey: 'error.forbidden' } }), () => undefined);
    const error = await refused.call('app.info', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CallFailed);
    expect(messageKeyOf(error)).toBe('error.forbidden');

    const gone = createClient(() => Promise.reject(new TypeError('Failed to fetch')), () => undefined);
    expect(messageKeyOf(await gone.call('app.info', {}).catch((e: unknown) => e))).toBe('error.unavailable');
    expect(messageKeyOf(new Error('anything else'))).toBe('error.unavailable');
  });

  it('routes events to the listeners of that event until they unsubscribe', () => {
    let push: (m: EventMessage) => void = () => undefined;
    const client = createClient(async () => ({ ok: true, value: null }), (dispatch) => (push = dispatch));
    const heard: string[] = [];
    const off = client.on('queue.changed', (p) => heard.push(p.reason));
    push({ event: 'queue.changed', payload: { reason: 'issued' } });
    off();
    push({ event: 'queue.changed', payload: { reason: 'called' } });
    expect(heard).toEqual(['issued']);
  });
});

describe('the fake platform', () => {
  it('answers from its handlers, fails an unknown method as the core does, and records calls', async () => {
    const platform = createFakePlatform({ 'catalog.list': () => [] });
    expect(await platform.call('catalog.list', {})).toEqual([]);
    expect(messageKeyOf(await platform.call('app.info', {}).catch((e: unknown) => e))).toBe('error.unknown_method');
    expect(platform.calls.map((c) => c.method)).toEqual(['catalog.list', 'app.info']);
  });

  it('saves an export only with a staff token, which it adds itself', async () => {
    const platform = createFakePlatform();
    const request = { from: '2025-03-04', to: '2025-03-04', formats: ['csv' as const], includePersonal: false, withSummaryPdf: false };
    expect(await platform.saveExport!(request)).toEqual({ saved: false });
    platform.setStaffToken('t0k3n');
    expect((await platform.saveExport!(request)).saved).toBe(true);
    expect(platform.saved).toEqual([{ ...request, staffToken: 't0k3n' }]);
  });
});

describe('printing through the platform', () => {
  const ticket: IssuedTicket = {
    id: 12,
    displayNumber: 'A012',
    category: 'other',
    issuedAt: '2025-03-04T02:05:00.000Z',
    peopleAhead: 3,
    estimatedWaitMinutes: 15,
    serviceTitle: { vi: 'Việc khác', en: 'Something else' },
    takeHomeLink: null,
    pointName: 'Điểm <thử>',
    timeZone: 'Asia/Ho_Chi_Minh',
  };

  it('hands the ticket to the platform as one job: a whole document and the body with its sheet', async () => {
    const platform = createFakePlatform();
    await printTicket(platform, ticket);
    const [printed] = platform.printed;
    expect(printed?.kind).toBe('ticket');
    expect(printed?.job.document).toMatch(/^<!doctype html><html lang="vi">.*<title>A012<\/title>.*@page \{ size: 80mm 150mm/s);
    expect(printed?.job.document).toContain(printed?.job.bodyHtml);
    expect(printed?.job.bodyHtml).toContain('Điểm &lt;thử&gt;');
    expect(printed?.job.bodyHtml).toMatch(/<div class="qr" role="img" aria-label="QR"><svg /);
    expect(printed?.job.css).toContain('.dhp-ticket');
  });

  it('prints the summary at its estimated height, and never throws when the printer fails', async () => {
    const folder = path.resolve(import.meta.dirname, '../../assets/walkthroughs');
    const file = fs.readdirSync(folder).filter((f) => f.endsWith('.json')).sort()[0]!;
    const walkthrough = Walkthrough.parse(JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')));
    const opts = { pointName: 'Điểm thử', timeZone: 'Asia/Ho_Chi_Minh', now: new Date('2025-03-04T02:05:00Z') };
    const platform = createFakePlatform();
    await printStepsSummary(platform, walkthrough, 'en', opts);
    const [printed] = platform.printed;
    expect(printed?.kind).toBe('receipt');
    expect(printed?.job.css).toContain(`@page { size: 80mm ${printed?.heightMm}mm; margin: 0; }`);
    expect(printed?.job.document).toContain('<html lang="en">');

    const jammed = { printTicket: () => Promise.reject(new Error('jam')), printReceipt: () => Promise.resolve({ ok: false, reason: 'no paper' }) };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(printTicket(jammed, ticket)).resolves.toBeUndefined();
    await expect(printStepsSummary(jammed, walkthrough, 'vi', opts)).resolves.toBeUndefined();
    // Only the log hears of it.
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual(['printTicket: print failed', 'printStepsSummary: print failed (no paper)']);
    warn.mockRestore();
  });
});
