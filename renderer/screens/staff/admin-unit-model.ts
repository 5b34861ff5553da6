/**
 * The settings' province and commune picker, without React or the DOM (lint-enforced: it is
 * in RENDERER_PURE), so Node tests run it: what the list offers for what staff typed, how the
 * arrow keys move in it, and what becomes of the free text an install typed before the codes.
 */
import {
  foldPlaceName,
  formatPointCode,
  matchCommuneSetting,
  matchProvinceSetting,
  type AdminUnitIndex,
  type Commune,
  type FormerUnitsFile,
  type Province,
  type SettingMatch,
} from '../../../contract/admin-units';

/** Options shown at once: enough to see the neighbours, few enough for a 1366×768 screen. */
export const PICKER_LIMIT = 8;

/** Every province when nothing is typed (there are 34); else the best matches, diacritics optional. */
export function provinceOptions(index: AdminUnitIndex, all: readonly Province[], query: string, limit = PICKER_LIMIT): Province[] {
  if (!foldPlaceName(query)) return [...all];
  return index.searchProvinces(query, limit).map((m) => m.item);
}

/** The province's communes matching what was typed ("ba dinh" finds Phường Ba Đình); the first ones when nothing is typed. */
export function communeOptions(index: AdminUnitIndex, provinceCode: string, query: string, limit = PICKER_LIMIT): Commune[] {
  if (!provinceCode) return [];
  if (!foldPlaceName(query)) return index.communesOf(provinceCode).slice(0, limit);
  return index.searchCommunes(query, { provinceCode, limit }).map((m) => m.item);
}

/** The option the arrow keys land on (wrapping), or -1 for none; `key` is KeyboardEvent.key. */
export function moveActive(active: number, count: number, key: string): number {
  if (count === 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return active < 0 || active >= count - 1 ? 0 : active + 1;
    case 'ArrowUp':
      return active <= 0 ? count - 1 : active - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return active;
  }
}

/** The settings fields the picker reads and writes. */
export interface AdminUnitValues {
  province: string;
  commune: string;
  provinceCode: string;
  communeCode: string;
  pointNumber: number | null;
}

/** What became of an install's free text: one result per field that has text but no code yet. */
export interface LegacyMatches {
  province: SettingMatch | null;
  commune: SettingMatch | null;
}

/**
 * Matches the free-text province and commune typed before the official codes existed. A field
 * that already has its code, or no text, gets null. The commune is looked for in the province
 * chosen (or matched, or merged into), so "Phường 1" is not guessed across the country.
 */
export function matchLegacy(index: AdminUnitIndex, former: FormerUnitsFile, values: AdminUnitValues): LegacyMatches {
  const province = !values.provinceCode && values.province.trim() ? matchProvinceSetting(index, former, values.province) : null;
  const provinceCode = values.provinceCode || (province && (province.status === 'matched' || province.status === 'former') ? province.code : null) || null;
  const commune = !values.communeCode && values.commune.trim() ? matchCommuneSetting(index, former, values.commune, provinceCode) : null;
  return { province, commune };
}

/**
 * The codes that may be saved without asking staff: only `matched` ones (a merged, ambiguous
 * or unknown name is shown to staff with its candidates instead). A commune is applied only
 * with its province known. Null when there is nothing to apply.
 */
export function autoApply(index: AdminUnitIndex, values: AdminUnitValues, matches: LegacyMatches): { provinceCode: string; communeCode?: string } | null {
  const provinceCode = values.provinceCode || (matches.province?.status === 'matched' ? matches.province.code : '');
  if (!provinceCode) return null;
  const commune = matches.commune?.status === 'matched' && index.commune(matches.commune.code)?.provinceCode === provinceCode ? matches.commune.code : null;
  if (commune) return { provinceCode, communeCode: commune };
  return values.provinceCode ? null : { provinceCode };
}

/** The point's human code as the settings make it ("01-00004-03"), or null while a part is missing. */
export function pointCodeOf(values: Pick<AdminUnitValues, 'provinceCode' | 'communeCode' | 'pointNumber'>): string | null {
  if (!values.provinceCode || !values.communeCode || values.pointNumber === null || !Number.isInteger(values.pointNumber) || values.pointNumber < 1 || values.pointNumber > 99) return null;
  return formatPointCode(values.provinceCode, values.communeCode, values.pointNumber);
}
