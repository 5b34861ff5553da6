import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync, strToU8 } from 'fflate';
import { openHelpPoint, type HelpPoint } from '../../core/help-point';
import type { ContentStatus, PackImportResult, StaffSignIn } from '../../contract/staff-dto';
import { FIXTURE_ASSETS, makeTempDir } from '../support/temp-dirs';

const DESK = { role: 'volunteer' as const, actor: 'desk' };
const sample = JSON.parse(fs.readFileSync(path.join(FIXTURE_ASSETS, 'walkthroughs', 'sample.json'), 'utf8')) as Record<string, unknown> & { steps: Record<string, unknown>[] };

function walkthrough(id: string, code: string, extra: (w: typeof sample) => void = () => undefined): Uint8Array {
  const w = structuredClone(sample);
  w.id = id;
  w.code = code;
  extra(w);
  return strToU8(JSON.stringify(w));
}

const GOOD_PACK = zipSync({
  'goi-ha-noi/walkthroughs/a.json': walkthrough('pack-guide-a', 'P1', (w) => (w.steps[0]!.audio = { vi: 'audio/a-1.mp3' })),
  'goi-ha-noi/walkthroughs/b.json': walkthrough('pack-guide-b', 'P2'),
  'goi-ha-noi/walkthroughs/audio/a-1.mp3': new Uint8Array([0xff, 0xfb, 0x90, 0x00]),
  'goi-ha-noi/walkthroughs/images/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
  '__MACOSX/._a.json': new Uint8Array([0]),
});

describe('content packs', () => {
  const temp = makeTempDir();
  let hp: HelpPoint;
  let staff: { role: 'volunteer'; actor: string; staffToken: string };
  const ids = async () => ((await hp.dispatch('catalog.list', {}, { role: 'visitor', actor: 'kiosk' })) as { ok: true; value: { id: string }[] }).value.map((w) => w.id);
  const packFolders = () => (fs.existsSync(path.join(temp.dir, 'content-packs')) ? fs.readdirSync(path.join(temp.dir, 'content-packs')).sort() : []);

  beforeAll(async () => {
    hp = openHelpPoint({ dataDir: temp.dir, assetsDir: FIXTURE_ASSETS, log: () => undefined });
    const signIn = (await hp.dispatch('staffAuth.setFirstPin', { pin: '24681012' }, DESK)) as { ok: true; value: StaffSignIn };
    staff = { ...DESK, staffToken: signIn.value.token };
  });
  afterAll(() => {
    hp.close();
    temp.cleanup();
  });

  it('installs a good zip into its own folder and makes it active', async () => {
    expect(await ids()).toEqual(['sample-guide']);
    const result = (await hp.dispatch('staff.importContent', { kind: 'zip', name: 'goi-ha-noi.zip', base64: Buffer.from(GOOD_PACK).toString('base64') }, staff)) as { ok: true; value: PackImportResult };
    expect(result.value).toMatchObject({ installed: true, pack: { name: 'goi-ha-noi.zip', walkthroughs: 2, files: 4, active: true } });
    expect(await ids()).toEqual(['pack-guide-a', 'pack-guide-b']);
    const [folder] = packFolders();
    expect(fs.readdirSync(path.join(temp.dir, 'content-packs', folder!)).sort()).toEqual(['a.json', 'audio', 'b.json', 'images']);
  });

  it('refuses a bad pack with a list of what is wrong (file + field), and changes nothing', async () => {
    const before = { ids: await ids(), folders: packFolders(), status: await hp.dispatch('staff.content', {}, staff) };
    const bad = zipSync({
      'pack/ok.json': walkthrough('fine-guide', 'F1'),
      'pack/no-title.json': walkthrough('no-title', 'F2', (w) => delete w.title),
      'pack/broken.json': strToU8('{ "id": '),
      'pack/missing-audio.json': walkthrough('missing-audio', 'F3', (w) => (w.steps[1]!.audio = { en: 'audio/nope.mp3' })),
      'pack/dup.json': walkthrough('fine-guide', 'F4'),
      'pack/run-me.exe': new Uint8Array([0x4d, 0x5a]),
    });
    let result = (await hp.dispatch('staff.importContent', { kind: 'zip', name: 'bad.zip', base64: Buffer.from(bad).toString('base64') }, staff)) as { ok: true; value: PackImportResult };
    expect(result.value).toEqual({ installed: false, problems: [{ file: 'pack/run-me.exe', field: '', message: expect.any(String) }] });

    const badNoExe = zipSync(Object.fromEntries(Object.entries(unzipSync(bad)).filter(([name]) => !name.endsWith('.exe'))));
    result = (await hp.dispatch('staff.importContent', { kind: 'zip', name: 'bad.zip', base64: Buffer.from(badNoExe).toString('base64') }, staff)) as { ok: true; value: PackImportResult };
    expect(result.value.installed).toBe(false);
    const problems = result.value.installed ? [] : result.value.problems;
    expect(problems).toContainEqual({ file: 'no-title.json', field: 'title', message: expect.any(String) });
    expect(problems).toContainEqual({ file: 'broken.json', field: '', message: expect.stringContaining('JSON') });
    expect(problems).toContainEqual({ file: 'missing-audio.json', field: 'steps.1.audio.en', message: expect.stringContaining('audio/nope.mp3') });
    expect(problems).toContainEqual({ file: 'ok.json', field: 'id', message: expect.stringContaining('duplicate') });

    const zipSlip = zipSync({ 'walkthroughs/a.json': walkthrough('a', 'A1'), '../../evil.json': walkthrough('evil', 'E1') });
    result = (await hp.dispatch('staff.importContent', { kind: 'zip', name: 'slip.zip', base64: Buffer.from(zipSlip).toString('base64') }, staff)) as { ok: true; value: PackImportResult };
    expect(result.value).toMatchObject({ installed: false, problems: [{ file: '../../evil.json', message: 'unsafe file path' }] });
    result = (await hp.dispatch('staff.importContent', { kind: 'zip', name: 'junk.zip', base64: Buffer.from('not a zip').toString('base64') }, staff)) as { ok: true; value: PackImportResult };
    expect(result.value.installed).toBe(false);

    expect(await ids()).toEqual(before.ids);
    expect(packFolders()).toEqual(before.folders);
    expect(await hp.dispatch('staff.content', {}, staff)).toEqual(before.status);
    expect(fs.existsSync(path.join(temp.dir, 'outside.json'))).toBe(false);
  });

  it('installs a folder sent file by file, then rolls back pack by pack to the shipped content', async () => {
    const files = [
      { path: 'goi-moi/c.json', base64: Buffer.from(walkthrough('pack-guide-c', 'P3')).toString('base64') },
      { path: 'goi-moi/.DS_Store', base64: Buffer.from('x').toString('base64') },
    ];
    expect(await hp.dispatch('staff.importContent', { kind: 'folder', name: 'goi-moi', files }, staff)).toMatchObject({ ok: true, value: { installed: true } });
    expect(await ids()).toEqual(['pack-guide-c']);
    let status = (await hp.dispatch('staff.rollbackContent', {}, staff)) as { ok: true; value: ContentStatus };
    expect(status.value.active?.name).toBe('goi-ha-noi.zip');
    expect(await ids()).toEqual(['pack-guide-a', 'pack-guide-b']);

    // The active pack survives a restart.
    hp.close();
    hp = openHelpPoint({ dataDir: temp.dir, assetsDir: FIXTURE_ASSETS, log: () => undefined });
    const signIn = (await hp.dispatch('staffAuth.signIn', { pin: '24681012' }, DESK)) as { ok: true; value: StaffSignIn };
    staff = { ...DESK, staffToken: signIn.value.token };
    expect(await ids()).toEqual(['pack-guide-a', 'pack-guide-b']);

    const exported = (await hp.dispatch('staff.exportContent', {}, staff)) as { ok: true; value: { name: string; base64: string } };
    expect(exported.value.name).toMatch(/^noi-dung_.+\.zip$/);
    expect(Object.keys(unzipSync(Buffer.from(exported.value.base64, 'base64'))).sort()).toEqual(['a.json', 'audio/a-1.mp3', 'b.json', 'images/logo.png']);

    status = (await hp.dispatch('staff.rollbackContent', {}, staff)) as { ok: true; value: ContentStatus };
    expect(status.value.active).toBeNull();
    expect(await ids()).toEqual(['sample-guide']);
    expect(await hp.dispatch('staff.rollbackContent', {}, staff)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const actions = (hp.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'content.%' ORDER BY id").all() as { action: string }[]).map((a) => a.action);
    expect(actions).toEqual(['content.import', 'content.import.refused', 'content.import.refused', 'content.import.refused', 'content.import.refused', 'content.import', 'content.rollback', 'content.export', 'content.rollback']);
  });
});
