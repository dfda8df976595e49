-- Seats (session_registrations) keep their references to sessions and registrants without foreign keys, for the
-- same reason as the audit log (0008): each new seat ran two checking queries that locked its session and its
-- registrant FOR KEY SHARE, although the transaction inserting it already holds both rows locked FOR UPDATE. In paired
-- runs on the benchmark machine (fsync on) single-invitee SessionRegAction calls went from 14,224 and 14,096 to 16,789
-- and 18,437 per second without them (docs/benchmarks.md).
--
-- What the foreign keys guaranteed still holds:
-- * New seats: Breakout inserts a seat only for the session and registrants it has locked in the same transaction.
-- * Deletes: a DELETE by hand of a session or registrant that holds a seat is refused (SQLSTATE 23503) by the
--   triggers below; the DELETE first waits for any transaction holding the row, and every seat is inserted by one.
-- * `breakout verify` reports any seat that names a missing session or registrant.
-- The waitlist keeps its foreign keys (its rows are rare and not on the hot path).
ALTER TABLE session_registrations
    DROP CONSTRAINT session_registrations_session_pk_fkey,
    DROP CONSTRAINT session_registrations_registrant_pk_fkey;

CREATE TRIGGER sessions_named_by_seats BEFORE DELETE ON sessions
    FOR EACH ROW EXECUTE FUNCTION breakout_refuse_referenced_delete('session_registrations', 'session_pk');
CREATE TRIGGER registrants_named_by_seats BEFORE DELETE ON registrants
    FOR EACH ROW EXECUTE FUNCTION breakout_refuse_referenced_delete('session_registrations', 'registrant_pk');
