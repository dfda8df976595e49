-- Issue #19: the console's accounts page (and `breakout account list`, account deletion, the fill metrics) counted an
-- account's invitees, guests, contacts and logged calls with COUNT(*) over their rows: 261 ms at 200,000 invitees, even
-- index-only (docs/benchmarks.md, "Console pages at size"). The counts are kept instead, by the tables' own triggers, so
-- every write path counts without knowing it, and the page reads a few rows per account.
--
-- Several nodes write to one account at once, so the counts are not one row per account that every transaction
-- updates (that row would serialise all of an account's writes until their commits, and a row lock taken in the middle
-- of a transaction can deadlock with the locks the transaction takes after it). Each statement that changes the counted
-- rows appends a row of differences instead, which locks nothing; an account's count is the sum of its rows. Now and
-- then (every 16th row appended) the appending statement folds the account's rows into one, taking only the rows no
-- other transaction is folding (SKIP LOCKED): it never waits, and the sum stays exact in every snapshot, because the
-- rows it deletes and the row it inserts in their place commit together.
CREATE TABLE account_counts (
    pk bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_pk bigint NOT NULL,
    invitees bigint NOT NULL DEFAULT 0,
    guests bigint NOT NULL DEFAULT 0,
    contacts bigint NOT NULL DEFAULT 0,
    api_calls bigint NOT NULL DEFAULT 0
);
CREATE INDEX account_counts_account ON account_counts (account_pk);

-- Appends one row of differences per account; folds the account's rows into one when the new row's key is a multiple
-- of 16.
CREATE FUNCTION breakout_account_counts_add(account bigint, more_invitees bigint, more_guests bigint, more_contacts bigint, more_calls bigint)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    added bigint;
BEGIN
    IF more_invitees = 0 AND more_guests = 0 AND more_contacts = 0 AND more_calls = 0 THEN
        RETURN;
    END IF;
    INSERT INTO account_counts (account_pk, invitees, guests, contacts, api_calls)
    VALUES (account, more_invitees, more_guests, more_contacts, more_calls) RETURNING pk INTO added;
    IF added % 16 = 0 THEN
        WITH folded AS (
            DELETE FROM account_counts WHERE pk IN (SELECT pk FROM account_counts WHERE account_pk = account FOR UPDATE SKIP LOCKED)
            RETURNING invitees, guests, contacts, api_calls)
        INSERT INTO account_counts (account_pk, invitees, guests, contacts, api_calls)
        SELECT account, sum(f.invitees), sum(f.guests), sum(f.contacts), sum(f.api_calls) FROM folded f HAVING count(*) > 0;
    END IF;
END
$$;

-- Statement triggers: one row of differences per account per INSERT or DELETE, however many rows it wrote (an import
-- of 5,000 invitees appends one). The argument is the sign: 1 for the inserted rows, -1 for the deleted ones.
CREATE FUNCTION breakout_registrants_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM breakout_account_counts_add(r.account_pk, r.invitees * TG_ARGV[0]::bigint, r.guests * TG_ARGV[0]::bigint, 0, 0)
    FROM (SELECT account_pk, count(*) FILTER (WHERE kind = 0) AS invitees, count(*) FILTER (WHERE kind = 1) AS guests
          FROM changed GROUP BY account_pk ORDER BY account_pk) r;
    RETURN NULL;
END
$$;
CREATE TRIGGER registrants_count_insert AFTER INSERT ON registrants
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION breakout_registrants_count('1');
CREATE TRIGGER registrants_count_delete AFTER DELETE ON registrants
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION breakout_registrants_count('-1');

CREATE FUNCTION breakout_contacts_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM breakout_account_counts_add(c.account_pk, 0, 0, c.contacts * TG_ARGV[0]::bigint, 0)
    FROM (SELECT account_pk, count(*) FILTER (WHERE deleted_at IS NULL) AS contacts FROM changed GROUP BY account_pk ORDER BY account_pk) c;
    RETURN NULL;
END
$$;
CREATE TRIGGER contacts_count_insert AFTER INSERT ON contacts
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION breakout_contacts_count('1');
CREATE TRIGGER contacts_count_delete AFTER DELETE ON contacts
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION breakout_contacts_count('-1');

CREATE FUNCTION breakout_api_calls_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM breakout_account_counts_add(c.account_pk, 0, 0, 0, c.calls * TG_ARGV[0]::bigint)
    FROM (SELECT account_pk, count(*) AS calls FROM changed GROUP BY account_pk ORDER BY account_pk) c;
    RETURN NULL;
END
$$;
CREATE TRIGGER api_calls_count_insert AFTER INSERT ON api_calls
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION breakout_api_calls_count('1');
CREATE TRIGGER api_calls_count_delete AFTER DELETE ON api_calls
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION breakout_api_calls_count('-1');

-- Updates: a row trigger that fires only when a counted fact changes (a contact deleted or restored, a row moved to
-- another account or kind), so the updates that change nothing counted (nearly all) pay for no transition table.
CREATE FUNCTION breakout_counted_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'registrants' THEN
        PERFORM breakout_account_counts_add(OLD.account_pk, -(OLD.kind = 0)::int, -(OLD.kind = 1)::int, 0, 0);
        PERFORM breakout_account_counts_add(NEW.account_pk, (NEW.kind = 0)::int, (NEW.kind = 1)::int, 0, 0);
    ELSIF TG_TABLE_NAME = 'contacts' THEN
        PERFORM breakout_account_counts_add(OLD.account_pk, 0, 0, -(OLD.deleted_at IS NULL)::int, 0);
        PERFORM breakout_account_counts_add(NEW.account_pk, 0, 0, (NEW.deleted_at IS NULL)::int, 0);
    ELSE
        PERFORM breakout_account_counts_add(OLD.account_pk, 0, 0, 0, -1);
        PERFORM breakout_account_counts_add(NEW.account_pk, 0, 0, 0, 1);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER registrants_count_update AFTER UPDATE OF account_pk, kind ON registrants FOR EACH ROW
    WHEN (OLD.account_pk IS DISTINCT FROM NEW.account_pk OR OLD.kind IS DISTINCT FROM NEW.kind) EXECUTE FUNCTION breakout_counted_update();
CREATE TRIGGER contacts_count_update AFTER UPDATE OF account_pk, deleted_at ON contacts FOR EACH ROW
    WHEN (OLD.account_pk IS DISTINCT FROM NEW.account_pk OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)) EXECUTE FUNCTION breakout_counted_update();
CREATE TRIGGER api_calls_count_update AFTER UPDATE OF account_pk ON api_calls FOR EACH ROW
    WHEN (OLD.account_pk IS DISTINCT FROM NEW.account_pk) EXECUTE FUNCTION breakout_counted_update();

-- Counts every account afresh: the backfill below, and a snapshot's restore (Breakout.Host's PostgresSnapshots), whose
-- inserts the triggers count on top of nothing it can tell apart from writes.
CREATE FUNCTION breakout_account_counts_rebuild() RETURNS void LANGUAGE sql AS $$
    DELETE FROM account_counts;
    INSERT INTO account_counts (account_pk, invitees, guests, contacts, api_calls)
    SELECT a.pk,
        (SELECT count(*) FROM registrants x WHERE x.account_pk = a.pk AND x.kind = 0),
        (SELECT count(*) FROM registrants x WHERE x.account_pk = a.pk AND x.kind = 1),
        (SELECT count(*) FROM contacts x WHERE x.account_pk = a.pk AND x.deleted_at IS NULL),
        (SELECT count(*) FROM api_calls x WHERE x.account_pk = a.pk)
    FROM accounts a;
$$;

-- The triggers above were created first: each took a lock on its table that waits for the writes in flight and holds
-- off new ones until this migration commits, so the counts below miss no row written by a node not yet upgraded.
SELECT breakout_account_counts_rebuild();
