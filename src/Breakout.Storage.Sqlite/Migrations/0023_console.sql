-- The operator console: indexes for its pages at size (docs/benchmarks.md, "Console pages at size").
-- A session's history in order: the console's "as at" view replays one session's ledger.
CREATE INDEX registration_history_session ON registration_history (session_pk, pk);
-- An event's sessions (the account page counts them per event; without it every session of every account is read).
CREATE INDEX sessions_event ON sessions (event_pk);
-- An account's calls (the accounts page counts them; export --at and account deletion select them).
CREATE INDEX api_calls_account ON api_calls (account_pk);
-- An account's invitees and guests, counted by the accounts page from the index alone.
CREATE INDEX registrants_account_kind ON registrants (account_pk, kind);

-- The operator console's user who made a change (a capacity change that promotes from the waitlist), written in the
-- same transaction as the change, so the history names the person, not only the console's API user "(console)".
ALTER TABLE api_calls ADD COLUMN console_user TEXT NULL;
