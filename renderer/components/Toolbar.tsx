import { useT } from '../i18n/i18n';
import { common, LANGUAGE_NAMES } from '../i18n/common-messages';
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
  const other = lang === 'vi' ? 'en' : 'vi';
  return (
    <nav className="toolbar" aria-label={t({ vi: 'Điều khiển', en: 'Controls' })}>
      <button type="button" className="tool" onClick={onStartOver}>
        <span aria-hidden="true" className="tool-icon">⟲</span>
        {t(common.startOver)}
      </button>
      <button type="button" className="tool" onClick={onBack} disabled={!canGoBack}>
        <span aria-hidden="true" className="tool-icon">←</span>
        {t(common.back)}
      </button>
      <button type="button" className="tool" onClick={onListenAgain}>
        <span aria-hidden="true" className="tool-icon">🔊</span>
        {t(common.listenAgain)}
      </button>
      <button
        type="button"
        className="tool"
        onClick={nextTextSize}
        aria-label={`${t(common.textSize)} — ${t(common.textSizeState, { step: textSizeStep + 1, of: TEXT_SIZES.length })}`}
      >
        <span aria-hidden="true" className="tool-icon">A+</span>
        {t(common.textSize)} {textSizeStep + 1}/{TEXT_SIZES.length}
      </button>
      <button type="button" className="tool" onClick={toggleContrast} aria-pressed={highContrast}>
        <span aria-hidden="true" className="tool-icon">◐</span>
        {t(common.contrast)}
      </button>
      <button type="button" className="tool" onClick={toggleLang} lang={other}>
        <span aria-hidden="true" className="tool-icon">🌐</span>
        {LANGUAGE_NAMES[other]}
      </button>
      <button type="button" className="tool tool-help" onClick={onCallVolunteer}>
        <span aria-hidden="true" className="tool-icon">🙋</span>
        {t(common.callVolunteer)}
      </button>
    </nav>
  );
}
