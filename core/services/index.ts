import type { SettingsService } from './settings';
import type { CatalogService } from './catalog';
import type { QueueService } from './queue';
import type { AuditLog } from './audit';
import type { DeskService } from './desks';
import type { VolunteerService } from './volunteers';
import type { SessionService } from './sessions';

/** Every service of one installation, as handed to the contract handlers. */
export interface Services {
  settings: SettingsService;
  catalog: CatalogService;
  queue: QueueService;
  audit: AuditLog;
  desks: DeskService;
  volunteers: VolunteerService;
  sessions: SessionService;
  version: string;
}
