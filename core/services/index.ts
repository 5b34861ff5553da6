import type { SettingsService } from './settings';
import type { CatalogService } from './catalog';
import type { QueueService } from './queue';
import type { AuditLog } from './audit';
import type { StaffAuth } from './auth';
import type { ExportService } from './export/export-service';
import type { StaffSettings } from './staff-settings';
import type { RetentionService } from './retention';
import type { ContentPacks } from './content-packs';
import type { AuditEntry } from '../../contract/staff-dto';

/** Every service of one installation, as handed to the contract handlers. */
export interface Services {
  settings: SettingsService;
  catalog: CatalogService;
  queue: QueueService;
  audit: AuditLog;
  staff: { auth: StaffAuth; exports: ExportService; settings: StaffSettings; retention: RetentionService; content: ContentPacks; auditTrail(limit: number): AuditEntry[] };
  version: string;
}
