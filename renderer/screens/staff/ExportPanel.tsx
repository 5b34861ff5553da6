import { useEffect, useId, useRef, useState } from 'react';
import { CODE_LABELS, COUNTERS, EXPORT_COLUMNS, EXPORT_FORMATS, PERSONAL_COLUMNS, type Counter, type ExportColumn, type ExportFormat } from '../../../contract/codes';
import type { ExportResult, SummaryReport } from '../../../contract/staff-dto';
import { useLocalized, useT } from '../../i18n/i18n';
import { errorMessage } from '../../i18n/errors';
import { base64ToBlobUrl, download } from '../../platform/files';
import { usePlatform } from '../../platform/platform-context';
import { useAction } from '../../platform/use-action';
import { staffText } from './staff-messages';
import { useStaffData } from './staff-data';
import { vnDay } from '../../../contract/calendar';
import { PrintableSummary, summaryHtml } from './PrintableSummary';

const CHOOSABLE = EXPORT_COLUMNS.filter((c) => !PERSONAL_COLUMNS.includes(c));

/** Pick a day or a range, pick formats, export; download in the browser, a folder in Electron; print the summary. */
export function ExportPanel() {
  const t = useT();
  const l = useLocalized();
  const platform = usePlatform();
  const { today, settings, settingsSaved } = useStaffData();
  const ids = { day: useId(), from: useId(), to: useId() };
  const [multi, setMulti] = useState(false);
  const [day, setDay] = useState(today);
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [formats, setFormats] = useState<ExportFormat[]>([...EXPORT_FORMATS]);
  const [includePersonal, setIncludePersonal] = useState(false);
  const [columns, setColumns] = useState<ExportColumn[]>(settings.exportColumns);
  const [counters, setCounters] = useState<Counter[]>(settings.exportCounters);
  const [choicesSaved, setChoicesSaved] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [urls, setUrls] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryReport | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const action = useAction();
  const summaryRef = useRef<HTMLDivElement>(null);
  const saveExport = platform.saveExport;

  useEffect(() => () => Object.values(urls).forEach((u) => URL.revokeObjectURL(u)), [urls]);

  const range = multi ? { from, to } : { from: day, to: day };
  const doExport = async () => {
    setSaved(null);
    const value = await action.call('staff.export', { ...range, formats, includePersonal });
    if (!value) return;
    setResult(value);
    setUrls(Object.fromEntries(value.files.map((f) => [f.name, base64ToBlobUrl(f.base64, f.mime)])));
    // The printable page is a bonus: without it the files are still there to download.
    setSummary(await platform.call('staff.summary', range).catch(() => null));
  };
  const saveChoices = async () => {
    setChoicesSaved(false);
    const next = await action.call('staff.updateSettings', { exportColumns: EXPORT_COLUMNS.filter((c) => columns.includes(c)), exportCounters: COUNTERS.filter((c) => counters.includes(c)) });
    if (next) {
      settingsSaved(next);
      setChoicesSaved(true);
    }
  };
  const saveToFolder = async () => {
    if (!saveExport || !result) return;
    const done = await saveExport({ ...range, formats, includePersonal, withSummaryPdf: summary !== null });
    if (done.saved) setSaved(t(staffText.savedToFolder, { n: done.files?.length ?? 0, folder: done.folder ?? '' }));
  };
  const downloadSummary = () => {
    if (!summaryRef.current || !result) return;
    const html = summaryHtml(summaryRef.current, t(staffText.summaryTitle));
    download(URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' })), result.summaryPdfName.replace(/\.pdf$/, '.html'));
  };
  const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));

  return (
    <section aria-labelledby="staff-export-title">
      <h2 id="staff-export-title">{t(staffText.exportTitle)}</h2>
      <fieldset className="staff-card">
        <legend>{t(staffText.range)}</legend>
        <div className="staff-row">
          <label className="staff-check">
            <input type="radio" name="export-mode" checked={!multi} onChange={() => setMulti(false)} /> {t(staffText.oneDay)}
          </label>
          <label className="staff-check">
            <input type="radio" name="export-mode" checked={multi} onChange={() => setMulti(true)} /> {t(staffText.dayRange)}
          </label>
        </div>
        {!multi ? (
          <div className="staff-field">
            <label htmlFor={ids.day}>{t(staffText.theDay)}</label>
            <input id={ids.day} type="date" value={day} onChange={(e) => setDay(e.target.value)} />
          </div>
        ) : (
          <div className="staff-row">
            <div className="staff-field">
              <label htmlFor={ids.from}>{t(staffText.fromDay)}</label>
              <input id={ids.from} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            </div>
            <div className="staff-field">
              <label htmlFor={ids.to}>{t(staffText.toDay)}</label>
              <input id={ids.to} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
            </div>
          </div>
        )}
      </fieldset>
      <fieldset className="staff-card">
        <legend>{t(staffText.formats)}</legend>
        {EXPORT_FORMATS.map((f) => (
          <label key={f} className="staff-check">
            <input type="checkbox" checked={formats.includes(f)} onChange={(e) => setFormats(toggle(formats, f, e.target.checked))} /> {t(staffText[f])}
          </label>
        ))}
        <label className="staff-check staff-warning">
          <input type="checkbox" checked={includePersonal} onChange={(e) => setIncludePersonal(e.target.checked)} /> {t(staffText.includePersonal)}
        </label>
      </fieldset>
      <details className="staff-card">
        <summary>{t(staffText.columns)}</summary>
        <fieldset>
          <legend>{t(staffText.columns)}</legend>
          {CHOOSABLE.map((c) => (
            <label key={c} className="staff-check">
              <input type="checkbox" checked={columns.includes(c)} onChange={(e) => setColumns(toggle(columns, c, e.target.checked))} /> {l(CODE_LABELS.exportColumn[c])}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t(staffText.counterChoice)}</legend>
          {COUNTERS.map((c) => (
            <label key={c} className="staff-check">
              <input type="checkbox" checked={counters.includes(c)} onChange={(e) => setCounters(toggle(counters, c, e.target.checked))} /> {l(CODE_LABELS.counter[c])}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={saveChoices} disabled={action.busy}>
          {t(staffText.saveChoices)}
        </button>
        {choicesSaved && <p role="status">{t(staffText.choicesSaved)}</p>}
      </details>
      <button type="button" className="primary" onClick={doExport} disabled={action.busy || formats.length === 0}>
        {action.busy ? t(staffText.exporting) : t(staffText.makeExport)}
      </button>
      {action.errorKey && <p role="alert" className="error">{t(errorMessage(action.errorKey))}</p>}
      {result && (
        <div className="staff-card" role="region" aria-label={t(staffText.makeExport)}>
          <p role="status">{t(staffText.exported, { n: result.sessions, from: vnDay(result.from), to: vnDay(result.to) })}</p>
          <ul className="staff-files">
            {result.files.map((f) => (
              <li key={f.name}>
                <a href={urls[f.name]} download={f.name} className="staff-link-button">
                  {t(staffText.download, { name: f.name })}
                </a>
                <div className="staff-sub">
                  {t(staffText.checksum)}: <code>{f.sha256}</code>
                </div>
              </li>
            ))}
          </ul>
          <div className="staff-row">
            {saveExport && (
              <button type="button" className="primary" onClick={saveToFolder}>
                {t(staffText.saveToFolder)}
              </button>
            )}
            <button type="button" onClick={() => window.print()} disabled={!summary}>
              {t(staffText.printSummary)}
            </button>
            <button type="button" onClick={downloadSummary} disabled={!summary}>
              {t(staffText.downloadSummary)}
            </button>
          </div>
          {saved && <p role="status">{saved}</p>}
        </div>
      )}
      {summary && <PrintableSummary ref={summaryRef} report={summary} />}
    </section>
  );
}
