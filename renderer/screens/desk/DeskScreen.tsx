import { OTHER_SERVICE_LABEL } from '../../../contract/codes';
import { useCallback, useEffect, useState } from 'react';
import { useNow } from '../../components/use-now';
import { useLocalized, useT, type Msg } from '../../i18n/i18n';
import { errorMessage } from '../../i18n/errors';
import { useAction } from '../../platform/use-action';
import { useLive } from '../../platform/use-live';
import { deskText } from './desk-messages';
import { useStoredDeskId } from './stored-desk-id';
import { SignInPanel } from './SignInPanel';
import { CurrentVisitor } from './CurrentVisitor';
import { SessionRecordForm } from './SessionRecordForm';
import { QueueTable } from './QueueTable';
import { WalkInPanel } from './WalkInPanel';
import './desk.css';

export function DeskScreen() {
  const t = useT();
  const local = useLocalized();
  const overview = useLive((p) => p.call('desk.overview', {}), { events: ['queue.changed'] });
  const catalog = useLive((p) => p.call('catalog.list', {}));
  const [deskId, setDeskId] = useStoredDeskId();
  const [notice, setNotice] = useState<{ msg: Msg; vars?: Record<string, string> } | null>(null);
  const reload = overview.reload;
  // After every action, failed or not, the desk shows the queue as it now is.
  const action = useAction(reload);
  const now = useNow(30_000);
  // Waited minutes move on their own, and a new local day must show up without a tap.
  useEffect(() => reload(), [now, reload]);

  const titleOf = useCallback(
    (category: string) => {
      const w = catalog.value?.find((x) => x.id === category);
      return w ? local(w.title) : local(OTHER_SERVICE_LABEL);
    },
    [catalog.value, local],
  );

  const view = overview.value;
  if (!view) {
    return (
      <div className="screen desk">
        <main className="content">
          <h1>{t(deskText.title)}</h1>
          {overview.errorKey && <p role="alert" className="error">{t(errorMessage(overview.errorKey))}</p>}
        </main>
      </div>
    );
  }

  const myDesk = view.desks.find((d) => d.id === deskId && d.volunteer);
  const categories = catalog.value ?? [];
  const mine = myDesk ? view.active.find((a) => a.deskId === myDesk.id) : undefined;
  const elsewhere = view.active.filter((a) => a !== mine);

  return (
    <div className="screen desk">
      <main className="content desk-layout">
        <header className="desk-header">
          <h1>{t(deskText.title)}</h1>
          {myDesk && (
            <>
              <p className="desk-who">{t(deskText.signedInAs, { desk: myDesk.label, name: myDesk.volunteer!.name })}</p>
              <button type="button" disabled={action.busy || Boolean(mine)} onClick={() => void action.call('desk.signOut', { deskId: myDesk.id }).then((r) => r && setDeskId(null))}>
                {t(deskText.signOut)}
              </button>
            </>
          )}
          <p className="sub">{t(deskText.servedToday, { count: String(view.servedToday) })}</p>
        </header>
        {action.errorKey && (
          <p role="alert" className="error">
            {t(errorMessage(action.errorKey))}
          </p>
        )}
        {notice && (
          <p role="status" className="notice">
            {t(notice.msg, notice.vars)}
          </p>
        )}

        {!myDesk ? (
          <SignInPanel overview={view} action={action} onSignedIn={(id) => setDeskId(id)} />
        ) : mine?.status === 'serving' ? (
          <SessionRecordForm
            key={mine.id}
            ticket={mine}
            deskId={myDesk.id}
            categories={categories}
            titleOf={titleOf}
            action={action}
            onSaved={(number) => setNotice({ msg: deskText.saved, vars: { number } })}
          />
        ) : mine ? (
          <CurrentVisitor key={mine.id} ticket={mine} deskId={myDesk.id} desks={view.desks} rules={view.rules} categories={categories} titleOf={titleOf} action={action} />
        ) : (
          <section className="desk-panel call-panel" aria-label={t(deskText.callNext)}>
            <button
              type="button"
              className="primary call-next"
              disabled={action.busy}
              onClick={async () => {
                setNotice(null);
                const result = await action.call('queue.callNext', { deskId: myDesk.id });
                if (result && !result.ticket) setNotice({ msg: deskText.nobodyToCall });
              }}
            >
              {t(deskText.callNext)}
            </button>
          </section>
        )}

        <section aria-labelledby="waiting-heading">
          <h2 id="waiting-heading">{t(deskText.waiting, { count: view.waiting.length })}</h2>
          <p className="sub">{t(deskText.rules, { n: view.rules.consecutivePriorityCap, m: view.rules.maxWaitMinutes })}</p>
          <QueueTable
            tickets={view.waiting}
            now={now}
            titleOf={titleOf}
            canCall={Boolean(myDesk) && !mine && !action.busy}
            onCall={(ticket) => myDesk && void action.call('queue.callTicket', { deskId: myDesk.id, ticketId: ticket.id })}
          />
        </section>

        {elsewhere.length > 0 && (
          <section aria-labelledby="elsewhere-heading">
            <h2 id="elsewhere-heading">{t(deskText.activeElsewhere)}</h2>
            <ul className="plain-list">
              {elsewhere.map((a) => (
                <li key={a.id}>{t(deskText.atDesk, { number: a.displayNumber, desk: a.deskLabel ?? '?' })}</li>
              ))}
            </ul>
          </section>
        )}

        {view.missed.length > 0 && (
          <section aria-labelledby="missed-heading">
            <h2 id="missed-heading">{t(deskText.missed, { count: view.missed.length })}</h2>
            <div className="action-row">
              {view.missed.map((m) => (
                <button key={m.id} type="button" disabled={!myDesk || action.busy} onClick={() => myDesk && void action.call('queue.putBack', { deskId: myDesk.id, ticketId: m.id })}>
                  {t(deskText.putBack, { number: m.displayNumber })}
                </button>
              ))}
            </div>
          </section>
        )}

        <WalkInPanel categories={categories} titleOf={titleOf} action={action} />
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
