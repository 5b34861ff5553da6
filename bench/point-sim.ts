/**
 * Simulated points for the province tests and benchmark: a real point SQLite file (all
 * migrations, triggers included) filled with days of queue tickets, assisted sessions and
 * feedback, written with the same statements the queue and session services run — personal
 * fields included, so the tests can show they never leave the point.
 */
import { AGE_BANDS, COUNTERS, FEEDBACK_RATINGS, OUTCOMES, PRIORITY_FLAGS, REASON_CODES, REFERRAL_TARGETS, SEXES, TARGET_GROUPS } from '../contract/codes';
import { openDatabase, type Db } from '../core/storage/database';

/** A small deterministic PRNG (mulberry32), so a seed gives the same point every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVICES = ['vneid-level2', 'vneid-health-book', 'vneid-signature', 'dvcqg-submit', 'pay-bills-vietqr', 'shop-online', 'spot-scams', 'zalo-group', 'ai-assistant', 'learning-platform'];

export const PERSONAL_MARKERS = { name: 'Nguyễn Văn Riêng Tư', phone: '0912345678', note: 'Ghi chú riêng: nhà ở ngõ 12' } as const;

export interface SimOptions {
  seed: number;
  days: readonly string[];
  sessionsPerDay: number;
  /** Share of sessions edited once after they were finished (a second revision). */
  editShare?: number;
  /** Share of tickets that end as a no-show instead of a session. */
  noShowShare?: number;
}

export function addDays(day: string, n: number): string {
  const t = new Date(`${day}T12:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

export function dayRange(from: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(from, i));
}

/** Fills `db` with the days' activity. Returns the number of sessions written. */
export function simulatePoint(db: Db, o: SimOptions): number {
  const r = prng(o.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const maybe = <T>(p: number, v: () => T): T | null => (r() < p ? v() : null);
  const st = {
    day: db.prepare('INSERT INTO business_days (day, opened_at) VALUES (?, ?) ON CONFLICT(day) DO NOTHING'),
    number: db.prepare('UPDATE business_days SET last_number = last_number + 1 WHERE day = ? RETURNING last_number'),
    ticket: db.prepare(
      `INSERT INTO tickets (business_day, number, display_number, category, priority_reason, source, status, walkthrough_id, step_reached, age_band, issued_at, visitor_name, visitor_phone, consent_at)
       VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?, ?, ?, ?)`,
    ),
    event: db.prepare('INSERT INTO ticket_events (ticket_id, kind, at) VALUES (?, ?, ?)'),
    called: db.prepare("UPDATE tickets SET status = 'called', called_at = ?, call_count = 1, dispatch_reason = 'fifo' WHERE id = ?"),
    serving: db.prepare("UPDATE tickets SET status = 'serving' WHERE id = ?"),
    done: db.prepare("UPDATE tickets SET status = 'done' WHERE id = ?"),
    noShow: db.prepare("UPDATE tickets SET status = 'no-show' WHERE id = ?"),
    open: db.prepare('INSERT INTO sessions (ticket_id, business_day, started_at, wait_seconds, dispatch_reason) VALUES (?, ?, ?, ?, ?)'),
    finish: db.prepare(
      `UPDATE sessions SET finished_at = @at, service_seconds = @serviceSeconds, services = @services, outcome = @outcome, reason_code = @reason,
         referral_to = @referral, target_group = @targetGroup, age_band = @ageBand, sex = @sex, priority_flags = @priority, note = @note,
         vneid_activated = @c0, documents_added = @c1, public_service_submitted = @c2, health_book_activated = @c3, signature_registered = @c4,
         learning_enrolled = @c5, scam_reported = @c6, visitor_name = @name, visitor_phone = @phone, consent_at = @consentAt
       WHERE id = @id`,
    ),
    edit: db.prepare("UPDATE sessions SET outcome = 'referred', referral_to = 'commune-police', reason_code = 'no-chip-id' WHERE id = ?"),
    feedback: db.prepare('INSERT INTO feedback (business_day, at, rating, walkthrough_id, session_id) VALUES (?, ?, ?, ?, ?)'),
  };
  let sessions = 0;
  const edits: number[] = [];
  for (const day of o.days) {
    // A day per transaction keeps the simulation quick; the triggers run the same in any transaction.
    db.transaction(() => {
      st.day.run(day, `${day}T01:00:00.000Z`);
      for (let i = 0; i < o.sessionsPerDay; i++) {
        const issued = new Date(Date.parse(`${day}T01:30:00Z`) + i * 240_000 + Math.floor(r() * 120_000));
        const number = (st.number.get(day) as { last_number: number }).last_number;
        const consent = r() < 0.2;
        const category = pick(SERVICES);
        const ticketId = Number(
          st.ticket.run(day, number, `A${String(number).padStart(3, '0')}`, category, maybe(0.2, () => 'age60'), r() < 0.7 ? 'kiosk' : 'desk', category, Math.floor(r() * 6), pick(AGE_BANDS), issued.toISOString(),
            consent ? PERSONAL_MARKERS.name : null, consent ? PERSONAL_MARKERS.phone : null, consent ? issued.toISOString() : null).lastInsertRowid,
        );
        st.event.run(ticketId, 'issued', issued.toISOString());
        const calledAt = new Date(issued.getTime() + Math.floor(r() * 900_000));
        st.called.run(calledAt.toISOString(), ticketId);
        st.event.run(ticketId, 'called', calledAt.toISOString());
        if (r() < (o.noShowShare ?? 0.05)) {
          st.noShow.run(ticketId);
          continue;
        }
        st.serving.run(ticketId);
        const sessionId = Number(st.open.run(ticketId, day, calledAt.toISOString(), Math.round((calledAt.getTime() - issued.getTime()) / 1000), 'fifo').lastInsertRowid);
        const outcome = pick(OUTCOMES);
        const serviceSeconds = 120 + Math.floor(r() * 1500);
        const services = [category, ...(r() < 0.2 ? [pick(SERVICES)] : [])];
        st.finish.run({
          id: sessionId,
          at: new Date(calledAt.getTime() + serviceSeconds * 1000).toISOString(),
          serviceSeconds,
          services: JSON.stringify([...new Set(services)]),
          outcome,
          reason: outcome === 'done-self' || outcome === 'done-assisted' ? null : pick(REASON_CODES),
          referral: outcome === 'referred' ? pick(REFERRAL_TARGETS) : null,
          targetGroup: r() < 0.9 ? pick(TARGET_GROUPS) : null,
          ageBand: r() < 0.95 ? pick(AGE_BANDS) : null,
          sex: pick(SEXES),
          priority: JSON.stringify(r() < 0.4 ? [...new Set([pick(PRIORITY_FLAGS), ...(r() < 0.2 ? [pick(PRIORITY_FLAGS)] : [])])] : []),
          note: r() < 0.3 ? PERSONAL_MARKERS.note : null,
          ...Object.fromEntries(COUNTERS.map((_, k) => [`c${k}`, r() < 0.25 ? 1 : 0])),
          name: consent ? PERSONAL_MARKERS.name : null,
          phone: consent ? PERSONAL_MARKERS.phone : null,
          consentAt: consent ? issued.toISOString() : null,
        });
        st.done.run(ticketId);
        sessions += 1;
        if (r() < (o.editShare ?? 0.1)) edits.push(sessionId);
        if (r() < 0.5) st.feedback.run(day, new Date(calledAt.getTime() + serviceSeconds * 1000 + 30_000).toISOString(), pick(FEEDBACK_RATINGS), category, r() < 0.5 ? sessionId : null);
      }
    })();
  }
  // Later corrections: a second revision of some finished sessions.
  db.transaction(() => {
    for (const id of edits) st.edit.run(id);
  })();
  return sessions;
}

/** A point's data file with `days` of activity. */
export function openSimulatedPoint(file: string, o: SimOptions): Db {
  const db = openDatabase(file);
  simulatePoint(db, o);
  return db;
}
