-- #18 events (CreateNoRegEvent, UpdateEventParameters, CopyEvent). The EventParameters attributes the events table did
-- not hold, one column each (snake_case of the attribute name; NULL = never given); the Event object reads them back.
ALTER TABLE events ADD COLUMN description TEXT NULL;
ALTER TABLE events ADD COLUMN event_attendance_format TEXT NULL;
ALTER TABLE events ADD COLUMN location_name TEXT NULL;
ALTER TABLE events ADD COLUMN address1 TEXT NULL;
ALTER TABLE events ADD COLUMN address2 TEXT NULL;
ALTER TABLE events ADD COLUMN address3 TEXT NULL;
ALTER TABLE events ADD COLUMN city TEXT NULL;
ALTER TABLE events ADD COLUMN state_code TEXT NULL;
ALTER TABLE events ADD COLUMN postal_code TEXT NULL;
ALTER TABLE events ADD COLUMN country_code TEXT NULL;
ALTER TABLE events ADD COLUMN phone TEXT NULL;
ALTER TABLE events ADD COLUMN planner_first_name TEXT NULL;
ALTER TABLE events ADD COLUMN planner_last_name TEXT NULL;
ALTER TABLE events ADD COLUMN planner_email_address TEXT NULL;
ALTER TABLE events ADD COLUMN rsvp_by_date INTEGER NULL;
ALTER TABLE events ADD COLUMN language TEXT NULL;
ALTER TABLE events ADD COLUMN category TEXT NULL;
ALTER TABLE events ADD COLUMN internal_note TEXT NULL;
ALTER TABLE events ADD COLUMN publish_date INTEGER NULL;
ALTER TABLE events ADD COLUMN archive_date INTEGER NULL;
ALTER TABLE events ADD COLUMN planner_prefix TEXT NULL;
ALTER TABLE events ADD COLUMN planner_company TEXT NULL;
ALTER TABLE events ADD COLUMN planner_title TEXT NULL;
ALTER TABLE events ADD COLUMN stakeholder_first_name TEXT NULL;
ALTER TABLE events ADD COLUMN stakeholder_last_name TEXT NULL;
ALTER TABLE events ADD COLUMN stakeholder_email_address TEXT NULL;
ALTER TABLE events ADD COLUMN stakeholder_title TEXT NULL;
ALTER TABLE events ADD COLUMN stakeholder_company TEXT NULL;
ALTER TABLE events ADD COLUMN stakeholder_work_phone TEXT NULL;
ALTER TABLE events ADD COLUMN stakeholder_home_phone TEXT NULL;
ALTER TABLE events ADD COLUMN stakeholder_work_fax TEXT NULL;
ALTER TABLE events ADD COLUMN stakeholder_mobile_phone TEXT NULL;
ALTER TABLE events ADD COLUMN stakeholder_address1 TEXT NULL;
ALTER TABLE events ADD COLUMN stakeholder_address2 TEXT NULL;
ALTER TABLE events ADD COLUMN stakeholder_address3 TEXT NULL;
ALTER TABLE events ADD COLUMN stakeholder_city TEXT NULL;
ALTER TABLE events ADD COLUMN stakeholder_state_code TEXT NULL;
ALTER TABLE events ADD COLUMN stakeholder_postal_code TEXT NULL;
ALTER TABLE events ADD COLUMN stakeholder_country_code TEXT NULL;

-- An event created by CreateNoRegEvent has no online registration: SimpleEventRegistration refuses it (CV70110).
ALTER TABLE events ADD COLUMN no_registration INTEGER NOT NULL DEFAULT 0;

-- Event codes are unique in an account, case-insensitively: code_key is the folded code of every event created or
-- copied by the API, and the database refuses a second one. Events imported before (or by the CLI) keep NULL, so an
-- existing database with repeated codes still migrates; the calls compare new codes with those too.
ALTER TABLE events ADD COLUMN code_key TEXT NULL;
CREATE UNIQUE INDEX events_code_key ON events (account_pk, code_key);
CREATE INDEX events_code_folded ON events (account_pk, lower(code));

-- An event's CustomFieldDetail values (CreateNoRegEvent, UpdateEventParameters; copied by CopyEvent). field_key is
-- the field's ID when given, else its name: one value per field and event.
CREATE TABLE event_custom_field_values (
    pk INTEGER PRIMARY KEY,
    event_pk INTEGER NOT NULL REFERENCES events (pk),
    field_key TEXT NOT NULL,
    field_id TEXT NULL,
    field_name TEXT NULL,
    field_type TEXT NULL,
    field_value TEXT NULL,
    UNIQUE (event_pk, field_key)
);

-- Append-only: 1 Created (CreateNoRegEvent), 2 Copied (CopyEvent; source_event_pk is the original), 3 Updated
-- (UpdateEventParameters). One row per event an API call created or changed, pointing at the call.
CREATE TABLE event_history (
    pk INTEGER PRIMARY KEY,
    call_pk INTEGER NOT NULL REFERENCES api_calls (pk),
    event_pk INTEGER NOT NULL REFERENCES events (pk),
    action INTEGER NOT NULL,
    source_event_pk INTEGER NULL REFERENCES events (pk),
    message_id TEXT NULL
);
CREATE INDEX event_history_event ON event_history (event_pk);
CREATE INDEX event_history_source ON event_history (source_event_pk) WHERE source_event_pk IS NOT NULL;
