import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURE_ASSETS, makeTempDir, PROJECT_ROOT } from '../support/temp-dirs';
import { callOverHttp, deskKeyOf, startHostProcess, visitorKeyOf, type HostProcess } from '../support/host-process';

describe('a ticket survives the host being killed', () => {
  const temp = makeTempDir();
  beforeAll(() => {
    if (!fs.existsSync(path.join(PROJECT_ROOT, 'dist', 'browser-shell', 'main.mjs'))) throw new Error('The host is not built: run `npm run build` first (npm test does).');
  });
  const hosts: HostProcess[] = [];
  afterEach(async () => {
    await Promise.all(hosts.splice(0).map((h) => h.kill('SIGKILL')));
  });
  afterAll(() => temp.cleanup());

  it('is still waiting after SIGKILL and a fresh start, with numbering carried on', async () => {
    const first = await startHostProcess({ dataDir: temp.dir, assetsDir: FIXTURE_ASSETS });
    hosts.push(first);
    const issued = await callOverHttp(first.info.origin, await visitorKeyOf(first.info), 'queue.issueTicket', { category: 'sample-guide', priorityReason: 'disability' });
    expect(issued.body).toMatchObject({ ok: true, value: { displayNumber: 'A001' } });

    // No graceful shutdown: the process dies the moment the visitor has seen the number.
    await first.kill('SIGKILL');
    expect(first.child.signalCode).toBe('SIGKILL');

    const second = await startHostProcess({ dataDir: temp.dir, assetsDir: FIXTURE_ASSETS });
    hosts.push(second);
    const waiting = await callOverHttp(second.info.origin, deskKeyOf(second.info), 'queue.waiting');
    expect(waiting.body).toMatchObject({ ok: true, value: [{ displayNumber: 'A001', category: 'sample-guide', priorityReason: 'disability', status: 'waiting' }] });
    const next = await callOverHttp(second.info.origin, await visitorKeyOf(second.info), 'queue.issueTicket', { category: 'other' });
    expect(next.body).toMatchObject({ ok: true, value: { displayNumber: 'A002', peopleAhead: 1 } });
    // The old launch's desk key no longer opens anything.
    expect((await callOverHttp(second.info.origin, deskKeyOf(first.info), 'queue.waiting')).status).toBe(401);
  });
});
