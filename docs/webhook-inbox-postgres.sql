-- The table behind AviationApis.AspNetCore's PostgreSQL webhook inbox (PostgresWebhookInbox.SchemaScript).
-- The store runs it on start unless PostgresWebhookInboxOptions.CreateSchema is false; it is idempotent.
-- Apply it with: psql "$CONNECTION" -f docs/webhook-inbox-postgres.sql
-- state: 0 pending (waiting, claimed or scheduled for a retry), 1 done (body dropped, key kept for the
-- de-duplication window), 2 dead (waiting for a replay).

CREATE TABLE IF NOT EXISTS aviation_webhook_inbox (
    delivery_key text NOT NULL PRIMARY KEY,
    endpoint text NOT NULL,
    connection text NULL,
    body bytea NOT NULL,
    received_at timestamptz NOT NULL,
    state smallint NOT NULL DEFAULT 0,
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    claimed_by text NULL,
    claim_expires_at timestamptz NULL,
    completed_at timestamptz NULL,
    last_error text NULL
);
CREATE INDEX IF NOT EXISTS ix_aviation_webhook_inbox_due ON aviation_webhook_inbox (state, next_attempt_at);
