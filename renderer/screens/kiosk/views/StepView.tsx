import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { Icon } from '../../../components/Icon';
import { useLocalized, useT } from '../../../i18n/i18n';
import { kioskText } from '../kiosk-messages';
import { useKiosk, useKioskStore } from '../kiosk-context';
import { PhoneDrawing } from '../PhoneDrawing';
import { say } from '../say';

/** One step: the instruction in large text beside a drawing of the phone, and a warning where money or codes are involved. */
export function StepView({ index }: { index: number }) {
  const t = useT();
  const local = useLocalized();
  const walkthrough = useKiosk((s) => s.walkthrough)!;
  const mode = useKiosk((s) => s.mode);
  const safetyRead = useKiosk((s) => s.safetyRead);
  const wrongTaps = useKiosk((s) => s.wrongTaps);
  const { next, readSafety, wrongTap } = useKioskStore().getState();
  const step = walkthrough.steps[index]!;
  const practice = mode === 'practice';
  const blockedBySafety = !!step.safety && !safetyRead.includes(step.id);
  const target = step.screen.elements.find((e) => e.id === step.screen.target);
  const targetLabel = target?.label ? local(target.label) : null;
  const hint = targetLabel ? t(kioskText.gentleHint, { label: targetLabel }) : t(kioskText.gentleHintUnnamed);

  const onMiss = () => {
    wrongTap();
    say({ text: hint });
  };
  const onSafetyRead = () => {
    readSafety(step.id);
    say({ text: local(step.readAloud), clips: step.audio });
  };

  // The text column scrolls when it cannot fit (largest text on a small screen): say so.
  const textBox = useRef<HTMLElement>(null);
  const moreBelow = useMoreBelow(textBox);

  return (
    <div className="step-layout">
      <p className="progress">{t(kioskText.stepOf, { n: index + 1, of: walkthrough.steps.length })}</p>
      <section className="step-text" aria-labelledby="step-instruction" ref={textBox}>
        <h1 id="step-instruction">{local(step.instruction)}</h1>
        {/* The short on-screen text; the longer explanation is what is read aloud. */}
        <p className="step-body">{local(step.body ?? step.readAloud)}</p>
        {step.safety && (
          <section className={`safety${blockedBySafety ? '' : ' read'}`} aria-labelledby={`safety-${step.id}`}>
            <h2 id={`safety-${step.id}`}>
              <Icon name="warning" className="safety-icon" />
              {t(kioskText.safetyTitle)}
            </h2>{' '}
            <p>{local(step.safety)}</p>
            {blockedBySafety ? (
              <button type="button" className="primary" onClick={onSafetyRead}>
                {t(kioskText.safetyRead)}
              </button>
            ) : (
              <p className="done-mark">
                <Icon name="check" />
                {t(kioskText.safetyDone)}
              </p>
            )}
          </section>
        )}
        <div role="status" className="hint">
          {blockedBySafety ? t(kioskText.safetyFirst) : practice ? (wrongTaps > 0 ? hint : t(kioskText.practiceAsk)) : ''}
        </div>
        {moreBelow && (
          <p className="more-below" aria-hidden="true">
            <span className="more-below-arrow">↓</span> {t(kioskText.moreBelow)}
          </p>
        )}
      </section>
      <PhoneDrawing screen={step.screen} practice={practice} emphasise={wrongTaps > 0} enabled={!blockedBySafety} onTarget={next} onMiss={onMiss} />
      <div className="step-actions">
        <div className="actions">
          {practice ? (
            <button type="button" className="secondary" disabled={blockedBySafety} onClick={next}>
              {t(kioskText.skipPractice)}
            </button>
          ) : (
            <button type="button" className="primary continue" disabled={blockedBySafety} onClick={next}>
              {t(kioskText.continue)}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

/** True while the element has content below what it shows (it scrolls, and is not at the bottom). */
function useMoreBelow(ref: RefObject<HTMLElement | null>): boolean {
  const [more, setMore] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setMore(el.scrollHeight - el.clientHeight - el.scrollTop > 4);
    check();
    el.addEventListener('scroll', check, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(check);
    observer?.observe(el);
    for (const child of el.children) observer?.observe(child);
    return () => {
      el.removeEventListener('scroll', check);
      observer?.disconnect();
    };
  }, [ref]);
  return more;
}
