import { SYNC_MESSAGES, type SyncMessageKey, type SyncStatus } from '../../contract/sync';
import type { Db } from '../storage/database';
import { pointIdentity } from './identity';
import { ackedSeq, pendingCount } from './outbox';

export interface Enrolment {
  serverUrl: string;
  token: string;
  pointCode: string;
  provinceCode: string;
  communeCode: string;
  label: string;
}

interface StateRow {
  server_url: string | null;
  token: string | null;
  point_code: string | null;
  province_code: string | null;
  commune_code: string | null;
  label: string | null;
  enrolled_at: string | null;
  last_success_at: string | null;
  last_attempt_at: string | null;
  last_error_key: string | null;
  last_error_at: string | null;
  failures: number;
  next_attempt_at: string | null;
}

const row = (db: Db) => db.prepare('SELECT * FROM sync_state WHERE id = 1').get() as StateRow;

export function enrolment(db: Db): Enrolment | null {
  const r = row(db);
  if (!r.server_url || !r.token || !r.point_code) return null;
  return { serverUrl: r.server_url, token: r.token, pointCode: r.point_code, provinceCode: r.province_code ?? '', communeCode: r.commune_code ?? '', label: r.label ?? '' };
}

export function saveEnrolment(db: Db, e: Enrolment, at: string): void {
  db.prepare(
    `UPDATE sync_state SET server_url = ?, token = ?, point_code = ?, province_code = ?, commune_code = ?, label = ?, enrolled_at = ?,
       failures = 0, last_error_key = NULL, last_error_at = NULL, next_attempt_at = NULL WHERE id = 1`,
  ).run(e.serverUrl, e.token, e.pointCode, e.provinceCode, e.communeCode, e.label, at);
}

/**
 * Forgets the enrolment at this point (staff retired it locally, or move it to another
 * server): address, token and code go; the point's id and key, the outbox and its cursor stay,
 * so a later enrolment or bundle carries on where this one stopped.
 */
export function clearEnrolment(db: Db): void {
  db.prepare(
    `UPDATE sync_state SET server_url = NULL, token = NULL, point_code = NULL, province_code = NULL, commune_code = NULL, label = NULL, enrolled_at = NULL,
       failures = 0, last_error_key = NULL, last_error_at = NULL, next_attempt_at = NULL WHERE id = 1`,
  ).run();
}

export function lastBundleAt(db: Db): string | null {
  return (db.prepare('SELECT last_bundle_at FROM sync_state WHERE id = 1').get() as { last_bundle_at: string | null }).last_bundle_at;
}

export function recordAttempt(db: Db, at: string): void {
  db.prepare('UPDATE sync_state SET last_attempt_at = ? WHERE id = 1').run(at);
}

export function recordSuccess(db: Db, at: string, nextAttemptAt: string | null): void {
  db.prepare('UPDATE sync_state SET last_success_at = ?, failures = 0, last_error_key = NULL, last_error_at = NULL, next_attempt_at = ? WHERE id = 1').run(at, nextAttemptAt);
}

/** Returns the number of failures in a row, this one included. */
export function recordFailure(db: Db, key: SyncMessageKey, at: string, nextAttemptAt: string | null): number {
  db.prepare('UPDATE sync_state SET last_error_key = ?, last_error_at = ?, failures = failures + 1, next_attempt_at = ? WHERE id = 1').run(key, at, nextAttemptAt);
  return row(db).failures;
}

export function failures(db: Db): number {
  return row(db).failures;
}

/** What staff see: enrolled or not, last success, rows pending, the last error in both languages. */
export function syncStatus(db: Db): SyncStatus {
  const r = row(db);
  const key = r.last_error_key as SyncMessageKey | null;
  return {
    enrolled: Boolean(r.server_url && r.token),
    pointId: pointIdentity(db).pointId,
    pointCode: r.point_code,
    serverUrl: r.server_url,
    pending: pendingCount(db, ackedSeq(db)),
    lastSuccessAt: r.last_success_at,
    lastAttemptAt: r.last_attempt_at,
    lastError: key && key in SYNC_MESSAGES && r.last_error_at ? { messageKey: key, message: SYNC_MESSAGES[key], at: r.last_error_at } : null,
    nextAttemptAt: r.next_attempt_at,
  };
}
