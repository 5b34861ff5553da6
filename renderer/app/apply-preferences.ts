import { TEXT_SIZES, type PreferencesState } from '../state/preferences';

/**
 * Mirrors the preferences onto <html> so CSS and screen readers follow them. The
 * root's job (App), so the preferences store itself has no DOM and runs in Node tests.
 */
export function applyPreferencesToDocument(state: Pick<PreferencesState, 'lang' | 'textSizeStep' | 'highContrast'>): void {
  const html = document.documentElement;
  html.lang = state.lang;
  html.dataset.contrast = state.highContrast ? 'high' : 'default';
  html.style.setProperty('--text-base', `${TEXT_SIZES[state.textSizeStep] ?? TEXT_SIZES[0]}px`);
}
