import type { Db } from './storage/database';
import type { Clock } from './clock';

/** Append-only record of who did what, for the ward's accountability. */
export class AuditLog {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  record(actor: string, action: string, detail?: Record<string, unknown>): void {
    this.db
      .prepare('INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)')
      .run(this.clock.now().toISOString(), actor, action, detail ? JSON.stringify(detail) : null);
  }
}
