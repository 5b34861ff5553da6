import crypto from 'node:crypto';

/**
 * Secrets at rest: scrypt with a per-secret salt, stored as "scrypt$N$r$p$salt$hash" (base64).
 * Used for the admin password, the points' tokens and the one-time enrolment codes.
 */
const N = 16384;
const R = 8;
const P = 1;
const KEY_LEN = 32;

export function hashSecret(secret: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  return new Promise((resolve, reject) => {
    crypto.scrypt(secret, salt, KEY_LEN, { N, r: R, p: P, maxmem: 64 * 1024 * 1024 }, (err, key) => {
      if (err) reject(err);
      else resolve(`scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`);
    });
  });
}

export function verifySecret(secret: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return Promise.resolve(false);
  const [, n, r, p, salt, hash] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(hash, 'base64');
  return new Promise((resolve) => {
    crypto.scrypt(secret, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024 }, (err, key) => {
      resolve(!err && key.length === expected.length && crypto.timingSafeEqual(key, expected));
    });
  });
}

/** Letters and digits people can read aloud and type without confusing 0/O or 1/I. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function randomCode(length: number): string {
  const bytes = crypto.randomBytes(length);
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}

/** A token for machines: "<id>.<secret>", the id to find the row, the secret checked against its hash. */
export function newToken(): { id: string; secret: string; token: string } {
  const id = crypto.randomBytes(9).toString('base64url');
  const secret = crypto.randomBytes(32).toString('base64url');
  return { id, secret, token: `${id}.${secret}` };
}

export function splitToken(token: string): { id: string; secret: string } | null {
  const m = /^([A-Za-z0-9_-]{12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return m ? { id: m[1]!, secret: m[2]! } : null;
}

export const sha256 = (text: string): string => crypto.createHash('sha256').update(text).digest('base64url');

/**
 * Verified tokens, remembered for a few minutes by a SHA-256 of the whole token: scrypt costs
 * ≈ 50 ms of CPU, and a point sends many batches in a row. Retiring a point clears its entry.
 */
export class VerifiedCache {
  private readonly entries = new Map<string, { pointId: number; until: number }>();
  constructor(private readonly ttlMs = 5 * 60_000) {}
  get(token: string): number | null {
    const e = this.entries.get(sha256(token));
    if (!e || e.until < Date.now()) return null;
    return e.pointId;
  }
  set(token: string, pointId: number): void {
    if (this.entries.size > 10_000) this.entries.clear();
    this.entries.set(sha256(token), { pointId, until: Date.now() + this.ttlMs });
  }
  forget(pointId: number): void {
    for (const [k, v] of this.entries) if (v.pointId === pointId) this.entries.delete(k);
  }
}
