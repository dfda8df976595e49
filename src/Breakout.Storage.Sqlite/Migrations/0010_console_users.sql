-- The operator console (docs/operations-console.md): its own users, apart from API users, with the same lockout, and
-- a log of what they changed. The log names users and accounts by name, not by key, so deleting either keeps it.
CREATE TABLE console_users (
    pk INTEGER PRIMARY KEY,
    user_name TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER NULL,
    last_login_at INTEGER NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE console_audit (
    pk INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    user_name TEXT NOT NULL,
    account_number TEXT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NOT NULL,
    call_id TEXT NULL
);
CREATE INDEX console_audit_at ON console_audit (at);
