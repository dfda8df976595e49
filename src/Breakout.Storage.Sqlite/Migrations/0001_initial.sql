-- Breakout schema, SQLite. IDs are upper-case GUID text; times are Unix milliseconds (UTC);
-- statuses and kinds are the ordinals of the Domain enums; booleans are 0/1.
CREATE TABLE accounts (
    pk INTEGER PRIMARY KEY,
    account_number TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE api_users (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    user_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    allowed_ips TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (account_pk, user_name)
);

CREATE TABLE login_tokens (
    token_hash TEXT PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    api_user_pk INTEGER NOT NULL REFERENCES api_users (pk),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX login_tokens_user ON login_tokens (api_user_pk, expires_at);

CREATE TABLE events (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    title TEXT NOT NULL,
    code TEXT NOT NULL,
    status INTEGER NOT NULL,
    start_at INTEGER NULL,
    end_at INTEGER NULL,
    time_zone TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (account_pk, id)
);

CREATE TABLE sessions (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    event_pk INTEGER NOT NULL REFERENCES events (pk),
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    start_at INTEGER NULL,
    end_at INTEGER NULL,
    status INTEGER NOT NULL,
    auto_close_at INTEGER NULL,
    capacity INTEGER NOT NULL,
    enable_waitlist INTEGER NOT NULL,
    waitlist_capacity INTEGER NOT NULL,
    group_name TEXT NULL,
    included INTEGER NOT NULL,
    registered_count INTEGER NOT NULL DEFAULT 0 CHECK (registered_count >= 0),
    waitlisted_count INTEGER NOT NULL DEFAULT 0 CHECK (waitlisted_count >= 0),
    updated_at INTEGER NOT NULL,
    UNIQUE (account_pk, id)
);
CREATE INDEX sessions_group ON sessions (group_name) WHERE group_name IS NOT NULL;

CREATE TABLE contacts (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email_address TEXT NOT NULL,
    company TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (account_pk, id)
);

-- Invitees (kind 0) and guests (kind 1) in one table: both hold session seats.
CREATE TABLE registrants (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    id TEXT NOT NULL,
    kind INTEGER NOT NULL,
    event_pk INTEGER NOT NULL REFERENCES events (pk),
    invitee_pk INTEGER NULL REFERENCES registrants (pk),
    contact_pk INTEGER NULL REFERENCES contacts (pk),
    confirmation_number TEXT NOT NULL,
    status INTEGER NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email_address TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (account_pk, id)
);
CREATE INDEX registrants_confirmation ON registrants (event_pk, confirmation_number);

CREATE TABLE session_registrations (
    session_pk INTEGER NOT NULL REFERENCES sessions (pk),
    registrant_pk INTEGER NOT NULL REFERENCES registrants (pk),
    registered_at INTEGER NOT NULL,
    PRIMARY KEY (session_pk, registrant_pk)
) WITHOUT ROWID;
CREATE INDEX session_registrations_registrant ON session_registrations (registrant_pk);

CREATE TABLE session_waitlist (
    session_pk INTEGER NOT NULL REFERENCES sessions (pk),
    registrant_pk INTEGER NOT NULL REFERENCES registrants (pk),
    position INTEGER NOT NULL CHECK (position >= 1),
    waitlisted_at INTEGER NOT NULL,
    PRIMARY KEY (session_pk, registrant_pk)
) WITHOUT ROWID;
CREATE INDEX session_waitlist_position ON session_waitlist (session_pk, position);
CREATE INDEX session_waitlist_registrant ON session_waitlist (registrant_pk);

-- One row per API call that changed something; history rows point at it.
CREATE TABLE api_calls (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    api_user_pk INTEGER NOT NULL REFERENCES api_users (pk),
    call_id TEXT NOT NULL,
    operation TEXT NOT NULL,
    at INTEGER NOT NULL
);

-- Append-only: 1 Registered, 2 Unregistered, 3 Waitlisted, 4 LeftWaitlist, 5 Promoted.
CREATE TABLE registration_history (
    pk INTEGER PRIMARY KEY,
    call_pk INTEGER NOT NULL REFERENCES api_calls (pk),
    session_pk INTEGER NOT NULL REFERENCES sessions (pk),
    registrant_pk INTEGER NOT NULL REFERENCES registrants (pk),
    action INTEGER NOT NULL,
    message_id TEXT NULL
);
