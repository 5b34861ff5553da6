/** Points, their tokens and cursors; the admin; facts partitioned by month; the ingest log. */
export default {
  version: 1,
  name: 'points, admin, facts partitioned by month',
  sql: `
    CREATE TABLE admin_account (
      id int PRIMARY KEY CHECK (id = 1),
      password_hash text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    -- Signed-in dashboard sessions: only a SHA-256 of the cookie is kept.
    CREATE TABLE admin_session (
      id text PRIMARY KEY,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );

    -- One row per point ever enrolled. Never deleted: a retired point keeps its code, and a code is never reused.
    CREATE TABLE point (
      id serial PRIMARY KEY,
      point_code text NOT NULL UNIQUE,
      province_code text NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
      commune_code text NOT NULL CHECK (commune_code ~ '^[0-9]{5}$'),
      point_number int NOT NULL CHECK (point_number BETWEEN 1 AND 99),
      label text NOT NULL DEFAULT '',
      point_uuid uuid UNIQUE,
      public_key text,
      token_id text UNIQUE,
      token_hash text,
      enrolment_lookup text UNIQUE,
      enrolment_hash text,
      enrolment_expires_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      enrolled_at timestamptz,
      retired_at timestamptz,
      -- The per-point cursor: every outbox row up to here has been applied.
      last_seq bigint NOT NULL DEFAULT 0,
      last_sync_at timestamptz,
      last_sync_via text,
      pending_rows int,
      app_version text,
      UNIQUE (commune_code, point_number)
    );

    -- Facts carry point_id without a foreign key: only the ingest writes them, with the id of the
    -- point whose row it holds locked in the same transaction, and a per-row key check would cost
    -- a fifth of the ingest. Points are never deleted.
    CREATE TABLE session_fact (
      point_id int NOT NULL,
      local_id bigint NOT NULL,
      day date NOT NULL,
      rev int NOT NULL,
      deleted boolean NOT NULL DEFAULT false,
      started_at timestamptz,
      finished_at timestamptz,
      wait_seconds int,
      service_seconds int,
      services jsonb NOT NULL DEFAULT '[]',
      outcome text,
      reason text,
      referral text,
      target_group text,
      age_band text,
      sex text,
      priority jsonb NOT NULL DEFAULT '[]',
      counters jsonb NOT NULL DEFAULT '{}',
      dispatch_reason text,
      received_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (point_id, local_id, day)
    ) PARTITION BY RANGE (day);

    CREATE TABLE ticket_fact (
      point_id int NOT NULL,
      local_id bigint NOT NULL,
      day date NOT NULL,
      rev int NOT NULL,
      deleted boolean NOT NULL DEFAULT false,
      issued_at timestamptz,
      category text,
      source text,
      status text,
      priority_reason text,
      walkthrough_id text,
      step_reached int,
      age_band text,
      called_at timestamptz,
      call_count int,
      closed_reason text,
      dispatch_reason text,
      received_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (point_id, local_id, day)
    ) PARTITION BY RANGE (day);

    CREATE TABLE feedback_fact (
      point_id int NOT NULL,
      local_id bigint NOT NULL,
      day date NOT NULL,
      rev int NOT NULL,
      deleted boolean NOT NULL DEFAULT false,
      at timestamptz,
      rating text,
      walkthrough_id text,
      session_local_id bigint,
      received_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (point_id, local_id, day)
    ) PARTITION BY RANGE (day);

    CREATE TABLE ingest_log (
      id bigserial PRIMARY KEY,
      point_id int NOT NULL REFERENCES point(id),
      via text NOT NULL CHECK (via IN ('online', 'bundle')),
      rows int NOT NULL,
      applied int NOT NULL,
      skipped int NOT NULL,
      from_seq bigint NOT NULL,
      through_seq bigint NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX ingest_log_point ON ingest_log (point_id, received_at);
  `,
};
