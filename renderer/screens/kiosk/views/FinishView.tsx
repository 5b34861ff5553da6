import { useState } from 'react';
import { Icon } from '../../../components/Icon';
import { FEEDBACK_RATINGS, CODE_LABELS } from '../../../../contract/codes';
import { QrCode } from '../../../components/QrCode';
import { useLocalized, useT } from '../../../i18n/i18n';
import { usePlatform } from '../../../platform/platform-context';
import { printStepsSummary } from '../../../print/print';
import { usePreferences } from '../../../state/preferences';
import { kioskText } from '../kiosk-messages';
import { useKiosk, useStartOver } from '../kiosk-context';

const FACES = { 'not-helpful': '🙁', okay: '😐', helpful: '🙂' } as const;

/** The end of a guide: the official page as a QR code, the steps to take home, and a one-tap opinion. */
export function FinishView() {
  const platform = usePlatform();
  const startOver = useStartOver();
  const t = useT();
  const local = useLocalized();
  const walkthrough = useKiosk((s) => s.walkthrough)!;
  const info = useKiosk((s) => s.info);
  const feedback = useKiosk((s) => s.feedback);
  const giveFeedback = useKiosk((s) => s.giveFeedback);
  const [printed, setPrinted] = useState(false);

  const print = () => {
    setPrinted(true);
    void printStepsSummary(platform, walkthrough, usePreferences.getState().lang, {
      pointName: info?.pointName ?? '',
      timeZone: info?.timeZone ?? 'Asia/Ho_Chi_Minh',
      now: new Date(),
    });
  };

  return (
    <section className="finish" aria-labelledby="finish-title">
      <h1 id="finish-title">{t(kioskText.finishedTitle)}</h1>
      <p className="lead">{t(kioskText.finishedLead, { title: local(walkthrough.title) })}</p>
      <div className="finish-grid">
        <div className="qr-panel">
          <h2>{t(kioskText.qrTitle)}</h2>
          <QrCode text={walkthrough.officialLink.url} label={t(kioskText.qrLabel, { label: local(walkthrough.officialLink.label) })} sizePx={280} />
          <p>{local(walkthrough.officialLink.label)}</p>
          <p className="muted">{t(kioskText.qrHint)}</p>
        </div>
        <div className="finish-actions">
          <button type="button" className="secondary" onClick={print}>
            <Icon name="print" />
            {t(kioskText.printSteps)}
          </button>
          <p role="status">{printed ? t(kioskText.printing) : ''}</p>
          <h2 id="feedback-question">{t(kioskText.feedbackQuestion)}</h2>
          <div className="faces" role="group" aria-labelledby="feedback-question">
            {FEEDBACK_RATINGS.map((rating) => (
              <button
                key={rating}
                type="button"
                className={`face${feedback === rating ? ' chosen' : ''}`}
                aria-pressed={feedback === rating}
                disabled={!!feedback && feedback !== rating}
                onClick={() => void giveFeedback(rating)}
              >
                <span aria-hidden="true" className="face-icon">
                  {FACES[rating]}
                </span>
                {t(CODE_LABELS.feedback[rating])}
              </button>
            ))}
          </div>
          <p role="status">{feedback ? t(kioskText.feedbackThanks) : ''}</p>
          <button type="button" className="primary" onClick={startOver}>
            {t(kioskText.backHome)}
          </button>
        </div>
      </div>
    </section>
  );
}
