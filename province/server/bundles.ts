import crypto from 'node:crypto';
import { BundleBody, BundleFile, type BundleImportResult } from '../../contract/sync';
import type { Pool, Partitions } from './db';
import { ingest } from './ingest';
import type { Points } from './points';

export class BundleRefusal extends Error {
  constructor(
    readonly status: number,
    readonly messageKey: 'sync.error.bundle_invalid' | 'sync.error.bundle_signature_invalid' | 'sync.error.bundle_unknown_point' | 'sync.error.point_retired',
  ) {
    super(messageKey);
  }
}

function verify(publicKeyBase64: string, body: string, signature: string): boolean {
  try {
    const key = crypto.createPublicKey({ key: Buffer.from(publicKeyBase64, 'base64'), format: 'der', type: 'spki' });
    return crypto.verify(null, Buffer.from(body, 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/**
 * A USB bundle: checked against the public key the point registered at enrolment (or, for a
 * point's first bundle with no link at all, against the key it carries with a valid one-time
 * code), then fed to the very ingest an online batch goes through.
 */
export async function importBundle(pool: Pool, partitions: Partitions, points: Points, text: string): Promise<BundleImportResult> {
  let outer: unknown;
  try {
    outer = JSON.parse(text);
  } catch {
    throw new BundleRefusal(400, 'sync.error.bundle_invalid');
  }
  const file = BundleFile.safeParse(outer);
  if (!file.success) throw new BundleRefusal(400, 'sync.error.bundle_invalid');
  let inner: unknown;
  try {
    inner = JSON.parse(file.data.body);
  } catch {
    throw new BundleRefusal(400, 'sync.error.bundle_invalid');
  }
  const body = BundleBody.safeParse(inner);
  if (!body.success || body.data.pointId !== file.data.pointId) throw new BundleRefusal(400, 'sync.error.bundle_invalid');

  let point = await points.byUuid(body.data.pointId);
  if (!point && body.data.enrolment) {
    // No link at all: the first bundle enrols the point. Its own key must have signed it.
    if (!verify(body.data.enrolment.publicKey, file.data.body, file.data.signature)) throw new BundleRefusal(400, 'sync.error.bundle_signature_invalid');
    // A wrong, spent or expired code is refused here (PointRefusal: sync.error.enrolment_code_invalid).
    await points.enrol({ enrolmentCode: body.data.enrolment.enrolmentCode, pointId: body.data.pointId, publicKey: body.data.enrolment.publicKey }, false);
    point = await points.byUuid(body.data.pointId);
  }
  if (!point || !point.public_key) throw new BundleRefusal(400, 'sync.error.bundle_unknown_point');
  if (point.retired_at) throw new BundleRefusal(403, 'sync.error.point_retired');
  if (!verify(point.public_key, file.data.body, file.data.signature)) throw new BundleRefusal(400, 'sync.error.bundle_signature_invalid');

  const result = await ingest(pool, partitions, {
    pointId: point.id,
    fromSeq: body.data.fromSeq,
    rows: body.data.rows,
    pendingAfter: body.data.pendingAfter,
    via: 'bundle',
    appVersion: body.data.appVersion,
  });
  return { ...result, pointCode: point.point_code, rows: body.data.rows.length };
}
