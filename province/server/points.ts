import crypto from 'node:crypto';
import { formatPointCode } from '../../contract/admin-units';
import type { IssuedEnrolment, PointListEntry } from '../../contract/province-admin';
import type { EnrolRequest, EnrolResponse } from '../../contract/sync';
import type { Pool } from './db';
import { hashSecret, newToken, randomCode, splitToken, verifySecret, VerifiedCache } from './secrets';

export type { IssuedEnrolment, PointListEntry };

export class PointRefusal extends Error {
  constructor(
    readonly status: number,
    readonly messageKey:
      | 'sync.error.enrolment_code_invalid'
      | 'sync.error.already_enrolled'
      | 'sync.error.token_invalid'
      | 'sync.error.point_retired'
      | 'sync.error.commune_unknown'
      | 'sync.error.not_found'
      | 'sync.error.invalid_request',
  ) {
    super(messageKey);
  }
}

const ENROLMENT_DAYS = 14;
/** The first 4 characters find the row; the other 8 are the secret. */
const LOOKUP_LENGTH = 4;

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const display = (code: string) => code.match(/.{1,4}/g)!.join('-');

export class Points {
  readonly verified = new VerifiedCache();

  constructor(
    private readonly pool: Pool,
    private readonly provinceCode: string | null,
    private readonly communeExists: (code: string) => { provinceCode: string } | undefined,
  ) {}

  async list(): Promise<PointListEntry[]> {
    const { rows } = await this.pool.query(
      `SELECT id, point_code, province_code, commune_code, point_number, label, created_at, enrolled_at, retired_at, enrolment_expires_at,
              last_seq, last_sync_at, last_sync_via, pending_rows, app_version, point_uuid
       FROM point ORDER BY point_code`,
    );
    return rows.map((r) => ({
      id: r.id,
      pointCode: r.point_code,
      provinceCode: r.province_code,
      communeCode: r.commune_code,
      pointNumber: r.point_number,
      label: r.label,
      state: r.retired_at ? 'retired' : r.point_uuid ? 'enrolled' : 'awaiting-enrolment',
      createdAt: r.created_at.toISOString(),
      enrolledAt: iso(r.enrolled_at),
      retiredAt: iso(r.retired_at),
      enrolmentExpiresAt: r.point_uuid ? null : iso(r.enrolment_expires_at),
      lastSeq: Number(r.last_seq),
      lastSyncAt: iso(r.last_sync_at),
      lastSyncVia: r.last_sync_via,
      pendingRows: r.pending_rows,
      appVersion: r.app_version,
    }));
  }

  /** A new point in a commune (the next free number there unless given), with a one-time enrolment code. */
  async create(input: { communeCode: string; pointNumber?: number | undefined; label: string }): Promise<IssuedEnrolment> {
    const commune = this.communeExists(input.communeCode);
    if (!commune || (this.provinceCode && commune.provinceCode !== this.provinceCode)) throw new PointRefusal(400, 'sync.error.commune_unknown');
    const code = randomCode(12);
    const hash = await hashSecret(code.slice(LOOKUP_LENGTH));
    const expires = new Date(Date.now() + ENROLMENT_DAYS * 86_400_000);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // Numbers are never reused within a commune, retired points included.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`commune:${input.communeCode}`]);
      let number = input.pointNumber;
      if (number === undefined) {
        const { rows } = await client.query<{ n: number | null }>('SELECT max(point_number) AS n FROM point WHERE commune_code = $1', [input.communeCode]);
        number = (rows[0]?.n ?? 0) + 1;
      }
      if (number < 1 || number > 99) throw new PointRefusal(400, 'sync.error.invalid_request');
      const pointCode = formatPointCode(commune.provinceCode, input.communeCode, number);
      const { rows } = await client.query<{ id: number }>(
        `INSERT INTO point (point_code, province_code, commune_code, point_number, label, enrolment_lookup, enrolment_hash, enrolment_expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING id`,
        [pointCode, commune.provinceCode, input.communeCode, number, input.label, code.slice(0, LOOKUP_LENGTH), hash, expires],
      );
      if (!rows[0]) throw new PointRefusal(409, 'sync.error.invalid_request');
      await client.query('COMMIT');
      return { pointId: rows[0].id, pointCode, enrolmentCode: display(code), expiresAt: expires.toISOString() };
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  /**
   * A fresh one-time code for a point with no token yet: not enrolled (the first code expired or
   * was lost), or enrolled through a USB bundle and now given a link.
   */
  async reissue(id: number): Promise<IssuedEnrolment> {
    const code = randomCode(12);
    const hash = await hashSecret(code.slice(LOOKUP_LENGTH));
    const expires = new Date(Date.now() + ENROLMENT_DAYS * 86_400_000);
    const { rows } = await this.pool.query<{ point_code: string }>(
      `UPDATE point SET enrolment_lookup = $2, enrolment_hash = $3, enrolment_expires_at = $4
       WHERE id = $1 AND token_hash IS NULL AND retired_at IS NULL RETURNING point_code`,
      [id, code.slice(0, LOOKUP_LENGTH), hash, expires],
    );
    if (!rows[0]) throw new PointRefusal(404, 'sync.error.not_found');
    return { pointId: id, pointCode: rows[0].point_code, enrolmentCode: display(code), expiresAt: expires.toISOString() };
  }

  async retire(id: number): Promise<void> {
    const { rowCount } = await this.pool.query(
      'UPDATE point SET retired_at = now(), token_hash = NULL, enrolment_hash = NULL, enrolment_lookup = NULL WHERE id = $1 AND retired_at IS NULL',
      [id],
    );
    this.verified.forget(id);
    if (!rowCount) throw new PointRefusal(404, 'sync.error.not_found');
  }

  /** Finds the point row an enrolment code was issued for, and checks the code. */
  private async byEnrolmentCode(code: string): Promise<{ id: number; point_uuid: string | null; retired_at: Date | null } | null> {
    const { rows } = await this.pool.query(
      'SELECT id, point_uuid, retired_at, enrolment_hash, enrolment_expires_at FROM point WHERE enrolment_lookup = $1',
      [code.slice(0, LOOKUP_LENGTH)],
    );
    const r = rows[0];
    if (!r || !r.enrolment_hash || r.enrolment_expires_at < new Date()) return null;
    if (!(await verifySecret(code.slice(LOOKUP_LENGTH), r.enrolment_hash))) return null;
    return r;
  }

  /** The exchange: one-time code → the point's token. The code is spent in the same statement that stores the token. */
  async enrol(request: Pick<EnrolRequest, 'enrolmentCode' | 'pointId' | 'publicKey' | 'appVersion'>, issueToken = true): Promise<EnrolResponse & { id: number }> {
    const found = await this.byEnrolmentCode(request.enrolmentCode);
    if (!found) throw new PointRefusal(401, 'sync.error.enrolment_code_invalid');
    if (found.retired_at) throw new PointRefusal(403, 'sync.error.point_retired');
    try {
      crypto.createPublicKey({ key: Buffer.from(request.publicKey, 'base64'), format: 'der', type: 'spki' });
    } catch {
      throw new PointRefusal(400, 'sync.error.invalid_request');
    }
    const token = newToken();
    const tokenHash = issueToken ? await hashSecret(token.secret) : null;
    try {
      const { rows } = await this.pool.query(
        `UPDATE point SET point_uuid = $2, public_key = $3, token_id = $4, token_hash = $5, enrolled_at = now(), app_version = $6,
           enrolment_lookup = NULL, enrolment_hash = NULL
         WHERE id = $1 AND enrolment_hash IS NOT NULL AND retired_at IS NULL
         RETURNING point_code, province_code, commune_code, label`,
        [found.id, request.pointId, request.publicKey, issueToken ? token.id : null, tokenHash, request.appVersion ?? null],
      );
      const r = rows[0];
      if (!r) throw new PointRefusal(401, 'sync.error.enrolment_code_invalid');
      return { id: found.id, pointCode: r.point_code, token: issueToken ? token.token : '', provinceCode: r.province_code, communeCode: r.commune_code, label: r.label };
    } catch (err) {
      if ((err as { code?: string }).code === '23505') throw new PointRefusal(409, 'sync.error.already_enrolled');
      throw err;
    }
  }

  /** Bearer token → the point's row id; wrong and retired are told apart for the point's staff. */
  async authenticate(token: string | null): Promise<number> {
    if (!token) throw new PointRefusal(401, 'sync.error.token_invalid');
    const cached = this.verified.get(token);
    if (cached !== null) return cached;
    const parts = splitToken(token);
    if (!parts) throw new PointRefusal(401, 'sync.error.token_invalid');
    const { rows } = await this.pool.query('SELECT id, token_hash, retired_at FROM point WHERE token_id = $1', [parts.id]);
    const r = rows[0];
    if (!r) throw new PointRefusal(401, 'sync.error.token_invalid');
    if (r.retired_at) throw new PointRefusal(403, 'sync.error.point_retired');
    if (!r.token_hash || !(await verifySecret(parts.secret, r.token_hash))) throw new PointRefusal(401, 'sync.error.token_invalid');
    this.verified.set(token, r.id);
    return r.id;
  }

  async byUuid(uuid: string): Promise<{ id: number; point_code: string; public_key: string | null; retired_at: Date | null } | null> {
    const { rows } = await this.pool.query('SELECT id, point_code, public_key, retired_at FROM point WHERE point_uuid = $1', [uuid]);
    return rows[0] ?? null;
  }
}
