/**
 * Who is calling. The visitor kiosk and the queue board act as `visitor`; the
 * service desk acts as `volunteer`; ward staff become `staff` only after the PIN.
 * A higher role may call everything a lower one may.
 */
export const ROLES = ['visitor', 'volunteer', 'staff'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { visitor: 0, volunteer: 1, staff: 2 };

export function roleAllows(caller: Role, required: Role): boolean {
  return RANK[caller] >= RANK[required];
}
