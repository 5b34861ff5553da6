/** A label in both languages; Vietnamese first. */
export interface BilingualLabel {
  vi: string;
  en: string;
}
