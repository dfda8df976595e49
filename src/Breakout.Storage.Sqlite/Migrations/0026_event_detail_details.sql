-- Issue #17: EventDetail's details, which the WSDL declares and Breakout once did not keep: an event's planning status
-- history, process forms, event roles, FAQs, staff and fees, one column per attribute of the WSDL type (snake_case of its
-- name; dates in Unix milliseconds, booleans 0/1). An EventDetail is its event, so the rows hang off events. Rows come in
-- with the import, unique on the event and the fields that tell them apart, and are answered in the order they were first
-- written (pk).
CREATE TABLE event_planning_history (
    pk INTEGER PRIMARY KEY,
    event_pk INTEGER NOT NULL REFERENCES events (pk),
    old_status TEXT NULL,
    new_status TEXT NULL,
    action_date INTEGER NULL,
    modified_by TEXT NULL,
    comments TEXT NULL,
    UNIQUE (event_pk, action_date, new_status)
);

CREATE TABLE event_process_forms (
    pk INTEGER PRIMARY KEY,
    event_pk INTEGER NOT NULL REFERENCES events (pk),
    id TEXT NULL,
    name TEXT NULL,
    status TEXT NULL,
    submitted_by TEXT NULL,
    submitted_date INTEGER NULL,
    last_modified_by TEXT NULL,
    last_modified_date INTEGER NULL,
    UNIQUE (event_pk, id)
);

CREATE TABLE event_roles (
    pk INTEGER PRIMARY KEY,
    event_pk INTEGER NOT NULL REFERENCES events (pk),
    assignee_id TEXT NULL,
    assignee_first_name TEXT NULL,
    assignee_last_name TEXT NULL,
    assignee_email_address TEXT NULL,
    assigned_role TEXT NULL,
    assigned_by TEXT NULL,
    assigned_date INTEGER NULL,
    email_comments TEXT NULL,
    UNIQUE (event_pk, assignee_id, assigned_role)
);

CREATE TABLE event_faqs (
    pk INTEGER PRIMARY KEY,
    event_pk INTEGER NOT NULL REFERENCES events (pk),
    question TEXT NULL,
    answer TEXT NULL,
    sequence INTEGER NULL,
    language TEXT NULL,
    active INTEGER NULL,
    UNIQUE (event_pk, question)
);

CREATE TABLE event_staff (
    pk INTEGER PRIMARY KEY,
    event_pk INTEGER NOT NULL REFERENCES events (pk),
    staff_first_name TEXT NULL,
    staff_last_name TEXT NULL,
    staff_role TEXT NULL,
    staff_email_address TEXT NULL,
    display_on_website INTEGER NULL,
    staff_address1 TEXT NULL,
    staff_address2 TEXT NULL,
    staff_address3 TEXT NULL,
    staff_city TEXT NULL,
    staff_state TEXT NULL,
    staff_state_code TEXT NULL,
    staff_postal_code TEXT NULL,
    staff_country TEXT NULL,
    staff_country_code TEXT NULL,
    UNIQUE (event_pk, staff_email_address)
);

CREATE TABLE event_fees (
    pk INTEGER PRIMARY KEY,
    event_pk INTEGER NOT NULL REFERENCES events (pk),
    fee_id TEXT NULL,
    fee_name TEXT NULL,
    fee_amount REAL NULL,
    product_id TEXT NULL,
    product_name TEXT NULL,
    active INTEGER NULL,
    created_date INTEGER NULL,
    last_modified_date INTEGER NULL,
    gl_name TEXT NULL,
    gl_description TEXT NULL,
    gl_code TEXT NULL,
    glid TEXT NULL,
    UNIQUE (event_pk, fee_id)
);
