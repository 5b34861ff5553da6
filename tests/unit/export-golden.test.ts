import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { openHelpPoint, type HelpPoint } from '../../core/help-point';
import type { ExportResult, StaffSignIn } from '../../contract/staff-dto';
import { FIXTURE_ASSETS, makeTempDir } from '../support/temp-dirs';
import { ManualClock } from '../support/staff-helpers';
import { insertSessions, session } from '../support/session-day';
import { parseCsv } from '../support/csv-parse';

const DAY = '2026-11-23';
const DESK = { role: 'volunteer' as const, actor: 'desk' };

/** Hand-written rows: diacritics, emoji, quotes, commas, line breaks, and formula-injection attempts. */
const GOLDEN_SESSIONS = [
  session({
    day: DAY, ticketNumber: 1, issuedAt: '2026-11-23T01:00:00Z', startedAt: '2026-11-23T01:12:00Z', finishedAt: '2026-11-23T01:30:00Z',
    services: ['sample-guide'], outcome: 'done-assisted', targetGroup: 'citizen', ageBand: '70-79', sex: 'female', priority: ['elderly'],
    counters: { vneidActivated: 1 }, feedback: 'helpful', visitorName: 'Nguyễn Thị Ánh 👵', visitorPhone: '+84 912 345 678',
    note: 'Bà nói: "cảm ơn, cháu"\r\nHẹn mai quay lại',
  }),
  session({
    day: DAY, ticketNumber: 2, issuedAt: '2026-11-23T01:50:00Z', startedAt: '2026-11-23T02:05:00Z', finishedAt: '2026-11-23T02:20:00Z',
    services: ['other'], outcome: 'referred', reason: 'no-chip-id', referral: 'commune-police', ageBand: '60-69', sex: 'male',
    visitorName: '=HYPERLINK("http://evil.example","bấm")', visitorPhone: '-1+1', note: '@SUM(A1:A2)',
  }),
  session({
    day: DAY, ticketNumber: 3, desk: 'Bàn 2', volunteer: 'Lan', issuedAt: '2026-11-23T02:40:00Z', startedAt: '2026-11-23T03:00:00Z', finishedAt: '2026-11-23T03:45:00Z',
    services: ['sample-guide', 'other'], outcome: 'partial', note: '\tTab đầu dòng', visitorName: 'Trần Văn B, "Bảy"',
  }),
  session({ day: DAY, ticketNumber: 4, desk: 'Bàn 2', volunteer: null, issuedAt: '2026-11-23T08:00:00Z', startedAt: '2026-11-23T08:10:00Z' }),
];

const COLUMNS = ['sessionId', 'day', 'ticket', 'desk', 'volunteer', 'startedAt', 'finishedAt', 'waitMinutes', 'serviceMinutes', 'services', 'outcome', 'referral', 'ageBand', 'sex', 'priority', 'vneidActivated', 'feedback', 'note', 'consent'];

/** The exact bytes Excel and LibreOffice will open (after the BOM). */
const GOLDEN_CSV =
  'Mã phiên,Ngày,Số thứ tự,Bàn,Tình nguyện viên,Giờ bắt đầu,Giờ kết thúc,Thời gian chờ (phút),Thời gian hỗ trợ (phút),Nội dung hỗ trợ,Kết quả,Chuyển tiếp đến,Nhóm tuổi,Giới tính,Nhóm ưu tiên,Kích hoạt VNeID,Đánh giá của người dân,Ghi chú,Đồng ý lưu thông tin,Họ tên người dân,Số điện thoại\r\n' +
  '1,2026-11-23,A001,Bàn 1,Minh,08:12,08:30,12,18,Hướng dẫn mẫu,Hoàn thành (có hỗ trợ),,70–79,Nữ,Người cao tuổi,1,Rất có ích,"Bà nói: ""cảm ơn, cháu""\nHẹn mai quay lại",Có,Nguyễn Thị Ánh 👵,\'+84 912 345 678\r\n' +
  '2,2026-11-23,A002,Bàn 1,Minh,09:05,09:20,15,15,Việc khác,Chuyển tiếp,Công an xã/phường,60–69,Nam,,0,,\'@SUM(A1:A2),Có,"\'=HYPERLINK(""http://evil.example"",""bấm"")",\'-1+1\r\n' +
  '3,2026-11-23,A003,Bàn 2,Lan,10:00,10:45,20,45,Hướng dẫn mẫu; Việc khác,Hoàn thành một phần,,,,,0,,\'\tTab đầu dòng,Có,"Trần Văn B, ""Bảy""",\r\n' +
  '4,2026-11-23,A004,Bàn 2,,15:10,,10,,Việc khác,,,,,,0,,,Không,,\r\n';

/** The same table as cells, as a spreadsheet shows them once opened. */
const GOLDEN_CELLS = parseCsv(GOLDEN_CSV);

describe('session log export: golden CSV and XLSX', () => {
  const temp = makeTempDir();
  let hp: HelpPoint;
  let result: ExportResult;
  let staff: { role: 'volunteer'; actor: string; staffToken: string };
  const file = (ext: string) => {
    const f = result.files.find((x) => x.name.endsWith(ext))!;
    return { ...f, data: Buffer.from(f.base64, 'base64') };
  };

  beforeAll(async () => {
    hp = openHelpPoint({ dataDir: temp.dir, assetsDir: FIXTURE_ASSETS, clock: new ManualClock(Date.parse('2026-11-23T10:00:00Z')), log: () => undefined });
    const signIn = (await hp.dispatch('staffAuth.setFirstPin', { pin: '24681012' }, DESK)) as { ok: true; value: StaffSignIn };
    staff = { ...DESK, staffToken: signIn.value.token };
    expect(await hp.dispatch('staff.updateSettings', { pointName: 'Phường Ba Đình', province: 'Hà Nội', commune: 'Phường Ba Đình', exportColumns: COLUMNS, exportCounters: ['vneidActivated'] }, staff)).toMatchObject({ ok: true });
    insertSessions(hp.db, GOLDEN_SESSIONS);
    const exported = (await hp.dispatch('staff.export', { includePersonal: true }, staff)) as { ok: true; value: ExportResult };
    expect(exported.ok).toBe(true);
    result = exported.value;
  });
  afterAll(() => {
    hp.close();
    temp.cleanup();
  });

  it('names the files after the point and the day, in ASCII', () => {
    expect(result.files.map((f) => f.name)).toEqual(['nhat-ky-phien_phuong-ba-dinh_2026-11-23.csv', 'nhat-ky-phien_phuong-ba-dinh_2026-11-23.xlsx', 'nhat-ky-phien_phuong-ba-dinh_2026-11-23.sha256']);
    expect(result.summaryPdfName).toBe('tong-hop_phuong-ba-dinh_2026-11-23.pdf');
    expect(result.sessions).toBe(4);
  });

  it('writes the CSV byte for byte: BOM, CRLF, RFC 4180 quoting, neutralised formulas, numbers as numbers', () => {
    const csv = file('.csv').data;
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.subarray(3).toString('utf8')).toBe(GOLDEN_CSV);
  });

  it('writes a sha256sum file that checks both data files', () => {
    const sums = file('.sha256').data.toString('utf8');
    const expected = ['.csv', '.xlsx'].map((ext) => `${crypto.createHash('sha256').update(file(ext).data).digest('hex')}  ${file(ext).name}\n`).join('');
    expect(sums).toBe(expected);
  });

  it('leaves the personal columns out unless ticked, and audits the choice', async () => {
    const plain = (await hp.dispatch('staff.export', { formats: ['csv'] }, staff)) as { ok: true; value: ExportResult };
    const text = Buffer.from(plain.value.files[0]!.base64, 'base64').toString('utf8');
    expect(text).not.toContain('Nguyễn Thị Ánh');
    expect(text).not.toContain('912 345');
    expect(text.split('\r\n')[0]).not.toContain('Họ tên');
    const audits = hp.db.prepare("SELECT detail FROM audit_log WHERE action = 'staff.export' ORDER BY id").all() as { detail: string }[];
    expect(audits.map((a) => JSON.parse(a.detail).includePersonal)).toEqual([true, false]);
    expect(JSON.parse(audits[0]!.detail).files).toHaveLength(3);
  });

  it('writes the XLSX with typed cells, Vietnamese headers, a frozen header, an auto-filter and a totals sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file('.xlsx').data as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Phiên hỗ trợ', 'Tổng hợp']);
    const ws = wb.getWorksheet('Phiên hỗ trợ')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:U1');
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(GOLDEN_CELLS[0]);
    const r1 = ws.getRow(2);
    expect(r1.getCell(1).value).toBe(1);
    expect(r1.getCell(2).value).toEqual(new Date(Date.UTC(2026, 10, 23)));
    expect(r1.getCell(2).numFmt).toBe('dd/mm/yyyy');
    expect(r1.getCell(6).value).toEqual(new Date(Date.UTC(2026, 10, 23, 8, 12)));
    expect(r1.getCell(6).numFmt).toBe('hh:mm');
    expect(r1.getCell(8).value).toBe(12);
    expect(r1.getCell(16).value).toBe(1);
    expect(r1.getCell(18).value).toBe('Bà nói: "cảm ơn, cháu"\nHẹn mai quay lại');
    expect(r1.getCell(20).value).toBe('Nguyễn Thị Ánh 👵');
    const injected = ws.getRow(3).getCell(20);
    expect(injected.type).toBe(ExcelJS.ValueType.String);
    expect(injected.value).toBe('=HYPERLINK("http://evil.example","bấm")');
    expect(ws.getRow(3).getCell(21).value).toBe('-1+1');
    // No formula anywhere in the sheet XML: the text stays text.
    const sheetXml = strFromU8(unzipSync(new Uint8Array(file('.xlsx').data))['xl/worksheets/sheet1.xml']!);
    expect(sheetXml).not.toContain('<f>');
    const totals = wb.getWorksheet('Tổng hợp')!;
    const rows = totals.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows).toContainEqual(['Tổng số phiên', 4]);
    expect(rows).toContainEqual(['Kích hoạt VNeID', 1]);
    expect(rows).toContainEqual(['Công an xã/phường', 1]);
  });

  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'].find((p) => fs.existsSync(p));
  if (!soffice) console.log('LibreOffice round trip: skipped — neither soffice nor libreoffice is installed here.');

  function libreOfficeToCsv(input: string, infilter?: string): string[][] {
    const outDir = path.join(temp.dir, `lo-out-${path.extname(input).slice(1)}`);
    execFileSync(
      soffice!,
      [`-env:UserInstallation=file://${path.join(temp.dir, 'lo-profile')}`, '--headless', ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true', '--outdir', outDir, input],
      { stdio: 'pipe', timeout: 120_000 },
    );
    return parseCsv(fs.readFileSync(path.join(outDir, `${path.basename(input, path.extname(input))}.csv`), 'utf8'));
  }

  it.runIf(soffice)('LibreOffice reads the CSV back to the same cells (UTF-8 BOM, quoting, line breaks)', () => {
    const input = path.join(temp.dir, file('.csv').name);
    fs.writeFileSync(input, file('.csv').data);
    // Every column imported as text, so the check is about bytes and quoting, not LibreOffice's number guessing.
    const asText = GOLDEN_CELLS[0]!.map((_, i) => `${i + 1}/2`).join('/');
    expect(libreOfficeToCsv(input, `CSV:44,34,76,1,${asText}`)).toEqual(GOLDEN_CELLS);
  }, 120_000);

  it.runIf(soffice)('LibreOffice reads the XLSX to the same cells, with real dates and no apostrophes', () => {
    const input = path.join(temp.dir, file('.xlsx').name);
    fs.writeFileSync(input, file('.xlsx').data);
    const expected = GOLDEN_CELLS.map((row, r) =>
      row.map((cell, c) => {
        if (r > 0 && c === 1) return '23/11/2026';
        // XLSX text cells are typed strings, so they carry no neutralising apostrophe.
        return r > 0 && cell.startsWith("'") ? cell.slice(1) : cell;
      }),
    );
    expect(libreOfficeToCsv(input)).toEqual(expected);
  }, 120_000);
});
