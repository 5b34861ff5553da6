import { CODE_LABELS, type PriorityReason } from '../../../../contract/codes';
import { errorMessage } from '../../../i18n/errors';
import { useT, type Msg } from '../../../i18n/i18n';
import { kioskText } from '../kiosk-messages';
import { useKiosk } from '../kiosk-context';
import { Tile } from '../Tile';

/**
 * The optional priority reason, one tap, which also takes the number. A household's
 * poverty status is not asked on a public screen; the volunteer records it at the desk.
 */
const CHOICES: { reason: PriorityReason | null; label: Msg; icon: string }[] = [
  { reason: 'age60', label: CODE_LABELS.priorityReason.age60, icon: '🧓' },
  { reason: 'disability', label: CODE_LABELS.priorityReason.disability, icon: '♿' },
  { reason: 'pregnant', label: CODE_LABELS.priorityReason.pregnant, icon: '🤰' },
  { reason: 'other', label: CODE_LABELS.priorityReason.other, icon: '➕' },
  { reason: null, label: kioskText.priorityNone, icon: '🕒' },
];

export function HelpPriorityView() {
  const t = useT();
  const busy = useKiosk((s) => s.busy);
  const errorKey = useKiosk((s) => s.errorKey);
  const takeTicket = useKiosk((s) => s.takeTicket);
  return (
    <>
      <h1 id="priority-title">{t(kioskText.priorityTitle)}</h1>
      <p className="lead">{t(kioskText.priorityHint)}</p>
      <ul className="tiles" aria-labelledby="priority-title">
        {CHOICES.map((c) => (
          <Tile key={c.reason ?? 'none'} icon={c.icon} title={t(c.label)} disabled={busy} onTap={() => void takeTicket(c.reason)} />
        ))}
      </ul>
      <p role="status">{busy ? t(kioskText.issuing) : ''}</p>
      {errorKey && (
        <p role="alert" className="error">
          {t(errorMessage(errorKey))}
        </p>
      )}
    </>
  );
}
