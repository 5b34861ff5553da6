import fs from 'node:fs';
import path from 'node:path';
import { BUNDLE_FORMAT, MAX_BUNDLE_ROWS, SYNC_PROTOCOL_VERSION, type BundleBody, type BundleFile } from '../../contract/sync';
import type { Db } from '../storage/database';
import { pointIdentity, sign } from './identity';
import { ackedSeq, pendingCount, readOutbox } from './outbox';
import { enrolment } from './state';

export interface BundleOptions {
  /**
   * `all-pending` (default): everything the province has not acknowledged online — safe whatever
   * happened to earlier sticks. `since-last-bundle`: only rows after the previous bundle; smaller,
   * and the province refuses it (sync.error.gap) if the previous one never arrived.
   */
  mode?: 'all-pending' | 'since-last-bundle';
  /** A point with no link at all enrols through its first bundle. */
  enrolmentCode?: string;
  appVersion?: string;
  now?: Date;
}

export interface WrittenBundle {
  file: string;
  name: string;
  rows: number;
  fromSeq: number;
  throughSeq: number;
  bytes: number;
}

/** The signed bundle as an object (for a caller that writes it itself, e.g. a browser download). */
export function makeBundle(db: Db, options: BundleOptions = {}): { bundle: BundleFile; fromSeq: number; throughSeq: number; rows: number } {
  const identity = pointIdentity(db);
  const state = db.prepare('SELECT last_bundle_seq FROM sync_state WHERE id = 1').get() as { last_bundle_seq: number | null };
  const acked = ackedSeq(db);
  const fromSeq = options.mode === 'since-last-bundle' && state.last_bundle_seq !== null ? Math.max(acked, state.last_bundle_seq) + 1 : acked + 1;
  const slice = readOutbox(db, fromSeq, MAX_BUNDLE_ROWS);
  const body: BundleBody = {
    protocol: SYNC_PROTOCOL_VERSION,
    pointId: identity.pointId,
    pointCode: enrolment(db)?.pointCode ?? null,
    createdAt: (options.now ?? new Date()).toISOString(),
    fromSeq,
    rows: slice.rows,
    pendingAfter: pendingCount(db, slice.throughSeq),
    ...(options.appVersion ? { appVersion: options.appVersion } : {}),
    ...(options.enrolmentCode ? { enrolment: { enrolmentCode: options.enrolmentCode.replace(/[\s-]/g, '').toUpperCase(), publicKey: identity.publicKey } } : {}),
  };
  const text = JSON.stringify(body);
  const bundle: BundleFile = { format: BUNDLE_FORMAT, version: SYNC_PROTOCOL_VERSION, pointId: identity.pointId, body: text, signature: sign(identity, Buffer.from(text, 'utf8')) };
  return { bundle, fromSeq, throughSeq: slice.throughSeq, rows: slice.rows.length };
}

/** `dhp-sync_<point code>_<time>_<seq range>.json`: what a bundle of `made` is called on the stick. */
export function bundleFileName(db: Db, made: { bundle: BundleFile; fromSeq: number; throughSeq: number }, now: Date): string {
  const code = enrolment(db)?.pointCode ?? made.bundle.pointId.slice(0, 8);
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `dhp-sync_${code}_${stamp}_${made.fromSeq}-${made.throughSeq}.json`;
}

/** Remembers the bundle just made, for `since-last-bundle` and the staff's status. */
export function recordBundle(db: Db, at: Date, throughSeq: number): void {
  db.prepare('UPDATE sync_state SET last_bundle_at = ?, last_bundle_seq = ? WHERE id = 1').run(at.toISOString(), throughSeq);
}

/**
 * Writes the pending rows, signed with the point's Ed25519 key, to `dir` (a USB stick). The
 * rows stay pending: only the province's answer to an online batch acknowledges them, and a
 * bundle imported twice changes nothing.
 */
export function writeBundle(db: Db, dir: string, options: BundleOptions = {}): WrittenBundle {
  const now = options.now ?? new Date();
  const made = makeBundle(db, { ...options, now });
  const name = bundleFileName(db, made, now);
  const file = path.join(dir, name);
  const text = JSON.stringify(made.bundle);
  fs.mkdirSync(dir, { recursive: true });
  // Written aside and renamed, so a stick pulled out mid-write never holds half a bundle under the real name.
  fs.writeFileSync(`${file}.part`, text, { flush: true });
  fs.renameSync(`${file}.part`, file);
  recordBundle(db, now, made.throughSeq);
  return { file, name, rows: made.rows, fromSeq: made.fromSeq, throughSeq: made.throughSeq, bytes: Buffer.byteLength(text) };
}
