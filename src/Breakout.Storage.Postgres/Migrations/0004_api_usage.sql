-- Daily API call counts per account (the optional quota; see Breakout:DailyApiCallLimit).
CREATE TABLE api_usage (
    account_pk bigint NOT NULL REFERENCES accounts (pk),
    day integer NOT NULL,
    calls integer NOT NULL,
    PRIMARY KEY (account_pk, day)
);
