import type { Db } from '../../core/storage/database';
import { COUNTER_COLUMNS, COUNTERS, type AgeBand, type Counter, type FeedbackRating, type Outcome, type PriorityFlag, type ReasonCode, type ReferralTarget, type Sex, type TargetGroup } from '../../contract/codes';

/** One session as a test writes it straight into SQLite (the desk UI is another helper's). */
export interface SessionSpec {
  day: string;
  ticketNumber: number;
  desk: string;
  volunteer: string | null;
  issuedAt: string;
  startedAt: string;
  finishedAt: string | null;
  services: string[];
  outcome: Outcome | null;
  reason: ReasonCode | null;
  referral: ReferralTarget | null;
  targetGroup: TargetGroup | null;
  ageBand: AgeBand | null;
  sex: Sex | null;
  priority: PriorityFlag[];
  note: string | null;
  counters: Partial<Record<Counter, number>>;
  feedback: FeedbackRating | null;
  visitorName: string | null;
  visitorPhone: string | null;
}

/** Writes tickets, sessions and feedback the way the desk would, in one transaction. Returns session ids. */
export function insertSessions(db: Db, specs: readonly SessionSpec[]): number[] {
  const ids: number[] = [];
  db.transaction(() => {
    for (const s of specs) {
      db.prepare('INSERT INTO business_days (day, last_number, opened_at) VALUES (?, 0, ?) ON CONFLICT(day) DO NOTHING').run(s.day, s.issuedAt);
      db.prepare('UPDATE business_days SET last_number = max(last_number, ?) WHERE day = ?').run(s.ticketNumber, s.day);
      let desk = db.prepare('SELECT id FROM desks WHERE label = ?').get(s.desk) as { id: number } | undefined;
      if (!desk) desk = { id: Number(db.prepare('INSERT INTO desks (label) VALUES (?)').run(s.desk).lastInsertRowid) };
      let volunteerId: number | null = null;
      if (s.volunteer !== null) {
        const v = db.prepare('SELECT id FROM volunteers WHERE display_name = ?').get(s.volunteer) as { id: number } | undefined;
        volunteerId = v ? v.id : Number(db.prepare("INSERT INTO volunteers (display_name, team, created_at) VALUES (?, 'Đoàn TN', ?)").run(s.volunteer, s.issuedAt).lastInsertRowid);
      }
      const consentAt = s.visitorName || s.visitorPhone ? s.issuedAt : null;
      const ticketId = Number(
        db
          .prepare(
            `INSERT INTO tickets (business_day, number, display_number, category, source, status, issued_at, called_at, call_count, desk_id, visitor_name, visitor_phone, consent_at)
             VALUES (?, ?, ?, ?, 'kiosk', 'done', ?, ?, 1, ?, ?, ?, ?)`,
          )
          .run(s.day, s.ticketNumber, `A${String(s.ticketNumber).padStart(3, '0')}`, s.services[0] ?? 'other', s.issuedAt, s.startedAt, desk.id, s.visitorName, s.visitorPhone, consentAt).lastInsertRowid,
      );
      const wait = Math.round((Date.parse(s.startedAt) - Date.parse(s.issuedAt)) / 1000);
      const service = s.finishedAt ? Math.round((Date.parse(s.finishedAt) - Date.parse(s.startedAt)) / 1000) : null;
      const counterCols = COUNTERS.map((c) => COUNTER_COLUMNS[c]);
      const id = Number(
        db
          .prepare(
            `INSERT INTO sessions (ticket_id, business_day, desk_id, volunteer_id, started_at, finished_at, wait_seconds, service_seconds, services, outcome,
               reason_code, referral_to, target_group, age_band, sex, priority_flags, note, ${counterCols.join(', ')}, visitor_name, visitor_phone, consent_at)
             VALUES (${Array.from({ length: 17 + counterCols.length + 3 }, () => '?').join(', ')})`,
          )
          .run(
            ticketId,
            s.day,
            desk.id,
            volunteerId,
            s.startedAt,
            s.finishedAt,
            wait,
            service,
            JSON.stringify(s.services),
            s.outcome,
            s.reason,
            s.referral,
            s.targetGroup,
            s.ageBand,
            s.sex,
            JSON.stringify(s.priority),
            s.note,
            ...COUNTERS.map((c) => s.counters[c] ?? 0),
            s.visitorName,
            s.visitorPhone,
            consentAt,
          ).lastInsertRowid,
      );
      if (s.feedback) db.prepare('INSERT INTO feedback (business_day, at, rating, session_id) VALUES (?, ?, ?, ?)').run(s.day, s.finishedAt ?? s.startedAt, s.feedback, id);
      ids.push(id);
    }
  })();
  return ids;
}

/** A session with sensible defaults, for hand-written golden rows. */
export function session(partial: Partial<SessionSpec> & Pick<SessionSpec, 'day' | 'ticketNumber' | 'issuedAt' | 'startedAt'>): SessionSpec {
  return {
    desk: 'Bàn 1',
    volunteer: 'Minh',
    finishedAt: null,
    services: [],
    outcome: null,
    reason: null,
    referral: null,
    targetGroup: null,
    ageBand: null,
    sex: null,
    priority: [],
    note: null,
    counters: {},
    feedback: null,
    visitorName: null,
    visitorPhone: null,
    ...partial,
  };
}
