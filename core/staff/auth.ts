import crypto from 'node:crypto';
import { promisify } from 'node:util';
import type { Db } from '../storage/database';
import type { Clock } from '../clock';
import { ServiceError } from '../../contract/errors';
import type { StaffAccessStatus, StaffSignIn } from '../../contract/staff-dto';
import type { AuditLog } from '../audit';

const scrypt = promisify(crypto.scrypt) as (password: string, salt: Buffer, keylen: number, options: crypto.ScryptOptions) => Promise<Buffer>;

/** scrypt cost: N = 2^15, r = 8, p = 1 (about 0.1 s and 32 MiB per try on a small PC). */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  keyLength: number;
}
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 };

/** Five wrong tries lock staff out; every further lockout doubles, up to an hour. */
export const MAX_TRIES = 5;
export const FIRST_LOCKOUT_MS = 30_000;
export const MAX_LOCKOUT_MS = 60 * 60_000;

export const PIN_PATTERN = /^\d{6,12}$/;

interface PinRow {
  salt: string;
  hash: string;
  params: string;
}

interface LockoutRow {
  failed_count: number;
  lockouts: number;
  locked_until: string | null;
}

/**
 * The ward staff's PIN and sign-ins. The PIN is kept only as a salted scrypt hash;
 * wrong tries and lockouts live in SQLite so a restart does not reset them; sign-ins
 * live in memory only and end after a period without use.
 */
export class StaffAuth {
  /** sha256(token) → last use (ms). Hashing the key keeps lookups free of timing hints about the token. */
  private readonly sessions = new Map<string, number>();

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
    private readonly idleMinutes: () => number,
    private readonly params: ScryptParams = DEFAULT_SCRYPT,
  ) {}

  status(): StaffAccessStatus {
    const lock = this.lockout();
    const lockedUntil = lock.locked_until && Date.parse(lock.locked_until) > this.clock.now().getTime() ? lock.locked_until : null;
    return { pinSet: this.pinRow() !== undefined, lockedUntil, failedAttempts: lock.failed_count, idleMinutes: this.idleMinutes() };
  }

  /** First setup only: once a PIN exists, it changes only with the current one. */
  async setFirstPin(pin: string, actor: string): Promise<StaffSignIn> {
    if (this.pinRow()) {
      this.audit.record(actor, 'staff.pin.setup-refused', { reason: 'already-set' });
      throw new ServiceError('conflict', 'error.pin_already_set');
    }
    assertPinShape(pin);
    const row = await this.hashPin(pin);
    const inserted = this.db
      .prepare('INSERT INTO staff_pin (id, salt, hash, params, set_at) VALUES (1, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING')
      .run(row.salt, row.hash, row.params, this.clock.now().toISOString());
    // Two desks racing to set the first PIN: only the first wins.
    if (inserted.changes === 0) throw new ServiceError('conflict', 'error.pin_already_set');
    this.audit.record(actor, 'staff.pin.setup');
    return this.openSession();
  }

  async signIn(pin: string, actor: string): Promise<StaffSignIn> {
    const stored = this.pinRow();
    if (!stored) throw new ServiceError('not_found', 'error.pin_not_set');
    const now = this.clock.now().getTime();
    const lock = this.lockout();
    if (lock.locked_until && Date.parse(lock.locked_until) > now) {
      this.audit.record(actor, 'staff.sign-in.refused', { reason: 'locked', lockedUntil: lock.locked_until });
      throw new ServiceError('forbidden', 'error.pin_locked');
    }
    if (await this.matches(pin, stored)) {
      this.db.prepare('UPDATE staff_lockout SET failed_count = 0, lockouts = 0, locked_until = NULL WHERE id = 1').run();
      this.audit.record(actor, 'staff.sign-in', { result: 'success' });
      return this.openSession();
    }
    const failed = lock.failed_count + 1;
    // After the first lockout, each further wrong try locks again, for twice as long.
    const lockNow = failed >= MAX_TRIES || lock.lockouts > 0;
    const lockouts = lockNow ? lock.lockouts + 1 : lock.lockouts;
    const lockedUntil = lockNow ? new Date(now + Math.min(FIRST_LOCKOUT_MS * 2 ** (lockouts - 1), MAX_LOCKOUT_MS)).toISOString() : null;
    this.db.prepare('UPDATE staff_lockout SET failed_count = ?, lockouts = ?, locked_until = ? WHERE id = 1').run(failed, lockouts, lockedUntil);
    this.audit.record(actor, 'staff.sign-in', { result: 'failure', failedAttempts: failed, ...(lockedUntil ? { lockedUntil } : {}) });
    throw new ServiceError('forbidden', lockNow ? 'error.pin_locked' : 'error.pin_wrong');
  }

  async changePin(currentPin: string, newPin: string, actor: string): Promise<void> {
    const stored = this.pinRow();
    if (!stored) throw new ServiceError('not_found', 'error.pin_not_set');
    assertPinShape(newPin);
    if (!(await this.matches(currentPin, stored))) {
      this.audit.record(actor, 'staff.pin.change', { result: 'failure' });
      throw new ServiceError('forbidden', 'error.pin_wrong');
    }
    const row = await this.hashPin(newPin);
    this.db.prepare('UPDATE staff_pin SET salt = ?, hash = ?, params = ?, set_at = ? WHERE id = 1').run(row.salt, row.hash, row.params, this.clock.now().toISOString());
    this.audit.record(actor, 'staff.pin.change', { result: 'success' });
  }

  /** True for a live sign-in; each use slides its idle deadline forward. */
  isStaffToken(token: string): boolean {
    const key = tokenKey(token);
    const lastUse = this.sessions.get(key);
    if (lastUse === undefined) return false;
    const now = this.clock.now().getTime();
    if (now - lastUse > this.idleMinutes() * 60_000) {
      this.sessions.delete(key);
      this.audit.record('staff', 'staff.sign-out', { reason: 'idle' });
      return false;
    }
    this.sessions.set(key, now);
    return true;
  }

  signOut(token: string | null | undefined, actor: string): void {
    if (token && this.sessions.delete(tokenKey(token))) this.audit.record(actor, 'staff.sign-out', { reason: 'signed-out' });
  }

  private openSession(): StaffSignIn {
    const token = crypto.randomBytes(32).toString('base64url');
    this.sessions.set(tokenKey(token), this.clock.now().getTime());
    return { token, idleMinutes: this.idleMinutes() };
  }

  private pinRow(): PinRow | undefined {
    return this.db.prepare<[], PinRow>('SELECT salt, hash, params FROM staff_pin WHERE id = 1').get();
  }

  private lockout(): LockoutRow {
    this.db.prepare('INSERT INTO staff_lockout (id) VALUES (1) ON CONFLICT(id) DO NOTHING').run();
    // The row was made just above, so it is always there; the fallback only satisfies the type.
    return this.db.prepare<[], LockoutRow>('SELECT failed_count, lockouts, locked_until FROM staff_lockout WHERE id = 1').get() ?? { failed_count: 0, lockouts: 0, locked_until: null };
  }

  private async hashPin(pin: string): Promise<PinRow> {
    const salt = crypto.randomBytes(16);
    const hash = await derive(pin, salt, this.params);
    return { salt: salt.toString('base64'), hash: hash.toString('base64'), params: JSON.stringify(this.params) };
  }

  private async matches(pin: string, stored: PinRow): Promise<boolean> {
    // A malformed try is still hashed, so its answer takes as long as a real one.
    const params = JSON.parse(stored.params) as ScryptParams;
    const expected = Buffer.from(stored.hash, 'base64');
    const actual = await derive(pin, Buffer.from(stored.salt, 'base64'), params);
    return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
  }
}

function derive(pin: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return scrypt(pin.normalize('NFKC'), salt, params.keyLength, { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r });
}

function assertPinShape(pin: string): void {
  if (!PIN_PATTERN.test(pin)) throw new ServiceError('invalid_input', 'error.pin_format');
}

function tokenKey(token: string): string {
  return crypto.createHash('sha256').update(token).digest('base64');
}
