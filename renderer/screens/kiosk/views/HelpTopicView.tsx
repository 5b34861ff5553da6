import { OTHER_SERVICE, OTHER_SERVICE_LABEL } from '../../../../contract/codes';
import { useLocalized, useT } from '../../../i18n/i18n';
import { kioskText } from '../kiosk-messages';
import { useKiosk } from '../kiosk-context';
import { Tile } from '../Tile';

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
          <Tile key={w.id} icon={w.icon} picture={w.picture} title={local(w.title)} badge={w.id === current ? t(kioskText.topicCurrent) : undefined} onTap={() => chooseTopic(w.id)} />
        ))}
        <Tile icon="💬" title={local(OTHER_SERVICE_LABEL)} onTap={() => chooseTopic(OTHER_SERVICE)} />
      </ul>
    </>
  );
}
