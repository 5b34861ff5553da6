import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { openHelpPoint, type HelpPoint } from '../../core/help-point';
import type { ExportResult, StaffSignIn } from '../../contract/staff-dto';
import { FIXTURE_ASSETS, makeTempDir } from '../support/temp-dirs';
import { ManualClock } from '../support/staff-helpers';
import { insertSessions, session } from '../support/session-day';

const DAY = '2026-11-23';
const DESK = { role: 'volunteer' as const, actor: 'desk' };
const sha256 = (data: Uint8Array) => crypto.createHash('sha256').update(data).digest('hex');

/** What the Electron shell does after its folder dialog: the core writes the export into the folder. */
describe('saving an export into a folder (the Electron shell’s route)', () => {
  const temp = makeTempDir();
  const folder = path.join(temp.dir, 'usb-stick');
  let hp: HelpPoint;
  let downloaded: ExportResult;

  beforeAll(async () => {
    fs.mkdirSync(folder);
    hp = openHelpPoint({ dataDir: path.join(temp.dir, 'data'), assetsDir: FIXTURE_ASSETS, clock: new ManualClock(Date.parse('2026-11-23T10:00:00Z')), log: () => undefined });
    const signIn = (await hp.dispatch('staffAuth.setFirstPin', { pin: '24681012' }, DESK)) as { ok: true; value: StaffSignIn };
    const staff = { ...DESK, staffToken: signIn.value.token };
    expect(hp.isStaffToken(signIn.value.token)).toBe(true);
    expect(await hp.dispatch('staff.updateSettings', { pointName: 'Phường Ba Đình' }, staff)).toMatchObject({ ok: true });
    insertSessions(hp.db, [
      session({ day: DAY, ticketNumber: 1, issuedAt: '2026-11-23T01:00:00Z', startedAt: '2026-11-23T01:12:00Z', finishedAt: '2026-11-23T01:30:00Z', services: ['sample-guide'], outcome: 'done-assisted' }),
    ]);
    downloaded = ((await hp.dispatch('staff.export', {}, staff)) as { ok: true; value: ExportResult }).value;
  });
  afterAll(() => {
    hp.close();
    temp.cleanup();
  });

  it('writes the same files the screen downloads, plus the summary PDF, under one checksum covering all', async () => {
    const pdf = Buffer.from('%PDF-1.4 printable summary');
    const saved = await hp.saveExport({ formats: ['csv', 'xlsx'], includePersonal: false }, folder, { summaryPdf: pdf });
    const base = 'nhat-ky-phien_phuong-ba-dinh_2026-11-23';
    expect(saved).toEqual({ folder, files: [`${base}.csv`, `${base}.xlsx`, 'tong-hop_phuong-ba-dinh_2026-11-23.pdf', `${base}.sha256`] });
    expect(fs.readdirSync(folder).sort()).toEqual([...saved.files].sort());
    // The CSV is byte for byte what the download holds.
    const csv = downloaded.files.find((f) => f.name.endsWith('.csv'))!;
    expect(fs.readFileSync(path.join(folder, `${base}.csv`)).toString('base64')).toBe(csv.base64);
    // `sha256sum -c` on the stick checks every other file written, the PDF included.
    const lines = fs.readFileSync(path.join(folder, `${base}.sha256`), 'utf8').trim().split('\n');
    expect(lines).toEqual(saved.files.slice(0, -1).map((name) => `${sha256(fs.readFileSync(path.join(folder, name)))}  ${name}`));
    const audit = hp.db.prepare("SELECT actor, action, detail FROM audit_log WHERE action LIKE 'staff.export%' ORDER BY id").all() as { actor: string; action: string; detail: string }[];
    expect(audit.map((a) => [a.actor, a.action])).toEqual([
      ['staff', 'staff.export'],
      ['staff', 'staff.export'],
      ['staff', 'staff.export.saved'],
    ]);
    expect(JSON.parse(audit[2]!.detail)).toEqual({ folder, files: saved.files });
  });

  it('leaves out the PDF when the shell made none', async () => {
    const bare = path.join(temp.dir, 'bare');
    fs.mkdirSync(bare);
    const saved = await hp.saveExport({ formats: ['csv'], includePersonal: false }, bare);
    expect(saved.files).toEqual(['nhat-ky-phien_phuong-ba-dinh_2026-11-23.csv', 'nhat-ky-phien_phuong-ba-dinh_2026-11-23.sha256']);
  });
});
