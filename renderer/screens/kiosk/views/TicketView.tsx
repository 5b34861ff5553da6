import { useState } from 'react';
import { Icon } from '../../../components/Icon';
import { useT } from '../../../i18n/i18n';
import { waitText } from '../../../i18n/wait-text';
import { usePlatform } from '../../../platform/platform-context';
import { printTicket } from '../../../print/print';
import { kioskText } from '../kiosk-messages';
import { useKiosk, useStartOver } from '../kiosk-context';

/** The number, very large, with the estimated wait; it can be printed and the visitor can keep reading meanwhile. */
export function TicketView() {
  const t = useT();
  const platform = usePlatform();
  const startOver = useStartOver();
  const ticket = useKiosk((s) => s.ticket)!;
  const canReturn = useKiosk((s) => s.walkthrough !== null);
  const returnToGuide = useKiosk((s) => s.returnToGuide);
  const [printed, setPrinted] = useState(false);
  const wait = waitText(ticket.estimatedWaitMinutes);
  return (
    <section className="ticket" aria-labelledby="ticket-heading">
      <h1 id="ticket-heading">{t(kioskText.yourNumber)}</h1>
      <p className="ticket-number">{ticket.displayNumber}</p>
      <p className="lead">{ticket.peopleAhead === 0 ? t(kioskText.nobodyAhead) : t(kioskText.peopleAhead, { count: ticket.peopleAhead })}</p>
      {wait && <p className="lead">{t(kioskText.waitAbout, { wait: t(wait) })}</p>}
      <p>{t(kioskText.ticketHint)}</p>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setPrinted(true);
            void printTicket(platform, ticket);
          }}
        >
          <Icon name="print" />
          {t(kioskText.printTicket)}
        </button>
        {canReturn && (
          <button type="button" className="secondary" onClick={returnToGuide}>
            {t(kioskText.keepLearning)}
          </button>
        )}
        <button type="button" className="primary" onClick={startOver}>
          {t(kioskText.done)}
        </button>
      </div>
      <p role="status">{printed ? t(kioskText.printing) : ''}</p>
    </section>
  );
}
