-- Retrieve, Search and GetUpdated of Invitee, Registration and Guest: an invitee's guests and the history of a
-- registrant are read per row (LastModifiedDate, OrderDetail, GuestDetail).
CREATE INDEX registrants_invitee ON registrants (invitee_pk) WHERE invitee_pk IS NOT NULL;
CREATE INDEX registration_history_registrant ON registration_history (registrant_pk, session_pk);
CREATE INDEX registrant_history_registrant ON registrant_history (registrant_pk, action);
