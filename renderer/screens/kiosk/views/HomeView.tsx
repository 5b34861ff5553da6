import { useLocalized, useT } from '../../../i18n/i18n';
import { errorMessage } from '../../../i18n/errors';
import { kioskText } from '../kiosk-messages';
import { useKiosk } from '../kiosk-context';
import { Tile } from '../Tile';

/** The walkthrough tiles: one tap opens a guide. */
export function HomeView() {
  const t = useT();
  const local = useLocalized();
  const catalog = useKiosk((s) => s.catalog);
  const catalogError = useKiosk((s) => s.catalogError);
  const busy = useKiosk((s) => s.busy);
  const openWalkthrough = useKiosk((s) => s.openWalkthrough);
  return (
    <>
      <h1>{t(kioskText.homeTitle)}</h1>
      <p className="lead">{t(kioskText.homeHint)}</p>
      {catalogError && (
        <p role="alert" className="error">
          {t(errorMessage(catalogError))}
        </p>
      )}
      {!catalogError && catalog.length === 0 && <p>{t(kioskText.noGuides)}</p>}
      <ul className="tiles" aria-label={t(kioskText.homeTitle)}>
        {catalog.map((w) => (
          <Tile key={w.id} icon={w.icon} picture={w.picture} title={local(w.title)} meta={t(kioskText.steps, { count: w.stepCount })} disabled={busy} onTap={() => void openWalkthrough(w.id)} />
        ))}
      </ul>
    </>
  );
}
