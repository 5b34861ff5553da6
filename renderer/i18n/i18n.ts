import { usePreferences } from '../state/preferences';

export { format, type Msg, type Vars } from './format';
import { format, type Msg, type Vars } from './format';

export function useT(): (msg: Msg, vars?: Vars) => string {
  const lang = usePreferences((s) => s.lang);
  return (msg, vars) => format(msg, lang, vars);
}

/** Picks the visitor's language from a bilingual content field. */
export function useLocalized(): <T extends { vi: string; en: string }>(text: T) => string {
  const lang = usePreferences((s) => s.lang);
  return (text) => text[lang];
}
