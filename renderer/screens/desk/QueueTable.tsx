import type { QueueTicket } from '../../../contract/dto';
import { CODE_LABELS } from '../../../contract/codes';
import { useLocalized, useT } from '../../i18n/i18n';
import { waitText } from '../../i18n/wait-text';
import { deskText } from './desk-messages';

/** Who is waiting, in the order the rule will call them, and why. */
export function QueueTable({ tickets, now, titleOf, canCall, onCall }: {
  tickets: QueueTicket[];
  now: number;
  titleOf(category: string): string;
  canCall: boolean;
  onCall(ticket: QueueTicket): void;
}) {
  const t = useT();
  const local = useLocalized();
  if (tickets.length === 0) return <p>{t(deskText.empty)}</p>;
  return (
    <table className="queue-table">
      <thead>
        <tr>
          <th scope="col">{t(deskText.number)}</th>
          <th scope="col">{t(deskText.need)}</th>
          <th scope="col">{t(deskText.priority)}</th>
          <th scope="col">{t(deskText.waited)}</th>
          <th scope="col">{t(deskText.estimate)}</th>
          <th scope="col">{t(deskText.why)}</th>
          <th scope="col">{t(deskText.action)}</th>
        </tr>
      </thead>
      <tbody>
        {tickets.map((ticket) => {
          const wait = waitText(ticket.estimatedWaitMinutes);
          return (
            <tr key={ticket.id}>
              <th scope="row" className="ticket-cell">
                {ticket.displayNumber}
              </th>
              <td>
                {titleOf(ticket.category)}
                {ticket.walkthroughId !== null && ticket.walkthroughId !== ticket.category && (
                  <div className="sub">{t(deskText.wasReading, { title: titleOf(ticket.walkthroughId) })}</div>
                )}
                {ticket.stepReached !== null && <div className="sub">{t(deskText.reached, { step: ticket.stepReached + 1 })}</div>}
                {ticket.assignedDeskId !== null && ticket.deskLabel && <div className="sub">{t(deskText.transferredTo, { desk: ticket.deskLabel })}</div>}
              </td>
              <td>{ticket.priorityReason ? local(CODE_LABELS.priorityReason[ticket.priorityReason]) : '—'}</td>
              <td>{t(deskText.minutes, { count: Math.max(0, Math.floor((now - Date.parse(ticket.issuedAt)) / 60_000)) })}</td>
              <td>{wait ? t(wait) : '—'}</td>
              <td>{ticket.dispatchReason ? local(CODE_LABELS.dispatchReason[ticket.dispatchReason]) : '—'}</td>
              <td>
                <button type="button" disabled={!canCall} onClick={() => onCall(ticket)}>
                  {t(deskText.callThis, { number: ticket.displayNumber })}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
