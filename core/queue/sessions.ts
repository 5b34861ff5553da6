import type { Db } from '../storage/database';
import type { SessionFinished } from '../../contract/dto';
import type { DispatchReason } from '../../contract/codes';
import type { SessionRecordInput } from '../../contract/methods/queue';
import { COUNTER_COLUMNS, COUNTERS, OUTCOME_FIELDS } from '../../contract/codes';
import { ServiceError } from '../../contract/errors';
import { contactToKeep } from '../../contract/contact';
import { addDays } from '../../contract/calendar';
import { median } from './wait-estimate';
import type { SettingsService } from '../settings';

/** Today's samples must be this many before they replace the last week's. */
const MIN_SAMPLES = 3;

/**
 * Assisted sessions: opened when the volunteer starts helping, closed with the
 * record form. Waiting and service times come from the ticket's events, never typed.
 * Every write here runs inside the queue's transaction for the same ticket.
 */
export class SessionService {
  constructor(
    private readonly db: Db,
    private readonly settings: SettingsService,
  ) {}

  open(args: { ticketId: number; day: string; deskId: number; volunteerId: number; at: string; dispatchReason: DispatchReason | null }): number {
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO sessions (ticket_id, business_day, desk_id, volunteer_id, started_at, wait_seconds, dispatch_reason)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(args.ticketId, args.day, args.deskId, args.volunteerId, args.at, this.waitSeconds(args.ticketId), args.dispatchReason);
    return Number(lastInsertRowid);
  }

  /** Issue to first call, from the ticket's own events. */
  private waitSeconds(ticketId: number): number | null {
    const row = this.db
      .prepare<[number, number], { issued: string | null; called: string | null }>(
        `SELECT (SELECT at FROM ticket_events WHERE ticket_id = ? AND kind = 'issued' ORDER BY id LIMIT 1) AS issued,
                (SELECT at FROM ticket_events WHERE ticket_id = ? AND kind = 'called' ORDER BY id LIMIT 1) AS called`,
      )
      .get(ticketId, ticketId);
    if (!row?.issued || !row.called) return null;
    return Math.max(0, Math.round((Date.parse(row.called) - Date.parse(row.issued)) / 1000));
  }

  finish(ticketId: number, record: SessionRecordInput, at: string): SessionFinished {
    const open = this.db
      .prepare<[number], { id: number; started_at: string; wait_seconds: number | null }>('SELECT id, started_at, wait_seconds FROM sessions WHERE ticket_id = ? AND finished_at IS NULL ORDER BY id DESC LIMIT 1')
      .get(ticketId);
    if (!open) throw new ServiceError('conflict', 'error.no_open_session');
    const serviceSeconds = Math.max(0, Math.round((Date.parse(at) - Date.parse(open.started_at)) / 1000));
    const contact = contactToKeep(record);
    const counters = Object.fromEntries(COUNTERS.map((c) => [COUNTER_COLUMNS[c], record.counters[c] ? 1 : 0]));
    const counterAssignments = COUNTERS.map((c) => `${COUNTER_COLUMNS[c]} = @${COUNTER_COLUMNS[c]}`).join(', ');
    const fields = OUTCOME_FIELDS[record.outcome];
    this.db
      .prepare(
        `UPDATE sessions SET finished_at = @at, service_seconds = @serviceSeconds, services = @services, outcome = @outcome,
           reason_code = @reasonCode, referral_to = @referralTo, target_group = @targetGroup, age_band = @ageBand, sex = @sex,
           priority_flags = @priorityFlags, note = @note, ${counterAssignments},
           visitor_name = @visitorName, visitor_phone = @visitorPhone, consent_at = @consentAt
         WHERE id = @id`,
      )
      .run({
        id: open.id,
        at,
        serviceSeconds,
        services: JSON.stringify([...new Set(record.services)]),
        outcome: record.outcome,
        // A reason or a referral only where the outcome calls for one, so totals never count stale taps.
        reasonCode: fields.reason === 'none' ? null : record.reasonCode,
        referralTo: fields.referral === 'none' ? null : record.referralTo,
        targetGroup: record.targetGroup,
        ageBand: record.ageBand,
        sex: record.sex,
        priorityFlags: JSON.stringify([...new Set(record.priorityFlags)]),
        note: record.note || null,
        ...counters,
        visitorName: contact?.name ?? null,
        visitorPhone: contact?.phone ?? null,
        consentAt: contact ? at : null,
      });
    return { sessionId: open.id, ticketId, waitSeconds: open.wait_seconds, serviceSeconds };
  }

  /**
   * Minutes one visitor of a category usually takes: today's median once there are
   * enough sessions, else the last seven days', else the configured default.
   */
  serviceMinutesFor(day: string): (category: string) => number {
    const weekAgo = addDays(day, -7);
    const rows = this.db
      .prepare<[string, string], { category: string; day: string; seconds: number }>(
        `SELECT t.category AS category, s.business_day AS day, s.service_seconds AS seconds
         FROM sessions s JOIN tickets t ON t.id = s.ticket_id
         WHERE s.finished_at IS NOT NULL AND s.service_seconds IS NOT NULL AND s.business_day >= ? AND s.business_day <= ?`,
      )
      .all(weekAgo, day);
    const fallback = this.settings.get().defaultServiceMinutes;
    const cache = new Map<string, number>();
    return (category) => {
      let minutes = cache.get(category);
      if (minutes === undefined) {
        const mine = rows.filter((r) => r.category === category);
        const today = mine.filter((r) => r.day === day).map((r) => r.seconds);
        const week = mine.map((r) => r.seconds);
        const pick = today.length >= MIN_SAMPLES ? today : week.length >= MIN_SAMPLES ? week : null;
        minutes = pick ? median(pick)! / 60 : fallback;
        cache.set(category, minutes);
      }
      return minutes;
    };
  }

  servedToday(day: string): number {
    return this.db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM sessions WHERE business_day = ? AND finished_at IS NOT NULL').get(day)?.n ?? 0;
  }
}
