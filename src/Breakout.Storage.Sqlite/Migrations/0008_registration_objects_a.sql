-- Issue #17, part A: the registration-side types Cvent's API only reads (Speaker, Transaction, User, UserGroup,
-- UserRole, EventQuestion, EntityCustomField, Travel, TableAssignment; EventDetail is read from events). One table
-- per type as SqlObjectTables declares it: a column per stored field (snake_case of the wire name), references as
-- keys of the referred row, updated_at (GetUpdated's window, set by every import of the row or of its details).
-- Indexes: every searchable stored or referenced field and the GetUpdated window, each led by account_pk; a text
-- field's index holds the folded text Search compares (lower, in byte order).

CREATE TABLE speakers (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    event_pk INTEGER NOT NULL REFERENCES events (pk),
    speaker_id TEXT NULL,
    first_name TEXT NULL,
    last_name TEXT NULL,
    email_address TEXT NULL,
    prefix TEXT NULL,
    designation TEXT NULL,
    company TEXT NULL,
    title TEXT NULL,
    speaker_code TEXT NULL,
    facebook_url TEXT NULL,
    linked_in_url TEXT NULL,
    twitter_url TEXT NULL,
    category_id TEXT NULL,
    category TEXT NULL,
    display_on_website INTEGER NULL,
    profile_image_url TEXT NULL,
    biography TEXT NULL,
    internal_note TEXT NULL,
    created_date INTEGER NULL,
    created_by TEXT NULL,
    last_modified_by TEXT NULL,
    UNIQUE (account_pk, id)
);
CREATE INDEX speakers_updated ON speakers (account_pk, updated_at);
CREATE INDEX speakers_speaker_code ON speakers (account_pk, lower(COALESCE(speaker_code, '')));
CREATE INDEX speakers_event_pk ON speakers (account_pk, event_pk);

CREATE TABLE transactions (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    registrant_pk INTEGER NOT NULL REFERENCES registrants (pk),
    transaction_type TEXT NULL,
    success INTEGER NULL,
    transaction_number TEXT NULL,
    payment_type TEXT NULL,
    name_on_card TEXT NULL,
    reference_number TEXT NULL,
    batch_number TEXT NULL,
    amount REAL NULL,
    paid_in_full INTEGER NULL,
    transaction_date INTEGER NULL,
    note TEXT NULL,
    modified_by TEXT NULL,
    authorization_code TEXT NULL,
    UNIQUE (account_pk, id)
);
CREATE INDEX transactions_updated ON transactions (account_pk, updated_at);
CREATE INDEX transactions_transaction_type ON transactions (account_pk, lower(COALESCE(transaction_type, '')));
CREATE INDEX transactions_success ON transactions (account_pk, success);
CREATE INDEX transactions_transaction_number ON transactions (account_pk, lower(COALESCE(transaction_number, '')));
CREATE INDEX transactions_payment_type ON transactions (account_pk, lower(COALESCE(payment_type, '')));
CREATE INDEX transactions_name_on_card ON transactions (account_pk, lower(COALESCE(name_on_card, '')));
CREATE INDEX transactions_reference_number ON transactions (account_pk, lower(COALESCE(reference_number, '')));
CREATE INDEX transactions_batch_number ON transactions (account_pk, lower(COALESCE(batch_number, '')));
CREATE INDEX transactions_amount ON transactions (account_pk, amount);
CREATE INDEX transactions_transaction_date ON transactions (account_pk, transaction_date);

CREATE TABLE user_groups (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    user_group_name TEXT NULL,
    internal_note TEXT NULL,
    UNIQUE (account_pk, id)
);
CREATE INDEX user_groups_updated ON user_groups (account_pk, updated_at);
CREATE INDEX user_groups_user_group_name ON user_groups (account_pk, lower(COALESCE(user_group_name, '')));
CREATE INDEX user_groups_internal_note ON user_groups (account_pk, lower(COALESCE(internal_note, '')));

CREATE TABLE user_roles (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    user_role_name TEXT NULL,
    description TEXT NULL,
    UNIQUE (account_pk, id)
);
CREATE INDEX user_roles_updated ON user_roles (account_pk, updated_at);
CREATE INDEX user_roles_user_role_name ON user_roles (account_pk, lower(COALESCE(user_role_name, '')));
CREATE INDEX user_roles_description ON user_roles (account_pk, lower(COALESCE(description, '')));

CREATE TABLE planner_users (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    user_role_pk INTEGER NULL REFERENCES user_roles (pk),
    active INTEGER NULL,
    address1 TEXT NULL,
    address2 TEXT NULL,
    address3 TEXT NULL,
    all_event_visibility INTEGER NULL,
    all_rfp_visibility INTEGER NULL,
    all_survey_visibility INTEGER NULL,
    change_password_on_login INTEGER NULL,
    city TEXT NULL,
    company TEXT NULL,
    country TEXT NULL,
    country_code TEXT NULL,
    created_by TEXT NULL,
    created_date INTEGER NULL,
    default_contact_group_id TEXT NULL,
    email TEXT NULL,
    federated_id TEXT NULL,
    first_name TEXT NULL,
    home_fax TEXT NULL,
    home_phone TEXT NULL,
    last_modified_by TEXT NULL,
    last_name TEXT NULL,
    mobile_phone TEXT NULL,
    pager TEXT NULL,
    postal_code TEXT NULL,
    prefix TEXT NULL,
    state TEXT NULL,
    state_code TEXT NULL,
    title TEXT NULL,
    username TEXT NULL,
    user_type TEXT NULL,
    work_fax TEXT NULL,
    work_phone TEXT NULL,
    last_login_date INTEGER NULL,
    UNIQUE (account_pk, id)
);
CREATE INDEX planner_users_updated ON planner_users (account_pk, updated_at);

CREATE TABLE event_questions (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    event_pk INTEGER NOT NULL REFERENCES events (pk),
    session_pk INTEGER NULL REFERENCES sessions (pk),
    question_text TEXT NULL,
    question_code TEXT NULL,
    survey_type TEXT NULL,
    question_type TEXT NULL,
    internal_note TEXT NULL,
    allow_other INTEGER NULL,
    other_label TEXT NULL,
    UNIQUE (account_pk, id)
);
CREATE INDEX event_questions_updated ON event_questions (account_pk, updated_at);
CREATE INDEX event_questions_question_code ON event_questions (account_pk, lower(COALESCE(question_code, '')));
CREATE INDEX event_questions_survey_type ON event_questions (account_pk, lower(COALESCE(survey_type, '')));
CREATE INDEX event_questions_question_type ON event_questions (account_pk, lower(COALESCE(question_type, '')));
CREATE INDEX event_questions_event_pk ON event_questions (account_pk, event_pk);
CREATE INDEX event_questions_session_pk ON event_questions (account_pk, session_pk);

CREATE TABLE entity_custom_fields (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    field_name TEXT NULL,
    field_code TEXT NULL,
    help_text TEXT NULL,
    field_type TEXT NULL,
    answer_format TEXT NULL,
    minimum_characters INTEGER NULL,
    maximum_characters INTEGER NULL,
    minimum_number INTEGER NULL,
    maximum_number INTEGER NULL,
    prepopulate_current_date INTEGER NULL,
    earliest_date INTEGER NULL,
    latest_date INTEGER NULL,
    display_pop_up_calendar INTEGER NULL,
    custom_field_category TEXT NULL,
    UNIQUE (account_pk, id)
);
CREATE INDEX entity_custom_fields_updated ON entity_custom_fields (account_pk, updated_at);
CREATE INDEX entity_custom_fields_field_code ON entity_custom_fields (account_pk, lower(COALESCE(field_code, '')));
CREATE INDEX entity_custom_fields_field_type ON entity_custom_fields (account_pk, lower(COALESCE(field_type, '')));

CREATE TABLE travel (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    registrant_pk INTEGER NOT NULL REFERENCES registrants (pk),
    status TEXT NULL,
    registration_type TEXT NULL,
    UNIQUE (account_pk, id)
);
CREATE INDEX travel_updated ON travel (account_pk, updated_at);
CREATE INDEX travel_registration_type ON travel (account_pk, lower(COALESCE(registration_type, '')));

CREATE TABLE table_assignments (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    event_pk INTEGER NOT NULL REFERENCES events (pk),
    registrant_pk INTEGER NOT NULL REFERENCES registrants (pk),
    table_id TEXT NULL,
    table_name TEXT NULL,
    seating_id TEXT NULL,
    seating_code TEXT NULL,
    seating_name TEXT NULL,
    seat_name TEXT NULL,
    UNIQUE (account_pk, id)
);
CREATE INDEX table_assignments_updated ON table_assignments (account_pk, updated_at);
CREATE INDEX table_assignments_event_pk ON table_assignments (account_pk, event_pk);
CREATE INDEX table_assignments_registrant_pk ON table_assignments (account_pk, registrant_pk);

CREATE TABLE speaker_sessions (
    pk INTEGER PRIMARY KEY,
    speaker_pk INTEGER NOT NULL REFERENCES speakers (pk),
    session_pk INTEGER NOT NULL REFERENCES sessions (pk),
    UNIQUE (speaker_pk, session_pk)
);

CREATE TABLE planner_user_groups (
    pk INTEGER PRIMARY KEY,
    user_pk INTEGER NOT NULL REFERENCES planner_users (pk),
    user_group_pk INTEGER NOT NULL REFERENCES user_groups (pk),
    UNIQUE (user_pk, user_group_pk)
);

CREATE TABLE user_role_rights (
    pk INTEGER PRIMARY KEY,
    user_role_pk INTEGER NOT NULL REFERENCES user_roles (pk),
    user_right_name TEXT NOT NULL,
    user_right_category TEXT NULL,
    access_level TEXT NULL,
    UNIQUE (user_role_pk, user_right_name)
);

CREATE TABLE event_question_answers (
    pk INTEGER PRIMARY KEY,
    question_pk INTEGER NOT NULL REFERENCES event_questions (pk),
    answer_text TEXT NOT NULL,
    UNIQUE (question_pk, answer_text)
);

CREATE TABLE event_question_rows (
    pk INTEGER PRIMARY KEY,
    question_pk INTEGER NOT NULL REFERENCES event_questions (pk),
    row_text TEXT NOT NULL,
    UNIQUE (question_pk, row_text)
);

CREATE TABLE entity_custom_field_choices (
    pk INTEGER PRIMARY KEY,
    field_pk INTEGER NOT NULL REFERENCES entity_custom_fields (pk),
    field_choice_text TEXT NOT NULL,
    UNIQUE (field_pk, field_choice_text)
);

-- ValidateInvitee reads an invitee's latest successful transaction (PaidInFull); Search by InviteeId too (after account_pk).
CREATE INDEX transactions_registrant ON transactions (registrant_pk, transaction_date);
CREATE INDEX transactions_account_registrant ON transactions (account_pk, registrant_pk);
