-- #21 item 5: webhook subscriptions and their delivery log. A subscription delivers its account's change feed in
-- order: delivered_position is the last position its receiver acknowledged. state 0 active, 1 dead (too many failures
-- in a row; redelivery makes it active again). lease_owner/lease_until: the node delivering it now (one at a time).
CREATE TABLE webhooks (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL UNIQUE,
    url TEXT NOT NULL,
    secret TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    state INTEGER NOT NULL DEFAULT 0,
    delivered_position INTEGER NOT NULL,
    failures INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT NULL,
    lease_owner TEXT NULL,
    lease_until INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX webhooks_account ON webhooks (account_pk);

-- One row per delivery attempt: the change's position, the HTTP status (NULL when no answer came) and the error.
CREATE TABLE webhook_deliveries (
    pk INTEGER PRIMARY KEY,
    webhook_pk INTEGER NOT NULL REFERENCES webhooks (pk),
    position INTEGER NOT NULL,
    attempt INTEGER NOT NULL,
    at INTEGER NOT NULL,
    status_code INTEGER NULL,
    error TEXT NULL,
    delivered INTEGER NOT NULL
);
CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries (webhook_pk, pk);
