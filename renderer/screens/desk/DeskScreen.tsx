import { useEffect, useState } from 'react';
import { useLive } from '../../app/use-live';
import { useLocalized, useT } from '../../i18n/i18n';
import { errorMessage } from '../../i18n/errors';
import { deskText, priorityText } from './desk-messages';

export function DeskScreen() {
  const t = useT();
  const local = useLocalized();
  const waiting = useLive((c) => c.call('queue.waiting', {}), ['queue.changed']);
  const catalog = useLive((c) => c.call('catalog.list', {}), []);
  const now = useNow(30_000);
  const titleOf = (category: string) => {
    const w = catalog.value?.find((x) => x.id === category);
    return w ? local(w.title) : t(deskText.other);
  };
  const tickets = waiting.value ?? [];
  return (
    <div className="screen desk">
      <main className="content">
        <h1>{t(deskText.title)}</h1>
        {waiting.errorKey && <p role="alert" className="error">{t(errorMessage(waiting.errorKey))}</p>}
        <section aria-labelledby="waiting-heading">
          <h2 id="waiting-heading">{t(deskText.waiting, { count: tickets.length })}</h2>
          {tickets.length === 0 ? (
            <p>{t(deskText.empty)}</p>
          ) : (
            <table className="queue-table">
              <thead>
                <tr>
                  <th scope="col">{t(deskText.number)}</th>
                  <th scope="col">{t(deskText.need)}</th>
                  <th scope="col">{t(deskText.priority)}</th>
                  <th scope="col">{t(deskText.issued)}</th>
                  <th scope="col">{t(deskText.waited)}</th>
                </tr>
              </thead>
              <tbody>
                {tickets.map((ticket) => (
                  <tr key={ticket.id}>
                    <th scope="row" className="ticket-cell">{ticket.displayNumber}</th>
                    <td>
                      {titleOf(ticket.category)}
                      {ticket.stepReached !== null && <div className="sub">{t(deskText.reached, { step: ticket.stepReached + 1 })}</div>}
                    </td>
                    <td>{ticket.priorityReason ? t(priorityText[ticket.priorityReason]!) : '—'}</td>
                    <td>{new Date(ticket.issuedAt).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' })}</td>
                    <td>{t(deskText.minutes, { count: Math.max(0, Math.floor((now - Date.parse(ticket.issuedAt)) / 60_000)) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </main>
    </div>
  );
}

export function DeskLocked() {
  const t = useT();
  return (
    <div className="screen desk">
      <main className="content">
        <h1>{t(deskText.title)}</h1>
        <p role="alert">{t(deskText.noKey)}</p>
      </main>
    </div>
  );
}

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
