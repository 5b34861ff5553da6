import type { Db } from '../storage/database';
import { COUNTER_COLUMNS, COUNTERS, type AgeBand, type Counter, type FeedbackRating, type Outcome, type PriorityFlag, type ReasonCode, type ReferralTarget, type Sex, type TargetGroup } from '../../contract/codes';

/** One assisted session as the exports and totals see it: the `sessions` row with its ticket, desk and volunteer. */
export interface SessionLogRow {
  id: number;
  day: string;
  ticket: string | null;
  desk: string | null;
  volunteerId: number | null;
  volunteer: string | null;
  startedAt: string;
  finishedAt: string | null;
  waitSeconds: number | null;
  serviceSeconds: number | null;
  services: string[];
  outcome: Outcome | null;
  reason: ReasonCode | null;
  referral: ReferralTarget | null;
  targetGroup: TargetGroup | null;
  ageBand: AgeBand | null;
  sex: Sex | null;
  priority: PriorityFlag[];
  note: string | null;
  counters: Record<Counter, number>;
  feedback: FeedbackRating | null;
  visitorName: string | null;
  visitorPhone: string | null;
  consentAt: string | null;
}

export interface FeedbackRow {
  day: string;
  rating: FeedbackRating;
}

interface RawRow {
  id: number;
  business_day: string;
  display_number: string | null;
  desk_label: string | null;
  volunteer_id: number | null;
  volunteer_name: string | null;
  started_at: string;
  finished_at: string | null;
  wait_seconds: number | null;
  service_seconds: number | null;
  services: string;
  outcome: Outcome | null;
  reason_code: ReasonCode | null;
  referral_to: ReferralTarget | null;
  target_group: TargetGroup | null;
  age_band: AgeBand | null;
  sex: Sex | null;
  priority_flags: string;
  note: string | null;
  /** The counter columns, named by COUNTER_COLUMNS. */
  [counterColumn: string]: unknown;
  feedback: FeedbackRating | null;
  visitor_name: string | null;
  visitor_phone: string | null;
  consent_at: string | null;
}

/** Sessions of the local days `from`…`to` (inclusive), in the order they started. */
export function readSessionRows(db: Db, from: string, to: string): SessionLogRow[] {
  const rows = db
    .prepare<[string, string], RawRow>(
      `SELECT s.*, t.display_number, d.label AS desk_label, v.display_name AS volunteer_name,
              (SELECT f.rating FROM feedback f WHERE f.session_id = s.id ORDER BY f.id DESC LIMIT 1) AS feedback
       FROM sessions s
       LEFT JOIN tickets t ON t.id = s.ticket_id
       LEFT JOIN desks d ON d.id = s.desk_id
       LEFT JOIN volunteers v ON v.id = s.volunteer_id
       WHERE s.business_day BETWEEN ? AND ?
       ORDER BY s.started_at, s.id`,
    )
    .all(from, to);
  return rows.map(toLogRow);
}

/** Every visitor feedback tap of the days, with or without a session. */
export function readFeedbackRows(db: Db, from: string, to: string): FeedbackRow[] {
  return db.prepare<[string, string], FeedbackRow>('SELECT business_day AS day, rating FROM feedback WHERE business_day BETWEEN ? AND ? ORDER BY id').all(from, to);
}

function toLogRow(r: RawRow): SessionLogRow {
  return {
    id: r.id,
    day: r.business_day,
    ticket: r.display_number,
    desk: r.desk_label,
    volunteerId: r.volunteer_id,
    volunteer: r.volunteer_name,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    waitSeconds: r.wait_seconds,
    serviceSeconds: r.service_seconds,
    services: parseList(r.services),
    outcome: r.outcome,
    reason: r.reason_code,
    referral: r.referral_to,
    targetGroup: r.target_group,
    ageBand: r.age_band,
    sex: r.sex,
    priority: parseList(r.priority_flags) as PriorityFlag[],
    note: r.note,
    counters: Object.fromEntries(COUNTERS.map((c) => [c, Number(r[COUNTER_COLUMNS[c]] ?? 0)])) as Record<Counter, number>,
    feedback: r.feedback,
    visitorName: r.visitor_name,
    visitorPhone: r.visitor_phone,
    consentAt: r.consent_at,
  };
}

/** A JSON array column; anything else (a hand-edited row) reads as empty rather than failing the export. */
function parseList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
