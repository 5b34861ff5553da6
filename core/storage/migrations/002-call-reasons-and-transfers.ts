import type { Migration } from './migration';

export const migration: Migration = {
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
};
