import { COUNTERS, type Counter } from '../../../contract/codes';
import type { Totals } from '../../../contract/staff-dto';
import { totalsReport, type ReportCell } from '../../../contract/totals-report';
import { useLocalized } from '../../i18n/i18n';

const num = (n: number | null) => (n === null ? '—' : n.toLocaleString('vi-VN'));

/**
 * Every total of the ward report as tables, from the same section model as the XLSX
 * sheet; the dashboard and the printable summary both show these. The session count
 * is said above the tables already, so its one-cell table is left out here.
 */
export function TotalsTables({ totals, counters = COUNTERS }: { totals: Totals; counters?: readonly Counter[] }) {
  const l = useLocalized();
  const cell = (c: ReportCell) => (c !== null && typeof c === 'object' ? l(c) : num(c));
  return (
    <div className="staff-totals">
      {totalsReport(totals, counters)
        .filter((s) => s.id !== 'sessions')
        .map((section) => (
          <table key={section.id} className="staff-table">
            <caption>{l(section.title)}</caption>
            <thead>
              <tr>
                {section.header.map((h, i) => (
                  <th key={i} scope="col">
                    {l(h)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {section.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) => (j === 0 ? <th key={j} scope="row">{cell(c)}</th> : <td key={j}>{cell(c)}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </div>
  );
}
