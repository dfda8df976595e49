-- Daily API call counts per account (the optional quota; see Breakout:DailyApiCallLimit).
CREATE TABLE api_usage (
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    day INTEGER NOT NULL,
    calls INTEGER NOT NULL,
    PRIMARY KEY (account_pk, day)
) WITHOUT ROWID;
