import type { BilingualLabel } from './labels';
import type { ContentSource } from './walkthrough';
import type { AgeBand, Counter, FeedbackRating, Outcome, PriorityFlag, ReasonCode, ReferralTarget, Sex, TargetGroup } from './codes';

/** Values of the ward staff's area that cross the boundary: JSON-safe, times as ISO strings. */

export interface StaffAccessStatus {
  /** False until the first PIN is set from the desk. */
  pinSet: boolean;
  /** While locked out, when the next try is allowed (ISO); otherwise null. */
  lockedUntil: string | null;
  /** Wrong tries since the last success. */
  failedAttempts: number;
  /** Minutes of inactivity after which a staff sign-in ends. */
  idleMinutes: number;
}

export interface StaffSignIn {
  /** Sent with every later call; kept in the screen's memory only. */
  token: string;
  idleMinutes: number;
}

export interface OpeningHours {
  /** Local time, HH:MM. */
  open: string;
  close: string;
  /** Days of the week the point opens, 0 = Sunday. */
  days: number[];
}

export interface ExportedFile {
  name: string;
  mime: string;
  bytes: number;
  sha256: string;
  /** The file itself, base64; the browser shell offers it as a download. */
  base64: string;
}

export interface ExportResult {
  from: string;
  to: string;
  sessions: number;
  includePersonal: boolean;
  /** The data files, then the `.sha256` checksum file that covers them. */
  files: ExportedFile[];
  /** Base name for the printable summary, e.g. `tong-hop_phuong-ba-dinh_2026-11-23.pdf`. */
  summaryPdfName: string;
}

export interface Percentiles {
  count: number;
  /** Minutes, one decimal; null when there is no data. */
  median: number | null;
  p90: number | null;
}

export interface ServiceOutcomeRow {
  /** A walkthrough id, or "other". */
  service: string;
  label: BilingualLabel;
  byOutcome: Record<Outcome | 'unrecorded', number>;
  total: number;
}

export interface AgeSexRow {
  ageBand: AgeBand | 'unknown';
  bySex: Record<Sex | 'unknown', number>;
  total: number;
}

/** The same totals feed the dashboard, the XLSX "Tổng hợp" sheet and the printable summary. */
export interface Totals {
  from: string;
  to: string;
  sessions: number;
  byServiceOutcome: ServiceOutcomeRow[];
  byOutcome: Record<Outcome | 'unrecorded', number>;
  byAgeSex: AgeSexRow[];
  byPriority: Record<PriorityFlag | 'none', number>;
  byTargetGroup: Record<TargetGroup | 'unknown', number>;
  counters: Record<Counter, number>;
  referrals: Record<ReferralTarget, number>;
  reasons: Record<ReasonCode, number>;
  waiting: Percentiles;
  service: Percentiles;
  volunteersOnDuty: number;
  /** Hours from each volunteer's first session start to last session end, per day, summed. */
  volunteerHours: number;
  feedback: Record<FeedbackRating, number>;
  /** Sessions started in each local hour, 0–23. */
  byHour: number[];
  byDay: { day: string; sessions: number }[];
}

export interface SummaryReport {
  pointName: string;
  province: string;
  commune: string;
  generatedAt: string;
  counters: Counter[];
  totals: Totals;
}

export interface VolunteerEntry {
  id: number;
  displayName: string;
  team: string;
  active: boolean;
}

export interface ContentPackEntry {
  id: number;
  name: string;
  installedAt: string;
  walkthroughs: number;
  files: number;
  active: boolean;
  rolledBack: boolean;
}

export interface ContentStatus {
  /** The pack in use, or null while the content shipped with the app is in use. */
  active: ContentPackEntry | null;
  packs: ContentPackEntry[];
  walkthroughs: {
    id: string;
    code: string;
    title: BilingualLabel;
    /** Where the guide's facts come from (the content's `sources`); empty when it names none. */
    sources: ContentSource[];
  }[];
}

export interface PackProblem {
  file: string;
  field: string;
  message: string;
}

export type PackImportResult = { installed: true; pack: ContentPackEntry } | { installed: false; problems: PackProblem[] };

export interface RetentionReport {
  /** Tickets and sessions whose name and phone were erased. */
  personalErased: number;
  /** Sessions older than the keep period, deleted with their tickets. */
  sessionsDeleted: number;
  ranAt: string;
}

export interface VisitorRecord {
  day: string;
  ticket: string;
  name: string | null;
  phone: string | null;
  consentAt: string | null;
  sessions: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  detail: string | null;
}
