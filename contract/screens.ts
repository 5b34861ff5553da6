import type { Role } from './roles';

/** The screens one installation shows: the same renderer on three paths (browser shell) or three windows (Electron). */
export const SCREEN_NAMES = ['kiosk', 'desk', 'board'] as const;
export type ScreenName = (typeof SCREEN_NAMES)[number];

/** The role each screen acts as; the visitor's kiosk and the board never become more. */
export const SCREEN_ROLES: Record<ScreenName, Role> = { kiosk: 'visitor', board: 'visitor', desk: 'volunteer' };

export function isScreenName(value: unknown): value is ScreenName {
  return typeof value === 'string' && (SCREEN_NAMES as readonly string[]).includes(value);
}
