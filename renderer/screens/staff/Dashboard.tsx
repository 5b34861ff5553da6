import { useState } from 'react';
import { CODE_LABELS, OUTCOMES } from '../../../contract/codes';
import { useLocalized, useT } from '../../i18n/i18n';
import { errorMessage } from '../../i18n/errors';
import { useLive } from '../../platform/use-live';
import { staffText } from './staff-messages';
import { useStaffData } from './staff-data';
import { BarChart } from './BarChart';
import { TotalsTables } from './TotalsTables';
import { addDays, vnDay } from '../../../contract/calendar';

type Range = 'today' | '7' | '30';

/** Today, the last 7 and the last 30 days: the report's totals with bar charts and their tables. */
export function Dashboard() {
  const t = useT();
  const l = useLocalized();
  const { today } = useStaffData();
  const [range, setRange] = useState<Range>('today');
  const from = range === 'today' ? today : addDays(today, range === '7' ? -6 : -29);
  const { value: totals, errorKey } = useLive((p) => p.call('staff.totals', { from, to: today }), { input: [from, today] });

  const ranges: [Range, string][] = [
    ['today', t(staffText.today)],
    ['7', t(staffText.last7)],
    ['30', t(staffText.last30)],
  ];
  return (
    <section aria-labelledby="staff-dashboard-title">
      <h2 id="staff-dashboard-title">{t(staffText.tabDashboard)}</h2>
      <div role="group" aria-label={t(staffText.range)} className="staff-row">
        {ranges.map(([id, label]) => (
          <button key={id} type="button" aria-pressed={range === id} onClick={() => setRange(id)}>
            {label}
          </button>
        ))}
      </div>
      {errorKey && <p role="alert" className="error">{t(errorMessage(errorKey))}</p>}
      {totals && (
        <>
          <p className="staff-big">
            {t(staffText.sessions)}: <strong>{totals.sessions}</strong> ({vnDay(totals.from)}
            {totals.from !== totals.to ? ` – ${vnDay(totals.to)}` : ''})
          </p>
          {totals.sessions === 0 && <p>{t(staffText.noData)}</p>}
          <div className="staff-charts">
            <BarChart title={t(staffText.byService)} valueHeader={t(staffText.sessions)} bars={totals.byServiceOutcome.map((s) => ({ label: l(s.label), value: s.total }))} />
            <BarChart
              title={t(staffText.byOutcome)}
              valueHeader={t(staffText.sessions)}
              bars={[...OUTCOMES.map((o) => ({ label: l(CODE_LABELS.outcome[o]), value: totals.byOutcome[o] })), { label: t(staffText.unrecorded), value: totals.byOutcome.unrecorded }]}
            />
            <BarChart
              title={t(staffText.perHour)}
              valueHeader={t(staffText.sessions)}
              bars={totals.byHour.map((value, h) => ({ label: `${String(h).padStart(2, '0')}:00`, value })).filter((b, h) => b.value > 0 || (h >= 7 && h <= 17))}
            />
            {totals.byDay.length > 1 && <BarChart title={t(staffText.perDay)} valueHeader={t(staffText.sessions)} bars={totals.byDay.map((d) => ({ label: vnDay(d.day), value: d.sessions }))} />}
          </div>
          <TotalsTables totals={totals} />
        </>
      )}
    </section>
  );
}
