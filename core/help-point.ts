import path from 'node:path';
import { systemClock, type Clock } from './clock';
import { openDatabase, type Db } from './storage/database';
import { EventHub } from './events';
import { SettingsService } from './settings';
import { CatalogService } from './catalog/catalog';
import { QueueService } from './queue/queue-service';
import { AuditLog } from './audit';
import { DeskService } from './desks/desks';
import { VolunteerService } from './desks/volunteers';
import { SessionService } from './queue/sessions';
import type { Services } from './services';
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher';
import { appHandlers } from './app/handlers';
import { catalogHandlers } from './catalog/handlers';
import { queueHandlers } from './queue/handlers';
import { deskHandlers } from './desks/handlers';
import { staffHandlers } from './staff/handlers';
import { openStaffServices } from './services/staff-services';
import { FeedbackService } from './feedback/feedback';
import type { SpeechEngine } from './speech/speech-engine';
import { feedbackHandlers } from './feedback/handlers';
import { speechHandlers } from './speech/handlers';

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
}

export interface HelpPoint {
  dispatch: Dispatch;
  events: EventHub;
  db: Db;
  dataFile: string;
  services: Services;
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
  const catalog = new CatalogService(path.join(options.assetsDir, 'walkthroughs'), () => settings.get().province);
  const audit = new AuditLog(db, clock);
  const staff = openStaffServices({ db, clock, dataDir: options.dataDir, shippedWalkthroughs: path.join(options.assetsDir, 'walkthroughs'), settings, catalog, audit });
  for (const p of catalog.problems) log(`content: skipped ${p.file}${p.field ? ` (field ${p.field})` : ''}: ${p.message}`);
  const volunteers = new VolunteerService(db, clock);
  const desks = new DeskService(db, clock, settings, volunteers, audit, events);
  const sessions = new SessionService(db, settings);
  const services: Services = {
    settings,
    catalog,
    queue: new QueueService(db, clock, settings, catalog, events, audit, desks, sessions),
    audit,
    desks,
    volunteers,
    sessions,
    staff,
    version: options.version ?? '0.0.0',
    feedback: new FeedbackService(db, clock, settings, catalog),
    speech: options.speechEngine ?? null,
  };
  // Yesterday's open tickets are closed before any screen reads the queue (the PC may have been off overnight).
  services.queue.rollOver();

  const handlers: Handlers = {
    ...appHandlers(services),
    ...catalogHandlers(services),
    ...queueHandlers(services),
    ...deskHandlers(services),
    ...staffHandlers(services),
    ...feedbackHandlers(services),
    ...speechHandlers(services),
  };

  const dispatch = createDispatcher(handlers, {
    onInternalError: (err, method) => log(`internal error in ${method}: ${(err as Error)?.stack ?? String(err)}`),
    isStaffToken: (token) => staff.auth.isStaffToken(token),
  });
  staff.retention.start();
  return {
    dispatch,
    events,
    db,
    dataFile,
    services,
    close: () => {
      staff.retention.stop();
      db.close();
    },
  };
}
