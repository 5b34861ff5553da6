import type { Db } from './storage/database';
import type { Clock } from './clock';
import type { AuditEntry } from '../contract/staff-dto';

/** Append-only record of who did what, for the ward's accountability. */
export class AuditLog {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  record(actor: string, action: string, detail?: Record<string, unknown>): void {
    this.db
      .prepare<[string, string, string, string | null]>('INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)')
      .run(this.clock.now().toISOString(), actor, action, detail ? JSON.stringify(detail) : null);
  }

  /** The latest entries, newest first, for the staff's audit screen. */
  trail(limit: number): AuditEntry[] {
    return this.db.prepare<[number], AuditEntry>('SELECT id, at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT ?').all(limit);
  }
}
