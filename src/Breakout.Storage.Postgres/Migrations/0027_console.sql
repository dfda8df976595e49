-- The operator console: indexes for its pages at size (docs/benchmarks.md, "Console pages at size").
-- A session's history in order: the console's "as at" view replays one session's ledger.
CREATE INDEX registration_history_session ON registration_history (session_pk, pk);

-- The operator console's user who made a change (a capacity change that promotes from the waitlist), written in the
-- same transaction as the change, so the history names the person, not only the console's API user "(console)".
ALTER TABLE api_calls ADD COLUMN console_user TEXT NULL;
