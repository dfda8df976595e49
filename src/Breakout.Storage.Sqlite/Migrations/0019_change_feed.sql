-- #21 item 5: the change feed (GET /api/v1/changes, webhooks). One row per change, written by the transaction that
-- makes the change (a transactional outbox): the triggers below copy a reference to each new row of the ledger
-- (registration_history: seats and waitlist places; registrant_history: invitee status, check-in, transfer;
-- field_changes of invitees and guests, one row per call and registrant) and SaveContacts/DeleteContacts add their
-- contact rows. position counts each account's changes from 1 without gaps, in commit order: SQLite has one writer,
-- so the next position is the account's highest plus one, taken inside the writing transaction.
-- source: 1 registration_history, 2 registrant_history, 3 field_changes (source_pk is the registrant), 4 contacts.
CREATE TABLE change_feed (
    pk INTEGER PRIMARY KEY AUTOINCREMENT,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    position INTEGER NULL,
    call_pk INTEGER NOT NULL REFERENCES api_calls (pk),
    source INTEGER NOT NULL,
    source_pk INTEGER NOT NULL,
    action INTEGER NOT NULL
);
CREATE UNIQUE INDEX change_feed_position ON change_feed (account_pk, position);
CREATE INDEX change_feed_call ON change_feed (call_pk, source_pk);

CREATE TRIGGER change_feed_place AFTER INSERT ON change_feed BEGIN
    UPDATE change_feed SET position = (SELECT COALESCE(MAX(position), 0) + 1 FROM change_feed WHERE account_pk = NEW.account_pk)
    WHERE pk = NEW.pk;
END;

CREATE TRIGGER registration_history_feed AFTER INSERT ON registration_history BEGIN
    INSERT INTO change_feed (account_pk, call_pk, source, source_pk, action)
    SELECT c.account_pk, NEW.call_pk, 1, NEW.pk, NEW.action FROM api_calls c WHERE c.pk = NEW.call_pk;
END;

CREATE TRIGGER registrant_history_feed AFTER INSERT ON registrant_history BEGIN
    INSERT INTO change_feed (account_pk, call_pk, source, source_pk, action)
    SELECT c.account_pk, NEW.call_pk, 2, NEW.pk, NEW.action FROM api_calls c WHERE c.pk = NEW.call_pk;
END;

CREATE TRIGGER field_changes_feed AFTER INSERT ON field_changes
WHEN NEW.object_type IN ('Invitee', 'Guest')
    AND NOT EXISTS (SELECT 1 FROM change_feed f WHERE f.call_pk = NEW.call_pk AND f.source_pk = NEW.object_pk AND f.source = 3)
BEGIN
    INSERT INTO change_feed (account_pk, call_pk, source, source_pk, action)
    SELECT c.account_pk, NEW.call_pk, 3, NEW.object_pk, 0 FROM api_calls c WHERE c.pk = NEW.call_pk;
END;
