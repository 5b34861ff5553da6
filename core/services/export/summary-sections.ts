import { CODE_LABELS, FEEDBACK_RATINGS, OUTCOMES, PRIORITY_FLAGS, REFERRAL_TARGETS, SEXES, TARGET_GROUPS, type Counter } from '../../../contract/codes';
import type { Totals } from '../../../contract/staff-dto';

/** One block of the totals sheet: a title, a header row and rows of label + numbers. */
export interface SummarySection {
  title: string;
  header: string[];
  rows: (string | number | null)[][];
}

const UNRECORDED = 'Chưa ghi';

/** The totals as Vietnamese tables, in the order of the ward report. */
export function summarySections(t: Totals, counters: readonly Counter[]): SummarySection[] {
  const outcomeHeaders = [...OUTCOMES.map((o) => CODE_LABELS.outcome[o].vi), UNRECORDED];
  return [
    { title: 'Số phiên hỗ trợ', header: ['Chỉ số', 'Số lượng'], rows: [['Tổng số phiên', t.sessions]] },
    {
      title: 'Theo nội dung và kết quả',
      header: ['Nội dung hỗ trợ', ...outcomeHeaders, 'Tổng'],
      rows: [
        ...t.byServiceOutcome.map((s) => [s.label.vi, ...OUTCOMES.map((o) => s.byOutcome[o]), s.byOutcome.unrecorded, s.total]),
        ['Tổng (theo phiên)', ...OUTCOMES.map((o) => t.byOutcome[o]), t.byOutcome.unrecorded, t.sessions],
      ],
    },
    {
      title: 'Theo nhóm tuổi và giới tính',
      header: ['Nhóm tuổi', ...SEXES.map((s) => CODE_LABELS.sex[s].vi), UNRECORDED, 'Tổng'],
      rows: t.byAgeSex.map((a) => [a.ageBand === 'unknown' ? UNRECORDED : CODE_LABELS.ageBand[a.ageBand].vi, ...SEXES.map((s) => a.bySex[s]), a.bySex.unknown, a.total]),
    },
    {
      title: 'Theo nhóm ưu tiên',
      header: ['Nhóm ưu tiên', 'Số phiên'],
      rows: [...PRIORITY_FLAGS.map((p) => [CODE_LABELS.priorityFlag[p].vi, t.byPriority[p]]), ['Không thuộc nhóm ưu tiên', t.byPriority.none]],
    },
    {
      title: 'Theo nhóm đối tượng (QĐ 757/QĐ-BKHCN)',
      header: ['Nhóm đối tượng', 'Số phiên'],
      rows: [...TARGET_GROUPS.map((g) => [CODE_LABELS.targetGroup[g].vi, t.byTargetGroup[g]]), [UNRECORDED, t.byTargetGroup.unknown]],
    },
    { title: 'Chỉ tiêu báo cáo', header: ['Chỉ tiêu', 'Số lượng'], rows: counters.map((c) => [CODE_LABELS.counter[c].vi, t.counters[c]]) },
    { title: 'Chuyển tiếp', header: ['Nơi chuyển đến', 'Số phiên'], rows: REFERRAL_TARGETS.map((r) => [CODE_LABELS.referral[r].vi, t.referrals[r]]) },
    {
      title: 'Thời gian (phút)',
      header: ['Loại', 'Số phiên có số liệu', 'Trung vị', 'Phân vị 90'],
      rows: [
        ['Thời gian chờ', t.waiting.count, t.waiting.median, t.waiting.p90],
        ['Thời gian hỗ trợ', t.service.count, t.service.median, t.service.p90],
      ],
    },
    {
      title: 'Tình nguyện viên',
      header: ['Chỉ số', 'Số lượng'],
      rows: [
        ['Số tình nguyện viên làm nhiệm vụ', t.volunteersOnDuty],
        ['Số giờ tình nguyện', t.volunteerHours],
      ],
    },
    { title: 'Đánh giá của người dân', header: ['Đánh giá', 'Số lượt'], rows: FEEDBACK_RATINGS.map((f) => [CODE_LABELS.feedback[f].vi, t.feedback[f]]) },
  ];
}
