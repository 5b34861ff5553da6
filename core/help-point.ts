import path from 'node:path';
import { systemClock, type Clock } from './clock';
import { openDatabase, type Db } from './storage/database';
import { EventHub } from './events';
import { SettingsService } from './services/settings';
import { CatalogService } from './services/catalog';
import { QueueService } from './services/queue';
import { AuditLog } from './services/audit';
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher';

export interface HelpPointOptions {
  /** Folder holding the installation's data file. */
  dataDir: string;
  /** Folder holding walkthroughs/ and other shipped content. */
  assetsDir: string;
  clock?: Clock;
  version?: string;
  log?: (message: string) => void;
}

export interface HelpPoint {
  dispatch: Dispatch;
  events: EventHub;
  db: Db;
  dataFile: string;
  services: { settings: SettingsService; catalog: CatalogService; queue: QueueService; audit: AuditLog };
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
  for (const p of catalog.problems) log(`content: skipped ${p.file}${p.field ? ` (field ${p.field})` : ''}: ${p.message}`);
  const queue = new QueueService(db, clock, settings, catalog, events);
  const audit = new AuditLog(db, clock);

  const handlers: Handlers = {
    'app.info': () => {
      const s = settings.get();
      return { pointName: s.pointName, province: s.province, timeZone: s.timeZone, today: queue.today(), version: options.version ?? '0.0.0' };
    },
    'catalog.list': () => catalog.list(),
    'catalog.get': ({ id }) => catalog.get(id),
    'queue.issueTicket': (input, ctx) => queue.issueTicket(input, ctx.role === 'visitor' ? 'kiosk' : 'desk'),
    'queue.board': () => queue.board(),
    'queue.waiting': () => queue.waiting(),
  };

  const dispatch = createDispatcher(handlers, (err, method) => log(`internal error in ${method}: ${(err as Error)?.stack ?? String(err)}`));
  return {
    dispatch,
    events,
    db,
    dataFile,
    services: { settings, catalog, queue, audit },
    close: () => db.close(),
  };
}
