import type { Migration } from './migration';

/**
 * Schema version 4: the point's identity and the outbox for the province roll-up.
 *
 * - `point_identity`: a stable id made once at install (or at this upgrade), and the Ed25519
 *   key pair (made on first need by core/sync/identity.ts; SQL cannot make one).
 * - `sync_state`: the enrolment (server address, token, point code) and the uploader's progress.
 * - `rev` on sessions, tickets and feedback: bumped by the triggers on every synced change.
 * - `outbox`: written by triggers in the same transaction as the change itself, so a change and
 *   its outbox row commit or roll back together. Payloads carry categories, times and counters
 *   only: never visitor_name, visitor_phone, note or consent_at, and changes to those columns
 *   alone (the retention job, a visitor's erasure request) write no outbox row at all.
 * - Deletes (the retention job) write tombstones.
 *
 * Released SQL: never edit; add a migration. Counter columns are spelled out (not generated
 * from COUNTERS) so this text stays what it was when released.
 */

const SESSION_COLUMNS = [
  'business_day', 'started_at', 'finished_at', 'wait_seconds', 'service_seconds', 'services', 'outcome', 'reason_code', 'referral_to',
  'target_group', 'age_band', 'sex', 'priority_flags', 'dispatch_reason', 'vneid_activated', 'documents_added', 'public_service_submitted',
  'health_book_activated', 'signature_registered', 'learning_enrolled', 'scam_reported',
].join(', ');

const TICKET_COLUMNS = [
  'business_day', 'issued_at', 'category', 'source', 'status', 'priority_reason', 'walkthrough_id', 'step_reached', 'age_band', 'called_at',
  'call_count', 'closed_reason', 'dispatch_reason',
].join(', ');

const FEEDBACK_COLUMNS = 'business_day, at, rating, walkthrough_id, session_id';

const jsonList = (col: string) => `CASE WHEN json_valid(${col}) AND json_type(${col}) = 'array' THEN json(${col}) ELSE json('[]') END`;

const sessionPayload = (r: string) => `json_object(
  'startedAt', ${r}.started_at, 'finishedAt', ${r}.finished_at, 'waitSeconds', ${r}.wait_seconds, 'serviceSeconds', ${r}.service_seconds,
  'services', ${jsonList(`${r}.services`)}, 'outcome', ${r}.outcome, 'reason', ${r}.reason_code, 'referral', ${r}.referral_to,
  'targetGroup', ${r}.target_group, 'ageBand', ${r}.age_band, 'sex', ${r}.sex, 'priority', ${jsonList(`${r}.priority_flags`)},
  'counters', json_object('vneidActivated', ${r}.vneid_activated, 'documentsAdded', ${r}.documents_added,
    'publicServiceSubmitted', ${r}.public_service_submitted, 'healthBookActivated', ${r}.health_book_activated,
    'signatureRegistered', ${r}.signature_registered, 'learningEnrolled', ${r}.learning_enrolled, 'scamReported', ${r}.scam_reported),
  'dispatchReason', ${r}.dispatch_reason)`;

const ticketPayload = (r: string) => `json_object(
  'issuedAt', ${r}.issued_at, 'category', ${r}.category, 'source', ${r}.source, 'status', ${r}.status, 'priorityReason', ${r}.priority_reason,
  'walkthroughId', ${r}.walkthrough_id, 'stepReached', ${r}.step_reached, 'ageBand', ${r}.age_band, 'calledAt', ${r}.called_at,
  'callCount', ${r}.call_count, 'closedReason', ${r}.closed_reason, 'dispatchReason', ${r}.dispatch_reason)`;

const feedbackPayload = (r: string) => `json_object('at', ${r}.at, 'rating', ${r}.rating, 'walkthroughId', ${r}.walkthrough_id, 'sessionLocalId', ${r}.session_id)`;

function triggers(table: string, entity: string, columns: string, payload: (r: string) => string): string {
  return `
      CREATE TRIGGER ${table}_outbox_insert AFTER INSERT ON ${table} BEGIN
        INSERT INTO outbox (entity, local_id, rev, day, op, payload) VALUES ('${entity}', NEW.id, NEW.rev, NEW.business_day, 'upsert', ${payload('NEW')});
      END;
      CREATE TRIGGER ${table}_outbox_update AFTER UPDATE OF ${columns} ON ${table} WHEN NEW.rev = OLD.rev BEGIN
        UPDATE ${table} SET rev = OLD.rev + 1 WHERE id = NEW.id;
        INSERT INTO outbox (entity, local_id, rev, day, op, payload) VALUES ('${entity}', NEW.id, OLD.rev + 1, NEW.business_day, 'upsert', ${payload('NEW')});
      END;
      CREATE TRIGGER ${table}_outbox_delete AFTER DELETE ON ${table} BEGIN
        INSERT INTO outbox (entity, local_id, rev, day, op, payload) VALUES ('${entity}', OLD.id, OLD.rev + 1, OLD.business_day, 'delete', NULL);
      END;`;
}

/** A random version-4 UUID, made by SQLite itself so the migration needs no code. */
const UUID_V4 = `lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-'
  || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`;

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

export const migration: Migration = {
  version: 4,
  name: 'province sync: point identity, revisions, outbox',
  sql: `
      CREATE TABLE point_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        point_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        -- Ed25519, PEM (SPKI / PKCS#8); made on first need. The private key never leaves this file.
        public_key TEXT,
        private_key TEXT,
        keys_created_at TEXT
      );
      INSERT INTO point_identity (id, point_id, created_at) VALUES (1, ${UUID_V4}, ${NOW});

      CREATE TABLE sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        server_url TEXT,
        token TEXT,
        point_code TEXT,
        province_code TEXT,
        commune_code TEXT,
        label TEXT,
        enrolled_at TEXT,
        -- Everything up to here is safe at the province.
        acked_seq INTEGER NOT NULL DEFAULT 0,
        last_success_at TEXT,
        last_attempt_at TEXT,
        last_error_key TEXT,
        last_error_at TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        last_bundle_at TEXT,
        last_bundle_seq INTEGER
      );
      INSERT INTO sync_state (id) VALUES (1);

      ALTER TABLE sessions ADD COLUMN rev INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE tickets ADD COLUMN rev INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE feedback ADD COLUMN rev INTEGER NOT NULL DEFAULT 1;

      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        entity TEXT NOT NULL CHECK (entity IN ('session', 'ticket', 'feedback')),
        local_id INTEGER NOT NULL,
        rev INTEGER NOT NULL,
        day TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
        payload TEXT,
        created_at TEXT NOT NULL DEFAULT (${NOW})
      );
      -- "Is there a later row for the same record?": lets a batch skip superseded rows.
      CREATE INDEX outbox_entity ON outbox (entity, local_id, seq);

      -- What this install already holds goes up once, in the order it happened.
      INSERT INTO outbox (entity, local_id, rev, day, op, payload)
        SELECT 'ticket', id, rev, business_day, 'upsert', ${ticketPayload('t')} FROM tickets t ORDER BY id;
      INSERT INTO outbox (entity, local_id, rev, day, op, payload)
        SELECT 'session', id, rev, business_day, 'upsert', ${sessionPayload('s')} FROM sessions s ORDER BY id;
      INSERT INTO outbox (entity, local_id, rev, day, op, payload)
        SELECT 'feedback', id, rev, business_day, 'upsert', ${feedbackPayload('f')} FROM feedback f ORDER BY id;
      ${triggers('sessions', 'session', SESSION_COLUMNS, sessionPayload)}
      ${triggers('tickets', 'ticket', TICKET_COLUMNS, ticketPayload)}
      ${triggers('feedback', 'feedback', FEEDBACK_COLUMNS, feedbackPayload)}
    `,
} as const;

/** The payload expressions, for a full resend (core/sync/outbox.ts `requeueAll`). */
export const PAYLOAD_SQL = { session: sessionPayload, ticket: ticketPayload, feedback: feedbackPayload } as const;
