import { useState } from 'react';
import type { DeskInfo, QueueRules, QueueTicket, WalkthroughSummary } from '../../../contract/dto';
import { useLocalized, useT } from '../../i18n/i18n';
import { CANCEL_REASONS, CODE_LABELS, OTHER_SERVICE } from '../../../contract/codes';
import type { Action } from '../../platform/use-action';
import { deskText } from './desk-messages';
import { CodeChoice } from './CodeChoice';

type Mode = 'main' | 'transfer' | 'cancel';

/** The visitor this desk has called: call again, start, did not come, transfer, cancel. */
export function CurrentVisitor({ ticket, deskId, desks, rules, categories, titleOf, action }: {
  ticket: QueueTicket;
  deskId: number;
  desks: DeskInfo[];
  rules: QueueRules;
  categories: WalkthroughSummary[];
  titleOf(category: string): string;
  action: Action;
}) {
  const t = useT();
  const local = useLocalized();
  const { busy } = action;
  const [mode, setMode] = useState<Mode>('main');
  const [toDesk, setToDesk] = useState<number | null>(null);
  const [toCategory, setToCategory] = useState<string | null>(null);
  const at = { deskId, ticketId: ticket.id };
  const canNoShow = ticket.callCount >= rules.noShowAfterCalls;

  return (
    <section aria-labelledby="current-heading" className="desk-panel current">
      <h2 id="current-heading">{t(deskText.calling, { number: ticket.displayNumber })}</h2>
      <p className="current-number" aria-hidden="true">
        {ticket.displayNumber}
      </p>
      <p>
        {titleOf(ticket.category)}
        {ticket.priorityReason && <> · <strong>{local(CODE_LABELS.priorityReason[ticket.priorityReason])}</strong></>}
        {ticket.dispatchReason && <> · {local(CODE_LABELS.dispatchReason[ticket.dispatchReason])}</>}
      </p>
      <p className="sub">{t(deskText.calls, { count: ticket.callCount })}</p>
      {mode === 'main' && (
        <div className="action-row">
          <button type="button" className="primary" disabled={busy} onClick={() => void action.call('queue.startSession', at)}>
            {t(deskText.start)}
          </button>
          <button type="button" disabled={busy} onClick={() => void action.call('queue.recall', at)}>
            {t(deskText.recall)}
          </button>
          <button type="button" disabled={busy || !canNoShow} aria-describedby={canNoShow ? undefined : 'noshow-hint'} onClick={() => void action.call('queue.noShow', at)}>
            {t(deskText.noShow)}
          </button>
          <button type="button" disabled={busy} onClick={() => setMode('transfer')}>
            {t(deskText.transfer)}
          </button>
          <button type="button" disabled={busy} onClick={() => setMode('cancel')}>
            {t(deskText.cancelTicket)}
          </button>
          {!canNoShow && (
            <p id="noshow-hint" className="sub">
              {t(deskText.noShowHint, { n: rules.noShowAfterCalls })}
            </p>
          )}
        </div>
      )}
      {mode === 'transfer' && (
        <div role="group" aria-label={t(deskText.transferTitle, { number: ticket.displayNumber })}>
          <CodeChoice
            label={t(deskText.toDesk)}
            codes={desks.filter((d) => d.id !== deskId).map((d) => d.id)}
            labels={(id) => t(deskText.deskN, { desk: desks.find((d) => d.id === id)?.label ?? '' })}
            value={toDesk}
            onChange={setToDesk}
          />
          <CodeChoice
            label={t(deskText.toCategory)}
            codes={[...categories.map((c) => c.id), OTHER_SERVICE].filter((id) => id !== ticket.category)}
            labels={titleOf}
            value={toCategory}
            onChange={setToCategory}
          />
          <div className="action-row">
            <button
              type="button"
              className="primary"
              disabled={busy || (toDesk === null && toCategory === null)}
              onClick={() => void action.call('queue.transfer', { ...at, toDeskId: toDesk, toCategory })}
            >
              {t(deskText.confirmTransfer)}
            </button>
            <button type="button" onClick={() => setMode('main')}>
              {t(deskText.back)}
            </button>
          </div>
        </div>
      )}
      {mode === 'cancel' && (
        <div role="group" aria-label={t(deskText.cancelTitle, { number: ticket.displayNumber })}>
          <p className="group-label">{t(deskText.cancelTitle, { number: ticket.displayNumber })}</p>
          <div className="action-row">
            {CANCEL_REASONS.map((reason) => (
              <button key={reason} type="button" disabled={busy} onClick={() => void action.call('queue.cancel', { ...at, reason })}>
                {local(CODE_LABELS.cancelReason[reason])}
              </button>
            ))}
            <button type="button" onClick={() => setMode('main')}>
              {t(deskText.back)}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
