import fs from 'node:fs';
import path from 'node:path';
import { createAdminUnitIndex, type AdminUnitIndex, type CommunesFile, type ProvincesFile } from '../../contract/admin-units';
import { ServiceError } from '../../contract/errors';

/** The settings fields the official codes touch. */
export interface AdminUnitFields {
  province?: string;
  commune?: string;
  provinceCode?: string;
  communeCode?: string;
}

/**
 * The official lists shipped in assets/admin-units/ (34 provinces, 3,321 communes), read on
 * first need: only a settings change that names a code, or an enrolment, pays for the
 * 270 KB. The core checks codes against them; the screens search the same files themselves.
 */
export class AdminUnits {
  private index: AdminUnitIndex | null = null;

  constructor(private readonly folder: string) {}

  private units(): AdminUnitIndex {
    if (!this.index) {
      const read = <T>(name: string) => JSON.parse(fs.readFileSync(path.join(this.folder, name), 'utf8')) as T;
      this.index = createAdminUnitIndex(read<ProvincesFile>('provinces.json'), read<CommunesFile>('communes.json'));
    }
    return this.index;
  }

  /**
   * A settings patch with its codes checked against the lists and against each other (the
   * commune must lie in the province), and the display names filled from the codes, so a
   * name and its code can never disagree. A patch without codes passes unchanged.
   */
  resolve<P extends AdminUnitFields>(patch: P, before: Required<AdminUnitFields>): P {
    if (patch.provinceCode === undefined && patch.communeCode === undefined) return patch;
    const units = this.units();
    const provinceCode = patch.provinceCode ?? before.provinceCode;
    const communeCode = patch.communeCode ?? before.communeCode;
    const out: P = { ...patch };
    if (patch.provinceCode) {
      const province = units.province(patch.provinceCode);
      if (!province) throw new ServiceError('invalid_input', 'error.settings_unknown_admin_unit');
      out.province = province.name;
    }
    if (communeCode) {
      const commune = units.commune(communeCode);
      if (!commune) throw new ServiceError('invalid_input', 'error.settings_unknown_admin_unit');
      if (commune.provinceCode !== provinceCode) throw new ServiceError('invalid_input', 'error.settings_commune_not_in_province');
      if (patch.communeCode) out.commune = commune.name;
    }
    return out;
  }

  /** The settings fields for the unit the province registered the point in (after enrolment). */
  fieldsFor(provinceCode: string, communeCode: string): Required<AdminUnitFields> | null {
    let units: AdminUnitIndex;
    try {
      units = this.units();
    } catch {
      // No lists in this assets folder (a test's or a custom one): the enrolment stands, the settings stay as they are.
      return null;
    }
    const province = units.province(provinceCode);
    const commune = units.commune(communeCode);
    if (!province || !commune || commune.provinceCode !== province.code) return null;
    return { province: province.name, commune: commune.name, provinceCode, communeCode };
  }
}
