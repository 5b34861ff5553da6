import { useId } from 'react';
import { useT } from '../../i18n/i18n';
import { staffText } from './staff-messages';

export interface Bar {
  label: string;
  value: number;
}

/**
 * A plain horizontal bar chart as SVG, inside a <figure> whose caption names it;
 * the SVG is one image with a spoken summary, and the same numbers sit in a table
 * beside it for anyone who cannot see the bars.
 */
export function BarChart({ title, bars, valueHeader }: { title: string; bars: Bar[]; valueHeader: string }) {
  const t = useT();
  const captionId = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 28;
  const labelWidth = 200;
  const width = 520;
  const height = Math.max(rowHeight, bars.length * rowHeight);
  return (
    <figure className="staff-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{title}</figcaption>
      <div className="staff-chart-body">
        <svg role="img" aria-label={t(staffText.chartOf, { title })} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
          {bars.map((b, i) => {
            const w = Math.round(((width - labelWidth - 60) * b.value) / max);
            const y = i * rowHeight;
            return (
              <g key={b.label}>
                <text x={labelWidth - 8} y={y + rowHeight * 0.68} textAnchor="end" className="chart-label">
                  {b.label.length > 26 ? `${b.label.slice(0, 25)}…` : b.label}
                </text>
                <rect x={labelWidth} y={y + 4} width={w} height={rowHeight - 8} className="chart-bar" />
                <text x={labelWidth + w + 6} y={y + rowHeight * 0.68} className="chart-value">
                  {b.value}
                </text>
              </g>
            );
          })}
        </svg>
        <table className="staff-table">
          <thead>
            <tr>
              <th scope="col">{title}</th>
              <th scope="col">{valueHeader}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                <td>{b.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
