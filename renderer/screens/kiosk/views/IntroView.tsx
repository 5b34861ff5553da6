import { useLocalized, useT } from '../../../i18n/i18n';
import { kioskText } from '../kiosk-messages';
import { useKiosk } from '../kiosk-context';
import { GuidePicture } from '../GuidePicture';

/** Before the steps: the goal, what to bring, and how to learn (read along, or practise tapping). */
export function IntroView() {
  const t = useT();
  const local = useLocalized();
  const walkthrough = useKiosk((s) => s.walkthrough)!;
  const begin = useKiosk((s) => s.begin);
  return (
    <article className="intro" aria-labelledby="intro-title">
      <h1 id="intro-title">
        <GuidePicture className="title-icon" icon={walkthrough.icon} picture={walkthrough.picture} />{' '}
        {local(walkthrough.title)}
      </h1>
      <h2>{t(kioskText.goal)}</h2>
      <p className="lead">{local(walkthrough.goal)}</p>
      <h2>{t(kioskText.needs)}</h2>
      {walkthrough.needs.length ? (
        <ul className="needs">
          {walkthrough.needs.map((n, i) => (
            <li key={i}>{local(n)}</li>
          ))}
        </ul>
      ) : (
        <p>{t(kioskText.noNeeds)}</p>
      )}
      <h2>{t(kioskText.chooseMode)}</h2>
      <div className="actions">
        <button type="button" className="primary" onClick={() => begin('guide')}>
          {t(kioskText.startGuide)}
        </button>
        <button type="button" className="secondary" onClick={() => begin('practice')}>
          {t(kioskText.startPractice)}
        </button>
      </div>
      <p className="muted">{t(kioskText.practiceExplained)}</p>
    </article>
  );
}
