import { CODE_LABELS, type Counter } from '../../../contract/codes';
import type { ExportColumn } from '../../../contract/staff-dto';
import type { SessionLogRow } from './session-rows';

/** How a cell is written: text (neutralised in CSV), a plain number, a local day, or a local time of day. */
export type CellKind = 'text' | 'number' | 'day' | 'time';

/** A cell before formatting: local times are kept as wall-clock parts so both formats agree. */
export type CellValue = string | number | LocalDateTime | null;

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface ColumnDef {
  key: ExportColumn;
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

const minutes = (seconds: number | null) => (seconds === null ? null : Math.round(seconds / 60));

export const COLUMN_DEFS: Record<ExportColumn, ColumnDef> = {
  sessionId: { key: 'sessionId', header: 'Mã phiên', kind: 'number', width: 10, value: (r) => r.id },
  day: { key: 'day', header: 'Ngày', kind: 'day', width: 12, value: (r) => dayParts(r.day) },
  ticket: { key: 'ticket', header: 'Số thứ tự', kind: 'text', width: 10, value: (r) => r.ticket },
  desk: { key: 'desk', header: 'Bàn', kind: 'text', width: 10, value: (r) => r.desk },
  volunteer: { key: 'volunteer', header: 'Tình nguyện viên', kind: 'text', width: 22, value: (r) => r.volunteer },
  startedAt: { key: 'startedAt', header: 'Giờ bắt đầu', kind: 'time', width: 12, value: (r, c) => localParts(r.startedAt, c.timeZone) },
  finishedAt: { key: 'finishedAt', header: 'Giờ kết thúc', kind: 'time', width: 12, value: (r, c) => (r.finishedAt ? localParts(r.finishedAt, c.timeZone) : null) },
  waitMinutes: { key: 'waitMinutes', header: 'Thời gian chờ (phút)', kind: 'number', width: 12, value: (r) => minutes(r.waitSeconds) },
  serviceMinutes: { key: 'serviceMinutes', header: 'Thời gian hỗ trợ (phút)', kind: 'number', width: 12, value: (r) => minutes(r.serviceSeconds) },
  services: { key: 'services', header: 'Nội dung hỗ trợ', kind: 'text', width: 36, value: (r, c) => (r.services.length ? r.services.map((s) => c.serviceLabel(s)).join('; ') : c.serviceLabel('other')) },
  outcome: { key: 'outcome', header: 'Kết quả', kind: 'text', width: 22, value: (r) => (r.outcome ? CODE_LABELS.outcome[r.outcome]?.vi ?? r.outcome : null) },
  reason: { key: 'reason', header: 'Lý do chưa xong', kind: 'text', width: 24, value: (r) => (r.reason ? CODE_LABELS.reason[r.reason]?.vi ?? r.reason : null) },
  referral: { key: 'referral', header: 'Chuyển tiếp đến', kind: 'text', width: 20, value: (r) => (r.referral ? CODE_LABELS.referral[r.referral]?.vi ?? r.referral : null) },
  targetGroup: { key: 'targetGroup', header: 'Nhóm đối tượng', kind: 'text', width: 22, value: (r) => (r.targetGroup ? CODE_LABELS.targetGroup[r.targetGroup]?.vi ?? r.targetGroup : null) },
  ageBand: { key: 'ageBand', header: 'Nhóm tuổi', kind: 'text', width: 12, value: (r) => (r.ageBand ? CODE_LABELS.ageBand[r.ageBand]?.vi ?? r.ageBand : null) },
  sex: { key: 'sex', header: 'Giới tính', kind: 'text', width: 10, value: (r) => (r.sex ? CODE_LABELS.sex[r.sex]?.vi ?? r.sex : null) },
  priority: { key: 'priority', header: 'Nhóm ưu tiên', kind: 'text', width: 26, value: (r) => r.priority.map((p) => CODE_LABELS.priorityFlag[p]?.vi ?? p).join('; ') },
  vneidActivated: counterColumn('vneidActivated'),
  documentsAdded: counterColumn('documentsAdded'),
  publicServiceSubmitted: counterColumn('publicServiceSubmitted'),
  healthBookActivated: counterColumn('healthBookActivated'),
  signatureRegistered: counterColumn('signatureRegistered'),
  learningEnrolled: counterColumn('learningEnrolled'),
  scamReported: counterColumn('scamReported'),
  feedback: { key: 'feedback', header: 'Đánh giá của người dân', kind: 'text', width: 16, value: (r) => (r.feedback ? CODE_LABELS.feedback[r.feedback]?.vi ?? r.feedback : null) },
  note: { key: 'note', header: 'Ghi chú', kind: 'text', width: 30, value: (r) => r.note },
  consent: { key: 'consent', header: 'Đồng ý lưu thông tin', kind: 'text', width: 12, value: (r) => (r.consentAt ? 'Có' : 'Không') },
  visitorName: { key: 'visitorName', header: 'Họ tên người dân', kind: 'text', width: 24, value: (r) => r.visitorName },
  visitorPhone: { key: 'visitorPhone', header: 'Số điện thoại', kind: 'text', width: 16, value: (r) => r.visitorPhone },
};

const COUNTER_KEYS = new Set<string>(['vneidActivated', 'documentsAdded', 'publicServiceSubmitted', 'healthBookActivated', 'signatureRegistered', 'learningEnrolled', 'scamReported']);

/**
 * The columns of one export, in the contract's order: what staff chose, counter
 * columns only for chosen counters, and the personal ones only when ticked.
 */
export function chooseColumns(chosen: readonly ExportColumn[], counters: readonly Counter[], includePersonal: boolean): ColumnDef[] {
  const wanted = new Set<ExportColumn>(chosen);
  const personal = new Set<ExportColumn>(['visitorName', 'visitorPhone']);
  return (Object.keys(COLUMN_DEFS) as ExportColumn[])
    .filter((key) => (personal.has(key) ? includePersonal : wanted.has(key)))
    .filter((key) => !COUNTER_KEYS.has(key) || counters.includes(key as Counter))
    .map((key) => COLUMN_DEFS[key]);
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock parts of an instant at the point, whatever the PC's own time zone is. */
export function localParts(iso: string, timeZone: string): LocalDateTime {
  let fmt = partFormatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    partFormatters.set(timeZone, fmt);
  }
  const parts = Object.fromEntries(fmt.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return { year: +parts.year!, month: +parts.month!, day: +parts.day!, hour: +parts.hour! % 24, minute: +parts.minute!, second: +parts.second! };
}

export function dayParts(day: string): LocalDateTime {
  const [year, month, d] = day.split('-').map(Number) as [number, number, number];
  return { year, month, day: d, hour: 0, minute: 0, second: 0 };
}

export const pad2 = (n: number) => String(n).padStart(2, '0');
