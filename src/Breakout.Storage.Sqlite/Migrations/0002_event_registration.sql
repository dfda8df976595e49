-- SimpleEventRegistration, ValidateInvitee and CheckIn: event capacity and counters, payment and attendance flags.
ALTER TABLE events ADD COLUMN capacity INTEGER NOT NULL DEFAULT -1;
ALTER TABLE events ADD COLUMN enable_waitlist INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN accepted_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE registrants ADD COLUMN checked_in INTEGER NOT NULL DEFAULT 0;
ALTER TABLE registrants ADD COLUMN paid_in_full INTEGER NOT NULL DEFAULT 1;
ALTER TABLE session_registrations ADD COLUMN checked_in INTEGER NOT NULL DEFAULT 0;
UPDATE events SET accepted_count = (SELECT COUNT(*) FROM registrants r WHERE r.event_pk = events.pk AND r.kind = 0 AND r.status = 1);

-- Event-level history: 10 created by TransferInvitee, 11 Accepted, 12 Declined, 13 Waitlisted, 14 Cancelled, 21 checked in, 22 check-in undone.
CREATE TABLE registrant_history (
    pk INTEGER PRIMARY KEY,
    call_pk INTEGER NOT NULL REFERENCES api_calls (pk),
    registrant_pk INTEGER NOT NULL REFERENCES registrants (pk),
    session_pk INTEGER NULL REFERENCES sessions (pk),
    action INTEGER NOT NULL,
    message_id TEXT NULL
);
