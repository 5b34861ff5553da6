/** What the province dashboard reads from its server's admin API (JSON-safe, times as ISO strings). */

export const GROUPINGS = ['point', 'commune', 'province'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface PointListEntry {
  id: number;
  pointCode: string;
  provinceCode: string;
  communeCode: string;
  pointNumber: number;
  label: string;
  state: 'awaiting-enrolment' | 'enrolled' | 'retired';
  createdAt: string;
  enrolledAt: string | null;
  retiredAt: string | null;
  enrolmentExpiresAt: string | null;
  lastSeq: number;
  lastSyncAt: string | null;
  lastSyncVia: string | null;
  pendingRows: number | null;
  appVersion: string | null;
}

export interface IssuedEnrolment {
  pointId: number;
  pointCode: string;
  /** Shown once to the admin, e.g. "K7QD-M2XP-9RTA"; the province keeps only its hash. */
  enrolmentCode: string;
  expiresAt: string;
}
