import { useId, useState, type FormEvent } from 'react';
import type { StaffAccessStatus, StaffSignIn } from '../../../contract/staff-dto';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../../i18n/errors';
import { staffText } from './staff-messages';
import { useAction } from '../../platform/use-action';

const PIN_SHAPE = /^\d{6,12}$/;

function PinInput({ label, value, onChange, autoFocus }: { label: string; value: string; onChange(v: string): void; autoFocus?: boolean }) {
  const id = useId();
  return (
    <div className="staff-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        value={value}
        autoFocus={autoFocus}
        onChange={(e) => onChange(e.target.value.replace(/\D/g, ''))}
      />
    </div>
  );
}

/** First start: the desk sets the staff PIN (there is no other way to set the first one). */
export function PinSetup({ onDone }: { onDone(s: StaffSignIn): void }) {
  const t = useT();
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!PIN_SHAPE.test(pin)) return setLocal(t(staffText.pinShape));
    if (pin !== again) return setLocal(t(staffText.pinsDiffer));
    setLocal(null);
    const result = await action.call('staffAuth.setFirstPin', { pin });
    if (result) onDone(result);
  };
  return (
    <form className="staff-card staff-pin" onSubmit={submit} aria-labelledby="staff-setup-title">
      <h2 id="staff-setup-title">{t(staffText.setupTitle)}</h2>
      <p>{t(staffText.setupIntro)}</p>
      <PinInput label={t(staffText.newPin)} value={pin} onChange={setPin} autoFocus />
      <PinInput label={t(staffText.repeatPin)} value={again} onChange={setAgain} />
      {(local || action.errorKey) && <p role="alert" className="error">{local ?? t(errorMessage(action.errorKey!))}</p>}
      <button type="submit" className="primary" disabled={action.busy}>
        {t(staffText.setPin)}
      </button>
    </form>
  );
}

export function PinSignIn({ status, onDone, onRefresh }: { status: StaffAccessStatus; onDone(s: StaffSignIn): void; onRefresh(): void }) {
  const t = useT();
  const [pin, setPin] = useState('');
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await action.call('staffAuth.signIn', { pin });
    setPin('');
    if (result) onDone(result);
    else onRefresh();
  };
  const locked = status.lockedUntil !== null;
  const left = Math.max(0, 5 - status.failedAttempts);
  return (
    <form className="staff-card staff-pin" onSubmit={submit} aria-labelledby="staff-signin-title">
      <h2 id="staff-signin-title">{t(staffText.signInTitle)}</h2>
      <PinInput label={t(staffText.pin)} value={pin} onChange={setPin} autoFocus />
      {locked && (
        <p role="alert" className="error">
          {t(staffText.lockedUntil, { time: new Date(status.lockedUntil!).toLocaleTimeString('vi-VN') })}
        </p>
      )}
      {!locked && action.errorKey && (
        <p role="alert" className="error">
          {t(errorMessage(action.errorKey))} {status.failedAttempts > 0 && left > 0 ? t(staffText.triesLeft, { n: left }) : ''}
        </p>
      )}
      <button type="submit" className="primary" disabled={action.busy || pin.length < 6}>
        {t(staffText.signIn)}
      </button>
    </form>
  );
}
