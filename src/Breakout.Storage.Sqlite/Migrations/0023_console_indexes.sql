-- Indexes for the operator console's pages at size (docs/benchmarks.md, "Console pages at size").
-- A session's history in order: the console's "as at" view replays one session's ledger.
CREATE INDEX registration_history_session ON registration_history (session_pk, pk);
