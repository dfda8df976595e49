-- SendEmail's outbox: one message per EventEmailHistory row a SendEmail call wrote (addresses and ID are the history
-- row's). status 0 Queued, 1 Sent, 2 Failed. A sender claims a due message by setting lease_owner/lease_until and
-- counting the attempt; a lease that runs out (its node died) makes the message claimable again.
CREATE TABLE email_outbox (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    history_pk INTEGER NOT NULL UNIQUE REFERENCES event_email_history (pk) ON DELETE CASCADE,
    call_pk INTEGER NULL REFERENCES api_calls (pk),
    template TEXT NOT NULL,
    email_name TEXT NULL,
    to_name TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    status INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    queued_at INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    lease_owner TEXT NULL,
    lease_until INTEGER NULL,
    last_error TEXT NULL,
    sent_at INTEGER NULL
);
CREATE INDEX email_outbox_due ON email_outbox (next_attempt_at) WHERE status = 0;
CREATE INDEX email_outbox_account ON email_outbox (account_pk, pk);
