/**
 * A visitor's name and phone are optional and stored only with their consent tick.
 * One rule for the schema (a name or phone without consent is refused), the services
 * (what is written) and the desk's forms (fields stay locked until consent).
 */
export interface ContactInput {
  visitorName: string | null;
  visitorPhone: string | null;
  consent: boolean;
}

/** True when the input may be accepted: no personal field, or consent given. */
export function contactAllowed(v: ContactInput): boolean {
  return v.consent || (!v.visitorName && !v.visitorPhone);
}

/** What may be stored: the fields given with consent, or nothing at all. */
export function contactToKeep(v: ContactInput): { name: string | null; phone: string | null } | null {
  if (!v.consent || (!v.visitorName && !v.visitorPhone)) return null;
  return { name: v.visitorName || null, phone: v.visitorPhone || null };
}
