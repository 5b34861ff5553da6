import type { Db } from '../storage/database';
import type { Clock } from '../clock';

/** The point's settings with their defaults; stored one key per row as JSON. */
export interface PointSettings {
  pointName: string;
  province: string;
  commune: string;
  timeZone: string;
  ticketPrefix: string;
}

export const DEFAULT_SETTINGS: PointSettings = {
  pointName: 'Điểm Bình dân học vụ số',
  province: '',
  commune: '',
  timeZone: 'Asia/Ho_Chi_Minh',
  ticketPrefix: 'A',
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
