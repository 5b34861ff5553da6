import path from 'node:path';
import { systemClock, type Clock } from './clock';
import { openDatabase, type Db } from './storage/database';
import { EventHub, type EventSource } from './events';
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher';
import { SettingsService } from './settings';
import { PointCalendar } from './calendar';
import { AuditLog } from './audit';
import { appHandlers } from './app/handlers';
import { CatalogService } from './catalog/catalog';
import { ContentPacks, activeContentFolder } from './catalog/content-packs';
import { catalogHandlers } from './catalog/handlers';
import { VolunteerService } from './desks/volunteers';
import { DeskService } from './desks/desks';
import { DeskOverviewReader } from './desks/desk-overview';
import { deskHandlers } from './desks/handlers';
import { Tickets } from './queue/tickets';
import { SessionService } from './queue/sessions';
import { QueueView } from './queue/queue-view';
import { DayRollover } from './queue/day-rollover';
import { TicketIssuer } from './queue/issue-ticket';
import { QueueService } from './queue/queue-service';
import { queueHandlers } from './queue/handlers';
import { StaffAuth } from './staff/auth';
import { StaffSettings } from './staff/staff-settings';
import { RetentionService } from './staff/retention';
import { staffHandlers } from './staff/handlers';
import { ExportService, type ExportExtras, type ExportRequest, type SavedExport } from './export/export-service';
import { FeedbackService } from './feedback/feedback';
import { feedbackHandlers } from './feedback/handlers';
import type { SpeechEngine } from './speech/speech-engine';
import { speechHandlers } from './speech/handlers';
import { AdminUnits } from './sync/admin-units';
import { PointSync, type BundleRequest, type PointSyncOptions, type SavedSyncBundle } from './sync/point-sync';
import { syncHandlers } from './sync/handlers';

export interface HelpPointOptions {
  /** Folder holding the installation's data file. */
  dataDir: string;
  /** Folder holding walkthroughs/ and other shipped content. */
  assetsDir: string;
  clock?: Clock;
  version?: string;
  log?: (message: string) => void;
  /** The host's reading voice (the shells pass `defaultSpeechEngine()`); none when omitted or null. */
  speechEngine?: SpeechEngine | null;
  /** The province sync's network and timings (issue 14); the global fetch and the uploader's defaults when omitted. */
  sync?: Omit<PointSyncOptions, 'appVersion'>;
}

/** What the shells use of the core: calls, events, and the few things a shell does itself. */
export interface HelpPoint {
  /** Every contract call from every screen goes through here. */
  dispatch: Dispatch;
  /** `queue.changed` and the other contract events, for the transport to pass on. */
  events: EventSource;
  /** The walkthrough folder in use (the installed content pack, or the shipped one): pictures and clips are served from it. */
  contentFolder(): string;
  /** The receipt printer named in settings; '' means the system default. */
  printerName(): string;
  /** True for a live staff sign-in (each check slides its idle deadline). */
  isStaffToken(token: string): boolean;
  /**
   * Runs a staff export and writes its files straight into `folder`, with the
   * extras the shell made (the summary PDF), under one `.sha256` covering them all.
   */
  saveExport(request: ExportRequest, folder: string, extras?: ExportExtras): Promise<SavedExport>;
  /**
   * Writes the signed USB sync bundle into `folder` (Electron: the folder staff chose). Like
   * saveExport, the shell calls it only after it has checked the staff sign-in.
   */
  saveSyncBundle(request: BundleRequest, folder: string): SavedSyncBundle;
  /**
   * What a shell did on its own that staff should see (a window recovered after a
   * crash, the app relaunched, a staff quit): an audit entry by actor `shell`, listed
   * with the other recent actions in the staff area.
   */
  recordShellEvent(action: `shell.${string}`, detail?: Record<string, unknown>): void;
  /** The data file, open; for tests and the start-up message. */
  db: Db;
  dataFile: string;
  close(): void;
}

export const DATA_FILE_NAME = 'help-point.sqlite';

/** Composition root of the core: one per installation, shared by every window. */
export function openHelpPoint(options: HelpPointOptions): HelpPoint {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? ((m: string) => console.error(m));
  const dataFile = path.join(options.dataDir, DATA_FILE_NAME);
  const db = openDatabase(dataFile);
  const events = new EventHub();
  const settings = new SettingsService(db, clock);
  const calendar = new PointCalendar(clock, () => settings.get().timeZone);
  const audit = new AuditLog(db, clock);

  // Walkthroughs come from the content pack staff installed last, else the shipped
  // ones; the kiosk offers those for the point's province that staff left switched on.
  const shippedWalkthroughs = path.join(options.assetsDir, 'walkthroughs');
  const catalog = new CatalogService(activeContentFolder(db, options.dataDir, shippedWalkthroughs), {
    province: () => settings.get().province,
    provinceCode: () => settings.get().provinceCode,
    enabled: () => settings.get().enabledWalkthroughs,
  });
  for (const p of catalog.problems) log(`content: skipped ${p.file}${p.field ? ` (field ${p.field})` : ''}: ${p.message}`);
  const content = new ContentPacks(db, clock, calendar, options.dataDir, shippedWalkthroughs, catalog, settings, audit);

  // Desks and the queue.
  const volunteers = new VolunteerService(db, clock, audit);
  const desks = new DeskService(db, clock, calendar, settings, volunteers, audit, events);
  const tickets = new Tickets(db);
  const sessions = new SessionService(db, settings);
  const queueView = new QueueView(tickets, clock, settings, desks, sessions);
  const rollover = new DayRollover(db, clock, calendar, tickets, desks, audit, events);
  const issuer = new TicketIssuer(db, clock, settings, catalog, events, audit, tickets, queueView);
  const queue = new QueueService(db, clock, settings, catalog, events, audit, desks, sessions, tickets);
  const deskOverview = new DeskOverviewReader(settings, desks, volunteers, queueView, sessions);

  // The ward staff's area.
  const auth = new StaffAuth(db, clock, audit, () => settings.get().staffIdleMinutes);
  const exports = new ExportService(db, clock, calendar, settings, catalog, audit);
  const retention = new RetentionService(db, clock, calendar, settings, audit);

  // The province roll-up (issue 14): the official codes, and the uploader, which runs in the background while the point is enrolled.
  const adminUnits = new AdminUnits(path.join(options.assetsDir, 'admin-units'));
  const appVersion = options.version && /^[0-9A-Za-z.+-]{1,40}$/.test(options.version) ? options.version : undefined;
  const sync = new PointSync(db, clock, calendar, settings, audit, adminUnits, { ...options.sync, ...(appVersion ? { appVersion } : {}) });

  // Every desk named in settings has its row from the start, and a newly named one as soon as it is saved.
  desks.ensureRows();
  settings.onChange((patch) => {
    if (patch.deskLabels) desks.ensureRows();
  });
  // Yesterday's open tickets are closed before any screen reads the queue (the PC may have been off overnight).
  rollover.currentDay();

  const handlers: Handlers = {
    ...appHandlers({ settings, calendar, version: options.version ?? '0.0.0' }),
    ...catalogHandlers({ catalog }),
    ...queueHandlers({ rollover, view: queueView, issuer, queue }),
    ...deskHandlers({ rollover, overview: deskOverview, desks }),
    ...staffHandlers({ auth, exports, settings: new StaffSettings(settings, catalog, audit, adminUnits), volunteers, content, retention, audit }),
    ...feedbackHandlers({ feedback: new FeedbackService(db, clock, calendar, catalog) }),
    ...speechHandlers({ engine: options.speechEngine ?? null }),
    ...syncHandlers({ sync }),
  };

  const dispatch = createDispatcher(handlers, {
    onInternalError: (err, method) => log(`internal error in ${method}: ${(err as Error)?.stack ?? String(err)}`),
    isStaffToken: (token) => auth.isStaffToken(token),
  });
  retention.start();
  sync.start();
  // A ticket or session changed: the province sees it within a few seconds (a sync already backing off keeps its wait).
  const stopWatchingQueue = events.subscribe((message) => {
    if (message.event === 'queue.changed') sync.changed();
  });
  return {
    dispatch,
    events,
    contentFolder: () => catalog.currentFolder(),
    printerName: () => settings.get().printerName,
    isStaffToken: (token) => auth.isStaffToken(token),
    // Only the Electron shell saves into a folder, and only after it has checked the staff sign-in.
    saveExport: (request, folder, extras) => exports.saveToFolder(request, folder, 'staff', extras),
    saveSyncBundle: (request, folder) => sync.saveBundle(request, folder, 'staff'),
    recordShellEvent: (action, detail) => audit.record('shell', action, detail),
    db,
    dataFile,
    close: () => {
      stopWatchingQueue();
      sync.close();
      retention.stop();
      db.close();
    },
  };
}
