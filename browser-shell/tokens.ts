import crypto from 'node:crypto';
import type { Role } from '../contract/roles';

/**
 * Per-launch keys. The visitor key is handed to every page the host serves; the
 * desk key exists only in the desk address printed at start, so the visitor's
 * screen has no way to learn it. Staff are not a key: a desk caller becomes staff
 * with the sign-in token the core issues after a correct PIN (core/staff/auth.ts).
 */
export class LaunchKeys {
  readonly visitor = randomKey();
  readonly desk = randomKey();

  roleOf(key: string | undefined | null): Role | null {
    if (!key) return null;
    if (safeEqual(key, this.desk)) return 'volunteer';
    if (safeEqual(key, this.visitor)) return 'visitor';
    return null;
  }
}

function randomKey(): string {
  return crypto.randomBytes(24).toString('base64url');
}

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}
