import type { Msg } from './format';

/**
 * How an estimated wait is said, on the kiosk, the ticket and the desk: always
 * "about", never a promise. `minutes` is the core's rounded value (0 = under 5).
 */
export function waitText(minutes: number | null): Msg | null {
  if (minutes === null) return null;
  if (minutes <= 0) return { vi: 'dưới 5 phút', en: 'under 5 minutes' };
  if (minutes < 60) return { vi: `khoảng ${minutes} phút`, en: `about ${minutes} minutes` };
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest
    ? { vi: `khoảng ${hours} giờ ${rest} phút`, en: `about ${hours} h ${rest} min` }
    : { vi: `khoảng ${hours} giờ`, en: `about ${hours} ${hours === 1 ? 'hour' : 'hours'}` };
}
