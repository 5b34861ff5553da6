import type { Db } from '../storage/database';
import type { Clock } from '../clock';
import type { SettingsService } from '../settings';
import type { CatalogService } from '../catalog/catalog';
import type { AuditLog } from '../audit';
import { StaffAuth } from '../staff/auth';
import { ExportService } from '../export/export-service';
import { StaffSettings } from '../staff/staff-settings';
import { RetentionService } from '../staff/retention';
import { ContentPacks } from '../catalog/content-packs';
import type { Services } from './index';
import type { AuditEntry } from '../../contract/staff-dto';

export interface StaffServiceDeps {
  db: Db;
  clock: Clock;
  dataDir: string;
  shippedWalkthroughs: string;
  settings: SettingsService;
  catalog: CatalogService;
  audit: AuditLog;
}

/** The ward staff's services; also points the catalog at the installed content pack, if any. */
export function openStaffServices(d: StaffServiceDeps): Services['staff'] {
  const content = new ContentPacks(d.db, d.clock, d.dataDir, d.shippedWalkthroughs, d.catalog, d.settings, d.audit);
  if (content.activeFolder() !== d.catalog.currentFolder()) d.catalog.setFolder(content.activeFolder());
  d.catalog.setEnabledFilter(() => d.settings.get().enabledWalkthroughs);
  return {
    auth: new StaffAuth(d.db, d.clock, d.audit, () => d.settings.get().staffIdleMinutes),
    exports: new ExportService(d.db, d.clock, d.settings, d.catalog, d.audit),
    settings: new StaffSettings(d.db, d.clock, d.settings, d.catalog, d.audit),
    retention: new RetentionService(d.db, d.clock, d.settings, d.audit),
    content,
    auditTrail: (limit) => d.db.prepare('SELECT id, at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT ?').all(limit) as AuditEntry[],
  };
}
