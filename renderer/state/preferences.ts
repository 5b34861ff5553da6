import { create } from 'zustand';
import { otherLang, type Lang } from '../../contract/labels';

export const TEXT_SIZES = [28, 36, 44] as const;

/** How the screen looks for the person in front of it; reset for every new visitor. */
export interface PreferencesState {
  lang: Lang;
  textSizeStep: number;
  highContrast: boolean;
  setLang(lang: Lang): void;
  toggleLang(): void;
  nextTextSize(): void;
  toggleContrast(): void;
  resetPreferences(): void;
}

const DEFAULTS = { lang: 'vi' as Lang, textSizeStep: 0, highContrast: false };

export const usePreferences = create<PreferencesState>()((set) => ({
  ...DEFAULTS,
  setLang: (lang) => set({ lang }),
  toggleLang: () => set((s) => ({ lang: otherLang(s.lang) })),
  nextTextSize: () => set((s) => ({ textSizeStep: (s.textSizeStep + 1) % TEXT_SIZES.length })),
  toggleContrast: () => set((s) => ({ highContrast: !s.highContrast })),
  resetPreferences: () => set(DEFAULTS),
}));
