/** A label in both languages; Vietnamese first. Every visible string of the product has this shape. */
export interface BilingualLabel {
  vi: string;
  en: string;
}

/** The languages of every screen, print and voice; Vietnamese is the default and always first. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's name in that language, as the language switch and the settings show it. */
export const LANGUAGE_NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };

export function otherLang(lang: Lang): Lang {
  return lang === 'vi' ? 'en' : 'vi';
}
