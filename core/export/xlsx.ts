import ExcelJS from 'exceljs';
import type { Counter } from '../../contract/codes';
import type { Totals } from '../../contract/staff-dto';
import type { SessionLogRow } from './session-rows';
import type { CellValue, ColumnContext, ColumnDef } from './columns';
import { vnDay, type LocalDateTime } from '../../contract/calendar';
import { totalsReport, type ReportCell } from '../../contract/totals-report';

export const SESSIONS_SHEET = 'Phiên hỗ trợ';
export const TOTALS_SHEET = 'Tổng hợp';

const NUM_FMT: Record<ColumnDef['kind'], string | undefined> = { text: '@', number: '0', day: 'dd/mm/yyyy', time: 'hh:mm' };

/**
 * Excel stores wall-clock time with no zone; exceljs converts a Date by its UTC
 * value, so the point's local time is written as if it were UTC.
 */
export function excelDate(v: LocalDateTime): Date {
  return new Date(Date.UTC(v.year, v.month - 1, v.day, v.hour, v.minute, v.second));
}

function cellValue(kind: ColumnDef['kind'], value: CellValue): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if (kind === 'day' || kind === 'time') return excelDate(value as LocalDateTime);
  // Strings stay strings: exceljs never turns "=…" text into a formula, so no apostrophe is needed here.
  if (kind === 'text') return String(value).normalize('NFC').replace(/\r\n?/g, '\n');
  return value as number;
}

export interface XlsxInput {
  title: string;
  columns: readonly ColumnDef[];
  rows: readonly SessionLogRow[];
  ctx: ColumnContext;
  totals: Totals;
  counters: readonly Counter[];
  created: Date;
}

export async function sessionsToXlsx(input: XlsxInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Điểm Hỗ trợ Số';
  wb.created = input.created;
  wb.modified = input.created;

  const ws = wb.addWorksheet(SESSIONS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = input.columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: { numFmt: NUM_FMT[c.kind] } }));
  for (const row of input.rows) ws.addRow(input.columns.map((c) => cellValue(c.kind, c.value(row, input.ctx))));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  if (input.columns.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: input.columns.length } };

  const sum = wb.addWorksheet(TOTALS_SHEET);
  sum.columns = [{ width: 36 }, ...Array.from({ length: 8 }, () => ({ width: 16 }))];
  sum.addRow([input.title]).font = { bold: true, size: 14 };
  sum.addRow([`Từ ngày ${vnDay(input.totals.from)} đến ngày ${vnDay(input.totals.to)}`]);
  const vi = (cell: ReportCell) => (cell !== null && typeof cell === 'object' ? cell.vi : cell);
  for (const section of totalsReport(input.totals, input.counters)) {
    sum.addRow([]);
    sum.addRow([section.title.vi]).font = { bold: true, size: 12 };
    sum.addRow(section.header.map(vi)).font = { bold: true };
    for (const r of section.rows) sum.addRow(r.map(vi));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
