import type { Db } from '../storage/database';
import type { Clock } from '../clock';
import type { PointCalendar } from '../calendar';
import { addDays, addMonths } from '../../contract/calendar';
import { ServiceError } from '../../contract/errors';
import type { RetentionReport, VisitorRecord } from '../../contract/staff-dto';
import type { SettingsService } from '../settings';
import type { AuditLog } from '../audit';

/** The personal fields a ticket or a session may hold, with the visitor's consent. */
interface PersonalFields {
  visitor_name: string | null;
  visitor_phone: string | null;
  consent_at: string | null;
}

interface VisitorTicketRow extends PersonalFields {
  id: number;
  display_number: string;
}

/**
 * Privacy by default: names and phones are erased once the retention period has
 * passed, and whole sessions once the keep period has; a visitor may ask to see or
 * erase their own personal fields. Every run and request is audited.
 */
export class RetentionService {
  private timer: ReturnType<typeof setInterval> | null = null;
  private lastRunDay: string | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly calendar: PointCalendar,
    private readonly settings: SettingsService,
    private readonly audit: AuditLog,
  ) {}

  run(actor: string): RetentionReport {
    const s = this.settings.get();
    const today = this.calendar.today();
    // Personal fields of day D survive through D + retention days, then go.
    const personalCutoff = addDays(today, -s.personalRetentionDays);
    const sessionCutoff = addMonths(today, -s.sessionRetentionMonths);
    const report = this.db.transaction(() => {
      const tickets = this.db
        .prepare('UPDATE tickets SET visitor_name = NULL, visitor_phone = NULL WHERE business_day < ? AND (visitor_name IS NOT NULL OR visitor_phone IS NOT NULL)')
        .run(personalCutoff).changes;
      const sessions = this.db
        .prepare('UPDATE sessions SET visitor_name = NULL, visitor_phone = NULL WHERE business_day < ? AND (visitor_name IS NOT NULL OR visitor_phone IS NOT NULL)')
        .run(personalCutoff).changes;
      const old = 'SELECT id FROM sessions WHERE business_day < ?';
      this.db.prepare(`DELETE FROM feedback WHERE business_day < ? OR session_id IN (${old})`).run(sessionCutoff, sessionCutoff);
      const deleted = this.db.prepare('DELETE FROM sessions WHERE business_day < ?').run(sessionCutoff).changes;
      this.db.prepare('DELETE FROM ticket_events WHERE ticket_id IN (SELECT id FROM tickets WHERE business_day < ?)').run(sessionCutoff);
      this.db.prepare('DELETE FROM tickets WHERE business_day < ? AND id NOT IN (SELECT ticket_id FROM sessions WHERE ticket_id IS NOT NULL)').run(sessionCutoff);
      this.db.prepare('DELETE FROM business_days WHERE day < ? AND day NOT IN (SELECT business_day FROM tickets)').run(sessionCutoff);
      return { personalErased: tickets + sessions, sessionsDeleted: deleted, ranAt: this.clock.now().toISOString() };
    })();
    this.lastRunDay = today;
    this.audit.record(actor, 'retention.run', { ...report, personalCutoff, sessionCutoff });
    return report;
  }

  /** Runs now, then once per local day (checked hourly, so a sleeping PC catches up when it wakes). */
  start(): void {
    this.run('retention-job');
    this.timer = setInterval(() => {
      if (this.calendar.today() !== this.lastRunDay) this.run('retention-job');
    }, 60 * 60_000);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  findVisitor(day: string, ticket: string, actor: string): VisitorRecord {
    const record = this.lookup(day, ticket);
    this.audit.record(actor, 'privacy.visitor.export', { day, ticket: record.ticket, hadName: record.name !== null, hadPhone: record.phone !== null });
    return record;
  }

  eraseVisitor(day: string, ticket: string, actor: string): VisitorRecord {
    const found = this.lookup(day, ticket);
    this.db.transaction(() => {
      const t = this.ticketRow(day, found.ticket)!;
      this.db.prepare('UPDATE tickets SET visitor_name = NULL, visitor_phone = NULL WHERE id = ?').run(t.id);
      this.db.prepare('UPDATE sessions SET visitor_name = NULL, visitor_phone = NULL WHERE ticket_id = ?').run(t.id);
    })();
    this.audit.record(actor, 'privacy.visitor.erase', { day, ticket: found.ticket, hadName: found.name !== null, hadPhone: found.phone !== null });
    return this.lookup(day, found.ticket);
  }

  private ticketRow(day: string, ticket: string): VisitorTicketRow | undefined {
    return this.db
      .prepare<[string, string], VisitorTicketRow>('SELECT id, display_number, visitor_name, visitor_phone, consent_at FROM tickets WHERE business_day = ? AND upper(display_number) = upper(?)')
      .get(day, ticket);
  }

  private lookup(day: string, ticketInput: string): VisitorRecord {
    const typed = ticketInput.trim();
    // "12" finds "A012": people read out the number, not the prefix.
    let t = this.ticketRow(day, typed);
    if (!t && /^\d+$/.test(typed)) {
      t = this.db
        .prepare<[string, number], VisitorTicketRow>('SELECT id, display_number, visitor_name, visitor_phone, consent_at FROM tickets WHERE business_day = ? AND number = ?')
        .get(day, Number(typed));
    }
    if (!t) throw new ServiceError('not_found', 'error.visitor_not_found');
    const sessions = this.db.prepare<[number], PersonalFields>('SELECT visitor_name, visitor_phone, consent_at FROM sessions WHERE ticket_id = ? ORDER BY id').all(t.id);
    return {
      day,
      ticket: t.display_number,
      name: t.visitor_name ?? sessions.find((s) => s.visitor_name)?.visitor_name ?? null,
      phone: t.visitor_phone ?? sessions.find((s) => s.visitor_phone)?.visitor_phone ?? null,
      consentAt: t.consent_at ?? sessions.find((s) => s.consent_at)?.consent_at ?? null,
      sessions: sessions.length,
    };
  }
}
