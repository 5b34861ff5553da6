import { useState } from 'react';
import type { IssuedTicket, WalkthroughSummary } from '../../../contract/dto';
import { AGE_BANDS, CODE_LABELS, OTHER_SERVICE, PRIORITY_REASONS, type AgeBand, type PriorityReason } from '../../../contract/codes';
import { useClient } from '../../app/client-context';
import { useLocalized, useT } from '../../i18n/i18n';
import { printTicket } from '../../print/print-ticket';
import { waitText } from '../../print/wait-text';
import { deskText } from './desk-messages';
import { Toggle, ToggleGroup } from './controls';
import { ContactFields } from './SessionRecordForm';

/** A visitor who walks up to the desk gets a number too, so the queue stays fair. */
export function WalkInPanel({ categories, titleOf, busy, run }: {
  categories: WalkthroughSummary[];
  titleOf(category: string): string;
  busy: boolean;
  run: <T>(action: () => Promise<T>) => Promise<T | null>;
}) {
  const t = useT();
  const local = useLocalized();
  const client = useClient();
  const [open, setOpen] = useState(false);
  const [category, setCategory] = useState<string>(OTHER_SERVICE);
  const [priority, setPriority] = useState<PriorityReason | null>(null);
  const [ageBand, setAgeBand] = useState<AgeBand | null>(null);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [consent, setConsent] = useState(false);
  const [issued, setIssued] = useState<IssuedTicket | null>(null);

  const reset = () => {
    setCategory(OTHER_SERVICE);
    setPriority(null);
    setAgeBand(null);
    setName('');
    setPhone('');
    setConsent(false);
  };

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t(deskText.walkIn)}
      </button>
    );
  }
  return (
    <section aria-labelledby="walkin-heading" className="desk-panel">
      <h2 id="walkin-heading">{t(deskText.walkInTitle)}</h2>
      {issued ? (
        <>
          <p role="status" className="issued">
            {t(deskText.walkInIssued, { number: issued.displayNumber })}
            {issued.estimatedWaitMinutes !== null && <> · {t(waitText(issued.estimatedWaitMinutes)!)}</>}
          </p>
          <div className="action-row">
            <button type="button" className="primary" onClick={() => void printTicket(issued)}>
              {t(deskText.print)}
            </button>
            <button
              type="button"
              onClick={() => {
                setIssued(null);
                setOpen(false);
              }}
            >
              {t(deskText.close)}
            </button>
          </div>
        </>
      ) : (
        <>
          <ToggleGroup label={t(deskText.service)}>
            {[...categories.map((c) => c.id), OTHER_SERVICE].map((id) => (
              <Toggle key={id} on={category === id} onToggle={() => setCategory(id)}>
                {titleOf(id)}
              </Toggle>
            ))}
          </ToggleGroup>
          <ToggleGroup label={t(deskText.priorityReason)}>
            {PRIORITY_REASONS.map((p) => (
              <Toggle key={p} on={priority === p} onToggle={() => setPriority(priority === p ? null : p)}>
                {local(CODE_LABELS.priorityReason[p])}
              </Toggle>
            ))}
          </ToggleGroup>
          <ToggleGroup label={t(deskText.ageBand)}>
            {AGE_BANDS.map((a) => (
              <Toggle key={a} on={ageBand === a} onToggle={() => setAgeBand(ageBand === a ? null : a)}>
                {local(CODE_LABELS.ageBand[a])}
              </Toggle>
            ))}
          </ToggleGroup>
          <ContactFields name={name} phone={phone} consent={consent} onName={setName} onPhone={setPhone} onConsent={setConsent} />
          <div className="action-row">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={async () => {
                const ticket = await run(() =>
                  client.call('queue.issueTicket', {
                    category,
                    priorityReason: priority,
                    ageBand,
                    visitorName: consent ? name.trim() || null : null,
                    visitorPhone: consent ? phone.trim() || null : null,
                    consent,
                  }),
                );
                if (ticket) {
                  setIssued(ticket);
                  reset();
                }
              }}
            >
              {t(deskText.issue)}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t(deskText.close)}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
