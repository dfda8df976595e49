-- Issue #19: the console's accounts page (and `breakout account list`, account deletion, the fill metrics) counted an
-- account's invitees, guests, contacts and logged calls with COUNT(*) over their rows: 261 ms at 200,000 invitees
-- (docs/benchmarks.md, "Console pages at size"). The counts are kept instead, by the tables' own triggers, so every
-- write path counts without knowing it, and the page reads a few rows per account.
--
-- Several nodes write to one account at once, so the counts are not one row per account that every transaction
-- updates: that row would serialise all of an account's writes until their commits, and a row lock taken in the middle
-- of a transaction can deadlock with the locks the transaction takes after it. Each statement that changes the counted
-- rows appends a row of differences instead, which waits for nothing; an account's count is the sum of its rows, exact
-- in every snapshot. Every node folds the rows into one per account every second (breakout_account_counts_fold, run
-- by the host's AccountCountsFolder), so a read sums about one row per account plus the last second's writes.

CREATE TABLE account_counts (
    pk bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_pk bigint NOT NULL,
    invitees bigint NOT NULL DEFAULT 0,
    guests bigint NOT NULL DEFAULT 0,
    contacts bigint NOT NULL DEFAULT 0,
    api_calls bigint NOT NULL DEFAULT 0
);

-- Statement triggers: one row of differences per account per INSERT or DELETE, however many rows it wrote (an import
-- of 5,000 invitees appends one; so does a group commit's insert of its calls). The argument is the sign: 1 for the
-- inserted rows, -1 for the deleted ones.
CREATE FUNCTION breakout_registrants_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO account_counts (account_pk, invitees, guests)
    SELECT account_pk, count(*) FILTER (WHERE kind = 0) * TG_ARGV[0]::bigint, count(*) FILTER (WHERE kind = 1) * TG_ARGV[0]::bigint
    FROM changed GROUP BY account_pk HAVING count(*) FILTER (WHERE kind IN (0, 1)) > 0;
    RETURN NULL;
END
$$;
CREATE TRIGGER registrants_count_insert AFTER INSERT ON registrants
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION breakout_registrants_count('1');
CREATE TRIGGER registrants_count_delete AFTER DELETE ON registrants
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION breakout_registrants_count('-1');

CREATE FUNCTION breakout_contacts_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO account_counts (account_pk, contacts)
    SELECT account_pk, count(*) * TG_ARGV[0]::bigint FROM changed WHERE deleted_at IS NULL GROUP BY account_pk;
    RETURN NULL;
END
$$;
CREATE TRIGGER contacts_count_insert AFTER INSERT ON contacts
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION breakout_contacts_count('1');
CREATE TRIGGER contacts_count_delete AFTER DELETE ON contacts
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION breakout_contacts_count('-1');

CREATE FUNCTION breakout_api_calls_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO account_counts (account_pk, api_calls)
    SELECT account_pk, count(*) * TG_ARGV[0]::bigint FROM changed GROUP BY account_pk;
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
        INSERT INTO account_counts (account_pk, invitees, guests)
        VALUES (OLD.account_pk, -(OLD.kind = 0)::int, -(OLD.kind = 1)::int), (NEW.account_pk, (NEW.kind = 0)::int, (NEW.kind = 1)::int);
    ELSIF TG_TABLE_NAME = 'contacts' THEN
        INSERT INTO account_counts (account_pk, contacts)
        VALUES (OLD.account_pk, -(OLD.deleted_at IS NULL)::int), (NEW.account_pk, (NEW.deleted_at IS NULL)::int);
    ELSE
        INSERT INTO account_counts (account_pk, api_calls) VALUES (OLD.account_pk, -1), (NEW.account_pk, 1);
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

-- Folds the rows of each account that has more than one into one, and answers how many rows it folded. It takes only
-- committed rows no other fold holds (SKIP LOCKED: nodes folding at once never wait for each other, and the writes
-- only insert, so they never wait for a fold); the rows it deletes and the one it inserts in their place commit
-- together, so every snapshot's sum stays exact.
CREATE FUNCTION breakout_account_counts_fold() RETURNS bigint LANGUAGE sql AS $$
    WITH folded AS (
        DELETE FROM account_counts WHERE pk IN (
            SELECT pk FROM account_counts WHERE account_pk IN (SELECT account_pk FROM account_counts GROUP BY account_pk HAVING count(*) > 1)
            FOR UPDATE SKIP LOCKED)
        RETURNING account_pk, invitees, guests, contacts, api_calls),
    kept AS (
        INSERT INTO account_counts (account_pk, invitees, guests, contacts, api_calls)
        SELECT account_pk, sum(invitees), sum(guests), sum(contacts), sum(api_calls) FROM folded GROUP BY account_pk
        RETURNING 1)
    SELECT count(*) FROM folded;
$$;

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
