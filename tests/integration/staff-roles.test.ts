import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { openHelpPoint, type HelpPoint } from '../../core/help-point';
import { startHost, type RunningHost } from '../../browser-shell/host';
import { staffAreaMethods, staffSignInMethods } from '../../contract/methods/staff';
import { methods } from '../../contract/methods';
import type { StaffSignIn } from '../../contract/staff-dto';
import { FIXTURE_ASSETS, makeTempDir } from '../support/temp-dirs';
import { callWithToken } from '../support/staff-helpers';

/** Read from the contract, so a staff method added later is covered without touching this test. */
const AREA = Object.keys(staffAreaMethods);
const SIGN_IN = Object.keys(staffSignInMethods);

describe('every staff method needs a staff sign-in, on both transports', () => {
  const temp = makeTempDir();
  let hp: HelpPoint;
  let host: RunningHost;
  let token: string;

  beforeAll(async () => {
    const rendererDir = path.join(temp.dir, 'renderer');
    fs.mkdirSync(rendererDir, { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head><meta name="dhp-key" content=""></head><body></body></html>');
    hp = openHelpPoint({ dataDir: path.join(temp.dir, 'data'), assetsDir: FIXTURE_ASSETS, log: () => undefined });
    host = await startHost({ helpPoint: hp, rendererDir, assetsDir: FIXTURE_ASSETS, port: 0 });
    const first = await callWithToken(host.origin, 'staffAuth.setFirstPin', { pin: '24681012' }, { key: host.keys.desk });
    token = (first.body.value as StaffSignIn).token;
  });
  afterAll(async () => {
    await host.close();
    hp.close();
    temp.cleanup();
  });

  it('the contract marks every staff-area method as staff, and sign-in ones as desk-only', () => {
    expect(AREA.length).toBeGreaterThan(15);
    for (const name of AREA) expect(methods[name as keyof typeof methods].role, name).toBe('staff');
    for (const name of SIGN_IN) expect(methods[name as keyof typeof methods].role, name).toBe('volunteer');
  });

  it('over the dispatcher: no token, the visitor screen, the desk, a wrong token, and the visitor with a good token are all refused', async () => {
    const callers = [
      { role: 'visitor' as const, actor: 'kiosk' },
      { role: 'volunteer' as const, actor: 'desk' },
      { role: 'volunteer' as const, actor: 'desk', staffToken: 'not-a-token' },
      // A stolen staff token never lifts the visitor screen.
      { role: 'visitor' as const, actor: 'kiosk', staffToken: token },
    ];
    for (const name of AREA) {
      for (const caller of callers) {
        expect(await hp.dispatch(name, {}, caller), `${name} as ${caller.role}${caller.staffToken ? ' + token' : ''}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
    for (const name of SIGN_IN) {
      expect(await hp.dispatch(name, {}, { role: 'visitor', actor: 'kiosk' }), name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('over HTTP: without a key, with the visitor key, with the desk key, and with the visitor key + a good token', async () => {
    const attempts = [
      { label: 'no key', auth: {}, status: 401 },
      { label: 'visitor key', auth: { key: host.keys.visitor }, status: 200 },
      { label: 'desk key', auth: { key: host.keys.desk }, status: 200 },
      { label: 'desk key + wrong token', auth: { key: host.keys.desk, staffToken: 'x'.repeat(43) }, status: 200 },
      { label: 'visitor key + good token', auth: { key: host.keys.visitor, staffToken: token }, status: 200 },
      { label: 'no key + good token', auth: { staffToken: token }, status: 401 },
    ];
    for (const name of AREA) {
      for (const a of attempts) {
        const res = await callWithToken(host.origin, name, {}, a.auth);
        expect(res.status, `${name} with ${a.label}`).toBe(a.status);
        expect(res.body, `${name} with ${a.label}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
    for (const name of SIGN_IN) {
      const res = await callWithToken(host.origin, name, {}, { key: host.keys.visitor });
      expect(res.body, name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('the desk key with a live staff token gets through (the refusals above are about the role, not the method)', async () => {
    for (const name of AREA) {
      const res = await callWithToken(host.origin, name, {}, { key: host.keys.desk, staffToken: token });
      expect(res.body.error?.code, name).not.toBe('forbidden');
    }
  });
});

describe('the host takes a large content pack only from the desk', () => {
  const temp = makeTempDir();
  let hp: HelpPoint;
  let host: RunningHost;

  beforeAll(async () => {
    const rendererDir = path.join(temp.dir, 'renderer');
    fs.mkdirSync(rendererDir, { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head><meta name="dhp-key" content=""></head><body></body></html>');
    hp = openHelpPoint({ dataDir: path.join(temp.dir, 'data'), assetsDir: FIXTURE_ASSETS, log: () => undefined });
    host = await startHost({ helpPoint: hp, rendererDir, assetsDir: FIXTURE_ASSETS, port: 0 });
  });
  afterAll(async () => {
    await host.close();
    hp.close();
    temp.cleanup();
  });

  it('a 2 MB pack passes the body limit with the desk key and a staff token, not with the visitor key', async () => {
    const token = ((await callWithToken(host.origin, 'staffAuth.setFirstPin', { pin: '24681012' }, { key: host.keys.desk })).body.value as StaffSignIn).token;
    const big = { kind: 'zip', name: 'big.zip', base64: Buffer.alloc(1_500_000, 7).toString('base64') };
    const fromDesk = await callWithToken(host.origin, 'staff.importContent', big, { key: host.keys.desk, staffToken: token });
    expect(fromDesk.status).toBe(200);
    // Not a zip, so it is refused by the pack check, which proves it got that far.
    expect(fromDesk.body).toMatchObject({ ok: true, value: { installed: false } });
    const fromVisitor = await callWithToken(host.origin, 'staff.importContent', big, { key: host.keys.visitor, staffToken: token });
    expect(fromVisitor.status).toBe(413);
  });
});
