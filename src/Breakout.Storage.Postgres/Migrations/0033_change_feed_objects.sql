-- #21 item 5: more kinds in the change feed. Two more ledgers feed it, by the same kind of statement trigger as
-- migration 0023: object_changes (source 5: sessions created and updated, contact groups and distribution lists and
-- their members, planner users and user groups; the action is the ledger row's text, so the feed row's action is 0)
-- and event_history (source 6: events created, copied, updated; breakout_history_feed copies the ledger's action
-- code). Whoever writes the ledger row (a SOAP call, a console action, breakout import) gets the feed row in the same
-- transaction, and its position at commit like every other feed row.
CREATE FUNCTION breakout_object_changes_feed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO change_feed (account_pk, call_pk, source, source_pk, action)
    SELECT c.account_pk, h.call_pk, 5, h.pk, 0 FROM added h JOIN api_calls c ON c.pk = h.call_pk ORDER BY h.pk;
    RETURN NULL;
END
$$;
CREATE TRIGGER object_changes_feed AFTER INSERT ON object_changes
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION breakout_object_changes_feed();

CREATE TRIGGER event_history_feed AFTER INSERT ON event_history
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION breakout_history_feed(6);
