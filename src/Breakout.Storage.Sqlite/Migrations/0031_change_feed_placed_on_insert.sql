-- Issue #20 (performance): the change feed cost about 13 µs of CPU per single-invitee SessionRegAction, all of it on
-- SQLite's one writer (docs/benchmarks.md, "What test mode costs"). Two parts of it are dropped, and nothing a reader
-- sees changes:
-- * the ledger's triggers give a row its position as they insert it (the account's highest plus one, as the
--   change_feed_place trigger did with an UPDATE of the row just inserted: one trigger program fewer per change);
--   change_feed_place stays for the rows inserted without one (the contact writes);
-- * change_feed.pk is a plain INTEGER PRIMARY KEY instead of AUTOINCREMENT, which read and wrote sqlite_sequence on
--   every insert: nothing reads the feed by pk (pages are by position), so a pk reused after an account's feed was
--   deleted is harmless.
-- The ledgers of migration 0029 (object_changes, event_history) get their positions the same way.
-- The table is rebuilt with its rows, positions and pks; the triggers that name it are dropped first so that the rename
-- finds none of them pointing at a table that no longer exists.
DROP TRIGGER change_feed_place;
DROP TRIGGER registration_history_feed;
DROP TRIGGER registrant_history_feed;
DROP TRIGGER field_changes_feed;
DROP TRIGGER object_changes_feed;
DROP TRIGGER event_history_feed;

CREATE TABLE change_feed_rebuilt (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    position INTEGER NULL,
    call_pk INTEGER NOT NULL REFERENCES api_calls (pk),
    source INTEGER NOT NULL,
    source_pk INTEGER NOT NULL,
    action INTEGER NOT NULL
);
INSERT INTO change_feed_rebuilt (pk, account_pk, position, call_pk, source, source_pk, action)
SELECT pk, account_pk, position, call_pk, source, source_pk, action FROM change_feed;
DROP TABLE change_feed;
ALTER TABLE change_feed_rebuilt RENAME TO change_feed;
CREATE UNIQUE INDEX change_feed_position ON change_feed (account_pk, position);
CREATE INDEX change_feed_call ON change_feed (call_pk, source_pk);

CREATE TRIGGER change_feed_place AFTER INSERT ON change_feed WHEN NEW.position IS NULL BEGIN
    UPDATE change_feed SET position = (SELECT COALESCE(MAX(position), 0) + 1 FROM change_feed WHERE account_pk = NEW.account_pk)
    WHERE pk = NEW.pk;
END;

CREATE TRIGGER registration_history_feed AFTER INSERT ON registration_history BEGIN
    INSERT INTO change_feed (account_pk, position, call_pk, source, source_pk, action)
    SELECT c.account_pk, (SELECT COALESCE(MAX(f.position), 0) + 1 FROM change_feed f WHERE f.account_pk = c.account_pk),
        NEW.call_pk, 1, NEW.pk, NEW.action
    FROM api_calls c WHERE c.pk = NEW.call_pk;
END;

CREATE TRIGGER registrant_history_feed AFTER INSERT ON registrant_history BEGIN
    INSERT INTO change_feed (account_pk, position, call_pk, source, source_pk, action)
    SELECT c.account_pk, (SELECT COALESCE(MAX(f.position), 0) + 1 FROM change_feed f WHERE f.account_pk = c.account_pk),
        NEW.call_pk, 2, NEW.pk, NEW.action
    FROM api_calls c WHERE c.pk = NEW.call_pk;
END;

CREATE TRIGGER field_changes_feed AFTER INSERT ON field_changes
WHEN NEW.object_type IN ('Invitee', 'Guest')
    AND NOT EXISTS (SELECT 1 FROM change_feed f WHERE f.call_pk = NEW.call_pk AND f.source_pk = NEW.object_pk AND f.source = 3)
BEGIN
    INSERT INTO change_feed (account_pk, position, call_pk, source, source_pk, action)
    SELECT c.account_pk, (SELECT COALESCE(MAX(f.position), 0) + 1 FROM change_feed f WHERE f.account_pk = c.account_pk),
        NEW.call_pk, 3, NEW.object_pk, 0
    FROM api_calls c WHERE c.pk = NEW.call_pk;
END;

CREATE TRIGGER object_changes_feed AFTER INSERT ON object_changes BEGIN
    INSERT INTO change_feed (account_pk, position, call_pk, source, source_pk, action)
    SELECT c.account_pk, (SELECT COALESCE(MAX(f.position), 0) + 1 FROM change_feed f WHERE f.account_pk = c.account_pk),
        NEW.call_pk, 5, NEW.pk, 0
    FROM api_calls c WHERE c.pk = NEW.call_pk;
END;

CREATE TRIGGER event_history_feed AFTER INSERT ON event_history BEGIN
    INSERT INTO change_feed (account_pk, position, call_pk, source, source_pk, action)
    SELECT c.account_pk, (SELECT COALESCE(MAX(f.position), 0) + 1 FROM change_feed f WHERE f.account_pk = c.account_pk),
        NEW.call_pk, 6, NEW.pk, NEW.action
    FROM api_calls c WHERE c.pk = NEW.call_pk;
END;
