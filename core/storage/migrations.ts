/**
 * Versioned schema changes, applied in order at start inside one transaction each.
 * Never edit a released migration; add a new one.
 */
import { MIGRATION_4 } from '../sync/migration-4';
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE volunteers (
        id INTEGER PRIMARY KEY,
        display_name TEXT NOT NULL,
        team TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
      );

      CREATE TABLE desks (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL UNIQUE,
        volunteer_id INTEGER REFERENCES volunteers(id),
        signed_in_at TEXT
      );

      -- One row per local day: the ticket counter lives here so numbering restarts each day
      -- and issuing a number is a single atomic UPDATE.
      CREATE TABLE business_days (
        day TEXT PRIMARY KEY,
        last_number INTEGER NOT NULL DEFAULT 0,
        opened_at TEXT NOT NULL,
        closed_at TEXT
      );

      CREATE TABLE tickets (
        id INTEGER PRIMARY KEY,
        business_day TEXT NOT NULL REFERENCES business_days(day),
        number INTEGER NOT NULL,
        display_number TEXT NOT NULL,
        category TEXT NOT NULL,
        priority_reason TEXT,
        source TEXT NOT NULL CHECK (source IN ('kiosk', 'desk')),
        status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'serving', 'done', 'no-show', 'cancelled', 'closed')),
        walkthrough_id TEXT,
        step_reached INTEGER,
        age_band TEXT,
        issued_at TEXT NOT NULL,
        called_at TEXT,
        call_count INTEGER NOT NULL DEFAULT 0,
        desk_id INTEGER REFERENCES desks(id),
        closed_reason TEXT,
        -- Personal fields: only with consent, erased by the retention job.
        visitor_name TEXT,
        visitor_phone TEXT,
        consent_at TEXT,
        UNIQUE (business_day, number)
      );
      CREATE INDEX tickets_day_status ON tickets (business_day, status);

      CREATE TABLE ticket_events (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets(id),
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        desk_id INTEGER REFERENCES desks(id),
        detail TEXT
      );
      CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id);

      -- One row per assisted session: categories only. Times are recorded, never typed;
      -- counters are integer columns so totals are plain SQL sums.
      CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        ticket_id INTEGER REFERENCES tickets(id),
        business_day TEXT NOT NULL,
        desk_id INTEGER REFERENCES desks(id),
        volunteer_id INTEGER REFERENCES volunteers(id),
        started_at TEXT NOT NULL,
        finished_at TEXT,
        wait_seconds INTEGER,
        service_seconds INTEGER,
        services TEXT NOT NULL DEFAULT '[]',
        outcome TEXT CHECK (outcome IN ('done-self', 'done-assisted', 'partial', 'not-done', 'referred')),
        reason_code TEXT,
        referral_to TEXT,
        target_group TEXT,
        age_band TEXT,
        sex TEXT,
        priority_flags TEXT NOT NULL DEFAULT '[]',
        note TEXT,
        vneid_activated INTEGER NOT NULL DEFAULT 0,
        documents_added INTEGER NOT NULL DEFAULT 0,
        public_service_submitted INTEGER NOT NULL DEFAULT 0,
        health_book_activated INTEGER NOT NULL DEFAULT 0,
        signature_registered INTEGER NOT NULL DEFAULT 0,
        learning_enrolled INTEGER NOT NULL DEFAULT 0,
        scam_reported INTEGER NOT NULL DEFAULT 0,
        -- Personal fields: only with consent, erased by the retention job.
        visitor_name TEXT,
        visitor_phone TEXT,
        consent_at TEXT
      );
      CREATE INDEX sessions_day ON sessions (business_day);

      -- Visitor feedback: one tap, no identity.
      CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        business_day TEXT NOT NULL,
        at TEXT NOT NULL,
        rating TEXT NOT NULL CHECK (rating IN ('not-helpful', 'okay', 'helpful')),
        walkthrough_id TEXT,
        session_id INTEGER REFERENCES sessions(id)
      );
      CREATE INDEX feedback_day ON feedback (business_day);

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT
      );
    `,
  },
  {
    version: 2,
    name: 'queue: call reasons and transfers',
    sql: `
      -- Why each ticket was called (the fairness rule's reason), kept for the ward's audit of fairness.
      ALTER TABLE tickets ADD COLUMN dispatch_reason TEXT;
      -- A ticket transferred to one desk waits for that desk only.
      ALTER TABLE tickets ADD COLUMN assigned_desk_id INTEGER REFERENCES desks(id);
      ALTER TABLE sessions ADD COLUMN dispatch_reason TEXT;
      -- Calls of a day are read in order for the "N priority calls in a row" rule.
      CREATE INDEX ticket_events_kind ON ticket_events (kind, ticket_id);
    `,
  },
  {
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
  },
  // Province sync (issue 14): point identity, rev columns, the outbox and its triggers.
  MIGRATION_4,
];
