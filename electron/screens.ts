import { isScreenName, type ScreenName } from '../contract/screens';

export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function screenUrl(screen: ScreenName): string {
  return `${APP_ORIGIN}/${screen}`;
}

/** The URL, parsed, when it is on our own origin app://kiosk (no user, password or port); otherwise null. */
function ownUrl(url: string | undefined | null): URL | null {
  if (typeof url !== 'string' || !url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== `${APP_SCHEME}:` || u.hostname !== APP_HOST || u.port !== '' || u.username !== '' || u.password !== '') return null;
    return u;
  } catch {
    return null;
  }
}

/** True only for our own pages: compares parsed origins, never string prefixes. */
export function isTrustedUrl(url: string | undefined | null): boolean {
  return ownUrl(url) !== null;
}

/**
 * True for one of the three screen pages, app://kiosk/<screen> (a query or fragment
 * allowed), and, given `screen`, for that screen's page only. Not for the renderer's
 * files, nor for content pictures on the same origin (a content SVG is no page to show).
 */
export function isScreenUrl(url: string | undefined | null, screen?: ScreenName): boolean {
  const u = ownUrl(url);
  if (!u) return false;
  const name = u.pathname.replace(/^\/|\/$/g, '');
  return isScreenName(name) && (screen === undefined || name === screen);
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

/**
 * The displays in the order the screens take them: the primary display first (the
 * touchscreen the operating system calls main), then the others as the system lists
 * them. `getAllDisplays()[0]` need not be the primary one.
 */
export function displayOrder<D extends { id: number }>(displays: readonly D[], primaryId: number): D[] {
  const primary = displays.filter((d) => d.id === primaryId);
  return [...primary, ...displays.filter((d) => d.id !== primaryId)];
}
