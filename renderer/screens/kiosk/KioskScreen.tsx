import { useEffect } from 'react';
import { useClient } from '../../app/client-context';
import { Toolbar } from '../../components/Toolbar';
import { useLocalized, useT } from '../../i18n/i18n';
import { common } from '../../i18n/common-messages';
import { errorMessage } from '../../i18n/errors';
import { usePreferences } from '../../state/preferences';
import { kioskText } from './kiosk-messages';
import { useKiosk } from './kiosk-store';

export function KioskScreen() {
  const client = useClient();
  const t = useT();
  const local = useLocalized();
  const kiosk = useKiosk();
  const resetPreferences = usePreferences((s) => s.resetPreferences);

  useEffect(() => {
    void kiosk.loadCatalog(client);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client]);

  const startOver = () => {
    kiosk.startOver();
    resetPreferences();
  };

  return (
    <div className="screen kiosk">
      <Toolbar
        onStartOver={startOver}
        onBack={kiosk.goBack}
        canGoBack={kiosk.history.length > 0}
        onListenAgain={() => undefined}
        onCallVolunteer={() => void kiosk.callVolunteer(client, 'other')}
      />
      <main className="content" aria-busy={kiosk.busy}>
        {kiosk.errorKey && (
          <p role="alert" className="error">
            {t(errorMessage(kiosk.errorKey))}
          </p>
        )}
        {kiosk.view.name === 'home' && (
          <>
            <h1>{t(kioskText.homeTitle)}</h1>
            <p className="lead">{t(kioskText.homeHint)}</p>
            {kiosk.catalogError && <p role="alert" className="error">{t(errorMessage(kiosk.catalogError))}</p>}
            <ul className="tiles" aria-label={t(kioskText.homeTitle)}>
              {kiosk.catalog.map((w) => (
                <li key={w.id}>
                  <button type="button" className="tile">
                    <span className="tile-icon" aria-hidden="true">{w.icon}</span>
                    <span className="tile-title">{local(w.title)}</span>
                    <span className="tile-meta">{t(kioskText.steps, { count: w.stepCount })}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {kiosk.view.name === 'ticket' && (
          <section className="ticket" aria-labelledby="ticket-heading">
            <h1 id="ticket-heading">{t(kioskText.yourNumber)}</h1>
            <p className="ticket-number" aria-live="polite">{kiosk.view.ticket.displayNumber}</p>
            <p className="lead">
              {kiosk.view.ticket.peopleAhead === 0 ? t(kioskText.nobodyAhead) : t(kioskText.peopleAhead, { count: kiosk.view.ticket.peopleAhead })}
            </p>
            <p>{t(kioskText.ticketHint)}</p>
            <button type="button" className="primary" onClick={startOver}>
              {t(kioskText.done)}
            </button>
          </section>
        )}
        {kiosk.busy && <p className="status">{t(common.loading)}</p>}
      </main>
    </div>
  );
}
