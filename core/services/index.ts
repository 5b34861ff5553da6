import type { SettingsService } from '../settings';
import type { CatalogService } from '../catalog/catalog';
import type { QueueService } from '../queue/queue-service';
import type { AuditLog } from '../audit';
import type { DeskService } from '../desks/desks';
import type { VolunteerService } from '../desks/volunteers';
import type { SessionService } from '../queue/sessions';
import type { StaffAuth } from '../staff/auth';
import type { ExportService } from '../export/export-service';
import type { StaffSettings } from '../staff/staff-settings';
import type { RetentionService } from '../staff/retention';
import type { ContentPacks } from '../catalog/content-packs';
import type { AuditEntry } from '../../contract/staff-dto';
import type { FeedbackService } from '../feedback/feedback';
import type { SpeechEngine } from '../speech/speech-engine';

/** Every service of one installation, as handed to the contract handlers. */
export interface Services {
  settings: SettingsService;
  catalog: CatalogService;
  queue: QueueService;
  audit: AuditLog;
  desks: DeskService;
  volunteers: VolunteerService;
  sessions: SessionService;
  staff: { auth: StaffAuth; exports: ExportService; settings: StaffSettings; retention: RetentionService; content: ContentPacks; auditTrail(limit: number): AuditEntry[] };
  version: string;
  feedback: FeedbackService;
  /** The host's reading voice; null when the point runs without one. */
  speech: SpeechEngine | null;
}
