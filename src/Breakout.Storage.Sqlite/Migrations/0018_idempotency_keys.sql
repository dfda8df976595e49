-- Safe retries (docs/idempotency.md): the response of a call sent with an Idempotency-Key, per account and key, written
-- in the same transaction as the call's effects. A row is claimed (status, content_type and body NULL) and completed
-- within one transaction, so a committed row always has its response. No foreign key, as call_counts: an account's
-- deletion deletes its rows first.
CREATE TABLE idempotency_keys (
    account_pk INTEGER NOT NULL,
    idem_key TEXT NOT NULL,
    request_hash BLOB NOT NULL,
    expires_at INTEGER NOT NULL,
    status INTEGER NULL,
    content_type TEXT NULL,
    body BLOB NULL,
    PRIMARY KEY (account_pk, idem_key)
) WITHOUT ROWID;
CREATE INDEX idempotency_keys_expires ON idempotency_keys (expires_at);
