-- The operator console's call statistics (docs/operations-console.md): calls per account, day, operation and result,
-- and recent failed calls. account_pk 0 holds calls tied to no account; there is no foreign key so that these rows
-- never hold up an account's deletion (which deletes them first).
CREATE TABLE call_counts (
    account_pk INTEGER NOT NULL,
    day INTEGER NOT NULL,
    operation TEXT NOT NULL,
    result TEXT NOT NULL,
    code TEXT NOT NULL,
    calls INTEGER NOT NULL,
    PRIMARY KEY (account_pk, day, operation, result, code)
) WITHOUT ROWID;
CREATE INDEX call_counts_day ON call_counts (day);

CREATE TABLE failed_calls (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL,
    at INTEGER NOT NULL,
    operation TEXT NOT NULL,
    api_user_pk INTEGER NULL,
    result TEXT NOT NULL,
    codes TEXT NOT NULL,
    message TEXT NULL,
    remote_address TEXT NULL,
    items INTEGER NULL
);
CREATE INDEX failed_calls_account ON failed_calls (account_pk, pk);
CREATE INDEX failed_calls_at ON failed_calls (at);
