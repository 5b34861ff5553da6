import { asciiSlug } from '../ascii-slug';

/** e.g. `nhat-ky-phien_phuong-ba-dinh_2026-11-23` or `…_2026-11-01_2026-11-30`. */
export function exportBaseName(kind: string, pointName: string, from: string, to: string): string {
  return `${kind}_${asciiSlug(pointName)}_${from === to ? from : `${from}_${to}`}`;
}
