-- #18: CreateContactGroup, CreateDistributionList, ManageContactGroupMembers, ManageDistributionListMembers, CreateUser,
-- UpdateUser, DeleteUser, ManageUserGroup.

-- The history of these calls: one row per object created, changed or deleted, and per member added or removed, each
-- pointing at its api_calls row (the API user and the time); object_type is the CvObjectType wire name.
CREATE TABLE object_changes (
    pk INTEGER PRIMARY KEY,
    call_pk INTEGER NOT NULL REFERENCES api_calls (pk),
    object_type TEXT NOT NULL,
    object_id TEXT NOT NULL,
    action TEXT NOT NULL,
    member_id TEXT NULL,
    message_id TEXT NULL
);
CREATE INDEX object_changes_call ON object_changes (call_pk);
CREATE INDEX object_changes_object ON object_changes (object_id);

-- "Add as Pending" adds a member not approved yet (DistributionListDetail.Approved).
ALTER TABLE distribution_list_members ADD COLUMN approved INTEGER NOT NULL DEFAULT 1;

-- A list's name is unique in its account, ASCII letters compared without case. Imported lists that already share a
-- name with an older list of the account keep theirs with their ID appended, so the index can be built.
UPDATE contact_groups SET name = name || ' (' || id || ')'
WHERE name IS NOT NULL AND EXISTS (
    SELECT 1 FROM contact_groups o WHERE o.account_pk = contact_groups.account_pk AND lower(o.name) = lower(contact_groups.name) AND o.pk < contact_groups.pk);
UPDATE distribution_lists SET name = name || ' (' || id || ')'
WHERE name IS NOT NULL AND EXISTS (
    SELECT 1 FROM distribution_lists o WHERE o.account_pk = distribution_lists.account_pk AND lower(o.name) = lower(distribution_lists.name) AND o.pk < distribution_lists.pk);
CREATE UNIQUE INDEX contact_groups_name ON contact_groups (account_pk, lower(name)) WHERE name IS NOT NULL;
CREATE UNIQUE INDEX distribution_lists_name ON distribution_lists (account_pk, lower(name)) WHERE name IS NOT NULL;

-- CreateUser/UpdateUser find users by Username (case-insensitively) and FederatedId.
CREATE INDEX planner_users_username ON planner_users (account_pk, lower(username));
CREATE INDEX planner_users_federated_id ON planner_users (account_pk, federated_id) WHERE federated_id IS NOT NULL;
