import type { Db } from '../storage/database';
import type { Clock } from '../clock';
import type { Counter } from '../../contract/codes';
import { DEFAULT_EXPORT_COLUMNS, DEFAULT_EXPORT_COUNTERS, type ExportColumn, type OpeningHours, type PriorityRule } from '../../contract/staff-dto';

/** The point's settings with their defaults; stored one key per row as JSON. */
export interface PointSettings {
  pointName: string;
  province: string;
  commune: string;
  timeZone: string;
  ticketPrefix: string;
  // Ward staff settings (staff area); changed only through StaffSettings' validated update.
  openingHours: OpeningHours;
  boardLanguages: ('vi' | 'en')[];
  kioskIdleSeconds: number;
  staffIdleMinutes: number;
  printerName: string;
  priorityRule: PriorityRule;
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
  timeZone: 'Asia/Ho_Chi_Minh',
  ticketPrefix: 'A',
  openingHours: { open: '07:30', close: '17:00', days: [1, 2, 3, 4, 5, 6] },
  boardLanguages: ['vi', 'en'],
  kioskIdleSeconds: 120,
  staffIdleMinutes: 10,
  printerName: '',
  priorityRule: { priorityWeight: 2, maxWaitMinutes: 45, maxConsecutivePriority: 2 },
  enabledWalkthroughs: null,
  personalRetentionDays: 30,
  sessionRetentionMonths: 24,
  exportColumns: [...DEFAULT_EXPORT_COLUMNS],
  exportCounters: [...DEFAULT_EXPORT_COUNTERS],
};

export class SettingsService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  get(): PointSettings {
    const rows = this.db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
    const stored: Record<string, unknown> = {};
    for (const row of rows) stored[row.key] = JSON.parse(row.value);
    return { ...DEFAULT_SETTINGS, ...(stored as Partial<PointSettings>) };
  }

  update(patch: Partial<PointSettings>): PointSettings {
    const upsert = this.db.prepare(
      'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    );
    const at = this.clock.now().toISOString();
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) {
        if (value !== undefined) upsert.run(key, JSON.stringify(value), at);
      }
    })();
    return this.get();
  }
}
