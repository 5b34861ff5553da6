import { useState } from 'react';
import type { DeskInfo, QueueRules, QueueTicket, WalkthroughSummary } from '../../../contract/dto';
import { useClient } from '../../app/client-context';
import { useLocalized, useT } from '../../i18n/i18n';
import { CANCEL_REASONS, CODE_LABELS, OTHER_SERVICE } from '../../../contract/codes';
import { deskText } from './desk-messages';
import { Toggle, ToggleGroup } from './controls';

type Mode = 'main' | 'transfer' | 'cancel';

/** The visitor this desk has called: call again, start, did not come, transfer, cancel. */
export function CurrentVisitor({ ticket, deskId, desks, rules, categories, titleOf, busy, run }: {
  ticket: QueueTicket;
  deskId: number;
  desks: DeskInfo[];
  rules: QueueRules;
  categories: WalkthroughSummary[];
  titleOf(category: string): string;
  busy: boolean;
  run: <T>(action: () => Promise<T>) => Promise<T | null>;
}) {
  const t = useT();
  const local = useLocalized();
  const client = useClient();
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
          <button type="button" className="primary" disabled={busy} onClick={() => void run(() => client.call('queue.startSession', at))}>
            {t(deskText.start)}
          </button>
          <button type="button" disabled={busy} onClick={() => void run(() => client.call('queue.recall', at))}>
            {t(deskText.recall)}
          </button>
          <button type="button" disabled={busy || !canNoShow} aria-describedby={canNoShow ? undefined : 'noshow-hint'} onClick={() => void run(() => client.call('queue.noShow', at))}>
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
          <ToggleGroup label={t(deskText.toDesk)}>
            {desks
              .filter((d) => d.id !== deskId)
              .map((d) => (
                <Toggle key={d.id} on={toDesk === d.id} onToggle={() => setToDesk(toDesk === d.id ? null : d.id)}>
                  {t(deskText.deskN, { desk: d.label })}
                </Toggle>
              ))}
          </ToggleGroup>
          <ToggleGroup label={t(deskText.toCategory)}>
            {[...categories.map((c) => c.id), OTHER_SERVICE]
              .filter((id) => id !== ticket.category)
              .map((id) => (
                <Toggle key={id} on={toCategory === id} onToggle={() => setToCategory(toCategory === id ? null : id)}>
                  {titleOf(id)}
                </Toggle>
              ))}
          </ToggleGroup>
          <div className="action-row">
            <button
              type="button"
              className="primary"
              disabled={busy || (toDesk === null && toCategory === null)}
              onClick={() => void run(() => client.call('queue.transfer', { ...at, toDeskId: toDesk, toCategory }))}
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
              <button key={reason} type="button" disabled={busy} onClick={() => void run(() => client.call('queue.cancel', { ...at, reason }))}>
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
