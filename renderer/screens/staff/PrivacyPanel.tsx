import { useId, useState } from 'react';
import type { RetentionReport, VisitorRecord } from '../../../contract/staff-dto';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../../i18n/errors';
import { useAction } from '../../platform/use-action';
import { useLive } from '../../platform/use-live';
import { staffText } from './staff-messages';
import { useStaffData } from './staff-data';

/** A visitor's request to see or erase their name and phone; the retention job on demand; recent audit entries. */
export function PrivacyPanel() {
  const t = useT();
  const { today, settings } = useStaffData();
  const dayId = useId();
  const ticketId = useId();
  const [day, setDay] = useState(today);
  const [ticket, setTicket] = useState('');
  const [record, setRecord] = useState<VisitorRecord | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [retention, setRetention] = useState<RetentionReport | null>(null);
  const recent = useLive((p) => p.call('staff.audit', { limit: 30 }));
  const audit = recent.value ?? [];
  // Every look-up and erasure is itself audited: the list is read again after each.
  const loadAudit = recent.reload;
  const action = useAction();
  const errorKey = action.errorKey ?? recent.errorKey;

  return (
    <section aria-labelledby="staff-privacy-title">
      <h2 id="staff-privacy-title">{t(staffText.privacyTitle)}</h2>
      <form
        className="staff-card"
        onSubmit={async (e) => {
          e.preventDefault();
          setMessage(null);
          setConfirming(false);
          setRecord(await action.call('staff.findVisitor', { day, ticket }));
          loadAudit();
        }}
      >
        <p>{t(staffText.privacyIntro)}</p>
        <div className="staff-row">
          <div className="staff-field">
            <label htmlFor={dayId}>{t(staffText.theDay)}</label>
            <input id={dayId} type="date" value={day} onChange={(e) => setDay(e.target.value)} />
          </div>
          <div className="staff-field">
            <label htmlFor={ticketId}>{t(staffText.ticketNumber)}</label>
            <input id={ticketId} value={ticket} onChange={(e) => setTicket(e.target.value)} />
          </div>
        </div>
        <button type="submit" disabled={!ticket.trim() || !day || action.busy}>
          {t(staffText.find)}
        </button>
      </form>
      {errorKey && <p role="alert" className="error">{t(errorMessage(errorKey))}</p>}
      {message && <p role="status">{message}</p>}
      {record && (
        <div className="staff-card">
          <dl className="staff-dl">
            <dt>{t(staffText.ticketNumber)}</dt>
            <dd>{record.ticket}</dd>
            <dt>{t(staffText.visitorName)}</dt>
            <dd>{record.name ?? t(staffText.none)}</dd>
            <dt>{t(staffText.visitorPhone)}</dt>
            <dd>{record.phone ?? t(staffText.none)}</dd>
            <dt>{t(staffText.consentAt)}</dt>
            <dd>{record.consentAt ? new Date(record.consentAt).toLocaleString('vi-VN') : t(staffText.none)}</dd>
          </dl>
          {(record.name || record.phone) &&
            (!confirming ? (
              <button type="button" onClick={() => setConfirming(true)}>
                {t(staffText.erase)}
              </button>
            ) : (
              <button
                type="button"
                className="danger"
                onClick={async () => {
                  const after = await action.call('staff.eraseVisitor', { day: record.day, ticket: record.ticket });
                  setConfirming(false);
                  if (after) {
                    setRecord(after);
                    setMessage(t(staffText.erased, { ticket: after.ticket }));
                  }
                  loadAudit();
                }}
              >
                {t(staffText.confirmErase)}
              </button>
            ))}
        </div>
      )}
      <div className="staff-card">
        <h3>{t(staffText.retentionTitle)}</h3>
        <p>{t(staffText.retentionIntro, { days: settings.personalRetentionDays, months: settings.sessionRetentionMonths })}</p>
        <button
          type="button"
          onClick={async () => {
            setRetention(await action.call('staff.runRetention', {}));
            loadAudit();
          }}
          disabled={action.busy}
        >
          {t(staffText.runRetention)}
        </button>
        {retention && <p role="status">{t(staffText.retentionDone, { erased: retention.personalErased, deleted: retention.sessionsDeleted })}</p>}
      </div>
      <div className="staff-card">
        <table className="staff-table">
          <caption>{t(staffText.auditTitle)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(staffText.when)}</th>
              <th scope="col">{t(staffText.who)}</th>
              <th scope="col">{t(staffText.what)}</th>
            </tr>
          </thead>
          <tbody>
            {audit.map((a) => (
              <tr key={a.id}>
                <th scope="row">{new Date(a.at).toLocaleString('vi-VN')}</th>
                <td>{a.actor}</td>
                <td>{a.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
