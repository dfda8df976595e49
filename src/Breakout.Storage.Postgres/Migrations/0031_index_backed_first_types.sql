-- Issue #17: Search and GetUpdated on the six types served first (Event, Session, Contact, Invitee, Registration,
-- Guest) index-backed at size (docs/benchmarks.md, "The six first types at size"). Each searchable field stored in a
-- column of its own has an index led by the account (and for registrants their kind) holding the expression Search
-- compares: the folded text, partial over the rows that have a value where the column may be NULL (Search adds the
-- column's IS NOT NULL to an Equals or Includes of non-empty text), the defaulted boolean, the date. Fields read from
-- other rows or through subqueries are looked up through these and the calls' times (SqlStore.IndexedSearch): an
-- invitee's name through its contact's, its RegistrationDate and LastModifiedDate through api_calls_at and the
-- history rows' call_pk, an event's LastModifiedDate through its own and its sessions' updated_at.
CREATE INDEX contacts_search_first_name ON contacts (account_pk, lower(COALESCE(first_name, '') COLLATE "C"));
CREATE INDEX contacts_search_last_name ON contacts (account_pk, lower(COALESCE(last_name, '') COLLATE "C"));
CREATE INDEX contacts_search_email_address ON contacts (account_pk, lower(COALESCE(email_address, '') COLLATE "C"));
CREATE INDEX contacts_search_company ON contacts (account_pk, lower(COALESCE(company, '') COLLATE "C"));
CREATE INDEX contacts_search_source_id ON contacts (account_pk, lower(COALESCE(source_id, '') COLLATE "C")) WHERE source_id IS NOT NULL;
CREATE INDEX contacts_search_cc_email_address ON contacts (account_pk, lower(COALESCE(cc_email_address, '') COLLATE "C")) WHERE cc_email_address IS NOT NULL;
CREATE INDEX contacts_search_title ON contacts (account_pk, lower(COALESCE(title, '') COLLATE "C")) WHERE title IS NOT NULL;
CREATE INDEX contacts_search_contact_type ON contacts (account_pk, lower(COALESCE(contact_type, '') COLLATE "C")) WHERE contact_type IS NOT NULL;
CREATE INDEX contacts_search_contact_type_code ON contacts (account_pk, lower(COALESCE(contact_type_code, '') COLLATE "C")) WHERE contact_type_code IS NOT NULL;
CREATE INDEX contacts_search_salutation ON contacts (account_pk, lower(COALESCE(salutation, '') COLLATE "C")) WHERE salutation IS NOT NULL;
CREATE INDEX contacts_search_nickname ON contacts (account_pk, lower(COALESCE(nickname, '') COLLATE "C")) WHERE nickname IS NOT NULL;
CREATE INDEX contacts_search_middle_name ON contacts (account_pk, lower(COALESCE(middle_name, '') COLLATE "C")) WHERE middle_name IS NOT NULL;
CREATE INDEX contacts_search_designation ON contacts (account_pk, lower(COALESCE(designation, '') COLLATE "C")) WHERE designation IS NOT NULL;
CREATE INDEX contacts_search_created_by ON contacts (account_pk, lower(COALESCE(created_by, '') COLLATE "C")) WHERE created_by IS NOT NULL;
CREATE INDEX contacts_search_last_modified_by ON contacts (account_pk, lower(COALESCE(last_modified_by, '') COLLATE "C")) WHERE last_modified_by IS NOT NULL;
CREATE INDEX contacts_search_email_address_status ON contacts (account_pk, lower(COALESCE(email_address_status, '') COLLATE "C")) WHERE email_address_status IS NOT NULL;
CREATE INDEX contacts_search_primary_address_type ON contacts (account_pk, lower(COALESCE(primary_address_type, '') COLLATE "C")) WHERE primary_address_type IS NOT NULL;
CREATE INDEX contacts_search_home_address1 ON contacts (account_pk, lower(COALESCE(home_address1, '') COLLATE "C")) WHERE home_address1 IS NOT NULL;
CREATE INDEX contacts_search_home_address2 ON contacts (account_pk, lower(COALESCE(home_address2, '') COLLATE "C")) WHERE home_address2 IS NOT NULL;
CREATE INDEX contacts_search_home_address3 ON contacts (account_pk, lower(COALESCE(home_address3, '') COLLATE "C")) WHERE home_address3 IS NOT NULL;
CREATE INDEX contacts_search_home_city ON contacts (account_pk, lower(COALESCE(home_city, '') COLLATE "C")) WHERE home_city IS NOT NULL;
CREATE INDEX contacts_search_home_state ON contacts (account_pk, lower(COALESCE(home_state, '') COLLATE "C")) WHERE home_state IS NOT NULL;
CREATE INDEX contacts_search_home_state_code ON contacts (account_pk, lower(COALESCE(home_state_code, '') COLLATE "C")) WHERE home_state_code IS NOT NULL;
CREATE INDEX contacts_search_home_postal_code ON contacts (account_pk, lower(COALESCE(home_postal_code, '') COLLATE "C")) WHERE home_postal_code IS NOT NULL;
CREATE INDEX contacts_search_home_country ON contacts (account_pk, lower(COALESCE(home_country, '') COLLATE "C")) WHERE home_country IS NOT NULL;
CREATE INDEX contacts_search_home_country_code ON contacts (account_pk, lower(COALESCE(home_country_code, '') COLLATE "C")) WHERE home_country_code IS NOT NULL;
CREATE INDEX contacts_search_home_phone ON contacts (account_pk, lower(COALESCE(home_phone, '') COLLATE "C")) WHERE home_phone IS NOT NULL;
CREATE INDEX contacts_search_home_fax ON contacts (account_pk, lower(COALESCE(home_fax, '') COLLATE "C")) WHERE home_fax IS NOT NULL;
CREATE INDEX contacts_search_work_address1 ON contacts (account_pk, lower(COALESCE(work_address1, '') COLLATE "C")) WHERE work_address1 IS NOT NULL;
CREATE INDEX contacts_search_work_address2 ON contacts (account_pk, lower(COALESCE(work_address2, '') COLLATE "C")) WHERE work_address2 IS NOT NULL;
CREATE INDEX contacts_search_work_address3 ON contacts (account_pk, lower(COALESCE(work_address3, '') COLLATE "C")) WHERE work_address3 IS NOT NULL;
CREATE INDEX contacts_search_work_city ON contacts (account_pk, lower(COALESCE(work_city, '') COLLATE "C")) WHERE work_city IS NOT NULL;
CREATE INDEX contacts_search_work_state ON contacts (account_pk, lower(COALESCE(work_state, '') COLLATE "C")) WHERE work_state IS NOT NULL;
CREATE INDEX contacts_search_work_state_code ON contacts (account_pk, lower(COALESCE(work_state_code, '') COLLATE "C")) WHERE work_state_code IS NOT NULL;
CREATE INDEX contacts_search_work_postal_code ON contacts (account_pk, lower(COALESCE(work_postal_code, '') COLLATE "C")) WHERE work_postal_code IS NOT NULL;
CREATE INDEX contacts_search_work_country ON contacts (account_pk, lower(COALESCE(work_country, '') COLLATE "C")) WHERE work_country IS NOT NULL;
CREATE INDEX contacts_search_work_country_code ON contacts (account_pk, lower(COALESCE(work_country_code, '') COLLATE "C")) WHERE work_country_code IS NOT NULL;
CREATE INDEX contacts_search_work_phone ON contacts (account_pk, lower(COALESCE(work_phone, '') COLLATE "C")) WHERE work_phone IS NOT NULL;
CREATE INDEX contacts_search_work_fax ON contacts (account_pk, lower(COALESCE(work_fax, '') COLLATE "C")) WHERE work_fax IS NOT NULL;
CREATE INDEX contacts_search_mobile_phone ON contacts (account_pk, lower(COALESCE(mobile_phone, '') COLLATE "C")) WHERE mobile_phone IS NOT NULL;
CREATE INDEX contacts_search_pager ON contacts (account_pk, lower(COALESCE(pager, '') COLLATE "C")) WHERE pager IS NOT NULL;
CREATE INDEX contacts_search_smtp_code ON contacts (account_pk, lower(COALESCE(smtp_code, '') COLLATE "C")) WHERE smtp_code IS NOT NULL;
CREATE INDEX contacts_search_membership_code ON contacts (account_pk, lower(COALESCE(membership_code, '') COLLATE "C")) WHERE membership_code IS NOT NULL;
CREATE INDEX contacts_search_gender ON contacts (account_pk, lower(COALESCE(gender, '') COLLATE "C")) WHERE gender IS NOT NULL;
CREATE INDEX contacts_search_parent_contact_id ON contacts (account_pk, lower((COALESCE(upper(CAST(parent_contact_id AS text)), '00000000-0000-0000-0000-000000000000')) COLLATE "C")) WHERE parent_contact_id IS NOT NULL;
CREATE INDEX contacts_search_last_opt_out_date ON contacts (account_pk, last_opt_out_date) WHERE last_opt_out_date IS NOT NULL;
CREATE INDEX contacts_search_created_at ON contacts (account_pk, created_at) WHERE created_at IS NOT NULL;
CREATE INDEX contacts_search_join_date ON contacts (account_pk, join_date) WHERE join_date IS NOT NULL;
CREATE INDEX contacts_search_expiration_date ON contacts (account_pk, expiration_date) WHERE expiration_date IS NOT NULL;
CREATE INDEX contacts_search_last_renewal_date ON contacts (account_pk, last_renewal_date) WHERE last_renewal_date IS NOT NULL;
CREATE INDEX contacts_updated ON contacts (account_pk, updated_at);
CREATE INDEX contacts_search_active ON contacts (account_pk, COALESCE(active, 1));
CREATE INDEX contacts_search_excluded_from_email ON contacts (account_pk, COALESCE(excluded_from_email, 0));
CREATE INDEX contacts_search_opted_in ON contacts (account_pk, COALESCE(opted_in, 0));
CREATE INDEX registrants_search_confirmation_number ON registrants (account_pk, kind, lower(COALESCE(confirmation_number, '') COLLATE "C"));
CREATE INDEX registrants_search_first_name ON registrants (account_pk, kind, lower(COALESCE(first_name, '') COLLATE "C"));
CREATE INDEX registrants_search_last_name ON registrants (account_pk, kind, lower(COALESCE(last_name, '') COLLATE "C"));
CREATE INDEX registrants_search_email_address ON registrants (account_pk, kind, lower(COALESCE(email_address, '') COLLATE "C"));
CREATE INDEX registrants_search_middle_name ON registrants (account_pk, kind, lower(COALESCE(middle_name, '') COLLATE "C")) WHERE middle_name IS NOT NULL;
CREATE INDEX registrants_search_nickname ON registrants (account_pk, kind, lower(COALESCE(nickname, '') COLLATE "C")) WHERE nickname IS NOT NULL;
CREATE INDEX registrants_search_company ON registrants (account_pk, kind, lower(COALESCE(company, '') COLLATE "C")) WHERE company IS NOT NULL;
CREATE INDEX registrants_search_designation ON registrants (account_pk, kind, lower(COALESCE(designation, '') COLLATE "C")) WHERE designation IS NOT NULL;
CREATE INDEX registrants_search_city ON registrants (account_pk, kind, lower(COALESCE(city, '') COLLATE "C")) WHERE city IS NOT NULL;
CREATE INDEX registrants_search_last_modified_by ON registrants (account_pk, kind, lower(COALESCE(last_modified_by, '') COLLATE "C")) WHERE last_modified_by IS NOT NULL;
CREATE INDEX registrants_search_checked_in ON registrants (account_pk, kind, COALESCE(checked_in, 0));
CREATE INDEX registrants_search_status ON registrants (account_pk, kind, status);
CREATE INDEX registrants_updated ON registrants (account_pk, updated_at);
CREATE INDEX events_search_title ON events (account_pk, lower(COALESCE(title, '') COLLATE "C"));
CREATE INDEX events_search_code ON events (account_pk, lower(COALESCE(code, '') COLLATE "C"));
CREATE INDEX events_search_location_name ON events (account_pk, lower(COALESCE(location_name, '') COLLATE "C")) WHERE location_name IS NOT NULL;
CREATE INDEX events_search_state_code ON events (account_pk, lower(COALESCE(state_code, '') COLLATE "C")) WHERE state_code IS NOT NULL;
CREATE INDEX events_search_start_at ON events (account_pk, start_at) WHERE start_at IS NOT NULL;
CREATE INDEX events_search_end_at ON events (account_pk, end_at) WHERE end_at IS NOT NULL;
CREATE INDEX events_search_publish_date ON events (account_pk, publish_date) WHERE publish_date IS NOT NULL;
CREATE INDEX events_search_status ON events (account_pk, status);
CREATE INDEX events_updated ON events (account_pk, updated_at);
CREATE INDEX sessions_updated ON sessions (account_pk, updated_at);
CREATE INDEX api_calls_at ON api_calls (account_pk, at);
CREATE INDEX registrant_history_call ON registrant_history (call_pk);
CREATE INDEX registration_history_call ON registration_history (call_pk);
CREATE INDEX sessions_account_event ON sessions (account_pk, event_pk);
CREATE INDEX registration_types_search_name ON registration_types (account_pk, lower(COALESCE(name, '') COLLATE "C"));
-- An event's key found through its or its sessions' times is then read through (account, key): SQLite cannot pair the
-- key with the (account, id) index, and otherwise walks the account's events.
CREATE INDEX events_account ON events (account_pk);
