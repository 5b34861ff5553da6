import m0001 from './0001-initial';

export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

/** In order; one file each; never edit a released one. */
export const PG_MIGRATIONS: readonly PgMigration[] = [m0001];
