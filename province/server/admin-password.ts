import type { Pool } from './db';
import { hashSecret } from './secrets';

/** Sets (or replaces) the one admin password; only its scrypt hash is stored. */
export async function setAdminPassword(pool: Pool, password: string): Promise<void> {
  if (password.length < 10) throw new Error('The admin password must be at least 10 characters.');
  const hash = await hashSecret(password);
  await pool.query(
    `INSERT INTO admin_account (id, password_hash) VALUES (1, $1)
     ON CONFLICT (id) DO UPDATE SET password_hash = EXCLUDED.password_hash, updated_at = now()`,
    [hash],
  );
  // A new password ends every signed-in session.
  await pool.query('DELETE FROM admin_session');
}

export async function hasAdminPassword(pool: Pool): Promise<boolean> {
  const { rowCount } = await pool.query('SELECT 1 FROM admin_account WHERE id = 1');
  return Boolean(rowCount);
}
