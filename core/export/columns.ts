import { CODE_LABELS, COUNTERS, COUNTERS_AFTER_COLUMN, EXPORT_COLUMNS, OTHER_SERVICE, PERSONAL_COLUMNS, type Counter, type ExportColumn } from '../../contract/codes';
import type { SessionLogRow } from './session-rows';
import { dayParts, localParts, type LocalDateTime } from '../../contract/calendar';

/** How a cell is written: text (neutralised in CSV), a plain number, a local day, or a local time of day. */
export type CellKind = 'text' | 'number' | 'day' | 'time';

/** A cell before formatting: local times are kept as wall-clock parts so both formats agree. */
export type CellValue = string | number | LocalDateTime | null;

export interface ColumnDef {
  key: ExportColumn | Counter;
  /** Vietnamese header: the ward's report is in Vietnamese. */
  header: string;
  kind: CellKind;
  /** Width in characters for the XLSX sheet. */
  width: number;
  value(row: SessionLogRow, ctx: ColumnContext): CellValue;
}

export interface ColumnContext {
  timeZone: string;
  serviceLabel(id: string): string;
}

const counterColumn = (key: Counter): ColumnDef => ({
  key,
  header: CODE_LABELS.counter[key].vi,
  kind: 'number',
  width: 14,
  value: (r) => r.counters[key] ?? 0,
});

type ColumnSpec = Omit<ColumnDef, 'key' | 'header'>;

const minutes = (seconds: number | null) => (seconds === null ? null : Math.round(seconds / 60));

const COLUMN_SPECS: Record<ExportColumn, ColumnSpec> = {
  sessionId: { kind: 'number', width: 10, value: (r) => r.id },
  day: { kind: 'day', width: 12, value: (r) => dayParts(r.day) },
  ticket: { kind: 'text', width: 10, value: (r) => r.ticket },
  desk: { kind: 'text', width: 10, value: (r) => r.desk },
  volunteer: { kind: 'text', width: 22, value: (r) => r.volunteer },
  startedAt: { kind: 'time', width: 12, value: (r, c) => localParts(r.startedAt, c.timeZone) },
  finishedAt: { kind: 'time', width: 12, value: (r, c) => (r.finishedAt ? localParts(r.finishedAt, c.timeZone) : null) },
  waitMinutes: { kind: 'number', width: 12, value: (r) => minutes(r.waitSeconds) },
  serviceMinutes: { kind: 'number', width: 12, value: (r) => minutes(r.serviceSeconds) },
  services: { kind: 'text', width: 36, value: (r, c) => (r.services.length ? r.services.map((s) => c.serviceLabel(s)).join('; ') : c.serviceLabel(OTHER_SERVICE)) },
  outcome: { kind: 'text', width: 22, value: (r) => (r.outcome ? CODE_LABELS.outcome[r.outcome]?.vi ?? r.outcome : null) },
  reason: { kind: 'text', width: 24, value: (r) => (r.reason ? CODE_LABELS.reason[r.reason]?.vi ?? r.reason : null) },
  referral: { kind: 'text', width: 20, value: (r) => (r.referral ? CODE_LABELS.referral[r.referral]?.vi ?? r.referral : null) },
  targetGroup: { kind: 'text', width: 22, value: (r) => (r.targetGroup ? CODE_LABELS.targetGroup[r.targetGroup]?.vi ?? r.targetGroup : null) },
  ageBand: { kind: 'text', width: 12, value: (r) => (r.ageBand ? CODE_LABELS.ageBand[r.ageBand]?.vi ?? r.ageBand : null) },
  sex: { kind: 'text', width: 10, value: (r) => (r.sex ? CODE_LABELS.sex[r.sex]?.vi ?? r.sex : null) },
  priority: { kind: 'text', width: 26, value: (r) => r.priority.map((p) => CODE_LABELS.priorityFlag[p]?.vi ?? p).join('; ') },
  feedback: { kind: 'text', width: 16, value: (r) => (r.feedback ? CODE_LABELS.feedback[r.feedback]?.vi ?? r.feedback : null) },
  note: { kind: 'text', width: 30, value: (r) => r.note },
  consent: { kind: 'text', width: 12, value: (r) => (r.consentAt ? 'Có' : 'Không') },
  visitorName: { kind: 'text', width: 24, value: (r) => r.visitorName },
  visitorPhone: { kind: 'text', width: 16, value: (r) => r.visitorPhone },
};

/** The Vietnamese column headers are the contract's labels: the staff's column choice and the file say the same words. */
const columnDef = (key: ExportColumn): ColumnDef => ({ key, header: CODE_LABELS.exportColumn[key].vi, ...COLUMN_SPECS[key] });

/** Every column a file can carry, in file order: the session columns with the counters after `COUNTERS_AFTER_COLUMN`. */
export const ALL_COLUMNS: readonly ColumnDef[] = EXPORT_COLUMNS.flatMap((key) => (key === COUNTERS_AFTER_COLUMN ? [columnDef(key), ...COUNTERS.map(counterColumn)] : [columnDef(key)]));

/**
 * The columns of one export, in file order: the session columns staff chose, the
 * counters staff chose, and the personal ones only when ticked for this export.
 */
export function chooseColumns(chosen: readonly ExportColumn[], counters: readonly Counter[], includePersonal: boolean): ColumnDef[] {
  const wanted = new Set<string>([...chosen, ...counters]);
  return ALL_COLUMNS.filter((c) => (PERSONAL_COLUMNS.includes(c.key as ExportColumn) ? includePersonal : wanted.has(c.key)));
}

export const pad2 = (n: number) => String(n).padStart(2, '0');
