import { createAdminUnitIndex, type AdminUnitIndex, type CommunesFile, type FormerUnitsFile, type Province, type ProvincesFile } from '../../../contract/admin-units';

export interface AdminUnitData {
  index: AdminUnitIndex;
  provinces: Province[];
}

let lists: Promise<AdminUnitData> | null = null;
let former: Promise<FormerUnitsFile> | null = null;

/**
 * The official lists (assets/admin-units/, 270 KB) as their own chunks, loaded when the
 * staff's Settings open: never part of the kiosk's start-up bundle. Loaded once per window.
 */
export function loadAdminUnits(): Promise<AdminUnitData> {
  lists ??= Promise.all([import('../../../assets/admin-units/provinces.json'), import('../../../assets/admin-units/communes.json')]).then(([p, c]) => {
    const provinces = (p.default as ProvincesFile).provinces;
    return { index: createAdminUnitIndex({ provinces }, c.default as CommunesFile), provinces: [...provinces].sort((a, b) => a.name.localeCompare(b.name, 'vi')) };
  });
  lists.catch(() => (lists = null));
  return lists;
}

/** The units before 1 July 2025 (770 KB): loaded only for an install whose settings still hold free text. */
export function loadFormerUnits(): Promise<FormerUnitsFile> {
  former ??= import('../../../assets/admin-units/former-units.json').then((m) => m.default as unknown as FormerUnitsFile);
  former.catch(() => (former = null));
  return former;
}
