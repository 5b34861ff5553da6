import { useId, useState } from 'react';
import type { MethodOutput } from '../../../contract/methods';
import type { PackProblem } from '../../../contract/staff-dto';
import { useLocalized, useT } from '../../i18n/i18n';
import { errorMessage } from '../../i18n/errors';
import { base64ToBlobUrl, download, fileToBase64 } from '../../platform/files';
import { useAction } from '../../platform/use-action';
import { useLive } from '../../platform/use-live';
import { staffText } from './staff-messages';

/** Import a pack (zip or folder) from a USB stick, see what is wrong with a bad one, roll back, export. */
export function ContentPanel() {
  const t = useT();
  const l = useLocalized();
  const zipId = useId();
  const folderId = useId();
  const content = useLive((p) => p.call('staff.content', {}));
  const status = content.value;
  const reload = content.reload;
  const [problems, setProblems] = useState<PackProblem[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const action = useAction();
  const errorKey = action.errorKey ?? content.errorKey;

  const afterImport = (result: MethodOutput<'staff.importContent'> | null) => {
    if (!result) return;
    if (result.installed) {
      setProblems(null);
      setMessage(t(staffText.installed, { name: result.pack.name, n: result.pack.walkthroughs }));
    } else {
      setMessage(null);
      setProblems(result.problems);
    }
    reload();
  };
  const importZip = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    afterImport(await action.call('staff.importContent', { kind: 'zip', name: file.name, base64: await fileToBase64(file) }));
  };
  const importFolder = async (files: FileList | null) => {
    if (!files?.length) return;
    const list = await Promise.all([...files].map(async (f) => ({ path: f.webkitRelativePath || f.name, base64: await fileToBase64(f) })));
    afterImport(await action.call('staff.importContent', { kind: 'folder', name: list[0]!.path.split('/')[0] ?? 'folder', files: list }));
  };
  const exportPack = async () => {
    const pack = await action.call('staff.exportContent', {});
    if (pack) download(base64ToBlobUrl(pack.base64, 'application/zip'), pack.name);
  };

  return (
    <section aria-labelledby="staff-content-title">
      <h2 id="staff-content-title">{t(staffText.contentTitle)}</h2>
      <div className="staff-card">
        <p>
          {status?.active
            ? t(staffText.activePack, { name: status.active.name, n: status.active.walkthroughs, time: new Date(status.active.installedAt).toLocaleString('vi-VN') })
            : t(staffText.shippedContent)}
        </p>
        <div className="staff-field">
          <label htmlFor={zipId}>{t(staffText.importZip)}</label>
          <input id={zipId} type="file" accept=".zip,application/zip" onChange={(e) => void importZip(e.target.files)} disabled={action.busy} />
        </div>
        <div className="staff-field">
          <label htmlFor={folderId}>{t(staffText.importFolder)}</label>
          <input id={folderId} type="file" multiple {...{ webkitdirectory: '' }} onChange={(e) => void importFolder(e.target.files)} disabled={action.busy} />
        </div>
        {action.busy && <p role="status">{t(staffText.importing)}</p>}
        {message && <p role="status">{message}</p>}
        {errorKey && <p role="alert" className="error">{t(errorMessage(errorKey))}</p>}
        {problems && (
          <div role="alert" className="error">
            <p>{t(staffText.refused)}</p>
            <table className="staff-table">
              <thead>
                <tr>
                  <th scope="col">{t(staffText.file)}</th>
                  <th scope="col">{t(staffText.field)}</th>
                  <th scope="col">{t(staffText.problem)}</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((p, i) => (
                  <tr key={i}>
                    <th scope="row">{p.file || '—'}</th>
                    <td>{p.field || '—'}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="staff-row">
          <button type="button" onClick={async () => (await action.call('staff.rollbackContent', {})) && reload()} disabled={!status?.active || action.busy}>
            {t(staffText.rollback)}
          </button>
          <button type="button" onClick={exportPack} disabled={action.busy}>
            {t(staffText.exportPack)}
          </button>
        </div>
      </div>
      {status && (
        <div className="staff-card">
          <h3>{t(staffText.installedGuides)}</h3>
          <ul>
            {status.walkthroughs.map((w) => (
              <li key={w.id}>
                {w.code} — {l(w.title)}
                {w.sources.length > 0 && (
                  // Shown as text to copy, not links: the staff screen never navigates away.
                  <details className="guide-sources">
                    <summary>
                      {t(staffText.guideSources)} ({w.sources.length})
                    </summary>
                    <ul>
                      {w.sources.map((src, i) => (
                        <li key={i}>
                          {typeof src.title === 'string' ? src.title : l(src.title)} — <code>{src.url}</code>
                          {src.note ? ` (${src.note})` : ''}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            ))}
          </ul>
          {status.packs.length > 0 && (
            <>
              <h3>{t(staffText.packHistory)}</h3>
              <ul>
                {status.packs.map((p) => (
                  <li key={p.id}>
                    {p.name} · {new Date(p.installedAt).toLocaleString('vi-VN')} · {p.walkthroughs}
                    {p.active ? ` · ${t(staffText.inUse)}` : ''}
                    {p.rolledBack ? ` · ${t(staffText.rolledBack)}` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
