/**
 * Codes recorded for each assisted session, with their labels in both languages.
 * Shared by the desk's record form, the exports and the staff totals, so the
 * ward report and the screen always say the same thing. Categories, not identities.
 */
import type { BilingualLabel } from './labels';

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

export const CODE_LABELS: {
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
