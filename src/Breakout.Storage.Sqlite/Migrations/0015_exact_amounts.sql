-- Issue #18 (CreateTransaction, CreateSurveyAnswer): amounts are exact. Every Decimal field (a transaction's Amount, a respondent's and a
-- question's score) is stored as a 64-bit count of ten-thousandths, the representation of the SQL Server money type
-- Cvent's guide names ("Money"), so sums and comparisons never round. A transaction records the API call that created
-- it (none for imported ones); an invitee's order amount (null: not known) is what its payments are measured against.
DROP INDEX transactions_amount;
ALTER TABLE transactions ADD COLUMN amount_e4 INTEGER NULL;
UPDATE transactions SET amount_e4 = CAST(round(amount * 10000) AS INTEGER) WHERE amount IS NOT NULL;
ALTER TABLE transactions DROP COLUMN amount;
ALTER TABLE transactions RENAME COLUMN amount_e4 TO amount;
CREATE INDEX transactions_amount ON transactions (account_pk, amount);
ALTER TABLE transactions ADD COLUMN call_pk INTEGER NULL REFERENCES api_calls (pk);
CREATE INDEX transactions_call ON transactions (call_pk) WHERE call_pk IS NOT NULL;

ALTER TABLE respondents ADD COLUMN score_e4 INTEGER NULL;
UPDATE respondents SET score_e4 = CAST(round(score * 10000) AS INTEGER) WHERE score IS NOT NULL;
ALTER TABLE respondents DROP COLUMN score;
ALTER TABLE respondents RENAME COLUMN score_e4 TO score;

ALTER TABLE response_details ADD COLUMN score_e4 INTEGER NULL;
UPDATE response_details SET score_e4 = CAST(round(score * 10000) AS INTEGER) WHERE score IS NOT NULL;
ALTER TABLE response_details DROP COLUMN score;
ALTER TABLE response_details RENAME COLUMN score_e4 TO score;

ALTER TABLE registrants ADD COLUMN order_amount INTEGER NULL;

-- CreateSurveyAnswer / CreatePostEventFeedback: a response keeps the caller's TransactionID (which groups the
-- answers of one submission), and each answer the API call that wrote it (none for imported ones).
ALTER TABLE responses ADD COLUMN transaction_id TEXT NULL;
CREATE INDEX responses_transaction ON responses (account_pk, transaction_id) WHERE transaction_id IS NOT NULL;
ALTER TABLE response_answers ADD COLUMN call_pk INTEGER NULL REFERENCES api_calls (pk);
CREATE INDEX response_answers_call ON response_answers (call_pk) WHERE call_pk IS NOT NULL;
