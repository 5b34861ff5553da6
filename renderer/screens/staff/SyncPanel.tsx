import { useEffect, useId, useState, type FormEvent } from 'react';
import type { PeriodGrain } from '../../../contract/indicators';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../../i18n/errors';
import { CallFailed } from '../../platform/client';
import { download } from '../../platform/files';
import { usePlatform } from '../../platform/platform-context';
import { useAction } from '../../platform/use-action';
import { useLive } from '../../platform/use-live';
import { usePreferences } from '../../state/preferences';
import { useStaffData } from './staff-data';
import './sync.css';
import { syncText } from './sync-messages';

/** How often the open tab reads the status again: the uploader works in the background. */
const STATUS_EVERY_MS = 3_000;

type BundleMode = 'all-pending' | 'since-last-bundle';
/** Written out rather than imported: the indicator dictionary stays out of the screens' bundle. */
const GRAINS: readonly PeriodGrain[] = ['day', 'week', 'month'];

/** Hands text the core made to the browser as a file. */
function offer(text: string, mime: string, name: string) {
  download(URL.createObjectURL(new Blob([text], { type: mime })), name);
}

/**
 * The point's sync with its province (issue 14): status (last success, rows waiting, the last
 * error in the staff's language), sync now, enrolment, the USB sync file, and the long CSV.
 */
export function SyncPanel() {
  const t = useT();
  const lang = usePreferences((s) => s.lang);
  const platform = usePlatform();
  const { today, settings, settingsSaved } = useStaffData();
  const live = useLive((p) => p.call('staff.sync.status', {}));
  const reload = live.reload;
  const status = live.value;
  useEffect(() => {
    const timer = setInterval(reload, STATUS_EVERY_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB') : t(syncText.never));

  const ids = { server: useId(), code: useId(), bundleCode: useId(), from: useId(), to: useId(), grain: useId() };
  const [serverUrl, setServerUrl] = useState('');
  const [enrolmentCode, setEnrolmentCode] = useState('');
  const [mode, setMode] = useState<BundleMode>('all-pending');
  const [bundleCode, setBundleCode] = useState('');
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [grain, setGrain] = useState<PeriodGrain>('day');
  const [confirm, setConfirm] = useState(false);
  const [message, setMessage] = useState<{ card: 'status' | 'enrol' | 'bundle' | 'long' | 'unenrol'; text: string } | null>(null);
  const enrolAction = useAction(reload);
  const nowAction = useAction(reload);
  const bundleAction = useAction(reload);
  const longAction = useAction();
  const unenrolAction = useAction(reload);
  const saveSyncBundle = platform.saveSyncBundle;

  const enrol = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const next = await enrolAction.call('staff.sync.enrol', { serverUrl, enrolmentCode });
    if (next) {
      setEnrolmentCode('');
      // Enrolment may have filled the settings' official codes: the other panels show them at once.
      settingsSaved(await platform.call('staff.settings', {}).catch(() => settings));
      setMessage({ card: 'enrol', text: t(syncText.enrolled, { code: next.pointCode ?? '' }) });
    }
  };
  const syncNow = async () => {
    setMessage(null);
    if (await nowAction.call('staff.sync.now', {})) setMessage({ card: 'status', text: t(syncText.syncAsked) });
  };
  const saveBundle = async () => {
    setMessage(null);
    const request = { mode, ...(bundleCode.trim() ? { enrolmentCode: bundleCode } : {}) };
    if (saveSyncBundle) {
      const saved = await bundleAction.run(async () => {
        const r = await saveSyncBundle(request);
        // A cancelled dialog is no error; a refused code or a failed write is.
        if (!r.saved && r.messageKey) throw new CallFailed({ code: 'invalid_input', messageKey: r.messageKey });
        return r;
      });
      if (saved?.saved) setMessage({ card: 'bundle', text: t(syncText.bundleSavedIn, { name: saved.name ?? '', n: saved.rows ?? 0, folder: saved.folder ?? '' }) });
      return;
    }
    const made = await bundleAction.call('staff.sync.bundle', request);
    if (made) {
      offer(made.text, made.mime, made.name);
      setMessage({ card: 'bundle', text: t(syncText.bundleSaved, { name: made.name, n: made.rows }) });
    }
  };
  const longCsv = async () => {
    setMessage(null);
    const made = await longAction.call('staff.sync.longCsv', { from, to, grain });
    if (made) {
      offer(made.text, made.mime, made.name);
      setMessage({ card: 'long', text: t(syncText.longReady, { name: made.name, n: made.rows }) });
    }
  };
  const unenrol = async () => {
    setMessage(null);
    if (await unenrolAction.call('staff.sync.unenrol', { confirm: true })) {
      setConfirm(false);
      setMessage({ card: 'unenrol', text: t(syncText.unenrolled) });
    }
  };
  const note = (card: NonNullable<typeof message>['card']) => (message?.card === card ? <p role="status">{message.text}</p> : null);
  const mismatch = status?.registered && settings.communeCode && status.registered.communeCode !== settings.communeCode ? status.registered : null;

  const enrolForm = (
    <form className="staff-form" onSubmit={enrol} noValidate>
      <p className="staff-sub">{t(syncText.enrolHelp)}</p>
      <div className="staff-field">
        <label htmlFor={ids.server}>{t(syncText.serverUrl)}</label>
        <input id={ids.server} type="url" inputMode="url" autoComplete="off" spellCheck={false} placeholder="https://" value={serverUrl} onChange={(e) => setServerUrl(e.target.value)} />
      </div>
      <div className="staff-field">
        <label htmlFor={ids.code}>{t(syncText.enrolmentCode)}</label>
        <input id={ids.code} autoComplete="off" autoCapitalize="characters" spellCheck={false} placeholder="XXXX-XXXX-XXXX" value={enrolmentCode} onChange={(e) => setEnrolmentCode(e.target.value.toUpperCase())} />
      </div>
      {enrolAction.errorKey && <p role="alert" className="error">{t(errorMessage(enrolAction.errorKey))}</p>}
      {note('enrol')}
      <button type="submit" className="primary" disabled={enrolAction.busy || !serverUrl.trim() || !enrolmentCode.trim()}>
        {enrolAction.busy ? t(syncText.enrolling) : t(syncText.enrol)}
      </button>
    </form>
  );

  return (
    <section aria-labelledby="staff-sync-title">
      <h2 id="staff-sync-title">{t(syncText.title)}</h2>
      <p>{t(syncText.intro)}</p>

      <div className="staff-card" role="region" aria-labelledby="staff-sync-status">
        <h3 id="staff-sync-status">{t(syncText.statusTitle)}</h3>
        {live.errorKey && <p role="alert" className="error">{t(errorMessage(live.errorKey))}</p>}
        {status && (
          <>
            <p className="staff-big">{status.enrolled ? t(syncText.enrolledAs, { code: status.pointCode ?? '' }) : t(syncText.notEnrolled)}</p>
            <dl className="staff-dl">
              {status.serverUrl && (
                <>
                  <dt>{t(syncText.server)}</dt>
                  <dd>
                    <code>{status.serverUrl}</code>
                  </dd>
                </>
              )}
              <dt>{t(syncText.lastSuccess)}</dt>
              <dd>{when(status.lastSuccessAt)}</dd>
              <dt>{t(syncText.pending)}</dt>
              <dd>{status.pending}</dd>
              <dt>{t(syncText.lastError)}</dt>
              <dd>{status.lastError ? `${t(errorMessage(status.lastError.messageKey))} (${when(status.lastError.at)})` : t(syncText.noError)}</dd>
              {status.enrolled && (
                <>
                  <dt>{t(syncText.nextAttempt)}</dt>
                  <dd>{status.nextAttemptAt ? when(status.nextAttemptAt) : '—'}</dd>
                </>
              )}
              <dt>{t(syncText.lastBundle)}</dt>
              <dd>{when(status.lastBundleAt)}</dd>
              <dt>{t(syncText.pointId)}</dt>
              <dd>
                <code>{status.pointId}</code>
              </dd>
            </dl>
            {mismatch && <p className="staff-notice">{t(syncText.registeredElsewhere, { commune: mismatch.communeCode, settings: settings.communeCode })}</p>}
            {status.enrolled && (
              <button type="button" className="primary" onClick={syncNow} disabled={nowAction.busy}>
                {t(syncText.syncNow)}
              </button>
            )}
            {nowAction.errorKey && <p role="alert" className="error">{t(errorMessage(nowAction.errorKey))}</p>}
            {note('status')}
          </>
        )}
      </div>

      {status && !status.enrolled && (
        <div className="staff-card" role="region" aria-labelledby="staff-sync-enrol">
          <h3 id="staff-sync-enrol">{t(syncText.enrolTitle)}</h3>
          {enrolForm}
        </div>
      )}
      {status?.enrolled && (
        <details className="staff-card">
          <summary>{t(syncText.reEnrolTitle)}</summary>
          {enrolForm}
        </details>
      )}

      <div className="staff-card" role="region" aria-labelledby="staff-sync-bundle">
        <h3 id="staff-sync-bundle">{t(syncText.bundleTitle)}</h3>
        <p className="staff-sub">{t(syncText.bundleHelp)}</p>
        <fieldset>
          <legend>{t(syncText.bundleTitle)}</legend>
          <label className="staff-check">
            <input type="radio" name="bundle-mode" checked={mode === 'all-pending'} onChange={() => setMode('all-pending')} /> {t(syncText.bundleAll)}
          </label>
          <label className="staff-check">
            <input type="radio" name="bundle-mode" checked={mode === 'since-last-bundle'} onChange={() => setMode('since-last-bundle')} /> {t(syncText.bundleSince)}
          </label>
        </fieldset>
        {status && !status.enrolled && (
          <div className="staff-field">
            <label htmlFor={ids.bundleCode}>{t(syncText.bundleCode)}</label>
            <input id={ids.bundleCode} autoComplete="off" autoCapitalize="characters" spellCheck={false} placeholder="XXXX-XXXX-XXXX" value={bundleCode} onChange={(e) => setBundleCode(e.target.value.toUpperCase())} />
          </div>
        )}
        {bundleAction.errorKey && <p role="alert" className="error">{t(errorMessage(bundleAction.errorKey))}</p>}
        {note('bundle')}
        <button type="button" className="primary" onClick={saveBundle} disabled={bundleAction.busy}>
          {saveSyncBundle ? t(syncText.saveBundle) : t(syncText.downloadBundle)}
        </button>
      </div>

      <div className="staff-card" role="region" aria-labelledby="staff-sync-long">
        <h3 id="staff-sync-long">{t(syncText.longTitle)}</h3>
        <p className="staff-sub">{t(syncText.longHelp)}</p>
        <div className="staff-row">
          <div className="staff-field">
            <label htmlFor={ids.from}>{t(syncText.from)}</label>
            <input id={ids.from} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div className="staff-field">
            <label htmlFor={ids.to}>{t(syncText.to)}</label>
            <input id={ids.to} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
          <div className="staff-field">
            <label htmlFor={ids.grain}>{t(syncText.grain)}</label>
            <select id={ids.grain} value={grain} onChange={(e) => setGrain(e.target.value as PeriodGrain)}>
              {GRAINS.map((g) => (
                <option key={g} value={g}>
                  {t(syncText[g])}
                </option>
              ))}
            </select>
          </div>
        </div>
        {longAction.errorKey && <p role="alert" className="error">{t(errorMessage(longAction.errorKey))}</p>}
        {note('long')}
        <button type="button" onClick={longCsv} disabled={longAction.busy}>
          {t(syncText.downloadLong)}
        </button>
      </div>

      {status?.enrolled && (
        <div className="staff-card" role="region" aria-labelledby="staff-sync-unenrol">
          <h3 id="staff-sync-unenrol">{t(syncText.unenrolTitle)}</h3>
          <p className="staff-sub">{t(syncText.unenrolHelp)}</p>
          <label className="staff-check">
            <input type="checkbox" checked={confirm} onChange={(e) => setConfirm(e.target.checked)} /> {t(syncText.unenrolConfirm)}
          </label>
          {unenrolAction.errorKey && <p role="alert" className="error">{t(errorMessage(unenrolAction.errorKey))}</p>}
          <button type="button" className="danger" onClick={unenrol} disabled={!confirm || unenrolAction.busy}>
            {t(syncText.unenrol)}
          </button>
        </div>
      )}
      {note('unenrol')}
    </section>
  );
}
