/**
 * Every code list of the product, with its labels in both languages, declared once.
 * The desk's forms, the kiosk, the exports, the staff totals, the schemas and the
 * services all read these, so the ward report and the screen always say the same
 * thing. Categories, not identities.
 */
import type { BilingualLabel } from './labels';

// — the queue —

/** Why a ticket is called sooner; asked on the kiosk or at the desk, never proved. */
export const PRIORITY_REASONS = ['age60', 'disability', 'pregnant', 'poor-household', 'other'] as const;
export type PriorityReason = (typeof PRIORITY_REASONS)[number];

export const TICKET_SOURCES = ['kiosk', 'desk'] as const;
export type TicketSource = (typeof TICKET_SOURCES)[number];

export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'done', 'no-show', 'cancelled', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Why the queue rule called a ticket (kept on the ticket, its event and the session, for the ward's audit of fairness). */
export const DISPATCH_REASONS = ['priority', 'fifo', 'consecutive-cap', 'max-wait', 'manual'] as const;
export type DispatchReason = (typeof DISPATCH_REASONS)[number];

export const CANCEL_REASONS = ['visitor-left', 'issued-by-mistake', 'other'] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

/** The service category for anything that is not one of the guides. */
export const OTHER_SERVICE = 'other';
export const OTHER_SERVICE_LABEL: BilingualLabel = { vi: 'Việc khác', en: 'Something else' };

// — the session record —

export const OUTCOMES = ['done-self', 'done-assisted', 'partial', 'not-done', 'referred'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const REASON_CODES = [
  'no-level2-account',
  'sim-not-own-name',
  'no-otp',
  'forgot-password',
  'no-chip-id',
  'no-smartphone',
  'system-error',
  'missing-papers',
  'out-of-time',
  'other',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const REFERRAL_TARGETS = ['commune-police', 'one-stop-desk', 'bank', 'health-facility', 'other'] as const;
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];

/** The numbers wards report upward; each is a count per session (usually 0 or 1). */
export const COUNTERS = [
  'vneidActivated',
  'documentsAdded',
  'publicServiceSubmitted',
  'healthBookActivated',
  'signatureRegistered',
  'learningEnrolled',
  'scamReported',
] as const;
export type Counter = (typeof COUNTERS)[number];

/** Decision 757/QĐ-BKHCN target groups. */
export const TARGET_GROUPS = ['citizen', 'student', 'public-sector', 'enterprise-worker'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const AGE_BANDS = ['under-18', '18-39', '40-59', '60-69', '70-79', '80-plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const SEXES = ['male', 'female', 'unstated'] as const;
export type Sex = (typeof SEXES)[number];

/** Priority groups recorded on a session (wider than the ticket's priority reason). */
export const PRIORITY_FLAGS = ['elderly', 'disability', 'pregnant', 'poor-household', 'near-poor-household', 'ethnic-minority', 'no-smartphone', 'other'] as const;
export type PriorityFlag = (typeof PRIORITY_FLAGS)[number];

export const FEEDBACK_RATINGS = ['not-helpful', 'okay', 'helpful'] as const;
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];

/** Each counter's integer column in `sessions`, so totals stay plain SQL sums. */
export const COUNTER_COLUMNS: Record<Counter, string> = {
  vneidActivated: 'vneid_activated',
  documentsAdded: 'documents_added',
  publicServiceSubmitted: 'public_service_submitted',
  healthBookActivated: 'health_book_activated',
  signatureRegistered: 'signature_registered',
  learningEnrolled: 'learning_enrolled',
  scamReported: 'scam_reported',
};

export function isCounter(value: string): value is Counter {
  return (COUNTERS as readonly string[]).includes(value);
}

/**
 * Which follow-up each outcome asks for: the record form shows a field unless it is
 * 'none' and insists on it when 'required'; the schema refuses a record missing a
 * required one; the service keeps only what is not 'none', so totals never count a
 * stale tap from an outcome the volunteer changed.
 */
export type FieldNeed = 'none' | 'optional' | 'required';
export const OUTCOME_FIELDS: Record<Outcome, { reason: FieldNeed; referral: FieldNeed }> = {
  'done-self': { reason: 'none', referral: 'none' },
  'done-assisted': { reason: 'none', referral: 'none' },
  partial: { reason: 'optional', referral: 'optional' },
  'not-done': { reason: 'required', referral: 'optional' },
  referred: { reason: 'none', referral: 'required' },
};

/** The session's priority group that a ticket's priority reason stands for (pre-ticked on the record form). */
export const PRIORITY_FLAG_OF_REASON: Record<PriorityReason, PriorityFlag> = {
  age60: 'elderly',
  disability: 'disability',
  pregnant: 'pregnant',
  'poor-household': 'poor-household',
  other: 'other',
};

// — the staff export —

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_FORMAT_MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The session-log columns staff may choose, in file order. The counters are chosen
 * apart (settings `exportCounters`) and sit after `COUNTERS_AFTER_COLUMN` in the file.
 */
export const EXPORT_COLUMNS = [
  'sessionId',
  'day',
  'ticket',
  'desk',
  'volunteer',
  'startedAt',
  'finishedAt',
  'waitMinutes',
  'serviceMinutes',
  'services',
  'outcome',
  'reason',
  'referral',
  'targetGroup',
  'ageBand',
  'sex',
  'priority',
  'feedback',
  'note',
  'consent',
  'visitorName',
  'visitorPhone',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export const COUNTERS_AFTER_COLUMN: ExportColumn = 'priority';

/** Columns that carry a visitor's identity: out of every export unless staff tick them for that export. */
export const PERSONAL_COLUMNS: readonly ExportColumn[] = ['visitorName', 'visitorPhone'];
export const DEFAULT_EXPORT_COLUMNS: readonly ExportColumn[] = EXPORT_COLUMNS.filter((c) => !PERSONAL_COLUMNS.includes(c));

export const CODE_LABELS: {
  priorityReason: Record<PriorityReason, BilingualLabel>;
  dispatchReason: Record<DispatchReason, BilingualLabel>;
  cancelReason: Record<CancelReason, BilingualLabel>;
  exportColumn: Record<ExportColumn, BilingualLabel>;
  outcome: Record<Outcome, BilingualLabel>;
  reason: Record<ReasonCode, BilingualLabel>;
  referral: Record<ReferralTarget, BilingualLabel>;
  counter: Record<Counter, BilingualLabel>;
  targetGroup: Record<TargetGroup, BilingualLabel>;
  ageBand: Record<AgeBand, BilingualLabel>;
  sex: Record<Sex, BilingualLabel>;
  priorityFlag: Record<PriorityFlag, BilingualLabel>;
  feedback: Record<FeedbackRating, BilingualLabel>;
} = {
  priorityReason: {
    age60: { vi: 'Người từ 60 tuổi trở lên', en: 'Aged 60 or over' },
    disability: { vi: 'Người khuyết tật', en: 'Person with a disability' },
    pregnant: { vi: 'Phụ nữ mang thai', en: 'Pregnant' },
    'poor-household': { vi: 'Hộ nghèo, cận nghèo', en: 'Poor or near-poor household' },
    other: { vi: 'Lý do ưu tiên khác', en: 'Another priority reason' },
  },
  dispatchReason: {
    priority: { vi: 'ưu tiên', en: 'priority' },
    fifo: { vi: 'đến trước', en: 'arrived first' },
    'consecutive-cap': { vi: 'đến lượt người thường', en: 'turn of non-priority' },
    'max-wait': { vi: 'chờ quá lâu', en: 'waited too long' },
    manual: { vi: 'gọi trực tiếp', en: 'called directly' },
  },
  cancelReason: {
    'visitor-left': { vi: 'Khách đã về', en: 'Visitor left' },
    'issued-by-mistake': { vi: 'Lấy nhầm số', en: 'Issued by mistake' },
    other: { vi: 'Lý do khác', en: 'Other reason' },
  },
  /** Vietnamese is the file's column header (the ward report is in Vietnamese); both show in the staff's column choice. */
  exportColumn: {
    sessionId: { vi: 'Mã phiên', en: 'Session id' },
    day: { vi: 'Ngày', en: 'Day' },
    ticket: { vi: 'Số thứ tự', en: 'Ticket' },
    desk: { vi: 'Bàn', en: 'Desk' },
    volunteer: { vi: 'Tình nguyện viên', en: 'Volunteer' },
    startedAt: { vi: 'Giờ bắt đầu', en: 'Start time' },
    finishedAt: { vi: 'Giờ kết thúc', en: 'End time' },
    waitMinutes: { vi: 'Thời gian chờ (phút)', en: 'Waiting time (minutes)' },
    serviceMinutes: { vi: 'Thời gian hỗ trợ (phút)', en: 'Service time (minutes)' },
    services: { vi: 'Nội dung hỗ trợ', en: 'Services' },
    outcome: { vi: 'Kết quả', en: 'Outcome' },
    reason: { vi: 'Lý do chưa xong', en: 'Reason' },
    referral: { vi: 'Chuyển tiếp đến', en: 'Referred to' },
    targetGroup: { vi: 'Nhóm đối tượng', en: 'Target group' },
    ageBand: { vi: 'Nhóm tuổi', en: 'Age band' },
    sex: { vi: 'Giới tính', en: 'Sex' },
    priority: { vi: 'Nhóm ưu tiên', en: 'Priority group' },
    feedback: { vi: 'Đánh giá của người dân', en: 'Feedback' },
    note: { vi: 'Ghi chú', en: 'Note' },
    consent: { vi: 'Đồng ý lưu thông tin', en: 'Consent' },
    visitorName: { vi: 'Họ tên người dân', en: 'Name' },
    visitorPhone: { vi: 'Số điện thoại', en: 'Phone' },
  },
  outcome: {
    'done-self': { vi: 'Hoàn thành (tự làm)', en: 'Done by themselves' },
    'done-assisted': { vi: 'Hoàn thành (có hỗ trợ)', en: 'Done with help' },
    partial: { vi: 'Hoàn thành một phần', en: 'Partly done' },
    'not-done': { vi: 'Chưa hoàn thành', en: 'Not done' },
    referred: { vi: 'Chuyển tiếp', en: 'Referred' },
  },
  reason: {
    'no-level2-account': { vi: 'Chưa có tài khoản định danh mức 2', en: 'No level-2 e-ID account yet' },
    'sim-not-own-name': { vi: 'SIM không chính chủ', en: 'SIM not in own name' },
    'no-otp': { vi: 'Không nhận được OTP', en: 'No OTP received' },
    'forgot-password': { vi: 'Quên mật khẩu', en: 'Forgot password' },
    'no-chip-id': { vi: 'Chưa có CCCD gắn chip', en: 'No chip ID card' },
    'no-smartphone': { vi: 'Không có điện thoại thông minh', en: 'No smartphone' },
    'system-error': { vi: 'Hệ thống lỗi', en: 'System error' },
    'missing-papers': { vi: 'Thiếu giấy tờ', en: 'Missing papers' },
    'out-of-time': { vi: 'Hết thời gian', en: 'Out of time' },
    other: { vi: 'Lý do khác', en: 'Other' },
  },
  referral: {
    'commune-police': { vi: 'Công an xã/phường', en: 'Commune police' },
    'one-stop-desk': { vi: 'Bộ phận một cửa', en: 'One-stop desk' },
    bank: { vi: 'Ngân hàng', en: 'Bank' },
    'health-facility': { vi: 'Cơ sở y tế', en: 'Health facility' },
    other: { vi: 'Nơi khác', en: 'Other' },
  },
  counter: {
    vneidActivated: { vi: 'Kích hoạt VNeID', en: 'VNeID activated' },
    documentsAdded: { vi: 'Tích hợp giấy tờ vào VNeID', en: 'Documents added to VNeID' },
    publicServiceSubmitted: { vi: 'Nộp hồ sơ dịch vụ công', en: 'Public-service application submitted' },
    healthBookActivated: { vi: 'Kích hoạt sổ sức khỏe điện tử', en: 'Health book activated' },
    signatureRegistered: { vi: 'Đăng ký chữ ký số', en: 'Digital signature registered' },
    learningEnrolled: { vi: 'Đăng ký học trên nền tảng BDHVS', en: 'Learning platform enrolment' },
    scamReported: { vi: 'Báo cáo lừa đảo', en: 'Scam reported' },
  },
  targetGroup: {
    citizen: { vi: 'Người dân', en: 'Citizen' },
    student: { vi: 'Học sinh, sinh viên', en: 'Student' },
    'public-sector': { vi: 'Cán bộ, công chức, viên chức', en: 'Public-sector worker' },
    'enterprise-worker': { vi: 'Người lao động doanh nghiệp', en: 'Enterprise worker' },
  },
  ageBand: {
    'under-18': { vi: 'Dưới 18', en: 'Under 18' },
    '18-39': { vi: '18–39', en: '18–39' },
    '40-59': { vi: '40–59', en: '40–59' },
    '60-69': { vi: '60–69', en: '60–69' },
    '70-79': { vi: '70–79', en: '70–79' },
    '80-plus': { vi: '80 trở lên', en: '80 and over' },
  },
  sex: {
    male: { vi: 'Nam', en: 'Male' },
    female: { vi: 'Nữ', en: 'Female' },
    unstated: { vi: 'Không nêu', en: 'Not stated' },
  },
  priorityFlag: {
    elderly: { vi: 'Người cao tuổi', en: 'Elderly' },
    disability: { vi: 'Người khuyết tật', en: 'Disability' },
    pregnant: { vi: 'Phụ nữ mang thai', en: 'Pregnant' },
    'poor-household': { vi: 'Hộ nghèo', en: 'Poor household' },
    'near-poor-household': { vi: 'Hộ cận nghèo', en: 'Near-poor household' },
    'ethnic-minority': { vi: 'Dân tộc thiểu số', en: 'Ethnic minority' },
    'no-smartphone': { vi: 'Không có điện thoại thông minh', en: 'No smartphone' },
    other: { vi: 'Khác', en: 'Other' },
  },
  feedback: {
    'not-helpful': { vi: 'Chưa giúp được', en: 'Not helpful' },
    okay: { vi: 'Tạm được', en: 'Okay' },
    helpful: { vi: 'Rất có ích', en: 'Helpful' },
  },
};
