-- #21 item 5: more kinds in the change feed. Two more ledgers feed it, by the same kind of trigger as migration 0019:
-- object_changes (source 5: sessions created and updated, contact groups and distribution lists and their members,
-- planner users and user groups; the action is the ledger row's text, so the feed row's action is 0) and
-- event_history (source 6: events created, copied, updated; the action is the ledger's code). Whoever writes the
-- ledger row (a SOAP call, a console action, breakout import) gets the feed row in the same transaction.
CREATE TRIGGER object_changes_feed AFTER INSERT ON object_changes BEGIN
    INSERT INTO change_feed (account_pk, call_pk, source, source_pk, action)
    SELECT c.account_pk, NEW.call_pk, 5, NEW.pk, 0 FROM api_calls c WHERE c.pk = NEW.call_pk;
END;

CREATE TRIGGER event_history_feed AFTER INSERT ON event_history BEGIN
    INSERT INTO change_feed (account_pk, call_pk, source, source_pk, action)
    SELECT c.account_pk, NEW.call_pk, 6, NEW.pk, NEW.action FROM api_calls c WHERE c.pk = NEW.call_pk;
END;
