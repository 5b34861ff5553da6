import pg from 'pg';
import { PG_MIGRATIONS, type PgMigration } from './migrations/index';

export type Pool = pg.Pool;

export function createPool(connectionString: string, max = 8): Pool {
  const pool = new pg.Pool({ connectionString, max, application_name: 'dhp-province' });
  // An idle client that loses its server must not take the process down.
  pool.on('error', (err) => console.error('province: idle database client failed:', err.message));
  return pool;
}

const MIGRATION_LOCK = 0x64687031; // "dhp1"

/** Applies what is missing, each in its own transaction, under an advisory lock so two servers never race. */
export async function migrate(pool: Pool, migrations: readonly PgMigration[] = PG_MIGRATIONS): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    const newest = Math.max(0, ...migrations.map((m) => m.version));
    if ([...done].some((v) => v > newest)) throw new Error(`The database was migrated by a newer province server (schema ${Math.max(...done)}, this build knows ${newest}).`);
    let applied = 0;
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        await client.query('COMMIT');
        applied += 1;
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

export const FACT_TABLES = ['session_fact', 'ticket_fact', 'feedback_fact'] as const;

const PARTITION_LOCK = 0x64687032;

/** "2026-11" → partitions session_fact_2026_11 etc. for [2026-11-01, 2026-12-01). */
export class Partitions {
  private readonly known = new Set<string>();
  /** Months being created now: concurrent batches wait for the one creation instead of queueing their own. */
  private readonly inFlight = new Map<string, Promise<void>>();

  async ensure(pool: Pool, months: Iterable<string>): Promise<void> {
    const missing = [...new Set(months)].filter((m) => !this.known.has(m));
    await Promise.all(missing.map((m) => this.ensureOne(pool, m)));
  }

  /** This month and the next few, made at start so the first batches of a month never wait on DDL. */
  async prepare(pool: Pool, now = new Date(), ahead = 2): Promise<void> {
    const months: string[] = [];
    for (let i = -1; i <= ahead; i++) {
      const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + i, 1));
      months.push(d.toISOString().slice(0, 7));
    }
    await this.ensure(pool, months);
  }

  private ensureOne(pool: Pool, month: string): Promise<void> {
    let p = this.inFlight.get(month);
    if (!p) {
      p = this.create(pool, month).finally(() => this.inFlight.delete(month));
      this.inFlight.set(month, p);
    }
    return p;
  }

  private async create(pool: Pool, month: string): Promise<void> {
    if (!/^\d{4}-\d{2}$/.test(month)) throw new Error(`bad month ${month}`);
    const [y, m] = month.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      // Two servers on one database never race on the same DDL.
      await client.query('SELECT pg_advisory_xact_lock($1)', [PARTITION_LOCK]);
      for (const table of FACT_TABLES) {
        await client.query(`CREATE TABLE IF NOT EXISTS ${table}_${y}_${String(m).padStart(2, '0')} PARTITION OF ${table} FOR VALUES FROM ('${month}-01') TO ('${next}-01')`);
      }
      await client.query('COMMIT');
      this.known.add(month);
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
}
