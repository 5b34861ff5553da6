import { useState } from 'react';
import type { QueueTicket, WalkthroughSummary } from '../../../contract/dto';
import {
  AGE_BANDS,
  CODE_LABELS,
  COUNTERS,
  OTHER_SERVICE,
  OUTCOME_FIELDS,
  OUTCOMES,
  PRIORITY_FLAG_OF_REASON,
  PRIORITY_FLAGS,
  REASON_CODES,
  REFERRAL_TARGETS,
  SEXES,
  TARGET_GROUPS,
  type AgeBand,
  type Counter,
  type Outcome,
  type PriorityFlag,
  type ReasonCode,
  type ReferralTarget,
  type Sex,
  type TargetGroup,
} from '../../../contract/codes';
import { contactAllowed } from '../../../contract/contact';
import { useT, type Msg } from '../../i18n/i18n';
import type { Action } from '../../platform/use-action';
import { deskText } from './desk-messages';
import { CodeChoice } from './CodeChoice';

/**
 * The record of one session, on one screen, in taps. Pre-filled from the ticket
 * (service, age band, priority) so a typical record is two or three taps; times
 * are never asked — the core computes them from the ticket's events.
 */
export function SessionRecordForm({ ticket, deskId, categories, titleOf, action, onSaved }: {
  ticket: QueueTicket;
  deskId: number;
  categories: WalkthroughSummary[];
  titleOf(category: string): string;
  action: Action;
  onSaved(displayNumber: string): void;
}) {
  const t = useT();
  const [services, setServices] = useState<string[]>([ticket.category]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reasonCode, setReasonCode] = useState<ReasonCode | null>(null);
  const [referralTo, setReferralTo] = useState<ReferralTarget | null>(null);
  const [counters, setCounters] = useState<Counter[]>([]);
  const [targetGroup, setTargetGroup] = useState<TargetGroup | null>('citizen');
  const [ageBand, setAgeBand] = useState<AgeBand | null>(ticket.ageBand);
  const [sex, setSex] = useState<Sex | null>(null);
  const [flags, setFlags] = useState<PriorityFlag[]>(ticket.priorityReason ? [PRIORITY_FLAG_OF_REASON[ticket.priorityReason]] : []);
  const [note, setNote] = useState('');
  const [visitorName, setVisitorName] = useState('');
  const [visitorPhone, setVisitorPhone] = useState('');
  const [consent, setConsent] = useState(false);
  const [problem, setProblem] = useState<Msg | null>(null);

  const fields = outcome ? OUTCOME_FIELDS[outcome] : null;
  const needsReason = fields !== null && fields.reason !== 'none';
  const needsReferral = fields !== null && fields.referral !== 'none';

  const submit = async () => {
    const missing =
      services.length === 0 ? deskText.needServices
      : outcome === null ? deskText.needOutcome
      : fields?.reason === 'required' && !reasonCode ? deskText.needReason
      : fields?.referral === 'required' && !referralTo ? deskText.needReferral
      : !contactAllowed({ visitorName: visitorName.trim() || null, visitorPhone: visitorPhone.trim() || null, consent }) ? deskText.consentNeeded
      : null;
    setProblem(missing);
    if (missing || outcome === null) return;
    const saved = await action.call('queue.finishSession', {
      deskId,
      ticketId: ticket.id,
      record: {
        services,
        outcome,
        reasonCode: needsReason ? reasonCode : null,
        referralTo: needsReferral ? referralTo : null,
        counters: Object.fromEntries(counters.map((c) => [c, true])),
        targetGroup,
        ageBand,
        sex,
        priorityFlags: flags,
        note: note.trim() || null,
        visitorName: consent ? visitorName.trim() || null : null,
        visitorPhone: consent ? visitorPhone.trim() || null : null,
        consent,
      },
    });
    if (saved) onSaved(ticket.displayNumber);
  };

  return (
    <section aria-labelledby="record-heading" className="desk-panel record">
      <h2 id="record-heading">{t(deskText.recordTitle, { number: ticket.displayNumber })}</h2>
      <p className="sub">{t(deskText.timesComputed)}</p>
      <CodeChoice multiple label={t(deskText.servicesHelped)} codes={[...categories.map((c) => c.id), OTHER_SERVICE]} labels={titleOf} value={services} onChange={setServices} />
      <CodeChoice keepOne label={t(deskText.outcome)} codes={OUTCOMES} labels={CODE_LABELS.outcome} value={outcome} onChange={setOutcome} />
      {needsReason && <CodeChoice label={t(deskText.reason)} codes={REASON_CODES} labels={CODE_LABELS.reason} value={reasonCode} onChange={setReasonCode} />}
      {needsReferral && <CodeChoice label={t(deskText.referral)} codes={REFERRAL_TARGETS} labels={CODE_LABELS.referral} value={referralTo} onChange={setReferralTo} />}
      <CodeChoice multiple label={t(deskText.counters)} codes={COUNTERS} labels={CODE_LABELS.counter} value={counters} onChange={setCounters} />
      <CodeChoice label={t(deskText.targetGroup)} codes={TARGET_GROUPS} labels={CODE_LABELS.targetGroup} value={targetGroup} onChange={setTargetGroup} />
      <CodeChoice label={t(deskText.ageBand)} codes={AGE_BANDS} labels={CODE_LABELS.ageBand} value={ageBand} onChange={setAgeBand} />
      <CodeChoice label={t(deskText.sex)} codes={SEXES} labels={CODE_LABELS.sex} value={sex} onChange={setSex} />
      <CodeChoice multiple label={t(deskText.priorityFlags)} codes={PRIORITY_FLAGS} labels={CODE_LABELS.priorityFlag} value={flags} onChange={setFlags} />
      <label className="field">
        {t(deskText.note)}
        <input type="text" value={note} maxLength={300} onChange={(e) => setNote(e.target.value)} />
      </label>
      <ContactFields name={visitorName} phone={visitorPhone} consent={consent} onName={setVisitorName} onPhone={setVisitorPhone} onConsent={setConsent} />
      {problem && (
        <p role="alert" className="error">
          {t(problem)}
        </p>
      )}
      <button type="button" className="primary" disabled={action.busy} onClick={() => void submit()}>
        {t(deskText.finish)}
      </button>
    </section>
  );
}

/** Name and phone stay locked until the consent box is ticked: silence is not consent. */
export function ContactFields({ name, phone, consent, onName, onPhone, onConsent }: {
  name: string;
  phone: string;
  consent: boolean;
  onName(v: string): void;
  onPhone(v: string): void;
  onConsent(v: boolean): void;
}) {
  const t = useT();
  return (
    <fieldset className="contact">
      <legend>{t(deskText.contactTitle)}</legend>
      <label className="check">
        <input type="checkbox" checked={consent} onChange={(e) => onConsent(e.target.checked)} />
        {t(deskText.consent)}
      </label>
      <label className="field">
        {t(deskText.name)}
        <input type="text" value={name} maxLength={80} disabled={!consent} onChange={(e) => onName(e.target.value)} />
      </label>
      <label className="field">
        {t(deskText.phone)}
        <input type="tel" value={phone} maxLength={16} disabled={!consent} onChange={(e) => onPhone(e.target.value)} />
      </label>
    </fieldset>
  );
}
