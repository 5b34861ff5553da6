/**
 * The ward report's totals as tables, in the report's order, language-neutral: every
 * label is bilingual, every figure a number. The XLSX "Tổng hợp" sheet writes the
 * Vietnamese side; the staff dashboard and the printable summary show the staff's
 * language. One model, so the spreadsheet and the screen never disagree.
 */
import { CODE_LABELS, FEEDBACK_RATINGS, OUTCOMES, PRIORITY_FLAGS, REFERRAL_TARGETS, SEXES, TARGET_GROUPS, type Counter } from './codes';
import type { BilingualLabel } from './labels';
import type { Totals } from './staff-dto';

export type ReportCell = BilingualLabel | number | null;

export interface ReportSection {
  id: 'sessions' | 'serviceOutcome' | 'ageSex' | 'priority' | 'targetGroup' | 'counters' | 'referrals' | 'times' | 'volunteers' | 'feedback';
  title: BilingualLabel;
  header: BilingualLabel[];
  /** Each row: a label, then figures. */
  rows: ReportCell[][];
}

const L = (vi: string, en: string): BilingualLabel => ({ vi, en });
const UNRECORDED = L('Chưa ghi', 'Not recorded');
const TOTAL = L('Tổng', 'Total');
const SESSIONS = L('Số phiên', 'Sessions');

export function totalsReport(t: Totals, counters: readonly Counter[]): ReportSection[] {
  return [
    { id: 'sessions', title: L('Số phiên hỗ trợ', 'Sessions'), header: [L('Chỉ số', 'Figure'), L('Số lượng', 'Count')], rows: [[L('Tổng số phiên', 'All sessions'), t.sessions]] },
    {
      id: 'serviceOutcome',
      title: L('Theo nội dung và kết quả', 'By service and outcome'),
      header: [L('Nội dung hỗ trợ', 'By service'), ...OUTCOMES.map((o) => CODE_LABELS.outcome[o]), UNRECORDED, TOTAL],
      rows: [
        ...t.byServiceOutcome.map((s) => [s.label, ...OUTCOMES.map((o) => s.byOutcome[o]), s.byOutcome.unrecorded, s.total]),
        [L('Tổng (theo phiên)', 'Total (by session)'), ...OUTCOMES.map((o) => t.byOutcome[o]), t.byOutcome.unrecorded, t.sessions],
      ],
    },
    {
      id: 'ageSex',
      title: L('Theo nhóm tuổi và giới tính', 'By age band and sex'),
      header: [L('Nhóm tuổi', 'Age band'), ...SEXES.map((s) => CODE_LABELS.sex[s]), UNRECORDED, TOTAL],
      rows: t.byAgeSex.map((a) => [a.ageBand === 'unknown' ? UNRECORDED : CODE_LABELS.ageBand[a.ageBand], ...SEXES.map((s) => a.bySex[s]), a.bySex.unknown, a.total]),
    },
    {
      id: 'priority',
      title: L('Theo nhóm ưu tiên', 'By priority group'),
      header: [L('Nhóm ưu tiên', 'Priority group'), SESSIONS],
      rows: [...PRIORITY_FLAGS.map((p) => [CODE_LABELS.priorityFlag[p], t.byPriority[p]]), [L('Không thuộc nhóm ưu tiên', 'Not a priority group'), t.byPriority.none]],
    },
    {
      id: 'targetGroup',
      title: L('Theo nhóm đối tượng (QĐ 757/QĐ-BKHCN)', 'By target group (Decision 757/QĐ-BKHCN)'),
      header: [L('Nhóm đối tượng', 'Target group'), SESSIONS],
      rows: [...TARGET_GROUPS.map((g) => [CODE_LABELS.targetGroup[g], t.byTargetGroup[g]]), [UNRECORDED, t.byTargetGroup.unknown]],
    },
    { id: 'counters', title: L('Chỉ tiêu báo cáo', 'Reported counters'), header: [L('Chỉ tiêu', 'Counter'), L('Số lượng', 'Count')], rows: counters.map((c) => [CODE_LABELS.counter[c], t.counters[c]]) },
    { id: 'referrals', title: L('Chuyển tiếp', 'Referrals'), header: [L('Nơi chuyển đến', 'Referred to'), SESSIONS], rows: REFERRAL_TARGETS.map((r) => [CODE_LABELS.referral[r], t.referrals[r]]) },
    {
      id: 'times',
      title: L('Thời gian (phút)', 'Times (minutes)'),
      header: [L('Loại', 'Kind'), L('Số phiên có số liệu', 'Sessions with data'), L('Trung vị', 'Median'), L('Phân vị 90', '90th percentile')],
      rows: [
        [L('Thời gian chờ', 'Waiting time'), t.waiting.count, t.waiting.median, t.waiting.p90],
        [L('Thời gian hỗ trợ', 'Service time'), t.service.count, t.service.median, t.service.p90],
      ],
    },
    {
      id: 'volunteers',
      title: L('Tình nguyện viên', 'Volunteers'),
      header: [L('Chỉ số', 'Figure'), L('Số lượng', 'Count')],
      rows: [
        [L('Số tình nguyện viên làm nhiệm vụ', 'Volunteers on duty'), t.volunteersOnDuty],
        [L('Số giờ tình nguyện', 'Volunteer-hours'), t.volunteerHours],
      ],
    },
    { id: 'feedback', title: L('Đánh giá của người dân', 'Visitor feedback'), header: [L('Đánh giá', 'Rating'), L('Số lượt', 'Taps')], rows: FEEDBACK_RATINGS.map((f) => [CODE_LABELS.feedback[f], t.feedback[f]]) },
  ];
}
