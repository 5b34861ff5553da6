import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { kioskText } from './kiosk-messages';
import { idlePhase, MIN_ANSWER_MS, type IdlePhase } from './idle-watch';
import { say } from './say';

export interface IdleGuardProps {
  idleSeconds: number;
  /** False while there is nothing of a visitor to clear (the untouched first page). */
  inUse: boolean;
  onReset(): void;
}

/**
 * Asks an idle visitor whether they are still there, then clears everything for the
 * next one. Timed on the monotonic clock: a wall-clock change (NTP, a staff member
 * fixing the time) neither throws a visitor out early nor keeps them for ever.
 */
export function IdleGuard({ idleSeconds, inUse, onReset }: IdleGuardProps) {
  const t = useT();
  const lastTouch = useRef(performance.now());
  const [phase, setPhase] = useState<IdlePhase>({ phase: 'active' });
  const button = useRef<HTMLButtonElement>(null);
  const warning = phase.phase === 'warning';

  useEffect(() => {
    const touched = () => {
      lastTouch.current = performance.now();
    };
    const events = ['pointerdown', 'keydown', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, touched, { capture: true, passive: true });
    return () => {
      for (const e of events) window.removeEventListener(e, touched, { capture: true });
    };
  }, []);

  useEffect(() => {
    if (!inUse) {
      lastTouch.current = performance.now();
      setPhase({ phase: 'active' });
      return;
    }
    const tick = () => {
      const next = idlePhase(performance.now(), lastTouch.current, { idleMs: idleSeconds * 1000, answerMs: MIN_ANSWER_MS });
      if (next.phase === 'reset') {
        lastTouch.current = performance.now();
        setPhase({ phase: 'active' });
        onReset();
      } else {
        setPhase(next);
      }
    };
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [idleSeconds, inUse, onReset]);

  useEffect(() => {
    if (!warning) return;
    button.current?.focus();
    say({ text: t(kioskText.idleSpoken) });
    // Spoken once when the warning appears, not at every second of the countdown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [warning]);

  if (phase.phase !== 'warning') return null;
  return (
    <div className="idle-backdrop">
      <div className="idle-dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body">
        <h2 id="idle-title">{t(kioskText.idleTitle)}</h2>
        <p id="idle-body">{t(kioskText.idleBody, { seconds: phase.secondsLeft })}</p>
        <button
          ref={button}
          type="button"
          className="primary"
          onClick={() => {
            lastTouch.current = performance.now();
            setPhase({ phase: 'active' });
          }}
        >
          {t(kioskText.stillHere)}
        </button>
      </div>
    </div>
  );
}
