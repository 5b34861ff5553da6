import type { Db } from './storage/database';
import type { Clock } from './clock';
import { COUNTERS, DEFAULT_EXPORT_COLUMNS, EXPORT_COLUMNS, type Counter, type ExportColumn } from '../contract/codes';
import type { Lang } from '../contract/labels';
import type { OpeningHours } from '../contract/staff-dto';
import { DEFAULT_ORDERING } from './queue/next-ticket';

/** The point's settings with their defaults; stored one key per row as JSON. */
export interface PointSettings {
  pointName: string;
  province: string;
  commune: string;
  /** Official codes (Decision 19/2025/QĐ-TTg) picked in Settings; '' until chosen. `province`/`commune` keep the names for display. */
  provinceCode: string;
  communeCode: string;
  /** The point's number in its commune: with the commune it makes the point's human code before the province gives one. */
  pointNumber: number | null;
  timeZone: string;
  ticketPrefix: string;
  /** Queue rule N: priority calls in a row before a waiting non-priority visitor is called. */
  consecutivePriorityCap: number;
  /** Queue rule M: minutes after which anyone goes to the front. */
  maxWaitMinutes: number;
  /** Calls (first call plus recalls) before a volunteer may mark a ticket "did not come". */
  noShowAfterCalls: number;
  /** The desks of this point, as announced: "Mời số A012 đến bàn số 2". */
  deskLabels: string[];
  /** Board announcement languages, in order; Vietnamese always first. */
  boardLanguages: Lang[];
  /** Receipt printer for silent printing in the Electron shell; '' = the system default. */
  printerName: string;
  /** Service minutes assumed for the wait estimate until real sessions are recorded. */
  defaultServiceMinutes: number;
  // Ward staff settings (staff area); changed only through StaffSettings' validated update.
  openingHours: OpeningHours;
  kioskIdleSeconds: number;
  staffIdleMinutes: number;
  /** Walkthrough ids offered on the kiosk; null offers every loaded one. */
  enabledWalkthroughs: string[] | null;
  personalRetentionDays: number;
  sessionRetentionMonths: number;
  exportColumns: ExportColumn[];
  exportCounters: Counter[];
}

export const DEFAULT_SETTINGS: PointSettings = {
  pointName: 'Điểm Bình dân học vụ số',
  province: '',
  commune: '',
  provinceCode: '',
  communeCode: '',
  pointNumber: null,
  timeZone: 'Asia/Ho_Chi_Minh',
  ticketPrefix: 'A',
  consecutivePriorityCap: DEFAULT_ORDERING.consecutivePriorityCap,
  maxWaitMinutes: DEFAULT_ORDERING.maxWaitMinutes,
  noShowAfterCalls: 2,
  deskLabels: ['1', '2'],
  boardLanguages: ['vi'],
  printerName: '',
  defaultServiceMinutes: 10,
  openingHours: { open: '07:30', close: '17:00', days: [1, 2, 3, 4, 5, 6] },
  kioskIdleSeconds: 120,
  staffIdleMinutes: 10,
  enabledWalkthroughs: null,
  personalRetentionDays: 30,
  sessionRetentionMonths: 24,
  exportColumns: [...DEFAULT_EXPORT_COLUMNS],
  exportCounters: [...COUNTERS],
};

/** Listens for saved changes; gets only the keys that were written. */
type SettingsListener = (patch: Partial<PointSettings>) => void;

export class SettingsService {
  private readonly listeners: SettingsListener[] = [];

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  get(): PointSettings {
    const rows = this.db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings').all();
    const stored: Record<string, unknown> = {};
    for (const row of rows) stored[row.key] = JSON.parse(row.value);
    const settings = { ...DEFAULT_SETTINGS, ...(stored as Partial<PointSettings>) };
    // Before counters had their own setting, they were stored among the export columns too.
    settings.exportColumns = settings.exportColumns.filter((c) => (EXPORT_COLUMNS as readonly string[]).includes(c));
    return settings;
  }

  update(patch: Partial<PointSettings>): PointSettings {
    const upsert = this.db.prepare<[string, string, string]>(
      'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    );
    const at = this.clock.now().toISOString();
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) {
        if (value !== undefined) upsert.run(key, JSON.stringify(value), at);
      }
    })();
    for (const listener of this.listeners) listener(patch);
    return this.get();
  }

  /** Called after each saved change, e.g. to give a newly named desk its row. */
  onChange(listener: SettingsListener): void {
    this.listeners.push(listener);
  }
}
