import { forwardRef } from 'react';
import type { SummaryReport } from '../../../contract/staff-dto';
import { useT } from '../../i18n/i18n';
import { staffText } from './staff-messages';
import { TotalsTables } from './TotalsTables';
import { vnDay } from '../../../contract/calendar';
import { standaloneDocument } from '../../print/html';

/**
 * The one-page summary for the ward report. Hidden on screen; it is what prints
 * (window.print in the browser shell, printToPDF in Electron) and what the HTML
 * download holds.
 */
export const PrintableSummary = forwardRef<HTMLDivElement, { report: SummaryReport }>(function PrintableSummary({ report }, ref) {
  const t = useT();
  const place = [report.pointName, report.commune, report.province].filter(Boolean).join(', ');
  return (
    <div ref={ref} className="print-summary">
      <h1>{t(staffText.summaryTitle)}</h1>
      <p>
        <strong>{place}</strong>
        <br />
        {t(staffText.summaryPeriod, { from: vnDay(report.totals.from), to: vnDay(report.totals.to) })} · {t(staffText.sessions)}: <strong>{report.totals.sessions}</strong>
        <br />
        {t(staffText.generatedAt, { time: new Date(report.generatedAt).toLocaleString('vi-VN') })}
      </p>
      <TotalsTables totals={report.totals} counters={report.counters} />
    </div>
  );
});

/** A self-contained page for the HTML download: the summary plus its own print styles (the receipts' document builder). */
export function summaryHtml(element: HTMLElement, title: string): string {
  const css = `body{font-family:'Be Vietnam Pro','Noto Sans','DejaVu Sans',sans-serif;font-size:10pt;line-height:1.4;margin:12mm;color:#000}
h1{font-size:15pt;margin:0 0 4pt}table{border-collapse:collapse;margin:0 8pt 8pt 0;display:inline-table;vertical-align:top}
caption{font-weight:700;text-align:left;padding:2pt 0}th,td{border:1px solid #000;padding:1pt 4pt;text-align:left}td{text-align:right}
@page{size:A4;margin:10mm}`;
  return standaloneDocument({ lang: 'vi', title, css, bodyHtml: element.outerHTML });
}
