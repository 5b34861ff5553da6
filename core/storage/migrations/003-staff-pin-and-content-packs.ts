import type { Migration } from './migration';

export const migration: Migration = {
  version: 3,
  name: 'ward staff: PIN, lockout, content packs',
  sql: `
      -- One PIN per installation: salted scrypt hash with its cost parameters, never the PIN.
      CREATE TABLE staff_pin (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        salt TEXT NOT NULL,
        hash TEXT NOT NULL,
        params TEXT NOT NULL,
        set_at TEXT NOT NULL
      );

      -- Wrong tries and the lockout survive a restart, so pulling the plug does not reset them.
      CREATE TABLE staff_lockout (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        failed_count INTEGER NOT NULL DEFAULT 0,
        lockouts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT
      );

      -- Walkthrough packs installed by staff, each in its own folder under the data folder.
      CREATE TABLE content_packs (
        id INTEGER PRIMARY KEY,
        folder TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        installed_at TEXT NOT NULL,
        walkthrough_count INTEGER NOT NULL,
        file_count INTEGER NOT NULL,
        active INTEGER NOT NULL DEFAULT 0,
        rolled_back_at TEXT
      );

      CREATE INDEX audit_log_at ON audit_log (at);
      CREATE INDEX sessions_ticket ON sessions (ticket_id);
      CREATE INDEX tickets_day_number ON tickets (business_day, display_number);
    `,
};
