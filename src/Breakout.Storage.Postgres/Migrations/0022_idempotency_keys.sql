-- Safe retries (docs/idempotency.md): the response of a call sent with an Idempotency-Key, per account and key, written
-- in the same transaction as the call's effects. A row is claimed (status, content_type and body NULL) and completed
-- within one transaction, so a committed row always has its response; a second node's claim of the same key waits on
-- the primary key until the first commits. No foreign key, as call_counts: an account's deletion deletes its rows first.
CREATE TABLE idempotency_keys (
    account_pk bigint NOT NULL,
    idem_key text NOT NULL,
    request_hash bytea NOT NULL,
    expires_at bigint NOT NULL,
    status integer NULL,
    content_type text NULL,
    body bytea NULL,
    PRIMARY KEY (account_pk, idem_key)
);
CREATE INDEX idempotency_keys_expires ON idempotency_keys (expires_at);
