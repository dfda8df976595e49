-- Issue #18 (CreateTransaction, CreateSurveyAnswer): amounts are exact. Every Decimal field (a transaction's Amount, a respondent's and a
-- question's score) is stored as a 64-bit count of ten-thousandths, the representation of the SQL Server money type
-- Cvent's guide names ("Money"), so sums and comparisons never round and both stores hold the same integers. A
-- transaction records the API call that created it (none for imported ones); an invitee's order amount (null: not
-- known) is what its payments are measured against.
ALTER TABLE transactions ALTER COLUMN amount TYPE bigint USING round(amount * 10000)::bigint;
ALTER TABLE transactions ADD COLUMN call_pk bigint NULL REFERENCES api_calls (pk);
CREATE INDEX transactions_call ON transactions (call_pk) WHERE call_pk IS NOT NULL;
ALTER TABLE respondents ALTER COLUMN score TYPE bigint USING round(score * 10000)::bigint;
ALTER TABLE response_details ALTER COLUMN score TYPE bigint USING round(score * 10000)::bigint;
ALTER TABLE registrants ADD COLUMN order_amount bigint NULL;

-- CreateSurveyAnswer / CreatePostEventFeedback: a response keeps the caller's TransactionID (which groups the
-- answers of one submission), and each answer the API call that wrote it (none for imported ones).
ALTER TABLE responses ADD COLUMN transaction_id text NULL;
CREATE INDEX responses_transaction ON responses (account_pk, transaction_id) WHERE transaction_id IS NOT NULL;
ALTER TABLE response_answers ADD COLUMN call_pk bigint NULL REFERENCES api_calls (pk);
CREATE INDEX response_answers_call ON response_answers (call_pk) WHERE call_pk IS NOT NULL;
