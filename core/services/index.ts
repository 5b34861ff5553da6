import type { SettingsService } from './settings';
import type { CatalogService } from './catalog';
import type { QueueService } from './queue';
import type { AuditLog } from './audit';

/** Every service of one installation, as handed to the contract handlers. */
export interface Services {
  settings: SettingsService;
  catalog: CatalogService;
  queue: QueueService;
  audit: AuditLog;
  version: string;
}
