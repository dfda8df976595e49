-- Issue #17: Search stays index-backed on the filters that were not (docs/benchmarks.md, "Reads of the declared types
-- at size"). Dates are now compared as a range of the stored milliseconds (SqlFilter), so the existing
-- (account_pk, date) indexes serve them. A boolean with a default is compared as COALESCE(col, default): its index
-- holds that expression. A transaction's or travel record's ContactId and EventId are its invitee's: Search finds the
-- invitees by their contact or event, then the rows by their invitee (transactions_account_registrant, travel's).
DROP INDEX transactions_success;
CREATE INDEX transactions_success ON transactions (account_pk, COALESCE(success, 1));
CREATE INDEX registrants_contact ON registrants (contact_pk) WHERE contact_pk IS NOT NULL;
CREATE INDEX travel_registrant ON travel (account_pk, registrant_pk);
