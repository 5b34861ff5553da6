import type { SessionLogRow } from './session-rows';
import { pad2, type CellValue, type ColumnContext, type ColumnDef } from './columns';
import type { LocalDateTime } from '../../contract/calendar';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Text that a spreadsheet would run as a formula gets a leading apostrophe
 * (OWASP CSV injection; ASVS 5.0 V1.2.10). Numbers are never touched, so -5 stays -5.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r\0]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double the inner quotes. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsvCell(kind: ColumnDef['kind'], value: CellValue): string {
  if (value === null || value === '') return '';
  if (kind === 'number') return typeof value === 'number' ? String(value) : '';
  if (kind === 'day') return formatDay(value as LocalDateTime);
  if (kind === 'time') return formatTime(value as LocalDateTime);
  // Line breaks inside a cell are written as LF (Excel's own convention inside quotes).
  return quoteField(neutraliseFormula(String(value).normalize('NFC').replace(/\r\n?/g, '\n')));
}

export const formatDay = (v: LocalDateTime) => `${v.year}-${pad2(v.month)}-${pad2(v.day)}`;
export const formatTime = (v: LocalDateTime) => `${pad2(v.hour)}:${pad2(v.minute)}`;

/** The session log as CSV bytes: UTF-8 with BOM (so Excel reads Vietnamese), CRLF row ends. */
export function sessionsToCsv(columns: readonly ColumnDef[], rows: readonly SessionLogRow[], ctx: ColumnContext): Buffer {
  const lines = [columns.map((c) => quoteField(neutraliseFormula(c.header))).join(',')];
  for (const row of rows) lines.push(columns.map((c) => formatCsvCell(c.kind, c.value(row, ctx))).join(','));
  return Buffer.from(BOM + lines.join(CRLF) + CRLF, 'utf8');
}
