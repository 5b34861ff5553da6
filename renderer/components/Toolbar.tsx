import { useT } from '../i18n/i18n';
import { Icon } from './Icon';
import { common } from '../i18n/common-messages';
import { LANGUAGE_NAMES, otherLang } from '../../contract/labels';
import { TEXT_SIZES, usePreferences } from '../state/preferences';

export interface ToolbarProps {
  onStartOver(): void;
  onBack(): void;
  canGoBack: boolean;
  onListenAgain(): void;
  onCallVolunteer(): void;
}

/**
 * The same seven controls, in the same place and order, on every visitor screen
 * (WCAG 3.2.6): start over, back, listen again, text size, contrast, language,
 * call a volunteer.
 */
export function Toolbar({ onStartOver, onBack, canGoBack, onListenAgain, onCallVolunteer }: ToolbarProps) {
  const t = useT();
  const { lang, textSizeStep, highContrast, toggleLang, nextTextSize, toggleContrast } = usePreferences();
  const other = otherLang(lang);
  return (
    <nav className="toolbar" aria-label={t(common.controls)}>
      <button type="button" className="tool" onClick={onStartOver}>
        <Icon name="restart" className="tool-icon" />
        {t(common.startOver)}
      </button>
      <button type="button" className="tool" onClick={onBack} disabled={!canGoBack}>
        <Icon name="back" className="tool-icon" />
        {t(common.back)}
      </button>
      <button type="button" className="tool" onClick={onListenAgain}>
        <Icon name="listen" className="tool-icon" />
        {t(common.listenAgain)}
      </button>
      <button
        type="button"
        className="tool"
        onClick={nextTextSize}
      >
        <span aria-hidden="true" className="tool-icon">A+</span>
        {t(common.textSize)} {textSizeStep + 1}/{TEXT_SIZES.length}
      </button>
      <button type="button" className="tool" onClick={toggleContrast} aria-pressed={highContrast}>
        <Icon name="contrast" className="tool-icon" />
        {t(common.contrast)}
      </button>
      <button type="button" className="tool" onClick={toggleLang} lang={other}>
        <Icon name="language" className="tool-icon" />
        {LANGUAGE_NAMES[other]}
      </button>
      <button type="button" className="tool tool-help" onClick={onCallVolunteer}>
        <Icon name="help" className="tool-icon" />
        {t(common.callVolunteer)}
      </button>
    </nav>
  );
}
