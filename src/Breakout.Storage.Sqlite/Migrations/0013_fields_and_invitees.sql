-- Issue #18: custom field values, guest information, invitee internal information and registration types.
--
-- Guests' own fields (UpdateGuestInfo): one nullable column per writable s1:Guest attribute that registrants did not
-- have (snake_case of the wire name); an invitee's InternalNote and registration type.
ALTER TABLE registrants ADD COLUMN middle_name TEXT NULL;
ALTER TABLE registrants ADD COLUMN nickname TEXT NULL;
ALTER TABLE registrants ADD COLUMN gender TEXT NULL;
ALTER TABLE registrants ADD COLUMN date_of_birth INTEGER NULL;
ALTER TABLE registrants ADD COLUMN social_security_number TEXT NULL;
ALTER TABLE registrants ADD COLUMN national_identification_number TEXT NULL;
ALTER TABLE registrants ADD COLUMN passport_number TEXT NULL;
ALTER TABLE registrants ADD COLUMN passport_country TEXT NULL;
ALTER TABLE registrants ADD COLUMN company TEXT NULL;
ALTER TABLE registrants ADD COLUMN designation TEXT NULL;
ALTER TABLE registrants ADD COLUMN title TEXT NULL;
ALTER TABLE registrants ADD COLUMN phone TEXT NULL;
ALTER TABLE registrants ADD COLUMN mobile TEXT NULL;
ALTER TABLE registrants ADD COLUMN cc_email TEXT NULL;
ALTER TABLE registrants ADD COLUMN address1 TEXT NULL;
ALTER TABLE registrants ADD COLUMN address2 TEXT NULL;
ALTER TABLE registrants ADD COLUMN address3 TEXT NULL;
ALTER TABLE registrants ADD COLUMN city TEXT NULL;
ALTER TABLE registrants ADD COLUMN state TEXT NULL;
ALTER TABLE registrants ADD COLUMN country TEXT NULL;
ALTER TABLE registrants ADD COLUMN country_code TEXT NULL;
ALTER TABLE registrants ADD COLUMN postal_code TEXT NULL;
ALTER TABLE registrants ADD COLUMN national_provider_identifier TEXT NULL;
ALTER TABLE registrants ADD COLUMN last_modified_by TEXT NULL;
ALTER TABLE registrants ADD COLUMN internal_note TEXT NULL;

-- A custom field's value of one contact or one guest (the field's definition is an entity_custom_fields row of the
-- same account): exactly one owner, one value per field and owner.
CREATE TABLE custom_field_values (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    field_pk INTEGER NOT NULL REFERENCES entity_custom_fields (pk),
    contact_pk INTEGER NULL REFERENCES contacts (pk),
    registrant_pk INTEGER NULL REFERENCES registrants (pk),
    field_value TEXT NOT NULL CHECK (field_value <> ''),
    updated_at INTEGER NOT NULL,
    CHECK ((contact_pk IS NULL) <> (registrant_pk IS NULL)),
    UNIQUE (field_pk, contact_pk),
    UNIQUE (field_pk, registrant_pk)
);
CREATE INDEX custom_field_values_contact ON custom_field_values (contact_pk) WHERE contact_pk IS NOT NULL;
CREATE INDEX custom_field_values_registrant ON custom_field_values (registrant_pk) WHERE registrant_pk IS NOT NULL;

-- An invitee's answer to an internal information question of its event (UpdateInviteeInternalInfo).
CREATE TABLE invitee_internal_answers (
    pk INTEGER PRIMARY KEY,
    registrant_pk INTEGER NOT NULL REFERENCES registrants (pk),
    question_pk INTEGER NOT NULL REFERENCES event_questions (pk),
    answer_text TEXT NOT NULL CHECK (answer_text <> ''),
    updated_at INTEGER NOT NULL,
    UNIQUE (registrant_pk, question_pk)
);

-- The registration types of an event. holder_count counts the invitees holding the type; the CHECK is the type's
-- capacity (-1: none), enforced by the UPDATE that assigns the type.
CREATE TABLE registration_types (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    event_pk INTEGER NOT NULL REFERENCES events (pk),
    name TEXT NOT NULL CHECK (name <> ''),
    code TEXT NOT NULL,
    capacity INTEGER NOT NULL DEFAULT -1 CHECK (capacity >= -1),
    holder_count INTEGER NOT NULL DEFAULT 0 CHECK (holder_count >= 0 AND (capacity < 0 OR holder_count <= capacity)),
    updated_at INTEGER NOT NULL,
    UNIQUE (account_pk, id),
    UNIQUE (event_pk, name)
);

-- Sessions a registration type includes: an invitee of the type holds a seat in each (taken when the type is assigned).
CREATE TABLE registration_type_sessions (
    registration_type_pk INTEGER NOT NULL REFERENCES registration_types (pk),
    session_pk INTEGER NOT NULL REFERENCES sessions (pk),
    PRIMARY KEY (registration_type_pk, session_pk)
) WITHOUT ROWID;

ALTER TABLE registrants ADD COLUMN registration_type_pk INTEGER NULL REFERENCES registration_types (pk);
CREATE INDEX registrants_registration_type ON registrants (registration_type_pk) WHERE registration_type_pk IS NOT NULL;

-- What each write of these calls changed, field by field (old and new value as their wire text), for audit:
-- object_type is the CvObjectType wire name (EntityCustomField, Contact, Guest, Invitee), object_pk the row's key.
CREATE TABLE field_changes (
    pk INTEGER PRIMARY KEY,
    call_pk INTEGER NOT NULL REFERENCES api_calls (pk),
    object_type TEXT NOT NULL,
    object_pk INTEGER NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT NULL,
    new_value TEXT NULL
);
CREATE INDEX field_changes_object ON field_changes (object_type, object_pk);
CREATE INDEX field_changes_call ON field_changes (call_pk);
