import { useState } from 'react';
import type { IssuedTicket, WalkthroughSummary } from '../../../contract/dto';
import { AGE_BANDS, CODE_LABELS, OTHER_SERVICE, PRIORITY_REASONS, type AgeBand, type PriorityReason } from '../../../contract/codes';
import { useT } from '../../i18n/i18n';
import { waitText } from '../../i18n/wait-text';
import { usePlatform } from '../../platform/platform-context';
import type { Action } from '../../platform/use-action';
import { printTicket } from '../../print/print';
import { deskText } from './desk-messages';
import { CodeChoice } from './CodeChoice';
import { ContactFields } from './SessionRecordForm';

/** A visitor who walks up to the desk gets a number too, so the queue stays fair. */
export function WalkInPanel({ categories, titleOf, action }: {
  categories: WalkthroughSummary[];
  titleOf(category: string): string;
  action: Action;
}) {
  const t = useT();
  const platform = usePlatform();
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
            <button type="button" className="primary" onClick={() => void printTicket(platform, issued)}>
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
          <CodeChoice
            keepOne
            label={t(deskText.service)}
            codes={[...categories.map((c) => c.id), OTHER_SERVICE]}
            labels={titleOf}
            value={category}
            onChange={setCategory}
          />
          <CodeChoice label={t(deskText.priorityReason)} codes={PRIORITY_REASONS} labels={CODE_LABELS.priorityReason} value={priority} onChange={setPriority} />
          <CodeChoice label={t(deskText.ageBand)} codes={AGE_BANDS} labels={CODE_LABELS.ageBand} value={ageBand} onChange={setAgeBand} />
          <ContactFields name={name} phone={phone} consent={consent} onName={setName} onPhone={setPhone} onConsent={setConsent} />
          <div className="action-row">
            <button
              type="button"
              className="primary"
              disabled={action.busy}
              onClick={async () => {
                const ticket = await action.call('queue.issueTicket', {
                  category,
                  priorityReason: priority,
                  ageBand,
                  visitorName: consent ? name.trim() || null : null,
                  visitorPhone: consent ? phone.trim() || null : null,
                  consent,
                });
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
