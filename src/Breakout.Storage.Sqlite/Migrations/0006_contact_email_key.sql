-- CreateContact/UpsertContact find contacts by their duplicate key, the e-mail address compared case-insensitively,
-- among the contacts not deleted.
CREATE INDEX contacts_email_key ON contacts (account_pk, LOWER(email_address)) WHERE deleted_at IS NULL;
