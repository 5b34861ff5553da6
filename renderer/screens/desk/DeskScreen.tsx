import { OTHER_SERVICE_LABEL } from '../../../contract/codes';
import { useCallback, useEffect, useState } from 'react';
import { useClient } from '../../app/client-context';
import { useLive } from '../../app/use-live';
import { useLocalized, useT, type Msg } from '../../i18n/i18n';
import { errorMessage } from '../../i18n/errors';
import { deskText } from './desk-messages';
import { useDeskActions, useStoredDeskId } from './use-desk-actions';
import { SignInPanel } from './SignInPanel';
import { CurrentVisitor } from './CurrentVisitor';
import { SessionRecordForm } from './SessionRecordForm';
import { QueueTable } from './QueueTable';
import { WalkInPanel } from './WalkInPanel';
import './desk.css';

export function DeskScreen() {
  const t = useT();
  const local = useLocalized();
  const client = useClient();
  const overview = useLive((c) => c.call('desk.overview', {}), ['queue.changed']);
  const catalog = useLive((c) => c.call('catalog.list', {}), []);
  const [deskId, setDeskId] = useStoredDeskId();
  const [notice, setNotice] = useState<{ msg: Msg; vars?: Record<string, string> } | null>(null);
  const reload = overview.reload;
  const actions = useDeskActions(reload);
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
              <button type="button" disabled={actions.busy || Boolean(mine)} onClick={() => void actions.run(() => client.call('desk.signOut', { deskId: myDesk.id })).then((r) => r && setDeskId(null))}>
                {t(deskText.signOut)}
              </button>
            </>
          )}
          <p className="sub">{t(deskText.servedToday, { count: String(view.servedToday) })}</p>
        </header>
        {actions.errorKey && (
          <p role="alert" className="error">
            {t(errorMessage(actions.errorKey))}
          </p>
        )}
        {notice && (
          <p role="status" className="notice">
            {t(notice.msg, notice.vars)}
          </p>
        )}

        {!myDesk ? (
          <SignInPanel overview={view} busy={actions.busy} run={actions.run} onSignedIn={(id) => setDeskId(id)} />
        ) : mine?.status === 'serving' ? (
          <SessionRecordForm
            key={mine.id}
            ticket={mine}
            deskId={myDesk.id}
            categories={categories}
            titleOf={titleOf}
            busy={actions.busy}
            run={actions.run}
            onSaved={(number) => setNotice({ msg: deskText.saved, vars: { number } })}
          />
        ) : mine ? (
          <CurrentVisitor key={mine.id} ticket={mine} deskId={myDesk.id} desks={view.desks} rules={view.rules} categories={categories} titleOf={titleOf} busy={actions.busy} run={actions.run} />
        ) : (
          <section className="desk-panel call-panel" aria-label={t(deskText.callNext)}>
            <button
              type="button"
              className="primary call-next"
              disabled={actions.busy}
              onClick={async () => {
                setNotice(null);
                const result = await actions.run(() => client.call('queue.callNext', { deskId: myDesk.id }));
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
            canCall={Boolean(myDesk) && !mine && !actions.busy}
            onCall={(ticket) => myDesk && void actions.run(() => client.call('queue.callTicket', { deskId: myDesk.id, ticketId: ticket.id }))}
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
                <button key={m.id} type="button" disabled={!myDesk || actions.busy} onClick={() => myDesk && void actions.run(() => client.call('queue.putBack', { deskId: myDesk.id, ticketId: m.id }))}>
                  {t(deskText.putBack, { number: m.displayNumber })}
                </button>
              ))}
            </div>
          </section>
        )}

        <WalkInPanel categories={categories} titleOf={titleOf} busy={actions.busy} run={actions.run} />
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
