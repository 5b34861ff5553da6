/** Messages and their formatting, without React or the DOM (lint-enforced), so the read-aloud texts and Node tests can use them. */
import type { BilingualLabel, Lang } from '../../contract/labels';

/** One message in both languages, side by side so neither can be forgotten. */
export type Msg = BilingualLabel;

export type Vars = Record<string, string | number>;

/** Fills `{name}` placeholders; text is NFC so Vietnamese marks compose in every font. */
export function format(msg: Msg, lang: Lang, vars?: Vars): string {
  let text = msg[lang];
  if (vars) text = text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  return text.normalize('NFC');
}
