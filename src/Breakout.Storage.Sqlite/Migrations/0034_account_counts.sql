-- Issue #19: the console's accounts page (and `breakout account list`, account deletion, the fill metrics) counted an
-- account's invitees, guests, contacts and logged calls with COUNT(*) over their rows (docs/benchmarks.md, "Console
-- pages at size"). The counts are kept instead, by the tables' own triggers, so every write path counts without
-- knowing it, and the page reads one row per account. SQLite has one writer: one row per account, updated in place
-- (PostgreSQL's store appends rows of differences instead; the statements that read them sum an account's rows, which
-- here is one).
CREATE TABLE account_counts (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL UNIQUE,
    invitees INTEGER NOT NULL DEFAULT 0,
    guests INTEGER NOT NULL DEFAULT 0,
    contacts INTEGER NOT NULL DEFAULT 0,
    api_calls INTEGER NOT NULL DEFAULT 0
);

-- Every account has its row from its creation; account deletion deletes it with the account.
CREATE TRIGGER accounts_count_row AFTER INSERT ON accounts BEGIN
    INSERT INTO account_counts (account_pk) VALUES (NEW.pk);
END;

CREATE TRIGGER registrants_count_insert AFTER INSERT ON registrants BEGIN
    UPDATE account_counts SET invitees = invitees + (NEW.kind = 0), guests = guests + (NEW.kind = 1) WHERE account_pk = NEW.account_pk;
END;
CREATE TRIGGER registrants_count_delete AFTER DELETE ON registrants BEGIN
    UPDATE account_counts SET invitees = invitees - (OLD.kind = 0), guests = guests - (OLD.kind = 1) WHERE account_pk = OLD.account_pk;
END;
CREATE TRIGGER registrants_count_update AFTER UPDATE OF account_pk, kind ON registrants
WHEN OLD.account_pk IS NOT NEW.account_pk OR OLD.kind IS NOT NEW.kind BEGIN
    UPDATE account_counts SET invitees = invitees - (OLD.kind = 0), guests = guests - (OLD.kind = 1) WHERE account_pk = OLD.account_pk;
    UPDATE account_counts SET invitees = invitees + (NEW.kind = 0), guests = guests + (NEW.kind = 1) WHERE account_pk = NEW.account_pk;
END;

CREATE TRIGGER contacts_count_insert AFTER INSERT ON contacts WHEN NEW.deleted_at IS NULL BEGIN
    UPDATE account_counts SET contacts = contacts + 1 WHERE account_pk = NEW.account_pk;
END;
CREATE TRIGGER contacts_count_delete AFTER DELETE ON contacts WHEN OLD.deleted_at IS NULL BEGIN
    UPDATE account_counts SET contacts = contacts - 1 WHERE account_pk = OLD.account_pk;
END;
CREATE TRIGGER contacts_count_update AFTER UPDATE OF account_pk, deleted_at ON contacts
WHEN OLD.account_pk IS NOT NEW.account_pk OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) BEGIN
    UPDATE account_counts SET contacts = contacts - (OLD.deleted_at IS NULL) WHERE account_pk = OLD.account_pk;
    UPDATE account_counts SET contacts = contacts + (NEW.deleted_at IS NULL) WHERE account_pk = NEW.account_pk;
END;

CREATE TRIGGER api_calls_count_insert AFTER INSERT ON api_calls BEGIN
    UPDATE account_counts SET api_calls = api_calls + 1 WHERE account_pk = NEW.account_pk;
END;
CREATE TRIGGER api_calls_count_delete AFTER DELETE ON api_calls BEGIN
    UPDATE account_counts SET api_calls = api_calls - 1 WHERE account_pk = OLD.account_pk;
END;
CREATE TRIGGER api_calls_count_update AFTER UPDATE OF account_pk ON api_calls WHEN OLD.account_pk IS NOT NEW.account_pk BEGIN
    UPDATE account_counts SET api_calls = api_calls - 1 WHERE account_pk = OLD.account_pk;
    UPDATE account_counts SET api_calls = api_calls + 1 WHERE account_pk = NEW.account_pk;
END;

INSERT INTO account_counts (account_pk, invitees, guests, contacts, api_calls)
SELECT a.pk,
    (SELECT COUNT(*) FROM registrants x WHERE x.account_pk = a.pk AND x.kind = 0),
    (SELECT COUNT(*) FROM registrants x WHERE x.account_pk = a.pk AND x.kind = 1),
    (SELECT COUNT(*) FROM contacts x WHERE x.account_pk = a.pk AND x.deleted_at IS NULL),
    (SELECT COUNT(*) FROM api_calls x WHERE x.account_pk = a.pk)
FROM accounts a;
