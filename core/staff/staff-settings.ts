import { ServiceError } from '../../contract/errors';
import type { MethodParsedInput } from '../../contract/methods';
import { StaffSettingsPatch, type StaffSettingsValues } from '../../contract/methods/staff';
import type { SettingsService } from '../settings';
import type { CatalogService } from '../catalog/catalog';
import type { AuditLog } from '../audit';
import type { AdminUnits } from '../sync/admin-units';

const STAFF_KEYS = Object.keys(StaffSettingsPatch.shape) as (keyof StaffSettingsValues)[];

/**
 * The settings screen's one way in: the patch arrives checked as a whole by the
 * contract's schema (field and cross-field rules); what only the core can check is
 * checked here before anything is written, so a bad value changes nothing.
 */
export class StaffSettings {
  constructor(
    private readonly settings: SettingsService,
    private readonly catalog: CatalogService,
    private readonly audit: AuditLog,
    /** Checks the official province and commune codes and fills their names (issue 14); none in tests that need no lists. */
    private readonly adminUnits: AdminUnits | null = null,
  ) {}

  values(): StaffSettingsValues {
    const all = this.settings.get();
    return Object.fromEntries(STAFF_KEYS.map((k) => [k, all[k]])) as StaffSettingsValues;
  }

  update(input: MethodParsedInput<'staff.updateSettings'>, actor: string): StaffSettingsValues {
    const patch = this.adminUnits ? this.adminUnits.resolve(input, this.values()) : input;
    if (patch.enabledWalkthroughs) {
      const known = new Set(this.catalog.all().map((w) => w.id));
      if (patch.enabledWalkthroughs.some((id) => !known.has(id))) throw new ServiceError('invalid_input', 'error.settings_unknown_walkthrough');
    }
    const before = this.values();
    const changed = (Object.keys(patch) as (keyof StaffSettingsValues)[]).filter((k) => JSON.stringify(patch[k]) !== JSON.stringify(before[k]));
    if (changed.length) {
      this.settings.update(Object.fromEntries(changed.map((k) => [k, patch[k]])));
      this.audit.record(actor, 'staff.settings.update', { changed });
    }
    return this.values();
  }
}
