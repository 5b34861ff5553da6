import crypto from 'node:crypto';
import type { Db } from '../storage/database';

export interface PointIdentity {
  /** Made once at install (schema 4); never changes, never reused. */
  pointId: string;
  createdAt: string;
  /** SPKI DER, base64: what the province registers at enrolment. */
  publicKey: string;
  privateKey: crypto.KeyObject;
}

/**
 * The point's stable id and its Ed25519 key pair. The pair is made on first call and stored
 * in the point's own SQLite file; the private key never leaves it.
 */
export function pointIdentity(db: Db): PointIdentity {
  const read = () => db.prepare('SELECT point_id, created_at, public_key, private_key FROM point_identity WHERE id = 1').get() as
    | { point_id: string; created_at: string; public_key: string | null; private_key: string | null }
    | undefined;
  let row = read();
  if (!row) throw new Error('The data file has no point identity (schema older than 4).');
  if (!row.public_key || !row.private_key) {
    const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
    db.prepare('UPDATE point_identity SET public_key = ?, private_key = ?, keys_created_at = ? WHERE id = 1 AND public_key IS NULL').run(
      publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      new Date().toISOString(),
    );
    row = read()!;
  }
  const publicKey = crypto.createPublicKey(row.public_key!).export({ type: 'spki', format: 'der' }).toString('base64');
  return { pointId: row.point_id, createdAt: row.created_at, publicKey, privateKey: crypto.createPrivateKey(row.private_key!) };
}

export function sign(identity: PointIdentity, bytes: Buffer): string {
  return crypto.sign(null, bytes, identity.privateKey).toString('base64');
}
