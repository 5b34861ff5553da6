import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURE_ASSETS, makeTempDir, PROJECT_ROOT } from '../support/temp-dirs';
import { callOverHttp, deskKeyOf, startHostProcess, visitorKeyOf, type HostProcess } from '../support/host-process';

/** The real host, over HTTP, on real data files: the desk's guarantees end to end. */

type Call = (method: string, input?: unknown) => Promise<unknown>;

function clients(host: HostProcess, visitorKey: string): { desk: Call; kiosk: Call } {
  const make = (key: string): Call => async (method, input = {}) => {
    const { body } = await callOverHttp(host.info.origin, key, method, input);
    if (!body.ok) throw new Error(`${method} failed: ${body.error?.messageKey}`);
    return body.value;
  };
  return { desk: make(deskKeyOf(host.info)), kiosk: make(visitorKey) };
}

async function deskIdsOf(desk: Call): Promise<number[]> {
  return ((await desk('desk.overview')) as { desks: { id: number }[] }).desks.map((d) => d.id);
}

describe('the queue through the real host', () => {
  const hosts: HostProcess[] = [];
  const temps: { cleanup(): void }[] = [];
  const newDir = () => {
    const t = makeTempDir('dhp-queue-');
    temps.push(t);
    return t.dir;
  };
  const start = async (dataDir: string, extraArgs: string[] = []) => {
    const h = await startHostProcess({ dataDir, assetsDir: FIXTURE_ASSETS, extraArgs });
    hosts.push(h);
    return h;
  };

  beforeAll(() => {
    if (!fs.existsSync(path.join(PROJECT_ROOT, 'dist', 'browser-shell', 'main.mjs'))) throw new Error('The host is not built: run `npm run build` first.');
  });
  afterEach(async () => {
    await Promise.all(hosts.splice(0).map((h) => h.kill('SIGKILL')));
  });
  afterAll(() => temps.forEach((t) => t.cleanup()));

  it('never gives two desks pressing "call next" at once the same ticket — one host, parallel requests', async () => {
    const host = await start(newDir());
    const { desk, kiosk } = clients(host, await visitorKeyOf(host.info));
    const [d1, d2] = await deskIdsOf(desk);
    await desk('desk.signIn', { deskId: d1, name: 'An', team: 'Đoàn' });
    await desk('desk.signIn', { deskId: d2, name: 'Bình', team: 'Đoàn' });
    const seen = new Set<number>();
    for (let round = 0; round < 30; round++) {
      // Sometimes one ticket for two desks, sometimes two.
      const tickets = round % 3 === 0 ? 1 : 2;
      for (let i = 0; i < tickets; i++) await kiosk('queue.issueTicket', { category: 'other', priorityReason: i === 1 ? 'age60' : null });
      const results = (await Promise.all([desk('queue.callNext', { deskId: d1 }), desk('queue.callNext', { deskId: d2 })])) as { ticket: { id: number } | null }[];
      const got = results.map((r) => r.ticket?.id).filter((id): id is number => id !== undefined);
      expect(got).toHaveLength(tickets);
      for (const id of got) {
        expect(seen.has(id)).toBe(false);
        seen.add(id);
      }
      for (const [i, r] of results.entries()) if (r.ticket) await desk('queue.cancel', { deskId: [d1, d2][i], ticketId: r.ticket.id, reason: 'other' });
    }
    expect(seen.size).toBe(50);
  });

  it('never gives the same ticket to two desks served by two host processes on the same data file', async () => {
    const dir = newDir();
    const a = await start(dir);
    const b = await start(dir);
    const hostA = clients(a, await visitorKeyOf(a.info));
    const hostB = clients(b, await visitorKeyOf(b.info));
    const [d1, d2] = await deskIdsOf(hostA.desk);
    await hostA.desk('desk.signIn', { deskId: d1, name: 'An', team: '' });
    await hostB.desk('desk.signIn', { deskId: d2, name: 'Bình', team: '' });
    const seen: number[] = [];
    for (let round = 0; round < 25; round++) {
      await hostA.kiosk('queue.issueTicket', { category: 'other' });
      if (round % 2) await hostB.kiosk('queue.issueTicket', { category: 'other' });
      const [ra, rb] = (await Promise.all([hostA.desk('queue.callNext', { deskId: d1 }), hostB.desk('queue.callNext', { deskId: d2 })])) as { ticket: { id: number } | null }[];
      const got = [ra!.ticket?.id, rb!.ticket?.id].filter((id): id is number => id !== undefined);
      expect(got).toHaveLength(round % 2 ? 2 : 1);
      seen.push(...got);
      if (ra!.ticket) await hostA.desk('queue.cancel', { deskId: d1, ticketId: ra!.ticket.id });
      if (rb!.ticket) await hostB.desk('queue.cancel', { deskId: d2, ticketId: rb!.ticket.id });
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(37);
    // Every ticket issued through either process was called exactly once: none left waiting.
    expect(((await hostA.desk('desk.overview')) as { waiting: unknown[] }).waiting).toEqual([]);
  });

  it('shows the same desk and board state after the host is killed mid-queue', async () => {
    const dir = newDir();
    const first = await start(dir);
    const one = clients(first, await visitorKeyOf(first.info));
    const [d1, d2] = await deskIdsOf(one.desk);
    await one.desk('desk.signIn', { deskId: d1, name: 'Nguyễn Văn An', team: 'Đoàn thanh niên' });
    await one.desk('desk.signIn', { deskId: d2, name: 'Lê Bình', team: 'Tổ CNSCĐ' });
    for (const reason of [null, 'age60', null, 'disability', null]) await one.kiosk('queue.issueTicket', { category: 'sample-guide', priorityReason: reason });
    const called = (await one.desk('queue.callNext', { deskId: d1 })) as { ticket: { id: number } };
    await one.desk('queue.startSession', { deskId: d1, ticketId: called.ticket.id });
    const second = (await one.desk('queue.callNext', { deskId: d2 })) as { ticket: { id: number } };
    await one.desk('queue.recall', { deskId: d2, ticketId: second.ticket.id });
    const deskBefore = await one.desk('desk.overview');
    const boardBefore = await one.kiosk('queue.board');

    await first.kill('SIGKILL');
    const restarted = await start(dir);
    const two = clients(restarted, await visitorKeyOf(restarted.info));
    // Estimates move with the clock; everything else must be exactly as confirmed before the kill.
    const stable = (v: unknown) => JSON.parse(JSON.stringify(v), (k, val: unknown) => (k === 'estimatedWaitMinutes' ? null : val));
    expect(stable(await two.desk('desk.overview'))).toEqual(stable(deskBefore));
    expect(await two.kiosk('queue.board')).toEqual(boardBefore);
    // And work carries on: the session started before the kill can be finished.
    await two.desk('queue.finishSession', { deskId: d1, ticketId: called.ticket.id, record: { services: ['sample-guide'], outcome: 'done-assisted' } });
    expect(((await two.desk('desk.overview')) as { servedToday: number }).servedToday).toBe(1);
  });

  it('rolls over at midnight in Hà Nội while the host runs in UTC', async () => {
    const savedTz = process.env.TZ;
    process.env.TZ = 'UTC'; // inherited by the host process
    try {
      // Local midnight in Hà Nội is 17:00 UTC; start the host's clock 8 s before the next one.
      const nowMs = Date.now();
      let midnight = Date.UTC(new Date(nowMs).getUTCFullYear(), new Date(nowMs).getUTCMonth(), new Date(nowMs).getUTCDate(), 17, 0, 0);
      if (midnight - nowMs < 60_000) midnight += 86_400_000;
      const offset = midnight - 8_000 - nowMs;
      const startedAt = Date.now();
      const host = await start(newDir(), ['--clock-offset-ms', String(offset)]);
      const { desk, kiosk } = clients(host, await visitorKeyOf(host.info));
      const before = (await kiosk('app.info')) as { today: string };
      const [d1] = await deskIdsOf(desk);
      await desk('desk.signIn', { deskId: d1, name: 'An', team: '' });
      const late = (await kiosk('queue.issueTicket', { category: 'other' })) as { displayNumber: string };
      await kiosk('queue.issueTicket', { category: 'other' });
      await desk('queue.callNext', { deskId: d1 });
      expect(late.displayNumber).toBe('A001');
      expect(((await kiosk('queue.board')) as { waitingCount: number }).waitingCount).toBe(1);

      // Wait for the host's clock to pass local midnight.
      await new Promise((r) => setTimeout(r, Math.max(0, 9_000 - (Date.now() - startedAt))));
      const after = (await kiosk('app.info')) as { today: string };
      expect(after.today).not.toBe(before.today);
      // The machine (UTC) is still on the same date: the point's day, not the machine's, turned.
      expect(new Date(Date.now() + offset).toISOString().slice(0, 10)).toBe(before.today);
      const board = (await kiosk('queue.board')) as { nowServing: unknown[]; next: string[]; waitingCount: number };
      expect(board).toMatchObject({ nowServing: [], next: [], waitingCount: 0 });
      expect(((await kiosk('queue.issueTicket', { category: 'other' })) as { displayNumber: string }).displayNumber).toBe('A001');
    } finally {
      if (savedTz === undefined) delete process.env.TZ;
      else process.env.TZ = savedTz;
    }
  }, 30_000);
});
