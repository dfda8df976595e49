-- #21: a session.updated or event.updated change names the fields the call changed. UpdateSession (and the console,
-- through it) and UpdateEventParameters compare the stored values before and after their UPDATE, in its transaction,
-- and write the names of those that differ (Cvent's names, comma-separated; '' when none did) beside the ledger row.
-- NULL: not recorded (rows written before this migration, and breakout import, which sets a row as it is).
ALTER TABLE object_changes ADD COLUMN changed_fields TEXT;
ALTER TABLE event_history ADD COLUMN changed_fields TEXT;
