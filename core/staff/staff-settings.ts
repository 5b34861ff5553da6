import type { Db } from '../storage/database';
import type { Clock } from '../clock';
import { ServiceError } from '../../contract/errors';
import type { VolunteerEntry } from '../../contract/staff-dto';
import { StaffSettingsPatch, type StaffSettingsValues } from '../../contract/methods/staff';
import type { PointSettings, SettingsService } from '../settings';
import type { CatalogService } from '../catalog/catalog';
import type { AuditLog } from '../audit';

const STAFF_KEYS = Object.keys(StaffSettingsPatch.shape) as (keyof StaffSettingsValues)[];

/**
 * The settings screen's one way in: the patch is checked as a whole (schema and
 * cross-field rules) before anything is written, so a bad value changes nothing.
 */
export class StaffSettings {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly settings: SettingsService,
    private readonly catalog: CatalogService,
    private readonly audit: AuditLog,
  ) {}

  values(): StaffSettingsValues {
    const all = this.settings.get();
    return Object.fromEntries(STAFF_KEYS.map((k) => [k, all[k as keyof PointSettings]])) as StaffSettingsValues;
  }

  update(rawPatch: unknown, actor: string): StaffSettingsValues {
    const parsed = StaffSettingsPatch.safeParse(rawPatch);
    if (!parsed.success) throw new ServiceError('invalid_input', 'error.settings_invalid');
    const patch = parsed.data;
    if (patch.enabledWalkthroughs) {
      const known = new Set(this.catalog.all().map((w) => w.id));
      if (patch.enabledWalkthroughs.some((id) => !known.has(id))) throw new ServiceError('invalid_input', 'error.settings_unknown_walkthrough');
    }
    const before = this.values();
    const changed = (Object.keys(patch) as (keyof StaffSettingsValues)[]).filter((k) => JSON.stringify(patch[k]) !== JSON.stringify(before[k]));
    if (changed.length) {
      this.settings.update(Object.fromEntries(changed.map((k) => [k, patch[k]])) as Partial<PointSettings>);
      this.audit.record(actor, 'staff.settings.update', { changed });
    }
    return this.values();
  }

  volunteers(): VolunteerEntry[] {
    const rows = this.db.prepare('SELECT id, display_name, team, active FROM volunteers ORDER BY active DESC, display_name').all() as { id: number; display_name: string; team: string; active: number }[];
    const collator = new Intl.Collator('vi');
    return rows
      .map((r) => ({ id: r.id, displayName: r.display_name, team: r.team, active: r.active === 1 }))
      .sort((a, b) => Number(b.active) - Number(a.active) || collator.compare(a.displayName, b.displayName));
  }

  /** Volunteers are never deleted (their sessions point at them); they are marked inactive. */
  saveVolunteer(input: { id?: number | undefined; displayName: string; team: string; active: boolean }, actor: string): VolunteerEntry {
    let id = input.id;
    if (id === undefined) {
      id = Number(
        this.db.prepare('INSERT INTO volunteers (display_name, team, active, created_at) VALUES (?, ?, ?, ?)').run(input.displayName, input.team, input.active ? 1 : 0, this.clock.now().toISOString()).lastInsertRowid,
      );
    } else {
      const result = this.db.prepare('UPDATE volunteers SET display_name = ?, team = ?, active = ? WHERE id = ?').run(input.displayName, input.team, input.active ? 1 : 0, id);
      if (result.changes === 0) throw new ServiceError('not_found');
    }
    this.audit.record(actor, 'staff.volunteer.save', { id, active: input.active });
    return { id, displayName: input.displayName, team: input.team, active: input.active };
  }
}
