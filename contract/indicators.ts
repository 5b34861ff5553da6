/**
 * The indicator dictionary: every figure a point reports upward, with its code, names in both
 * languages, definition, unit and dimensions — and the one pure function that turns session
 * facts into long-format rows (`point_code, period, indicator, dimensions, value`, the shape of
 * DHIS2 dataValueSets). The point's "long CSV" and the province server both call it, so a
 * figure means the same thing at every level.
 *
 * Unit: always *lượt* (visits), never people. People cannot be counted across points (or days)
 * without personal data, and none goes upward: one person helped twice is two visits.
 *
 * Built from the code lists in ./codes (values and labels are derived, not copied), so a new
 * counter, age band or priority group appears here without an edit.
 */
import {
  AGE_BANDS,
  CODE_LABELS,
  COUNTERS,
  FEEDBACK_RATINGS,
  OUTCOMES,
  PRIORITY_FLAGS,
  REASON_CODES,
  REFERRAL_TARGETS,
  SEXES,
  TARGET_GROUPS,
  type Counter,
} from './codes';
import type { BilingualLabel } from './labels';
import type { Totals } from './staff-dto';

/** Bump when a definition changes meaning; exported with every long file. */
export const INDICATOR_DICTIONARY_VERSION = '2026.1';

export const UNIT_VISITS = { code: 'visit', vi: 'lượt', en: 'visits' } as const;

// --- Dimensions ---------------------------------------------------------------------------------

export const DIMENSION_CODES = ['service', 'outcome', 'target_group', 'age_band', 'sex', 'priority', 'reason', 'referral', 'rating', 'ticket_status', 'ticket_source'] as const;
export type DimensionCode = (typeof DIMENSION_CODES)[number];

export interface DimensionDef {
  code: DimensionCode;
  name: BilingualLabel;
  /** The values and their labels; null for an open list (services are walkthrough ids, which content packs add). */
  values: { code: string; label: BilingualLabel }[] | null;
}

const UNKNOWN: BilingualLabel = { vi: 'Không ghi', en: 'Not recorded' };
const withLabels = <K extends string>(keys: readonly K[], labels: Record<K, BilingualLabel>, extra: Record<string, BilingualLabel> = {}) => [
  ...keys.map((code) => ({ code: code, label: labels[code] })),
  ...Object.entries(extra).map(([code, label]) => ({ code, label })),
];

export const OUTCOME_VALUES = [...OUTCOMES, 'unrecorded'] as const;
export const TARGET_GROUP_VALUES = [...TARGET_GROUPS, 'unknown'] as const;
export const AGE_BAND_VALUES = [...AGE_BANDS, 'unknown'] as const;
export const SEX_VALUES = [...SEXES, 'unknown'] as const;
/** Ticket statuses that end a ticket's day, as the queue records them. */
export const TICKET_STATUS_VALUES = ['waiting', 'called', 'serving', 'done', 'no-show', 'cancelled', 'closed'] as const;
export const TICKET_SOURCE_VALUES = ['kiosk', 'desk'] as const;

export const DIMENSIONS: Record<DimensionCode, DimensionDef> = {
  service: { code: 'service', name: { vi: 'Dịch vụ hỗ trợ', en: 'Service' }, values: null },
  outcome: { code: 'outcome', name: { vi: 'Kết quả', en: 'Outcome' }, values: withLabels(OUTCOMES, CODE_LABELS.outcome, { unrecorded: UNKNOWN }) },
  target_group: { code: 'target_group', name: { vi: 'Nhóm đối tượng', en: 'Target group' }, values: withLabels(TARGET_GROUPS, CODE_LABELS.targetGroup, { unknown: UNKNOWN }) },
  age_band: { code: 'age_band', name: { vi: 'Nhóm tuổi', en: 'Age band' }, values: withLabels(AGE_BANDS, CODE_LABELS.ageBand, { unknown: UNKNOWN }) },
  sex: { code: 'sex', name: { vi: 'Giới tính', en: 'Sex' }, values: withLabels(SEXES, CODE_LABELS.sex, { unknown: UNKNOWN }) },
  priority: { code: 'priority', name: { vi: 'Nhóm ưu tiên', en: 'Priority group' }, values: withLabels(PRIORITY_FLAGS, CODE_LABELS.priorityFlag, { none: { vi: 'Không thuộc nhóm ưu tiên', en: 'None' } }) },
  reason: { code: 'reason', name: { vi: 'Lý do chưa hoàn thành', en: 'Reason not done' }, values: withLabels(REASON_CODES, CODE_LABELS.reason) },
  referral: { code: 'referral', name: { vi: 'Nơi chuyển tiếp', en: 'Referred to' }, values: withLabels(REFERRAL_TARGETS, CODE_LABELS.referral) },
  rating: { code: 'rating', name: { vi: 'Đánh giá', en: 'Rating' }, values: withLabels(FEEDBACK_RATINGS, CODE_LABELS.feedback) },
  ticket_status: {
    code: 'ticket_status',
    name: { vi: 'Trạng thái số thứ tự', en: 'Ticket status' },
    values: [
      { code: 'waiting', label: { vi: 'Đang chờ', en: 'Waiting' } },
      { code: 'called', label: { vi: 'Đã gọi', en: 'Called' } },
      { code: 'serving', label: { vi: 'Đang hỗ trợ', en: 'Being helped' } },
      { code: 'done', label: { vi: 'Đã hỗ trợ xong', en: 'Done' } },
      { code: 'no-show', label: { vi: 'Vắng mặt khi gọi', en: 'No-show' } },
      { code: 'cancelled', label: { vi: 'Đã huỷ', en: 'Cancelled' } },
      { code: 'closed', label: { vi: 'Đóng cuối ngày', en: 'Closed at day end' } },
    ],
  },
  ticket_source: {
    code: 'ticket_source',
    name: { vi: 'Nơi lấy số', en: 'Ticket taken at' },
    values: [
      { code: 'kiosk', label: { vi: 'Màn hình tự phục vụ', en: 'Kiosk' } },
      { code: 'desk', label: { vi: 'Bàn hỗ trợ', en: 'Desk' } },
    ],
  },
};

// --- Indicators --------------------------------------------------------------------------------

export interface IndicatorDef {
  code: string;
  name: BilingualLabel;
  definition: BilingualLabel;
  unit: typeof UNIT_VISITS;
  dimensions: readonly DimensionCode[];
}

/** "vneidActivated" → "vneid_activated": counter indicators are named after the counter. */
export const counterIndicatorCode = (counter: Counter): string => counter.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** What each counter means upward; the names come from CODE_LABELS.counter. */
const COUNTER_DEFINITIONS: Record<Counter, BilingualLabel> = {
  vneidActivated: {
    vi: 'Số lượt hỗ trợ mà người dân kích hoạt được tài khoản định danh điện tử mức 2 trên VNeID trong lượt đó.',
    en: 'Visits in which the visitor activated a level-2 electronic identification account in VNeID.',
  },
  documentsAdded: {
    vi: 'Số lượt hỗ trợ có tích hợp giấy tờ (bằng lái, thẻ BHYT…) vào VNeID.',
    en: 'Visits in which documents (driving licence, health-insurance card…) were added to VNeID.',
  },
  publicServiceSubmitted: {
    vi: 'Số lượt hỗ trợ có nộp được hồ sơ dịch vụ công trực tuyến (Cổng DVC quốc gia hoặc của tỉnh).',
    en: 'Visits in which an online public-service application was submitted (national or provincial portal).',
  },
  healthBookActivated: { vi: 'Số lượt hỗ trợ kích hoạt được sổ sức khỏe điện tử trên VNeID.', en: 'Visits in which the e-health book in VNeID was activated.' },
  signatureRegistered: { vi: 'Số lượt hỗ trợ đăng ký được chứng thư chữ ký số.', en: 'Visits in which a digital-signature certificate was registered.' },
  learningEnrolled: {
    vi: 'Số lượt hỗ trợ đăng ký học trên nền tảng Bình dân học vụ số (việc hoàn thành được ghi trên nền tảng và VNeID, không ở điểm).',
    en: 'Visits in which the visitor enrolled on the Bình dân học vụ số platform (completion is recorded on the platform and VNeID, not at the point).',
  },
  scamReported: { vi: 'Số lượt người dân báo một nghi vấn lừa đảo trực tuyến.', en: 'Visits in which the visitor reported a suspected online scam.' },
};

const visitsDef = (code: string, name: BilingualLabel, definition: BilingualLabel, dimensions: readonly DimensionCode[]): IndicatorDef => ({ code, name, definition, unit: UNIT_VISITS, dimensions });

export const INDICATORS: readonly IndicatorDef[] = [
  visitsDef(
    'visits',
    { vi: 'Lượt hỗ trợ', en: 'Assisted visits' },
    { vi: 'Số lượt người dân được tình nguyện viên hỗ trợ tại điểm (một người đến hai lần là hai lượt).', en: 'Visits in which a volunteer helped a visitor at the point (one person coming twice is two visits).' },
    [],
  ),
  visitsDef(
    'visits_by_service',
    { vi: 'Lượt hỗ trợ theo dịch vụ và kết quả', en: 'Visits by service and outcome' },
    {
      vi: 'Lượt hỗ trợ theo từng dịch vụ (hướng dẫn) và kết quả; một lượt có hai dịch vụ được tính ở cả hai, lượt không ghi dịch vụ tính vào "other".',
      en: 'Visits per service (walkthrough) and outcome; a visit with two services counts under both, one with none under "other".',
    },
    ['service', 'outcome'],
  ),
  visitsDef('visits_by_outcome', { vi: 'Lượt hỗ trợ theo kết quả', en: 'Visits by outcome' }, { vi: 'Mỗi lượt tính đúng một lần theo kết quả ghi nhận.', en: 'Each visit once, by its recorded outcome.' }, ['outcome']),
  visitsDef(
    'visits_by_target_group',
    { vi: 'Lượt hỗ trợ theo nhóm đối tượng', en: 'Visits by target group' },
    { vi: 'Theo bốn nhóm đối tượng của Quyết định 757/QĐ-BKHCN.', en: 'By the four target groups of Decision 757/QĐ-BKHCN.' },
    ['target_group'],
  ),
  visitsDef('visits_by_age_sex', { vi: 'Lượt hỗ trợ theo nhóm tuổi và giới tính', en: 'Visits by age band and sex' }, { vi: 'Mỗi lượt tính một lần theo nhóm tuổi và giới tính (nếu người dân nêu).', en: 'Each visit once, by age band and sex (where stated).' }, ['age_band', 'sex']),
  visitsDef(
    'visits_by_priority',
    { vi: 'Lượt hỗ trợ nhóm ưu tiên', en: 'Visits by priority group' },
    { vi: 'Lượt hỗ trợ người thuộc nhóm ưu tiên; một lượt thuộc hai nhóm được tính ở cả hai, lượt không thuộc nhóm nào tính vào "none".', en: 'Visits by priority group; a visit in two groups counts under both, one in none under "none".' },
    ['priority'],
  ),
  visitsDef('visits_by_reason', { vi: 'Lượt chưa hoàn thành theo lý do', en: 'Visits not completed, by reason' }, { vi: 'Lượt hoàn thành một phần, chưa hoàn thành hoặc chuyển tiếp, theo lý do ghi nhận.', en: 'Partly done, not done or referred visits, by recorded reason.' }, ['reason']),
  visitsDef('visits_by_referral', { vi: 'Lượt chuyển tiếp theo nơi nhận', en: 'Visits referred, by place' }, { vi: 'Lượt được hướng dẫn đến nơi khác (công an xã, bộ phận một cửa…).', en: 'Visits sent on elsewhere (commune police, one-stop desk…).' }, ['referral']),
  ...COUNTERS.map((c) => visitsDef(counterIndicatorCode(c), CODE_LABELS.counter[c], COUNTER_DEFINITIONS[c], [])),
  visitsDef('feedback', { vi: 'Lượt đánh giá của người dân', en: 'Visitor feedback taps' }, { vi: 'Số lượt người dân chạm đánh giá trên màn hình, theo mức đánh giá.', en: 'Feedback taps on the kiosk, by rating.' }, ['rating']),
  visitsDef(
    'tickets_by_status',
    { vi: 'Lượt lấy số theo trạng thái', en: 'Queue tickets by status' },
    { vi: 'Số thứ tự đã phát trong ngày, theo trạng thái cuối (đã hỗ trợ, vắng mặt, huỷ…) và nơi lấy số.', en: 'Queue tickets issued, by their last status (done, no-show, cancelled…) and where they were taken.' },
    ['ticket_status', 'ticket_source'],
  ),
];

export const INDICATOR_BY_CODE: ReadonlyMap<string, IndicatorDef> = new Map(INDICATORS.map((d) => [d.code, d]));

// --- Periods (DHIS2 formats) ---------------------------------------------------------------------

export const PERIOD_GRAINS = ['day', 'week', 'month'] as const;
export type PeriodGrain = (typeof PERIOD_GRAINS)[number];

/** A local day "2026-11-23" as a DHIS2 period: day "20261123", ISO week "2026W48", month "202611". */
export function periodOf(day: string, grain: PeriodGrain): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  if (grain === 'day') return day.replaceAll('-', '');
  if (grain === 'month') return `${y}${String(m).padStart(2, '0')}`;
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of this ISO week
  const isoYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(isoYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `${isoYear}W${week}`;
}

// --- Facts and long rows --------------------------------------------------------------------------

/** What the indicators need of one assisted session: categories only, nothing personal. */
export interface SessionFact {
  day: string;
  services: readonly string[];
  outcome: string | null;
  reason: string | null;
  referral: string | null;
  targetGroup: string | null;
  ageBand: string | null;
  sex: string | null;
  priority: readonly string[];
  counters: Partial<Record<Counter, number>>;
  /** Facts may come pre-grouped (identical facts counted once with a weight); 1 when absent. */
  count?: number;
}

export interface FeedbackFact {
  day: string;
  rating: string;
  count?: number;
}

export interface TicketFact {
  day: string;
  status: string;
  source: string;
  count?: number;
}

export interface IndicatorRow {
  pointCode: string;
  period: string;
  indicator: string;
  /** Dimension code → value, e.g. { age_band: '60-69', sex: 'female' }; empty for a plain total. */
  dimensions: Record<string, string>;
  value: number;
}

/** "age_band=60-69;sex=female": dimension codes in the indicator's order, so the key is stable. */
export function formatDimensions(dimensions: Record<string, string>): string {
  return Object.entries(dimensions)
    .map(([k, v]) => `${k}=${v}`)
    .join(';');
}

export function parseDimensions(text: string): Record<string, string> {
  if (!text) return {};
  return Object.fromEntries(text.split(';').map((pair) => pair.split('=') as [string, string]));
}

const known = (values: readonly string[], value: string | null, fallback: string): string => (value !== null && values.includes(value) ? value : fallback);

class Tally {
  private readonly cells = new Map<string, { indicator: string; dimensions: Record<string, string>; value: number }>();
  constructor(private readonly only?: ReadonlySet<string>) {}
  add(indicator: string, dimensions: Record<string, string>, n: number): void {
    if (this.only && !this.only.has(indicator)) return;
    const key = `${indicator}|${formatDimensions(dimensions)}`;
    const cell = this.cells.get(key);
    if (cell) cell.value += n;
    else this.cells.set(key, { indicator, dimensions, value: n });
  }
  rows(pointCode: string, period: string): IndicatorRow[] {
    const order = new Map(INDICATORS.map((d, i) => [d.code, i]));
    return [...this.cells.values()]
      .filter((c) => c.value !== 0 || c.indicator === 'visits')
      .sort((a, b) => order.get(a.indicator)! - order.get(b.indicator)! || formatDimensions(a.dimensions).localeCompare(formatDimensions(b.dimensions)))
      .map((c) => ({ pointCode, period, ...c }));
  }
}

/**
 * The long rows of one point for one period. `visits` is always present (0 says "reported,
 * nothing happened"); other zero cells are left out, as DHIS2 does. The categories are read as
 * the staff totals read them (core/services/export/totals.ts), so the two always agree.
 */
export function computeIndicatorRows(input: {
  pointCode: string;
  period: string;
  sessions: readonly SessionFact[];
  feedback?: readonly FeedbackFact[];
  tickets?: readonly TicketFact[];
  /**
   * Only these indicators. Lets a caller that groups facts on a few columns at a time (the
   * province's dashboard query) compute each family from facts that carry just those columns.
   */
  only?: ReadonlySet<string>;
}): IndicatorRow[] {
  const t = new Tally(input.only);
  t.add('visits', {}, 0);
  for (const s of input.sessions) {
    const n = s.count ?? 1;
    const outcome = known(OUTCOME_VALUES, s.outcome, 'unrecorded');
    t.add('visits', {}, n);
    for (const service of new Set(s.services.length ? s.services : ['other'])) t.add('visits_by_service', { service, outcome }, n);
    t.add('visits_by_outcome', { outcome }, n);
    t.add('visits_by_target_group', { target_group: known(TARGET_GROUP_VALUES, s.targetGroup, 'unknown') }, n);
    t.add('visits_by_age_sex', { age_band: known(AGE_BAND_VALUES, s.ageBand, 'unknown'), sex: known(SEX_VALUES, s.sex, 'unknown') }, n);
    const flags = new Set(s.priority.filter((f) => (PRIORITY_FLAGS as readonly string[]).includes(f)));
    if (flags.size === 0) t.add('visits_by_priority', { priority: 'none' }, n);
    for (const f of flags) t.add('visits_by_priority', { priority: f }, n);
    if (s.reason !== null && (REASON_CODES as readonly string[]).includes(s.reason)) t.add('visits_by_reason', { reason: s.reason }, n);
    if (s.referral !== null && (REFERRAL_TARGETS as readonly string[]).includes(s.referral)) t.add('visits_by_referral', { referral: s.referral }, n);
    for (const c of COUNTERS) {
      const v = s.counters[c] ?? 0;
      if (v) t.add(counterIndicatorCode(c), {}, v * n);
    }
  }
  for (const f of input.feedback ?? []) {
    if ((FEEDBACK_RATINGS as readonly string[]).includes(f.rating)) t.add('feedback', { rating: f.rating }, f.count ?? 1);
  }
  for (const k of input.tickets ?? []) {
    t.add('tickets_by_status', { ticket_status: known(TICKET_STATUS_VALUES, k.status, 'closed'), ticket_source: known(TICKET_SOURCE_VALUES, k.source, 'desk') }, k.count ?? 1);
  }
  return t.rows(input.pointCode, input.period);
}

/**
 * The same rows read off the staff totals of a period: a cross-check that the long CSV says
 * what the dashboard and the XLSX "Tổng hợp" sheet say (tickets are not in the totals).
 */
export function indicatorRowsFromTotals(totals: Totals, pointCode: string, period: string): IndicatorRow[] {
  const t = new Tally();
  t.add('visits', {}, totals.sessions);
  for (const row of totals.byServiceOutcome) for (const [outcome, n] of Object.entries(row.byOutcome)) t.add('visits_by_service', { service: row.service, outcome }, n);
  for (const [outcome, n] of Object.entries(totals.byOutcome)) t.add('visits_by_outcome', { outcome }, n);
  for (const [group, n] of Object.entries(totals.byTargetGroup)) t.add('visits_by_target_group', { target_group: group }, n);
  for (const row of totals.byAgeSex) for (const [sex, n] of Object.entries(row.bySex)) t.add('visits_by_age_sex', { age_band: row.ageBand, sex }, n);
  for (const [flag, n] of Object.entries(totals.byPriority)) t.add('visits_by_priority', { priority: flag }, n);
  for (const [reason, n] of Object.entries(totals.reasons)) t.add('visits_by_reason', { reason }, n);
  for (const [referral, n] of Object.entries(totals.referrals)) t.add('visits_by_referral', { referral }, n);
  for (const c of COUNTERS) t.add(counterIndicatorCode(c), {}, totals.counters[c]);
  for (const [rating, n] of Object.entries(totals.feedback)) t.add('feedback', { rating }, n);
  return t.rows(pointCode, period);
}

/** Adds rows with the same point, period, indicator and dimensions (e.g. the days of a week). */
export function sumIndicatorRows(rows: Iterable<IndicatorRow>, regroup: (row: IndicatorRow) => { pointCode: string; period: string } = (r) => r): IndicatorRow[] {
  const cells = new Map<string, IndicatorRow>();
  for (const row of rows) {
    const { pointCode, period } = regroup(row);
    const key = `${pointCode}|${period}|${row.indicator}|${formatDimensions(row.dimensions)}`;
    const cell = cells.get(key);
    if (cell) cell.value += row.value;
    else cells.set(key, { pointCode, period, indicator: row.indicator, dimensions: row.dimensions, value: row.value });
  }
  return [...cells.values()];
}

export const LONG_CSV_HEADER = ['point_code', 'period', 'indicator', 'dimensions', 'value'] as const;

const csvField = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The long CSV: UTF-8, a header row, CRLF line ends, one figure a line. */
export function toLongCsv(rows: Iterable<IndicatorRow>): string {
  const lines = [LONG_CSV_HEADER.join(',')];
  for (const r of rows) lines.push([r.pointCode, r.period, r.indicator, formatDimensions(r.dimensions), String(r.value)].map(csvField).join(','));
  return lines.join('\r\n') + '\r\n';
}
