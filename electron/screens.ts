import type { ScreenName } from '../contract/screens';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://kiosk`;

export function screenUrl(screen: ScreenName): string {
  return `${APP_ORIGIN}/${screen}`;
}

/** True only for our own pages: compares parsed origins, never string prefixes. */
export function isTrustedUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === 'kiosk';
  } catch {
    return false;
  }
}

/**
 * Which display each screen goes to: one display → kiosk only (desk and board open
 * from the staff keys); two → kiosk and desk; three or more → kiosk, desk, board.
 */
export function placeScreens(displayCount: number): ScreenName[] {
  if (displayCount >= 3) return ['kiosk', 'desk', 'board'];
  if (displayCount === 2) return ['kiosk', 'desk'];
  return ['kiosk'];
}
