-- The audit log (api_calls and registration_history, appended to by every call that changes a registration) keeps
-- its references without foreign keys. Each foreign key checked every new row with a query of its own that locked
-- the referenced row FOR KEY SHARE: one account row and one API user row shared by every concurrent call, so each
-- of those locks became a multixact. Without the five checks a single-invitee SessionRegAction ran at 15,700 calls/s
-- instead of 9,500 on the benchmark machine, with 40 µs of PostgreSQL CPU per call instead of 66 (docs/benchmarks.md).
--
-- What the foreign keys guaranteed still holds:
-- * New rows: Breakout writes only keys it has read in the same transaction, under the lock of the session and the
--   registrants (which it also updates), and the call row in the same statement as its history.
-- * Deletes: Breakout never deletes accounts, API users, sessions, registrants or API calls. A DELETE by hand of a row
--   that the log names is refused, as the foreign key refused it (SQLSTATE 23503), by the triggers below.
-- * `breakout verify` reports any log row that names a missing row.
ALTER TABLE api_calls
    DROP CONSTRAINT api_calls_account_pk_fkey,
    DROP CONSTRAINT api_calls_api_user_pk_fkey;
ALTER TABLE registration_history
    DROP CONSTRAINT registration_history_call_pk_fkey,
    DROP CONSTRAINT registration_history_session_pk_fkey,
    DROP CONSTRAINT registration_history_registrant_pk_fkey;

-- BEFORE DELETE on a referenced table: refuses to delete a row while TG_ARGV[0].TG_ARGV[1] names it. The check runs
-- with a fresh snapshot, after the DELETE has waited for the writers holding the row: a call holds its session and
-- registrants locked until its history is committed. Accounts and API users are not locked by calls (that was the
-- cost), but an account cannot be deleted while it has API users, which the foreign keys that stay still refuse;
-- only an API user deleted by hand while its own call is in flight could slip through, and `breakout verify` would
-- name the call. No index serves these lookups but the registrants' (registration_history_registrant): a delete by
-- hand scans the log, which is no cost to the calls.
CREATE FUNCTION breakout_refuse_referenced_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    referenced boolean;
BEGIN
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE %I = $1)', TG_ARGV[0], TG_ARGV[1]) INTO referenced USING OLD.pk;
    IF referenced THEN
        RAISE EXCEPTION 'update or delete on table "%" violates the reference from table "%"', TG_TABLE_NAME, TG_ARGV[0]
            USING ERRCODE = 'foreign_key_violation',
                  DETAIL = format('Key (pk)=(%s) is still referenced from table "%s" (%s).', OLD.pk, TG_ARGV[0], TG_ARGV[1]);
    END IF;
    RETURN OLD;
END
$$;

CREATE TRIGGER accounts_named_by_api_calls BEFORE DELETE ON accounts
    FOR EACH ROW EXECUTE FUNCTION breakout_refuse_referenced_delete('api_calls', 'account_pk');
CREATE TRIGGER api_users_named_by_api_calls BEFORE DELETE ON api_users
    FOR EACH ROW EXECUTE FUNCTION breakout_refuse_referenced_delete('api_calls', 'api_user_pk');
CREATE TRIGGER api_calls_named_by_history BEFORE DELETE ON api_calls
    FOR EACH ROW EXECUTE FUNCTION breakout_refuse_referenced_delete('registration_history', 'call_pk');
CREATE TRIGGER sessions_named_by_history BEFORE DELETE ON sessions
    FOR EACH ROW EXECUTE FUNCTION breakout_refuse_referenced_delete('registration_history', 'session_pk');
CREATE TRIGGER registrants_named_by_history BEFORE DELETE ON registrants
    FOR EACH ROW EXECUTE FUNCTION breakout_refuse_referenced_delete('registration_history', 'registrant_pk');
