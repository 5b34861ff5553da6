import type { ReactNode } from 'react';
import { CODE_LABELS, COUNTERS, FEEDBACK_RATINGS, OUTCOMES, PRIORITY_FLAGS, REFERRAL_TARGETS, SEXES, TARGET_GROUPS, type Counter } from '../../../contract/codes';
import type { Totals } from '../../../contract/staff-dto';
import { useLocalized, useT } from '../../i18n/i18n';
import { staffText } from './staff-messages';

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <table className="staff-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={i} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, j) => (j === 0 ? <th key={j} scope="row">{c}</th> : <td key={j}>{c}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const num = (n: number | null) => (n === null ? '—' : n.toLocaleString('vi-VN'));

/** Every total of the ward report as tables; the dashboard and the printable summary both show these. */
export function TotalsTables({ totals, counters = COUNTERS }: { totals: Totals; counters?: readonly Counter[] }) {
  const t = useT();
  const l = useLocalized();
  const unrecorded = t(staffText.unrecorded);
  return (
    <div className="staff-totals">
      <Table
        caption={t(staffText.byServiceOutcome)}
        head={[t(staffText.byService), ...OUTCOMES.map((o) => l(CODE_LABELS.outcome[o])), unrecorded, t(staffText.total)]}
        rows={[
          ...totals.byServiceOutcome.map((s) => [l(s.label), ...OUTCOMES.map((o) => num(s.byOutcome[o])), num(s.byOutcome.unrecorded), num(s.total)]),
          [t(staffText.total), ...OUTCOMES.map((o) => num(totals.byOutcome[o])), num(totals.byOutcome.unrecorded), num(totals.sessions)],
        ]}
      />
      <Table
        caption={t(staffText.byAgeSex)}
        head={[t(staffText.ageBand), ...SEXES.map((s) => l(CODE_LABELS.sex[s])), unrecorded, t(staffText.total)]}
        rows={totals.byAgeSex.map((a) => [a.ageBand === 'unknown' ? unrecorded : l(CODE_LABELS.ageBand[a.ageBand]), ...SEXES.map((s) => num(a.bySex[s])), num(a.bySex.unknown), num(a.total)])}
      />
      <Table
        caption={t(staffText.byPriority)}
        head={[t(staffText.byPriority), t(staffText.sessions)]}
        rows={[...PRIORITY_FLAGS.map((p) => [l(CODE_LABELS.priorityFlag[p]), num(totals.byPriority[p])]), [t(staffText.noPriority), num(totals.byPriority.none)]]}
      />
      <Table
        caption={t(staffText.byTargetGroup)}
        head={[t(staffText.byTargetGroup), t(staffText.sessions)]}
        rows={[...TARGET_GROUPS.map((g) => [l(CODE_LABELS.targetGroup[g]), num(totals.byTargetGroup[g])]), [unrecorded, num(totals.byTargetGroup.unknown)]]}
      />
      <Table caption={t(staffText.counters)} head={[t(staffText.counters), t(staffText.count)]} rows={counters.map((c) => [l(CODE_LABELS.counter[c]), num(totals.counters[c])])} />
      <Table caption={t(staffText.referrals)} head={[t(staffText.referrals), t(staffText.sessions)]} rows={REFERRAL_TARGETS.map((r) => [l(CODE_LABELS.referral[r]), num(totals.referrals[r])])} />
      <Table
        caption={t(staffText.times)}
        head={['', t(staffText.count), t(staffText.median), t(staffText.p90)]}
        rows={[
          [t(staffText.waiting), num(totals.waiting.count), num(totals.waiting.median), num(totals.waiting.p90)],
          [t(staffText.serviceTime), num(totals.service.count), num(totals.service.median), num(totals.service.p90)],
        ]}
      />
      <Table
        caption={t(staffText.volunteers)}
        head={[t(staffText.volunteers), t(staffText.count)]}
        rows={[
          [t(staffText.onDuty), num(totals.volunteersOnDuty)],
          [t(staffText.volunteerHours), num(totals.volunteerHours)],
        ]}
      />
      <Table caption={t(staffText.feedback)} head={[t(staffText.feedback), t(staffText.count)]} rows={FEEDBACK_RATINGS.map((f) => [l(CODE_LABELS.feedback[f]), num(totals.feedback[f])])} />
    </div>
  );
}
