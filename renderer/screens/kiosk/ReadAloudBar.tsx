import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/i18n';
import { useSpeech, VOLUME_STEPS } from '../../speech/speech-store';
import { kioskText } from './kiosk-messages';

/**
 * Speech controls under the toolbar, the same on every screen: stop, quieter,
 * louder, and a plain notice when this kiosk has no voice at all. Marked so that a
 * tap here does not count as "the visitor acted" (which silences speech).
 */
export function ReadAloudBar() {
  const t = useT();
  const speaking = useSpeech((s) => s.speaking);
  const noVoice = useSpeech((s) => s.noVoice);
  const volumeStep = useSpeech((s) => s.volumeStep);
  const { stop, volumeUp, volumeDown } = useSpeech.getState();
  return (
    <div className="speech-bar" role="group" aria-label={t(kioskText.readAloud)} data-keeps-speech="">
      <button type="button" className="tool" onClick={stop} disabled={!speaking}>
        <Icon name="stop" className="tool-icon" />
        {t(kioskText.stopReading)}
      </button>
      <button type="button" className="tool" onClick={volumeDown} disabled={volumeStep <= 0}>
        <Icon name="quieter" className="tool-icon" />
        {t(kioskText.quieter)}
      </button>
      <span className="volume-state" aria-live="polite">
        {t(kioskText.volumeState, { n: volumeStep + 1, of: VOLUME_STEPS })}
      </span>
      <button type="button" className="tool" onClick={volumeUp} disabled={volumeStep >= VOLUME_STEPS - 1}>
        <Icon name="louder" className="tool-icon" />
        {t(kioskText.louder)}
      </button>
      <p className="speech-status" role="status">
        {noVoice ? t(kioskText.noVoice) : speaking ? t(kioskText.speaking) : ''}
      </p>
    </div>
  );
}
