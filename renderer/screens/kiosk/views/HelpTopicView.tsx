import { useLocalized, useT } from '../../../i18n/i18n';
import { kioskText } from '../kiosk-messages';
import { useKiosk } from '../kiosk-store';

/** What the visitor needs help with: big tiles, the guide they were reading first. No typing. */
export function HelpTopicView() {
  const t = useT();
  const local = useLocalized();
  const catalog = useKiosk((s) => s.catalog);
  const current = useKiosk((s) => s.helpTopic);
  const chooseTopic = useKiosk((s) => s.chooseTopic);
  const ordered = current ? [...catalog.filter((w) => w.id === current), ...catalog.filter((w) => w.id !== current)] : catalog;
  return (
    <>
      <h1 id="topic-title">{t(kioskText.topicTitle)}</h1>
      <p className="lead">{t(kioskText.topicHint)}</p>
      <ul className="tiles" aria-labelledby="topic-title">
        {ordered.map((w) => (
          <li key={w.id}>
            <button type="button" className={`tile${w.id === current ? ' current' : ''}`} onClick={() => chooseTopic(w.id)}>
              {w.id === current && <span className="tile-badge">{t(kioskText.topicCurrent)}</span>}
              <span className="tile-icon" aria-hidden="true">
                {w.icon}
              </span>
              <span className="tile-title">{local(w.title)}</span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="tile" onClick={() => chooseTopic('other')}>
            <span className="tile-icon" aria-hidden="true">
              💬
            </span>
            <span className="tile-title">{t(kioskText.topicOther)}</span>
          </button>
        </li>
      </ul>
    </>
  );
}
