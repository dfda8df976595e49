-- The full Contact object (CreateContact/UpdateContact/UpsertContact/DeleteContact, Retrieve, Search): one nullable
-- column per s1:Contact attribute, named by SqlNames.ContactColumn; soft deletion; tombstones for GetDeleted.
ALTER TABLE contacts ADD COLUMN source_id TEXT NULL;
ALTER TABLE contacts ADD COLUMN cc_email_address TEXT NULL;
ALTER TABLE contacts ADD COLUMN active INTEGER NULL;
ALTER TABLE contacts ADD COLUMN title TEXT NULL;
ALTER TABLE contacts ADD COLUMN contact_type TEXT NULL;
ALTER TABLE contacts ADD COLUMN contact_type_code TEXT NULL;
ALTER TABLE contacts ADD COLUMN salutation TEXT NULL;
ALTER TABLE contacts ADD COLUMN nickname TEXT NULL;
ALTER TABLE contacts ADD COLUMN middle_name TEXT NULL;
ALTER TABLE contacts ADD COLUMN designation TEXT NULL;
ALTER TABLE contacts ADD COLUMN excluded_from_email INTEGER NULL;
ALTER TABLE contacts ADD COLUMN last_opt_out_by TEXT NULL;
ALTER TABLE contacts ADD COLUMN last_opt_out_date INTEGER NULL;
ALTER TABLE contacts ADD COLUMN created_at INTEGER NULL;
ALTER TABLE contacts ADD COLUMN created_by TEXT NULL;
ALTER TABLE contacts ADD COLUMN last_modified_by TEXT NULL;
ALTER TABLE contacts ADD COLUMN email_address_status TEXT NULL;
ALTER TABLE contacts ADD COLUMN log_date INTEGER NULL;
ALTER TABLE contacts ADD COLUMN log_reason TEXT NULL;
ALTER TABLE contacts ADD COLUMN log_response TEXT NULL;
ALTER TABLE contacts ADD COLUMN primary_address_type TEXT NULL;
ALTER TABLE contacts ADD COLUMN home_address1 TEXT NULL;
ALTER TABLE contacts ADD COLUMN home_address2 TEXT NULL;
ALTER TABLE contacts ADD COLUMN home_address3 TEXT NULL;
ALTER TABLE contacts ADD COLUMN home_city TEXT NULL;
ALTER TABLE contacts ADD COLUMN home_state TEXT NULL;
ALTER TABLE contacts ADD COLUMN home_state_code TEXT NULL;
ALTER TABLE contacts ADD COLUMN home_postal_code TEXT NULL;
ALTER TABLE contacts ADD COLUMN home_country TEXT NULL;
ALTER TABLE contacts ADD COLUMN home_country_code TEXT NULL;
ALTER TABLE contacts ADD COLUMN home_phone TEXT NULL;
ALTER TABLE contacts ADD COLUMN home_fax TEXT NULL;
ALTER TABLE contacts ADD COLUMN work_address1 TEXT NULL;
ALTER TABLE contacts ADD COLUMN work_address2 TEXT NULL;
ALTER TABLE contacts ADD COLUMN work_address3 TEXT NULL;
ALTER TABLE contacts ADD COLUMN work_city TEXT NULL;
ALTER TABLE contacts ADD COLUMN work_state TEXT NULL;
ALTER TABLE contacts ADD COLUMN work_state_code TEXT NULL;
ALTER TABLE contacts ADD COLUMN work_postal_code TEXT NULL;
ALTER TABLE contacts ADD COLUMN work_country TEXT NULL;
ALTER TABLE contacts ADD COLUMN work_country_code TEXT NULL;
ALTER TABLE contacts ADD COLUMN work_phone TEXT NULL;
ALTER TABLE contacts ADD COLUMN work_fax TEXT NULL;
ALTER TABLE contacts ADD COLUMN mobile_phone TEXT NULL;
ALTER TABLE contacts ADD COLUMN pager TEXT NULL;
ALTER TABLE contacts ADD COLUMN smtp_code TEXT NULL;
ALTER TABLE contacts ADD COLUMN membership_code TEXT NULL;
ALTER TABLE contacts ADD COLUMN join_date INTEGER NULL;
ALTER TABLE contacts ADD COLUMN expiration_date INTEGER NULL;
ALTER TABLE contacts ADD COLUMN last_renewal_date INTEGER NULL;
ALTER TABLE contacts ADD COLUMN facebook_url TEXT NULL;
ALTER TABLE contacts ADD COLUMN twitter_url TEXT NULL;
ALTER TABLE contacts ADD COLUMN linked_in_url TEXT NULL;
ALTER TABLE contacts ADD COLUMN gender TEXT NULL;
ALTER TABLE contacts ADD COLUMN date_of_birth INTEGER NULL;
ALTER TABLE contacts ADD COLUMN social_security_number TEXT NULL;
ALTER TABLE contacts ADD COLUMN national_identification_number TEXT NULL;
ALTER TABLE contacts ADD COLUMN passport_number TEXT NULL;
ALTER TABLE contacts ADD COLUMN passport_country TEXT NULL;
ALTER TABLE contacts ADD COLUMN passport_country_code TEXT NULL;
ALTER TABLE contacts ADD COLUMN activity_id TEXT NULL;
ALTER TABLE contacts ADD COLUMN parent_contact_id TEXT NULL;
ALTER TABLE contacts ADD COLUMN opted_in INTEGER NULL;
ALTER TABLE contacts ADD COLUMN image_url TEXT NULL;
ALTER TABLE contacts ADD COLUMN is_created_via_test_reg INTEGER NULL;
ALTER TABLE contacts ADD COLUMN is_obfuscated INTEGER NULL;
ALTER TABLE contacts ADD COLUMN national_provider_identifier TEXT NULL;
ALTER TABLE contacts ADD COLUMN deleted_at INTEGER NULL;
UPDATE contacts SET created_at = updated_at;

-- One row per deleted object, for GetDeleted (object_type is the CvObjectType wire name).
CREATE TABLE deleted_objects (
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts (pk),
    object_type TEXT NOT NULL,
    id TEXT NOT NULL,
    deleted_at INTEGER NOT NULL
);
CREATE INDEX deleted_objects_window ON deleted_objects (account_pk, object_type, deleted_at);
