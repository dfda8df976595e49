-- #17 part B: surveys with their questions, respondents and responses; event and survey e-mail history; contact
-- groups and distribution lists with their members; appointments and their attendees. Each object table is scoped by
-- account with a unique (account_pk, id); relations are foreign keys; indexes back the joins of the projections, the
-- Search of the fields kept as plain columns, and GetUpdated windows over updated_at (launch_at for surveys).
CREATE TABLE surveys (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    code TEXT NULL,
    title TEXT NULL,
    close_at INTEGER NULL,
    description TEXT NULL,
    status TEXT NULL,
    internal_note TEXT NULL,
    planner_first_name TEXT NULL,
    planner_last_name TEXT NULL,
    launch_at INTEGER NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (account_pk, id)
);
CREATE INDEX surveys_launch ON surveys (account_pk, launch_at);
CREATE INDEX surveys_close ON surveys (account_pk, close_at);

CREATE TABLE survey_events (
    survey_pk INTEGER NOT NULL REFERENCES surveys (pk) ON DELETE CASCADE,
    event_pk INTEGER NOT NULL REFERENCES events (pk),
    PRIMARY KEY (survey_pk, event_pk)
);
CREATE INDEX survey_events_event ON survey_events (event_pk);

CREATE TABLE survey_questions (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    survey_pk INTEGER NOT NULL REFERENCES surveys (pk),
    question_text TEXT NULL,
    html_text TEXT NULL,
    code TEXT NULL,
    type TEXT NULL,
    type_code INTEGER NULL,
    export_value TEXT NULL,
    number TEXT NULL,
    minimum_selections TEXT NULL,
    maximum_selections TEXT NULL,
    minimum_characters TEXT NULL,
    maximum_characters TEXT NULL,
    left_side_header TEXT NULL,
    right_side_header TEXT NULL,
    answer_format TEXT NULL,
    allow_other INTEGER NULL,
    is_required INTEGER NULL,
    allow_na INTEGER NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NULL,
    UNIQUE (account_pk, id)
);
CREATE INDEX survey_questions_survey ON survey_questions (survey_pk);
CREATE INDEX survey_questions_updated ON survey_questions (account_pk, updated_at);

-- AnswerDetail (kind 0) and RowDetail (kind 1) of a question, in order.
CREATE TABLE survey_question_choices (
    question_pk INTEGER NOT NULL REFERENCES survey_questions (pk) ON DELETE CASCADE,
    kind INTEGER NOT NULL,
    position INTEGER NOT NULL,
    choice_text TEXT NOT NULL,
    PRIMARY KEY (question_pk, kind, position)
);

CREATE TABLE respondents (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    survey_pk INTEGER NOT NULL REFERENCES surveys (pk),
    contact_pk INTEGER NULL REFERENCES contacts (pk),
    targeted_list_id TEXT NULL,
    targeted_list_name TEXT NULL,
    status TEXT NOT NULL,
    internal_note TEXT NULL,
    reference_id TEXT NULL,
    score REAL NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (account_pk, id)
);
CREATE INDEX respondents_survey ON respondents (survey_pk, status);
CREATE INDEX respondents_contact ON respondents (contact_pk) WHERE contact_pk IS NOT NULL;
CREATE INDEX respondents_status ON respondents (account_pk, status);

-- A respondent's answers: at most one response per respondent.
CREATE TABLE responses (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    respondent_pk INTEGER NOT NULL UNIQUE REFERENCES respondents (pk),
    invited_by TEXT NULL,
    completed_at INTEGER NULL,
    modified_by TEXT NULL,
    response_method TEXT NULL,
    response_number INTEGER NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (account_pk, id)
);
CREATE INDEX responses_updated ON responses (account_pk, updated_at);
CREATE INDEX responses_completed ON responses (account_pk, completed_at);

-- One SurveyDetail per answered question of a response, its Answer elements in order.
CREATE TABLE response_details (
    pk INTEGER PRIMARY KEY,
    response_pk INTEGER NOT NULL REFERENCES responses (pk) ON DELETE CASCADE,
    question_pk INTEGER NOT NULL REFERENCES survey_questions (pk),
    score REAL NULL,
    UNIQUE (response_pk, question_pk)
);

CREATE TABLE response_answers (
    detail_pk INTEGER NOT NULL REFERENCES response_details (pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    part TEXT NULL,
    answer_column TEXT NULL,
    answer_text TEXT NULL,
    other TEXT NULL,
    export_value TEXT NULL,
    comment TEXT NULL,
    PRIMARY KEY (detail_pk, position)
);

CREATE TABLE event_email_history (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    event_pk INTEGER NOT NULL REFERENCES events (pk),
    invitee_pk INTEGER NULL REFERENCES registrants (pk),
    contact_pk INTEGER NULL REFERENCES contacts (pk),
    target_list TEXT NULL,
    sent_at INTEGER NULL,
    status TEXT NULL,
    type TEXT NULL,
    from_address TEXT NULL,
    to_address TEXT NULL,
    viewed INTEGER NULL,
    bounced INTEGER NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (account_pk, id)
);
CREATE INDEX event_email_history_updated ON event_email_history (account_pk, updated_at);
CREATE INDEX event_email_history_invitee ON event_email_history (invitee_pk) WHERE invitee_pk IS NOT NULL;

CREATE TABLE survey_email_history (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    survey_pk INTEGER NOT NULL REFERENCES surveys (pk),
    respondent_pk INTEGER NULL REFERENCES respondents (pk),
    contact_pk INTEGER NULL REFERENCES contacts (pk),
    target_list TEXT NULL,
    sent_at INTEGER NULL,
    status TEXT NULL,
    type TEXT NULL,
    from_address TEXT NULL,
    to_address TEXT NULL,
    viewed INTEGER NULL,
    bounced INTEGER NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (account_pk, id)
);
CREATE INDEX survey_email_history_updated ON survey_email_history (account_pk, updated_at);
CREATE INDEX survey_email_history_survey ON survey_email_history (survey_pk);
CREATE INDEX survey_email_history_respondent ON survey_email_history (respondent_pk) WHERE respondent_pk IS NOT NULL;

CREATE TABLE contact_groups (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    name TEXT NULL,
    short_description TEXT NULL,
    group_type TEXT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (account_pk, id)
);

CREATE TABLE contact_group_members (
    group_pk INTEGER NOT NULL REFERENCES contact_groups (pk) ON DELETE CASCADE,
    contact_pk INTEGER NOT NULL REFERENCES contacts (pk),
    PRIMARY KEY (group_pk, contact_pk)
);
CREATE INDEX contact_group_members_contact ON contact_group_members (contact_pk);

CREATE TABLE distribution_lists (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    name TEXT NULL,
    active INTEGER NOT NULL,
    description TEXT NULL,
    internal_note TEXT NULL,
    security_type TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (account_pk, id)
);

CREATE TABLE distribution_list_members (
    list_pk INTEGER NOT NULL REFERENCES distribution_lists (pk) ON DELETE CASCADE,
    contact_pk INTEGER NOT NULL REFERENCES contacts (pk),
    PRIMARY KEY (list_pk, contact_pk)
);
CREATE INDEX distribution_list_members_contact ON distribution_list_members (contact_pk);

CREATE TABLE appointments (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    event_pk INTEGER NOT NULL REFERENCES events (pk),
    title TEXT NULL,
    description TEXT NULL,
    status TEXT NULL,
    type TEXT NULL,
    location TEXT NULL,
    start_at INTEGER NULL,
    end_at INTEGER NULL,
    created_at INTEGER NULL,
    created_by TEXT NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NULL,
    UNIQUE (account_pk, id)
);
CREATE INDEX appointments_event ON appointments (event_pk);
CREATE INDEX appointments_updated ON appointments (account_pk, updated_at);

CREATE TABLE appointment_attendees (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    appointment_pk INTEGER NOT NULL REFERENCES appointments (pk),
    entity_type TEXT NULL,
    is_organizer INTEGER NULL,
    status TEXT NULL,
    note TEXT NULL,
    created_at INTEGER NULL,
    created_by TEXT NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NULL,
    UNIQUE (account_pk, id)
);
CREATE INDEX appointment_attendees_appointment ON appointment_attendees (appointment_pk);
CREATE INDEX appointment_attendees_updated ON appointment_attendees (account_pk, updated_at);
